"""Statements run on the database driver, below SQLAlchemy, for the few reads and writes that touch
tens of thousands of rows: there SQLAlchemy's work per statement and per row cost more than the query
(listing, the retention facts, a purge's deletes, the search postings). SQL stays plain and portable;
what differs between SQLite and PostgreSQL is here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Integer, any_, bindparam
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import QueryableAttribute, Session

from app.store.checked_types import Date


def param_mark(session: Session) -> str:
    """The driver's parameter mark (``?`` for SQLite, ``%s`` for psycopg)."""
    return "?" if session.get_bind().dialect.paramstyle == "qmark" else "%s"


def cursor(session: Session) -> Any:
    """A driver cursor inside the session's transaction."""
    return session.connection().connection.cursor()


def ids_param(session: Session, ids: Sequence[int]) -> Any:
    """A list of ids as one parameter, for ``in_ids``: a JSON array (SQLite, unpacked by json_each) or an
    array (PostgreSQL). One parameter, not one per id: the statement is prepared once whatever the count,
    and SQLite's limit on parameters never applies."""
    if session.get_bind().dialect.name == "sqlite":
        return json.dumps(list(ids))
    return list(ids)


def in_ids(session: Session, column: str) -> str:
    """SQL: ``column`` is one of the ids of the ``ids_param`` parameter."""
    if session.get_bind().dialect.name == "sqlite":
        return f"{column} IN (SELECT value FROM json_each(?))"
    return f"{column} = ANY(%s)"


def among(
    session: Session, column: ColumnElement[int] | QueryableAttribute[int], ids: Sequence[int]
) -> ColumnElement[bool]:
    """``column IN ids`` for a SQLAlchemy statement; on PostgreSQL ``column = ANY(array)``: one parameter.
    SQLAlchemy renders a parameter per id, and psycopg parses a statement of more than 50 parameters anew
    at each execution (a bulk purge's batches of 200: a fifth of its time) and the server plans it anew."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=ARRAY(Integer), unique=True))
    return column.in_(list(ids))


def ids_where(session: Session, column: str, ids: Sequence[int]) -> tuple[str, tuple[Any, ...]]:
    """SQL and parameters: ``column`` is one of ``ids`` (a mark per id on SQLite, an array on PostgreSQL:
    see ``among``)."""
    if session.get_bind().dialect.name == "postgresql":
        return f"{column} = ANY(%s)", (list(ids),)
    return f"{column} IN ({', '.join('?' * len(ids))})", tuple(ids)


def date_reader(session: Session) -> Callable[[Any], Any]:
    """Reads a date cell as the ORM does (checked_types: a damaged cell raises Damaged, never a
    ValueError quoting it). PostgreSQL's driver gives dates; SQLite gives text, and a YYYY-MM-DD goes
    straight to ``date.fromisoformat`` (C, a fifth of the ORM's regular expression)."""
    dialect = session.get_bind().dialect
    checked = Date().dialect_impl(dialect).result_processor(dialect, None)
    if checked is None:
        return _same
    iso = dt.date.fromisoformat

    def read(value: Any) -> Any:
        if type(value) is str and len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                return iso(value)
            except ValueError:
                pass
        return checked(value)

    return read


def _same(value: Any) -> Any:
    return value
