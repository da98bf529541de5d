"""The sealer keeps every unwrapped data key but only a bounded number of AESGCM objects (memory)."""

from __future__ import annotations

import pytest

from app import demo, sealing
from app.candidates import LIST_FIELDS
from app.vault import Vault
from tests.conftest import PASSPHRASE


def test_listing_more_candidates_than_the_cache_holds_stays_bounded_and_correct(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sealing, "AEAD_CACHE_SIZE", 5)
    ids = demo.populate_bulk(vault, 12, seed=4, with_documents=False)
    expected = [spec.fields["email"] for spec in demo.generate(4, 12, today=vault.today(), documents=0.0)]
    for _ in range(2):  # a second pass runs on evicted and re-made AESGCM objects
        vault.lock()
        vault.unlock(PASSPHRASE)
        records = vault.candidates.list(LIST_FIELDS)
        assert [r.id for r in records] == ids
        assert [r.fields["email"] for r in records] == expected
        assert not any(r.damaged for r in records)
        assert len(vault.sealer._aeads) <= 5
        assert len(vault.sealer._data_keys) == 12
    assert vault.candidates.get(ids[0], audit=False).fields["email"] == expected[0]
    vault.lock()
    assert not vault.sealer._data_keys and not vault.sealer._aeads
