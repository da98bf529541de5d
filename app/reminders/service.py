"""vault.reminders: open renewal notices, renewal requests (e-mail, draft, letter), answers, dismissals.

Every request sent is one transaction: a ``reminder_notices`` row (the notice is handled), the request
as sealed correspondence, and an audit event without personal data. The e-mail is sent (or the draft or
letter file written) inside that transaction, so a failure leaves the notice open and nothing recorded.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app import choices, correspondence, roles
from app.config import LANGUAGES
from app.errors import InvalidInput, NotFound, Refused, UsageError, VaultError
from app.reminders import mail
from app.reminders.notices import ConsentFact, Handling, Notice, due_notices
from app.reminders.texts import CONTENT_LANGUAGE, EMAIL, Text, fill, format_date, letter_as_text
from app.store.models import Candidate, Consent, ReminderNotice, Restriction

if TYPE_CHECKING:
    from app.vault import Vault

ANSWERS = ("renewed", "declined", "no_answer")
VIAS = choices.REMINDER_VIAS
CANDIDATE_FIELDS = ("first_name", "last_name", "email", "address", "language")


@dataclass
class SendReport:
    sent: list[int] = field(default_factory=list)  # candidate ids
    failed: list[tuple[int, str]] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    urls: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Request:
    """One renewal request, ready to send: the notice, its language, the filled-in values."""

    notice: Notice
    language: str
    values: dict[str, str]
    email: str | None
    address: str | None


class ReminderService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # ---- notices (no passphrase needed) ----------------------------------------------------

    def notices(self, as_of: dt.date, *, include_handled: bool = False) -> list[Notice]:
        days = self.vault.settings().get("retention.notice_days")
        with self.vault.read() as session:
            consents = [
                ConsentFact(c.id, c.candidate_id, c.given_on, c.ends_on, c.withdrawn_on, c.purpose)
                for c in session.scalars(select(Consent))
            ]
            handlings = [
                Handling(r.consent_id, r.notice_days, r.sent_on, r.dismissed_on)
                for r in session.scalars(select(ReminderNotice))
            ]
            restricted = session.scalars(
                select(Restriction.candidate_id).where(
                    Restriction.requested_on <= as_of,
                    or_(Restriction.lifted_on.is_(None), Restriction.lifted_on > as_of),
                )
            )
            return due_notices(
                consents, handlings, days, as_of, restricted=list(restricted), include_handled=include_handled
            )

    def notice_for(self, candidate_id: int, as_of: dt.date) -> Notice:
        """The candidate's current notice, handled or not."""
        for notice in self.notices(as_of, include_handled=True):
            if notice.candidate_id == candidate_id:
                return notice
        raise NotFound(f"candidate {candidate_id} has no renewal notice due on {as_of.isoformat()}")

    def language_of(self, candidate_id: int) -> str:
        record = self.vault.candidates.get(candidate_id, ("language",), audit=False)
        return self._language(record.fields.get("language"))

    def _language(self, value: str | None) -> str:
        return value if value in LANGUAGES else str(self.vault.settings().get("vault.language"))

    # ---- preparing requests ------------------------------------------------------------------

    def _company(self) -> dict[str, str]:
        settings = self.vault.settings()
        return {
            "company_name": str(settings.get("company.name")),
            # "\n" typed on a command line stands for a new line of the address
            "company_address": str(settings.get("company.address")).replace("\\n", "\n"),
            "reply_email": str(settings.get("mail.from")),
        }

    def prepare(self, notice: Notice) -> Request:
        record = self.vault.candidates.get(notice.candidate_id, CANDIDATE_FIELDS, audit=False)
        if record.damaged:
            raise VaultError(f"candidate {notice.candidate_id} has damaged fields; run verify")
        language = self._language(record.fields.get("language"))
        today = self.vault.today()
        values = {
            **self._company(),
            "candidate_name": record.display_name,
            "candidate_address": record.fields.get("address") or "",
            "consent_date": format_date(notice.consent_given_on, language),
            "end_date": format_date(notice.consent_ends_on, language),
            "answer_by": format_date(notice.consent_ends_on - dt.timedelta(days=1), language),
            "letter_date": format_date(today, language),
        }
        return Request(notice, language, values, record.fields.get("email"), record.fields.get("address"))

    def _check_company(self, *keys: str) -> None:
        settings = self.vault.settings()
        missing = [key for key in keys if not settings.get(key)]
        if missing:
            raise InvalidInput(f"set {', '.join(missing)} first, e.g. 'settings set {missing[0]} VALUE'")

    @staticmethod
    def _check_not_sent(notices: Sequence[Notice], force: bool) -> None:
        again = [n for n in notices if n.sent_on is not None]
        if again and not force:
            n = again[0]
            raise Refused(
                f"a renewal request was already sent to candidate {n.candidate_id} on "
                f"{n.sent_on} for this notice; confirm to send it again"
            )

    # ---- recording ---------------------------------------------------------------------------

    def _record(self, session: Session, request: Request, channel: str, text: Text, via: str) -> None:
        notice, today = request.notice, self.vault.today()
        session.add(
            ReminderNotice(
                candidate_id=notice.candidate_id,
                consent_id=notice.consent_id,
                notice_days=notice.notice_days,
                sent_on=today,
                channel=channel,
            )
        )
        self._correspondence(session, notice.candidate_id, "out", channel, today, text)
        self.vault.audit(
            session,
            "renewal_request_sent",
            notice.candidate_id,
            consent_id=notice.consent_id,
            notice_days=notice.notice_days,
            channel=channel,
            via=via,  # not the language: the candidate's language is a sealed field
            again=notice.sent_on is not None,
        )

    def _correspondence(
        self, session: Session, candidate_id: int, direction: str, channel: str, on: dt.date, text: Text
    ) -> None:
        correspondence.record(
            self.vault, session, candidate_id, direction, channel, on, text.subject, text.body
        )

    # ---- e-mail --------------------------------------------------------------------------------

    def _message(self, request: Request, draft: bool) -> tuple[EmailMessage, Text]:
        cid = request.notice.candidate_id
        if not request.email:
            raise InvalidInput(f"candidate {cid} has no e-mail address; send a letter instead")
        template = EMAIL[request.language]
        text = Text(fill(template.subject, request.values), fill(template.body, request.values))
        company = self._company()
        msg = mail.build_message(
            sender=mail.address(company["company_name"], company["reply_email"], "mail.from"),
            recipient=mail.address(
                request.values["candidate_name"], request.email, f"candidate {cid}'s e-mail"
            ),
            subject=text.subject,
            body=text.body,
            language=CONTENT_LANGUAGE[request.language],
            when=self.vault.clock.now(),
            draft=draft,
        )
        return msg, text

    def send_email(
        self,
        notices: Sequence[Notice],
        *,
        via: str = "smtp",
        out_dir: Path | None = None,
        password: Callable[[], str] | None = None,
        force: bool = False,
    ) -> SendReport:
        """E-mail the renewal requests: over SMTP, as .eml drafts in ``out_dir``, or as mailto: URLs."""
        self.vault.require(roles.CANDIDATES)
        if via not in VIAS:
            raise UsageError(f"--via must be one of {', '.join(VIAS)}")
        self._check_not_sent(notices, force)
        self._check_company("company.name", "mail.from")
        if via == "eml" and (out_dir is None or not out_dir.is_dir()):
            raise UsageError("give an existing folder for the drafts (--out DIR)")
        report = SendReport()
        ready: list[tuple[Request, EmailMessage, Text]] = []
        for notice in notices:  # everything that can fail without a server fails before connecting
            try:
                request = self.prepare(notice)
                ready.append((request, *self._message(request, draft=via == "eml")))
            except VaultError as exc:
                report.failed.append((notice.candidate_id, str(exc)))
        if via != "smtp":
            for request, msg, text in ready:
                self._deliver(report, request, partial(self._draft, request, msg, text, via, out_dir, report))
            return report
        if not ready:
            return report
        settings = self.vault.settings()
        smtp_settings = mail.SmtpSettings(
            str(settings.get("smtp.host")),
            int(settings.get("smtp.port")),
            str(settings.get("smtp.security")),
            str(settings.get("smtp.user")),
        )
        with mail.SmtpSender(smtp_settings, password) as sender:
            for request, msg, text in ready:
                if not sender.connected:
                    report.failed.append(
                        (request.notice.candidate_id, "not sent: the SMTP connection was lost")
                    )
                    continue
                self._deliver(report, request, partial(self._smtp, request, msg, text, sender))
        return report

    @staticmethod
    def _deliver(report: SendReport, request: Request, action: Callable[[], None]) -> None:
        try:
            action()
        except VaultError as exc:
            report.failed.append((request.notice.candidate_id, str(exc)))
        else:
            report.sent.append(request.notice.candidate_id)

    def _smtp(self, request: Request, msg: EmailMessage, text: Text, sender: mail.SmtpSender) -> None:
        with self.vault.write() as session:
            self._record(session, request, "email", text, "smtp")
            sender.send(msg, f"candidate {request.notice.candidate_id}")  # raises: the transaction rolls back

    def _draft(
        self,
        request: Request,
        msg: EmailMessage,
        text: Text,
        via: str,
        out_dir: Path | None,
        report: SendReport,
    ) -> None:
        with self.vault.write() as session:
            self._record(session, request, "email", text, via)
            if via == "mailto":
                assert request.email is not None
                report.urls[request.notice.candidate_id] = mail.mailto_url(
                    request.email, text.subject, text.body
                )
            else:
                assert out_dir is not None
                report.files.append(self._write_draft(out_dir, request.notice, msg.as_bytes()))

    def _write_draft(self, out_dir: Path, notice: Notice, data: bytes) -> Path:
        stem = f"renewal-request-{notice.candidate_id}-{self.vault.today().isoformat()}"
        for attempt in range(1, 100):
            path = out_dir / (f"{stem}.eml" if attempt == 1 else f"{stem}-{attempt}.eml")
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                continue
            except OSError as exc:
                raise UsageError(f"cannot write a draft in {out_dir}: {exc.strerror}") from None
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            return path
        raise UsageError(f"too many drafts named {stem} in {out_dir}")

    # ---- letters -----------------------------------------------------------------------------

    def make_letters(self, notices: Sequence[Notice], target: Path, *, force: bool = False) -> SendReport:
        """All letters in one DOCX at ``target`` (one per page); candidates without an address are skipped."""
        self.vault.require(roles.CANDIDATES)
        self._check_not_sent(notices, force)
        self._check_company("company.name", "company.address", "mail.from")
        if target.exists():
            raise UsageError(f"{target} already exists; choose another file name")
        report = SendReport()
        ready: list[Request] = []
        for notice in notices:
            try:
                request = self.prepare(notice)
                if not request.address:
                    raise InvalidInput(
                        f"candidate {notice.candidate_id} has no postal address; add one with 'edit "
                        f"{notice.candidate_id} --address ...'"
                    )
                ready.append(request)
            except VaultError as exc:
                report.failed.append((notice.candidate_id, str(exc)))
        if not ready:
            return report
        from app.reminders import letters as docx_letters  # python-docx: loaded only to write letters

        data = docx_letters.render([(r.language, r.values) for r in ready], self._company())
        with self.vault.write() as session:
            for request in ready:
                text = letter_as_text(request.language, request.values)
                self._record(session, request, "letter", text, "docx")
            docx_letters.write_new_file(target, data)  # fails: nothing is recorded
        report.sent.extend(r.notice.candidate_id for r in ready)
        report.files.append(target)
        return report

    # ---- dismissing and answers --------------------------------------------------------------

    def dismiss(self, candidate_id: int, as_of: dt.date) -> Notice:
        self.vault.require(roles.CANDIDATES)
        notice = self.notice_for(candidate_id, as_of)
        if notice.handled:
            how = (
                f"request sent on {notice.sent_on}"
                if notice.sent_on
                else f"dismissed on {notice.dismissed_on}"
            )
            raise Refused(f"candidate {candidate_id}'s renewal notice is already handled ({how})")
        with self.vault.write() as session:
            session.add(
                ReminderNotice(
                    candidate_id=candidate_id,
                    consent_id=notice.consent_id,
                    notice_days=notice.notice_days,
                    dismissed_on=self.vault.today(),
                )
            )
            self.vault.audit(
                session,
                "reminder_dismissed",
                candidate_id,
                consent_id=notice.consent_id,
                notice_days=notice.notice_days,
            )
        return notice

    def log_answer(
        self,
        candidate_id: int,
        answer: str,
        on: dt.date,
        *,
        channel: str = "other",
        note: str | None = None,
        session: Session | None = None,
    ) -> None:
        """Record the candidate's answer to a renewal request (incoming correspondence + audit event).

        The consent itself (a new one when renewed, withdrawn when declined) is the caller's business;
        pass its ``session`` to make both one transaction.
        """
        if answer not in ANSWERS:
            raise InvalidInput(f"the answer must be one of {', '.join(ANSWERS)}")
        if session is None:
            with self.vault.write() as own:
                self._log_answer(own, candidate_id, answer, on, channel, note)
        else:
            self._log_answer(session, candidate_id, answer, on, channel, note)

    def _log_answer(
        self, session: Session, candidate_id: int, answer: str, on: dt.date, channel: str, note: str | None
    ) -> None:
        if session.get(Candidate, candidate_id) is None:
            raise NotFound(f"there is no candidate {candidate_id}")
        text = Text(f"Answer to the renewal request: {answer.replace('_', ' ')}", note or "")
        self._correspondence(session, candidate_id, "in", channel, on, text)
        self.vault.audit(
            session, "renewal_answer", candidate_id, answer=answer, channel=channel, on=on.isoformat()
        )
