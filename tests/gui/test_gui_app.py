"""The desktop app driven through its real widgets (offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.ui.lockscreen import LockScreen
from app.ui.profile import NewCandidateDialog
from app.ui.welcome import CreateVaultDialog, RecoveryKeyDialog, WelcomeScreen
from app.ui.window import MainWindow
from app.vault import Vault
from tests.conftest import PASSPHRASE, FullDisk
from tests.corpus_files import CORPUS
from tests.gui.conftest import unlock

PERSON = {"first_name": "Griet", "last_name": "Vandenbroucke", "email": "griet.vdb@example.be"}


def add_through_dialog(qtbot, win: MainWindow, values: dict[str, str]) -> int:  # type: ignore[no-untyped-def]
    dialog = NewCandidateDialog(win.vault, win)
    qtbot.addWidget(dialog)
    for name, value in values.items():
        qtbot.keyClicks(dialog.form.editors[name], value)
    dialog.save()
    assert dialog.candidate_id is not None
    win.workspace.list.reload()
    qtbot.waitUntil(lambda: not win.workspace.list.model.busy)
    return dialog.candidate_id


def test_create_vault_from_the_welcome_screen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    location = str(tmp_path / "new" / "vault.sqlite3")
    win = MainWindow(location)
    qtbot.addWidget(win)
    assert isinstance(win.centralWidget(), WelcomeScreen)
    dialog = CreateVaultDialog(location, win)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "short")
    assert not dialog.create_button.isEnabled()
    assert "Too short" in dialog.hint.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE + "x")
    assert not dialog.create_button.isEnabled()
    assert "differ" in dialog.message.text()
    dialog.repeat.setText(PASSPHRASE)
    assert dialog.create_button.isEnabled()
    dialog.create_button.click()
    assert dialog.vault is not None and dialog.vault.unlocked
    assert Path(location).exists()

    shown = RecoveryKeyDialog(dialog.recovery_key, win)
    qtbot.addWidget(shown)
    assert shown.key.text() == dialog.recovery_key
    assert not shown.continue_button.isEnabled()  # must tick "I have stored it" first
    shown.accept()
    assert shown.result() != RecoveryKeyDialog.DialogCode.Accepted
    shown.stored.setChecked(True)
    assert shown.continue_button.isEnabled()

    win.adopt(dialog.vault, location)
    qtbot.waitUntil(lambda: win.workspace is not None and not win.workspace.list.model.busy)
    assert win.workspace.list.model.rowCount() == 0
    win.close()


def test_add_edit_search_candidate(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    cid = add_through_dialog(qtbot, window, PERSON)
    add_through_dialog(qtbot, window, {"first_name": "Pieter", "last_name": "Claes"})
    page = window.workspace.list
    assert page.model.rowCount() == 2

    qtbot.keyClicks(page.search, "vandenbr")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.busy)
    index = page.model.index(0, 0)
    assert index.data() == "Griet Vandenbroucke"
    page.table.setCurrentIndex(index)
    page.table.activated.emit(index)
    detail = window.workspace.detail
    assert window.workspace.currentWidget() is detail
    assert detail.title.text() == "Griet Vandenbroucke"

    profile = detail.profile
    email = profile.form.editors["email"]
    email.setText("not an address")
    profile.save_button.click()
    error = profile.form.errors["email"]
    assert error.text() == "email is not a valid e-mail address"
    assert not error.isHidden()
    assert window.vault.candidates.get(cid, audit=False).fields["email"] == PERSON["email"]

    email.setText("griet@example.be")
    profile.form.editors["phone"].setText("+32 470 12 34 56")
    profile.save_button.click()
    assert error.isHidden()
    assert profile.status.text() == "Saved."
    fields = window.vault.candidates.get(cid, audit=False).fields
    assert fields["email"] == "griet@example.be" and fields["phone"] == "+32 470 12 34 56"

    qtbot.waitUntil(lambda: not page.model.busy)  # the list reloads after a save
    page.search.clear()
    qtbot.keyClicks(page.search, "griet@")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.busy)


def test_add_document_and_preview(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    cid = add_through_dialog(qtbot, window, PERSON)
    window.workspace.open_candidate(cid)
    tab = window.workspace.detail.documents
    source = CORPUS / "good" / "eurotext-multilingual-utf8.txt"
    tab.add_files([source, CORPUS / "good" / "nl-zoekhulp-verslagleggen.docx"])
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2, timeout=60_000)
    tab.table.setCurrentCell(0, 0)
    qtbot.waitUntil(lambda: bool(tab.preview.text.toPlainText()), timeout=30_000)


def visible_texts(widget_root: list[QWidget]) -> list[str]:
    """Every text a widget holds: labels, fields, item views' model data, window titles."""
    texts: list[str] = []
    for widget in widget_root:
        texts.append(widget.windowTitle())
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for col in range(model.columnCount()):
                    texts.append(str(model.index(row, col).data() or ""))
    return texts


