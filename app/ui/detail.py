"""The candidate page: a header and tabs (profile, procedures, documents, notes, correspondence, consent
and retention, history)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import VaultError
from app.ui import adapters
from app.ui.documents_tab import DocumentsTab
from app.ui.history_words import HistoryWords, when_text
from app.ui.operation import ChangeBus, Changes
from app.ui.profile import ProfileTab
from app.ui.purge_dialogs import ConfirmErasureDialog
from app.ui.records_tabs import CorrespondenceTab, NotesTab, ProceduresTab
from app.ui.retention_tab import RetentionTab
from app.ui.widgets import page_title
from app.ui.worker import VaultWorker
from app.vault import Vault

PURGE_REASON = "deleted for good in the app"  # kept in the purge record: no personal data


class HistoryTab(QWidget):
    """The candidate's audit events, oldest first, in words and local time (no personal data is logged)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.words = HistoryWords(self)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_candidate(self, candidate_id: int) -> None:
        rows = self._vault.history(candidate_id)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            what = self.words.describe(str(row["action"]), row.get("details") or {})
            for j, text in enumerate((when_text(str(row["at"])), str(row["actor"]), what)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row["action"])  # the code, for tests and tools
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()

    def event_codes(self) -> list[str]:
        """The event codes shown, oldest first."""
        column = [self.table.item(row, 2) for row in range(self.table.rowCount())]
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in column if item is not None]

    def wipe(self) -> None:
        self.table.clearContents()
        self.table.setRowCount(0)


