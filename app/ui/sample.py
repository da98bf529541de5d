"""A small deterministic set of synthetic Belgian candidates, used only when app.demo is absent.

Every name is made up by combining common first and last names; none is a real person's record.
"""

from __future__ import annotations

import random

_FIRST = [
    "Lotte",
    "Jonas",
    "Emma",
    "Noah",
    "Elise",
    "Arthur",
    "Louise",
    "Lucas",
    "Marie",
    "Victor",
    "Anouk",
    "Wout",
    "Fien",
    "Mathis",
    "Camille",
    "Hugo",
    "Chloé",
    "Théo",
    "Manon",
    "Nathan",
    "Inès",
    "Sander",
    "Lien",
    "Bram",
    "Julie",
    "Thomas",
    "Sarah",
    "Youssef",
    "Amira",
    "Kobe",
]
_LAST = [
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Dubois",
    "Lambert",
    "Dupont",
    "Martin",
    "Simon",
    "Laurent",
    "Leclercq",
    "Vermeulen",
    "Van Damme",
    "Declercq",
    "Hermans",
    "Michiels",
    "El Amrani",
    "Desmet",
    "Lemaire",
    "Renard",
    "Fontaine",
    "Segers",
    "Verstraete",
    "Aerts",
]
_TOWNS = (
    ("Gent", "9000"),
    ("Antwerpen", "2000"),
    ("Leuven", "3000"),
    ("Namur", "5000"),
    ("Liège", "4000"),
    ("Brugge", "8000"),
    ("Mechelen", "2800"),
    ("Charleroi", "6000"),
    ("Hasselt", "3500"),
    ("Bruxelles", "1000"),
)
_STREETS = ("Kerkstraat", "Stationsstraat", "Rue de la Gare", "Dorpstraat", "Rue Haute", "Molenstraat")
_SOURCES = ("website", "LinkedIn", "VDAB", "Actiris", "Le Forem", "referral", "job fair")
_LANGS = ("nl, en", "fr, en", "nl, fr, en", "fr, nl", "nl, en, de")


def _ascii(text: str) -> str:
    return (
        text.lower().replace(" ", "").replace("é", "e").replace("è", "e").replace("ï", "i").replace("ë", "e")
    )


def generate(count: int, seed: int = 1) -> list[dict[str, str | None]]:
    rng = random.Random(seed)
    people: list[dict[str, str | None]] = []
    for _ in range(count):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        town, postcode = rng.choice(_TOWNS)
        language = "fr" if town in ("Namur", "Liège", "Charleroi", "Bruxelles") else "nl"
        people.append(
            {
                "first_name": first,
                "last_name": last,
                "email": f"{_ascii(first)}.{_ascii(last)}{rng.randint(1, 99)}@example.be",
                "phone": f"+32 4{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)}",
                "address": f"{rng.choice(_STREETS)} {rng.randint(1, 180)}, {postcode} {town}",
                "source": rng.choice(_SOURCES),
                "languages": rng.choice(_LANGS),
                "language": language,
            }
        )
    return people


SAMPLE = generate(200)
