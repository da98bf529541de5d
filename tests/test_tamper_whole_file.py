"""The whole vault file put back by an older copy (issue 19): everything in it agrees, as it did then;
what this computer remembers of the newest signed head it saw (app/integrity/freshness.py) finds it.

The story: Anna was rejected (due for purging); later she applied again. Someone puts back a copy of
the whole file from before that, so that the scheduled purge deletes her.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.clock import FixedClock
from app.vault import Vault
from tests.conftest import PASSPHRASE, Cli
from tests.rollback_story import CLOCK, Story, build, scheduled_purge, unlocked, verify

NOT_LATER = "vault file: not a later state of any copy this computer saw"


@pytest.fixture
def story(tmp_path: Path) -> Story:
    return build(tmp_path)


def _put_back(older: Path, path: Path) -> None:
    for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copy(older, path)


def test_an_older_copy_put_back_is_named_and_no_purge_by_the_rules_runs(story: Story, cli: Cli) -> None:
    path, older, ids, key_id = story
    _put_back(older, path)

    code, _out, err = scheduled_purge(cli, path, key_id)
    assert code == 1 and NOT_LATER in err, err
    code, damaged = verify(cli, path)
    assert code == 1 and any(line.startswith(NOT_LATER) for line in damaged), damaged

    # Sessions with the passphrase on the older copy do not move this computer's memory on, however many.
    for _session in range(4):
        assert unlocked(cli, path, "list")[0] == 0
    code, damaged = verify(cli, path)
    assert code == 1 and any(line.startswith(NOT_LATER) for line in damaged), damaged
    code, _out, err = scheduled_purge(cli, path, key_id)
    assert code == 1 and NOT_LATER in err
    assert ids["anna"] in _alive(path)


def _alive(path: Path) -> set[int]:
    vault = Vault.open(path, clock=FixedClock(CLOCK))
    vault.unlock(PASSPHRASE)
    alive = {row.id for row in vault.candidates.list()}
    vault.close()
    return alive


def test_another_computer_has_seen_nothing(
    story: Story, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The memory is this computer's (and OS account's): elsewhere the older copy is all there is."""
    path, older, _ids, _key_id = story
    _put_back(older, path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "another-computer"))
    code, damaged = verify(cli, path)
    assert code == 0, damaged


def test_a_restore_is_a_new_copy_and_the_one_it_came_from_goes_on(
    story: Story, cli: Cli, tmp_path: Path
) -> None:
    path, _older, ids, key_id = story
    folder = tmp_path / "backups"
    folder.mkdir()
    assert unlocked(cli, path, "backup", str(folder))[0] == 0
    assert unlocked(cli, path, "edit", str(ids["bram"]), "--email", "bram@example.be")[0] == 0
    restored = tmp_path / "restored.sqlite3"
    code, _out, err = unlocked(
        cli, path, "restore", str(next(folder.glob("*.cvbackup"))), "--to", str(restored)
    )
    assert code == 0, err

    for copy in (restored, path):  # a test restore beside the vault in use: neither is taken for the other
        code, damaged = verify(cli, copy)
        assert code == 0, (copy, damaged)
    assert scheduled_purge(cli, path, key_id)[0] == 0
