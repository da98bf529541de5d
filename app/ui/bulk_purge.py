"""Bulk purge review: every due candidate with its reason, select all or some, filter by vacancy,
dry run, a typed-count confirmation, progress with cancel, and a report without personal data.

Held and restricted candidates are listed apart and cannot be selected. The purge itself runs on the
vault worker through ``retention.selected.purge_selected``: one transaction per batch of 50, and Cancel
stops between batches, so each candidate is whole or purged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.retention.bulk import BulkResult
from app.retention.rules import Assessment
from app.retention.selected import purge_selected
from app.ui import adapters
from app.ui.dashboard import ID_ROLE, candidate_table, cell_at, item
from app.ui.labels import date_text, number_text, state_label
from app.ui.operation import ChangeBus, Changes
from app.ui.progress import run_with_progress
from app.ui.purge_dialogs import ConfirmPurgeDialog, PurgeReportDialog
from app.ui.reasons import reason_text
from app.ui.widgets import page_title
from app.ui.worker import Job, VaultWorker
from app.vault import Vault


@dataclass
class Review:
    as_of: dt.date
    due: list[Assessment]
    kept: list[Assessment]  # held or restricted
    names: dict[int, str] = field(default_factory=dict)
    vacancies: dict[int, set[str]] = field(default_factory=dict)


def load_review(vault: Vault, as_of: dt.date) -> Review:
    due = vault.retention.due(as_of)
    kept = [a for a in vault.retention.status(as_of=as_of) if a.state in ("held", "restricted")]
    ids = sorted({a.candidate_id for a in due} | {a.candidate_id for a in kept})
    names = {rec.id: rec.display_name for rec in adapters.candidate_rows(vault, ids)}
    vacancies = {
        a.candidate_id: {p[1] for p in vault.retention.procedures(a.candidate_id) if p[1]} for a in due
    }
    return Review(as_of, due, kept, names, vacancies)


class BulkPurgePage(QWidget):
    back = Signal()
    purged = Signal(object)  # BulkResult
    loaded = Signal()

    def __init__(
        self, vault: Vault, worker: VaultWorker, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulkPurge")
        self._vault, self._worker, self._bus = vault, worker, bus
        self.review: Review | None = None
        self.job: Job | None = None
        self.last_report: PurgeReportDialog | None = None
        self.show_report = True  # tests turn the modal report off and read last_result

        self.last_result: BulkResult | None = None
        self.last_cancelled = False
        title = page_title(self.tr("Bulk purge review"))
        back = QPushButton(self.tr("Back to overview"))
        back.clicked.connect(self.back)
        self.vacancy = QComboBox()
        self.vacancy.setObjectName("vacancyFilter")
        self.vacancy.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.vacancy.currentIndexChanged.connect(self._apply_filter)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(QLabel(self.tr("Vacancy:")))
        head.addWidget(self.vacancy)
        head.addWidget(back)

        self.table = candidate_table(
            ["", self.tr("Candidate"), self.tr("Due date"), self.tr("Vacancies"), self.tr("Reason")]
        )
        self.table.setObjectName("dueTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.itemChanged.connect(lambda _i: self._update_summary())
        self.kept = candidate_table([self.tr("Candidate"), self.tr("State"), self.tr("Reason")])
        self.kept.setObjectName("keptTable")
        self.kept.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        due_box = QGroupBox(self.tr("Due for deletion"))
        QVBoxLayout(due_box).addWidget(self.table)
        kept_box = QGroupBox(self.tr("Held or restricted: kept, cannot be selected"))
        QVBoxLayout(kept_box).addWidget(self.kept)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(due_box)
        split.addWidget(kept_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        self.select_all = QPushButton(self.tr("Select all"))
        self.select_all.clicked.connect(lambda: self.set_all_checked(True))
        self.select_none = QPushButton(self.tr("Select none"))
        self.select_none.clicked.connect(lambda: self.set_all_checked(False))
        self.dry_run_button = QPushButton(self.tr("Dry run"))
        self.dry_run_button.clicked.connect(self.dry_run)
        self.purge_button = QPushButton(self.tr("Purge selected…"))
        self.purge_button.setObjectName("purgeSelected")
        self.purge_button.clicked.connect(self.confirm_and_purge)
        self.summary = QLabel()
        self.summary.setObjectName("purgeSummary")
        self.summary.setWordWrap(True)
        actions = QHBoxLayout()
        for button in (self.select_all, self.select_none):
            actions.addWidget(button)
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.dry_run_button)
        actions.addWidget(self.purge_button)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        self._update_summary()

    # ---- loading ----

    def reload(self) -> Job:
        vault = self._vault
        job = self._worker.submit(lambda _job: load_review(vault, vault.today()))
        job.finished.connect(self._show)
        job.failed.connect(self.summary.setText)
        return job

    def _show(self, review: Review) -> None:
        self.review = review
        self.table.blockSignals(True)
        self.table.setRowCount(len(review.due))
        for row, a in enumerate(review.due):
            check = QTableWidgetItem()
            check.setData(ID_ROLE, a.candidate_id)
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked)
            name = review.names.get(a.candidate_id, "")
            cells = [
                check,
                item(f"#{a.candidate_id}  {name}", a.candidate_id),
                item(date_text(a.due_on), a.candidate_id),
                item(", ".join(sorted(review.vacancies.get(a.candidate_id, ()))), a.candidate_id),
                item(reason_text(a.reason), a.candidate_id),
            ]
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
        self.table.blockSignals(False)
        self.kept.setRowCount(len(review.kept))
        for row, a in enumerate(review.kept):
            cells = [
                item(f"#{a.candidate_id}  {review.names.get(a.candidate_id, '')}", a.candidate_id),
                item(state_label(a.state), a.candidate_id),
                item(reason_text(a.reason), a.candidate_id),
            ]
            for col, cell in enumerate(cells):
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)  # shown, never selectable or checkable
                self.kept.setItem(row, col, cell)
        titles = sorted(set().union(*review.vacancies.values())) if review.vacancies else []
        self.vacancy.blockSignals(True)
        self.vacancy.clear()
        self.vacancy.addItem(self.tr("All vacancies"), "")
        for title in titles:
            self.vacancy.addItem(title, title)
        self.vacancy.blockSignals(False)
        self._apply_filter()
        self.loaded.emit()

    # ---- selection ----

    def _apply_filter(self) -> None:
        if self.review is None:
            return
        wanted = self.vacancy.currentData() or ""
        for row in range(self.table.rowCount()):
            cid = int(cell_at(self.table, row).data(ID_ROLE))
            hidden = bool(wanted) and wanted not in self.review.vacancies.get(cid, set())
            self.table.setRowHidden(row, hidden)
        self._update_summary()

    def set_all_checked(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            if not self.table.isRowHidden(row):
                cell_at(self.table, row).setCheckState(state)
        self.table.blockSignals(False)
        self._update_summary()

    def set_checked(self, ids: set[int]) -> None:
        """Check exactly these candidates (tests, and 'select some' from elsewhere)."""
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            cell = cell_at(self.table, row)
            on = int(cell.data(ID_ROLE)) in ids
            cell.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        self._update_summary()

    def selected_ids(self) -> list[int]:
        """Checked and visible (a vacancy filter narrows what is purged to what is shown)."""
        found = []
        for row in range(self.table.rowCount()):
            cell = cell_at(self.table, row)
            if not self.table.isRowHidden(row) and cell.checkState() == Qt.CheckState.Checked:
                found.append(int(cell.data(ID_ROLE)))
        return found

    def _update_summary(self) -> None:
        due = sum(1 for row in range(self.table.rowCount()) if not self.table.isRowHidden(row))
        kept = self.kept.rowCount()
        count = len(self.selected_ids())
        self.summary.setText(
            self.tr("{0} of {1} due candidates selected; {2} held or restricted are kept.").format(
                number_text(count), number_text(due), number_text(kept)
            )
        )
        self.purge_button.setEnabled(count > 0)
        self.dry_run_button.setEnabled(count > 0)

    # ---- acting ----

    def dry_run(self) -> Job:
        vault, ids = self._vault, self.selected_ids()
        as_of = self.review.as_of if self.review else vault.today()
        job = self._worker.submit(lambda _job: purge_selected(vault, ids, as_of, dry_run=True))

        def show(result: BulkResult) -> None:
            self.summary.setText(
                self.tr("Dry run: {0} candidates would be purged; nothing was deleted.").format(
                    number_text(len(result.planned))
                )
            )

        job.finished.connect(show)
        job.failed.connect(self.summary.setText)
        return job

    def confirm_and_purge(self) -> Job | None:
        ids = self.selected_ids()
        if not ids:
            return None
        dialog = ConfirmPurgeDialog(len(ids), self)
        accepted = dialog.exec() == ConfirmPurgeDialog.DialogCode.Accepted
        dialog.deleteLater()
        return self.start_purge(ids) if accepted else None

    def start_purge(self, ids: list[int]) -> Job:
        vault = self._vault
        as_of = self.review.as_of if self.review else vault.today()
        box: dict[str, BulkResult] = {}

        def work(job: Job) -> BulkResult:
            box["result"] = purge_selected(
                vault,
                ids,
                as_of,
                progress=lambda done, total, _cid: job.report(done, total),
                cancelled=lambda: job.is_cancelled,
            )
            return box["result"]

        self.job = run_with_progress(self, self._worker, work, self.tr("Purging candidates…"))
        self.job.finished.connect(lambda result: self._done(result, as_of, cancelled=False))
        self.job.cancelled.connect(lambda: self._done(box.get("result"), as_of, cancelled=True))
        self.job.failed.connect(self.summary.setText)
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _done(self, result: BulkResult | None, as_of: dt.date, *, cancelled: bool) -> None:
        self.job = None
        self.last_result, self.last_cancelled = result, cancelled
        if result is not None:
            self.purged.emit(result)
            self._bus.announce(Changes.deleted(result.purged))
            if self.show_report:
                self.last_report = PurgeReportDialog(result, as_of, cancelled, self)
                self.last_report.open()
        self.reload()

    def wipe(self) -> None:
        self.review = None
        self.table.setRowCount(0)
        self.kept.setRowCount(0)
        self.last_report = None
