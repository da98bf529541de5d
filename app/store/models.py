"""SQLAlchemy 2 models of the domain (README, "Where data lives", "Security model").

Columns made with ``sealed()`` hold AES-GCM envelopes under the candidate's data key (or, for key
slots, under the slot's key); everything else is in clear on purpose: ids, states and dates are
what retention needs, so that a scheduled purge runs without anyone's passphrase.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.store.checked_types import Date, DateTime  # a hand-edited cell: one line, not a traceback

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def sealed(nullable: bool = False) -> Any:
    """A column holding an envelope; ``info`` lets verify and the tamper tests find every one."""
    return mapped_column(LargeBinary, nullable=nullable, info={"sealed": True})


def owner() -> Any:
    """The candidate a row belongs to: deleted with the candidate."""
    return mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"), index=True)


class Versioned:
    """Optimistic locking: a save based on an old version is refused, never silently applied."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class VaultMeta(Base):
    __tablename__ = "vault_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class KeySlot(Base):
    __tablename__ = "key_slots"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # passphrase | recovery
    user_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))  # admin | recruiter | viewer
    kdf_params: Mapped[str] = mapped_column(Text)
    verifier: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary, info={"sealed": True})
    authenticator: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Candidate(Versioned, Base):
    __tablename__ = "candidates"
    # AUTOINCREMENT: an id is never reused, so the purge ledger can never hit a newer candidate.
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012
    id: Mapped[int] = mapped_column(primary_key=True)
    created_on: Mapped[dt.date] = mapped_column(Date)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    first_name: Mapped[bytes] = sealed()
    last_name: Mapped[bytes] = sealed()
    email: Mapped[bytes] = sealed()
    phone: Mapped[bytes] = sealed()
    address: Mapped[bytes] = sealed()
    source: Mapped[bytes] = sealed()
    languages: Mapped[bytes] = sealed()
    summary: Mapped[bytes] = sealed()
    language: Mapped[bytes] = sealed()  # language for letters and e-mails: nl | fr | en
    external_ref: Mapped[bytes] = sealed()  # ref from a CSV import or another ATS


class CandidateKey(Base):
    __tablename__ = "candidate_keys"
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True
    )
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary, info={"sealed": True})


class Vacancy(Versioned, Base):
    __tablename__ = "vacancies"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    department: Mapped[str | None] = mapped_column(String(200))
    opened_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)


class Procedure(Versioned, Base):
    __tablename__ = "procedures"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = owner()
    vacancy_id: Mapped[int | None] = mapped_column(
        ForeignKey("vacancies.id", ondelete="SET NULL"), index=True
    )
    stage: Mapped[str] = mapped_column(String(32), default="applied")
    outcome: Mapped[str] = mapped_column(String(16), default="open")  # open|rejected|withdrawn|hired
    applied_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)


class Document(Versioned, Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = owner()
    kind: Mapped[str] = mapped_column(String(16))  # cv|letter|diploma|certificate|transcript|other
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    added_on: Mapped[dt.date] = mapped_column(Date)
    text_status: Mapped[str] = mapped_column(String(32))  # ok | no_text | no_text_scan | ...
    file_name: Mapped[bytes] = sealed()
    content: Mapped[bytes] = sealed()
    text: Mapped[bytes] = sealed()
    notes: Mapped[bytes] = sealed()  # e.g. "extension says .pdf, content is DOCX", reason for no text
    digest: Mapped[bytes] = mapped_column(LargeBinary, index=True)  # keyed hash, finds duplicates
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)


class InterviewNote(Versioned, Base):
    __tablename__ = "interview_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = owner()
    procedure_id: Mapped[int | None] = mapped_column(
        ForeignKey("procedures.id", ondelete="SET NULL"), index=True
    )
    held_on: Mapped[dt.date] = mapped_column(Date)
    author: Mapped[bytes] = sealed()
    body: Mapped[bytes] = sealed()


class Correspondence(Versioned, Base):
    __tablename__ = "correspondence"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = owner()
    direction: Mapped[str] = mapped_column(String(8))  # in | out
    channel: Mapped[str] = mapped_column(String(16))  # email | letter | phone | other
    sent_on: Mapped[dt.date] = mapped_column(Date)
    subject: Mapped[bytes] = sealed()
    body: Mapped[bytes] = sealed()


class Consent(Versioned, Base):
    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = owner()
    purpose: Mapped[str] = mapped_column(String(32), default="reserve_pool")
    given_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)  # an earlier end than the 24-month cap
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16))  # email | form | paper | verbal
    evidence_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    evidence: Mapped[bytes] = sealed()


class ReminderNotice(Base):
    """What was done about one renewal notice (a consent, N days before its end): sent or dismissed.

    No personal data: ids, days, dates and the channel. The request itself is in ``correspondence``.
    """

    __tablename__ = "reminder_notices"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = owner()
    consent_id: Mapped[int] = mapped_column(ForeignKey("consents.id", ondelete="CASCADE"), index=True)
    notice_days: Mapped[int] = mapped_column(Integer)
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    channel: Mapped[str | None] = mapped_column(String(16))  # email | letter
    dismissed_on: Mapped[dt.date | None] = mapped_column(Date)


class LegalHold(Versioned, Base):
    __tablename__ = "legal_holds"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = owner()
    placed_on: Mapped[dt.date] = mapped_column(Date)
    released_on: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[bytes] = sealed()


