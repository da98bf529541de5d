"""HR's answer to an objection (Art. 21): uphold it (the reserve-pool consent ends), uphold and delete the
candidate (confirmed by their typed last name afterwards), or reject it for compelling legitimate grounds,
whose reason is required and kept encrypted with the request."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import date_edit, picked_day


@dataclass(frozen=True)
class ObjectionDecision:
    uphold: bool
    erase: bool
    reason: str | None
    on: dt.date


class ObjectionDialog(QDialog):
    def __init__(self, name: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decideObjection")
        self.setWindowTitle(self.tr("Decide on an objection"))
        intro = QLabel(self.tr("{0} objects to the processing of their data. Your decision:").format(name))
        intro.setObjectName("objectionIntro")
        intro.setWordWrap(True)
        self.uphold = QRadioButton(self.tr("Uphold: the reserve-pool consent ends"))
        self.uphold_erase = QRadioButton(self.tr("Uphold and delete the candidate for good"))
        self.reject_choice = QRadioButton(self.tr("Reject, for compelling legitimate grounds:"))
        self.choices = QButtonGroup(self)
        for button in (self.uphold, self.uphold_erase, self.reject_choice):
            self.choices.addButton(button)
        self.uphold.setChecked(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("objectionReason")
        self.reason.setPlaceholderText(self.tr("The grounds, as you will tell the candidate"))
        self.reason.setMaximumHeight(90)
        self.on = date_edit(today)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Decide"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.choices.buttonToggled.connect(lambda *_a: self._update())
        self.reason.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for widget in (self.uphold, self.uphold_erase, self.reject_choice, self.reason):
            layout.addWidget(widget)
        form = QFormLayout()
        form.addRow(self.tr("Decided on:"), self.on)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._update()

    def _update(self) -> None:
        rejecting = self.reject_choice.isChecked()
        self.reason.setEnabled(rejecting)
        self.ok.setEnabled(not rejecting or bool(self.reason.toPlainText().strip()))

    def accept(self) -> None:
        if self.ok.isEnabled():
            super().accept()

    def decision(self) -> ObjectionDecision:
        rejecting = self.reject_choice.isChecked()
        return ObjectionDecision(
            uphold=not rejecting,
            erase=self.uphold_erase.isChecked(),
            reason=self.reason.toPlainText().strip() if rejecting else None,
            on=picked_day(self.on),
        )
