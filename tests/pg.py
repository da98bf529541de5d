"""A throwaway PostgreSQL cluster for the tests: initdb + pg_ctl on a unix socket in a temp folder.

PostgreSQL refuses to run as root, and CI runs as root: then the cluster folder belongs to ``nobody``
and initdb/pg_ctl run through ``runuser``/``setpriv``. The server listens on a unix socket only (no TCP
port to collide with), trusts local connections, and runs with fsync off (it is thrown away anyway).
Each test gets a fresh, empty database (CREATE DATABASE from template0 takes a few milliseconds).
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

SUPERUSER = "postgres"
# The one role that must give a password (scram-sha-256), to test how the app finds it.
PASSWORD_USER = "cv_password_user"


def find_bin_dir() -> Path | None:
    """Where initdb and pg_ctl are: $PG_BIN, pg_config --bindir, /usr/lib/postgresql/*/bin, or PATH."""
    candidates: list[str] = []
    if os.environ.get("PG_BIN"):
        candidates.append(os.environ["PG_BIN"])
    if shutil.which("pg_config"):
        try:
            out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, timeout=30)
            candidates.append(out.stdout.strip())
        except (OSError, subprocess.SubprocessError):
            pass
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    candidates += sorted(glob.glob("/usr/local/pgsql*/bin"), reverse=True)
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(str(Path(initdb).resolve().parent))
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _as_user_prefix() -> tuple[list[str], int | None, int | None]:
    """Command prefix that drops root to ``nobody``; nothing when not root."""
    if os.geteuid() != 0:
        return [], None, None
    entry = pwd.getpwnam("nobody")
    if shutil.which("runuser"):
        return ["runuser", "-u", "nobody", "--"], entry.pw_uid, entry.pw_gid
    return (
        ["setpriv", f"--reuid={entry.pw_uid}", f"--regid={entry.pw_gid}", "--clear-groups"],
        entry.pw_uid,
        entry.pw_gid,
    )


class PgCluster:
    def __init__(self, bin_dir: Path, *, durable: bool = False) -> None:
        """``durable``: fsync on, as a real server (the benchmarks); the tests' cluster skips it."""
        self.bin_dir = bin_dir
        self.durable = durable
        # Short path: a unix socket path must stay under ~100 bytes. As root, /tmp itself: a $TMPDIR
        # under /root would not be reachable by the unprivileged server user.
        base = "/tmp" if os.geteuid() == 0 and Path("/tmp").is_dir() else None
        self.root = Path(tempfile.mkdtemp(prefix="cv-pg-", dir=base))
        self.data = self.root / "data"
        self.socket_dir = self.root
        self._prefix, uid, gid = _as_user_prefix()
        if uid is not None and gid is not None:
            os.chown(self.root, uid, gid)
        self.root.chmod(0o755)  # the test process (root or not) reaches the socket
        self._counter = itertools.count(1)

    def _run(self, *args: str) -> None:
        env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
        result = subprocess.run(
            [*self._prefix, *args], capture_output=True, text=True, env=env, cwd=self.root, timeout=120
        )
        if result.returncode != 0:
            raise RuntimeError(f"{Path(args[0]).name} failed: {result.stderr.strip() or result.stdout}")

    def start(self) -> None:
        self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            *([] if self.durable else ["--no-sync"]),
        )
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"local all {PASSWORD_USER} scram-sha-256\n" + hba.read_text())
        options = f"-k {self.socket_dir} -c listen_addresses='' -c max_connections=60"
        if not self.durable:
            options += " -F"
        self._run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self) -> None:
        try:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        # postgresql:// (no driver): the app picks psycopg 3 itself.
        return f"postgresql://{user}@/{database}?host={self.socket_dir}"

    def add_password_user(self, password: str) -> str:
        """Create PASSWORD_USER (once) with ``password``; returns its name."""
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, dbname="postgres") as conn:
            conn.autocommit = True
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (PASSWORD_USER,)).fetchone()
            verb = "ALTER" if exists else "CREATE"
            conn.execute(f"{verb} ROLE {PASSWORD_USER} LOGIN CREATEDB PASSWORD '{password}'")
        return PASSWORD_USER

    def new_database(self, owner: str = SUPERUSER) -> str:
        """A fresh, empty database; returns its URL."""
        import psycopg

        name = f"vault_{os.getpid()}_{next(self._counter)}"
        with psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, dbname="postgres") as conn:
            conn.autocommit = True
            conn.execute(f'CREATE DATABASE "{name}" OWNER "{owner}" TEMPLATE template0')
        return self.url(name, owner)


def start_cluster() -> Iterator[PgCluster]:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise LookupError("no PostgreSQL server binaries (initdb, pg_ctl) found")
    cluster = PgCluster(bin_dir)
    try:
        cluster.start()
    except BaseException:
        shutil.rmtree(cluster.root, ignore_errors=True)
        raise
    try:
        yield cluster
    finally:
        cluster.stop()
