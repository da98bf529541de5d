"""Text of a DOCX: every text run a reader sees, read from the XML parts with a locked-down lxml.

python-docx's paragraph API misses text boxes (w:txbxContent), content controls (w:sdt) and tracked
insertions (w:ins); walking every w:t of each part finds them. Deleted or moved-away text (w:del,
w:moveFrom), field codes (w:instrText) and the VML fallback copy of a drawing (mc:Fallback) are skipped.
The ZIP's central directory is checked against the limits before any part is inflated.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from app.documents.limits import Limits
from app.documents.outcome import NotADocument, NoText

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_TEXT_PARTS = ("document.main", "header", "footer", "footnotes", "endnotes", "comments")
_SKIP = {f"{W}del", f"{W}delText", f"{W}moveFrom", f"{W}instrText", f"{MC}Fallback"}
_BREAKS = {f"{W}br": "\n", f"{W}cr": "\n", f"{W}tab": "\t"}
_MB = 1024 * 1024


def _parser() -> etree.XMLParser:
    # No entities resolved, no DTD loaded, no network, no huge-tree mode (libxml2 keeps its size limits).
    return etree.XMLParser(
        resolve_entities=False, load_dtd=False, no_network=True, dtd_validation=False, huge_tree=False
    )


def _check_directory(archive: zipfile.ZipFile, limits: Limits) -> None:
    entries = archive.infolist()
    if len(entries) > limits.docx_max_entries:
        raise NoText(
            f"the DOCX holds {len(entries)} entries, more than the limit of {limits.docx_max_entries}"
        )
    unpacked = sum(info.file_size for info in entries)
    if unpacked > limits.docx_max_unpacked_bytes:
        raise NoText(
            f"the DOCX would unpack to {unpacked // _MB} MB, more than the limit of "
            f"{limits.docx_max_unpacked_bytes // _MB} MB (zip bomb?)"
        )


def _read(archive: zipfile.ZipFile, name: str, limits: Limits) -> bytes:
    with archive.open(name) as part:
        data = part.read(limits.docx_max_unpacked_bytes + 1)
    if len(data) > limits.docx_max_unpacked_bytes:
        raise NoText("a part of the DOCX unpacks beyond the size limit (zip bomb?)")
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:4096]:
        # Word never writes a DTD; one here is an entity attack (billion laughs, XXE): not parsed.
        raise NoText("the DOCX holds XML entity declarations, which Word files never have; not read")
    return data


def _text_parts(archive: zipfile.ZipFile, limits: Limits) -> list[str]:
    names = set(archive.namelist())
    if "[Content_Types].xml" not in names:
        if "word/document.xml" in names:
            return ["word/document.xml"]
        raise NotADocument("a ZIP archive that is not a Word document (no word/document.xml)")
    types = etree.fromstring(_read(archive, "[Content_Types].xml", limits), _parser())
    main: list[str] = []
    others: list[str] = []
    for override in types.iter(f"{CT}Override"):
        part = (override.get("PartName") or "").lstrip("/")
        content_type = override.get("ContentType") or ""
        if "wordprocessingml" not in content_type or part not in names:
            continue
        if "document.main" in content_type:
            main.append(part)
        elif any(f".{kind}+xml" in content_type for kind in _TEXT_PARTS[1:]):
            others.append(part)
    if not main:
        raise NotADocument("a ZIP archive that is not a Word document (no main document part)")
    return main + sorted(others)


def part_text(xml: bytes) -> str:
    root = etree.fromstring(xml, _parser())
    out: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if tag in _SKIP:
                walker.skip_subtree()
            elif tag == f"{W}t" and element.text:
                out.append(element.text)
            elif tag in _BREAKS:
                out.append(_BREAKS[tag])
        elif tag == f"{W}p":
            out.append("\n")
    return "".join(out)


def docx_text(data: bytes, limits: Limits) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise NotADocument("a damaged ZIP archive, not a readable Word document") from None
    with archive:
        _check_directory(archive, limits)
        texts: list[str] = []
        total = 0
        for name in _text_parts(archive, limits):
            text = part_text(_read(archive, name, limits))
            texts.append(text)
            total += len(text)
            if total > limits.max_text_chars:
                break
        return "\n".join(t for t in texts if t.strip())
