"""Sealing personal values under each candidate's data key (the vault's one place for field crypto)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection, Iterable

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.crypto.envelope import associated_data, decode_text, encode_text, open_sealed, open_texts, seal
from app.crypto.keys import VaultKeys, new_key
from app.errors import Damaged, NotFound, VaultLocked
from app.store.models import CandidateKey

# Each AESGCM object holds an OpenSSL context of ~2.4 KB: caching one per candidate cost 240 MiB
# at 100k candidates (benchmarks: rss_cli_list, rss_cli_verify). Unwrapped data keys (32 bytes) are
# kept for all; AESGCM objects only for the most recently used candidates.
AEAD_CACHE_SIZE = 1024


class Sealer:
    """Holds the unlocked vault keys and a cache of unwrapped candidate keys; ``forget`` drops them."""

    def __init__(self) -> None:
        self._keys: VaultKeys | None = None
        self._data_keys: dict[int, bytes] = {}
        self._aeads: OrderedDict[int, AESGCM] = OrderedDict()

    @property
    def keys(self) -> VaultKeys:
        if self._keys is None:
            raise VaultLocked("the vault is locked: unlock it with your passphrase first")
        return self._keys

    @property
    def unlocked(self) -> bool:
        return self._keys is not None

    def load(self, keys: VaultKeys) -> None:
        self._keys = keys
        self._clear()

    def forget(self) -> None:
        # Python cannot wipe memory; dropping the references is what it can do.
        self._keys = None
        self._clear()

    def _clear(self) -> None:
        self._data_keys.clear()
        self._aeads.clear()

    def drop_candidate(self, candidate_id: int) -> None:
        self._data_keys.pop(candidate_id, None)
        self._aeads.pop(candidate_id, None)

    def new_candidate_key(self, session: Session, candidate_id: int) -> None:
        session.add(
            CandidateKey(candidate_id=candidate_id, wrapped_key=self.create_candidate_key(candidate_id))
        )

    def create_candidate_key(self, candidate_id: int) -> bytes:
        """A new data key for the candidate, kept in the cache; returns it wrapped, for the caller."""
        data_key = new_key()
        wrapped = self.keys.wrap_candidate_key(candidate_id, data_key)
        self._data_keys[candidate_id] = data_key
        return wrapped

    def preload(self, session: Session, candidate_ids: Collection[int] | None = None) -> None:
        """Unwrap many candidates' keys with one query per 500 (or one for all): listing 100k
        candidates would otherwise run 100k single-row lookups."""
        query = select(CandidateKey.candidate_id, CandidateKey.wrapped_key)
        if candidate_ids is None:
            chunks: list[list[int] | None] = [None]
        else:
            missing = [cid for cid in candidate_ids if cid not in self._data_keys]
            chunks = [missing[i : i + 500] for i in range(0, len(missing), 500)]
        keys = self.keys
        for chunk in chunks:
            rows = session.execute(
                query if chunk is None else query.where(CandidateKey.candidate_id.in_(chunk))
            )
            for cid, wrapped in rows:
                if cid not in self._data_keys:
                    try:
                        self._data_keys[cid] = keys.unwrap_candidate_key(cid, wrapped)
                    except Damaged:
                        continue  # reported, by candidate, when one of its fields is opened

    def candidate_aead(self, session: Session, candidate_id: int) -> AESGCM:
        aead = self._aeads.get(candidate_id)
        if aead is not None:
            self._aeads.move_to_end(candidate_id)
            return aead
        data_key = self._data_keys.get(candidate_id)
        if data_key is None:
            row = session.get(CandidateKey, candidate_id)
            if row is None:
                raise NotFound(f"candidate {candidate_id} has no data key (purged or never created)")
            data_key = self.keys.unwrap_candidate_key(candidate_id, row.wrapped_key)
            self._data_keys[candidate_id] = data_key
        aead = self._aeads[candidate_id] = AESGCM(data_key)
        if len(self._aeads) > AEAD_CACHE_SIZE:
            self._aeads.popitem(last=False)
        return aead

    def seal_bytes(
        self, session: Session, candidate_id: int, table: str, column: str, row_id: int, data: bytes
    ) -> bytes:
        return seal(self.candidate_aead(session, candidate_id), data, associated_data(table, column, row_id))

    def open_bytes(
        self,
        session: Session,
        candidate_id: int,
        table: str,
        column: str,
        row_id: int,
        envelope: bytes | None,
    ) -> bytes:
        what = f"{table} {row_id}: {column}"
        return open_sealed(
            self.candidate_aead(session, candidate_id), envelope, associated_data(table, column, row_id), what
        )

    def seal_text(
        self, session: Session, candidate_id: int, table: str, column: str, row_id: int, value: str | None
    ) -> bytes:
        return self.seal_bytes(session, candidate_id, table, column, row_id, encode_text(value))

    def open_texts(
        self,
        session: Session,
        candidate_id: int,
        table: str,
        row_id: int,
        cells: Iterable[tuple[str, object]],
    ) -> dict[str, str | None] | None:
        """Several text cells of one row at once; None when any of them (or the key) is not sound: open
        them one by one with ``open_text`` to learn which, and why."""
        try:
            aead = self.candidate_aead(session, candidate_id)
        except Damaged:
            return None
        return open_texts(aead, table, row_id, cells)

    def open_listed(
        self,
        candidate_id: int,
        wrapped: bytes | None,
        table: str,
        row_id: int,
        cells: Iterable[tuple[str, object]],
    ) -> dict[str, str | None] | None:
        """A list's fast path: a row's text cells opened with its wrapped key read in the same query (no
        key lookup, no AES object kept: a list meets each candidate once). None when the key or any cell is
        not sound: open them one by one with ``open_text`` to learn which, and why."""
        data_key = self._data_keys.get(candidate_id)
        if data_key is None:
            if wrapped is None:
                return None
            try:
                data_key = self.keys.unwrap_candidate_key(candidate_id, wrapped)
            except Damaged:
                return None
            self._data_keys[candidate_id] = data_key
        return open_texts(self._aeads.get(candidate_id) or AESGCM(data_key), table, row_id, cells)

    def open_text(
        self,
        session: Session,
        candidate_id: int,
        table: str,
        column: str,
        row_id: int,
        envelope: bytes | None,
    ) -> str | None:
        raw = self.open_bytes(session, candidate_id, table, column, row_id, envelope)
        try:
            return decode_text(raw, f"{table} {row_id}: {column}")
        except UnicodeDecodeError:
            raise Damaged(f"{table} {row_id}: {column} is damaged (not text)") from None
