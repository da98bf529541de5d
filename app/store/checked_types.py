"""Dates and times read back with a clear error when a cell holds something else.

SQLite stores whatever it is given: a date cell set by hand to text or a number made SQLAlchemy raise
a ValueError quoting the cell (a traceback, perhaps with personal data in it) wherever the row was read.
These types turn that into ``Damaged``, one line that names no value; ``verify`` names the cell.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Date as SqlDate
from sqlalchemy import DateTime as SqlDateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from app.errors import Damaged

DAMAGED = "a stored {what} is damaged (not a {what}): run 'verify' to find it"


def _checked(inner: Callable[[Any], Any] | None, what: str) -> Callable[[Any], Any] | None:
    if inner is None:
        return None

    def process(value: Any) -> Any:
        try:
            return inner(value)
        except (ValueError, TypeError):
            raise Damaged(DAMAGED.format(what=what)) from None

    return process


class Date(TypeDecorator[Any]):
    impl = SqlDate
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any] | None:
        return _checked(super().result_processor(dialect, coltype), "date")


class DateTime(TypeDecorator[Any]):
    impl = SqlDateTime
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any] | None:
        return _checked(super().result_processor(dialect, coltype), "time")
