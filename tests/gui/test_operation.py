"""The operation helper: work on the worker, then success, then one announcement of what changed."""

from __future__ import annotations

from app.errors import Refused
from app.ui.operation import ChangeBus, Changes, run_op
from app.ui.worker import VaultWorker


def test_success_then_the_changes_failure_announces_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    bus, worker = ChangeBus(), VaultWorker()
    heard: list[object] = []
    bus.changed.connect(heard.append)
    order: list[str] = []
    bus.changed.connect(lambda _c: order.append("announced"))

    with qtbot.waitSignal(bus.changed, timeout=10_000):
        run_op(
            bus,
            worker,
            lambda: 7,
            lambda n: Changes.of([n], facts=True),
            success=lambda _n: order.append("ok"),
        )
    assert heard == [Changes(frozenset({7}), facts=True)] and order == ["ok", "announced"]

    def refused() -> None:
        raise Refused("candidate 7 is under a legal hold")

    failures: list[str] = []
    job = run_op(bus, worker, refused, Changes.deleted([7]), failure=failures.append)
    with qtbot.waitSignal(job.failed, timeout=10_000):
        pass
    assert failures == ["candidate 7 is under a legal hold"] and len(heard) == 1

    job = run_op(bus, worker, lambda: None, Changes())  # nothing changed: nothing announced
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert len(heard) == 1 and not Changes()
    worker.wait()
