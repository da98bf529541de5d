"""A candidate's procedures, interview notes and correspondence: procedure, procedures, note, notes,
correspondence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.commands.context import CommandContext, parse_date, print_json
from app.correspondence import CHANNELS, DIRECTIONS
from app.errors import InvalidInput, UsageError

CLOSED = ("rejected", "withdrawn", "hired")


def register(commands: Any) -> None:
    p = commands.add_parser("procedure", help="add a candidate's procedure, or close one with its outcome")
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
    q.set_defaults(func=cmd_procedure_close)

    p = commands.add_parser("procedures", help="list a candidate's procedures")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_procedures)

    p = commands.add_parser("note", help="add an interview note; prints its id")
    p.add_argument("id", type=int, help="the candidate")
    text = p.add_mutually_exclusive_group(required=True)
    text.add_argument("--text", metavar="TEXT")
    text.add_argument("--text-file", metavar="FILE", type=Path, help="UTF-8 text")
    p.add_argument("--procedure", type=int, metavar="ID", help="the procedure the interview was for")
    p.add_argument("--on", metavar="DATE", help="the interview's date (default today)")
    p.add_argument("--author", metavar="NAME", help="default: you")
    p.set_defaults(func=cmd_note)

    p = commands.add_parser("notes", help="list a candidate's interview notes")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_notes)

    p = commands.add_parser("correspondence", help="log a letter, e-mail or call, or --list them")
    p.add_argument("id", type=int, help="the candidate")
    p.add_argument("--list", action="store_true", help="list the candidate's correspondence")
    p.add_argument("--json", action="store_true")
    p.add_argument("--direction", choices=DIRECTIONS)
    p.add_argument("--channel", choices=CHANNELS)
    p.add_argument("--subject", metavar="TEXT")
    p.add_argument("--body", metavar="TEXT", default="")
    p.add_argument("--on", metavar="DATE", help="default today")
    p.set_defaults(func=cmd_correspondence)


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
    vault.retention.close_procedure(ctx.args.procedure, ctx.args.outcome, ended)
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


def cmd_note(ctx: CommandContext) -> int:
    vault = ctx.unlocked_vault()
    if ctx.args.text_file is not None:
        try:
            text = ctx.args.text_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(
                f"cannot read {ctx.args.text_file} as UTF-8 text ({type(exc).__name__})"
            ) from None
    else:
        text = ctx.args.text
    held_on = _date(ctx.args.on, "--on", ctx)
    print(
        vault.notes.add(
            ctx.args.id, text, held_on=held_on, author=ctx.args.author, procedure_id=ctx.args.procedure
        )
    )
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


def cmd_correspondence(ctx: CommandContext) -> int:
    vault = ctx.unlocked_vault()
    if ctx.args.list:
        messages = vault.correspondence.list(ctx.args.id)
        if ctx.args.json:
            print_json(
                [{"id": m.id, "on": m.sent_on.isoformat(), "direction": m.direction, "channel": m.channel,
                  "subject": m.subject, "body": m.body} for m in messages]
            )  # fmt: skip
            return 0
        for m in messages:
            print(f"#{m.id}  {m.sent_on.isoformat()}  {m.direction:<3}  {m.channel:<6}  {m.subject}")
        return 0
    missing = [flag for flag in ("direction", "channel", "subject") if not getattr(ctx.args, flag)]
    if missing:
        raise UsageError(f"logging a message needs --{', --'.join(missing)} (or use --list)")
    print(
        vault.correspondence.add(
            ctx.args.id,
            direction=ctx.args.direction,
            channel=ctx.args.channel,
            subject=ctx.args.subject,
            body=ctx.args.body,
            sent_on=_date(ctx.args.on, "--on", ctx),
        )
    )
    return 0
