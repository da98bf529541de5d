"""The candidate page's procedures, interview notes and correspondence tabs, each with its "Add…" dialog.

Every change goes through a vault service; a refusal (a restriction, a date in the future, a closed
procedure) is shown in the dialog in one line and the dialog stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.correspondence import CHANNELS, DIRECTIONS
from app.errors import VaultError
from app.ui.candidate_model import ID_ROLE
from app.ui.labels import date_text
from app.ui.purge_dialogs import confirm_delete
from app.ui.widgets import date_edit, picked_day
from app.vault import Vault


class Labels(QObject):
    """Translated names of the stored codes (outcomes, directions, channels)."""

    def outcome(self, code: str) -> str:
        return {
            "open": self.tr("Open"),
            "rejected": self.tr("Rejected"),
            "withdrawn": self.tr("Withdrawn"),
            "hired": self.tr("Hired"),
        }.get(code, code)

    def direction(self, code: str) -> str:
        return {"in": self.tr("Received"), "out": self.tr("Sent")}.get(code, code)

    def channel(self, code: str) -> str:
        return {
            "email": self.tr("E-mail"),
            "letter": self.tr("Letter"),
            "phone": self.tr("Phone"),
            "other": self.tr("Other"),
        }.get(code, code)


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


class FormDialog(QDialog):
    """A form whose OK runs ``submit``; a VaultError is shown under the form and the dialog stays open."""

    def __init__(self, title: str, submit: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # what was typed does not outlive it
        self._submit = submit
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(bright-text); background: #c62828; padding: 4px;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_row(self, key: str, label: str, widget: QWidget) -> None:
        self.fields[key] = widget
        self.form.addRow(label, widget)

    def accept(self) -> None:
        try:
            self._submit()
        except VaultError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()


class RecordTab(QWidget):
    """A table of one candidate's rows, an optional text view of the selected row, and action buttons."""

    changed = Signal(int)  # the candidate's records changed: retention state and dashboard follow

    def __init__(self, vault: Vault, *, with_text: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.candidate_id: int | None = None
        self.owner_name = ""  # the candidate's name, for confirmations
        headers = self.headers()
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setVisible(with_text)
        self._texts: list[str] = []
        self.bar = QHBoxLayout()
        self.bar.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(split, 1)

    def headers(self) -> list[str]:
        raise NotImplementedError

    def button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.bar.insertWidget(self.bar.count() - 1, button)
        return button

    def fill(self, rows: list[tuple[int, list[str], str]]) -> None:
        """(id, cells, text shown below when selected) per row."""
        self.table.setRowCount(len(rows))
        self._texts = [text for _id, _cells, text in rows]
        for r, (row_id, cells, _text) in enumerate(rows):
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, row_id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.text.clear()
        self._selected()

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return int(item.data(ID_ROLE)) if item is not None else None

    def _selected(self) -> None:
        row = self.table.currentRow()
        self.text.setPlainText(self._texts[row] if 0 <= row < len(self._texts) else "")
        self.on_selection()

    def on_selection(self) -> None:
        """Enable what fits the selected row."""

    def show_candidate(self, candidate_id: int) -> None:
        self.candidate_id = candidate_id
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def after_change(self) -> None:
        self.reload()
        if self.candidate_id is not None:
            self.changed.emit(self.candidate_id)

    def wipe(self) -> None:
        for dialog in self.findChildren(FormDialog):  # an open "Add…" holds what was typed: gone too
            for field in dialog.fields.values():
                if isinstance(field, QLineEdit | QPlainTextEdit):
                    field.clear()
            dialog.reject()
        self.candidate_id = None
        self._texts = []
        self.table.clearContents()
        self.table.setRowCount(0)
        self.text.clear()


class ProceduresTab(RecordTab):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, with_text=False, parent=parent)
        self.table.setObjectName("proceduresTable")
        self.labels = Labels()
        self.rows: list[Any] = []
        self.add_button = self.button(self.tr("Add procedure…"), self.add)
        self.close_button = self.button(self.tr("Close procedure…"), self.close_selected)
        self.close_button.setEnabled(False)
        self.correct_button = self.button(self.tr("Correct…"), self.correct_selected)
        self.correct_button.setEnabled(False)

    def headers(self) -> list[str]:
        return [self.tr("Vacancy"), self.tr("Applied on"), self.tr("Ended on"), self.tr("Outcome")]

    def reload(self) -> None:
        if self.candidate_id is None:
            return
        self.rows = self._vault.retention.procedures(self.candidate_id)
        self.fill(
            [
                (
                    pid,
                    [
                        title or "",
                        date_text(applied),
                        date_text(ended) if ended else "",
                        self.labels.outcome(outcome),
                    ],
                    "",
                )
                for pid, title, outcome, applied, ended in self.rows
            ]
        )

    def on_selection(self) -> None:
        pid = self.selected_id()
        outcome = next((row[2] for row in self.rows if row[0] == pid), None)
        self.close_button.setEnabled(outcome == "open")
        self.correct_button.setEnabled(outcome not in (None, "open"))

    def add(self) -> QDialog | None:
        if self.candidate_id is None:
            return None
        cid, today = self.candidate_id, self._vault.today()
        vacancy = QLineEdit()
        applied = date_edit(today)
        dialog = FormDialog(
            self.tr("Add a procedure"),
            lambda: self._vault.retention.add_procedure(
                cid, vacancy.text().strip() or None, picked_day(applied)
            ),
            self,
        )
        dialog.add_row("vacancy", self.tr("Vacancy:"), vacancy)
        dialog.add_row("applied", self.tr("Applied on:"), applied)
        dialog.accepted.connect(self.after_change)
        dialog.open()
        return dialog

    def close_selected(self) -> QDialog | None:
        return self._closing(self.tr("Close the procedure"), correct=False)

    def correct_selected(self) -> QDialog | None:
        """A closed procedure's outcome or end, corrected: audited with what it replaces."""
        return self._closing(self.tr("Correct the closed procedure"), correct=True)

    def _closing(self, title: str, *, correct: bool) -> QDialog | None:
        pid = self.selected_id()
        if pid is None:
            return None
        row = next(row for row in self.rows if row[0] == pid)
        outcome = QComboBox()
        for code in ("rejected", "withdrawn", "hired"):
            outcome.addItem(self.labels.outcome(code), code)
        ended = date_edit(self._vault.today())
        if correct:
            outcome.setCurrentIndex(max(0, outcome.findData(row[2])))
            if row[4] is not None:
                ended.setDate(QDate(row[4].year, row[4].month, row[4].day))
        dialog = FormDialog(
            title,
            lambda: self._vault.retention.close_procedure(
                pid, str(outcome.currentData()), picked_day(ended), correct=correct
            ),
            self,
        )
        if correct:
            note = QLabel(self.tr("The correction is kept in the history with what it replaces."))
            note.setWordWrap(True)
            dialog.form.addRow(note)
        dialog.add_row("outcome", self.tr("Outcome:"), outcome)
        dialog.add_row("ended", self.tr("Ended on:"), ended)
        dialog.accepted.connect(self.after_change)
        dialog.open()
        return dialog


