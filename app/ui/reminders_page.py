"""Renewal reminders: the open notices; e-mail or letters for the selected; record the answer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.reminders.notices import Notice
from app.reminders.service import SendReport
from app.ui import adapters
from app.ui.dashboard import ID_ROLE, candidate_table, cell_at, item
from app.ui.labels import date_text, number_text
from app.ui.operation import ChangeBus, Changes, run_op
from app.ui.widgets import page_title
from app.ui.worker import Job, VaultWorker
from app.vault import Vault


class RemindersPage(QWidget):
    open_candidate = Signal(int)
    loaded = Signal()

    def __init__(
        self, vault: Vault, worker: VaultWorker, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminders")
        self._vault, self._worker, self._bus = vault, worker, bus
        bus.changed.connect(self.refresh_for)
        self.notices: list[Notice] = []
        title = page_title(self.tr("Renewal reminders"))
        self.table = candidate_table(
            ["", self.tr("Candidate"), self.tr("Consent ends"), self.tr("Remind on"), self.tr("Sent on")]
        )
        self.table.setObjectName("noticeTable")
        self.table.itemDoubleClicked.connect(self._open)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        self.email_button = QPushButton(self.tr("Send e-mail…"))
        self.email_button.clicked.connect(self.send_email)
        self.letters_button = QPushButton(self.tr("Make letters…"))
        self.letters_button.clicked.connect(self.make_letters)
        self.renewed_button = QPushButton(self.tr("Record renewal"))
        self.renewed_button.clicked.connect(lambda: self.record_answer("renewed"))
        self.declined_button = QPushButton(self.tr("Record refusal"))
        self.declined_button.clicked.connect(lambda: self.record_answer("declined"))
        for button in (self.email_button, self.letters_button, self.renewed_button, self.declined_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def reload(self) -> Job:
        vault = self._vault

        def work(_job: Job) -> tuple[list[Notice], dict[int, str]]:
            notices = vault.reminders.notices(vault.today())
            ids = sorted({n.candidate_id for n in notices})
            return notices, {r.id: r.display_name for r in adapters.candidate_rows(vault, ids)}

        job = self._worker.submit(work)
        job.finished.connect(self._show)
        job.failed.connect(self.status.setText)
        return job

    def _show(self, result: tuple[list[Notice], dict[int, str]]) -> None:
        self.notices, names = result
        self.table.setRowCount(len(self.notices))
        for row, n in enumerate(self.notices):
            check = QTableWidgetItem()
            check.setData(ID_ROLE, n.candidate_id)
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            cells = [
                check,
                item(f"#{n.candidate_id}  {names.get(n.candidate_id, '')}", n.candidate_id),
                item(date_text(n.consent_ends_on), n.candidate_id),
                item(date_text(n.due_on), n.candidate_id),
                item(date_text(n.sent_on), n.candidate_id),
            ]
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
        self.status.setText(self.tr("{0} open notices").format(number_text(len(self.notices))))
        self.loaded.emit()

    def selected(self) -> list[Notice]:
        return [
            n
            for row, n in enumerate(self.notices)
            if cell_at(self.table, row).checkState() == Qt.CheckState.Checked
        ]

    def _open(self, cell: QTableWidgetItem) -> None:
        self.open_candidate.emit(int(cell.data(ID_ROLE)))

    def _report(self, report: SendReport) -> None:
        self.status.setText(
            self.tr("Done: {0}. Failed: {1}.").format(
                number_text(len(report.sent)), number_text(len(report.failed))
            )
        )
        self._bus.announce(Changes.of(report.sent, facts=True))

    def send_email(self) -> Job | None:
        chosen = self.selected()
        if not chosen:
            self.status.setText(self.tr("Select the notices to send first."))
            return None
        secret, ok = QInputDialog.getText(
            self, self.tr("Send e-mail"), self.tr("SMTP password:"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        vault = self._vault
        job = self._worker.submit(lambda _j: vault.reminders.send_email(chosen, password=lambda: secret))
        job.finished.connect(self._report)
        job.failed.connect(self.status.setText)
        return job

    def make_letters(self, target: Path | None = None) -> Job | None:
        chosen = self.selected()
        if not chosen:
            self.status.setText(self.tr("Select the notices to send first."))
            return None
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Make letters"), "renewal-letters.docx", self.tr("Word documents (*.docx)")
            )
            if not name:
                return None
            target = Path(name)
        vault, path = self._vault, target
        job = self._worker.submit(lambda _j: vault.reminders.make_letters(chosen, path))
        job.finished.connect(self._report)
        job.failed.connect(self.status.setText)
        return job

    def record_answer(self, answer: str) -> Job | None:
        chosen = self.selected()
        if not chosen:
            self.status.setText(self.tr("Select the notices to send first."))
            return None
        vault = self._vault

        def work() -> None:
            today = vault.today()
            for n in chosen:
                if answer == "renewed":
                    vault.retention.renew_consent(n.candidate_id, today)
                else:
                    vault.retention.decline_renewal(n.candidate_id, today)

        ids = [n.candidate_id for n in chosen]
        return run_op(self._bus, self._worker, work, Changes.of(ids, facts=True), failure=self.status.setText)

    def refresh_for(self, changes: Changes) -> None:
        """Notices follow consents: reload when facts changed and the page is on screen."""
        if changes.facts and self.isVisible():
            self.reload()

    def wipe(self) -> None:
        self.notices = []
        self.table.setRowCount(0)
