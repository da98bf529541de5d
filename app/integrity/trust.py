"""Which public key checks the facts: the one the vault key derives, or, locked, the pinned one.

Unlocked, the key is derived (nothing stored can fool it). Locked, as the scheduled purge runs, only the
public key stored in the vault is at hand; ``--trust KEYID``, or else the key id this computer pinned when
the vault was last unlocked here (``pins.py``), pins it from outside the file, so that a re-signed vault
(the stored key replaced) is refused instead of believed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.errors import Refused
from app.integrity import audit_seal, fact_key, freshness, pins
from app.store import meta

if TYPE_CHECKING:
    from app.vault import Vault

UNSIGNED = (
    "the vault's facts are not signed yet (a vault from an older version): unlock it once "
    "(the app, or any command with the passphrase), then run this again"
)


def checking_key(vault: Vault, session: Session) -> bytes:
    """The public key to check the facts with; Refused when there is none to trust."""
    if vault.sealer.unlocked:
        return fact_key.public_of(vault.sealer.keys)
    stored = fact_key.stored_public(session)
    if stored is None:
        raise Refused(UNSIGNED)
    pinned, where = vault.trusted_fact_key, ""
    if pinned is None:
        pinned = pins.pinned(meta.value(session, "vault_id") or "")
        where = " (pinned on this computer when the vault was last unlocked here)"
    if pinned is not None and fact_key.key_id(stored) != pinned.strip().lower():
        raise Refused(
            f"the vault's fact key is {fact_key.key_id(stored)}, not the trusted {pinned}{where}: its facts "
            "may have been re-signed by someone else; nothing was done (run 'verify' with the passphrase)"
        )
    return stored


def require_trusted_vault(session: Session, public: bytes) -> None:
    """Refuse a purge by the rules while the settings (the retention periods) fail their check, or the
    roster of manifests does: some candidate's facts may then be an older signed state, and which one
    is not known."""
    problem = (
        audit_seal.settings_problem(session, public)
        or audit_seal.roster_problem(session)
        or freshness.problem(session)
    )
    if problem is not None:
        raise Refused(f"{problem}: nothing was purged (run 'verify' with the passphrase)")
