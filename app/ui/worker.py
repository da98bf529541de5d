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
    """A cancellable piece of work. ``fn(job)`` may call ``job.report``, ``job.emit_chunk``, ``job.check``.

    The public signals are always emitted on the GUI thread: the worker emits private signals that are
    queued to the Job (which lives on the GUI thread) and re-emitted there. So a caller may connect
    after ``submit`` without missing anything, and results cross threads boxed in a tuple.
    """

    progress = Signal(int, int)  # done, total
    chunk = Signal(object)  # partial results (e.g. a batch of rows)
    finished = Signal(object)  # the return value
    failed = Signal(str)  # a one-line message (VaultError) — never a traceback
    cancelled = Signal()

    _progress = Signal(int, int)
    _chunk = Signal(object)
    _result = Signal(object)
    _failed = Signal(str)
    _cancelled = Signal()

    def __init__(self, fn: Callable[[Job], Any]) -> None:
        super().__init__()
        self._fn = fn
        self._cancel = threading.Event()
        self._progress.connect(self.progress)
        self._chunk.connect(lambda boxed: self.chunk.emit(boxed[0]))
        self._result.connect(lambda boxed: self.finished.emit(boxed[0]))
        self._failed.connect(self.failed)
        self._cancelled.connect(self.cancelled)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int) -> None:
        self._progress.emit(done, total)

    def emit_chunk(self, value: Any) -> None:
        self._chunk.emit((value,))

    def run(self) -> None:
        """Called on the worker thread."""
        try:
            result = self._fn(self)
        except Cancelled:
            self._cancelled.emit()
        except VaultError as exc:
            self._failed.emit(str(exc))
        except Exception as exc:
            self._failed.emit(type(exc).__name__)
        else:
            if self._cancel.is_set():
                self._cancelled.emit()
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
