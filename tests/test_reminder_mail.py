"""Renewal e-mails through a real SMTP server on loopback, .eml drafts and mailto: links."""

from __future__ import annotations

import datetime as dt
import email
from email import policy
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import unquote

import pytest

from app.clock import FixedClock
from app.errors import Refused, UsageError
from app.reminders.mail import PASSWORD_ENV, MailFailed
from app.store.models import AuditEvent, Correspondence, ReminderNotice
from app.vault import Vault
from tests.conftest import Cli, assert_absent
from tests.reminder_support import (
    AS_OF,
    PERSONAL,
    ZOE,
    Inbox,
    add_pool_candidate,
    add_three,
    configure,
    free_port,
    inbox,
)

__all__ = ["inbox"]  # the fixture, imported for pytest
D = dt.date.fromisoformat


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock.on(AS_OF)


def parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def recorded(vault: Vault) -> tuple[int, int]:
    with vault.read() as session:
        return session.query(ReminderNotice).count(), session.query(Correspondence).count()


def test_smtp_sends_each_candidate_a_request_in_their_language(vault: Vault, inbox: Inbox) -> None:
    zoe, elodie, owen = add_three(vault)
    configure(vault, inbox.port)
    notices = vault.reminders.notices(D(AS_OF))
    assert [n.candidate_id for n in notices] == [zoe, elodie, owen]

    report = vault.reminders.send_email(notices)

    assert report.sent == [zoe, elodie, owen] and report.failed == []
    assert inbox.recipients == ["zoe.vdb@example.be", "elodie@example.be", "owen@example.com"]
    nl, fr, en = (parse(raw) for raw in inbox.messages)
    # Headers: the UTF-8 name travels RFC 2047-encoded and decodes back exactly.
    raw_headers = inbox.messages[0].split(b"\r\n\r\n")[0]
    assert raw_headers.isascii() and b"=?utf-8?" in raw_headers
    assert str(nl["To"]) == "Zoë Van den Broeck <zoe.vdb@example.be>"
    assert nl["To"].addresses[0].display_name == "Zoë Van den Broeck"
    assert str(nl["From"]) == "Brouwerij De Kroon <hr@dekroon.example>"
    assert nl["Content-Language"] == "nl-BE" and fr["Content-Language"] == "fr-BE"
    assert nl["Subject"].startswith("Mogen we uw gegevens in onze wervingsreserve houden?")
    assert "X-Unsent" not in nl
    assert nl.get_content_charset() == "utf-8"
    body = nl.get_content().replace("\r\n", "\n")
    assert body.startswith("Beste Zoë Van den Broeck,")
    assert "Op 29 februari 2024 gaf u Brouwerij De Kroon" in body
    assert "loopt af op 28 februari 2026" in body and "uiterlijk op 27 februari 2026" in body
    assert "maximaal twee jaar" in body and "intrekken" in body and "Markt 1\n2000 Antwerpen" in body
    french = fr.get_content().replace("\r\n", "\n")
    assert french.startswith("Bonjour Élodie Dubois-Lefèvre,")
    assert "prend fin le 1er mars 2026" in french and "au plus tard le 28 février 2026" in french
    assert "deux ans au maximum" in french and "retirer votre consentement" in french
    english = en.get_content().replace("\r\n", "\n")
    assert "Your consent ends on 5 March 2026" in english and "by 4 March 2026" in english

    assert vault.reminders.notices(D(AS_OF)) == []  # handled
    with vault.read() as session:
        rows = session.query(Correspondence).order_by(Correspondence.id).all()
        assert [(r.candidate_id, r.direction, r.channel) for r in rows] == [
            (zoe, "out", "email"),
            (elodie, "out", "email"),
            (owen, "out", "email"),
        ]
        first = rows[0]
        subject = vault.sealer.open_text(session, zoe, "correspondence", "subject", first.id, first.subject)
        assert subject == nl["Subject"]
        events = session.query(AuditEvent).filter_by(action="renewal_request_sent").all()
        assert [e.candidate_id for e in events] == [zoe, elodie, owen]
        assert all(
            set(e.details) - {"role"} == {"consent_id", "notice_days", "channel", "via", "again"}
            and (e.details["channel"], e.details["notice_days"], e.details["again"]) == ("email", 60, False)
            for e in events
        )

    # Same notice again: refused unless confirmed.
    again = vault.reminders.notice_for(zoe, D(AS_OF))
    with pytest.raises(Refused, match=f"already sent to candidate {zoe}"):
        vault.reminders.send_email([again])
    assert vault.reminders.send_email([again], force=True).sent == [zoe]
    assert len(inbox.messages) == 4
    vault.close()
    assert_absent(Path(str(vault.engine.url.database)).parent, *PERSONAL)


