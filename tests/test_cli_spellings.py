"""The older spellings of commands (``notes``, ``request-done``, ``request ID``) still run, as their new
spelling, with one line on stderr that names it (app/commands/spellings.py)."""

from __future__ import annotations

import json

import pytest

from app.cli import build_parser
from app.cli_reference import commands
from app.commands.spellings import IMPLIED_ACTION, OLD_SPELLINGS, modernise
from tests.conftest import Cli


def test_every_older_spelling_names_a_command_the_parser_has() -> None:
    paths = {path for path, _parser in commands(build_parser())}
    assert {(group, action) for group, action in OLD_SPELLINGS.values()} <= paths
    assert {(group, action) for group, action in IMPLIED_ACTION.items()} <= paths
    assert not {(old,) for old in OLD_SPELLINGS} & paths  # the parser itself has one spelling


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["notes", "3", "--json"], ["note", "list", "3", "--json"]),
        (["--vault", "notes", "users"], ["--vault", "notes", "user", "list"]),  # an option's value is not it
        (["--vault=x.db", "--demo", "request-done", "4"], ["--vault=x.db", "--demo", "request", "done", "4"]),
        (["request", "12", "--kind", "access"], ["request", "add", "12", "--kind", "access"]),
        (["request", "list"], ["request", "list"]),
        (["note", "list", "3"], ["note", "list", "3"]),
        (["--vault", "x.db"], ["--vault", "x.db"]),
        ([], []),
    ],
)
def test_the_command_word_alone_is_rewritten(argv: list[str], expected: list[str]) -> None:
    words, told = modernise(build_parser(), argv)
    assert words == expected
    assert (told is None) == (words == argv)


def test_a_script_with_the_older_spellings_still_runs(cli_vault: Cli) -> None:
    cid = cli_vault.ok("add", "--first-name", "Ilse", "--last-name", "Peeters").strip()

    code, out, err = cli_vault("request", cid, "--kind", "access", "--received", "2026-03-02")
    assert code == 0 and out.strip().isdigit()
    assert err.strip() == "candidate-vault: 'request ID' is now 'request add ID'; " + (
        "the old spelling goes in a later release"
    )

    code, out, err = cli_vault("requests", "--json")
    assert code == 0 and [r["candidate_id"] for r in json.loads(out)] == [int(cid)]
    assert "'requests' is now 'request list'" in err

    code, out, err = cli_vault("notes", cid, "--json")
    assert code == 0 and json.loads(out) == [] and "'notes' is now 'note list'" in err

    # The new spelling says nothing more.
    code, out, err = cli_vault("note", "list", cid, "--json")
    assert code == 0 and json.loads(out) == [] and err == ""
