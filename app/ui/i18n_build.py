"""Translations: ``.ts`` sources in resources/translations/ (kept in git), ``.qm`` built from them.

``python -m app.ui.i18n_build``           compile every .ts to .qm (pyside6-lrelease); the build step.
``python -m app.ui.i18n_build --update``  re-scan app/ui with pyside6-lupdate first (new strings appear
                                          unfinished in the .ts files; translate them in Qt Linguist).
English is the source language: its .ts only carries plural forms ("1 day" / "2 days").
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SOURCES = ROOT / "app" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
PREFIX = "candidatevault"
LANGUAGES = ("nl", "fr", "en")


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (a venv's bin/ or Scripts/), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found (it comes with PySide6)")
    return found


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"{PREFIX}_{lang}.ts"


def update() -> None:
    sources = sorted(str(p) for p in SOURCES.glob("*.py"))
    for lang in LANGUAGES:
        extra = ["-pluralonly"] if lang == "en" else []
        cmd = [tool("pyside6-lupdate"), *extra, "-no-obsolete", "-locations", "none", *sources]
        subprocess.run(
            [*cmd, "-target-language", lang, "-ts", str(ts_file(lang))], check=True, capture_output=True
        )


def build() -> list[Path]:
    built = []
    for lang in LANGUAGES:
        qm = ts_file(lang).with_suffix(".qm")
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts_file(lang)), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        built.append(qm)
    return built


def ensure_built() -> None:
    """Build the .qm files when missing or older than their .ts (a source checkout run); quiet on failure."""
    try:
        stale = any(
            not ts_file(lang).with_suffix(".qm").exists()
            or ts_file(lang).with_suffix(".qm").stat().st_mtime < ts_file(lang).stat().st_mtime
            for lang in LANGUAGES
            if ts_file(lang).exists()
        )
        if stale:
            build()
    except (OSError, subprocess.CalledProcessError):
        pass  # a bundled app ships its .qm files; without them the UI is English


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.ui.i18n_build")
    parser.add_argument(
        "--update", action="store_true", help="re-scan the sources with pyside6-lupdate first"
    )
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if args.update:
        update()
    for path in build():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
