"""Issue 9: the per-kind action buttons of the rights-request view, through the widgets (today 2026-03-02)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from app.ui import rights_actions
from app.ui.objection_dialog import ObjectionDialog
from app.ui.purge_dialogs import ConfirmErasureDialog
from app.ui.rights_page import RightsPage
from app.ui.window import MainWindow
from app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock
from tests.gui.retention_data import D, seed


@pytest.fixture
def seeded(vault: Vault) -> dict[str, int]:
    ids = seed(vault)
    # A restriction request is carried out when recorded; lifted later, the button re-applies it.
    vault.rights.record(ids["A"], "restriction", D(2026, 3, 1))
    vault.retention.lift_restriction(ids["A"])
    return ids


def _rights_page(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, vault_path: Path, *, all_requests: bool = True
) -> tuple[MainWindow, RightsPage]:
    """The main window unlocked on the rights view; ``all_requests``: closed ones listed too (a
    withdrawal, restriction or erasure request may be closed when recorded)."""
    vault.lock()
    win = MainWindow(str(vault_path), vault)
    qtbot.addWidget(win)
    win.show()
    unlock(qtbot, win, PASSPHRASE)
    page = win.workspace.pages["rights"]
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        win.rights_action.trigger()
    if all_requests:
        with qtbot.waitSignal(page.loaded, timeout=20_000):
            page.only_open.setChecked(False)
    return win, page


@pytest.fixture
def page(qtbot, vault: Vault, vault_path: Path, seeded: dict[str, int]) -> Iterator[RightsPage]:  # type: ignore[no-untyped-def]
    win, rights = _rights_page(qtbot, vault, vault_path, all_requests=False)
    yield rights
    win.close()


def select_kind(page: RightsPage, kind: str) -> int:
    row = next(i for i, r in enumerate(page.requests) if r.kind == kind)
    page.table.selectRow(row)
    return row


def test_export_writes_the_zip_chosen_in_the_file_dialog(
    qtbot, page: RightsPage, seeded, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    acts = page.request_actions
    assert not any(b.isEnabled() for b in acts.kinds)  # nothing selected
    select_kind(page, "access")  # G's overdue access request
    assert acts.export_button.isEnabled()
    assert not acts.restrict_button.isEnabled() and not acts.purge_button.isEnabled()
    target = tmp_path / "export.zip"
    monkeypatch.setattr(rights_actions.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    with qtbot.waitSignal(acts.done, timeout=20_000) as result:
        acts.export_button.click()
    assert "not encrypted" in result.args[0]
    assert page.status.text() == result.args[0]
    with zipfile.ZipFile(target) as z:
        assert "candidate.json" in z.namelist()
        assert "Gilles" in z.read("candidate.json").decode()


def test_restrict_button_restricts_the_candidate(qtbot, page: RightsPage, vault: Vault, seeded) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.only_open.setChecked(False)  # the restriction request was closed when recorded
    select_kind(page, "restriction")
    acts = page.request_actions
    assert acts.restrict_button.isEnabled() and not acts.export_button.isEnabled()
    assert not page.done_button.isEnabled()  # already closed
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        acts.restrict_button.click()
    assert page.status.text() == "Anouk Peeters: processing is restricted."
    states = page._worker.submit(lambda _j: vault.retention.status([seeded["A"]], as_of=D(2026, 3, 2)))
    with qtbot.waitSignal(states.finished, timeout=20_000) as got:
        pass
    assert got.args[0][0].state == "restricted"


def test_purge_button_asks_for_the_last_name_then_purges(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, vault_path: Path, seeded, expect_dialog
) -> None:
    # F is restricted, so the erasure request waits when recorded; once lifted, Purge carries it out.
    vault.rights.record(seeded["F"], "erasure", D(2026, 3, 1))
    vault.retention.lift_restriction(seeded["F"])
    vault.notes.add(seeded["F"], "Sterk gesprek", held_on=D(2026, 2, 1))
    win, page = _rights_page(qtbot, vault, vault_path)
    select_kind(page, "erasure")
    acts = page.request_actions
    assert acts.purge_button.isEnabled() and not acts.withdraw_button.isEnabled()
    seen: list[str] = []

    def cancel_after_a_wrong_name(dialog: ConfirmErasureDialog) -> None:
        seen.append(dialog.findChild(QLabel, "erasureText").text())
        dialog.typed.setText("Peeters")  # another candidate's name
        assert not dialog.ok.isEnabled()
        dialog.accept()  # Enter with the wrong name does nothing either
        assert dialog.isVisible()
        dialog.reject()

    expect_dialog(answer=cancel_after_a_wrong_name)
    with qtbot.waitSignal(acts.done, timeout=20_000) as nothing:
        acts.purge_button.click()
    assert nothing.args[0] == "Nothing was deleted."
    assert seen == [
        "Femke Maes will be deleted for good: the profile, 0 documents, 1 interview note, "
        "0 letters or messages and every record of the procedures and consents. "
        "Their encryption key is destroyed. This cannot be undone."
    ]
    assert vault.retention.status([seeded["F"]], as_of=D(2026, 3, 2))[0].state == "due"

    def type_the_name(dialog: ConfirmErasureDialog) -> None:
        dialog.typed.setText("  maes ")  # case and spacing do not count
        assert dialog.ok.isEnabled()
        dialog.ok.click()

    expect_dialog(answer=type_the_name)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        acts.purge_button.click()
    assert page.status.text() == "Femke Maes is erased."
    assert seeded["F"] not in [a.candidate_id for a in vault.retention.status(as_of=D(2026, 3, 2))]
    row = next(r for r in page.requests if r.candidate_id == seeded["F"])
    assert page.table.item(page.requests.index(row), 2).text() == f"#{seeded['F']} (deleted)"
    win.close()


def test_withdraw_button_withdraws_the_consent_and_a_second_press_says_why_not(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, vault_path: Path, seeded
) -> None:
    # B's withdrawal request came before B's consent was on file, so there was nothing to withdraw
    # when it was recorded; the consent was entered afterwards and the button withdraws it.
    vault.rights.record(seeded["B"], "withdrawal", D(2026, 2, 1))
    vault.retention.give_consent(seeded["B"], D(2026, 1, 10))
    assert vault.retention.status([seeded["B"]], as_of=D(2026, 3, 2))[0].state == "pool"
    win, page = _rights_page(qtbot, vault, vault_path)
    select_kind(page, "withdrawal")
    acts = page.request_actions
    assert acts.withdraw_button.isEnabled() and not acts.purge_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        acts.withdraw_button.click()
    assert page.status.text() == "The consent of Bram Claes is withdrawn."
    select_kind(page, "withdrawal")  # the list was reloaded
    with qtbot.waitSignal(acts.done, timeout=20_000) as again:
        acts.withdraw_button.click()
    assert again.args[0] == f"candidate {seeded['B']}'s consent was already withdrawn on 2026-03-02"
    assert page.status.text() == again.args[0]
    job = page._worker.submit(lambda _j: vault.retention.status([seeded["B"]], as_of=D(2026, 3, 2)))
    with qtbot.waitSignal(job.finished, timeout=20_000) as got:
        pass
    assert got.args[0][0].state != "pool"
    win.close()


def test_open_candidate_button_shows_the_candidate_to_rectify(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, vault_path: Path, seeded
) -> None:
    vault.rights.record(seeded["G"], "rectification", D(2026, 2, 20))
    win, page = _rights_page(qtbot, vault, vault_path)
    select_kind(page, "rectification")
    acts = page.request_actions
    assert acts.open_button.isEnabled() and not acts.export_button.isEnabled()
    acts.open_button.click()
    ws = win.workspace
    assert ws.currentWidget() is ws.detail
    assert ws.detail.candidate_id == seeded["G"]
    win.close()


def test_an_objection_is_decided_in_the_app_each_way(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, vault_path: Path, seeded, expect_dialog
) -> None:
    vault.rights.record(seeded["D"], "objection", D(2026, 2, 25))  # D is in the reserve pool
    win, page = _rights_page(qtbot, vault, vault_path, all_requests=False)
    acts = page.request_actions

    def select_objection_of(key: str) -> int:
        row = next(
            i for i, r in enumerate(page.requests) if r.kind == "objection" and r.candidate_id == seeded[key]
        )
        page.table.selectRow(row)
        assert acts.decide_button.isEnabled() and not acts.purge_button.isEnabled()
        return page.requests[row].id

    # Rejected: not without the grounds, which are kept with the request.
    c_request = select_objection_of("C")

    def reject(dialog: ObjectionDialog) -> None:
        assert "Chloé Dubois objects" in dialog.findChild(QLabel, "objectionIntro").text()
        dialog.reject_choice.setChecked(True)
        assert not dialog.ok.isEnabled()
        dialog.reason.setPlainText("Lopend geschil over het contract")
        dialog.ok.click()

    expect_dialog(answer=reject)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        acts.decide_button.click()
    assert page.status.text() == f"Objection #{c_request} rejected; the grounds are kept with the request."
    assert vault.rights.note(c_request)["decision_reason"] == "Lopend geschil over het contract"

    # Upheld: the consent ends on the decision's day.
    d_request = select_objection_of("D")
    expect_dialog(answer=lambda dialog: dialog.ok.click())  # "Uphold" is the default
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        acts.decide_button.click()
    assert page.status.text() == (
        f"Objection #{d_request} upheld: the reserve-pool consent of Dries Wouters has ended."
    )
    assert vault.retention.status([seeded["D"]], as_of=D(2026, 3, 2))[0].state == "due"
    closed = {r.id: r.outcome for r in vault.rights.list(candidate_id=seeded["D"])}
    assert closed[d_request] == "upheld"

    # Upheld with deletion: only once the last name is typed.
    a_request = vault.rights.record(seeded["A"], "objection", D(2026, 3, 1))
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.reload()
    select_objection_of("A")

    def uphold_and_erase(dialog: ObjectionDialog) -> None:
        dialog.uphold_erase.setChecked(True)
        dialog.ok.click()

    expect_dialog(answer=uphold_and_erase)
    expect_dialog(answer=lambda dialog: dialog.reject())  # the name is not typed
    with qtbot.waitSignal(acts.done, timeout=20_000) as nothing:
        acts.decide_button.click()
    assert nothing.args[0] == "Nothing was decided or deleted."
    assert [r.outcome for r in vault.rights.list(candidate_id=seeded["A"]) if r.id == a_request] == [None]

    expect_dialog(answer=uphold_and_erase)
    expect_dialog(answer=lambda dialog: (dialog.typed.setText("peeters"), dialog.ok.click()))
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        acts.decide_button.click()
    assert page.status.text() == f"Objection #{a_request} upheld: Anouk Peeters is erased."
    assert [r.outcome for r in vault.rights.list(candidate_id=seeded["A"]) if r.id == a_request] == [
        "upheld:erased"
    ]
    assert seeded["A"] not in [a.candidate_id for a in vault.retention.status(as_of=D(2026, 3, 2))]
    win.close()
