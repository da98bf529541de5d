"""Issue 18 (7): a person who asked to be erased, come back with the same e-mail or phone, is flagged in the
app with a visible banner, whether added, edited or opened."""

from __future__ import annotations

import datetime as dt

from app.ui.profile import NewCandidateDialog
from app.ui.window import MainWindow

BANNER_END = (
    " of a person who asked to be erased. Check that keeping this record is right (a new application, say) "
    "before you go on."
)


def erased_person(window: MainWindow) -> None:
    vault = window.vault
    gone = vault.candidates.add(
        first_name="Ward", last_name="Goossens", email="ward@example.be", phone="0470 11 22 33"
    )
    vault.rights.record(gone, "erasure", dt.date(2026, 3, 1))  # erased at once: on the suppression list


def test_added_again_in_the_app_shows_the_banner(qtbot, window: MainWindow, expect_dialog) -> None:  # type: ignore[no-untyped-def]
    erased_person(window)

    def add(dialog: NewCandidateDialog) -> None:
        dialog.form.editors["first_name"].setText("W.")
        dialog.form.editors["last_name"].setText("Goossens")
        dialog.form.editors["email"].setText("WARD@example.be ")
        dialog.save()

    expect_dialog(answer=add)
    window.new_candidate_action.trigger()
    detail = window.workspace.detail
    assert window.workspace.currentWidget() is detail
    assert not detail.banner.isHidden()
    assert detail.banner.text() == "⚠ This candidate has the e-mail address" + BANNER_END


def test_an_edit_that_sets_an_erased_phone_shows_the_banner(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    erased_person(window)
    cid = window.vault.candidates.add(first_name="Els", last_name="Peeters")
    window.workspace.open_candidate(cid)
    detail = window.workspace.detail
    assert detail.banner.isHidden()
    detail.profile.form.editors["phone"].setText("+32 470 11 22 33")
    detail.profile.save_button.click()
    assert not detail.banner.isHidden()
    assert detail.banner.text() == "⚠ This candidate has the phone number" + BANNER_END
    window.workspace.open_candidate(window.vault.candidates.add(first_name="An", last_name="Other"))
    assert detail.banner.isHidden()
