"""A deterministic synthetic Belgian vault: for the demo mode, the GUI and the benchmarks.

``generate(seed, count)`` yields one ``CandidateSpec`` per candidate: realistic Flemish, Walloon and
Brussels names and addresses, +32 mobile numbers, e-mails, procedures over three years with their
outcomes, reserve-pool consents (some expiring soon, some withdrawn), a few legal holds and
restrictions, and for a share of candidates a CV and a motivation letter as real PDF or DOCX files.
The same seed and count always give the same specs (each candidate has its own seeded generator,
so candidate 7 is the same whatever the count). ``populate`` writes them through the Vault service;
``populate_bulk`` writes the same thing in batches of 1,000 rows, for 100,000-candidate benchmarks.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import demo_words as words
from app.demo_files import DOCX_MEDIA_TYPE, PDF_MEDIA_TYPE, docx_bytes, pdf_bytes

if TYPE_CHECKING:
    from app.vault import Vault

REFERENCE_DAY = dt.date(2026, 3, 2)
DOCUMENT_SHARE = 0.2  # candidates with a CV (and mostly a letter): 20k of 100k in the benchmarks
HISTORY_DAYS = 3 * 365


@dataclass(frozen=True)
class VacancySpec:
    title: str
    department: str
    opened_on: dt.date
    closed_on: dt.date | None


@dataclass(frozen=True)
class ProcedureSpec:
    vacancy: int  # index into vacancies(seed, count, today)
    stage: str
    outcome: str  # open | rejected | withdrawn | hired
    applied_on: dt.date
    ended_on: dt.date | None


@dataclass(frozen=True)
class ConsentSpec:
    given_on: dt.date
    ends_on: dt.date | None
    withdrawn_on: dt.date | None
    method: str
    evidence: str


@dataclass(frozen=True)
class HoldSpec:
    placed_on: dt.date
    released_on: dt.date | None
    reason: str


@dataclass(frozen=True)
class DocumentSpec:
    kind: str  # cv | letter
    file_name: str
    media_type: str
    content: bytes
    text: str  # what text extraction gives back


@dataclass(frozen=True)
class CandidateSpec:
    index: int
    fields: dict[str, str | None]
    created_on: dt.date
    procedures: tuple[ProcedureSpec, ...]
    consents: tuple[ConsentSpec, ...]
    holds: tuple[HoldSpec, ...]
    restrictions: tuple[dt.date, ...]
    documents: tuple[DocumentSpec, ...]


def vacancy_count(count: int) -> int:
    return max(3, min(500, count // 200))


def vacancies(seed: int, count: int, today: dt.date = REFERENCE_DAY) -> list[VacancySpec]:
    """The vacancies that ``count`` candidates applied to, opened evenly over three years."""
    rng = random.Random(f"vacancies:{seed}")
    n = vacancy_count(count)
    found = []
    for i in range(n):
        opened = today - dt.timedelta(days=HISTORY_DAYS - (HISTORY_DAYS * i) // n)
        closes = opened + dt.timedelta(days=rng.randint(30, 90))
        found.append(
            VacancySpec(
                rng.choice(words.VACANCY_TITLES),
                rng.choice(words.DEPARTMENTS),
                opened,
                closes if closes < today else None,
            )
        )
    return found


def fold(text: str) -> str:
    """ASCII for e-mail addresses: 'Zoë Van den Broeck' -> 'zoevandenbroeck'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def _pick_region(rng: random.Random) -> tuple[str, int, tuple[str, ...], tuple[str, ...], tuple, str]:  # type: ignore[type-arg]
    return rng.choices(words.REGIONS, weights=[r[1] for r in words.REGIONS])[0]


