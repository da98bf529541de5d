"""CLI commands, one module per area; each has ``register(subparsers)``."""

from app.commands import core, reminders, rights

COMMAND_MODULES = [core, rights, reminders]