def test_refused_recipient_leaves_that_notice_open_with_a_clear_error(vault: Vault, inbox: Inbox) -> None:
    zoe, elodie, owen = add_three(vault)
    configure(vault, inbox.port)
    inbox.refuse.add("zoe.vdb@example.be")
    report = vault.reminders.send_email(vault.reminders.notices(D(AS_OF)))
    assert report.sent == [elodie, owen]
    ((failed_id, reason),) = report.failed
    assert failed_id == zoe
    assert reason == f"the SMTP server refused the recipient of candidate {zoe} (550)"
    assert "@" not in reason  # the server's text quotes the address: it is not repeated
    assert [n.candidate_id for n in vault.reminders.notices(D(AS_OF))] == [zoe]
    assert recorded(vault) == (2, 2)


def test_closed_port_sends_nothing_and_marks_nothing(vault: Vault) -> None:
    add_three(vault)
    port = free_port()  # nothing listens there
    configure(vault, port)
    with pytest.raises(MailFailed) as caught:
        vault.reminders.send_email(vault.reminders.notices(D(AS_OF)))
    message = str(caught.value)
    assert message.startswith(f"cannot reach the SMTP server 127.0.0.1:{port} (") and "\n" not in message
    assert message.endswith("nothing was sent")
    assert len(vault.reminders.notices(D(AS_OF))) == 3
    assert recorded(vault) == (0, 0)


