"""Document preview from memory: never through a temp file.

``render`` runs on the worker thread (decrypting and text extraction are slow); it returns what the
preview widget shows: PDF bytes for QtPdf when that module is installed, otherwise extracted text;
DOCX and text as text; images as a QImage (QImage, unlike QPixmap, may be built off the GUI thread).
"""

from __future__ import annotations

import io
import zipfile

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QScrollArea, QStackedWidget, QWidget

from app.ui import adapters
from app.vault import Vault

try:  # QtPdf ships in PySide6-Addons, not in PySide6-Essentials
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:
    HAVE_QTPDF = False

MAX_TEXT = 200_000


def render_document(vault: Vault, doc_id: int) -> tuple[str, object]:
    """Worker side: decrypt and prepare one document; a PDF without QtPdf shows the vault's extracted text."""
    data = adapters.read_document(vault, doc_id)
    if data.startswith(b"%PDF") and not HAVE_QTPDF:
        text = adapters.document_text(vault, doc_id)
        if text:
            return "text", text[:MAX_TEXT]
    return render(data)


def render(data: bytes) -> tuple[str, object]:
    if data.startswith(b"%PDF"):
        if HAVE_QTPDF:
            return "pdf", data
        return "text", _pdf_text(data)
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
        self.addWidget(self.text)
        self.addWidget(scroll)
        self._pdf_view = None
        if HAVE_QTPDF:
            self._pdf_doc = QPdfDocument(self)
            self._pdf_buffer = QBuffer(self)
            self._pdf_view = QPdfView(self)
            self._pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self._pdf_view.setDocument(self._pdf_doc)
            self.addWidget(self._pdf_view)

    def show_result(self, kind: str, content: object) -> None:
        if kind == "pdf" and self._pdf_view is not None:
            assert isinstance(content, bytes)
            self._pdf_doc.close()
            self._pdf_buffer.close()
            self._pdf_buffer.setData(QByteArray(content))
            self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._pdf_doc.load(self._pdf_buffer)
            self.setCurrentWidget(self._pdf_view)
        elif kind == "image":
            assert isinstance(content, QImage)
            self._image = content
            self._show_scaled()
            self.setCurrentIndex(1)
        else:
            self.text.setPlainText(str(content))
            self.setCurrentWidget(self.text)

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
        if self._pdf_view is not None:
            self._pdf_doc.close()
            self._pdf_buffer.close()
            self._pdf_buffer.setData(QByteArray())
        self.setCurrentWidget(self.text)
