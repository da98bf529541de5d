"""Errors a user can meet, each with a one-line message and the CLI exit code it maps to.

Messages never hold personal data: they name ids, fields and files, never values.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base of every error that is shown to the user as one line."""

    exit_code = 1


class UsageError(VaultError):
    exit_code = 2


class UnlockError(VaultError):
    """Wrong passphrase or recovery key, or a vault that cannot be read at all."""

    exit_code = 3


class VaultUnreadable(UnlockError):
    pass


class SchemaTooNew(VaultUnreadable):
    pass


class VaultBusy(VaultError):
    exit_code = 4


class DiskFull(VaultError):
    """The disk (or the database server's) has no room left: the transaction was rolled back whole."""


class VaultLocked(VaultError):
    exit_code = 3


class NotFound(VaultError):
    pass


class Damaged(VaultError):
    """A ciphertext or wrapped key failed its integrity check."""


class InvalidInput(VaultError):
    pass


class Conflict(VaultError):
    """Somebody else saved the same record first (optimistic locking).

    ``pending`` keeps the refused changes (in memory only, never in the message) so that the user can
    reload the record and apply them again; ``record_id`` names the record.
    """

    def __init__(
        self, message: str, *, record_id: int | None = None, pending: dict[str, str | None] | None = None
    ) -> None:
        super().__init__(message)
        self.record_id = record_id
        self.pending = dict(pending or {})


class Refused(VaultError):
    """The action is not allowed in the record's current state (held, restricted, ...)."""
