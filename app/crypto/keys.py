"""Sub-keys of the vault key, and per-candidate data keys wrapped by it.

Every purpose has its own HKDF sub-key, so that a key used for one job can never be confused with
another (a blind-index token is not a MAC of a key slot, and so on).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.crypto.envelope import KEY_SIZE, associated_data, open_sealed, seal


def subkey(master: bytes, purpose: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=f"candidate-vault/{purpose}".encode()
    ).derive(master)


def new_key() -> bytes:
    return os.urandom(KEY_SIZE)


def keyed_hash(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


class VaultKeys:
    """The unlocked vault key and what is derived from it; dropped on lock."""

    def __init__(self, vault_key: bytes) -> None:
        self.vault_key = vault_key
        self._wrap = AESGCM(subkey(vault_key, "candidate-key-wrap/v1"))
        self.slot_auth = subkey(vault_key, "key-slot-authenticator/v1")
        self.blind_index = subkey(vault_key, "blind-index/v1")
        self.contact = subkey(vault_key, "contact-fingerprint/v1")
        self.document_digest = subkey(vault_key, "document-digest/v1")
        self.backup = subkey(vault_key, "backup/v1")
        self.fact_signing = subkey(vault_key, "fact-signing/v1")  # an Ed25519 seed: app/integrity/fact_key

    # Made once per unlock, not at every write (each signs a manifest and the head: ~70 µs a time).
    @functools.cached_property
    def fact_signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.fact_signing)

    @functools.cached_property
    def fact_public(self) -> bytes:
        return self.fact_signing_key.public_key().public_bytes_raw()

    def wrap_candidate_key(self, candidate_id: int, data_key: bytes) -> bytes:
        return seal(self._wrap, data_key, associated_data("candidate_keys", "wrapped_key", candidate_id))

    def unwrap_candidate_key(self, candidate_id: int, wrapped: bytes) -> bytes:
        aad = associated_data("candidate_keys", "wrapped_key", candidate_id)
        return open_sealed(self._wrap, wrapped, aad, f"candidate {candidate_id}: data key")
