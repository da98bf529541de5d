"""The CLI starts light (issue 21): ``--help`` loads nothing heavy, and a command on a current vault loads
what opening it needs (SQLAlchemy, cryptography), never Alembic, python-docx or Qt. The time itself is a
benchmark figure (benchmarks/figures/cli_start.py); these tests pin the imports that decide it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from app.store.schema import HEAD_REVISION, alembic_config
from tests.conftest import Cli

HEAVY = ("alembic", "mako", "pygments", "docx", "lxml", "pypdf", "PySide6", "sqlalchemy", "cryptography")
ROOT = Path(__file__).resolve().parent.parent

# Runs the CLI in a fresh interpreter, then prints which heavy packages it loaded.
PROBE = """
import contextlib, io, json, runpy, sys
sys.argv = ["candidate-vault", *sys.argv[1:]]
with contextlib.redirect_stdout(io.StringIO()):
    try:
        runpy.run_module("app", run_name="__main__")
    except SystemExit:
        pass
print(json.dumps(sorted(m for m in HEAVY if m in sys.modules)))
""".replace("HEAVY", repr(HEAVY))


def _loaded(*args: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, timeout=120, check=True
    )
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def test_help_loads_nothing_heavy() -> None:
    assert _loaded("--help") == []
    assert _loaded("purge", "--help") == []


def test_a_command_on_a_current_vault_loads_neither_alembic_nor_docx(cli_vault: Cli) -> None:
    for command in ("status", "due"):
        loaded = _loaded(*cli_vault.base(), command)
        assert loaded == ["cryptography", "sqlalchemy"], (command, loaded)


def test_the_head_revision_the_app_knows_is_alembics() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION
