"""Hooks issue 9's screens into the main window: the dashboard (start screen after unlock), the bulk
purge review, and their View-menu entries. The window calls ``add_menu`` once and ``attach`` per unlock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from app.ui.bulk_purge import BulkPurgePage
from app.ui.dashboard import DashboardPage

if TYPE_CHECKING:
    from app.ui.window import MainWindow, Workspace


def add_menu(window: MainWindow) -> None:
    menu = window.view_menu
    window.overview_action = QAction(QCoreApplication.translate("RetentionPages", "&Overview"), window)
    window.overview_action.setShortcut(QKeySequence("Ctrl+1"))
    window.overview_action.triggered.connect(lambda: show(window, "dashboard"))
    window.candidates_action = QAction(QCoreApplication.translate("RetentionPages", "&Candidates"), window)
    window.candidates_action.setShortcut(QKeySequence("Ctrl+2"))
    window.candidates_action.triggered.connect(lambda: show(window, "list"))
    window.bulk_purge_action = QAction(
        QCoreApplication.translate("RetentionPages", "&Bulk purge review…"), window
    )
    window.bulk_purge_action.triggered.connect(lambda: show(window, "bulk_purge"))
    window.settings_action = QAction(QCoreApplication.translate("RetentionPages", "&Settings…"), window)
    window.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
    window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.settings_action.triggered.connect(lambda: open_settings(window))
    actions = [
        window.overview_action,
        window.candidates_action,
        window.bulk_purge_action,
        window.settings_action,
    ]
    for action in actions:
        menu.addAction(action)
    window.unlocked_actions.extend(actions)


def attach(window: MainWindow, ws: Workspace) -> None:
    assert window.vault is not None
    dashboard = DashboardPage(window.vault, window.worker)
    bulk = BulkPurgePage(window.vault, window.worker)
    ws.add_page("dashboard", dashboard)
    ws.add_page("bulk_purge", bulk)
    dashboard.open_candidate.connect(ws.open_candidate)
    dashboard.purge_requested.connect(lambda: show(window, "bulk_purge"))
    bulk.back.connect(lambda: show(window, "dashboard"))
    bulk.purged.connect(lambda _r: dashboard.reload())
    bulk.purged.connect(lambda _r: ws.list.reload())
    ws.detail.changed.connect(lambda *_a: dashboard.reload())
    ws.show_page("dashboard")
    dashboard.reload()


def show(window: MainWindow, key: str) -> None:
    ws = window.workspace
    if ws is None:
        return
    ws.show_page(key)
    page = ws.pages[key]
    if key in ("dashboard", "bulk_purge"):
        page.reload()  # type: ignore[attr-defined]


def open_settings(window: MainWindow) -> None:
    if window.vault is None or window.workspace is None:
        return
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.vault, window)
    dialog.exec()
    dialog.deleteLater()
