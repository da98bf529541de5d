"""Long work with a progress dialog and Cancel; the work itself runs on the vault worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui.worker import Job, VaultWorker


def run_with_progress(parent: QWidget, worker: VaultWorker, fn: Callable[[Job], Any], title: str) -> Job:
    dialog = QProgressDialog(title, parent.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick work finishes before the dialog would flash
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    job = worker.submit(fn)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    job.progress.connect(progress)
    dialog.canceled.connect(job.cancel)

    def close(*_args: object) -> None:
        dialog.reset()
        dialog.deleteLater()

    for signal in (job.finished, job.failed, job.cancelled):
        signal.connect(close)
    return job
