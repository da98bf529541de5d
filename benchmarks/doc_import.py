"""Document import throughput, in two honest halves, each beside an in-process baseline.

- text documents: the generator's CVs and letters (PDF and DOCX, as ``app.demo`` makes them) plus the
  real corpus files that need no OCR, through ``vault.documents.add_many`` (sniff, warm sandboxed
  children on every core, sealing, index, audit, one commit per file) and through ``add`` one by
  one; baseline: the same extraction in this process (pypdf / python-docx), no sandbox, no
  encryption, no storage, one file after another.
- scans: the corpus files whose text is read by OCR (an e-mail whose attachments are images counts
  too), through ``add_many``; baseline: Tesseract alone on the very images the extractor gives it.

The first file of a run pays for starting the warm children: that is part of what is measured.
"""

from __future__ import annotations

import base64
import contextlib
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import demo
from app.clock import FixedClock
from app.documents import ocr, runner
from app.documents.limits import Limits
from app.documents.sandbox import extract
from app.documents.sniff import sniff
from app.errors import VaultError
from app.vault import Vault
from benchmarks.harness import median

PASSPHRASE = "benchmark passphrase 1234"
CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "good"
BAD_CORPUS = CORPUS.parent / "bad"


@dataclass
class Corpus:
    text: list[Path]  # no OCR needed
    scans: list[Path]  # some text comes from Tesseract
    images: dict[Path, list[Any]]  # what the extractor hands Tesseract, per scan


def generated_documents(folder: Path, count: int, seed: int = 2026) -> list[Path]:
    """``count`` CVs and letters (PDF and DOCX) from the demo generator, written under ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for spec in demo.generate(seed, count, documents=1.0):
        for doc in spec.documents:
            path = folder / f"{len(paths):04d}.{doc.file_name.rsplit('.', 1)[-1]}"
            path.write_bytes(doc.content)
            paths.append(path)
        if len(paths) >= count:
            break
    return paths[:count]


def _extract_all(data: bytes, limits: Limits) -> None:
    """The in-process extraction of a file and, for an e-mail, of its attachments (as ``add`` does)."""
    found = sniff(data)
    result = extract(found.format, found.encoding, data, limits, time.monotonic() + limits.extract_seconds)
    for attachment in result.attachments:
        _extract_all(base64.b64decode(str(attachment.get("data", ""))), limits)


def split_corpus(files: list[Path]) -> Corpus:
    """Which files need OCR: extract each in-process with Tesseract replaced by a recorder."""
    corpus = Corpus([], [], {})
    real_read = ocr.Ocr.read
    seen: list[Any] = []

    def record(self: ocr.Ocr, image: Any) -> str:
        seen.append(image.copy())
        return "recorded"

    ocr.Ocr.read = record  # type: ignore[method-assign]
    try:
        for path in files:
            seen.clear()
            _extract_all(path.read_bytes(), Limits())
            if seen:
                corpus.scans.append(path)
                corpus.images[path] = list(seen)
            else:
                corpus.text.append(path)
    finally:
        ocr.Ocr.read = real_read  # type: ignore[method-assign]
    return corpus


def _vault(folder: Path) -> tuple[Vault, int]:
    vault, _ = Vault.create(folder / "vault.sqlite3", PASSPHRASE, clock=FixedClock.on("2026-03-02"))
    return vault, vault.candidates.add(first_name="Bench", last_name="Mark")


def _ours(files: list[Path], batch: bool) -> float:
    """Seconds to import ``files`` into a fresh vault, from cold children."""
    runner.POOL.close()
    with tempfile.TemporaryDirectory() as tmp:
        vault, cid = _vault(Path(tmp))
        start = time.perf_counter()
        if batch:
            failed = [a.error for a in vault.documents.add_many(cid, files) if a.error]
            assert not failed, failed
        else:
            for path in files:
                vault.documents.add(cid, path)
        seconds = time.perf_counter() - start
        vault.close()
    return seconds


def _extraction_alone(files: list[Path]) -> float:
    limits = Limits()
    start = time.perf_counter()
    for path in files:
        _extract_all(path.read_bytes(), limits)
    return time.perf_counter() - start


def _tesseract_alone(corpus: Corpus) -> float:
    limits = Limits()
    start = time.perf_counter()
    for path in corpus.scans:
        reader = ocr.Ocr(limits.ocr_languages, time.monotonic() + 600, limits.tesseract)
        for image in corpus.images[path]:
            reader.read(image)
    return time.perf_counter() - start


def import_rates(
    corpus_dir: Path, generated: int = 100, repeats: int = 1, max_scans: int | None = None
) -> dict[str, Any]:
    """docs/s of text documents and of scans, each with its baseline (medians of ``repeats`` runs)."""
    with tempfile.TemporaryDirectory() as tmp:
        real = sorted(p for p in corpus_dir.iterdir() if p.is_file()) if corpus_dir.is_dir() else []
        corpus = split_corpus(real)
        scans = sorted(corpus.scans, key=lambda p: p.stat().st_size)[:max_scans]
        corpus.scans = scans
        docs = generated_documents(Path(tmp) / "generated", generated) + corpus.text
        runs: dict[str, list[float]] = {"batch": [], "one": [], "base": [], "scan": [], "tess": []}
        for _ in range(max(1, repeats)):
            runs["batch"].append(_ours(docs, batch=True))
            runs["one"].append(_ours(docs, batch=False))
            runs["base"].append(_extraction_alone(docs))
            if scans:
                runs["scan"].append(_ours(scans, batch=True))
                runs["tess"].append(_tesseract_alone(corpus))
        runner.POOL.close()
    rate = {
        key: (len(scans if key in ("scan", "tess") else docs) / median(v) if v else None)
        for key, v in runs.items()
    }
    return {
        "documents": len(docs),
        "generated": generated,
        "corpus_text": len(corpus.text),
        "scans": len(scans),
        "scan_names": [p.name for p in scans],
        "cores": os.cpu_count(),
        "batch_docs_per_s": rate["batch"],
        "one_by_one_docs_per_s": rate["one"],
        "extraction_alone_docs_per_s": rate["base"],
        "scans_docs_per_s": rate["scan"],
        "tesseract_alone_docs_per_s": rate["tess"],
    }


def hostile_import_seconds(limit: int | None = None) -> dict[str, Any]:
    """The slowest hostile file's import (refused or stored without text), beside the slowest real text
    document's import through the same path (one by one, warm children); ``limit`` files of each."""

    def slowest(files: list[Path]) -> tuple[float, str]:
        times = []
        with tempfile.TemporaryDirectory() as tmp:
            vault, cid = _vault(Path(tmp))
            vault.documents.add(cid, CORPUS / "pdf10-asciihex-hello.pdf")  # warms the children up
            for path in files:
                start = time.perf_counter()
                # A refusal with its message is the expected outcome for most of them.
                with contextlib.suppress(VaultError):
                    vault.documents.add(cid, path)
                times.append((time.perf_counter() - start, path.name))
            vault.close()
        return max(times)

    runner.POOL.close()
    bad, bad_name = slowest(sorted(p for p in BAD_CORPUS.iterdir() if p.is_file())[:limit])
    good, good_name = slowest(split_corpus(sorted(p for p in CORPUS.iterdir() if p.is_file())).text[:limit])
    runner.POOL.close()
    return {"bad_s": bad, "bad_name": bad_name, "good_s": good, "good_name": good_name}
