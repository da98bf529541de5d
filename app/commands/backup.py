"""Backup commands: backup OUT, restore FILE --to PATH|URL [--no-ledger]."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from app.commands.context import CommandContext, read_secret_file
from app.errors import Refused, UsageError, VaultError


def register(commands: Any) -> None:
    p = commands.add_parser(
        "backup", help="write an encrypted backup to OUT (a new file, or a folder); delete expired ones"
    )
    p.add_argument("out", metavar="OUT")
    p.set_defaults(func=cmd_backup)

    p = commands.add_parser(
        "restore", help="restore a backup into a NEW vault, replaying the current vault's purge ledger"
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--to", required=True, metavar="PATH|URL", help="the new vault file or an empty database")
    p.add_argument(
        "--no-ledger",
        action="store_true",
        help="restore without the current vault's purge ledger (only if that vault is lost)",
    )
    p.set_defaults(func=cmd_restore)


def cmd_backup(ctx: CommandContext) -> int:
    result = ctx.unlocked_vault().backups.create(Path(ctx.args.out).expanduser())
    print(f"Backup written to {result.path}.")
    for path in result.deleted:
        print(f"Expired backup deleted: {path}")
    return 0


def cmd_restore(ctx: CommandContext) -> int:
    from app.backup import read_ledger, restore
    from app.crypto import keyslots
    from app.store import credentials
    from app.store.engine import location_to_url

    if location_to_url(ctx.args.to) == location_to_url(ctx.location):
        raise UsageError("--to must be a new vault, not the current one")
    ledger = None
    if ctx.args.no_ledger:
        print(
            "candidate-vault: warning: restoring WITHOUT the current vault's purge ledger: candidates "
            "purged after this backup was made come back unless you purge them again",
            file=sys.stderr,
        )
    else:
        try:
            ledger = read_ledger(ctx.vault())
        except VaultError as exc:
            raise Refused(
                f"cannot read the current vault's purge ledger ({exc}); give --vault the current vault, "
                "or --no-ledger if it is lost"
            ) from None
        for candidate_id in ledger.forged:
            print(
                f"candidate-vault: warning: the purge record of candidate {candidate_id} is ignored: the "
                "candidate still has data in the current vault, so no purge wrote it (run 'verify')",
                file=sys.stderr,
            )
    if ctx.args.recovery_key_file:
        kind, secret = keyslots.RECOVERY, read_secret_file(ctx.args.recovery_key_file, "recovery key")
    else:
        kind, secret = keyslots.PASSPHRASE, ctx.passphrase(prompt="Passphrase of the backup: ")
    report = restore(
        Path(ctx.args.file).expanduser(),
        ctx.open_location(ctx.args.to),
        secret,
        kind=kind,
        user=ctx.args.user,
        ledger=ledger,
        clock=ctx.clock,
    )
    for candidate_id, why in report.ledger_refused:
        print(
            f"candidate-vault: warning: the purge record of candidate {candidate_id} is ignored, {why}: "
            "the candidate is restored (run 'verify' on the current vault)",
            file=sys.stderr,
        )
    print(
        f"Restored {report.restored_candidates} candidate(s) from the backup of {report.backup_created_at} "
        f"into {credentials.display(report.target)}; {len(report.skipped_purged)} purged candidate(s) "
        "left out."
    )
    return 0
