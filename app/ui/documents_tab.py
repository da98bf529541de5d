"""A candidate's documents: add (dialog or drag and drop, several at once), preview, save, open outside."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import VaultError
from app.ui import adapters, preview
from app.ui.progress import run_with_progress
from app.ui.worker import Job, VaultWorker
from app.vault import Vault


class ExternalCopies:
    """Plaintext copies opened in other programs; all deleted when the app exits."""

    folder: Path | None = None

    @classmethod
    def new_path(cls, name: str) -> Path:
        if cls.folder is None:
            cls.folder = Path(tempfile.mkdtemp(prefix="candidate-vault-open-"))
        return cls.folder / Path(name).name

    @classmethod
    def delete_all(cls) -> None:
        if cls.folder is not None:
            shutil.rmtree(cls.folder, ignore_errors=True)
            cls.folder = None


def _get(row: dict[str, Any], *names: str, default: Any = "") -> Any:
    for name in names:
        if row.get(name) not in (None, ""):
            return row[name]
    return default


class DocumentsTab(QWidget):
    def __init__(self, vault: Vault, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._vault = vault
        self._worker = worker
        self._candidate: int | None = None
        self._rows: list[dict[str, Any]] = []
        self._preview_job: Job | None = None

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("documentsTable")
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Kind"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.table.currentCellChanged.connect(lambda row, *_: self.preview_row(row))
        self.preview = preview.PreviewPane()

        self.add_button = QPushButton(self.tr("&Add documents…"))
        self.add_button.clicked.connect(self.choose_files)
        self.save_button = QPushButton(self.tr("Save a &copy…"))
        self.save_button.clicked.connect(self.save_copy)
        self.open_button = QPushButton(self.tr("Open in e&xternal program…"))
        self.open_button.clicked.connect(self.open_external)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_button)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setSizes([360, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.table.setToolTip(self.tr("Drop files here to add them to this candidate."))

    # ---- showing ----

    def show_candidate(self, candidate_id: int) -> None:
        self._candidate = candidate_id
        self.refresh()

    def refresh(self) -> None:
        if self._candidate is None:
            return
        self._rows = adapters.documents(self._vault, self._candidate)
        self.table.setRowCount(len(self._rows))
        for i, row in enumerate(self._rows):
            size = _get(row, "size", "size_bytes", default=0)
            cells = (
                str(_get(row, "name", "filename", "file_name", default=_get(row, "id"))),
                str(_get(row, "kind")),
                self.tr("{0} KB").format(max(1, int(size) // 1024)) if size else "",
            )
            for col, text in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(text))
        if not self._rows:
            self.preview.clear()

    def wipe(self) -> None:
        self._candidate = None
        self._rows = []
        self._preview_job = None
        self.table.setRowCount(0)
        self.preview.clear()

    def _doc_id(self, row: int) -> int | None:
        return int(_get(self._rows[row], "id", "doc_id")) if 0 <= row < len(self._rows) else None

    def preview_row(self, row: int) -> None:
        doc_id = self._doc_id(row)
        if doc_id is None:
            return
        vault = self._vault
        job = self._worker.submit(lambda _j: preview.render_document(vault, doc_id))
        self._preview_job = job
        job.finished.connect(lambda result, j=job: self._previewed(j, result))
        job.failed.connect(lambda message: self.preview.show_result("text", message))

    def _previewed(self, job: Job, result: tuple[str, object]) -> None:
        if job is self._preview_job:
            self.preview.show_result(*result)

    # ---- adding ----

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add documents"),
            "",
            self.tr("Documents (*.pdf *.docx *.txt *.png *.jpg *.jpeg);;*"),
        )
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> Job | None:
        if not paths or self._candidate is None:
            return None
        vault, cid = self._vault, self._candidate

        def work(job: Job) -> int:
            def progress(done: int, total: int) -> None:
                job.report(done, total)
                job.check()  # between files: a cancel never leaves half a document

            job.check()
            refused = adapters.add_documents(vault, cid, paths, progress)
            if refused:  # the others are stored; name the first one that was not
                name, reason = refused[0]
                raise VaultError(f"{name}: {reason}")
            return len(paths)

        job = run_with_progress(self, self._worker, work, self.tr("Adding documents…"))
        job.finished.connect(lambda _n: self.refresh())
        job.cancelled.connect(self.refresh)
        job.failed.connect(self._add_failed)
        return job

    def _add_failed(self, message: str) -> None:
        self.refresh()
        QMessageBox.warning(
            self, self.tr("Documents"), self.tr("A document was not added: {0}").format(message)
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_files([p for p in paths if p.is_file()])
        event.acceptProposedAction()

    # ---- taking a plaintext copy out ----

    def _name(self, row: int) -> str:
        item = self.table.item(row, 0)
        return item.text() if item is not None else "document"

    def save_copy(self) -> None:
        row = self.table.currentRow()
        doc_id = self._doc_id(row)
        if doc_id is None:
            return
        name = self._name(row)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), name)
        if path:
            adapters.export_document(self._vault, doc_id, Path(path))

    def open_external(self) -> None:
        row = self.table.currentRow()
        doc_id = self._doc_id(row)
        if doc_id is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Open in external program"),
            self.tr(
                "The other program needs a plaintext copy of this document outside the vault. "
                "It is deleted when CandidateVault closes, but the other program may keep its own copies. "
                "Continue?"
            ),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Open:
            return
        path = ExternalCopies.new_path(self._name(row))
        adapters.export_document(self._vault, doc_id, path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
