"""Load retention facts for many candidates with a handful of set-based queries.

Everything read here is in clear (ids, dates, outcomes), so no passphrase is needed. One query per
table, never one per candidate: ``due`` over 100,000 candidates stays well under two seconds.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import and_, bindparam, exists, func, literal_column, or_, select
from sqlalchemy.orm import Session, aliased

from app.retention.dates import POOL_CAP_MONTHS, add_months
from app.retention.rules import CandidateFacts, ConsentFacts, Policy, ProcedureFacts
from app.store.models import (
    Candidate,
    Consent,
    LegalHold,
    Procedure,
    Restriction,
    RightsRequest,
    Vacancy,
)

CHUNK = 500  # ids per IN (...) list: far below SQLite's variable limit
# More ids than this: one full scan per table is cheaper than many IN lists (PostgreSQL; SQLite reads
# the wanted rows alone with one statement: at 100,000 candidates, 40 % of them due, in half the time).
FULL_SCAN_ABOVE = 20_000
POOL = "reserve_pool"
ERASURE = "erasure"
ERASED = "erased"  # the outcome of an erasure request a purge carried out


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


_IDS: Any = bindparam("ids", expanding=True)
# SQLite: the ids as one JSON array, unpacked by json_each. The statement then has one parameter and is
# compiled once; an expanding IN list is compiled again for each call, a bound parameter per id (a third
# of ``due``'s time when it asks for thousands of candidates).
_IDS_JSON: Any = select(literal_column("value")).select_from(func.json_each(bindparam("ids_json")))


def _pair(query: Any, column: Any) -> tuple[Any, Any, Any]:
    """The query for every candidate, for a list of ids, and for a JSON array of ids (SQLite)."""
    return query, query.where(column.in_(_IDS)), query.where(column.in_(_IDS_JSON))


# Built once: a bulk purge re-reads one candidate's facts thousands of times.
_CREATED = _pair(select(Candidate.id, Candidate.created_on), Candidate.id)
_PROCEDURES = _pair(
    select(Procedure.candidate_id, Procedure.outcome, Procedure.applied_on, Procedure.ended_on),
    Procedure.candidate_id,
)
_CONSENTS = _pair(
    select(Consent.candidate_id, Consent.given_on, Consent.ends_on, Consent.withdrawn_on).where(
        Consent.purpose == POOL
    ),
    Consent.candidate_id,
)
_HELD = _pair(
    select(LegalHold.candidate_id).where(LegalHold.released_on.is_(None)).distinct(), LegalHold.candidate_id
)
_RESTRICTED = _pair(
    select(Restriction.candidate_id).where(Restriction.lifted_on.is_(None)).distinct(),
    Restriction.candidate_id,
)
# A refused erasure request (outcome "refused" or "refused:<why>", e.g. a legal obligation to keep)
# does not make the candidate due.
_ERASURES = _pair(
    select(RightsRequest.candidate_id, func.min(RightsRequest.received_on))
    .where(RightsRequest.kind == ERASURE)
    .where(or_(RightsRequest.outcome.is_(None), ~RightsRequest.outcome.startswith("refused")))
    .group_by(RightsRequest.candidate_id),
    RightsRequest.candidate_id,
)


def _rows(session: Session, pair: tuple[Any, Any, Any], ids: Sequence[int] | None) -> list[Any]:
    """Rows for all candidates, or for the given ids (SQLite: in one query; otherwise in chunks)."""
    # Core execution on the session's connection: plain rows, without the ORM's per-row work.
    conn = session.connection()
    if ids is None:
        # In slices: one fetch of 100,000 rows holds the interpreter lock ~100 ms in compiled row
        # processing, which would freeze the GUI thread while a worker loads the overview.
        rows_all: list[Any] = []
        for part in conn.execute(pair[0]).partitions(2000):
            rows_all.extend(part)
        return rows_all
    if conn.dialect.name == "sqlite":
        return list(conn.execute(pair[2], {"ids_json": json.dumps(list(ids))}).all())
    rows: list[Any] = []
    for chunk in _chunks(ids):
        rows.extend(conn.execute(pair[1], {"ids": chunk}).all())
    return rows


def load_facts(session: Session, ids: Iterable[int] | None = None) -> list[CandidateFacts]:
    """Facts of every candidate (or of the given ids that exist), ordered by id."""
    wanted = None if ids is None else sorted(set(ids))
    in_chunks = session.get_bind().dialect.name != "sqlite"  # SQLite reads any list in one statement
    if wanted is not None and len(wanted) > FULL_SCAN_ABOVE and in_chunks:
        keep = set(wanted)
        return [f for f in load_facts(session) if f.candidate_id in keep]
    created: dict[int, dt.date] = dict(_rows(session, _CREATED, wanted))
    procedures: defaultdict[int, list[ProcedureFacts]] = defaultdict(list)
    for cid, outcome, applied_on, ended_on in _rows(session, _PROCEDURES, wanted):
        procedures[cid].append(ProcedureFacts(outcome, applied_on, ended_on))
    consents: defaultdict[int, list[ConsentFacts]] = defaultdict(list)
    for cid, given_on, ends_on, withdrawn_on in _rows(session, _CONSENTS, wanted):
        consents[cid].append(ConsentFacts(given_on, ends_on, withdrawn_on))
    held = {cid for (cid,) in _rows(session, _HELD, wanted)}
    restricted = {cid for (cid,) in _rows(session, _RESTRICTED, wanted)}
    erasures: dict[int, dt.date] = {}
    for cid, received in _rows(session, _ERASURES, wanted):
        # func.min loses the column type on SQLite: it comes back as text.
        erasures[cid] = received if isinstance(received, dt.date) else dt.date.fromisoformat(received)

    return [
        CandidateFacts(
            candidate_id=cid,
            created_on=created[cid],
            procedures=tuple(procedures.get(cid, ())),
            consents=tuple(consents.get(cid, ())),
            held=cid in held,
            restricted=cid in restricted,
            erasure_received_on=erasures.get(cid),
        )
        for cid in sorted(created)
    ]


def candidates_of_vacancy(session: Session, title: str) -> set[int] | None:
    """Ids of candidates with a procedure on a vacancy of that title; None if there is no such title."""
    vacancy_ids = list(session.scalars(select(Vacancy.id).where(Vacancy.title == title)))
    if not vacancy_ids:
        return None
    query = select(Procedure.candidate_id).where(Procedure.vacancy_id.in_(vacancy_ids)).distinct()
    return set(session.scalars(query))


def possibly_due(session: Session, limit: dt.date, policy: Policy) -> list[int]:
    """Ids of the candidates that the rules *could* make due on or before ``limit``.

    A speed-up for ``due``, never a rule of its own: it only leaves out candidates that rules 1 and 3
    keep for sure (held, restricted, or an open procedure without an erasure request) and those whose
    procedure date or latest consent certainly ends after ``limit``. The pure rules decide about the rest
    (tests/test_due_prefilter.py checks that both give the same list).
    """
    cid = Candidate.id
    shortest = min(policy.after_procedure_days, policy.hired_days)
    held = exists().where(LegalHold.candidate_id == cid, LegalHold.released_on.is_(None))
    restricted = exists().where(Restriction.candidate_id == cid, Restriction.lifted_on.is_(None))
    erasure = exists().where(RightsRequest.candidate_id == cid, RightsRequest.kind == ERASURE)
    any_open = exists().where(Procedure.candidate_id == cid, Procedure.outcome == "open")
    any_procedure = exists().where(Procedure.candidate_id == cid)
    # Any closed procedure ending after this day puts the due date after ``limit``.
    recent_end = exists().where(
        Procedure.candidate_id == cid,
        Procedure.outcome != "open",
        func.coalesce(Procedure.ended_on, Procedure.applied_on) > limit - dt.timedelta(days=shortest),
    )
    created_cutoff = limit - dt.timedelta(days=policy.after_procedure_days)
    query = select(cid).where(
        ~held,
        ~restricted,
        or_(
            erasure,
            and_(
                ~any_open,
                ~recent_end,
                or_(any_procedure, Candidate.created_on <= created_cutoff),
                ~_pool_keeps(limit),
            ),
        ),
    )
    return list(session.scalars(query.order_by(cid)))


def _pool_keeps(limit: dt.date) -> Any:
    """The latest consent certainly ends after ``limit`` (then rule 4's date is after it too)."""
    # Given after this day, the 24-month end is after ``limit`` even with month-end clamping and leap days.
    given_after = add_months(limit, -POOL_CAP_MONTHS) + dt.timedelta(days=7)

    def safe(c: Any) -> Any:
        return and_(
            c.given_on > given_after,
            or_(c.withdrawn_on.is_(None), c.withdrawn_on > limit),
            or_(c.ends_on.is_(None), c.ends_on > limit),
        )

    mine, other = aliased(Consent), aliased(Consent)
    # ... and no consent of the same day or later (which would count instead) may end sooner.
    later_unsafe = exists().where(
        other.candidate_id == mine.candidate_id,
        other.purpose == POOL,
        other.given_on >= mine.given_on,
        ~safe(other),
    )
    return exists().where(mine.candidate_id == Candidate.id, mine.purpose == POOL, safe(mine), ~later_unsafe)
