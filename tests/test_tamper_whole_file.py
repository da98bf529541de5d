"""The whole vault file put back by an older copy (issue 19): everything in it agrees, as it did then;
what this computer remembers of the newest signed head it saw (app/integrity/freshness.py) finds it.

The story: Anna was rejected (due for purging); later she applied again. Someone puts back a copy of
the whole file from before that, so that the scheduled purge deletes her.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from app.clock import FixedClock
from app.vault import Vault
from tests.conftest import PASSPHRASE, Cli

D = dt.date.fromisoformat
AS_OF = "2026-03-02"
CLOCK = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
NOT_LATER = "vault file: not a later state of any copy this computer saw"


@pytest.fixture
def story(tmp_path: Path) -> tuple[Path, Path, dict[str, int], str]:
    """(the vault now, a copy of the whole file from before Anna applied again, ids, fact key id)."""
    path, older = tmp_path / "vault.sqlite3", tmp_path / "older.sqlite3"
    vault, _ = Vault.create(path, PASSPHRASE, clock=FixedClock(CLOCK))
    ids = {}
    for first in ("Anna", "Bram"):
        ids[first.lower()] = cid = vault.candidates.add(first_name=first, last_name="Aerts")
        vault.retention.add_procedure(cid, "Boekhouder", D("2025-01-06"), "rejected", D("2025-02-03"))
    vault.close()
    shutil.copy(path, older)
    vault = Vault.open(path, clock=FixedClock(CLOCK))
    vault.unlock(PASSPHRASE)
    vault.retention.add_procedure(ids["anna"], "Boekhouder", D("2026-02-01"))  # she applied again
    report = vault.verify()
    assert report.ok, report.damaged
    vault.close()
    return path, older, ids, report.fact_key_id


def _unlocked(cli: Cli, path: Path, *args: str) -> tuple[int, str, str]:
    return cli("--vault", str(path), "--passphrase-file", str(cli.pass_file), *args, base=False)


def _verify(cli: Cli, path: Path) -> tuple[int, list[str]]:
    code, out, _ = _unlocked(cli, path, "verify", "--json")
    return code, json.loads(out)["damaged"]


def _scheduled_purge(cli: Cli, path: Path, key_id: str) -> tuple[int, str, str]:
    locked = ["--vault", str(path), "--trust", key_id, "purge", "--due", "--yes", "--as-of", AS_OF, "--json"]
    return cli(*locked, base=False)


def _put_back(older: Path, path: Path) -> None:
    for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copy(older, path)


def test_without_the_older_copy_only_the_due_candidate_goes(
    story: tuple[Path, Path, dict[str, int], str], cli: Cli
) -> None:
    path, _older, ids, key_id = story
    code, out, err = _scheduled_purge(cli, path, key_id)
    assert code == 0, err
    assert json.loads(out)["purged"] == [ids["bram"]]


def test_an_older_copy_put_back_is_named_and_no_purge_by_the_rules_runs(
    story: tuple[Path, Path, dict[str, int], str], cli: Cli
) -> None:
    path, older, ids, key_id = story
    _put_back(older, path)

    code, _out, err = _scheduled_purge(cli, path, key_id)
    assert code == 1 and NOT_LATER in err, err
    code, damaged = _verify(cli, path)
    assert code == 1 and any(line.startswith(NOT_LATER) for line in damaged), damaged

    # Sessions with the passphrase on the older copy do not move this computer's memory on, however many.
    for _session in range(4):
        assert _unlocked(cli, path, "list")[0] == 0
    code, damaged = _verify(cli, path)
    assert code == 1 and any(line.startswith(NOT_LATER) for line in damaged), damaged
    code, _out, err = _scheduled_purge(cli, path, key_id)
    assert code == 1 and NOT_LATER in err
    assert ids["anna"] in _alive(path)


def _alive(path: Path) -> set[int]:
    vault = Vault.open(path, clock=FixedClock(CLOCK))
    vault.unlock(PASSPHRASE)
    alive = {row.id for row in vault.candidates.list()}
    vault.close()
    return alive


def test_another_computer_has_seen_nothing(
    story: tuple[Path, Path, dict[str, int], str], cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The memory is this computer's (and OS account's): elsewhere the older copy is all there is."""
    path, older, _ids, _key_id = story
    _put_back(older, path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "another-computer"))
    code, damaged = _verify(cli, path)
    assert code == 0, damaged


def test_a_restore_is_a_new_copy_and_the_one_it_came_from_goes_on(
    story: tuple[Path, Path, dict[str, int], str], cli: Cli, tmp_path: Path
) -> None:
    path, _older, ids, key_id = story
    folder = tmp_path / "backups"
    folder.mkdir()
    assert _unlocked(cli, path, "backup", str(folder))[0] == 0
    assert _unlocked(cli, path, "edit", str(ids["bram"]), "--email", "bram@example.be")[0] == 0
    restored = tmp_path / "restored.sqlite3"
    code, _out, err = _unlocked(
        cli, path, "restore", str(next(folder.glob("*.cvbackup"))), "--to", str(restored)
    )
    assert code == 0, err

    for copy in (restored, path):  # a test restore beside the vault in use: neither is taken for the other
        code, damaged = _verify(cli, copy)
        assert code == 0, (copy, damaged)
    assert _scheduled_purge(cli, path, key_id)[0] == 0
