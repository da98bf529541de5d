"""The backup file: a clear header, then the payload in AES-256-GCM chunks under a random file key.

Layout (version 1)::

    b"CVBACKUP" | 0x01 | header length (u32) | header (JSON) | key length (u16) | wrapped file key
    chunk*:  flag (u8: 0 more, 1 last) | length (u32) | envelope (envelope.seal, AAD below)

The header holds what is needed to open the file and nothing personal: the vault id, creation time,
schema revision, and a copy of the vault's key slots (KDF parameters, verifiers, wrapped vault key),
so that it opens with a user's passphrase or the recovery key *as they were when it was made*.
The file key is wrapped under the vault key's ``backup`` sub-key, bound to the header's hash; every
chunk is bound to the header hash, its index and its flag: a reordered, edited, truncated or
extended file fails to open, and the reader never yields a byte that failed its check.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from app.crypto import keyslots
from app.crypto.envelope import OVERHEAD, open_sealed, seal
from app.crypto.keys import VaultKeys, new_key
from app.errors import Damaged, UnlockError

MAGIC = b"CVBACKUP"
VERSION = 1
CHUNK_SIZE = 1 << 20  # plaintext bytes per chunk
MAX_HEADER = 1 << 20
SUFFIX = ".cvbackup"


class BackupDamaged(Damaged):
    pass


def _damaged(path: str, why: str) -> BackupDamaged:
    return BackupDamaged(f"the backup {path} is damaged or truncated ({why}); nothing was restored")


def _chunk_aad(header_hash: bytes, index: int, last: bool) -> bytes:
    return b"cv-backup-chunk|" + header_hash + struct.pack(">QB", index, int(last))


def _key_aad(header_hash: bytes) -> bytes:
    return b"cv-backup-file-key|" + header_hash


def slot_to_json(
    slot_id: int, kind: str, user: str, role: str, material: keyslots.SlotMaterial
) -> dict[str, Any]:
    return {
        "id": slot_id,
        "kind": kind,
        "user": user,
        "role": role,
        "kdf_params": material.kdf_params,
        "verifier": base64.b64encode(material.verifier).decode(),
        "wrapped_key": base64.b64encode(material.wrapped_key).decode(),
    }


class BackupWriter:
    """Writes the header, then encrypts what ``write`` gets, chunk by chunk; ``close`` seals the last."""

    def __init__(self, out: BinaryIO, keys: VaultKeys, header: dict[str, Any]) -> None:
        self._out = out
        self._file_key = new_key()
        raw = json.dumps(header, sort_keys=True).encode()
        self._hash = hashlib.sha256(MAGIC + bytes([VERSION]) + raw).digest()
        wrapped = seal(keys.backup, self._file_key, _key_aad(self._hash))
        out.write(MAGIC + bytes([VERSION]) + struct.pack(">I", len(raw)) + raw)
        out.write(struct.pack(">H", len(wrapped)) + wrapped)
        self._buffer = bytearray()
        self._index = 0

    def write(self, data: bytes) -> None:
        self._buffer += data
        while len(self._buffer) > CHUNK_SIZE:
            self._emit(bytes(self._buffer[:CHUNK_SIZE]), last=False)
            del self._buffer[:CHUNK_SIZE]

    def close(self) -> None:
        self._emit(bytes(self._buffer), last=True)
        self._buffer.clear()

    def _emit(self, plain: bytes, *, last: bool) -> None:
        sealed = seal(self._file_key, plain, _chunk_aad(self._hash, self._index, last))
        self._out.write(struct.pack(">BI", int(last), len(sealed)) + sealed)
        self._index += 1


@dataclass
class BackupHeader:
    path: str
    header: dict[str, Any]
    header_hash: bytes
    wrapped_file_key: bytes
    data_offset: int

    @property
    def vault_id(self) -> str:
        return str(self.header.get("vault_id", ""))

    @property
    def created_at(self) -> str:
        return str(self.header.get("created_at", ""))


def read_header(handle: BinaryIO, path: str) -> BackupHeader:
    start = handle.read(len(MAGIC) + 1 + 4)
    if len(start) < len(MAGIC) or start[: len(MAGIC)] != MAGIC:
        raise BackupDamaged(f"{path} is not a CandidateVault backup")
    if len(start) < len(MAGIC) + 5:
        raise _damaged(path, "it ends inside its header")
    if start[len(MAGIC)] != VERSION:
        raise BackupDamaged(f"the backup {path} has format {start[len(MAGIC)]}, this app reads {VERSION}")
    (length,) = struct.unpack(">I", start[-4:])
    if length > MAX_HEADER:
        raise _damaged(path, "its header length is impossible")
    raw = handle.read(length)
    key_len_raw = handle.read(2)
    if len(raw) != length or len(key_len_raw) != 2:
        raise _damaged(path, "it ends inside its header")
    wrapped = handle.read(struct.unpack(">H", key_len_raw)[0])
    try:
        header = json.loads(raw)
        assert isinstance(header, dict)
    except (ValueError, AssertionError):
        raise _damaged(path, "its header cannot be read") from None
    digest = hashlib.sha256(MAGIC + bytes([VERSION]) + raw).digest()
    return BackupHeader(path, header, digest, wrapped, handle.tell())


def unlock(head: BackupHeader, kind: str, secret: str, user: str | None) -> tuple[VaultKeys, dict[str, Any]]:
    """Open one of the header's key slots; returns the vault keys and the slot opened."""
    slots = [s for s in head.header.get("slots", []) if s.get("kind") == kind]
    if user is not None:
        slots = [s for s in slots if s.get("user") == user]
        if not slots:
            raise UnlockError(f"the backup has no user {user!r}")
    else:
        slots.sort(key=lambda s: (s.get("role") != "admin", s.get("id", 0)))
    if not slots:
        raise _damaged(head.path, "it holds no key slot of that kind")
    slot = slots[0]
    try:
        material = keyslots.SlotMaterial(
            slot["kind"],
            slot["kdf_params"],
            base64.b64decode(slot["verifier"]),
            base64.b64decode(slot["wrapped_key"]),
        )
        slot_id = int(slot["id"])
    except (KeyError, ValueError, TypeError):
        raise _damaged(head.path, "its key slot cannot be read") from None
    vault_key = keyslots.open_slot(slot_id, material, secret)
    return VaultKeys(vault_key), slot


def chunks(handle: BinaryIO, head: BackupHeader, keys: VaultKeys) -> Iterator[bytes]:
    """Yield the payload, chunk by chunk, each only after it passed its check."""
    try:
        file_key = open_sealed(keys.backup, head.wrapped_file_key, _key_aad(head.header_hash), "file key")
    except Damaged:
        raise _damaged(head.path, "its file key fails its check") from None
    handle.seek(head.data_offset)
    index = 0
    while True:
        prefix = handle.read(5)
        if len(prefix) < 5:
            raise _damaged(head.path, f"it ends before its last part (part {index})")
        flag, length = struct.unpack(">BI", prefix)
        if flag not in (0, 1) or length > CHUNK_SIZE + OVERHEAD:
            raise _damaged(head.path, f"part {index} has an impossible length")
        sealed = handle.read(length)
        if len(sealed) < length:
            raise _damaged(head.path, f"it ends inside part {index}")
        try:
            yield open_sealed(file_key, sealed, _chunk_aad(head.header_hash, index, flag == 1), "part")
        except Damaged:
            raise _damaged(head.path, f"part {index} fails its integrity check") from None
        index += 1
        if flag == 1:
            if handle.read(1):
                raise _damaged(head.path, "there are bytes after its last part")
            return
