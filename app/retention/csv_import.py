"""CSV import (spreadsheets, another ATS): one row per candidate and procedure.

UTF-8 with or without BOM, comma or semicolon separated (told apart by the header). Every row is checked
first; a bad row is reported by line number and reason (never its values) and nothing is imported unless
``skip_bad`` — then the bad row's whole candidate (every row with its ref) is left out, so that a dropped
open procedure can never make a candidate due. The import itself is one transaction. A ref already in the
vault updates that candidate instead of adding a second one (``csv_reimport``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.candidates import validate
from app.contacts import normalise_ref
from app.errors import InvalidInput, UsageError, VaultError
from app.retention import csv_reimport
from app.retention.dates import EARLIEST_FACT
from app.retention.rules import OUTCOMES
from app.retention.service import check_procedure_dates

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.vault import Vault

COLUMNS = [
    *("ref", "first_name", "last_name", "email", "phone", "address", "source", "vacancy"),
    *("applied_on", "outcome", "ended_on", "consent_on", "consent_withdrawn_on", "legal_hold"),
    *("restricted", "erasure_requested_on", "created_on"),
]
PROFILE = ("first_name", "last_name", "email", "phone", "address", "source")
# Columns that describe the person (not one procedure): rows of one ref must not disagree on them.
PERSON = (
    *PROFILE,
    *("consent_on", "consent_withdrawn_on", "legal_hold", "restricted", "erasure_requested_on", "created_on"),
)
DATES = ("applied_on", "ended_on", "consent_on", "consent_withdrawn_on", "erasure_requested_on", "created_on")
YES_NO = {"yes": True, "no": False, "": False}


@dataclass(frozen=True)
class Problem:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class BadRows(InvalidInput):
    """Some rows are bad and ``skip_bad`` was not given: nothing was imported."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(
            f"nothing imported: {len(problems)} bad row(s); fix them, or give --skip-bad to leave them out"
        )
        self.problems = problems


@dataclass
class Row:
    line: int
    raw: dict[str, str]
    dates: dict[str, dt.date | None] = field(default_factory=dict)


ACTIONS = ("created", "updated", "unchanged")


@dataclass(frozen=True)
class Imported:
    """One candidate of the file: made new, or the one already holding its ref (updated or unchanged)."""

    ref: str | None
    id: int
    action: str  # one of ACTIONS
    changes: list[str]  # e.g. "procedure of 2024-01-02 added (rejected)": dates and ids, no personal data

    def as_json(self) -> dict[str, object]:
        return {"ref": self.ref, "id": self.id, "action": self.action, "changes": self.changes}


@dataclass
class ImportResult:
    entries: list[Imported] = field(default_factory=list)  # in the file's order
    skipped: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what a re-import left as it was, and why
    warnings: list[str] = field(default_factory=list)

    def of(self, action: str) -> list[Imported]:
        return [e for e in self.entries if e.action == action]


