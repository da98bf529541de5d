"""Hooks issue 9's screens into the main window: the dashboard (start screen after unlock), the bulk
purge review, and their View-menu entries. The window calls ``add_menu`` once and ``attach`` per unlock."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence

from app.ui.bulk_purge import BulkPurgePage
from app.ui.dashboard import DashboardPage
from app.ui.reminders_page import RemindersPage
from app.ui.rights_page import RightsPage

if TYPE_CHECKING:
    from app.ui.window import MainWindow, Workspace


def add_menu(window: MainWindow) -> None:
    """View menu: Overview, Candidates, Bulk purge review, Settings (set as ``window.<name>_action``)."""
    entries: list[tuple[str, str, QKeySequence | None, Callable[[], None]]] = [
        (
            "overview",
            QCoreApplication.translate("RetentionPages", "&Overview"),
            QKeySequence("Ctrl+1"),
            lambda: show(window, "dashboard"),
        ),
        (
            "candidates",
            QCoreApplication.translate("RetentionPages", "&Candidates"),
            QKeySequence("Ctrl+2"),
            lambda: show(window, "list"),
        ),
        (
            "bulk_purge",
            QCoreApplication.translate("RetentionPages", "&Bulk purge review…"),
            None,
            lambda: show(window, "bulk_purge"),
        ),
        (
            "reminders",
            QCoreApplication.translate("RetentionPages", "&Renewal reminders"),
            None,
            lambda: show(window, "reminders"),
        ),
        (
            "rights",
            QCoreApplication.translate("RetentionPages", "Rights re&quests"),
            None,
            lambda: show(window, "rights"),
        ),
        (
            "settings",
            QCoreApplication.translate("RetentionPages", "&Settings…"),
            QKeySequence("Ctrl+,"),  # Preferences has no standard key on Linux; Cmd+, on macOS
            lambda: open_settings(window),
        ),
    ]
    for name, text, keys, slot in entries:
        action = QAction(text, window)
        if keys is not None:
            action.setShortcut(keys)
        if name == "settings":
            action.setMenuRole(QAction.MenuRole.PreferencesRole)
        action.triggered.connect(slot)
        window.view_menu.addAction(action)
        window.unlocked_actions.append(action)
        setattr(window, f"{name}_action", action)


def attach(window: MainWindow, ws: Workspace) -> None:
    assert window.vault is not None
    dashboard = DashboardPage(window.vault, window.worker, ws.bus)
    bulk = BulkPurgePage(window.vault, window.worker, ws.bus)
    ws.add_page("dashboard", dashboard)
    ws.add_page("bulk_purge", bulk)
    reminders = RemindersPage(window.vault, window.worker, ws.bus)
    rights = RightsPage(window.vault, window.worker, ws.bus)
    ws.add_page("reminders", reminders)
    ws.add_page("rights", rights)
    for page in (reminders, rights):
        page.open_candidate.connect(ws.open_candidate)
    dashboard.open_candidate.connect(ws.open_candidate)
    dashboard.purge_requested.connect(lambda: show(window, "bulk_purge"))
    bulk.back.connect(lambda: show(window, "dashboard"))

    def register_request(candidate_id: int) -> None:
        show(window, "rights")
        rights.register(candidate_id)

    ws.detail.rights_request.connect(register_request)
    ws.show_page("dashboard")
    # Queued after the window's list reload: the list (and its event-loop budget) comes first on the
    # worker; the overview follows as soon as the list is in.
    QTimer.singleShot(0, dashboard.reload)


def show(window: MainWindow, key: str) -> None:
    ws = window.workspace
    if ws is None:
        return
    if not ws.show_page(key):
        return  # the person stayed with an unsaved profile
    page = ws.pages[key]
    if key in ("dashboard", "bulk_purge", "reminders", "rights"):
        page.reload()  # type: ignore[attr-defined]


def open_settings(window: MainWindow) -> None:
    if window.vault is None or window.workspace is None:
        return
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.vault, window, window.worker)
    dialog.exec()
    dialog.deleteLater()
