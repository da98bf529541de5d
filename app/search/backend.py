"""Where the blind index lives and how an AND query runs on it.

Two tables, as in a search engine: the forward index ``search_sources`` (per profile field or document,
the tokens it contributed) and the inverted index ``search_postings`` (per token, bitmaps of the
candidates that have it; see postings.py). A query reads each word's bitmaps and intersects them; a
removal reads the forward rows to know which bits to clear. Plain SQL on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import cast

from sqlalchemy import ColumnElement, Table, delete, insert, select
from sqlalchemy.orm import Session

from app.search import postings
from app.search.tokens import TOKEN_BYTES
from app.store.models import SearchPosting, SearchSource, SearchStale

# Core statements on the table: the ORM's bulk paths would also synchronise every object of the session.
_SOURCES = cast(Table, SearchSource.__table__)
# Ids per IN list: well below SQLite's 32766 bound parameters.
_BATCH = 5000
_REBUILD_CANDIDATES = 2000  # per upsert round: ~31 blocks of 64, so a common word is few rows


class SearchBackend:
    """Stores tokens per source and answers "which candidates have all these words"."""

    def add(
        self,
        session: Session,
        candidate_id: int,
        sources: Mapping[str, Iterable[bytes]],
        document_id: int | None = None,
    ) -> int:
        """Store the tokens of each source (a field name or "document:ID"); returns how many."""
        rows: list[dict[str, object]] = []
        every: set[bytes] = set()
        count = 0
        for source, tokens in sources.items():
            distinct = set(tokens)
            if distinct:
                stored = b"".join(sorted(distinct))
                rows.append(
                    {
                        "candidate_id": candidate_id,
                        "source": source,
                        "document_id": document_id,
                        "tokens": stored,
                    }
                )
                every |= distinct
                count += len(distinct)
        if rows:
            session.execute(insert(_SOURCES), rows)
            postings.set_bits(session, {candidate_id: every})
        return count

    def remove_profile(self, session: Session, candidate_id: int) -> None:
        columns = _SOURCES.c
        self._remove(session, (columns.candidate_id == candidate_id) & columns.document_id.is_(None))

    def remove_documents(self, session: Session, document_ids: Sequence[int]) -> None:
        self._remove(session, _SOURCES.c.document_id.in_(list(document_ids)))

    def _remove(self, session: Session, which: ColumnElement[bool]) -> None:
        """Delete the matching sources; clear a candidate's bit only for tokens no other source has."""
        columns = _SOURCES.c
        removed = session.execute(select(columns.id, columns.candidate_id, columns.tokens).where(which)).all()
        if not removed:
            return
        session.execute(delete(_SOURCES).where(columns.id.in_([row.id for row in removed])))
        kept = tokens_of(session, {row.candidate_id for row in removed})
        gone: defaultdict[int, set[bytes]] = defaultdict(set)
        for row in removed:
            gone[row.candidate_id].update(split(row.tokens))
        postings.clear_bits(session, {cid: tokens - kept[cid] for cid, tokens in gone.items()})

    def match_all(self, session: Session, alternatives: Sequence[Sequence[bytes]]) -> list[int]:
        """Candidates that match every query word; word i matches through any token in alternatives[i].

        Each word costs one index range read of at most (candidates / 64) rows, however common the
        word, and the AND runs on 64 candidates at a time. Read on the driver's cursor: SQLAlchemy's
        result rows would cost more than the database's work."""
        return postings.candidate_ids(self._matches(session, alternatives))

    def match_page(
        self, session: Session, alternatives: Sequence[Sequence[bytes]], offset: int, limit: int | None
    ) -> tuple[list[int], int]:
        """A page of ``match_all`` and how many match in all, without listing the ids off the page."""
        found = self._matches(session, alternatives)
        return postings.page(found, offset, limit), postings.count(found)

    def _matches(self, session: Session, alternatives: Sequence[Sequence[bytes]]) -> postings.Masks:
        if not alternatives:
            return {}
        words = []
        for tokens in alternatives:
            masks = postings.word_masks(session, tokens)
            if not masks:
                return {}
            words.append(masks)
        found = postings.intersect(words)
        return postings.without(found, postings.stale(session)) if found else found

    def sources(
        self, session: Session, candidate_ids: Sequence[int], tokens: Sequence[bytes]
    ) -> dict[int, list[str]]:
        """For each candidate: the fields and documents where any of the tokens occur."""
        out: dict[int, list[str]] = {cid: [] for cid in candidate_ids}
        columns = _SOURCES.c
        for start in range(0, len(candidate_ids), _BATCH):
            chunk = list(candidate_ids[start : start + _BATCH])
            query = select(columns.candidate_id, columns.source, columns.tokens).where(
                columns.candidate_id.in_(chunk)
            )
            for cid, source, stored in session.execute(query):
                if any(_holds(stored, tok) for tok in tokens):
                    out[cid].append(source)
        return out


def backend_for(dialect_name: str) -> SearchBackend:
    """One place to plug an engine-specific backend (e.g. PostgreSQL arrays + GIN)."""
    return SearchBackend()


def forget_candidates(session: Session, candidate_ids: Collection[int]) -> None:
    """Clear the candidates from the postings (their purge then deletes their source rows)."""
    postings.clear_bits(session, tokens_of(session, candidate_ids))


def rebuild_postings(session: Session) -> None:
    """Derive the postings anew from the source rows: a restore does not carry them (they hold nothing
    the sources do not), which also keeps a purged candidate's bits out of a restored vault."""
    session.execute(delete(SearchPosting))
    session.execute(delete(SearchStale))  # bits of the postings just deleted
    pending: defaultdict[int, set[bytes]] = defaultdict(set)
    for cid, stored in session.execute(select(_SOURCES.c.candidate_id, _SOURCES.c.tokens)).yield_per(_BATCH):
        pending[cid].update(split(bytes(stored)))
        if len(pending) >= _REBUILD_CANDIDATES:
            postings.set_bits(session, pending)  # a candidate split over two flushes: bits only add up
            pending.clear()
    postings.set_bits(session, pending)


def tokens_of(session: Session, candidate_ids: Collection[int]) -> defaultdict[int, set[bytes]]:
    """Every token each candidate has, over all its sources."""
    found: defaultdict[int, set[bytes]] = defaultdict(set)
    ids = sorted(candidate_ids)
    columns = _SOURCES.c
    for start in range(0, len(ids), _BATCH):
        query = select(columns.candidate_id, columns.tokens).where(
            columns.candidate_id.in_(ids[start : start + _BATCH])
        )
        for cid, stored in session.execute(query):
            found[cid].update(split(stored))
    return found


def split(stored: bytes) -> list[bytes]:
    return [stored[i : i + TOKEN_BYTES] for i in range(0, len(stored), TOKEN_BYTES)]


def _holds(stored: bytes, token: bytes) -> bool:
    """Whether ``token`` is one of the fixed-size tokens in ``stored`` (not a run across two of them)."""
    at = stored.find(token)
    while at >= 0:
        if at % TOKEN_BYTES == 0:
            return True
        at = stored.find(token, at + 1)
    return False