def test_login_with_password_from_the_environment(
    vault: Vault, inbox: Inbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_pool_candidate(vault, ZOE, "2024-02-29")
    configure(vault, inbox.port, user="hr-mailer")
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    with pytest.raises(MailFailed, match="no SMTP password for 'hr-mailer'"):
        vault.reminders.send_email(vault.reminders.notices(D(AS_OF)))
    monkeypatch.setenv(PASSWORD_ENV, "wrong")
    with pytest.raises(MailFailed, match=r"refused the user name or password \(535\)"):
        vault.reminders.send_email(vault.reminders.notices(D(AS_OF)))
    assert recorded(vault) == (0, 0)
    monkeypatch.setenv(PASSWORD_ENV, "s3cret-Pässword")
    assert len(vault.reminders.send_email(vault.reminders.notices(D(AS_OF))).sent) == 1
    assert inbox.logins[-1] == (b"hr-mailer", "s3cret-Pässword".encode())
    prompted = vault.reminders  # a prompt is asked only when neither keyring nor environment has it
    monkeypatch.delenv(PASSWORD_ENV)
    notice = prompted.notice_for(prompted.notices(D(AS_OF), include_handled=True)[0].candidate_id, D(AS_OF))
    report = prompted.send_email([notice], password=lambda: "s3cret-Pässword", force=True)
    assert len(report.sent) == 1 and len(inbox.messages) == 2


def test_eml_draft_parses_and_opens_as_draft(vault: Vault, tmp_path: Path) -> None:
    zoe, elodie, owen = add_three(vault)
    configure(vault, free_port())
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    with pytest.raises(UsageError, match="--out DIR"):
        vault.reminders.send_email(vault.reminders.notices(D(AS_OF)), via="eml", out_dir=tmp_path / "nope")
    report = vault.reminders.send_email(vault.reminders.notices(D(AS_OF)), via="eml", out_dir=drafts)
    assert report.sent == [zoe, elodie, owen]
    assert sorted(p.name for p in drafts.iterdir()) == [
        f"renewal-request-{cid}-{AS_OF}.eml" for cid in sorted((zoe, elodie, owen))
    ]
    msg = parse((drafts / f"renewal-request-{zoe}-{AS_OF}.eml").read_bytes())
    assert msg["X-Unsent"] == "1"
    assert msg["To"].addresses[0].display_name == "Zoë Van den Broeck"
    assert "28 februari 2026" in msg.get_content()
    assert vault.reminders.notices(D(AS_OF)) == []


def test_mailto_link(vault: Vault) -> None:
    zoe = add_pool_candidate(vault, ZOE, "2024-02-29")
    configure(vault, free_port())
    report = vault.reminders.send_email(vault.reminders.notices(D(AS_OF)), via="mailto")
    url = report.urls[zoe]
    assert url.startswith("mailto:zoe.vdb@example.be?subject=")
    assert "28 februari 2026" in unquote(url) and " " not in url


def test_cli_sends_over_smtp_leaves_no_plaintext_in_vault_or_temp(
    vault: Vault, vault_path: Path, cli: Cli, inbox: Inbox, tmp_path: Path
) -> None:
    zoe, _, _ = add_three(vault)
    configure(vault, inbox.port)
    vault.close()
    listing = cli.ok("remind", "--as-of", AS_OF, "--json")
    assert '"language": "nl"' in listing and f'"candidate_id": {zoe}' in listing
    assert '"consent_ends_on": "2026-02-28"' in listing and '"notice_days": 60' in listing
    temp = tmp_path / "tmp"
    temp.mkdir()
    proc = cli.spawn("remind", "--send", "--as-of", AS_OF, env={"TMPDIR": str(temp)})
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "Sent 3 renewal request(s) by e-mail." in out
    assert len(inbox.messages) == 3
    assert cli.ok("remind", "--as-of", AS_OF, "--json").strip() == "[]"
    # Again for one candidate: refused without --yes (no terminal), sent with it.
    code, _, err = cli("remind", "--send", "--as-of", AS_OF, "--candidate", str(zoe))
    assert code == 1 and "already sent" in err and "give --yes" in err
    again = ("remind", "--send", "--as-of", AS_OF, "--candidate", str(zoe), "--yes")
    proc = cli.spawn(*again, env={"TMPDIR": str(temp)})
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert len(inbox.messages) == 4
    assert_absent(vault_path.parent, *PERSONAL)
    assert_absent(temp, *PERSONAL)


def test_cli_failing_server_is_one_line_and_nothing_is_marked(vault: Vault, cli: Cli) -> None:
    add_three(vault)
    configure(vault, free_port())
    vault.close()
    code, out, err = cli("remind", "--send", "--as-of", AS_OF)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("candidate-vault: cannot reach the SMTP server 127.0.0.1:")
    assert "Traceback" not in err
    assert len(cli.ok("remind", "--as-of", AS_OF, "--json").split('"candidate_id"')) == 4
    code, out, err = cli("remind", "--dismiss", "1", "--as-of", AS_OF)
    assert code == 0 and "Dismissed the 60-day notice of candidate 1" in out
    code, out, err = cli("remind", "--dismiss", "1", "--as-of", AS_OF)
    assert code == 1 and "already handled" in err


def test_password_from_the_os_keyring(vault: Vault, inbox: Inbox, monkeypatch: pytest.MonkeyPatch) -> None:
    """An in-memory keyring backend stands in for the OS one (there is none on a headless test machine)."""
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        store: dict[tuple[str, str], str] = {}  # noqa: RUF012

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        keyring.set_password("CandidateVault SMTP", "hr-mailer", "s3cret-Pässword")
        monkeypatch.setenv(PASSWORD_ENV, "wrong")  # the keyring comes first
        add_pool_candidate(vault, ZOE, "2024-02-29")
        configure(vault, inbox.port, user="hr-mailer")
        report = vault.reminders.send_email(vault.reminders.notices(D(AS_OF)), password=None)
        assert len(report.sent) == 1
        assert inbox.logins == [(b"hr-mailer", "s3cret-Pässword".encode())]
    finally:
        keyring.set_keyring(before)


def test_candidate_without_email_is_reported_before_any_connection(vault: Vault) -> None:
    cid = add_pool_candidate(vault, {**ZOE, "email": ""}, "2024-02-29")
    configure(vault, free_port())  # nothing listens: a connection attempt would raise MailFailed
    report = vault.reminders.send_email(vault.reminders.notices(D(AS_OF)))
    assert report.sent == [] and report.failed == [
        (cid, f"candidate {cid} has no e-mail address; send a letter instead")
    ]
    assert recorded(vault) == (0, 0)
