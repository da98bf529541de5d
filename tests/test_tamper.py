"""Integrity: every stored ciphertext and wrapped key is checked, and damage names exactly that item."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.clock import FixedClock
from app.errors import UnlockError
from app.store.models import sealed_columns
from app.vault import Vault
from tests.conftest import PASSPHRASE, Cli


def _cells(path: Path) -> list[tuple[str, str, str, object]]:
    """Every (table, column, key column, key) of a sealed cell in the file."""
    found = []
    with sqlite3.connect(path) as conn:
        for table, columns in sealed_columns().items():
            key = "candidate_id" if table == "candidate_keys" else "id"
            for col in columns:
                for (row_key,) in conn.execute(f"SELECT {key} FROM {table} WHERE {col} IS NOT NULL"):
                    found.append((table, col, key, row_key))
    return found


def _cell_damage(damaged: list[str]) -> list[str]:
    """The envelope findings; a flip in the nonce also changes the signed facts (test_tamper_facts)."""
    return [item for item in damaged if "since it was signed" not in item]


def _flip(path: Path, table: str, col: str, key: str, row_key: object, index: int) -> None:
    with sqlite3.connect(path) as conn:
        (blob,) = conn.execute(f"SELECT {col} FROM {table} WHERE {key} = ?", (row_key,)).fetchone()
        damaged = bytearray(blob)
        damaged[index % len(damaged)] ^= 0x40
        conn.execute(f"UPDATE {table} SET {col} = ? WHERE {key} = ?", (bytes(damaged), row_key))


@pytest.fixture
def small_vault(tmp_path: Path, clock: FixedClock) -> Path:
    path = tmp_path / "golden" / "vault.sqlite3"
    vault, _ = Vault.create(path, PASSPHRASE, clock=clock)
    for first, last in (("Anna", "Aerts"), ("Bram", "Claes"), ("Chloé", "Dubois")):
        vault.candidates.add(
            first_name=first,
            last_name=last,
            email=f"{first.lower()}@example.be",
            phone="0470 11 22 33",
            address="Kerkstraat 1, 9000 Gent",
            source="website",
        )
    vault.close()
    return path


def test_every_cell_flip_is_found_and_isolated(small_vault: Path, tmp_path: Path, clock: FixedClock) -> None:
    cells = _cells(small_vault)
    assert len(cells) >= 3 * 10 + 3 + 2  # profile fields, candidate keys, key slots
    for number, (table, col, key, row_key) in enumerate(cells):
        work = tmp_path / f"flip{number}"
        work.mkdir()
        path = work / "vault.sqlite3"
        shutil.copy(small_vault, path)
        _flip(path, table, col, key, row_key, index=number * 7 + 1)
        vault = Vault.open(path, clock)
        try:
            slot_in_use = table == "key_slots" and row_key == 1
            if slot_in_use:
                with pytest.raises(UnlockError, match=r"damaged|wrong"):
                    vault.unlock(PASSPHRASE)
                continue
            vault.unlock(PASSPHRASE)
            report = vault.verify()
            damaged = _cell_damage(report.damaged)
            assert len(damaged) == 1, (table, col, report.damaged)
            item = damaged[0]
            assert "damaged" in item
            if table == "key_slots":
                assert f"key slot {row_key}" in item
            elif table == "candidate_keys":
                assert f"candidate {row_key}: data key" in item
            else:
                assert f"{table} {row_key}: {col}" in item
            owner = row_key if table in ("candidates", "candidate_keys") else None
            for cid in vault.candidates.ids():
                record = vault.candidates.get(cid, audit=False)
                assert bool(record.damaged) == (cid == owner)
        finally:
            vault.close()


@pytest.mark.parametrize(
    ("table", "col", "key"),
    [("candidates", "email", "id"), ("candidate_keys", "wrapped_key", "candidate_id")],
)
def test_the_list_names_damage_as_opening_one_candidate_does(
    small_vault: Path, clock: FixedClock, table: str, col: str, key: str
) -> None:
    """The list reads rows and keys on the driver (its fast path); a damaged cell or key falls back to
    opening that candidate's cells one by one, with the same findings as ``get``, the others intact."""
    _flip(small_vault, table, col, key, 2, 20)
    vault = Vault.open(small_vault, clock)
    try:
        vault.unlock(PASSPHRASE)
        listed = {r.id: r for r in vault.candidates.list(("first_name", "email"))}
        for cid in (1, 2, 3):
            opened = vault.candidates.get(cid, ("first_name", "email"), audit=False)
            assert (listed[cid].fields, listed[cid].damaged) == (opened.fields, opened.damaged)
            assert bool(listed[cid].damaged) == (cid == 2)
        assert listed[1].fields == {"first_name": "Anna", "email": "anna@example.be"}
        message = "candidate 2: data key" if table == "candidate_keys" else "candidates 2: email is damaged"
        assert message in listed[2].damaged[0] and len(listed[2].damaged) == 1
        # Paged, and by ids, the same.
        assert [r.id for r in vault.candidates.list(after=1, limit=1)] == [2]
        assert vault.candidates.list(ids=[3, 2])[0].id == 2
    finally:
        vault.close()


def test_verify_cli_lists_damage_and_exits_1(cli_vault: Cli) -> None:
    cli_vault.ok("add", "--first-name", "Anna", "--last-name", "Aerts", "--email", "anna@example.be")
    _flip(cli_vault.vault_path, "candidates", "email", "id", 1, 20)
    code, out, _ = cli_vault("verify")
    assert code == 1 and "candidates 1: email is damaged" in out
    code, _, err = cli_vault("show", "1")
    assert code == 1 and "email is damaged" in err
    code, out, _ = cli_vault("show", "1", "--json")
    assert '"first_name": "Anna"' in out


