"""Issue 9: the UI in Dutch and French shows no English source string on the main screens.

The .qm files are built from the .ts sources first (the same step as ``python -m app.ui.i18n_build``).
A visible text counts as untranslated when it matches an English source string (placeholders like {0}
and %n match anything) whose translation in that language differs from the English.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QTabWidget,
    QWidget,
)

from app.retention.purge import PurgePreview
from app.ui import i18n_build
from app.ui.main import application
from app.ui.purge_dialogs import ConfirmErasureDialog, ConfirmPurgeDialog
from app.ui.rights_page import RegisterRequestDialog
from app.ui.settings_dialog import SettingsDialog
from app.ui.window import MainWindow
from app.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock
from tests.gui.retention_data import seed


@pytest.fixture(scope="session", autouse=True)
def built_translations() -> list[Path]:
    return i18n_build.build()


def untranslatable(lang: str) -> list[re.Pattern[str]]:
    """Patterns of the English sources that the language really translates (differently)."""
    tree = ET.parse(i18n_build.ts_file(lang))
    patterns = []
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
        translated = forms or [(tr.text or "") if tr is not None else ""]
        if all(t == source for t in translated):
            continue  # the same word in both languages ("Documents", "CandidateVault")
        parts = re.split(r"(\{\d+\}|%n)", source)
        regex = "".join(".+" if p in ("%n",) or re.fullmatch(r"\{\d+\}", p) else re.escape(p) for p in parts)
        patterns.append(re.compile(regex, re.S))
    return patterns


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a user reads in ``root`` and its children."""
    yield "title", root.windowTitle()
    for w in [root, *root.findChildren(QWidget)]:
        name = f"{type(w).__name__}:{w.objectName()}"
        if isinstance(w, (QLabel, QAbstractButton)):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QLineEdit):
            yield name, w.placeholderText()
        elif isinstance(w, QComboBox) and w.objectName() != "languageChoice":
            for i in range(w.count()):
                yield name, w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield name, w.tabText(i)
        elif isinstance(w, QMenu):
            yield name, w.title()
            for action in w.actions():
                yield name, action.text()
        if isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w, QListView):
            model = w.model()
            for col in range(model.columnCount()):
                yield name, str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        if w.toolTip():
            yield name + ".toolTip", w.toolTip()


def english_left(root: QWidget, lang: str) -> list[tuple[str, str]]:
    patterns = untranslatable(lang)
    found = []
    for where, text in texts(root):
        for line in text.split("\n"):
            if line and any(p.fullmatch(line) for p in patterns):
                found.append((where, line))
    return found


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_main_screens_have_no_english_left(qtbot, lang: str, vault: Vault, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    seed(vault)
    vault.lock()
    application(lang)
    try:
        win = MainWindow(str(vault_path), vault)
        qtbot.addWidget(win)
        win.show()
        unlock(qtbot, win, PASSPHRASE)
        dashboard = win.workspace.pages["dashboard"]
        qtbot.waitUntil(lambda: dashboard.data is not None and not dashboard.busy, timeout=20_000)
        problems = english_left(win, lang)
        for menu in win.menuBar().findChildren(QMenu):
            problems += english_left(menu, lang)
        bulk = win.workspace.pages["bulk_purge"]
        with qtbot.waitSignal(bulk.loaded, timeout=20_000):
            win.bulk_purge_action.trigger()
        problems += english_left(win, lang)
        win.workspace.show_page("list")
        problems += english_left(win, lang)
        rights = win.workspace.pages["rights"]
        with qtbot.waitSignal(rights.loaded, timeout=20_000):
            win.rights_action.trigger()
        problems += english_left(win, lang)  # the register with its per-kind action buttons
        preview = PurgePreview(1, "Zoë", "Peeters", documents=2, notes=1, correspondence=0)
        dialogs = [ConfirmPurgeDialog(8, win), SettingsDialog(win.vault, win)]
        dialogs.append(ConfirmErasureDialog(preview, win))
        dialogs.append(RegisterRequestDialog(win.vault, win.worker, 0, win))
        for dialog in dialogs:
            problems += english_left(dialog, lang)
            dialog.deleteLater()
        # The English is really gone, not just unmatched: a known word is translated.
        assert win.menuBar().actions()[0].text() == {"nl": "&Bestand", "fr": "&Fichier"}[lang]
        assert not problems, problems
        win.close()
    finally:
        application("en")
