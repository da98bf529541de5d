"""One way of running vault work from a page, in the spirit of Anki's ``CollectionOp``.

An operation runs on the worker thread, then on the GUI thread calls ``success`` with the result (or
``failure`` with the one-line message) and announces on the workspace's ``ChangeBus`` what it changed.
Each page listens to the bus and refreshes only what it shows of that: the list its rows of those
candidates, the overview its counts, the register its requests. No page reloads another by name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from app.ui.worker import Job, VaultWorker

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """What an operation changed."""

    candidates: frozenset[int] = frozenset()  # profile, records or facts of these candidates
    facts: bool = False  # retention states or due dates (the overview, the list's state, the reminders)
    requests: bool = False  # the rights register
    purged: frozenset[int] = frozenset()  # deleted for good

    @classmethod
    def of(cls, ids: Iterable[int] = (), *, facts: bool = False, requests: bool = False) -> Changes:
        return cls(frozenset(ids), facts, requests)

    @classmethod
    def deleted(cls, ids: Iterable[int]) -> Changes:
        """A purge: the candidates are gone, states and the register change with them."""
        return cls(frozenset(), True, True, frozenset(ids))

    def __bool__(self) -> bool:
        return bool(self.candidates or self.facts or self.requests or self.purged)


class ChangeBus(QObject):
    changed = Signal(object)  # Changes

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


def run_op(
    bus: ChangeBus,
    worker: VaultWorker,
    work: Callable[[], T],
    changes: Changes | Callable[[T], Changes],
    *,
    success: Callable[[T], Any] | None = None,
    failure: Callable[[str], Any] | None = None,
) -> Job:
    """Run ``work`` on the worker; on success call ``success(result)``, then announce the changes."""

    def done(result: T) -> None:
        if success is not None:
            success(result)
        bus.announce(changes(result) if callable(changes) else changes)

    job = worker.submit(lambda _job: work())
    job.finished.connect(done)
    if failure is not None:
        job.failed.connect(failure)
    return job
