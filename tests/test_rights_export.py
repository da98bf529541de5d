"""Access/portability export: schema-valid JSON equal to what was put in, every document byte for byte,
a summary DOCX that opens, written atomically."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path
from typing import Any

import docx
import jsonschema
import pytest

from app.errors import InvalidInput, Refused
from app.resources import resource_path
from app.rights import export as export_module
from app.rights.summary_texts import TEXTS
from app.store.models import Restriction
from app.vault import Vault
from tests.conftest import Cli
from tests.rights_data import PROFILE, populate


def _schema() -> dict[str, Any]:
    return json.loads(resource_path("schemas", "candidate-export.v1.json").read_text(encoding="utf-8"))


def _read(path: Path) -> tuple[dict[str, Any], zipfile.ZipFile]:
    archive = zipfile.ZipFile(path)
    return json.loads(archive.read("candidate.json")), archive


def test_export_holds_everything_put_in(vault: Vault, tmp_path: Path) -> None:
    cid, put = populate(vault)
    out = tmp_path / "export.zip"
    result = vault.rights.export(cid, out)
    assert result.documents == 4
    data, archive = _read(out)
    jsonschema.validate(data, _schema())

    expected_fields = {**PROFILE, "email": "canary.new@example.be", "phone": "+32 470 65 43 21"}
    assert data["candidate"]["id"] == cid
    assert data["candidate"]["fields"] == expected_fields
    history = {(h["field"], h["old_value"]) for h in data["rectification_history"]}
    assert history == {("email", PROFILE["email"]), ("phone", PROFILE["phone"])}
    [proc] = data["procedures"]
    assert proc["id"] == put["procedure"] and proc["outcome"] == "rejected"
    assert proc["vacancy"]["title"] == "Data engineer" and proc["ended_on"] == "2026-02-20"
    assert data["interview_notes"] == [
        {
            "id": put["note"],
            "procedure_id": put["procedure"],
            "held_on": "2026-01-20",
            "author": "Canary Interviewer",
            "body": "Canarynote: strong SQL",
        }
    ]
    assert data["correspondence"] == [
        {
            "id": put["mail"],
            "direction": "out",
            "channel": "email",
            "sent_on": "2026-02-20",
            "subject": "Canary subject",
            "body": "Canarybody: sorry, no",
        }
    ]
    [consent] = data["consents"]
    assert consent["evidence"] == "Canary yes mail" and consent["given_on"] == "2026-02-21"
    assert data["legal_holds"][0]["reason"] == "Canary dispute"
    assert data["restrictions"] == [
        {"id": put["restriction"], "requested_on": "2026-01-25", "lifted_on": "2026-01-30"}
    ]
    [request] = data["rights_requests"]
    assert request["id"] == put["request"] and request["note"] == "Canary asks"
    assert request["due_on"] == "2026-03-25"
    # The consent (given 2026-02-21) runs longer than the procedure window: it decides.
    assert data["retention"] == {"kept_until": "2028-02-21", "reason": "consent"}

    # Every document, byte for byte, under a safe and unique name.
    by_id = {d["id"]: d for d in data["documents"]}
    for doc in put["documents"]:
        meta = by_id[doc["id"]]
        assert meta["file_name"] == doc["file_name"]
        assert meta["kind"] == doc["kind"] and meta["size"] == len(doc["content"])
        assert archive.read(meta["path"]) == doc["content"]
    paths = [d["path"] for d in data["documents"]]
    assert paths == [
        "documents/cv.pdf",
        "documents/motivatiexcod.exe",
        "documents/_CON.png",
        "documents/cv (2).pdf",
    ]
    assert sorted(archive.namelist()) == sorted(["candidate.json", "summary.docx", *paths])


def test_summary_docx_opens_in_the_candidates_language(vault: Vault, tmp_path: Path) -> None:
    cid, _ = populate(vault)
    out = tmp_path / "export.zip"
    vault.rights.export(cid, out)
    _, archive = _read(out)
    document = docx.Document(io.BytesIO(archive.read("summary.docx")))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = [cell.text for row in document.tables[0].rows for cell in row.cells]
    nl = TEXTS["nl"]
    assert nl["title"].split("{")[0].strip() in text
    assert "Canaryanne Vogelzang-Kanarie" in text
    assert nl["cat.documents"] in cells and nl["cat.notes"] in cells and nl["cat.requests"] in cells
    # Until when, with its reason: the consent's end, never a "see retention" placeholder.
    assert any("2028-02-21" in cell and nl["reason.consent"] in cell for cell in cells)
    assert not any("retention" in cell.lower() for cell in cells)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_summary_follows_the_language_field(vault: Vault, tmp_path: Path, language: str) -> None:
    cid = vault.candidates.add(first_name="Lang", last_name="Test", language=language)
    out = tmp_path / "export.zip"
    vault.rights.export(cid, out)
    _, archive = _read(out)
    document = docx.Document(io.BytesIO(archive.read("summary.docx")))
    cells = [cell.text for row in document.tables[0].rows for cell in row.cells]
    assert TEXTS[language]["cat.profile"] in cells
    # No procedure: kept after_procedure_days (30) from creation (2026-03-02).
    assert any(cell.startswith("2026-04-01") for cell in cells)
    data = json.loads(archive.read("candidate.json"))
    jsonschema.validate(data, _schema())
    assert data["documents"] == [] and data["retention"]["reason"] == "no_procedure"


def test_default_language_is_the_vault_setting(vault: Vault, tmp_path: Path) -> None:
    vault.set_setting("vault.language", "fr")
    cid = vault.candidates.add(first_name="Sans", last_name="Langue")
    vault.rights.export(cid, tmp_path / "e.zip")
    _, archive = _read(tmp_path / "e.zip")
    document = docx.Document(io.BytesIO(archive.read("summary.docx")))
    assert TEXTS["fr"]["what"] in [c.text for c in document.tables[0].rows[0].cells]


def test_failed_export_leaves_nothing(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cid, _ = populate(vault)
    target = tmp_path / "out"
    target.mkdir()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module.os, "replace", broken_replace)
    with pytest.raises(InvalidInput, match="cannot write the export"):
        vault.rights.export(cid, target / "export.zip")
    assert list(target.iterdir()) == []
    events = [e["action"] for e in vault.audit_log.events(cid)]
    assert "candidate_exported" not in events


def test_existing_file_and_missing_folder_are_refused(vault: Vault, tmp_path: Path) -> None:
    cid = vault.candidates.add(first_name="A", last_name="B")
    existing = tmp_path / "x.zip"
    existing.write_bytes(b"keep me")
    with pytest.raises(InvalidInput, match="already exists"):
        vault.rights.export(cid, existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(InvalidInput, match="does not exist"):
        vault.rights.export(cid, tmp_path / "nope" / "x.zip")


def test_restricted_candidate_exports_only_for_the_candidate(vault: Vault, tmp_path: Path) -> None:
    cid = vault.candidates.add(first_name="Frozen", last_name="Person")
    with vault.write() as session:
        session.add(Restriction(candidate_id=cid, requested_on=vault.today()))
    with pytest.raises(Refused, match="restricted"):
        vault.rights.export(cid, tmp_path / "other.zip", for_candidate=False)
    assert not (tmp_path / "other.zip").exists()
    vault.rights.export(cid, tmp_path / "own.zip")
    assert zipfile.ZipFile(tmp_path / "own.zip").testzip() is None


def test_cli_export_warns_that_the_zip_is_plaintext(cli_vault: Cli, tmp_path: Path) -> None:
    cid = cli_vault.ok("add", "--first-name", "Cli", "--last-name", "Export").strip()
    out = tmp_path / "cli.zip"
    code, stdout, err = cli_vault("export", cid, "--out", str(out))
    assert code == 0 and "Exported candidate" in stdout
    assert "plain (unencrypted) ZIP" in err
    assert zipfile.ZipFile(out).read("candidate.json")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    assert os.stat(out).st_size > 0


def test_held_candidate_summary_says_until_the_hold_ends(vault: Vault, tmp_path: Path) -> None:
    from app.store.models import LegalHold

    cid = vault.candidates.add(first_name="Held", last_name="Export", language="en")
    with vault.write() as session:
        hold = LegalHold(candidate_id=cid, placed_on=vault.today(), reason=b"")
        session.add(hold)
        session.flush()
        hold.reason = vault.sealer.seal_text(session, cid, "legal_holds", "reason", hold.id, "dispute")
    vault.rights.export(cid, tmp_path / "held.zip")
    data, archive = _read(tmp_path / "held.zip")
    jsonschema.validate(data, _schema())
    assert data["retention"] == {"kept_until": None, "reason": "held"}
    document = docx.Document(io.BytesIO(archive.read("summary.docx")))
    cells = [cell.text for row in document.tables[0].rows for cell in row.cells]
    assert TEXTS["en"]["reason.held"] in cells and TEXTS["en"]["until.hold_active"] in cells