def _fields(rng: random.Random) -> tuple[dict[str, str | None], list[str]]:
    _, _, firsts, lasts, places, lang = _pick_region(rng)
    first, last = rng.choice(firsts), rng.choice(lasts)
    if rng.random() < 0.08:  # double family names: "Dubois-Lambert"
        last = f"{last}-{rng.choice(lasts)}"
    if lang == "fr" and rng.random() < 0.2:
        lang = rng.choice(("nl", "en"))
    street, postcode, commune = rng.choice(places)
    number = str(rng.randint(1, 240)) + (rng.choice(("", "", "", "A", " bus 3", " bus 12")))
    sep = rng.choice((".", ".", "_", ""))
    email = f"{fold(first)}{sep}{fold(last)}{rng.choice(('', '', str(rng.randint(1, 99))))}"
    spoken = rng.sample(words.LANGUAGES, rng.randint(1, 4))
    skills = rng.sample(words.SKILLS, rng.randint(2, 6))
    years = rng.randint(0, 25)
    fields: dict[str, str | None] = {
        "first_name": first,
        "last_name": last,
        "email": f"{email}@{rng.choice(words.MAIL_DOMAINS)}",
        "phone": f"+32 {rng.choice(words.MOBILE_PREFIXES)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)}",
        "address": f"{street} {number}, {postcode} {commune}",
        "source": rng.choice(words.SOURCES),
        "languages": ", ".join(f"{name} ({rng.choice(words.LANGUAGE_LEVELS)})" for name in spoken),
        "summary": f"{rng.choice(words.VACANCY_TITLES)}, {years} jaar ervaring: {', '.join(skills[:3])}",
        "language": lang,
        "external_ref": f"{rng.choice(('VDAB', 'FOREM', 'ACT'))}-{rng.randint(100000, 999999)}"
        if rng.random() < 0.3
        else None,
    }
    return fields, [*skills, *spoken]


def _procedures(rng: random.Random, jobs: list[VacancySpec], today: dt.date) -> tuple[ProcedureSpec, ...]:
    count = rng.choices((1, 2, 3), weights=(70, 22, 8))[0]
    picks = sorted(rng.sample(range(len(jobs)), min(count, len(jobs))), key=lambda i: jobs[i].opened_on)
    found = []
    for n, job in enumerate(picks):
        applied = min(today, jobs[job].opened_on + dt.timedelta(days=rng.randint(0, 30)))
        ended: dt.date | None = applied + dt.timedelta(days=rng.randint(7, 75))
        last = n == len(picks) - 1
        if last and (ended is None or ended > today or rng.random() < 0.05):
            outcome, ended = "open", None
        else:
            outcome = rng.choices(("rejected", "withdrawn", "hired"), weights=(75, 15, 10 if last else 1))[0]
        stage = rng.choice(
            ("applied", "screening", "interview", "offer" if outcome != "rejected" else "interview")
        )
        found.append(ProcedureSpec(job, stage, outcome, applied, ended))
    return tuple(found)


def _consents(
    rng: random.Random, procedures: tuple[ProcedureSpec, ...], today: dt.date, lang: str | None
) -> tuple[ConsentSpec, ...]:
    last = procedures[-1]
    if last.ended_on is None or last.outcome == "hired" or rng.random() > 0.35:
        return ()
    given = last.ended_on
    if rng.random() < 0.1:  # expiring soon: given about 23 months ago
        given = today - dt.timedelta(days=rng.randint(690, 725))
    given = min(given, today)
    ends = given + dt.timedelta(days=365) if rng.random() < 0.05 else None
    withdrawn = None
    if rng.random() < 0.1 and given < today:
        withdrawn = given + dt.timedelta(days=rng.randint(1, max(1, (today - given).days)))
    evidence = {
        "nl": "Akkoord om in de wervingsreserve te blijven",
        "fr": "Accord pour rester dans la réserve de recrutement",
    }.get(lang or "", "Agreed to stay in the recruitment reserve")
    method = rng.choice(("email", "form", "paper", "verbal"))
    return (ConsentSpec(given, ends, withdrawn, method, f"{evidence} ({method}, {given.isoformat()})"),)


