"""The profile form: edit a candidate's fields; the Vault's validation message shows beside the field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.candidates import PROFILE_FIELDS, validate
from app.errors import VaultError
from app.retention.consents import METHODS
from app.ui import adapters
from app.ui.widgets import date_edit, picked_day
from app.vault import Vault


def field_labels() -> dict[str, str]:
    return {
        "first_name": QApplication.translate("Profile", "First name"),
        "last_name": QApplication.translate("Profile", "Last name"),
        "email": QApplication.translate("Profile", "E-mail"),
        "phone": QApplication.translate("Profile", "Phone"),
        "address": QApplication.translate("Profile", "Address"),
        "source": QApplication.translate("Profile", "Source"),
        "languages": QApplication.translate("Profile", "Languages spoken"),
        "summary": QApplication.translate("Profile", "Summary"),
        "language": QApplication.translate("Profile", "Correspondence language"),
        "external_ref": QApplication.translate("Profile", "External reference"),
    }


class ProfileForm(QWidget):
    """One editor per profile field, each with an error label; ``values()`` returns the fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        labels = field_labels()
        for name in PROFILE_FIELDS:
            editor: QLineEdit | QPlainTextEdit | QComboBox
            if name == "summary":
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                editor.setMaximumHeight(110)
            elif name == "language":
                editor = QComboBox()
                editor.addItem("", "")
                for code, label in (
                    ("nl", self.tr("Dutch")),
                    ("fr", self.tr("French")),
                    ("en", self.tr("English")),
                ):
                    editor.addItem(label, code)
            else:
                editor = QLineEdit()
                editor.editingFinished.connect(lambda n=name: self.check(n))
                if name == "email":
                    editor.setPlaceholderText("name@example.be")
                elif name == "phone":
                    editor.setPlaceholderText("+32 470 12 34 56")
            editor.setObjectName(f"field_{name}")
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setStyleSheet("color: palette(highlight);")
            error.setWordWrap(True)
            error.hide()
            self.editors[name] = editor
            self.errors[name] = error
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(error)
            required = name in ("first_name", "last_name")
            form.addRow(labels[name] + (" *" if required else "") + ":", column)

    def value(self, name: str) -> str | None:
        editor = self.editors[name]
        if isinstance(editor, QLineEdit):
            text = editor.text()
        elif isinstance(editor, QPlainTextEdit):
            text = editor.toPlainText()
        else:
            text = editor.currentData() or ""
        return text or None

    def values(self) -> dict[str, str | None]:
        return {name: self.value(name) for name in PROFILE_FIELDS}

    def set_values(self, values: dict[str, str | None]) -> None:
        for name, editor in self.editors.items():
            value = values.get(name) or ""
            if isinstance(editor, QLineEdit):
                editor.setText(value)
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value)
            else:
                editor.setCurrentIndex(max(0, editor.findData(value)))
        self.clear_errors()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def check(self, name: str) -> bool:
        """Validate one field as the Vault will (same rules, same message)."""
        try:
            validate({name: self.value(name)}, creating=False)
        except VaultError as exc:
            self.show_error(str(exc))
            return False
        self.errors[name].clear()
        self.errors[name].hide()
        return True

    def show_error(self, message: str) -> None:
        """Put the Vault's message beside the field it names (messages start with the field)."""
        for name in sorted(PROFILE_FIELDS, key=len, reverse=True):
            if message.startswith(name) or f"field {name!r}" in message:
                self.errors[name].setText(message)
                self.errors[name].show()
                self.editors[name].setFocus()
                return
        first = self.errors["first_name"]
        first.setText(message)
        first.show()


