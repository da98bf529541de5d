"""Renewal e-mails over TLS: STARTTLS and implicit TLS against a real SMTP server on loopback, with a
certificate from a test CA that the client trusts through SSL_CERT_FILE (as a company CA would be)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.clock import FixedClock
from app.reminders.mail import PASSWORD_ENV, MailFailed
from app.vault import Vault
from tests.reminder_support import AS_OF, ZOE, Inbox, add_pool_candidate, configure, free_port

D = dt.date.fromisoformat
VALID = (dt.datetime(2020, 1, 1, tzinfo=dt.UTC), dt.datetime(2040, 1, 1, tzinfo=dt.UTC))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(AS_OF)


def _cert(
    subject: str,
    key: ec.EllipticCurvePrivateKey,
    issuer: x509.Name,
    signer: ec.EllipticCurvePrivateKey,
    *,
    ca: bool,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(VALID[0])
        .not_valid_after(VALID[1])
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if ca:
        builder = builder.add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
    else:
        san = x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
        builder = builder.add_extension(san, critical=False)
    return builder.sign(signer, hashes.SHA256())


@pytest.fixture
def tls(tmp_path: Path) -> tuple[ssl.SSLContext, Path]:
    """A server context for 127.0.0.1 and the PEM file of the CA that signed it."""
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test CA")])
    ca = _cert("Test CA", ca_key, ca_name, ca_key, ca=True)
    server = _cert("127.0.0.1", key, ca_name, ca_key, ca=False)
    (tmp_path / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "server.pem").write_bytes(server.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "server.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "server.pem", tmp_path / "server.key")
    return context, tmp_path / "ca.pem"


def _serve(box: Inbox, **tls_options: object) -> Iterator[Inbox]:
    box.port = free_port()
    controller = Controller(
        box, hostname="127.0.0.1", port=box.port, authenticator=box.authenticate, **tls_options
    )
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


@pytest.fixture
def starttls_inbox(tls: tuple[ssl.SSLContext, Path]) -> Iterator[Inbox]:
    """Offers STARTTLS and refuses everything (login included) before it."""
    yield from _serve(Inbox(), tls_context=tls[0], require_starttls=True, auth_require_tls=True)


@pytest.fixture
def implicit_tls_inbox(tls: tuple[ssl.SSLContext, Path]) -> Iterator[Inbox]:
    # The whole session is TLS; aiosmtpd only counts STARTTLS for auth_require_tls, so it is off here.
    yield from _serve(Inbox(), ssl_context=tls[0], auth_require_tls=False)


def _set_up(vault: Vault, port: int, security: str) -> None:
    add_pool_candidate(vault, ZOE, "2024-02-29")
    configure(vault, port, user="hr-mailer")
    vault.set_setting("smtp.security", security)


def test_starttls_with_login(
    vault: Vault, starttls_inbox: Inbox, tls: tuple[ssl.SSLContext, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_up(vault, starttls_inbox.port, "starttls")
    monkeypatch.setenv(PASSWORD_ENV, "s3cret-Pässword")
    monkeypatch.setenv("SSL_CERT_FILE", str(tls[1]))
    report = vault.reminders.send_email(vault.reminders.notices(D(AS_OF)))
    assert len(report.sent) == 1
    assert starttls_inbox.logins == [(b"hr-mailer", "s3cret-Pässword".encode())]
    assert starttls_inbox.recipients == [ZOE["email"]]


def test_implicit_tls_with_login(
    vault: Vault, implicit_tls_inbox: Inbox, tls: tuple[ssl.SSLContext, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_up(vault, implicit_tls_inbox.port, "ssl")
    monkeypatch.setenv(PASSWORD_ENV, "s3cret-Pässword")
    monkeypatch.setenv("SSL_CERT_FILE", str(tls[1]))
    assert len(vault.reminders.send_email(vault.reminders.notices(D(AS_OF))).sent) == 1
    assert implicit_tls_inbox.recipients == [ZOE["email"]]


def test_untrusted_certificate_is_one_line_and_sends_nothing(
    vault: Vault, starttls_inbox: Inbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_up(vault, starttls_inbox.port, "starttls")
    monkeypatch.setenv(PASSWORD_ENV, "s3cret-Pässword")
    empty = tmp_path / "no-ca.pem"
    empty.write_text("", encoding="utf-8")
    monkeypatch.setenv("SSL_CERT_FILE", str(empty))  # the test CA is not trusted
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))
    with pytest.raises(MailFailed, match=r"^TLS with .* failed \(SSLCertVerificationError\); check ") as err:
        vault.reminders.send_email(vault.reminders.notices(D(AS_OF)))
    assert "\n" not in str(err.value)
    assert starttls_inbox.messages == [] and starttls_inbox.logins == []


def test_plain_connection_to_a_tls_only_server_is_refused_clearly(
    vault: Vault, starttls_inbox: Inbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_up(vault, starttls_inbox.port, "none")
    monkeypatch.setenv(PASSWORD_ENV, "s3cret-Pässword")
    with pytest.raises(MailFailed, match=r"^the SMTP server .* (STARTTLS|login|refused|answered)") as err:
        vault.reminders.send_email(vault.reminders.notices(D(AS_OF)))
    assert "\n" not in str(err.value)
    assert starttls_inbox.messages == []
