"""The candidate page: a header and tabs; a tab whose service is missing is not shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import adapters
from app.ui.candidate_model import state_label
from app.ui.documents_tab import DocumentsTab
from app.ui.labels import iso_date_text
from app.ui.profile import ProfileTab
from app.ui.worker import VaultWorker
from app.vault import Vault


class RecordsTab(QWidget):
    """A read-only table of a per-candidate service's rows (procedures, notes, ...)."""

    def __init__(self, vault: Vault, service: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._service = service
        self.table = QTableWidget()
        self.table.setObjectName(f"{service}Table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_candidate(self, candidate_id: int) -> None:
        rows = adapters.records(self._vault, self._service, candidate_id)
        columns = [k for k in (rows[0] if rows else {}) if k not in ("candidate_id",)]
        self.table.clear()
        self.table.setColumnCount(len(columns))
        names = {
            "at": self.tr("When"),
            "actor": self.tr("Who"),
            "action": self.tr("What"),
            "details": self.tr("Details"),
        }
        self.table.setHorizontalHeaderLabels([names.get(c, c.replace("_", " ")) for c in columns])
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, col in enumerate(columns):
                self.table.setItem(i, j, QTableWidgetItem(_cell(row.get(col))))
        self.table.resizeColumnsToContents()

    def wipe(self) -> None:
        self.table.clear()
        self.table.setRowCount(0)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    return str(value.isoformat() if hasattr(value, "isoformat") else value)


class RetentionTab(QWidget):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.state = QLabel()
        self.due = QLabel()
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("State:"), self.state)
        form.addRow(self.tr("Due on:"), self.due)
        form.addRow(self.tr("Why:"), self.reason)

    def show_candidate(self, candidate_id: int) -> None:
        info = adapters.retention_status(self._vault, [candidate_id]).get(candidate_id, {})
        self.state.setText(state_label(info.get("state", "")))
        self.due.setText(iso_date_text(info.get("due_on", "")))
        self.reason.setText(info.get("reason", ""))

    def wipe(self) -> None:
        for label in (self.state, self.due, self.reason):
            label.clear()


class CandidatePage(QWidget):
    back = Signal()
    changed = Signal(int)
    rights_request = Signal(int)  # "register a rights request" for this candidate

    def __init__(self, vault: Vault, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidatePage")
        self._vault = vault
        self.candidate_id: int | None = None
        back = QPushButton(self.tr("← All candidates"))
        back.setFlat(True)
        back.clicked.connect(self.back)
        self.title = QLabel()
        self.title.setObjectName("candidateTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.profile = ProfileTab(vault)
        self.profile.saved.connect(self._saved)
        self.tabs.addTab(self.profile, self.tr("Profile"))
        self.parts: list[Any] = []
        optional: list[tuple[str, str, QWidget]] = []
        for service, label in (
            ("procedures", self.tr("Procedures")),
            ("documents", self.tr("Documents")),
            ("notes", self.tr("Interview notes")),
            ("correspondence", self.tr("Correspondence")),
            ("retention", self.tr("Consent && retention")),
            ("history", self.tr("History")),
        ):
            if not adapters.has_service(vault, service):
                continue  # no service, no tab: never fake data
            widget: QWidget
            if service == "documents":
                widget = self.documents = DocumentsTab(vault, worker)
            elif service == "retention":
                widget = RetentionTab(vault)
            else:
                widget = RecordsTab(vault, service)
            optional.append((service, label, widget))
        for service, label, widget in optional:
            widget.setObjectName(f"tab_{service}")
            self.tabs.addTab(widget, label)
            self.parts.append(widget)
        self.request_button = QPushButton(self.tr("Register rights request…"))
        self.request_button.clicked.connect(
            lambda: self.candidate_id is not None and self.rights_request.emit(self.candidate_id)
        )
        head = QHBoxLayout()
        head.addWidget(back)
        head.addWidget(self.title, 1)
        head.addWidget(self.request_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)

    def show_candidate(self, candidate_id: int) -> None:
        record = adapters.candidate(self._vault, candidate_id)
        self.candidate_id = candidate_id
        self.title.setText(record.display_name)
        self.profile.show_candidate(candidate_id, record.version, record.fields)
        for part in self.parts:
            part.show_candidate(candidate_id)

    def _saved(self, candidate_id: int) -> None:
        self.title.setText(
            " ".join(
                p for p in (self.profile.form.value("first_name"), self.profile.form.value("last_name")) if p
            )
        )
        for part in self.parts:
            if isinstance(part, RecordsTab):
                part.show_candidate(candidate_id)
        self.changed.emit(candidate_id)

    def wipe(self) -> None:
        self.candidate_id = None
        self.title.clear()
        self.profile.wipe()
        for part in self.parts:
            part.wipe()
