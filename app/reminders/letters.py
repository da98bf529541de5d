"""Renewal letters as DOCX, from the company-editable templates in resources/templates/.

Several letters go into one document, one per page, for printing. Placeholders are replaced inside
each paragraph's runs: Word often splits "{end_date}" over several runs (spell check, edits), so a
placeholder is found in the paragraph's joined text and the runs it spans are merged into the first
one, which keeps that run's formatting. Everything is built in memory; the only file written is the
one the user asked for.
"""

from __future__ import annotations

import copy
import io
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from app.errors import InvalidInput, UsageError
from app.resources import resource_path

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def template_path(language: str) -> Path:
    return resource_path("templates", f"renewal-letter-{language}.docx")


def fill_paragraph(paragraph: Paragraph, values: Mapping[str, str]) -> None:
    """Replace every known {placeholder} in the paragraph, even when it spans several runs."""
    runs = paragraph.runs
    texts = [run.text for run in runs]
    joined = "".join(texts)
    if "{" not in joined:
        return
    # Work from the end, so that earlier offsets stay valid while runs change.
    for match in reversed(list(PLACEHOLDER.finditer(joined))):
        key = match.group()[1:-1]
        if key not in values:
            continue
        start, end = match.span()
        first, offset = _run_at(texts, start)
        last, _ = _run_at(texts, end - 1)
        tail_offset = end - sum(len(t) for t in texts[:last])
        head = texts[first][:offset]
        tail = texts[last][tail_offset:]
        if first == last:
            texts[first] = head + values[key] + tail
        else:
            texts[first] = head + values[key]
            for middle in range(first + 1, last):
                texts[middle] = ""
            texts[last] = tail
    for run, text in zip(runs, texts, strict=True):
        if run.text != text:
            run.text = text  # "\n" becomes a line break in the run


def _run_at(texts: Sequence[str], position: int) -> tuple[int, int]:
    """Index of the run holding the character at ``position``, and the offset inside it."""
    seen = 0
    for index, text in enumerate(texts):
        if position < seen + len(text):
            return index, position - seen
        seen += len(text)
    raise IndexError(position)


def _fill_element(document: DocumentObject, element: Any, values: Mapping[str, str]) -> None:
    for p in element.iter(qn("w:p")):
        fill_paragraph(Paragraph(p, document._body), values)


def _load(language: str) -> DocumentObject:
    path = template_path(language)
    try:
        return Document(str(path))
    except (OSError, ValueError, KeyError) as exc:
        raise UsageError(f"cannot read the letter template {path.name}: {type(exc).__name__}") from None


def _body_elements(document: DocumentObject) -> list[Any]:
    return [child for child in document.element.body if child.tag != qn("w:sectPr")]


def _relink(clone: Any, source: DocumentObject, target: DocumentObject) -> None:
    """A part of another template (its logo, a link) gets its own relationship in the target document."""
    if source is target:
        return
    for element in clone.iter():
        for name, rid in list(element.attrib.items()):
            if not name.startswith(R_NS):
                continue
            rel = source.part.rels.get(rid)
            if rel is None:
                continue
            if rel.is_external:
                element.set(name, target.part.relate_to(rel.target_ref, rel.reltype, is_external=True))
            elif rel.reltype == RT.IMAGE:
                new_rid, _ = target.part.get_or_add_image(io.BytesIO(rel.target_part.blob))
                element.set(name, new_rid)


def render(letters: Sequence[tuple[str, Mapping[str, str]]], company: Mapping[str, str]) -> bytes:
    """One DOCX with one letter per page, each from its language's template.

    Page set-up, styles, headers and footers come from the first letter's template (headers and footers
    are filled with ``company``).
    """
    if not letters:
        raise InvalidInput("no letters to make")
    templates: dict[str, DocumentObject] = {}
    for language, _ in letters:
        if language not in templates:
            templates[language] = _load(language)
    document = templates[letters[0][0]]
    bodies = {language: _body_elements(doc) for language, doc in templates.items()}
    body = document.element.body
    for child in bodies[letters[0][0]]:
        body.remove(child)
    sect_pr = body.find(qn("w:sectPr"))
    for index, (language, values) in enumerate(letters):
        if index:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for child in bodies[language]:
            clone = copy.deepcopy(child)
            _relink(clone, templates[language], document)
            if sect_pr is not None:
                sect_pr.addprevious(clone)
            else:
                body.append(clone)
            _fill_element(document, clone, values)
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            if not part.is_linked_to_previous:
                _fill_element(document, part._element, company)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_new_file(path: Path, data: bytes) -> None:
    """Write the file the user asked for; never over an existing one."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise UsageError(f"{path} already exists; choose another file name") from None
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
