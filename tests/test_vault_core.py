"""The Vault service and the core CLI: Vault-level tests on SQLite and PostgreSQL, CLI on SQLite files."""

from __future__ import annotations

import base64
import json
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.clock import FixedClock
from app.errors import Conflict, InvalidInput, SchemaTooNew, UnlockError, VaultUnreadable
from app.retention.purge import purge_candidate
from app.store.engine import make_engine
from app.store.models import AuditEvent
from app.vault import Vault
from tests.conftest import PASSPHRASE, Cli, downgrade


def test_add_get_edit_list(any_vault: Vault) -> None:
    cid = any_vault.candidates.add(first_name="Zoë", last_name="Van den Broeck", email="zoe@example.be")
    record = any_vault.candidates.get(cid)
    assert record.fields["first_name"] == "Zoë" and record.fields["phone"] is None
    version = any_vault.candidates.edit(cid, {"phone": "+32 470 12 34 56"})
    assert any_vault.candidates.get(cid, ["phone"]).fields == {"phone": "+32 470 12 34 56"}
    with pytest.raises(Conflict, match="reload"):
        any_vault.candidates.edit(cid, {"source": "LinkedIn"}, expected_version=version - 1)
    assert [r.display_name for r in any_vault.candidates.list()] == ["Zoë Van den Broeck"]


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"first_name": "", "last_name": "X"}, "first_name is required"),
        ({"first_name": "A", "last_name": "B", "email": "not-an-address"}, "valid e-mail"),
        ({"first_name": "A", "last_name": "B", "phone": "call me"}, "valid phone"),
        ({"first_name": "A", "last_name": "B", "language": "de"}, "language must be"),
    ],
)
def test_validation_names_field_not_value(any_vault: Vault, fields: dict[str, str], message: str) -> None:
    with pytest.raises(InvalidInput, match=message) as info:
        any_vault.candidates.add(**fields)
    for value in fields.values():
        if len(value) > 3:
            assert value not in str(info.value)


def test_only_requested_fields_are_decrypted(any_vault: Vault) -> None:
    cid = any_vault.candidates.add(first_name="Jan", last_name="Peeters", email="jan@example.be")
    assert set(any_vault.candidates.get(cid, ["email"]).fields) == {"email"}


def test_lock_drops_keys(any_vault: Vault) -> None:
    cid = any_vault.candidates.add(first_name="Jan", last_name="Peeters")
    any_vault.lock()
    assert not any_vault.unlocked
    with pytest.raises(Exception, match="locked"):
        any_vault.candidates.get(cid)
    any_vault.unlock(PASSPHRASE)
    assert any_vault.candidates.get(cid).fields["last_name"] == "Peeters"


def test_audit_events_hold_no_personal_data(any_vault: Vault) -> None:
    cid = any_vault.candidates.add(first_name="Canarina", last_name="Vogelzang", email="canarina@example.be")
    any_vault.candidates.edit(cid, {"email": "other@example.be"})
    with any_vault.read() as session:
        events = list(session.scalars(select(AuditEvent)))
    text = json.dumps([[e.actor, e.action, e.candidate_id, e.details] for e in events])
    assert "candidate_added" in text and "candidate_edited" in text
    for value in ("Canarina", "Vogelzang", "canarina@", "other@"):
        assert value not in text


def test_wrong_passphrase_changes_nothing_but_audit(cli_vault: Cli, tmp_path: Path) -> None:
    cli_vault.ok("add", "--first-name", "Jan", "--last-name", "Peeters")

    def snapshot() -> list[object]:
        with sqlite3.connect(cli_vault.vault_path) as conn:
            return [
                conn.execute(f"SELECT * FROM {t}").fetchall()
                for t in ("candidates", "candidate_keys", "key_slots", "vault_meta")
            ]

    before = snapshot()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    code, out, err = cli_vault(
        "--vault", str(cli_vault.vault_path), "--passphrase-file", str(wrong), "list", base=False
    )
    assert code == 3 and err.strip() == "candidate-vault: wrong passphrase" and out == ""
    after = snapshot()
    # Only the audit head pointer (vault_meta) may move, for the failed-unlock event.
    assert before[:3] == after[:3]
    assert [r for r in before[3] if r[0] != "audit_head"] == [r for r in after[3] if r[0] != "audit_head"]


def test_recovery_key_and_change_passphrase(cli_vault: Cli, tmp_path: Path) -> None:
    cid = cli_vault.ok("add", "--first-name", "Jan", "--last-name", "Peeters").strip()
    recovery = cli_vault.pass_file.parent / "recovery.txt"
    assert oct(recovery.stat().st_mode & 0o777) == "0o600"
    code, out, _ = cli_vault(
        "--vault", str(cli_vault.vault_path), "--recovery-key-file", str(recovery), "show", cid, base=False
    )
    assert code == 0 and "Peeters" in out
    new = tmp_path / "new.txt"
    new.write_text("a brand new passphrase\n")
    cli_vault.ok("change-passphrase", "--new-passphrase-file", str(new))
    code, _, err = cli_vault("list")
    assert code == 3 and "wrong passphrase" in err
    code, out, _ = cli_vault(
        "--vault", str(cli_vault.vault_path), "--passphrase-file", str(new), "show", cid, base=False
    )
    assert code == 0 and "Peeters" in out
    code, out, _ = cli_vault(
        "--vault", str(cli_vault.vault_path), "--recovery-key-file", str(recovery), "verify", base=False
    )
    assert code == 0, out


