"""The parent's side of extraction: start the child, pipe the bytes in, read the answer, enforce time."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

from app.documents import outcome as oc
from app.documents.limits import Limits
from app.documents.sniff import Sniffed


def child_command() -> list[str]:
    return [sys.executable, "-m", "app.documents.sandbox"]


def run_extraction(data: bytes, sniffed: Sniffed, limits: Limits) -> oc.Extraction:
    header = {
        "format": sniffed.format,
        "encoding": sniffed.encoding,
        "size": len(data),
        "limits": limits.as_dict(),
    }
    request = json.dumps(header).encode("utf-8") + b"\n" + data
    env = {**os.environ, "OMP_THREAD_LIMIT": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.Popen(
        child_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # may hold library warnings quoting the document: never kept
        env=env,
        start_new_session=os.name == "posix",  # its own process group: a kill reaches Tesseract too
    )
    try:
        out, _ = proc.communicate(request, timeout=limits.extract_seconds)
    except subprocess.TimeoutExpired:
        _kill(proc)
        proc.communicate()
        return oc.Extraction(
            oc.NO_TEXT, "", [f"text extraction took longer than {limits.extract_seconds} s and was stopped"]
        )
    finally:
        if proc.poll() is None:
            _kill(proc)
            proc.wait()
    if proc.returncode != 0:
        return oc.Extraction(oc.NO_TEXT, "", [_crash_reason(proc.returncode, limits)])
    try:
        return oc.Extraction.from_json(json.loads(out.decode("utf-8")))
    except (ValueError, KeyError, TypeError):
        return oc.Extraction(oc.NO_TEXT, "", ["the text extractor gave no usable answer"])


def _kill(proc: subprocess.Popen[bytes]) -> None:
    try:
        if os.name == "posix":
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except (ProcessLookupError, PermissionError):
        pass


def _crash_reason(code: int, limits: Limits) -> str:
    if code == -getattr(signal, "SIGXCPU", 24):
        return f"text extraction used more than {limits.extract_seconds} s of CPU and was stopped"
    if code < 0:
        return f"the text extractor crashed on this file (signal {-code})"
    return f"the text extractor failed on this file (exit code {code}, limit {limits.extract_memory_mb} MB)"
