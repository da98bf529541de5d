"""The vault's meta rows are read once per transaction, and what a transaction writes it reads back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from app.store import meta
from app.vault import Vault


@contextmanager
def meta_reads(vault: Vault) -> Iterator[list[str]]:
    """The keys of every vault_meta row read by a query while the block runs."""
    keys: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, params: object, *_rest: object) -> None:
        if statement.lstrip().startswith("SELECT") and "FROM vault_meta" in statement:
            keys.append(str(params[0] if isinstance(params, tuple | list) and params else params))

    engine = vault._write_engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        yield keys
    finally:
        event.remove(engine, "before_cursor_execute", seen)


def test_an_edit_reads_each_meta_row_once(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="Anna", last_name="Peeters")
    with meta_reads(vault) as keys:
        vault.candidates.edit(cid, {"address": "Kerkstraat 1, 9000 Gent"})
    assert keys, "the edit signs the audit head: it reads meta rows"
    assert len(keys) == len(set(keys)), keys  # an absent key (the pruned log's anchor) too


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
