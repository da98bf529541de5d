"""Authenticated facts (issue 19): each way of changing the clear facts with ``sqlite3`` on the file is
found by ``verify`` (exit 1, the class named), and the unattended ``purge --due`` purges no tampered
candidate and exits 1, while still purging the untouched due ones.

The golden vault is made once per test module through the Vault service (signed as a user's session
would), then copied for each tamper; the CLI runs in this process, locked for the purge, with the fact
key pinned (``--trust``) as a scheduled task would be.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session

from app import audit
from app.clock import FixedClock
from app.errors import Refused
from app.integrity import fact_key, manifest
from app.store.engine import make_engine
from app.vault import Vault
from tests.conftest import PASSPHRASE, Cli

D = dt.date.fromisoformat
AS_OF = "2026-03-02"


@dataclass
class Golden:
    path: Path
    ids: dict[str, int]  # role in the story -> candidate id
    old_email: bytes  # the email cell of "edited" before its rectification
    key_id: str


def _rejected(vault: Vault, first: str, last: str) -> int:
    cid = vault.candidates.add(first_name=first, last_name=last, email=f"{first.lower()}@example.be")
    vault.retention.add_procedure(cid, "Boekhouder", D("2025-01-06"), "rejected", D("2025-02-03"))
    return cid


@pytest.fixture(scope="module")
def golden(tmp_path_factory: pytest.TempPathFactory) -> Golden:
    path = tmp_path_factory.mktemp("golden") / "vault.sqlite3"
    vault, _ = Vault.create(path, PASSPHRASE, clock=FixedClock(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)))
    ids = {
        "due": _rejected(vault, "Anna", "Aerts"),
        "due_too": _rejected(vault, "Bram", "Claes"),
        "released": _rejected(vault, "Chloé", "Dubois"),
        "noted": _rejected(vault, "Daan", "Elst"),
        "edited": _rejected(vault, "Eva", "Fierens"),
    }
    ids["open"] = vault.candidates.add(first_name="Femke", last_name="Goossens")
    vault.retention.add_procedure(ids["open"], "Boekhouder", D("2026-02-01"))
    vault.retention.place_hold(ids["released"], "Geschil", D("2025-03-01"))
    vault.retention.release_hold(ids["released"], D("2025-04-01"))
    vault.notes.add(ids["noted"], "Sterk gesprek", held_on=D("2025-01-20"))
    vault.rights.record(ids["noted"], "access", D("2025-02-10"))
    conn = sqlite3.connect(path)
    (old_email,) = conn.execute("SELECT email FROM candidates WHERE id = ?", (ids["edited"],)).fetchone()
    conn.close()  # an open reader would keep the WAL beside the file, and the copies below without it
    vault.candidates.edit(ids["edited"], {"email": "eva.new@example.be"})
    report = vault.verify()
    assert report.ok, report.damaged
    vault.close()
    return Golden(path, ids, old_email, report.fact_key_id)


def _sql(*statements: str) -> Callable[[Path, Golden], None]:
    def tamper(path: Path, golden: Golden) -> None:
        with sqlite3.connect(path) as conn:
            for statement in statements:
                conn.execute(statement.format(**golden.ids))

    return tamper


def _replay_old_email(path: Path, golden: Golden) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE candidates SET email = ? WHERE id = ?", (golden.old_email, golden.ids["edited"]))


def _flip_fingerprint(path: Path, golden: Golden) -> None:
    with sqlite3.connect(path) as conn:
        row_id, digest = conn.execute(
            "SELECT id, digest FROM contact_fingerprints WHERE candidate_id = ?", (golden.ids["due"],)
        ).fetchone()
        flipped = bytes([digest[0] ^ 1]) + digest[1:]
        conn.execute("UPDATE contact_fingerprints SET digest = ? WHERE id = ?", (flipped, row_id))


def _resign_with_another_key(path: Path, golden: Golden) -> None:
    """A DBA's move: their own key in vault_meta, every manifest re-signed after changing a date."""
    attacker = Ed25519PrivateKey.generate()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE procedures SET ended_on = '2020-01-01' WHERE candidate_id = ?", (golden.ids["open"],)
        )
        conn.execute(
            "UPDATE procedures SET outcome = 'rejected' WHERE candidate_id = ?", (golden.ids["open"],)
        )
        conn.execute(
            "UPDATE vault_meta SET value = ? WHERE key = 'fact_key'",
            (attacker.public_key().public_bytes_raw().hex(),),
        )
        for cid, body in conn.execute("SELECT candidate_id, body FROM fact_manifests").fetchall():
            signature = attacker.sign(manifest.message(cid, body))
            conn.execute("UPDATE fact_manifests SET signature = ? WHERE candidate_id = ?", (signature, cid))


