"""Issue 9 reminders and rights-request views through the real widgets (today 2026-03-02)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.window import MainWindow
from app.vault import Vault
from tests.gui.modal_guard import GUARD
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


def test_register_request_from_the_candidates_page(qtbot, win: MainWindow, seeded) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.rights_page import RegisterRequestDialog

    cid = seeded["A"]
    win.workspace.open_candidate(cid)
    page = win.workspace.pages["rights"]
    seen: list[int] = []

    def accept_dialog() -> None:  # the dialog is modal: answer it from the event loop
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RegisterRequestDialog))
        seen.append(dialog.values()[0])
        dialog.accept()

    GUARD.expect()
    QTimer.singleShot(0, accept_dialog)
    win.workspace.detail.request_button.click()
    assert seen == [cid]  # the dialog came pre-filled with this candidate
    qtbot.waitUntil(lambda: cid in {r.candidate_id for r in page.requests}, timeout=20_000)
