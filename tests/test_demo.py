"""The synthetic vault: deterministic, realistic, valid, real files, and bulk == one by one."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pypdf
from sqlalchemy import select

from app import demo
from app.candidates import PROFILE_FIELDS, validate
from app.clock import FixedClock
from app.demo_files import DOCX_MEDIA_TYPE, PDF_MEDIA_TYPE
from app.store.models import (
    AuditEvent,
    Candidate,
    Consent,
    ContactFingerprint,
    Document,
    LegalHold,
    Procedure,
    Restriction,
    Vacancy,
)
from app.vault import Vault
from tests.conftest import PASSPHRASE

DAY = demo.REFERENCE_DAY


def test_same_seed_same_candidates_and_other_seed_others() -> None:
    first = list(demo.generate(7, 40))
    assert first == list(demo.generate(7, 40))
    assert [c.fields for c in first] != [c.fields for c in demo.generate(8, 40)]
    # A candidate does not depend on how many others are generated after it.
    assert list(demo.generate(7, 10))[3].fields == first[3].fields


def test_fields_are_realistic_and_pass_validation() -> None:
    specs = list(demo.generate(1, 600))
    for spec in specs:
        clean = validate(spec.fields, creating=True)
        assert clean["phone"] and clean["phone"].startswith("+32 4")
        assert clean["address"] and any(ch.isdigit() for ch in clean["address"])
        assert clean["language"] in ("nl", "fr", "en")
        assert spec.procedures and spec.created_on == spec.procedures[0].applied_on
        for p in spec.procedures:
            assert DAY - demo.dt.timedelta(days=3 * 365 + 1) <= p.applied_on <= DAY
            assert (p.outcome == "open") == (p.ended_on is None)
    names = {f"{s.fields['first_name']} {s.fields['last_name']}" for s in specs}
    text = " ".join(names)
    assert "Van den Broeck" in text and any(ch in text for ch in "ëéèï")
    assert 0.1 < sum(bool(s.documents) for s in specs) / len(specs) < 0.3
    consents = [c for s in specs for c in s.consents]
    assert any(c.withdrawn_on for c in consents)
    assert any(700 - 40 < (DAY - c.given_on).days < 731 and c.withdrawn_on is None for c in consents)
    assert any(s.holds for s in specs) or any(s.restrictions for s in specs)


def test_documents_are_real_pdf_and_docx_with_their_text() -> None:
    docs = [d for s in demo.generate(3, 200, documents=1.0) for d in s.documents]
    kinds = {d.media_type for d in docs}
    assert kinds == {PDF_MEDIA_TYPE, DOCX_MEDIA_TYPE}
    pdf = next(d for d in docs if d.media_type == PDF_MEDIA_TYPE)
    extracted = pypdf.PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert pdf.text.splitlines()[0] in extracted
    word = next(d for d in docs if d.media_type == DOCX_MEDIA_TYPE)
    paragraphs = [p.text for p in docx.Document(io.BytesIO(word.content)).paragraphs]
    assert paragraphs == word.text.splitlines()
    all_text = " ".join(d.text for d in docs)
    for term in ("Python", "Frans", "boekhouding"):
        assert term in all_text


def _snapshot(vault: Vault) -> dict[str, Any]:
    """Everything both paths must agree on: clear rows, decrypted values, the audit chain."""
    records = vault.candidates.list(PROFILE_FIELDS)
    with vault.read() as s:

        def clear(model: Any, *cols: str) -> list[tuple[Any, ...]]:
            return [tuple(getattr(r, c) for c in cols) for r in s.scalars(select(model).order_by(model.id))]

        def opened(model: Any, column: str) -> list[str | None]:
            return [
                vault.sealer.open_text(
                    s, r.candidate_id, model.__tablename__, column, r.id, getattr(r, column)
                )
                for r in s.scalars(select(model).order_by(model.id))
            ]

        docs = list(s.scalars(select(Document).order_by(Document.id)))
        return {
            "candidates": [(r.id, r.version, r.created_on, r.fields) for r in records],
            "vacancies": clear(Vacancy, "id", "title", "opened_on", "closed_on"),
            "procedures": clear(
                Procedure, "id", "candidate_id", "vacancy_id", "stage", "outcome", "applied_on", "ended_on"
            ),
            "consents": clear(Consent, "id", "candidate_id", "given_on", "ends_on", "withdrawn_on", "method"),
            "evidence": opened(Consent, "evidence"),
            "holds": clear(LegalHold, "id", "candidate_id", "placed_on", "released_on"),
            "reasons": opened(LegalHold, "reason"),
            "restrictions": clear(Restriction, "id", "candidate_id", "requested_on", "lifted_on"),
            "fingerprints": clear(ContactFingerprint, "id", "candidate_id", "kind", "digest"),
            "documents": [
                (
                    d.id,
                    d.candidate_id,
                    d.kind,
                    d.media_type,
                    d.size,
                    d.digest,
                    d.version,
                    *(
                        vault.sealer.open_bytes(s, d.candidate_id, "documents", col, d.id, getattr(d, col))
                        for col in ("file_name", "content", "text", "notes")
                    ),
                )
                for d in docs
            ],
            "audit": clear(AuditEvent, "id", "at", "actor", "action", "candidate_id", "details", "hash"),
        }


def _new_vault(path: Path | str) -> Vault:
    vault, _ = Vault.create(path, PASSPHRASE, clock=FixedClock.on(DAY))
    return vault


def test_bulk_path_writes_exactly_what_the_one_by_one_path_writes(tmp_path: Path, any_vault_url: str) -> None:
    """On either backend: the benchmarks build their PostgreSQL vault through the bulk path too."""
    slow = _new_vault(tmp_path / "slow.sqlite3")
    fast = _new_vault(any_vault_url)
    try:
        ids_slow = demo.populate(slow, 45, seed=5, with_documents=0.5)
        ids_fast = demo.populate_bulk(fast, 45, seed=5, with_documents=0.5, batch=10)
        assert ids_slow == ids_fast
        a, b = _snapshot(slow), _snapshot(fast)
        for key in a:
            if key == "fingerprints":  # keyed hashes under each vault's own key: compare the rest
                assert [r[:3] for r in a[key]] == [r[:3] for r in b[key]]
            elif key == "documents":
                assert [r[:5] + r[6:] for r in a[key]] == [r[:5] + r[6:] for r in b[key]]
            else:
                assert a[key] == b[key], key
        assert a["documents"] and a["consents"] and a["audit"]
        assert slow.verify().ok and fast.verify().ok
    finally:
        slow.close()
        fast.close()


def test_bulk_path_continues_after_existing_candidates(any_vault: Vault) -> None:
    vault = any_vault
    first = vault.candidates.add(first_name="Jan", last_name="Peeters")
    ids = demo.populate_bulk(vault, 5, seed=2, with_documents=0.5, batch=2)
    assert ids == list(range(first + 1, first + 6))
    # The ids the bulk path took are not given again (PostgreSQL: its sequences were moved on).
    assert vault.candidates.add(first_name="Zoë", last_name="Van den Broeck") == first + 6
    with vault.read() as s:
        last_procedure = s.scalar(select(Procedure.id).order_by(Procedure.id.desc()).limit(1))
    assert last_procedure  # the bulk path wrote procedures: a new one follows them
    added = vault.retention.add_procedure(first + 6, "Boekhouder", DAY, outcome="open")
    assert added == last_procedure + 1
    assert vault.verify().ok
    with vault.read() as s:
        assert s.scalar(select(Candidate.id).order_by(Candidate.id.desc()).limit(1)) == first + 6


def test_document_hooks_see_every_document_in_both_paths(tmp_path: Path) -> None:
    seen: dict[str, list[tuple[int, int, str]]] = {"slow": [], "fast": []}
    for name in seen:
        vault = _new_vault(tmp_path / f"{name}.sqlite3")
        vault.document_hooks = [
            lambda session, cid, doc_id, body, name=name: seen[name].append((cid, doc_id, body))
        ]
        try:
            writer = demo.populate if name == "slow" else demo.populate_bulk
            writer(vault, 12, seed=9, with_documents=0.5)
        finally:
            vault.close()
    assert seen["slow"] == seen["fast"]
    assert seen["slow"] and all("Curriculum vitae" in body or "," in body for _, _, body in seen["slow"])
