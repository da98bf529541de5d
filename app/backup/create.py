"""``vault.backups.create(OUT)``: one encrypted file holding a consistent snapshot of the vault."""

from __future__ import annotations

import contextlib
import os
import secrets
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from app import __version__, roles
from app.backup import rotation, snapshot
from app.backup.fileformat import SUFFIX, BackupWriter, slot_to_json
from app.crypto.keyslots import SlotMaterial
from app.errors import InvalidInput
from app.store.models import KeySlot
from app.store.schema import current_revision

if TYPE_CHECKING:
    from app.vault import Vault

SLOTS = KeySlot.__table__


@dataclass
class BackupResult:
    path: Path
    records: int  # table headers and rows in the file
    deleted: list[Path] = field(default_factory=list)


class BackupService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def create(self, out: Path) -> BackupResult:
        """Write a backup to ``out`` (a new file, or a folder to put a dated one in), then delete
        the expired backups of this vault in that folder (settings backup.keep_last/keep_days)."""
        vault = self.vault
        vault.require(roles.BACKUP)
        keys = vault.sealer.keys
        now = vault.clock.now()
        target = out / f"candidate-vault-{now:%Y%m%d-%H%M%S}{SUFFIX}" if out.is_dir() else out
        if target.exists():
            raise InvalidInput(f"{target} already exists; a backup never overwrites a file")
        if not target.parent.is_dir():
            raise InvalidInput(f"there is no folder {target.parent}")
        vault_id = vault.meta("vault_id") or ""
        partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
        records = 0
        try:
            # Only ciphertext ever reaches the disk: the partial file is renamed once complete.
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle, snapshot.snapshot(vault.engine) as conn:
                header = {
                    "format": 1,
                    "vault_id": vault_id,
                    "created_at": now.isoformat(),
                    "schema": current_revision(vault.engine),
                    "app_version": __version__,
                    "backend": vault.engine.dialect.name,
                    "slots": [
                        slot_to_json(
                            s.id,
                            s.kind,
                            s.user_name,
                            s.role,
                            SlotMaterial(s.kind, s.kdf_params, s.verifier, s.wrapped_key),
                        )
                        for s in conn.execute(select(SLOTS).order_by(SLOTS.c.id))
                    ],
                }
                writer = BackupWriter(handle, keys, header)
                packer = zlib.compressobj(6)
                for line in snapshot.lines(conn):
                    records += 1
                    writer.write(packer.compress(line))
                writer.write(packer.flush())
                writer.close()
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(partial, target)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                partial.unlink()
            if isinstance(exc, OSError):  # a full disk, a removed stick: one line, and no file left
                raise InvalidInput(
                    f"cannot write the backup in {target.parent}: {exc.strerror or type(exc).__name__}; "
                    "no backup was made"
                ) from None
            raise
        settings = vault.settings()
        doomed = rotation.expired(
            rotation.backups_of(target.parent, vault_id),
            now,
            settings.get("backup.keep_last"),
            settings.get("backup.keep_days"),
            keep=target,
        )
        for path in doomed:
            path.unlink(missing_ok=True)
        with vault.write() as session:
            vault.audit(session, "backup_made", file=target.name, expired_deleted=len(doomed))
        return BackupResult(target, records, doomed)
