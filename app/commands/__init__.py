"""CLI commands, one module per area; each has ``register(subparsers)``."""

from app.commands import core, retention

COMMAND_MODULES = [core, retention]