class CandidatePage(QWidget):
    back = Signal()
    rights_request = Signal(int)  # "register a rights request" for this candidate

    def __init__(
        self, vault: Vault, worker: VaultWorker, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("candidatePage")
        self._vault, self._bus = vault, bus
        self.candidate_id: int | None = None
        back = QPushButton(self.tr("← All candidates"))
        back.setFlat(True)
        back.clicked.connect(self.back)
        self.title = page_title()
        self.title.setObjectName("candidateTitle")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.profile = ProfileTab(vault)
        self.profile.saved.connect(self._saved)
        self.tabs.addTab(self.profile, self.tr("Profile"))
        self.documents = DocumentsTab(vault, worker)
        self.procedures = ProceduresTab(vault)
        self.notes = NotesTab(vault)
        self.correspondence = CorrespondenceTab(vault)
        self.retention = RetentionTab(vault)
        self.history = HistoryTab(vault)
        self.parts: list[Any] = [
            self.procedures,
            self.documents,
            self.notes,
            self.correspondence,
            self.retention,
            self.history,
        ]
        labels = (
            self.tr("Procedures"),
            self.tr("Documents"),
            self.tr("Interview notes"),
            self.tr("Correspondence"),
            self.tr("Consent && retention"),
            self.tr("History"),
        )
        names = ("procedures", "documents", "notes", "correspondence", "retention", "history")
        for name, label, widget in zip(names, labels, self.parts, strict=True):
            widget.setObjectName(f"tab_{name}")
            self.tabs.addTab(widget, label)
        for tab in (self.procedures, self.notes, self.correspondence):
            tab.changed.connect(self._records_changed)
        self.retention.changed.connect(self._facts_changed)
        self.documents.changed.connect(self._facts_changed)
        self.request_button = QPushButton(self.tr("Register rights request…"))
        self.request_button.clicked.connect(
            lambda: self.candidate_id is not None and self.rights_request.emit(self.candidate_id)
        )
        self.banner = QLabel()
        self.banner.setObjectName("suppressionBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff3cd; color: #5c4400; border: 1px solid #e0c36a; padding: 6px;"
        )
        self.banner.hide()
        self.purge_button = QPushButton(self.tr("Delete for good…"))
        self.purge_button.setObjectName("purgeCandidate")
        self.purge_button.clicked.connect(self.purge)
        head = QHBoxLayout()
        head.addWidget(back)
        head.addWidget(self.title, 1)
        head.addWidget(self.request_button)
        head.addWidget(self.purge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    def show_candidate(self, candidate_id: int) -> None:
        record = adapters.candidate(self._vault, candidate_id)
        self.candidate_id = candidate_id
        self.title.setText(record.display_name)
        self.profile.show_candidate(candidate_id, record.version, record.fields)
        for part in self.parts:
            part.show_candidate(candidate_id)
        self._name_owner(record.display_name)
        self._show_banner(candidate_id)

    def _name_owner(self, name: str) -> None:
        for tab in (self.documents, self.notes):
            tab.owner_name = name

    def purge(self) -> bool:
        """Delete this candidate for good, once their last name is typed; a hold or restriction refuses."""
        if self.candidate_id is None:
            return False
        cid = self.candidate_id
        try:
            preview = self._vault.retention.purge_preview(cid)
        except VaultError as exc:
            QMessageBox.warning(self, self.tr("Delete for good"), str(exc))
            return False
        if not ConfirmErasureDialog.ask(preview, self):
            return False
        try:
            self._vault.retention.purge(cid, PURGE_REASON)
        except VaultError as exc:  # under a legal hold or restricted
            QMessageBox.warning(self, self.tr("Delete for good"), str(exc))
            return False
        self._bus.announce(Changes.deleted([cid]))  # the workspace leaves this page for the list
        self.wipe()  # nothing of them stays on screen, nothing typed is asked about
        return True

    def _show_banner(self, candidate_id: int) -> None:
        """A person who asked to be erased, come back (same e-mail, phone or reference): say so, visibly."""
        kinds = self._vault.candidates.suppressed(candidate_id)
        words = {
            "email": self.tr("e-mail address"),
            "phone": self.tr("phone number"),
            "ref": self.tr("external reference"),
        }
        self.banner.setText(
            self.tr(
                "⚠ This candidate has the {0} of a person who asked to be erased. Check that keeping "
                "this record is right (a new application, say) before you go on."
            ).format(", ".join(words.get(kind, kind) for kind in kinds))
        )
        self.banner.setVisible(bool(kinds))

    def may_leave(self) -> bool:
        """True when nothing typed would be lost; else asks Save / Discard / Cancel (False: stay here)."""
        if not self.profile.changes():
            return True
        box = self.unsaved_changes_box()
        try:
            answer = box.exec()
        finally:
            box.deleteLater()
        if answer == QMessageBox.StandardButton.Save:
            self.tabs.setCurrentWidget(self.profile)
            return self.profile.save()  # refused: stay, with the reason beside the field
        if answer == QMessageBox.StandardButton.Discard:
            self.profile.discard()
            return True
        return False

    def unsaved_changes_box(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("The profile of {0} has changes that are not saved.").format(self.title.text()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("unsavedChanges")
        box.setInformativeText(self.tr("Save them before you leave this candidate?"))
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("&Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Discard changes"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return box

    def _saved(self, candidate_id: int) -> None:
        self.title.setText(
            " ".join(
                p for p in (self.profile.form.value("first_name"), self.profile.form.value("last_name")) if p
            )
        )
        self._name_owner(self.title.text())
        for part in self.parts:
            if isinstance(part, HistoryTab):
                part.show_candidate(candidate_id)
        self._show_banner(candidate_id)
        self._bus.announce(Changes.of([candidate_id]))  # the name, e-mail in the list

    def _records_changed(self, candidate_id: int) -> None:
        """A procedure, note or message was added: the state and history may change with it."""
        for part in self.parts:
            if isinstance(part, RetentionTab | HistoryTab):
                part.show_candidate(candidate_id)
        self._bus.announce(Changes.of([candidate_id], facts=True))

    def _facts_changed(self, candidate_id: int) -> None:
        """A consent, hold, restriction or document changed on its tab (which shows it already)."""
        for part in self.parts:
            if isinstance(part, HistoryTab):
                part.show_candidate(candidate_id)
        self._bus.announce(Changes.of([candidate_id], facts=True))

    def wipe(self) -> None:
        self.candidate_id = None
        self.title.clear()
        self.banner.clear()
        self.banner.hide()
        self.profile.wipe()
        for part in self.parts:
            part.wipe()