# (name, tamper, the candidate it aims at, what verify says about it)
TAMPERS = [
    (
        "never due: procedure reopened",
        _sql("UPDATE procedures SET outcome = 'open', ended_on = NULL WHERE candidate_id = {due}"),
        "due",
        "procedures row 1 changed",
    ),
    (
        "never due: hold un-released",
        _sql("UPDATE legal_holds SET released_on = NULL WHERE candidate_id = {released}"),
        "released",
        "legal_holds row 1 changed",
    ),
    (
        "purged early: end date moved back",
        _sql(
            "UPDATE procedures SET outcome = 'rejected', ended_on = '2020-01-01' WHERE candidate_id = {open}"
        ),
        "open",
        "changed since it was signed",
    ),
    ("interview note deleted", _sql("DELETE FROM interview_notes"), "noted", "interview_notes row 1 deleted"),
    ("rights request deleted", _sql("DELETE FROM rights_requests"), "noted", "rights_requests row 1 deleted"),
    (
        "row inserted",
        _sql(
            "INSERT INTO procedures (candidate_id, stage, outcome, applied_on, ended_on, version) "
            "VALUES ({due_too}, 'applied', 'open', '2026-01-01', NULL, 1)"
        ),
        "due_too",
        "inserted since it was signed",
    ),
    ("old ciphertext put back", _replay_old_email, "edited", "candidates row"),
    ("fingerprint flipped", _flip_fingerprint, "due", "contact_fingerprints row"),
    ("manifest deleted", _sql("DELETE FROM fact_manifests WHERE candidate_id = {due}"), "due", "not signed"),
    (
        "manifest forged",
        _sql("UPDATE fact_manifests SET body = '[]' WHERE candidate_id = {due}"),
        "due",
        "manifest forged",
    ),
    (
        "manifest body not JSON",
        _sql("UPDATE fact_manifests SET body = 'not json' WHERE candidate_id = {due}"),
        "due",
        "manifest forged",
    ),
    (
        "manifest body not rows",
        _sql("UPDATE fact_manifests SET body = '[1, {{}}]' WHERE candidate_id = {due}"),
        "due",
        "manifest forged",
    ),
]


def _copy(golden: Golden, tmp_path: Path) -> Path:
    path = tmp_path / "vault.sqlite3"
    shutil.copy(golden.path, path)
    return path


def _alive(path: Path) -> set[int]:
    with sqlite3.connect(path) as conn:
        return {cid for (cid,) in conn.execute("SELECT id FROM candidates")}


@pytest.mark.parametrize(("name", "tamper", "target", "said"), TAMPERS, ids=[t[0] for t in TAMPERS])
def test_verify_names_the_tamper_and_the_unattended_purge_spares_the_candidate(
    golden: Golden,
    cli: Cli,
    tmp_path: Path,
    name: str,
    tamper: Callable[[Path, Golden], None],
    target: str,
    said: str,
) -> None:
    path = _copy(golden, tmp_path)
    tamper(path, golden)
    target_id = golden.ids[target]
    base = ["--vault", str(path)]

    code, out, _ = cli(*base, "--passphrase-file", str(cli.pass_file), "verify", "--json", base=False)
    damaged = json.loads(out)["damaged"]
    assert code == 1
    assert [d for d in damaged if d.startswith(f"candidate {target_id}: ") and said in d], damaged

    code, out, err = cli(
        *base, "--trust", golden.key_id, "purge", "--due", "--yes", "--as-of", AS_OF, "--json", base=False
    )
    assert code == 1, err
    assert f"candidate {target_id}: " in err and "fail their check" in err
    assert target_id in _alive(path)
    untouched_due = {golden.ids[r] for r in ("due", "due_too")} - {target_id}
    assert set(json.loads(out)["purged"]) >= untouched_due  # the honest ones still go


def test_a_re_signed_vault_is_refused_against_the_pinned_key(
    golden: Golden, cli: Cli, tmp_path: Path
) -> None:
    path = _copy(golden, tmp_path)
    _resign_with_another_key(path, golden)
    before = _alive(path)
    code, _, err = cli("--vault", str(path), "--trust", golden.key_id, "purge", "--due", "--yes", base=False)
    assert code == 1 and f"not the trusted {golden.key_id}" in err
    assert _alive(path) == before  # nothing at all was purged
    code, out, _ = cli("--vault", str(path), "--passphrase-file", str(cli.pass_file), "verify", base=False)
    assert code == 1 and "fact key: the stored public key is not this vault's (replaced)" in out
    assert "manifest forged" in out


def test_an_untampered_vault_purges_cleanly(golden: Golden, cli: Cli, tmp_path: Path) -> None:
    path = _copy(golden, tmp_path)
    args = ["--vault", str(path), "--trust", golden.key_id, "purge", "--due", "--yes", "--as-of", AS_OF]
    code, out, err = cli(*args, "--json", base=False)
    assert code == 0, err
    purged = set(json.loads(out)["purged"])
    assert purged == {golden.ids[r] for r in ("due", "due_too", "released", "noted", "edited")}
    assert _alive(path) == {golden.ids["open"]}
    code, out, _ = cli("--vault", str(path), "--passphrase-file", str(cli.pass_file), "verify", base=False)
    assert code == 0, out
    assert f"Fact key: {golden.key_id}" in out


