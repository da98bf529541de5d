"""Blind-index search: normalisation, bigrams, prefixes, and equality with a plaintext reference search."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
from sqlalchemy import select

from app.errors import InvalidInput
from app.search import tokens as tk
from app.store.models import SearchPosting, SearchSource
from app.vault import Vault


def test_words_are_folded_and_split() -> None:
    assert list(tk.words("Élodie VAN-DER Straße, ﬁle@x.be 42")) == [
        "elodie",
        "van",
        "der",
        "strasse",
        "file",
        "x",
        "be",
        "42",
    ]


def test_scripts_without_spaces_become_overlapping_pairs() -> None:
    assert list(tk.words("東京都に住む")) == ["東京", "京都", "都に", "に住", "住む"]
    assert list(tk.words("Python 開発")) == ["python", "開発"]
    assert list(tk.words("字")) == ["字"]


def test_tokens_are_keyed_and_domain_separated() -> None:
    one, two = b"k" * 32, b"j" * 32
    assert tk.token(one, tk.WORD, "jan") != tk.token(two, tk.WORD, "jan")
    assert tk.token(one, tk.WORD, "jan") != tk.token(one, tk.PREFIX, "jan")
    assert len(tk.token(one, tk.WORD, "jan")) == tk.TOKEN_BYTES


def test_index_holds_no_plaintext_and_profile_edits_replace_tokens(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="Jan", last_name="Janssens", email="jan.janssens@example.org")
    assert [h.id for h in vault.search.search(["jan"]).hits] == [cid]
    assert [h.id for h in vault.search.search(["janss"]).hits] == [cid]  # prefix of a name
    assert vault.search.search(["anss"]).hits == []  # not a prefix
    hit = vault.search.search(["Janssens"]).hits[0]
    assert hit.name == "Jan Janssens" and hit.matches == ["last_name", "email"]
    with vault.read() as session:
        stored = [*session.scalars(select(SearchSource.tokens))]
        stored += session.scalars(select(SearchPosting.token))
    assert stored and all(len(t) % tk.TOKEN_BYTES == 0 and b"jan" not in t for t in stored)
    vault.candidates.edit(cid, {"last_name": "Peeters", "email": None})
    assert vault.search.search(["janssens"]).hits == []
    assert [h.id for h in vault.search.search(["peet"]).hits] == [cid]


def test_document_words_are_not_prefix_searchable(vault: Vault) -> None:
    cid = vault.candidates.add(first_name="A", last_name="B", summary="boekhouding")
    assert [h.id for h in vault.search.search(["boekhouding"]).hits] == [cid]
    assert vault.search.search(["boekh"]).hits == []


def test_empty_query_is_refused(vault: Vault) -> None:
    with pytest.raises(InvalidInput):
        vault.search.search(["  ,, "])


# ---- equality with a plaintext reference on generated candidates --------------------------------

FIRST = ["Jan", "Anna", "Élodie", "Sören", "Marie", "Pieter", "Noël", "Ines", "Lars", "Zoë", "Kees", "Anouk"]
LAST = [
    "Janssens",
    "Peeters",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "De Smet",
    "Dubois",
]
VOCAB = [
    "python",
    "boekhouding",
    "français",
    "Nederlands",
    "English",
    "Excel",
    "SAP",
    "logistiek",
    "verkoop",
    "comptabilité",
    "ingénieur",
    "marketing",
    "Java",
    "rijbewijs",
    "heftruck",
    "klantendienst",
    "Gent",
    "Brussel",
    "Liège",
    "Antwerpen",
    "2019",
    "master",
    "bachelor",
    "stage",
    "financiën",
    "ÉCOLE",
    "été",
]


def reference_words(text: str) -> list[str]:
    """An independent plaintext normaliser for the generated (Latin-script) data."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return re.findall(r"[^\W_]+", stripped.lower())


@pytest.mark.slow
def test_search_equals_a_plaintext_reference_on_1000_candidates(vault: Vault) -> None:
    rng = random.Random(20260302)
    people: dict[int, dict[str, str]] = {}
    for _ in range(1000):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        local = f"{reference_words(first)[0]}.{reference_words(last)[-1]}{rng.randint(1, 99)}"
        fields = {
            "first_name": first,
            "last_name": last,
            "email": f"{local}@example.be",
            "summary": " ".join(rng.sample(VOCAB, rng.randint(0, 5))),
            "languages": ", ".join(rng.sample(["Nederlands", "Français", "English", "Deutsch"], 2)),
        }
        people[vault.candidates.add(**fields)] = fields

    def reference(query: list[str]) -> list[int]:
        wanted = [w for part in query for w in reference_words(part)]
        found = []
        for cid, fields in people.items():
            whole = {w for value in fields.values() for w in reference_words(value)}
            starts = {
                w for name in ("first_name", "last_name", "email") for w in reference_words(fields[name])
            }
            if all(w in whole or any(s.startswith(w) and len(w) >= 2 for s in starts) for w in wanted):
                found.append(cid)
        return sorted(found)

    pool = [*VOCAB, *FIRST, *LAST, "jan", "ja", "pe", "mer", "ex", "be", "deutsch", "absent", "pyth", "x"]
    queries = [[rng.choice(pool) for _ in range(rng.randint(1, 3))] for _ in range(150)]
    queries += [["jan", "python"], ["Élodie"], ["elodie", "FRANCAIS"], ["ecole", "ete"], ["de", "smet"]]
    nonempty = 0
    for query in queries:
        expected = reference(query)
        assert vault.search.candidate_ids(query) == expected, query
        nonempty += bool(expected)
    assert nonempty > len(queries) // 2  # the check is not vacuous


def _search_events(vault: Vault) -> list[dict[str, object]]:
    return [e["details"] for e in vault.audit_log.events() if e["action"] == "search"]


def test_a_search_answers_a_page_at_a_time(vault: Vault) -> None:
    ids = [vault.candidates.add(first_name=f"Jan{i}", last_name="Peeters") for i in range(7)]
    first = vault.search.search(["peeters"], limit=3)
    assert [h.id for h in first.hits] == ids[:3] and first.total == 7 and first.more
    last = vault.search.search(["peeters"], limit=3, offset=6)
    assert [h.id for h in last.hits] == ids[6:] and not last.more
    assert vault.search.search(["peeters"], limit=3, offset=9).hits == []
    assert len(vault.search.search(["peeters"], limit=None).hits) == 7
    with pytest.raises(InvalidInput):
        vault.search.search(["peeters"], limit=0)


def test_a_search_without_hits_is_counted_not_logged(vault: Vault) -> None:
    vault.candidates.add(first_name="Jan", last_name="Peeters")
    vault.search.search(["nobody"])
    vault.search.search(["nothing"])
    assert _search_events(vault) == []  # nothing written for them
    vault.search.search(["peeters"], limit=1)
    (event,) = _search_events(vault)
    assert {k: event[k] for k in ("words", "hits", "shown", "without_hits_before")} == {
        "words": 1,
        "hits": 1,
        "shown": 1,
        "without_hits_before": 2,
    }
