"""Writing synthetic candidates into a vault: one by one through the service, or in bulk batches.

Both paths write the same rows with the same ids, the same audit chain, and envelopes that open to
the same values (only the random nonces differ); tests/test_demo.py compares them. Retention facts
(vacancies, procedures, consents, holds, restrictions) are clear rows, written here directly; personal
values (consent evidence, hold reasons, documents) are sealed through ``vault.sealer``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, text, update
from sqlalchemy.orm import Session

from app import contacts, roles
from app.candidates import PROFILE_FIELDS, TABLE, validate
from app.crypto.keys import keyed_hash
from app.demo import CandidateSpec, DocumentSpec, VacancySpec, generate, vacancies
from app.integrity import tracking
from app.store.models import (
    Base,
    Candidate,
    CandidateKey,
    Consent,
    ContactFingerprint,
    Document,
    LegalHold,
    Procedure,
    Restriction,
    Vacancy,
)

if TYPE_CHECKING:
    from app.vault import Vault

HISTORY_EVENT = "demo_history_added"
# A row with envelopes is inserted, then sealed (envelopes are bound to its id): the one-by-one path
# leaves such rows at version 2, so the bulk path writes 2 as well.
SEALED_AFTER_INSERT = 2


def _add_vacancies(vault: Vault, jobs: Sequence[VacancySpec]) -> list[int]:
    with vault.write() as session:
        rows = [
            Vacancy(title=j.title, department=j.department, opened_on=j.opened_on, closed_on=j.closed_on)
            for j in jobs
        ]
        session.add_all(rows)
        session.flush()
        vault.audit(session, "demo_vacancies_added", count=len(rows))
        return [row.id for row in rows]


def _history_details(spec: CandidateSpec) -> dict[str, Any]:
    return {
        "procedures": len(spec.procedures),
        "consents": len(spec.consents),
        "holds": len(spec.holds),
        "restrictions": len(spec.restrictions),
        "documents": len(spec.documents),
    }


def _document_values(
    vault: Vault, session: Session, candidate_id: int, doc_id: int, doc: DocumentSpec, today: dt.date
) -> dict[str, Any]:
    def seal(column: str, value: str | None) -> bytes:
        return vault.sealer.seal_text(session, candidate_id, "documents", column, doc_id, value)

    return {
        "kind": doc.kind,
        "media_type": doc.media_type,
        "size": len(doc.content),
        "added_on": today,
        "text_status": "ok",
        "file_name": seal("file_name", doc.file_name),
        "content": vault.sealer.seal_bytes(
            session, candidate_id, "documents", "content", doc_id, doc.content
        ),
        "text": seal("text", doc.text),
        "notes": seal("notes", None),
        "digest": keyed_hash(vault.sealer.keys.document_digest, doc.content),
    }


# ---- one by one, through the service ------------------------------------------------------------


def populate_one_by_one(vault: Vault, count: int, seed: int, documents: float) -> list[int]:
    vault.require(roles.CANDIDATES)
    today = vault.today()
    vacancy_ids = _add_vacancies(vault, vacancies(seed, count, today))
    ids = []
    for spec in generate(seed, count, today=today, documents=documents):
        candidate_id = vault.candidates.add(**spec.fields)
        with vault.write() as session:
            _write_history(vault, session, candidate_id, spec, vacancy_ids, today)
        ids.append(candidate_id)
    return ids


def _write_history(
    vault: Vault, session: Session, cid: int, spec: CandidateSpec, vacancy_ids: list[int], today: dt.date
) -> None:
    sealer = vault.sealer
    # A Core update: the candidate's first application day, without bumping its edit version.
    table = Base.metadata.tables["candidates"]
    session.execute(update(table).where(table.c.id == cid).values(created_on=spec.created_on))
    tracking.touch_table(session, cid, "candidates")  # a Core update
    for p in spec.procedures:
        session.add(
            Procedure(
                candidate_id=cid,
                vacancy_id=vacancy_ids[p.vacancy],
                stage=p.stage,
                outcome=p.outcome,
                applied_on=p.applied_on,
                ended_on=p.ended_on,
            )
        )
    for c in spec.consents:
        consent = Consent(
            candidate_id=cid,
            given_on=c.given_on,
            ends_on=c.ends_on,
            withdrawn_on=c.withdrawn_on,
            method=c.method,
            evidence=b"",
        )
        session.add(consent)
        session.flush()
        consent.evidence = sealer.seal_text(session, cid, "consents", "evidence", consent.id, c.evidence)
    for h in spec.holds:
        hold = LegalHold(candidate_id=cid, placed_on=h.placed_on, released_on=h.released_on, reason=b"")
        session.add(hold)
        session.flush()
        hold.reason = sealer.seal_text(session, cid, "legal_holds", "reason", hold.id, h.reason)
    for requested in spec.restrictions:
        session.add(Restriction(candidate_id=cid, requested_on=requested))
    for d in spec.documents:
        empty = dict.fromkeys(("file_name", "content", "text", "notes"), b"")
        doc = Document(
            candidate_id=cid,
            kind=d.kind,
            media_type="",
            size=0,
            added_on=today,
            text_status="",
            digest=b"",
            **empty,
        )
        session.add(doc)
        session.flush()
        for name, value in _document_values(vault, session, cid, doc.id, d, today).items():
            setattr(doc, name, value)
        session.flush()
        for hook in vault.document_hooks:  # the search index, as for an imported document
            hook(session, cid, doc.id, d.text)
    session.flush()
    vault.audit(session, HISTORY_EVENT, cid, **_history_details(spec))


# ---- in bulk: explicit ids, executemany inserts --------------------------------------------------


def _batches(items: Iterable[CandidateSpec], size: int) -> Iterator[list[CandidateSpec]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def populate_in_batches(
    vault: Vault,
    count: int,
    seed: int,
    documents: float,
    batch: int,
    observe: Callable[[list[CandidateSpec], list[int]], None] | None = None,
) -> list[int]:
    vault.require(roles.CANDIDATES)
    today = vault.today()
    vacancy_ids = _add_vacancies(vault, vacancies(seed, count, today))
    ids: list[int] = []
    for chunk in _batches(generate(seed, count, today=today, documents=documents), batch):
        with vault.write() as session:
            added = _insert_batch(vault, session, chunk, vacancy_ids, today)
        ids.extend(added)
        if observe is not None:
            observe(chunk, added)
    return ids


class _Ids:
    """The ids the database would give next, per table: explicit ids let one batch's rows refer to each
    other before anything is inserted. SQLite: the AUTOINCREMENT counter for candidates (ids are never
    reused), max + 1 elsewhere. PostgreSQL: each table's sequence, moved past the ids taken by ``commit``."""

    TABLES = (Candidate, Procedure, Consent, LegalHold, Restriction, Document, ContactFingerprint)

    def __init__(self, session: Session) -> None:
        self.session = session
        self.postgres = session.get_bind().dialect.name == "postgresql"
        self.next = {model.__tablename__: self._first_free(model.__tablename__) for model in self.TABLES}
        self._start = dict(self.next)

    def _first_free(self, table: str) -> int:
        if self.postgres:
            name = self.session.execute(text(f"SELECT pg_get_serial_sequence('{table}', 'id')")).scalar_one()
            query = f"SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM {name}"
            return int(self.session.execute(text(query)).scalar_one())
        if table == "candidates":
            seq = self.session.execute(
                text("SELECT seq FROM sqlite_sequence WHERE name = 'candidates'")
            ).scalar()
            return int(seq or 0) + 1
        return int(self.session.execute(text(f"SELECT max(id) FROM {table}")).scalar() or 0) + 1

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value

    def commit(self) -> None:
        """PostgreSQL: the sequences continue after the ids this batch took (SQLite keeps its own)."""
        if not self.postgres:
            return
        for table, value in self.next.items():
            if value != self._start[table]:
                self.session.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), :last)"),
                    {"last": value - 1},
                )


