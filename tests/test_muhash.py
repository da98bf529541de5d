"""The roster's set hash (app/integrity/muhash.py): a set's hash, whatever the order it was built in,
moved by additions and removals to exactly the hash of the set that results."""

from __future__ import annotations

import pytest

from app.integrity import muhash, roster
from app.integrity.muhash import PRIME, Fraction


def test_the_hash_of_a_set_does_not_depend_on_its_order() -> None:
    items = [b"anna", b"bram", b"chloe", b"daan"]
    assert muhash.of(items) == muhash.of(reversed(items))
    assert muhash.of(items) != muhash.of(items[:3])
    assert muhash.of([]) == muhash.EMPTY


def test_a_change_moves_a_hash_to_the_hash_of_the_set_it_makes() -> None:
    signed = Fraction(muhash.of([b"anna", b"bram", b"chloe"]))
    change = Fraction()
    change.remove(b"bram")
    change.add(b"daan")
    change.add(b"emma")
    moved = signed.times(change)
    assert moved.equals(muhash.of([b"anna", b"chloe", b"daan", b"emma"]))
    assert not moved.equals(muhash.of([b"anna", b"bram", b"chloe", b"daan", b"emma"]))
    undo = Fraction()
    undo.add(b"bram")
    undo.remove(b"daan")
    undo.remove(b"emma")
    assert moved.times(undo).equals(muhash.of([b"anna", b"bram", b"chloe"]))


def test_the_same_element_twice_counts_twice() -> None:
    """A multiset: a duplicated row is not the row once."""
    assert muhash.of([b"anna", b"anna"]) != muhash.of([b"anna"])


def test_the_fast_reduction_is_the_remainder() -> None:
    for a, b in [(PRIME - 1, PRIME - 1), (PRIME - 1, 2), (1 << 3071, 1 << 3071), (12345, 67890)]:
        assert muhash._reduce(a * b) == a * b % PRIME


def test_an_element_is_a_number_below_the_prime() -> None:
    assert 0 < muhash.element(b"anna") < PRIME
    assert muhash.element(b"anna") != muhash.element(b"anna ")


def test_the_format_is_pinned() -> None:
    """Heads signed today must check tomorrow: the expansion and the encoding never drift silently."""
    assert Fraction(muhash.of([b"abc"])).encode().startswith("798f9e356f623aea5315aded26bdabf2")
    assert Fraction(muhash.of([b"abc", b"def"])).encode().endswith(":" + "0" * 767 + "1")
    assert Fraction(muhash.of([b"abc", b"def"])).encode()[:768].endswith("ab74a8b3d91795aa8998895ac0e5f15a")


def test_a_broken_mark_equals_no_set_and_stays_broken() -> None:
    broken = Fraction(0, 1)
    change = Fraction()
    change.add(b"anna")
    for value in (muhash.of([]), muhash.of([b"anna"])):
        assert not broken.equals(value)
        assert not broken.times(change).equals(value)


def test_encoded_hashes_read_back_and_nothing_else_does() -> None:
    value = Fraction(muhash.of([b"anna"]), muhash.of([b"bram"]))
    assert Fraction.decode(value.encode()) == value
    assert Fraction.decode(Fraction(0, 1).encode()) == Fraction(0, 1)
    one = "0" * 767 + "1"
    for bad in [
        "",
        one,
        f"{one}:",
        f"{one}:{'0' * 768}",
        f"{'zz' * 384}:{one}",
        f"{PRIME:0768x}:{one}",
        None,
        5,
    ]:
        assert Fraction.decode(bad) is None


@pytest.mark.parametrize("size", [1, 50])
def test_removing_everything_leaves_the_empty_hash(size: int) -> None:
    items = [b"%d" % i for i in range(size)]
    change = Fraction()
    for item in items:
        change.remove(item)
    assert Fraction(muhash.of(items)).times(change).equals(muhash.EMPTY)


def test_what_a_transaction_adds_and_removes_again_cancels_out_unread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A purge by an unlocked vault counts a record's evidence and drops it when it signs the record: the
    roster's hash moves by neither, and the evidence is never parsed (app/integrity/roster.py: moved)."""
    start = Fraction(muhash.of([b"a", b"b"]))
    kept, gone = b"\x01" * 32, b"\x02" * 32
    evidence = "evidence of 7"
    items: list[roster.Item] = [(-1, 7, gone), (+1, 7, evidence), (-1, 7, evidence), (+1, 8, kept)]

    def unparsable(_candidate_id: int, _text: str | None) -> bytes:
        raise AssertionError("evidence that cancels out is not read")

    monkeypatch.setattr(roster, "_evidence_digest", unparsable)
    moved = roster.moved(start, items)
    added, removed = muhash.of([roster._member(8, kept)]), muhash.of([roster._member(7, gone)])
    expected = start.times(Fraction(added, removed))
    assert _value(moved) == _value(expected)


def _value(fraction: Fraction) -> int:
    """The set hash a fraction stands for (numerator over denominator, modulo the prime)."""
    return fraction.numerator * pow(fraction.denominator, -1, PRIME) % PRIME
