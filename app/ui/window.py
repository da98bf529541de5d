"""The main window: welcome, lock screen or workspace as its central widget; menus; auto-lock.

While locked the workspace does not exist: locking wipes every model and field, then replaces the
central widget with the lock screen, so no personal data stays on screen or in a widget.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from app.errors import VaultError
from app.ui import retention_pages
from app.ui.detail import CandidatePage
from app.ui.idle import IdleWatcher
from app.ui.list_page import CandidateListPage
from app.ui.lockscreen import LockScreen
from app.ui.notifications import Notifier
from app.ui.opening import open_vault
from app.ui.operation import ChangeBus, Changes
from app.ui.profile import NewCandidateDialog
from app.ui.welcome import CreateVaultDialog, RecoveryKeyDialog, WelcomeScreen
from app.ui.worker import VaultWorker
from app.vault import Vault

DEFAULT_IDLE_MINUTES = 10


class Workspace(QStackedWidget):
    """What an unlocked vault shows. Issue 9's dashboard and settings come in through ``add_page``."""

    def __init__(self, vault: Vault, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.bus = ChangeBus(self)  # what an operation changed; every page refreshes what it shows of it
        self.list = CandidateListPage(vault, worker)
        self.detail = CandidatePage(vault, worker, self.bus)
        self.pages: dict[str, QWidget] = {"list": self.list, "detail": self.detail}
        self.addWidget(self.list)
        self.addWidget(self.detail)
        self.list.open_candidate.connect(self.open_candidate)
        self.detail.back.connect(lambda: self.go(self.list))
        self.bus.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        """The list's rows of the changed candidates; a purge reloads it and leaves a page on the purged."""
        for candidate_id in changes.candidates - changes.purged:
            self.list.refresh_candidate(candidate_id)
        if not changes.purged:
            return
        self.list.reload()
        if self.detail.candidate_id in changes.purged:
            self.detail.wipe()
            if self.currentWidget() is self.detail:
                self.setCurrentWidget(self.list)

    def add_page(self, key: str, widget: QWidget) -> None:
        self.pages[key] = widget
        self.addWidget(widget)

    def show_page(self, key: str) -> bool:
        return self.go(self.pages[key])

    def go(self, page: QWidget) -> bool:
        """Show ``page``; leaving a candidate with unsaved changes asks first. False: the person stayed."""
        if self.currentWidget() is self.detail and page is not self.detail and not self.detail.may_leave():
            return False
        self.setCurrentWidget(page)
        return True

    def may_close(self) -> bool:
        """False when the person chose to stay with unsaved changes (Cancel)."""
        return self.currentWidget() is not self.detail or self.detail.may_leave()

    def open_candidate(self, candidate_id: int) -> None:
        if self.currentWidget() is self.detail and not self.detail.may_leave():
            return  # showing any candidate (this one again, too) would replace what was typed
        try:
            self.detail.show_candidate(candidate_id)
        except VaultError as exc:
            QMessageBox.warning(self, self.tr("Candidate"), str(exc))
            return
        self.setCurrentWidget(self.detail)

    def wipe(self) -> None:
        for page in self.pages.values():
            wipe = getattr(page, "wipe", None)
            if wipe is not None:
                wipe()


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, location: str, vault: Vault | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.location = location
        self.vault = vault
        self.worker = VaultWorker(self)
        self.workspace: Workspace | None = None
        self.demo_passphrase = ""  # a throwaway demo vault shows its passphrase in the title
        self.idle = IdleWatcher(DEFAULT_IDLE_MINUTES * 60_000, self)
        self.idle.idle.connect(self.lock)
        QApplication.instance().installEventFilter(self.idle)  # type: ignore[union-attr]
        self._build_menus()
        self.notifier = Notifier(self)  # issue 9: tray message on unlock and daily
        # Said for as long as the vault is open: an unlock on a full disk reads, but saves fail.
        self.disk_full_label = QLabel(
            self.tr("The disk is full: you can read the vault, but nothing can be saved until space is free.")
        )
        self.disk_full_label.setObjectName("diskFullWarning")
        self.disk_full_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.statusBar().addPermanentWidget(self.disk_full_label)
        self.disk_full_label.hide()
        self._restore_geometry()
        if vault is None:
            self._show_welcome()
        else:
            self._show_lock_screen()

    # ---- menus ----

    def _action(
        self, text: str, slot: object, keys: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(keys if isinstance(keys, QKeySequence) else QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_vault_action = self._action(self.tr("&New vault…"), self.new_vault)
        self.open_vault_action = self._action(
            self.tr("&Open vault…"), self.open_vault, QKeySequence.StandardKey.Open
        )
        self.lock_action = self._action(self.tr("&Lock"), self.lock_now, "Ctrl+L")
        # Locks from any window of the app (a dialog too), as a safety shortcut should.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (
            self.new_vault_action,
            self.open_vault_action,
            None,
            self.lock_action,
            None,
            self.quit_action,
        ):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        cand = bar.addMenu(self.tr("&Candidate"))
        self.new_candidate_action = self._action(
            self.tr("&New candidate…"), self.new_candidate, QKeySequence.StandardKey.New
        )
        self.find_action = self._action(self.tr("&Find…"), self.focus_search, QKeySequence.StandardKey.Find)
        self.refresh_action = self._action(
            self.tr("&Reload list"), self.reload_list, QKeySequence.StandardKey.Refresh
        )
        self.back_action = self._action(
            self.tr("&All candidates"), self.show_list, QKeySequence.StandardKey.Back
        )
        for action in (self.new_candidate_action, self.find_action, self.refresh_action, self.back_action):
            cand.addAction(action)
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(
            self.tr("&Undo profile change"), self.undo_profile_change, QKeySequence.StandardKey.Undo
        )
        self.undo_action.setEnabled(False)
        edit.addAction(self.undo_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        help_menu = bar.addMenu(self.tr("&Help"))
        about = self._action(self.tr("&About CandidateVault"), self.about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)
        self.unlocked_actions = [
            self.lock_action,
            self.new_candidate_action,
            self.find_action,
            self.refresh_action,
            self.back_action,
        ]
        retention_pages.add_menu(self)  # issue 9: overview, bulk purge, settings

    def _set_unlocked_actions(self, enabled: bool) -> None:
        for action in self.unlocked_actions:
            action.setEnabled(enabled)

    # ---- states ----

    def _title(self) -> None:
        if self.demo_passphrase:
            self.setWindowTitle(self.tr("CandidateVault demo — passphrase: {0}").format(self.demo_passphrase))
            return
        name = Path(self.location).name if self.vault is not None else ""
        self.setWindowTitle(self.tr("CandidateVault") + (f" — {name}" if name else ""))

    def _show_welcome(self) -> None:
        self._set_unlocked_actions(False)
        welcome = WelcomeScreen(self.location)
        welcome.create_requested.connect(lambda _loc: self.new_vault())
        welcome.open_requested.connect(self.open_location)
        self._replace_central(welcome)
        self._title()

    def _show_lock_screen(self) -> LockScreen:
        assert self.vault is not None
        self._set_unlocked_actions(False)
        screen = LockScreen(self.vault, self.worker, self.location)
        screen.unlocked.connect(self._on_unlocked)
        self._replace_central(screen)
        self._title()
        return screen

    def _replace_central(self, widget: QWidget) -> None:
        old = self.takeCentralWidget()
        self.setCentralWidget(widget)
        if old is not None:
            old.hide()
            old.deleteLater()

    def _on_unlocked(self) -> None:
        assert self.vault is not None
        self.workspace = Workspace(self.vault, self.worker)
        self.workspace.detail.profile.undo_available.connect(self.undo_action.setEnabled)
        retention_pages.attach(self, self.workspace)  # issue 9: the dashboard is the start screen
        self._replace_central(self.workspace)
        self._set_unlocked_actions(True)
        self._title()
        self.disk_full_label.setVisible(bool(self.vault.queued_events))
        try:
            minutes = int(self.vault.settings().get("session.idle_lock_minutes"))
        except (VaultError, ValueError):
            minutes = DEFAULT_IDLE_MINUTES
        self.idle.set_interval(minutes * 60_000)
        self.idle.start()
        self.workspace.list.reload()
        self.unlocked.emit()

    def lock_now(self) -> None:
        """Lock at the person's request: unsaved profile changes are saved or discarded first (or Cancel)."""
        if self.workspace is not None and not self.workspace.may_close():
            return
        self.lock()

    def lock(self) -> None:
        """Drop the keys and every decrypted value; show the lock screen. Locking when idle cannot ask:
        typed profile changes are dropped with every other decrypted value, and the lock screen says so."""
        if self.vault is None or self.workspace is None:
            return
        lost = bool(self.workspace.detail.profile.changes())
        self.idle.stop()
        self.worker.cancel_all()
        self.workspace.wipe()
        self.workspace = None
        self.vault.lock()
        self.disk_full_label.hide()
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isWindow() and widget.isVisible() and widget.parent() is self:
                widget.close()  # open dialogs may show personal data
        screen = self._show_lock_screen()
        if lost:
            screen.message.setText(
                self.tr("The vault locked itself: the profile changes that were not saved are discarded.")
            )
        self.locked.emit()

    # ---- actions ----

    def new_vault(self) -> None:
        dialog = CreateVaultDialog(self.location if self.vault is None else "", self)
        if dialog.exec() != CreateVaultDialog.DialogCode.Accepted or dialog.vault is None:
            return
        RecoveryKeyDialog(dialog.recovery_key, self).exec()
        self.adopt(dialog.vault, dialog.location.text().strip())

    def adopt(self, vault: Vault, location: str) -> None:
        """Work on ``vault`` from now on: the workspace if it is unlocked, else the lock screen."""
        self._switch_vault(vault, location)
        if vault.unlocked:
            self._on_unlocked()
        else:
            self._show_lock_screen()

    def open_vault(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from app.ui.welcome import VAULT_FILTER

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a vault"), "", VAULT_FILTER)
        if path:
            self.open_location(path)

    def open_location(self, location: str) -> None:
        try:
            vault = open_vault(location, self)
        except VaultError as exc:
            QMessageBox.warning(self, self.tr("Open a vault"), str(exc))
            return
        self.adopt(vault, location)

    def _switch_vault(self, vault: Vault, location: str) -> None:
        if self.workspace is not None:
            self.workspace.wipe()
            self.workspace = None
        self.worker.wait()
        if self.vault is not None:
            self.vault.close()
        self.vault, self.location = vault, location

    def new_candidate(self) -> None:
        if self.vault is None or self.workspace is None:
            return
        dialog = NewCandidateDialog(self.vault, self)
        accepted = dialog.exec() == NewCandidateDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted and dialog.candidate_id is not None:
            self.workspace.list.refresh_candidate(dialog.candidate_id)
            self.workspace.open_candidate(dialog.candidate_id)

    def focus_search(self) -> None:
        if self.workspace is not None:
            if not self.workspace.go(self.workspace.list):
                return
            self.workspace.list.search.setFocus()
            self.workspace.list.search.selectAll()

    def reload_list(self) -> None:
        if self.workspace is not None:
            self.workspace.list.reload()

    def show_list(self) -> None:
        if self.workspace is not None:
            self.workspace.go(self.workspace.list)

    def undo_profile_change(self) -> None:
        """Undo the last saved profile change of the candidate shown (typing in a field undoes itself)."""
        if self.workspace is not None and self.workspace.currentWidget() is self.workspace.detail:
            self.workspace.detail.profile.undo()

    def about(self) -> None:
        from app import __version__

        QMessageBox.about(
            self,
            self.tr("About CandidateVault"),
            self.tr(
                "CandidateVault {0}\nCandidates' personal data, encrypted and kept only as long as allowed."
            ).format(__version__),
        )

    # ---- window state ----

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 700)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None and not self.workspace.may_close():
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        self.idle.stop()
        QApplication.instance().removeEventFilter(self.idle)  # type: ignore[union-attr]
        if self.workspace is not None:
            self.workspace.wipe()
        self.worker.wait(5000)
        if self.vault is not None:
            self.vault.lock()
        super().closeEvent(event)
