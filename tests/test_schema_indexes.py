"""Every foreign key has an index (issue 21), as the migrations build the schema, on both backends; and a
purge that deletes documents, their attachments and the rows that point at them leaves the others whole;
and a word's search postings are read from their key alone.

Without an index on a foreign key, each deleted parent row makes the database scan the child table:
a bulk purge of a vault with documents grew quadratically (benchmarks/purge_documents.py measures it).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, text

from app.clock import FixedClock
from app.retention.purge import purge_candidate
from app.store.engine import make_engine
from app.vault import Vault
from tests.conftest import PASSPHRASE, downgrade
from tests.corpus_files import CORPUS

EMAIL = CORPUS / "good" / "email-with-attachments-unicode.eml"


def test_every_foreign_key_has_an_index(any_vault: Vault) -> None:
    inspector = inspect(any_vault.engine)
    checked, missing = 0, []
    for table in inspector.get_table_names():
        leading = [tuple(index["column_names"]) for index in inspector.get_indexes(table)]
        leading.append(tuple(inspector.get_pk_constraint(table)["constrained_columns"]))
        leading += [tuple(unique["column_names"]) for unique in inspector.get_unique_constraints(table)]
        for key in inspector.get_foreign_keys(table):
            columns = tuple(key["constrained_columns"])
            checked += 1
            if not any(index[: len(columns)] == columns for index in leading):
                missing.append(f"{table}.{', '.join(columns)}")
    assert missing == []
    assert checked >= 19  # the check saw the schema's foreign keys (19 when this test was written)


def _with_documents(vault: Vault, last_name: str) -> dict[str, int]:
    cid = vault.candidates.add(first_name="Mira", last_name=last_name)
    added = vault.documents.add(cid, EMAIL, kind="other")
    assert isinstance(added, list) and len(added) > 1  # the message and its attachments
    procedure = vault.retention.add_procedure(cid, "Boekhouder", dt.date(2026, 1, 5))
    vault.retention.give_consent(cid, dt.date(2026, 1, 6), evidence_document_id=added[0])
    vault.notes.add(cid, "Gesprek over de vacature", procedure_id=procedure)
    return {"candidate": cid, "message": added[0], "attachments": len(added) - 1}


def test_a_purge_deletes_documents_attachments_and_what_points_at_them(any_vault: Vault) -> None:
    gone = _with_documents(any_vault, "Weg")
    kept = _with_documents(any_vault, "Blijft")
    purge_candidate(any_vault, gone["candidate"], "erasure request")
    with any_vault.engine.connect() as conn:

        def count(sql: str, cid: int) -> int:
            return int(conn.execute(text(sql), {"c": cid}).scalar() or 0)

        for table in ("documents", "consents", "interview_notes", "procedures"):
            assert count(f"SELECT count(*) FROM {table} WHERE candidate_id = :c", gone["candidate"]) == 0
        attachments = "SELECT count(*) FROM documents WHERE candidate_id = :c AND parent_id IS NOT NULL"
        assert count(attachments, kept["candidate"]) == kept["attachments"]
        evidence = (
            "SELECT count(*) FROM consents WHERE candidate_id = :c AND evidence_document_id IS NOT NULL"
        )
        assert count(evidence, kept["candidate"]) == 1
        noted = "SELECT count(*) FROM interview_notes WHERE candidate_id = :c AND procedure_id IS NOT NULL"
        assert count(noted, kept["candidate"]) == 1
    report = any_vault.verify()
    assert report.ok, report.damaged


def _postings_table(url: str) -> str:
    """How the postings are stored: PostgreSQL's key index, SQLite's table."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "postgresql":
                return str(conn.scalar(text("SELECT pg_get_indexdef('pk_search_postings'::regclass)")))
            return str(conn.scalar(text("SELECT sql FROM sqlite_master WHERE name = 'search_postings'")))
    finally:
        engine.dispose()


def test_a_words_postings_are_read_from_their_key_alone(
    any_vault: Vault, any_vault_url: str, clock: FixedClock
) -> None:
    """A word's posting rows are neighbours in the (token, block) key, with their masks: SQLite's table is
    that key (WITHOUT ROWID); PostgreSQL's heap is in write order, so its key index carries the mask
    (0009: an index-only read). Down to 0008 and up again on the next open."""
    cid = any_vault.candidates.add(first_name="Ilse", last_name="Wouters")
    any_vault.close()
    covering = "INCLUDE (mask)" if any_vault_url.startswith("postgresql") else "WITHOUT ROWID"
    assert covering in _postings_table(any_vault_url)
    downgrade(any_vault_url, "0008")
    if any_vault_url.startswith("postgresql"):
        assert "INCLUDE" not in _postings_table(any_vault_url)
    reopened = Vault.open(any_vault_url, clock)
    try:
        assert covering in _postings_table(any_vault_url)
        reopened.unlock(PASSPHRASE)
        assert reopened.search.candidate_ids(["wouters"]) == [cid]
    finally:
        reopened.close()
