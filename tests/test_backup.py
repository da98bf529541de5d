"""Backups: encrypted, consistent, rotated; a restore never brings a purged candidate back."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from app.backup import BackupDamaged, create, fileformat, read_ledger, restore
from app.backup.rotation import Found, expired
from app.clock import FixedClock
from app.crypto import keyslots
from app.errors import InvalidInput, NotFound, Refused, UnlockError
from app.retention.purge import purge_candidate
from app.store.models import Candidate, CandidateKey
from app.vault import Vault
from tests.conftest import PASSPHRASE, Cli, assert_absent

CANARIES = ("Canarybackup", "Vogelsang", "canary.backup@example.be")


def _fill(vault: Vault) -> tuple[int, int, list[bytes]]:
    """A kept and a doomed candidate; returns the doomed one's stored bytes (key and envelopes)."""
    keep = vault.candidates.add(first_name="Kees", last_name="Blijft", email="kees@example.be")
    gone = vault.candidates.add(first_name=CANARIES[0], last_name=CANARIES[1], email=CANARIES[2])
    with vault.read() as session:
        key = session.get(CandidateKey, gone)
        cand = session.get(Candidate, gone)
        assert key is not None and cand is not None
        stored = [key.wrapped_key, cand.first_name, cand.last_name, cand.email]
    return keep, gone, stored


def _restore(backup: Path, target: Path | str, ledger_from: Vault | None, clock: FixedClock) -> object:
    ledger = read_ledger(ledger_from) if ledger_from is not None else None
    return restore(
        backup, str(target), PASSPHRASE, kind=keyslots.PASSPHRASE, user=None, ledger=ledger, clock=clock
    )


def _assert_bytes_absent(folder: Path, stored: list[bytes]) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for blob in stored:
                assert blob not in data, f"bytes of the purged candidate found in {path.name}"


def test_backup_purge_restore_leaves_purged_out(
    any_vault: Vault, any_vault_url: str, tmp_path: Path, clock: FixedClock
) -> None:
    keep, gone, stored = _fill(any_vault)
    folder = tmp_path / "backups"
    folder.mkdir()
    made = any_vault.backups.create(folder)
    assert made.path.parent == folder and made.path.name.endswith(".cvbackup")
    assert oct(made.path.stat().st_mode & 0o777) == "0o600"
    assert_absent(folder, *CANARIES, "Kees", "Blijft")  # the whole file is encrypted
    _assert_bytes_absent(folder, stored)

    purge_candidate(any_vault, gone, "erasure request")
    target = tmp_path / "restored" / "vault.sqlite3"
    target.parent.mkdir()
    report = _restore(made.path, target, any_vault, clock)
    assert report.skipped_purged == [gone] and report.restored_candidates == 1  # type: ignore[attr-defined]

    _assert_bytes_absent(target.parent, stored)  # neither its rows nor its wrapped key
    assert_absent(target.parent, *CANARIES)
    restored = Vault.open(target, clock)
    restored.unlock(PASSPHRASE)
    assert restored.candidates.ids() == [keep]
    with pytest.raises(NotFound, match="was purged"):
        restored.candidates.get(gone)
    assert restored.candidates.get(keep).fields["last_name"] == "Blijft"
    assert restored.verify().ok
    assert restored.candidates.add(first_name="New", last_name="One") > gone  # ids never reused
    restored.close()


def test_backup_streams_every_table(any_vault: Vault, tmp_path: Path) -> None:
    """Rows come a hundred at a time (PostgreSQL: a server-side cursor), never a whole table in memory:
    the documents table alone is most of a vault (rss_cli_backup in the benchmarks)."""
    _fill(any_vault)
    streamed: dict[str, object] = {}

    def seen(_conn: Any, _cursor: Any, statement: str, _params: Any, context: Any, _many: bool) -> None:
        words = statement.split()
        if words[0].upper() == "SELECT" and "FROM" in words and words[words.index("FROM") + 1] == "documents":
            streamed["documents"] = context.execution_options.get("stream_results")

    event.listen(any_vault.engine, "before_cursor_execute", seen)
    try:
        any_vault.backups.create(tmp_path)
    finally:
        event.remove(any_vault.engine, "before_cursor_execute", seen)
    assert streamed == {"documents": True}


