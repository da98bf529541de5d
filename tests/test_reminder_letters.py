"""Renewal letters: DOCX from the per-language templates, one per page, and (with LibreOffice) to PDF."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from app.clock import FixedClock
from app.errors import UsageError
from app.reminders.letters import fill_paragraph, template_path
from app.reminders.texts import LETTER
from app.store.models import Correspondence
from app.vault import Vault
from tests.conftest import Cli, assert_absent
from tests.reminder_support import AS_OF, PERSONAL, ZOE, add_pool_candidate, add_three, configure, free_port

D = dt.date.fromisoformat


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(AS_OF)


def test_placeholder_split_over_runs_is_filled_and_keeps_the_first_runs_format() -> None:
    doc = Document()
    paragraph = doc.add_paragraph()
    first = paragraph.add_run("Ends on {end")
    first.bold = True
    paragraph.add_run("_da")
    paragraph.add_run("te}, {unknown} and {candidate_name}.")
    fill_paragraph(paragraph, {"end_date": "28 februari 2026", "candidate_name": "Zoë\nVan den Broeck"})
    assert paragraph.text == "Ends on 28 februari 2026, {unknown} and Zoë\nVan den Broeck."
    assert paragraph.runs[0].text == "Ends on 28 februari 2026" and paragraph.runs[0].bold
    assert paragraph.runs[0]._r.find(qn("w:br")) is None
    assert paragraph.runs[2]._r.find(qn("w:br")) is not None  # a new line in a value is a line break


@pytest.mark.parametrize("language", sorted(LETTER))
def test_templates_exist_and_hold_the_placeholders(language: str) -> None:
    text = "\n".join(p.text for p in Document(str(template_path(language))).paragraphs)
    for key in (
        "candidate_name",
        "candidate_address",
        "consent_date",
        "end_date",
        "answer_by",
        "company_name",
    ):
        assert "{" + key + "}" in text


def _letters(vault: Vault, target: Path) -> list[int]:
    report = vault.reminders.make_letters(vault.reminders.notices(D(AS_OF)), target)
    assert report.failed == []
    return report.sent


def test_letters_one_per_page_in_each_language(vault: Vault, tmp_path: Path) -> None:
    zoe, elodie, owen = add_three(vault)
    configure(vault, free_port())
    target = tmp_path / "letters.docx"
    assert _letters(vault, target) == [zoe, elodie, owen]
    doc = Document(str(target))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "{" not in text  # every placeholder filled
    breaks = [br for br in doc.element.body.iter(qn("w:br")) if br.get(qn("w:type")) == "page"]
    assert len(breaks) == 2
    assert "Beste Zoë Van den Broeck," in text and "loopt af op 28 februari 2026" in text
    assert "Kouter 12\n9000 Gent" in text  # address lines as line breaks
    assert "Bonjour Élodie Dubois-Lefèvre," in text and "prend fin le 1er mars 2026" in text
    assert "Dear Owen O'Brien," in text and "Your consent ends on 5 March 2026" in text
    assert "10 januari 2026" in text and "10 janvier 2026" in text  # the letter's date
    assert vault.reminders.notices(D(AS_OF)) == []
    with vault.read() as session:
        rows = session.query(Correspondence).all()
        assert {(r.channel, r.direction) for r in rows} == {("letter", "out")}
        body = vault.sealer.open_text(session, zoe, "correspondence", "body", rows[0].id, rows[0].body)
        assert body is not None and "28 februari 2026" in body
    with pytest.raises(UsageError, match="already exists"):
        vault.reminders.make_letters([vault.reminders.notice_for(zoe, D(AS_OF))], target, force=True)


def test_candidate_without_address_is_skipped_and_stays_open(vault: Vault, tmp_path: Path) -> None:
    zoe = add_pool_candidate(vault, ZOE, "2024-02-29")  # no address
    configure(vault, free_port())
    report = vault.reminders.make_letters(vault.reminders.notices(D(AS_OF)), tmp_path / "l.docx")
    assert report.sent == [] and "no postal address" in report.failed[0][1]
    assert not (tmp_path / "l.docx").exists()
    assert [n.candidate_id for n in vault.reminders.notices(D(AS_OF))] == [zoe]


def test_company_edits_to_the_template_survive(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A company adds a header and a line to its template: the letters keep them."""
    resources = tmp_path / "bundle" / "resources" / "templates"
    resources.mkdir(parents=True)
    for language in LETTER:
        doc = Document(str(template_path(language)))
        doc.sections[0].header.paragraphs[0].text = "{company_name} · HR"
        doc.add_paragraph("P.S. {candidate_name}, ons kantoor is verhuisd.")
        doc.save(str(resources / f"renewal-letter-{language}.docx"))
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path / "bundle"), raising=False)  # as in a PyInstaller app
    add_pool_candidate(vault, ZOE, "2024-02-29", "Kouter 12\n9000 Gent")
    configure(vault, free_port())
    _letters(vault, tmp_path / "out.docx")
    doc = Document(str(tmp_path / "out.docx"))
    assert doc.sections[0].header.paragraphs[0].text == "Brouwerij De Kroon · HR"
    assert doc.paragraphs[-1].text == "P.S. Zoë Van den Broeck, ons kantoor is verhuisd."


def _pdf_text(docx: Path, work: Path) -> list[str]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui")
    profile = work / "lo-profile"
    out = work / "pdf"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(work)},
    )
    reader = PdfReader(io.BytesIO((out / (docx.stem + ".pdf")).read_bytes()))
    return [page.extract_text() for page in reader.pages]


@pytest.mark.slow
def test_cli_letters_convert_to_pdf_with_name_and_end_date(
    vault: Vault, vault_path: Path, cli: Cli, tmp_path: Path
) -> None:
    add_three(vault)
    configure(vault, free_port())
    vault.close()
    target = tmp_path / "out" / "letters.docx"
    target.parent.mkdir()
    temp = tmp_path / "tmp"
    temp.mkdir()
    proc = cli.spawn(
        "remind", "--send", "--as-of", AS_OF, "--letters", str(target), env={"TMPDIR": str(temp)}
    )
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "Wrote 3 letter(s)" in out
    assert_absent(vault_path.parent, *PERSONAL)
    assert_absent(temp, *PERSONAL)
    assert [p.name for p in target.parent.iterdir()] == ["letters.docx"]  # nothing else beside it

    pages = [" ".join(page.split()) for page in _pdf_text(target, tmp_path / "lo")]
    assert len(pages) == 3  # one letter per page
    assert "Zoë Van den Broeck" in pages[0] and "28 februari 2026" in pages[0]
    assert "Élodie Dubois-Lefèvre" in pages[1] and "1er mars 2026" in pages[1]
    assert "Owen O'Brien" in pages[2] and "5 March 2026" in pages[2]