def test_an_upgraded_vault_is_signed_by_its_first_unlocked_session(
    golden: Golden, cli: Cli, tmp_path: Path
) -> None:
    path = _copy(golden, tmp_path)
    with sqlite3.connect(path) as conn:  # as a vault made before signed facts looks
        conn.execute("DELETE FROM fact_manifests")
        conn.execute("DELETE FROM vault_meta WHERE key = 'fact_key'")
    locked = ["--vault", str(path), "purge", "--due", "--yes", "--as-of", AS_OF]
    before = _alive(path)
    code, _, err = cli(*locked, base=False)
    assert code == 1 and "not signed yet" in err
    assert _alive(path) == before
    code, out, _ = cli("--vault", str(path), "--passphrase-file", str(cli.pass_file), "verify", base=False)
    assert code == 0, out
    code, _, err = cli(*locked[:2], "--trust", golden.key_id, *locked[2:], base=False)
    assert code == 0, err
    assert _alive(path) == {golden.ids["open"]}


def _verify_out(cli: Cli, path: Path) -> tuple[int, str]:
    code, out, _ = cli("--vault", str(path), "--passphrase-file", str(cli.pass_file), "verify", base=False)
    return code, out


def test_a_forged_audit_anchor_is_found(golden: Golden, cli: Cli, tmp_path: Path) -> None:
    """The issue's move: an event's hash copied into a new anchor, the events up to it deleted."""
    path = _copy(golden, tmp_path)
    with sqlite3.connect(path) as conn:
        (digest,) = conn.execute("SELECT hash FROM audit_events WHERE id = 5").fetchone()
        anchor = json.dumps({"id": 5, "hash": digest})
        conn.execute("INSERT INTO vault_meta (key, value) VALUES ('audit_anchor', ?)", (anchor,))
        conn.execute("DELETE FROM audit_events WHERE id <= 5")
    code, out = _verify_out(cli, path)
    assert code == 1 and "audit anchor: forged" in out


def test_cutting_off_the_newest_events_is_found(golden: Golden, cli: Cli, tmp_path: Path) -> None:
    path = _copy(golden, tmp_path)
    with sqlite3.connect(path) as conn:  # the last three events gone, the head pointer moved back to match
        (last,) = conn.execute("SELECT max(id) FROM audit_events").fetchone()
        (digest,) = conn.execute("SELECT hash FROM audit_events WHERE id = ?", (last - 3,)).fetchone()
        conn.execute("DELETE FROM audit_events WHERE id > ?", (last - 3,))
        conn.execute(
            "UPDATE vault_meta SET value = ? WHERE key = 'audit_head'",
            (json.dumps({"id": last - 3, "hash": digest}),),
        )
    code, out = _verify_out(cli, path)
    assert code == 1 and f"audit log: event {last}, signed as the newest of a session, is missing" in out


def test_pruning_ahead_of_time_is_refused(golden: Golden, cli: Cli, tmp_path: Path) -> None:
    path = _copy(golden, tmp_path)
    args = [
        "--vault",
        str(path),
        "--passphrase-file",
        str(cli.pass_file),
        "audit-prune",
        "--as-of",
        "2999-01-01",
    ]
    code, _, err = cli(*args, base=False)
    assert code == 1 and "cannot prune ahead of time" in err