def read_rows(path: Path) -> list[Row]:
    """Decode and split the file; a file that is not CSV text at all is refused as a whole."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidInput(f"{path.name} is not UTF-8 text (line {line})") from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[Row] = []
    header: list[str] | None = None
    start = 1
    try:
        for fields in reader:
            line, start = start, reader.line_num + 1
            if header is None:
                header = [name.strip().lower() for name in fields]
                _check_header(header)
                continue
            if not any(value.strip() for value in fields):
                continue
            if len(fields) != len(header):
                why = f"has {len(fields)} fields, the header has {len(header)}"
                rows.append(Row(line, {"__error__": why}))
                continue
            rows.append(Row(line, {name: value.strip() for name, value in zip(header, fields, strict=True)}))
    except csv.Error as exc:
        raise InvalidInput(f"{path.name} line {start}: not valid CSV ({exc})") from None
    if header is None:
        raise InvalidInput(f"{path.name} is empty: expected a header line: {','.join(COLUMNS)}")
    return rows


def _check_header(header: list[str]) -> None:
    missing = [c for c in COLUMNS if c not in header]
    unknown = [c for c in header if c not in COLUMNS]
    if missing or unknown or len(set(header)) != len(header):
        parts = []
        if missing:
            parts.append(f"missing {', '.join(missing)}")
        if unknown:
            parts.append(f"unknown {', '.join(unknown[:5])}")
        if len(set(header)) != len(header):
            parts.append("a column twice")
        raise InvalidInput(f"line 1: the header does not match the import columns ({'; '.join(parts)})")


def check_row(row: Row, today: dt.date) -> str | None:
    """Why a row is bad (naming columns, never values), or None."""
    raw = row.raw
    if "__error__" in raw:
        return raw["__error__"]
    for name in DATES:
        value = raw[name]
        try:
            row.dates[name] = dt.date.fromisoformat(value) if value else None
        except ValueError:
            return f"{name} is not a date as YYYY-MM-DD"
        parsed = row.dates[name]
        if parsed is not None and parsed > today:
            return f"{name} is in the future"
        if parsed is not None and parsed < EARLIEST_FACT:
            return f"{name} is before {EARLIEST_FACT}"
    try:
        validate({name: raw[name] for name in PROFILE}, creating=True)
    except VaultError as exc:
        return str(exc)
    for name in ("legal_hold", "restricted"):
        if raw[name].lower() not in YES_NO:
            return f"{name} must be yes, no or empty"
    outcome = raw["outcome"].lower()
    applied, ended = row.dates["applied_on"], row.dates["ended_on"]
    if not outcome:
        if raw["vacancy"] or applied or ended:
            return "vacancy, applied_on or ended_on given without an outcome"
    elif outcome not in OUTCOMES:
        return f"outcome must be one of {', '.join(OUTCOMES)} or empty"
    elif applied is None:
        return "applied_on is required when there is an outcome"
    elif outcome != "open" and ended is None:
        return f"ended_on is required when the outcome is {outcome}"
    else:
        try:
            check_procedure_dates(outcome, applied, ended, today)
        except VaultError as exc:
            return str(exc)
    given, withdrawn = row.dates["consent_on"], row.dates["consent_withdrawn_on"]
    if withdrawn is not None and given is None:
        return "consent_withdrawn_on given without consent_on"
    if withdrawn is not None and given is not None and withdrawn < given:
        return "consent_withdrawn_on is before consent_on"
    return None


def group(rows: list[Row], today: dt.date) -> tuple[list[list[Row]], list[Problem]]:
    """Candidates (rows sharing a ref; a row without ref is its own) and the problems found."""
    groups: dict[str, list[Row]] = {}
    problems: list[Problem] = []
    bad_keys: set[str] = set()
    for row in rows:
        ref = row.raw.get("ref")
        key = normalise_ref(ref) if ref else f"\0line{row.line}"
        why = check_row(row, today)
        members = groups.setdefault(key, [])
        if why is None and members:
            why = _disagreement(members[0], row)
        if why is not None:
            problems.append(Problem(row.line, why))
            bad_keys.add(key)
        members.append(row)
    for key in bad_keys:
        flagged = {p.line for p in problems}
        for row in groups[key]:
            if row.line not in flagged:
                problems.append(Problem(row.line, "left out with a bad row of the same ref"))
    good = [members for key, members in groups.items() if key not in bad_keys]
    return good, sorted(problems, key=lambda p: p.line)


def _disagreement(first: Row, row: Row) -> str | None:
    for name in PERSON:
        if row.raw[name] and first.raw[name] and row.raw[name] != first.raw[name]:
            return f"{name} differs from line {first.line} (same ref)"
    return None


def _person(members: list[Row], name: str) -> str:
    return next((r.raw[name] for r in members if r.raw[name]), "")


def _ref(members: list[Row]) -> str | None:
    return members[0].raw["ref"] or None


def import_csv(vault: Vault, path: Path, *, skip_bad: bool = False) -> ImportResult:
    today = vault.today()
    candidates, problems = group(read_rows(path), today)
    if problems and not skip_bad:
        raise BadRows(problems)
    vault.sealer.keys  # noqa: B018  (names are sealed: refuse a locked vault before any work)
    result = ImportResult(skipped=problems)
    with vault.write() as session:
        csv_reimport.ensure_ref_fingerprints(vault, session)
        existing, erased = csv_reimport.find_refs(
            vault, session, [ref for members in candidates if (ref := _ref(members))]
        )
        for members in candidates:
            ref, line = _ref(members), members[0].line
            held_by = existing.get(ref, []) if ref else []
            if len(held_by) > 1:
                ids = ", ".join(map(str, held_by))
                result.skipped.append(Problem(line, f"the ref is held by candidates {ids}: left out"))
            elif held_by:
                result.entries.append(_update(vault, session, held_by[0], members, today, result))
            elif ref in erased:
                result.skipped.append(Problem(line, "the ref is of a person erased on request: left out"))
            else:
                result.entries.append(_create(vault, session, members, today, result))
        counts = {action: len(result.of(action)) for action in ACTIONS}
        vault.audit(session, "csv_imported", None, **counts, skipped_rows=len(result.skipped))
    for entry in result.of("created"):
        result.warnings.extend(vault.candidates.warnings_for(entry.id))
    result.skipped.sort(key=lambda p: p.line)
    return result


def _create(
    vault: Vault, session: Session, members: list[Row], today: dt.date, result: ImportResult
) -> Imported:
    profile: dict[str, str | None] = {name: _person(members, name) or None for name in PROFILE}
    profile["external_ref"] = _ref(members)
    clean = validate(profile, creating=True)
    created_on = next((r.dates["created_on"] for r in members if r.dates.get("created_on")), None)
    cid = vault.candidates.add_in_session(session, clean, created_on)
    changes, notes = csv_reimport.merge(vault, session, cid, members, today)
    result.notes.extend(notes)
    return Imported(_ref(members), cid, "created", changes)


def _update(
    vault: Vault, session: Session, cid: int, members: list[Row], today: dt.date, result: ImportResult
) -> Imported:
    changes, notes = csv_reimport.merge(vault, session, cid, members, today)
    result.notes.extend(notes)
    profile = {name: _person(members, name) for name in PROFILE}
    note = csv_reimport.profile_note(vault, session, cid, members[0].line, profile)
    result.notes.extend([note] if note else [])
    if changes:
        vault.audit(session, "csv_merged", cid, changes=len(changes))
    return Imported(_ref(members), cid, "updated" if changes else "unchanged", changes)
