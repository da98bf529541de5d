"""Rectification keeps the old values, encrypted under the candidate's key, and purges them with it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.retention.purge import purge_candidate
from app.rights import rectification
from app.rights.filenames import safe_name, unique_names
from app.vault import Vault
from tests.conftest import Cli, assert_absent


def test_every_edit_keeps_the_old_value(vault: Vault, vault_path: Path) -> None:
    cid = vault.candidates.add(first_name="Rect", last_name="Ify", email="canary.old@example.be")
    vault.rights.rectify(cid, {"email": "canary.mid@example.be", "last_name": "Ify"})  # last_name unchanged
    vault.candidates.edit(cid, {"email": None})
    with vault.read() as session:
        history = rectification.history(vault, session, cid)
    assert [(h.field, h.old_value) for h in history] == [
        ("email", "canary.old@example.be"),
        ("email", "canary.mid@example.be"),
    ]
    assert vault.verify().ok
    vault.checkpoint()
    assert_absent(vault_path.parent, "canary.old@example.be", "canary.mid@example.be")


def test_history_is_purged_with_the_candidate(vault: Vault, vault_path: Path) -> None:
    cid = vault.candidates.add(first_name="Gone", last_name="Soon", phone="0470 11 22 33")
    vault.rights.rectify(cid, {"phone": "0470 99 88 77"})
    purge_candidate(vault, cid, "test")
    with sqlite3.connect(vault_path) as conn:
        assert conn.execute("SELECT count(*) FROM field_changes").fetchone() == (0,)
    assert vault.verify().ok


def test_cli_rectify(cli_vault: Cli) -> None:
    cid = cli_vault.ok("add", "--first-name", "Cli", "--last-name", "Rect", "--email", "a@example.be").strip()
    cli_vault.ok("rectify", cid, "--email", "b@example.be")
    assert "b@example.be" in cli_vault.ok("show", cid)
    code, _, err = cli_vault("rectify", cid)
    assert code == 2 and "--email" in err
    code, _, err = cli_vault("rectify", cid, "--email", "not an address")
    assert code == 1 and "email is not a valid" in err and "not an address" not in err


def test_safe_names() -> None:
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\Users\\hr\\cv.pdf") == "cv.pdf"
    assert safe_name("cv\u202efdp.exe") == "cvfdp.exe"  # no right-to-left override
    assert safe_name("a\x00b\x1f\u200bc.pdf") == "abc.pdf"
    assert safe_name("CON.txt") == "_CON.txt" and safe_name("lpt1") == "_lpt1"
    assert safe_name('what?*:"<>|.pdf') == "what_______.pdf"
    assert safe_name(" ..  ") == "document" and safe_name(None) == "document"
    assert len(safe_name("x" * 500 + ".pdf")) <= 120 and safe_name("x" * 500 + ".pdf").endswith(".pdf")
    assert unique_names(["cv.pdf", "CV.pdf", "cv.pdf", None, None]) == [
        "cv.pdf",
        "CV (2).pdf",
        "cv (3).pdf",
        "document",
        "document (2)",
    ]
