"""Thin adapters between the widgets and the Vault's feature services: one function per feature.

Widgets never touch SQL or crypto; they call these. Services that other branches deliver
(documents, search, retention, procedures, notes, correspondence, history, demo data) are found by
feature detection, so that a missing one hides its part of the UI instead of faking data.
When a service lands, wiring it is a change here only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.candidates import PROFILE_FIELDS, CandidateRecord
from app.vault import Vault

LIST_FIELDS = ("first_name", "last_name", "email")


# ---- feature detection --------------------------------------------------------------------------


def has_documents(vault: Vault) -> bool:
    return hasattr(vault, "documents")


def has_search(vault: Vault) -> bool:
    return hasattr(vault, "search")


def has_retention(vault: Vault) -> bool:
    return hasattr(vault, "retention")


def has_service(vault: Vault, name: str) -> bool:
    if name == "procedures":  # the retention branch lists them: vault.retention.procedures(id)
        return hasattr(getattr(vault, "retention", None), "procedures") or hasattr(vault, "procedures")
    return hasattr(vault, name)


def has_history(vault: Vault) -> bool:
    return hasattr(vault, "history")


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
    """{id: {"state", "due_on", "reason", "vacancy"}} for a batch of candidates."""
    vacancies = vault.retention.current_vacancies(ids)
    return {
        a.candidate_id: {
            "state": a.state,
            "due_on": a.due_on.isoformat() if a.due_on else "",
            "reason": a.reason,
            "vacancy": vacancies.get(a.candidate_id, ""),
        }
        for a in vault.retention.status(ids=list(ids))
    }


# ---- search -------------------------------------------------------------------------------------


def search(vault: Vault, words: str) -> list[int] | None:
    """Ids of candidates matching ``words``; None when the vault has no search service."""
    if not has_search(vault):
        return None
    service: Any = vault.search
    query = words.split()
    if hasattr(service, "candidate_ids"):  # ids only: no names decrypted, nothing to audit per hit
        return [int(cid) for cid in service.candidate_ids(query)]
    return [int(hit["id"] if isinstance(hit, dict) else hit.id) for hit in service.search(query)]


# ---- documents ----------------------------------------------------------------------------------


def documents(vault: Vault, candidate_id: int) -> list[dict[str, Any]]:
    rows = vault.documents.list(candidate_id)
    return [_as_dict(row) for row in rows]


def add_document(vault: Vault, candidate_id: int, path: Path, kind: str = "other") -> list[int]:
    """Returns the new ids (an e-mail adds the message and each attachment)."""
    added = vault.documents.add(candidate_id, path, kind)
    return [int(i) for i in added] if isinstance(added, list) else [int(added)]


def add_documents(
    vault: Vault, candidate_id: int, paths: list[Path], progress: Callable[[int, int], None]
) -> list[tuple[str, str]]:
    """Several files at once (extracted on every core); returns (file name, reason) of those refused."""
    added = vault.documents.add_many(candidate_id, paths, "other", progress)
    return [(a.file_name, a.error) for a in added if a.error is not None]


def read_document(vault: Vault, doc_id: int) -> bytes:
    return bytes(vault.documents.read(doc_id))


def document_text(vault: Vault, doc_id: int) -> str | None:
    """The text the documents service extracted (used to preview a PDF without QtPdf)."""
    service: Any = getattr(vault, "documents", None)
    return str(service.text(doc_id)) if hasattr(service, "text") else None


def export_document(vault: Vault, doc_id: int, path: Path) -> None:
    vault.documents.export(doc_id, path)


# ---- other candidate records (procedures, notes, correspondence, consents, history) -----------


def records(vault: Vault, service: str, candidate_id: int) -> list[dict[str, Any]]:
    """Rows of a per-candidate service as dicts (``vault.<service>.list(candidate_id)``)."""
    if service == "history":
        return [_as_dict(row) for row in vault.history(candidate_id)]
    if service == "procedures" and not hasattr(vault, "procedures"):
        names = ("id", "vacancy", "outcome", "applied_on", "ended_on")
        rows = vault.retention.procedures(candidate_id)
        return [dict(zip(names, row, strict=False)) for row in rows]
    rows = getattr(vault, service).list(candidate_id)
    return [_as_dict(row) for row in rows]


def _as_dict(row: Any) -> dict[str, Any]:
    if isinstance(row, dict):
        return row
    if hasattr(row, "__dataclass_fields__"):
        return {name: getattr(row, name) for name in row.__dataclass_fields__}
    return dict(vars(row))


# ---- demo data ----------------------------------------------------------------------------------


def fill_demo(vault: Vault, count: int, seed: int = 1) -> None:
    """Fill with synthetic candidates: app.demo when it exists, else a small built-in set."""
    from app import demo

    demo.populate(vault, count, seed=seed)