def _insert_batch(
    vault: Vault, session: Session, specs: list[CandidateSpec], vacancy_ids: list[int], today: dt.date
) -> list[int]:
    sealer, ids, now = vault.sealer, _Ids(session), vault.clock.now()
    rows: dict[Any, list[dict[str, Any]]] = {
        m: []
        for m in (
            Candidate,
            CandidateKey,
            ContactFingerprint,
            Procedure,
            Consent,
            LegalHold,
            Restriction,
            Document,
        )
    }
    events: list[tuple[str, int | None, dict[str, Any]]] = []
    cleaned: list[tuple[int, dict[str, str | None]]] = []
    texts: list[tuple[int, int, str]] = []
    for spec in specs:
        clean = validate(spec.fields, creating=True)
        cid = ids.take("candidates")
        wrapped = sealer.create_candidate_key(cid)
        row: dict[str, Any] = {
            "id": cid,
            "version": SEALED_AFTER_INSERT,
            "created_on": spec.created_on,
            "updated_at": now,
        }
        for name in PROFILE_FIELDS:
            row[name] = sealer.seal_text(session, cid, TABLE, name, cid, clean.get(name))
        rows[Candidate].append(row)
        rows[CandidateKey].append({"candidate_id": cid, "wrapped_key": wrapped})
        for kind, digest in contacts.fingerprints(sealer.keys.contact, clean):
            rows[ContactFingerprint].append(
                {"id": ids.take("contact_fingerprints"), "candidate_id": cid, "kind": kind, "digest": digest}
            )
        texts += _history_rows(vault, session, ids, rows, cid, spec, vacancy_ids, today)
        events.append(("candidate_added", cid, {}))
        events.append((HISTORY_EVENT, cid, _history_details(spec)))
        cleaned.append((cid, clean))
    for model, values in rows.items():
        if values:  # Core inserts: the ORM's would reset the version column to 1
            session.execute(insert(Base.metadata.tables[model.__tablename__]), values)
    for cid, clean in cleaned:
        for hook in vault.profile_hooks:
            hook(session, cid, clean)
    for index_document in vault.document_hooks:
        for cid, doc_id, body in texts:
            index_document(session, cid, doc_id, body)
    vault.audit_many(session, events)
    for cid, _ in cleaned:  # Core inserts: the ORM events do not see them
        tracking.touch_new(session, cid, core_inserts=True)
    ids.commit()
    return [cid for cid, _ in cleaned]


