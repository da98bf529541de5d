"""The benchmark harness runs end to end at a tiny size and writes the JSON the issue describes.

No timing is asserted: this proves the harness works, not how fast anything is.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from benchmarks.figures import ISSUE_ORDER
from benchmarks.runner import main

# The whole harness, about a minute alone: on a loaded machine (a benchmark beside the suite) it once
# crossed the suite's 120 s hang bound, which is for hangs, not for a run this size.
HARNESS_TIMEOUT = 300


@pytest.mark.slow
@pytest.mark.timeout(HARNESS_TIMEOUT)
def test_tiny_run_fills_every_figure_or_says_why_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "results.json"
    assert main(["--size", "tiny", "--json", str(out), "--workdir", str(tmp_path / "work")]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["size"] == "tiny"
    assert {"cpu", "cores", "ram_gib", "python", "os", "sqlite"} <= set(result["machine"])
    figures = {f["name"]: f for f in result["figures"]}
    assert set(ISSUE_ORDER) <= set(figures)
    for fig in figures.values():
        assert set(fig) >= {"name", "value", "unit", "baseline", "ratio", "target", "met"}
        assert fig["value"] is not None or fig["note"].startswith("skipped"), fig
    assert all(figures[name]["value"] is not None for name in ISSUE_ORDER)  # every feature is measured
    baselined = ("open_first_page", "list_all", "encrypt_5mb", "bytes_per_candidate", "rss_gui_list")
    for name in (
        *baselined,
        "cli_start_help",
        "cli_start_status",
        "search_1w_p95",
        "search_page_p95",
        "search_2w_p95",
        "search_3w_p95",
        "import_docs",
        "purge_bulk",
        "facts_check",
    ):
        fig = figures[name]
        assert fig["value"] > 0 and fig["baseline"] > 0
        assert fig["ratio"] == pytest.approx(fig["value"] / fig["baseline"])
    if sys.platform == "linux":  # the encrypted peer (SQLCipher) installs there (pyproject's bench extra)
        for name in ("list_all", "bytes_per_candidate"):
            fig = figures[name]
            assert fig["peer"] > 0 and fig["peer_ratio"] == pytest.approx(fig["value"] / fig["peer"])
            assert fig["met"] is not None  # its target is a ratio to the peer
    assert figures["unlock_kdf"]["value"] > 0
    assert all("FAILED" not in f["note"] for f in figures.values() if f["name"].startswith("rss_cli"))
    assert figures["rss_cli_peak"]["value"] >= figures["rss_cli_list"]["value"] > 0
    printed = capsys.readouterr().out
    assert "| open_first_page |" in printed and "size tiny" in printed and "| SQLCipher (ratio) |" in printed


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.timeout(HARNESS_TIMEOUT)
def test_tiny_run_with_the_vault_on_postgresql(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--postgres``: the shared vault built on a throwaway cluster, the figures read from it, copies for
    the figures that change data; the plaintext baseline stays SQLite."""
    from tests.pg import find_bin_dir

    if find_bin_dir() is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
    names = ["list_all", "edit_one", "due_all", "purge_bulk", "facts_check", "bytes_per_candidate"]
    out = tmp_path / "results.json"
    argv = ["--size", "tiny", "--postgres", "--only", ",".join(names), "--json", str(out)]
    assert main([*argv, "--workdir", str(tmp_path / "work")]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["backend"] == "postgresql"
    figures = {f["name"]: f for f in result["figures"]}
    assert set(figures) == set(names)
    for name in names:
        assert figures[name]["value"] > 0 and figures[name]["baseline"] > 0, figures[name]
    assert not [note for note in result["notes"] if "failed" in note or "not measured" in note]
    assert "vault on postgresql" in capsys.readouterr().out


def test_the_purge_with_documents_benchmark_runs_at_a_tiny_size() -> None:
    """benchmarks/purge_documents.py (issue 21's foreign-key indexes): it runs; no timing is asserted."""
    from benchmarks.purge_documents import run

    figures = run((20, 40))
    assert figures["40"]["documents"] > 0
    assert figures["40"]["purge_per_s"] > 0 and figures["40"]["purge_per_s_without_fk_indexes"] > 0


def test_the_scaling_report_puts_each_figure_beside_its_growth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """benchmarks/scaling.py over two runs: value, ratio and growth per figure measured in both."""
    from benchmarks.scaling import main as scaling

    def run(candidates: int, purge_s: float, due_s: float | None) -> Path:
        figures = [
            {"name": "purge_all", "value": purge_s, "unit": "s", "ratio": 2.0},
            {"name": "due_all", "value": due_s, "unit": "s", "ratio": None},
        ]
        path = tmp_path / f"{candidates}.json"
        path.write_text(json.dumps({"size": "x", "candidates": candidates, "seconds": 1, "figures": figures}))
        return path

    larger, smaller = run(30_000, 6.0, None), run(10_000, 1.5, 0.2)  # due_all not measured at 30,000
    assert scaling([str(larger), str(smaller)]) == 0
    printed = capsys.readouterr().out
    header = "| figure | 10,000 | 30,000 | ratio at 10,000 | ratio at 30,000 | growth to 30,000 (data ×3) |"
    assert header in printed
    assert "| purge_all | 1.5 s | 6 s | 2× | 2× | 4× |" in printed
    assert "due_all" not in printed
