"""Issue 9 dashboard through the real widgets, on a vault with fixed dates (today 2026-03-02)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ui.dashboard import DashboardPage
from app.ui.window import MainWindow
from app.vault import Vault
from tests.gui.retention_data import seed


@pytest.fixture
def seeded(vault: Vault) -> dict[str, int]:
    return seed(vault)


def dashboard(qtbot, w: MainWindow) -> DashboardPage:  # type: ignore[no-untyped-def]
    page = w.workspace.pages["dashboard"]
    qtbot.waitUntil(lambda: not page.busy and page.data is not None, timeout=20_000)
    return page


def test_dashboard_is_the_start_screen_with_the_right_counts(qtbot, win: MainWindow, seeded) -> None:  # type: ignore[no-untyped-def]
    page = dashboard(qtbot, win)
    assert win.workspace.currentWidget() is page
    assert page.counts() == {"due_now": 8, "due_soon": 1, "expiring": 1, "requests": 2, "held": 2}
    listed = {page.due_now.item(r, 0).data(256) for r in range(page.due_now.rowCount())}
    assert listed == {seeded[k] for k in ("A", "B", "H1", "H2", "H3", "H4", "H5", "H6")}
    assert page.due_soon.item(0, 0).data(256) == seeded["C"]
    assert page.expiring.item(0, 0).data(256) == seeded["D"]
    # The overdue request comes first, in red and said in words.
    assert page.requests.item(0, 2).data(256) == seeded["G"]
    assert page.requests.item(0, 4).text() == "Overdue by 15 days"
    assert page.requests.item(0, 4).foreground().color().name() == "#c62828"
    assert page.requests.item(1, 4).text() == "18 days left"
    assert "1 overdue" in page.cards["requests"].text()
    # The chart: 8 overdue + C leave in March 2026, D in April; the held/restricted never.
    months = dict(page.data.months)
    assert months[dt.date(2026, 3, 1)] == 9
    assert months[dt.date(2026, 4, 1)] == 1
    assert sum(months.values()) == 10 and len(months) == 12


def test_every_item_opens_the_candidate(qtbot, win: MainWindow, seeded) -> None:  # type: ignore[no-untyped-def]
    page = dashboard(qtbot, win)
    with qtbot.waitSignal(page.open_candidate) as blocker:
        page.requests.itemDoubleClicked.emit(page.requests.item(0, 1))
    assert blocker.args == [seeded["G"]]
    assert win.workspace.currentWidget() is win.workspace.detail


def test_a_renewal_recorded_in_the_gui_moves_the_candidate_out_of_expiring(
    qtbot, win: MainWindow, seeded
) -> None:  # type: ignore[no-untyped-def]
    page = dashboard(qtbot, win)
    page.tabs.setCurrentWidget(page.expiring)
    assert page.renewed_button.isVisible()
    page.expiring.selectRow(0)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.renewed_button.click()
    assert page.counts()["expiring"] == 0
    state = win.vault.retention.status([seeded["D"]])[0]
    assert state.state == "pool" and state.due_on is not None and state.due_on > dt.date(2027, 1, 1)
