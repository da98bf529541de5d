"""Posting lists of the blind index as bitmaps: for each token, a 64-bit mask per block of 64 candidates.

Row ``(token, block, mask)`` says: candidate ``block * 64 + i`` has the token when bit ``i`` of
``mask`` is set. A token of one candidate costs one row, like a row per (token, candidate) would; a
token in every CV costs one row per 64 candidates, so a query over common words reads 64 times fewer
rows and intersects 64 candidates per machine AND (the idea of bitmap indexes and Roaring bitmaps,
kept in plain SQL rows that SQLite and PostgreSQL both store and lock well).

Adding sets bits with an upsert (``mask | new``), which is idempotent; removing clears them, and a row
left without any bit deletes itself (a trigger, migration 0007: most rows keep other candidates' bits, and
a second statement per row to find the empty ones cost a bulk purge 15-30 %).

A run that purges many candidates (app/retention/bulk.py) does not clear their bits token by token: tokens
are keyed hashes, so each is a random page of the postings, and every batch rewrote most of the table. It
records the candidates' bits in ``search_stale`` with their rows' deletion, and clears them all in one
pass when it ends (``sweep_stale``); until then searches and ``verify`` leave those bits out, and a killed
run's bits are swept by the next run or unlock. Only the bits of candidates who are gone count: the table
is not sealed, and a bit there must never hide, or erase the postings of, someone who exists.

A posting row is shared by up to 64 candidates (a name prefix by thousands), so
on PostgreSQL writers take the vault's shared-write lock first (``lock_shared_writes``): otherwise two
edits of different candidates could each hold rows the other needs. Masks are stored as signed 64-bit integers
(SQLite INTEGER, PostgreSQL BIGINT); bitwise ``|`` and ``&`` mean the same on them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from app.store.driver import cursor, param_mark
from app.store.engine import lock_shared_writes

BLOCK_BITS = 6  # 64 candidates per block: one signed 64-bit integer
FULL = (1 << 64) - 1
# For each byte value, the positions of its set bits: turns masks into ids without a loop per bit.
_BIT_POSITIONS = tuple(tuple(bit for bit in range(8) if value >> bit & 1) for value in range(256))

# Plain SQL that SQLite and PostgreSQL both accept, run with the driver's executemany: per row,
# SQLAlchemy's parameter handling cost about as much as the database's work (a bulk purge clears ~60 rows per
# candidate).
_SET = (
    "INSERT INTO search_postings (token, block, mask) VALUES (?, ?, ?) "
    "ON CONFLICT (token, block) DO UPDATE SET mask = search_postings.mask | excluded.mask"
)
_CLEAR = "UPDATE search_postings SET mask = mask & ? WHERE token = ? AND block = ?"
_STALE = (
    "INSERT INTO search_stale (block, mask) VALUES (?, ?) "
    "ON CONFLICT (block) DO UPDATE SET mask = search_stale.mask | excluded.mask"
)
# One pass over the postings: only rows holding a stale bit are written (SQLite 3.33+ and PostgreSQL both
# take UPDATE ... FROM); a row left without any bit deletes itself (the trigger).
_SWEEP = (
    "UPDATE search_postings SET mask = search_postings.mask & ~search_stale.mask FROM search_stale "
    "WHERE search_postings.block = search_stale.block AND (search_postings.mask & search_stale.mask) <> 0"
)
# PostgreSQL, first: the rows the sweep would leave without a bit, deleted in the same join. There the trigger
# that deletes an emptied row runs a statement per row (at 100,000 candidates with 40 % purged, 482,368 of
# them: the sweep took 12.5 s, 7.0 s with this first); SQLite's trigger costs no more than this would.
_SWEEP_EMPTIED = (
    "DELETE FROM search_postings USING search_stale WHERE search_postings.block = search_stale.block "
    "AND (search_postings.mask & ~search_stale.mask) = 0"
)

# The candidates who still exist in the stale blocks: one index range per block.
_EXISTING = (
    f"SELECT candidates.id FROM search_stale JOIN candidates ON candidates.id >= search_stale.block * "
    f"{1 << BLOCK_BITS} AND candidates.id < (search_stale.block + 1) * {1 << BLOCK_BITS}"
)

Masks = dict[int, int]  # block -> unsigned mask


def _signed(mask: int) -> int:
    return mask - (1 << 64) if mask >> 63 else mask


def place(candidate_id: int) -> tuple[int, int]:
    """The candidate's block, and its bit in that block's mask."""
    block, index = divmod(candidate_id, 1 << BLOCK_BITS)
    return block, 1 << index


def rows_for(tokens_by_candidate: Mapping[int, Iterable[bytes]]) -> list[tuple[bytes, int, int]]:
    """(token, block, signed mask) with the bits of the given candidates, in (token, block) order."""
    bits: defaultdict[tuple[bytes, int], int] = defaultdict(int)
    for candidate_id, tokens in tokens_by_candidate.items():
        block, bit = place(candidate_id)
        for tok in tokens:
            bits[tok, block] |= bit
    return [(tok, block, _signed(bits[tok, block])) for tok, block in sorted(bits)]


def set_bits(session: Session, tokens_by_candidate: Mapping[int, Iterable[bytes]]) -> None:
    """Record that each candidate has its tokens (already recorded ones stay as they are)."""
    _execute_many(session, _SET, rows_for(tokens_by_candidate))


def clear_bits(session: Session, tokens_by_candidate: Mapping[int, Iterable[bytes]]) -> None:
    """Record that each candidate no longer has its tokens; rows left without any bit delete themselves."""
    rows = rows_for(tokens_by_candidate)
    _execute_many(session, _CLEAR, [(~mask, token, block) for token, block, mask in rows])


def mark_stale(session: Session, candidate_ids: Iterable[int]) -> None:
    """Record the candidates' bits as stale instead of clearing them token by token: for a run that
    deletes many candidates, whose sweep then reads and writes each posting page once."""
    masks: defaultdict[int, int] = defaultdict(int)
    for candidate_id in candidate_ids:
        block, bit = place(candidate_id)
        masks[block] |= bit
    _execute_many(session, _STALE, [(block, _signed(mask)) for block, mask in sorted(masks.items())])


def stale(session: Session) -> Masks:
    """The bits not swept yet (usually none): searches and ``verify`` leave them out.

    Only the bits of ids with no candidate row count (ids are never reused: AUTOINCREMENT, a sequence).
    The table is not sealed, so a bit written there for a candidate who still exists would otherwise hide
    them from every search (a rights request could miss them), hide it from ``verify`` too, and have the
    sweep erase their postings."""
    rows = cursor(session)
    try:
        rows.execute("SELECT block, mask FROM search_stale")
        masks = {block: mask & FULL for block, mask in rows.fetchall()}
        if masks:
            rows.execute(_EXISTING)
            for (candidate_id,) in rows.fetchall():
                block, bit = place(candidate_id)
                masks[block] &= ~bit
        return {block: mask for block, mask in masks.items() if mask}
    finally:
        rows.close()


def sweep_stale(session: Session) -> None:
    """Clear every stale bit from the postings in one pass (nothing to do, the usual case: one read)."""
    if not stale(session):
        return
    lock_shared_writes(session)  # the batches that mark bits stale take it too: none lands in between
    kept = stale(session)  # read again under the lock; only these bits are swept (see ``stale``)
    rows = cursor(session)
    try:
        rows.execute("DELETE FROM search_stale")
        rows.executemany(
            _STALE.replace("?", param_mark(session)),
            [(block, _signed(mask)) for block, mask in sorted(kept.items())],
        )
        if session.get_bind().dialect.name == "postgresql":
            rows.execute(_SWEEP_EMPTIED)
        rows.execute(_SWEEP)
        rows.execute("DELETE FROM search_stale")
    finally:
        rows.close()


def without(masks: Masks, removed: Masks) -> Masks:
    """``masks`` less the bits of ``removed``."""
    if not removed:
        return masks
    kept = {block: mask & ~removed.get(block, 0) for block, mask in masks.items()}
    return {block: mask for block, mask in kept.items() if mask}


def _execute_many(session: Session, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
    if not rows:
        return
    lock_shared_writes(session)
    rows_cursor = cursor(session)
    try:
        rows_cursor.executemany(sql.replace("?", param_mark(session)), rows)
    finally:
        rows_cursor.close()


def word_masks(session: Session, tokens: Sequence[bytes]) -> Masks:
    """The candidates having any of ``tokens``, as block -> mask (read on the driver's cursor: fast)."""
    rows_cursor = cursor(session)
    try:
        marks = ", ".join([param_mark(session)] * len(tokens))
        rows_cursor.execute(f"SELECT block, mask FROM search_postings WHERE token IN ({marks})", list(tokens))
        found: Masks = {}
        for block, mask in rows_cursor.fetchall():
            found[block] = found.get(block, 0) | (mask & FULL)
        return found
    finally:
        rows_cursor.close()


def intersect(words: list[Masks]) -> Masks:
    """The candidates in every one of ``words``; the smallest first, so each step only shrinks."""
    if not words:
        return {}
    words = sorted(words, key=len)
    common = words[0]
    for other in words[1:]:
        common = {block: both for block, mask in common.items() if (both := mask & other.get(block, 0))}
        if not common:
            break
    return common


def candidate_ids(masks: Masks) -> list[int]:
    """The ids the masks stand for, ascending."""
    ids: list[int] = []
    for block in sorted(masks):
        _extend(ids, block, masks[block])
    return ids


def count(masks: Masks) -> int:
    """How many candidates the masks stand for."""
    return sum(mask.bit_count() for mask in masks.values())


def page(masks: Masks, offset: int, limit: int | None) -> list[int]:
    """``candidate_ids(masks)[offset:offset + limit]`` (all from ``offset`` when ``limit`` is None), with
    the blocks before the page counted, not turned into ids: a common word's first page is 50 ids of
    tens of thousands."""
    ids: list[int] = []
    skip = offset
    for block in sorted(masks):
        mask = masks[block]
        if not ids and skip >= (bits := mask.bit_count()):
            skip -= bits
            continue
        _extend(ids, block, mask)
        if limit is not None and len(ids) >= skip + limit:
            break
    return ids[skip:] if limit is None else ids[skip : skip + limit]


def _extend(ids: list[int], block: int, mask: int) -> None:
    first = block << BLOCK_BITS
    for index, byte in enumerate(mask.to_bytes(8, "little")):
        if byte:
            offset = first + 8 * index
            ids.extend([offset + bit for bit in _BIT_POSITIONS[byte]])
