"""The repository stands alone: no code, test, doc or script points at a file outside it.

A clone on a new machine has nothing beside it; a path to a sibling folder works on one machine only (and a
test that needed one hung everywhere else).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("app", "tests", "benchmarks", "docs", "packaging", "resources", ".ci")
TEXT = {".py", ".md", ".toml", ".txt", ".cfg", ".ini", ".sh", ".spec", ".json", ".yml", ".yaml", ""}
# Written in two halves so that this file does not find itself.
OUTSIDE = ("../" + "shared", "/work" + "/", "DESIGN" + ".md", "EXAMPLES" + ".md", "ISSUE-" + "NOTES")


def repository_text_files() -> list[Path]:
    files = [ROOT / "README.md", ROOT / "pyproject.toml", ROOT / "setup.py", ROOT / "MANIFEST.in"]
    for top in SCANNED:
        files += [
            p
            for p in (ROOT / top).rglob("*")
            if p.is_file() and p.suffix in TEXT and "__pycache__" not in p.parts
        ]
    return [p for p in files if p.is_file()]


def test_nothing_points_outside_the_repository() -> None:
    found = []
    for path in repository_text_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [f"{path.relative_to(ROOT)}: {needle}" for needle in OUTSIDE if needle in text]
    assert not found, "\n".join(found)


def test_the_corpus_is_in_the_repository() -> None:
    from tests.corpus_files import CORPUS

    manifest = (CORPUS / "MANIFEST.md").read_text(encoding="utf-8")
    for folder in ("good", "bad"):
        files = sorted(p.name for p in (CORPUS / folder).iterdir())
        assert files, folder
        missing = [name for name in files if f"`{name}`" not in manifest]
        assert not missing, f"not in tests/corpus/MANIFEST.md: {missing}"


def test_the_readme_names_the_qt_libraries_that_ci_installs() -> None:
    groups = dict(
        line.split(": ", 1)
        for line in (ROOT / "packaging" / "linux-packages.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"sudo apt-get install {groups['qt']}\n" in readme
    assert "packaging/linux-packages.txt" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _links(markdown: Path) -> list[tuple[str, Path]]:
    """(as written, the file it names) for each relative link or image of a Markdown file."""
    found = []
    for target in re.findall(r"\]\(([^)\s]+)\)", markdown.read_text(encoding="utf-8")):
        if target.startswith(("http://", "https://", "mailto:", "#")):
            continue
        found.append((target, (markdown.parent / target.split("#")[0]).resolve()))
    return found


def test_every_link_and_image_of_the_docs_is_in_the_repository() -> None:
    docs = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    links = [(doc, written, path) for doc in docs for written, path in _links(doc)]
    broken = [f"{doc.relative_to(ROOT)}: {written}" for doc, written, path in links if not path.exists()]
    assert not broken, broken
    images = sorted({path for _doc, written, path in links if written.endswith(".png")})
    assert len(images) >= 5  # the README shows the screens
    # In a clone, an image that exists here only (ignored, never added) is broken everywhere else.
    if (ROOT / ".git").exists():
        listed = subprocess.run(
            ["git", "ls-files", "--", *map(str, images)], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.split()
        assert {str(p.relative_to(ROOT)) for p in images} == set(listed)
