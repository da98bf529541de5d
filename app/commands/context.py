"""What every command needs: the vault (opened lazily), secrets from files, env or a prompt."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app.clock import SystemClock
from app.config import PASSPHRASE_ENV, default_vault_location
from app.errors import UsageError, VaultError

if TYPE_CHECKING:
    from app.vault import Vault

# Nothing heavy is imported at the top of a command module (SQLAlchemy, the vault, its services): the
# parser is built, and --help answers, before any of it loads; each command imports what it runs.

T = TypeVar("T")


def read_secret_file(path: str, what: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read the {what} file {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise UsageError(f"the {what} file {path} is not UTF-8 text") from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise UsageError(f"the {what} file {path} is empty")
    return lines[0]


def parse_date(raw: str, what: str = "date") -> dt.date:
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise UsageError(f"{what} must be a date as YYYY-MM-DD, got {raw!r}") from None


class CommandContext:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.clock = SystemClock()
        self._vault: Vault | None = None

    @property
    def location(self) -> str:
        """The vault as given (file or URL): safe to print, holds no looked-up password."""
        return str(self.args.vault or default_vault_location())

    def open_location(self, location: str | None = None) -> str:
        """``location`` (default: the vault) with its database password, for opening only."""
        from app.store import credentials

        return credentials.with_password(location or self.location)

    def database_retry(self, location: str, exc: VaultError) -> str | None:
        """After a refused connection: ask the database password in a terminal, else give up."""
        from app.store import credentials

        if not (credentials.needs_lookup(location) and credentials.asks_for_password(str(exc))):
            return None
        if not sys.stdin.isatty():
            raise UsageError(
                f"the database asks for a password: set {credentials.DB_PASSWORD_ENV}, store it in the "
                "OS keyring (see README), or run the command in a terminal"
            ) from None
        password = getpass.getpass(f"Database password for {credentials.display(location)}: ")
        return credentials.with_password(location, password)

    def connect(self, action: Callable[[str], T], location: str | None = None) -> T:
        """Run ``action(location with password)``, asking the database password once if refused."""
        target = self.open_location(location)
        try:
            return action(target)
        except VaultError as exc:
            retry = self.database_retry(target, exc)
            if retry is None:
                raise
            return action(retry)

    def vault(self) -> Vault:
        """The vault, opened but locked (enough for retention facts)."""
        from app.vault import Vault

        if self._vault is None:
            self._vault = self.connect(
                lambda location: Vault.open(location, self.clock, on_upgrade=_tell_upgrade)
            )
            self._vault.trusted_fact_key = getattr(self.args, "trust", None)
            settings_tz = self._vault.settings().get("retention.timezone")
            self.clock.tz = settings_tz
        return self._vault

    def unlocked_vault(self) -> Vault:
        vault = self.vault()
        if not vault.unlocked:
            if self.args.recovery_key_file:
                vault.unlock_with_recovery_key(read_secret_file(self.args.recovery_key_file, "recovery key"))
            else:
                vault.unlock(self.passphrase(), self.args.user)
            if vault.queued_events:
                from app.vault import DISK_FULL_WARNING

                print(f"candidate-vault: warning: {DISK_FULL_WARNING}", file=sys.stderr)
        return vault

    def passphrase(self, *, confirm: bool = False, prompt: str = "Passphrase: ") -> str:
        if self.args.passphrase_file:
            return read_secret_file(self.args.passphrase_file, "passphrase")
        from_env = os.environ.get(PASSPHRASE_ENV)
        if from_env:
            return from_env
        if not sys.stdin.isatty():
            raise UsageError(
                f"no passphrase: give --passphrase-file FILE or set {PASSPHRASE_ENV}, "
                "or run the command in a terminal"
            )
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat the passphrase: ") != first:
            raise UsageError("the two passphrases differ; nothing was changed")
        return first

    def set_vault(self, vault: Vault) -> None:
        self._vault = vault

    def close(self) -> None:
        if self._vault is not None:
            self._vault.close()
            self._vault = None


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _tell_upgrade(backup: Path | None) -> None:
    kept = f"; the old file is kept as {backup}" if backup is not None else ""
    print(f"candidate-vault: upgrading the vault to this version's format{kept}", file=sys.stderr, flush=True)
