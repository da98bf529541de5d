"""Thin adapters between the widgets and the Vault's services, for the calls that shape data for the
widgets (list rows, retention status by id, search ids). Widgets never touch SQL or crypto."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.candidates import PROFILE_FIELDS, CandidateRecord
from app.vault import Vault

LIST_FIELDS = ("first_name", "last_name", "email")


# ---- candidates ---------------------------------------------------------------------------------


def candidate_rows(vault: Vault, ids: Sequence[int]) -> list[CandidateRecord]:
    """Decrypt the list columns of a batch of candidates (called on the worker thread)."""
    return vault.candidates.list(LIST_FIELDS, ids=ids)


def candidate_page(vault: Vault, after: int, size: int) -> list[CandidateRecord]:
    """The next ``size`` candidates by id after ``after``, list columns decrypted (worker thread)."""
    return vault.candidates.list(LIST_FIELDS, after=after, limit=size)


def candidate(vault: Vault, candidate_id: int) -> CandidateRecord:
    return vault.candidates.get(candidate_id, PROFILE_FIELDS)


def add_candidate(vault: Vault, values: dict[str, str | None]) -> int:
    return vault.candidates.add(**values)


def edit_candidate(vault: Vault, candidate_id: int, changes: dict[str, str | None], version: int) -> int:
    return vault.candidates.edit(candidate_id, changes, expected_version=version)


# ---- retention (state, due date, reason; current procedure) -------------------------------------


def retention_status(vault: Vault, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """{id: {"state", "due_on", "reason", "vacancy"}} for a batch of candidates (one already purged is
    left out)."""
    assessments, vacancies = vault.retention.list_states(ids)
    return {
        a.candidate_id: {
            "state": a.state,
            "due_on": a.due_on.isoformat() if a.due_on else "",
            "reason": a.reason,
            "vacancy": vacancies.get(a.candidate_id, ""),
        }
        for a in assessments
    }


# ---- search -------------------------------------------------------------------------------------


def search(vault: Vault, words: str) -> list[int]:
    """Ids of candidates matching ``words`` (ids only: no names decrypted, nothing audited per keystroke)."""
    return vault.search.candidate_ids(words.split())


PICK_LIMIT = 50


def find_candidates(vault: Vault, words: str) -> list[tuple[int, str, str]]:
    """(id, name, e-mail) of the first candidates matching ``words`` (a number also finds that id), for a
    picker: decrypted in memory on the worker, not audited per keystroke, as the list's search."""
    words = words.strip()
    if not words:
        return []
    ids = vault.search.candidate_ids(words.split())[:PICK_LIMIT]
    if words.isdigit() and int(words) not in ids:
        ids.insert(0, int(words))
    records = {r.id: r for r in vault.candidates.list(LIST_FIELDS, ids=ids)}
    return [
        (cid, records[cid].display_name, records[cid].fields.get("email") or "")
        for cid in ids
        if cid in records
    ]


def candidate_names(vault: Vault, ids: Sequence[int]) -> dict[int, str]:
    """Display names of the candidates still in the vault (a purged one is simply absent)."""
    return {
        r.id: r.display_name for r in vault.candidates.list(("first_name", "last_name"), ids=sorted(set(ids)))
    }


# ---- documents ----------------------------------------------------------------------------------


def documents(vault: Vault, candidate_id: int) -> list[dict[str, Any]]:
    return [asdict(row) for row in vault.documents.list(candidate_id)]


def add_document(vault: Vault, candidate_id: int, path: Path, kind: str = "other") -> list[int]:
    """Returns the new ids (an e-mail adds the message and each attachment)."""
    added = vault.documents.add(candidate_id, path, kind)
    return list(added) if isinstance(added, list) else [added]


def add_documents(
    vault: Vault, candidate_id: int, paths: list[Path], progress: Callable[[int, int], None]
) -> list[tuple[str, str]]:
    """Several files at once (extracted on every core); returns (file name, reason) of those refused."""
    added = vault.documents.add_many(candidate_id, paths, "other", progress)
    return [(a.file_name, a.error) for a in added if a.error is not None]


def read_document(vault: Vault, doc_id: int) -> bytes:
    return bytes(vault.documents.read(doc_id))


def document_text(vault: Vault, doc_id: int) -> str:
    """The text the documents service extracted (used to preview a PDF without QtPdf)."""
    return vault.documents.text(doc_id)


def export_document(vault: Vault, doc_id: int, path: Path) -> None:
    vault.documents.export(doc_id, path)


# ---- demo data ----------------------------------------------------------------------------------


def fill_demo(vault: Vault, count: int, seed: int = 1) -> None:
    """Fill with synthetic candidates: app.demo when it exists, else a small built-in set."""
    from app import demo

    demo.populate(vault, count, seed=seed)
