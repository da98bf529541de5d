"""Renewal e-mails: the message (UTF-8), an .eml draft, a mailto: URL, and sending over SMTP.

The SMTP password is never stored by CandidateVault: it comes from the OS keyring (when the ``keyring``
package is installed; service "CandidateVault SMTP", user = smtp.user), else from
$CANDIDATE_VAULT_SMTP_PASSWORD, else from the caller's prompt. Errors name the server and the SMTP code,
never the server's text, which may quote the recipient's address.
"""

from __future__ import annotations

import base64
import os
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from types import TracebackType
from typing import Any
from urllib.parse import quote

from app.errors import InvalidInput, VaultError

KEYRING_SERVICE = "CandidateVault SMTP"
PASSWORD_ENV = "CANDIDATE_VAULT_SMTP_PASSWORD"
TIMEOUT_SECONDS = 30


class MailFailed(VaultError):
    """The SMTP server could not be reached, refused the login, or refused a message."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str  # none | starttls | ssl
    user: str


def address(display_name: str, addr_spec: str, what: str) -> Address:
    try:
        return Address(display_name=display_name, addr_spec=addr_spec)
    except (ValueError, IndexError, TypeError):
        raise InvalidInput(f"{what} is not a usable e-mail address") from None


def build_message(
    *,
    sender: Address,
    recipient: Address,
    subject: str,
    body: str,
    language: str,
    when: Any,
    draft: bool = False,
) -> EmailMessage:
    """A plain-text UTF-8 message; names such as "Zoë" are RFC 2047 encoded in the headers."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = sender
    msg["To"] = recipient
    msg["Reply-To"] = sender
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain=sender.domain or None)
    if draft:
        msg["X-Unsent"] = "1"  # Outlook (and others) open the file as a draft to send
    msg.set_content(body, charset="utf-8")
    msg["Content-Language"] = language  # after set_content, which clears the Content-* headers
    return msg


def mailto_url(recipient: str, subject: str, body: str) -> str:
    return (
        f"mailto:{quote(recipient, safe='@')}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    )


def smtp_password(user: str, prompt: Callable[[], str] | None) -> str:
    """The keyring, then the environment, then the prompt: never a file of ours."""
    try:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, user)
    except Exception:  # no keyring package, or no usable backend on this machine
        stored = None
    if stored:
        return str(stored)
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if prompt is None:
        raise MailFailed(
            f"no SMTP password for {user!r}: store it in the OS keyring (service {KEYRING_SERVICE!r}), "
            f"set {PASSWORD_ENV}, or run in a terminal"
        )
    return prompt()


def login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH PLAIN with UTF-8 (RFC 4616) where offered: smtplib's own login takes ASCII only and, after
    a wrong password, tries the next mechanism. Otherwise smtplib's login (LOGIN, CRAM-MD5)."""
    smtp.ehlo_or_helo_if_needed()
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("AUTH")
    if "PLAIN" not in smtp.esmtp_features["auth"].upper().split():
        smtp.login(user, password)
        return
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")
    code, _ = smtp.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, b"authentication failed")


class SmtpSender:
    """One connection for a batch; ``send`` raises MailFailed with a one-line reason."""

    def __init__(self, settings: SmtpSettings, password: Callable[[], str] | None = None) -> None:
        self.settings = settings
        self._password = password
        self._smtp: smtplib.SMTP | None = None
        self._stage = "connect"

    @property
    def where(self) -> str:
        return f"{self.settings.host}:{self.settings.port}"

    def __enter__(self) -> SmtpSender:
        s = self.settings
        if not s.host:
            raise InvalidInput("no SMTP server: set it with 'settings set smtp.host HOST'")
        try:
            self._connect()
        except VaultError:
            self._abort()
            raise
        except Exception as exc:
            self._abort()
            raise MailFailed(self._connect_error(exc)) from None
        return self

    def _connect(self) -> None:
        s = self.settings
        self._stage = "connect"
        if s.security == "ssl":
            context = ssl.create_default_context()
            self._smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=TIMEOUT_SECONDS, context=context)
        else:
            self._smtp = smtplib.SMTP(s.host, s.port, timeout=TIMEOUT_SECONDS)
        if s.security == "starttls":
            self._smtp.starttls(context=ssl.create_default_context())
        if s.user:
            password = smtp_password(s.user, self._password)
            self._stage = "login"
            login(self._smtp, s.user, password)

    def _connect_error(self, exc: Exception) -> str:
        where = self.where
        if isinstance(exc, smtplib.SMTPAuthenticationError):
            return f"the SMTP server {where} refused the user name or password ({exc.smtp_code})"
        if isinstance(exc, smtplib.SMTPNotSupportedError):
            return f"the SMTP server {where} does not offer STARTTLS or login; check smtp.security"
        if self._stage == "login":  # some servers hang up on a wrong password instead of answering 535
            return f"the SMTP server {where} refused the login ({type(exc).__name__}); check user, password"
        if isinstance(exc, smtplib.SMTPResponseException):
            return f"the SMTP server {where} answered {exc.smtp_code}; nothing was sent"
        if isinstance(exc, ssl.SSLError | ssl.CertificateError):
            return f"TLS with {where} failed ({type(exc).__name__}); check smtp.security and smtp.port"
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        return f"cannot reach the SMTP server {where} ({reason}); nothing was sent"

    def send(self, msg: EmailMessage, what: str) -> None:
        """Send one message; ``what`` names it in errors (e.g. "candidate 3")."""
        assert self._smtp is not None
        try:
            refused = self._smtp.send_message(msg)
        except Exception as exc:
            if not isinstance(exc, smtplib.SMTPResponseException | smtplib.SMTPRecipientsRefused):
                self._abort()  # the connection is gone or unusable: the rest of the batch is not sent
            raise MailFailed(self._send_error(exc, what)) from None
        if refused:
            raise MailFailed(f"the SMTP server refused the recipient of {what}")

    def _send_error(self, exc: Exception, what: str) -> str:
        if isinstance(exc, smtplib.SMTPRecipientsRefused):
            codes = sorted({code for code, _ in exc.recipients.values()})
            return f"the SMTP server refused the recipient of {what} ({codes[0] if codes else '?'})"
        if isinstance(exc, smtplib.SMTPSenderRefused):
            return f"the SMTP server refused the sender address for {what} ({exc.smtp_code})"
        if isinstance(exc, smtplib.SMTPResponseException):
            return f"the SMTP server refused the message for {what} ({exc.smtp_code})"
        if isinstance(exc, smtplib.SMTPNotSupportedError):
            return f"the SMTP server cannot take the address of {what} (no SMTPUTF8)"
        return f"the connection to {self.where} broke while sending {what} ({type(exc).__name__})"

    @property
    def connected(self) -> bool:
        return self._smtp is not None

    def _abort(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.close()
            finally:
                self._smtp = None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                pass
            finally:
                self._abort()
