"""Issue 9 reminders and rights-request views through the real widgets (today 2026-03-02)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.ui.labels import date_text
from app.ui.purge_dialogs import ConfirmErasureDialog
from app.ui.rights_page import RegisterRequestDialog
from app.ui.window import MainWindow
from app.vault import Vault
from tests.gui.retention_data import D, seed


@pytest.fixture
def seeded(vault: Vault) -> dict[str, int]:
    return seed(vault, extra_due=0)


def test_renewal_recorded_in_reminders_view_ends_the_notice(qtbot, win: MainWindow, seeded) -> None:  # type: ignore[no-untyped-def]
    page = win.workspace.pages["reminders"]
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        win.reminders_action.trigger()
    assert [n.candidate_id for n in page.notices] == [seeded["D"]]
    page.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.renewed_button.click()
    assert page.notices == []
    assert win.vault.retention.status([seeded["D"]])[0].state == "pool"


def test_rights_view_lists_marks_done_and_registers(qtbot, win: MainWindow, seeded) -> None:  # type: ignore[no-untyped-def]
    page = win.workspace.pages["rights"]
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        win.rights_action.trigger()
    assert [r.candidate_id for r in page.requests] == [seeded["G"], seeded["C"]]
    assert page.table.item(0, 5).text() == "Overdue by 15 days"
    assert page.table.item(0, 5).foreground().color().name() == "#c62828"
    page.table.selectRow(0)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.done_button.click()
    assert [r.candidate_id for r in page.requests] == [seeded["C"]]
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.submit_request(seeded["A"], "access", D(2026, 3, 1))
    assert {r.candidate_id for r in page.requests} == {seeded["C"], seeded["A"]}
    assert [page.table.item(r, 5).text() for r in range(2)] == ["18 days left", "30 days left"]


def test_register_request_from_the_candidates_page(qtbot, win: MainWindow, seeded, expect_dialog) -> None:  # type: ignore[no-untyped-def]
    cid = seeded["A"]
    win.workspace.open_candidate(cid)
    page = win.workspace.pages["rights"]
    seen: list[tuple[int, str]] = []

    def accept(dialog: RegisterRequestDialog) -> None:
        qtbot.waitUntil(lambda: dialog.picker.selected_id() is not None, timeout=20_000)
        seen.append((dialog.values()[0], dialog.picker.matches.currentItem().text()))
        dialog.accept()

    expect_dialog(answer=accept)
    win.workspace.detail.request_button.click()
    # The dialog came with this candidate picked, by name.
    assert seen == [(cid, f"Anouk Peeters  ·  anouk@example.be  (#{cid})")]
    qtbot.waitUntil(lambda: cid in {r.candidate_id for r in page.requests}, timeout=20_000)
    request = next(r for r in page.requests if r.candidate_id == cid)
    assert page.status.text() == f"Access #{request.id} registered: answer by {date_text(request.deadline)}."


def pick(qtbot, dialog: RegisterRequestDialog, words: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Type in the dialog's search, take the one match, choose the kind."""
    with qtbot.waitSignal(dialog.picker.searched, timeout=20_000):
        dialog.picker.search.setText(words)
    assert dialog.picker.matches.count() == 1
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


def test_an_erasure_registered_in_the_app_needs_the_last_name_typed(  # type: ignore[no-untyped-def]
    qtbot, win: MainWindow, seeded, expect_dialog
) -> None:
    vault = win.vault
    cid = vault.candidates.add(first_name="Zoë", last_name="Dupré-Lefèvre", email="zoe@example.be")
    page = win.workspace.pages["rights"]
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        win.rights_action.trigger()

    def register(dialog: RegisterRequestDialog) -> None:
        assert not dialog.ok.isEnabled()  # nobody picked yet: a bare number is never taken
        pick(qtbot, dialog, "Dupré", "erasure")
        assert dialog.ok.isEnabled()
        dialog.accept()

    def cancel(dialog: ConfirmErasureDialog) -> None:
        dialog.typed.setText("Dupre")  # only part of the name
        assert not dialog.ok.isEnabled()
        dialog.reject()

    expect_dialog(answer=register)
    expect_dialog(answer=cancel)
    page.register_button.click()
    qtbot.waitUntil(lambda: page.status.text() != "", timeout=20_000)
    assert page.status.text() == "Nothing was registered or deleted."
    assert vault.rights.list(candidate_id=cid) == []
    assert vault.retention.status([cid])[0].candidate_id == cid

    def confirm(dialog: ConfirmErasureDialog) -> None:
        assert "Zoë Dupré-Lefèvre will be deleted for good" in dialog.findChild(QLabel, "erasureText").text()
        dialog.typed.setText("dupre-LEFEVRE")  # case and accents do not count
        dialog.ok.click()

    expect_dialog(answer=register)
    expect_dialog(answer=confirm)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.register_button.click()
    (request,) = vault.rights.list(candidate_id=cid)
    assert page.status.text() == f"Erasure #{request.id} registered: the candidate is erased."
    assert request.outcome == "erased"
    assert cid not in [a.candidate_id for a in vault.retention.status()]


def test_an_erasure_under_a_hold_waits_and_says_so(qtbot, win: MainWindow, seeded, expect_dialog) -> None:  # type: ignore[no-untyped-def]
    page = win.workspace.pages["rights"]
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        win.rights_action.trigger()
    expect_dialog(answer=lambda d: (pick(qtbot, d, "Lambert", "erasure"), d.accept()))
    expect_dialog(answer=lambda d: (d.typed.setText("Lambert"), d.ok.click()))
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.register_button.click()
    (request,) = win.vault.rights.list(candidate_id=seeded["E"])
    assert page.status.text() == (
        f"Erasure #{request.id} registered: the erasure waits until the legal hold is released."
    )
    row = page.requests.index(request)
    assert page.table.item(row, 2).text() == "Elise Lambert"
    assert page.table.item(row, 6).text() == "Waiting: legal hold"
