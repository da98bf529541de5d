"""CLI commands, one module per area; each has ``register(subparsers)``."""

from app.commands import backup, core, reminders, rights, users

COMMAND_MODULES = [core, rights, reminders, users, backup]