@pytest.mark.postgres
def test_restore_into_postgresql(vault: Vault, pg_cluster: object, tmp_path: Path, clock: FixedClock) -> None:
    keep, gone, _ = _fill(vault)
    made = vault.backups.create(tmp_path)
    purge_candidate(vault, gone, "due")
    url = pg_cluster.new_database()  # type: ignore[attr-defined]
    _restore(made.path, url, vault, clock)
    restored = Vault.open(url, clock)
    restored.unlock(PASSPHRASE)
    assert restored.candidates.ids() == [keep]
    assert restored.candidates.add(first_name="New", last_name="One") > gone
    with restored.read() as session:
        assert session.scalars(select(CandidateKey.candidate_id)).all() == [keep, gone + 1]
    assert restored.verify().ok
    restored.close()


def test_restore_with_recovery_key_and_refusals(vault_path: Path, tmp_path: Path, clock: FixedClock) -> None:
    vault, recovery = Vault.create(vault_path, PASSPHRASE, clock=clock)
    _fill(vault)
    made = vault.backups.create(tmp_path)
    target = tmp_path / "r1.sqlite3"
    with pytest.raises(UnlockError, match="wrong passphrase"):
        restore(
            made.path,
            str(target),
            "not it at all",
            kind=keyslots.PASSPHRASE,
            user=None,
            ledger=None,
            clock=clock,
        )
    restore(made.path, str(target), recovery, kind=keyslots.RECOVERY, user=None, ledger=None, clock=clock)
    with pytest.raises(InvalidInput, match="already exists"):
        _restore(made.path, target, vault, clock)
    other, _ = Vault.create(tmp_path / "other.sqlite3", PASSPHRASE, clock=clock)
    with pytest.raises(Refused, match="another vault"):
        _restore(made.path, tmp_path / "r2.sqlite3", other, clock)
    assert not (tmp_path / "r2.sqlite3").exists()
    vault.users.add("vic", "viewer", "vic's viewer passphrase")
    with pytest.raises(Refused, match="may not make or restore"):
        vault.lock()
        vault.unlock("vic's viewer passphrase", "vic")
        vault.backups.create(tmp_path)
    other.close()
    vault.close()


def _dump(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def _corruptions(data: bytes, chunk_ends: list[int]) -> dict[str, bytes]:
    middle = len(data) // 2
    return {
        "flipped byte": data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :],
        "cut inside a part": data[: len(data) - 7],
        "last part missing": data[: chunk_ends[-2]],
        "header only": data[:40],
        "extra bytes": data + b"\x00" * 9,
        "not a backup": b"PK\x03\x04" + data[4:],
    }


def test_damaged_backup_is_refused_and_nothing_changes(
    vault: Vault, vault_path: Path, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fileformat, "CHUNK_SIZE", 512)  # many parts, so a whole missing part is testable
    _fill(vault)
    made = vault.backups.create(tmp_path)
    data = made.path.read_bytes()
    with made.path.open("rb") as handle:  # where each part ends
        head = fileformat.read_header(handle, "x")
        ends, pos = [], head.data_offset
        while pos < len(data):
            pos += 5 + int.from_bytes(data[pos + 1 : pos + 5], "big")
            ends.append(pos)
    assert len(ends) > 3 and ends[-1] == len(data)
    vault.close()
    before = _dump(vault_path)
    current = Vault.open(vault_path, clock)
    for name, damaged in _corruptions(data, ends).items():
        bad = tmp_path / f"bad-{name.replace(' ', '-')}.cvbackup"
        bad.write_bytes(damaged)
        target = tmp_path / f"target-{name.replace(' ', '-')}.sqlite3"
        with pytest.raises(BackupDamaged) as info:
            _restore(bad, target, current, clock)
        message = str(info.value)
        assert bad.name in message and message.count("\n") == 0, name
        assert "not a CandidateVault backup" in message if name == "not a backup" else "damaged" in message
        assert not target.exists() and not list(tmp_path.glob(f"{target.name}*")), name
    current.close()
    assert _dump(vault_path) == before  # the current vault is untouched


