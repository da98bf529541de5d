"""The rights-request register (``vault.rights``): record, extend, close and list requests.

A request row has no foreign key to its candidate, so it outlives the purge: what remains is the
kind, the dates, the outcome and the candidate's pseudonymous id. Its note (and the reason for an
extension) is sealed under the candidate's key, so it becomes unreadable when the candidate is purged.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import choices, roles
from app.candidates import require_candidate
from app.errors import InvalidInput, NotFound, Refused
from app.retention import consents
from app.retention.dates import check_fact_date
from app.retention.facts import ERASED
from app.retention.purge import place_restriction
from app.rights import actions, deadlines, freeze, rectification
from app.rights.deadlines import RequestFacts
from app.store.models import RightsRequest

if TYPE_CHECKING:
    from app.rights.export import ExportResult
    from app.vault import Vault

KINDS, CHANNELS, OUTCOMES = choices.RIGHTS_KINDS, choices.RIGHTS_CHANNELS, choices.RIGHTS_OUTCOMES
TABLE = "rights_requests"
MAX_NOTE = 10_000


def facts(row: RightsRequest) -> RequestFacts:
    return RequestFacts(
        row.id,
        row.candidate_id,
        row.kind,
        row.received_on,
        row.due_on,
        row.extended_to,
        row.done_on,
        row.outcome,
        row.channel,
    )


class RightsService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        # Order matters only for clarity: a restricted candidate is refused before history is written.
        vault.before_edit_hooks.append(freeze.edit_hook)
        vault.before_edit_hooks.append(rectification.history_hook(vault))

    # ---- recording ---------------------------------------------------------------------------

    def record(
        self,
        candidate_id: int,
        kind: str,
        received_on: dt.date,
        *,
        channel: str | None = None,
        note: str | None = None,
    ) -> int:
        """Record a request; withdrawal, objection, restriction and erasure are also carried out
        (an objection ends the reserve-pool consent). Returns its id."""
        self.vault.require(roles.CANDIDATES)
        if kind not in KINDS:
            raise InvalidInput(f"kind must be one of {', '.join(KINDS)}")
        if channel is not None and channel not in CHANNELS:
            raise InvalidInput(f"channel must be one of {', '.join(CHANNELS)}")
        if note is not None and len(note) > MAX_NOTE:
            raise InvalidInput(f"the note is too long (at most {MAX_NOTE} characters)")
        today = self.vault.today()
        check_fact_date(received_on, "the day the request was received", today)
        with self.vault.write() as session:
            require_candidate(session, candidate_id, lock=True)
            row = RightsRequest(
                candidate_id=candidate_id,
                kind=kind,
                received_on=received_on,
                due_on=deadlines.due_date(received_on),
                channel=channel,
            )
            session.add(row)
            session.flush()
            self._seal_note(session, row, {"note": note or None, "extension_reason": None})
            self.vault.audit(session, "request_recorded", candidate_id, request=row.id, kind=kind)
            if kind == "withdrawal":
                consent = consents.end_active(session, candidate_id, received_on)
                self._close(session, row, today, "withdrawn" if consent else "no_consent")
            # An objection (Art. 21) stays open: HR weighs it and answers with decide_objection.
            elif kind == "restriction":
                place_restriction(session, candidate_id, received_on)
                self._close(session, row, today, "restricted")
            request_id = row.id
        if kind == "erasure":
            refusal = actions.erase(self.vault, candidate_id)
            with self.vault.write() as session:
                row = self._get(session, request_id)
                if refusal is None:
                    self._close(session, row, today, ERASED)
                else:
                    # The wish survives a hold or restriction: the request stays open, and the retention rules
                    # make the candidate due the day it ends (a purge then closes the request as erased).
                    self.vault.audit(
                        session, "erasure_waiting", candidate_id, request=request_id, waiting_for=refusal
                    )
        return request_id

    def done(self, request_id: int, on: dt.date, outcome: str = "done") -> None:
        self.vault.require(roles.CANDIDATES)
        if outcome not in OUTCOMES:
            raise InvalidInput(f"outcome must be one of {', '.join(OUTCOMES)}")
        with self.vault.write() as session:
            row = self._get(session, request_id)
            if row.done_on is not None:
                raise Refused(f"request {request_id} was already closed on {row.done_on.isoformat()}")
            if on < row.received_on:
                raise InvalidInput(f"request {request_id} cannot be done before it was received")
            if on > self.vault.today():
                raise InvalidInput("a request cannot be done on a date in the future")
            self._close(session, row, on, outcome)

    def extend(self, request_id: int, months: int, reason: str, *, as_of: dt.date | None = None) -> dt.date:
        """Extend the deadline by ``months`` (Art. 12(3): at most two months in all); returns it."""
        self.vault.require(roles.CANDIDATES)
        as_of = as_of or self.vault.today()
        reason = reason.strip()
        if not reason:
            raise InvalidInput("an extension needs a reason (Art. 12(3): complexity or number of requests)")
        if months < 1:
            raise InvalidInput("extend by at least one month")
        with self.vault.write() as session:
            row = self._get(session, request_id)
            if row.done_on is not None:
                raise Refused(f"request {request_id} is closed; it cannot be extended")
            if as_of > row.due_on:
                raise Refused(
                    f"request {request_id} was due on {row.due_on.isoformat()}: an extension must be "
                    "decided and told to the candidate within the first month"
                )
            total = deadlines.extension_months(row.due_on, row.extended_to) + months
            if total > deadlines.MAX_EXTENSION_MONTHS:
                raise Refused(
                    f"request {request_id} can be extended by at most "
                    f"{deadlines.MAX_EXTENSION_MONTHS} months in all (Art. 12(3))"
                )
            row.extended_to = deadlines.extended_due(row.due_on, total)
            stored = self._open_note(session, row)
            stored["extension_reason"] = reason
            self._seal_note(session, row, stored)
            self.vault.audit(session, "request_extended", row.candidate_id, request=row.id, months=total)
            return row.extended_to

    def decide_objection(
        self, request_id: int, on: dt.date, *, uphold: bool, erase: bool = False, reason: str | None = None
    ) -> str:
        """HR's answer to an objection (Art. 21); returns the outcome it closes with. Upheld: the reserve-pool
        consent ends on ``on`` and, with ``erase``, the candidate is purged as for an erasure request
        ("upheld:erased"). Rejected: the reason (compelling legitimate grounds) is kept, encrypted."""
        self.vault.require(roles.CANDIDATES)
        reason = (reason or "").strip()
        if not uphold and not reason:
            raise InvalidInput("rejecting an objection needs its reason (Art. 21: compelling grounds)")
        if erase and not uphold:
            raise InvalidInput("erasing goes with upholding the objection")
        check_fact_date(on, "the decision's date", self.vault.today())
        with self.vault.write() as session:
            row = self._get(session, request_id)
            candidate_id = row.candidate_id
            if row.kind != "objection":
                raise InvalidInput(f"request {request_id} is of kind {row.kind}, not an objection")
            if row.done_on is not None:
                raise Refused(f"request {request_id} was already closed on {row.done_on.isoformat()}")
            if on < row.received_on:
                raise InvalidInput(f"request {request_id} cannot be decided before it was received")
            if erase and (refusal := actions.erasure_refusal(session, candidate_id)) is not None:
                why = "a legal hold" if refusal == "hold" else "a restriction"
                raise Refused(
                    f"candidate {candidate_id} is under {why}: uphold without erasing, and record an erasure "
                    "request, which waits for it"
                )
            if not uphold:
                stored = self._open_note(session, row)
                stored["decision_reason"] = reason
                self._seal_note(session, row, stored)
                self.vault.audit(session, "objection_rejected", candidate_id, request=request_id)
                self._close(session, row, on, "rejected")
                return "rejected"
            consent = consents.end_active(session, candidate_id, on)
            self.vault.audit(
                session,
                "objection_upheld",
                candidate_id,
                request=request_id,
                consent_withdrawn=consent is not None,
                erase=erase,
            )
            if not erase:
                self._close(session, row, on, "upheld")
                return "upheld"
        actions.erase(self.vault, candidate_id)
        with self.vault.write() as session:
            self._close(session, self._get(session, request_id), on, "upheld:erased")
        return "upheld:erased"

    # ---- reading -----------------------------------------------------------------------------

    def list(
        self,
        *,
        as_of: dt.date | None = None,
        only_open: bool = False,
        overdue: bool = False,
        due_within: int | None = None,
        candidate_id: int | None = None,
    ) -> list[RequestFacts]:
        with self.vault.read() as session:
            query = select(RightsRequest).order_by(RightsRequest.id)
            if candidate_id is not None:
                query = query.where(RightsRequest.candidate_id == candidate_id)
            rows = [facts(r) for r in session.scalars(query)]
            waiting = [r.candidate_id for r in rows if r.kind == "erasure" and r.open]
            if waiting:
                why = {cid: actions.erasure_refusal(session, cid) for cid in set(waiting)}
                rows = [
                    replace(r, waiting_for=why[r.candidate_id]) if r.kind == "erasure" and r.open else r
                    for r in rows
                ]
        return deadlines.select_requests(
            rows, as_of or self.vault.today(), only_open=only_open, overdue=overdue, due_within=due_within
        )

    def note(self, request_id: int) -> dict[str, str | None]:
        """The request's note and extension reason; unreadable (NotFound) once the candidate is purged."""
        with self.vault.read() as session:
            row = self._get(session, request_id)
            stored = self._open_note(session, row)
        self.vault.log_reading("request_note_viewed", row.candidate_id, {"request": request_id})
        return stored

    def refuse_if_restricted(self, candidate_id: int, action: str) -> None:
        """For code paths outside a session (document adds, reminders, other exports): raise Refused
        naming ``action`` while the candidate's processing is restricted. Inside a session, call
        ``app.rights.freeze.refuse_if_restricted(session, ...)`` instead."""
        with self.vault.read() as session:
            freeze.refuse_if_restricted(session, candidate_id, action)

    # ---- rectification and export ------------------------------------------------------------

    def rectify(self, candidate_id: int, changes: Mapping[str, str | None]) -> int:
        """Change fields (Art. 16); the edit hooks keep the old values and refuse a restricted candidate."""
        return self.vault.candidates.edit(candidate_id, changes)

    def export(self, candidate_id: int, out: Path, *, for_candidate: bool = True) -> ExportResult:
        self.vault.require(roles.READ)
        from app.rights.export import export_candidate

        return export_candidate(self.vault, candidate_id, out, for_candidate=for_candidate)

    # ---- helpers -----------------------------------------------------------------------------

    def _close(self, session: Session, row: RightsRequest, on: dt.date, outcome: str) -> None:
        row.done_on, row.outcome = on, outcome
        self.vault.audit(session, "request_done", row.candidate_id, request=row.id, outcome=outcome)

    @staticmethod
    def _get(session: Session, request_id: int) -> RightsRequest:
        row = session.get(RightsRequest, request_id)
        if row is None:
            raise NotFound(f"there is no request {request_id}")
        return row

    def _seal_note(self, session: Session, row: RightsRequest, stored: dict[str, str | None]) -> None:
        raw = json.dumps(stored, ensure_ascii=False)
        row.note = self.vault.sealer.seal_text(session, row.candidate_id, TABLE, "note", row.id, raw)

    def _open_note(self, session: Session, row: RightsRequest) -> dict[str, str | None]:
        if row.note is None:
            return {"note": None, "extension_reason": None, "decision_reason": None}
        raw = self.vault.sealer.open_text(session, row.candidate_id, TABLE, "note", row.id, row.note)
        data = json.loads(raw or "{}")
        return {key: data.get(key) for key in ("note", "extension_reason", "decision_reason")}
