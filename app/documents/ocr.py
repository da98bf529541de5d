"""OCR with the Tesseract program, the image going in on stdin and the text coming out on stdout.

pytesseract is not used: it writes every image to a temporary file (``NamedTemporaryFile(delete=False)``),
which would put a scan of a diploma on disk in plaintext. ``tesseract stdin stdout`` opens no file for
writing (checked with strace); the extraction child also runs with RLIMIT_FSIZE = 0, so neither it nor
Tesseract could write a file even by mistake.
"""

from __future__ import annotations

import functools
import io
import subprocess
import time

from PIL import Image

from app.documents.environment import child_environment
from app.documents.outcome import NO_TEXT_SCAN, OCR_HOWTO, NoText


@functools.lru_cache(maxsize=4)  # a warm child asks once, not once per file
def installed_languages(exe: str) -> list[str]:
    try:
        run = subprocess.run(
            [exe, "--list-langs"],
            capture_output=True,
            text=True,
            timeout=15,
            env=child_environment(),
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return [line.strip() for line in run.stdout.splitlines()[1:] if line.strip() and line.strip() != "osd"]


class Ocr:
    """Reads images with Tesseract in the languages asked for that are installed."""

    def __init__(self, wanted: str, deadline: float, exe: str | None) -> None:
        self.exe = exe  # found by the parent (app/tesseract.py)
        self.deadline = deadline  # time.monotonic() value after which no new page is started
        self.languages: list[str] = []
        if self.exe:
            have = installed_languages(self.exe)
            self.languages = [lang for lang in wanted.split("+") if lang in have] or list(have[:1])

    @property
    def available(self) -> bool:
        return bool(self.exe and self.languages)

    def require(self) -> None:
        if not self.available:
            raise NoText(f"scan without text: OCR is not available; {OCR_HOWTO}", NO_TEXT_SCAN)

    def read(self, image: Image.Image) -> str:
        self.require()
        assert self.exe is not None
        remaining = self.deadline - time.monotonic()
        if remaining <= 1:
            raise TimeoutError("no time left for OCR")
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        try:
            run = subprocess.run(
                [self.exe, "stdin", "stdout", "-l", "+".join(self.languages)],
                input=buffer.getvalue(),
                capture_output=True,
                timeout=remaining,
                env=child_environment(),  # already clean in the child: this keeps it so if that changes
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise TimeoutError("OCR took longer than allowed") from None
        if run.returncode != 0:
            raise NoText("Tesseract could not read the image")
        return run.stdout.decode("utf-8", errors="replace")


def prepare(image: Image.Image) -> Image.Image:
    """Grayscale, which is what Tesseract works on anyway (and a third of the pipe's bytes)."""
    return image if image.mode in ("L", "1") else image.convert("L")
