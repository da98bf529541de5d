"""``vault.retention``: states and due dates, consents, holds, restrictions, erasure requests,
procedures, and purging (one candidate or every due one).

Reading states and purging need no passphrase (retention facts are in clear); recording a consent or a
legal hold seals text under the candidate's key, so those need an unlocked vault.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import roles
from app.candidates import require_candidate, validate
from app.errors import InvalidInput, NotFound, Refused
from app.retention import bulk, consents
from app.retention.bulk import BulkResult, Progress
from app.retention.dates import add_months, check_fact_date
from app.retention.facts import ERASURE, current_vacancies, load_facts, possibly_due, stored_policy
from app.retention.purge import (
    PurgePreview,
    active_hold,
    active_restriction,
    owned_counts,
    place_restriction,
    purge_candidate,
)
from app.retention.rules import OUTCOMES, Assessment, CandidateFacts, Policy, assess, due_within
from app.store.models import LegalHold, Procedure, RightsRequest, Vacancy

if TYPE_CHECKING:
    from app.retention.csv_import import ImportResult
    from app.vault import Vault


def check_procedure_dates(
    outcome: str, applied_on: dt.date, ended_on: dt.date | None, today: dt.date
) -> None:
    check_fact_date(applied_on, "the application date", today)
    if ended_on is not None:
        check_fact_date(ended_on, "the end date", today)
    if outcome not in OUTCOMES:
        raise InvalidInput(f"the outcome must be one of {', '.join(OUTCOMES)}")
    if outcome == "open" and ended_on is not None:
        raise InvalidInput("an open procedure has no end date")
    if ended_on is not None and ended_on < applied_on:
        raise InvalidInput(f"the procedure ends ({ended_on}) before it began ({applied_on})")


def vacancy_id_for(session: Session, title: str | None, today: dt.date) -> int | None:
    """The vacancy of that title, created on first use (titles are not personal data)."""
    if title is None or not title.strip():
        return None
    title = title.strip()[:200]
    found = session.scalars(select(Vacancy.id).where(Vacancy.title == title).order_by(Vacancy.id)).first()
    if found is not None:
        return found
    vacancy = Vacancy(title=title, opened_on=today)
    session.add(vacancy)
    session.flush()
    return vacancy.id


class RetentionService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def policy(self) -> Policy:
        return Policy.from_settings(self.vault.settings())

    # ---- states and due dates (no passphrase) ---------------------------------------------

    def status(self, ids: Iterable[int] | None = None, as_of: dt.date | None = None) -> list[Assessment]:
        """State, due date and reason of every candidate (or of the given ones), by id."""
        as_of = as_of or self.vault.today()
        wanted = None if ids is None else sorted(set(ids))
        with self.vault.read() as session:
            facts = load_facts(session, wanted)
            if wanted is not None and len(facts) < len(wanted):
                found = {f.candidate_id for f in facts}
                require_candidate(session, next(i for i in wanted if i not in found))
        policy = self.policy()
        return [assess(f, policy, as_of) for f in facts]

    def facts(self, candidate_id: int) -> CandidateFacts:
        """The clear facts that decide one candidate's state (consents, hold, restriction ...)."""
        with self.vault.read() as session:
            require_candidate(session, candidate_id)
            (found,) = load_facts(session, [candidate_id])
        return found

    def due(self, as_of: dt.date | None = None, within_days: int = 0) -> list[Assessment]:
        """Candidates due on or before ``as_of`` (or within N days after it), soonest first."""
        if within_days < 0:
            raise InvalidInput("--within takes a number of days from 0 up")
        as_of = as_of or self.vault.today()
        limit = as_of + dt.timedelta(days=within_days)
        policy = self.policy()
        with self.vault.read() as session:
            facts = load_facts(session, possibly_due(session, limit, policy))
        return due_within((assess(f, policy, as_of) for f in facts), as_of, within_days)

    # ---- consent life cycle ----------------------------------------------------------------

    def give_consent(
        self,
        candidate_id: int,
        given_on: dt.date,
        method: str = "email",
        evidence_document_id: int | None = None,
        *,
        ends_on: dt.date | None = None,
        action: str = "consent_given",
    ) -> int:
        self.vault.require(roles.CANDIDATES)
        with self.vault.write() as session:
            require_candidate(session, candidate_id, lock=True)
            consent = consents.give(
                self.vault,
                session,
                candidate_id,
                given_on,
                method,
                evidence_document_id=evidence_document_id,
                ends_on=ends_on,
            )
            self.vault.audit(session, action, candidate_id, consent=consent.id, method=method)
            if action == "consent_renewed":  # the candidate's answer to a renewal request, logged as such
                self.vault.reminders.log_answer(candidate_id, "renewed", given_on, session=session)
            return consent.id

    def renew_consent(self, candidate_id: int, on: dt.date, method: str | None = None) -> int:
        """A renewal is a new consent with a new date; the latest consent counts."""
        with self.vault.read() as session:
            require_candidate(session, candidate_id)
            previous = consents.latest(session, candidate_id)
        if previous is None:
            raise Refused(
                f"candidate {candidate_id} has no reserve-pool consent to renew; record one with --given"
            )
        return self.give_consent(candidate_id, on, method or previous.method, action="consent_renewed")

    def withdraw_consent(self, candidate_id: int, on: dt.date, *, action: str = "consent_withdrawn") -> None:
        self.vault.require(roles.CANDIDATES)
        with self.vault.write() as session:
            require_candidate(session, candidate_id)
            consent = consents.withdraw(self.vault, session, candidate_id, on)
            self.vault.audit(session, action, candidate_id, consent=consent.id)
            if action == "consent_declined":
                self.vault.reminders.log_answer(candidate_id, "declined", on, session=session)

    def decline_renewal(self, candidate_id: int, on: dt.date) -> None:
        """The candidate answered a renewal request with no: the consent ends that day."""
        self.withdraw_consent(candidate_id, on, action="consent_declined")

    # ---- legal hold, restriction, erasure request ------------------------------------------

    def place_hold(self, candidate_id: int, reason: str, on: dt.date | None = None) -> int:
        self.vault.require(roles.CANDIDATES)
        if not reason or not reason.strip():
            raise InvalidInput("a legal hold needs a reason")
        with self.vault.write() as session:
            # The candidate's row lock (PostgreSQL), as for every change that can stop a purge (consent,
            # procedure, restriction): a purge batch re-checking this candidate waits for it, or has
            # already purged it and this says so.
            require_candidate(session, candidate_id, lock=True)
            if active_hold(session, candidate_id) is not None:
                raise Refused(f"candidate {candidate_id} is already under a legal hold")
            hold = LegalHold(candidate_id=candidate_id, placed_on=on or self.vault.today(), reason=b"")
            session.add(hold)
            session.flush()
            hold.reason = self.vault.sealer.seal_text(
                session, candidate_id, "legal_holds", "reason", hold.id, reason.strip()
            )
            self.vault.audit(session, "hold_placed", candidate_id, hold=hold.id)
            return hold.id

    def release_hold(self, candidate_id: int, on: dt.date | None = None) -> None:
        self.vault.require(roles.CANDIDATES)
        with self.vault.write() as session:
            require_candidate(session, candidate_id)
            hold = active_hold(session, candidate_id)
            if hold is None:
                raise Refused(f"candidate {candidate_id} is not under a legal hold")
            hold.released_on = on or self.vault.today()
            self.vault.audit(session, "hold_released", candidate_id, hold=hold.id)

    def restrict(self, candidate_id: int, on: dt.date | None = None) -> int:
        self.vault.require(roles.CANDIDATES)
        with self.vault.write() as session:
            require_candidate(session, candidate_id, lock=True)
            if active_restriction(session, candidate_id) is not None:
                raise Refused(f"candidate {candidate_id} is already restricted")
            restriction = place_restriction(session, candidate_id, on or self.vault.today())
            self.vault.audit(session, "restricted", candidate_id, restriction=restriction)
            return restriction

    def lift_restriction(self, candidate_id: int, on: dt.date | None = None) -> None:
        self.vault.require(roles.CANDIDATES)
        with self.vault.write() as session:
            require_candidate(session, candidate_id)
            row = active_restriction(session, candidate_id)
            if row is None:
                raise Refused(f"candidate {candidate_id} is not restricted")
            row.lifted_on = on or self.vault.today()
            self.vault.audit(session, "restriction_lifted", candidate_id, restriction=row.id)

    def erasure_request(self, candidate_id: int, received_on: dt.date) -> int:
        """Register an erasure request (answer due within one calendar month); the candidate becomes due."""
        self.vault.require(roles.CANDIDATES)
        check_fact_date(received_on, "the day the request was received", self.vault.today())
        with self.vault.write() as session:
            require_candidate(session, candidate_id)
            row = RightsRequest(
                candidate_id=candidate_id,
                kind=ERASURE,
                received_on=received_on,
                due_on=add_months(received_on, 1),
            )
            session.add(row)
            session.flush()
            self.vault.audit(session, "rights_request_received", candidate_id, request=row.id, kind=ERASURE)
            return row.id

    # ---- procedures ------------------------------------------------------------------------

    def intake(
        self,
        values: Mapping[str, str | None],
        *,
        vacancy: str | None = None,
        applied_on: dt.date | None = None,
        consent_on: dt.date | None = None,
        consent_method: str = "email",
    ) -> int:
        """A new candidate with their application (an open procedure) and, if given, their reserve-pool
        consent, in one transaction: a refused date adds no candidate without their facts."""
        self.vault.require(roles.CANDIDATES)
        clean = validate(values, creating=True)
        today = self.vault.today()
        if applied_on is not None:
            check_procedure_dates("open", applied_on, None, today)
        with self.vault.write() as session:
            cid = self.vault.candidates.add_in_session(session, clean)
            if applied_on is not None:
                proc = Procedure(
                    candidate_id=cid,
                    vacancy_id=vacancy_id_for(session, vacancy, today),
                    outcome="open",
                    applied_on=applied_on,
                )
                session.add(proc)
                session.flush()
                self.vault.audit(session, "procedure_added", cid, procedure=proc.id, outcome="open")
            if consent_on is not None:
                consent = consents.give(self.vault, session, cid, consent_on, consent_method)
                self.vault.audit(session, "consent_given", cid, consent=consent.id, method=consent_method)
            return cid

    def add_procedure(
        self,
        candidate_id: int,
        vacancy: str | None,
        applied_on: dt.date,
        outcome: str = "open",
        ended_on: dt.date | None = None,
    ) -> int:
        self.vault.require(roles.CANDIDATES)
        check_procedure_dates(outcome, applied_on, ended_on, self.vault.today())
        with self.vault.write() as session:
            require_candidate(session, candidate_id, lock=True)
            proc = Procedure(
                candidate_id=candidate_id,
                vacancy_id=vacancy_id_for(session, vacancy, self.vault.today()),
                outcome=outcome,
                applied_on=applied_on,
                ended_on=ended_on,
            )
            session.add(proc)
            session.flush()
            self.vault.audit(session, "procedure_added", candidate_id, procedure=proc.id, outcome=outcome)
            return proc.id

    def close_procedure(
        self, procedure_id: int, outcome: str, ended_on: dt.date, *, correct: bool = False
    ) -> None:
        """Close an open procedure. A closed one keeps its outcome and end (they decide the due date) unless
        ``correct`` says this is a correction, audited with what it replaces."""
        self.vault.require(roles.CANDIDATES)
        with self.vault.write() as session:
            proc = session.get(Procedure, procedure_id)
            if proc is None:
                raise NotFound(f"there is no procedure {procedure_id}")
            if outcome == "open":
                raise InvalidInput("close a procedure with rejected, withdrawn or hired")
            was_open = proc.outcome == "open"
            if not was_open and not correct:
                ended = f" on {proc.ended_on}" if proc.ended_on else ""
                raise Refused(
                    f"procedure {procedure_id} was already closed ({proc.outcome}{ended}); "
                    "to change that, correct it (procedure close --correct)"
                )
            if was_open and correct:
                raise InvalidInput(f"procedure {procedure_id} is open: close it, there is nothing to correct")
            check_procedure_dates(outcome, proc.applied_on, ended_on, self.vault.today())
            before = {"was_outcome": proc.outcome, "was_ended_on": str(proc.ended_on or "")}
            proc.outcome, proc.ended_on = outcome, ended_on
            if was_open:
                self.vault.audit(
                    session, "procedure_closed", proc.candidate_id, procedure=proc.id, outcome=outcome
                )
            else:
                self.vault.audit(
                    session,
                    "procedure_corrected",
                    proc.candidate_id,
                    procedure=proc.id,
                    outcome=outcome,
                    ended_on=str(ended_on),
                    **before,
                )

    def list_states(self, ids: Iterable[int]) -> tuple[list[Assessment], dict[int, str]]:
        """The retention columns of the candidate list, for these candidates (those still there): each
        one's assessment today and current vacancy, from one read with the settings in it. The GUI asks
        per page of 250: three reads a page (and the settings read again each time) were a tenth of
        its load."""
        wanted = sorted(set(ids))
        with self.vault.read() as session:
            policy = stored_policy(session)
            facts = load_facts(session, wanted)
            vacancies = current_vacancies(session, wanted)
        today = self.vault.today()
        return [assess(f, policy, today) for f in facts], vacancies

    def current_vacancies(self, ids: Iterable[int]) -> dict[int, str]:
        """Each candidate's current vacancy: of the latest open procedure, else of the latest one."""
        with self.vault.read() as session:
            return current_vacancies(session, ids)

    def procedures(self, candidate_id: int) -> list[tuple[int, str | None, str, dt.date, dt.date | None]]:
        """(id, vacancy title, outcome, applied on, ended on) of a candidate's procedures."""
        with self.vault.read() as session:
            require_candidate(session, candidate_id)
            query = (
                select(Procedure.id, Vacancy.title, Procedure.outcome)
                .add_columns(Procedure.applied_on, Procedure.ended_on)
                .outerjoin(Vacancy, Vacancy.id == Procedure.vacancy_id)
                .where(Procedure.candidate_id == candidate_id)
                .order_by(Procedure.applied_on, Procedure.id)
            )
            return [tuple(row) for row in session.execute(query)]

    # ---- purging (no passphrase) -----------------------------------------------------------

    def purge_preview(self, candidate_id: int) -> PurgePreview:
        """Who a purge or erasure would destroy and how much, for the confirmation a person answers."""
        self.vault.require(roles.READ)
        with self.vault.read() as session:
            require_candidate(session, candidate_id)
            counts = owned_counts(session, candidate_id)
        names = self.vault.candidates.get(candidate_id, ("first_name", "last_name"), audit=False).fields
        return PurgePreview(candidate_id, names["first_name"] or "", names["last_name"] or "", **counts)

    def purge(self, candidate_id: int, reason: str | None = None) -> None:
        """Purge one candidate now; refused if held or restricted. An erasure request adds suppression."""
        with self.vault.read() as session:
            require_candidate(session, candidate_id)
            erasure = session.scalars(
                select(RightsRequest.id).where(
                    RightsRequest.candidate_id == candidate_id, RightsRequest.kind == ERASURE
                )
            ).first()
        purge_candidate(
            self.vault, candidate_id, (reason or "purged on request").strip(), suppress=erasure is not None
        )
        if erasure is not None:
            with self.vault.write() as session:
                bulk.close_erasure_requests(session, [candidate_id], self.vault.today())

    def purge_due(
        self,
        as_of: dt.date | None = None,
        *,
        vacancy: str | None = None,
        dry_run: bool = False,
        confirmed: bool = False,
        progress: Progress | None = None,
    ) -> BulkResult:
        """Purge every due candidate (of one vacancy), each in its own transaction; see bulk.purge_due."""
        if not dry_run:
            self.vault.require(roles.PURGE_DUE)  # allowed unattended: the scheduled purge
        return bulk.purge_due(
            self.vault,
            as_of or self.vault.today(),
            vacancy=vacancy,
            dry_run=dry_run,
            confirmed=confirmed,
            progress=progress,
        )

    # ---- import ---------------------------------------------------------------------------

    def import_csv(self, path: Path, *, skip_bad: bool = False) -> ImportResult:
        self.vault.require(roles.CANDIDATES)
        from app.retention.csv_import import import_csv

        return import_csv(self.vault, path, skip_bad=skip_bad)
