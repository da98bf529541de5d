"""Known answers for the envelope format: a change that breaks old vaults fails here."""

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.crypto.envelope import associated_data, decode_text, encode_text, open_sealed, seal
from app.crypto.keys import VaultKeys, subkey
from app.errors import Damaged

KEY = bytes(range(32))
NONCE = bytes(range(100, 112))
# Format v1 of b"\x01Zoe" under KEY/NONCE, bound to candidates.first_name of row 7.
KNOWN = bytes.fromhex("01646566676869 6a6b6c6d6e6f".replace(" ", ""))
KNOWN_HEX = "016465666768696a6b6c6d6e6f4941b10383c3ca307b317a2ab85bf41c1e493a29"
BLIND_INDEX_SUBKEY_HEX = "9acde873d79de9d4b022a325512903bd2f0b6148d504fedbef61b93a639378df"


def test_associated_data_format() -> None:
    assert associated_data("candidates", "first_name", 7) == b"cv1|candidates|first_name|7"


def test_known_answer_seal() -> None:
    sealed = seal(KEY, encode_text("Zoe"), associated_data("candidates", "first_name", 7), nonce=NONCE)
    assert sealed[:13] == KNOWN
    assert sealed.hex() == KNOWN_HEX
    assert (
        decode_text(open_sealed(KEY, sealed, associated_data("candidates", "first_name", 7), "x"), "x")
        == "Zoe"
    )


def test_known_answer_subkeys() -> None:
    assert subkey(KEY, "blind-index/v1").hex() == BLIND_INDEX_SUBKEY_HEX
    wrapped = VaultKeys(KEY)._wrap.encrypt(
        NONCE, b"k" * 32, associated_data("candidate_keys", "wrapped_key", 1)
    )
    assert (
        AESGCM(subkey(KEY, "candidate-key-wrap/v1")).decrypt(
            NONCE, wrapped, b"cv1|candidate_keys|wrapped_key|1"
        )
        == b"k" * 32
    )


@pytest.mark.parametrize(
    "aad",
    [
        associated_data("candidates", "last_name", 7),
        associated_data("candidates", "first_name", 8),
        associated_data("documents", "first_name", 7),
    ],
)
def test_envelope_bound_to_place(aad: bytes) -> None:
    sealed = seal(KEY, encode_text("Zoe"), associated_data("candidates", "first_name", 7))
    with pytest.raises(Damaged, match="damaged"):
        open_sealed(KEY, sealed, aad, "candidates 7: first_name")


def test_every_flipped_byte_is_caught() -> None:
    aad = associated_data("candidates", "first_name", 7)
    sealed = seal(KEY, encode_text("Zoe"), aad)
    for index in range(len(sealed)):
        damaged = bytearray(sealed)
        damaged[index] ^= 0x01
        with pytest.raises(Damaged):
            open_sealed(KEY, bytes(damaged), aad, "x")


def test_none_and_empty_are_distinct() -> None:
    assert decode_text(encode_text(None), "x") is None
    assert decode_text(encode_text(""), "x") == ""
