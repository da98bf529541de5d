"""CLI commands, one module per area; each has ``register(subparsers)``."""

from app.commands import core, documents

COMMAND_MODULES = [core, documents]
