"""Desktop entry point: the QApplication set-up and the main window."""

from __future__ import annotations

import gc
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.clock import Clock
from app.errors import VaultError
from app.vault import Vault

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
ICON = RESOURCES / "icons" / "candidate-vault.svg"
TRANSLATIONS = RESOURCES / "translations"
DEMO_PASSPHRASE = "demo vault passphrase"
DEMO_COUNT = 200


def application(lang: str | None = None) -> QApplication:
    """The one QApplication: names for QSettings, icon, translators. Dark mode: Qt 6.5+ follows the
    OS colour scheme by itself; our widgets use palette roles only, so they follow along."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv)
    # The GUI thread must get the GIL back quickly while the vault worker decrypts (default 5 ms).
    sys.setswitchinterval(0.001)
    # Everything imported so far lives as long as the app: keep it out of the GC's full
    # collections, which otherwise pause the event loop for ~0.2 s each.
    gc.freeze()
    assert isinstance(app, QApplication)
    app.setOrganizationName("CandidateVault")
    app.setOrganizationDomain("candidatevault.example")
    app.setApplicationName("CandidateVault")
    app.setApplicationDisplayName("CandidateVault")
    app.setDesktopFileName("candidate-vault")
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    if lang is None:
        from app.ui.settings_dialog import language_override

        lang = language_override() or None  # the Settings dialog's choice beats the OS language
    from app.ui.i18n_build import ensure_built

    ensure_built()  # a source checkout builds its .qm files from the .ts sources
    install_translators(app, lang)
    from app.ui.documents_tab import ExternalCopies

    app.aboutToQuit.connect(ExternalCopies.delete_all)
    return app


def install_translators(app: QApplication, lang: str | None = None) -> None:
    locale = QLocale(lang) if lang else QLocale.system()
    if lang:
        QLocale.setDefault(locale)
    for old in getattr(app, "_cv_translators", []):
        app.removeTranslator(old)
    installed = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, "candidatevault", "_", str(TRANSLATIONS)):  # .qm built from the .ts sources
        app.installTranslator(ours)
        installed.append(ours)
    app._cv_translators = installed  # type: ignore[attr-defined]


def make_demo_vault(folder: Path, count: int = DEMO_COUNT, clock: Clock | None = None) -> tuple[Vault, str]:
    """A throwaway vault with synthetic candidates dated around today; returned unlocked."""
    from app.ui import adapters

    location = str(folder / "demo-vault.sqlite3")
    vault, _recovery = Vault.create(location, DEMO_PASSPHRASE, clock=clock)
    adapters.fill_demo(vault, count)
    from app.ui.demo_retention import add_retention_facts

    add_retention_facts(vault)  # issue 9: something due, expiring and requested for the dashboard
    return vault, location


def run(location: str, demo: bool = False) -> int:
    app = application()
    from app.ui.opening import open_vault
    from app.ui.window import MainWindow

    demo_dir: Path | None = None
    try:
        if demo:
            demo_dir = Path(tempfile.mkdtemp(prefix="candidate-vault-demo-"))
            vault, location = make_demo_vault(demo_dir)
            window = MainWindow(location)
            window.demo_passphrase = DEMO_PASSPHRASE  # shown in the title, to unlock after a lock
            window.adopt(vault, location)  # the demo starts unlocked
        else:
            vault_or_none = None
            path = Path(location)
            if "://" in location or (path.exists() and path.stat().st_size > 0):
                try:
                    vault_or_none = open_vault(location)
                except VaultError as exc:
                    QMessageBox.critical(None, app.translate("Main", "CandidateVault"), str(exc))
                    return 3
            window = MainWindow(location, vault_or_none)
        window.show()
        gc.freeze()  # the window's long-lived objects too (see application())
        code = int(app.exec())
        if window.vault is not None:
            window.vault.close()
        return code
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
