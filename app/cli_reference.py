"""docs/cli.md, generated from the CLI's parser: every command, subcommand and option as ``--help`` shows it.

After changing a command: ``python -m app.cli_reference > docs/cli.md``. tests/test_cli_reference.py fails
while the file and the parser differ, so the reference cannot drift from the program.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator

from app.cli import build_parser
from app.commands.spellings import IMPLIED_ACTION, OLD_SPELLINGS

WIDTH = 100  # fixed, so that the text does not depend on the terminal it was generated in

HEADER = """\
# Command line reference

Every command of `candidate-vault` (also `python -m app`), as its `--help` shows it. Generated from the
program by `python -m app.cli_reference`; a test keeps it in step. The README's "Command line" section
says how to start; the scheduled jobs and the security model are in the README too.

Options before the command (`--vault`, `--passphrase-file`, `--recovery-key-file`, `--user`, `--trust`)
apply to every command. The passphrase comes from `--passphrase-file` (first line), else
`$CANDIDATE_VAULT_PASSPHRASE`, else a prompt.

| exit code | meaning |
|---:|---|
| 0 | done |
| 1 | a check failed, or the action was refused (the reason is one line on stderr) |
| 2 | usage error: an unknown command or option, or a value that is not valid |
| 3 | wrong passphrase or recovery key, or a vault that cannot be read |
| 4 | the vault is busy: another program is writing; try again |

Errors are one line on stderr and never contain personal data.
"""

OLD_HEADER = """
## Older spellings

Each group of commands is spelled as a noun, then what to do (`document add`, `note list`, `request done`).
The spellings of earlier versions still work for one more release: the command runs as its new spelling
and one line on stderr names it. Scripts should move to the new spelling.

| older spelling | now |
|---|---|
"""


def _children(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """(command path, its parser) for the program and every command and subcommand under it."""
    yield path, parser
    for name, child in _children(parser).items():
        yield from commands(child, (*path, name))


def render() -> str:
    before = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(WIDTH + 2)  # argparse wraps at COLUMNS - 2
    try:
        parts = [HEADER, OLD_HEADER]
        for old, (group, action) in OLD_SPELLINGS.items():
            parts.append(f"| `{old} ...` | `{group} {action} ...` |\n")
        for command, action in IMPLIED_ACTION.items():
            parts.append(f"| `{command} ID ...` | `{command} {action} ID ...` |\n")
        for path, parser in commands(build_parser()):
            title = " ".join(("candidate-vault", *path))
            parts.append(f"\n## `{title}`\n\n```text\n{parser.format_help().rstrip()}\n```\n")
        return "".join(parts)
    finally:
        if before is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = before


if __name__ == "__main__":
    print(render(), end="")
