"""Schema on open: migrate to the newest revision (after a backup), refuse a newer vault."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
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


# Told before an upgrade starts (it can take a while on a large vault): where the old file's copy is.
UpgradeNotice = Callable[[Path | None], None]


def ensure_current(engine: Engine, on_upgrade: UpgradeNotice | None = None) -> None:
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
        backup = backup_before_migration(engine, current)
        if on_upgrade is not None:
            on_upgrade(backup)
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
