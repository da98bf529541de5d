"""CLI commands, one module per area; each has ``register(subparsers)``."""

from app.commands import backup, core, reminders, retention, rights, users

COMMAND_MODULES = [core, retention, rights, reminders, users, backup]
