"""The candidate list as a Qt model: rows arrive in batches from the worker thread.

Decryption happens on the vault worker, a few hundred candidates at a time; the model only
appends ready rows (``beginInsertRows``), so the event loop never waits for crypto. ``clear`` drops
every decrypted value (used when the vault locks).

A load is two jobs: the names (decrypted, then sorted: the list is usable), then the retention columns
(state, due date, current vacancy), filled into the same rows a page at a time. The states cost as much
as the names again (facts read and assessed for every candidate); at 100,000 candidates the sorted list
came after both, about twice as late as it needs to. The states job is queued when the names are in,
so on unlock the overview (the start screen, queued meanwhile) comes before it. A sort or filter on a
retention column is applied again once they are all in.

Sorting and filtering live in this model, computed on the worker and applied in one reset. Why not a
QSortFilterProxyModel: its filter and sort call back into Python once per row (or per comparison);
measured at 100,000 rows, one re-filter held the event loop for ~470 ms.
"""

from __future__ import annotations

import gc
import heapq
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.candidates import CandidateRecord
from app.gc_pause import gc_paused
from app.ui import adapters
from app.ui.labels import iso_date_text
from app.ui.worker import Job, VaultWorker
from app.vault import Vault

BATCH = 250
# The states' pages are larger: each is seven statements (facts and vacancies), on PostgreSQL seven round
# trips. At 100,000 candidates, 1,000 a page read them in 2.6 s instead of 3.6–4.3 (SQLite 1.6 vs 1.9);
# the event loop's longest wait stayed under 105 ms (its 99th percentile 14–20 → 24–38 ms).
STATES_BATCH = 1_000
SORT_RUN = 5_000
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
    """One line of the list. The retention columns (vacancy, state, due_on) are empty until the states
    job fills them in, on the worker, in place."""

    id: int
    name: str
    email: str
    vacancy: str
    state: str
    due_on: str
    sort_name: str

    def sort_key(self, column: int) -> str:
        return (self.sort_name, self.email.casefold(), self.vacancy, self.state, self.due_on or "9999")[
            column
        ]

    def fill_in(self, info: dict[str, Any]) -> None:
        self.vacancy, self.state, self.due_on = info["vacancy"], info["state"], info["due_on"]


@dataclass(frozen=True)
class RowFilter:
    state: str = ""
    vacancy: str = ""
    ids: frozenset[int] | None = None  # hits of the encrypted search; None: no search

    @property
    def active(self) -> bool:
        return bool(self.state or self.vacancy or self.ids is not None)

    @property
    def reads_states(self) -> bool:
        return bool(self.state or self.vacancy)

    def accepts(self, row: Row) -> bool:
        if self.state and row.state != self.state:
            return False
        if self.vacancy and row.vacancy != self.vacancy:
            return False
        return self.ids is None or row.id in self.ids


def arrange(
    rows: list[Row], column: int, descending: bool, row_filter: RowFilter
) -> tuple[list[Row], list[Row]]:
    """Worker side: all rows in sort order, and the ones the filter shows (100,000 rows: too slow for
    the GUI thread)."""
    if column >= 0:
        keys = [row.sort_key(column) for row in rows]
        # One sorted() of 100,000 keys is a single C call that holds the GIL (and so the GUI thread)
        # for ~100 ms; sorting runs of 5,000 and merging them in Python code lets the GUI run between.
        key = keys.__getitem__
        runs = [
            sorted(range(start, min(start + SORT_RUN, len(rows))), key=key, reverse=descending)
            for start in range(0, len(rows), SORT_RUN)
        ]
        rows = [rows[i] for i in heapq.merge(*runs, key=key, reverse=descending)]
    visible = [row for row in rows if row_filter.accepts(row)] if row_filter.active else rows
    return rows, visible


def make_row(rec: CandidateRecord, info: dict[str, Any] | None = None) -> Row:
    """A row of the list; without ``info`` (its retention columns) they stay empty until filled in."""
    last_first = " ".join(p for p in (rec.fields.get("last_name"), rec.fields.get("first_name")) if p)
    row = Row(rec.id, rec.display_name, rec.fields.get("email") or "", "", "", "", last_first.casefold())
    if info:
        row.fill_in(info)
    return row


@dataclass(frozen=True)
class Arrangement:
    """How the rows are to be shown: the sort column (-1: load order), its direction, the filter."""

    column: int
    descending: bool
    row_filter: RowFilter

    @property
    def reads_states(self) -> bool:
        """Whether it depends on the retention columns (then it is applied again once they are in)."""
        return self.column in RETENTION_COLUMNS or self.row_filter.reads_states

    def apply(self, rows: list[Row]) -> tuple[list[Row], list[Row]]:
        with gc_paused():
            return arrange(rows, self.column, self.descending, self.row_filter)


