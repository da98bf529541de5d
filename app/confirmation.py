"""Typing a person's last name to confirm that their data is destroyed: compared as a person reads it.

Case, accents and spacing do not count ("dupre" confirms "Dupré", "van den berg" confirms "Van den Berg"):
the point is a deliberate act on the right person, not a spelling test. Compared in memory only.
"""

from __future__ import annotations

import unicodedata


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def typed_name_matches(typed: str, name: str) -> bool:
    """True when ``typed`` is ``name`` but for case, accents and spacing; an empty name never matches."""
    wanted = _folded(name)
    return bool(wanted) and _folded(typed) == wanted
