"""Users of a vault: each is a passphrase key slot with a role (see app/roles.py)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, roles
from app.crypto import keyslots
from app.errors import InvalidInput, NotFound, Refused
from app.store.models import KeySlot

if TYPE_CHECKING:
    from app.vault import Vault

MAX_NAME = 64


def check_name(name: str) -> str:
    clean = name.strip()
    if not clean or len(clean) > MAX_NAME:
        raise InvalidInput(f"a user name has 1 to {MAX_NAME} characters")
    if any(ord(ch) < 32 for ch in clean):
        raise InvalidInput("a user name cannot hold control characters")
    if clean == keyslots.RECOVERY:
        raise InvalidInput(f"{keyslots.RECOVERY!r} is reserved for the recovery key")
    if clean.lower().startswith(audit.UNATTENDED):
        # The audit log tells runs without a passphrase by this word (app/integrity/audit_seal.py).
        raise InvalidInput(f"user names beginning with {audit.UNATTENDED!r} are reserved for scheduled runs")
    return clean


def check_role(role: str) -> str:
    if role not in roles.ROLES:
        raise InvalidInput(f"role must be one of {', '.join(roles.ROLES)}")
    return role


class UserService:
    """``vault.users``. Still callable (``vault.users()`` lists them), as before it was a service."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def __call__(self) -> builtins.list[KeySlot]:
        return self.list()

    def list(self) -> builtins.list[KeySlot]:
        with self.vault.read() as session:
            query = select(KeySlot).where(KeySlot.kind == keyslots.PASSPHRASE).order_by(KeySlot.id)
            return builtins.list(session.scalars(query))

    def add(self, name: str, role: str, passphrase: str) -> None:
        """A new user with their own passphrase (a new key slot wrapping the same vault key)."""
        self.vault.require(roles.USERS)
        name, role = check_name(name), check_role(role)
        keyslots.check_passphrase_strength(passphrase)
        keys = self.vault.sealer.keys
        with self.vault.write() as session:
            if self._slot(session, name) is not None:
                raise InvalidInput(f"there is already a user {name!r}")
            slot = self.vault._add_slot(session, keys, keyslots.PASSPHRASE, passphrase, name, role)
            self.vault.audit(session, "user_added", slot=slot.id, user=name, user_role=role)

    def remove(self, name: str) -> None:
        """Delete the user's key slot; the last admin cannot be removed."""
        self.vault.require(roles.USERS)
        with self.vault.write() as session:
            slot = self._slot(session, name)
            if slot is None:
                raise NotFound(f"there is no user {name!r}")
            if slot.role == roles.ADMIN:
                # FOR UPDATE on PostgreSQL: two admins removing each other at once cannot leave none.
                admins = session.scalars(
                    select(KeySlot.id)
                    .where(KeySlot.kind == keyslots.PASSPHRASE, KeySlot.role == roles.ADMIN)
                    .with_for_update()
                ).all()
                if len(admins) <= 1:
                    raise Refused(f"{name!r} is the last admin: add another admin before removing them")
            session.delete(slot)
            self.vault.audit(session, "user_removed", slot=slot.id, user=name)

    @staticmethod
    def _slot(session: Session, name: str) -> KeySlot | None:
        query = select(KeySlot).where(KeySlot.kind == keyslots.PASSPHRASE, KeySlot.user_name == name)
        return session.scalars(query).first()
