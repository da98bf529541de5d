"""Packaging helpers: resources found from source and bundle, version, Tesseract lookup, icons, launcher."""

from __future__ import annotations

import importlib.util
import os
import struct
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

import app
from app.config import data_dir
from app.resources import resource_path
from app.tesseract import TESSERACT_ENV, find_tesseract, install_hint

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str) -> ModuleType:
    """A module of packaging/ (a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    return module


def test_resource_path_in_source_tree() -> None:
    icon = resource_path("icons", "candidate-vault.svg")
    assert icon == ROOT / "resources" / "icons" / "candidate-vault.svg"
    assert icon.is_file()


def test_resource_path_in_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("schemas", "x.json") == tmp_path / "resources" / "schemas" / "x.json"


def test_version_comes_from_pyproject() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert app.__version__ == declared


def test_tesseract_from_env_then_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    exe = tmp_path / "bin" / "tesseract"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    monkeypatch.setenv("PATH", str(exe.parent))
    monkeypatch.delenv(TESSERACT_ENV, raising=False)
    assert find_tesseract() == exe

    chosen = tmp_path / "elsewhere" / "tesseract.exe"
    chosen.parent.mkdir()
    chosen.write_text("")
    monkeypatch.setenv(TESSERACT_ENV, str(chosen))
    assert find_tesseract() == chosen
    monkeypatch.setenv(TESSERACT_ENV, str(tmp_path / "missing"))
    assert find_tesseract() is None  # a wrong setting is not silently replaced by another program


def test_tesseract_missing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv(TESSERACT_ENV, raising=False)
    assert find_tesseract(platform="plan9") is None


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_install_hint_names_the_languages_or_the_package(platform: str) -> None:
    hint = install_hint(platform)
    assert "Tesseract" in hint
    assert ("Dutch" in hint and "French" in hint) or "tesseract-lang" in hint or "tesseract-ocr-nld" in hint


def test_icons_render_to_png_and_ico(tmp_path: Path) -> None:
    icons = _load("icons")
    from PySide6.QtGui import QImage, QImageReader

    pngs = icons.render_pngs(ROOT / "resources" / "icons" / "candidate-vault.svg", tmp_path, (16, 256))
    image = QImage(str(pngs[256]))
    assert (image.width(), image.height()) == (256, 256)
    assert image.pixelColor(128, 128).alpha() == 255 and image.pixelColor(0, 0).alpha() == 0

    ico = icons.write_ico(pngs, tmp_path / "x.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 2)
    width, _h, _c, _r, _planes, _bpp, size, offset = struct.unpack("<BBBBHHII", ico[6 + 16 : 6 + 32])
    assert width == 0  # 256 is written as 0
    assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + size == len(ico)
    reader = QImageReader(str(tmp_path / "x.ico"))  # the 16 px bitmap and the 256 px PNG both read back
    read = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        read.append((image.width(), image.pixelColor(image.width() // 2, image.height() // 2).alpha()))
    assert read == [(16, 255), (256, 255)]


def test_launcher_plays_python_dash_m_for_app_modules_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    launcher = _load("launcher")
    monkeypatch.setattr(sys, "argv", ["candidate-vault", "-m", "app.__main__", "--version"])
    with pytest.raises(SystemExit) as stop:
        launcher._run_app_module()
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"candidate-vault {app.__version__}"

    monkeypatch.setattr(sys, "argv", ["candidate-vault", "-m", "os"])
    assert launcher._run_app_module() is False


def test_desktop_entry_and_inno_script_agree_with_the_app() -> None:
    entry = (ROOT / "packaging" / "linux" / "candidate-vault.desktop").read_text(encoding="utf-8")
    assert "Exec=candidate-vault\n" in entry and "Icon=candidate-vault\n" in entry
    iss = (ROOT / "packaging" / "windows" / "candidate-vault.iss").read_text(encoding="utf-8-sig")
    # The uninstaller deletes exactly the folder the app keeps the vault in, and only when asked.
    assert "{localappdata}\\CandidateVault" in iss and "MB_DEFBUTTON2" in iss and "UninstallSilent()" in iss
    assert data_dir().name == "CandidateVault"


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("CANDIDATE_VAULT_TEST_BUNDLE") != "1" or importlib.util.find_spec("PyInstaller") is None,
    reason="set CANDIDATE_VAULT_TEST_BUNDLE=1 with PyInstaller installed (CI runs .ci/bundle instead)",
)
def test_linux_bundle_builds_and_runs() -> None:
    import subprocess

    subprocess.run(["bash", str(ROOT / ".ci" / "bundle")], check=True)
