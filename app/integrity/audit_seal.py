"""The audit log's two pointers, signed: the anchor left by pruning and the newest event of a session.

The signed head also covers the vault's settings (their SHA-256): the retention periods and ``on_due``
decide purges, and they are stored in clear. Settings changed outside the app fail that check: ``verify``
names it, every purge by the rules refuses to run, and no later session signs over it, until an admin
saves the settings again (``set_setting``: they endorse what they see).

The chain itself is a plain hash chain, so that the unattended purge can append to it; anyone who can
write the file can therefore rebuild it from any point. Two signed pointers (fact key) pin it down:
the anchor, signed when an admin prunes, so that a forged anchor cannot hide deleted old events; and the
signed head, moved at the end of every unlocked transaction that logged something, so that the events
up to it cannot be cut off. Events appended unattended after the last signed head are covered by the
next unlocked session's head.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.crypto.keys import VaultKeys
from app.integrity import fact_key, manifest, muhash, roster
from app.store import meta
from app.store.engine import lock_shared_writes
from app.store.models import AuditEvent

SIGNED_HEAD = "audit_signed_head"
MEMBERS = "muhash"  # in the signed head (v4): the roster's MuHash, as a fraction
LEGACY_ROSTER = "roster"  # in a signed head v3: the roster's sum
SETTINGS_ENDORSED = "settings_endorsed"  # in session.info: an admin saved the settings in this transaction
SETTINGS_CHANGED = "settings: changed outside the app since they were signed"
SETTINGS_UNSIGNED = (
    "settings: not signed yet (a vault from an older version): unlock it once (the app, or any command "
    "with the passphrase)"
)


def _message(
    kind: str,
    event_id: int,
    digest: str,
    settings: str | None,
    legacy_roster: str | None = None,
    members: str | None = None,
) -> bytes:
    if settings is None:  # the anchor, and a head signed before the settings were (an older vault)
        return f"candidate-vault/audit-{kind}/v1|{event_id}|{digest}".encode()
    if members is not None:  # the roster's MuHash
        return f"candidate-vault/audit-{kind}/v4|{event_id}|{digest}|{settings}|{members}".encode()
    if legacy_roster is None:  # a head signed before the roster was
        return f"candidate-vault/audit-{kind}/v2|{event_id}|{digest}|{settings}".encode()
    return f"candidate-vault/audit-{kind}/v3|{event_id}|{digest}|{settings}|{legacy_roster}".encode()


def settings_digest(session: Session) -> str:
    return hashlib.sha256((meta.value(session, "settings") or "").encode()).hexdigest()


def _pointer(session: Session, key: str) -> dict[str, object] | None:
    stored = meta.value(session, key)
    if stored is None:
        return None
    try:
        data = json.loads(stored)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _signed(
    keys: VaultKeys,
    kind: str,
    event_id: int,
    digest: str,
    settings: str | None = None,
    members: str | None = None,
    *,
    legacy_roster: str | None = None,
) -> dict[str, object]:
    """A pointer, signed. ``members``: the roster's MuHash (head v4); ``legacy_roster``: its sum, as
    heads signed it before (v3: only tests make one now)."""
    message = _message(kind, event_id, digest, settings, legacy_roster, members)
    signature = fact_key.signing_key(keys).sign(message)
    pointer: dict[str, object] = {"id": event_id, "hash": digest, "sig": signature.hex()}
    if settings is not None:
        pointer["settings"] = settings
    if members is not None:
        pointer[MEMBERS] = members
    if legacy_roster is not None:
        pointer[LEGACY_ROSTER] = legacy_roster
    return pointer


def sign_head(
    session: Session, keys: VaultKeys, *, first: bool = False, appended_from: int | None = None
) -> None:
    """Move the signed head to the newest event, unless the old one no longer fits the chain: signing
    on would hide a cut, so the evidence stays until ``verify`` is read. ``first``: a new or upgraded
    vault, which has no signed head yet. ``appended_from``: the first event of this transaction.
    The settings' digest is the one signed before, unless an admin saved them in this transaction; the
    roster is the one signed before, moved by this transaction's own changes (app/integrity/roster.py).
    Both carried over, what changed outside the app stays visible."""
    lock_shared_writes(session)  # the old head read below is the newest: writers sign one at a time
    head = audit.head(session)
    change = roster.take(session)
    if head is None:
        return
    settings = settings_digest(session)
    members: muhash.Fraction | None = None
    if not first:
        public = fact_key.public_of(keys)
        if _head_problem(session, public, before=appended_from):
            return
        old = _pointer(session, SIGNED_HEAD) or {}
        if "settings" in old and not session.info.get(SETTINGS_ENDORSED):
            settings = str(old["settings"])
        members = _carried_roster(session, public, old, change)
    if members is None:  # a new vault, or the first head since the roster (trust on this unlock)
        members = muhash.Fraction(roster.current(session))
    audit.set_meta(session, SIGNED_HEAD, _signed(keys, "head", *head, settings, members.encode()))


def _carried_roster(
    session: Session, public: bytes, old: dict[str, object], change: list[roster.Item]
) -> muhash.Fraction | None:
    """The roster's hash for the new head: the old head's, moved by this transaction's changes. A head
    v3's sum is checked the same way, then the roster is listed by the manifests' messages (a sum that
    fails leaves a hash no rows have: the finding stays). None: a head from before the roster."""
    if MEMBERS in old:
        signed = muhash.Fraction.decode(old[MEMBERS])
        return roster.BROKEN if signed is None else roster.moved(signed, change)
    if LEGACY_ROSTER in old:
        legacy = roster.legacy_decode(old[LEGACY_ROSTER])
        holds = legacy is not None and roster.legacy_current(session) == roster.legacy_moved(legacy, change)
        manifest.relist(session, public)
        return muhash.Fraction(roster.current(session)) if holds else roster.BROKEN
    return None


def sign_anchor(session: Session, keys: VaultKeys) -> None:
    anchor = audit.anchor(session)
    if anchor is not None:
        audit.set_meta(session, audit.ANCHOR_KEY, _signed(keys, "anchor", *anchor))


def signed_head(session: Session) -> tuple[int, str] | None:
    """(event id, hash) of the signed head, as stored (its signature is ``problems``'s to check)."""
    head = _pointer(session, SIGNED_HEAD) or {}
    try:
        return int(str(head["id"])), str(head["hash"])
    except (KeyError, ValueError):
        return None


def _verifies(public: bytes, kind: str, pointer: dict[str, object]) -> bool:
    try:
        event_id, digest, signature = (
            int(str(pointer["id"])),
            str(pointer["hash"]),
            bytes.fromhex(str(pointer["sig"])),
        )
    except (KeyError, ValueError):
        return False
    settings, legacy, members = pointer.get("settings"), pointer.get(LEGACY_ROSTER), pointer.get(MEMBERS)
    message = _message(
        kind,
        event_id,
        digest,
        None if settings is None else str(settings),
        None if legacy is None else str(legacy),
        None if members is None else str(members),
    )
    return fact_key.verifies(public, signature, message)


def _settings_changed(session: Session) -> bool:
    """The signed head covers other settings than the vault holds, and no admin saved them just now."""
    head = _pointer(session, SIGNED_HEAD)
    if head is None or "settings" not in head or session.info.get(SETTINGS_ENDORSED):
        return False
    return head["settings"] != settings_digest(session)


def covers_settings(public: bytes, head_json: str | None, settings_json: str | None) -> bool:
    """Whether a signed head (raw, as stored) holds and covers exactly these settings (raw, as stored)."""
    try:
        head = json.loads(head_json) if head_json else None
    except ValueError:
        return False
    if not isinstance(head, dict) or not _verifies(public, "head", head):
        return False
    return head.get("settings") == hashlib.sha256((settings_json or "").encode()).hexdigest()


def signed_before_settings(session: Session, public: bytes) -> bool:
    """The signed head holds, and dates from before it covered the settings: this is the first unlock
    since the vault was upgraded to authenticated settings and purge records."""
    head = _pointer(session, SIGNED_HEAD)
    return (
        head is not None
        and "settings" not in head
        and _verifies(public, "head", head)
        and _head_problem(session, public, before=session.info.get(audit.APPENDED)) is None
    )


def settings_problem(session: Session, public: bytes) -> str | None:
    """Why the settings cannot decide a purge, or None when their signature holds."""
    head = _pointer(session, SIGNED_HEAD)
    if head is None or not _verifies(public, "head", head):
        return "settings: not authenticated (the audit log's signed head is missing or forged)"
    if "settings" not in head:
        return SETTINGS_UNSIGNED
    return SETTINGS_CHANGED if _settings_changed(session) else None


def roster_signed(session: Session) -> bool:
    """Whether the signed head holds the roster (a vault from before the roster does not, till its
    first unlock since)."""
    head = _pointer(session, SIGNED_HEAD)
    return head is not None and (MEMBERS in head or LEGACY_ROSTER in head)


def roster_problem(session: Session) -> str | None:
    """Why the manifests the vault holds are not the signed ones, or None (the head's own signature is
    ``settings_problem``'s check, made first). A head v3's sum that holds is ``roster.OLDER``: the next
    unlock lists the roster anew; till then, a manifest's own signature is all that vouches for it."""
    head = _pointer(session, SIGNED_HEAD) or {}
    if MEMBERS in head:
        signed = muhash.Fraction.decode(head[MEMBERS])
        return None if signed is not None and signed.equals(roster.current(session)) else roster.CHANGED
    if LEGACY_ROSTER in head:
        holds = roster.legacy_decode(head[LEGACY_ROSTER]) == roster.legacy_current(session)
        return roster.OLDER if holds else roster.CHANGED
    return roster.UNSIGNED


def problems(session: Session, public: bytes) -> list[str]:
    """What is wrong with the pointers (the chain between them is ``audit.verify_chain``'s job)."""
    found = []
    anchor = _pointer(session, audit.ANCHOR_KEY)
    if anchor is not None and not _verifies(public, "anchor", anchor):
        found.append("audit anchor: forged (its signature fails): old events may have been deleted")
    head_problem = _head_problem(session, public)
    if head_problem:
        found.append(head_problem)
    else:
        if _settings_changed(session):
            found.append(SETTINGS_CHANGED)
        if roster_problem(session) == roster.CHANGED:
            found.append(roster.CHANGED)
    return found


def _head_problem(session: Session, public: bytes, before: int | None = None) -> str | None:
    """What is wrong with the signed head; ``before``: the events from this id on are the caller's own."""
    head = _pointer(session, SIGNED_HEAD)
    if head is None:
        if session.scalar(select(AuditEvent.id).limit(1)) is not None:
            return "audit log: its signed head is missing: the newest events may have been cut off"
        return None
    if not _verifies(public, "head", head):
        return "audit log: its signed head is forged (its signature fails)"
    event_id, digest = int(str(head["id"])), str(head["hash"])
    pruned_to = audit.anchor(session)
    if pruned_to is not None and event_id <= pruned_to[0]:
        return None
    if session.scalar(select(AuditEvent.hash).where(AuditEvent.id == event_id)) != digest:
        return f"audit log: event {event_id}, signed as the newest of a session, is missing or changed"
    # Every session with the passphrase signs the head over its own events, so only unattended runs log
    # after it: a user's event there means the head was put back to an older one (with its settings).
    later = select(AuditEvent.id).where(
        AuditEvent.id > event_id, ~AuditEvent.actor.startswith(audit.UNATTENDED)
    )
    if before is not None:
        later = later.where(AuditEvent.id < before)
    user_event = session.scalar(later.order_by(AuditEvent.id).limit(1))
    if user_event is not None:
        return (
            f"audit log: event {user_event}, of a session with the passphrase, comes after the signed head: "
            "the head was put back to an older one"
        )
    return None
