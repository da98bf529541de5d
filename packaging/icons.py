"""Render the app icon from resources/icons/candidate-vault.svg (QtSvg, offscreen) into PNG, ICO and ICNS."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs(svg: Path, out_dir: Path, sizes: tuple[int, ...] = PNG_SIZES) -> dict[int, Path]:
    """One square PNG per size, antialiased, transparent outside the drawing."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed on a build machine
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"build: {svg} is not a valid SVG")
    out_dir.mkdir(parents=True, exist_ok=True)
    result = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out_dir / f"candidate-vault-{size}.png"
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"build: could not write {target}")
        result[size] = target
    return result


def _dib(png: Path) -> bytes:
    """An ICO image in the classic form: BITMAPINFOHEADER, 32-bit BGRA rows bottom-up, an empty AND mask."""
    from PySide6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_ARGB32)  # little-endian memory: B, G, R, A
    width, height = image.width(), image.height()
    stride = image.bytesPerLine()
    raw = bytes(image.constBits())
    rows = [raw[y * stride : y * stride + width * 4] for y in range(height)]
    mask_row = b"\0" * (((width + 31) // 32) * 4)
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    return header + b"".join(reversed(rows)) + mask_row * height


def write_ico(pngs: dict[int, Path], target: Path) -> Path:
    """A Windows .ico: header, directory, images. Small sizes as bitmaps (every reader takes them), 256 px as
    PNG (as Windows itself stores it)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    blobs = [pngs[s].read_bytes() if s >= 256 else _dib(pngs[s]) for s in sizes]
    offset = 6 + 16 * len(sizes)
    directory = b""
    for size, blob in zip(sizes, blobs, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    target.write_bytes(struct.pack("<HHH", 0, 1, len(sizes)) + directory + b"".join(blobs))
    return target


def write_icns(svg: Path, work: Path, target: Path) -> Path:
    """A macOS .icns: an .iconset folder in Apple's naming, converted by iconutil (macOS only)."""
    iconset = work / "candidate-vault.iconset"
    shutil.rmtree(iconset, ignore_errors=True)
    pngs = render_pngs(svg, work / "icns-png", (16, 32, 64, 128, 256, 512, 1024))
    iconset.mkdir(parents=True)
    for size in (16, 32, 128, 256, 512):
        shutil.copy(pngs[size], iconset / f"icon_{size}x{size}.png")
        shutil.copy(pngs[size * 2], iconset / f"icon_{size}x{size}@2x.png")
    subprocess.run(["iconutil", "-c", "icns", str(iconset), "-o", str(target)], check=True)
    return target
