"""Issue 16: what the candidate page does besides the profile: delete the candidate for good (typed last
name), delete a note (confirmed), correct a closed procedure (audited), undo the last profile change."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QMessageBox

from app.ui.purge_dialogs import ConfirmErasureDialog
from app.ui.window import MainWindow

D = dt.date


@pytest.fixture
def cid(window: MainWindow) -> int:
    vault = window.vault
    cid = vault.candidates.add(first_name="Noor", last_name="Van Damme")
    vault.retention.add_procedure(cid, "Magazijnier", D(2025, 10, 1), "rejected", D(2025, 11, 15))
    vault.notes.add(cid, "Eerste gesprek: sterk in planning.", held_on=D(2025, 10, 20))
    window.workspace.open_candidate(cid)
    return cid


def test_delete_for_good_needs_the_last_name_and_respects_a_hold(  # type: ignore[no-untyped-def]
    window: MainWindow, cid: int, expect_dialog
) -> None:
    vault, detail = window.vault, window.workspace.detail
    expect_dialog(answer=lambda d: (d.typed.setText("Damme"), d.reject()))  # not the whole last name
    assert not detail.purge()
    assert vault.candidates.count() == 1

    vault.retention.place_hold(cid, "Geschil")
    seen: list[str] = []
    expect_dialog(answer=lambda d: (d.typed.setText("van damme"), d.ok.click()))
    expect_dialog(
        answer=lambda box: (seen.append(box.text()), box.button(QMessageBox.StandardButton.Ok).click())
    )
    assert not detail.purge()
    assert seen == [f"candidate {cid} is under a legal hold: release it before purging"]
    vault.retention.release_hold(cid)

    def confirm(dialog: ConfirmErasureDialog) -> None:
        assert dialog.preview.notes == 1 and dialog.preview.name == "Noor Van Damme"
        dialog.typed.setText("VAN DAMME")
        dialog.ok.click()

    expect_dialog(answer=confirm)
    assert detail.purge()
    assert window.workspace.currentWidget() is window.workspace.list
    assert vault.candidates.count() == 0 and detail.candidate_id is None


def test_a_note_is_deleted_only_when_confirmed(window: MainWindow, cid: int, expect_dialog) -> None:  # type: ignore[no-untyped-def]
    notes = window.workspace.detail.notes
    assert not notes.delete_button.isEnabled()
    notes.table.setCurrentCell(0, 0)
    texts: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        return lambda box: (texts.append(box.text()), box.button(button).click())

    expect_dialog(answer=answer(QMessageBox.StandardButton.Cancel))
    assert not notes.delete_selected()
    assert len(window.vault.notes.list(cid)) == 1
    expect_dialog(answer=answer(QMessageBox.StandardButton.Yes))
    assert notes.delete_selected()
    assert window.vault.notes.list(cid) == [] and notes.table.rowCount() == 0
    assert texts[0].startswith("Delete the interview note of ") and texts[0].endswith(
        " about Noor Van Damme for good?"
    )


def test_a_closed_procedure_is_corrected_and_the_history_says_so(window: MainWindow, cid: int) -> None:
    procedures = window.workspace.detail.procedures
    procedures.table.setCurrentCell(0, 0)
    assert procedures.correct_button.isEnabled() and not procedures.close_button.isEnabled()
    dialog = procedures.correct_selected()
    assert dialog is not None
    outcome = dialog.fields["outcome"]
    assert isinstance(outcome, QComboBox) and outcome.currentData() == "rejected"  # what it was
    outcome.setCurrentIndex(outcome.findData("hired"))
    dialog.accept()
    assert window.vault.retention.procedures(cid)[0][2] == "hired"
    history = window.workspace.detail.history
    assert history.event_codes()[-1] == "procedure_corrected"
    assert history.table.item(history.table.rowCount() - 1, 2).text() == "Procedure corrected: Hired"


def test_undo_puts_the_last_saved_profile_change_back(window: MainWindow, cid: int) -> None:
    profile = window.workspace.detail.profile
    assert not window.undo_action.isEnabled()
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    profile.form.editors["phone"].setText("+32 470 55 66 77")
    assert profile.save()
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.vault.candidates.get(cid, audit=False).fields["phone"] is None
    assert profile.form.value("phone") is None and profile.status.text() == "The last change is undone."
    assert not window.undo_action.isEnabled()


def test_settings_has_a_shortcut_on_every_platform(window: MainWindow) -> None:
    assert window.settings_action.shortcut() == QKeySequence("Ctrl+,")
