"""The candidate list loads the names first (sorted: usable), then fills in each row's retention columns
(app/ui/candidate_model.py). A sort or filter on those columns, chosen before they are in, is applied
again once they are. On a vault with fixed dates (today 2026-03-02: tests/gui/retention_data.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui import adapters, candidate_model
from app.ui.candidate_model import CandidateTableModel
from app.ui.list_page import CandidateListPage
from app.ui.window import MainWindow
from tests.gui.retention_data import seed

DUE = ("A", "B", "H1", "H2", "H3", "H4", "H5", "H6")


@pytest.fixture
def seeded(vault):  # type: ignore[no-untyped-def]
    return seed(vault)


def list_page(win: MainWindow) -> CandidateListPage:
    assert win.workspace is not None
    return win.workspace.list


def reload(qtbot, page: CandidateListPage) -> list[str]:  # type: ignore[no-untyped-def]
    """Reload the list; the order its signals came in."""
    seen: list[str] = []
    page.model.listed.connect(lambda _n: seen.append("listed"))
    page.model.loaded.connect(lambda _n: seen.append("loaded"))
    page.reload()
    qtbot.waitUntil(lambda: not page.model.busy, timeout=20_000)
    return seen


def shown_ids(page: CandidateListPage) -> list[int]:
    return [page.model.row_at(r).id for r in range(page.model.rowCount())]


def test_every_row_gets_its_retention_columns_after_the_names(  # type: ignore[no-untyped-def]
    qtbot, win: MainWindow, seeded, monkeypatch
) -> None:
    # Pages of names and of states of other sizes, each smaller than the list: every row across them.
    monkeypatch.setattr(candidate_model, "BATCH", 4)
    monkeypatch.setattr(candidate_model, "STATES_BATCH", 3)
    page = list_page(win)
    assert reload(qtbot, page)[:2] == ["listed", "loaded"]
    expected = adapters.retention_status(win.vault, sorted(seeded.values()))
    assert page.model.rowCount() == len(seeded)
    for r in range(page.model.rowCount()):
        row = page.model.row_at(r)
        info = expected[row.id]
        assert (row.state, row.due_on, row.vacancy) == (info["state"], info["due_on"], info["vacancy"])
        assert page.model.index(r, CandidateTableModel.DUE).data() != "" or not info["due_on"]
    # The vacancy filter offers the vacancies the states brought in.
    offered = {page.vacancy.itemData(i) for i in range(1, page.vacancy.count())}
    assert offered == {info["vacancy"] for info in expected.values()} - {""}
    assert {"Nurse", "Driver"} <= offered


def test_a_state_filter_chosen_before_the_states_are_in_shows_the_right_rows(
    qtbot, win: MainWindow, seeded
) -> None:  # type: ignore[no-untyped-def]
    page = list_page(win)
    page.state.setCurrentIndex(page.state.findData("due"))
    qtbot.waitUntil(lambda: not page.model.busy, timeout=20_000)
    reload(qtbot, page)  # the filter holds from the first row, when no row has a state yet
    assert sorted(shown_ids(page)) == sorted(seeded[k] for k in DUE)
    assert page.count.text() == f"{len(DUE)} of {len(seeded)} candidates"


def test_a_sort_by_state_chosen_before_the_states_are_in_is_applied_when_they_are(
    qtbot, win: MainWindow, seeded
) -> None:  # type: ignore[no-untyped-def]
    page = list_page(win)
    page.table.sortByColumn(CandidateTableModel.STATE, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not page.model.busy, timeout=20_000)
    reload(qtbot, page)
    states = [page.model.row_at(r).state for r in range(page.model.rowCount())]
    assert all(states) and states == sorted(states, reverse=True)
    assert states != sorted(states)  # more than one state: the order says something