def _documents(
    rng: random.Random, fields: dict[str, str | None], topics: list[str]
) -> tuple[DocumentSpec, ...]:
    name = f"{fields['first_name']} {fields['last_name']}"
    school, degree = rng.choice(words.SCHOOLS), rng.choice(words.DEGREES)
    employers = rng.sample(words.EMPLOYERS, rng.randint(1, 3))
    cv = [
        f"Curriculum vitae - {name}",
        f"{fields['address']} | {fields['phone']} | {fields['email']}",
        f"Opleiding: {degree}, {school} ({rng.randint(1995, 2024)})",
        "Ervaring: " + "; ".join(f"{e} ({rng.randint(1, 9)} jaar)" for e in employers),
        f"Vaardigheden: {', '.join(topics)}",
        f"Talen: {fields['languages']}",
        f"Hobby's: {', '.join(rng.sample(words.HOBBIES, 2))}. "
        f"Persoonlijkheid: {', '.join(rng.sample(words.TRAITS, 2))}.",
    ]
    letter = [
        f"{name}, {fields['address']}",
        "Geachte heer, mevrouw," if fields["language"] != "fr" else "Madame, Monsieur,",
        f"Met veel interesse solliciteer ik voor de functie van {rng.choice(words.VACANCY_TITLES)}. "
        f"Bij {employers[0]} werkte ik met {', '.join(topics[:2])}; ik ben {rng.choice(words.TRAITS)} "
        f"en spreek {fields['languages']}.",
        "Met vriendelijke groeten,"
        if fields["language"] != "fr"
        else "Veuillez agréer mes salutations distinguées,",
        name,
    ]
    found = []
    for kind, paragraphs in (("cv", cv), ("letter", letter)):
        if kind == "letter" and rng.random() < 0.3:
            continue
        stem = f"{'CV' if kind == 'cv' else 'Motivatiebrief'} {name}"
        if rng.random() < 0.6:
            content, media, ext = pdf_bytes(paragraphs, stem), PDF_MEDIA_TYPE, "pdf"
        else:
            content, media, ext = docx_bytes(paragraphs), DOCX_MEDIA_TYPE, "docx"
        found.append(DocumentSpec(kind, f"{stem}.{ext}", media, content, "\n".join(paragraphs)))
    return tuple(found)


def candidate(
    seed: int, index: int, jobs: list[VacancySpec], today: dt.date, documents: float
) -> CandidateSpec:
    rng = random.Random(f"candidate:{seed}:{index}")
    fields, topics = _fields(rng)
    procedures = _procedures(rng, jobs, today)
    consents = _consents(rng, procedures, today, fields["language"])
    first_day = procedures[0].applied_on
    holds: tuple[HoldSpec, ...] = ()
    if rng.random() < 0.004:
        placed = first_day + dt.timedelta(days=rng.randint(0, max(0, (today - first_day).days)))
        released = placed + dt.timedelta(days=200) if rng.random() < 0.3 else None
        holds = (
            HoldSpec(
                placed, released if released and released < today else None, rng.choice(words.HOLD_REASONS)
            ),
        )
    restrictions = (today - dt.timedelta(days=rng.randint(0, 60)),) if rng.random() < 0.003 else ()
    docs = _documents(rng, fields, topics) if rng.random() < documents else ()
    return CandidateSpec(index, fields, first_day, procedures, consents, holds, restrictions, docs)


def generate(
    seed: int, count: int, *, today: dt.date = REFERENCE_DAY, documents: float = DOCUMENT_SHARE
) -> Iterator[CandidateSpec]:
    """``count`` candidates, the same for the same seed, count and day."""
    jobs = vacancies(seed, count, today)
    for index in range(count):
        yield candidate(seed, index, jobs, today, documents)


def document_share(with_documents: bool | float) -> float:
    if isinstance(with_documents, bool):
        return DOCUMENT_SHARE if with_documents else 0.0
    return float(with_documents)


def populate(vault: Vault, count: int, seed: int = 1, *, with_documents: bool | float = True) -> list[int]:
    """Add ``count`` synthetic candidates one by one through the Vault service; returns their ids."""
    from app.demo_store import populate_one_by_one

    return populate_one_by_one(vault, count, seed, document_share(with_documents))


def populate_bulk(
    vault: Vault,
    count: int,
    seed: int = 1,
    *,
    with_documents: bool | float = True,
    batch: int = 1000,
    observe: Callable[[list[CandidateSpec], list[int]], None] | None = None,
) -> list[int]:
    """The same vault as ``populate``, written ``batch`` candidates per transaction.

    ``observe(specs, ids)`` sees every committed batch: the benchmarks build their plaintext
    baseline from it without generating the data twice."""
    from app.demo_store import populate_in_batches

    return populate_in_batches(vault, count, seed, document_share(with_documents), batch, observe)
