"""Gather everything the vault keeps about one candidate, decrypted, for the access/portability export.

The shape is ``resources/schemas/candidate-export.v1.json``; change both together (and bump the
version when a field's meaning changes).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.candidates import PROFILE_FIELDS
from app.candidates import TABLE as CANDIDATES
from app.config import Settings
from app.rights import rectification
from app.rights.filenames import unique_names
from app.rights.register import TABLE as REQUESTS
from app.rights.retention_hook import KeptUntil, retention_until
from app.store.models import (
    Candidate,
    Consent,
    Correspondence,
    Document,
    InterviewNote,
    LegalHold,
    Procedure,
    Restriction,
    RightsRequest,
    Vacancy,
)

if TYPE_CHECKING:
    from app.vault import Vault

FORMAT = "candidatevault.candidate-export"
VERSION = 1
DOCUMENTS_DIR = "documents"


@dataclass
class ExportedDocument:
    id: int
    zip_name: str  # "documents/<safe name>"
    content: bytes


@dataclass
class Collected:
    data: dict[str, Any]
    documents: list[ExportedDocument]
    kept: KeptUntil


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def document_content(vault: Vault, session: Session, doc: Document) -> bytes:
    """The original bytes of a document. Hook: rewire to ``vault.documents`` if it stores them otherwise."""
    return vault.sealer.open_bytes(session, doc.candidate_id, "documents", "content", doc.id, doc.content)


def collect(
    vault: Vault, session: Session, candidate_id: int, now: dt.datetime, settings: Settings
) -> Collected:
    cand = session.get(Candidate, candidate_id)
    assert cand is not None, "the caller checks that the candidate exists"
    cid = candidate_id

    def text(table: str, column: str, row_id: int, envelope: bytes | None) -> str | None:
        return vault.sealer.open_text(session, cid, table, column, row_id, envelope)

    def rows(model: Any) -> list[Any]:
        return list(session.scalars(select(model).where(model.candidate_id == cid).order_by(model.id)))

    fields = {name: text(CANDIDATES, name, cid, getattr(cand, name)) for name in PROFILE_FIELDS}
    procedures = []
    for p in rows(Procedure):
        vacancy = session.get(Vacancy, p.vacancy_id) if p.vacancy_id is not None else None
        procedures.append(
            {
                "id": p.id,
                "vacancy": None
                if vacancy is None
                else {"id": vacancy.id, "title": vacancy.title, "department": vacancy.department},
                "stage": p.stage,
                "outcome": p.outcome,
                "applied_on": _day(p.applied_on),
                "ended_on": _day(p.ended_on),
            }
        )
    docs = rows(Document)
    names = unique_names([text("documents", "file_name", d.id, d.file_name) for d in docs])
    documents: list[ExportedDocument] = []
    doc_json = []
    for doc, name in zip(docs, names, strict=True):
        content = document_content(vault, session, doc)
        zip_name = f"{DOCUMENTS_DIR}/{name}"
        documents.append(ExportedDocument(doc.id, zip_name, content))
        doc_json.append(
            {
                "id": doc.id,
                "kind": doc.kind,
                "file_name": text("documents", "file_name", doc.id, doc.file_name),
                "path": zip_name,
                "media_type": doc.media_type,
                "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
                "added_on": _day(doc.added_on),
                "text_status": doc.text_status,
                "notes": text("documents", "notes", doc.id, doc.notes),
                "attached_to": doc.parent_id,
            }
        )
    kept = retention_until(session, cid, settings)
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "candidate": {
            "id": cid,
            "created_on": _day(cand.created_on),
            "updated_at": cand.updated_at.strftime("%Y-%m-%dT%H:%M:%S"),
            "fields": fields,
        },
        "procedures": procedures,
        "consents": [
            {
                "id": c.id,
                "purpose": c.purpose,
                "given_on": _day(c.given_on),
                "ends_on": _day(c.ends_on),
                "withdrawn_on": _day(c.withdrawn_on),
                "method": c.method,
                "evidence": text("consents", "evidence", c.id, c.evidence),
                "evidence_document_id": c.evidence_document_id,
            }
            for c in rows(Consent)
        ],
        "legal_holds": [
            {
                "id": h.id,
                "placed_on": _day(h.placed_on),
                "released_on": _day(h.released_on),
                "reason": text("legal_holds", "reason", h.id, h.reason),
            }
            for h in rows(LegalHold)
        ],
        "restrictions": [
            {"id": r.id, "requested_on": _day(r.requested_on), "lifted_on": _day(r.lifted_on)}
            for r in rows(Restriction)
        ],
        "interview_notes": [
            {
                "id": n.id,
                "procedure_id": n.procedure_id,
                "held_on": _day(n.held_on),
                "author": text("interview_notes", "author", n.id, n.author),
                "body": text("interview_notes", "body", n.id, n.body),
            }
            for n in rows(InterviewNote)
        ],
        "correspondence": [
            {
                "id": m.id,
                "direction": m.direction,
                "channel": m.channel,
                "sent_on": _day(m.sent_on),
                "subject": text("correspondence", "subject", m.id, m.subject),
                "body": text("correspondence", "body", m.id, m.body),
            }
            for m in rows(Correspondence)
        ],
        "documents": doc_json,
        "rectification_history": [
            {"field": ch.field, "changed_at": ch.changed_at, "old_value": ch.old_value}
            for ch in rectification.history(vault, session, cid)
        ],
        "rights_requests": [_request_json(vault, session, r) for r in rows(RightsRequest)],
        "retention": {"kept_until": _day(kept.until), "reason": kept.reason},
    }
    return Collected(data, documents, kept)


def _request_json(vault: Vault, session: Session, r: RightsRequest) -> dict[str, Any]:
    note = None
    if r.note is not None:
        raw = vault.sealer.open_text(session, r.candidate_id, REQUESTS, "note", r.id, r.note)
        note = json.loads(raw or "{}").get("note")
    return {
        "id": r.id,
        "kind": r.kind,
        "channel": r.channel,
        "received_on": _day(r.received_on),
        "due_on": _day(r.extended_to or r.due_on),
        "done_on": _day(r.done_on),
        "outcome": r.outcome,
        "note": note,
    }
