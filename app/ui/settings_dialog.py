"""Settings: retention policy (the 24-month pool cap shown, not editable), notices, flag or purge,
idle lock, language (this computer's override of the OS language), company details and SMTP.

Vault settings go through ``vault.set_setting`` (validated, audited, one key at a time); the language is
a per-computer preference in QSettings, read by ``application()`` at start.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import VaultError
from app.reminders.mail import SmtpSettings
from app.reminders.mail_check import send_test_mail
from app.retention.dates import POOL_CAP_MONTHS
from app.ui.worker import VaultWorker
from app.vault import Vault

LANGUAGE_KEY = "ui/language"


def language_override() -> str:
    """'nl', 'fr', 'en', or '' to follow the OS."""
    value = QSettings().value(LANGUAGE_KEY, "")
    return value if value in ("nl", "fr", "en") else ""


def spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


class SettingsDialog(QDialog):
    test_mail_done = Signal(str)  # the one-line result of "Send test mail"

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, worker: VaultWorker | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._vault = vault
        s = vault.settings()
        days = self.tr(" days")
        self.cap = QLabel(self.tr("{0} months after the consent (fixed by law)").format(POOL_CAP_MONTHS))
        self.cap.setObjectName("poolCap")
        self.after_procedure = spin(0, 3650, int(s.get("retention.after_procedure_days")), days)
        self.hired = spin(0, 3650, int(s.get("retention.hired_days")), days)
        self.notice = QLineEdit(", ".join(str(d) for d in s.get("retention.notice_days")))
        self.notice.setToolTip(self.tr("Days before a consent ends, e.g. 60, 14"))
        self.on_due = QComboBox()
        self.on_due.addItem(self.tr("Flag for review"), "flag")
        self.on_due.addItem(self.tr("Purge automatically"), "purge")
        self.on_due.setCurrentIndex(max(0, self.on_due.findData(s.get("retention.on_due"))))
        retention = QGroupBox(self.tr("Retention"))
        form = QFormLayout(retention)
        form.addRow(self.tr("Reserve pool, at most:"), self.cap)
        form.addRow(self.tr("Keep after a procedure:"), self.after_procedure)
        form.addRow(self.tr("Keep after a hire:"), self.hired)
        form.addRow(self.tr("Reminder days before consent ends:"), self.notice)
        form.addRow(self.tr("When a candidate is due:"), self.on_due)

        self.idle = spin(1, 480, int(s.get("session.idle_lock_minutes")), self.tr(" min"))
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")  # each language named in itself, on purpose
        self.language.addItem(self.tr("Same as the system"), "")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language_override())))
        session = QGroupBox(self.tr("This computer"))
        form = QFormLayout(session)
        form.addRow(self.tr("Lock after idle:"), self.idle)
        form.addRow(self.tr("Language:"), self.language)

        self.company = QLineEdit(s.get("company.name"))
        self.address = QLineEdit(s.get("company.address"))
        self.mail_from = QLineEdit(s.get("mail.from"))
        company = QGroupBox(self.tr("Company (letters and e-mails)"))
        form = QFormLayout(company)
        form.addRow(self.tr("Name:"), self.company)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Sender address:"), self.mail_from)

        self.smtp_host = QLineEdit(s.get("smtp.host"))
        self.smtp_port = spin(1, 65535, int(s.get("smtp.port")), "")
        self.smtp_security = QComboBox()
        for label, key in ((self.tr("None"), "none"), ("STARTTLS", "starttls"), ("SSL/TLS", "ssl")):
            self.smtp_security.addItem(label, key)
        self.smtp_security.setCurrentIndex(max(0, self.smtp_security.findData(s.get("smtp.security"))))
        self.smtp_user = QLineEdit(s.get("smtp.user"))
        smtp = QGroupBox(self.tr("Outgoing mail (SMTP)"))
        form = QFormLayout(smtp)
        form.addRow(self.tr("Server:"), self.smtp_host)
        form.addRow(self.tr("Port:"), self.smtp_port)
        form.addRow(self.tr("Security:"), self.smtp_security)
        form.addRow(self.tr("User name:"), self.smtp_user)
        self.test_mail_button = QPushButton(self.tr("Send test mail"))
        self.test_mail_button.setToolTip(
            self.tr("Sends one message to the sender address with these settings")
        )
        self.test_mail_button.clicked.connect(self.send_test_mail)
        self.test_mail_result = QLabel()
        self.test_mail_result.setObjectName("testMailResult")
        form.addRow(self.test_mail_button, self.test_mail_result)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(retention)
        left.addWidget(session)
        right.addWidget(company)
        right.addWidget(smtp)
        columns.addLayout(left)
        columns.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {
            "retention.after_procedure_days": str(self.after_procedure.value()),
            "retention.hired_days": str(self.hired.value()),
            "retention.notice_days": self.notice.text(),
            "retention.on_due": str(self.on_due.currentData()),
            "session.idle_lock_minutes": str(self.idle.value()),
            "company.name": self.company.text(),
            "company.address": self.address.text(),
            "mail.from": self.mail_from.text(),
            "smtp.host": self.smtp_host.text(),
            "smtp.port": str(self.smtp_port.value()),
            "smtp.security": str(self.smtp_security.currentData()),
            "smtp.user": self.smtp_user.text(),
        }

    def send_test_mail(self) -> None:
        """Try the SMTP settings as typed (saved or not), on the worker so the dialog stays responsive."""
        settings = SmtpSettings(
            self.smtp_host.text().strip(),
            self.smtp_port.value(),
            str(self.smtp_security.currentData()),
            self.smtp_user.text().strip(),
        )
        mail_from, company, now = self.mail_from.text(), self.company.text(), self._vault.clock.now()
        secret = ""
        if settings.user:  # asked here, on the GUI thread; the keyring and the environment come first
            secret, ok = QInputDialog.getText(
                self, self.tr("Send test mail"), self.tr("SMTP password:"), QLineEdit.EchoMode.Password
            )
            if not ok:
                return
        if self._worker is None:  # no worker when used alone: own one, for this dialog's lifetime
            self._worker = VaultWorker(self)
        self.test_mail_button.setEnabled(False)
        self.test_mail_result.setText(self.tr("Sending…"))
        job = self._worker.submit(
            lambda _j: send_test_mail(settings, mail_from, company, now, (lambda: secret) if secret else None)
        )
        job.finished.connect(
            lambda where: self._test_mail_result(
                self.tr("Test mail sent to {0} via {1}.").format(mail_from, where)
            )
        )
        job.failed.connect(lambda reason: self._test_mail_result(self.tr("Not sent: {0}").format(reason)))

    def _test_mail_result(self, text: str) -> None:
        self.test_mail_button.setEnabled(True)
        self.test_mail_result.setText(text)
        self.test_mail_done.emit(text)

    def save(self) -> None:
        current = self._vault.settings()
        try:
            for key, raw in self.values().items():
                if _as_text(current.get(key)) != raw.strip():
                    self._vault.set_setting(key, raw)
        except VaultError as exc:
            QMessageBox.warning(self, self.tr("Settings"), str(exc))
            return
        old_language = language_override()
        QSettings().setValue(LANGUAGE_KEY, self.language.currentData())
        if self.language.currentData() != old_language:
            QMessageBox.information(
                self, self.tr("Settings"), self.tr("The new language is used from the next start.")
            )
        self.accept()


def _as_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
