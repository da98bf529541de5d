"""Authenticated purge records: the ledger that keeps a purged person purged, even across restores.

A record written by a session with the passphrase is signed with the fact key (``sign_new``, at the end
of its transaction). A run without a passphrase (the scheduled purge) cannot sign; it keeps, as the
record's *evidence*, the candidate's signed facts that made them due: the rows the retention rules read
(clear dates and outcomes, ids, nonces; never a name) and the salted hash of the rest, with the manifest's
signature (app/integrity/manifest.py). The next unlocked session checks that evidence (signature, and
due on the purge date under the signed settings), signs the good records and drops their evidence.

So a record that is neither signed nor backed by evidence that holds was not written by a purge:
``verify`` names it, and ``restore`` does not leave its candidate out of the restored vault.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Date, DateTime, LargeBinary, Select, create_engine, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.crypto.keys import VaultKeys
from app.integrity import fact_key, roster, unattended
from app.integrity.facts_message import EvidenceRow, from_evidence, others_digest
from app.integrity.rows import DECISION, UNCOVERED_CELLS, digest, entries, preimages
from app.integrity.tracking import Touched
from app.retention.facts import ERASED, ERASURE, load_facts
from app.retention.rules import Policy, assess
from app.store.driver import among
from app.store.models import Base, FactManifest, PurgeRecord

NEW = "purged_now"  # in session.info: the candidates purged in this transaction
RIGHTS = "rights_requests"  # the one table whose rows outlive the purge (the register keeps them)


def message(candidate_id: int, purged_on: dt.date, reason: str, rights: str | None) -> bytes:
    on = purged_on.isoformat()
    return f"candidate-vault/purge-record/v1|{candidate_id}|{on}|{reason}|{rights or '[]'}".encode()


def _signed_message(record: Any) -> bytes:
    return message(record.candidate_id, _as_date(record.purged_on), record.reason, record.rights)


def _rights_now(session: Session, ids: Collection[int]) -> dict[int, dict[int, str]]:
    """{candidate: {request id: digest}}: the rights requests that outlive a purge, as they are now."""
    found = entries(session, ids, [RIGHTS])
    return {cid: {row_id: d for _t, row_id, d in listed} for cid, listed in found.items()}


def _rights_json(rights: Mapping[int, str]) -> str:
    return json.dumps(sorted([row_id, d] for row_id, d in rights.items()), separators=(",", ":"))


def _rights_signed(record: Any) -> dict[int, str]:
    return {int(row_id): str(d) for row_id, d in json.loads(record.rights or "[]")}


def evidence(session: Session, ids: Sequence[int]) -> dict[int, str]:
    """Before their rows go: each candidate's signed facts as a record's evidence (none for a manifest
    signed before salts, which a purge by the rules never meets: the settings check waits for an unlock)."""
    manifests = {
        m.candidate_id: m
        for m in session.scalars(select(FactManifest).where(among(session, FactManifest.candidate_id, ids)))
    }
    found = preimages(session, ids, DECISION)
    out: dict[int, str] = {}
    for candidate_id in ids:
        m = manifests.get(candidate_id)
        if m is None or m.salt is None:
            continue
        try:
            others = [entry for entry in json.loads(m.body) if entry[0] not in DECISION]
        except (ValueError, TypeError, KeyError, IndexError):
            continue  # a body that is not rows is not the app's (it fails its check): nothing to keep
        out[candidate_id] = json.dumps(
            {
                "rows": sorted(found.get(candidate_id, []), key=lambda row: (row[0], row[1])),
                "others": others_digest(m.salt, others),
                "sig": m.signature.hex(),
            },
            separators=(",", ":"),
        )
    return out


def sign_new(session: Session, keys: VaultKeys) -> None:
    """Sign the records this transaction wrote; their evidence is not needed any more."""
    ids = session.info.pop(NEW, [])
    if ids:
        _sign(session, keys, session.scalars(select(PurgeRecord).where(PurgeRecord.candidate_id.in_(ids))))


def _sign(
    session: Session,
    keys: VaultKeys,
    records: Iterable[PurgeRecord],
    rights: Mapping[int, Mapping[int, str]] | None = None,
) -> int:
    """Sign records with their candidate's rights requests: ``rights`` by candidate, or as they are now."""
    listed = list(records)
    key = fact_key.signing_key(keys)
    if rights is None:
        rights = _rights_now(session, [r.candidate_id for r in listed])
    for record in listed:
        if record.signature is None and record.evidence is not None:  # counted on the roster till now
            roster.evidence_signed(session, record.candidate_id, record.evidence)
        record.rights = _rights_json(rights.get(record.candidate_id, {}))
        record.signature = key.sign(_signed_message(record))
        record.evidence = None
    return len(listed)


