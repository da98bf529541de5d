"""`--demo` works whatever today is: its synthetic history is dated around the day it is made, and
every part of the dashboard has something to show."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.clock import FixedClock
from app.ui.dashboard_data import collect
from app.ui.main import make_demo_vault


@pytest.mark.parametrize("today", ["2026-03-02", "2026-11-25", "2027-06-30", "2028-02-29"])
def test_demo_vault_on_any_day_fills_the_dashboard(tmp_path: Path, today: str) -> None:
    vault, _location = make_demo_vault(tmp_path, count=60, clock=FixedClock.on(today))
    data = collect(vault, dt.date.fromisoformat(today))
    shown = {
        "due now": data.due_now,
        "due soon": data.due_soon,
        "expiring": data.expiring,
        "held": data.held,
        "requests": data.requests,
    }
    assert all(shown.values()), {name: len(rows) for name, rows in shown.items()}
    vault.close()
