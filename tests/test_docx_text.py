"""DOCX text: every run a reader sees (text boxes, content controls, insertions), no deleted text, no DTDs."""

from __future__ import annotations

import io
import zipfile

import pytest

from app.documents.docx_text import docx_text
from app.documents.limits import Limits
from app.documents.outcome import NotADocument, NoText

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.footer+xml"/></Types>'
)
BODY = (
    f"<w:document {W}><w:body>"
    "<w:p><w:r><w:t>Visible</w:t></w:r></w:p>"
    "<w:sdt><w:sdtContent><w:p><w:r><w:t>Controlled</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    "<w:p><w:ins><w:r><w:t>Inserted</w:t></w:r></w:ins><w:del><w:r><w:delText>Deleted</w:delText></w:r></w:del></w:p>"
    "<w:p><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>"
    "</w:body></w:document>"
)
FOOTER = f"<w:ftr {W}><w:p><w:r><w:t>Footed</w:t></w:r></w:p></w:ftr>"


def make_docx(parts: dict[str, str | bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_every_visible_run_and_no_deleted_text() -> None:
    data = make_docx({"[Content_Types].xml": TYPES, "word/document.xml": BODY, "word/footer1.xml": FOOTER})
    words = docx_text(data, Limits()).split()
    assert words == ["Visible", "Controlled", "Inserted", "Boxed", "Footed"]


def test_entity_declarations_are_not_parsed() -> None:
    evil = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + BODY
    data = make_docx({"[Content_Types].xml": TYPES, "word/document.xml": evil})
    with pytest.raises(NoText, match="entity"):
        docx_text(data, Limits())


def test_limits_are_checked_on_the_central_directory() -> None:
    data = make_docx({"[Content_Types].xml": TYPES, "word/document.xml": BODY + " " * 3_000_000})
    with pytest.raises(NoText, match="unpack"):
        docx_text(data, Limits(docx_max_unpacked_bytes=1024 * 1024))
    with pytest.raises(NoText, match="entries"):
        docx_text(data, Limits(docx_max_entries=1))


def test_zip_without_word_document_is_not_a_document() -> None:
    with pytest.raises(NotADocument):
        docx_text(make_docx({"hello.txt": "hi"}), Limits())
