"""No typed change is lost silently: leaving a candidate, closing the window or locking asks Save / Discard /
Cancel; locking when idle cannot ask, so the lock screen says what was dropped."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui.window import MainWindow
from app.vault import Vault

Button = QMessageBox.StandardButton


@pytest.fixture
def on_candidate(qtbot, window: MainWindow) -> tuple[MainWindow, int]:  # type: ignore[no-untyped-def]
    vault: Vault = window.vault
    cid = vault.candidates.add(first_name="Griet", last_name="Vandenbroucke", email="griet@example.be")
    window.workspace.open_candidate(cid)
    window.workspace.detail.profile.form.editors["phone"].setText("+32 470 12 34 56")
    return window, cid


def answered(text: list[str], button: Button):  # type: ignore[no-untyped-def]
    """An answer for expect_dialog that notes the dialog's text first."""

    def answer(box: QMessageBox) -> None:
        text.append(f"{box.text()} {box.informativeText()}")
        box.button(button).click()

    return answer


def phone(window: MainWindow, cid: int) -> str | None:
    return window.vault.candidates.get(cid, audit=False).fields["phone"]


def test_leaving_asks_and_cancel_stays_with_the_typed_values(on_candidate, expect_dialog) -> None:  # type: ignore[no-untyped-def]
    window, cid = on_candidate
    ws = window.workspace
    seen: list[str] = []
    expect_dialog(answer=answered(seen, Button.Cancel))
    window.back_action.trigger()
    assert seen == [
        "The profile of Griet Vandenbroucke has changes that are not saved. "
        "Save them before you leave this candidate?"
    ]
    assert ws.currentWidget() is ws.detail
    assert ws.detail.profile.form.value("phone") == "+32 470 12 34 56"
    assert phone(window, cid) is None
    expect_dialog(answer=Button.Discard)
    window.show_list()


def test_discard_restores_what_the_vault_holds(on_candidate, expect_dialog) -> None:  # type: ignore[no-untyped-def]
    window, cid = on_candidate
    ws = window.workspace
    expect_dialog(answer=Button.Discard)
    window.rights_action.trigger()  # another page, from the View menu
    assert ws.currentWidget() is ws.pages["rights"]
    assert ws.detail.profile.form.value("phone") is None
    assert phone(window, cid) is None
    ws.open_candidate(cid)
    window.show_list()  # nothing typed since: no question
    assert ws.currentWidget() is ws.list


def test_save_persists_and_a_refused_save_stays(on_candidate, expect_dialog) -> None:  # type: ignore[no-untyped-def]
    window, cid = on_candidate
    ws = window.workspace
    ws.detail.profile.form.editors["email"].setText("not an address")
    expect_dialog(answer=Button.Save)
    window.show_list()
    assert ws.currentWidget() is ws.detail  # refused: the reason beside the field, nothing lost
    assert ws.detail.profile.form.errors["email"].text() == "email is not a valid e-mail address"
    assert phone(window, cid) is None

    ws.detail.profile.form.editors["email"].setText("griet@example.be")
    expect_dialog(answer=Button.Save)
    window.show_list()
    assert ws.currentWidget() is ws.list
    assert phone(window, cid) == "+32 470 12 34 56"


def test_closing_the_window_asks_and_cancel_keeps_it_open(on_candidate, expect_dialog) -> None:  # type: ignore[no-untyped-def]
    window, cid = on_candidate
    expect_dialog(answer=Button.Cancel)
    assert not window.close()
    assert window.isVisible() and window.workspace is not None
    expect_dialog(answer=Button.Save)
    assert window.close()
    assert phone_after_close(window, cid) == "+32 470 12 34 56"


def phone_after_close(window: MainWindow, cid: int) -> str | None:
    from tests.conftest import PASSPHRASE

    window.vault.unlock(PASSPHRASE)
    return phone(window, cid)


def test_locking_asks_and_the_idle_lock_says_what_it_dropped(on_candidate, expect_dialog) -> None:  # type: ignore[no-untyped-def]
    window, cid = on_candidate
    expect_dialog(answer=Button.Cancel)
    window.lock_action.trigger()
    assert window.workspace is not None  # stayed unlocked, the typed phone kept
    window.idle.idle.emit()  # nobody at the desk: no question
    assert window.workspace is None
    assert window.centralWidget().message.text() == (
        "The vault locked itself: the profile changes that were not saved are discarded."
    )
    assert phone_after_close(window, cid) is None
