"""The lock screen: what the window shows while the vault is locked, and where it is unlocked.

It holds no personal data; the unlock itself runs on the vault worker (the KDF takes ~0.5 s).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.worker import VaultWorker
from app.vault import Vault


class LockScreen(QWidget):
    unlocked = Signal()

    def __init__(
        self, vault: Vault, worker: VaultWorker, location: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._vault = vault
        self._worker = worker
        self._recovery = False

        icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(72, 72))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title = QLabel(self.tr("The vault is locked"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.subtitle = QLabel(self.tr("Enter your passphrase to see candidates again."))
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.subtitle.setWordWrap(True)

        self.secret_label = QLabel(self.tr("&Passphrase:"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMinimumWidth(280)
        self.secret_label.setBuddy(self.secret)
        self.secret.returnPressed.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(highlight); font-weight: bold;")
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.recovery_button = QPushButton(self.tr("Use &recovery key"))
        self.recovery_button.setFlat(True)
        self.recovery_button.clicked.connect(self.toggle_recovery)

        form = QFormLayout()
        form.addRow(self.secret_label, self.secret)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recovery_button)
        buttons.addStretch()
        buttons.addWidget(self.unlock_button)

        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(520)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(12)
        inner.addWidget(icon)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addSpacing(8)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        self.location = QLabel(location)
        self.location.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.location.setForegroundRole(self.location.foregroundRole())
        self.location.setEnabled(False)  # drawn in the palette's disabled (muted) text colour
        inner.addWidget(self.location)

        outer = QVBoxLayout(self)
        outer.addStretch()
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(card)
        row.addStretch()
        outer.addLayout(row)
        outer.addStretch()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.secret.setFocus()

    def toggle_recovery(self) -> None:
        self._recovery = not self._recovery
        self.message.clear()
        self.secret.clear()
        if self._recovery:
            self.secret_label.setText(self.tr("&Recovery key:"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.recovery_button.setText(self.tr("Use &passphrase"))
        else:
            self.secret_label.setText(self.tr("&Passphrase:"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.recovery_button.setText(self.tr("Use &recovery key"))
        self.secret.setFocus()

    def try_unlock(self) -> None:
        secret = self.secret.text()
        if not secret:
            self.message.setText(self.tr("Type your passphrase first."))
            return
        self.secret.clear()
        self.unlock_button.setEnabled(False)
        self.message.setText(self.tr("Unlocking…"))
        vault, recovery = self._vault, self._recovery
        job = self._worker.submit(
            lambda _j: vault.unlock_with_recovery_key(secret) if recovery else vault.unlock(secret)
        )
        job.finished.connect(self._ok)
        job.failed.connect(self._failed)

    def _ok(self, _result: object) -> None:
        self.unlock_button.setEnabled(True)
        self.message.clear()
        self.unlocked.emit()

    def _failed(self, _message: str) -> None:
        self.unlock_button.setEnabled(True)
        if self._recovery:
            self.message.setText(
                self.tr("That recovery key does not open this vault. Check it and try again.")
            )
        else:
            self.message.setText(
                self.tr("Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.")
            )
        self.secret.setFocus()
