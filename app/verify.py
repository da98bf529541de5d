"""``verify``: every envelope opens, every key unwraps, every key slot is intact, schema and audit ok."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app import audit
from app.crypto import keyslots
from app.errors import Damaged, NotFound
from app.integrity import audit_seal, fact_key, freshness, manifest, records, unattended
from app.integrity.vanished import vanished
from app.retention.facts import stored_policy
from app.search.check import index_agrees
from app.store.engine import one_snapshot
from app.store.models import Base, Candidate, CandidateKey, KeySlot, PurgeRecord, sealed_columns
from app.store.schema import current_revision, head_revision

if TYPE_CHECKING:
    from app.vault import Vault

# Envelopes under the vault (not a candidate) key are checked on their own below.
_NOT_CANDIDATE_TABLES = {"key_slots", "candidate_keys"}


@dataclass
class VerifyReport:
    checked: int = 0
    damaged: list[str] = field(default_factory=list)
    fact_key_id: str = ""  # what a scheduled purge pins with --trust

    @property
    def ok(self) -> bool:
        return not self.damaged


def verify_vault(vault: Vault) -> VerifyReport:
    report = VerifyReport()
    keys = vault.sealer.keys
    if current_revision(vault.engine) != head_revision():
        report.damaged.append("schema: not at the app's revision")
    with vault.read() as session:
        one_snapshot(session)
        for slot in session.scalars(select(KeySlot).order_by(KeySlot.id)):
            report.checked += 1
            material = keyslots.SlotMaterial(slot.kind, slot.kdf_params, slot.verifier, slot.wrapped_key)
            expected = keyslots.authenticator(keys.slot_auth, slot.id, slot.user_name, slot.role, material)
            if expected != slot.authenticator:
                report.damaged.append(f"key slot {slot.id} ({slot.kind}, user {slot.user_name}): damaged")
        broken_keys: set[int] = set()
        for key_row in session.scalars(select(CandidateKey).order_by(CandidateKey.candidate_id)):
            report.checked += 1
            vault.sealer.drop_candidate(key_row.candidate_id)
            try:
                vault.sealer.candidate_aead(session, key_row.candidate_id)
            except Damaged as exc:
                broken_keys.add(key_row.candidate_id)
                report.damaged.append(str(exc))
        keyed = set(session.scalars(select(CandidateKey.candidate_id)))
        recorded = set(session.scalars(select(PurgeRecord.candidate_id)))
        alive = keyed | set(session.scalars(select(Candidate.id)))
        for candidate_id in sorted(recorded & alive):
            report.damaged.append(
                f"purge record of candidate {candidate_id}: forged (the candidate still has rows or a key)"
            )
        purged = recorded - alive  # their rights requests' notes stay, unreadable by design
        tables = Base.metadata.tables
        for table_name, columns in sealed_columns().items():
            if table_name in _NOT_CANDIDATE_TABLES:
                continue
            table = tables[table_name]
            owner = table.c.id if table_name == "candidates" else table.c.candidate_id
            query = select(table.c.id, owner.label("owner"), *(table.c[col] for col in columns)).order_by(
                table.c.id
            )
            for row in session.execute(query.execution_options(yield_per=1000)):  # streamed
                if row.owner in broken_keys or row.owner in purged:
                    continue
                for col in columns:
                    value = getattr(row, col)
                    if value is None and table.c[col].nullable:
                        continue
                    report.checked += 1
                    try:
                        vault.sealer.open_bytes(session, row.owner, table_name, col, row.id, value)
                    except Damaged as exc:
                        report.damaged.append(str(exc))
                    except NotFound:
                        report.damaged.append(
                            f"{table_name} {row.id}: its candidate {row.owner} has no data key"
                        )
        public = fact_key.public_of(keys)  # derived: never the one stored
        report.fact_key_id = fact_key.key_id(public)
        wrong = _wrongly_typed_dates(session)
        report.damaged += wrong
        if not wrong:  # reading the facts would stop at the first such cell
            _check_facts(session, public, report)
            _check_purge_records(session, public, purged, report)
        report.checked += 1
        if not index_agrees(session):
            report.damaged.append("search index: the postings disagree with the indexed sources")
        chain = audit.verify_chain(session)
        if not chain.ok:
            report.damaged.append(chain.problem or "audit log: broken")
    return report


def _check_facts(session: Session, public: bytes, report: VerifyReport) -> None:
    """The signed manifests and pointers, with the key this vault's own key derives."""
    stored = fact_key.stored_public(session)
    if stored is None:
        report.damaged.append("fact key: missing from the vault (locked runs cannot check the facts)")
    elif stored != public:
        report.damaged.append("fact key: the stored public key is not this vault's (replaced)")
    pointers = audit_seal.problems(session, public)
    holds = not pointers and audit_seal.roster_problem(session) is None
    for problem in [*manifest.check(session, public, roster_holds=holds), *vanished(session)]:
        report.checked += 1
        report.damaged.append(str(problem))
    report.damaged += pointers
    report.damaged += unattended.problems(session)
    rolled_back = freshness.problem(session)
    if rolled_back is not None:
        report.damaged.append(rolled_back)


def _check_purge_records(session: Session, public: bytes, purged: set[int], report: VerifyReport) -> None:
    """Each purge record is signed, or backed by signed facts that made the candidate due (app/integrity/
    records.py): else it was not written by a purge."""
    listed = [r for r in session.scalars(select(PurgeRecord)) if r.candidate_id in purged]
    trusted = audit_seal.settings_problem(session, public) is None
    policy = stored_policy(session) if trusted else None
    report.checked += len(listed)
    failing = records.problems(listed, public, policy)
    for candidate_id, why in sorted(failing.items()):
        report.damaged.append(f"purge record of candidate {candidate_id}: {why}")
    signed = [r for r in listed if r.signature is not None and r.candidate_id not in failing]
    report.damaged += records.rights_problems(session, signed)


def _wrongly_typed_dates(session: Session) -> list[str]:
    """Date and time cells that hold something else (SQLite stores anything; PostgreSQL cannot)."""
    if session.get_bind().dialect.name != "sqlite":
        return []
    found = []
    for table in Base.metadata.sorted_tables:
        key = next(iter(table.primary_key.columns)).name
        for column in table.columns:
            kind = {"Date": ("date", 10), "DateTime": ("time", 19)}.get(type(column.type).__name__)
            if kind is None:
                continue
            name, length = kind
            # The column names come from the models, never from the file.
            rows = session.execute(
                text(
                    f"SELECT {key} FROM {table.name} WHERE {column.name} IS NOT NULL AND "
                    f"(typeof({column.name}) != 'text' OR length({column.name}) < {length} OR "
                    f"{column.name} NOT GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]*')"
                )
            )
            found += [f"{table.name} {row_id}: {column.name} is damaged (not a {name})" for (row_id,) in rows]
    return found
