"""The extraction child: ``python -m app.documents.sandbox``.

Reads one request from stdin (a JSON header line, then the file's bytes), writes one JSON answer to
stdout. Before touching the file it limits itself: address space (RLIMIT_AS), CPU time, no core dumps,
and RLIMIT_FSIZE = 0 so that it cannot write any file (no temp files with personal data, by
construction). The parent enforces the wall-clock limit and kills the whole process group on expiry.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import time
from typing import Any, BinaryIO

from app.documents import outcome as oc
from app.documents.limits import Limits


def limit_self(limits: Limits) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's wall-clock limit still applies
        return
    memory = limits.extract_memory_mb * 1024 * 1024
    for name, value in (
        ("RLIMIT_AS", memory),
        ("RLIMIT_CPU", limits.extract_seconds + 5),
        ("RLIMIT_CORE", 0),
        ("RLIMIT_FSIZE", 0),
    ):
        which = getattr(resource, name, None)
        if which is not None:
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(which, (value, value))


def extract(fmt: str, encoding: str | None, data: bytes, limits: Limits, deadline: float) -> oc.Extraction:
    notes: list[str] = []
    try:
        from app.documents.ocr import Ocr

        ocr = Ocr(limits.ocr_languages if limits.ocr else "", deadline)
        if fmt == "pdf":
            from app.documents.pdf_text import pdf_text

            text, used_ocr = pdf_text(data, limits, ocr, notes)
            if used_ocr and not text.strip():
                raise oc.NoText("OCR found no readable text on the scanned page(s)")
        elif fmt == "docx":
            from app.documents.docx_text import docx_text

            text = docx_text(data, limits)
        elif fmt in ("jpeg", "png", "gif", "tiff"):
            from app.documents.image_text import image_text

            if not limits.ocr:
                raise oc.NoText(
                    "scan without text: OCR is switched off (setting documents.ocr)", oc.NO_TEXT_SCAN
                )
            text = image_text(data, limits, ocr)
            if not text.strip():
                raise oc.NoText("OCR found no readable text in the image")
            notes.append("text read by OCR")
        elif fmt == "eml":
            from app.documents.email_text import email_text

            text, attachments = email_text(data, limits, notes)
            return oc.Extraction(oc.OK, oc.clip(text, limits.max_text_chars, notes), notes, attachments)
        elif fmt == "text":
            text = data.decode(encoding or "utf-8", errors="replace")
        else:
            raise oc.NotADocument(f"unknown format {fmt}")
    except oc.NoText as exc:
        return oc.Extraction(exc.status, "", [*notes, exc.reason])
    except oc.NotADocument as exc:
        return oc.Extraction(oc.REFUSED, "", [str(exc)])
    except MemoryError:
        return oc.Extraction(oc.NO_TEXT, "", [*notes, "text extraction needed more memory than allowed"])
    except RecursionError:
        return oc.Extraction(oc.NO_TEXT, "", [*notes, f"the {fmt.upper()} is nested too deeply to read"])
    except TimeoutError:
        return oc.Extraction(oc.NO_TEXT, "", [*notes, "text extraction took longer than allowed"])
    except Exception as exc:  # a hostile file may raise anything; the type names the problem, not the data
        reason = _reason(fmt, exc)
        return oc.Extraction(oc.NO_TEXT, "", [*notes, reason])
    text = oc.clip(text, limits.max_text_chars, notes)
    if not text.strip():
        return oc.Extraction(oc.NO_TEXT, "", [*notes, "the file holds no text"])
    return oc.Extraction(oc.OK, text, notes)


def _reason(fmt: str, exc: Exception) -> str:
    name = type(exc).__name__
    if name == "LimitReachedError":
        return "a compressed stream of the PDF inflates beyond the limit (decompression bomb?)"
    if name == "XMLSyntaxError":
        return "the Word file's XML is damaged or exceeds the parser's limits"
    return f"the {fmt.upper()} cannot be read ({name})"


def serve(stdin: BinaryIO, stdout: BinaryIO) -> int:
    header = json.loads(stdin.readline().decode("utf-8"))
    limits = Limits(**header["limits"])
    limit_self(limits)
    deadline = time.monotonic() + limits.extract_seconds * 0.8
    data = stdin.read(int(header["size"]))
    result = extract(header["format"], header.get("encoding"), data, limits, deadline)
    answer: dict[str, Any] = result.as_json()
    stdout.write(json.dumps(answer).encode("utf-8"))
    stdout.flush()
    return 0


def main() -> int:
    logging.disable(logging.CRITICAL)  # library warnings may quote document content
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr  # a library that prints cannot corrupt the answer
    return serve(sys.stdin.buffer, out)


if __name__ == "__main__":
    raise SystemExit(main())
