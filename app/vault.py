"""The Vault service: the one API that the GUI and the CLI use.

A Vault is opened *locked*: retention facts (ids, dates, states) are in clear, so that ``due`` and a
scheduled purge work without a passphrase. Unlocking loads the vault key; ``lock`` drops it.
Feature areas hang off the vault as services (``vault.candidates``, ...), all sharing its units of
work, its sealer and its audit log.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import uuid
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from app import __version__, audit, roles
from app.candidates import CandidateService
from app.clock import Clock, SystemClock
from app.config import Settings
from app.crypto import keyslots
from app.crypto.keys import VaultKeys, new_key
from app.errors import DiskFull, InvalidInput, Refused, UnlockError, VaultError, VaultLocked, VaultUnreadable
from app.integrity import audit_seal, fact_key, freshness, manifest, pins, records, roster, tracking
from app.retention.facts import stored_policy
from app.retention.service import RetentionService
from app.rights.register import RightsService
from app.sealing import Sealer
from app.search import postings
from app.search.service import SearchService
from app.store import meta
from app.store.engine import (
    WRITE,
    checkpoint,
    location_to_url,
    make_engine,
    sqlite_path,
    translate_operational_error,
)
from app.store.models import AuditEvent, Base, Candidate, FactManifest, KeySlot, VaultMeta
from app.store.schema import UpgradeNotice, ensure_current, is_initialised
from app.users import UserService, check_name

if TYPE_CHECKING:
    from app.audit_log import AuditLog
    from app.backup.create import BackupService
    from app.correspondence import CorrespondenceService
    from app.documents.service import DocumentService
    from app.notes import NotesService
    from app.reminders.service import ReminderService
    from app.verify import VerifyReport

ADMIN = roles.ADMIN
DISK_FULL_WARNING = (
    "the disk is full: the vault is open for reading; this unlock (and what you view) is logged with "
    "the next change that is saved, and nothing can be saved until space is freed"
)


class Vault:
    def __init__(self, engine: Engine, clock: Clock) -> None:
        self.engine = engine
        self._write_engine = engine.execution_options(**WRITE)
        self.clock = clock
        self.sealer = Sealer()
        self.user: str | None = None
        self.role: str | None = None
        self._slot_id: int | None = None
        self.trusted_fact_key: str | None = None  # key id pinned outside the file (--trust): app/integrity
        # Events a full disk kept out of the log (an unlock): appended first by the next write that lands.
        self.queued_events: list[tuple[dt.datetime, str, str, int | None, dict[str, Any]]] = []
        # Feature modules plug in here: called inside the transaction that adds or edits a candidate.
        self.profile_hooks: list[Callable[[Session, int, Mapping[str, str | None]], None]] = []
        self.before_edit_hooks: list[Callable[[Session, Candidate, Mapping[str, str | None]], None]] = []
        self.candidates = CandidateService(self)
        self.rights = RightsService(self)  # eager: it adds before_edit_hooks
        self.users = UserService(self)
        self.retention = RetentionService(self)
        self.search = SearchService(self)
        self.profile_hooks.append(self.search.index_profile)
        # (session, candidate id, document id, text): documents written outside DocumentService (demo data)
        self.document_hooks: list[Callable[[Session, int, int, str], object]] = [self.search.index_document]

    # Services whose modules only some commands need (SMTP, the extraction children, backups): made
    # when first used, so that a command that never touches them starts without importing them.

    @cached_property
    def audit_log(self) -> AuditLog:
        from app.audit_log import AuditLog

        return AuditLog(self)

    @cached_property
    def reminders(self) -> ReminderService:
        from app.reminders.service import ReminderService

        return ReminderService(self)

    @cached_property
    def backups(self) -> BackupService:
        from app.backup.create import BackupService

        return BackupService(self)

    @cached_property
    def documents(self) -> DocumentService:
        from app.documents.service import DocumentService

        return DocumentService(self)

    @cached_property
    def notes(self) -> NotesService:
        from app.notes import NotesService

        return NotesService(self)

    @cached_property
    def correspondence(self) -> CorrespondenceService:
        from app.correspondence import CorrespondenceService

        return CorrespondenceService(self)

    # ---- opening and creating -------------------------------------------------------------

    @classmethod
    def open(
        cls, location: str | Path, clock: Clock | None = None, *, on_upgrade: UpgradeNotice | None = None
    ) -> Vault:
        """Open a vault, upgrading its schema first if an older version made it (``on_upgrade`` is told)."""
        url = location_to_url(location)
        path = sqlite_path(url)
        if path is not None and (not path.exists() or path.stat().st_size == 0):
            raise VaultUnreadable(f"there is no vault at {path}; create one with 'candidate-vault init'")
        engine = make_engine(url)
        try:
            if not is_initialised(engine):
                raise VaultUnreadable("this database holds no CandidateVault vault; create one with 'init'")
            ensure_current(engine, on_upgrade)
        except OperationalError as exc:
            engine.dispose()
            raise translate_operational_error(exc) from None
        except DatabaseError:
            engine.dispose()
            raise VaultUnreadable(
                "this file is not a CandidateVault vault (or it is damaged beyond reading)"
            ) from None
        except VaultError:
            engine.dispose()
            raise
        return cls(engine, clock or SystemClock())

    @classmethod
    def create(
        cls, location: str | Path, passphrase: str, *, user: str = ADMIN, clock: Clock | None = None
    ) -> tuple[Vault, str]:
        """Create a vault; returns it unlocked, and the recovery key to show once."""
        user = check_name(user)
        keyslots.check_passphrase_strength(passphrase)
        url = location_to_url(location)
        path = sqlite_path(url)
        if path is not None and path.exists() and path.stat().st_size > 0:
            raise InvalidInput(f"a file already exists at {path}; choose another path or open it")
        engine = make_engine(url)
        try:
            if is_initialised(engine):
                raise InvalidInput("this database already holds a vault")
            ensure_current(engine)
        except OperationalError as exc:
            engine.dispose()
            raise translate_operational_error(exc) from None
        vault = cls(engine, clock or SystemClock())
        vault_key = new_key()
        recovery = keyslots.new_recovery_key()
        keys = VaultKeys(vault_key)
        with vault.write() as session:
            session.add_all(
                [
                    VaultMeta(key="vault_id", value=str(uuid.uuid4())),
                    VaultMeta(key="created_at", value=vault.clock.now().isoformat()),
                    VaultMeta(key="created_by_version", value=__version__),
                    VaultMeta(key="settings", value="{}"),
                ]
            )
            vault._add_slot(session, keys, keyslots.PASSPHRASE, passphrase, user, ADMIN)
            vault._add_slot(session, keys, keyslots.RECOVERY, recovery, "recovery", ADMIN)
            vault.user, vault.role = user, ADMIN
            vault.sealer.load(keys)
            fact_key.store_public(session, keys)
            vault.audit(session, "vault_created")
            audit_seal.sign_head(session, keys, first=True)
        vault._pin_fact_key()
        return vault, recovery

    def _add_slot(
        self, session: Session, keys: VaultKeys, kind: str, secret: str, user: str, role: str
    ) -> KeySlot:
        slot = KeySlot(
            kind=kind,
            user_name=user,
            role=role,
            kdf_params="",
            verifier=b"",
            wrapped_key=b"",
            authenticator=b"",
            created_at=self.clock.now(),
        )
        session.add(slot)
        session.flush()  # the slot's id is bound into its envelope
        self._fill_slot(slot, keys, secret)
        return slot

    @staticmethod
    def _fill_slot(slot: KeySlot, keys: VaultKeys, secret: str) -> None:
        material = keyslots.make_slot(slot.id, slot.kind, secret, keys.vault_key)
        slot.kdf_params, slot.verifier, slot.wrapped_key = (
            material.kdf_params,
            material.verifier,
            material.wrapped_key,
        )
        slot.authenticator = keyslots.authenticator(
            keys.slot_auth, slot.id, slot.user_name, slot.role, material
        )

    def close(self) -> None:
        self.lock()
        self.engine.dispose()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- units of work --------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything in it lands, or nothing does.

        Last, while unlocked, the manifests of the candidates it touched are signed again, and so is the
        audit log's head (app/integrity/); a locked run (the scheduled purge) only deletes candidates,
        whose manifests go with them, and its events are covered by the next unlocked session's head."""
        queued = list(self.queued_events)
        newest = None
        try:
            with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
                for at, actor, action, candidate_id, details in queued:
                    audit.append(session, at, actor, action, candidate_id, details)
                yield session
                session.flush()
                ids = tracking.touched(session)
                if ids and self.sealer.unlocked:
                    manifest.sign(session, self.sealer.keys, ids)
                if self.sealer.unlocked:
                    records.sign_new(session, self.sealer.keys)
                    # A record a scheduled run wrote since this session's unlock is checked and signed
                    # first, so that this answer to a request is told from a change outside the app.
                    self._absorb_records(session, records.rights_written(ids))
                    records.sign_rights(session, self.sealer.keys, ids)
                appended_from = session.info.pop(audit.APPENDED, None)
                moved = roster.pending(session)
                if (appended_from is not None or moved) and self.sealer.unlocked:
                    signed_over = audit_seal.signed_head(session)
                    audit_seal.sign_head(session, self.sealer.keys, appended_from=appended_from)
                    newest = freshness.newest(session, signed_over=signed_over)
        except OperationalError as exc:
            raise translate_operational_error(exc) from None
        del self.queued_events[: len(queued)]
        freshness.remember(newest)  # once it landed: what this computer saw last

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except OperationalError as exc:
            raise translate_operational_error(exc) from None

    @property
    def actor(self) -> str:
        """Who acts: the unlocked vault user, or the OS account of an unattended run."""
        if self.user:
            return self.user
        try:
            return f"{audit.UNATTENDED}:{getpass.getuser()}"
        except (KeyError, OSError):
            return audit.UNATTENDED

    def audit(self, session: Session, action: str, candidate_id: int | None = None, **details: Any) -> None:
        if self.role is not None:
            details = {"role": self.role, **details}
        audit.append(session, self.clock.now(), self.actor, action, candidate_id, details)

    def log_reading(
        self,
        action: str,
        candidate_id: int | None = None,
        details: dict[str, Any] | None = None,
        then: Callable[[Session], None] | None = None,
    ) -> None:
        """Log a read (an unlock, a record viewed) in its own transaction, with ``then`` in it. On a full
        disk the event waits for the next write that lands: reading never fails for want of room to log
        it (the person sees ``DISK_FULL_WARNING``)."""
        details = details or {}
        try:
            with self.write() as session:
                self.audit(session, action, candidate_id, **details)
                if then is not None:
                    then(session)
        except DiskFull:
            if self.role is not None:
                details = {"role": self.role, **details}
            self.queued_events.append((self.clock.now(), self.actor, action, candidate_id, details))

    def audit_many(self, session: Session, events: Sequence[tuple[str, int | None, dict[str, Any]]]) -> None:
        """Many (action, candidate id, details) events at once (bulk loads): the same events as ``audit``."""
        if self.role is not None:
            events = [(action, cid, {"role": self.role, **details}) for action, cid, details in events]
        audit.append_many(session, self.clock.now(), self.actor, events)

    def require(self, permission: str) -> None:
        """Refuse an action the unlocked user's role does not allow (app/roles.py).

        Services call it first thing, outside any transaction (a refusal is audited in its own).
        Roles are a workflow guard, not cryptographic separation: every user holds the vault key.
        """
        if self.role is None:
            if permission in roles.UNATTENDED:
                return
            raise VaultLocked("the vault is locked: unlock it with your passphrase first")
        if not roles.allowed(self.role, permission):
            with self.write() as session:
                self.audit(session, "refused", permission=permission)
            raise Refused(
                f"user {self.user!r} ({self.role}) may not {roles.describe(permission)}; ask an admin"
            )

    # ---- locking ---------------------------------------------------------------------------

    @property
    def unlocked(self) -> bool:
        return self.sealer.unlocked

    def _pick_slot(self, session: Session, kind: str, user: str | None) -> KeySlot:
        query = select(KeySlot).where(KeySlot.kind == kind).order_by(KeySlot.id)
        slots = list(session.scalars(query))
        if user is not None:
            slots = [s for s in slots if s.user_name == user]
            if not slots:
                raise UnlockError(f"there is no user {user!r} in this vault")
        elif kind == keyslots.PASSPHRASE:
            slots.sort(key=lambda s: (s.role != ADMIN, s.id))
        if not slots:
            raise VaultUnreadable("this vault has no key slot of that kind")
        return slots[0]

    def unlock(self, passphrase: str, user: str | None = None) -> None:
        self._unlock(keyslots.PASSPHRASE, passphrase, user)

    def unlock_with_recovery_key(self, recovery_key: str) -> None:
        self._unlock(keyslots.RECOVERY, recovery_key, None)

    def _unlock(self, kind: str, secret: str, user: str | None) -> None:
        with self.read() as session:
            slot = self._pick_slot(session, kind, user)
        material = keyslots.SlotMaterial(slot.kind, slot.kdf_params, slot.verifier, slot.wrapped_key)
        try:
            vault_key = keyslots.open_slot(slot.id, material, secret)
        except UnlockError:
            self.log_reading(audit.UNLOCK_FAILED, details={"slot": slot.id})
            raise
        self.sealer.load(VaultKeys(vault_key))
        self.user, self.role, self._slot_id = slot.user_name, slot.role, slot.id
        self.log_reading("unlock", None, {"slot": slot.id, "kind": kind}, then=self._on_unlock)
        self._pin_fact_key()

    def _on_unlock(self, session: Session) -> None:
        self._sign_upgraded_vault(session)
        postings.sweep_stale(session)  # search bits a killed bulk purge left (app/search/postings.py)

    def _pin_fact_key(self) -> None:
        """Remember, on this computer, the fact key this vault's key derives (app/integrity/pins.py)."""
        public = fact_key.public_of(self.sealer.keys)
        pins.remember(self.meta("vault_id") or "", fact_key.key_id(public))

    def _sign_upgraded_vault(self, session: Session) -> None:
        """What an unlock signs. A vault from before signed facts: every candidate and purge record as
        found (trust on first unlock, audited; the pinned key id guards the unattended purge after that).
        A vault from before salted manifests: those manifests again, as they were signed, and its records
        as found. Every vault: the records of runs without a passphrase whose evidence holds, unless
        the settings or the roster of manifests fail their check."""
        keys = self.sealer.keys
        if fact_key.stored_public(session) is None and not session.scalar(select(FactManifest.candidate_id)):
            fact_key.store_public(session, keys)
            manifest.sign_all(session, keys)
            records.sign_found(session, keys)
            audit_seal.sign_anchor(session, keys)
            self.audit(session, "facts_signed_first")
            audit_seal.sign_head(session, keys, first=True)
            return
        public = fact_key.public_of(keys)
        if audit_seal.signed_before_settings(session, public):
            salted = manifest.add_salts(session, keys)
            found = records.sign_found(session, keys)
            self.audit(session, "facts_salted", manifests=salted, purge_records=found)
        if not audit_seal.roster_signed(session):
            self.audit(session, "facts_listed", manifests=manifest.enlist(session, keys))
        self._absorb_records(session)

    def _absorb_records(self, session: Session, candidate_ids: Collection[int] | None = None) -> None:
        """Sign the records of runs without a passphrase (of these candidates) whose evidence holds:
        not under settings that fail their check, nor over a roster that does (the evidence could then be
        a candidate's older signed state)."""
        if candidate_ids is not None and not candidate_ids:
            return
        keys = self.sealer.keys
        if (
            records.awaiting(session, candidate_ids)
            and audit_seal.settings_problem(session, fact_key.public_of(keys)) is None
            and audit_seal.roster_problem(session) != roster.CHANGED
        ):
            records.absorb(session, keys, stored_policy(session), candidate_ids)

    def lock(self) -> None:
        self.sealer.forget()
        if "documents" in self.__dict__:  # made: its extraction children may hold files' text
            self.documents.forget()
        self.user = self.role = None
        self._slot_id = None

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the vault key for the unlocked user's slot: the old passphrase stops working."""
        keyslots.check_passphrase_strength(new_passphrase)
        keys = self.sealer.keys
        with self.write() as session:
            slot = session.get(KeySlot, self._slot_id)
            if slot is None or slot.kind != keyslots.PASSPHRASE:
                raise InvalidInput("unlock with your passphrase (not the recovery key) to change it")
            self._fill_slot(slot, keys, new_passphrase)
            self.audit(session, "passphrase_changed", slot=slot.id)

    def reset_passphrase_with_recovery(self, user: str, new_passphrase: str) -> None:
        """After unlocking with the recovery key: give ``user`` a new passphrase."""
        keyslots.check_passphrase_strength(new_passphrase)
        keys = self.sealer.keys
        with self.write() as session:
            slot = self._pick_slot(session, keyslots.PASSPHRASE, user)
            self._fill_slot(slot, keys, new_passphrase)
            self.audit(session, "passphrase_reset", slot=slot.id)

    # ---- settings and housekeeping ---------------------------------------------------------

    def settings(self) -> Settings:
        with self.read() as session:
            return Settings(meta.value(session, "settings"))

    def set_setting(self, key: str, raw: str) -> Any:
        self.require(roles.SETTINGS)
        with self.write() as session:
            settings = Settings(meta.value(session, "settings"))
            value = settings.set(key, raw)
            meta.put(session, "settings", settings.to_json())
            self.audit(session, "setting_changed", setting=key)
            session.info[audit_seal.SETTINGS_ENDORSED] = True  # the signed head covers them again
        return value

    def meta(self, key: str) -> str | None:
        with self.read() as session:
            return meta.value(session, key)

    def history(self, candidate_id: int) -> list[dict[str, Any]]:
        """Audit events of one candidate, oldest first (no personal data: ids, actions, details)."""
        with self.read() as session:
            query = select(AuditEvent).where(AuditEvent.candidate_id == candidate_id).order_by(AuditEvent.id)
            return [
                {"at": e.at, "actor": e.actor, "action": e.action, "details": e.details}
                for e in session.scalars(query)
            ]

    def checkpoint(self) -> None:
        checkpoint(self.engine)

    def today(self) -> dt.date:
        return self.clock.today()

    def verify(self) -> VerifyReport:
        from app.verify import verify_vault

        return verify_vault(self)

    def describe(self) -> dict[str, Any]:
        return {
            "url": self.engine.url.render_as_string(hide_password=True),
            "vault_id": self.meta("vault_id"),
            "settings": json.loads(self.meta("settings") or "{}"),
        }


__all__ = ["Base", "Vault"]