@pytest.mark.postgres
def test_the_facts_check_reads_one_snapshot_on_postgresql(
    pg_cluster: object, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The roster's hash vouches for the manifests read after it only if both are read in one state."""
    from sqlalchemy import text

    from app.retention import bulk

    vault, _ = Vault.create(pg_cluster.new_database(), PASSPHRASE, clock=clock)  # type: ignore[attr-defined]
    _rejected(vault, "Anna", "Aerts")
    levels: list[str] = []
    check = manifest.check

    def observed(session: Session, *args: object, **kwargs: object) -> object:
        levels.append(session.execute(text("SHOW transaction_isolation")).scalar_one())
        return check(session, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(bulk.manifest, "check", observed)
    assert bulk.untrusted_facts(vault) == []
    assert levels == ["repeatable read"]
    vault.close()


@pytest.mark.postgres
def test_a_dba_cannot_move_a_date_nor_re_sign_on_postgresql(pg_cluster: object, clock: FixedClock) -> None:
    """The DBA case: full SQL access to the team database, no passphrase."""
    from sqlalchemy import create_engine, text

    url = pg_cluster.new_database()  # type: ignore[attr-defined]
    vault, _ = Vault.create(url, PASSPHRASE, clock=clock)
    honest, moved = (
        _rejected(vault, "Anna", "Aerts"),
        vault.candidates.add(first_name="Bram", last_name="Open"),
    )
    vault.retention.add_procedure(moved, "Boekhouder", D("2026-02-01"))
    key_id = vault.verify().fact_key_id
    vault.close()
    dba = create_engine(url)
    with dba.begin() as conn:
        conn.execute(
            text(
                "UPDATE procedures SET outcome = 'rejected', ended_on = '2020-01-01' WHERE candidate_id = :c"
            ),
            {"c": moved},
        )
    scheduled = Vault.open(url, clock)
    scheduled.trusted_fact_key = key_id
    result = scheduled.retention.purge_due(D(AS_OF), confirmed=True)
    assert result.purged == [honest]
    assert [str(p) for p in result.untrusted] == [
        f"candidate {moved}: procedures row 2 changed since it was signed"
    ]
    scheduled.close()

    attacker = Ed25519PrivateKey.generate()
    with dba.begin() as conn:
        conn.execute(
            text("UPDATE vault_meta SET value = :v WHERE key = 'fact_key'"),
            {"v": attacker.public_key().public_bytes_raw().hex()},
        )
        for cid, body in conn.execute(text("SELECT candidate_id, body FROM fact_manifests")).all():
            conn.execute(
                text("UPDATE fact_manifests SET signature = :s WHERE candidate_id = :c"),
                {"s": attacker.sign(manifest.message(cid, body)), "c": cid},
            )
    dba.dispose()
    scheduled = Vault.open(url, clock)
    scheduled.trusted_fact_key = key_id
    with pytest.raises(Refused, match=f"not the trusted {key_id}"):
        scheduled.retention.purge_due(D(AS_OF), confirmed=True)
    scheduled.close()


@pytest.mark.parametrize("forged_body", ["[]", "not json"])
def test_a_users_later_edit_does_not_launder_a_tamper(
    golden: Golden, clock: FixedClock, tmp_path: Path, forged_body: str
) -> None:
    """Signing again covers only the rows the user's transaction wrote: the tampered row keeps its old
    signed digest, and a manifest that already fails is left as evidence (even one that is not rows)."""
    path = _copy(golden, tmp_path)
    due, noted = golden.ids["due"], golden.ids["noted"]
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE procedures SET ended_on = NULL, outcome = 'open' WHERE candidate_id = ?", (due,))
        conn.execute("UPDATE fact_manifests SET body = ? WHERE candidate_id = ?", (forged_body, noted))
    vault = Vault.open(path, clock)
    vault.unlock(PASSPHRASE)
    vault.retention.add_procedure(due, "Lasser", D("2026-02-02"))  # same candidate, same table
    vault.candidates.edit(due, {"summary": "Nieuwe samenvatting"})
    vault.notes.add(noted, "Nog een gesprek", held_on=D("2026-02-03"))
    damaged = vault.verify().damaged
    vault.close()
    assert f"candidate {due}: procedures row 1 changed since it was signed" in damaged
    assert f"candidate {noted}: manifest forged (its signature fails)" in damaged
    assert not [d for d in damaged if "procedures row" in d and "row 1 " not in d]  # the new one is signed


def test_a_candidate_whose_manifest_is_not_rows_can_still_be_purged_by_hand(
    golden: Golden, clock: FixedClock, tmp_path: Path
) -> None:
    """An admin's purge keeps no evidence of a manifest that is not the app's, and does not fail on it."""
    path = _copy(golden, tmp_path)
    noted = golden.ids["noted"]
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE fact_manifests SET body = 'not json' WHERE candidate_id = ?", (noted,))
    vault = Vault.open(path, clock)
    vault.unlock(PASSPHRASE)
    vault.retention.purge(noted, "requested by the candidate")
    vault.close()
    assert noted not in _alive(path)


def _shorten_retention(path: Path) -> None:
    """Settings changed with sqlite3: every rejected candidate due the day after their procedure ended."""
    with sqlite3.connect(path) as conn:
        settings = json.dumps({"retention.after_procedure_days": 1, "retention.on_due": "purge"})
        conn.execute("UPDATE vault_meta SET value = ? WHERE key = 'settings'", (settings,))


def test_settings_changed_outside_the_app_stop_every_purge_until_an_admin_saves_them(
    golden: Golden, cli: Cli, tmp_path: Path
) -> None:
    path = _copy(golden, tmp_path)
    _shorten_retention(path)
    before = _alive(path)
    locked = ["--vault", str(path), "--trust", golden.key_id, "purge", "--due", "--yes", "--as-of", AS_OF]
    code, _, err = cli(*locked, base=False)
    assert code == 1 and "settings: changed outside the app since they were signed" in err
    assert err.count("\n") == 1 and _alive(path) == before  # one line; nobody purged, not even the due
    unlocked = ["--vault", str(path), "--passphrase-file", str(cli.pass_file)]
    code, _, err = cli(*unlocked, "purge", "--due", "--dry-run", "--as-of", AS_OF, base=False)
    assert code == 1 and "settings: changed outside the app" in err  # unlocked too: the rules read them

    # A user's ordinary change signs the audit head again, but never over the changed settings.
    code, _, err = cli(*unlocked, "edit", str(golden.ids["open"]), "--summary", "Nieuw", base=False)
    assert code == 0, err
    code, out = _verify_out(cli, path)
    assert code == 1 and "settings: changed outside the app since they were signed" in out

    # An admin who saves the settings endorses what they see (settings show lists them all).
    code, _, err = cli(*unlocked, "settings", "set", "retention.after_procedure_days", "180", base=False)
    assert code == 0, err
    code, out = _verify_out(cli, path)
    assert code == 0, out
    code, _, err = cli(*locked, base=False)
    assert code == 0, err


def test_a_head_signed_before_settings_were_is_signed_again_by_the_next_unlock(
    golden: Golden, cli: Cli, clock: FixedClock, tmp_path: Path
) -> None:
    """A vault from the version before (its signed head without the settings): the scheduled purge waits
    for an unlock, which signs the head with the settings as found."""
    from app.integrity import audit_seal

    path = _copy(golden, tmp_path)
    vault = Vault.open(path, clock)
    vault.unlock(PASSPHRASE)
    with vault.write() as session:
        pointer = audit_seal._pointer(session, audit_seal.SIGNED_HEAD)
        assert pointer is not None and "settings" in pointer
        older = audit_seal._signed(vault.sealer.keys, "head", int(str(pointer["id"])), str(pointer["hash"]))
        audit.set_meta(session, audit_seal.SIGNED_HEAD, older)
    vault.close()
    locked = ["--vault", str(path), "--trust", golden.key_id, "purge", "--due", "--yes", "--as-of", AS_OF]
    before = _alive(path)
    code, _, err = cli(*locked, base=False)
    assert code == 1 and "settings: not signed yet" in err
    assert _alive(path) == before
    code, out = _verify_out(cli, path)  # the unlock signs the head again, with the settings
    assert code == 0, out
    code, _, err = cli(*locked, base=False)
    assert code == 0, err
    assert _alive(path) == {golden.ids["open"]}


def _delete_whole(path: Path, candidate_id: int) -> None:
    """Everything of one candidate deleted with sqlite3, manifest and data key too: no purge record."""
    from app.integrity.rows import OWNED

    with sqlite3.connect(path) as conn:
        for table in [t for t in OWNED if t != "candidates"] + ["fact_manifests", "candidate_keys"]:
            conn.execute(f"DELETE FROM {table} WHERE candidate_id = ?", (candidate_id,))
        conn.execute("DELETE FROM candidates WHERE id = ?", (candidate_id,))


def test_a_candidate_deleted_whole_is_named_by_verify_and_fails_the_purge_run(
    golden: Golden, cli: Cli, tmp_path: Path
) -> None:
    path = _copy(golden, tmp_path)
    gone = golden.ids["open"]  # not due: a purge could not have taken them
    _delete_whole(path, gone)
    code, out = _verify_out(cli, path)
    assert code == 1 and f"candidate {gone}: deleted outside the app (gone without a purge record)" in out
    locked = ["--vault", str(path), "--trust", golden.key_id, "purge", "--due", "--yes", "--as-of", AS_OF]
    code, _, err = cli(*locked, base=False)
    assert code == 1 and f"candidate {gone}: deleted outside the app" in err  # the scheduled task's log


def test_a_signed_head_put_back_to_an_older_one_is_found(golden: Golden, cli: Cli, tmp_path: Path) -> None:
    """An older signed head (with the settings it covered) put back over a user's later session."""
    path = _copy(golden, tmp_path)
    with sqlite3.connect(path) as conn:
        (older,) = conn.execute("SELECT value FROM vault_meta WHERE key = 'audit_signed_head'").fetchone()
    unlocked = ["--vault", str(path), "--passphrase-file", str(cli.pass_file)]
    code, _, err = cli(*unlocked, "edit", str(golden.ids["open"]), "--summary", "Nieuw", base=False)
    assert code == 0, err
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE vault_meta SET value = ? WHERE key = 'audit_signed_head'", (older,))
    code, out = _verify_out(cli, path)
    assert code == 1 and "comes after the signed head: the head was put back to an older one" in out


def test_an_unattended_runs_events_after_the_signed_head_are_no_problem(
    golden: Golden, cli: Cli, tmp_path: Path
) -> None:
    path = _copy(golden, tmp_path)
    locked = ["--vault", str(path), "--trust", golden.key_id, "purge", "--due", "--yes", "--as-of", AS_OF]
    code, _, err = cli(*locked, base=False)
    assert code == 0, err
    code, out = _verify_out(cli, path)
    assert code == 0, out


def test_a_key_pinned_on_this_computer_refuses_a_re_signed_vault_without_trust(
    golden: Golden, cli: Cli, tmp_path: Path
) -> None:
    """Any session with the passphrase pins the vault's fact key for this OS account; a later run without
    a passphrase and without --trust checks against that pin."""
    from app.integrity import pins

    path = _copy(golden, tmp_path)
    code, out = _verify_out(cli, path)  # an unlocked session: pins the key here
    assert code == 0, out
    assert golden.key_id in pins._path().read_text()
    _resign_with_another_key(path, golden)
    before = _alive(path)
    code, _, err = cli("--vault", str(path), "purge", "--due", "--yes", "--as-of", AS_OF, base=False)
    assert code == 1 and f"not the trusted {golden.key_id} (pinned on this computer" in err
    assert _alive(path) == before


def test_an_unreadable_pin_file_counts_as_no_pin(golden: Golden, cli: Cli, tmp_path: Path) -> None:
    from app.integrity import pins

    path = _copy(golden, tmp_path)
    pins._path().parent.mkdir(parents=True, exist_ok=True)
    pins._path().write_bytes(b"\xff not json")
    code, _, err = cli("--vault", str(path), "purge", "--due", "--yes", "--as-of", AS_OF, base=False)
    assert code == 0, err
    code, out = _verify_out(cli, path)  # and the next unlocked session writes a good one
    assert code == 0, out
    assert json.loads(pins._path().read_text()) == {pins_vault_id(path): golden.key_id}


def pins_vault_id(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        (vault_id,) = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
    return str(vault_id)


# ---- purge records: signed, or backed by signed facts until the next unlock ----------------------


def _records(path: Path) -> dict[int, tuple[bytes | None, str | None, str]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT candidate_id, signature, evidence, purged_on FROM purge_records")
        return {cid: (sig, evidence, on) for cid, sig, evidence, on in rows}


def _unattended_purge(cli: Cli, path: Path, golden: Golden) -> None:
    locked = ["--vault", str(path), "--trust", golden.key_id, "purge", "--due", "--yes", "--as-of", AS_OF]
    code, _, err = cli(*locked, base=False)
    assert code == 0, err


def test_a_scheduled_purge_leaves_evidence_that_the_next_unlock_checks_and_signs(
    golden: Golden, cli: Cli, tmp_path: Path
) -> None:
    path = _copy(golden, tmp_path)
    with sqlite3.connect(path) as conn:
        (body,) = conn.execute(
            "SELECT body FROM fact_manifests WHERE candidate_id = ?", (golden.ids["due"],)
        ).fetchone()
    fingerprints = [digest for table, _id, digest in json.loads(body) if table == "contact_fingerprints"]
    _unattended_purge(cli, path, golden)
    written = _records(path)
    assert written and all(sig is None and evidence for sig, evidence, _on in written.values())
    evidence = written[golden.ids["due"]][1] or ""
    assert '"procedures"' in evidence  # what the rules read ...
    assert fingerprints and not any(
        digest in evidence for digest in fingerprints
    )  # ... and no trace of the rest

    code, out = _verify_out(cli, path)  # the unlock checks the evidence, signs, drops it
    assert code == 0, out
    assert all(sig and evidence is None for sig, evidence, _on in _records(path).values())


def test_a_purge_with_the_passphrase_signs_its_record_at_once(
    golden: Golden, cli: Cli, tmp_path: Path
) -> None:
    path = _copy(golden, tmp_path)
    unlocked = ["--vault", str(path), "--passphrase-file", str(cli.pass_file)]
    code, _, err = cli(*unlocked, "purge", str(golden.ids["open"]), "--yes", base=False)
    assert code == 0, err
    ((sig, evidence, _on),) = _records(path).values()
    assert sig and evidence is None


def _forge_record(path: Path, candidate_id: int, evidence: str | None, on: str = AS_OF) -> None:
    _delete_whole(path, candidate_id)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO purge_records (candidate_id, purged_on, reason, evidence) VALUES (?, ?, 'due', ?)",
            (candidate_id, on, evidence),
        )


def _evidence_of(path: Path, candidate_id: int, clock: FixedClock) -> str:
    """Real evidence, as a scheduled purge would write it, of a candidate's signed facts."""
    from app.integrity import records

    vault = Vault.open(path, clock)
    with vault.read() as session:
        found = records.evidence(session, [candidate_id])[candidate_id]
    vault.close()
    return found


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("no evidence", "not authenticated (neither signed nor backed by signed facts)"),
        ("another candidate's evidence", "forged (its evidence is not the candidate's signed facts)"),
        (
            "its own signed facts, not due",
            "forged (the signed facts did not make the candidate due that day)",
        ),
    ],
)
def test_a_record_forged_for_a_candidate_deleted_whole_is_named_and_restore_keeps_them(
    golden: Golden, cli: Cli, clock: FixedClock, tmp_path: Path, name: str, said: str
) -> None:
    """The move that looks like a scheduled purge: the candidate deleted whole, a record put in its place."""
    path = _copy(golden, tmp_path)
    unlocked = ["--vault", str(path), "--passphrase-file", str(cli.pass_file)]
    folder = tmp_path / "backups"
    folder.mkdir()
    code, _, err = cli(*unlocked, "backup", str(folder), base=False)
    assert code == 0, err
    victim = golden.ids["open"]  # an open procedure: not due
    evidence = {
        "no evidence": None,
        "another candidate's evidence": _evidence_of(path, golden.ids["due"], clock),
        "its own signed facts, not due": _evidence_of(path, victim, clock),
    }[name]
    _forge_record(path, victim, evidence)

    code, out = _verify_out(cli, path)
    assert code == 1 and f"purge record of candidate {victim}: {said}" in out
    assert _records(path)[victim][0] is None  # the unlock did not sign it

    target = tmp_path / "restored.sqlite3"
    code, out, err = cli(
        *unlocked, "restore", str(next(folder.glob("*.cvbackup"))), "--to", str(target), base=False
    )
    assert code == 0, err
    assert f"the purge record of candidate {victim} is ignored, {said}" in err
    assert victim in _alive(target)


def test_an_upgraded_vault_salts_its_manifests_and_signs_its_records_as_found(
    golden: Golden, cli: Cli, clock: FixedClock, tmp_path: Path
) -> None:
    """As the version before left a vault: manifests signed unsalted (v1), a head without the settings,
    purge records without signature or evidence."""
    from app.integrity import audit_seal

    path = _copy(golden, tmp_path)
    _unattended_purge(cli, path, golden)
    vault = Vault.open(path, clock)
    vault.unlock(PASSPHRASE)
    key = fact_key.signing_key(vault.sealer.keys)
    with vault.write() as session:
        pointer = audit_seal._pointer(session, audit_seal.SIGNED_HEAD)
        assert pointer is not None
        head = audit_seal._signed(vault.sealer.keys, "head", int(str(pointer["id"])), str(pointer["hash"]))
        audit.set_meta(session, audit_seal.SIGNED_HEAD, head)
    vault.close()
    with sqlite3.connect(path) as conn:
        for cid, body in conn.execute("SELECT candidate_id, body FROM fact_manifests").fetchall():
            conn.execute(
                "UPDATE fact_manifests SET salt = NULL, signature = ? WHERE candidate_id = ?",
                (key.sign(manifest.message(cid, body)), cid),
            )
        conn.execute("UPDATE purge_records SET signature = NULL, evidence = NULL")
    code, out = _verify_out(cli, path)
    assert code == 0, out
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM fact_manifests WHERE salt IS NULL").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM audit_events WHERE action = 'facts_salted'").fetchone() == (
            1,
        )
    assert all(sig for sig, _evidence, _on in _records(path).values())


