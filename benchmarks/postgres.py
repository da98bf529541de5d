"""The PostgreSQL server of ``python -m benchmarks --postgres``: the tests' throwaway cluster (tests/pg.py),
but durable (fsync on, as a real server), started for the run and removed after it.

The shared vault is one database; a figure that changes data gets a copy of it (``CREATE DATABASE ...
TEMPLATE``), as a SQLite run copies the file. The plaintext baseline stays in SQLite + FTS5: it is what
a careful unencrypted desktop app would keep, whichever server the vault is on.
"""

from __future__ import annotations

import psycopg

from tests.pg import SUPERUSER, PgCluster, find_bin_dir


class Server:
    def __init__(self) -> None:
        bin_dir = find_bin_dir()
        if bin_dir is None:
            raise SystemExit("--postgres: no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
        self.cluster = PgCluster(bin_dir, durable=True)
        self.cluster.start()

    def _admin(self, statement: str) -> None:
        with psycopg.connect(host=str(self.cluster.socket_dir), user=SUPERUSER, dbname="postgres") as conn:
            conn.autocommit = True
            conn.execute(statement)

    def new_database(self, name: str, template: str = "template0") -> str:
        """An empty database (or a copy of ``template``, which nobody may be connected to); its URL."""
        self._admin(f'DROP DATABASE IF EXISTS "{name}"')
        self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.cluster.url(name)

    def stop(self) -> None:
        self.cluster.stop()


def database_name(url: str) -> str:
    """The database of one of this server's URLs (``postgresql://user@/NAME?host=...``)."""
    return url.split("@/", 1)[1].split("?", 1)[0]
