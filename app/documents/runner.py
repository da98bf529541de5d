"""The parent's side of extraction: lend a warm child (``worker``) one file, enforce time, read the answer.

Children are kept in a small pool, one per core at most, so that a batch import can extract on every
core; a single import uses one. A child gets a clean environment (``environment``: no secret of ours)
and is reused only for the same command, limits and environment (a changed setting or PATH gets a
fresh one), and is dropped when it crashed, timed out, answered garbage or retired itself; the next
file then gets a new child, so one file's failure never reaches the next file.
"""

from __future__ import annotations

import atexit
import os
import signal
import sys
import threading
from collections.abc import Hashable

from app.documents import outcome as oc
from app.documents.environment import child_environment
from app.documents.limits import Limits
from app.documents.sniff import Sniffed
from app.documents.worker import ChildFailed, ChildTimedOut, Worker


def child_command() -> list[str]:
    return [sys.executable, "-m", "app.documents.sandbox"]


def pool_size() -> int:
    return max(1, min(2, os.cpu_count() or 1))


class Pool:
    """Idle warm children; borrowing one that does not fit the request starts a new one."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._idle: list[Worker] = []
        self._lock = threading.Lock()

    def borrow(self, key: Hashable) -> Worker:
        stale: list[Worker] = []
        found = None
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.key == key and worker.proc.poll() is None:
                    found = worker
                    break
                stale.append(worker)
        for worker in stale:
            worker.close()
        if found is not None:
            return found
        return Worker(child_command(), child_environment(), key)

    def give_back(self, worker: Worker) -> None:
        if worker.usable:
            with self._lock:
                if len(self._idle) < self.size:
                    self._idle.append(worker)
                    return
        worker.close()

    def idle_pids(self) -> list[int]:
        """Process ids of the idle children (to tell a reused child from a new one)."""
        with self._lock:
            return [worker.proc.pid for worker in self._idle]

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.close()


POOL = Pool(pool_size())
atexit.register(POOL.close)


def _key(limits: Limits) -> Hashable:
    return (tuple(child_command()), limits, tuple(sorted(child_environment().items())))


def run_extraction(data: bytes, sniffed: Sniffed, limits: Limits) -> oc.Extraction:
    header = {
        "format": sniffed.format,
        "encoding": sniffed.encoding,
        "size": len(data),
        "limits": limits.as_dict(),
    }
    worker = POOL.borrow(_key(limits))
    try:
        answer = worker.ask(header, data, timeout=limits.extract_seconds)
    except ChildTimedOut:
        return oc.Extraction(
            oc.NO_TEXT, "", [f"text extraction took longer than {limits.extract_seconds} s and was stopped"]
        )
    except ChildFailed as exc:
        if exc.returncode is None or exc.returncode == 0:
            return oc.Extraction(oc.NO_TEXT, "", ["the text extractor gave no usable answer"])
        return oc.Extraction(oc.NO_TEXT, "", [_crash_reason(exc.returncode, limits)])
    finally:
        POOL.give_back(worker)
    try:
        return oc.Extraction.from_json(answer)
    except (ValueError, KeyError, TypeError):
        return oc.Extraction(oc.NO_TEXT, "", ["the text extractor gave no usable answer"])


def _crash_reason(code: int, limits: Limits) -> str:
    if code == -getattr(signal, "SIGXCPU", 24):
        return f"text extraction used more than {limits.extract_seconds} s of CPU and was stopped"
    if code < 0:
        return f"the text extractor crashed on this file (signal {-code})"
    return f"the text extractor failed on this file (exit code {code}, limit {limits.extract_memory_mb} MB)"
