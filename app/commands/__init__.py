"""CLI commands, one module per area; each has ``register(subparsers)``."""

from app.commands import backup, core, documents, records, reminders, retention, rights, users

COMMAND_MODULES = [core, documents, retention, records, rights, reminders, users, backup]
