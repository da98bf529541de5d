"""Safe file names for the documents of an export: what a candidate's files may be called on any OS.

A stored name is untrusted input (it came with an upload or an e-mail): it may hold a path, control
characters, a right-to-left override that disguises ``cv.exe`` as ``exe.vc``, or a name Windows
reserves (CON, NUL, COM1 ...). The name inside the ZIP is cleaned of all of that, and made unique.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME = 120
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')


def _allowed(ch: str) -> bool:
    # Cc: control characters; Cf: format characters, among them the bidi overrides U+202A-202E,
    # U+2066-2069 and zero-width characters; Cs/Co/Cn: surrogates, private use, unassigned.
    return unicodedata.category(ch)[0] != "C"


def safe_name(raw: str | None, fallback: str = "document") -> str:
    name = unicodedata.normalize("NFC", raw or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]  # strip any path, Windows or POSIX
    name = "".join(ch for ch in name if _allowed(ch))
    name = _FORBIDDEN.sub("_", name)
    name = name.strip().strip(".").strip()  # Windows drops trailing dots and spaces
    if not name:
        name = fallback
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if stem.split(".")[0].strip().upper() in _RESERVED:
        stem = "_" + stem
    if len(ext) > 16:
        stem, ext = name, ""
    limit = MAX_NAME - (len(ext) + 1 if ext else 0)
    stem = stem[:limit].rstrip(" .") or fallback
    return f"{stem}.{ext}" if ext else stem


def unique_names(names: list[str | None], fallback: str = "document") -> list[str]:
    """Safe names, with `` (2)``, `` (3)`` ... added where two would collide (case-insensitively)."""
    taken: set[str] = set()
    result: list[str] = []
    for raw in names:
        name = safe_name(raw, fallback)
        stem, dot, ext = name.rpartition(".")
        if not dot:
            stem, ext = name, ""
        candidate, n = name, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})"
        taken.add(candidate.casefold())
        result.append(candidate)
    return result
