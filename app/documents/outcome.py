"""What the extraction child reports back (plain data, sent as JSON over a pipe)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

OK = "ok"
NO_TEXT = "no_text"
NO_TEXT_SCAN = "no_text_scan"
REFUSED = "refused"  # not a document after all (e.g. a ZIP that is not a Word file)

OCR_HOWTO = (
    "install Tesseract OCR with the Dutch, French and English languages "
    "(Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-nld tesseract-ocr-fra; "
    "macOS: brew install tesseract tesseract-lang) to read scans"
)


class NoText(Exception):
    """Extraction gave up on purpose; the document is still stored, marked with this reason."""

    def __init__(self, reason: str, status: str = NO_TEXT) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


class NotADocument(Exception):
    """The content is not what the magic bytes promised: refuse the file."""


@dataclass
class Extraction:
    status: str
    text: str = ""
    notes: list[str] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)  # e-mail: {"name", "data" (base64)}

    def as_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "text": self.text,
            "notes": self.notes,
            "attachments": self.attachments,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extraction:
        return cls(
            str(data["status"]),
            str(data.get("text", "")),
            [str(n) for n in data.get("notes", [])],
            list(data.get("attachments", [])),
        )


def clip(text: str, max_chars: int, notes: list[str]) -> str:
    if len(text) > max_chars:
        notes.append(f"text cut at {max_chars} characters (setting documents.max_text_chars)")
        return text[:max_chars]
    return text
