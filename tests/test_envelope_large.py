"""Large values (documents) are sealed without copies; the envelope format is the same."""

from __future__ import annotations

import os

import pytest

from app.crypto.envelope import OVERHEAD, open_sealed, seal
from app.errors import Damaged


@pytest.mark.parametrize("size", [65_535, 65_536, 300_000])
def test_large_values_round_trip_and_tampering_is_caught(size: int) -> None:
    key, data, aad = os.urandom(32), os.urandom(size), b"cv1|documents|content|7"
    envelope = seal(key, data, aad)
    assert isinstance(envelope, bytes) and len(envelope) == size + OVERHEAD
    assert open_sealed(key, envelope, aad, "documents 7: content") == data
    # Same layout as small values: a known nonce gives the same envelope either way.
    nonce = os.urandom(12)
    assert seal(key, data, aad, nonce=nonce)[:13] == b"\x01" + nonce
    tampered = bytearray(envelope)
    tampered[size // 2] ^= 1
    with pytest.raises(Damaged):
        open_sealed(key, bytes(tampered), aad, "documents 7: content")
    with pytest.raises(Damaged):
        open_sealed(key, envelope, b"cv1|documents|content|8", "documents 8: content")
