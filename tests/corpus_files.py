"""The test documents: ``tests/corpus`` (see its MANIFEST.md), plus the hostile files whose names cannot be
committed, written at test time."""

from __future__ import annotations

import shutil
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
GOOD = CORPUS / "good"

# U+202E RIGHT-TO-LEFT OVERRIDE: shows as "cv_exe.pdf" in a file manager.
DECEPTIVE_NAME = "cv_\u202efdp.exe"
# 240 ASCII characters, near the 255-byte limit of most file systems.
LONG_NAME = ("cv-" + "very-long-name-" * 20)[:236] + ".pdf"


def write_bad_corpus(folder: Path) -> Path:
    """The whole bad corpus in ``folder``: the committed files and the two with uncommittable names."""
    shutil.copytree(CORPUS / "bad", folder)
    shutil.copyfile(CORPUS / "bad" / "setup.exe", folder / DECEPTIVE_NAME)
    shutil.copyfile(GOOD / "pdf10-asciihex-hello.pdf", folder / LONG_NAME)
    return folder
