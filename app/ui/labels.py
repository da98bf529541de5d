"""Translated words for the core's codes (states, request kinds and outcomes) and locale-formatted dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject


def state_label(state: str) -> str:
    labels = {
        "active": QCoreApplication.translate("Labels", "Active procedure"),
        "retained": QCoreApplication.translate("Labels", "Retained after procedure"),
        "pool": QCoreApplication.translate("Labels", "Reserve pool"),
        "expiring": QCoreApplication.translate("Labels", "Consent expiring"),
        "due": QCoreApplication.translate("Labels", "Due for deletion"),
        "held": QCoreApplication.translate("Labels", "Legal hold"),
        "restricted": QCoreApplication.translate("Labels", "Restricted"),
    }
    return labels.get(state, state)


def kind_label(kind: str) -> str:
    labels = {
        "access": QCoreApplication.translate("Labels", "Access"),
        "rectification": QCoreApplication.translate("Labels", "Rectification"),
        "erasure": QCoreApplication.translate("Labels", "Erasure"),
        "restriction": QCoreApplication.translate("Labels", "Restriction"),
        "objection": QCoreApplication.translate("Labels", "Objection"),
        "portability": QCoreApplication.translate("Labels", "Portability"),
        "withdrawal": QCoreApplication.translate("Labels", "Withdrawal of consent"),
    }
    return labels.get(kind, kind)


def document_kind_label(kind: str) -> str:
    labels = {
        "cv": QCoreApplication.translate("Labels", "CV"),
        "letter": QCoreApplication.translate("Labels", "Letter"),
        "diploma": QCoreApplication.translate("Labels", "Diploma"),
        "certificate": QCoreApplication.translate("Labels", "Certificate"),
        "transcript": QCoreApplication.translate("Labels", "Transcript"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }
    return labels.get(kind, kind)


def text_status_label(status: str) -> str:
    """Whether a document's text could be read (and so searched)."""
    labels = {
        "ok": QCoreApplication.translate("Labels", "Searchable"),
        "no_text": QCoreApplication.translate("Labels", "No text"),
        "no_text_scan": QCoreApplication.translate("Labels", "Scan without text"),
        "refused": QCoreApplication.translate("Labels", "Not read"),
    }
    return labels.get(status, status)


def outcome_label(outcome: str | None) -> str:
    """How a closed rights request ended, in words; empty while it is open."""
    if not outcome:
        return ""
    labels = {
        "done": QCoreApplication.translate("Labels", "Done"),
        "refused": QCoreApplication.translate("Labels", "Refused"),
        "partly": QCoreApplication.translate("Labels", "Partly done"),
        "withdrawn": QCoreApplication.translate("Labels", "Consent withdrawn"),
        "no_consent": QCoreApplication.translate("Labels", "No consent to withdraw"),
        "restricted": QCoreApplication.translate("Labels", "Restricted"),
        "erased": QCoreApplication.translate("Labels", "Erased"),
        "upheld": QCoreApplication.translate("Labels", "Objection upheld"),
        "upheld:erased": QCoreApplication.translate("Labels", "Objection upheld, erased"),
        "rejected": QCoreApplication.translate("Labels", "Objection rejected"),
    }
    return labels.get(outcome, outcome)


class DaysLeft(QObject):
    """A QObject for its ``tr``: lupdate sees plural forms (%n) only in ``tr`` calls."""

    def text(self, days: int) -> str:
        if days < 0:
            return self.tr("Overdue by %n day(s)", "", -days)
        if days == 0:
            return self.tr("Due today")
        return self.tr("%n day(s) left", "", days)


def days_left_text(days: int) -> str:
    """Words next to the colour: an overdue request is said to be overdue, never shown in red only."""
    return DaysLeft().text(days)


def date_text(day: dt.date | None) -> str:
    if day is None:
        return "—"
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def iso_date_text(iso: str | None) -> str:
    """A stored ISO date (``2026-03-02``) as the user's locale writes it; "" for none."""
    return date_text(dt.date.fromisoformat(iso[:10])) if iso else ""


def month_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, 1), "MMM").rstrip(".")


def number_text(n: int) -> str:
    return QLocale().toString(n)
