"""Retention commands: import-csv, status, due, purge, consent, hold, restrict, erasure-request.

``status``, ``due`` and ``purge --due`` work on a locked vault (retention facts are in clear), so a
scheduled task needs no passphrase; ``purge ID`` (a person's choice, not the rules') and commands that
record something personal (names, a hold's reason) unlock.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands.context import CommandContext, parse_date, print_json
from app.errors import UsageError

if TYPE_CHECKING:
    from app.retention.rules import Assessment
    from app.vault import Vault

PROG = "candidate-vault"


def register(commands: Any) -> None:
    p = commands.add_parser("import-csv", help="import candidates and procedures from a CSV file")
    p.add_argument("file", type=Path)
    p.add_argument("--skip-bad", action="store_true", help="import the good rows, leave the bad ones out")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import_csv)

    p = commands.add_parser("status", help="state, due date and reason of every candidate (or one)")
    p.add_argument("id", type=int, nargs="?")
    p.add_argument("--as-of", metavar="DATE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)

    p = commands.add_parser("due", help="candidates due on or before a date (default today)")
    p.add_argument("--as-of", metavar="DATE")
    p.add_argument("--within", type=int, default=0, metavar="DAYS", help="and due within DAYS after it")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_due)

    p = commands.add_parser(
        "purge", help="purge one candidate now (an admin's passphrase), or every due candidate (--due)"
    )
    p.add_argument("id", type=int, nargs="?")
    p.add_argument("--reason", metavar="TEXT", help="why (kept in the purge record: no personal data)")
    p.add_argument("--due", action="store_true", help="every candidate due on the date")
    p.add_argument("--as-of", metavar="DATE")
    p.add_argument("--dry-run", action="store_true", help="list what would be purged and why")
    p.add_argument("--yes", action="store_true", help="confirm the deletion (needed in flag mode)")
    p.add_argument("--vacancy", metavar="TITLE", help="only candidates of this vacancy")
    p.add_argument("--json", action="store_true", help="with --due: what was (or would be) purged, as JSON")
    p.set_defaults(func=cmd_purge)

    p = commands.add_parser("consent", help="record, renew or withdraw a reserve-pool consent")
    p.add_argument("id", type=int)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--given", metavar="DATE")
    which.add_argument("--withdrawn", metavar="DATE")
    which.add_argument("--renewed", metavar="DATE", help="a new consent dated DATE")
    which.add_argument("--declined", metavar="DATE", help="the renewal was declined: the consent ends DATE")
    p.add_argument("--method", choices=("email", "form", "paper", "verbal"))
    p.set_defaults(func=cmd_consent)

    p = commands.add_parser("hold", help="place (--reason) or release (--release) a legal hold")
    p.add_argument("id", type=int)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--reason", metavar="TEXT")
    which.add_argument("--release", action="store_true")
    p.set_defaults(func=cmd_hold)

    p = commands.add_parser("restrict", help="restrict processing (Art. 18), or --lift it")
    p.add_argument("id", type=int)
    p.add_argument("--lift", action="store_true")
    p.set_defaults(func=cmd_restrict)

    p = commands.add_parser("erasure-request", help="register a candidate's erasure request")
    p.add_argument("id", type=int)
    p.add_argument("--received", metavar="DATE", required=True)
    p.set_defaults(func=cmd_erasure_request)


def _warn(message: str) -> None:
    print(f"{PROG}: warning: {message}", file=sys.stderr)


def _print_assessments(items: list[Assessment], as_json: bool) -> None:
    if as_json:
        print_json([a.as_json() for a in items])
        return
    for a in items:
        due = a.due_on.isoformat() if a.due_on else "-"
        print(f"{a.candidate_id:>6}  {a.state:<10}  {due:<10}  {a.reason}")


def cmd_import_csv(ctx: CommandContext) -> int:
    from app.retention.csv_import import BadRows

    vault = ctx.unlocked_vault()
    try:
        result = vault.retention.import_csv(ctx.args.file, skip_bad=ctx.args.skip_bad)
    except BadRows as exc:
        for problem in exc.problems:
            print(f"{PROG}: {problem}", file=sys.stderr)
        raise
    for problem in result.skipped:
        _warn(f"skipped {problem}")
    for warning in [*result.notes, *result.warnings]:
        _warn(warning)
    if ctx.args.json:
        print_json([entry.as_json() for entry in result.entries])
        return 0
    created, updated = result.of("created"), result.of("updated")
    procedures = sum(1 for e in created for change in e.changes if change.startswith("procedure"))
    print(f"Imported {len(created)} new candidate(s) with {procedures} procedure(s).")
    unchanged = result.of("unchanged")
    if updated or unchanged:
        print(f"Updated {len(updated)} candidate(s) already in the vault; {len(unchanged)} unchanged.")
    return 0


def _as_of(ctx: CommandContext, vault: Vault) -> Any:
    return parse_date(ctx.args.as_of, "--as-of") if ctx.args.as_of else vault.today()


def cmd_status(ctx: CommandContext) -> int:
    vault = ctx.vault()
    ids = None if ctx.args.id is None else [ctx.args.id]
    _print_assessments(vault.retention.status(ids, _as_of(ctx, vault)), ctx.args.json)
    return 0


def cmd_due(ctx: CommandContext) -> int:
    vault = ctx.vault()
    _print_assessments(vault.retention.due(_as_of(ctx, vault), ctx.args.within), ctx.args.json)
    return 0


def cmd_purge(ctx: CommandContext) -> int:
    args = ctx.args
    if args.due == (args.id is not None):
        raise UsageError("give a candidate ID, or --due for every due candidate")
    if not args.due and (args.dry_run or args.vacancy or args.as_of or args.json):
        raise UsageError("--dry-run, --vacancy, --as-of and --json go with --due")
    if args.due:
        return _purge_due(ctx)
    vault = ctx.unlocked_vault()  # a chosen candidate: an admin decides; only --due runs unattended
    vault.retention.purge(args.id, args.reason)
    print(f"Candidate {args.id} purged.")
    return 0


def _maybe_unlocked(ctx: CommandContext) -> Vault:
    """Unlock when a secret was given (the purge is then audited under the user's name)."""
    if ctx.args.passphrase_file or ctx.args.recovery_key_file:
        return ctx.unlocked_vault()
    return ctx.vault()


def _purge_due(ctx: CommandContext) -> int:
    args = ctx.args
    vault = _maybe_unlocked(ctx)

    def progress(done: int, total: int, candidate_id: int) -> None:
        print(f"{PROG}: {done}/{total} candidate {candidate_id}", file=sys.stderr, flush=True)

    as_of = _as_of(ctx, vault)
    result = vault.retention.purge_due(
        as_of, vacancy=args.vacancy, dry_run=args.dry_run, confirmed=args.yes, progress=progress
    )
    for problem in result.untrusted:
        _warn(f"not purged, its facts fail their check: {problem}")
    failed = 1 if result.untrusted else 0  # a scheduled task's log shows the run as failed
    if args.json:
        print_json(
            {
                "as_of": as_of.isoformat(),
                "deleted": result.deleted,  # false: a dry run, or flag mode without --yes
                "planned": [a.as_json() for a in result.planned],
                "purged": result.purged,
                "kept": [{"id": cid, "why": why} for cid, why in result.skipped],
                "untrusted": [{"id": p.candidate_id, "problem": str(p)} for p in result.untrusted],
            }
        )
        return failed
    if not result.deleted:
        _print_assessments(result.planned, False)
        if args.dry_run:
            print(f"Dry run: {len(result.planned)} candidate(s) would be purged.")
        else:
            print(
                f"{len(result.planned)} candidate(s) due and flagged; nothing deleted "
                "(flag mode): confirm with --yes"
            )
        return failed
    for cid, why in result.skipped:
        _warn(f"candidate {cid} kept: {why}")
    untrusted = len({problem.candidate_id for problem in result.untrusted})
    spared = f"; {untrusted} not purged: facts fail their check" if untrusted else ""
    print(f"Purged {len(result.purged)} candidate(s); {len(result.skipped)} kept{spared}.")
    return failed


def cmd_consent(ctx: CommandContext) -> int:
    args = ctx.args
    vault = ctx.unlocked_vault()
    service = vault.retention
    if args.given:
        service.give_consent(args.id, parse_date(args.given, "--given"), args.method or "email")
        print(f"Consent of {args.given} recorded for candidate {args.id}.")
    elif args.renewed:
        service.renew_consent(args.id, parse_date(args.renewed, "--renewed"), args.method)
        print(f"Consent renewed on {args.renewed} for candidate {args.id}.")
    elif args.withdrawn:
        service.withdraw_consent(args.id, parse_date(args.withdrawn, "--withdrawn"))
        print(f"Consent withdrawn on {args.withdrawn} for candidate {args.id}.")
    else:
        service.decline_renewal(args.id, parse_date(args.declined, "--declined"))
        print(f"Renewal declined on {args.declined}: the consent of candidate {args.id} ends then.")
    return 0


def cmd_hold(ctx: CommandContext) -> int:
    vault = ctx.unlocked_vault()
    if ctx.args.release:
        vault.retention.release_hold(ctx.args.id)
        print(f"Legal hold on candidate {ctx.args.id} released.")
    else:
        vault.retention.place_hold(ctx.args.id, ctx.args.reason)
        print(f"Legal hold placed on candidate {ctx.args.id}.")
    return 0


def cmd_restrict(ctx: CommandContext) -> int:
    vault = ctx.unlocked_vault()
    if ctx.args.lift:
        vault.retention.lift_restriction(ctx.args.id)
        print(f"Restriction of candidate {ctx.args.id} lifted.")
    else:
        vault.retention.restrict(ctx.args.id)
        print(f"Processing of candidate {ctx.args.id} restricted.")
    return 0


def cmd_erasure_request(ctx: CommandContext) -> int:
    vault = ctx.unlocked_vault()
    received = parse_date(ctx.args.received, "--received")
    request_id = vault.retention.erasure_request(ctx.args.id, received)
    print(f"Erasure request {request_id} registered; candidate {ctx.args.id} is due for purging.")
    return 0
