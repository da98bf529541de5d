"""User commands: user add NAME --role R, user remove NAME, user list [--json]."""

from __future__ import annotations

import getpass
import sys
from typing import Any

from app import roles
from app.commands.context import CommandContext, print_json, read_secret_file
from app.errors import UsageError


def register(commands: Any) -> None:
    p = commands.add_parser("user", help="add, remove or list the vault's users (changes: admins only)")
    sub = p.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    a = sub.add_parser("add", help="add a user with their own passphrase")
    a.add_argument("name")
    a.add_argument("--role", required=True, choices=roles.ROLES)
    a.add_argument(
        "--passphrase-file",
        dest="new_passphrase_file",
        metavar="FILE",
        help="the NEW user's passphrase (first line of FILE); else it is asked twice",
    )
    a.set_defaults(func=cmd_user_add)
    r = sub.add_parser("remove", help="delete a user's key slot (the last admin cannot be removed)")
    r.add_argument("name")
    r.set_defaults(func=cmd_user_remove)
    r = sub.add_parser("list", help="the vault's users and their roles")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_users)


def _new_passphrase(ctx: CommandContext) -> str:
    if ctx.args.new_passphrase_file:
        return read_secret_file(ctx.args.new_passphrase_file, "new user's passphrase")
    if not sys.stdin.isatty():
        raise UsageError("no passphrase for the new user: give 'user add NAME --passphrase-file FILE'")
    first = getpass.getpass(f"Passphrase for {ctx.args.name}: ")
    if getpass.getpass("Repeat it: ") != first:
        raise UsageError("the two passphrases differ; nothing was changed")
    return first


def cmd_user_add(ctx: CommandContext) -> int:
    vault = ctx.unlocked_vault()
    vault.users.add(ctx.args.name, ctx.args.role, _new_passphrase(ctx))
    print(f"User {ctx.args.name} added ({ctx.args.role}).")
    return 0


def cmd_user_remove(ctx: CommandContext) -> int:
    ctx.unlocked_vault().users.remove(ctx.args.name)
    print(f"User {ctx.args.name} removed; their passphrase no longer opens this vault.")
    return 0


def cmd_users(ctx: CommandContext) -> int:
    # User names and roles are stored in clear: listing them needs no passphrase.
    slots = ctx.vault().users.list()
    rows: list[dict[str, Any]] = [
        {"name": s.user_name, "role": s.role, "created_at": s.created_at.isoformat(), "slot": s.id}
        for s in slots
    ]
    if ctx.args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['name']:<32} {row['role']:<10} since {row['created_at'][:10]}")
    return 0