def test_recovery_key_typo_is_caught(cli_vault: Cli) -> None:
    recovery = cli_vault.pass_file.parent / "recovery.txt"
    text = recovery.read_text().strip()
    recovery.write_text(("B" if text[0] != "B" else "C") + text[1:] + "\n")
    code, _, err = cli_vault(
        "--vault", str(cli_vault.vault_path), "--recovery-key-file", str(recovery), "list", base=False
    )
    assert code == 3 and "typo" in err


def test_cli_usage_errors_are_one_line(cli_vault: Cli) -> None:
    code, _, err = cli_vault("show", "999")
    assert code == 1 and err.count("\n") == 1 and "no candidate 999" in err
    code, _, err = cli_vault("add", "--first-name", "A", "--last-name", "B", "--email", "nope")
    assert code == 1 and "valid e-mail" in err
    code, _, err = cli_vault("edit", "1")
    assert code == 2
    with pytest.raises(SystemExit) as info:
        cli_vault("frobnicate")
    assert info.value.code == 2


def test_no_vault_and_not_a_vault(tmp_path: Path, cli: Cli) -> None:
    code, _, err = cli("list")
    assert code == 3 and "no vault" in err
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"this is not a database at all" * 100)
    code, _, err = cli("--vault", str(bogus), "--passphrase-file", str(cli.pass_file), "list", base=False)
    assert code == 3 and err.count("\n") == 1


def test_init_refuses_existing(cli_vault: Cli) -> None:
    code, _, err = cli_vault("init")
    assert code == 1 and "already exists" in err


def test_newer_schema_is_refused(any_vault_url: str, clock: FixedClock) -> None:
    Vault.create(any_vault_url, PASSPHRASE, clock=clock)[0].close()
    engine = make_engine(any_vault_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with engine.connect() as conn:
        before = conn.execute(text("SELECT count(*) FROM key_slots")).scalar()
    engine.dispose()
    with pytest.raises(SchemaTooNew, match="newer CandidateVault"):
        Vault.open(any_vault_url, clock)
    engine = make_engine(any_vault_url)
    with engine.connect() as conn:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert revision == "9999_from_the_future"
        assert conn.execute(text("SELECT count(*) FROM key_slots")).scalar() == before
    engine.dispose()


def test_migrations_match_models(any_vault: Vault) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.store.models import Base

    with any_vault.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_sqlite_pragmas(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA auto_vacuum").scalar() == 2  # incremental


def test_a_purge_gives_its_pages_back_to_the_file_system(vault: Vault, vault_path: Path) -> None:
    cid = vault.candidates.add(first_name="Groot", last_name="Dossier")
    vault.documents.add(cid, base64.encodebytes(os.urandom(1_500_000)), "other", "notes.txt")
    vault.checkpoint()
    before = vault_path.stat().st_size
    purge_candidate(vault, cid, "test")
    with sqlite3.connect(vault_path) as conn:
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert vault_path.stat().st_size < before - 1_500_000


def test_passphrase_too_short(vault_path: Path, clock: FixedClock) -> None:
    with pytest.raises(InvalidInput, match="at least 8"):
        Vault.create(vault_path, "short", clock=clock)


def test_unknown_user(any_vault: Vault) -> None:
    any_vault.lock()
    with pytest.raises(UnlockError, match="no user"):
        any_vault.unlock(PASSPHRASE, user="nobody")


def test_open_missing(tmp_path: Path) -> None:
    with pytest.raises(VaultUnreadable):
        Vault.open(tmp_path / "missing.sqlite3")


def test_the_cli_says_when_it_upgrades_an_older_vault(cli_vault: Cli) -> None:
    cli_vault.ok("add", "--first-name", "Jan", "--last-name", "Janssens")
    downgrade(f"sqlite:///{cli_vault.vault_path}", "0001")
    code, out, err = cli_vault("search", "jans")
    assert code == 0 and "Janssens" in out
    assert err.startswith("candidate-vault: upgrading the vault") and "before-0001.bak" in err
    code, _, err = cli_vault("search", "jans")
    assert code == 0 and err == ""  # once


def test_the_cli_search_pages_and_says_where_the_next_page_starts(cli_vault: Cli) -> None:
    for first in ("An", "Bo", "Cas"):
        cli_vault.ok("add", "--first-name", first, "--last-name", "Peeters")
    code, out, err = cli_vault("search", "peeters", "--limit", "2")
    assert code == 0 and len(out.splitlines()) == 2
    assert err == "candidate-vault: hits 1–2 of 3; the next page: --offset 2\n"
    code, out, err = cli_vault("search", "peeters", "--limit", "2", "--offset", "2", "--json")
    assert code == 0 and [h["name"] for h in json.loads(out)] == ["Cas Peeters"] and err == ""
    for bad in (["--limit", "0"], ["--offset", "-1"], ["--limit", "many"]):
        with pytest.raises(SystemExit) as usage:  # argparse's exit, in this process
            cli_vault("search", "peeters", *bad)
        err = cli_vault.capsys.readouterr().err
        assert usage.value.code == 2 and len(err.splitlines()) == 1 and "at least" in err


def test_an_sqlite_older_than_the_statements_need_is_named_in_one_line(
    cli_vault: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The postings' sweep needs UPDATE ... FROM (SQLite 3.33): an older library is refused when the vault
    is opened, with both versions, not met with a syntax error in the middle of a purge."""
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 31, 1))
    monkeypatch.setattr(sqlite3, "sqlite_version", "3.31.1")
    code, out, err = cli_vault("status")
    assert (code, out) == (1, "")
    said = "this Python's SQLite is 3.31.1; CandidateVault needs SQLite 3.33 or later"
    assert err == f"candidate-vault: {said}\n"
