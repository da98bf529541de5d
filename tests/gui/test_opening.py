"""Opening a vault an older version made: upgraded off the GUI thread, with a dialog saying so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog

from app.errors import VaultUnreadable
from app.store.schema import current_revision, head_revision
from app.ui.opening import open_vault
from app.vault import Vault
from tests.conftest import PASSPHRASE, downgrade


def progress_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]


def test_an_older_vault_is_upgraded_with_a_dialog_saying_so(qtbot, vault: Vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = vault.candidates.add(first_name="Jan", last_name="Janssens")
    vault.close()
    downgrade(f"sqlite:///{vault_path}", "0001")

    opened = open_vault(str(vault_path))
    try:
        # Shown while the upgrade ran, closed since (deleted at the next turn of the event loop).
        [dialog] = progress_dialogs()
        assert (
            "Upgrading the vault" in dialog.labelText()
            and "vault.sqlite3.before-0001.bak" in dialog.labelText()
        )
        assert not dialog.isVisible()
        assert current_revision(opened.engine) == head_revision()
        opened.unlock(PASSPHRASE)
        assert opened.search.candidate_ids(["janssens"]) == [cid]
    finally:
        opened.close()
    qtbot.waitUntil(lambda: not progress_dialogs())


def test_a_current_vault_opens_without_a_dialog(vault: Vault, vault_path: Path) -> None:
    vault.close()
    opened = open_vault(str(vault_path))
    opened.close()
    assert progress_dialogs() == []


def test_an_unreadable_file_raises_the_vault_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"not a database" * 100)
    with pytest.raises(VaultUnreadable):
        open_vault(str(bogus))
