"""Killed processes and concurrent writers never leave a corrupt vault or a half-written candidate."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.clock import FixedClock
from app.errors import VaultBusy
from app.vault import Vault
from tests.conftest import PASSPHRASE, ROOT

# The child adds candidates one by one and says so after each commit.
ADDER = """
import sys
from app.vault import Vault
from app.errors import VaultError
vault = Vault.open(sys.argv[1])
vault.unlock(sys.argv[2])
for n in range(int(sys.argv[3])):
    try:
        cid = vault.candidates.add(first_name=f"First{n}", last_name=f"Last{n}", email=f"p{n}@example.be",
                                   phone="0470 12 34 56", address="Kerkstraat 1, 9000 Gent",
                                   summary="x" * 500)
    except VaultError as exc:
        print("error", type(exc).__name__, exc, flush=True)
        sys.exit(4)
    print("added", cid, flush=True)
"""


def _spawn_adder(path: Path, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", ADDER, str(path), PASSPHRASE, str(count)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _assert_whole(path: Path, clock: FixedClock) -> list[int]:
    vault = Vault.open(path, clock)
    try:
        vault.unlock(PASSPHRASE)
        report = vault.verify()
        assert report.ok, report.damaged
        ids = vault.candidates.ids()
        for record in vault.candidates.list(("first_name", "last_name", "email", "summary")):
            assert not record.damaged
            assert record.fields["first_name"] and record.fields["summary"] == "x" * 500
        return ids
    finally:
        vault.close()


def test_sigkill_during_batch_of_adds(vault: Vault, vault_path: Path, clock: FixedClock) -> None:
    vault.close()
    rng = random.Random(20261125)
    total_seen = 0
    for _round in range(8):
        child = _spawn_adder(vault_path, 40)
        assert child.stdout is not None
        for _ in range(rng.randint(0, 25)):
            line = child.stdout.readline()
            assert line.startswith("added"), line
            total_seen += 1
        child.send_signal(signal.SIGKILL)
        child.wait()
        ids = _assert_whole(vault_path, clock)
        # Everything the child reported as committed is there; at most one more commit slipped through.
        assert total_seen <= len(ids) <= total_seen + 1
        total_seen = len(ids)


def test_two_writers_at_once(vault: Vault, vault_path: Path, clock: FixedClock) -> None:
    vault.close()
    children = [_spawn_adder(vault_path, 15) for _ in range(2)]
    outputs = [child.communicate(timeout=120) for child in children]
    added = 0
    for child, (out, err) in zip(children, outputs, strict=True):
        added += out.count("added")
        if child.returncode != 0:
            assert "VaultBusy" in out and "busy" in out, (out, err)
        assert "Traceback" not in err, err
    ids = _assert_whole(vault_path, clock)
    assert len(ids) == added


def test_busy_vault_gives_clear_message(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holds the write lock longer than the busy timeout: a clear message, no damage."""
    import sqlite3

    import app.store.engine as engine_module

    cid = vault.candidates.add(first_name="Anna", last_name="Aerts")
    vault.close()
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    blocker = sqlite3.connect(vault_path, isolation_level=None, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    fresh = Vault.open(vault_path)  # readers are not blocked (WAL)
    try:
        with pytest.raises(VaultBusy, match="busy"):
            fresh.unlock(PASSPHRASE)  # unlocking writes its audit event
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    fresh.unlock(PASSPHRASE)
    assert fresh.candidates.get(cid).fields["first_name"] == "Anna"
    fresh.close()
