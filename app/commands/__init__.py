"""CLI commands, one module per area; each has ``register(subparsers)``."""

from app.commands import backup, core, documents, reminders, retention, rights, users

COMMAND_MODULES = [core, documents, retention, rights, reminders, users, backup]
