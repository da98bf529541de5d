"""Whether the postings hold exactly the (token, candidate) pairs the source rows give (for ``verify``).

Both sides are reduced to one integer, the sum over every pair of ``token × weight(candidate)``, with a
token read as a 64-bit integer and ``weight(c) = 2^(c mod 64) × (block(c) × K + 1)``. All bits of a
posting row share a block, so the row's share is ``token × mask × (block × K + 1)``: one multiplication
per row, and on the other side one sum per candidate over its distinct tokens. The sums are exact (no
modulus): a single missing or extra pair always changes them. Streamed, so a large vault is never held in
memory at once.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterator
from typing import Any, cast

from sqlalchemy import Executable, Table, select
from sqlalchemy.orm import Session

from app.search.postings import FULL, place, stale
from app.store.models import SearchPosting, SearchSource

_K = 0x9E3779B97F4A7C15  # an odd constant that spreads the blocks' weights apart
_STREAM = 5000
_SOURCES = cast(Table, SearchSource.__table__)


def index_agrees(session: Session) -> bool:
    return _postings_sum(session) == _sources_sum(session)


def _block_weight(block: int) -> int:
    return block * _K + 1


def _postings_sum(session: Session) -> int:
    """Without the bits a bulk purge left for its sweep: their candidates' sources are gone."""
    total = 0
    swept = stale(session)
    query = select(SearchPosting.token, SearchPosting.block, SearchPosting.mask)
    for token, block, mask in _stream(session, query):
        kept = mask & FULL & ~swept.get(block, 0)
        total += int.from_bytes(token, sys.byteorder) * kept * _block_weight(block)
    return total


def _sources_sum(session: Session) -> int:
    """A candidate at a time: a token in two of its sources is one pair."""
    query = select(_SOURCES.c.candidate_id, _SOURCES.c.tokens).order_by(_SOURCES.c.candidate_id)
    total, current, tokens = 0, 0, set[int]()
    for cid, stored in _stream(session, query):
        if cid != current:
            total += _candidate_share(current, tokens)
            current, tokens = cid, set()
        tokens.update(array("Q", stored))  # native byte order, as ``int.from_bytes`` above
    return total + _candidate_share(current, tokens)


def _stream(session: Session, query: Executable) -> Iterator[Any]:
    """Rows in batches on the session's connection: Core rows cost a third of ORM rows (2M postings)."""
    return iter(session.connection().execute(query.execution_options(yield_per=_STREAM)))


def _candidate_share(candidate_id: int, tokens: set[int]) -> int:
    block, bit = place(candidate_id)
    return sum(tokens) * bit * _block_weight(block)
