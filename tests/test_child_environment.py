"""The processes that parse hostile files see none of our secrets (issue 19).

The extraction child and Tesseract are where a parser exploit would run: the test reads the environment
each was actually started with, from ``/proc/<pid>/environ``, after putting every secret a scheduled task
or a shell might hold into ours. Tesseract is a stand-in script that answers with its own environment
as the "OCR text", so what it saw comes back through the real pipeline (parent → child → Tesseract).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.documents import runner
from app.documents.environment import child_environment
from app.documents.limits import Limits
from app.documents.sniff import sniff
from tests.corpus_files import CORPUS

pytestmark = pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux's /proc")

SECRETS = {
    "CANDIDATE_VAULT_PASSPHRASE": "passphrase-canary-7f3a",
    "CANDIDATE_VAULT_DB_PASSWORD": "db-password-canary-19c2",
    "CANDIDATE_VAULT_SMTP_PASSWORD": "smtp-password-canary-55e1",
    "CANDIDATE_VAULT_RECOVERY_KEY": "recovery-canary-a0b4",
    "PGPASSWORD": "pg-canary-3d77",
    "SOME_CLOUD_TOKEN": "cloud-token-canary-e8e8",
}

FAKE_TESSERACT = """#!/bin/sh
if [ "$1" = "--list-langs" ]; then
    printf 'List of available languages in "/x" (1):\\neng\\n'
    exit 0
fi
cat > /dev/null
tr '\\0' '\\n' < /proc/$$/environ
"""


@pytest.fixture
def secrets_in_our_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    runner.POOL.close()  # children started before the secrets were set would prove nothing
    yield
    runner.POOL.close()


def _environ(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes()
    pairs = [entry.split("=", 1) for entry in raw.decode("utf-8", "replace").split("\0") if "=" in entry]
    return dict(pairs)


def _assert_clean(seen: dict[str, str]) -> None:
    assert not [name for name in seen if name.startswith("CANDIDATE_VAULT")]
    assert not [value for value in SECRETS.values() if value in "\n".join(seen.values())]
    assert "PATH" in seen and seen["OMP_THREAD_LIMIT"] == "1"


def test_the_extraction_child_gets_no_secret(secrets_in_our_environment: None) -> None:
    data = b"A plain letter of application.\n"
    result = runner.run_extraction(data, sniff(data), Limits())
    assert result.status == "ok"
    (pid,) = runner.POOL.idle_pids()  # the warm child that read the letter, waiting for the next file
    _assert_clean(_environ(pid))


def test_tesseract_gets_no_secret(
    secrets_in_our_environment: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = tmp_path / "tesseract"
    fake.write_text(FAKE_TESSERACT)
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("CANDIDATE_VAULT_TESSERACT", str(fake))  # found by the parent, handed to the child
    data = (CORPUS / "good" / "scan-eurotext-multilingual.png").read_bytes()
    result = runner.run_extraction(data, sniff(data), Limits(ocr_languages="eng"))
    assert result.status == "ok", result.notes
    seen = dict(line.split("=", 1) for line in result.text.splitlines() if "=" in line)
    _assert_clean(seen)


def test_only_the_allow_list_is_kept() -> None:
    ours = {"PATH": "/bin", "LANG": "nl_BE.UTF-8", "HOME": "/home/hr", **SECRETS}
    assert child_environment(ours) == {
        "PATH": "/bin",
        "LANG": "nl_BE.UTF-8",
        "OMP_THREAD_LIMIT": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    assert os.environ.get("CANDIDATE_VAULT_PASSPHRASE") is None  # conftest keeps the suite's own clean