@pytest.mark.parametrize(
    ("tamper", "said"),
    [
        ("UPDATE rights_requests SET done_on = '2025-02-11' WHERE candidate_id = ?", "changed"),
        ("DELETE FROM rights_requests WHERE candidate_id = ?", "deleted"),
    ],
)
def test_the_rights_requests_a_purge_leaves_stay_covered_by_its_record(
    golden: Golden, cli: Cli, clock: FixedClock, tmp_path: Path, tamper: str, said: str
) -> None:
    """The register keeps a purged candidate's requests (their deadlines are accountability): the purge
    record's signature covers them, and a later answer through the app signs it again."""
    from app.retention.purge import purge_candidate

    path = _copy(golden, tmp_path)
    noted = golden.ids["noted"]
    vault = Vault.open(path, clock)
    vault.unlock(PASSPHRASE)
    purge_candidate(vault, noted, "erasure request")
    (request,) = vault.rights.list(candidate_id=noted)
    vault.rights.done(request.id, D("2026-03-02"))  # answered after the purge: the record is signed again
    report = vault.verify()
    assert report.ok, report.damaged
    vault.close()
    with sqlite3.connect(path) as conn:
        conn.execute(tamper, (noted,))
    code, out = _verify_out(cli, path)
    assert (
        code == 1
        and f"purged candidate {noted}: rights_requests row {request.id} {said} since it was signed" in out
    )


