"""Build the renewal-letter templates renewal-letter-{nl,fr,en}.docx from app/reminders/texts.py.

Run from the repository root:  python resources/templates/build_templates.py
The .docx files are committed: a company opens them in Word to add its logo, change the address block,
the wording or the signature. Keep the {placeholders}; the program fills them in each letter:
{candidate_name} {candidate_address} {consent_date} {end_date} {answer_by} {letter_date}
{company_name} {company_address} {reply_email}. Headers and footers may use the company placeholders.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from app.reminders.texts import LETTER  # noqa: E402


def build(language: str, target: Path) -> None:
    text = LETTER[language]
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)  # A4
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)

    sender = doc.add_paragraph()
    sender.add_run("{company_name}").bold = True
    sender.add_run().add_break()
    sender.add_run("{company_address}")

    # Recipient block where a window envelope shows it.
    recipient = doc.add_paragraph()
    recipient.paragraph_format.left_indent = Cm(9.5)
    recipient.paragraph_format.space_before = Pt(36)
    recipient.paragraph_format.space_after = Pt(36)
    recipient.add_run("{candidate_name}")
    recipient.add_run().add_break()
    recipient.add_run("{candidate_address}")

    date = doc.add_paragraph("{letter_date}")
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph().add_run(text.subject).bold = True
    doc.add_paragraph(text.salutation)
    for paragraph in text.paragraphs:
        doc.add_paragraph(paragraph).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    closing = doc.add_paragraph(text.closing)
    closing.paragraph_format.space_after = Pt(48)  # room for a signature
    doc.add_paragraph("{company_name}")

    doc.core_properties.title = text.subject
    doc.core_properties.author = "CandidateVault"
    doc.save(str(target))


def main() -> None:
    for language in LETTER:
        target = HERE / f"renewal-letter-{language}.docx"
        build(language, target)
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
