"""The dashboard, first screen after unlock: who is due, whose consent ends, which requests are late.

Data comes from ``dashboard_data.collect`` on the vault worker; names are decrypted there too, only
for the listed candidates, and dropped by ``wipe`` on lock. Double-clicking any row opens the candidate.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gc_pause import gc_paused
from app.retention.rules import Assessment
from app.ui import adapters
from app.ui.chart import LeavingChart
from app.ui.dashboard_data import DashboardData, collect
from app.ui.labels import date_text, days_left_text, kind_label, number_text, state_label
from app.ui.operation import ChangeBus
from app.ui.reasons import reason_text
from app.ui.widgets import page_title
from app.ui.worker import Job, VaultWorker
from app.vault import Vault

ID_ROLE = Qt.ItemDataRole.UserRole
# Each list shows the soonest rows only (the card counts them all): a 100,000-candidate vault would
# otherwise fill widgets with 100,000 rows on the GUI thread and decrypt every name.
MAX_ROWS = 100
OVERDUE = QColor("#c62828")


def candidate_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def cell_at(table: QTableWidget, row: int, col: int = 0) -> QTableWidgetItem:
    found = table.item(row, col)
    assert found is not None  # every cell is filled when the rows are set
    return found


def item(text: str, candidate_id: int) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setData(ID_ROLE, candidate_id)
    return cell


class DashboardPage(QWidget):
    open_candidate = Signal(int)
    purge_requested = Signal()
    loaded = Signal()

    def __init__(
        self, vault: Vault, worker: VaultWorker, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self._vault, self._worker = vault, worker
        bus.changed.connect(lambda _changes: self.reload())  # every change can move a count
        self.data: DashboardData | None = None
        self.busy = False

        self.title = page_title(self.tr("Overview"))
        self.as_of_label = QLabel()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        self.purge_button = QPushButton(self.tr("Review bulk purge…"))
        self.purge_button.setObjectName("openBulkPurge")
        self.purge_button.clicked.connect(self.purge_requested)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.as_of_label, 1)
        head.addWidget(self.refresh_button)
        head.addWidget(self.purge_button)

        cand_headers = [self.tr("Candidate"), self.tr("Due date"), self.tr("State"), self.tr("Reason")]
        self.due_now = candidate_table(cand_headers)
        self.due_soon = candidate_table(cand_headers)
        self.expiring = candidate_table(
            [self.tr("Candidate"), self.tr("Consent ends"), self.tr("State"), self.tr("Reason")]
        )
        self.held = candidate_table([self.tr("Candidate"), self.tr("State"), self.tr("Reason")])
        self.requests = candidate_table(
            [
                self.tr("Request"),
                self.tr("Kind"),
                self.tr("Candidate"),
                self.tr("Due date"),
                self.tr("Days left"),
            ]
        )
        self.tables = {
            "due_now": self.due_now,
            "due_soon": self.due_soon,
            "expiring": self.expiring,
            "requests": self.requests,
            "held": self.held,
        }
        # The cards are the tabs: one list at a time, chosen by its card (count + caption, always readable).
        self.tabs = QStackedWidget()
        self.tabs.setObjectName("dashboardLists")
        self.cards: dict[str, QPushButton] = {}
        cards = QHBoxLayout()
        for key, table in self.tables.items():
            table.setObjectName(f"dash_{key}")
            table.itemDoubleClicked.connect(self._open)
            table.itemActivated.connect(self._open)
            self.tabs.addWidget(table)
            card = QPushButton()
            card.setObjectName(f"card_{key}")
            card.setMinimumHeight(64)
            card.setCheckable(True)
            card.setAutoExclusive(True)
            card.clicked.connect(lambda _c=False, t=table: self.tabs.setCurrentWidget(t))
            self.cards[key] = card
            cards.addWidget(card)

        self.chart = LeavingChart()
        chart_box = QGroupBox(self.tr("Leaving the pool, next 12 months"))
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(self.chart)

        # The candidate's answer to a renewal request, for the selected row of "Consents expiring".
        self.renewed_button = QPushButton(self.tr("Record renewal"))
        self.renewed_button.setObjectName("recordRenewed")
        self.renewed_button.clicked.connect(lambda: self.record_answer("renewed"))
        self.declined_button = QPushButton(self.tr("Record refusal"))
        self.declined_button.setObjectName("recordDeclined")
        self.declined_button.clicked.connect(lambda: self.record_answer("declined"))
        answers = QHBoxLayout()
        answers.addStretch(1)
        answers.addWidget(self.renewed_button)
        answers.addWidget(self.declined_button)
        self.tabs.currentChanged.connect(self._answers_visible)
        left = QVBoxLayout()
        left.addWidget(self.tabs, 1)
        left.addLayout(answers)
        self._answers_visible()

        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addWidget(chart_box, 0, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(cards)
        layout.addLayout(grid, 1)
        self._set_counts()

    def _captions(self) -> dict[str, str]:
        return {
            "due_now": self.tr("Due now"),
            "due_soon": self.tr("Due within 30 days"),
            "expiring": self.tr("Consents expiring"),
            "requests": self.tr("Open rights requests"),
            "held": self.tr("Held or restricted"),
        }

    def _set_counts(self) -> None:
        captions = self._captions()
        counts = self.counts()
        for key, table in self.tables.items():
            self.cards[key].setText(f"{number_text(counts[key])}\n{captions[key]}")
            self.cards[key].setChecked(self.tabs.currentWidget() is table)
        if self.data is not None:
            overdue = sum(1 for r in self.data.requests if self.data.days_left(r) < 0)
            card = self.cards["requests"]
            if overdue:
                card.setText(card.text() + "\n" + self.tr("%n overdue", "", overdue))
                card.setStyleSheet("color: #c62828; font-weight: bold;")
            else:
                card.setStyleSheet("")

    def _answers_visible(self, *_args: object) -> None:
        for key, table in self.tables.items():
            self.cards[key].setChecked(self.tabs.currentWidget() is table)
        on = self.tabs.currentWidget() is self.expiring
        self.renewed_button.setVisible(on)
        self.declined_button.setVisible(on)

    def record_answer(self, answer: str) -> Job | None:
        """Renewed: a new consent from today; declined: the consent ends today. Logged as correspondence."""
        row = self.expiring.currentRow()
        if row < 0:
            return None
        cid = int(cell_at(self.expiring, row).data(ID_ROLE))
        vault = self._vault

        def work(_job: Job) -> None:
            today = vault.today()
            if answer == "renewed":
                vault.retention.renew_consent(cid, today)
            else:
                vault.retention.decline_renewal(cid, today)

        job = self._worker.submit(work)
        job.finished.connect(lambda _r: self.reload())
        job.failed.connect(self.as_of_label.setText)
        return job

    def counts(self) -> dict[str, int]:
        if self.data is None:
            return dict.fromkeys(self.tables, 0)
        d = self.data
        groups = {"due_now": d.due_now, "due_soon": d.due_soon, "expiring": d.expiring, "held": d.held}
        return {**{k: len(v) for k, v in groups.items()}, "requests": len(d.requests)}

    # ---- loading ----

    def reload(self) -> Job:
        self.busy = True
        vault = self._vault

        def work(job: Job) -> tuple[DashboardData, dict[int, str]]:
            with gc_paused():
                data = collect(vault, vault.today())
            ids = {
                a.candidate_id
                for group in (data.due_now, data.due_soon, data.expiring, data.held)
                for a in group[:MAX_ROWS]
            }
            ids |= {r.candidate_id for r in data.requests[:MAX_ROWS]}
            # Requests may name purged candidates: list() simply has no row for them.
            names = {rec.id: rec.display_name for rec in adapters.candidate_rows(vault, sorted(ids))}
            return data, names

        job = self._worker.submit(work)
        job.finished.connect(self._show)
        job.failed.connect(self._failed)
        return job

    def _failed(self, message: str) -> None:
        self.busy = False
        self.as_of_label.setText(message)

    def _name(self, names: dict[int, str], cid: int) -> str:
        return f"#{cid}  {names[cid]}" if cid in names else f"#{cid}"

    def _show(self, result: tuple[DashboardData, dict[int, str]]) -> None:
        data, names = result
        self.data = data
        self.as_of_label.setText(self.tr("as of {0}").format(date_text(data.as_of)))
        for table, rows in ((self.due_now, data.due_now), (self.due_soon, data.due_soon)):
            self._fill(table, rows, names, with_date=True)
        self._fill(self.expiring, data.expiring, names, with_date=True)
        self._fill(self.held, data.held, names, with_date=False)
        self.requests.setRowCount(min(len(data.requests), MAX_ROWS))
        for row, req in enumerate(data.requests[:MAX_ROWS]):
            days = data.days_left(req)
            cells = [
                item(f"#{req.id}", req.candidate_id),
                item(kind_label(req.kind), req.candidate_id),
                item(self._name(names, req.candidate_id), req.candidate_id),
                item(date_text(req.deadline), req.candidate_id),
                item(days_left_text(days), req.candidate_id),
            ]
            if days < 0:
                for cell in cells:
                    cell.setForeground(QBrush(OVERDUE))
            for col, cell in enumerate(cells):
                self.requests.setItem(row, col, cell)
        self.chart.set_months(data.months)
        self._set_counts()
        self.busy = False
        self.loaded.emit()

    def _fill(
        self, table: QTableWidget, rows: list[Assessment], names: dict[int, str], *, with_date: bool
    ) -> None:
        table.setUpdatesEnabled(False)  # one repaint, not one per cell
        table.setRowCount(min(len(rows), MAX_ROWS))
        for r, a in enumerate(rows[:MAX_ROWS]):
            cells = [item(self._name(names, a.candidate_id), a.candidate_id)]
            if with_date:
                cells.append(item(date_text(a.due_on), a.candidate_id))
            cells += [item(state_label(a.state), a.candidate_id), item(reason_text(a.reason), a.candidate_id)]
            for col, cell in enumerate(cells):
                table.setItem(r, col, cell)
        table.setUpdatesEnabled(True)

    def _open(self, cell: QTableWidgetItem) -> None:
        cid = cell.data(ID_ROLE)
        if cid is not None:
            self.open_candidate.emit(int(cid))

    def wipe(self) -> None:
        self.data = None
        for table in self.tables.values():
            table.setRowCount(0)
        self.chart.set_months([])
