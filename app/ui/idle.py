"""Auto-lock: a single-shot timer restarted by any user input anywhere in the application."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``interval_ms`` without keyboard, mouse or touch input."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.timeout)

    def set_interval(self, interval_ms: int) -> None:
        self.timer.setInterval(interval_ms)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def timeout(self) -> None:
        self.timer.stop()
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Restarting an active timer is cheap; inactive means locked, and input then must not re-arm it.
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False
