"""Correspondence with a candidate: letters, e-mails and calls, in or out, with subject and text sealed.

``record`` is the one way a row is written, inside the caller's transaction: the reminders service logs
its renewal requests and answers through it too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import choices, roles
from app.candidates import MAX_FIELD_LENGTH, require_candidate
from app.errors import InvalidInput
from app.rights import freeze
from app.store.models import Correspondence

if TYPE_CHECKING:
    from app.vault import Vault

TABLE = "correspondence"
DIRECTIONS, CHANNELS = choices.CORRESPONDENCE_DIRECTIONS, choices.CORRESPONDENCE_CHANNELS
MAX_BODY_LENGTH = 10 * MAX_FIELD_LENGTH


@dataclass(frozen=True)
class Message:
    id: int
    candidate_id: int
    direction: str
    channel: str
    sent_on: dt.date
    subject: str
    body: str


def record(
    vault: Vault,
    session: Session,
    candidate_id: int,
    direction: str,
    channel: str,
    on: dt.date,
    subject: str,
    body: str,
) -> int:
    """Write one message inside the caller's transaction (the caller audits); returns its id."""
    row = Correspondence(
        candidate_id=candidate_id, direction=direction, channel=channel, sent_on=on, subject=b"", body=b""
    )
    session.add(row)
    session.flush()  # the row id is bound into its envelopes
    seal = vault.sealer.seal_text
    row.subject = seal(session, candidate_id, TABLE, "subject", row.id, subject)
    row.body = seal(session, candidate_id, TABLE, "body", row.id, body)
    return row.id


class CorrespondenceService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(
        self,
        candidate_id: int,
        *,
        direction: str,
        channel: str,
        subject: str,
        body: str = "",
        sent_on: dt.date | None = None,
    ) -> int:
        self.vault.require(roles.CANDIDATES)
        if direction not in DIRECTIONS:
            raise InvalidInput(f"direction must be one of {', '.join(DIRECTIONS)}")
        if channel not in CHANNELS:
            raise InvalidInput(f"channel must be one of {', '.join(CHANNELS)}")
        subject, body = (subject or "").strip(), (body or "").strip()
        if not subject:
            raise InvalidInput("give the message a subject")
        if len(subject) > MAX_FIELD_LENGTH or len(body) > MAX_BODY_LENGTH:
            raise InvalidInput("the message is too long")
        day = sent_on or self.vault.today()
        if day > self.vault.today():
            raise InvalidInput(f"a message cannot be dated in the future ({day} is after today)")
        with self.vault.write() as session:
            require_candidate(session, candidate_id)
            freeze.refuse_if_restricted(session, candidate_id, "adding correspondence")
            message = record(self.vault, session, candidate_id, direction, channel, day, subject, body)
            self.vault.audit(
                session,
                "correspondence_added",
                candidate_id,
                message=message,
                direction=direction,
                channel=channel,
            )
            return message

    def list(self, candidate_id: int) -> list[Message]:
        """The candidate's correspondence, oldest first, decrypted."""
        self.vault.require(roles.READ)
        with self.vault.read() as session:
            require_candidate(session, candidate_id)
            rows = session.scalars(
                select(Correspondence)
                .where(Correspondence.candidate_id == candidate_id)
                .order_by(Correspondence.sent_on, Correspondence.id)
            )
            text = self.vault.sealer.open_text
            return [
                Message(
                    m.id,
                    candidate_id,
                    m.direction,
                    m.channel,
                    m.sent_on,
                    text(session, candidate_id, TABLE, "subject", m.id, m.subject) or "",
                    text(session, candidate_id, TABLE, "body", m.id, m.body) or "",
                )
                for m in rows
            ]
