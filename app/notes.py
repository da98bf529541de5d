"""Interview notes: what was said in an interview, by whom and when, per candidate (and procedure).

Author and text are sealed with the candidate's key like every other personal field; the date and the
procedure are in clear (they carry nothing about the person). Audit events name ids only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from app import roles
from app.candidates import MAX_FIELD_LENGTH, require_candidate
from app.errors import InvalidInput, NotFound
from app.rights import freeze
from app.store.models import InterviewNote, Procedure

if TYPE_CHECKING:
    from app.vault import Vault

TABLE = "interview_notes"
MAX_NOTE_LENGTH = 10 * MAX_FIELD_LENGTH  # a long interview report, not a document


@dataclass(frozen=True)
class Note:
    id: int
    candidate_id: int
    procedure_id: int | None
    held_on: dt.date
    author: str
    body: str


class NotesService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(
        self,
        candidate_id: int,
        body: str,
        *,
        held_on: dt.date | None = None,
        author: str | None = None,
        procedure_id: int | None = None,
    ) -> int:
        """Record a note; the author defaults to the signed-in user, the date to today."""
        self.vault.require(roles.CANDIDATES)
        body = (body or "").strip()
        if not body:
            raise InvalidInput("an interview note needs some text")
        if len(body) > MAX_NOTE_LENGTH:
            raise InvalidInput(f"an interview note is at most {MAX_NOTE_LENGTH:,} characters")
        day = held_on or self.vault.today()
        if day > self.vault.today():
            raise InvalidInput(f"an interview note cannot be dated in the future ({day} is after today)")
        who = (author or "").strip() or self.vault.user or self.vault.actor
        with self.vault.write() as session:
            require_candidate(session, candidate_id)
            freeze.refuse_if_restricted(session, candidate_id, "adding notes")
            if procedure_id is not None:
                proc = session.get(Procedure, procedure_id)
                if proc is None or proc.candidate_id != candidate_id:
                    raise InvalidInput(f"procedure {procedure_id} is not one of candidate {candidate_id}'s")
            note = InterviewNote(
                candidate_id=candidate_id, procedure_id=procedure_id, held_on=day, author=b"", body=b""
            )
            session.add(note)
            session.flush()  # the row id is bound into its envelopes
            seal = self.vault.sealer.seal_text
            note.author = seal(session, candidate_id, TABLE, "author", note.id, who)
            note.body = seal(session, candidate_id, TABLE, "body", note.id, body)
            self.vault.audit(session, "note_added", candidate_id, note=note.id, procedure=procedure_id)
            return note.id

    def list(self, candidate_id: int) -> list[Note]:
        """The candidate's notes, oldest first, decrypted."""
        self.vault.require(roles.READ)
        with self.vault.read() as session:
            require_candidate(session, candidate_id)
            rows = session.scalars(
                select(InterviewNote)
                .where(InterviewNote.candidate_id == candidate_id)
                .order_by(InterviewNote.held_on, InterviewNote.id)
            )
            text = self.vault.sealer.open_text
            return [
                Note(
                    n.id,
                    candidate_id,
                    n.procedure_id,
                    n.held_on,
                    text(session, candidate_id, TABLE, "author", n.id, n.author) or "",
                    text(session, candidate_id, TABLE, "body", n.id, n.body) or "",
                )
                for n in rows
            ]

    def delete(self, note_id: int) -> None:
        self.vault.require(roles.CANDIDATES)
        with self.vault.write() as session:
            note = session.get(InterviewNote, note_id)
            if note is None:
                raise NotFound(f"there is no interview note {note_id}")
            freeze.refuse_if_restricted(session, note.candidate_id, "deleting notes")
            session.delete(note)
            self.vault.audit(session, "note_deleted", note.candidate_id, note=note_id)
