"""Core commands: init, add, show, list, edit, change-passphrase, verify, settings."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands.context import CommandContext, print_json, read_secret_file
from app.config import SETTINGS
from app.errors import UsageError

if TYPE_CHECKING:
    from app.candidates import CandidateRecord
    from app.vault import Vault

FIELD_OPTIONS = {
    "first_name": "--first-name",
    "last_name": "--last-name",
    "email": "--email",
    "phone": "--phone",
    "address": "--address",
    "source": "--source",
    "languages": "--languages",
    "summary": "--summary",
    "language": "--language",
    "external_ref": "--ref",
}


def _add_field_options(parser: argparse.ArgumentParser, required: tuple[str, ...] = ()) -> None:
    for name, option in FIELD_OPTIONS.items():
        parser.add_argument(
            option, dest=name, required=name in required, metavar=name.upper().replace("_", "-")
        )


def register(commands: Any) -> None:
    p = commands.add_parser("init", help="create a vault")
    p.add_argument("--recovery-key-out", metavar="FILE", help="write the recovery key to FILE (mode 0600)")
    p.set_defaults(func=cmd_init)

    p = commands.add_parser("add", help="add a candidate; prints the new id")
    _add_field_options(p, required=("first_name", "last_name"))
    p.set_defaults(func=cmd_add)

    p = commands.add_parser("show", help="show one candidate")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = commands.add_parser("list", help="list candidates")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = commands.add_parser("edit", help="change a candidate's fields")
    p.add_argument("id", type=int)
    _add_field_options(p)
    p.set_defaults(func=cmd_edit)

    p = commands.add_parser("change-passphrase", help="change your passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.set_defaults(func=cmd_change_passphrase)

    p = commands.add_parser("verify", help="check every envelope, key and key slot; exit 1 if any is damaged")
    p.add_argument("--json", action="store_true", help='{"ok", "checked", "damaged": [...]}')
    p.set_defaults(func=cmd_verify)

    p = commands.add_parser("settings", help="show or change the vault's settings")
    p.add_argument("--json", action="store_true")
    sub = p.add_subparsers(dest="settings_action")
    s = sub.add_parser("set", help="change one setting")
    s.add_argument("key", choices=sorted(SETTINGS), metavar="KEY")
    s.add_argument("value")
    p.set_defaults(func=cmd_settings)


def _write_private(path: str, text: str) -> None:
    target = Path(path)
    if target.exists():
        raise UsageError(f"{path} already exists; the recovery key is never written over another file")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")


def cmd_init(ctx: CommandContext) -> int:
    from app.store import credentials
    from app.vault import Vault

    passphrase = ctx.passphrase(confirm=True, prompt="New passphrase (at least 8 characters): ")
    vault, recovery = ctx.connect(
        lambda location: Vault.create(location, passphrase, user=ctx.args.user or "admin", clock=ctx.clock)
    )
    ctx.set_vault(vault)
    if ctx.args.recovery_key_out:
        _write_private(ctx.args.recovery_key_out, recovery)
        shown = credentials.display(ctx.location)
        print(f"Vault created at {shown}. Recovery key written to {ctx.args.recovery_key_out}.")
    else:
        print(f"Vault created at {credentials.display(ctx.location)}.")
        print("Your recovery key (shown once; print it or store it somewhere safe, away from this computer):")
        print(f"    {recovery}")
    return 0


def _fields_from(args: argparse.Namespace) -> dict[str, str | None]:
    return {name: getattr(args, name) for name in FIELD_OPTIONS if getattr(args, name) is not None}


def cmd_add(ctx: CommandContext) -> int:
    vault = ctx.unlocked_vault()
    candidate_id = vault.candidates.add(**_fields_from(ctx.args))
    warn_if_suppressed(vault, candidate_id)
    print(candidate_id)
    return 0


def warn_if_suppressed(vault: Vault, candidate_id: int, changes: Mapping[str, Any] | None = None) -> None:
    """After a path that sets an e-mail or phone: warn when they are those of a person who was erased."""
    if changes is not None and not {"email", "phone"} & {k for k, v in changes.items() if v}:
        return
    for warning in vault.candidates.warnings_for(candidate_id):
        print(f"candidate-vault: warning: {warning}", file=sys.stderr)


def _record_json(record: CandidateRecord) -> dict[str, Any]:
    return {"id": record.id, "version": record.version, "created_on": record.created_on, **record.fields}


def _report_damage(record: CandidateRecord) -> int:
    for problem in record.damaged:
        print(f"candidate-vault: {problem}", file=sys.stderr)
    return 1 if record.damaged else 0


def cmd_show(ctx: CommandContext) -> int:
    from app.candidates import PROFILE_FIELDS

    record = ctx.unlocked_vault().candidates.get(ctx.args.id, PROFILE_FIELDS)
    if ctx.args.json:
        print_json(_record_json(record))
    else:
        print(f"id: {record.id}    created on: {record.created_on}")
        for name in PROFILE_FIELDS:
            value = record.fields.get(name)
            if value is not None:
                print(f"{name.replace('_', ' ')}: {value}")
    return _report_damage(record)


def cmd_list(ctx: CommandContext) -> int:
    from app.candidates import LIST_FIELDS

    records = ctx.unlocked_vault().candidates.list(LIST_FIELDS)
    if ctx.args.json:
        print_json([_record_json(r) for r in records])
    else:
        for record in records:
            print(f"{record.id:>6}  {record.display_name:<40}  {record.fields.get('email') or ''}")
    return max((_report_damage(r) for r in records), default=0)


def cmd_edit(ctx: CommandContext) -> int:
    changes = _fields_from(ctx.args)
    if not changes:
        raise UsageError("nothing to change: give at least one field, e.g. --email")
    vault = ctx.unlocked_vault()
    vault.candidates.edit(ctx.args.id, changes)
    warn_if_suppressed(vault, ctx.args.id, changes)
    return 0


def cmd_change_passphrase(ctx: CommandContext) -> int:
    vault = ctx.unlocked_vault()
    if ctx.args.new_passphrase_file:
        new = read_secret_file(ctx.args.new_passphrase_file, "new passphrase")
    else:
        if not sys.stdin.isatty():
            raise UsageError("no new passphrase: give --new-passphrase-file FILE or run it in a terminal")
        ctx.args.passphrase_file = None
        new = ctx.passphrase(confirm=True, prompt="New passphrase: ")
    if ctx.args.recovery_key_file:
        vault.reset_passphrase_with_recovery(ctx.args.user or vault.users()[0].user_name, new)
    else:
        vault.change_passphrase(new)
    print("Passphrase changed.")
    return 0


def cmd_verify(ctx: CommandContext) -> int:
    report = ctx.unlocked_vault().verify()
    if ctx.args.json:
        print_json(
            {
                "ok": report.ok,
                "checked": report.checked,
                "damaged": report.damaged,
                "fact_key": report.fact_key_id,
            }
        )
        return 0 if report.ok else 1
    if report.ok:
        print(f"Vault verified: {report.checked} items checked, none damaged.")
    else:
        print(f"{len(report.damaged)} damaged item(s) of {report.checked} checked:")
        for item in report.damaged:
            print(f"  {item}")
    print(f"Fact key: {report.fact_key_id} (a scheduled purge pins it: --trust {report.fact_key_id})")
    return 0 if report.ok else 1


def cmd_settings(ctx: CommandContext) -> int:
    vault = ctx.vault()
    if ctx.args.settings_action == "set":
        ctx.unlocked_vault()
        vault.set_setting(ctx.args.key, ctx.args.value)
    values = vault.settings().as_dict()
    if ctx.args.json:
        print_json(values)
    else:
        for key, value in values.items():
            shown = ",".join(map(str, value)) if isinstance(value, list) else value
            print(f"{key:<34} {shown}")
    return 0
