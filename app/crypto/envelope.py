"""AES-256-GCM envelopes bound to where they are stored.

Format (version 1)::

    0x01 | nonce (12 bytes, random) | ciphertext | tag (16 bytes)

The associated data is ``b"cv1|" + table + b"|" + column + b"|" + row id``: a ciphertext copied
to another table, column or row fails to open. Known-answer tests pin this format.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import Damaged

VERSION = 1
NONCE_SIZE = 12
TAG_SIZE = 16
KEY_SIZE = 32
OVERHEAD = 1 + NONCE_SIZE + TAG_SIZE
_LARGE = 64 * 1024  # bytes from which sealing avoids copies


def associated_data(table: str, column: str, row_id: int | str) -> bytes:
    return f"cv{VERSION}|{table}|{column}|{row_id}".encode()


def seal(key: bytes | AESGCM, plaintext: bytes, aad: bytes, *, nonce: bytes | None = None) -> bytes:
    """Encrypt ``plaintext``; ``nonce`` is only ever given by known-answer tests."""
    aead = key if isinstance(key, AESGCM) else AESGCM(key)
    nonce = os.urandom(NONCE_SIZE) if nonce is None else nonce
    if len(plaintext) < _LARGE:
        return bytes([VERSION]) + nonce + aead.encrypt(nonce, plaintext, aad)
    # Large values (documents): encrypt straight into the envelope and hand that buffer back (a
    # bytearray: bytes-like, stored as a BLOB like bytes). Concatenating, or copying it into a bytes,
    # costs more than AES-GCM itself: sealing ran at 20-30 % of raw AES-GCM (benchmarks: encrypt_5mb).
    envelope = bytearray(OVERHEAD + len(plaintext))
    envelope[0] = VERSION
    envelope[1 : 1 + NONCE_SIZE] = nonce
    aead.encrypt_into(nonce, plaintext, aad, memoryview(envelope)[1 + NONCE_SIZE :])
    return cast(bytes, envelope)  # every use (SQL BLOB, len, slices, ==, hashing) takes a bytearray


def open_sealed(key: bytes | AESGCM, envelope: bytes | None, aad: bytes, what: str) -> bytes:
    """Decrypt an envelope, or raise Damaged naming ``what`` (never its content). ``open_texts`` inlines
    these checks for the list's hot path: a check added here must be added there too."""
    if not isinstance(envelope, bytes | bytearray | memoryview):  # a cell set to text or a number by hand
        raise Damaged(f"{what} is damaged (not an envelope: a value of the wrong type)")
    if not envelope or len(envelope) < OVERHEAD or envelope[0] != VERSION:
        raise Damaged(f"{what} is damaged (unknown or truncated envelope)")
    aead = key if isinstance(key, AESGCM) else AESGCM(key)
    try:
        # A memoryview: slicing the bytes would copy a whole document once more.
        return aead.decrypt(envelope[1 : 1 + NONCE_SIZE], memoryview(envelope)[1 + NONCE_SIZE :], aad)
    except InvalidTag:
        raise Damaged(f"{what} is damaged (it fails its integrity check)") from None


# Text fields: a marker byte distinguishes "no value" from "empty text", so that every personal
# cell always holds an envelope and a cell set to NULL by hand is caught as damage.
_NONE, _TEXT = b"\x00", b"\x01"


def open_texts(
    aead: AESGCM, table: str, row_id: int, cells: Iterable[tuple[str, object]]
) -> dict[str, str | None] | None:
    """Several text cells of one row (a list's fields), with the checks of ``open_sealed`` and
    ``decode_text`` inlined: a third of the per-cell cost when listing 100k candidates. None when any
    cell is not a sound envelope of text: the caller then opens them one by one, for the exact message."""
    opened: dict[str, str | None] = {}
    try:
        for column, envelope in cells:
            if type(envelope) is not bytes or len(envelope) < OVERHEAD or envelope[0] != VERSION:
                return None
            raw = aead.decrypt(
                envelope[1 : 1 + NONCE_SIZE],
                envelope[1 + NONCE_SIZE :],
                associated_data(table, column, row_id),
            )
            marker = raw[:1]
            if marker == _TEXT:
                opened[column] = raw[1:].decode("utf-8")
            elif raw == _NONE:
                opened[column] = None
            else:
                return None
    except (InvalidTag, UnicodeDecodeError):
        return None
    return opened


def encode_text(value: str | None) -> bytes:
    return _NONE if value is None else _TEXT + value.encode("utf-8")


def decode_text(raw: bytes, what: str) -> str | None:
    if raw == _NONE:
        return None
    if raw[:1] == _TEXT:
        return raw[1:].decode("utf-8")
    raise Damaged(f"{what} is damaged (unknown value encoding)")
