"""Document preview from memory: never through a temp file.

``render`` runs on the worker thread (decrypting, rendering and text extraction are slow); it returns what
the preview widget shows: a PDF's first page rendered (``pdf_view``), with the file kept in memory for the
other pages; DOCX and text as text; images as a QImage (QImage, unlike QPixmap, may be built off the GUI
thread).
"""

from __future__ import annotations

import io
import zipfile

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QScrollArea, QStackedWidget, QWidget

from app.ui import adapters
from app.ui.pdf_view import DEFAULT_ZOOM, PdfPage, PdfView, render_page
from app.vault import Vault

MAX_TEXT = 200_000


def render_document(vault: Vault, doc_id: int) -> tuple[str, object]:
    """Worker side: decrypt and prepare one document."""
    return render(adapters.read_document(vault, doc_id))


def render(data: bytes) -> tuple[str, object]:
    if data.startswith(b"%PDF"):
        page = render_page(data, 0, DEFAULT_ZOOM)
        if page is not None:
            return "pdf", (data, page)
        return "text", _pdf_text(data)  # PDFium cannot open it: what pypdf can read of it
    if data.startswith(b"PK") and _is_docx(data):
        return "text", _docx_text(data)
    image = QImage.fromData(data)
    if not image.isNull():
        return "image", image
    for encoding in ("utf-8", "cp1252"):
        try:
            return "text", data.decode(encoding)[:MAX_TEXT]
        except UnicodeDecodeError:
            continue
    return "text", QApplication.translate("Preview", "No preview for this kind of file.")


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "word/document.xml" in zf.namelist()
    except zipfile.BadZipFile:
        return False


def _docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(parts)[:MAX_TEXT]


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        text = "\n\n".join((page.extract_text() or "") for page in reader.pages[:50])
    except Exception:  # a damaged PDF gets a message, not a crash
        return QApplication.translate("Preview", "This PDF cannot be read for a preview.")
    if not text.strip():
        return QApplication.translate("Preview", "This PDF has no text layer (a scan?).")
    return text[:MAX_TEXT]


class PreviewPane(QStackedWidget):
    pdf_page_wanted = Signal(bytes, int, float)  # the PDF in memory, page index, zoom: render on the worker

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit()
        self.text.setObjectName("previewText")
        self.text.setReadOnly(True)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._image: QImage | None = None
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.image)
        self.pdf = PdfView()
        self._pdf_data: bytes | None = None  # the open PDF, decrypted, in memory only
        self.pdf.wanted.connect(self._pdf_wanted)
        self.addWidget(self.text)
        self.addWidget(scroll)
        self.addWidget(self.pdf)

    def show_result(self, kind: str, content: object) -> None:
        if kind == "pdf":
            assert isinstance(content, tuple)
            self._pdf_data, page = content
            self.show_pdf_page(page)
        elif kind == "image":
            assert isinstance(content, QImage)
            self._image = content
            self._show_scaled()
            self.setCurrentIndex(1)
        else:
            self.text.setPlainText(str(content))
            self.setCurrentWidget(self.text)

    def show_pdf_page(self, page: PdfPage | None) -> None:
        if page is None:
            unreadable = QApplication.translate("Preview", "This PDF cannot be read for a preview.")
            self.show_result("text", unreadable)
            return
        self.pdf.show_page(page)
        self.setCurrentWidget(self.pdf)

    def _pdf_wanted(self, index: int, zoom: float) -> None:
        if self._pdf_data is not None:
            self.pdf_page_wanted.emit(self._pdf_data, index, zoom)

    def _show_scaled(self) -> None:
        if self._image is None:
            return
        width = max(200, self.width() - 30)
        image = (
            self._image
            if self._image.width() <= width
            else self._image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )
        self.image.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_scaled()

    def clear(self) -> None:
        self.text.clear()
        self.image.clear()
        self._image = None
        self._pdf_data = None
        self.pdf.clear()
        self.setCurrentWidget(self.text)
