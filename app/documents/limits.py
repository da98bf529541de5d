"""Limits of one import, read from the vault's settings and handed to the extraction child.

The child also gets the Tesseract program found here, in the parent (``app/tesseract.py``): the child's
clean environment has no ``CANDIDATE_VAULT_TESSERACT`` and, started from the Finder, no Homebrew PATH.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from app.config import Settings
from app.tesseract import find_tesseract


def _tesseract() -> str | None:
    found = find_tesseract()
    return str(found) if found else None


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 500
    max_text_chars: int = 2_000_000
    docx_max_unpacked_bytes: int = 200 * 1024 * 1024
    docx_max_entries: int = 5000
    max_image_pixels: int = 60_000_000
    extract_seconds: int = 20
    extract_memory_mb: int = 1024
    ocr: bool = True
    ocr_languages: str = "nld+fra+eng"
    ocr_max_pages: int = 20
    tesseract: str | None = field(default_factory=_tesseract)  # full path; None: no OCR

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        def get(name: str) -> Any:
            return settings.get(f"documents.{name}")

        return cls(
            max_bytes=get("max_bytes"),
            max_pages=get("max_pages"),
            max_text_chars=get("max_text_chars"),
            docx_max_unpacked_bytes=get("docx_max_unpacked_bytes"),
            docx_max_entries=get("docx_max_entries"),
            max_image_pixels=get("max_image_pixels"),
            extract_seconds=get("extract_seconds"),
            extract_memory_mb=get("extract_memory_mb"),
            ocr=get("ocr") == "on",
            ocr_languages=get("ocr_languages"),
            ocr_max_pages=get("ocr_max_pages"),
        )

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