def load_rows(
    vault: Vault, job: Job, arrangement: Arrangement, rows: list[Row]
) -> tuple[list[Row], list[Row]]:
    """Worker side: decrypt the list columns in batches, appending to ``rows`` and handing each batch
    to the model; then sort them all in the same job, so that nothing queued behind the load (the
    dashboard) reaches the GUI thread while the worker is still busy with this list."""
    # Keyset pages, never "all ids at once": one query for 100,000 ids held the interpreter ~100 ms.
    total = vault.candidates.count()
    after = 0
    while records := adapters.candidate_page(vault, after, BATCH):
        job.check()
        batch = [make_row(rec) for rec in records]
        job.emit_chunk(batch)
        rows.extend(batch)
        after = records[-1].id
        job.report(min(len(rows), total), max(total, len(rows)))
        # Hand the interpreter lock to the GUI thread if it waits for it. A 5 ms sleep per batch cost 2 s
        # at 100,000 candidates for no gain: the event loop's 99th percentile gap stayed at 15 ms.
        time.sleep(0)
    job.check()
    return arrangement.apply(rows)


def fill_in_states(vault: Vault, job: Job, rows: list[Row]) -> list[str]:
    """Worker side, once ``load_rows`` is done: each row's retention columns, a page at a time, written
    into the rows here, so that a sort queued behind this job sees them all; each page is announced to
    the model, which repaints. Returns the vacancies the rows name, sorted (for the list's filter: at
    1,000,000 rows, 0.6 s with the event loop held when the GUI thread gathered them)."""
    for start in range(0, len(rows), STATES_BATCH):
        job.check()
        page = rows[start : start + STATES_BATCH]
        status = adapters.retention_status(vault, [row.id for row in page])
        for row in page:
            if (info := status.get(row.id)) is not None:  # None: purged since the names were read
                row.fill_in(info)
        job.emit_chunk(len(page))
        time.sleep(0)  # as in load_rows
    return sorted({row.vacancy for row in rows if row.vacancy})


