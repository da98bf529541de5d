"""Command line: ``candidate-vault [--vault PATH|URL] [--passphrase-file F | --recovery-key-file F] COMMAND``.

Exit codes: 0 ok, 1 a check failed or the action was refused, 2 usage error, 3 wrong passphrase or
unreadable vault, 4 vault busy. A user error is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from app.commands import COMMAND_MODULES
from app.commands.context import CommandContext
from app.commands.spellings import modernise
from app.errors import VaultError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: usage error: {message}\n")


class _Version(argparse.Action):
    """``--version``, looked up only when asked for (see app/__init__.py)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from app import __version__

        print(f"candidate-vault {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="candidate-vault",
        description="Recruitment candidates' data, encrypted and kept exactly as long as allowed.",
    )
    parser.add_argument("--version", action=_Version, help="show the version and exit")
    parser.add_argument(
        "--vault",
        metavar="PATH|URL",
        help="vault file or database URL (default: $CANDIDATE_VAULT, else the per-user data folder)",
    )
    secret = parser.add_mutually_exclusive_group()
    secret.add_argument(
        "--passphrase-file", metavar="FILE", help="read the passphrase from the first line of FILE"
    )
    secret.add_argument("--recovery-key-file", metavar="FILE", help="unlock with the recovery key in FILE")
    parser.add_argument("--user", metavar="NAME", help="whose key slot unlocks (default: the first admin)")
    parser.add_argument(
        "--trust",
        metavar="KEYID",
        help="without a passphrase, check the facts only against this fact key (shown by 'verify')",
    )
    parser.add_argument("--as-of", dest="global_as_of", metavar="DATE", help=argparse.SUPPRESS)
    parser.add_argument("--demo", action="store_true", help="open the app on a throwaway demo vault")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    words, renamed = modernise(parser, sys.argv[1:] if argv is None else argv)
    if renamed:
        print(f"candidate-vault: {renamed}", file=sys.stderr)
    args = parser.parse_args(words)
    ctx = CommandContext(args)
    try:
        if args.command is None:
            from app.commands.gui import run_gui

            return run_gui(ctx)
        result: int = args.func(ctx)
        return result
    except VaultError as exc:
        print(f"candidate-vault: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("candidate-vault: interrupted; nothing half-done was saved", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    finally:
        ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
