"""The vault's own key/value rows (``vault_meta``), read once per transaction.

A write reads the same few rows many times (the audit head, the signed head, the settings, the vault id),
and a row SQLAlchemy loaded is only weakly held by the session: read, dropped and read again, each time
with a query (a key with no row is never remembered at all). The table is a handful of small rows, so the
first read in a transaction loads them all (an audited write read five by key: a query each) and keeps
them for the transaction, absent keys too; every write of a meta row goes through ``put`` so that what is
kept stays true.
On PostgreSQL a writer may have read rows before it took the shared-write lock (another writer may have
changed them since): ``lock_shared_writes`` calls ``forget``.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, SessionTransaction

from app.store.models import VaultMeta

_KEPT = "vault_meta_rows"


def _kept(session: Session) -> dict[str, VaultMeta | None]:
    transaction = session.get_transaction()
    kept: tuple[SessionTransaction | None, dict[str, VaultMeta | None]] | None = session.info.get(_KEPT)
    if kept is None or kept[0] is not transaction or transaction is None:
        kept = (transaction, {})
        session.info[_KEPT] = kept
    return kept[1]


def row(session: Session, key: str) -> VaultMeta | None:
    kept = _kept(session)
    if not kept:
        rows = list(session.scalars(select(VaultMeta)))
        kept = _kept(session)  # the query may have begun the transaction
        kept.update((found.key, found) for found in rows)
    return kept.get(key)


def value(session: Session, key: str) -> str | None:
    found = row(session, key)
    return None if found is None else found.value


def put(session: Session, key: str, text: str) -> None:
    """Insert or update (no merge: its extra SELECT is what ``row`` saves)."""
    found = row(session, key)
    if found is None:
        found = VaultMeta(key=key, value=text)
        session.add(found)
        _kept(session)[key] = found
    else:
        found.value = text


def forget(session: Session) -> None:
    session.info.pop(_KEPT, None)
