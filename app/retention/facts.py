"""Load retention facts for many candidates with a handful of set-based queries.

Everything read here is in clear (ids, dates, outcomes), so no passphrase is needed. One query per
table, never one per candidate (benchmarks: due_all).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.config import Settings
from app.gc_pause import gc_paused
from app.retention.dates import POOL_CAP_MONTHS, add_months
from app.retention.rules import CandidateFacts, ConsentFacts, Policy, ProcedureFacts
from app.store import driver, meta
from app.store.models import (
    Candidate,
    Consent,
    LegalHold,
    Procedure,
    Restriction,
    RightsRequest,
    Vacancy,
)

POOL = "reserve_pool"
ERASURE = "erasure"
ERASED = "erased"  # the outcome of an erasure request a purge carried out

# The fact queries, run on the driver: SQLAlchemy's work per statement and per row was half of their time
# (``due`` at 100,000 candidates reads some 90,000 rows; the GUI list asks for 250 candidates at a time,
# and a purge for one). ``{only}`` is where the id filter goes: the ids are one parameter, a JSON array
# unpacked by json_each (SQLite) or an array (PostgreSQL), so each statement is prepared once.
_CREATED = "SELECT id, created_on FROM candidates WHERE {only}"
_PROCEDURES = "SELECT candidate_id, outcome, applied_on, ended_on FROM procedures WHERE {only}"
_CONSENTS = (
    "SELECT candidate_id, given_on, ends_on, withdrawn_on FROM consents "
    f"WHERE purpose = '{POOL}' AND {{only}}"
)
_HELD = "SELECT DISTINCT candidate_id FROM legal_holds WHERE released_on IS NULL AND {only}"
_RESTRICTED = "SELECT DISTINCT candidate_id FROM restrictions WHERE lifted_on IS NULL AND {only}"
# A refused erasure request (outcome "refused" or "refused:<why>", e.g. a legal obligation to keep)
# does not make the candidate due. (substr, not LIKE: a "%" would be a parameter mark to psycopg.)
_ERASURES = (
    "SELECT candidate_id, min(received_on) FROM rights_requests "
    f"WHERE kind = '{ERASURE}' AND (outcome IS NULL OR substr(outcome, 1, 7) <> 'refused') AND {{only}} "
    "GROUP BY candidate_id"
)
_SLICE = 2000


class _FactReader:
    """Runs the fact queries on the driver, for everyone or for ``ids``."""

    def __init__(self, session: Session, ids: Sequence[int] | None) -> None:
        self.cursor = driver.cursor(session)
        self.session = session
        self.ids = ids
        self.param = None if ids is None else driver.ids_param(session, ids)  # made once, used by each
        self.date = driver.date_reader(session)

    def rows(self, sql: str, column: str = "candidate_id") -> list[Any]:
        if self.ids is None:
            self.cursor.execute(sql.format(only="TRUE"))
            # In slices: one fetch of 100,000 rows holds the interpreter lock for long, which would
            # freeze the GUI thread while a worker loads the overview.
            found: list[Any] = []
            while part := self.cursor.fetchmany(_SLICE):
                found.extend(part)
            return found
        self.cursor.execute(sql.format(only=driver.in_ids(self.session, column)), (self.param,))
        return list(self.cursor.fetchall())


def load_facts(session: Session, ids: Iterable[int] | None = None) -> list[CandidateFacts]:
    """Facts of every candidate (or of the given ids that exist), ordered by id."""
    with gc_paused():  # tens of thousands of small objects, none of them cyclic
        return _load(_FactReader(session, None if ids is None else sorted(set(ids))))


def _load(read: _FactReader) -> list[CandidateFacts]:
    date = read.date
    created = {cid: date(on) for cid, on in read.rows(_CREATED, column="id")}
    procedures: defaultdict[int, list[ProcedureFacts]] = defaultdict(list)
    for cid, outcome, applied_on, ended_on in read.rows(_PROCEDURES):
        procedures[cid].append(ProcedureFacts(outcome, date(applied_on), ended_on and date(ended_on)))
    consents: defaultdict[int, list[ConsentFacts]] = defaultdict(list)
    for cid, given_on, ends_on, withdrawn_on in read.rows(_CONSENTS):
        consents[cid].append(
            ConsentFacts(date(given_on), ends_on and date(ends_on), withdrawn_on and date(withdrawn_on))
        )
    held = {cid for (cid,) in read.rows(_HELD)}
    restricted = {cid for (cid,) in read.rows(_RESTRICTED)}
    erasures = {cid: date(received) for cid, received in read.rows(_ERASURES)}
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


_VACANCIES = (
    "SELECT procedures.candidate_id, vacancies.title, procedures.outcome, procedures.applied_on "
    "FROM procedures JOIN vacancies ON vacancies.id = procedures.vacancy_id WHERE {only}"
)


def current_vacancies(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """Each candidate's current vacancy: of the latest open procedure, else of the latest one."""
    read = _FactReader(session, sorted(set(ids)))
    best: dict[int, tuple[bool, dt.date, str]] = {}
    for cid, title, outcome, applied_on in read.rows(_VACANCIES, column="procedures.candidate_id"):
        rank = (outcome == "open", read.date(applied_on), title)
        if cid not in best or rank > best[cid]:
            best[cid] = rank
    return {cid: rank[2] for cid, rank in best.items()}


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

    Set-based: the procedures are summed up per candidate in one grouped pass and the other tables are
    read as sets of ids, where a correlated EXISTS per candidate and table cost more than reading every
    fact row (100,000 candidates: 0.32 s against 0.19 s for a plain SELECT of the facts).
    """
    cid = Candidate.id
    shortest = min(policy.after_procedure_days, policy.hired_days)
    ended = func.coalesce(Procedure.ended_on, Procedure.applied_on)
    # Any closed procedure ending after this day puts the due date after ``limit``.
    recent = and_(Procedure.outcome != "open", ended > limit - dt.timedelta(days=shortest))
    procedures = (
        select(
            Procedure.candidate_id.label("candidate_id"),
            func.max(case((Procedure.outcome == "open", 1), else_=0)).label("any_open"),
            func.max(case((recent, 1), else_=0)).label("any_recent"),
        )
        .group_by(Procedure.candidate_id)
        .subquery()
    )
    held = select(LegalHold.candidate_id).where(LegalHold.released_on.is_(None))
    restricted = select(Restriction.candidate_id).where(Restriction.lifted_on.is_(None))
    erasure = select(RightsRequest.candidate_id).where(RightsRequest.kind == ERASURE)
    created_cutoff = limit - dt.timedelta(days=policy.after_procedure_days)
    query = (
        select(cid)
        .outerjoin(procedures, procedures.c.candidate_id == cid)
        .where(
            cid.not_in(held),
            cid.not_in(restricted),
            or_(
                cid.in_(erasure),
                and_(
                    func.coalesce(procedures.c.any_open, 0) == 0,
                    func.coalesce(procedures.c.any_recent, 0) == 0,
                    or_(procedures.c.candidate_id.is_not(None), Candidate.created_on <= created_cutoff),
                    cid.not_in(_pool_keeps(limit)),
                ),
            ),
        )
    )
    return list(session.scalars(query.order_by(cid)))


def _pool_keeps(limit: dt.date) -> Select[int]:
    """The candidates whose latest consent certainly ends after ``limit`` (then rule 4's date is after it
    too)."""
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
    return select(mine.candidate_id).where(mine.purpose == POOL, safe(mine), ~later_unsafe)


def stored_policy(session: Session) -> Policy:
    """The retention policy of the settings in this vault, read in the caller's session (which checked
    their signature where that matters)."""
    return Policy.from_settings(Settings(meta.value(session, "settings")))
