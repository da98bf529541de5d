"""Desktop notifications (issue 9): on unlock and once a day while the vault is open, say how many
consents end within the first notice window and how many rights requests are due within 7 days.

Counts only — never a name — because a tray message may show on a shared or locked screen.
The counts are the overview's (app/ui/dashboard.py): it reads every candidate's state when the vault
unlocks anyway, and a second pass of its own cost the notifier as long again (1.4 s at 100,000
candidates, ahead of the overview on the worker). The text is a small pure function for tests.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QStyle, QSystemTrayIcon

from app.ui.dashboard import DashboardPage
from app.ui.dashboard_data import DashboardData

if TYPE_CHECKING:
    from app.ui.window import MainWindow

REQUEST_DAYS = 7
DAY_MS = 24 * 60 * 60 * 1000
STATUS_MS = 60_000  # how long the status-bar fallback stays


def counts(data: DashboardData) -> tuple[int, int]:
    """(consents ending within the first notice window, open requests due within REQUEST_DAYS).

    "expiring" is the retention state of a consent ending within the first (largest) notice window;
    an overdue request is due within 7 days too."""
    limit = data.as_of + dt.timedelta(days=REQUEST_DAYS)
    return len(data.expiring), sum(1 for r in data.requests if r.deadline <= limit)


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
    """Tells the overview's counts when it loads after an unlock, and every ``interval_ms`` while unlocked
    (reloading the overview then); emits ``notified(text)``."""

    notified = Signal(str)

    def __init__(self, window: MainWindow, interval_ms: int = DAY_MS) -> None:
        super().__init__(window)
        self.window = window
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self._pending = False  # the next time the overview loads, its counts are told
        window.unlocked.connect(self._on_unlocked)
        window.locked.connect(self.timer.stop)

    def set_interval(self, msecs: int) -> None:
        self.timer.setInterval(msecs)

    def _overview(self) -> DashboardPage | None:
        workspace = self.window.workspace
        page = None if workspace is None else workspace.pages.get("dashboard")
        return page if isinstance(page, DashboardPage) else None

    def _on_unlocked(self) -> None:
        self.timer.start()
        overview = self._overview()
        if overview is not None:  # it loads on its own after an unlock (app/ui/retention_pages.py)
            self._pending = True
            overview.loaded.connect(self._overview_loaded)

    def check(self) -> None:
        vault, overview = self.window.vault, self._overview()
        if vault is None or not vault.unlocked or overview is None:
            return
        self._pending = True
        overview.reload()

    def _overview_loaded(self) -> None:
        overview = self._overview()
        if not self._pending or overview is None or overview.data is None:
            return
        self._pending = False
        self._show(message_text(*counts(overview.data)))

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
