"""``python -m app.ui.screenshots OUTDIR [--lang en|nl|fr]``: PNGs of the main screens, offscreen.

Runs on a throwaway demo vault in a temp folder (deleted afterwards); nothing touches the user's vault.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CANDIDATE_VAULT_KDF_SECONDS", "0.05")

from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.ui.main import DEMO_PASSPHRASE, application, make_demo_vault
from app.ui.window import MainWindow
from app.vault import Vault

SIZE = (1200, 720)


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not get ready in time")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def shoot(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(path)


def _sample_records(vault: Vault, candidate_id: int, folder: Path) -> None:
    """A note, two messages and a PDF CV for the detail tabs' screenshots (the demo data has none)."""
    from app.demo_files import pdf_bytes

    cv = folder / "curriculum-vitae.pdf"
    cv.write_bytes(
        pdf_bytes(
            [
                "Accountant with eight years in consolidation, IFRS reporting and SQL.",
                "2019-2026 Senior accountant, a logistics group in Antwerp.",
                "2016-2019 Accountant, an audit firm in Ghent. Master in Applied Economics, UGent.",
            ],
            title="Curriculum vitae",
        )
    )
    vault.documents.add(candidate_id, cv, "cv")
    cv.unlink()
    procedures = vault.retention.procedures(candidate_id)
    vault.notes.add(
        candidate_id,
        "Strong on consolidation and SQL; wants to grow into a team lead role.\nSecond interview: yes.",
        procedure_id=procedures[-1][0] if procedures else None,
    )
    add = vault.correspondence.add
    add(candidate_id, direction="out", channel="email", subject="Invitation to an interview", body="Dear …")
    add(candidate_id, direction="in", channel="phone", subject="Called to confirm the date")


def _document_and_history(window: MainWindow, out: Path, lang: str) -> None:
    """A PDF rendered in the documents tab (page 1), and the history in words."""
    assert window.workspace is not None
    detail = window.workspace.detail
    documents = detail.documents
    detail.tabs.setCurrentWidget(documents)
    pdfs = [i for i, doc in enumerate(documents.rows) if doc.file_name.lower().endswith(".pdf")]
    if pdfs:
        documents.table.setCurrentCell(pdfs[0], 0)
        wait_until(lambda: documents.preview.pdf.page is not None)
        shoot(window, out / f"pdf-preview-{lang}.png")
    detail.tabs.setCurrentWidget(detail.history)
    shoot(window, out / f"history-{lang}.png")


def _retention_dialogs(window: MainWindow, out: Path, lang: str) -> None:
    """Recording a consent and placing a legal hold, on the candidate page's retention tab."""
    assert window.workspace is not None
    retention = window.workspace.detail.retention
    window.workspace.detail.tabs.setCurrentWidget(retention)
    for name, open_dialog in (("consent-dialog", retention.give), ("hold-dialog", retention.place_hold)):
        dialog = open_dialog()
        assert dialog is not None
        if name == "hold-dialog":
            dialog.fields["reason"].setPlainText("Dispute about the selection (labour court)")  # type: ignore[attr-defined]
        shoot(dialog, out / f"{name}-{lang}.png")
        dialog.reject()


