"""The modal-dialog guard: an unexpected dialog fails its test within seconds, with its text; the run goes on.

The failing tests run in a pytest of their own (they must fail there, not here), loading the guard's plugin.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QPushButton

from tests.gui.modal_guard import ModalGuard

ROOT = Path(__file__).resolve().parents[2]

INNER = """
from PySide6.QtWidgets import QMessageBox, QPushButton


def test_static_warning(qtbot):
    QMessageBox.warning(None, "Import failed", "canary-static: the file is not a PDF")


def test_exec(qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Purge?", "canary-exec: purge Peeters")
    box.exec()


def test_from_a_slot(qtbot):
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(lambda: QMessageBox.critical(None, "Oops", "canary-slot: opened by a click"))
    button.click()


def test_after_them(qtbot):
    assert True
"""


def test_an_unexpected_dialog_fails_its_test_with_the_text_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "test_inner.py").write_text(textwrap.dedent(INNER))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "tests.gui.modal_guard",
            "-p",
            "no:cacheprovider",
            "-o",
            "timeout=60",
            "-q",
            "-rA",
            str(tmp_path / "test_inner.py"),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = run.stdout
    assert run.returncode == 1, report
    assert "1 passed" in report, report  # the test after them ran
    for name, text in [
        ("test_static_warning", "canary-static: the file is not a PDF"),
        ("test_exec", "canary-exec: purge Peeters"),
        ("test_from_a_slot", "canary-slot: opened by a click"),
    ]:
        assert any(f"FAILED test_inner.py::{name}" in line for line in report.splitlines()), (name, report)
        assert text in report, (text, report)
    assert "Timeout" not in report  # failed by the guard, not by pytest-timeout


def test_expect_dialog_answers_with_a_button(qtbot, expect_dialog: Callable[..., None]) -> None:  # type: ignore[no-untyped-def]
    expect_dialog(answer=QMessageBox.StandardButton.Yes)
    assert QMessageBox.question(None, "Purge?", "Purge 3 candidates?") == QMessageBox.StandardButton.Yes
    expect_dialog(answer=QMessageBox.StandardButton.No)
    box = QMessageBox(QMessageBox.Icon.Question, "Purge?", "Sure?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert box.exec() == QMessageBox.StandardButton.No


def test_expect_dialog_answers_with_a_callable(qtbot, expect_dialog: Callable[..., None]) -> None:  # type: ignore[no-untyped-def]
    expect_dialog(answer=lambda box: (box.setTextValue("Peeters"), box.accept()))
    assert QInputDialog.getText(None, "Confirm", "Type the last name") == ("Peeters", True)

    dialog = QDialog()
    qtbot.addWidget(dialog)
    expect_dialog(answer=lambda d: d.reject())
    assert dialog.exec() == QDialog.DialogCode.Rejected


def test_expect_dialog_cancels_a_file_dialog(qtbot, expect_dialog: Callable[..., None]) -> None:  # type: ignore[no-untyped-def]
    expect_dialog(answer=lambda d: d.reject())
    native = QFileDialog.Option.DontUseNativeDialog
    name, _ = QFileDialog.getOpenFileName(None, "Add document", "", "", "", native)
    assert name == ""


def test_a_test_can_still_answer_a_dialog_itself(qtbot, modal_dialogs: ModalGuard) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    modal_dialogs.expect()
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().accept())
    box = QMessageBox(QMessageBox.Icon.Information, "Done", "Saved")
    box.addButton(QPushButton("Fine"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    assert modal_dialogs.pending() == 0 and modal_dialogs.seen == ["QMessageBox 'Done': Saved"]
