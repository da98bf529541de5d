"""Interview notes and correspondence: sealed at rest, validated, purged with the candidate, in the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import InvalidInput, NotFound, Refused
from app.store.models import AuditEvent, Correspondence, InterviewNote
from app.vault import Vault
from tests.conftest import Cli, assert_absent

D = dt.date.fromisoformat
NOTE = "Sterke communicator, spreekt vloeiend Portugees (Canarywoord-Nota)"
SUBJECT = "Uitnodiging tweede gesprek Canarywoord-Onderwerp"


def candidate(vault: Vault) -> tuple[int, int]:
    cid = vault.candidates.add(first_name="Inès", last_name="Peeters")
    return cid, vault.retention.add_procedure(cid, "Boekhouder", D("2026-02-01"))


def test_notes_are_sealed_listed_and_deleted(vault: Vault, vault_path: Path) -> None:
    cid, proc = candidate(vault)
    first = vault.notes.add(cid, NOTE, held_on=D("2026-02-10"), procedure_id=proc)
    second = vault.notes.add(cid, "Tweede gesprek: positief", author="Karim (HR)")
    notes = vault.notes.list(cid)
    assert [(n.id, n.procedure_id, n.held_on, n.body) for n in notes] == [
        (first, proc, D("2026-02-10"), NOTE),
        (second, None, D("2026-03-02"), "Tweede gesprek: positief"),
    ]
    assert notes[0].author == "admin" and notes[1].author == "Karim (HR)"  # the signed-in user by default
    vault.notes.delete(first)
    assert [n.id for n in vault.notes.list(cid)] == [second]
    with vault.read() as session:
        actions = [(e.action, e.details) for e in session.scalars(select(AuditEvent)) if "note" in e.action]
    assert [a for a, _ in actions] == ["note_added", "note_added", "note_deleted"]
    assert "Portugees" not in json.dumps([d for _, d in actions])
    vault.checkpoint()
    assert_absent(vault_path.parent, "Canarywoord-Nota", "Karim (HR)")


def test_bad_notes_are_refused_in_one_line(vault: Vault) -> None:
    cid, _ = candidate(vault)
    _, other_proc = candidate(vault)
    for kwargs, message in (
        ({"body": "  "}, "needs some text"),
        ({"body": "x", "held_on": D("2026-03-03")}, "cannot be dated in the future"),
        ({"body": "x", "procedure_id": other_proc}, f"is not one of candidate {cid}'s"),
    ):
        with pytest.raises(InvalidInput, match=message):
            vault.notes.add(cid, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(NotFound, match="no candidate 999"):
        vault.notes.add(999, "x")
    vault.retention.restrict(cid)
    with pytest.raises(Refused, match="adding notes is not allowed"):
        vault.notes.add(cid, "x")
    with vault.read() as session:
        assert session.query(InterviewNote).count() == 0


def test_correspondence_is_sealed_listed_and_purged_with_the_candidate(
    vault: Vault, vault_path: Path
) -> None:
    cid, _ = candidate(vault)
    mid = vault.correspondence.add(
        cid,
        direction="out",
        channel="email",
        subject=SUBJECT,
        body="Beste Inès, ...",
        sent_on=D("2026-02-20"),
    )
    [message] = vault.correspondence.list(cid)
    assert (message.id, message.direction, message.channel, message.subject) == (mid, "out", "email", SUBJECT)
    with pytest.raises(InvalidInput, match="channel must be one of"):
        vault.correspondence.add(cid, direction="out", channel="pigeon", subject="x")
    with pytest.raises(InvalidInput, match="subject"):
        vault.correspondence.add(cid, direction="in", channel="phone", subject=" ")
    vault.notes.add(cid, NOTE)
    vault.retention.purge(cid, "test")
    with vault.read() as session:
        assert session.query(Correspondence).count() == 0 and session.query(InterviewNote).count() == 0
    vault.checkpoint()
    assert_absent(vault_path.parent, "Canarywoord-Onderwerp", "Canarywoord-Nota")


def test_rights_export_holds_notes_and_correspondence(vault: Vault, tmp_path: Path) -> None:
    import zipfile

    cid, _ = candidate(vault)
    vault.notes.add(cid, NOTE)
    vault.correspondence.add(cid, direction="in", channel="letter", subject=SUBJECT)
    target = tmp_path / "export.zip"
    vault.rights.export(cid, target)
    with zipfile.ZipFile(target) as z:
        data = json.loads(z.read("candidate.json"))
    assert json.dumps(data, ensure_ascii=False).count("Canarywoord") == 2


def test_cli_procedures_notes_and_correspondence(cli_vault: Cli, tmp_path: Path) -> None:
    cid = cli_vault.ok("add", "--first-name", "Inès", "--last-name", "Peeters").strip()
    proc = cli_vault.ok(
        "procedure", "add", cid, "--vacancy", "Boekhouder", "--applied-on", "2026-02-01"
    ).strip()
    cli_vault.ok("procedure", "close", proc, "--outcome", "rejected", "--ended-on", "2026-02-25")
    [row] = json.loads(cli_vault.ok("procedure", "list", cid, "--json"))
    assert (row["vacancy"], row["outcome"], row["ended_on"]) == ("Boekhouder", "rejected", "2026-02-25")
    text = tmp_path / "note.txt"
    text.write_text(NOTE, encoding="utf-8")
    cli_vault.ok("note", "add", cid, "--body-file", str(text), "--procedure", proc, "--on", "2026-02-10")
    [note] = json.loads(cli_vault.ok("note", "list", cid, "--json"))
    assert (note["text"], note["procedure"], note["on"]) == (NOTE, int(proc), "2026-02-10")
    second = cli_vault.ok("note", "add", cid, "--body", "kort").strip()
    cli_vault.ok("note", "delete", second)
    assert len(json.loads(cli_vault.ok("note", "list", cid, "--json"))) == 1
    cli_vault.ok(
        "correspondence", "add", cid, "--direction", "out", "--channel", "letter", "--subject", SUBJECT
    )
    assert SUBJECT in cli_vault.ok("correspondence", "list", cid)
    with pytest.raises(SystemExit) as stop:  # argparse: exit code 2 and one line
        cli_vault("correspondence", "add", cid, "--channel", "letter")
    err = cli_vault.capsys.readouterr().err
    assert stop.value.code == 2 and err.count("\n") == 1 and "--direction" in err
    code, _, err = cli_vault("procedure", "close", proc, "--outcome", "hired", "--ended-on", "2026-01-01")
    assert code == 1 and err.count("\n") == 1