def test_rotation_rule() -> None:
    now = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    found = [Found(Path(f"b{i}"), now - dt.timedelta(days=d)) for i, d in enumerate([0, 1, 2, 40, 100])]
    assert expired(found, now, keep_last=10, keep_days=30, keep=Path("b0")) == [Path("b4"), Path("b3")]
    assert expired(found, now, keep_last=2, keep_days=365, keep=Path("b0")) == [
        Path("b4"),
        Path("b3"),
        Path("b2"),
    ]
    assert expired(found[3:], now, keep_last=1, keep_days=1, keep=Path("b3")) == [Path("b4")]


def test_backup_deletes_expired_ones_only(vault: Vault, tmp_path: Path) -> None:
    vault.set_setting("backup.keep_last", "2")
    vault.set_setting("backup.keep_days", "30")
    folder = tmp_path / "backups"
    folder.mkdir()
    stranger = folder / "someone-else.cvbackup"
    stranger.write_bytes(b"not ours")
    other_file = folder / "notes.txt"
    other_file.write_text("keep me")
    made = []
    for day in ("2026-03-02", "2026-03-03", "2026-03-04", "2026-05-01"):
        vault.clock = FixedClock.on(day)
        made.append(vault.backups.create(folder))
    assert [p.name for p in made[2].deleted] == [made[0].path.name]
    assert made[3].deleted == [made[1].path, made[2].path]  # older than 30 days
    assert sorted(folder.iterdir()) == sorted([made[3].path, stranger, other_file])


def test_backup_and_restore_commands(cli_vault: Cli, tmp_path: Path, clock: FixedClock) -> None:
    cid = cli_vault.ok("add", "--first-name", CANARIES[0], "--last-name", CANARIES[1]).strip()
    folder = tmp_path / "backups"
    folder.mkdir()
    out = cli_vault.ok("backup", str(folder))
    backup = next(folder.glob("*.cvbackup"))
    assert str(backup) in out
    cli_vault.ok("purge", cid, "--reason", "erasure request")
    target = tmp_path / "restored.sqlite3"
    out = cli_vault.ok("restore", str(backup), "--to", str(target))
    assert "1 purged candidate(s) left out" in out
    code, _, err = cli_vault(
        "--vault", str(target), "--passphrase-file", str(cli_vault.pass_file), "show", cid, base=False
    )
    assert code == 1 and "was purged" in err
    # Without the current vault: refused, unless --no-ledger (with a warning).
    lost = ["--vault", str(tmp_path / "lost.sqlite3"), "--passphrase-file", str(cli_vault.pass_file)]
    code, _, err = cli_vault(*lost, "restore", str(backup), "--to", str(tmp_path / "r2.sqlite3"), base=False)
    assert code == 1 and "--no-ledger" in err and not (tmp_path / "r2.sqlite3").exists()
    code, out, err = cli_vault(
        *lost, "restore", str(backup), "--to", str(tmp_path / "r3.sqlite3"), "--no-ledger", base=False
    )
    assert code == 0 and "WITHOUT the current vault's purge ledger" in err
    code, _, err = cli_vault(
        "restore", str(tmp_path / "missing.cvbackup"), "--to", str(tmp_path / "r4.sqlite3")
    )
    assert code == 1 and "cannot read the backup" in err
    no_server = f"postgresql://hr@/vault?host={tmp_path}/no-server-here"
    code, _, err = cli_vault("restore", str(backup), "--to", no_server)
    assert code == 3 and err.startswith("candidate-vault: the vault cannot be used") and err.count("\n") == 1


