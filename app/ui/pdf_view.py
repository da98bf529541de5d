"""A PDF shown as rendered pages (pypdfium2), from memory: page by page, with zoom.

``render_page`` runs on the worker thread (PDFium is not thread-safe: every PDFium call of the app runs
there, one at a time); it returns a QImage, which unlike a QPixmap may be built off the GUI thread. The
view asks for a page with ``wanted`` and shows what comes back.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)  # 1.0 = 72 dots per inch, a page's natural size
DEFAULT_ZOOM = 1.25


@dataclass(frozen=True)
class PdfPage:
    image: QImage
    index: int  # from 0
    count: int
    zoom: float


def render_page(data: bytes, index: int, zoom: float) -> PdfPage | None:
    """One page as an image; None when PDFium cannot open the file (damaged, encrypted)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    try:
        count = len(document)
        if count == 0:
            return None
        index = max(0, min(index, count - 1))
        bitmap = document[index].render(scale=zoom, rev_byteorder=True)  # RGB, as QImage reads it
        pixels = bytes(bitmap.buffer)  # held in a name: the QImage below only points into it ...
        view = QImage(pixels, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
        image = view.copy()  # ... and its copy owns its pixels, once these are gone
    finally:
        document.close()
    return PdfPage(image, index, count, zoom)


class PdfView(QWidget):
    wanted = Signal(int, float)  # page index, zoom

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: PdfPage | None = None
        self.previous = QPushButton(self.tr("◀ Previous"))
        self.next = QPushButton(self.tr("Next ▶"))
        self.where = QLabel()
        self.where.setObjectName("pdfPage")
        self.zoom_out = QPushButton(self.tr("Zoom out"))
        self.zoom_in = QPushButton(self.tr("Zoom in"))
        self.zoom_text = QLabel()
        self.image = QLabel()
        self.image.setObjectName("pdfImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.image)
        self.previous.clicked.connect(lambda: self._go(-1, 0))
        self.next.clicked.connect(lambda: self._go(1, 0))
        self.zoom_out.clicked.connect(lambda: self._go(0, -1))
        self.zoom_in.clicked.connect(lambda: self._go(0, 1))
        bar = QHBoxLayout()
        for widget in (self.previous, self.where, self.next):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out, self.zoom_text, self.zoom_in):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self._enable()

    def show_page(self, page: PdfPage) -> None:
        self.page = page
        self.image.setPixmap(QPixmap.fromImage(page.image))
        self.where.setText(self.tr("Page {0} of {1}").format(page.index + 1, page.count))
        self.zoom_text.setText(f"{round(page.zoom * 100)} %")
        self._enable()

    def clear(self) -> None:
        self.page = None
        self.image.clear()
        self.where.clear()
        self.zoom_text.clear()
        self._enable()

    def _go(self, pages: int, zoom_steps: int) -> None:
        if self.page is None:
            return
        step = ZOOMS.index(self.page.zoom) if self.page.zoom in ZOOMS else ZOOMS.index(DEFAULT_ZOOM)
        zoom = ZOOMS[max(0, min(len(ZOOMS) - 1, step + zoom_steps))]
        self.wanted.emit(self.page.index + pages, zoom)

    def _enable(self) -> None:
        page = self.page
        self.previous.setEnabled(page is not None and page.index > 0)
        self.next.setEnabled(page is not None and page.index < page.count - 1)
        self.zoom_out.setEnabled(page is not None and page.zoom > ZOOMS[0])
        self.zoom_in.setEnabled(page is not None and page.zoom < ZOOMS[-1])
