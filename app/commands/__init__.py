"""CLI commands, one module per area; each has ``register(subparsers)``."""

from app.commands import core, users

COMMAND_MODULES = [core, users]
