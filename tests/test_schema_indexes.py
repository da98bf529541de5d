"""Every foreign key has an index (issue 21), as the migrations build the schema, on both backends; and a
purge that deletes documents, their attachments and the rows that point at them leaves the others whole.

Without an index on a foreign key, each deleted parent row makes the database scan the child table:
a bulk purge of a vault with documents grew quadratically (benchmarks/purge_documents.py measures it).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, text

from app.retention.purge import purge_candidate
from app.vault import Vault
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
