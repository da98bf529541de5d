"""docs/cli.md names every command, subcommand and option the parser has, each in its own section."""

from __future__ import annotations

import argparse

from app.cli import build_parser
from app.cli_reference import commands, render
from tests.conftest import ROOT


def _sections(text: str) -> dict[str, str]:
    found = {}
    for part in text.split("\n## ")[1:]:
        heading, _, body = part.partition("\n")
        found[heading.strip("` ")] = body
    return found


def test_the_reference_names_every_command_and_option() -> None:
    sections = _sections((ROOT / "docs" / "cli.md").read_text(encoding="utf-8"))
    missing = []
    checked = 0
    for path, parser in commands(build_parser()):
        title = " ".join(("candidate-vault", *path))
        if title not in sections:
            missing.append(title)
            continue
        for action in parser._actions:
            if action.help == argparse.SUPPRESS:
                continue
            for option in action.option_strings:
                checked += 1
                if option not in sections[title]:
                    missing.append(f"{title} {option}")
    assert not missing, "docs/cli.md lacks (run: python -m app.cli_reference > docs/cli.md): " + ", ".join(
        missing
    )
    assert len(sections) > 40 and checked > 150  # the walk went into the groups' subcommands


def test_the_generator_gives_a_section_per_command() -> None:
    rendered = _sections(render())
    assert "candidate-vault purge" in rendered and "--dry-run" in rendered["candidate-vault purge"]
    assert any(title.count(" ") == 2 for title in rendered)  # a group's subcommand (e.g. note add)