def test_rights_requests_changed_between_a_scheduled_purge_and_the_next_unlock_are_found(
    golden: Golden, cli: Cli, tmp_path: Path
) -> None:
    """The next unlock signs the record with the requests its evidence lists, not as it finds them."""
    path = _copy(golden, tmp_path)
    noted = golden.ids["noted"]
    _unattended_purge(cli, path, golden)
    assert noted in _records(path)
    with sqlite3.connect(path) as conn:
        (request_id,) = conn.execute(
            "SELECT id FROM rights_requests WHERE candidate_id = ?", (noted,)
        ).fetchone()
        conn.execute("UPDATE rights_requests SET outcome = 'done', done_on = '2026-03-01'")
    code, out = _verify_out(cli, path)
    assert code == 1
    assert f"purged candidate {noted}: rights_requests row {request_id} changed since it was signed" in out
    assert _verify_out(cli, path) == (code, out)  # signed at the first unlock, still named at the next


def test_a_session_open_across_a_scheduled_purge_answers_a_request_without_a_false_alarm(
    golden: Golden, cli: Cli, clock: FixedClock, tmp_path: Path
) -> None:
    """The session's write checks and signs the new record first, then signs its own answer."""
    path = _copy(golden, tmp_path)
    noted = golden.ids["noted"]
    vault = Vault.open(path, clock)
    vault.unlock(PASSPHRASE)
    (request,) = vault.rights.list(candidate_id=noted)
    _unattended_purge(cli, path, golden)
    vault.rights.done(request.id, D("2026-03-02"))
    vault.close()
    signature, evidence, _on = _records(path)[noted]
    assert signature and evidence is None
    code, out = _verify_out(cli, path)
    assert code == 0, out


