"""A candidate's documents: add (dialog or drag and drop, several at once), preview (PDF pages rendered),
change kind, save a copy, open outside, delete (confirmed, naming the file and the candidate)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.documents import KINDS
from app.documents.service import DocumentInfo
from app.documents.sniff import EXTENSIONS
from app.errors import VaultError
from app.ui import adapters, preview
from app.ui.labels import document_kind_label, iso_date_text, number_text, text_status_label
from app.ui.pdf_view import PdfPage, render_page
from app.ui.progress import run_with_progress
from app.ui.purge_dialogs import confirm_delete
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


def import_filter() -> str:
    """Every type the importer accepts (from ``app.documents.sniff``), then all files."""
    patterns = " ".join(f"*{suffix}" for suffix in sorted(EXTENSIONS))
    return QApplication.translate("DocumentsTab", "Documents ({0});;All files (*)").format(patterns)


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class DocumentsTab(QWidget):
    changed = Signal(int)  # a document was added, deleted or changed: the history follows

    def __init__(self, vault: Vault, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._vault = vault
        self._worker = worker
        self._candidate: int | None = None
        self.owner_name = ""  # the candidate's name, for the delete confirmation
        self.rows: list[DocumentInfo] = []
        self._preview_job: Job | None = None

        headers = [
            self.tr("File"),
            self.tr("Kind"),
            self.tr("Added"),
            self.tr("Size"),
            self.tr("Text"),
            self.tr("Notes"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("documentsTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.currentCellChanged.connect(lambda row, *_: self._selected(row))
        self.preview = preview.PreviewPane()
        self.preview.pdf_page_wanted.connect(self._render_pdf_page)

        self.add_button = QPushButton(self.tr("&Add documents…"))
        self.add_button.clicked.connect(self.choose_files)
        self.kind_button = QPushButton(self.tr("Change &kind…"))
        self.kind_button.clicked.connect(lambda: self.change_kind())
        self.save_button = QPushButton(self.tr("Save a &copy…"))
        self.save_button.clicked.connect(self.save_copy)
        self.open_button = QPushButton(self.tr("Open in e&xternal program…"))
        self.open_button.clicked.connect(self.open_external)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setObjectName("deleteDocument")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        for button in (self.kind_button, self.save_button, self.open_button, self.delete_button):
            buttons.addWidget(button)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setSizes([460, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.table.setToolTip(self.tr("Drop files here to add them to this candidate."))
        self._enable(-1)

    # ---- showing ----

    def show_candidate(self, candidate_id: int) -> None:
        self._candidate = candidate_id
        self.refresh()

    def refresh(self) -> None:
        if self._candidate is None:
            return
        self.rows = self._vault.documents.list(self._candidate)
        self.table.setRowCount(len(self.rows))
        for i, doc in enumerate(self.rows):
            cells = (
                doc.file_name or f"#{doc.id}",
                document_kind_label(doc.kind),
                iso_date_text(doc.added_on),
                self.tr("{0} KB").format(number_text(max(1, doc.size // 1024))),
                text_status_label(doc.text_status),
                "; ".join(doc.notes),
            )
            for col, text in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if not self.rows:
            self.preview.clear()
        self._enable(self.table.currentRow())  # the preview shown stays: a refresh is not a new choice

    def wipe(self) -> None:
        self._candidate, self.owner_name = None, ""
        self.rows = []
        self._preview_job = None
        self.table.setRowCount(0)
        self.preview.clear()
        self._enable(-1)

    def selected(self) -> DocumentInfo | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selected(self, row: int) -> None:
        self._enable(row)
        if 0 <= row < len(self.rows):
            self.preview_row(row)

    def _enable(self, row: int) -> None:
        chosen = 0 <= row < len(self.rows)
        for button in (self.kind_button, self.save_button, self.open_button, self.delete_button):
            button.setEnabled(chosen)

    def preview_row(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        vault, doc_id = self._vault, self.rows[row].id
        job = self._worker.submit(lambda _j: preview.render_document(vault, doc_id))
        self._preview_job = job
        job.finished.connect(lambda result, j=job: self._previewed(j, result))
        job.failed.connect(lambda message: self.preview.show_result("text", message))

    def _previewed(self, job: Job, result: tuple[str, object]) -> None:
        if job is self._preview_job:
            self.preview.show_result(*result)

    def _render_pdf_page(self, data: bytes, index: int, zoom: float) -> None:
        job = self._worker.submit(lambda _j: render_page(data, index, zoom))
        self._preview_job = job
        job.finished.connect(lambda page, j=job: self._pdf_page(j, page))

    def _pdf_page(self, job: Job, page: PdfPage | None) -> None:
        if job is self._preview_job:  # a newer page or document replaced this one
            self.preview.show_pdf_page(page)

    def _context_menu(self, position: QPoint) -> None:
        row = self.table.rowAt(position.y())
        if row < 0:
            return
        self.table.selectRow(row)
        menu = self.context_menu()
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    def context_menu(self) -> QMenu:
        """Preview, Save a copy…, Change kind ▸ (each kind), Delete… for the selected document."""
        menu = QMenu(self)
        menu.addAction(self.tr("Preview"), lambda: self.preview_row(self.table.currentRow()))
        menu.addAction(self.tr("Save a copy…"), self.save_copy)
        kinds = menu.addMenu(self.tr("Change kind"))
        current = self.selected()
        for kind in KINDS:
            action = kinds.addAction(document_kind_label(kind))
            action.triggered.connect(lambda _on=False, k=kind: self.change_kind(k))
            action.setCheckable(True)
            action.setChecked(current is not None and current.kind == kind)
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), self.delete_selected)
        return menu

    # ---- changing ----

    def change_kind(self, kind: str | None = None) -> None:
        doc = self.selected()
        if doc is None:
            return
        if kind is None:
            labels = [document_kind_label(k) for k in KINDS]
            chosen, ok = QInputDialog.getItem(
                self,
                self.tr("Change kind"),
                self.tr("What is {0}?").format(doc.file_name),
                labels,
                KINDS.index(doc.kind) if doc.kind in KINDS else 0,
                False,
            )
            if not ok:
                return
            kind = KINDS[labels.index(chosen)]
        try:
            self._vault.documents.set_kind(doc.id, kind)
        except VaultError as exc:
            QMessageBox.warning(self, self.tr("Change kind"), str(exc))
            return
        self._after_change()

    def delete_selected(self) -> bool:
        """Delete the selected document once the person confirms, naming it and the candidate."""
        doc = self.selected()
        if doc is None:
            return False
        attachments = sum(1 for other in self.rows if other.parent_id == doc.id)
        details = self.tr("The file and its text are destroyed. This cannot be undone.")
        if attachments:
            details = self.tr("Its %n attachment(s) go with it.", "", attachments) + " " + details
        question = self.tr("Delete {0} of {1} for good?").format(doc.file_name, self.owner_name)
        if not confirm_delete(self, self.tr("Delete a document"), question, details):
            return False
        try:
            self._vault.documents.delete(doc.id)
        except VaultError as exc:
            QMessageBox.warning(self, self.tr("Delete a document"), str(exc))
            return False
        self.preview.clear()
        self._after_change()
        return True

    def _after_change(self) -> None:
        self.refresh()
        if self._candidate is not None:
            self.changed.emit(self._candidate)

    # ---- adding ----

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add documents"), documents_folder(), import_filter()
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
        job.finished.connect(lambda _n: self._after_change())
        job.cancelled.connect(self._after_change)
        job.failed.connect(self._add_failed)
        return job

    def _add_failed(self, message: str) -> None:
        self._after_change()
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

    def save_copy(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        suggested = str(Path(documents_folder()) / (doc.file_name or f"document-{doc.id}"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), suggested)
        if path:
            adapters.export_document(self._vault, doc.id, Path(path))

    def open_external(self) -> None:
        doc = self.selected()
        if doc is None:
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
        path = ExternalCopies.new_path(doc.file_name or f"document-{doc.id}")
        adapters.export_document(self._vault, doc.id, path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
