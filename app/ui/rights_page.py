"""Rights requests: the register with due dates (overdue in red and in words), register one, mark done."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.retention.purge import PurgePreview
from app.rights.deadlines import RequestFacts
from app.rights.register import KINDS
from app.ui import adapters
from app.ui.candidate_picker import CandidatePicker
from app.ui.dashboard import OVERDUE, candidate_table, item
from app.ui.labels import date_text, days_left_text, kind_label, outcome_label
from app.ui.operation import ChangeBus, Changes, run_op
from app.ui.purge_dialogs import ConfirmErasureDialog
from app.ui.rights_actions import RequestActions
from app.ui.widgets import date_edit, page_title, picked_day
from app.ui.worker import Job, VaultWorker
from app.vault import Vault


class RegisterRequestDialog(QDialog):
    """Who (picked by name, never by a bare number), which kind, received when."""

    def __init__(
        self, vault: Vault, worker: VaultWorker, candidate_id: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("registerRequest")
        self.setWindowTitle(self.tr("Register a rights request"))
        self.picker = CandidatePicker(vault, worker)
        if candidate_id:
            self.picker.preset(candidate_id)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.received = date_edit(vault.today())
        note = QLabel(
            self.tr(
                "A withdrawal or restriction is carried out when registered; an erasure once you confirm it "
                "with the candidate's last name; an objection waits for your decision."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Register"))
        self.ok.setEnabled(False)
        self.picker.picked.connect(lambda cid: self.ok.setEnabled(cid is not None))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Candidate:"), self.picker)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Received on:"), self.received)
        form.addRow(note)
        form.addRow(buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        if self.picker.selected_id() is not None:
            super().accept()

    def values(self) -> tuple[int, str, dt.date]:
        cid = self.picker.selected_id()
        assert cid is not None  # accept() needs one
        return cid, str(self.kind.currentData()), picked_day(self.received)


class RightsPage(QWidget):
    open_candidate = Signal(int)
    loaded = Signal()

    def __init__(
        self, vault: Vault, worker: VaultWorker, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rightsRequests")
        self._vault, self._worker, self._bus = vault, worker, bus
        bus.changed.connect(self.refresh_for)
        self.requests: list[RequestFacts] = []
        self.names: dict[int, str] = {}  # candidate id -> name, of the requests listed (in memory only)
        self.as_of = vault.today()
        title = page_title(self.tr("Rights requests"))
        self.only_open = QCheckBox(self.tr("Open requests only"))
        self.only_open.setChecked(True)
        self.only_open.toggled.connect(lambda _on: self.reload())
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.only_open)
        self.table = candidate_table(
            [
                self.tr("Request"),
                self.tr("Kind"),
                self.tr("Candidate"),
                self.tr("Received"),
                self.tr("Due date"),
                self.tr("Days left"),
                self.tr("Outcome"),
            ]
        )
        self.table.setObjectName("requestTable")
        self.table.itemDoubleClicked.connect(
            lambda cell: self.open_candidate.emit(self.requests[cell.row()].candidate_id)
        )
        self.status = QLabel()
        self.register_button = QPushButton(self.tr("Register request…"))
        self.register_button.clicked.connect(lambda: self.register())
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.clicked.connect(self.mark_done)
        buttons = QHBoxLayout()
        self.request_actions = RequestActions(vault, worker, self.status, bus)
        self.request_actions.open_candidate.connect(self.open_candidate)
        self.table.itemSelectionChanged.connect(self._selected)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.request_actions)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def reload(self) -> Job:
        vault, only_open = self._vault, self.only_open.isChecked()

        def work(_job: Job) -> tuple[dt.date, list[RequestFacts], dict[int, str]]:
            today = vault.today()
            rows = vault.rights.list(as_of=today, only_open=only_open)
            names = adapters.candidate_names(vault, [r.candidate_id for r in rows])
            return today, sorted(rows, key=lambda r: (r.done_on is not None, r.deadline, r.id)), names

        job = self._worker.submit(work)
        job.finished.connect(self._show)
        job.failed.connect(self.status.setText)
        return job

    def _selected(self) -> None:
        row = self.table.currentRow() if self.table.selectedItems() else -1
        chosen = self.requests[row] if 0 <= row < len(self.requests) else None
        self.request_actions.select(chosen, self.names.get(chosen.candidate_id, "") if chosen else "")
        self.done_button.setEnabled(0 <= row < len(self.requests) and self.requests[row].open)

    def _show(self, result: tuple[dt.date, list[RequestFacts], dict[int, str]]) -> None:
        self.as_of, self.requests, names = result
        self.names = names
        self.table.clearSelection()
        self.request_actions.select(None)
        self.table.setRowCount(len(self.requests))
        for row, r in enumerate(self.requests):
            days = (r.deadline - self.as_of).days
            cells: list[QTableWidgetItem] = [
                item(f"#{r.id}", r.candidate_id),
                item(kind_label(r.kind), r.candidate_id),
                item(
                    names.get(r.candidate_id) or self.tr("#{0} (deleted)").format(r.candidate_id),
                    r.candidate_id,
                ),
                item(date_text(r.received_on), r.candidate_id),
                item(date_text(r.deadline), r.candidate_id),
                item(days_left_text(days) if r.open else "—", r.candidate_id),
                item(self._outcome_text(r), r.candidate_id),
            ]
            if r.open and days < 0:
                for cell in cells:
                    cell.setForeground(QBrush(OVERDUE))
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
        self.loaded.emit()

    def _outcome_text(self, request: RequestFacts) -> str:
        if request.waiting_for == "hold":
            return self.tr("Waiting: legal hold")
        if request.waiting_for == "restrict":
            return self.tr("Waiting: restriction")
        return outcome_label(request.outcome)

    def register(self, candidate_id: int = 0) -> None:
        dialog = RegisterRequestDialog(self._vault, self._worker, candidate_id, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            cid, kind, received = dialog.values()
        finally:
            dialog.deleteLater()
        if kind == "erasure":
            vault = self._vault
            job = self._worker.submit(lambda _j: vault.retention.purge_preview(cid))
            job.finished.connect(lambda preview: self._confirm_erasure(preview, received))
            job.failed.connect(self.status.setText)
        else:
            self.submit_request(cid, kind, received)

    def _confirm_erasure(self, preview: PurgePreview, received: dt.date) -> None:
        if ConfirmErasureDialog.ask(preview, self):
            self.submit_request(preview.candidate_id, "erasure", received)
        else:
            self.status.setText(self.tr("Nothing was registered or deleted."))

    def submit_request(self, candidate_id: int, kind: str, received: dt.date) -> Job:
        """Record the request (an erasure is confirmed before this); the status says what became of it."""
        vault = self._vault

        def work() -> RequestFacts:
            request_id = vault.rights.record(candidate_id, kind, received)
            return next(r for r in vault.rights.list(candidate_id=candidate_id) if r.id == request_id)

        def changes(request: RequestFacts) -> Changes:
            if request.outcome == "erased":
                return Changes.deleted([candidate_id])
            return Changes.of([candidate_id], facts=True, requests=True)

        return run_op(
            self._bus,
            self._worker,
            work,
            changes,
            success=lambda request: self.status.setText(self.registered_text(request)),
            failure=self.status.setText,
        )

    def registered_text(self, request: RequestFacts) -> str:
        """One line on what became of a request just registered (it may be closed, and so not listed)."""
        if request.outcome == "erased":
            text = self.tr("{0} #{1} registered: the candidate is erased.")
        elif request.waiting_for == "hold":
            text = self.tr("{0} #{1} registered: the erasure waits until the legal hold is released.")
        elif request.waiting_for == "restrict":
            text = self.tr("{0} #{1} registered: the erasure waits until the restriction is lifted.")
        elif request.open:
            text = self.tr("{0} #{1} registered: answer by {2}.")
        else:
            text = self.tr("{0} #{1} registered and carried out.")
        return text.format(kind_label(request.kind), request.id, date_text(request.deadline))

    def mark_done(self) -> Job | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.requests) or not self.requests[row].open:
            self.status.setText(self.tr("Select an open request first."))
            return None
        request, vault = self.requests[row], self._vault
        return run_op(
            self._bus,
            self._worker,
            lambda: vault.rights.done(request.id, vault.today()),
            Changes.of([request.candidate_id], requests=True),
            failure=self.status.setText,
        )

    def refresh_for(self, changes: Changes) -> None:
        if changes.requests or changes.purged:
            self.reload()

    def wipe(self) -> None:
        self.requests = []
        self.names = {}
        self.request_actions.select(None)
        self.table.setRowCount(0)
