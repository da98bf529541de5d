"""The candidate list as a Qt model: rows arrive in batches from the worker thread.

Decryption happens on the vault worker, a few hundred candidates at a time; the model only
appends ready rows (``beginInsertRows``), so the event loop never waits for crypto. ``clear`` drops
every decrypted value (used when the vault locks).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.ui import adapters
from app.ui.worker import Job, VaultWorker
from app.vault import Vault

BATCH = 250
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex

# Hues that read on light and dark palettes alike; the state's name is always shown too.
STATE_COLOURS = {
    "active": "#2e7d32",
    "retained": "#1565c0",
    "pool": "#6a1b9a",
    "expiring": "#ef6c00",
    "due": "#c62828",
    "held": "#5d4037",
    "restricted": "#455a64",
}


def state_label(state: str) -> str:
    labels = {
        "active": QApplication.translate("CandidateModel", "Active"),
        "retained": QApplication.translate("CandidateModel", "Retained"),
        "pool": QApplication.translate("CandidateModel", "Reserve pool"),
        "expiring": QApplication.translate("CandidateModel", "Consent expiring"),
        "due": QApplication.translate("CandidateModel", "Due"),
        "held": QApplication.translate("CandidateModel", "Legal hold"),
        "restricted": QApplication.translate("CandidateModel", "Restricted"),
    }
    return labels.get(state, state)


@dataclass(slots=True)
class Row:
    id: int
    name: str
    email: str
    vacancy: str
    state: str
    due_on: str
    sort_name: str


def load_rows(vault: Vault, job: Job) -> int:
    """Worker side: decrypt the list columns in batches and hand each batch to the model."""
    ids = adapters.candidate_ids(vault)
    for start in range(0, len(ids), BATCH):
        job.check()
        chunk = ids[start : start + BATCH]
        records = adapters.candidate_rows(vault, chunk)
        status = adapters.retention_status(vault, chunk)
        rows = []
        for rec in records:
            info = status.get(rec.id, {})
            name = rec.display_name
            rows.append(
                Row(
                    rec.id,
                    name,
                    rec.fields.get("email") or "",
                    info.get("vacancy", ""),
                    info.get("state", ""),
                    info.get("due_on", ""),
                    " ".join(
                        p for p in (rec.fields.get("last_name"), rec.fields.get("first_name")) if p
                    ).casefold(),
                )
            )
        job.emit_chunk(rows)
        job.report(min(start + BATCH, len(ids)), len(ids))
    return len(ids)


class CandidateTableModel(QAbstractTableModel):
    NAME, EMAIL, VACANCY, STATE, DUE = range(5)
    loaded = Signal(int)  # total rows, when a load finishes
    progress = Signal(int, int)

    def __init__(self, worker: VaultWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._rows: list[Row] = []
        self._job: Job | None = None
        self.loading = False

    # ---- loading ----

    def reload(self, vault: Vault) -> None:
        self.clear()
        self.loading = True
        job = self._worker.submit(lambda j: load_rows(vault, j))
        self._job = job
        # The job rides along with each signal: a batch from a cancelled load (e.g. by a lock) is dropped.
        job.chunk.connect(lambda rows, j=job: self._append(j, rows))
        job.progress.connect(self.progress)
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(lambda *_a, j=job: self._done(j))

    def _append(self, job: Job, rows: list[Row]) -> None:
        if job is not self._job or not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def _done(self, job: Job) -> None:
        if job is self._job:
            self.loading = False
            self._job = None
            self.loaded.emit(len(self._rows))

    def clear(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self.loading = False
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def upsert(self, row: Row) -> None:
        for i, old in enumerate(self._rows):
            if old.id == row.id:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
                return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()

    def vacancies(self) -> list[str]:
        return sorted({r.vacancy for r in self._rows if r.vacancy})

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    # ---- Qt model API ----

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("E-mail"),
            self.tr("Procedure / vacancy"),
            self.tr("State"),
            self.tr("Due on"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.STATE:
                return state_label(row.state)
            return (row.name, row.email, row.vacancy, row.state, row.due_on)[col]
        if role == SORT_ROLE:
            return (row.sort_name, row.email.casefold(), row.vacancy, row.state, row.due_on or "9999")[col]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATE and row.state:
            return QColor(STATE_COLOURS.get(row.state, "#808080"))
        if role == Qt.ItemDataRole.ForegroundRole and col == self.DUE and row.state == "due":
            return QApplication.palette().color(QPalette.ColorRole.Highlight)
        return None


class CandidateFilter(QSortFilterProxyModel):
    """Sort by a precomputed key; filter by state, vacancy and the search (ids or names)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._state = ""
        self._vacancy = ""
        self._ids: frozenset[int] | None = None
        self._text = ""

    def set_state(self, state: str) -> None:
        self._state = state
        self.invalidateFilter()

    def set_vacancy(self, vacancy: str) -> None:
        self._vacancy = vacancy
        self.invalidateFilter()

    def set_search_ids(self, ids: list[int] | None) -> None:
        """Results of the encrypted search; None shows everyone."""
        self._ids = None if ids is None else frozenset(ids)
        self._text = ""
        self.invalidateFilter()

    def set_name_text(self, text: str) -> None:
        """Fallback when there is no search service: match the loaded names and e-mails."""
        self._text = text.casefold().strip()
        self._ids = None
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CandidateTableModel)
        row = model.row_at(source_row)
        if self._state and row.state != self._state:
            return False
        if self._vacancy and row.vacancy != self._vacancy:
            return False
        if self._ids is not None and row.id not in self._ids:
            return False
        return not self._text or self._text in row.sort_name or self._text in row.name.casefold() or (
            self._text in row.email.casefold()
        )
