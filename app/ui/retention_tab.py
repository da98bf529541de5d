"""The candidate page's "Consent & retention" tab: the state, due date and why, and the acts that change them.

Record a reserve-pool consent (date, method, an optional document as evidence), renew it, withdraw it or
record a declined renewal; place a legal hold with its reason or release it; restrict processing or lift the
restriction. Each act goes through the retention service, in a dialog that shows a refusal in one line and
keeps what was typed; afterwards the tab shows the new state and due date at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.retention.rules import CandidateFacts, latest_consent
from app.ui import adapters
from app.ui.labels import date_text, iso_date_text, state_label
from app.ui.profile import consent_methods
from app.ui.reasons import reason_text
from app.ui.records_tabs import FormDialog
from app.ui.widgets import date_edit, picked_day
from app.vault import Vault


class RetentionTab(QWidget):
    changed = Signal(int)  # a fact changed: the history, the list and the overview follow

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.candidate_id: int | None = None
        self.state = QLabel()
        self.state.setObjectName("retentionState")
        self.due = QLabel()
        self.due.setObjectName("retentionDue")
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.consent = QLabel()
        self.consent.setObjectName("consentText")
        self.hold = QLabel()
        self.restriction = QLabel()
        self.status = QLabel()
        self.status.setObjectName("retentionStatus")
        self.status.setWordWrap(True)
        facts = QFormLayout()
        facts.addRow(self.tr("State:"), self.state)
        facts.addRow(self.tr("Due on:"), self.due)
        facts.addRow(self.tr("Why:"), self.reason)
        facts.addRow(self.tr("Reserve-pool consent:"), self.consent)
        facts.addRow(self.tr("Legal hold:"), self.hold)
        facts.addRow(self.tr("Restriction (Art. 18):"), self.restriction)
        self.give_button = self._button(self.tr("Record consent…"), self.give)
        self.renew_button = self._button(self.tr("Renew consent…"), self.renew)
        self.withdraw_button = self._button(self.tr("Withdraw consent…"), self.withdraw)
        self.decline_button = self._button(self.tr("Renewal declined…"), self.decline)
        self.hold_button = self._button(self.tr("Place legal hold…"), self.place_hold)
        self.release_button = self._button(self.tr("Release legal hold…"), self.release_hold)
        self.restrict_button = self._button(self.tr("Restrict processing…"), self.restrict)
        self.lift_button = self._button(self.tr("Lift restriction…"), self.lift)
        acts = QGroupBox(self.tr("Record"))
        grid = QGridLayout(acts)
        rows = (
            (self.give_button, self.renew_button, self.withdraw_button, self.decline_button),
            (self.hold_button, self.release_button, self.restrict_button, self.lift_button),
        )
        for r, row in enumerate(rows):
            for c, button in enumerate(row):
                grid.addWidget(button, r, c)
        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addWidget(acts)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._enable(None)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    # ---- showing ----

    def show_candidate(self, candidate_id: int) -> None:
        self.candidate_id = candidate_id
        self.status.clear()
        self.refresh()

    def refresh(self) -> None:
        if self.candidate_id is None:
            return
        cid = self.candidate_id
        info = adapters.retention_status(self._vault, [cid]).get(cid, {})
        facts = self._vault.retention.facts(cid)
        self.state.setText(state_label(info.get("state", "")))
        self.due.setText(iso_date_text(info.get("due_on", "")) or self.tr("not due"))
        self.reason.setText(reason_text(info.get("reason", "")))
        self.consent.setText(self._consent_text(facts))
        self.hold.setText(self.tr("Yes: never due while it lasts") if facts.held else self.tr("No"))
        self.restriction.setText(
            self.tr("Yes: nothing is changed or deleted while it lasts")
            if facts.restricted
            else self.tr("No")
        )
        self._enable(facts)

    def _consent_text(self, facts: CandidateFacts) -> str:
        consent = latest_consent(facts)
        if consent is None:
            return self.tr("None")
        if consent.withdrawn_on is not None:
            return self.tr("Given on {0}, withdrawn on {1}").format(
                date_text(consent.given_on), date_text(consent.withdrawn_on)
            )
        return self.tr("Given on {0}, ends on {1}").format(
            date_text(consent.given_on), date_text(consent.end)
        )

    def _enable(self, facts: CandidateFacts | None) -> None:
        consent = latest_consent(facts) if facts is not None else None
        running = consent is not None and consent.withdrawn_on is None
        known = facts is not None
        self.give_button.setEnabled(known)
        self.renew_button.setEnabled(consent is not None)
        self.withdraw_button.setEnabled(running)
        self.decline_button.setEnabled(running)
        self.hold_button.setEnabled(known and facts is not None and not facts.held)
        self.release_button.setEnabled(facts is not None and facts.held)
        self.restrict_button.setEnabled(known and facts is not None and not facts.restricted)
        self.lift_button.setEnabled(facts is not None and facts.restricted)

    def wipe(self) -> None:
        for dialog in self.findChildren(FormDialog):  # a reason typed in an open dialog goes too
            for field in dialog.fields.values():
                if isinstance(field, QPlainTextEdit):
                    field.clear()
            dialog.reject()
        self.candidate_id = None
        for label in (
            self.state,
            self.due,
            self.reason,
            self.consent,
            self.hold,
            self.restriction,
            self.status,
        ):
            label.clear()
        self._enable(None)

    # ---- the acts ----

    def give(self) -> QDialog | None:
        return self._consent_dialog(self.tr("Record a reserve-pool consent"), renew=False)

    def renew(self) -> QDialog | None:
        return self._consent_dialog(self.tr("Renew the reserve-pool consent"), renew=True)

    def _consent_dialog(self, title: str, *, renew: bool) -> QDialog | None:
        if self.candidate_id is None:
            return None
        cid, retention = self.candidate_id, self._vault.retention
        given = date_edit(self._vault.today())
        method = QComboBox()
        for code, label in consent_methods().items():
            method.addItem(label, code)
        evidence = QComboBox()
        evidence.addItem(self.tr("(none)"), None)
        if not renew:
            for doc in self._vault.documents.list(cid):
                evidence.addItem(doc.file_name, doc.id)

        def submit() -> None:
            if renew:
                retention.renew_consent(cid, picked_day(given), str(method.currentData()))
            else:
                retention.give_consent(
                    cid, picked_day(given), str(method.currentData()), evidence.currentData()
                )

        dialog = self._dialog(title, submit, self.tr("Consent recorded."))
        dialog.add_row("given", self.tr("Given on:"), given)
        dialog.add_row("method", self.tr("How:"), method)
        if not renew:
            dialog.add_row("evidence", self.tr("Evidence (a document):"), evidence)
        dialog.open()
        return dialog

    def withdraw(self) -> QDialog | None:
        return self._dated(
            self.tr("Withdraw the consent"),
            self.tr("Withdrawn on:"),
            self._vault.retention.withdraw_consent,
            self.tr("Consent withdrawn."),
        )

    def decline(self) -> QDialog | None:
        return self._dated(
            self.tr("The candidate declined the renewal"),
            self.tr("Declined on:"),
            self._vault.retention.decline_renewal,
            self.tr("Declined renewal recorded: the consent ends that day."),
        )

    def release_hold(self) -> QDialog | None:
        return self._dated(
            self.tr("Release the legal hold"),
            self.tr("Released on:"),
            self._vault.retention.release_hold,
            self.tr("Legal hold released."),
        )

    def restrict(self) -> QDialog | None:
        return self._dated(
            self.tr("Restrict processing (Art. 18)"),
            self.tr("Requested on:"),
            self._vault.retention.restrict,
            self.tr("Processing restricted."),
        )

    def lift(self) -> QDialog | None:
        return self._dated(
            self.tr("Lift the restriction"),
            self.tr("Lifted on:"),
            self._vault.retention.lift_restriction,
            self.tr("Restriction lifted."),
        )

    def place_hold(self) -> QDialog | None:
        if self.candidate_id is None:
            return None
        cid = self.candidate_id
        reason = QPlainTextEdit()
        reason.setPlaceholderText(self.tr("e.g. a dispute about the selection, a labour-court case"))
        reason.setMaximumHeight(90)
        placed = date_edit(self._vault.today())
        dialog = self._dialog(
            self.tr("Place a legal hold"),
            lambda: self._vault.retention.place_hold(cid, reason.toPlainText(), picked_day(placed)),
            self.tr("Legal hold placed: never due while it lasts."),
        )
        dialog.add_row("reason", self.tr("Reason (kept encrypted):"), reason)
        dialog.add_row("placed", self.tr("Placed on:"), placed)
        dialog.open()
        return dialog

    def _dated(self, title: str, label: str, act: Callable[..., object], done: str) -> QDialog | None:
        if self.candidate_id is None:
            return None
        cid = self.candidate_id
        day = date_edit(self._vault.today())
        dialog = self._dialog(title, lambda: act(cid, picked_day(day)), done)
        dialog.add_row("day", label, day)
        dialog.open()
        return dialog

    def _dialog(self, title: str, submit: Callable[[], object], done: str) -> FormDialog:
        """A form whose OK runs ``submit``; the caller adds the rows, then opens it."""
        dialog = FormDialog(title, submit, self)
        dialog.accepted.connect(lambda: self._after(done))
        return dialog

    def _after(self, done: str) -> None:
        self.refresh()
        self.status.setText(done)
        if self.candidate_id is not None:
            self.changed.emit(self.candidate_id)
