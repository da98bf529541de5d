"""The renewal request in Dutch (Belgian usage), French and English: dates, e-mail and letter texts.

They say what the privacy policy promises: the reserve pool keeps a profile for at most two years, only with
the candidate's consent, which they may refuse or withdraw at any time; and how to answer.
Placeholders (``{candidate_name}`` ...) are filled by ``fill``; the letter texts are also what
``resources/templates/build_templates.py`` writes into the editable DOCX templates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

NBSP = "\u00a0"  # French typography: a no-break space before ; : ? !

MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
}

# Content-Language of the e-mail: the company is Belgian.
CONTENT_LANGUAGE = {"nl": "nl-BE", "fr": "fr-BE", "en": "en"}


def format_date(day: dt.date, language: str) -> str:
    """28 februari 2026 / 28 février 2026 (1er mars 2026) / 28 February 2026."""
    month = MONTHS[language].split()[day.month - 1]
    number = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return f"{number} {month} {day.year}"


@dataclass(frozen=True)
class Text:
    subject: str
    body: str


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace {placeholders}; unknown ones stay as they are (a company may add its own text with braces)."""
    out = template
    for key, value in values.items():
        out = out.replace("{" + key + "}", value)
    return out


EMAIL: dict[str, Text] = {
    "nl": Text(
        subject="Mogen we uw gegevens in onze wervingsreserve houden? – {company_name}",
        body="""Beste {candidate_name},

Op {consent_date} gaf u {company_name} de toestemming om uw gegevens bij te houden in onze \
wervingsreserve, zodat we u kunnen contacteren voor toekomstige vacatures. Volgens ons privacybeleid \
bewaren we die gegevens maximaal twee jaar. Uw toestemming loopt af op {end_date}.

Wilt u in onze wervingsreserve blijven? Antwoord dan uiterlijk op {answer_by} op deze e-mail en laat ons \
weten dat u akkoord gaat. Uw toestemming geldt dan opnieuw voor maximaal twee jaar, te rekenen vanaf de \
dag van uw antwoord.

Wilt u dat liever niet, of horen we niets van u, dan wissen we uw gegevens wanneer uw toestemming \
afloopt. U hoeft daarvoor geen reden op te geven: u mag weigeren, en u kunt uw toestemming op elk moment \
kosteloos intrekken, ook later. U kunt ons ook altijd vragen om uw gegevens in te zien, te verbeteren of \
te wissen.

Bedankt voor uw interesse in {company_name}.

Met vriendelijke groeten

{company_name}
{company_address}
""",
    ),
    "fr": Text(
        subject=f"Pouvons-nous garder vos données dans notre réserve de recrutement{NBSP}? "
        "– {company_name}",
        body=f"""Bonjour {{candidate_name}},

Le {{consent_date}}, vous avez accepté que {{company_name}} conserve vos données dans sa réserve de \
recrutement, afin de pouvoir vous contacter pour de futurs postes vacants. Conformément à notre politique \
de confidentialité, nous conservons ces données pendant deux ans au maximum. Votre consentement prend \
fin le {{end_date}}.

Souhaitez-vous rester dans notre réserve de recrutement{NBSP}? Il vous suffit de répondre à cet e-mail \
au plus tard le {{answer_by}} pour nous donner votre accord. Votre consentement vaudra alors pour une \
nouvelle période de deux ans au maximum, à compter du jour de votre réponse.

Si vous ne le souhaitez pas, ou si nous ne recevons pas de réponse de votre part, nous effacerons vos \
données à la fin de votre consentement. Vous n'avez pas à vous justifier{NBSP}: vous pouvez refuser, et \
vous pouvez retirer votre consentement à tout moment, gratuitement, même plus tard. Vous pouvez aussi \
nous demander à tout moment de consulter, de rectifier ou d'effacer vos données.

Nous vous remercions de l'intérêt que vous portez à {{company_name}}.

Bien à vous,

{{company_name}}
{{company_address}}
""",
    ),
    "en": Text(
        subject="May we keep your details in our recruitment reserve? – {company_name}",
        body="""Dear {candidate_name},

On {consent_date} you agreed that {company_name} could keep your details in its recruitment reserve, so \
that we can contact you about future vacancies. Under our privacy policy we keep them for two years at \
most. Your consent ends on {end_date}.

Would you like to stay in our recruitment reserve? Then simply reply to this e-mail by {answer_by} to say \
that you agree. Your consent will then run again for at most two years from the day of your answer.

If you would rather not, or if we do not hear from you, we will delete your details when your consent \
ends. You do not need to give a reason: you may refuse, and you may withdraw your consent at any time, \
free of charge, also later on. You can also ask us at any time to see, correct or delete your data.

Thank you for your interest in {company_name}.

Kind regards,

{company_name}
{company_address}
""",
    ),
}


