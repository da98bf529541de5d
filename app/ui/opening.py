"""Opening a vault off the GUI thread: a vault made by an older version is upgraded first, which takes
about 40 s at 100,000 candidates, so the user sees why the window is not there yet instead of a frozen app."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from app.vault import Vault


class _Opener(QObject):
    upgrading = Signal(object)  # the old file's copy (a Path), or None (PostgreSQL)
    done = Signal()


def upgrade_dialog(backup: Path | None, parent: QWidget | None = None) -> QProgressDialog:
    """A busy dialog without Cancel: a schema upgrade is one transaction and cannot stop halfway."""
    text = QApplication.translate(
        "Opening", "Upgrading the vault to this version's format. On a large vault this takes a minute."
    )
    if backup is not None:
        kept = QApplication.translate("Opening", "The old file is kept as {name}.")
        text += "\n" + kept.format(name=backup.name)
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle(QApplication.translate("Opening", "Opening the vault"))
    dialog.setCancelButton(None)  # no button
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    return dialog


def open_vault(location: str, parent: QWidget | None = None) -> Vault:
    """``Vault.open`` in a thread while the event loop runs; raises what it raises."""
    opener = _Opener()
    outcome: dict[str, Any] = {}
    dialogs: list[QProgressDialog] = []

    def work() -> None:
        try:
            outcome["vault"] = Vault.open(location, on_upgrade=opener.upgrading.emit)
        except BaseException as exc:  # handed to the GUI thread below
            outcome["error"] = exc
        finally:
            opener.done.emit()

    def show_upgrade(backup: Path | None) -> None:
        dialogs.append(upgrade_dialog(backup, parent))
        dialogs[-1].show()

    loop = QEventLoop()
    opener.upgrading.connect(show_upgrade)  # queued: emitted on the opening thread
    opener.done.connect(loop.quit)
    thread = threading.Thread(target=work, name="open-vault", daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    for dialog in dialogs:
        dialog.close()
        dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    vault: Vault = outcome["vault"]
    return vault
