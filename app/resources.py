"""Where the ``resources/`` folder is: beside ``app/`` in a source tree, or in a PyInstaller bundle.

A wheel (``pip install .``) carries the folder inside the package as ``app/_resources`` (setup.py copies
it there at build time), so that case is looked for too.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """A file or folder under ``resources/``, e.g. ``resource_path("icons", "candidate-vault.svg")``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        root = Path(bundle) / "resources"
    else:
        here = Path(__file__).resolve().parent
        root = here / "_resources" if (here / "_resources").is_dir() else here.parent / "resources"
    return root.joinpath(*parts)
