"""Rights commands: request add|list|done|extend|decide, export, rectify, audit, audit-prune."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.choices import RIGHTS_CHANNELS, RIGHTS_KINDS, RIGHTS_OUTCOMES
from app.commands.context import CommandContext, parse_date, print_json
from app.commands.core import FIELD_OPTIONS, _add_field_options, _fields_from, warn_if_suppressed
from app.errors import UsageError
from app.rights.deadlines import is_overdue

if TYPE_CHECKING:
    from app.rights.deadlines import RequestFacts


def register(commands: Any) -> None:
    p = commands.add_parser("request", help="rights requests: record, list, close, extend, decide")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = actions.add_parser("add", help="record a request; prints its id")
    q.add_argument("id", type=int, help="candidate id")
    q.add_argument("--kind", required=True, choices=RIGHTS_KINDS)
    q.add_argument("--received", required=True, metavar="DATE", help="day the request came in (YYYY-MM-DD)")
    q.add_argument("--channel", choices=RIGHTS_CHANNELS)
    q.add_argument("--note", metavar="TEXT", help="a note, stored encrypted under the candidate's key")
    q.set_defaults(func=cmd_request)

    q = actions.add_parser("list", help="rights requests with their due dates")
    q.add_argument("--open", action="store_true", help="only requests not yet done")
    q.add_argument("--overdue", action="store_true", help="only open requests past their due date")
    q.add_argument("--due-within", type=int, metavar="DAYS", help="only open requests due within DAYS")
    q.add_argument("--as-of", metavar="DATE", help="judge overdue/due-within on DATE (default: today)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_requests)

    q = actions.add_parser("done", help="close a request")
    q.add_argument("request_id", type=int)
    q.add_argument("--on", required=True, metavar="DATE")
    q.add_argument("--outcome", choices=RIGHTS_OUTCOMES, default="done")
    q.set_defaults(func=cmd_request_done)

    q = actions.add_parser("extend", help="extend a request's deadline (Art. 12(3), max 2 months)")
    q.add_argument("request_id", type=int)
    q.add_argument("--months", type=int, required=True, choices=(1, 2))
    q.add_argument("--reason", required=True, metavar="TEXT")
    q.set_defaults(func=cmd_request_extend)

    q = actions.add_parser("decide", help="answer an objection (Art. 21): uphold or reject it")
    q.add_argument("request_id", type=int)
    which = q.add_mutually_exclusive_group(required=True)
    which.add_argument("--uphold", action="store_true", help="the reserve-pool consent ends (and --erase)")
    which.add_argument("--reject", metavar="REASON", help="the compelling grounds (kept encrypted)")
    q.add_argument("--erase", action="store_true", help="with --uphold: purge the candidate too")
    q.add_argument("--on", metavar="DATE", help="the day of the decision (default today)")
    q.set_defaults(func=cmd_objection_decide)

    p = commands.add_parser("export", help="write a candidate's access/portability export (plain ZIP)")
    p.add_argument("id", type=int)
    p.add_argument("--out", required=True, metavar="FILE.zip")
    p.set_defaults(func=cmd_export)

    p = commands.add_parser("rectify", help="correct a candidate's fields, keeping the old values")
    p.add_argument("id", type=int)
    _add_field_options(p)
    p.set_defaults(func=cmd_rectify)

    p = commands.add_parser("audit", help="list audit events (no personal data)")
    p.add_argument("--candidate", type=int, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_audit)

    p = commands.add_parser("audit-prune", help="delete audit events older than audit.keep_years")
    p.add_argument("--as-of", metavar="DATE")
    p.set_defaults(func=cmd_audit_prune)


def cmd_request(ctx: CommandContext) -> int:
    vault = ctx.unlocked_vault()
    received = parse_date(ctx.args.received, "--received")
    request_id = vault.rights.record(
        ctx.args.id, ctx.args.kind, received, channel=ctx.args.channel, note=ctx.args.note
    )
    print(request_id)
    for req in vault.rights.list(candidate_id=ctx.args.id):
        if req.id == request_id and req.outcome:
            print(f"candidate-vault: request {request_id}: {req.outcome}", file=sys.stderr)
    return 0


WAITING = {"hold": "legal hold", "restrict": "restriction"}


def _request_json(req: RequestFacts) -> dict[str, Any]:
    return {
        "id": req.id,
        "candidate_id": req.candidate_id,
        "kind": req.kind,
        "received_on": req.received_on.isoformat(),
        "due_on": req.deadline.isoformat(),
        "done_on": req.done_on.isoformat() if req.done_on else None,
        "outcome": req.outcome,
        "waiting_for": req.waiting_for,  # "hold" or "restrict": an erasure held back until it ends
    }


def cmd_requests(ctx: CommandContext) -> int:
    vault = ctx.vault()  # dates and kinds are in clear: no passphrase needed
    as_of = parse_date(ctx.args.as_of, "--as-of") if ctx.args.as_of else vault.today()
    found = vault.rights.list(
        as_of=as_of, only_open=ctx.args.open, overdue=ctx.args.overdue, due_within=ctx.args.due_within
    )
    if ctx.args.json:
        print_json([_request_json(r) for r in found])
        return 0
    for r in found:
        state = (
            f"done {r.done_on.isoformat()} ({r.outcome or 'done'})"
            if r.done_on
            else ("OVERDUE" if is_overdue(r, as_of) else "open")
        )
        if r.waiting_for:
            state += f", erasure waiting until the {WAITING[r.waiting_for]} ends"
        extended = " (extended)" if r.extended_to else ""
        print(
            f"{r.id:>5}  candidate {r.candidate_id:<6} {r.kind:<13} received {r.received_on.isoformat()}  "
            f"due {r.deadline.isoformat()}{extended}  {state}"
        )
    return 0


def cmd_request_done(ctx: CommandContext) -> int:
    vault = ctx.unlocked_vault()
    vault.rights.done(ctx.args.request_id, parse_date(ctx.args.on, "--on"), ctx.args.outcome)
    return 0


def cmd_objection_decide(ctx: CommandContext) -> int:
    vault = ctx.unlocked_vault()
    args = ctx.args
    on = parse_date(args.on, "--on") if args.on else vault.today()
    outcome = vault.rights.decide_objection(
        args.request_id, on, uphold=args.uphold, erase=args.erase, reason=args.reject
    )
    print(f"Objection {args.request_id}: {outcome}.")
    return 0


def cmd_request_extend(ctx: CommandContext) -> int:
    vault = ctx.unlocked_vault()
    new_due = vault.rights.extend(ctx.args.request_id, ctx.args.months, ctx.args.reason)
    print(new_due.isoformat())
    return 0


def cmd_export(ctx: CommandContext) -> int:
    from app.rights.export import PLAINTEXT_WARNING

    vault = ctx.unlocked_vault()
    result = vault.rights.export(ctx.args.id, Path(ctx.args.out))
    print(f"Exported candidate {ctx.args.id} ({result.documents} document(s)) to {result.path}.")
    print(f"candidate-vault: warning: {PLAINTEXT_WARNING}", file=sys.stderr)
    return 0


def cmd_rectify(ctx: CommandContext) -> int:
    changes = _fields_from(ctx.args)
    if not changes:
        options = ", ".join(FIELD_OPTIONS.values())
        raise UsageError(f"nothing to correct: give at least one field ({options})")
    vault = ctx.unlocked_vault()
    vault.rights.rectify(ctx.args.id, changes)
    warn_if_suppressed(vault, ctx.args.id, changes)
    return 0


def cmd_audit(ctx: CommandContext) -> int:
    events = ctx.unlocked_vault().audit_log.events(ctx.args.candidate)
    if ctx.args.json:
        print_json(events)
        return 0
    for ev in events:
        who = f"candidate {ev['candidate_id']}" if ev["candidate_id"] is not None else "-"
        details = " ".join(f"{k}={v}" for k, v in sorted(ev["details"].items()))
        print(f"{ev['id']:>6}  {ev['at']}  {ev['actor']:<16} {ev['action']:<22} {who:<16} {details}")
    return 0


def cmd_audit_prune(ctx: CommandContext) -> int:
    vault = ctx.unlocked_vault()
    as_of = parse_date(ctx.args.as_of, "--as-of") if ctx.args.as_of else vault.today()
    print(f"{vault.audit_log.prune(as_of)} audit event(s) deleted.")
    return 0
