"""Typing a last name to confirm a deletion: case, accents and spacing aside, nothing else."""

from __future__ import annotations

import pytest

from app.confirmation import typed_name_matches


@pytest.mark.parametrize(
    "typed, name",
    [
        ("dupré", "Dupré"),
        ("DUPRE", "Dupré"),
        ("  van den  berg ", "Van den Berg"),
        ("lefevre-dubois", "Lefèvre-Dubois"),
        ("ozturk", "Öztürk"),
        ("ｐｅｅｔｅｒｓ", "Peeters"),  # full-width letters, as some input methods type them
    ],
)
def test_the_same_name_typed_otherwise_confirms(typed: str, name: str) -> None:
    assert typed_name_matches(typed, name)


@pytest.mark.parametrize(
    "typed, name",
    [
        ("Dupr", "Dupré"),
        ("Duprée", "Dupré"),
        ("vandenberg", "Van den Berg"),
        ("Peeters", "Maes"),
        ("", "Maes"),
        ("", ""),
        ("  ", " "),
    ],
)
def test_another_or_a_partial_name_does_not(typed: str, name: str) -> None:
    assert not typed_name_matches(typed, name)