def test_lock_hides_personal_data_and_unlock_brings_it_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    cid = add_through_dialog(qtbot, window, {**PERSON, "phone": "+32 471 98 76 54"})
    window.workspace.open_candidate(cid)
    secrets = ["Griet", "Vandenbroucke", "griet.vdb@example.be", "+32 471 98 76 54"]
    assert any(s in t for t in visible_texts(QApplication.allWidgets()) for s in secrets)  # can fail

    # Lock on demand: Ctrl+L, app-wide. (Offscreen, no window is ever "active", so Qt delivers no
    # shortcut at all; the test checks the binding and triggers the action the shortcut fires.)
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.lock_action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    window.lock_action.trigger()
    assert isinstance(window.centralWidget(), LockScreen)
    assert not window.vault.unlocked  # keys dropped
    leaked = [t for t in visible_texts(QApplication.allWidgets()) for s in secrets if s in t]
    assert leaked == []

    screen = window.centralWidget()
    screen.secret.setText("wrong passphrase!!")
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: "Wrong passphrase" in screen.message.text(), timeout=20_000)
    assert not window.vault.unlocked

    unlock(qtbot, window, PASSPHRASE)
    assert window.vault.unlocked
    names = [
        window.workspace.list.model.index(r, 0).data() for r in range(window.workspace.list.model.rowCount())
    ]
    assert names == ["Griet Vandenbroucke"]


def test_recovery_key_unlocks(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    location = tmp_path / "rk.sqlite3"
    vault, recovery = Vault.create(location, PASSPHRASE)
    vault.lock()
    win = MainWindow(str(location), vault)
    qtbot.addWidget(win)
    screen = win.centralWidget()
    screen.recovery_button.click()
    assert "Recovery key" in screen.secret_label.text()
    screen.secret.setText("AAAA-BBBB")
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: "recovery key does not open" in screen.message.text(), timeout=20_000)
    unlock(qtbot, win, recovery)
    assert vault.unlocked
    win.close()


def test_auto_lock_after_idle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    add_through_dialog(qtbot, window, PERSON)
    assert window.idle.timer.isActive()
    assert window.idle.timer.interval() == 10 * 60_000  # session.idle_lock_minutes default
    window.idle.set_interval(30)
    window.idle.start()
    qtbot.waitUntil(lambda: isinstance(window.centralWidget(), LockScreen), timeout=5_000)
    assert not window.vault.unlocked
    assert not window.idle.timer.isActive()  # input while locked does not re-arm it


def test_idle_timer_restarts_on_input(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.idle.timer.setTimerType(Qt.TimerType.PreciseTimer)
    window.idle.set_interval(60_000)
    window.idle.start()
    start = window.idle.timer.remainingTime()
    qtbot.waitUntil(lambda: window.idle.timer.remainingTime() < start - 30)
    waited = window.idle.timer.remainingTime()
    qtbot.keyClick(window.workspace.list.search, Qt.Key.Key_A)
    assert window.idle.timer.remainingTime() > waited + 20  # re-armed to the full interval


def test_unlocking_on_a_full_disk_opens_the_vault_and_says_so_until_locked(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, disk: FullDisk
) -> None:
    assert not window.disk_full_label.isVisible()
    window.lock()
    disk.full = True
    unlock(qtbot, window, PASSPHRASE)
    assert window.workspace is not None
    assert window.disk_full_label.isVisible()
    assert "disk is full" in window.disk_full_label.text()
    disk.full = False
    window.lock()
    assert not window.disk_full_label.isVisible()
