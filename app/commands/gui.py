"""The default command: open the desktop app (imports Qt only here)."""

from __future__ import annotations

from app.commands.context import CommandContext


def run_gui(ctx: CommandContext) -> int:
    try:
        from app.ui.main import run
    except ImportError as exc:
        print(
            f"candidate-vault: the desktop app cannot start ({exc.name} is missing); the CLI works: "
            "see 'candidate-vault --help'"
        )
        return 1
    return run(ctx.location, demo=ctx.args.demo)
