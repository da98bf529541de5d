"""Desktop entry point (placeholder window until the GUI lands)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def run(location: str, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle(QApplication.translate("Main", "CandidateVault"))
    window.setCentralWidget(QLabel(QApplication.translate("Main", "Vault: {0}").format(location)))
    window.resize(640, 400)
    window.show()
    return int(app.exec())
