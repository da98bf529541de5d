"""What a candidate's manifest covers: every row they own, each as a digest of its clear facts.

A row's digest covers its table, id and every clear column (dates, outcomes, versions, fingerprints),
and for each sealed column the envelope's nonce: a nonce is fresh at every encryption, so an old
ciphertext put back in a cell changes the digest even though it still opens. Documents' content and
text are left out (they can be megabytes and never change once stored; their other cells are covered).
Search rows are not facts (``verify`` checks the index against its sources), nor is the data key
(bound to the candidate's id by its envelope).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from typing import Any

from sqlalchemy import Column, func, select
from sqlalchemy.orm import Session

from app.crypto.envelope import NONCE_SIZE
from app.store.driver import among
from app.store.models import Base

OWNED = (
    "candidates",
    "procedures",
    "consents",
    "legal_holds",
    "restrictions",
    "rights_requests",
    "reminder_notices",
    "contact_fingerprints",
    "documents",
    "interview_notes",
    "correspondence",
    "field_changes",
)
# What the retention rules read (app/retention/facts.py): a purge record's evidence keeps these rows.
DECISION = ("candidates", "procedures", "consents", "legal_holds", "restrictions", "rights_requests")
UNCOVERED_CELLS = {"documents": {"content", "text"}}
# SQL's substr counts from 1; the envelope is version byte, nonce, ciphertext, tag (crypto/envelope.py).

Entry = tuple[str, int, str]  # (table, row id, digest hex)
CHUNK = 500


_AS_IS = frozenset({str, int, float, bool, type(None)})  # most cells: one set lookup, not four isinstance


def _value(value: Any) -> Any:
    if type(value) in _AS_IS:
        return value
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:  # PostgreSQL gives it aware, SQLite naive: both are UTC
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return value


def _owner(table_name: str) -> Column[Any]:
    table = Base.metadata.tables[table_name]
    return table.c.id if table_name == "candidates" else table.c.candidate_id


@functools.cache
def _columns(table_name: str) -> list[Any]:
    """The clear columns as they are, the sealed ones as their envelope's nonce."""
    table = Base.metadata.tables[table_name]
    skipped = UNCOVERED_CELLS.get(table_name, set())
    picked: list[Any] = []
    for column in table.columns:
        if column.name in skipped:
            continue
        if column.info.get("sealed"):
            picked.append(func.substr(column, 2, NONCE_SIZE).label(column.name))
        else:
            picked.append(column)
    return picked


_COMPACT = json.JSONEncoder(separators=(",", ":"))  # json.dumps with options builds one per call


def digest(table_name: str, row: Any) -> str:
    values = [table_name, *[_value(v) for v in row]]
    return hashlib.sha256(_COMPACT.encode(values).encode()).hexdigest()


def entries(
    session: Session, candidate_ids: Collection[int], tables: Iterable[str] = OWNED
) -> dict[int, list[Entry]]:
    """Every covered row of these candidates in these tables: what their manifests should say."""
    found: dict[int, list[Entry]] = defaultdict(list)
    for table_name in tables:
        _collect(session, table_name, _owner(table_name), candidate_ids, found)
    return found


def row_entries(session: Session, table_name: str, row_ids: Collection[int]) -> dict[int, list[Entry]]:
    """These rows of one table (those that still exist), by their candidate."""
    found: dict[int, list[Entry]] = defaultdict(list)
    _collect(session, table_name, Base.metadata.tables[table_name].c.id, row_ids, found)
    return found


def preimages(
    session: Session, candidate_ids: Collection[int], tables: Iterable[str]
) -> dict[int, list[list[Any]]]:
    """These candidates' rows as they are digested, [table, row id, values] (a purge record's evidence)."""
    found: dict[int, list[list[Any]]] = defaultdict(list)
    for table_name in tables:
        for owner_id, row_id, values in _rows(session, table_name, _owner(table_name), candidate_ids):
            found[owner_id].append([table_name, row_id, [_value(v) for v in values]])
    return found


def _collect(
    session: Session,
    table_name: str,
    key: Column[Any],
    wanted: Collection[int],
    found: dict[int, list[Entry]],
) -> None:
    for owner_id, row_id, values in _rows(session, table_name, key, wanted):
        found[owner_id].append((table_name, row_id, digest(table_name, values)))


def _rows(
    session: Session, table_name: str, key: Column[Any], wanted: Collection[int]
) -> Iterator[tuple[int, int, list[Any]]]:
    """(owner, row id, covered values) of the rows whose ``key`` is in ``wanted``."""
    owner, columns, ids = _owner(table_name), _columns(table_name), sorted(wanted)
    at_id = [column.name for column in columns].index("id")  # by position: Row._mapping costs per row
    session.flush()  # what Session.execute would do; the rows are read on its connection, as Core rows:
    connection = session.connection()  # the ORM's result handling cost a fifth of a whole-vault check
    for start in range(0, len(ids), CHUNK):  # bounded IN lists
        part = ids[start : start + CHUNK]
        # Ids close together (a whole vault's, checked in order): a range, which compiles in no time,
        # instead of a long IN list, which costs more to compile than the rows it reads.
        dense = part[-1] - part[0] < 2 * len(part)
        where = key.between(part[0], part[-1]) if dense else among(session, key, part)
        kept = set(part) if dense else None
        query = select(key.label("_key"), owner.label("_owner"), *columns).where(where)
        for row in connection.execute(query):
            if kept is not None and row[0] not in kept:
                continue
            _key, owner_id, *values = row
            yield owner_id, int(values[at_id]), values
