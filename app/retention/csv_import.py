"""CSV import (spreadsheets, another ATS): one row per candidate and procedure.

UTF-8 with or without BOM, comma or semicolon separated (told apart by the header). Every row is checked
first; a bad row is reported by line number and reason (never its values) and nothing is imported unless
``skip_bad`` — then the bad row's whole candidate (every row with its ref) is left out, so that a dropped
open procedure can never make a candidate due. The import itself is one transaction.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.candidates import validate
from app.errors import InvalidInput, UsageError, VaultError
from app.retention import consents
from app.retention.dates import EARLIEST_FACT, add_months
from app.retention.facts import ERASURE
from app.retention.rules import OUTCOMES
from app.retention.service import check_procedure_dates, vacancy_id_for
from app.store.models import LegalHold, Procedure, Restriction, RightsRequest

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


@dataclass
class ImportResult:
    created: list[tuple[str | None, int]] = field(default_factory=list)  # (ref, new id)
    procedures: int = 0
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


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
        key = row.raw.get("ref") or f"\0line{row.line}"
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


def _person_date(members: list[Row], name: str) -> dt.date | None:
    return next((r.dates[name] for r in members if r.dates.get(name)), None)


def import_csv(vault: Vault, path: Path, *, skip_bad: bool = False) -> ImportResult:
    today = vault.today()
    candidates, problems = group(read_rows(path), today)
    if problems and not skip_bad:
        raise BadRows(problems)
    vault.sealer.keys  # noqa: B018  (names are sealed: refuse a locked vault before any work)
    result = ImportResult(skipped=problems)
    with vault.write() as session:
        for members in candidates:
            cid = _import_one(vault, session, members, today)
            result.created.append((members[0].raw["ref"] or None, cid))
            result.procedures += sum(1 for r in members if r.raw["outcome"])
        vault.audit(session, "csv_imported", None, candidates=len(result.created), skipped_rows=len(problems))
    for _, cid in result.created:
        result.warnings.extend(vault.candidates.warnings_for(cid))
    return result


def _import_one(vault: Vault, session: Session, members: list[Row], today: dt.date) -> int:
    profile: dict[str, str | None] = {name: _person(members, name) or None for name in PROFILE}
    profile["external_ref"] = members[0].raw["ref"] or None
    clean = validate(profile, creating=True)
    cid = vault.candidates.add_in_session(session, clean, _person_date(members, "created_on"))
    for row in members:
        outcome = row.raw["outcome"].lower()
        if outcome:
            session.add(
                Procedure(
                    candidate_id=cid,
                    vacancy_id=vacancy_id_for(session, row.raw["vacancy"], today),
                    outcome=outcome,
                    applied_on=row.dates["applied_on"],
                    ended_on=row.dates["ended_on"],
                )
            )
    given = _person_date(members, "consent_on")
    if given is not None:
        consent = consents.give(vault, session, cid, given, "form")
        consent.withdrawn_on = _person_date(members, "consent_withdrawn_on")
    if YES_NO[_person(members, "legal_hold").lower()]:
        hold = LegalHold(candidate_id=cid, placed_on=today, reason=b"")
        session.add(hold)
        session.flush()
        hold.reason = vault.sealer.seal_text(session, cid, "legal_holds", "reason", hold.id, "CSV import")
    if YES_NO[_person(members, "restricted").lower()]:
        session.add(Restriction(candidate_id=cid, requested_on=today))
    erasure = _person_date(members, "erasure_requested_on")
    if erasure is not None:
        session.add(
            RightsRequest(candidate_id=cid, kind=ERASURE, received_on=erasure, due_on=add_months(erasure, 1))
        )
    session.flush()
    return cid