class CandidateTableModel(QAbstractTableModel):
    NAME, EMAIL, VACANCY, STATE, DUE = range(5)
    listed = Signal(int)  # total rows, when every name is in and arranged (the states may follow)
    loaded = Signal(int)  # total rows, when a load finishes (the states included)
    arranged = Signal()  # a sort or filter was applied
    progress = Signal(int, int)

    def __init__(self, worker: VaultWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._all: list[Row] = []  # every loaded row, in sort order once loaded
        self._rows: list[Row] = []  # the rows the filter shows: what the view sees
        self._job: Job | None = None
        self._states_job: Job | None = None
        self._vacancies: list[str] = []
        self._arrange_job: Job | None = None
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.filter = RowFilter()
        self.loading = False

    @property
    def busy(self) -> bool:
        """Loading (names or states), or a sort or filter still on its way."""
        return self.loading or self.states_loading or self._arrange_job is not None

    @property
    def states_loading(self) -> bool:
        return self._states_job is not None

    @property
    def total(self) -> int:
        return len(self._all)

    # ---- loading ----

    def reload(self, vault: Vault) -> None:
        self.clear()
        self.loading = True
        arrangement = self._arrangement()
        rows: list[Row] = []  # in id order, as the names job reads them; then the states job's pages
        job = self._worker.submit(lambda j: load_rows(vault, j, arrangement, rows))
        self._job = job
        # The job rides along with each signal: a batch from a cancelled load (e.g. by a lock) is dropped.
        job.chunk.connect(lambda batch, j=job: self._append(j, batch))
        job.progress.connect(self.progress)
        states = partial(self._fill_in_states, vault, rows)  # after the names, unless they were cancelled
        job.finished.connect(lambda result, j=job: self._done(j, arrangement, result, states))
        job.failed.connect(lambda _message, j=job: self._done(j, arrangement, None, states))
        job.cancelled.connect(lambda j=job: self._done(j, arrangement, None, None))

    def _fill_in_states(self, vault: Vault, rows: list[Row]) -> None:
        """Queued once the names are in: behind whatever was queued meanwhile (on unlock, the overview,
        which is the start screen)."""
        job = self._worker.submit(lambda j: fill_in_states(vault, j, rows))
        self._states_job = job
        job.chunk.connect(lambda _count, j=job: self._states_arrived(j))
        job.finished.connect(lambda vacancies, j=job: self._states_done(j, vacancies))
        for signal in (job.failed, job.cancelled):
            signal.connect(lambda *_a, j=job: self._states_done(j, None))

    def _append(self, job: Job, rows: list[Row]) -> None:
        if job is not self._job or not rows:
            return
        self._all.extend(rows)
        shown = [row for row in rows if self.filter.accepts(row)] if self.filter.active else rows
        if shown:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(shown) - 1)
            self._rows.extend(shown)
            self.endInsertRows()
        # Loaded rows are moved out of the cyclic GC's reach: otherwise each full collection walks all
        # of them again (100,000 rows: a few hundred ms with the event loop held). ``clear`` undoes it.
        gc.freeze()

    def _done(
        self,
        job: Job,
        arrangement: Arrangement,
        result: tuple[list[Row], list[Row]] | None,
        then: Callable[[], None] | None,
    ) -> None:
        """The names are in (``result``; None: the load failed or was cancelled); ``then`` follows."""
        if job is not self._job:
            return
        self.loading = False
        self._job = None
        if result is not None and arrangement == self._arrangement():
            self._show_arranged(len(self._all), result)
        else:  # the load failed, or the user changed the sort or filter meanwhile
            self._rearrange()
        if then is not None:
            then()
        self.listed.emit(len(self._all))

    def _states_arrived(self, job: Job) -> None:
        """A page of rows got their retention columns (written on the worker)."""
        if job is self._states_job:
            self._repaint_states()

    def _states_done(self, job: Job, vacancies: list[str] | None) -> None:
        if job is not self._states_job:
            return
        self._states_job = None
        self._vacancies = vacancies or []
        self._repaint_states()
        if self._arrangement().reads_states:  # sorted or filtered before the states were in
            self._rearrange()
        self.loaded.emit(len(self._all))

    def _repaint_states(self) -> None:
        """One signal for the retention columns of every row: the view repaints only what it shows."""
        if self._rows:
            self.dataChanged.emit(self.index(0, self.VACANCY), self.index(len(self._rows) - 1, self.DUE))

    def clear(self) -> None:
        for running in (self._job, self._states_job):
            if running is not None:
                running.cancel()
        self._job = self._states_job = None
        self._arrange_job = None
        self.loading = False
        self.beginResetModel()
        self._all, self._vacancies = [], []
        self._rows = []
        self.endResetModel()
        gc.unfreeze()  # dropped rows become collectable again

    def upsert(self, row: Row) -> None:
        """Show one added or edited candidate without reloading the whole list."""
        for i, old in enumerate(self._all):
            if old.id == row.id:
                self._all[i] = row
                break
        else:
            self._all.append(row)
        for i, old in enumerate(self._rows):
            if old.id == row.id:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
                return
        if self.filter.accepts(row):
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(row)
            self.endInsertRows()

    def vacancies(self) -> list[str]:
        """The vacancies the loaded rows name, as the last load gathered them on the worker."""
        return self._vacancies

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    # ---- sorting and filtering: computed on the worker, applied here in one reset ----

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        if not self.loading:  # during a load rows arrive in id order; sorted once when it ends
            self._rearrange()

    def set_filter(self, row_filter: RowFilter) -> None:
        self.filter = row_filter
        self._rearrange()

    def _arrangement(self) -> Arrangement:
        column, order = self._sort
        return Arrangement(column, order == Qt.SortOrder.DescendingOrder, self.filter)

    def _rearrange(self) -> None:
        rows, arrangement = list(self._all), self._arrangement()
        job = self._worker.submit(lambda _j: arrangement.apply(rows))
        self._arrange_job = job
        job.finished.connect(lambda result, j=job: self._apply(j, len(rows), result))

    def _apply(self, job: Job, count: int, result: tuple[list[Row], list[Row]]) -> None:
        if job is self._arrange_job:  # else a newer sort or filter replaced this one
            self._arrange_job = None
            self._show_arranged(count, result)

    def _show_arranged(self, count: int, result: tuple[list[Row], list[Row]]) -> None:
        """``result`` arranges the first ``count`` loaded rows."""
        all_rows, visible = result
        if count != len(self._all):  # more rows arrived meanwhile: they go at the end, filtered here
            extra = self._all[count:]
            all_rows = all_rows + extra
            visible = visible + [row for row in extra if self.filter.accepts(row)]
        self.beginResetModel()
        self._all, self._rows = all_rows, visible
        self.endResetModel()
        self.arranged.emit()

    # ---- Qt model API ----

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
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
            return (row.name, row.email, row.vacancy, row.state, iso_date_text(row.due_on))[col]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATE and row.state:
            return QColor(STATE_COLOURS.get(row.state, "#808080"))
        if role == Qt.ItemDataRole.ForegroundRole and col == self.DUE and row.state == "due":
            return QApplication.palette().color(QPalette.ColorRole.Highlight)
        return None


# The columns filled in after the names.
RETENTION_COLUMNS = (CandidateTableModel.VACANCY, CandidateTableModel.STATE, CandidateTableModel.DUE)
