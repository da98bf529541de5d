"""Several users per vault, each with a passphrase and a role enforced by the Vault service."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.clock import FixedClock
from app.errors import InvalidInput, NotFound, Refused, UnlockError, VaultLocked
from app.retention.purge import purge_candidate
from app.store.models import AuditEvent
from app.vault import Vault
from tests.conftest import Cli

RITA = "rita's recruiter passphrase"
VIC = "vic's viewer passphrase"


def _as(url: str, clock: FixedClock, passphrase: str, user: str | None = None) -> Vault:
    vault = Vault.open(url, clock)
    vault.unlock(passphrase, user)
    return vault


def test_roles_are_enforced_and_audited(any_vault: Vault, any_vault_url: str, clock: FixedClock) -> None:
    any_vault.users.add("rita", "recruiter", RITA)
    any_vault.users.add("vic", "viewer", VIC)
    assert [(s.user_name, s.role) for s in any_vault.users()] == [
        ("admin", "admin"),
        ("rita", "recruiter"),
        ("vic", "viewer"),
    ]
    with pytest.raises(InvalidInput, match="already a user"):
        any_vault.users.add("rita", "viewer", RITA)

    rita = _as(any_vault_url, clock, RITA, "rita")
    cid = rita.candidates.add(first_name="Ann", last_name="Claes")
    rita.candidates.edit(cid, {"source": "referral"})
    for action in (
        lambda: rita.set_setting("retention.hired_days", "10"),
        lambda: rita.users.add("eve", "admin", "eve's passphrase"),
        lambda: purge_candidate(rita, cid, "due"),
    ):
        with pytest.raises(Refused, match=r"'rita' \(recruiter\) may not"):
            action()
    rita.close()

    vic = _as(any_vault_url, clock, VIC, "vic")
    assert vic.candidates.get(cid).fields["last_name"] == "Claes"
    with pytest.raises(Refused, match="may not change candidates"):
        vic.candidates.edit(cid, {"source": "x"})
    with pytest.raises(Refused, match="may not change candidates"):
        vic.candidates.add(first_name="A", last_name="B")
    with pytest.raises(Refused, match="may not change candidates"):
        vic.rights.record(cid, "access", clock.today())
    with pytest.raises(Refused, match="may not change candidates"):
        vic.reminders.dismiss(cid, clock.today())
    with pytest.raises(UnlockError, match="wrong passphrase"):
        vic.unlock(RITA, "vic")
    vic.close()

    with any_vault.read() as session:
        events = [(e.actor, e.action, e.details) for e in session.scalars(select(AuditEvent))]
    assert ("rita", "candidate_added", {"role": "recruiter"}) in events
    refused = [(actor, d["permission"]) for actor, action, d in events if action == "refused"]
    assert refused == [
        ("rita", "settings"),
        ("rita", "users"),
        ("rita", "purge"),
        ("vic", "candidates"),
        ("vic", "candidates"),
        ("vic", "candidates"),
        ("vic", "candidates"),
    ]
    assert any_vault.verify().ok


def test_remove_user_and_last_admin(any_vault: Vault, any_vault_url: str, clock: FixedClock) -> None:
    with pytest.raises(Refused, match="last admin"):
        any_vault.users.remove("admin")
    any_vault.users.add("rita", "recruiter", RITA)
    any_vault.users.add("ada", "admin", "ada's admin passphrase")
    any_vault.users.remove("rita")
    with pytest.raises(NotFound, match="no user 'rita'"):
        any_vault.users.remove("rita")
    with pytest.raises(UnlockError, match="no user"):
        _as(any_vault_url, clock, RITA, "rita")
    any_vault.users.remove("admin")  # another admin is left
    ada = _as(any_vault_url, clock, "ada's admin passphrase")  # the first admin is picked by default
    assert ada.user == "ada"
    with pytest.raises(Refused, match="last admin"):
        ada.users.remove("ada")
    ada.close()


def test_unattended_purge_needs_no_user(any_vault: Vault, any_vault_url: str, clock: FixedClock) -> None:
    cid = any_vault.candidates.add(first_name="Due", last_name="Today")
    any_vault.retention.add_procedure(cid, "Boekhouder", dt.date(2025, 1, 6), "rejected", dt.date(2025, 2, 3))
    locked = Vault.open(any_vault_url, clock)
    with pytest.raises(VaultLocked):
        purge_candidate(locked, cid, "chosen")
    assert locked.retention.purge_due(confirmed=True).purged == [cid]
    with pytest.raises(Exception, match="locked"):
        locked.set_setting("retention.hired_days", "10")
    locked.close()


def test_user_commands(cli_vault: Cli, tmp_path: Path) -> None:
    rita_file = tmp_path / "rita.txt"
    rita_file.write_text(RITA + "\n")
    cli_vault.ok("user", "add", "rita", "--role", "recruiter", "--passphrase-file", str(rita_file))
    listed = json.loads(cli_vault.ok("user", "list", "--json"))
    assert [(u["name"], u["role"]) for u in listed] == [("admin", "admin"), ("rita", "recruiter")]
    as_rita = ["--vault", str(cli_vault.vault_path), "--passphrase-file", str(rita_file), "--user", "rita"]
    code, _, err = cli_vault(*as_rita, "add", "--first-name", "A", "--last-name", "B", base=False)
    assert code == 0, err
    code, _, err = cli_vault(*as_rita, "settings", "set", "retention.hired_days", "5", base=False)
    assert code == 1 and err.strip() == (
        "candidate-vault: user 'rita' (recruiter) may not change settings; ask an admin"
    )
    code, _, err = cli_vault("user", "remove", "admin")
    assert code == 1 and "last admin" in err
    cli_vault.ok("user", "remove", "rita")
    code, _, err = cli_vault(*as_rita, "list", base=False)
    assert code == 3 and "no user 'rita'" in err
    with pytest.raises(SystemExit) as info:
        cli_vault("user", "add", "bob", "--role", "boss")
    assert info.value.code == 2


@pytest.mark.parametrize("name", ["unattended", "Unattended:backup", "unattended-bob"])
def test_names_of_scheduled_runs_are_not_user_names(vault: Vault, name: str) -> None:
    """The audit log tells a scheduled run's events by this word (a user's after the signed head are a
    tamper): no user may be named so."""
    with pytest.raises(InvalidInput, match="reserved for scheduled runs"):
        vault.users.add(name, "recruiter", "another long passphrase 123")
