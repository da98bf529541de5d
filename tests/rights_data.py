"""A candidate with every kind of data, inserted through the vault (and its sealer, where no service
exists yet), and what the export must give back for it."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from app.store.models import (
    Consent,
    Correspondence,
    Document,
    InterviewNote,
    LegalHold,
    Procedure,
    Restriction,
    Vacancy,
)
from app.vault import Vault
from tests.corpus_files import CORPUS

D = dt.date.fromisoformat

PROFILE = {
    "first_name": "Canaryanne",
    "last_name": "Vogelzang-Kanarie",
    "email": "canary.anne@example.be",
    "phone": "+32 470 12 34 56",
    "address": "Kanariestraat 7, 9000 Gent",
    "source": "canary-source-linkedin",
    "languages": "nl, fr, en",
    "summary": "Canarysummary: data engineer, likes birds",
    "language": "nl",
    "external_ref": "ATS-CANARY-77",
}
# Real corpus files, under names as hostile as an e-mail attachment can carry.
DOCUMENTS = [
    ("cv", "cv-moderncv-classic-green-en.pdf", "C:\\Users\\hr\\Desktop\\cv.pdf", "application/pdf"),
    (
        "letter",
        "nl-zoekhulp-verslagleggen.docx",
        "../../motivatie\u202excod.exe",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    ("diploma", "scan-eurotext-multilingual.png", "CON.png", "image/png"),
    ("other", "eurotext-multilingual-utf8.txt", "cv.pdf", "text/plain"),
]


def add_document(vault: Vault, candidate_id: int, kind: str, content: bytes, name: str, media: str) -> int:
    sealer = vault.sealer
    with vault.write() as session:
        doc = Document(
            candidate_id=candidate_id,
            kind=kind,
            media_type=media,
            size=len(content),
            added_on=D("2026-01-10"),
            text_status="ok",
            file_name=b"",
            content=b"",
            text=b"",
            notes=b"",
            digest=hashlib.sha256(content).digest(),
        )
        session.add(doc)
        session.flush()
        doc.file_name = sealer.seal_text(session, candidate_id, "documents", "file_name", doc.id, name)
        doc.content = sealer.seal_bytes(session, candidate_id, "documents", "content", doc.id, content)
        doc.text = sealer.seal_text(session, candidate_id, "documents", "text", doc.id, "extracted")
        doc.notes = sealer.seal_text(session, candidate_id, "documents", "notes", doc.id, None)
        return doc.id


def populate(vault: Vault) -> tuple[int, dict[str, Any]]:
    """Add the candidate and everything around it; returns its id and what was put in."""
    cid = vault.candidates.add(**PROFILE)
    sealer = vault.sealer
    put: dict[str, Any] = {"documents": [], "notes": [], "mails": []}
    for kind, corpus_name, stored_name, media in DOCUMENTS:
        content = (CORPUS / "good" / corpus_name).read_bytes()
        doc_id = add_document(vault, cid, kind, content, stored_name, media)
        put["documents"].append({"id": doc_id, "kind": kind, "file_name": stored_name, "content": content})
    with vault.write() as session:
        vacancy = Vacancy(title="Data engineer", department="IT")
        session.add(vacancy)
        session.flush()
        proc = Procedure(
            candidate_id=cid,
            vacancy_id=vacancy.id,
            stage="interview",
            outcome="rejected",
            applied_on=D("2026-01-05"),
            ended_on=D("2026-02-20"),
        )
        session.add(proc)
        session.flush()
        put["procedure"] = proc.id
        note = InterviewNote(
            candidate_id=cid, procedure_id=proc.id, held_on=D("2026-01-20"), author=b"", body=b""
        )
        mail = Correspondence(
            candidate_id=cid, direction="out", channel="email", sent_on=D("2026-02-20"), subject=b"", body=b""
        )
        consent = Consent(
            candidate_id=cid, purpose="reserve_pool", given_on=D("2026-02-21"), method="email", evidence=b""
        )
        hold = LegalHold(candidate_id=cid, placed_on=D("2026-02-01"), released_on=D("2026-02-15"), reason=b"")
        lifted = Restriction(candidate_id=cid, requested_on=D("2026-01-25"), lifted_on=D("2026-01-30"))
        session.add_all([note, mail, consent, hold, lifted])
        session.flush()
        note.author = sealer.seal_text(
            session, cid, "interview_notes", "author", note.id, "Canary Interviewer"
        )
        note.body = sealer.seal_text(
            session, cid, "interview_notes", "body", note.id, "Canarynote: strong SQL"
        )
        mail.subject = sealer.seal_text(session, cid, "correspondence", "subject", mail.id, "Canary subject")
        mail.body = sealer.seal_text(session, cid, "correspondence", "body", mail.id, "Canarybody: sorry, no")
        consent.evidence = sealer.seal_text(
            session, cid, "consents", "evidence", consent.id, "Canary yes mail"
        )
        hold.reason = sealer.seal_text(session, cid, "legal_holds", "reason", hold.id, "Canary dispute")
        put.update(note=note.id, mail=mail.id, consent=consent.id, hold=hold.id, restriction=lifted.id)
    vault.rights.rectify(cid, {"email": "canary.new@example.be", "phone": "+32 470 65 43 21"})
    put["request"] = vault.rights.record(cid, "access", D("2026-02-25"), channel="email", note="Canary asks")
    return cid, put
