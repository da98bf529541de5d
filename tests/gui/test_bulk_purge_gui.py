"""Issue 9 bulk purge review through the real widgets: exactly the selected due candidates go; a cancel
mid-way leaves every candidate whole or purged (today is 2026-03-02, see retention_data)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.retention import bulk
from app.ui.bulk_purge import BulkPurgePage
from app.ui.purge_dialogs import ConfirmPurgeDialog
from app.ui.window import MainWindow
from app.vault import Vault
from tests.gui.modal_guard import GUARD
from tests.gui.retention_data import seed

DUE = ("A", "B", "H1", "H2", "H3", "H4", "H5", "H6")


@pytest.fixture
def seeded(vault: Vault) -> dict[str, int]:
    return seed(vault)


def open_review(qtbot, w: MainWindow) -> BulkPurgePage:  # type: ignore[no-untyped-def]
    page = w.workspace.pages["bulk_purge"]
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        w.bulk_purge_action.trigger()
    assert w.workspace.currentWidget() is page
    return page


def confirm_when_asked(typed: str) -> list[str]:
    """Answer the modal confirmation like a user: type the count, press the purge button."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConfirmPurgeDialog):
            QTimer.singleShot(10, answer)
            return
        seen.append(dialog.ok.text())
        assert not dialog.ok.isEnabled()
        dialog.typed.setText(typed)
        assert dialog.ok.isEnabled()
        dialog.ok.click()

    GUARD.expect()
    QTimer.singleShot(0, answer)
    return seen


def remaining(vault: Vault) -> set[int]:
    return set(vault.candidates.ids())


def test_lists_due_apart_from_held_and_filters_by_vacancy(qtbot, win: MainWindow, seeded) -> None:  # type: ignore[no-untyped-def]
    page = open_review(qtbot, win)
    due_ids = {int(page.table.item(r, 0).data(256)) for r in range(page.table.rowCount())}
    assert due_ids == {seeded[k] for k in DUE}
    assert set(page.selected_ids()) == due_ids  # all selected at first
    kept = {int(page.kept.item(r, 0).data(256)) for r in range(page.kept.rowCount())}
    assert kept == {seeded["E"], seeded["F"]}
    for r in range(page.kept.rowCount()):
        flags = page.kept.item(r, 0).flags()
        assert not flags & Qt.ItemFlag.ItemIsSelectable and not flags & Qt.ItemFlag.ItemIsUserCheckable
    page.vacancy.setCurrentIndex(page.vacancy.findData("Welder"))
    assert set(page.selected_ids()) == {seeded[f"H{i}"] for i in range(1, 7)}
    page.select_none.click()
    assert page.selected_ids() == [] and not page.purge_button.isEnabled()


def test_purges_exactly_the_selected_due_candidates(qtbot, win: MainWindow, seeded, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    page = open_review(qtbot, win)
    chosen = {seeded["A"], seeded["H1"], seeded["H3"]}
    page.set_checked(chosen)
    with qtbot.waitSignal(page.dry_run_button.clicked):
        page.dry_run_button.click()
    qtbot.waitUntil(lambda: page.summary.text().startswith("Dry run: 3"), timeout=20_000)
    assert remaining(win.vault) >= chosen  # the dry run deleted nothing
    before = remaining(win.vault)
    seen = confirm_when_asked("3")
    with qtbot.waitSignal(page.purged, timeout=30_000) as blocker:
        page.purge_button.click()
    assert seen == ["Purge 3 candidates"]
    assert set(blocker.args[0].purged) == chosen
    assert remaining(win.vault) == before - chosen
    assert win.vault.verify().ok
    report = page.last_report
    assert report is not None and report.isVisible()
    body = "\n".join(report.lines)
    for cid in chosen:
        assert f"\n{cid},purged," in body
    for name in ("Anouk", "Peeters", "Hanne0", "Jacobs", "@example.be"):
        assert name not in body  # ids, dates and reasons only


def test_cancel_midway_leaves_each_candidate_whole_or_purged(
    qtbot, win: MainWindow, seeded, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page = open_review(qtbot, win)
    page.show_report = False
    real = bulk._purge_batch
    calls: list[int] = []

    def purge_then_cancel(vault, ids, *args):  # type: ignore[no-untyped-def]
        done = real(vault, ids, *args)
        calls.extend(ids)
        if len(calls) == 3:
            page.cancel()  # the user presses Cancel while the third batch is being purged
        return done

    monkeypatch.setattr(bulk, "BATCH", 1)  # one candidate per transaction: a small vault, many batches
    monkeypatch.setattr(bulk, "_purge_batch", purge_then_cancel)
    due = {seeded[k] for k in DUE}
    confirm_when_asked(str(len(due)))
    with qtbot.waitSignal(page.purged, timeout=30_000):
        page.purge_button.click()
    assert page.last_cancelled
    result = page.last_result
    assert result is not None and len(result.purged) == 3 and set(result.purged) == set(calls)
    left = remaining(win.vault)
    assert due - left == set(result.purged)  # the three purged ...
    vault = win.vault
    for cid in due & left:  # ... and every other one whole: readable, all fields there
        record = vault.candidates.get(cid, audit=False)
        assert record.fields["first_name"] and record.fields["email"] and not record.damaged
        assert win.vault.retention.status([cid])[0].state == "due"
    assert vault.verify().ok
