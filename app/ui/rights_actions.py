"""The buttons that carry a rights request out, one per kind, for the request selected in the register.

Only the button for the selected request's kind is enabled: Export (access, portability), Open candidate
(rectification), Restrict (restriction), Delete for good… (erasure, once the last name is typed), Withdraw
consent (withdrawal) and Decide objection… (an open objection). The work runs on the worker through the
services; the result is one line in ``status``. Recording a restriction or withdrawal already carries it out
(RightsService.record), so these buttons re-apply it when that is needed again (e.g. after a restriction
was lifted).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from app.retention.purge import PurgePreview
from app.rights.deadlines import RequestFacts
from app.ui.objection_dialog import ObjectionDialog
from app.ui.operation import ChangeBus, Changes, run_op
from app.ui.purge_dialogs import ConfirmErasureDialog
from app.ui.worker import Job, VaultWorker
from app.vault import Vault

ERASURE_REASON = "erasure request"


class RequestActions(QWidget):
    open_candidate = Signal(int)
    done = Signal(str)  # one-line result (also shown in ``status``)

    def __init__(
        self, vault: Vault, worker: VaultWorker, status: QLabel, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault, self._worker, self.status, self._bus = vault, worker, status, bus
        self.request: RequestFacts | None = None
        self.name = ""
        self.export_button = QPushButton(self.tr("Export…"))
        self.open_button = QPushButton(self.tr("Open candidate"))
        self.restrict_button = QPushButton(self.tr("Restrict"))
        self.purge_button = QPushButton(self.tr("Delete for good…"))
        self.withdraw_button = QPushButton(self.tr("Withdraw consent"))
        self.decide_button = QPushButton(self.tr("Decide objection…"))
        self.kinds: dict[QPushButton, tuple[str, ...]] = {
            self.export_button: ("access", "portability"),
            self.open_button: ("rectification",),
            self.restrict_button: ("restriction",),
            self.purge_button: ("erasure",),
            self.withdraw_button: ("withdrawal",),
            self.decide_button: ("objection",),
        }
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(self._open)
        self.restrict_button.clicked.connect(self.restrict)
        self.purge_button.clicked.connect(self.purge)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.decide_button.clicked.connect(self.decide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in self.kinds:
            layout.addWidget(button)
        self.select(None)

    def select(self, request: RequestFacts | None, name: str = "") -> None:
        """The request the buttons act on, and its candidate's name for what they say."""
        self.request = request
        self.name = name or (f"#{request.candidate_id}" if request is not None else "")
        for button, kinds in self.kinds.items():
            button.setEnabled(request is not None and request.kind in kinds)
        self.decide_button.setEnabled(self.decide_button.isEnabled() and request is not None and request.open)

    # ---- the actions ----

    def export(self) -> Job | None:
        if self.request is None:
            return None
        cid = self.request.candidate_id
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the data of {0} (the ZIP is not encrypted)").format(self.name),
            f"candidate-{cid}.zip",
            self.tr("ZIP archives (*.zip)"),
        )
        if not path:
            return None
        vault, target = self._vault, Path(path)
        return self._run(
            lambda: vault.rights.export(cid, target),
            self.tr("Exported to {0}. The ZIP is not encrypted: hand it over safely, then delete it.").format(
                target.name
            ),
            Changes(),
        )

    def _open(self) -> None:
        if self.request is not None:
            self.open_candidate.emit(self.request.candidate_id)

    def restrict(self) -> Job | None:
        if self.request is None:
            return None
        cid, vault = self.request.candidate_id, self._vault
        return self._run(
            lambda: vault.retention.restrict(cid, vault.today()),
            self.tr("{0}: processing is restricted.").format(self.name),
            self._changes(cid),
        )

    def withdraw(self) -> Job | None:
        if self.request is None:
            return None
        cid, vault = self.request.candidate_id, self._vault
        return self._run(
            lambda: vault.retention.withdraw_consent(cid, vault.today()),
            self.tr("The consent of {0} is withdrawn.").format(self.name),
            self._changes(cid),
        )

    def purge(self) -> Job | None:
        """Asks for the last name first (the preview names the candidate, counts what goes), then purges."""
        if self.request is None:
            return None
        cid, vault = self.request.candidate_id, self._vault
        job = self._worker.submit(lambda _j: vault.retention.purge_preview(cid))
        job.finished.connect(self._confirm_and_purge)
        job.failed.connect(self._finish)
        return job

    def _confirm_and_purge(self, preview: PurgePreview) -> None:
        if not ConfirmErasureDialog.ask(preview, self):
            self._finish(self.tr("Nothing was deleted."))
            return
        vault, cid = self._vault, preview.candidate_id
        self._run(
            lambda: vault.retention.purge(cid, ERASURE_REASON),
            self.tr("{0} is erased.").format(preview.name),
            Changes.deleted([cid]),
        )

    def decide(self) -> Job | None:
        """HR's decision on the selected objection; deleting the candidate with it asks for the last name."""
        if self.request is None:
            return None
        request_id, cid, vault = self.request.id, self.request.candidate_id, self._vault
        job = self._worker.submit(lambda _j: vault.retention.purge_preview(cid))
        job.finished.connect(lambda preview: self._decide(request_id, preview))
        job.failed.connect(self._finish)
        return job

    def _decide(self, request_id: int, preview: PurgePreview) -> None:
        dialog = ObjectionDialog(preview.name, self._vault.today(), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            choice = dialog.decision()
        finally:
            dialog.deleteLater()
        if choice.erase and not ConfirmErasureDialog.ask(preview, self):
            self._finish(self.tr("Nothing was decided or deleted."))
            return
        texts = {
            "upheld": self.tr("Objection #{0} upheld: the reserve-pool consent of {1} has ended."),
            "upheld:erased": self.tr("Objection #{0} upheld: {1} is erased."),
            "rejected": self.tr("Objection #{0} rejected; the grounds are kept with the request."),
        }
        vault, cid = self._vault, preview.candidate_id
        run_op(
            self._bus,
            self._worker,
            lambda: vault.rights.decide_objection(
                request_id, choice.on, uphold=choice.uphold, erase=choice.erase, reason=choice.reason
            ),
            lambda outcome: Changes.deleted([cid]) if outcome == "upheld:erased" else self._changes(cid),
            success=lambda outcome: self._finish(texts[outcome].format(request_id, preview.name)),
            failure=self._finish,
        )

    def _run(self, work: Callable[[], Any], success: str, changes: Changes) -> Job:
        return run_op(
            self._bus,
            self._worker,
            work,
            changes,
            success=lambda _r: self._finish(success),
            failure=self._finish,
        )

    @staticmethod
    def _changes(candidate_id: int) -> Changes:
        return Changes.of([candidate_id], facts=True, requests=True)

    def _finish(self, text: str) -> None:
        self.status.setText(text)
        self.done.emit(text)
