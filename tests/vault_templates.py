"""Fresh vaults by copying: ``Vault.create`` costs two Argon2id derivations at 64 MiB and the schema's
migrations (~0.5 s); a copy of a vault made once per session costs a file copy (~0.02 s).

A copy is the vault ``Vault.create`` would have made with the same clock, unlocked as ``create`` leaves it,
except that every copy shares the template's random parts (vault id, keys, salts). No test that takes the
``vault`` fixture compares two such vaults; tests of creation itself call ``Vault.create``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from app import roles
from app.clock import Clock
from app.crypto.keys import VaultKeys
from app.vault import Vault


class VaultTemplates:
    def __init__(self, folder: Path, passphrase: str) -> None:
        self.folder = folder
        self.passphrase = passphrase
        self._made: dict[str, tuple[Path, bytes]] = {}  # clock reading -> (template file, vault key)

    def fresh(self, path: Path, clock: Clock) -> Vault:
        """A new vault at ``path``, created (as far as anyone can tell) by ``clock``, unlocked as admin."""
        template, vault_key = self._template(clock)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # as make_engine makes them
        shutil.copy(template, path)  # with its mode: owner only
        vault = Vault.open(path, clock=clock)
        vault.sealer.load(VaultKeys(vault_key))
        vault.user, vault.role = roles.ADMIN, roles.ADMIN  # what Vault.create leaves
        return vault

    def _template(self, clock: Clock) -> tuple[Path, bytes]:
        stamp = clock.now().isoformat()
        if stamp not in self._made:
            template = self.folder / f"template-{len(self._made)}.sqlite3"
            vault, _ = Vault.create(template, self.passphrase, clock=clock)
            vault_key = vault.sealer.keys.vault_key
            vault.close()  # the last connection: SQLite folds the WAL back into the file
            assert not template.with_name(template.name + "-wal").exists()
            self._made[stamp] = (template, vault_key)
        return self._made[stamp]
