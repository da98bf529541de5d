"""Renewal notices: pure rules (facts, policy, as-of date), and the service around them."""

from __future__ import annotations

import datetime as dt

import pytest

from app.clock import FixedClock
from app.errors import InvalidInput, NotFound, Refused
from app.reminders.notices import ConsentFact, Handling, due_notices
from app.reminders.texts import format_date
from app.store.models import Consent, Correspondence, Restriction
from app.vault import Vault

D = dt.date.fromisoformat
DAYS = [60, 14]


def test_leap_day_consent_ends_on_28_february_and_notices_fall_60_and_14_days_before() -> None:
    consent = ConsentFact(1, 7, D("2024-02-29"))
    assert due_notices([consent], [], DAYS, D("2025-12-29")) == []
    (notice,) = due_notices([consent], [], DAYS, D("2025-12-30"))
    assert notice.consent_ends_on == D("2026-02-28")
    assert (notice.notice_days, notice.due_on) == (60, D("2025-12-30"))
    (notice,) = due_notices([consent], [], DAYS, D("2026-02-14"))
    assert notice.notice_days == 14  # the nearer notice replaces the 60-day one: one notice per consent
    assert due_notices([consent], [], DAYS, D("2026-02-27"))[0].notice_days == 14
    assert due_notices([consent], [], DAYS, D("2026-02-28")) == []  # ended: retention takes over


def test_handled_notices_are_excluded_until_the_next_threshold() -> None:
    consent = ConsentFact(1, 7, D("2024-02-29"))
    sent = Handling(1, 60, sent_on=D("2026-01-02"))
    assert due_notices([consent], [sent], DAYS, D("2026-01-10")) == []
    (again,) = due_notices([consent], [sent], DAYS, D("2026-01-10"), include_handled=True)
    assert again.sent_on == D("2026-01-02") and again.handled
    assert due_notices([consent], [sent], DAYS, D("2026-02-20"))[0].notice_days == 14
    dismissed = Handling(1, 14, dismissed_on=D("2026-02-20"))
    assert due_notices([consent], [sent, dismissed], DAYS, D("2026-02-21")) == []


def test_renewal_withdrawal_earlier_end_and_restriction() -> None:
    old = ConsentFact(1, 7, D("2024-02-29"))
    renewed = ConsentFact(2, 7, D("2026-01-05"))
    assert due_notices([old, renewed], [], DAYS, D("2026-01-10")) == []  # the newer consent counts
    assert due_notices([old, renewed], [], DAYS, D("2026-01-04"))[0].consent_id == 1
    withdrawn = ConsentFact(3, 8, D("2024-03-01"), withdrawn_on=D("2026-01-01"))
    assert due_notices([withdrawn], [], DAYS, D("2026-01-10")) == []
    short = ConsentFact(4, 9, D("2025-06-01"), ends_on=D("2026-02-01"))
    assert due_notices([short], [], DAYS, D("2026-01-10"))[0].consent_ends_on == D("2026-02-01")
    other_purpose = ConsentFact(5, 10, D("2024-02-29"), purpose="newsletter")
    assert due_notices([other_purpose], [], DAYS, D("2026-01-10")) == []
    frozen = ConsentFact(6, 11, D("2024-02-29"))
    assert due_notices([frozen], [], DAYS, D("2026-01-10"), restricted=[11]) == []
    ids = [n.candidate_id for n in due_notices([short, old, frozen], [], DAYS, D("2026-01-10"))]
    assert ids == [9, 7, 11]  # soonest end first


@pytest.mark.parametrize(
    ("day", "language", "text"),
    [
        ("2026-02-28", "nl", "28 februari 2026"),
        ("2026-02-28", "fr", "28 février 2026"),
        ("2026-03-01", "fr", "1er mars 2026"),
        ("2026-08-15", "fr", "15 août 2026"),
        ("2026-02-28", "en", "28 February 2026"),
    ],
)
def test_dates_in_the_letter_language(day: str, language: str, text: str) -> None:
    assert format_date(D(day), language) == text


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on("2026-01-10")


def add_consent(vault: Vault, candidate_id: int, given_on: str) -> int:
    with vault.write() as session:
        consent = Consent(candidate_id=candidate_id, given_on=D(given_on), method="email", evidence=b"")
        session.add(consent)
        session.flush()
        return consent.id


def test_service_dismiss_and_answers(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="An", last_name="Peeters", language="nl")
    other = vault.candidates.add(first_name="Luc", last_name="Janssens")
    add_consent(vault, cid, "2024-02-29")
    add_consent(vault, other, "2024-02-29")
    as_of = D("2026-01-10")
    assert [n.candidate_id for n in vault.reminders.notices(as_of)] == [cid, other]
    assert vault.reminders.language_of(other) == "en"  # the vault's default
    notice = vault.reminders.dismiss(cid, as_of)
    assert notice.notice_days == 60
    with pytest.raises(Refused, match="already handled"):
        vault.reminders.dismiss(cid, as_of)
    assert [n.candidate_id for n in vault.reminders.notices(as_of)] == [other]
    with pytest.raises(NotFound, match="no renewal notice"):
        vault.reminders.notice_for(cid, D("2025-06-01"))

    with vault.write() as session:  # restricted processing: nobody writes to them
        session.add(Restriction(candidate_id=other, requested_on=D("2026-01-05")))
    assert vault.reminders.notices(as_of) == []

    vault.reminders.log_answer(cid, "renewed", D("2026-01-12"), channel="email", note="Ja, graag!")
    with pytest.raises(InvalidInput, match="answer must be one of"):
        vault.reminders.log_answer(cid, "maybe", D("2026-01-12"))
    with pytest.raises(NotFound):
        vault.reminders.log_answer(999, "declined", D("2026-01-12"))
    with vault.read() as session:
        (row,) = session.query(Correspondence).all()
        assert (row.direction, row.channel, row.sent_on) == ("in", "email", D("2026-01-12"))
        body = vault.sealer.open_text(session, cid, "correspondence", "body", row.id, row.body)
        assert body == "Ja, graag!"
        assert b"graag" not in row.body


def test_purge_removes_notices_and_missing_settings_are_named(vault: Vault) -> None:
    from app.retention.purge import purge_candidate
    from app.store.models import ReminderNotice

    cid = vault.candidates.add(first_name="An", last_name="Peeters", email="an@example.be")
    add_consent(vault, cid, "2024-02-29")
    notices = vault.reminders.notices(D("2026-01-10"))
    with pytest.raises(InvalidInput, match=r"set company\.name, mail\.from first"):
        vault.reminders.send_email(notices, via="mailto")
    vault.reminders.dismiss(cid, D("2026-01-10"))
    purge_candidate(vault, cid, "test")
    with vault.read() as session:
        assert session.query(ReminderNotice).count() == 0
