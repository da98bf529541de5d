"""CLI commands, one module per area; each has ``register(subparsers)``."""

from app.commands import core

COMMAND_MODULES = [core]
