"""Purging one candidate: key and rows gone, record kept; an admin unlocks for it (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.clock import FixedClock
from app.errors import NotFound, Refused, VaultLocked
from app.retention.purge import purge_candidate
from app.store.models import LegalHold
from app.vault import Vault
from tests.conftest import assert_absent


def test_purge_one_needs_an_admin_and_leaves_nothing(
    any_vault: Vault, any_vault_url: str, vault_path: Path, clock: FixedClock, backend: str
) -> None:
    keep = any_vault.candidates.add(first_name="Kees", last_name="Blijft")
    gone = any_vault.candidates.add(first_name="Canaryvogel", last_name="Weggaan", email="weggaan@example.be")
    any_vault.close()
    locked = Vault.open(any_vault_url, clock)
    with pytest.raises(VaultLocked):  # only the scheduled purge of the due ones runs without a passphrase
        purge_candidate(locked, gone, "erasure request", suppress=True)
    locked.unlock("correct horse battery staple")
    purge_candidate(locked, gone, "erasure request", suppress=True)
    with pytest.raises(NotFound, match="already purged"):
        purge_candidate(locked, gone, "again")
    with locked.engine.connect() as conn:

        def scalar(sql: str, **params: object) -> object:
            return conn.execute(text(sql), params).scalar()

        assert scalar("SELECT count(*) FROM candidate_keys WHERE candidate_id = :c", c=gone) == 0
        assert scalar("SELECT count(*) FROM candidates") == 1
        rows = conn.execute(text("SELECT candidate_id, reason FROM purge_records")).all()
        assert [tuple(r) for r in rows] == [(gone, "erasure request")]
        assert scalar("SELECT count(*) FROM suppression") == 1
    locked.close()
    if backend == "sqlite":
        assert_absent(vault_path.parent, "Canaryvogel", "Weggaan", "weggaan@example.be")
    reopened = Vault.open(any_vault_url, clock)
    reopened.unlock("correct horse battery staple")
    assert reopened.candidates.get(keep).fields["last_name"] == "Blijft"
    assert reopened.verify().ok
    readded = reopened.candidates.add(first_name="X", last_name="Y", email="Weggaan@Example.be")
    assert readded > gone  # an id is never reused, so the ledger can never hit a newer candidate
    assert reopened.candidates.warnings_for(readded)
    reopened.close()


def test_held_candidate_is_never_purged(any_vault: Vault, clock: FixedClock) -> None:
    cid = any_vault.candidates.add(first_name="Hold", last_name="Me")
    with any_vault.write() as session:
        session.add(LegalHold(candidate_id=cid, placed_on=clock.today(), reason=b""))
    with pytest.raises(Refused, match="legal hold"):
        purge_candidate(any_vault, cid, "due")
    assert any_vault.candidates.get(any_vault.candidates.ids()[0]).fields["first_name"] == "Hold"