@dataclass(frozen=True)
class LetterText:
    """The parts of the letter template, in order; the build script lays them out."""

    subject: str
    salutation: str
    paragraphs: tuple[str, ...]
    closing: str


LETTER: dict[str, LetterText] = {
    "nl": LetterText(
        subject="Betreft: uw gegevens in onze wervingsreserve",
        salutation="Beste {candidate_name},",
        paragraphs=(
            "Op {consent_date} gaf u {company_name} de toestemming om uw gegevens bij te houden in onze "
            "wervingsreserve, zodat we u kunnen contacteren voor toekomstige vacatures. Volgens ons "
            "privacybeleid bewaren we die gegevens maximaal twee jaar. Uw toestemming loopt af op "
            "{end_date}.",
            "Wilt u in onze wervingsreserve blijven? Laat het ons dan uiterlijk op {answer_by} weten, per "
            "e-mail aan {reply_email} of per brief aan het adres bovenaan. Uw toestemming geldt dan opnieuw "
            "voor maximaal twee jaar, te rekenen vanaf de dag van uw antwoord.",
            "Wilt u dat liever niet, of horen we niets van u, dan wissen we uw gegevens wanneer uw "
            "toestemming afloopt. U hoeft daarvoor geen reden op te geven: u mag weigeren, en u kunt uw "
            "toestemming op elk moment kosteloos intrekken, ook later. U kunt ons ook altijd vragen om uw "
            "gegevens in te zien, te verbeteren of te wissen.",
            "Bedankt voor uw interesse in {company_name}.",
        ),
        closing="Met vriendelijke groeten",
    ),
    "fr": LetterText(
        subject="Concerne\u00a0: vos données dans notre réserve de recrutement",
        salutation="Bonjour {candidate_name},",
        paragraphs=(
            "Le {consent_date}, vous avez accepté que {company_name} conserve vos données dans sa réserve "
            "de recrutement, afin de pouvoir vous contacter pour de futurs postes vacants. Conformément à "
            "notre politique de confidentialité, nous conservons ces données pendant deux ans au maximum. "
            "Votre consentement prend fin le {end_date}.",
            f"Souhaitez-vous rester dans notre réserve de recrutement{NBSP}? Faites-le-nous savoir au plus "
            "tard le {answer_by}, par e-mail à {reply_email} ou par courrier à l'adresse ci-dessus. Votre "
            "consentement vaudra alors pour une nouvelle période de deux ans au maximum, à compter du jour "
            "de votre réponse.",
            "Si vous ne le souhaitez pas, ou si nous ne recevons pas de réponse de votre part, nous "
            f"effacerons vos données à la fin de votre consentement. Vous n'avez pas à vous justifier{NBSP}: "
            "vous pouvez refuser, et vous pouvez retirer votre consentement à tout moment, gratuitement, "
            "même plus tard. Vous pouvez aussi nous demander à tout moment de consulter, de rectifier ou "
            "d'effacer vos données.",
            "Nous vous remercions de l'intérêt que vous portez à {company_name}.",
        ),
        closing="Bien à vous,",
    ),
    "en": LetterText(
        subject="Your details in our recruitment reserve",
        salutation="Dear {candidate_name},",
        paragraphs=(
            "On {consent_date} you agreed that {company_name} could keep your details in its recruitment "
            "reserve, so that we can contact you about future vacancies. Under our privacy policy we keep "
            "them for two years at most. Your consent ends on {end_date}.",
            "Would you like to stay in our recruitment reserve? Then please let us know by {answer_by}, by "
            "e-mail to {reply_email} or by post to the address above. Your consent will then run again for "
            "at most two years from the day of your answer.",
            "If you would rather not, or if we do not hear from you, we will delete your details when your "
            "consent ends. You do not need to give a reason: you may refuse, and you may withdraw your "
            "consent at any time, free of charge, also later on. You can also ask us at any time to see, "
            "correct or delete your data.",
            "Thank you for your interest in {company_name}.",
        ),
        closing="Kind regards,",
    ),
}


def letter_as_text(language: str, values: Mapping[str, str]) -> Text:
    """A plain-text copy of the letter, for the correspondence log."""
    letter = LETTER[language]
    parts = [
        values.get("letter_date", ""),
        fill(letter.subject, values),
        fill(letter.salutation, values),
        *(fill(p, values) for p in letter.paragraphs),
        letter.closing,
        values.get("company_name", ""),
    ]
    return Text(fill(letter.subject, values), "\n\n".join(parts) + "\n")
