"""import-csv: encodings, separators, several procedures per ref, bad rows, --skip-bad, suppression."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import Cli, assert_absent
from tests.csvdata import due_row, open_row, row, write_csv


def imported(cli: Cli, path: Path, *extra: str) -> list[dict[str, object]]:
    result: list[dict[str, object]] = json.loads(cli.ok("import-csv", str(path), "--json", *extra))
    return result


@pytest.mark.parametrize("delimiter, bom", [(",", False), (";", True), (";", False), (",", True)])
def test_import_separators_and_bom(cli_vault: Cli, tmp_path: Path, delimiter: str, bom: bool) -> None:
    rows = [
        due_row(1, address="Kerkstraat 1, 9000 Gent"),
        due_row(1, vacancy="Magazijnier", applied_on="2024-02-01", outcome="hired", ended_on="2024-04-01"),
        open_row(2, first_name="Zoë", last_name="Dupré; jr"),
        row(first_name="Geen", last_name="Procedure", created_on="2025-01-05"),
    ]
    path = write_csv(tmp_path / "in.csv", rows, delimiter=delimiter, bom=bom)
    result = imported(cli_vault, path)
    assert [r["ref"] for r in result] == ["R1", "K2", None]
    first, second, third = (r["id"] for r in result)
    shown = json.loads(cli_vault.ok("show", str(second), "--json"))
    assert (shown["first_name"], shown["last_name"], shown["external_ref"]) == ("Zoë", "Dupré; jr", "K2")
    assert json.loads(cli_vault.ok("show", str(first), "--json"))["address"] == "Kerkstraat 1, 9000 Gent"
    status = {s["id"]: s for s in json.loads(cli_vault.ok("status", "--as-of", "2025-06-01", "--json"))}
    assert status[first]["reason"] == "hired on 2024-04-01, 30 days after the hire"
    assert status[second]["state"] == "active"
    assert status[third]["due_on"] == "2025-02-04"
    with sqlite3.connect(cli_vault.vault_path) as conn:
        assert sorted(t for (t,) in conn.execute("SELECT title FROM vacancies")) == [
            "Boekhouder",
            "Lasser",
            "Magazijnier",
        ]
        assert conn.execute("SELECT count(*) FROM procedures").fetchone() == (3,)
    assert_absent(cli_vault.vault_path.parent, "Achternaam1", "kandidaat1@example.be", "Dupré", "Kerkstraat")


def test_consent_hold_restriction_and_erasure_columns(cli_vault: Cli, tmp_path: Path) -> None:
    rows = [
        due_row(1, consent_on="2024-02-29"),
        due_row(2, consent_on="2024-02-29", consent_withdrawn_on="2024-05-01"),
        due_row(3, legal_hold="yes"),
        due_row(4, restricted="YES"),
        open_row(5, erasure_requested_on="2025-03-01"),
    ]
    ids = [r["id"] for r in imported(cli_vault, write_csv(tmp_path / "in.csv", rows))]
    status = json.loads(cli_vault.ok("status", "--as-of", "2025-06-01", "--json"))
    assert [(s["id"], s["state"], s["due_on"]) for s in status] == [
        (ids[0], "pool", "2026-02-28"),
        (ids[1], "due", "2024-05-01"),
        (ids[2], "held", None),
        (ids[3], "restricted", None),
        (ids[4], "due", "2025-03-01"),
    ]


def test_bad_rows_are_reported_and_nothing_is_imported(cli_vault: Cli, tmp_path: Path) -> None:
    rows = [
        due_row(1),
        row(first_name="Geheimvoornaam", last_name=""),
        due_row(3, email="niet-een-adres"),
        due_row(4, applied_on="01/02/2024"),
        due_row(5, outcome="maybe"),
        due_row(6, ended_on=""),
        due_row(7, consent_on="2099-01-01"),
        due_row(8, legal_hold="perhaps"),
        due_row(9, ended_on="2023-01-01"),
        open_row(10, ended_on="2024-07-01"),
        due_row(11),
        due_row(11, last_name="Anders"),
        due_row(12, consent_withdrawn_on="2024-01-01", consent_on="2024-02-01"),
    ]
    path = write_csv(tmp_path / "bad.csv", rows)
    code, out, err = cli_vault("import-csv", str(path))
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[:12] == [
        "candidate-vault: line 3: last_name is required",
        "candidate-vault: line 4: email is not a valid e-mail address",
        "candidate-vault: line 5: applied_on is not a date as YYYY-MM-DD",
        "candidate-vault: line 6: outcome must be one of open, rejected, withdrawn, hired or empty",
        "candidate-vault: line 7: ended_on is required when the outcome is rejected",
        "candidate-vault: line 8: consent_on is in the future",
        "candidate-vault: line 9: legal_hold must be yes, no or empty",
        "candidate-vault: line 10: the procedure ends (2023-01-01) before it began (2024-01-02)",
        "candidate-vault: line 11: an open procedure has no end date",
        "candidate-vault: line 12: left out with a bad row of the same ref",
        "candidate-vault: line 13: last_name differs from line 12 (same ref)",
        "candidate-vault: line 14: consent_withdrawn_on is before consent_on",
    ]
    assert "nothing imported: 12 bad row(s)" in lines[-1]
    for secret in ("Geheimvoornaam", "niet-een-adres", "Anders", "Achternaam"):
        assert secret not in err
    assert json.loads(cli_vault.ok("list", "--json")) == []

    result = imported(cli_vault, path, "--skip-bad")
    assert [r["ref"] for r in result] == ["R1"]


def test_not_csv_is_refused_in_one_line(cli_vault: Cli, tmp_path: Path) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes(",".join(["ref", "first_name"]).encode() + b"\n1,J\xe9r\xf4me\n")
    code, _, err = cli_vault("import-csv", str(latin))
    assert code == 1 and err.strip() == "candidate-vault: latin.csv is not UTF-8 text (line 2)"
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("name,mail\nA,b\n")
    code, _, err = cli_vault("import-csv", str(wrong))
    assert code == 1 and "line 1: the header does not match" in err and "unknown name, mail" in err
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code, _, err = cli_vault("import-csv", str(empty))
    assert code == 1 and "is empty" in err
    code, _, err = cli_vault("import-csv", str(tmp_path / "missing.csv"))
    assert code == 2 and "cannot read" in err
    assert len(err.strip().splitlines()) == 1


def test_reimport_of_an_erased_person_warns(cli_vault: Cli, tmp_path: Path) -> None:
    (first,) = imported(cli_vault, write_csv(tmp_path / "a.csv", [due_row(1, phone="0470 12 34 56")]))
    cli_vault.ok("erasure-request", str(first["id"]), "--received", "2025-01-10")
    cli_vault.ok("purge", str(first["id"]), "--reason", "erasure request")
    again = write_csv(tmp_path / "b.csv", [due_row(1, ref="X", email="", phone="+32 470 12 34 56")])
    code, out, err = cli_vault("import-csv", str(again), "--json")
    assert code == 0
    (new,) = json.loads(out)
    assert err.strip() == (
        f"candidate-vault: warning: candidate {new['id']} has the phone of a person who asked to be erased; "
        "check before keeping this record"
    )