def rights_written(touched: Mapping[int, Touched]) -> list[int]:
    """The candidates whose rights requests this transaction wrote."""
    return [
        cid
        for cid, mine in touched.items()
        if RIGHTS in mine.tables or any(t == RIGHTS for t, _ in mine.rows)
    ]


def sign_rights(session: Session, keys: VaultKeys, touched: Mapping[int, Touched]) -> None:
    """A transaction wrote rights requests of purged candidates: sign their records again, with new
    digests for the rows it wrote only (a record that fails its check is left as evidence, as a manifest)."""
    ids = rights_written(touched)
    if not ids:
        return
    key = fact_key.signing_key(keys)
    public = fact_key.public_of(keys)
    query = select(PurgeRecord).where(PurgeRecord.candidate_id.in_(ids), PurgeRecord.signature.is_not(None))
    now = _rights_now(session, ids)
    for record in session.scalars(query):
        if record.signature is None or not fact_key.verifies(
            public, record.signature, _signed_message(record)
        ):
            continue
        mine, current = touched[record.candidate_id], now.get(record.candidate_id, {})
        rights = _rights_signed(record)
        written = (
            set(current) | set(rights) if RIGHTS in mine.tables else {r for t, r in mine.rows if t == RIGHTS}
        )
        for row_id in written:
            rights.pop(row_id, None)
            if row_id in current:
                rights[row_id] = current[row_id]
        record.rights = _rights_json(rights)
        record.signature = key.sign(_signed_message(record))


def rights_problems(session: Session, signed: Sequence[PurgeRecord]) -> list[str]:
    """The rights requests of purged candidates changed, deleted or inserted since their record (one whose
    signature holds) was signed."""
    found: list[str] = []
    now = _rights_now(session, [record.candidate_id for record in signed])
    for record in signed:
        listed, current = _rights_signed(record), now.get(record.candidate_id, {})
        for row_id in sorted(listed.keys() | current.keys()):
            if listed.get(row_id) == current.get(row_id):
                continue
            what = "deleted" if row_id not in current else "inserted" if row_id not in listed else "changed"
            where = f"purged candidate {record.candidate_id}"
            found.append(f"{where}: rights_requests row {row_id} {what} since it was signed")
    return found


def sign_found(session: Session, keys: VaultKeys) -> int:
    """A vault from before authenticated records: sign its records as found (trust on first unlock)."""
    query = select(PurgeRecord).where(PurgeRecord.signature.is_(None), PurgeRecord.evidence.is_(None))
    return _sign(session, keys, list(session.scalars(query)))


def _waiting(candidate_ids: Collection[int] | None) -> Select[PurgeRecord]:
    query = select(PurgeRecord).where(PurgeRecord.signature.is_(None))
    return query if candidate_ids is None else query.where(PurgeRecord.candidate_id.in_(candidate_ids))


def awaiting(session: Session, candidate_ids: Collection[int] | None = None) -> bool:
    """Whether some record of a run without a passphrase (of these candidates) awaits its signature."""
    return session.scalars(_waiting(candidate_ids).limit(1)).first() is not None


def absorb(
    session: Session, keys: VaultKeys, policy: Policy, candidate_ids: Collection[int] | None = None
) -> int:
    """Sign the records of runs without a passphrase (of these candidates) whose evidence holds; the
    others stay as they are, for ``verify``. ``policy``: from settings whose signature holds.

    Their rights requests are signed as the evidence lists them, not as found: a change made to them
    between the run and now was made outside the app, and ``verify`` keeps naming it. A record whose
    purge is not in the audit log is not signed either (app/integrity/unattended.py)."""
    waiting = list(session.scalars(_waiting(candidate_ids)))
    public = fact_key.public_of(keys)
    failing = problems(waiting, public, policy).keys() | unattended.unlogged(session, candidate_ids)
    good = [r for r in waiting if r.candidate_id not in failing]
    rights = {r.candidate_id: _rights_left(r.evidence or "", _as_date(r.purged_on)) for r in good}
    return _sign(session, keys, good, rights)


