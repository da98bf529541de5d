"""The key derivation keeps its real cost: the floor (64 MiB, 3 passes) binds every vault, whatever the
test-only hook (CANDIDATE_VAULT_KDF_SECONDS, which the test session sets low) asks for; calibration
counts CPU time, so a busy machine does not weaken it."""

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


def test_the_floor_is_keepassxc_default_strength() -> None:
    assert kdf.MIN_MEMORY_KIB == 64 * 1024 and kdf.MIN_ITERATIONS == 3


def test_calibration_counts_cpu_time_not_the_wall_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in derivation costs 0.05 s of CPU per pass while the wall clock, on a machine busy with
    other programs, runs ten times faster: the passes follow the CPU time."""
    cpu = [0.0]

    def derive(passphrase: str, params: kdf.Argon2Params) -> bytes:
        cpu[0] += 0.05 * params.iterations
        return bytes(32)

    monkeypatch.setattr(kdf, "derive", derive)
    monkeypatch.setattr(kdf.time, "perf_counter", lambda: cpu[0] * 10)  # must not be what is read
    assert kdf.calibrate(0.5, cpu_clock=lambda: cpu[0]).iterations == 10  # 10 × 0.05 s ≥ 0.5 s
    assert kdf.calibrate(0.52, cpu_clock=lambda: cpu[0]).iterations == 11  # at least the target
    assert kdf.calibrate(0.01, cpu_clock=lambda: cpu[0]).iterations == kdf.MIN_ITERATIONS
    assert kdf.calibrate(100.0, cpu_clock=lambda: cpu[0]).iterations == kdf.MAX_ITERATIONS


def test_changing_the_passphrase_recalibrates(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    def slot_params() -> dict[str, object]:
        with vault.read() as session:
            (slot,) = [s for s in session.query(KeySlot).all() if s.kind == "passphrase"]
            return dict(json.loads(slot.kdf_params))

    vault.lock()
    vault.unlock(PASSPHRASE)  # with the passphrase (the template hands the vault over unlocked by key)
    before = slot_params()
    stronger = kdf.Argon2Params(bytes(range(16)), 4, kdf.MIN_MEMORY_KIB)
    monkeypatch.setattr(kdf, "calibrate", lambda: stronger)
    vault.change_passphrase("a new passphrase for this test")
    after = slot_params()
    assert after == stronger.to_json() and after["salt"] != before["salt"]


@pytest.mark.parametrize("raw", ["0", "-5", "0.0001", "nonsense", "", "nan", "inf", "-inf"])
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
