"""Choosing a candidate by name: type, see the matching names (with e-mail, to tell two Peeters apart), pick.

The same search as the candidate list (names, e-mails, CV text; a number finds that id), run on the
worker; the names are decrypted in memory for the matches shown only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.ui import adapters
from app.ui.worker import Job, VaultWorker
from app.vault import Vault


class CandidatePicker(QWidget):
    picked = Signal(object)  # the chosen id, or None
    searched = Signal()  # the matches for the typed words are shown

    def __init__(self, vault: Vault, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker = vault, worker
        self._job: Job | None = None
        self._preset: int | None = None
        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setPlaceholderText(self.tr("Type a name, e-mail or number…"))
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setObjectName("pickerMatches")
        self.matches.setMinimumHeight(120)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._debounce.start)
        self.matches.currentItemChanged.connect(lambda *_a: self.picked.emit(self.selected_id()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.matches, 1)
        layout.addWidget(self.note)

    def selected_id(self) -> int | None:
        item = self.matches.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def preset(self, candidate_id: int) -> Job:
        """Show (and select) this candidate, as when the dialog is opened from their page."""
        self._preset = candidate_id
        self.search.blockSignals(True)
        self.search.setText(str(candidate_id))
        self.search.blockSignals(False)
        return self.run_search()

    def run_search(self) -> Job:
        vault, words = self._vault, self.search.text()
        job = self._worker.submit(lambda _j: adapters.find_candidates(vault, words))
        self._job = job
        job.finished.connect(lambda found, j=job: self._show(j, found))
        job.failed.connect(lambda message, j=job: self._failed(j, message))
        return job

    def _show(self, job: Job, found: list[tuple[int, str, str]]) -> None:
        if job is not self._job:  # a newer search replaced this one
            return
        self.matches.clear()
        for cid, name, email in found:
            text = f"{name}  ·  {email}  (#{cid})" if email else f"{name}  (#{cid})"
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, cid)
            self.matches.addItem(entry)
        ids = [cid for cid, _name, _email in found]
        if self._preset in ids:
            self.matches.setCurrentRow(ids.index(self._preset))
        elif len(found) == 1:
            self.matches.setCurrentRow(0)
        self._preset = None
        typed = bool(self.search.text().strip())
        self.note.setText(self.tr("No candidate matches.") if typed and not found else "")
        self.picked.emit(self.selected_id())
        self.searched.emit()

    def _failed(self, job: Job, message: str) -> None:
        if job is self._job:
            self.matches.clear()
            self.note.setText(message)
            self.picked.emit(None)
            self.searched.emit()
