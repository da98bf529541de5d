"""Passphrase -> key with Argon2id, parameters stored per key slot and calibrated at creation.

Calibration counts the CPU time the derivation takes, not the wall-clock time: an attacker's cost is
work, and a vault created (or a passphrase changed) on a busy machine must not get a weaker KDF because
other programs slowed the clock. The process's CPU time is the measure, since Argon2's lanes run on
several threads. The floor matches KeePassXC's default strength: 64 MiB and never fewer than 3 passes.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MAX_ITERATIONS = 64  # a machine this slow gets 64 passes and a slow unlock rather than a weak key
LANES = 4
DEFAULT_TARGET_SECONDS = 0.5  # of CPU time, on the machine that creates the slot
# TEST HOOK ONLY, not a setting: the test suite, benchmarks and screenshot builder aim calibration lower
# through this variable so that making a vault costs the floor and no more. The floor above (64 MiB,
# 3 passes) is never lowered: every vault, made with or without it, costs at least that (tests/test_kdf.py).
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
        value = float(raw) if raw else DEFAULT_TARGET_SECONDS
    except ValueError:
        return DEFAULT_TARGET_SECONDS
    return value if math.isfinite(value) else DEFAULT_TARGET_SECONDS


def calibrate(
    target: float | None = None, cpu_clock: Callable[[], float] = time.process_time
) -> Argon2Params:
    """The passes at 64 MiB whose derivation takes at least ``target`` seconds of CPU on this machine
    (never fewer than MIN_ITERATIONS)."""
    target = target_seconds() if target is None else target
    probe = Argon2Params(os.urandom(16), MIN_ITERATIONS, MIN_MEMORY_KIB)
    start = cpu_clock()
    derive("calibration", probe)
    per_pass = (cpu_clock() - start) / MIN_ITERATIONS
    iterations = math.ceil(target / per_pass) if per_pass > 0 else MIN_ITERATIONS
    return Argon2Params(os.urandom(16), min(max(iterations, MIN_ITERATIONS), MAX_ITERATIONS), MIN_MEMORY_KIB)
