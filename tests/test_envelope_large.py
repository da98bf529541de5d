"""Large values (documents) are sealed without copies; the envelope format is the same."""

from __future__ import annotations

import os

import pytest

from app.crypto.envelope import OVERHEAD, open_sealed, seal
from app.errors import Damaged
from app.vault import Vault


@pytest.mark.parametrize("size", [65_535, 65_536, 300_000])
def test_large_values_round_trip_and_tampering_is_caught(size: int) -> None:
    key, data, aad = os.urandom(32), os.urandom(size), b"cv1|documents|content|7"
    envelope = seal(key, data, aad)
    assert isinstance(envelope, bytes | bytearray) and len(envelope) == size + OVERHEAD
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


def test_a_large_sealed_value_is_stored_and_read_back(vault: Vault) -> None:
    import datetime as dt

    from app.store.models import Document

    cid = vault.candidates.add(first_name="Zoë", last_name="Van den Broeck")
    data = os.urandom(200_000)
    with vault.write() as session:
        doc = Document(
            candidate_id=cid,
            kind="cv",
            media_type="application/pdf",
            size=len(data),
            added_on=dt.date(2026, 3, 2),
            text_status="ok",
            file_name=b"",
            content=b"",
            text=b"",
            notes=b"",
            digest=b"",
        )
        session.add(doc)
        session.flush()
        doc.content = vault.sealer.seal_bytes(session, cid, "documents", "content", doc.id, data)
        doc_id = doc.id
    with vault.read() as session:
        stored = session.get(Document, doc_id)
        assert stored is not None and isinstance(stored.content, bytes)
        assert vault.sealer.open_bytes(session, cid, "documents", "content", doc_id, stored.content) == data
