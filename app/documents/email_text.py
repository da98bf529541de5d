"""An .eml message: its headers and text body become the document's text; attachments are returned so
that they are imported as documents of their own."""

from __future__ import annotations

import base64
import email
import re
from email import policy
from email.message import EmailMessage
from typing import Any

from app.documents.limits import Limits

_HEADERS = ("From", "To", "Cc", "Date", "Subject")
_TAGS = re.compile(r"<[^>]*>")
MAX_ATTACHMENTS = 50


def _payload(part: EmailMessage) -> bytes:
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _part_text(part: EmailMessage) -> str:
    charset = part.get_content_charset() or "utf-8"
    try:
        return _payload(part).decode(charset, errors="replace")
    except LookupError:
        return _payload(part).decode("utf-8", errors="replace")


def email_text(data: bytes, limits: Limits, notes: list[str]) -> tuple[str, list[dict[str, Any]]]:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    lines = []
    for name in _HEADERS:
        value = message.get(name)
        if value:
            lines.append(f"{name}: {value}")
    plain: list[str] = []
    html: list[str] = []
    attachments: list[dict[str, Any]] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        assert isinstance(part, EmailMessage)
        filename = part.get_filename()
        disposition = part.get_content_disposition()
        content_type = part.get_content_type()
        if filename is None and disposition != "attachment" and content_type == "text/plain":
            plain.append(_part_text(part))
        elif filename is None and disposition != "attachment" and content_type == "text/html":
            html.append(_TAGS.sub(" ", _part_text(part)))
        else:
            payload = _payload(part)
            if not payload:
                continue
            if len(attachments) >= MAX_ATTACHMENTS:
                notes.append(f"only the first {MAX_ATTACHMENTS} attachments were imported")
                break
            attachments.append(
                {
                    "name": filename or f"attachment-{len(attachments) + 1}",
                    "data": base64.b64encode(payload).decode("ascii"),
                }
            )
    body = "\n".join(plain) if plain else "\n".join(html)
    text = "\n".join(lines) + "\n\n" + body
    return text, attachments
