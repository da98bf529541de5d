"""One background thread for vault work, results delivered by signals.

Why one thread: the Vault opens a SQLAlchemy session per call and SQLite connections come from a
pool (``check_same_thread=False``); serialising all slow vault work on one worker (like Anki's
taskman) keeps the sealer's key cache and the database free of races, while the event loop stays free.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.errors import VaultError


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class Job(QObject):
    """A cancellable piece of work. ``fn(job)`` may call ``job.report`` and ``job.check``."""

    progress = Signal(int, int)  # done, total
    chunk = Signal(object)  # partial results (e.g. a batch of rows)
    finished = Signal(object)  # the return value
    failed = Signal(str)  # a one-line message (VaultError) — never a traceback
    cancelled = Signal()
    # Crossing threads, results travel boxed in a tuple: PySide6 on Python 3.11 miscounts the
    # references of a bare None sent through a queued Signal(object) (a fatal "deallocating None").
    _result = Signal(object)

    def __init__(self, fn: Callable[[Job], Any]) -> None:
        super().__init__()
        self._fn = fn
        self._cancel = threading.Event()
        self._result.connect(self._deliver)

    def _deliver(self, boxed: tuple[Any]) -> None:
        self.finished.emit(boxed[0])  # on the GUI thread: a direct call, no copy

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self._fn(self)
        except Cancelled:
            self.cancelled.emit()
        except VaultError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must not kill the thread silently; message names the type only
            self.failed.emit(type(exc).__name__)
        else:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self._result.emit((result,))


class VaultWorker(QObject):
    """Runs jobs one after another on a single Python thread (a plain ``threading.Thread``:
    PySide6 6.12 on Python 3.11 crashed with a QRunnable run from a Qt pool thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._jobs: set[Job] = set()
        self._idle = threading.Event()
        self._idle.set()
        self._thread = threading.Thread(target=self._loop, name="vault-worker", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            job.run()
            if self._queue.empty():
                self._idle.set()

    def submit(self, fn: Callable[[Job], Any]) -> Job:
        job = Job(fn)
        self._jobs.add(job)  # keep the QObject alive until it is done
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(lambda *_a, j=job: self._jobs.discard(j))
        self._idle.clear()
        self._queue.put(job)
        return job

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Cancel what is queued or running and wait until the thread is idle."""
        self.cancel_all()
        return self._idle.wait(None if msecs < 0 else msecs / 1000)
