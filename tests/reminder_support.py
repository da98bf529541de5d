"""Shared set-up of the reminder tests: pool candidates, company settings, a real SMTP server on loopback."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from app.store.models import Consent
from app.vault import Vault

AS_OF = "2026-01-10"
# given 2024-02-29 -> ends 2026-02-28 (clamped); given 2024-03-01 -> ends 2026-03-01 ("1er mars")
ZOE = {"first_name": "Zoë", "last_name": "Van den Broeck", "email": "zoe.vdb@example.be", "language": "nl"}
ZOE_ADDRESS = "Kouter 12\n9000 Gent"
ELODIE = {
    "first_name": "Élodie",
    "last_name": "Dubois-Lefèvre",
    "email": "elodie@example.be",
    "language": "fr",
}
ELODIE_ADDRESS = "Rue de la Loi 5\n1000 Bruxelles"
OWEN = {"first_name": "Owen", "last_name": "O'Brien", "email": "owen@example.com", "language": "en"}
OWEN_ADDRESS = "1 High Street\nLondon"
PERSONAL = (
    "Zoë",
    "Van den Broeck",
    "zoe.vdb@example.be",
    "Kouter 12",
    "Élodie",
    "Dubois-Lefèvre",
    "elodie@example.be",
    "Rue de la Loi",
)


def add_pool_candidate(vault: Vault, fields: dict[str, str], given_on: str, address: str = "") -> int:
    cid = vault.candidates.add(**fields, address=address or None)
    with vault.write() as session:
        session.add(
            Consent(candidate_id=cid, given_on=dt.date.fromisoformat(given_on), method="email", evidence=b"")
        )
    return cid


def add_three(vault: Vault) -> tuple[int, int, int]:
    return (
        add_pool_candidate(vault, ZOE, "2024-02-29", ZOE_ADDRESS),
        add_pool_candidate(vault, ELODIE, "2024-03-01", ELODIE_ADDRESS),
        add_pool_candidate(vault, OWEN, "2024-03-05", OWEN_ADDRESS),
    )


def configure(vault: Vault, port: int, user: str = "") -> None:
    for key, value in {
        "company.name": "Brouwerij De Kroon",
        "company.address": "Markt 1\n2000 Antwerpen",
        "mail.from": "hr@dekroon.example",
        "smtp.host": "127.0.0.1",
        "smtp.port": str(port),
        "smtp.security": "none",
        "smtp.user": user,
    }.items():
        vault.set_setting(key, value)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Inbox:
    """The handler of the test SMTP server: keeps what it receives, refuses chosen recipients with 550."""

    messages: list[bytes] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    logins: list[tuple[bytes, bytes]] = field(default_factory=list)
    port: int = 0

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address in self.refuse:
            return f"550 5.1.1 <{address}>: mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope.original_content or envelope.content)
        self.recipients.extend(envelope.rcpt_tos)
        return "250 Message accepted for delivery"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        if isinstance(data, LoginPassword):
            self.logins.append((data.login, data.password))
            return AuthResult(success=data.password == "s3cret-Pässword".encode(), handled=False)
        return AuthResult(success=False, handled=False)


@pytest.fixture
def inbox() -> Iterator[Inbox]:
    box = Inbox()
    box.port = free_port()
    controller = Controller(
        box,
        hostname="127.0.0.1",
        port=box.port,
        authenticator=box.authenticate,
        auth_require_tls=False,
    )
    controller.start()
    try:
        yield box
    finally:
        controller.stop()
