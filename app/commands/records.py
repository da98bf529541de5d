"""A candidate's procedures, interview notes and correspondence: procedure add|close|list,
note add|delete|list, correspondence add|list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.choices import CORRESPONDENCE_CHANNELS, CORRESPONDENCE_DIRECTIONS
from app.commands.context import CommandContext, parse_date, print_json
from app.errors import InvalidInput

CLOSED = ("rejected", "withdrawn", "hired")


def register(commands: Any) -> None:
    p = commands.add_parser("procedure", help="add, close or list a candidate's procedures")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = actions.add_parser("add", help="a new application; prints its id")
    q.add_argument("id", type=int, help="the candidate")
    q.add_argument("--vacancy", metavar="TITLE", required=True)
    q.add_argument("--applied-on", metavar="DATE", help="default today")
    q.set_defaults(func=cmd_procedure_add)
    q = actions.add_parser("close", help="end a procedure: rejected, withdrawn or hired")
    q.add_argument("procedure", type=int, help="the procedure's id")
    q.add_argument("--outcome", choices=CLOSED, required=True)
    q.add_argument("--ended-on", metavar="DATE", help="default today")
    q.add_argument(
        "--correct", action="store_true", help="change the outcome or end of a closed procedure (audited)"
    )
    q.set_defaults(func=cmd_procedure_close)
    q = actions.add_parser("list", help="a candidate's procedures")
    q.add_argument("id", type=int)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_procedures)

    p = commands.add_parser("note", help="add, delete or list interview notes")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = actions.add_parser("add", help="a new interview note; prints its id")
    q.add_argument("id", type=int, help="the candidate")
    text = q.add_mutually_exclusive_group(required=True)
    text.add_argument("--body", metavar="TEXT")
    text.add_argument("--body-file", metavar="FILE", type=Path, help="UTF-8 text")
    q.add_argument("--procedure", type=int, metavar="ID", help="the procedure the interview was for")
    q.add_argument("--on", metavar="DATE", help="the interview's date (default today)")
    q.add_argument("--author", metavar="NAME", help="default: you")
    q.set_defaults(func=cmd_note_add)
    q = actions.add_parser("delete", help="delete one interview note")
    q.add_argument("note", type=int, help="the note's id")
    q.set_defaults(func=cmd_note_delete)
    q = actions.add_parser("list", help="a candidate's interview notes")
    q.add_argument("id", type=int)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_notes)

    p = commands.add_parser("correspondence", help="log a letter, e-mail or call, or list them")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = actions.add_parser("add", help="log a message; prints its id")
    q.add_argument("id", type=int, help="the candidate")
    q.add_argument("--direction", choices=CORRESPONDENCE_DIRECTIONS, required=True)
    q.add_argument("--channel", choices=CORRESPONDENCE_CHANNELS, required=True)
    q.add_argument("--subject", metavar="TEXT", required=True)
    body = q.add_mutually_exclusive_group()
    body.add_argument("--body", metavar="TEXT", default="")
    body.add_argument("--body-file", metavar="FILE", type=Path, help="UTF-8 text")
    q.add_argument("--on", metavar="DATE", help="default today")
    q.set_defaults(func=cmd_correspondence_add)
    q = actions.add_parser("list", help="a candidate's correspondence, oldest first")
    q.add_argument("id", type=int)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_correspondence_list)


def _date(raw: str | None, what: str, ctx: CommandContext) -> Any:
    return parse_date(raw, what) if raw else ctx.unlocked_vault().today()


def cmd_procedure_add(ctx: CommandContext) -> int:
    vault = ctx.unlocked_vault()
    print(
        vault.retention.add_procedure(
            ctx.args.id, ctx.args.vacancy, _date(ctx.args.applied_on, "--applied-on", ctx)
        )
    )
    return 0


def cmd_procedure_close(ctx: CommandContext) -> int:
    vault = ctx.unlocked_vault()
    ended = _date(ctx.args.ended_on, "--ended-on", ctx)
    vault.retention.close_procedure(ctx.args.procedure, ctx.args.outcome, ended, correct=ctx.args.correct)
    return 0


def cmd_procedures(ctx: CommandContext) -> int:
    rows = ctx.vault().retention.procedures(ctx.args.id)  # ids, titles and dates: no passphrase needed
    found = [
        {"id": pid, "vacancy": title, "outcome": outcome, "applied_on": applied.isoformat(),
         "ended_on": ended.isoformat() if ended else None}
        for pid, title, outcome, applied, ended in rows
    ]  # fmt: skip
    if ctx.args.json:
        print_json(found)
        return 0
    for row in found:
        ended = row["ended_on"] or "-"
        print(
            f"{row['id']:>6}  {row['applied_on']}  {ended:<10}  {row['outcome']:<9}  {row['vacancy'] or ''}"
        )
    return 0


def _body(ctx: CommandContext) -> str:
    if ctx.args.body_file is None:
        return str(ctx.args.body or "")
    try:
        return str(ctx.args.body_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"cannot read {ctx.args.body_file} as UTF-8 text ({type(exc).__name__})") from None


def cmd_note_add(ctx: CommandContext) -> int:
    vault = ctx.unlocked_vault()
    held_on = _date(ctx.args.on, "--on", ctx)
    args = ctx.args
    print(
        vault.notes.add(args.id, _body(ctx), held_on=held_on, author=args.author, procedure_id=args.procedure)
    )
    return 0


def cmd_note_delete(ctx: CommandContext) -> int:
    ctx.unlocked_vault().notes.delete(ctx.args.note)
    return 0


def cmd_notes(ctx: CommandContext) -> int:
    notes = ctx.unlocked_vault().notes.list(ctx.args.id)
    if ctx.args.json:
        print_json(
            [{"id": n.id, "procedure": n.procedure_id, "on": n.held_on.isoformat(), "author": n.author,
              "text": n.body} for n in notes]
        )  # fmt: skip
        return 0
    for n in notes:
        where = f"  (procedure {n.procedure_id})" if n.procedure_id else ""
        print(f"#{n.id}  {n.held_on.isoformat()}  {n.author}{where}\n{n.body}\n")
    return 0


def cmd_correspondence_list(ctx: CommandContext) -> int:
    messages = ctx.unlocked_vault().correspondence.list(ctx.args.id)
    if ctx.args.json:
        print_json(
            [{"id": m.id, "on": m.sent_on.isoformat(), "direction": m.direction, "channel": m.channel,
              "subject": m.subject, "body": m.body} for m in messages]
        )  # fmt: skip
        return 0
    for m in messages:
        print(f"#{m.id}  {m.sent_on.isoformat()}  {m.direction:<3}  {m.channel:<6}  {m.subject}")
    return 0


def cmd_correspondence_add(ctx: CommandContext) -> int:
    vault, args = ctx.unlocked_vault(), ctx.args
    sent_on = _date(args.on, "--on", ctx)
    add = vault.correspondence.add
    print(
        add(
            args.id,
            direction=args.direction,
            channel=args.channel,
            subject=args.subject,
            body=_body(ctx),
            sent_on=sent_on,
        )
    )
    return 0
