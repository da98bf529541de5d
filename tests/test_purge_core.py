"""Purging one candidate: key and rows gone, record kept, no passphrase needed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.clock import FixedClock
from app.errors import NotFound, Refused
from app.retention.purge import purge_candidate
from app.store.models import LegalHold
from app.vault import Vault
from tests.conftest import assert_absent


def test_purge_without_passphrase(vault: Vault, vault_path: Path, clock: FixedClock) -> None:
    keep = vault.candidates.add(first_name="Kees", last_name="Blijft")
    gone = vault.candidates.add(first_name="Canaryvogel", last_name="Weggaan", email="weggaan@example.be")
    vault.close()
    locked = Vault.open(vault_path, clock)
    purge_candidate(locked, gone, "erasure request", suppress=True)
    with pytest.raises(NotFound, match="already purged"):
        purge_candidate(locked, gone, "again")
    locked.close()
    with sqlite3.connect(vault_path) as conn:
        assert conn.execute(
            "SELECT count(*) FROM candidate_keys WHERE candidate_id=?", (gone,)
        ).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM candidates").fetchone() == (1,)
        assert conn.execute("SELECT candidate_id, reason FROM purge_records").fetchall() == [
            (gone, "erasure request")
        ]
        assert conn.execute("SELECT count(*) FROM suppression").fetchone() == (1,)
    assert_absent(vault_path.parent, "Canaryvogel", "Weggaan", "weggaan@example.be")
    reopened = Vault.open(vault_path, clock)
    reopened.unlock("correct horse battery staple")
    assert reopened.candidates.get(keep).fields["last_name"] == "Blijft"
    assert reopened.verify().ok
    readded = reopened.candidates.add(first_name="X", last_name="Y", email="Weggaan@Example.be")
    assert reopened.candidates.warnings_for(readded)
    reopened.close()


def test_held_candidate_is_never_purged(vault: Vault, clock: FixedClock) -> None:
    cid = vault.candidates.add(first_name="Hold", last_name="Me")
    with vault.write() as session:
        session.add(LegalHold(candidate_id=cid, placed_on=clock.today(), reason=b""))
    with pytest.raises(Refused, match="legal hold"):
        purge_candidate(vault, cid, "due")
    assert vault.candidates.get(cid).fields["first_name"] == "Hold"
