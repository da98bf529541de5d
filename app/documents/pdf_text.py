"""Text of a PDF: pypdf's text layer of every page; pages without one are rendered (pypdfium2) and OCR'd."""

from __future__ import annotations

import io
import time

from app.documents.limits import Limits
from app.documents.ocr import Ocr, prepare
from app.documents.outcome import NoText


def _reader(data: bytes) -> object:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise NoText("the PDF is password-protected; its text cannot be read without the password")
        return reader
    except FileNotDecryptedError:
        raise NoText("the PDF is password-protected; its text cannot be read without the password") from None
    except PdfReadError:
        raise NoText("the PDF is damaged and cannot be read") from None


def pdf_text(data: bytes, limits: Limits, ocr: Ocr, notes: list[str]) -> tuple[str, bool]:
    """(text, ocr_used). Pages without a text layer are OCR'd when Tesseract is there."""
    from pypdf import PdfReader

    reader = _reader(data)
    assert isinstance(reader, PdfReader)
    try:
        count = len(reader.pages)
    except RecursionError:
        raise
    except Exception:
        raise NoText("the PDF's page tree is damaged") from None
    if count > limits.max_pages:
        notes.append(f"only the first {limits.max_pages} of {count} pages were read (documents.max_pages)")
        count = limits.max_pages
    texts: list[str] = []
    blank: list[int] = []
    total = 0
    for number in range(count):
        page_text = reader.pages[number].extract_text() or ""
        texts.append(page_text)
        total += len(page_text)
        if not page_text.strip():
            blank.append(number)
        if total > limits.max_text_chars:
            break
    used_ocr = False
    if blank and limits.ocr:
        if not ocr.available and len(blank) == count:
            ocr.require()  # a pure scan: "no text (scan)" with how to enable OCR
        if ocr.available:
            used_ocr = _ocr_pages(data, blank, texts, limits, ocr, notes)
    return "\n".join(t for t in texts if t.strip()), used_ocr


def _ocr_pages(
    data: bytes, pages: list[int], texts: list[str], limits: Limits, ocr: Ocr, notes: list[str]
) -> bool:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    done = 0
    try:
        for number in pages[: limits.ocr_max_pages]:
            if time.monotonic() > ocr.deadline:
                notes.append(f"OCR stopped after {done} page(s): time limit")
                break
            page = document[number]
            width, height = page.get_size()
            # 300 dpi, unless that exceeds the pixel limit.
            scale = min(300 / 72, (limits.max_image_pixels / max(width * height, 1)) ** 0.5)
            image = page.render(scale=scale, grayscale=True).to_pil()
            texts[number] = ocr.read(prepare(image))
            done += 1
    except TimeoutError:
        notes.append(f"OCR stopped after {done} page(s): time limit")
    finally:
        document.close()
    if len(pages) > limits.ocr_max_pages:
        notes.append(f"OCR read {limits.ocr_max_pages} of {len(pages)} pages (documents.ocr_max_pages)")
    if done:
        notes.append(f"text of {done} page(s) read by OCR")
    return done > 0
