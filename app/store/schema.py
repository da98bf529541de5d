"""Schema on open: migrate to the newest revision (after a backup), refuse a newer vault.

Alembic (with Mako and its templates) is imported only when a vault is created or upgraded: opening a
current vault reads its revision with one query, so that every CLI command starts fast.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from app.errors import SchemaTooNew
from app.store.engine import WRITE, checkpoint, sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
# The newest migration in migrations/versions/ (tests/test_schema_indexes.py checks it is Alembic's head).
HEAD_REVISION = "0009"
# The schemas whose backups restore into this one: their tables are the same (0007 added a trigger only;
# 0008 a table of search bits to clear, which a backup leaves out, as the postings: app/backup/snapshot.py;
# 0009 a column to the postings' index on PostgreSQL).
BACKUP_SCHEMAS = frozenset({"0006", "0007", "0008", HEAD_REVISION})


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return HEAD_REVISION


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_initialised(engine: Engine) -> bool:
    return inspect(engine).has_table("vault_meta")


# Told before an upgrade starts (it can take a while on a large vault): where the old file's copy is.
UpgradeNotice = Callable[[Path | None], None]


def ensure_current(engine: Engine, on_upgrade: UpgradeNotice | None = None) -> None:
    """Bring the schema to head; a backup of the SQLite file is made before an upgrade."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise SchemaTooNew(
            "this vault was written by a newer CandidateVault (schema "
            f"{current}); update the app to open it — nothing was changed"
        )
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
