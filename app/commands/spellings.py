"""The command line's older spellings, kept for one release: ``notes 12`` still runs ``note list 12``.

Every group of commands is spelled one way now, a noun and then what to do (``document add|list|get|
kind|delete``, ``note add|delete|list``, ``request add|list|done|extend|decide``, ...). A script written for
the older spellings keeps working: its command is rewritten before parsing, and one line on stderr names
the new spelling. docs/cli.md lists them (app/cli_reference.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

# Old command -> the group and action it is now.
OLD_SPELLINGS: dict[str, tuple[str, str]] = {
    "add-document": ("document", "add"),
    "documents": ("document", "list"),
    "get-document": ("document", "get"),
    "document-kind": ("document", "kind"),
    "delete-document": ("document", "delete"),
    "procedures": ("procedure", "list"),
    "notes": ("note", "list"),
    "requests": ("request", "list"),
    "request-done": ("request", "done"),
    "request-extend": ("request", "extend"),
    "objection-decide": ("request", "decide"),
    "users": ("user", "list"),
}
# ``request ID --kind ...`` recorded a request before ``request`` became a group.
IMPLIED_ACTION = {"request": "add"}
LATER = "the old spelling goes in a later release"


def modernise(parser: argparse.ArgumentParser, argv: Sequence[str]) -> tuple[list[str], str | None]:
    """``argv`` with an old spelling of its command rewritten, and the line that tells (None if none)."""
    args = list(argv)
    at = _command_index(parser, args)
    if at is None:
        return args, None
    command = args[at]
    if command in OLD_SPELLINGS:
        group, action = OLD_SPELLINGS[command]
        args[at : at + 1] = [group, action]
        return args, f"'{command}' is now '{group} {action}'; {LATER}"
    if command in IMPLIED_ACTION and at + 1 < len(args) and args[at + 1].isdigit():
        action = IMPLIED_ACTION[command]
        args.insert(at + 1, action)
        return args, f"'{command} ID' is now '{command} {action} ID'; {LATER}"
    return args, None


def _command_index(parser: argparse.ArgumentParser, args: list[str]) -> int | None:
    """Where the command is: the first word that is neither an option before it nor an option's value."""
    at = 0
    while at < len(args):
        word = args[at]
        if not word.startswith("-"):
            return at
        option = parser._option_string_actions.get(word)
        takes_value = option is not None and option.nargs != 0 and "=" not in word
        at += 2 if takes_value else 1
    return None
