"""CLI commands, one module per area; each has ``register(subparsers)``."""

from app.commands import core, reminders

COMMAND_MODULES = [core, reminders]
