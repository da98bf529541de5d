"""Confirmations before data is destroyed (one candidate: type the last name; bulk: type the count) and
the bulk purge's result report (ids, dates, reasons only)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.confirmation import typed_name_matches
from app.retention.bulk import BulkResult
from app.retention.purge import PurgePreview
from app.ui.labels import number_text


class ConfirmPurgeDialog(QDialog):
    """Names the count, says it cannot be undone, and is only accepted once the count is typed."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmPurge")
        self.count = count
        self.setWindowTitle(self.tr("Confirm bulk purge"))
        text = QLabel(
            self.tr(
                "%n candidate(s) will be deleted for good: their data and documents are destroyed. "
                "This cannot be undone.",
                "",
                count,
            )
        )
        text.setWordWrap(True)
        ask = QLabel(self.tr("Type the number of candidates ({0}) to confirm:").format(count))
        self.typed = QLineEdit()
        self.typed.setObjectName("typedCount")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton(self.tr("Purge %n candidate(s)", "", count))
        self.ok.setObjectName("confirmPurgeButton")
        self.ok.setEnabled(False)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(lambda t: self.ok.setEnabled(t.strip() == str(count)))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        for widget in (text, ask, self.typed, self.buttons):
            layout.addWidget(widget)


class ConfirmErasureDialog(QDialog):
    """Names the candidate and what goes with them, says it cannot be undone, and is only accepted once
    the last name is typed (case and accents aside; compared in memory)."""

    def __init__(self, preview: PurgePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmErasure")
        self.preview = preview
        self.setWindowTitle(self.tr("Delete a candidate for good"))
        what = self.tr(
            "{0} will be deleted for good: the profile, {1}, {2}, {3} and every record of the procedures "
            "and consents. Their encryption key is destroyed. This cannot be undone."
        ).format(
            preview.name,
            self.tr("%n document(s)", "", preview.documents),
            self.tr("%n interview note(s)", "", preview.notes),
            self.tr("%n letter(s) or message(s)", "", preview.correspondence),
        )
        text = QLabel(what)
        text.setObjectName("erasureText")
        text.setWordWrap(True)
        ask = QLabel(self.tr("Type the last name ({0}) to confirm:").format(preview.last_name))
        ask.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setObjectName("typedName")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton(self.tr("Delete {0}").format(preview.name))
        self.ok.setObjectName("confirmErasureButton")
        self.ok.setEnabled(False)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(self._typed)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        for widget in (text, ask, self.typed, self.buttons):
            layout.addWidget(widget)

    def _typed(self, text: str) -> None:
        self.ok.setEnabled(typed_name_matches(text, self.preview.last_name))

    def accept(self) -> None:
        if typed_name_matches(self.typed.text(), self.preview.last_name):  # Enter in the field, too
            super().accept()

    @classmethod
    def ask(cls, preview: PurgePreview, parent: QWidget | None) -> bool:
        """True only when the person typed the last name and pressed Delete."""
        dialog = cls(preview, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


def confirm_delete(parent: QWidget, title: str, question: str, details: str) -> bool:
    """Yes / Cancel before one record (a document, a note) is deleted; Cancel is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("confirmDelete")
    box.setInformativeText(details)
    box.button(QMessageBox.StandardButton.Yes).setText(QApplication.translate("ConfirmDelete", "Delete"))
    box.button(QMessageBox.StandardButton.Cancel).setText(QApplication.translate("ConfirmDelete", "Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


def report_lines(result: BulkResult, as_of: dt.date, cancelled: bool) -> list[str]:
    """CSV lines of the purge: no names, only ids, dates and reasons (English, like the audit log)."""
    reasons = {a.candidate_id: (a.due_on, a.reason) for a in result.planned}
    lines = [f"# bulk purge as of {as_of.isoformat()}; cancelled: {'yes' if cancelled else 'no'}"]
    lines.append("candidate_id,result,due_on,reason")
    for cid in result.purged:
        due_on, reason = reasons.get(cid, (None, ""))
        lines.append(f"{cid},purged,{due_on.isoformat() if due_on else ''},{_csv(reason)}")
    for cid, why in result.skipped:
        due_on, _reason = reasons.get(cid, (None, ""))
        lines.append(f"{cid},kept,{due_on.isoformat() if due_on else ''},{_csv(why)}")
    done = set(result.purged) | {cid for cid, _w in result.skipped}
    for a in result.planned:
        if a.candidate_id not in done:
            lines.append(
                f"{a.candidate_id},not_reached,{a.due_on.isoformat() if a.due_on else ''},{_csv(a.reason)}"
            )
    return lines


def _csv(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


class PurgeReportDialog(QDialog):
    def __init__(
        self, result: BulkResult, as_of: dt.date, cancelled: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("purgeReport")
        self.setWindowTitle(self.tr("Bulk purge report"))
        self.lines = report_lines(result, as_of, cancelled)
        summary = self.tr("Purged: {0}. Kept: {1}.").format(
            number_text(len(result.purged)), number_text(len(result.skipped))
        )
        if cancelled:
            summary += " " + self.tr("Cancelled: the candidates not reached are untouched.")
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(self.lines))
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        save = QPushButton(self.tr("Save report…"))
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(self.ask_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 400)

    def save(self, path: Path) -> None:
        path.write_text("\n".join(self.lines) + "\n", encoding="utf-8")

    def ask_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), "bulk-purge-report.csv", self.tr("CSV files (*.csv)")
        )
        if name:
            try:
                self.save(Path(name))
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Save report"), exc.strerror or type(exc).__name__)