class ProfileTab(QWidget):
    saved = Signal(int)  # candidate id
    undo_available = Signal(bool)  # whether "Undo profile change" has something to undo

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._id: int | None = None
        self._version = 0
        self._original: dict[str, str | None] = {}
        self._undo: dict[str, str | None] = {}  # the fields the last save changed, as they were before
        self.form = ProfileForm()
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setObjectName("saveProfile")
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch()

    def show_candidate(self, candidate_id: int, version: int, values: dict[str, str | None]) -> None:
        if candidate_id != self._id:
            self._set_undo({})  # an undo belongs to the candidate it was made on
        self._id, self._version = candidate_id, version
        self._original = dict(values)
        self.form.set_values(values)
        self.status.clear()

    def wipe(self) -> None:
        self._id = None
        self._original = {}
        self._set_undo({})
        self.form.set_values({})
        self.status.clear()

    def _set_undo(self, before: dict[str, str | None]) -> None:
        self._undo = before
        self.undo_available.emit(bool(before))

    def undo(self) -> bool:
        """Put back the fields the last save changed (itself a saved, audited change)."""
        if self._id is None or not self._undo:
            return False
        before = self._undo
        self.form.set_values({**self._original, **before})
        if self.save():
            self._set_undo({})
            self.status.setText(self.tr("The last change is undone."))
            return True
        return False

    def changes(self) -> dict[str, str | None]:
        """The fields typed differently from what the vault holds (empty: nothing to save or lose)."""
        if self._id is None:
            return {}
        current = self.form.values()
        return {k: v for k, v in current.items() if (self._original.get(k) or None) != v}

    def discard(self) -> None:
        """Put back what the vault holds."""
        self.form.set_values(self._original)
        self.status.clear()

    def save(self) -> bool:
        """Save the changed fields; False when refused (the typed values stay, the reason beside a field)."""
        if self._id is None:
            return False
        self.form.clear_errors()
        changes = self.changes()
        if not changes:
            self.status.setText(self.tr("Nothing to save."))
            return True
        try:
            self._version = adapters.edit_candidate(self._vault, self._id, changes, self._version)
        except VaultError as exc:
            self.form.show_error(str(exc))
            self.status.setText(self.tr("Not saved: correct the marked field."))
            return False
        self._set_undo({name: self._original.get(name) for name in changes})
        self._original = self.form.values()
        self.status.setText(self.tr("Saved."))
        self.saved.emit(self._id)
        return True


class NewCandidateDialog(QDialog):
    """The profile, the application it comes with (vacancy and date: an open procedure) and, when the person
    agreed, their reserve-pool consent; saved in one go: a new candidate never lands without their facts."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCandidate")
        self.setWindowTitle(self.tr("New candidate"))
        self._vault = vault
        self.candidate_id: int | None = None
        self.form = ProfileForm()
        today = vault.today()
        self.application = QGroupBox(self.tr("Application"))
        self.application.setCheckable(True)
        self.application.setChecked(True)
        self.vacancy = QLineEdit()
        self.vacancy.setObjectName("newVacancy")
        self.vacancy.setPlaceholderText(self.tr("e.g. Nurse, night shifts"))
        self.applied = date_edit(today)
        rows = QFormLayout(self.application)
        rows.addRow(self.tr("Vacancy:"), self.vacancy)
        rows.addRow(self.tr("Applied on:"), self.applied)
        self.consent = QGroupBox(self.tr("Consent to the reserve pool (at most two years)"))
        self.consent.setCheckable(True)
        self.consent.setChecked(False)
        self.consent_on = date_edit(today)
        self.method = QComboBox()
        for code, label in consent_methods().items():
            self.method.addItem(label, code)
        rows = QFormLayout(self.consent)
        rows.addRow(self.tr("Given on:"), self.consent_on)
        rows.addRow(self.tr("How:"), self.method)
        self.error = QLabel()
        self.error.setObjectName("newCandidateError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(highlight);")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.application)
        layout.addWidget(self.consent)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
        self.form.clear_errors()
        self.error.hide()
        applying, agreeing = self.application.isChecked(), self.consent.isChecked()
        try:
            self.candidate_id = self._vault.retention.intake(
                self.form.values(),
                vacancy=(self.vacancy.text().strip() or None) if applying else None,
                applied_on=picked_day(self.applied) if applying else None,
                consent_on=picked_day(self.consent_on) if agreeing else None,
                consent_method=str(self.method.currentData()),
            )
        except VaultError as exc:
            message = str(exc)
            if any(message.startswith(name) for name in PROFILE_FIELDS):
                self.form.show_error(message)
            else:
                self.error.setText(message)
                self.error.show()
            return
        self.form.set_values({})  # the dialog object may outlive this: keep no personal data in it
        self.accept()

    def reject(self) -> None:
        self.form.set_values({})
        super().reject()


def consent_methods() -> dict[str, str]:
    """How a consent was given, in words (the codes are ``app.retention.consents.METHODS``)."""
    labels = {
        "email": QApplication.translate("Profile", "By e-mail"),
        "form": QApplication.translate("Profile", "On a form"),
        "paper": QApplication.translate("Profile", "On paper"),
        "verbal": QApplication.translate("Profile", "Verbally"),
    }
    return {code: labels.get(code, code) for code in METHODS}
