"""The audit log: every action on personal data leaves an event; tampering with the file is found by
``verify``; pruning keeps the chain verifiable; no personal value ever lands in it."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from app.clock import FixedClock
from app.errors import UnlockError
from app.retention.purge import purge_candidate
from app.vault import Vault
from tests.conftest import PASSPHRASE, Cli, assert_absent
from tests.rights_data import PROFILE, populate

D = dt.date.fromisoformat


def _history(vault: Vault, tmp_path: Path) -> int:
    """A vault with a few dozen events of every kind; returns the candidate id."""
    cid, _ = populate(vault)
    vault.candidates.get(cid)
    vault.rights.export(cid, tmp_path / "e.zip")
    return cid


def _events(path: Path) -> list[tuple[int, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT id, at, actor, action FROM audit_events ORDER BY id").fetchall()


def _verify(cli: Cli) -> tuple[int, str]:
    code, out, _ = cli("verify")
    return code, out


@pytest.fixture
def tampered_cli(cli_vault: Cli, tmp_path: Path) -> Cli:
    vault = Vault.open(cli_vault.vault_path, FixedClock.on("2026-03-02"))
    vault.unlock(PASSPHRASE)
    _history(vault, tmp_path)
    vault.close()
    assert _verify(cli_vault)[0] == 0
    return cli_vault


def _edit(conn: sqlite3.Connection) -> int:
    conn.execute("UPDATE audit_events SET action='candidate_added' WHERE id=5")
    return 5


def _edit_details(conn: sqlite3.Connection) -> int:
    conn.execute("""UPDATE audit_events SET details='{"fields":[]}' WHERE id=7""")
    return 7


def _delete_middle(conn: sqlite3.Connection) -> int:
    conn.execute("DELETE FROM audit_events WHERE id=6")
    return 6


def _delete_newest(conn: sqlite3.Connection) -> int:
    (last,) = conn.execute("SELECT max(id) FROM audit_events").fetchone()
    conn.execute("DELETE FROM audit_events WHERE id>=?", (last - 1,))
    return int(last) - 1


def _delete_newest_and_head(conn: sqlite3.Connection) -> int:
    (last,) = conn.execute("SELECT max(id) FROM audit_events").fetchone()
    conn.execute("DELETE FROM audit_events WHERE id=?", (last,))
    conn.execute("DELETE FROM vault_meta WHERE key='audit_head'")
    return int(last)


def _swap(conn: sqlite3.Connection) -> int:
    cols = "at, actor, action, candidate_id, details, prev_hash, hash"
    a = conn.execute(f"SELECT {cols} FROM audit_events WHERE id=4").fetchone()
    b = conn.execute(f"SELECT {cols} FROM audit_events WHERE id=5").fetchone()
    sets = ", ".join(f"{c.strip()}=?" for c in cols.split(","))
    conn.execute(f"UPDATE audit_events SET {sets} WHERE id=4", b)
    conn.execute(f"UPDATE audit_events SET {sets} WHERE id=5", a)
    return 4


def _recompute_one_without_the_next(conn: sqlite3.Connection) -> int:
    # An attacker who fixes the edited row's own hash still breaks the link to the next event.
    from app.audit import _digest

    row = conn.execute(
        "SELECT id, at, actor, action, candidate_id, details, prev_hash FROM audit_events WHERE id=3"
    )
    ev_id, at, actor, _, cand, details, prev = row.fetchone()
    new_hash = _digest(ev_id, at, actor, "vault_created", cand, json.loads(details), prev)
    conn.execute("UPDATE audit_events SET action='vault_created', hash=? WHERE id=3", (new_hash,))
    return 4


@pytest.mark.parametrize(
    "tamper",
    [
        _edit,
        _edit_details,
        _delete_middle,
        _delete_newest,
        _delete_newest_and_head,
        _swap,
        _recompute_one_without_the_next,
    ],
)
def test_tampering_makes_verify_fail_naming_the_first_broken_event(
    tampered_cli: Cli, tamper: Callable[[sqlite3.Connection], int]
) -> None:
    with sqlite3.connect(tampered_cli.vault_path) as conn:
        broken = tamper(conn)
    code, out = _verify(tampered_cli)
    assert code == 1
    assert f"audit event {broken} " in out, out
    # It stays broken: later appends (verify's own unlock event) do not paper over the gap.
    code, out = _verify(tampered_cli)
    assert code == 1 and f"audit event {broken} " in out


def test_prune_keeps_verify_green(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "old.sqlite3", PASSPHRASE, clock=FixedClock.on("2019-05-01"))
    old = vault.candidates.add(first_name="Old", last_name="Times")
    vault.candidates.get(old)  # 2019: vault_created, candidate_added, candidate_viewed
    vault.clock = FixedClock.on("2021-06-01")
    vault.candidates.get(old)
    vault.clock = FixedClock.on("2026-03-02")
    _history(vault, tmp_path)
    before = len(vault.audit_log.events())
    assert vault.audit_log.prune(D("2026-03-02")) == 3  # keep_years 5: before 2021-03-02
    events = vault.audit_log.events()
    assert events[0]["at"].startswith("2021-06-01") and events[0]["action"] == "candidate_viewed"
    assert events[-1]["action"] == "audit_pruned" and events[-1]["details"]["deleted"] == 3
    assert len(events) == before - 3 + 2  # the first listing's own event and the pruned event
    assert vault.verify().ok
    # Nothing more to prune the same day; a shorter setting prunes further.
    assert vault.audit_log.prune(D("2026-03-02")) == 0
    vault.set_setting("audit.keep_years", "1")
    assert vault.audit_log.prune(D("2026-03-02")) == 1
    assert vault.verify().ok
    assert all(e["at"] >= "2025-03-02" for e in vault.audit_log.events())
    vault.close()


def test_prune_everything_then_append(vault: Vault) -> None:
    vault.clock = FixedClock.on("2030-01-01")
    vault.set_setting("audit.keep_years", "1")
    deleted = vault.audit_log.prune(D("2030-01-01"))  # every event before 2029-01-01: all so far
    assert deleted > 0
    assert vault.verify().ok
    vault.candidates.add(first_name="After", last_name="Prune")
    assert vault.verify().ok


def test_every_action_on_personal_data_is_audited(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    cid = _history(vault, tmp_path)
    purge_candidate(vault, vault.candidates.add(first_name="To", last_name="Purge"), "test")
    vault.close()
    locked = Vault.open(vault_path, FixedClock.on("2026-03-02"))
    with pytest.raises(UnlockError):
        locked.unlock("wrong passphrase!")
    locked.unlock(PASSPHRASE)
    actions = [e["action"] for e in locked.audit_log.events()]
    for action in (
        "candidate_added",
        "candidate_viewed",
        "candidate_edited",
        "candidate_exported",
        "candidate_purged",
        "request_recorded",
        "unlock",
        "unlock_failed",
    ):
        assert action in actions, action
    mine = locked.audit_log.events(cid)
    assert mine and all(e["candidate_id"] == cid for e in mine)
    locked.close()


def test_audit_table_holds_no_canary_value(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    cid = _history(vault, tmp_path)
    vault.rights.record(cid, "objection", D("2026-03-01"), note="Canaryobjection text")
    vault.rights.rectify(cid, {"summary": "Canaryrectified summary"})
    vault.close()
    with sqlite3.connect(vault_path) as conn:
        rows = conn.execute("SELECT * FROM audit_events").fetchall()
        meta = conn.execute("SELECT value FROM vault_meta WHERE key LIKE 'audit%'").fetchall()
    blob = repr(rows).encode() + repr(meta).encode()
    raw = b"".join(str(v).encode("utf-8") for row in rows for v in row)
    canaries = [
        *PROFILE.values(),
        "canary.new@example.be",
        "Canarynote",
        "Canary subject",
        "Canarybody",
        "Canary dispute",
        "Canary asks",
        "Canaryobjection",
        "Canaryrectified",
        "cv.pdf",
        "motivatie",
    ]
    for value in canaries:
        if value in ("nl", "nl, fr, en"):
            continue  # too short to be a meaningful canary in JSON keys
        for needle in (value.encode("utf-8"), value.lower().encode("utf-8")):
            assert needle not in blob and needle not in raw, value
    assert len(rows) >= 8
    # And nowhere in the vault's files (DB, WAL) in clear, audit table or not.
    assert_absent(vault_path.parent, *(v for v in canaries if len(v) > 3))


def test_cli_audit_lists_events(cli_vault: Cli) -> None:
    cid = cli_vault.ok("add", "--first-name", "Audit", "--last-name", "Me").strip()
    cli_vault.ok("show", cid)
    events = json.loads(cli_vault.ok("audit", "--json", "--candidate", cid))
    assert [e["action"] for e in events] == ["candidate_added", "candidate_viewed"]
    assert set(events[0]) == {"id", "at", "actor", "action", "candidate_id", "details", "hash"}
    text = cli_vault.ok("audit")
    assert "vault_created" in text and "candidate_viewed" in text
    assert "0 audit event(s) deleted." in cli_vault.ok("audit-prune")
