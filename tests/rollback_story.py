"""The story the rollback tests share (tests/test_tamper_rollback.py, tests/test_tamper_whole_file.py).

Anna and Bram were rejected a year ago: both are due for purging. Then Anna applied again, so she is not
due. An older copy of the vault file, from before she applied again, is kept aside: what an attacker
puts back, in part or whole, so that the scheduled purge deletes her.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from app import audit
from app.clock import FixedClock
from app.integrity import audit_seal, roster
from app.store import meta
from app.vault import Vault
from tests.conftest import PASSPHRASE, Cli

D = dt.date.fromisoformat
AS_OF = "2026-03-02"
CLOCK = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


class Story(NamedTuple):
    path: Path  # the vault now
    older: Path  # a copy of the whole file from before Anna applied again
    ids: dict[str, int]
    key_id: str  # the fact key's id, as a scheduled task trusts it


def _rejected(vault: Vault, first: str) -> int:
    cid = vault.candidates.add(first_name=first, last_name="Aerts", email=f"{first.lower()}@example.be")
    vault.retention.add_procedure(cid, "Boekhouder", D("2025-01-06"), "rejected", D("2025-02-03"))
    return cid


def build(tmp_path: Path) -> Story:
    path, older = tmp_path / "vault.sqlite3", tmp_path / "older.sqlite3"
    vault, _ = Vault.create(path, PASSPHRASE, clock=FixedClock(CLOCK))
    ids = {"anna": _rejected(vault, "Anna"), "bram": _rejected(vault, "Bram")}
    vault.close()
    shutil.copy(path, older)
    vault = Vault.open(path, clock=FixedClock(CLOCK))
    vault.unlock(PASSPHRASE)
    vault.retention.add_procedure(ids["anna"], "Boekhouder", D("2026-02-01"))  # she applied again: open
    report = vault.verify()
    assert report.ok, report.damaged
    vault.close()
    return Story(path, older, ids, report.fact_key_id)


def unlocked(cli: Cli, path: Path, *args: str) -> tuple[int, str, str]:
    """A CLI command on ``path`` with the passphrase (a user's session, not the scheduled task)."""
    return cli("--vault", str(path), "--passphrase-file", str(cli.pass_file), *args, base=False)


def verify(cli: Cli, path: Path) -> tuple[int, list[str]]:
    code, out, _ = unlocked(cli, path, "verify", "--json")
    return code, json.loads(out)["damaged"]


def scheduled_purge(cli: Cli, path: Path, key_id: str) -> tuple[int, str, str]:
    locked = ["--vault", str(path), "--trust", key_id, "purge", "--due", "--yes", "--as-of", AS_OF, "--json"]
    return cli(*locked, base=False)


def sign_head_as_before(vault: Vault, session: Session, **older: Any) -> None:
    """Sign the head as an older version did: without the roster (v2), or with its additive sum
    (``legacy_roster``: v3); this transaction then signs nothing more."""
    event_id, digest = audit.head(session) or (0, "")
    settings = audit_seal.settings_digest(session)
    head = audit_seal._signed(vault.sealer.keys, "head", event_id, digest, settings, **older)
    meta.put(session, audit_seal.SIGNED_HEAD, json.dumps(head))
    roster.take(session)
