"""Schema on open: migrate to the newest revision (after a backup), refuse a newer vault."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from app.errors import SchemaTooNew
from app.store.engine import WRITE, checkpoint, sqlite_path

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_initialised(engine: Engine) -> bool:
    return inspect(engine).has_table("vault_meta")


def ensure_current(engine: Engine) -> None:
    """Bring the schema to head; a backup of the SQLite file is made before an upgrade."""
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise SchemaTooNew(
            "this vault was written by a newer CandidateVault (schema "
            f"{current}); update the app to open it — nothing was changed"
        )
    if current == script.get_current_head():
        return
    if current is not None:
        backup_before_migration(engine, current)
    cfg = alembic_config()
    with engine.execution_options(**WRITE).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    if current is not None:
        checkpoint(engine)  # what a migration dropped leaves the file (and the WAL)


def backup_before_migration(engine: Engine, revision: str) -> Path | None:
    path = sqlite_path(str(engine.url))
    if path is None:
        return None
    target = path.with_name(f"{path.name}.before-{revision}.bak")
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    target.chmod(0o600)
    return target