class NotesTab(RecordTab):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, with_text=True, parent=parent)
        self.table.setObjectName("notesTable")
        self.add_button = self.button(self.tr("Add note…"), self.add)
        self.delete_button = self.button(self.tr("Delete note…"), self.delete_selected)
        self.delete_button.setEnabled(False)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Procedure"), self.tr("Author"), self.tr("Note")]

    def _procedures(self) -> dict[int, str]:
        assert self.candidate_id is not None
        return {
            pid: f"{title or '—'} ({date_text(applied)})"
            for pid, title, _outcome, applied, _ended in self._vault.retention.procedures(self.candidate_id)
        }

    def reload(self) -> None:
        if self.candidate_id is None:
            return
        procedures = self._procedures()
        self.fill(
            [
                (
                    n.id,
                    [
                        date_text(n.held_on),
                        procedures.get(n.procedure_id or 0, ""),
                        n.author,
                        n.body.splitlines()[0],
                    ],
                    n.body,
                )
                for n in self._vault.notes.list(self.candidate_id)
            ]
        )

    def on_selection(self) -> None:
        self.delete_button.setEnabled(self.selected_id() is not None)

    def delete_selected(self) -> bool:
        """Delete the selected note once the person confirms (naming its date and the candidate)."""
        note_id = self.selected_id()
        if note_id is None:
            return False
        cell = self.table.item(self.table.currentRow(), 0)
        when = cell.text() if cell is not None else ""
        question = self.tr("Delete the interview note of {0} about {1} for good?").format(
            when, self.owner_name
        )
        if not confirm_delete(
            self, self.tr("Delete an interview note"), question, self.tr("This cannot be undone.")
        ):
            return False
        try:
            self._vault.notes.delete(note_id)
        except VaultError as exc:  # e.g. the candidate is restricted
            QMessageBox.warning(self, self.tr("Delete an interview note"), str(exc))
            return False
        self.after_change()
        return True

    def add(self) -> QDialog | None:
        if self.candidate_id is None:
            return None
        cid = self.candidate_id
        procedure = QComboBox()
        procedure.addItem(self.tr("(none)"), None)
        for pid, label in self._procedures().items():
            procedure.addItem(label, pid)
        procedure.setCurrentIndex(procedure.count() - 1)  # the latest application
        held_on = date_edit(self._vault.today())
        author = QLineEdit(self._vault.user or "")
        body = QPlainTextEdit()
        body.setObjectName("noteBody")
        dialog = FormDialog(
            self.tr("Add an interview note"),
            lambda: self._vault.notes.add(
                cid,
                body.toPlainText(),
                held_on=picked_day(held_on),
                author=author.text(),
                procedure_id=procedure.currentData(),
            ),
            self,
        )
        dialog.add_row("procedure", self.tr("Procedure:"), procedure)
        dialog.add_row("held_on", self.tr("Interview on:"), held_on)
        dialog.add_row("author", self.tr("Author:"), author)
        dialog.add_row("body", self.tr("Note:"), body)
        dialog.accepted.connect(self.after_change)
        dialog.open()
        return dialog


