"""A bulk purge of many candidates clears their search bits in one sweep of the postings when it ends
(app/search/postings.py, app/retention/bulk.py); until then, searches and ``verify`` leave the bits out,
and a killed run's bits are swept by the next unlock. Both backends; realistic data from app/demo.py."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from app import demo
from app.clock import FixedClock
from app.retention import bulk
from app.retention.rules import Policy
from app.search import postings
from app.search.backend import rebuild_postings
from app.store.engine import make_engine
from app.vault import Vault
from tests.conftest import PASSPHRASE, downgrade

AS_OF = demo.REFERENCE_DAY  # the fixtures' clock: the day the demo data describes


@pytest.fixture
def populated(any_vault: Vault) -> Vault:
    demo.populate_bulk(any_vault, 150, seed=11, with_documents=0.1, batch=50)
    return any_vault


def posting_rows(vault: Vault) -> list[tuple[Any, ...]]:
    with vault.read() as session:
        rows = session.execute(text("SELECT token, block, mask FROM search_postings"))
        return sorted((bytes(token), block, mask) for token, block, mask in rows)


def rebuilt_rows(vault: Vault) -> list[tuple[Any, ...]]:
    """The postings as the sources give them (what a restore derives)."""
    with vault.write() as session:
        rebuild_postings(session)
    return posting_rows(vault)


def stale_bits(vault: Vault) -> postings.Masks:
    with vault.read() as session:
        return postings.stale(session)


def last_names(vault: Vault) -> dict[int, str]:
    return {record.id: record.fields["last_name"] for record in vault.candidates.list(("last_name",))}


def marked_stale(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The ids the run marks stale (empty when it clears bits token by token)."""
    marked: list[int] = []
    real = postings.mark_stale

    def spy(session: Any, ids: Any) -> None:
        ids = list(ids)
        marked.extend(ids)
        real(session, ids)

    monkeypatch.setattr(postings, "mark_stale", spy)
    return marked


def found_by_name(vault: Vault, names: dict[int, str], ids: list[int]) -> set[int]:
    """Which of ``ids`` a search for their own last name still finds."""
    return {cid for cid in ids if cid in vault.search.candidate_ids([names[cid]])}


def test_a_large_run_sweeps_once_and_leaves_exactly_the_postings_the_sources_give(
    populated: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = last_names(populated)
    marked = marked_stale(monkeypatch)
    result = populated.retention.purge_due(AS_OF, confirmed=True)
    assert len(result.purged) >= 0.05 * len(names)  # enough to take the sweep
    assert sorted(marked) == sorted(result.purged)
    assert stale_bits(populated) == {}
    kept = [cid for cid in names if cid not in result.purged]
    assert found_by_name(populated, names, result.purged) == set()
    assert found_by_name(populated, names, kept) == set(kept)
    assert populated.verify().ok
    swept = posting_rows(populated)
    assert swept == rebuilt_rows(populated)


def test_a_killed_runs_bits_are_left_out_until_the_next_unlock_sweeps_them(populated: Vault) -> None:
    names = last_names(populated)
    planned = bulk.plan(populated, AS_OF)
    policy = Policy.from_settings(populated.settings())
    batch = sorted(item.candidate_id for item in planned)[:20]
    # One batch committed, then the process dies before the run's sweep.
    purged, skipped = bulk._purge_batch(populated, batch, policy, AS_OF, AS_OF, True)
    assert purged == batch and not skipped
    assert stale_bits(populated)  # the bits wait for a sweep ...
    assert found_by_name(populated, names, batch) == set()  # ... and no search shows them
    assert populated.verify().ok  # nor does verify count them against the sources
    populated.lock()
    populated.unlock(PASSPHRASE)
    assert stale_bits(populated) == {}
    swept = posting_rows(populated)
    assert swept == rebuilt_rows(populated)


def forge_stale_bits(vault: Vault, ids: list[int]) -> None:
    """Stale bits for candidates who still exist, as someone editing the (unsealed) table could write."""
    with vault.write() as session:
        postings.mark_stale(session, ids)


def test_stale_bits_written_for_candidates_who_exist_hide_nothing_and_sweep_nothing(populated: Vault) -> None:
    names = last_names(populated)
    planned = bulk.plan(populated, AS_OF)
    policy = Policy.from_settings(populated.settings())
    batch = sorted(item.candidate_id for item in planned)[:20]
    bulk._purge_batch(populated, batch, policy, AS_OF, AS_OF, True)  # a killed run's genuine bits
    kept = [cid for cid in names if cid not in batch]
    forge_stale_bits(populated, kept)
    assert postings.candidate_ids(stale_bits(populated)) == batch  # only the purged ids count
    assert found_by_name(populated, names, kept) == set(kept)  # nobody who exists is hidden
    assert populated.verify().ok
    populated.lock()
    populated.unlock(PASSPHRASE)  # sweeps: the purged candidates' bits, and no one else's
    assert found_by_name(populated, names, kept) == set(kept)
    swept = posting_rows(populated)
    assert swept == rebuilt_rows(populated)


def test_a_downgrade_clears_the_stale_bits_first(
    populated: Vault, any_vault_url: str, clock: FixedClock
) -> None:
    """An older app knows no stale bits: taking the schema back to 0007 sweeps them before the table goes
    (only those of candidates who are gone)."""
    batch = sorted(item.candidate_id for item in bulk.plan(populated, AS_OF))[:20]
    policy = Policy.from_settings(populated.settings())
    bulk._purge_batch(populated, batch, policy, AS_OF, AS_OF, True)
    assert stale_bits(populated)
    forge_stale_bits(populated, [cid for cid in last_names(populated) if cid not in batch])
    populated.close()
    downgrade(any_vault_url, "0007")
    engine = make_engine(any_vault_url)
    with engine.connect() as conn:
        masks = conn.execute(text("SELECT block, mask FROM search_postings")).all()
    engine.dispose()
    gone = {postings.place(cid) for cid in batch}
    assert not any(block == gone_block and mask & bit for block, mask in masks for gone_block, bit in gone)
    reopened = Vault.open(any_vault_url, clock)  # back to this schema
    try:
        reopened.unlock(PASSPHRASE)
        assert posting_rows(reopened) == rebuilt_rows(reopened)
    finally:
        reopened.close()


def test_a_small_run_clears_its_candidates_bits_token_by_token(
    populated: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = last_names(populated)
    assert not bulk.sweeps_later(populated, 7)  # under 5 % of 150
    assert bulk.sweeps_later(populated, 8)
    marked = marked_stale(monkeypatch)
    planned = bulk.plan(populated, AS_OF)[:3]
    policy = Policy.from_settings(populated.settings())
    result = bulk.purge_planned(populated, planned, policy, AS_OF)
    assert len(result.purged) == 3 and marked == []
    assert found_by_name(populated, names, result.purged) == set()
    swept = posting_rows(populated)
    assert swept == rebuilt_rows(populated)
