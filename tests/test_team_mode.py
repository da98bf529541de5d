"""Team mode: the CLI on a PostgreSQL URL, its password from the environment (or keyring, or a prompt)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.store import credentials
from app.store.engine import make_engine
from tests.conftest import Cli

DB_PASSWORD = "s3rver-secret-Pw"


@pytest.mark.postgres
def test_cli_on_postgresql_with_password(
    pg_cluster: object, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = pg_cluster.add_password_user(DB_PASSWORD)  # type: ignore[attr-defined]
    url = pg_cluster.new_database(owner)  # type: ignore[attr-defined]
    assert credentials.needs_lookup(url)
    cli.vault_path = url  # type: ignore[assignment]
    monkeypatch.delenv(credentials.DB_PASSWORD_ENV, raising=False)
    code, _, err = cli("init")
    assert code == 2 and credentials.DB_PASSWORD_ENV in err and err.count("\n") == 1

    monkeypatch.setenv(credentials.DB_PASSWORD_ENV, DB_PASSWORD)
    out = cli.ok("init", "--recovery-key-out", str(cli.pass_file.parent / "recovery.txt"))
    assert "Vault created" in out and DB_PASSWORD not in out
    cid = cli.ok("add", "--first-name", "Ann", "--last-name", "Claes").strip()
    assert "Claes" in cli.ok("show", cid)
    code, _, err = cli("init")
    assert code == 1 and "already holds a vault" in err

    monkeypatch.setenv(credentials.DB_PASSWORD_ENV, "wrong password")
    code, _, err = cli("list")
    assert code == 3 and "password authentication failed" in err and "wrong password" not in err

    # Never saved: not in any table of the vault.
    engine = make_engine(credentials.with_password(url, DB_PASSWORD))
    with engine.connect() as conn:
        for table in ("vault_meta", "audit_events", "key_slots"):
            rows = conn.execute(text(f"SELECT * FROM {table}")).all()
            assert DB_PASSWORD not in repr(rows)
    engine.dispose()


def test_password_lookup_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(credentials.DB_PASSWORD_ENV, raising=False)
    sqlite = "sqlite:////tmp/x.sqlite3"
    assert credentials.with_password(sqlite) == sqlite and not credentials.needs_lookup(sqlite)
    given = "postgresql://hr:inline@db.example/vault"
    assert credentials.with_password(given) == given and not credentials.needs_lookup(given)
    assert credentials.display(given) == "postgresql://hr:***@db.example/vault"
    bare = "postgresql://hr@db.example/vault"
    monkeypatch.setenv(credentials.DB_PASSWORD_ENV, "p@ss:w/rd %20")
    assert make_url(credentials.with_password(bare)).password == "p@ss:w/rd %20"
    assert credentials.keyring_user(credentials._parse(bare)) == "hr@db.example:5432/vault"  # type: ignore[arg-type]