class CorrespondenceTab(RecordTab):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, with_text=True, parent=parent)
        self.table.setObjectName("correspondenceTable")
        self.labels = Labels()
        self.add_button = self.button(self.tr("Log a message…"), self.add)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Sent or received"), self.tr("By"), self.tr("Subject")]

    def reload(self) -> None:
        if self.candidate_id is None:
            return
        self.fill(
            [
                (
                    m.id,
                    [
                        date_text(m.sent_on),
                        self.labels.direction(m.direction),
                        self.labels.channel(m.channel),
                        m.subject,
                    ],
                    m.body,
                )
                for m in self._vault.correspondence.list(self.candidate_id)
            ]
        )

    def add(self) -> QDialog | None:
        if self.candidate_id is None:
            return None
        cid = self.candidate_id
        direction, channel = QComboBox(), QComboBox()
        for code in DIRECTIONS:
            direction.addItem(self.labels.direction(code), code)
        for code in CHANNELS:
            channel.addItem(self.labels.channel(code), code)
        sent_on = date_edit(self._vault.today())
        subject = QLineEdit()
        body = QPlainTextEdit()
        dialog = FormDialog(
            self.tr("Log a message"),
            lambda: self._vault.correspondence.add(
                cid,
                direction=str(direction.currentData()),
                channel=str(channel.currentData()),
                subject=subject.text(),
                body=body.toPlainText(),
                sent_on=picked_day(sent_on),
            ),
            self,
        )
        dialog.add_row("direction", self.tr("Sent or received:"), direction)
        dialog.add_row("channel", self.tr("By:"), channel)
        dialog.add_row("sent_on", self.tr("Date:"), sent_on)
        dialog.add_row("subject", self.tr("Subject:"), subject)
        dialog.add_row("body", self.tr("Text:"), body)
        dialog.accepted.connect(self.after_change)
        dialog.open()
        return dialog
