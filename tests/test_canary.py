"""Privacy by construction: a canary given to every field through the CLI is in no file on disk."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.config import data_dir
from app.integrity import pins
from tests.conftest import ROOT, Cli, assert_absent

CANARY = "Qzxcanary"  # distinctive, case-sensitive; every field gets a variant of it


def _run(cli: Cli, tmp: Path, *args: str) -> str:
    env = {**os.environ, "TMPDIR": str(tmp), "TEMP": str(tmp), "TMP": str(tmp)}
    done = subprocess.run(
        [sys.executable, "-m", "app", *cli.base(), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert CANARY not in done.stderr
    return done.stdout


def test_canary_in_every_field_is_nowhere_on_disk(cli: Cli, tmp_path: Path) -> None:
    scratch = tmp_path / "scratch-tmp"
    scratch.mkdir()
    _run(cli, scratch, "init", "--recovery-key-out", str(tmp_path / "rk.txt"))
    values = {
        "--first-name": f"{CANARY}First",
        "--last-name": f"{CANARY}Last",
        "--email": f"{CANARY.lower()}@example.be",
        "--phone": "+32 470 99 88 77",
        "--address": f"{CANARY}straat 12, 9000 Gent",
        "--source": f"{CANARY}Source",
        "--languages": f"{CANARY}Lang",
        "--summary": f"{CANARY}Summary é ü 漢字",
        "--language": "nl",
        "--ref": f"{CANARY}Ref",
    }
    cid = _run(cli, scratch, "add", *[part for pair in values.items() for part in pair]).strip()
    _run(cli, scratch, "edit", cid, "--summary", f"{CANARY}Edited", "--phone", "0470 55 44 33")
    pid = _run(cli, scratch, "procedure", "add", cid, "--vacancy", "Accountant", "--applied-on", "2026-01-05")
    note, author = f"{CANARY}Note body", f"{CANARY}Author"
    _run(cli, scratch, "note", "add", cid, "--body", note, "--procedure", pid.strip(), "--author", author)
    subject, letter = f"{CANARY}Subject", f"{CANARY}Letter body"
    _run(cli, scratch, "correspondence", "add", cid, "--direction", "out", "--channel", "letter",
         "--subject", subject, "--body", letter)  # fmt: skip
    assert note in _run(cli, scratch, "note", "list", cid, "--json")
    assert subject in _run(cli, scratch, "correspondence", "list", cid)
    shown = _run(cli, scratch, "show", cid, "--json")
    assert f"{CANARY}Edited" in shown and "+32 470 99 88 77" not in shown
    _run(cli, scratch, "list")
    _run(cli, scratch, "verify")
    folder = cli.vault_path.parent
    assert {p.name for p in folder.iterdir()} >= {"vault.sqlite3"}
    # The language code ("nl") is too short to be a canary; it is sealed like every other field.
    needles = [v for k, v in values.items() if k != "--language"] + [
        f"{CANARY}Edited",
        note,
        author,
        subject,
        letter,
        "470 99 88 77",
        CANARY,
    ]
    assert_absent(folder, *needles)
    assert_absent(scratch, *needles)
    # What the app keeps outside the vault: the pinned fact key, the newest signed heads it saw.
    app_data = data_dir()
    assert {p.name for p in app_data.iterdir()} >= {pins.FILE_NAME, pins.HEADS_FILE_NAME}
    assert_absent(app_data, *needles)


def test_vault_folder_is_private(cli_vault: Cli) -> None:
    mode = cli_vault.vault_path.stat().st_mode & 0o777
    assert mode == 0o600