def _rights_left(raw: str, purged_on: dt.date) -> dict[int, str]:
    """{request id: digest} of the rights requests as the purge left them: as the record's evidence (whose
    signature holds) lists them, with the pending erasure requests the purge carried out closed that day
    (``close_erasure_requests``): what the run wrote, and nothing else."""
    columns = [c.name for c in _covered(RIGHTS)]
    left = {}
    for table, row_id, values in json.loads(raw)["rows"]:
        if table != RIGHTS:
            continue
        row = _row(table, values)
        if row["kind"] == ERASURE and row["done_on"] is None:
            row |= {"done_on": purged_on, "outcome": ERASED}
        left[int(row_id)] = digest(table, [row[name] for name in columns])
    return left


def problems(records: Sequence[Any], public: bytes, policy: Policy | None) -> dict[int, str]:
    """Why each record that fails its check does: {candidate id: why}. ``records``: PurgeRecord rows or
    anything with the same attributes (a restore's ledger). ``policy`` None: the settings cannot be
    trusted, so no evidence can be weighed."""
    failing: dict[int, str] = {}
    backed: dict[int, tuple[dt.date, list[EvidenceRow]]] = {}
    for r in records:
        if r.signature is not None:
            if not fact_key.verifies(public, r.signature, _signed_message(r)):
                failing[r.candidate_id] = "forged (its signature fails)"
        elif r.evidence is None:
            failing[r.candidate_id] = "not authenticated (neither signed nor backed by signed facts)"
        elif policy is None:
            failing[r.candidate_id] = "not checked (the settings fail their check)"
        else:
            rows = _signed_rows(r.candidate_id, r.evidence, public)
            if rows is None:
                failing[r.candidate_id] = "forged (its evidence is not the candidate's signed facts)"
            else:
                backed[r.candidate_id] = (_as_date(r.purged_on), rows)
    if backed and policy is not None:
        for candidate_id in sorted(backed.keys() - _due(backed, policy)):
            failing[candidate_id] = "forged (the signed facts did not make the candidate due that day)"
    return failing


def _as_date(value: dt.date | str) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def _signed_rows(candidate_id: int, raw: str, public: bytes) -> list[EvidenceRow] | None:
    """The evidence's rows, if the manifest's signature holds over them; else None."""
    parts = from_evidence(candidate_id, raw)
    if parts is None:
        return None
    rows, signed, signature = parts
    return rows if fact_key.verifies(public, signature, signed) else None


def _due(backed: Mapping[int, tuple[dt.date, list[EvidenceRow]]], policy: Policy) -> set[int]:
    """The candidates that the retention rules make due on their purge date, from their evidence rows:
    the same queries as every purge (app/retention/facts.py), on a throwaway in-memory database."""
    engine = create_engine("sqlite://")
    try:
        tables = {name: Base.metadata.tables[name] for name in DECISION}
        Base.metadata.create_all(engine, tables=list(tables.values()))
        with Session(engine) as session:
            for _on, rows in backed.values():
                for table_name, _row_id, values in rows:
                    session.execute(insert(tables[table_name]), [_row(table_name, values)])
            facts = load_facts(session, backed)
        return {
            f.candidate_id
            for f in facts
            if assess(f, policy, backed[f.candidate_id][0]).is_due(backed[f.candidate_id][0])
        }
    except (ValueError, TypeError, KeyError, IndexError, SQLAlchemyError):
        return set()  # evidence that does not even fit the tables: nothing is due on it
    finally:
        engine.dispose()


def _row(table_name: str, values: list[Any]) -> dict[str, Any]:
    """A row as digested (app/integrity/rows.py) back into column values: the sealed cells are their
    nonces, which the rules never read."""
    columns = _covered(table_name)
    if len(columns) != len(values):
        raise ValueError("evidence row does not fit its table")
    return {column.name: _back(column, value) for column, value in zip(columns, values, strict=True)}


def _covered(table_name: str) -> list[Any]:
    """The columns a row's digest covers, in its order (app/integrity/rows.py)."""
    skipped = UNCOVERED_CELLS.get(table_name, set())
    return [c for c in Base.metadata.tables[table_name].columns if c.name not in skipped]


def _back(column: Any, value: Any) -> Any:
    if value is None:
        return None
    kind = getattr(column.type, "impl", column.type)  # the checked types decorate Date and DateTime
    if column.info.get("sealed") or isinstance(kind, LargeBinary):
        return bytes.fromhex(value)
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    return value
