"""Every file of the good corpus imports and its candidate is found by a word only its document holds;
the bad corpus never crashes, hangs or eats memory (through the real CLI and extraction child)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.tesseract import find_tesseract
from app.vault import Vault
from tests.corpus_files import GOOD

HAVE_OCR = find_tesseract() is not None

# file -> words that occur only inside that document (checked against tests/corpus/MANIFEST.md)
GOOD_WORDS = {
    "cv-moderncv-classic-green-en.pdf": ["Madam"],
    "cv-moderncv-es.pdf": ["Formación", "académica"],
    "cv-word-resume-template-contentcontrols.docx": ["upon", "request"],  # inside content controls
    "distiller-pdf14-rotated-page.pdf": ["layout"],
    "email-with-attachments-unicode.eml": ["nodemailer", "unicode"],
    "eurotext-multilingual-utf8.txt": ["renard"],
    "first-page-header-sections.docx": ["second", "section"],
    "fr-form-160F-linearized-acroform.pdf": ["modele", "160"],
    "libreoffice-acroform.pdf": ["Nationality", "Form"],
    "libreoffice-vml-image.docx": ["VML"],
    "libreoffice-writer.pdf": ["Lorem", "ipsum"],
    "multilang-ar-ru-zh.pdf": ["Привет", "世界"],
    "nl-zoekhulp-verslagleggen.docx": ["zoekhulp"],
    "nl-zoekhulp-verslagleggen.pdf": ["zoekhulp"],
    "pdf10-asciihex-hello.pdf": ["Hello"],
    "pdf13-sf424-application-form.pdf": ["Applicant"],
    "pdfa-ghostscript.pdf": ["Crazy"],
    "ru-uz-embedded-ole-objects.docx": ["Русский"],
    "scan-with-ocr-layer.pdf": ["Vicksburg"],
    "text-only-in-textbox.docx": ["Datum", "plane"],  # only inside w:txbxContent
    "textbox-and-image.docx": ["image", "below"],
    "two-column-pdflatex.pdf": ["Two-Column"],
    "visa-application-legacy-formfields.docx": ["VISA"],
    "word-table-header-footer.docx": ["Microsoft", "sample"],
    "word2016-itext-linearized.pdf": ["lowly"],
}
# Scans without a text layer: words read by OCR.
OCR_WORDS = {
    "scan-eurotext-multilingual.png": ["renard", "Fuchs"],
    "scan-hebrew-typography.jpg": ["1957"],  # a Hebrew page: its years are what nld+fra+eng OCR reads
}
NO_TEXT_SCANS = {"scan-ccitt-fax-image-only.pdf"}  # a 16x16 pixel smiley: OCR runs and finds no text


def _candidate(vault: Vault) -> int:
    return vault.candidates.add(first_name="Zed", last_name="Quux", email="zq@example.org")


def test_every_good_file_is_covered() -> None:
    assert set(GOOD_WORDS) | set(OCR_WORDS) | NO_TEXT_SCANS == {p.name for p in GOOD.iterdir()}


@pytest.mark.parametrize("name", sorted(GOOD_WORDS))
def test_good_file_is_found_by_a_word_of_its_document(vault: Vault, name: str) -> None:
    other = vault.candidates.add(first_name="Other", last_name="Person")
    cid = _candidate(vault)
    result = vault.documents.add(cid, GOOD / name, "cv")
    doc_id = result[0] if isinstance(result, list) else result
    info = vault.documents.info(doc_id)
    assert info.text_status == "ok", info.notes
    hits = vault.search.search(GOOD_WORDS[name]).hits
    assert [h.id for h in hits] == [cid]
    assert f"document:{doc_id}" in hits[0].matches
    assert all(m.startswith("document:") for m in hits[0].matches)
    assert vault.search.search(["zzyzxnotthere"]).hits == []
    assert other not in [h.id for h in vault.search.search(["Zed"]).hits]


@pytest.mark.skipif(not HAVE_OCR, reason="Tesseract is not installed (apt install tesseract-ocr)")
@pytest.mark.parametrize("name", sorted(OCR_WORDS))
def test_scan_is_found_by_a_word_read_with_ocr(vault: Vault, name: str) -> None:
    cid = _candidate(vault)
    doc_id = vault.documents.add(cid, GOOD / name, "diploma")
    assert isinstance(doc_id, int)
    info = vault.documents.info(doc_id)
    assert info.text_status == "ok"
    assert "text read by OCR" in info.notes
    assert [h.id for h in vault.search.search(OCR_WORDS[name]).hits] == [cid]


@pytest.mark.skipif(not HAVE_OCR, reason="Tesseract is not installed (apt install tesseract-ocr)")
def test_image_only_pdf_is_read_by_ocr_and_stored(vault: Vault) -> None:
    cid = _candidate(vault)
    doc_id = vault.documents.add(cid, GOOD / "scan-ccitt-fax-image-only.pdf", "diploma")
    assert isinstance(doc_id, int)
    info = vault.documents.info(doc_id)
    assert info.text_status == "no_text"
    assert "text of 1 page(s) read by OCR" in info.notes
    assert vault.documents.read(doc_id) == (GOOD / "scan-ccitt-fax-image-only.pdf").read_bytes()


def test_without_tesseract_scans_are_stored_as_no_text_scan(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # the child runs sys.executable by full path
    cid = _candidate(vault)
    doc_id = vault.documents.add(cid, GOOD / "scan-eurotext-multilingual.png", "diploma")
    assert isinstance(doc_id, int)
    info = vault.documents.info(doc_id)
    assert info.text_status == "no_text_scan"
    assert any("install Tesseract" in note for note in info.notes)


def test_email_attachments_become_documents_of_their_own(vault: Vault) -> None:
    cid = _candidate(vault)
    ids = vault.documents.add(cid, GOOD / "email-with-attachments-unicode.eml", "other")
    assert isinstance(ids, list) and len(ids) >= 3
    docs = {d.id: d for d in vault.documents.list(cid)}
    assert docs[ids[0]].media_type == "message/rfc822" and docs[ids[0]].parent_id is None
    assert all(docs[i].parent_id == ids[0] for i in ids[1:])
    names = {docs[i].file_name for i in ids[1:]}
    assert {"image.png", "notes.txt"} <= names
    # Deleting the message deletes its attachments and every token of them.
    vault.documents.delete(ids[0])
    assert vault.documents.list(cid) == []
    assert vault.search.search(["nodemailer"]).hits == []


# Runs in a fresh process, so that its peak memory (and its extraction children's) is its own, not that of
# whatever else this test session started.
_BAD_PROBE = """
import contextlib, io, json, resource, sys
from pathlib import Path
from app.cli import main
base, cid, folder = sys.argv[1:5], sys.argv[5], Path(sys.argv[6])
rows = []
for path in sorted(folder.iterdir()):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*base, "document", "add", cid, str(path)])
    rows.append([path.name, code, out.getvalue(), err.getvalue()])
peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
print(json.dumps({"rows": rows, "peak_kib": peak}))
"""


# How long each file may take is a benchmark figure (import_hostile_max, < 10 s), not a wall-clock bound here;
# a hang still fails: the extraction children have their own deadline, and this run has one too.
def test_bad_corpus_through_the_cli_never_crashes_hangs_or_bloats(
    cli_vault: object, bad_corpus: Path
) -> None:
    cli = cli_vault
    cid = cli.ok("add", "--first-name", "Bad", "--last-name", "Files").strip()  # type: ignore[attr-defined]
    base = cli.base()  # type: ignore[attr-defined]
    run = subprocess.run(
        [sys.executable, "-c", _BAD_PROBE, *base, cid, str(bad_corpus)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads(run.stdout)
    stored = 0
    for name, code, out, err in report["rows"]:
        assert "Traceback" not in err, name
        if code == 0:
            stored += 1
            assert out.strip().isdigit(), name
        else:
            assert code == 1, (name, err)
            lines = err.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("candidate-vault: "), (name, err)
    assert len(report["rows"]) == len(list(bad_corpus.iterdir()))
    assert 0 < stored < len(report["rows"])  # some refused, some stored without text
    listed = json.loads(cli.ok("document", "list", cid, "--json"))  # type: ignore[attr-defined]
    assert len(listed) == stored  # a refused file left nothing behind
    peak = report["peak_kib"] * (1 if sys.platform == "darwin" else 1024)
    assert peak < 1024**3, f"peak memory {peak / 1024**2:.0f} MB"


@pytest.mark.skipif(not HAVE_OCR, reason="Tesseract is not installed (apt install tesseract-ocr)")
def test_extraction_over_its_time_limit_still_stores_the_file(vault: Vault) -> None:
    vault.set_setting("documents.extract_seconds", "1")  # OCR of this page takes several seconds
    cid = _candidate(vault)
    doc_id = vault.documents.add(cid, GOOD / "scan-hebrew-typography.jpg", "diploma")
    assert isinstance(doc_id, int)
    info = vault.documents.info(doc_id)
    assert info.text_status == "no_text"
    assert any("longer than" in note for note in info.notes), info.notes
    assert vault.documents.read(doc_id) == (GOOD / "scan-hebrew-typography.jpg").read_bytes()
