"""Documents: type sniffing, limits, text extraction in a sandboxed child process, encrypted storage."""

KINDS = ("cv", "letter", "diploma", "certificate", "transcript", "other")
