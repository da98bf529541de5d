"""The key derivation keeps its real cost: the floor (64 MiB, 2 passes) binds every vault, whatever the
test-only hook (CANDIDATE_VAULT_KDF_SECONDS, which the test session sets low) asks for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.crypto import kdf
from app.store.models import KeySlot
from app.vault import Vault
from tests.conftest import PASSPHRASE


def test_without_the_hook_calibration_aims_at_the_real_target(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(kdf.TARGET_ENV, raising=False)
    assert kdf.target_seconds() == kdf.DEFAULT_TARGET_SECONDS == 0.5
    params = kdf.calibrate()
    assert params.memory_kib == kdf.MIN_MEMORY_KIB == 64 * 1024
    assert kdf.MIN_ITERATIONS <= params.iterations <= 64
    assert params.lanes == 4 and len(params.salt) == 16


@pytest.mark.parametrize("raw", ["0", "-5", "0.0001", "nonsense", ""])
def test_no_target_goes_below_the_floor(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv(kdf.TARGET_ENV, raw)
    params = kdf.calibrate()
    assert params.memory_kib == kdf.MIN_MEMORY_KIB
    assert params.iterations >= kdf.MIN_ITERATIONS


def test_a_vault_made_under_the_test_hook_still_has_the_floor(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v.sqlite3", PASSPHRASE)
    with vault.read() as session:
        slots = session.query(KeySlot).all()
    vault.close()
    passphrase_slots = [json.loads(s.kdf_params) for s in slots if s.kind == "passphrase"]
    assert passphrase_slots
    for params in passphrase_slots:
        assert params["algorithm"] == "argon2id"
        assert params["memory_kib"] >= kdf.MIN_MEMORY_KIB and params["iterations"] >= kdf.MIN_ITERATIONS


def test_derivation_is_argon2id_with_the_stored_parameters() -> None:
    params = kdf.Argon2Params(bytes(16), kdf.MIN_ITERATIONS, kdf.MIN_MEMORY_KIB)
    key = kdf.derive(PASSPHRASE, params)
    assert len(key) == 32 and key == kdf.derive(PASSPHRASE, params)
    one_more_pass = kdf.Argon2Params(bytes(16), kdf.MIN_ITERATIONS + 1, kdf.MIN_MEMORY_KIB)
    assert key != kdf.derive(PASSPHRASE, one_more_pass)
    assert kdf.Argon2Params.from_json(params.to_json()) == params
