"""A consistent snapshot of every table, as a portable stream of JSON lines (same for both backends).

One read transaction over all tables: in SQLite's WAL mode a reader sees the state of its first read
until it ends, while writers go on (their pages wait in the WAL until the backup is done); PostgreSQL
gets REPEATABLE READ, read-only (a logical dump through SQLAlchemy, so no pg_dump whose version must
match the server's). Rows are read as they are written out: memory stays flat however large the vault
(it once copied the whole file into memory first, 491 MiB at 100,000 candidates).

Stream: for each table ``{"table": name, "columns": [...]}`` then one JSON array per row, and at
the end ``{"end": {"rows": {table: count}}}`` so a reader can tell a complete stream from a cut one.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, LargeBinary, Table, select, text

from app.store.checked_types import Date, DateTime  # the models' date types
from app.store.models import Base

# Derived from other tables, and rebuilt from them by a restore.
DERIVED = {"search_postings", "search_stale"}


def tables() -> list[Table]:
    """Every table that holds its own facts, parents before children (the order a restore inserts them in)."""
    return [table for table in Base.metadata.sorted_tables if table.name not in DERIVED]


def encode(table: Table, row: Any) -> list[Any]:
    values: list[Any] = []
    for column, value in zip(table.columns, row, strict=True):
        if value is None:
            values.append(None)
        elif isinstance(column.type, LargeBinary):
            values.append(base64.b64encode(value).decode())
        elif isinstance(column.type, DateTime | Date):
            values.append(value.isoformat())
        else:
            values.append(value)
    return values


def decode(table: Table, values: list[Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for column, value in zip(table.columns, values, strict=True):
        if value is not None:
            if isinstance(column.type, LargeBinary):
                value = base64.b64decode(value)
            elif isinstance(column.type, DateTime):
                value = dt.datetime.fromisoformat(value)
            elif isinstance(column.type, Date):
                value = dt.date.fromisoformat(value)
        row[column.name] = value
    return row


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection that sees one consistent state of the whole vault, until the block ends."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():  # SQLite: a plain BEGIN (app/store/engine.py), a snapshot from the first read
            if conn.dialect.name == "postgresql":
                conn.execute(text("SET TRANSACTION READ ONLY"))
            yield conn


def candidate_id_high(conn: Connection) -> int:
    """The highest candidate id ever handed out, so a restore never hands one out again."""
    if conn.dialect.name == "sqlite":
        seq = conn.execute(text("SELECT seq FROM sqlite_sequence WHERE name = 'candidates'")).scalar()
    elif conn.dialect.name == "postgresql":
        seq = conn.execute(
            text("SELECT pg_sequence_last_value(pg_get_serial_sequence('candidates', 'id'))")
        ).scalar()
    else:
        seq = None
    return int(seq or 0)


STREAM_ROWS = 100


def lines(conn: Connection) -> Iterator[bytes]:
    """The stream of JSON lines for every table, read through ``conn``."""
    counts: dict[str, int] = {}
    for table in tables():
        yield _line({"table": table.name, "columns": [c.name for c in table.columns]})
        count = 0
        # Streamed (PostgreSQL: a server-side cursor, 100 rows at a time): psycopg would otherwise
        # fetch the whole table, documents included, before the first row (309 MiB at 100,000).
        rows = conn.execution_options(yield_per=STREAM_ROWS).execute(
            select(table).order_by(*table.primary_key.columns)
        )
        for row in rows:
            yield _line(encode(table, row))
            count += 1
        counts[table.name] = count
    yield _line({"end": {"rows": counts, "candidate_id_high": candidate_id_high(conn)}})


def _line(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=True).encode() + b"\n"
