"""A full disk: unlocking and reading still work, the log entries they owe wait for the next write that
lands, and a write says one line and leaves nothing half-saved.

The disk is made full by the ``disk`` fixture (tests/conftest.py), as SQLite reports a full disk.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from app.errors import DiskFull, UnlockError
from app.store.engine import translate_operational_error
from app.store.models import AuditEvent
from app.vault import DISK_FULL_WARNING, Vault
from tests.conftest import PASSPHRASE, Cli, FullDisk


def actions(vault: Vault) -> list[str]:
    with vault.read() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_unlock_and_reading_work_on_a_full_disk_and_are_logged_once_space_returns(
    vault: Vault, disk: FullDisk
) -> None:
    cid = vault.candidates.add(first_name="Zoë", last_name="Peeters", email="zoe@example.be")
    vault.lock()
    before = actions(vault)
    disk.full = True

    vault.unlock(PASSPHRASE)  # no DiskFull: the unlock's event waits
    assert vault.unlocked
    assert vault.candidates.get(cid).fields["last_name"] == "Peeters"  # its "viewed" event waits too
    assert [e[2] for e in vault.queued_events] == ["unlock", "candidate_viewed"]
    with pytest.raises(DiskFull, match=r"^the disk holding the vault is full: nothing was saved"):
        vault.candidates.edit(cid, {"last_name": "Janssens"})
    assert actions(vault) == before  # nothing half-saved, nothing logged yet

    disk.full = False
    vault.candidates.edit(cid, {"last_name": "Janssens"})
    logged = actions(vault)[len(before) :]
    assert logged[:2] == ["unlock", "candidate_viewed"]  # first, in the order they happened
    assert logged[2:] == ["candidate_edited"]
    assert vault.queued_events == []
    assert vault.verify().ok  # the chain and its signed head hold with the late events in them
    assert vault.candidates.get(cid).fields["last_name"] == "Janssens"


def test_a_wrong_passphrase_on_a_full_disk_is_still_a_wrong_passphrase(vault: Vault, disk: FullDisk) -> None:
    vault.lock()
    disk.full = True
    with pytest.raises(UnlockError):
        vault.unlock("not the passphrase at all")
    assert [e[2] for e in vault.queued_events] == ["unlock_failed"]
    disk.full = False
    vault.unlock(PASSPHRASE)
    assert actions(vault)[-2:] == ["unlock_failed", "unlock"]


def test_the_cli_reads_on_a_full_disk_with_one_warning_line_and_refuses_a_change_in_one_line(
    cli_vault: Cli, disk: FullDisk
) -> None:
    cli_vault.ok("add", "--first-name", "Zoë", "--last-name", "Peeters", "--email", "zoe@example.be")
    disk.full = True
    code, out, err = cli_vault("show", "1")
    assert code == 0, err
    assert "Peeters" in out
    assert err.strip() == f"candidate-vault: warning: {DISK_FULL_WARNING}"
    code, _out, err = cli_vault("edit", "1", "--last-name", "Janssens")
    assert code == 1
    assert err.count("\n") == 2  # the warning, then the refusal: no traceback
    assert err.splitlines()[-1].startswith("candidate-vault: the disk holding the vault is full")


@pytest.mark.parametrize(
    "server_says",
    [
        "database or disk is full",  # SQLite
        'could not extend file "base/16384/2619": No space left on device\nHINT: Check free disk space.',
    ],
)
def test_both_backends_full_disk_messages_are_one_line_without_paths(server_says: str) -> None:
    error = translate_operational_error(OperationalError("INSERT ...", {}, Exception(server_says)))
    assert isinstance(error, DiskFull)
    assert "\n" not in str(error) and "base/" not in str(error)