class Restriction(Versioned, Base):
    __tablename__ = "restrictions"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = owner()
    requested_on: Mapped[dt.date] = mapped_column(Date)
    lifted_on: Mapped[dt.date | None] = mapped_column(Date)


class RightsRequest(Versioned, Base):
    """Survives the candidate's purge: no foreign key, no personal data in clear."""

    __tablename__ = "rights_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    received_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    extended_to: Mapped[dt.date | None] = mapped_column(Date)
    channel: Mapped[str | None] = mapped_column(String(16))
    outcome: Mapped[str | None] = mapped_column(String(16))  # done | refused | ...
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[bytes | None] = sealed(nullable=True)  # under the candidate key: unreadable after purge


class FieldChange(Base):
    """Rectification history: the old value, sealed under the candidate's key and purged with it."""

    __tablename__ = "field_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = owner()
    field: Mapped[str] = mapped_column(String(32))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    old_value: Mapped[bytes] = sealed()


class SearchSource(Base):
    """Forward index: the blind-index tokens one source (a profile field or a document) contributed.

    Keyed-HMAC tokens, never words. Kept so that a removal knows which postings to clear and a hit can
    say where it matched; the postings answer the queries."""

    __tablename__ = "search_sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = owner()
    source: Mapped[str] = mapped_column(String(32))  # "first_name", "email", "document:12", ...
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    tokens: Mapped[bytes] = mapped_column(LargeBinary)  # distinct tokens, sorted and concatenated


class SearchPosting(Base):
    """Inverted index: which candidates have a token, as a 64-bit mask per block of 64 candidate ids.

    A token in one candidate is one row, as a row per (token, candidate) would be; a token in every
    CV is one row per 64 candidates. See app/search/postings.py."""

    __tablename__ = "search_postings"
    token: Mapped[bytes] = mapped_column(LargeBinary)
    block: Mapped[int] = mapped_column(Integer, autoincrement=False)  # candidate_id // 64
    mask: Mapped[int] = mapped_column(BigInteger)  # bit (candidate_id % 64), stored as signed 64-bit
    # The rows are the (token, block) index itself: no rowid b-tree beside it (SQLite); PostgreSQL's heap
    # scatters a token's rows, so its key index carries the mask too: a word is an index-only read (0009).
    __table_args__ = (
        PrimaryKeyConstraint("token", "block", postgresql_include=["mask"]),
        {"sqlite_with_rowid": False},
    )


class SearchStale(Base):
    """Bits the postings still hold for candidates a bulk purge deleted, cleared by one sweep of the
    postings when the run ends (app/search/postings.py: ``sweep_stale``); searches and ``verify`` leave
    them out until then. Purged candidates' ids only, as the purge records keep them."""

    __tablename__ = "search_stale"
    block: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)  # candidate_id // 64
    mask: Mapped[int] = mapped_column(BigInteger)  # the purged candidates' bits, as in search_postings


class ContactFingerprint(Base):
    """Keyed hashes of a candidate's e-mail and phone; moved to the suppression list on erasure."""

    __tablename__ = "contact_fingerprints"
    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = owner()
    kind: Mapped[str] = mapped_column(String(8))  # email | phone
    digest: Mapped[bytes] = mapped_column(LargeBinary, index=True)


class Suppression(Base):
    __tablename__ = "suppression"
    digest: Mapped[bytes] = mapped_column(LargeBinary, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    added_on: Mapped[dt.date] = mapped_column(Date)


class AuditEvent(Base):
    """Hash-chained: ``hash`` covers this event and the previous event's hash. No personal data."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[str] = mapped_column(String(32))  # ISO 8601 UTC, hashed exactly as stored
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    candidate_id: Mapped[int | None] = mapped_column(Integer, index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class FactManifest(Base):
    """Which rows a candidate has, each with a digest of its clear facts, signed (app/integrity/).

    Written while unlocked, with the Ed25519 key derived from the vault key; checked by verify and,
    against a pinned public key, by the unattended purge. No personal data: table names, ids, digests.
    """

    __tablename__ = "fact_manifests"
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True
    )
    body: Mapped[str] = mapped_column(Text)  # JSON: [[table, row id, digest], ...], sorted
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    salt: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # None: signed before salts (v1)


class FactRoster(Base):
    """The manifest each candidate should have: the SHA-256 of its signature. The audit log's signed head
    holds a sum over these rows (app/integrity/roster.py), so an older manifest put back is found."""

    __tablename__ = "fact_roster"
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True
    )
    digest: Mapped[bytes] = mapped_column(LargeBinary)


class PurgeRecord(Base):
    """The ledger that keeps a purged person purged, even across restores."""

    __tablename__ = "purge_records"
    candidate_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    purged_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200))
    # Authenticated (app/integrity/records.py) by a signature, or until the next unlock by evidence.
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    evidence: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON: signed facts that made them due
    rights: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON: [[request id, digest], ...]


def sealed_columns() -> dict[str, list[str]]:
    """Every table's envelope columns, for verify and the tamper tests."""
    return {
        table.name: [col.name for col in table.columns if col.info.get("sealed")]
        for table in Base.metadata.sorted_tables
        if any(col.info.get("sealed") for col in table.columns)
    }
