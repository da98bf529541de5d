"""The fixed lists a person picks from, in the CLI and the app: nothing imported, so that the CLI can build
its parser (``--help``, every command's ``choices``) before anything heavy loads. The services that store
these values take them from here."""

RIGHTS_KINDS = ("access", "rectification", "erasure", "restriction", "objection", "portability", "withdrawal")
RIGHTS_CHANNELS = ("email", "letter", "phone", "form", "in_person", "other")
RIGHTS_OUTCOMES = ("done", "refused", "partly")

CORRESPONDENCE_DIRECTIONS = ("in", "out")
CORRESPONDENCE_CHANNELS = ("email", "letter", "phone", "other")

REMINDER_VIAS = ("smtp", "eml", "mailto")  # e-mail by SMTP, .eml drafts, mailto: URLs
