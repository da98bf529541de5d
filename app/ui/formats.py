"""Dates and numbers as the user's locale writes them (the vault stores ISO dates)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt


def local_date(iso: str | None) -> str:
    """``2026-03-02`` -> ``02/03/2026`` (nl-BE, fr-BE), ``3/2/26`` (en-US), ...; "" for no date."""
    if not iso:
        return ""
    day = QDate.fromString(str(iso)[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else str(iso)
