"""The environment of the processes that parse hostile files: the extraction child and Tesseract.

They get an allow-list, never a copy of ours: a copy would hand a parser exploit the vault passphrase
(``CANDIDATE_VAULT_PASSPHRASE``), the database or SMTP password, and whatever else a scheduled task or
a shell put there. What is kept is only what finding programs and libraries needs, the locale, and the
Windows variables without which Python cannot start.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

KEPT = (
    "PATH",
    "PYTHONPATH",  # a source checkout started with PYTHONPATH finds ``app`` in the child too
    "LD_LIBRARY_PATH",
    "DYLD_LIBRARY_PATH",
    "LANG",
    "LC_ALL",
    "LC_CTYPE",
    "TESSDATA_PREFIX",  # where a custom Tesseract keeps its language data
    "TMPDIR",
    "TEMP",
    "TMP",
    "SYSTEMROOT",  # Windows: Python's random numbers and DLL loading need these two
    "WINDIR",
)

SET = {"OMP_THREAD_LIMIT": "1", "PYTHONDONTWRITEBYTECODE": "1"}  # one core per file; no .pyc writes


def child_environment(source: Mapping[str, str] | None = None) -> dict[str, str]:
    """The variables a parsing child may see: the allow-list above, taken from ``source`` (ours)."""
    source = os.environ if source is None else source
    kept = {name: source[name] for name in KEPT if name in source}
    return {**kept, **SET}
