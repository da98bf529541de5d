"""Issue 16: consent, legal hold and restriction are recorded on the candidate page (today 2026-03-02), and
what the app records gives the same status as the command line."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from app.ui.labels import date_text
from app.ui.records_tabs import FormDialog
from app.ui.retention_tab import RetentionTab
from app.ui.window import MainWindow
from tests.conftest import Cli

D = dt.date


@pytest.fixture
def tab(window: MainWindow) -> RetentionTab:
    vault = window.vault
    cid = vault.candidates.add(first_name="Lotte", last_name="Verbeke")
    vault.retention.add_procedure(cid, "Nurse", D(2025, 11, 1), "rejected", D(2026, 1, 1))  # due 2026-01-31
    window.workspace.open_candidate(cid)
    detail = window.workspace.detail
    detail.tabs.setCurrentWidget(detail.retention)
    return detail.retention


def set_day(dialog: FormDialog, key: str, day: D) -> None:
    dialog.fields[key].setDate(QDate(day.year, day.month, day.day))  # type: ignore[attr-defined]


def cli_status(cli: Cli, cid: int) -> dict[str, str]:
    [found] = json.loads(cli.ok("status", str(cid), "--as-of", "2026-03-02", "--json"))
    return found  # type: ignore[no-any-return]


def test_a_consent_recorded_in_the_app_gives_the_cli_status(tab: RetentionTab, cli: Cli) -> None:
    cid = tab.candidate_id
    assert cid is not None
    assert (tab.state.text(), tab.due.text()) == ("Due for deletion", date_text(D(2026, 1, 31)))
    assert tab.consent.text() == "None"
    assert not tab.withdraw_button.isEnabled() and not tab.renew_button.isEnabled()

    dialog = tab.give()
    assert isinstance(dialog, FormDialog)
    set_day(dialog, "given", D(2026, 2, 15))
    method = dialog.fields["method"]
    assert isinstance(method, QComboBox)
    method.setCurrentIndex(method.findData("paper"))
    dialog.accept()
    assert not dialog.isVisible()

    assert (tab.state.text(), tab.due.text()) == ("Reserve pool", date_text(D(2028, 2, 15)))
    assert tab.consent.text() == f"Given on {date_text(D(2026, 2, 15))}, ends on {date_text(D(2028, 2, 15))}"
    assert tab.status.text() == "Consent recorded."
    found = cli_status(cli, cid)
    assert (found["state"], found["due_on"]) == ("pool", "2028-02-15")
    assert found["reason"] == "reserve-pool consent of 2026-02-15 ends 2028-02-15"

    withdraw = tab.withdraw()
    assert withdraw is not None
    set_day(withdraw, "day", D(2026, 3, 1))
    withdraw.accept()
    given, withdrawn = date_text(D(2026, 2, 15)), date_text(D(2026, 3, 1))
    assert tab.consent.text() == f"Given on {given}, withdrawn on {withdrawn}"
    assert (cli_status(cli, cid)["state"], cli_status(cli, cid)["due_on"]) == ("due", "2026-03-01")
    assert not tab.withdraw_button.isEnabled() and tab.give_button.isEnabled()

    # A consent dated on or before the withdrawal is the withdrawn one: refused in one line, the dialog stays.
    again = tab.give()
    assert again is not None
    set_day(again, "given", D(2026, 2, 20))
    again.accept()
    assert again.isVisible()
    assert again.error.text() == (
        f"candidate {cid} withdrew the reserve-pool consent on 2026-03-01: a consent dated on or before "
        "that day is the withdrawn one; a new consent is dated after it"
    )
    set_day(again, "given", D(2026, 3, 2))
    again.accept()
    assert not again.isVisible()
    assert cli_status(cli, cid)["due_on"] == "2028-03-02"


def test_a_legal_hold_needs_its_reason_and_holds_until_released(tab: RetentionTab, cli: Cli) -> None:
    cid = tab.candidate_id
    assert cid is not None
    dialog = tab.place_hold()
    assert dialog is not None
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text() == "a legal hold needs a reason"
    reason = dialog.fields["reason"]
    assert isinstance(reason, QPlainTextEdit)
    reason.setPlainText("Geschil bij de arbeidsrechtbank")
    dialog.accept()
    assert tab.state.text() == "Legal hold"
    assert tab.hold.text() == "Yes: never due while it lasts"
    assert cli_status(cli, cid)["state"] == "held"
    assert not tab.hold_button.isEnabled() and tab.release_button.isEnabled()

    release = tab.release_hold()
    assert release is not None
    release.accept()
    assert tab.hold.text() == "No" and tab.state.text() == "Due for deletion"
    assert cli_status(cli, cid)["state"] == "due"


def test_a_restriction_is_placed_and_lifted_and_the_history_follows(  # type: ignore[no-untyped-def]
    tab: RetentionTab, window: MainWindow, cli: Cli
) -> None:
    cid = tab.candidate_id
    assert cid is not None
    dialog = tab.restrict()
    assert dialog is not None
    dialog.accept()
    assert tab.state.text() == "Restricted" and cli_status(cli, cid)["state"] == "restricted"
    assert tab.restriction.text() == "Yes: nothing is changed or deleted while it lasts"
    lift = tab.lift()
    assert lift is not None
    lift.accept()
    assert tab.restriction.text() == "No" and cli_status(cli, cid)["state"] == "due"
    history = window.workspace.detail.history
    assert history.event_codes()[-2:] == ["restricted", "restriction_lifted"]
    texts = [history.table.item(r, 2).text() for r in range(history.table.rowCount())]
    assert texts[-2:] == ["Processing restricted", "Restriction lifted"]