def test_an_erasure_request_a_scheduled_purge_carries_out_is_no_false_alarm(
    cli: Cli, clock: FixedClock, tmp_path: Path
) -> None:
    """The run closes the request it carried out (after taking its evidence); the next unlock signs the
    record with the request as the run left it, and a change on top of that is still named."""
    path = tmp_path / "vault.sqlite3"
    vault, _ = Vault.create(path, PASSPHRASE, clock=clock)
    cid = vault.candidates.add(first_name="Anna", last_name="Aerts")
    vault.retention.add_procedure(cid, "Boekhouder", D("2026-01-06"))
    request = vault.retention.erasure_request(cid, D("2026-02-01"))
    key_id = vault.verify().fact_key_id
    vault.close()
    locked = ["--vault", str(path), "--trust", key_id, "purge", "--due", "--yes", "--as-of", AS_OF, "--json"]
    code, out, err = cli(*locked, base=False)
    assert code == 0 and json.loads(out)["purged"] == [cid], err
    with sqlite3.connect(path) as conn:
        closed = conn.execute(
            "SELECT r.outcome, r.done_on = p.purged_on FROM rights_requests r, purge_records p"
        )
        assert closed.fetchall() == [("erased", 1)]

    code, out = _verify_out(cli, path)
    assert code == 0, out
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE rights_requests SET done_on = '2026-02-02'")
    code, out = _verify_out(cli, path)
    assert code == 1 and f"purged candidate {cid}: rights_requests row {request} changed" in out, out


