"""The export's readable summary (summary.docx): what is kept, why, since when and until when.

Written in the candidate's language (field ``language``, else the vault's ``vault.language``). The
"until" of the main data comes from ``retention_hook.retention_until`` and nothing else.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from docx import Document as DocxDocument

from app.config import LANGUAGES, Settings
from app.retention.dates import consent_end
from app.rights.retention_hook import KeptUntil
from app.rights.summary_texts import TEXTS

_DAYS_SETTING = {
    "after_procedure": "retention.after_procedure_days",
    "no_procedure": "retention.after_procedure_days",
    "after_hire": "retention.hired_days",
}


def summary_language(fields: dict[str, Any], settings: Settings) -> str:
    chosen = fields.get("language")
    return chosen if chosen in LANGUAGES else str(settings.get("vault.language"))


def _date(value: str | None) -> Any:
    return dt.date.fromisoformat(value) if value else None


def _earliest(values: list[str | None]) -> str | None:
    found = [v for v in values if v]
    return min(found) if found else None


def until_text(t: dict[str, str], kept: KeptUntil, settings: Settings) -> str:
    days = settings.get(_DAYS_SETTING[kept.reason]) if kept.reason in _DAYS_SETTING else ""
    reason = t[f"reason.{kept.reason}"].format(days=days)
    if kept.until is None:
        return reason
    return t["until.date"].format(date=kept.until.isoformat(), reason=reason)


def _rows(data: dict[str, Any], t: dict[str, str], kept: KeptUntil, settings: Settings) -> list[list[str]]:
    """One row per category that holds something: what, count, why, since, until."""
    main_until = until_text(t, kept, settings)
    consents = data["consents"]
    active_consent = any(c["withdrawn_on"] is None for c in consents) and kept.reason == "consent"
    main_basis = t["basis.consent"] if active_consent else t["basis.application"]
    rows: list[list[str]] = [[t["cat.profile"], "1", main_basis, data["candidate"]["created_on"], main_until]]

    def add(key: str, items: list[dict[str, Any]], date_key: str, basis: str, until: str) -> None:
        if items:
            since = _earliest([i.get(date_key) for i in items]) or ""
            rows.append([t[key], str(len(items)), basis, since, until])

    add("cat.procedures", data["procedures"], "applied_on", main_basis, main_until)
    add("cat.documents", data["documents"], "added_on", main_basis, main_until)
    add("cat.notes", data["interview_notes"], "held_on", main_basis, main_until)
    add("cat.correspondence", data["correspondence"], "sent_on", main_basis, main_until)
    if consents:
        latest = max(consents, key=lambda c: (c["given_on"], c["id"]))
        ends = consent_end(*(_date(latest[k]) for k in ("given_on", "ends_on", "withdrawn_on")))
        consent_until = t["until.consent"].format(date=ends.isoformat())
        add("cat.consents", consents, "given_on", t["basis.consent"], consent_until)
    active_holds = [h for h in data["legal_holds"] if h["released_on"] is None]
    add(
        "cat.holds",
        data["legal_holds"],
        "placed_on",
        t["basis.claims"],
        t["until.hold_active"] if active_holds else main_until,
    )
    add("cat.restrictions", data["restrictions"], "requested_on", t["basis.restriction"], main_until)
    add("cat.history", data["rectification_history"], "changed_at", t["basis.accuracy"], main_until)
    add("cat.requests", data["rights_requests"], "received_on", t["basis.requests"], t["until.requests"])
    for row in rows:
        row[3] = row[3][:10]  # a timestamp's date
    return rows


def build_summary(data: dict[str, Any], kept: KeptUntil, settings: Settings, today: dt.date) -> bytes:
    fields = data["candidate"]["fields"]
    t = TEXTS[summary_language(fields, settings)]
    name = " ".join(part for part in (fields.get("first_name"), fields.get("last_name")) if part)
    company = str(settings.get("company.name")) or "—"
    doc = DocxDocument()
    doc.add_heading(t["title"].format(company=company), level=1)
    doc.add_paragraph(t["intro"].format(name=name, id=data["candidate"]["id"], date=today.isoformat()))
    rows = _rows(data, t, kept, settings)
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, key in zip(table.rows[0].cells, ("what", "count", "why", "since", "until"), strict=True):
        cell.text = t[key]
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    doc.add_paragraph(t["footer"])
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
