"""MuHash3072: the hash of a set, moved by one multiplication per element added or removed.

Bellare and Micciancio's multiplicative multiset hash, with Bitcoin Core's parameters (MuHash3072, its
UTXO set hash): an element is a 3072-bit number expanded from its bytes, and the set's hash is the
product of its elements modulo the prime 2^3072 - 1103717. Two different sets with the same product are
as hard to find as a discrete logarithm in that group, even for someone who picks the elements freely;
an additive sum is not (Wagner's generalized birthday search). Bitcoin Core expands an element with
ChaCha20; SHAKE-256, an extendable-output function made for the job, is in Python's standard library.
The hash is kept as a fraction (Bitcoin Core does the same): a removal multiplies a denominator, and
no inverse is ever computed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

_C = 1103717
PRIME = (1 << 3072) - _C
_LOW = (1 << 3072) - 1
ELEMENT_BYTES = 384
EMPTY = 1  # the hash of the empty set
HEX_DIGITS = 768


def _reduce(value: int) -> int:
    """``value`` mod PRIME, for a product of two reduced numbers: 2^3072 is C modulo PRIME, so the high
    part folds down twice (three times faster than ``%`` on numbers this size)."""
    value = (value & _LOW) + (value >> 3072) * _C
    value = (value & _LOW) + (value >> 3072) * _C
    return value - PRIME if value >= PRIME else value


def element(data: bytes) -> int:
    number = int.from_bytes(hashlib.shake_256(data).digest(ELEMENT_BYTES), "little")
    number = number - PRIME if number >= PRIME else number
    return number or 1  # zero (odds 2^-3072) would make the product forget everything else


def of(items: Iterable[bytes]) -> int:
    """The hash of a set."""
    value = EMPTY
    for data in items:
        value = _reduce(value * element(data))
    return value


@dataclass
class Fraction:
    """A set's hash kept as numerator / denominator: an element added multiplies the one, an element
    removed the other, so neither costs an inverse; comparing with a set's hash costs a multiplication."""

    numerator: int = EMPTY
    denominator: int = EMPTY

    def add(self, data: bytes) -> None:
        self.numerator = _reduce(self.numerator * element(data))

    def remove(self, data: bytes) -> None:
        self.denominator = _reduce(self.denominator * element(data))

    def times(self, other: Fraction) -> Fraction:
        return Fraction(
            _reduce(self.numerator * other.numerator), _reduce(self.denominator * other.denominator)
        )

    def equals(self, value: int) -> bool:
        """Whether this is the hash ``value`` (a zero numerator, a broken mark, equals no set's hash)."""
        return _reduce(value * self.denominator) == self.numerator

    def encode(self) -> str:
        return f"{self.numerator:0{HEX_DIGITS}x}:{self.denominator:0{HEX_DIGITS}x}"

    @classmethod
    def decode(cls, text: object) -> Fraction | None:
        """A fraction as ``encode`` wrote it, or None."""
        if not isinstance(text, str):
            return None
        numerator, _, denominator = text.partition(":")
        parts = [_number(numerator), _number(denominator)]
        if parts[0] is None or not parts[1]:  # a zero denominator would equal every set
            return None
        return cls(parts[0], parts[1])


def _number(text: str) -> int | None:
    if len(text) != HEX_DIGITS:
        return None
    try:
        value = int(text, 16)
    except ValueError:
        return None
    return value if value < PRIME else None
