"""The Ed25519 key that signs the candidates' fact manifests.

Its private half is derived from the vault key (HKDF, purpose "fact-signing/v1") rather than stored:
every unlocked session has it, a locked one never does, and nothing new needs wrapping. The public half
is stored in the vault (``vault_meta`` "fact_key") for locked runs to read, and its id is what a user
pins outside the file (``--trust KEYID``): a file-level attacker or a DBA can replace the stored public
key and re-sign, but then it no longer matches the pin.
"""

from __future__ import annotations

import functools
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy.orm import Session

from app.crypto.keys import VaultKeys
from app.store import meta

META_KEY = "fact_key"
KEY_ID_HEX = 16  # 64 bits: enough to tell keys apart when typed on a command line


def signing_key(keys: VaultKeys) -> Ed25519PrivateKey:
    return keys.fact_signing_key


def public_of(keys: VaultKeys) -> bytes:
    """The public half (raw bytes) of the key these vault keys derive."""
    return keys.fact_public


def key_id(public: bytes) -> str:
    return hashlib.sha256(b"candidate-vault/fact-key/v1" + public).hexdigest()[:KEY_ID_HEX]


def stored_public(session: Session) -> bytes | None:
    stored = meta.value(session, META_KEY)
    if stored is None:
        return None
    try:
        public = bytes.fromhex(stored)
    except ValueError:
        return b""  # present but not a key: fails every check
    return public


def store_public(session: Session, keys: VaultKeys) -> None:
    meta.put(session, META_KEY, public_of(keys).hex())


def verifies(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        _public_key(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@functools.lru_cache(maxsize=4)
def _public_key(public: bytes) -> Ed25519PublicKey:
    """Loaded once per key: ``verify`` checks a signature per candidate with the same one."""
    return Ed25519PublicKey.from_public_bytes(public)
