"""Desktop notifications (issue 9): on unlock and once a day while the vault is open, say how many
consents end within the first notice window and how many rights requests are due within 7 days.

Counts only — never a name — because a tray message may show on a shared or locked screen.
The counts come from the services on the worker; the text is a small pure function for tests.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QStyle, QSystemTrayIcon

from app.vault import Vault

if TYPE_CHECKING:
    from app.ui.window import MainWindow

REQUEST_DAYS = 7
DAY_MS = 24 * 60 * 60 * 1000
STATUS_MS = 60_000  # how long the status-bar fallback stays


def counts(vault: Vault, as_of: dt.date) -> tuple[int, int]:
    """(consents ending within the first notice window, open requests due within REQUEST_DAYS).

    "expiring" is the retention state of a consent ending within the first (largest) notice window;
    an overdue request is due within 7 days too."""
    expiring = sum(1 for a in vault.retention.status(as_of=as_of) if a.state == "expiring")
    limit = as_of + dt.timedelta(days=REQUEST_DAYS)
    requests = sum(1 for r in vault.rights.list(as_of=as_of, only_open=True) if r.deadline <= limit)
    return expiring, requests


def message_text(expiring: int, requests: int) -> str:
    """The notification text, or "" when there is nothing to say."""
    parts = []
    if expiring:
        parts.append(QCoreApplication.translate("Notifier", "Consents ending soon: {0}.").format(expiring))
    if requests:
        parts.append(
            QCoreApplication.translate("Notifier", "Rights requests due within 7 days: {0}.").format(requests)
        )
    return " ".join(parts)


class Notifier(QObject):
    """Checks on every unlock and then every ``interval_ms`` while unlocked; emits ``notified(text)``."""

    notified = Signal(str)

    def __init__(self, window: MainWindow, interval_ms: int = DAY_MS) -> None:
        super().__init__(window)
        self.window = window
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        window.unlocked.connect(self._on_unlocked)
        window.locked.connect(self.timer.stop)

    def set_interval(self, msecs: int) -> None:
        self.timer.setInterval(msecs)

    def _on_unlocked(self) -> None:
        self.timer.start()
        self.check()

    def check(self) -> None:
        vault = self.window.vault
        if vault is None or not vault.unlocked:
            return
        job = self.window.worker.submit(lambda _job: counts(vault, vault.today()))
        job.finished.connect(lambda result: self._show(message_text(*result)))

    def _show(self, text: str) -> None:
        if not text or self.window.workspace is None:
            return  # locked meanwhile: stay quiet
        title = self.tr("CandidateVault")
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                icon = self.window.windowIcon()
                if icon.isNull():  # a tray icon without an icon is not shown on some platforms
                    icon = self.window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
                self.tray = QSystemTrayIcon(icon, self)
            self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
        else:
            self.window.statusBar().showMessage(text, STATUS_MS)
        self.notified.emit(text)
