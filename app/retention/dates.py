"""Calendar arithmetic of the retention rules. Pure: no clock."""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache

from app.errors import InvalidInput

# The privacy policy's promise: a reserve-pool consent lasts at most two years. Not a setting.
POOL_CAP_MONTHS = 24
# No fact of a recruitment vault is older: an earlier date (0001-01-01, 1899-12-30 from a spreadsheet) is a
# typing or conversion error, and would make a candidate due at once.
EARLIEST_FACT = dt.date(1990, 1, 1)


def check_fact_date(day: dt.date, what: str, today: dt.date) -> None:
    """Refuse a date that a fact (an application, an end, a consent, a request) cannot have."""
    if day < EARLIEST_FACT:
        raise InvalidInput(f"{what} ({day}) is before {EARLIEST_FACT}: not a date this vault can hold")
    if day > today:
        raise InvalidInput(f"{what} ({day}) is in the future (today is {today})")


@lru_cache(maxsize=8192)  # pure; real dates repeat a lot, and ``due`` over 100,000 candidates calls it often
def add_months(day: dt.date, months: int) -> dt.date:
    """Add calendar months, clamping to the last day of a shorter month (2024-02-29 + 24 -> 2026-02-28)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def consent_end(
    given_on: dt.date, ends_on: dt.date | None = None, withdrawn_on: dt.date | None = None
) -> dt.date:
    """When a reserve-pool consent ends: the cap, or an earlier agreed end, or the withdrawal if earlier."""
    end = add_months(given_on, POOL_CAP_MONTHS)
    if ends_on is not None:
        end = min(end, ends_on)
    if withdrawn_on is not None:
        end = min(end, withdrawn_on)
    return end
