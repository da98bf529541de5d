"""Where the Tesseract OCR program is, and how a user adds it when it is not there.

The installers do not bundle Tesseract (see packaging/README.md): OCR uses an installed one. A bundled app
started from the Finder or the Start menu does not get the shell's PATH (no Homebrew on macOS), so the
usual install folders are searched too. The parent finds it here and hands its path to the extraction child.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

TESSERACT_ENV = "CANDIDATE_VAULT_TESSERACT"

# Where the official installers put it: UB Mannheim's Windows installer, Homebrew (Apple silicon, Intel),
# MacPorts.
_WELL_KNOWN = {
    "win32": [
        r"C:\Program Files\Tesseract-OCR\tesseract.exe",
        r"C:\Program Files (x86)\Tesseract-OCR\tesseract.exe",
    ],
    "darwin": ["/opt/homebrew/bin/tesseract", "/usr/local/bin/tesseract", "/opt/local/bin/tesseract"],
}

INSTALL_HINTS = {
    "win32": "install Tesseract from the UB Mannheim installer (tick Dutch and French under "
    "'Additional language data'), then restart CandidateVault",
    "darwin": "install Tesseract with Homebrew: 'brew install tesseract tesseract-lang', "
    "then restart CandidateVault",
    "linux": "install Tesseract with its Dutch, French and English data, e.g. 'sudo apt install "
    "tesseract-ocr tesseract-ocr-nld tesseract-ocr-fra tesseract-ocr-eng'",
}


def find_tesseract(platform: str = sys.platform) -> Path | None:
    """The tesseract executable: $CANDIDATE_VAULT_TESSERACT, else PATH, else the usual install folders."""
    configured = os.environ.get(TESSERACT_ENV)
    if configured:
        return Path(configured) if Path(configured).is_file() else None
    found = shutil.which("tesseract")
    if found:
        return Path(found)
    for candidate in _WELL_KNOWN.get(platform, []):
        if Path(candidate).is_file():
            return Path(candidate)
    return None


def install_hint(platform: str = sys.platform) -> str:
    """One line telling the user how to add OCR on this system."""
    return INSTALL_HINTS.get(platform, INSTALL_HINTS["linux"])
