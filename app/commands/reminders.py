"""remind: open consent-renewal notices; send renewal requests (SMTP, .eml drafts, mailto:, letters)."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.choices import REMINDER_VIAS
from app.commands.context import CommandContext, parse_date, print_json
from app.errors import Refused, UsageError

if TYPE_CHECKING:
    from app.reminders.notices import Notice
    from app.reminders.service import SendReport


def register(commands: Any) -> None:
    p = commands.add_parser(
        "remind",
        help="consent-renewal notices; --send asks the candidates, --dismiss ID hides one notice",
    )
    p.add_argument("--as-of", metavar="DATE", help="the notices due on DATE (default: today)")
    p.add_argument("--json", action="store_true", help="list the open notices as JSON")
    p.add_argument("--send", action="store_true", help="send a renewal request for every open notice")
    p.add_argument(
        "--candidate", type=int, action="append", metavar="ID", help="with --send: only this candidate"
    )
    p.add_argument(
        "--via", choices=REMINDER_VIAS, help="e-mail by SMTP (default), as .eml drafts, or mailto: URLs"
    )
    p.add_argument("--out", metavar="DIR", help="folder for the .eml drafts")
    p.add_argument("--letters", metavar="OUT.docx", help="make printable letters (one DOCX) instead")
    p.add_argument("--yes", action="store_true", help="send again where a request was already sent")
    p.add_argument("--dismiss", type=int, metavar="ID", help="dismiss candidate ID's open notice")
    p.set_defaults(func=cmd_remind)


def _as_of(ctx: CommandContext) -> Any:
    raw = ctx.args.as_of or ctx.args.global_as_of
    return parse_date(raw, "--as-of") if raw else ctx.vault().today()


def cmd_remind(ctx: CommandContext) -> int:
    args = ctx.args
    if args.dismiss is not None and args.send:
        raise UsageError("give --send or --dismiss, not both")
    vault = ctx.unlocked_vault()
    as_of = _as_of(ctx)
    if args.dismiss is not None:
        notice = vault.reminders.dismiss(args.dismiss, as_of)
        print(f"Dismissed the {notice.notice_days}-day notice of candidate {notice.candidate_id}.")
        return 0
    if args.send:
        return _send(ctx, as_of)
    notices = vault.reminders.notices(as_of)
    rows = [
        {
            "candidate_id": n.candidate_id,
            "consent_ends_on": n.consent_ends_on.isoformat(),
            "notice_days": n.notice_days,
            "language": vault.reminders.language_of(n.candidate_id),
        }
        for n in notices
    ]
    if args.json:
        print_json(rows)
    elif not rows:
        print(f"No open renewal notices on {as_of.isoformat()}.")
    else:
        print(f"{'candidate':>9}  {'consent ends':<12}  {'notice':<8}  language")
        for row in rows:
            days = f"{row['notice_days']} days"
            print(f"{row['candidate_id']:>9}  {row['consent_ends_on']:<12}  {days:<8}  {row['language']}")
    return 0


def _select(ctx: CommandContext, as_of: Any) -> list[Notice]:
    reminders = ctx.vault().reminders
    if ctx.args.candidate:
        return [reminders.notice_for(cid, as_of) for cid in dict.fromkeys(ctx.args.candidate)]
    return reminders.notices(as_of)


def _confirm_again(ctx: CommandContext, notices: list[Notice]) -> bool:
    """Sending twice for one notice needs --yes or a 'y' at the prompt."""
    again = [n for n in notices if n.sent_on is not None]
    if not again or ctx.args.yes:
        return True
    ids = ", ".join(str(n.candidate_id) for n in again)
    if not sys.stdin.isatty():
        raise Refused(f"a renewal request was already sent for this notice to candidate(s) {ids}; give --yes")
    answer = input(f"A renewal request was already sent to candidate(s) {ids}. Send again? [y/N] ")
    return answer.strip().lower() in ("y", "yes", "j", "ja", "o", "oui")


def _password_prompt() -> Callable[[], str] | None:
    if not sys.stdin.isatty():
        return None
    return lambda: getpass.getpass("SMTP password: ")


def _send(ctx: CommandContext, as_of: Any) -> int:
    args = ctx.args
    if args.letters and (args.via or args.out):
        raise UsageError("choose e-mail (--via/--out) or letters (--letters), not both")
    notices = _select(ctx, as_of)
    if not notices:
        print(f"No open renewal notices on {as_of.isoformat()}.")
        return 0
    if not _confirm_again(ctx, notices):
        print("Nothing was sent.")
        return 1
    reminders = ctx.vault().reminders
    if args.letters:
        report = reminders.make_letters(notices, Path(args.letters), force=True)
        done = f"Wrote {len(report.sent)} letter(s) to {args.letters}."
    else:
        via = args.via or "smtp"
        out = Path(args.out) if args.out else None
        report = reminders.send_email(notices, via=via, out_dir=out, password=_password_prompt(), force=True)
        done = {
            "smtp": f"Sent {len(report.sent)} renewal request(s) by e-mail.",
            "eml": f"Saved {len(report.sent)} draft(s) in {args.out}; open them in your mail program.",
            "mailto": f"Made {len(report.sent)} mailto: link(s).",
        }[via]
        for url in report.urls.values():
            print(url)
    return _report(report, done)


def _report(report: SendReport, done: str) -> int:
    print(done)
    for candidate_id, reason in report.failed:
        print(f"candidate-vault: not sent to candidate {candidate_id}: {reason}", file=sys.stderr)
    return 1 if report.failed else 0
