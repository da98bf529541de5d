"""A candidate's audit events in words, in the interface language ("Profile changed: e-mail, phone").

The audit log stores codes and ids only (never personal data); this turns one event into a sentence. An
action this module does not know yet shows as its code, so nothing is ever hidden.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt

from app.ui.labels import document_kind_label, kind_label
from app.ui.profile import field_labels
from app.ui.records_tabs import Labels


class HistoryWords(QObject):
    def describe(self, action: str, details: dict[str, Any]) -> str:
        simple = self._simple()
        if action in simple:
            return simple[action]
        detailed = {
            "candidate_edited": self._edited,
            "document_added": self._document,
            "document_kind_changed": self._document,
            "procedure_added": self._procedure,
            "procedure_closed": self._procedure,
            "procedure_corrected": self._procedure,
            "request_recorded": self._request,
            "erasure_waiting": self._waiting,
            "csv_merged": self._merged,
        }
        if action in detailed:
            return detailed[action](action, details)
        return action

    def _simple(self) -> dict[str, str]:
        return {
            "candidate_added": self.tr("Candidate added"),
            "candidate_viewed": self.tr("Profile viewed"),
            "candidate_exported": self.tr("Data exported (access or portability)"),
            "consent_given": self.tr("Reserve-pool consent recorded"),
            "consent_renewed": self.tr("Reserve-pool consent renewed"),
            "consent_withdrawn": self.tr("Reserve-pool consent withdrawn"),
            "consent_declined": self.tr("Renewal of the consent declined"),
            "correspondence_added": self.tr("Message logged"),
            "document_deleted": self.tr("Document deleted"),
            "document_exported": self.tr("Document saved as a copy"),
            "document_opened": self.tr("Document viewed"),
            "document_text_read": self.tr("Document text read"),
            "hold_placed": self.tr("Legal hold placed"),
            "hold_released": self.tr("Legal hold released"),
            "note_added": self.tr("Interview note added"),
            "note_deleted": self.tr("Interview note deleted"),
            "objection_rejected": self.tr("Objection rejected"),
            "objection_upheld": self.tr("Objection upheld"),
            "reminder_dismissed": self.tr("Renewal reminder dismissed"),
            "renewal_request_sent": self.tr("Renewal request sent"),
            "request_done": self.tr("Rights request closed"),
            "request_extended": self.tr("Rights request deadline extended"),
            "request_note_viewed": self.tr("Rights request note viewed"),
            "restricted": self.tr("Processing restricted"),
            "restriction_lifted": self.tr("Restriction lifted"),
            "candidate_purged": self.tr("Deleted for good"),
            "demo_history_added": self.tr("Demo data: procedures and consents added"),
        }

    def _merged(self, _action: str, details: dict[str, Any]) -> str:
        return self.tr("Updated by a CSV import (%n change(s))", "", int(details.get("changes", 0)))

    def _edited(self, _action: str, details: dict[str, Any]) -> str:
        labels = field_labels()
        fields = [labels.get(name, name) for name in details.get("fields", [])]
        return (
            self.tr("Profile changed: {0}").format(", ".join(fields))
            if fields
            else self.tr("Profile changed")
        )

    def _document(self, action: str, details: dict[str, Any]) -> str:
        kind = document_kind_label(str(details.get("kind", "other")))
        if action == "document_kind_changed":
            return self.tr("Document kind changed: {0}").format(kind)
        return self.tr("Document added: {0}").format(kind)

    def _procedure(self, action: str, details: dict[str, Any]) -> str:
        outcome = Labels().outcome(str(details.get("outcome", "")))
        if action == "procedure_added":
            return self.tr("Procedure added ({0})").format(outcome)
        if action == "procedure_closed":
            return self.tr("Procedure closed: {0}").format(outcome)
        return self.tr("Procedure corrected: {0}").format(outcome)

    def _request(self, _action: str, details: dict[str, Any]) -> str:
        return self.tr("Rights request registered: {0}").format(kind_label(str(details.get("kind", ""))))

    def _waiting(self, _action: str, details: dict[str, Any]) -> str:
        if details.get("waiting_for") == "hold":
            return self.tr("Erasure waits until the legal hold is released")
        return self.tr("Erasure waits until the restriction is lifted")


def when_text(at: str) -> str:
    """An event's stored UTC time, in local time and the user's date and time format."""
    moment = QDateTime.fromString(at, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(at, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return at
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
