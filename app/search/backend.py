"""Where the blind index lives and how an AND query runs on it, per storage engine.

The index is the ``search_tokens`` table with the index ``ix_search_tokens_token_candidate``
(token, candidate_id): a query is index range scans and index probes, in the database, never a scan of
rows in Python. The SQL here is plain SQL-92 and runs on SQLite and PostgreSQL alike; a backend
with engine-specific machinery (e.g. PostgreSQL arrays + GIN) can subclass ``SearchBackend`` and be
returned by ``backend_for``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import cast

from sqlalchemy import Table, delete, insert, select, text
from sqlalchemy.orm import Session

from app.store.models import SearchToken

# Core statements on the table: the ORM's bulk paths would also synchronise every object of the session.
_TABLE = cast(Table, SearchToken.__table__)
# SQLite allows 32766 bound parameters per statement; stay well below for bulk inserts.
_BATCH = 5000


class SearchBackend:
    """Stores token rows and answers "which candidates have all these words"."""

    def add(
        self,
        session: Session,
        candidate_id: int,
        sources: Mapping[str, Iterable[bytes]],
        document_id: int | None = None,
    ) -> int:
        """Insert the tokens of each source (a field name or "document:ID") in one batched statement."""
        rows = [
            {"candidate_id": candidate_id, "token": tok, "source": source, "document_id": document_id}
            for source, tokens in sources.items()
            for tok in sorted(set(tokens))
        ]
        for start in range(0, len(rows), _BATCH):
            session.execute(insert(_TABLE), rows[start : start + _BATCH])
        return len(rows)

    def remove_profile(self, session: Session, candidate_id: int) -> None:
        table = _TABLE.c
        session.execute(delete(_TABLE).where(table.candidate_id == candidate_id, table.document_id.is_(None)))

    def remove_documents(self, session: Session, document_ids: Sequence[int]) -> None:
        session.execute(delete(_TABLE).where(_TABLE.c.document_id.in_(list(document_ids))))

    def match_all(self, session: Session, alternatives: Sequence[Sequence[bytes]]) -> list[int]:
        """Candidates that match every query word; word i matches through any token in alternatives[i].

        The rarest word drives the query and every other word is an index probe on (token, candidate_id):
        ``SELECT DISTINCT s0.candidate_id ... WHERE s0.token IN (..) AND EXISTS (.. s1.token IN (..) AND
        s1.candidate_id = s0.candidate_id) ...``. Measured on 1.3 million token rows (10k candidates) it is
        about 5x faster than ``GROUP BY candidate_id HAVING count(DISTINCT word) = n``, which must group
        every row of the common words. Plain SQL text with bound parameters: SQLAlchemy's compilation of
        an expression cost more than the database's own work.
        """
        if not alternatives:
            return []
        words = [self._params(f"t{index}_", toks) for index, toks in enumerate(alternatives)]
        if len(words) > 1:
            words.sort(key=lambda word: self._count(session, *word))
        first_in, params = words[0]
        sql = f"SELECT DISTINCT s0.candidate_id FROM search_tokens s0 WHERE s0.token IN ({first_in})"
        for index, (word_in, word_params) in enumerate(words[1:], start=1):
            sql += (
                f" AND EXISTS (SELECT 1 FROM search_tokens s{index} WHERE s{index}.token IN ({word_in})"
                f" AND s{index}.candidate_id = s0.candidate_id)"
            )
            params = {**params, **word_params}
        return list(session.scalars(text(sql + " ORDER BY s0.candidate_id"), params))

    @staticmethod
    def _params(prefix: str, toks: Sequence[bytes]) -> tuple[str, dict[str, bytes]]:
        params = {f"{prefix}{position}": tok for position, tok in enumerate(toks)}
        return ", ".join(f":{name}" for name in params), params

    @staticmethod
    def _count(session: Session, word_in: str, params: dict[str, bytes]) -> int:
        # Counted on the covering index only; cheap next to the join it orders.
        sql = f"SELECT count(*) FROM search_tokens WHERE token IN ({word_in})"
        return int(session.scalar(text(sql), params) or 0)

    def sources(
        self, session: Session, candidate_ids: Sequence[int], tokens: Sequence[bytes]
    ) -> dict[int, list[str]]:
        """For each candidate: the fields and documents where any of the tokens occur."""
        out: dict[int, list[str]] = {cid: [] for cid in candidate_ids}
        for start in range(0, len(candidate_ids), _BATCH):
            chunk = list(candidate_ids[start : start + _BATCH])
            query = (
                select(SearchToken.candidate_id, SearchToken.source)
                .where(SearchToken.candidate_id.in_(chunk), SearchToken.token.in_(list(tokens)))
                .distinct()
            )
            for cid, source in session.execute(query):
                out[cid].append(source)
        return out


def backend_for(dialect_name: str) -> SearchBackend:
    """One place to plug an engine-specific backend (the PostgreSQL work can return its own here)."""
    return SearchBackend()
