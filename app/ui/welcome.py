"""First start: create a vault (passphrase twice, recovery key shown once) or open an existing one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.crypto.keyslots import MIN_PASSPHRASE_LENGTH
from app.errors import VaultError
from app.vault import Vault

VAULT_FILTER = "CandidateVault (*.sqlite3 *.cvault);;*"


def strength(passphrase: str) -> int:
    """A rough 0-4 score: length counts most, a mix of character kinds helps."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len(passphrase.split())
    score = 1 + (len(passphrase) >= 12) + (len(passphrase) >= 16 or words >= 4) + (kinds >= 3)
    return min(score, 4)


class WelcomeScreen(QWidget):
    """Shown when there is no vault yet at the default location."""

    open_requested = Signal(str)
    create_requested = Signal(str)

    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeScreen")
        self._location = location
        title = QLabel(self.tr("Welcome to CandidateVault"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "CandidateVault keeps your candidates' personal data encrypted, and only as long as the law "
                "and the candidate allow. Start with a new vault, or open one you already have."
            )
        )
        text.setWordWrap(True)
        icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(96, 96))
        self.create_button = QPushButton(self.tr("&Create a new vault…"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(lambda: self.create_requested.emit(self._location))
        self.open_button = QPushButton(self.tr("&Open an existing vault…"))
        self.open_button.clicked.connect(self._pick_existing)

        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(600)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 32, 36, 32)
        inner.setSpacing(14)
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addWidget(title, 1)
        inner.addLayout(head)
        inner.addWidget(text)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.create_button)
        inner.addLayout(buttons)
        where = QLabel(self.tr("New vaults are created at: {0}").format(location))
        where.setWordWrap(True)
        where.setEnabled(False)
        inner.addWidget(where)

        outer = QVBoxLayout(self)
        outer.addStretch()
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(card)
        row.addStretch()
        outer.addLayout(row)
        outer.addStretch()

    def _pick_existing(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a vault"), "", VAULT_FILTER)
        if path:
            self.open_requested.emit(path)


class CreateVaultDialog(QDialog):
    """Passphrase twice with a strength hint; on success ``vault`` and ``recovery_key`` are set."""

    def __init__(self, location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a vault"))
        self.vault: Vault | None = None
        self.recovery_key = ""
        self.location = QLineEdit(location)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(highlight); font-weight: bold;")
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)

        form = QFormLayout()
        form.addRow(self.tr("Vault file:"), where)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.create_vault)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose a passphrase you can remember: a few unrelated words work well. "
                "Nobody, not even the vendor, can read the vault without it or the recovery key."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._update()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New vault file"), self.location.text(), VAULT_FILTER
        )
        if path:
            self.location.setText(path)

    def _update(self) -> None:
        score = strength(self.passphrase.text())
        self.meter.setValue(score)
        hints = (
            self.tr("Too short: use at least {0} characters.").format(MIN_PASSPHRASE_LENGTH),
            self.tr("Weak: longer is better, e.g. four unrelated words."),
            self.tr("Fair: a little longer would make it strong."),
            self.tr("Good."),
            self.tr("Strong."),
        )
        self.hint.setText(hints[score])
        same = self.passphrase.text() == self.repeat.text()
        self.create_button.setEnabled(score > 0 and same)
        self.message.setText("" if same or not self.repeat.text() else self.tr("The two passphrases differ."))

    def create_vault(self) -> None:
        location = self.location.text().strip()
        try:
            Path(location).parent.mkdir(parents=True, exist_ok=True)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.vault, self.recovery_key = Vault.create(location, self.passphrase.text())
            finally:
                QApplication.restoreOverrideCursor()
        except (VaultError, OSError) as exc:
            self.message.setText(str(exc))
            return
        self.passphrase.clear()
        self.repeat.clear()
        self.accept()


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; continuing needs the "I have stored it" tick."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        self._key = recovery_key
        text = QLabel(
            self.tr(
                "This key opens the vault if the passphrase is forgotten. It is shown only now: "
                "print it or save it somewhere safe, away from this computer."
            )
        )
        text.setWordWrap(True)
        self.key = QLineEdit(recovery_key)
        self.key.setReadOnly(True)
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance(recovery_key) + 24)
        print_button = QPushButton(self.tr("&Print…"))
        print_button.clicked.connect(self.print_key)
        save_button = QPushButton(self.tr("&Save…"))
        save_button.clicked.connect(self.save_key)
        self.stored = QCheckBox(self.tr("I have &stored it"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.continue_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        actions = QHBoxLayout()
        actions.addWidget(print_button)
        actions.addWidget(save_button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.key)
        layout.addLayout(actions)
        layout.addWidget(self.stored)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        if self.stored.isChecked():
            super().reject()  # closing is fine once the key is stored; before, it would be lost

    def accept(self) -> None:
        if self.stored.isChecked():
            super().accept()

    def save_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"), "candidate-vault-recovery-key.txt", "*.txt"
        )
        if not path:
            return
        try:
            fd = Path(path)
            fd.write_text(self._key + "\n", encoding="utf-8")
            fd.chmod(0o600)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Could not save: {0}").format(exc.strerror))

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setPlainText(self.tr("CandidateVault recovery key") + "\n\n" + self._key)
        doc.print_(printer)