def test_a_forged_purge_record_does_not_drop_a_candidate_from_the_restore(
    cli_vault: Cli, tmp_path: Path
) -> None:
    """Issue 19: a row put into purge_records for a live candidate is not a purge (a purge deletes the
    candidate's rows and key with it), so restore keeps the candidate and says why."""
    kept = cli_vault.ok("add", "--first-name", "Blijft", "--last-name", "Hier").strip()
    folder = tmp_path / "backups"
    folder.mkdir()
    cli_vault.ok("backup", str(folder))
    backup = next(folder.glob("*.cvbackup"))
    with sqlite3.connect(cli_vault.vault_path) as conn:
        conn.execute(
            "INSERT INTO purge_records (candidate_id, purged_on, reason) VALUES (?, '2026-01-01', 'x')",
            (kept,),
        )
    target = tmp_path / "restored.sqlite3"
    code, out, err = cli_vault("restore", str(backup), "--to", str(target))
    assert code == 0, err
    assert f"the purge record of candidate {kept} is ignored" in err
    assert "1 candidate(s)" in out and "0 purged candidate(s) left out" in out
    code, out, _ = cli_vault("verify")
    assert code == 1 and f"purge record of candidate {kept}: forged" in out


def test_a_backup_to_a_full_disk_says_one_line_and_leaves_no_file(
    cli_vault: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli_vault.ok("add", "--first-name", CANARIES[0], "--last-name", CANARIES[1])
    folder = tmp_path / "stick"
    folder.mkdir()

    def full(self: object, data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(fileformat.BackupWriter, "write", full)
    code, out, err = cli_vault("backup", str(folder))
    assert code == 1 and out == ""
    said = f"cannot write the backup in {folder}: No space left on device; no backup was made"
    assert err == f"candidate-vault: {said}\n"
    assert list(folder.iterdir()) == []


def test_the_snapshot_a_backup_reads_holds_still_while_others_write(vault: Vault) -> None:
    """The backup streams from one read transaction (no copy of the file in memory): a candidate added
    while it reads is not half in it."""
    from app.backup import snapshot

    first = vault.candidates.add(first_name="An", last_name="Aerts")
    with snapshot.snapshot(vault.engine) as conn:
        seen = conn.execute(select(Candidate.id)).scalars().all()
        vault.candidates.add(first_name="Bo", last_name="Claes")  # another connection commits
        again = conn.execute(select(Candidate.id)).scalars().all()
        lines = list(snapshot.lines(conn))
    assert seen == again == [first]
    assert sum(line.startswith(b"[") for line in lines) > 0
    assert b'"candidates"' in b"".join(lines)


@pytest.mark.parametrize(
    ("schema", "restores"), [("0006", True), ("0007", True), ("0008", True), ("0005", False)]
)
def test_a_backup_of_an_older_schema_with_the_same_tables_restores(
    vault: Vault,
    tmp_path: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    schema: str,
    restores: bool,
) -> None:
    """0007 added a trigger only, 0008 a table a backup leaves out, 0009 a column to an index on
    PostgreSQL: a backup made at 0006 to 0008 restores (and gets them); an older one is refused with the
    version to use."""
    keep, _gone, _ = _fill(vault)
    monkeypatch.setattr(create, "current_revision", lambda _engine: schema)
    made = vault.backups.create(tmp_path)
    target = tmp_path / "restored.sqlite3"
    if not restores:
        with pytest.raises(Refused, match=f"the backup has schema {schema}, this app 0009"):
            _restore(made.path, target, vault, clock)
        return
    _restore(made.path, target, vault, clock)
    restored = Vault.open(target, clock)
    restored.unlock(PASSPHRASE)
    assert keep in restored.candidates.ids()
    assert restored.verify().ok
    restored.close()
    with sqlite3.connect(target) as conn:
        triggers = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
    assert triggers == [("search_postings_drop_empty",)]
