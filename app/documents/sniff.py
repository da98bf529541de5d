"""What a file is, decided by its content (magic bytes), never by its name.

Refusals are one line each (``DocumentRefused``). A name whose extension disagrees with the content is
accepted, and the disagreement is noted on the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from app.errors import InvalidInput


class DocumentRefused(InvalidInput):
    """A file that cannot be stored as a document (empty, executable, unknown type, too large, duplicate)."""


@dataclass(frozen=True)
class Sniffed:
    format: str  # pdf | docx | jpeg | png | gif | tiff | text | eml
    media_type: str
    encoding: str | None = None  # for text and e-mail

    @property
    def is_image(self) -> bool:
        return self.format in ("jpeg", "png", "gif", "tiff")


MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "tiff": "image/tiff",
    "text": "text/plain",
    "eml": "message/rfc822",
}
EXTENSIONS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".png": "png",
    ".gif": "gif",
    ".tif": "tiff",
    ".tiff": "tiff",
    ".txt": "text",
    ".text": "text",
    ".csv": "text",
    ".md": "text",
    ".eml": "eml",
}
_MAGIC = (
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"PK\x03\x04", "docx"),  # the child confirms it is a Word document (word/document.xml)
)
_EXECUTABLES = (
    b"MZ",
    b"\x7fELF",
    b"\xfe\xed\xfa\xce",
    b"\xfe\xed\xfa\xcf",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",
)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADER_LINE = re.compile(r"^[!-9;-~]+:")
_MAIL_HEADERS = {
    "from",
    "to",
    "subject",
    "date",
    "received",
    "message-id",
    "mime-version",
    "return-path",
    "delivered-to",
    "content-type",
    "cc",
    "reply-to",
}
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def sniff(data: bytes) -> Sniffed:
    if not data:
        raise DocumentRefused("the file is empty")
    if data.startswith(_EXECUTABLES):
        raise DocumentRefused("the file is an executable program, not a document")
    if data.startswith(_OLE2):
        raise DocumentRefused(
            "the file is a password-protected Office file or an old .doc/.xls; "
            "save it as an unprotected DOCX or PDF first"
        )
    if b"%PDF-" in data[:1024]:
        return _found("pdf")
    for magic, fmt in _MAGIC:
        if data.startswith(magic):
            return _found(fmt)
    text = _decode_text(data)
    if text is not None:
        encoding, decoded = text
        return _found("eml" if looks_like_email(decoded) else "text", encoding)
    raise DocumentRefused("unknown file type (accepted: PDF, DOCX, JPEG, PNG, GIF, TIFF, plain text, e-mail)")


def _found(fmt: str, encoding: str | None = None) -> Sniffed:
    return Sniffed(fmt, MEDIA_TYPES[fmt], encoding)


def _decode_text(data: bytes) -> tuple[str, str] | None:
    """(encoding, text) when the bytes are text in a common encoding, else None."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ("utf-16",)
    elif b"\x00" in data[:65536]:
        return None
    else:
        candidates = ("utf-8", "cp1252", "latin-1")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return (encoding, text) if _mostly_printable(text) else None
    return None


def _mostly_printable(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) <= 0x9F)
    return controls <= len(sample) // 100


def looks_like_email(text: str) -> bool:
    """An RFC 822 message: starts with header lines (and continuations) and has typical mail headers."""
    names: set[str] = set()
    lines = text[:65536].splitlines()
    for index, line in enumerate(lines):
        if not line:
            break
        if line[0] in " \t" and index > 0:
            continue
        if not _HEADER_LINE.match(line):
            return False
        names.add(line.split(":", 1)[0].lower())
    else:
        return False
    return len(names & _MAIL_HEADERS) >= 2 and bool(
        names & {"from", "received", "mime-version", "message-id"}
    )


def name_notes(file_name: str, sniffed: Sniffed) -> list[str]:
    """Notes about the file name: an extension that disagrees with the content, hidden direction marks."""
    notes = []
    suffix = PurePath(file_name).suffix.lower()
    expected = EXTENSIONS.get(suffix)
    if suffix and expected != sniffed.format and not (sniffed.format == "eml" and expected == "text"):
        notes.append(f"the name says {suffix}, the content is {sniffed.format.upper()}")
    if _BIDI_CONTROLS.search(file_name):
        notes.append("the file name holds hidden text-direction characters (it may show a false extension)")
    return notes