def test_slot_in_use_damaged_exits_3(cli_vault: Cli) -> None:
    _flip(cli_vault.vault_path, "key_slots", "wrapped_key", "id", 1, 5)
    code, _, err = cli_vault("verify")
    assert code == 3 and "key slot 1 is damaged" in err
    # The recovery key still opens the vault, and verify names the damaged slot.
    recovery = cli_vault.pass_file.parent / "recovery.txt"
    code, out, _ = cli_vault(
        "--vault", str(cli_vault.vault_path), "--recovery-key-file", str(recovery), "verify", base=False
    )
    assert code == 1 and "key slot 1 (passphrase" in out


@pytest.mark.parametrize(
    "source, target",
    [
        (("candidates", "email", 1), ("candidates", "email", 2)),  # another row
        (("candidates", "email", 1), ("candidates", "phone", 1)),  # another column
        (
            ("candidate_keys", "wrapped_key", 1),
            ("candidate_keys", "wrapped_key", 2),
        ),  # another candidate's key
    ],
)
def test_copied_ciphertext_fails(
    vault: Vault, vault_path: Path, source: tuple[str, str, int], target: tuple[str, str, int]
) -> None:
    for name in ("Anna", "Bram"):
        vault.candidates.add(
            first_name=name, last_name="X", email=f"{name}@example.be", phone="0470 11 22 33"
        )
    vault.close()
    with sqlite3.connect(vault_path) as conn:
        key = "candidate_id" if source[0] == "candidate_keys" else "id"
        (blob,) = conn.execute(f"SELECT {source[1]} FROM {source[0]} WHERE {key}=?", (source[2],)).fetchone()
        conn.execute(f"UPDATE {target[0]} SET {target[1]}=? WHERE {key}=?", (blob, target[2]))
    reopened = Vault.open(vault_path)
    reopened.unlock(PASSPHRASE)
    damaged = _cell_damage(reopened.verify().damaged)
    assert len(damaged) == 1 and f"{target[2]}" in damaged[0]
    reopened.close()


def test_null_cell_is_damage(vault: Vault, vault_path: Path) -> None:
    cid = vault.candidates.add(first_name="Anna", last_name="Aerts")
    vault.close()
    with sqlite3.connect(vault_path) as conn:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("UPDATE candidates SET summary = x'' WHERE id = ?", (cid,))
    reopened = Vault.open(vault_path)
    reopened.unlock(PASSPHRASE)
    assert "summary is damaged" in reopened.candidates.get(cid, audit=False).damaged[0]
    assert not reopened.verify().ok
    reopened.close()


def test_a_cell_of_the_wrong_type_is_named_and_never_echoed(cli_vault: Cli) -> None:
    """Issue 19: a number in a sealed cell, text in a date cell: verify names each cell, every other
    command says one line, and the text put there is never repeated."""
    cli_vault.ok("add", "--first-name", "Anna", "--last-name", "Aerts")
    cli_vault.ok("procedure", "add", "1", "--vacancy", "Lasser", "--applied-on", "2025-01-06")
    with sqlite3.connect(cli_vault.vault_path) as conn:
        conn.execute("UPDATE candidates SET email = 12345 WHERE id = 1")
        conn.execute("UPDATE procedures SET applied_on = 'Zoë-Geheim' WHERE id = 1")
    code, out, err = cli_vault("verify")
    assert code == 1, err
    assert "candidates 1: email is damaged (not an envelope: a value of the wrong type)" in out
    assert "procedures 1: applied_on is damaged (not a date)" in out
    for command in (["status"], ["purge", "--due", "--yes"], ["procedure", "list", "1"]):
        code, out, err = cli_vault(*command)
        assert (
            code == 1
            and err == "candidate-vault: a stored date is damaged (not a date): run 'verify' to find it\n"
        )
        assert "Geheim" not in out + err


@pytest.mark.parametrize("tamper", ["flip", "wrong type", "version byte"])
def test_a_list_names_the_damaged_cell_and_opens_every_other(
    vault: Vault, vault_path: Path, tamper: str
) -> None:
    """The list opens a row's cells together (one key lookup, checks inlined) and falls back to one by
    one for a row with a damaged cell, so that it says which cell and why, as ``get`` does."""
    for name in ("Anna", "Bram", "Chloé"):
        vault.candidates.add(first_name=name, last_name="Aerts", email=f"{name.lower()}@example.be")
    vault.close()
    if tamper == "flip":
        _flip(vault_path, "candidates", "email", "id", 2, 20)
    with sqlite3.connect(vault_path) as conn:
        if tamper == "wrong type":
            conn.execute("UPDATE candidates SET email = 12345 WHERE id = 2")
        elif tamper == "version byte":  # the rest of the envelope still opens: the version is checked
            (blob,) = conn.execute("SELECT email FROM candidates WHERE id = 2").fetchone()
            conn.execute("UPDATE candidates SET email = ? WHERE id = 2", (b"\x02" + blob[1:],))
    reopened = Vault.open(vault_path)
    reopened.unlock(PASSPHRASE)
    try:
        records = reopened.candidates.list(("first_name", "email"))
    finally:
        reopened.close()
    assert [r.fields["first_name"] for r in records] == ["Anna", "Bram", "Chloé"]
    assert [r.fields["email"] for r in records] == ["anna@example.be", None, "chloé@example.be"]
    assert [len(r.damaged) for r in records] == [0, 1, 0]
    assert records[1].damaged[0].startswith("candidates 2: email is damaged")
