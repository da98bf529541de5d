"""Where the ``resources/`` folder is: beside ``app/`` in a source tree, or in a PyInstaller bundle.

PyInstaller unpacks (one-file) or places (one-folder) bundled data under ``sys._MEIPASS``; the spec
(packaging/candidate-vault.spec) adds ``('resources', 'resources')`` to its datas for this to find them there.
A wheel (``pip install .``, not editable) carries the folder inside the package as ``app/_resources``
(setup.py copies it there at build time).
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    here = Path(__file__).resolve().parent
    if (here / "_resources").is_dir():
        return here / "_resources"
    return here.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file or folder under ``resources/``: ``resource_path("schemas", "candidate-export.v1.json")``."""
    return resource_root().joinpath(*parts)
