"""CLI commands, one module per area; each has ``register(subparsers)``."""

from app.commands import core, rights

COMMAND_MODULES = [core, rights]
