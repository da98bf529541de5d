"""Two desks on one vault: no edit lost silently, purges safe while others work."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable

import pytest
from sqlalchemy import event, func, select

from app.clock import FixedClock
from app.errors import Conflict, NotFound
from app.retention.purge import OWNED_TABLES, purge_candidate
from app.store.models import Candidate, CandidateKey, PurgeRecord
from app.vault import Vault
from tests.conftest import PASSPHRASE


def _desk(url: str, clock: FixedClock) -> Vault:
    vault = Vault.open(url, clock)
    vault.unlock(PASSPHRASE)
    return vault


def test_second_save_gets_conflict_and_both_edits_survive(
    any_vault: Vault, any_vault_url: str, clock: FixedClock
) -> None:
    cid = any_vault.candidates.add(first_name="Ann", last_name="Claes", email="ann@example.be")
    desk_a, desk_b = _desk(any_vault_url, clock), _desk(any_vault_url, clock)
    seen_a = desk_a.candidates.get(cid)
    seen_b = desk_b.candidates.get(cid)
    assert seen_a.version == seen_b.version

    desk_a.candidates.edit(cid, {"phone": "+32 470 11 22 33"}, expected_version=seen_a.version)
    with pytest.raises(Conflict, match="reload it") as info:
        desk_b.candidates.edit(cid, {"email": "ann.claes@example.be"}, expected_version=seen_b.version)
    # The refused edit is kept for the user (never in the message), the first one is saved.
    assert info.value.record_id == cid and info.value.pending == {"email": "ann.claes@example.be"}
    assert "ann.claes" not in str(info.value)
    reloaded = desk_b.candidates.get(cid)
    assert reloaded.fields["phone"] == "+32 470 11 22 33" and reloaded.fields["email"] == "ann@example.be"

    desk_b.candidates.edit(cid, info.value.pending, expected_version=reloaded.version)
    final = any_vault.candidates.get(cid).fields
    assert final["phone"] == "+32 470 11 22 33" and final["email"] == "ann.claes@example.be"
    desk_a.close()
    desk_b.close()


def _run_together(*jobs: Callable[[], None]) -> list[BaseException]:
    """Start the jobs at the same moment (a barrier, no sleeps) and collect what they raised."""
    barrier = threading.Barrier(len(jobs))
    errors: list[BaseException] = []

    def runner(job: Callable[[], None]) -> None:
        try:
            barrier.wait()
            job()
        except BaseException as exc:  # reported below, with the job's traceback
            errors.append(exc)

    threads = [threading.Thread(target=runner, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
        assert not thread.is_alive(), "a worker hangs: deadlock?"
    return errors


@pytest.mark.postgres
def test_purge_while_others_edit_on_postgresql(pg_cluster: object, clock: FixedClock) -> None:
    url = pg_cluster.new_database()  # type: ignore[attr-defined]
    admin, _ = Vault.create(url, PASSPHRASE, clock=clock)
    ids = [
        admin.candidates.add(first_name=f"Cand{i}", last_name="Test", email=f"c{i}@example.be")
        for i in range(24)
    ]
    doomed = ids[::2]
    for cid in doomed:  # rejected long ago: due, for the scheduled purge
        admin.retention.add_procedure(cid, "Boekhouder", dt.date(2024, 1, 8), "rejected", dt.date(2024, 2, 5))
    editor, other_editor = _desk(url, clock), _desk(url, clock)
    scheduled = Vault.open(url, clock)  # the scheduled purge: locked, no passphrase
    bulk = _desk(url, clock)  # an admin's bulk purge
    outcomes: dict[str, int] = {"edited": 0, "gone": 0}
    lock = threading.Lock()

    def edit_all(desk: Vault, order: list[int]) -> Callable[[], None]:
        def job() -> None:
            for round_ in range(3):
                for cid in order:
                    try:
                        desk.candidates.edit(cid, {"source": f"round {round_}"})
                        key = "edited"
                    except NotFound:
                        key = "gone"
                    with lock:
                        outcomes[key] += 1

        return job

    def purge_due() -> None:
        scheduled.retention.purge_due(confirmed=True)

    def purge_one_by_one() -> None:
        for cid in doomed[::-1]:
            with contextlib.suppress(NotFound):  # the scheduled purge got there first
                purge_candidate(bulk, cid, "due")

    errors = _run_together(
        edit_all(editor, ids), edit_all(other_editor, ids[::-1]), purge_due, purge_one_by_one
    )
    assert errors == []
    assert outcomes["edited"] >= 3 * len(ids)  # the survivors were edited every round
    with admin.read() as session:
        assert sorted(session.scalars(select(PurgeRecord.candidate_id))) == doomed
        assert sorted(session.scalars(select(Candidate.id))) == ids[1::2]
        assert sorted(session.scalars(select(CandidateKey.candidate_id))) == ids[1::2]
        for model in OWNED_TABLES:  # nothing half-purged
            left = session.scalar(select(func.count()).where(model.candidate_id.in_(doomed)))
            assert left == 0, model.__tablename__
    for cid in ids[1::2]:
        assert admin.candidates.get(cid).fields["source"] == "round 2"
    assert admin.verify().ok  # the audit chain stayed whole under concurrent appends
    for vault in (editor, other_editor, scheduled, bulk, admin):
        vault.close()


@pytest.mark.postgres
def test_a_write_takes_the_shared_write_lock_once(pg_cluster: object, clock: FixedClock) -> None:
    """The lock is held to the transaction's end: asking again (the audit, the search index, the signed
    head each ask) is no statement, and the meta rows are not read again."""
    vault, _ = Vault.create(pg_cluster.new_database(), PASSPHRASE, clock=clock)  # type: ignore[attr-defined]
    try:
        cid = vault.candidates.add(first_name="Anna", last_name="Peeters")
        statements: list[str] = []
        event.listen(vault.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
        vault.candidates.edit(cid, {"address": "Kerkstraat 1"})
        assert sum("pg_advisory_xact_lock" in s for s in statements) == 1
        statements.clear()
        vault.candidates.edit(cid, {"address": "Kerkstraat 2"})  # a new transaction takes it again
        assert sum("pg_advisory_xact_lock" in s for s in statements) == 1
        assert vault.verify().ok
    finally:
        vault.close()
