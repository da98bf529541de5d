"""The candidate list page: search as you type, filters, a sortable table fed in the background."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui import adapters
from app.ui.candidate_model import (
    ID_ROLE,
    STATE_COLOURS,
    CandidateTableModel,
    RowFilter,
    make_row,
    state_label,
)
from app.ui.worker import VaultWorker
from app.vault import Vault

SEARCH_DEBOUNCE_MS = 250


class CandidateListPage(QWidget):
    open_candidate = Signal(int)

    def __init__(self, vault: Vault, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidateList")
        self._vault = vault
        self._worker = worker
        self.model = CandidateTableModel(worker, self)

        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Search names, e-mails, CV text…"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._debounce.start)
        self._search_job: object | None = None

        self.state = QComboBox()
        self.state.addItem(self.tr("All states"), "")
        for key in STATE_COLOURS:
            self.state.addItem(state_label(key), key)
        self.state.currentIndexChanged.connect(self.apply_filters)
        self.vacancy = QComboBox()
        self.vacancy.addItem(self.tr("All vacancies"), "")
        self.vacancy.currentIndexChanged.connect(self.apply_filters)

        self.count = QLabel()
        self.count.setEnabled(False)

        self.table = QTableView()
        self.table.setObjectName("candidateTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CandidateTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        # One fixed row height: 100,000 rows cost the header nothing to lay out.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(CandidateTableModel.NAME, 220)
        header.resizeSection(CandidateTableModel.EMAIL, 260)
        header.resizeSection(CandidateTableModel.VACANCY, 220)
        header.resizeSection(CandidateTableModel.STATE, 150)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

        self.model.listed.connect(self._update_count)
        self.model.loaded.connect(self._loaded)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self._search_ids: list[int] | None = None

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.state)
        bar.addWidget(self.vacancy)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        self.model.reload(self._vault)

    def refresh_candidate(self, candidate_id: int) -> None:
        """After an add or edit: decrypt that one row again, instead of reloading every candidate."""
        for record in adapters.candidate_rows(self._vault, [candidate_id]):
            status = adapters.retention_status(self._vault, [candidate_id]).get(candidate_id, {})
            self.model.upsert(make_row(record, status))
        self._update_count()

    def wipe(self) -> None:
        """Drop every decrypted value (the vault is locking)."""
        self._debounce.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._search_ids = None
        self.model.filter = RowFilter()
        self.model.clear()
        self.count.clear()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_candidate.emit(int(index.data(ID_ROLE)))

    def run_search(self) -> None:
        words = self.search.text().strip()
        if not words:
            self._search_ids = None
            self.apply_filters()
            return
        vault = self._vault
        job = self._worker.submit(lambda _j: adapters.search(vault, words))
        self._search_job = job
        job.finished.connect(lambda ids, j=job: self._search_done(j, ids))
        job.failed.connect(lambda message, j=job: self._search_failed(j, message))

    def _search_done(self, job: object, ids: list[int] | None) -> None:
        if job is self._search_job:  # a newer search replaced this one
            self._search_ids = ids
            self.apply_filters()

    def _search_failed(self, job: object, message: str) -> None:
        if job is self._search_job:  # e.g. only punctuation typed: say why nothing is filtered
            self.count.setText(message)

    def apply_filters(self, *_args: object) -> None:
        ids = None if self._search_ids is None else frozenset(self._search_ids)
        self.model.set_filter(
            RowFilter(self.state.currentData() or "", self.vacancy.currentData() or "", ids)
        )

    def _loaded(self, total: int) -> None:
        current = self.vacancy.currentData()
        self.vacancy.blockSignals(True)
        while self.vacancy.count() > 1:
            self.vacancy.removeItem(1)
        for title in self.model.vacancies():
            self.vacancy.addItem(title, title)
        self.vacancy.setCurrentIndex(max(0, self.vacancy.findData(current)))
        self.vacancy.blockSignals(False)
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if self.model.loading or self.model.states_loading:
            self.count.setText(self.tr("{0} candidates (loading…)").format(f"{total:,}"))
        elif shown == total:
            self.count.setText(self.tr("{0} candidates").format(f"{total:,}"))
        else:
            self.count.setText(self.tr("{0} of {1} candidates").format(f"{shown:,}", f"{total:,}"))
