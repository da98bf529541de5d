"""The vault's meta rows are read once per transaction (all in one query), and what a transaction writes
it reads back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from app.store import meta
from app.vault import Vault


@contextmanager
def meta_reads(vault: Vault) -> Iterator[list[str]]:
    """Every query of vault_meta the writer ran while the block runs."""
    queries: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if statement.lstrip().startswith("SELECT") and "FROM vault_meta" in statement:
            queries.append(statement)

    engine = vault._write_engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        yield queries
    finally:
        event.remove(engine, "before_cursor_execute", seen)


def test_an_edit_reads_the_meta_rows_once(vault: Vault) -> None:
    """The edit's transaction reads the head, the signed head, the settings, the vault id and the absent
    anchor of a log never pruned: one query for them all."""
    cid = vault.candidates.add(first_name="Anna", last_name="Peeters")
    with meta_reads(vault) as queries:
        vault.candidates.edit(cid, {"address": "Kerkstraat 1, 9000 Gent"})
    assert len(queries) == 1, queries


def test_a_transaction_reads_back_what_it_put(vault: Vault) -> None:
    with vault.write() as session:
        assert meta.value(session, "test_marker") is None  # absent, and remembered as absent
        meta.put(session, "test_marker", "1")
        assert meta.value(session, "test_marker") == "1"
        meta.put(session, "test_marker", "2")
        assert meta.value(session, "test_marker") == "2"
    with vault.read() as session:
        assert meta.value(session, "test_marker") == "2"


def test_a_new_transaction_reads_again(vault: Vault) -> None:
    with vault.read() as session:
        assert meta.value(session, "test_marker") is None
        with vault.write() as other:
            meta.put(other, "test_marker", "written by another session")
        session.rollback()  # this session's next transaction sees what landed since
        assert meta.value(session, "test_marker") == "written by another session"
