"""Issue 9 settings: "Send test mail" through a real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

import email
from email import policy

from app.ui.settings_dialog import SettingsDialog
from app.vault import Vault
from tests.gui.modal_guard import GUARD
from tests.reminder_support import Inbox, free_port, inbox

__all__ = ["inbox"]  # the fixture, imported for pytest


def dialog_for(qtbot, vault: Vault, port: int) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(vault)
    qtbot.addWidget(dialog)
    dialog.company.setText("Brouwerij De Kroon")
    dialog.mail_from.setText("hr@dekroon.example")
    dialog.smtp_host.setText("127.0.0.1")
    dialog.smtp_port.setValue(port)
    dialog.smtp_security.setCurrentIndex(dialog.smtp_security.findData("none"))
    return dialog


def test_send_test_mail_reaches_the_sender_address(qtbot, vault: Vault, inbox: Inbox) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, vault, inbox.port)
    with qtbot.waitSignal(dialog.test_mail_done, timeout=20_000) as result:
        dialog.test_mail_button.click()
    assert result.args == [f"Test mail sent to hr@dekroon.example via 127.0.0.1:{inbox.port}."]
    assert dialog.test_mail_result.text() == result.args[0]
    assert inbox.recipients == ["hr@dekroon.example"]
    msg = email.message_from_bytes(inbox.messages[0], policy=policy.default)
    assert msg["Subject"] == "CandidateVault: test message"
    assert vault.settings().get("smtp.host") == ""  # a test does not save the settings


def test_send_test_mail_reports_an_unreachable_server_in_one_line(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, vault, free_port())  # nothing listens there
    with qtbot.waitSignal(dialog.test_mail_done, timeout=20_000) as result:
        dialog.test_mail_button.click()
    assert result.args[0].startswith("Not sent: cannot reach the SMTP server 127.0.0.1:")
    assert "\n" not in result.args[0] and dialog.test_mail_button.isEnabled()


def test_send_test_mail_asks_the_password_for_a_login(qtbot, vault: Vault, inbox: Inbox, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from app.reminders.mail import PASSWORD_ENV

    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    dialog = dialog_for(qtbot, vault, inbox.port)
    dialog.smtp_user.setText("hr")

    def type_password() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QInputDialog)
        box.setTextValue("s3cret-Pässword")
        box.accept()

    GUARD.expect()
    QTimer.singleShot(0, type_password)
    with qtbot.waitSignal(dialog.test_mail_done, timeout=20_000) as result:
        dialog.test_mail_button.click()
    assert result.args[0].startswith("Test mail sent to hr@dekroon.example")
    assert inbox.logins == [(b"hr", "s3cret-Pässword".encode())]
