"""Warm extraction children: reused file after file, replaced after a crash, a hang, garbage or growth.

The fake child below is the real sandbox with ``extract`` wrapped: a marker word in a file makes it
misbehave, every other file is extracted as usual. No timing is asserted; the hang is cut by the
1 s wall-clock limit of the setting, as in test_documents_service.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.documents import runner
from app.documents.sniff import DocumentRefused
from app.vault import Vault
from tests.corpus_files import CORPUS

FAKE_CHILD = """
import os, sys, time
from app.documents import sandbox
real, held = sandbox.extract, []
def extract(fmt, encoding, data, limits, deadline):
    if b"CRASH" in data:
        os.abort()
    if b"HANG" in data:
        time.sleep(120)
    if b"GROW" in data:  # keeps 200 MB: the next file would not get a fresh child's headroom
        held.append(bytearray(200 * 1024 * 1024))
    if b"GARBAGE" in data:
        sys.stdout.flush()
        os.write(1, b"not an answer\\n")
        time.sleep(120)
    return real(fmt, encoding, data, limits, deadline)
sandbox.extract = extract
raise SystemExit(sandbox.main())
"""


@pytest.fixture
def cid(vault: Vault) -> int:
    return vault.candidates.add(first_name="Warm", last_name="Child")


@pytest.fixture
def fake_child(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    runner.POOL.close()
    monkeypatch.setattr(runner, "child_command", lambda: [sys.executable, "-c", FAKE_CHILD])
    yield
    runner.POOL.close()


def _add(vault: Vault, cid: int, text: str) -> tuple[str, list[str]]:
    doc_id = vault.documents.add(cid, text.encode(), "other", f"{text[:10]}.txt")
    assert isinstance(doc_id, int)
    info = vault.documents.info(doc_id)
    return info.text_status, info.notes


def test_one_child_serves_file_after_file(vault: Vault, cid: int, fake_child: None) -> None:
    assert _add(vault, cid, "first plain words") == ("ok", [])
    (pid,) = runner.POOL.idle_pids()
    assert _add(vault, cid, "second plain words") == ("ok", [])
    assert runner.POOL.idle_pids() == [pid]
    assert [h.id for h in vault.search.search(["second"]).hits] == [cid]


@pytest.mark.parametrize(
    ("marker", "reason"),
    [
        ("CRASH", "crashed"),
        ("HANG", "longer than 1 s"),
        ("GARBAGE", "no usable answer"),
    ],
)
def test_a_failing_file_does_not_affect_the_next(
    vault: Vault, cid: int, fake_child: None, marker: str, reason: str
) -> None:
    vault.set_setting("documents.extract_seconds", "1")
    assert _add(vault, cid, "before the bad file") == ("ok", [])
    (pid,) = runner.POOL.idle_pids()
    status, notes = _add(vault, cid, f"bad file {marker}")
    assert status == "no_text" and any(reason in n for n in notes), notes
    assert runner.POOL.idle_pids() == []  # that child is gone: never asked again
    assert _add(vault, cid, "after the bad file") == ("ok", [])
    assert runner.POOL.idle_pids() not in ([], [pid])
    assert [h.id for h in vault.search.search(["after"]).hits] == [cid]


def test_a_child_that_grew_retires_so_the_next_file_gets_full_headroom(
    vault: Vault, cid: int, fake_child: None
) -> None:
    assert _add(vault, cid, "GROW but still read") == ("ok", [])
    assert runner.POOL.idle_pids() == []  # it said "retire" and left
    assert _add(vault, cid, "next plain words") == ("ok", [])
    assert len(runner.POOL.idle_pids()) == 1


def test_a_changed_setting_gets_a_fresh_child(vault: Vault, cid: int, fake_child: None) -> None:
    _add(vault, cid, "with the default limits")
    (pid,) = runner.POOL.idle_pids()
    vault.set_setting("documents.extract_memory_mb", "512")  # RLIMIT_AS is set once per child
    _add(vault, cid, "with a lower memory limit")
    assert runner.POOL.idle_pids() != [pid] and len(runner.POOL.idle_pids()) == 1


def test_per_file_cpu_limit_under_a_fixed_hard_limit() -> None:
    # In a child of its own: setrlimit would otherwise limit this test session.
    probe = (
        "import resource\n"
        "from app.documents.limits import Limits\n"
        "from app.documents import sandbox\n"
        "limits = Limits(extract_seconds=3)\n"
        "sandbox.limit_self(limits)\n"
        "assert sandbox.limit_file(limits)\n"
        "soft, hard = resource.getrlimit(resource.RLIMIT_CPU)\n"
        "used = sandbox.cpu_seconds()\n"
        "assert used < soft <= used + 1 + 8 + 1 and soft < hard <= used + 5 * 8 + 1, (used, soft, hard)\n"
        "assert resource.getrlimit(resource.RLIMIT_FSIZE) == (0, 0)\n"
    )
    if sys.platform == "win32":
        pytest.skip("no setrlimit on Windows")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr


def test_add_many_goes_on_after_a_refused_file_and_reports_progress(
    vault: Vault, cid: int, tmp_path: Path
) -> None:
    good = CORPUS / "good"
    files = [
        good / "libreoffice-writer.pdf",
        CORPUS / "bad" / "setup.exe",
        good / "word-table-header-footer.docx",
        good / "libreoffice-writer.pdf",  # the same content again: a duplicate
        tmp_path / "missing.pdf",
    ]
    seen: list[tuple[int, int]] = []
    added = vault.documents.add_many(cid, files, "cv", lambda done, total: seen.append((done, total)))
    assert [a.file_name for a in added] == [f.name for f in files]
    assert [bool(a.ids) for a in added] == [True, False, True, False, False]
    assert all(a.error and "\n" not in a.error for a in added if not a.ids)
    assert "already has this file" in str(added[3].error)
    assert seen == [(i, len(files)) for i in range(1, len(files) + 1)]
    assert sorted(d.id for d in vault.documents.list(cid)) == sorted(i for a in added for i in a.ids)


def test_add_many_checks_the_candidate_first(vault: Vault) -> None:
    from app.errors import NotFound

    with pytest.raises(NotFound):
        vault.documents.add_many(999, [CORPUS / "good" / "libreoffice-writer.pdf"])


def test_cli_several_files_one_line_per_refusal(cli_vault: object) -> None:
    cli = cli_vault
    cid = cli.ok("add", "--first-name", "Many", "--last-name", "Files").strip()  # type: ignore[attr-defined]
    bad = CORPUS / "bad"
    files = [
        CORPUS / "good" / "nl-zoekhulp-verslagleggen.docx",
        bad / "invoice-really-an-exe.pdf",
        bad / "docx-zip-bomb-1gb-document-xml.docx",
        bad / "pdf-flate-bomb-1gib-content.pdf",
        CORPUS / "good" / "two-column-pdflatex.pdf",
    ]
    code, out, err = cli("document", "add", cid, *map(str, files))  # type: ignore[operator]
    assert code == 1
    assert all(line.startswith("candidate-vault: ") for line in err.strip().splitlines()), err
    assert "invoice-really-an-exe.pdf: " in err and "Traceback" not in err
    assert len(out.split()) == len(files) - 1 == len(out.strip().splitlines())


def test_refused_is_still_a_one_line_error_for_one_file(vault: Vault, cid: int) -> None:
    with pytest.raises(DocumentRefused) as caught:
        vault.documents.add(cid, CORPUS / "bad" / "invoice-really-an-exe.pdf")
    assert "\n" not in str(caught.value)


def test_locking_the_vault_ends_the_idle_children(vault: Vault, cid: int, fake_child: None) -> None:
    import os

    _add(vault, cid, "words to forget")
    (pid,) = runner.POOL.idle_pids()
    vault.lock()
    assert runner.POOL.idle_pids() == []
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # reaped, not just signalled
