"""Search, documents, retention and purge on SQLite and on a real PostgreSQL cluster."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.store.models import CandidateKey, SearchSource
from app.vault import Vault

D = dt.date.fromisoformat


def test_search_documents_due_and_purge(any_vault: Vault) -> None:
    vault = any_vault
    keep = vault.candidates.add(first_name="Jan", last_name="Janssens", email="jan@example.be")
    gone = vault.candidates.add(first_name="Lotte", last_name="Peeters", email="lotte@example.be")
    vault.documents.add(gone, b"Ervaring in boekhouding en Python.\n", "cv", "cv.txt")
    vault.documents.add(keep, b"Ervaring in Python en Frans.\n", "cv", "cv.txt")
    vault.retention.add_procedure(keep, "Analist", D("2026-01-05"))  # open: never due
    vault.retention.add_procedure(gone, "Boekhouder", D("2025-11-01"), "rejected", D("2026-01-10"))

    assert [h.id for h in vault.search.search(["jan"]).hits] == [keep]  # prefix on names
    assert sorted(h.id for h in vault.search.search(["python"]).hits) == [keep, gone]
    assert [h.id for h in vault.search.search(["python", "boekhouding"]).hits] == [gone]

    due = vault.retention.due(D("2026-03-02"))
    assert [(a.candidate_id, a.due_on) for a in due] == [(gone, D("2026-02-09"))]
    result = vault.retention.purge_due(D("2026-03-02"), confirmed=True)
    assert result is not None
    assert vault.search.candidate_ids(["boekhouding"]) == []
    assert vault.candidates.ids() == [keep]
    with vault.read() as session:
        tokens = session.scalar(select(func.count()).where(SearchSource.candidate_id == gone))
        keys = session.scalar(select(func.count()).where(CandidateKey.candidate_id == gone))
    assert tokens == 0 and keys == 0
    assert vault.verify().ok


def test_the_list_by_pages_and_by_ids(any_vault: Vault) -> None:
    """The GUI's keyset pages (the join bounded by the page, app/candidates.py) give every candidate once,
    with a key; by ids and a page at once, the parameters meet their marks."""
    vault = any_vault
    ids = [vault.candidates.add(first_name=f"Naam{n}", last_name="Peeters") for n in range(7)]
    paged, after = [], 0
    while page := vault.candidates.list(("first_name",), after=after, limit=3):
        paged += page
        after = page[-1].id
    assert [r.id for r in paged] == ids
    assert [r.fields["first_name"] for r in paged] == [f"Naam{n}" for n in range(7)]
    assert not any(r.damaged for r in paged)
    chosen = vault.candidates.list(("first_name",), ids=[ids[6], ids[1], ids[4]], after=ids[2], limit=5)
    assert [r.id for r in chosen] == [ids[4], ids[6]]
