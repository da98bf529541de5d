"""Issue 16: New candidate takes the application (vacancy, date) and the reserve-pool consent in the same
dialog, saved in one transaction (today 2026-03-02)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from app.ui.profile import NewCandidateDialog
from app.ui.window import MainWindow


def fill(dialog: NewCandidateDialog, **values: str) -> None:
    for name, value in values.items():
        dialog.form.editors[name].setText(value)  # type: ignore[union-attr]


def test_a_new_candidate_comes_with_the_application_and_consent(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, expect_dialog
) -> None:
    vault = window.vault

    def add(dialog: NewCandidateDialog) -> None:
        fill(dialog, first_name="Jonas", last_name="Wuyts", email="jonas@example.be")
        dialog.vacancy.setText("Verpleegkundige")
        dialog.applied.setDate(QDate(2026, 2, 10))
        dialog.consent.setChecked(True)
        dialog.consent_on.setDate(QDate(2026, 2, 12))
        dialog.method.setCurrentIndex(dialog.method.findData("paper"))
        dialog.save()

    expect_dialog(answer=add)
    window.new_candidate_action.trigger()
    detail = window.workspace.detail
    cid = detail.candidate_id
    assert cid is not None and detail.title.text() == "Jonas Wuyts"
    assert vault.retention.procedures(cid) == [
        (vault.retention.procedures(cid)[0][0], "Verpleegkundige", "open", dt.date(2026, 2, 10), None)
    ]
    (state,) = vault.retention.status([cid])
    assert state.state == "active"  # the open application keeps them; the consent runs beside it
    facts = vault.retention.facts(cid)
    assert [(c.given_on, c.end) for c in facts.consents] == [(dt.date(2026, 2, 12), dt.date(2028, 2, 12))]
    assert detail.procedures.table.rowCount() == 1


def test_a_refused_field_adds_nothing_and_keeps_what_was_typed(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, expect_dialog
) -> None:
    vault = window.vault
    before = vault.candidates.count()
    seen: list[tuple[bool, str, str]] = []

    def add(dialog: NewCandidateDialog) -> None:
        fill(dialog, first_name="Mira", last_name="Aerts", email="not an address")
        dialog.vacancy.setText("Boekhouder")
        dialog.save()
        seen.append((dialog.isVisible(), dialog.form.errors["email"].text(), dialog.vacancy.text()))
        dialog.application.setChecked(False)  # no application: only the profile
        fill(dialog, email="mira@example.be")
        dialog.save()

    expect_dialog(answer=add)
    window.new_candidate_action.trigger()
    assert seen == [(True, "email is not a valid e-mail address", "Boekhouder")]
    assert vault.candidates.count() == before + 1
    cid = window.workspace.detail.candidate_id
    assert cid is not None and vault.retention.procedures(cid) == []