def _history_rows(
    vault: Vault,
    session: Session,
    ids: _Ids,
    rows: dict[Any, list[dict[str, Any]]],
    cid: int,
    spec: CandidateSpec,
    vacancy_ids: list[int],
    today: dt.date,
) -> list[tuple[int, int, str]]:
    """Add the candidate's history rows to ``rows``; returns (candidate, document, text) to index."""
    sealer = vault.sealer
    texts = []
    for p in spec.procedures:
        rows[Procedure].append(
            {
                "id": ids.take("procedures"),
                "version": 1,
                "candidate_id": cid,
                "vacancy_id": vacancy_ids[p.vacancy],
                "stage": p.stage,
                "outcome": p.outcome,
                "applied_on": p.applied_on,
                "ended_on": p.ended_on,
            }
        )
    for c in spec.consents:
        consent_id = ids.take("consents")
        rows[Consent].append(
            {
                "id": consent_id,
                "version": SEALED_AFTER_INSERT,
                "candidate_id": cid,
                "purpose": "reserve_pool",
                "given_on": c.given_on,
                "ends_on": c.ends_on,
                "withdrawn_on": c.withdrawn_on,
                "method": c.method,
                "evidence_document_id": None,
                "evidence": sealer.seal_text(session, cid, "consents", "evidence", consent_id, c.evidence),
            }
        )
    for h in spec.holds:
        hold_id = ids.take("legal_holds")
        rows[LegalHold].append(
            {
                "id": hold_id,
                "version": SEALED_AFTER_INSERT,
                "candidate_id": cid,
                "placed_on": h.placed_on,
                "released_on": h.released_on,
                "reason": sealer.seal_text(session, cid, "legal_holds", "reason", hold_id, h.reason),
            }
        )
    for requested in spec.restrictions:
        rows[Restriction].append(
            {
                "id": ids.take("restrictions"),
                "version": 1,
                "candidate_id": cid,
                "requested_on": requested,
                "lifted_on": None,
            }
        )
    for d in spec.documents:
        doc_id = ids.take("documents")
        values = _document_values(vault, session, cid, doc_id, d, today)
        rows[Document].append(
            {"id": doc_id, "version": SEALED_AFTER_INSERT, "candidate_id": cid, "parent_id": None, **values}
        )
        texts.append((cid, doc_id, d.text))
    return texts
