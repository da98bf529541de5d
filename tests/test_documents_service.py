"""Document service: canary never on disk, duplicates, notes, export/read, atomic import, deletion."""

from __future__ import annotations

import io
import json
import zlib
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest
from sqlalchemy import func, select

from app.documents.service import DocumentService
from app.documents.sniff import DocumentRefused
from app.errors import NotFound, UsageError
from app.store.models import Document, SearchPosting, SearchSource
from app.vault import Vault
from tests.conftest import Cli, assert_absent

CANARY = "Zwartkopmeesje"  # a word that exists only in the generated documents


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF written by hand (compressed content stream, so the word is not in the file as is)."""
    content = zlib.compress(f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode("latin-1"))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def docx_bytes(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(f"Curriculum vitae. Hobby: {text}.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def eml_bytes(text: str) -> bytes:
    message = EmailMessage()
    message["From"] = "sender@example.org"
    message["To"] = "hr@example.org"
    message["Subject"] = "Sollicitatie"
    message.set_content(f"Beste, mijn hobby is {text}.")
    message.add_attachment(
        f"Attached note about {text}".encode(), maintype="text", subtype="plain", filename="n.txt"
    )
    return message.as_bytes()


@pytest.fixture
def cid(vault: Vault) -> int:
    return vault.candidates.add(first_name="Anna", last_name="Peeters", email="anna.peeters@example.org")


def test_canary_never_reaches_disk_in_plaintext(
    vault: Vault, vault_path: Path, cid: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    child_tmp = tmp_path / "child-tmp"
    child_tmp.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(child_tmp))
    files = {
        f"cv-{CANARY}.pdf": minimal_pdf(f"Hobby {CANARY} and more"),
        f"letter-{CANARY}.docx": docx_bytes(CANARY),
        f"mail-{CANARY}.eml": eml_bytes(CANARY),
    }
    for name, data in files.items():
        assert vault.documents.add(cid, data, "cv", name)
    hits = vault.search.search([CANARY]).hits
    assert [h.id for h in hits] == [cid] and len(hits[0].matches) == 4  # pdf, docx, mail, its attachment
    assert vault.documents.text(vault.documents.list(cid)[0].id).count(CANARY) == 1
    vault.close()
    assert_absent(vault_path.parent, CANARY, CANARY.lower())
    assert_absent(child_tmp, CANARY, CANARY.lower())
    assert list(child_tmp.iterdir()) == []


def test_duplicate_file_is_refused_for_the_same_candidate_only(vault: Vault, cid: int) -> None:
    data = minimal_pdf("Duplicate test")
    first = vault.documents.add(cid, data, "cv", "a.pdf")
    with pytest.raises(DocumentRefused, match="already has this file"):
        vault.documents.add(cid, data, "letter", "b.pdf")
    other = vault.candidates.add(first_name="Bert", last_name="Claes")
    second = vault.documents.add(other, data, "cv", "a.pdf")
    assert first != second
    with vault.read() as session:
        digests = list(session.scalars(select(Document.digest)))
    assert digests[0] != digests[1]  # per-candidate keyed hash: equal files do not link two candidates


def test_extension_mismatch_is_accepted_and_noted(vault: Vault, cid: int) -> None:
    doc_id = vault.documents.add(cid, docx_bytes("Mismatch"), "cv", "really-a-docx.pdf")
    assert isinstance(doc_id, int)
    info = vault.documents.info(doc_id)
    assert info.text_status == "ok"
    assert "the name says .pdf, the content is DOCX" in info.notes


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-16", b""), ("cp1252", b""), ("latin-1", b""), ("utf-8", b"\xef\xbb\xbf")],
)
def test_plain_text_in_common_encodings(vault: Vault, cid: int, encoding: str, prefix: bytes) -> None:
    text = "Ervaring: boekhouding, Français, Ærøskøbing"
    data = prefix + text.encode(encoding)
    doc_id = vault.documents.add(cid, data, "cv", "cv.txt")
    assert isinstance(doc_id, int)
    assert vault.documents.text(doc_id) == text
    assert [h.id for h in vault.search.search(["francais", "aeroskobing"]).hits] == [cid]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"MZ\x90\x00" + bytes(200), "executable"),
        (bytes(range(256)) * 4, "unknown file type"),
    ],
)
def test_refusals_are_one_line_and_leave_nothing(vault: Vault, cid: int, data: bytes, message: str) -> None:
    with pytest.raises(DocumentRefused, match=message) as caught:
        vault.documents.add(cid, data, "cv", "x.pdf")
    assert "\n" not in str(caught.value)
    assert vault.documents.list(cid) == []


def test_size_limit_is_a_setting(vault: Vault, cid: int) -> None:
    vault.set_setting("documents.max_bytes", "2048")
    with pytest.raises(DocumentRefused, match="larger than"):
        vault.documents.add(cid, b"a" * 4096, "cv", "big.txt")


def test_import_is_all_or_nothing(vault: Vault, cid: int, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def fail_on_second(session: object, candidate_id: int, document_id: int, text: str) -> int:
        calls.append(document_id)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return 0

    monkeypatch.setattr(vault.search, "index_document", fail_on_second)
    with pytest.raises(RuntimeError):
        vault.documents.add(cid, eml_bytes("Atomic"), "other", "m.eml")
    with vault.read() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 0


def test_read_export_and_delete(vault: Vault, cid: int, tmp_path: Path) -> None:
    data = minimal_pdf("Exportable words")
    doc_id = vault.documents.add(cid, data, "diploma", "diploma.pdf")
    assert isinstance(doc_id, int)
    assert vault.documents.read(doc_id) == data
    assert vault.verify().ok  # every document envelope opens under its row's associated data
    out = tmp_path / "out.pdf"
    vault.documents.export(doc_id, out)
    assert out.read_bytes() == data
    with pytest.raises(UsageError, match="already exists"):
        vault.documents.export(doc_id, out)
    assert [h.id for h in vault.search.search(["exportable"]).hits] == [cid]
    vault.documents.delete(doc_id)
    assert vault.search.search(["exportable"]).hits == []
    with vault.read() as session:
        assert session.scalar(select(func.count()).where(SearchSource.document_id.is_not(None))) == 0
    with pytest.raises(NotFound):
        vault.documents.read(doc_id)


def test_unknown_candidate_is_refused(vault: Vault) -> None:
    with pytest.raises(NotFound):
        vault.documents.add(999, b"hello", "cv", "a.txt")


def test_cli_documents_commands(cli_vault: object, tmp_path: Path) -> None:
    cli = cli_vault
    cid = cli.ok("add", "--first-name", "Jan", "--last-name", "Janssens").strip()  # type: ignore[attr-defined]
    source = tmp_path / "cv.pdf"
    source.write_bytes(minimal_pdf("Boekhouding Python"))
    doc_id = cli.ok("document", "add", cid, str(source), "--kind", "cv").strip()  # type: ignore[attr-defined]
    assert doc_id.isdigit()
    listing = cli.ok("document", "list", cid)  # type: ignore[attr-defined]
    assert "cv.pdf" in listing and "ok" in listing
    out = tmp_path / "back.pdf"
    cli.ok("document", "get", doc_id, "--out", str(out))  # type: ignore[attr-defined]
    assert out.read_bytes() == source.read_bytes()
    found = cli.ok("search", "jan", "python", "--json")  # type: ignore[attr-defined]
    assert f'"id": {cid}' in found and f'"document:{doc_id}"' in found and '"first_name"' in found
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    code, _, err = cli("document", "add", cid, str(empty))  # type: ignore[operator]
    assert code == 1 and err.strip() == "candidate-vault: the file is empty"

    changed = cli.ok("document", "kind", doc_id, "diploma")  # type: ignore[attr-defined]
    assert changed.strip() == f"Document {doc_id} is now of kind diploma."
    assert "diploma" in cli.ok("document", "list", cid)  # type: ignore[attr-defined]
    cli.ok("document", "delete", doc_id)  # type: ignore[attr-defined]
    assert cli.ok("document", "list", cid).strip() == ""  # type: ignore[attr-defined]
    code, _, err = cli("document", "delete", doc_id)  # type: ignore[operator]
    assert code == 1 and err.strip() == f"candidate-vault: there is no document {doc_id}"


@pytest.mark.parametrize(
    ("child", "reason"),
    [
        ("import time; time.sleep(120)", "longer than 1 s"),  # a hang: the process group is killed
        ("import os; os.abort()", "crashed"),
        ("print('not json')", "no usable answer"),
    ],
)
def test_a_child_that_hangs_or_crashes_still_stores_the_file(
    vault: Vault, cid: int, monkeypatch: pytest.MonkeyPatch, child: str, reason: str
) -> None:
    import sys

    from app.documents import runner

    monkeypatch.setattr(runner, "child_command", lambda: [sys.executable, "-c", child])
    vault.set_setting("documents.extract_seconds", "1")
    doc_id = vault.documents.add(cid, b"plain words", "other", "a.txt")
    assert isinstance(doc_id, int)
    info = vault.documents.info(doc_id)
    assert info.text_status == "no_text"
    assert any(reason in note for note in info.notes), info.notes


def test_purging_a_candidate_removes_documents_and_tokens(vault: Vault, cid: int) -> None:
    from app.retention.purge import purge_candidate

    vault.documents.add(cid, docx_bytes("Purgeable"), "cv", "cv.docx")
    assert [h.id for h in vault.search.search(["purgeable"]).hits] == [cid]
    purge_candidate(vault, cid, "test")
    assert vault.search.search(["purgeable"]).hits == []
    with vault.read() as session:
        assert session.scalar(select(func.count()).select_from(SearchSource)) == 0
        assert session.scalar(select(func.count()).select_from(SearchPosting)) == 0
        assert session.scalar(select(func.count()).select_from(Document)) == 0


def test_add_document_prints_each_id_as_its_file_lands(
    cli_vault: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run stopped after the second of three files has printed exactly the two ids that landed."""
    cid = cli_vault.ok("add", "--first-name", "Jan", "--last-name", "Janssens").strip()
    files = []
    for n in range(3):
        files.append(tmp_path / f"letter{n}.txt")
        files[-1].write_text(f"Brief nummer {n} over boekhouding.\n")
    real = DocumentService._store_one
    calls = []

    def store_then_stop(self: DocumentService, *args: object) -> object:
        if len(calls) == 2:
            raise KeyboardInterrupt  # as a kill between two files
        calls.append(1)
        return real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(DocumentService, "_store_one", store_then_stop)
    code, out, err = cli_vault("document", "add", cid, *map(str, files))
    assert code == 130 and "interrupted" in err
    printed = out.split()
    monkeypatch.undo()
    listed = json.loads(cli_vault.ok("document", "list", cid, "--json"))
    assert len(printed) == 2 and sorted(printed) == sorted(str(d["id"]) for d in listed)