def _append_event(path: Path, actor: str, action: str, candidate_id: int | None) -> None:
    """An attacker's event, chained as the app chains them (a run without a passphrase cannot sign)."""
    engine = make_engine(f"sqlite:///{path}")
    with Session(engine) as session, session.begin():
        audit.append(session, dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC), actor, action, candidate_id, {})
    engine.dispose()


@pytest.mark.parametrize(
    ("action", "who", "named"),
    [
        (
            "candidate_edited",
            "open",
            "(candidate_edited) was appended in the name of a run without a passphrase",
        ),
        ("candidate_purged", "open", "was purged, but they are not"),
    ],
)
def test_events_a_scheduled_run_never_writes_are_named(
    golden: Golden, cli: Cli, tmp_path: Path, action: str, who: str, named: str
) -> None:
    path = _copy(golden, tmp_path)
    _append_event(path, f"{audit.UNATTENDED}:mallory", action, golden.ids[who])
    for _unlock in range(2):  # the head signed over it at the first unlock: still named at the next
        code, out = _verify_out(cli, path)
        assert code == 1 and named in out, out


def test_a_scheduled_purges_events_cut_out_leave_its_record_unsigned_and_named(
    golden: Golden, cli: Cli, tmp_path: Path
) -> None:
    path = _copy(golden, tmp_path)
    _unattended_purge(cli, path, golden)
    purged = sorted(_records(path))
    with sqlite3.connect(path) as conn:  # the run's events cut off the tail; the chain still holds
        (first,) = conn.execute(
            "SELECT min(id) FROM audit_events WHERE action = 'candidate_purged'"
        ).fetchone()
        conn.execute("DELETE FROM audit_events WHERE id >= ?", (first,))
        last_id, last_hash = conn.execute(
            "SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1"
        ).fetchone()
        pointer = json.dumps({"id": last_id, "hash": last_hash})
        conn.execute("UPDATE vault_meta SET value = ? WHERE key = ?", (pointer, audit.HEAD_KEY))
    for _unlock in range(2):
        code, out = _verify_out(cli, path)
        assert code == 1, out
        for cid in purged:
            assert f"purge record of candidate {cid}: its purge is not in the audit log" in out
    assert all(signature is None for signature, _evidence, _on in _records(path).values())
