"""CLI commands, one module per area; each has ``register(subparsers)``."""

from app.commands import backup, core, users

COMMAND_MODULES = [core, users, backup]
