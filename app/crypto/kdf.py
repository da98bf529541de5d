"""Passphrase -> key with Argon2id, parameters stored per key slot and calibrated at creation."""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 2
LANES = 4
DEFAULT_TARGET_SECONDS = 0.5
# Test-only: the test suite, benchmarks and screenshot builder aim calibration lower through this variable, so
# that making a vault costs the floor and no more. The floor above (64 MiB, 2 passes) is never lowered: every
# vault, made with or without it, costs at least that (tests/test_kdf.py).
TARGET_ENV = "CANDIDATE_VAULT_KDF_SECONDS"


@dataclass(frozen=True)
class Argon2Params:
    salt: bytes
    iterations: int
    memory_kib: int
    lanes: int = LANES

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["salt"] = self.salt.hex()
        data["algorithm"] = "argon2id"
        return data

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Argon2Params:
        if data.get("algorithm") != "argon2id":
            raise ValueError("unknown key derivation")
        return cls(
            salt=bytes.fromhex(str(data["salt"])),
            iterations=int(str(data["iterations"])),
            memory_kib=int(str(data["memory_kib"])),
            lanes=int(str(data["lanes"])),
        )


def derive(passphrase: str, params: Argon2Params) -> bytes:
    kdf = Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def target_seconds() -> float:
    raw = os.environ.get(TARGET_ENV)
    try:
        return float(raw) if raw else DEFAULT_TARGET_SECONDS
    except ValueError:
        return DEFAULT_TARGET_SECONDS


def calibrate(target: float | None = None) -> Argon2Params:
    """Find the number of passes at 64 MiB that takes about ``target`` seconds on this machine."""
    target = target_seconds() if target is None else target
    probe = Argon2Params(os.urandom(16), MIN_ITERATIONS, MIN_MEMORY_KIB)
    start = time.perf_counter()
    derive("calibration", probe)
    per_pass = (time.perf_counter() - start) / MIN_ITERATIONS
    iterations = max(MIN_ITERATIONS, round(target / per_pass)) if per_pass > 0 else MIN_ITERATIONS
    return Argon2Params(os.urandom(16), min(iterations, 64), MIN_MEMORY_KIB)
