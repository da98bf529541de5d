"""Key slots: the vault key wrapped under a passphrase (Argon2id) or under the recovery key (HKDF).

A slot holds: its KDF parameters, a verifier (tells a wrong secret from a damaged slot), the wrapped
vault key, and an authenticator under a vault sub-key, so that ``verify`` can check slots it cannot
open (another user's, the recovery slot) before they are needed.
"""

from __future__ import annotations

import base64
import hmac
import json
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.crypto import kdf
from app.crypto.envelope import associated_data, open_sealed, seal
from app.crypto.keys import keyed_hash, subkey
from app.errors import Damaged, InvalidInput, UnlockError

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
MIN_PASSPHRASE_LENGTH = 8
_VERIFIER_MESSAGE = b"candidate-vault key slot verifier v1"


@dataclass
class SlotMaterial:
    """The stored, non-secret part of a slot (what goes into the key_slots row)."""

    kind: str
    kdf_params: str  # JSON
    verifier: bytes
    wrapped_key: bytes


def _slot_keys(secret_key: bytes) -> tuple[bytes, bytes]:
    return subkey(secret_key, "slot-wrap/v1"), subkey(secret_key, "slot-verifier/v1")


def _secret_key(kind: str, params_json: str, secret: str) -> bytes:
    params = json.loads(params_json)
    if kind == PASSPHRASE:
        return kdf.derive(secret, kdf.Argon2Params.from_json(params))
    # The recovery key carries 256 random bits: a fast KDF is enough.
    return subkey(parse_recovery_key(secret) + bytes.fromhex(params["salt"]), "recovery-slot/v1")


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInput(f"the passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters")


def make_slot(
    slot_id: int, kind: str, secret: str, vault_key: bytes, params_json: str | None = None
) -> SlotMaterial:
    if params_json is None:
        if kind == PASSPHRASE:
            params_json = json.dumps(kdf.calibrate().to_json(), sort_keys=True)
        else:
            params_json = json.dumps(
                {"algorithm": "hkdf-sha256", "salt": os.urandom(16).hex()}, sort_keys=True
            )
    wrap_key, verifier_key = _slot_keys(_secret_key(kind, params_json, secret))
    wrapped = seal(wrap_key, vault_key, associated_data("key_slots", "wrapped_key", slot_id))
    verifier = keyed_hash(verifier_key, _VERIFIER_MESSAGE)
    return SlotMaterial(kind, params_json, verifier, wrapped)


def open_slot(slot_id: int, material: SlotMaterial, secret: str) -> bytes:
    """Return the vault key, or raise UnlockError: wrong secret, or a damaged slot."""
    try:
        wrap_key, verifier_key = _slot_keys(_secret_key(material.kind, material.kdf_params, secret))
    except (ValueError, KeyError, TypeError):
        raise UnlockError(f"key slot {slot_id} is damaged (its parameters cannot be read)") from None
    if not hmac.compare_digest(keyed_hash(verifier_key, _VERIFIER_MESSAGE), material.verifier):
        what = "passphrase" if material.kind == PASSPHRASE else "recovery key"
        raise UnlockError(f"wrong {what}")
    try:
        return open_sealed(
            AESGCM(wrap_key), material.wrapped_key, associated_data("key_slots", "wrapped_key", slot_id), ""
        )
    except Damaged:
        raise UnlockError(
            f"key slot {slot_id} is damaged: the secret is right but the stored key fails its check"
        ) from None


def authenticator(auth_key: bytes, slot_id: int, user: str, role: str, material: SlotMaterial) -> bytes:
    fields = [
        str(slot_id),
        material.kind,
        user,
        role,
        material.kdf_params,
        material.verifier.hex(),
        material.wrapped_key.hex(),
    ]
    return keyed_hash(auth_key, "\x1f".join(fields).encode())


# Recovery key: 32 random bytes and a 2-byte check, in base32 groups of four for reading aloud.
def new_recovery_key() -> str:
    raw = os.urandom(32)
    check = keyed_hash(b"recovery-check", raw)[:2]
    text = base64.b32encode(raw + check).decode().rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        data = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError:
        raise UnlockError("this is not a recovery key (it should be groups of letters and digits)") from None
    raw, check = data[:32], data[32:]
    if len(raw) != 32 or keyed_hash(b"recovery-check", raw)[:2] != check:
        raise UnlockError("this recovery key has a typo (its check digits do not match)")
    return raw
