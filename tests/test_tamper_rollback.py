"""A candidate put back to an older signed state (issue 19): their rows and manifest, copied from an older
copy of the vault file, check out row by row; the roster of manifests (app/integrity/roster.py) finds it.

The story: Anna was rejected (due for purging); later she applied again, so she is not due. An attacker
with an older copy of the file puts her old rows and manifest back, so that the scheduled purge deletes
her. Put back without her roster row, she alone is named and spared; with it, the roster's signed sum
fails, and no purge by the rules runs until the vault is restored.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from app.clock import FixedClock
from app.integrity import audit_seal, fact_key, manifest, roster
from app.integrity.rows import OWNED
from app.retention.bulk import untrusted_facts
from app.store.models import FactManifest, FactRoster
from app.vault import Vault
from tests.conftest import PASSPHRASE, Cli
from tests.rollback_story import CLOCK, Story, build, scheduled_purge, sign_head_as_before, unlocked, verify


@pytest.fixture
def story(tmp_path: Path) -> Story:
    return build(tmp_path)


def _put_back(path: Path, older: Path, candidate_id: int, *, with_roster_row: bool) -> None:
    tables = [*OWNED, "fact_manifests", *(["fact_roster"] if with_roster_row else [])]
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("ATTACH DATABASE ? AS old", (str(older),))
        for table in tables:
            owner = "id" if table == "candidates" else "candidate_id"
            conn.execute(f"DELETE FROM main.{table} WHERE {owner} = ?", (candidate_id,))
            conn.execute(
                f"INSERT INTO main.{table} SELECT * FROM old.{table} WHERE {owner} = ?", (candidate_id,)
            )


def _alive(path: Path) -> set[int]:
    with sqlite3.connect(path) as conn:
        return {cid for (cid,) in conn.execute("SELECT id FROM candidates")}


def test_without_the_rollback_only_the_due_candidate_goes(story: Story, cli: Cli) -> None:
    path, _older, ids, key_id = story
    code, out, err = scheduled_purge(cli, path, key_id)
    assert code == 0, err
    assert json.loads(out)["purged"] == [ids["bram"]]


def test_a_candidate_put_back_alone_is_named_and_spared(story: Story, cli: Cli) -> None:
    path, older, ids, key_id = story
    _put_back(path, older, ids["anna"], with_roster_row=False)

    code, damaged = verify(cli, path)
    assert code == 1
    anna = [line for line in damaged if line.startswith(f"candidate {ids['anna']}: ")]
    assert anna == [
        f"candidate {ids['anna']}: facts put back to an older signed state (not the manifest on the roster)"
    ]
    assert not any(line.startswith("roster") for line in damaged), damaged  # the roster itself holds

    code, out, err = scheduled_purge(cli, path, key_id)
    assert code == 1 and f"candidate {ids['anna']}: " in err
    assert json.loads(out)["purged"] == [ids["bram"]]  # the honest one still goes
    assert ids["anna"] in _alive(path)


def test_a_users_later_edit_does_not_launder_the_rollback(story: Story, cli: Cli) -> None:
    path, older, ids, _key_id = story
    _put_back(path, older, ids["anna"], with_roster_row=False)
    vault = Vault.open(path, clock=FixedClock(CLOCK))
    vault.unlock(PASSPHRASE)
    vault.candidates.edit(ids["anna"], {"email": "anna.new@example.be"})
    vault.close()
    code, damaged = verify(cli, path)
    assert code == 1 and any("put back to an older signed state" in line for line in damaged), damaged


def test_a_candidate_put_back_with_their_roster_row_stops_every_purge_by_the_rules(
    story: Story, cli: Cli
) -> None:
    path, older, ids, key_id = story
    _put_back(path, older, ids["anna"], with_roster_row=True)

    code, damaged = verify(cli, path)
    assert code == 1 and roster.CHANGED in damaged, damaged

    before = _alive(path)
    code, _out, err = scheduled_purge(cli, path, key_id)
    assert code == 1 and "roster of manifests: changed outside the app" in err
    assert _alive(path) == before  # not even the honest one: which facts are the newest is not known


def test_scheduled_purges_and_the_unlock_after_them_keep_the_roster_whole(story: Story, cli: Cli) -> None:
    path, _older, ids, key_id = story
    assert scheduled_purge(cli, path, key_id)[0] == 0  # the record's evidence now stands for Bram
    vault = Vault.open(path, clock=FixedClock(CLOCK))
    with vault.read() as session:
        assert audit_seal.roster_problem(session) is None  # before any unlock
    vault.close()
    code, damaged = verify(cli, path)  # the unlock signs Bram's record: his evidence leaves the sum
    assert code == 0, damaged
    code, _out, err = unlocked(cli, path, "purge", str(ids["anna"]), "--yes")  # her row leaves at once
    assert code == 0, err
    code, damaged = verify(cli, path)
    assert code == 0, damaged


def test_a_vault_from_before_the_roster_is_listed_by_its_first_unlock(story: Story, cli: Cli) -> None:
    path, _older, ids, key_id = story
    vault = Vault.open(path, clock=FixedClock(CLOCK))
    vault.unlock(PASSPHRASE)
    with vault.write() as session:  # as the previous version left it: no roster, a head without its sum
        session.execute(FactRoster.__table__.delete())
        sign_head_as_before(vault, session)
    vault.lock()
    vault.close()

    code, _out, err = scheduled_purge(cli, path, key_id)
    assert code == 1 and "roster of manifests: not signed yet" in err

    code, damaged = verify(cli, path)  # its unlock lists every manifest whose signature holds
    assert code == 0, damaged
    code, out, err = scheduled_purge(cli, path, key_id)
    assert code == 0, err
    assert json.loads(out)["purged"] == [ids["bram"]]


def _as_head_v3(path: Path, *, replay: tuple[Path, int] | None = None) -> None:
    """Leave the vault as the version before head v4 did: roster rows over the manifests' signatures, and
    their sum in the head. ``replay``: (an older copy, a candidate) put back, with a row that lists their
    older manifest, after that head was signed (an attacker's move before the upgrade)."""
    vault = Vault.open(path, clock=FixedClock(CLOCK))
    vault.unlock(PASSPHRASE)
    with vault.write() as session:
        for row in session.scalars(select(FactRoster)):
            signed = session.get(FactManifest, row.candidate_id)
            assert signed is not None
            row.digest = roster.legacy_digest(signed.signature)
        session.flush()
        sign_head_as_before(vault, session, legacy_roster=f"{roster.legacy_current(session):0128x}")
    vault.lock()
    vault.close()
    if replay is not None:
        older, candidate_id = replay
        _put_back(path, older, candidate_id, with_roster_row=False)
        with sqlite3.connect(path) as conn:
            (signature,) = conn.execute(
                "SELECT signature FROM fact_manifests WHERE candidate_id = ?", (candidate_id,)
            ).fetchone()
            conn.execute(
                "UPDATE fact_roster SET digest = ? WHERE candidate_id = ?",
                (roster.legacy_digest(signature), candidate_id),
            )


def _head(path: Path) -> dict[str, object]:
    with sqlite3.connect(path) as conn:
        (text,) = conn.execute(
            "SELECT value FROM vault_meta WHERE key = ?", (audit_seal.SIGNED_HEAD,)
        ).fetchone()
    head: dict[str, object] = json.loads(text)
    return head


def test_a_roster_from_before_its_muhash_is_listed_anew_by_the_first_unlock(story: Story, cli: Cli) -> None:
    path, _older, ids, key_id = story
    _as_head_v3(path)

    code, _out, err = scheduled_purge(cli, path, key_id)  # the sum holds, but the head is not v4 yet
    assert code == 1 and "roster of manifests: signed by an older version" in err

    code, damaged = verify(cli, path)  # its unlock checks the sum, then lists the manifests anew
    assert code == 0, damaged
    assert audit_seal.MEMBERS in _head(path) and audit_seal.LEGACY_ROSTER not in _head(path)
    code, out, err = scheduled_purge(cli, path, key_id)
    assert code == 0, err
    assert json.loads(out)["purged"] == [ids["bram"]]
    code, damaged = verify(cli, path)
    assert code == 0, damaged


def test_a_rollback_before_the_upgrade_is_not_laundered_by_it(story: Story, cli: Cli) -> None:
    path, older, ids, key_id = story
    _as_head_v3(path, replay=(older, ids["anna"]))

    code, _out, err = scheduled_purge(cli, path, key_id)
    assert code == 1 and roster.CHANGED in err

    for _unlock in range(2):  # the upgrade signs a hash no rows have: the finding stays, unlock after unlock
        code, damaged = verify(cli, path)
        assert code == 1 and roster.CHANGED in damaged, damaged
    assert audit_seal.MEMBERS in _head(path)
    before = _alive(path)
    code, _out, err = scheduled_purge(cli, path, key_id)
    assert code == 1 and roster.CHANGED in err
    assert _alive(path) == before


def _manifest_signatures(path: Path) -> set[bytes]:
    with sqlite3.connect(path) as conn:
        return {signature for (signature,) in conn.execute("SELECT signature FROM fact_manifests")}


def test_while_the_roster_holds_a_purge_checks_no_manifest_signature(
    story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The roster's signed hash vouches for every manifest it lists (issue 21: one Ed25519 check per
    candidate was most of the purge's integrity check); a manifest off the roster is still checked."""
    path, _older, ids, _key_id = story
    checked: list[bytes] = []
    verifies = fact_key.verifies

    def counting(public: bytes, signature: bytes, message: bytes) -> bool:
        checked.append(signature)
        return verifies(public, signature, message)

    vault = Vault.open(path, clock=FixedClock(CLOCK))
    vault.unlock(PASSPHRASE)
    monkeypatch.setattr(manifest.fact_key, "verifies", counting)
    assert untrusted_facts(vault) == []
    vault.close()
    assert not _manifest_signatures(path) & set(checked)  # the head's own signature alone was checked

    with sqlite3.connect(path) as conn:  # a manifest's signature replaced: off the roster, then checked
        conn.execute(
            "UPDATE fact_manifests SET signature = zeroblob(64) WHERE candidate_id = ?", (ids["bram"],)
        )
    vault = Vault.open(path, clock=FixedClock(CLOCK))
    vault.unlock(PASSPHRASE)
    assert [(p.candidate_id, p.kind) for p in untrusted_facts(vault)] == [(ids["bram"], "forged")]
    vault.close()
    assert _manifest_signatures(path) & set(checked) == {bytes(64)}
