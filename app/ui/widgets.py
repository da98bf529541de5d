"""Small widget factories the pages share: a page title, a date picker that stops at today."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel

from app.retention.dates import EARLIEST_FACT


def page_title(text: str = "") -> QLabel:
    """A page's heading: the application font, half as big again, bold."""
    title = QLabel(text)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    title.setFont(font)
    return title


def date_edit(today: dt.date) -> QDateEdit:
    """A date picker with a calendar, on today, that cannot go past it nor before the vault's first fact."""
    day = QDate(today.year, today.month, today.day)
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setMaximumDate(day)
    edit.setMinimumDate(QDate(EARLIEST_FACT.year, EARLIEST_FACT.month, EARLIEST_FACT.day))
    return edit


def picked_day(edit: QDateEdit) -> dt.date:
    qd = edit.date()
    return dt.date(qd.year(), qd.month(), qd.day())
