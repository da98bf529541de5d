"""Where data lives, and the vault's settings (stored in the vault, in clear: none is personal data).

The two-year cap of the reserve pool is a constant of the law, not a setting: see retention.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from platformdirs import user_data_dir

from app.errors import InvalidInput

APP_NAME = "CandidateVault"
VAULT_ENV = "CANDIDATE_VAULT"
PASSPHRASE_ENV = "CANDIDATE_VAULT_PASSPHRASE"
LANGUAGES = ("nl", "fr", "en")


def data_dir() -> Path:
    """Per-OS data folder: %LOCALAPPDATA%\\CandidateVault, ~/Library/Application Support/CandidateVault,
    ~/.local/share/CandidateVault."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_vault_location() -> str:
    return os.environ.get(VAULT_ENV) or str(data_dir() / "vault.sqlite3")


def _int_range(low: int, high: int) -> Callable[[str], int]:
    def parse(raw: str) -> int:
        try:
            value = int(raw)
        except ValueError:
            raise InvalidInput(f"expected a whole number, got {raw!r}") from None
        if not low <= value <= high:
            raise InvalidInput(f"expected a number from {low} to {high}")
        return value

    return parse


def _choice(*options: str) -> Callable[[str], str]:
    def parse(raw: str) -> str:
        if raw not in options:
            raise InvalidInput(f"expected one of {', '.join(options)}")
        return raw

    return parse


def _day_list(raw: str) -> list[int]:
    try:
        days = sorted({int(part) for part in raw.replace(";", ",").split(",") if part.strip()}, reverse=True)
    except ValueError:
        raise InvalidInput("expected days before the end, e.g. 60,14") from None
    if not days or any(not 1 <= d <= 365 for d in days):
        raise InvalidInput("expected one or more days from 1 to 365, e.g. 60,14")
    return days


def _timezone(raw: str) -> str:
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(f"unknown time zone {raw!r}") from None
    return raw


def _text(raw: str) -> str:
    return raw.strip()


@dataclass(frozen=True)
class SettingSpec:
    default: Any
    parse: Callable[[str], Any]
    help: str


SETTINGS: dict[str, SettingSpec] = {
    "retention.after_procedure_days": SettingSpec(
        30, _int_range(0, 3650), "days kept after a procedure ends"
    ),
    "retention.hired_days": SettingSpec(30, _int_range(0, 3650), "days kept after a hire"),
    "retention.notice_days": SettingSpec([60, 14], _day_list, "reminder days before a consent ends"),
    "retention.on_due": SettingSpec("flag", _choice("flag", "purge"), "flag due candidates, or purge them"),
    "retention.timezone": SettingSpec("Europe/Brussels", _timezone, "time zone of the vault's dates"),
    "session.idle_lock_minutes": SettingSpec(10, _int_range(1, 480), "lock after this many idle minutes"),
    "vault.language": SettingSpec("en", _choice(*LANGUAGES), "default language of letters and e-mails"),
    "company.name": SettingSpec("", _text, "company name on letters and e-mails"),
    "company.address": SettingSpec("", _text, "company address on letters"),
    "mail.from": SettingSpec("", _text, "sender address of e-mails"),
    "smtp.host": SettingSpec("", _text, "SMTP server"),
    "smtp.port": SettingSpec(587, _int_range(1, 65535), "SMTP port"),
    "smtp.security": SettingSpec("starttls", _choice("none", "starttls", "ssl"), "SMTP security"),
    "smtp.user": SettingSpec("", _text, "SMTP user name"),
    "audit.keep_years": SettingSpec(5, _int_range(1, 50), "years the audit log is kept"),
    "backup.keep_last": SettingSpec(10, _int_range(1, 1000), "backups kept"),
    "backup.keep_days": SettingSpec(90, _int_range(1, 3650), "days a backup is kept"),
    # Documents: limits against hostile or accidental huge files (see app/documents/limits.py).
    "documents.max_bytes": SettingSpec(50 * 1024 * 1024, _int_range(1024, 1 << 31), "largest file imported"),
    "documents.max_pages": SettingSpec(500, _int_range(1, 100_000), "PDF pages read for text"),
    "documents.max_text_chars": SettingSpec(
        2_000_000, _int_range(1000, 100_000_000), "characters of text kept per document"
    ),
    "documents.docx_max_unpacked_bytes": SettingSpec(
        200 * 1024 * 1024, _int_range(1024 * 1024, 1 << 31), "total unpacked size of a DOCX (zip bombs)"
    ),
    "documents.docx_max_entries": SettingSpec(5000, _int_range(10, 1_000_000), "entries in a DOCX zip"),
    "documents.max_image_pixels": SettingSpec(
        60_000_000, _int_range(1_000_000, 1_000_000_000), "largest image (pixels) decoded for OCR"
    ),
    "documents.extract_seconds": SettingSpec(20, _int_range(1, 3600), "time limit of text extraction"),
    "documents.extract_memory_mb": SettingSpec(1024, _int_range(256, 65536), "memory limit of extraction"),
    "documents.ocr": SettingSpec("on", _choice("on", "off"), "read scans with Tesseract OCR when installed"),
    "documents.ocr_languages": SettingSpec("nld+fra+eng", _text, "Tesseract languages (installed ones used)"),
    "documents.ocr_max_pages": SettingSpec(20, _int_range(0, 10_000), "PDF pages without text read by OCR"),
}


class Settings:
    """Typed view of the settings JSON; unknown keys are refused so typos do not pass silently."""

    def __init__(self, raw: str | None = None) -> None:
        self._values: dict[str, Any] = json.loads(raw) if raw else {}

    def get(self, key: str) -> Any:
        if key not in SETTINGS:
            raise InvalidInput(f"unknown setting {key!r}")
        return self._values.get(key, SETTINGS[key].default)

    def set(self, key: str, raw: str) -> Any:
        spec = SETTINGS.get(key)
        if spec is None:
            raise InvalidInput(f"unknown setting {key!r}; see 'settings' for the list")
        try:
            value = spec.parse(raw)
        except InvalidInput as exc:
            raise InvalidInput(f"{key}: {exc}") from None
        self._values[key] = value
        return value

    def as_dict(self) -> dict[str, Any]:
        return {key: self.get(key) for key in SETTINGS}

    def to_json(self) -> str:
        return json.dumps(self._values, sort_keys=True)
