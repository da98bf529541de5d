"""The extraction child: ``python -m app.documents.sandbox``.

Serves one file after another (see ``worker``): reads a request from stdin (a JSON header line, then
the file's bytes), writes one answer to stdout (``<length>\\n<JSON>``). Before touching the first file
it limits itself: address space (RLIMIT_AS), no core dumps, and RLIMIT_FSIZE = 0 so that it cannot
write any file (no temp files with personal data, by construction). CPU time is limited per file: the
soft RLIMIT_CPU is moved to "used so far + the file's allowance" before each file, under a hard
limit fixed at the start. Every file gets the headroom a fresh child would have: when the CPU budget
left, the address space grown by earlier files or the number of files served says otherwise, the
child answers with ``retire`` and exits, and the parent starts a new one. The parent enforces the
wall-clock limit and kills the whole process group on expiry.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
import sys
import time
from typing import Any, BinaryIO

from app.documents import outcome as oc
from app.documents.limits import Limits

FILES_PER_CHILD = 200  # then a fresh child, whatever the budgets say
CPU_BUDGET_FILES = 5  # hard CPU limit of a child: this many files' allowance (plus what it used to start)
GROWTH_MB = 64  # address space a child may have grown by (from its start) and still take another file


def _allowance(limits: Limits) -> int:
    return limits.extract_seconds + 5


def limit_self(limits: Limits) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's wall-clock limit still applies
        return
    memory = limits.extract_memory_mb * 1024 * 1024
    cpu = int(cpu_seconds()) + CPU_BUDGET_FILES * _allowance(limits)
    for name, value in (
        ("RLIMIT_AS", memory),
        ("RLIMIT_CPU", cpu),
        ("RLIMIT_CORE", 0),
        ("RLIMIT_FSIZE", 0),
    ):
        which = getattr(resource, name, None)
        if which is not None:
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(which, (value, value))


def cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system


def limit_file(limits: Limits) -> bool:
    """Give the next file its CPU allowance; False when the hard limit leaves too little."""
    try:
        import resource
    except ImportError:
        return True
    soft = int(cpu_seconds()) + 1 + _allowance(limits)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY and soft > hard:
        return False
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    return True


def address_space_mb() -> float | None:
    """Virtual size (what RLIMIT_AS counts), Linux only."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            pages = int(handle.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def preload() -> None:
    """Import the parsers once, before any file: this is what makes the child worth keeping warm."""
    for module in ("pypdf", "docx", "PIL.Image", "pypdfium2", "lxml.etree"):
        with contextlib.suppress(Exception):
            __import__(module)
    from app.documents import docx_text, email_text, image_text, ocr, pdf_text  # noqa: F401

    gc.collect()
    gc.freeze()  # modules live as long as the child: never scan them again


def extract(fmt: str, encoding: str | None, data: bytes, limits: Limits, deadline: float) -> oc.Extraction:
    notes: list[str] = []
    try:
        from app.documents.ocr import Ocr

        ocr = Ocr(limits.ocr_languages if limits.ocr else "", deadline, limits.tesseract)
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
    served, start_mb = 0, None
    while True:
        line = stdin.readline()
        if not line:
            return 0  # the parent closed the pipe: done
        header = json.loads(line.decode("utf-8"))
        limits = Limits(**header["limits"])
        if served == 0:
            limit_self(limits)
            start_mb = address_space_mb()
        if not limit_file(limits):  # cannot happen after a truthful "retire"; be safe anyway
            return 0
        deadline = time.monotonic() + limits.extract_seconds * 0.8
        data = stdin.read(int(header["size"]))
        result = extract(header["format"], header.get("encoding"), data, limits, deadline)
        answer: dict[str, Any] = result.as_json()
        del data, result
        # The next file's headroom: drop this file's objects (and its text) now. What survives is
        # frozen (the parsers' modules and caches), so this full collection looks only at what
        # the next file creates: ~0.01 ms instead of 6–10 ms.
        gc.collect()
        gc.freeze()
        served += 1
        retire = served >= FILES_PER_CHILD or not _fit_for_another(limits, start_mb)
        answer["retire"] = retire
        payload = json.dumps(answer).encode("utf-8")
        stdout.write(b"%d\n" % len(payload) + payload)
        stdout.flush()
        del answer, payload
        if retire:
            return 0


def _fit_for_another(limits: Limits, start_mb: float | None) -> bool:
    try:
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        if hard != resource.RLIM_INFINITY and cpu_seconds() + 1 + _allowance(limits) > hard:
            return False
    except ImportError:
        pass
    now_mb = address_space_mb()
    return start_mb is None or now_mb is None or now_mb - start_mb <= GROWTH_MB


def main() -> int:
    logging.disable(logging.CRITICAL)  # library warnings may quote document content
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr  # a library that prints cannot corrupt the answer
    preload()
    return serve(sys.stdin.buffer, out)


if __name__ == "__main__":
    raise SystemExit(main())