def _rights_screens(window: MainWindow, candidate_id: int, out: Path, lang: str) -> None:
    """The register (names, not numbers), registering a request, and the erasure's typed confirmation."""
    from app.ui.objection_dialog import ObjectionDialog
    from app.ui.purge_dialogs import ConfirmErasureDialog
    from app.ui.retention_pages import show
    from app.ui.rights_page import RegisterRequestDialog, RightsPage

    assert window.workspace is not None and window.vault is not None
    rights = window.workspace.pages["rights"]
    assert isinstance(rights, RightsPage)
    rights.loaded.connect(lambda: setattr(rights, "_shot_ready", True))
    show(window, "rights")  # what the View menu's action does
    wait_until(lambda: getattr(rights, "_shot_ready", False))
    shoot(window, out / f"rights-page-{lang}.png")
    register = RegisterRequestDialog(window.vault, window.worker, candidate_id, window)
    register.kind.setCurrentIndex(register.kind.findData("erasure"))
    register.show()
    wait_until(lambda: register.picker.selected_id() is not None)
    shoot(register, out / f"register-request-{lang}.png")
    register.close()
    preview = window.vault.retention.purge_preview(candidate_id)
    erasure = ConfirmErasureDialog(preview, window)
    erasure.typed.setText(preview.last_name[:3])
    erasure.show()
    shoot(erasure, out / f"erasure-confirm-{lang}.png")
    erasure.close()
    objection = ObjectionDialog(preview.name, window.vault.today(), window)
    objection.reject_choice.setChecked(True)
    objection.show()
    shoot(objection, out / f"objection-dialog-{lang}.png")
    objection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.ui.screenshots")
    parser.add_argument("outdir")
    parser.add_argument("--lang", choices=("en", "nl", "fr"), default="en")
    parser.add_argument("--count", type=int, default=120, help="demo candidates")
    args = parser.parse_args(argv)
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    app = application(args.lang)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    tmp = Path(tempfile.mkdtemp(prefix="candidate-vault-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    from app.ui.bulk_purge import BulkPurgePage
    from app.ui.dashboard import DashboardPage
    from app.ui.lockscreen import LockScreen
    from app.ui.profile import NewCandidateDialog
    from app.ui.purge_dialogs import ConfirmPurgeDialog
    from app.ui.retention_pages import show
    from app.ui.welcome import CreateVaultDialog, RecoveryKeyDialog

    try:
        welcome = MainWindow(str(tmp / "new-vault.sqlite3"))
        welcome.resize(*SIZE)
        welcome.show()
        shoot(welcome, out / f"welcome-{args.lang}.png")
        create = CreateVaultDialog(str(tmp / "new-vault.sqlite3"), welcome)
        create.passphrase.setText("orange kettle seventeen")
        create.repeat.setText("orange kettle seventeen")
        create.show()
        shoot(create, out / f"create-{args.lang}.png")
        create.close()
        recovery = RecoveryKeyDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789", welcome)
        recovery.show()
        shoot(recovery, out / f"recovery-key-{args.lang}.png")
        recovery.stored.setChecked(True)
        recovery.close()
        welcome.close()

        vault, location = make_demo_vault(tmp, args.count)
        vault.lock()
        window = MainWindow(location, Vault.open(location))
        vault.close()
        window.resize(*SIZE)
        window.show()
        screen = window.centralWidget()
        assert isinstance(screen, LockScreen)
        screen.secret.setText("not the passphrase")
        screen.try_unlock()
        wait_until(lambda: screen.unlock_button.isEnabled())
        shoot(window, out / f"unlock-{args.lang}.png")
        screen.secret.setText(DEMO_PASSPHRASE)
        screen.try_unlock()
        wait_until(lambda: window.workspace is not None and not window.workspace.list.model.busy)
        assert window.workspace is not None and window.vault is not None
        dashboard = window.workspace.pages["dashboard"]
        assert isinstance(dashboard, DashboardPage)
        wait_until(lambda: dashboard.data is not None and not dashboard.busy)
        window.workspace.show_page("dashboard")
        shoot(window, out / f"dashboard-{args.lang}.png")
        bulk = window.workspace.pages["bulk_purge"]
        assert isinstance(bulk, BulkPurgePage)
        bulk.loaded.connect(lambda: setattr(bulk, "_shot_ready", True))
        show(window, "bulk_purge")  # what the View menu's action does
        wait_until(lambda: getattr(bulk, "_shot_ready", False))
        shoot(window, out / f"bulk-purge-{args.lang}.png")
        confirm = ConfirmPurgeDialog(len(bulk.selected_ids()), window)
        confirm.show()
        shoot(confirm, out / f"bulk-purge-confirm-{args.lang}.png")
        confirm.close()
        window.workspace.show_page("list")
        window.workspace.list.table.selectRow(2)
        shoot(window, out / f"list-{args.lang}.png")
        new = NewCandidateDialog(window.vault, window)
        new.show()
        shoot(new, out / f"new-candidate-{args.lang}.png")
        new.reject()
        first_id = window.workspace.list.selected_id() or 1
        _sample_records(window.vault, first_id, tmp)
        window.workspace.open_candidate(first_id)
        tabs = window.workspace.detail.tabs
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            tab = tabs.widget(i)
            assert tab is not None
            name = tab.objectName().removeprefix("tab_") or "profile"
            shoot(window, out / f"detail-{name}-{args.lang}.png")
        _document_and_history(window, out, args.lang)
        _retention_dialogs(window, out, args.lang)
        tabs.setCurrentIndex(0)
        phone = window.workspace.detail.profile.form.editors["phone"]
        assert isinstance(phone, QLineEdit)
        phone.setText("+32 470 99 88 77")
        unsaved = window.workspace.detail.unsaved_changes_box()
        unsaved.show()
        shoot(unsaved, out / f"unsaved-changes-{args.lang}.png")
        unsaved.close()
        window.workspace.detail.profile.discard()
        _rights_screens(window, first_id, out, args.lang)
        window.lock()
        shoot(window, out / f"locked-{args.lang}.png")
        window.close()
        if window.vault is not None:
            window.vault.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
