"""The edge where time enters: only the CLI and GUI build a SystemClock; tests pass a FixedClock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol
from zoneinfo import ZoneInfo

DEFAULT_TZ = "Europe/Brussels"


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """An aware datetime in UTC."""
        ...

    def today(self) -> dt.date:
        """The calendar date in the vault's time zone."""
        ...


@dataclass
class SystemClock:
    tz: str = DEFAULT_TZ

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def today(self) -> dt.date:
        return dt.datetime.now(ZoneInfo(self.tz)).date()


@dataclass
class FixedClock:
    moment: dt.datetime

    @classmethod
    def on(cls, day: dt.date | str) -> FixedClock:
        if isinstance(day, str):
            day = dt.date.fromisoformat(day)
        return cls(dt.datetime(day.year, day.month, day.day, 10, 0, tzinfo=dt.UTC))

    def now(self) -> dt.datetime:
        return self.moment

    def today(self) -> dt.date:
        return self.moment.date()
