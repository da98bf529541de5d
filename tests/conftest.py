"""Shared fixtures: real SQLite files in a temp folder, a fast (but still >= 64 MiB) KDF, Qt offscreen."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings
from sqlalchemy import event
from sqlalchemy.engine import Engine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Calibration aims low in tests; the 64 MiB / 3-pass floor still applies.
os.environ["CANDIDATE_VAULT_KDF_SECONDS"] = "0.01"
os.environ.pop("CANDIDATE_VAULT_PASSPHRASE", None)
os.environ.pop("CANDIDATE_VAULT", None)
# The per-user data folder (the pinned fact keys: app/integrity/pins.py) is a temporary one, never the
# real one; each test gets its own (``_own_data_folder``), fixtures wider than a test share this one.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="candidate-vault-tests-")

from app.cli import main
from app.clock import FixedClock
from app.store.engine import make_engine
from app.vault import Vault
from tests.corpus_files import write_bad_corpus
from tests.vault_templates import VaultTemplates

# Property tests explore the same examples on every run: a red CI is reproducible, never luck. The
# "thorough" profile (HYPOTHESIS_PROFILE=thorough) explores new random ones, ten times as many; what it finds
# becomes an example test.
hypothesis_settings.register_profile("deterministic", derandomize=True, deadline=None, max_examples=600)
hypothesis_settings.register_profile("thorough", derandomize=False, deadline=None, max_examples=6000)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

PASSPHRASE = "correct horse battery staple"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def bad_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile documents of tests/corpus/bad, with the two whose names are written at test time."""
    return write_bad_corpus(tmp_path_factory.mktemp("corpus") / "bad")


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on("2026-03-02")


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault" / "vault.sqlite3"


@pytest.fixture(scope="session")
def vault_templates(tmp_path_factory: pytest.TempPathFactory) -> VaultTemplates:
    return VaultTemplates(tmp_path_factory.mktemp("templates"), PASSPHRASE)


@pytest.fixture
def vault(vault_path: Path, clock: FixedClock, vault_templates: VaultTemplates) -> Iterator[Vault]:
    """A new vault on a SQLite file, unlocked as admin (a copy of a session template: see vault_templates)."""
    created = vault_templates.fresh(vault_path, clock)
    yield created
    created.close()


class Cli:
    """Runs the real CLI in this process (fast) or as a child process (for kill and concurrency tests)."""

    def __init__(self, vault_path: Path, tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.vault_path = vault_path
        self.pass_file = tmp / "passphrase.txt"
        self.pass_file.write_text(PASSPHRASE + "\n")
        self.capsys = capsys

    def base(self) -> list[str]:
        return ["--vault", str(self.vault_path), "--passphrase-file", str(self.pass_file)]

    def __call__(self, *args: str, base: bool = True) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main([*(self.base() if base else []), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args: str) -> str:
        code, out, err = self(*args)
        assert code == 0, err
        return out

    def spawn(self, *args: str, env: dict[str, str] | None = None, **kwargs: object) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "app", *self.base(), *args],
            env={**os.environ, **(env or {})},
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            **kwargs,  # type: ignore[arg-type]
        )


@pytest.fixture
def cli(vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(vault_path, tmp_path, capsys)


@pytest.fixture
def cli_vault(cli: Cli) -> Cli:
    cli.ok("init", "--recovery-key-out", str(cli.pass_file.parent / "recovery.txt"))
    return cli


def vault_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


# Shorter byte strings turn up in ciphertext by chance: a given 3 bytes are in 1 MB of random bytes with
# probability ~6% ("Zoë" in Latin-1 once failed a run that leaked nothing); 5 bytes: ~1 in a million.
MIN_NEEDLE_BYTES = 5


def assert_absent(folder: Path, *values: str) -> None:
    """No value appears in any file under ``folder``, as UTF-8, UTF-16 (both orders) or Latin-1
    (each encoding that gives at least ``MIN_NEEDLE_BYTES`` bytes: "Zoë" is checked as UTF-16)."""
    for path in vault_files(folder):
        data = path.read_bytes()
        for value in values:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be", "latin-1"):
                try:
                    needle = value.encode(encoding)
                except UnicodeEncodeError:
                    continue
                if len(needle) >= MIN_NEEDLE_BYTES:
                    assert needle not in data, f"{value!r} found as {encoding} in {path.name}"


# ---- both storage backends ------------------------------------------------------------------
# Tests that take ``any_vault`` (or ``any_vault_url``) run once on a SQLite file and once on a
# throwaway PostgreSQL cluster (tests/pg.py); ``-m "not postgres"`` leaves the second out.


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    from tests.pg import find_bin_dir, start_cluster

    if find_bin_dir() is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
    yield from start_cluster()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def any_vault_url(backend: str, vault_path: Path, request: pytest.FixtureRequest) -> str:
    if backend == "sqlite":
        return f"sqlite:///{vault_path}"
    return str(request.getfixturevalue("pg_cluster").new_database())


@pytest.fixture
def any_vault(
    any_vault_url: str, backend: str, vault_path: Path, clock: FixedClock, vault_templates: VaultTemplates
) -> Iterator[Vault]:
    if backend == "sqlite":
        created = vault_templates.fresh(vault_path, clock)
    else:
        created, _ = Vault.create(any_vault_url, PASSPHRASE, clock=clock)
    yield created
    created.close()


def downgrade(url: str, revision: str) -> None:
    """Take a vault's schema back to ``revision``, as if an older CandidateVault had made it."""
    from alembic import command

    from app.store.schema import alembic_config

    engine = make_engine(url)
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    finally:
        engine.dispose()


# ---- a full disk ----------------------------------------------------------------------------


class FullDisk:
    """While ``full``, every statement that writes fails as SQLite fails on a full disk."""

    def __init__(self) -> None:
        self.full = False

    def __call__(self, _conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if self.full and statement.lstrip().split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            raise sqlite3.OperationalError("database or disk is full")


@pytest.fixture
def disk() -> Iterator[FullDisk]:
    """Every INSERT, UPDATE and DELETE fails with SQLite's own "database or disk is full" (the message
    and error class of a real full disk) through SQLAlchemy's normal error path, once ``disk.full`` is
    set. A real full file system needs root to mount; this needs nothing."""
    full = FullDisk()
    event.listen(Engine, "before_cursor_execute", full)  # every engine: the CLI opens its own
    yield full
    event.remove(Engine, "before_cursor_execute", full)
