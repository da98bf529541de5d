"""The "send test mail" check of the SMTP settings: one short message from mail.from to itself.

No candidate data: the message says only that the settings work, so it can go to any mailbox.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from app.errors import InvalidInput
from app.reminders import mail

SUBJECT = "CandidateVault: test message"
BODY = "This message was sent by CandidateVault to check the SMTP settings. No reply is needed.\n"


def send_test_mail(
    settings: mail.SmtpSettings,
    mail_from: str,
    company: str,
    when: dt.datetime,
    password: Callable[[], str] | None = None,
) -> str:
    """Send the test message to ``mail_from``; returns where it went. Raises MailFailed/InvalidInput."""
    if not mail_from.strip():
        raise InvalidInput("no sender address: set mail.from first")
    sender = mail.address(company, mail_from.strip(), "mail.from")
    msg = mail.build_message(
        sender=sender, recipient=sender, subject=SUBJECT, body=BODY, language="en", when=when
    )
    with mail.SmtpSender(settings, password) as smtp:
        smtp.send(msg, "the test message")
    return smtp.where
