"""Fails a test at once when a modal dialog opens that the test did not announce.

Offscreen, nobody can click a modal dialog away: ``exec()`` (or ``QMessageBox.warning`` and the other static
helpers, or a file or input dialog) would block the test forever. The guard replaces them for the whole
session. An unannounced dialog never opens: it is recorded with its title and text, the call raises
``UnexpectedDialog`` (a slot that opened it stops there) and the test fails with that text at its end.

A test that drives a dialog on purpose says so first::

    expect_dialog(answer=QMessageBox.StandardButton.Yes)     # a button
    expect_dialog(answer=lambda dialog: dialog.name.setText("Peeters") or dialog.accept())

The dialog then opens for real and the answer is given from the event loop once it shows. Without an answer
the test answers it itself (typically from a ``QTimer.singleShot``).

This module is a pytest plugin: ``tests/gui/conftest.py`` loads its fixtures.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

Answer = QMessageBox.StandardButton | QDialogButtonBox.StandardButton | Callable[[QDialog], object] | None

_ACCEPTING = {"Ok", "Yes", "YesToAll", "Save", "Open", "Apply", "Retry"}


class UnexpectedDialog(AssertionError):
    """A modal dialog opened that the test did not expect."""


def describe(dialog: QWidget) -> str:
    """The dialog's class, title and visible text, for the failure report."""
    if isinstance(dialog, QMessageBox):
        text = dialog.text()
    else:
        text = " | ".join(label.text() for label in dialog.findChildren(QLabel) if label.text())
    return f"{type(dialog).__name__} {dialog.windowTitle()!r}: {text}"


def give(answer: Answer, dialog: QWidget) -> None:
    """Answer a dialog that is showing: call the callable, or press the button (accept or reject)."""
    if answer is None:
        return
    if not isinstance(answer, QMessageBox.StandardButton | QDialogButtonBox.StandardButton):
        answer(dialog)  # type: ignore[arg-type]
        return
    button = None
    if isinstance(dialog, QMessageBox):
        button = dialog.button(QMessageBox.StandardButton(int(answer.value)))
    else:
        box = dialog.findChild(QDialogButtonBox)
        if box is not None:
            button = box.button(QDialogButtonBox.StandardButton(int(answer.value)))
    if button is not None:
        button.click()
    elif isinstance(dialog, QDialog):
        dialog.accept() if answer.name in _ACCEPTING else dialog.reject()
    else:
        raise AssertionError(f"{answer!r} is not a button of {describe(dialog)}")


@dataclass
class ModalGuard:
    answers: deque[Answer] = field(default_factory=deque)
    unexpected: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)
    _originals: list[tuple[type, str, Any]] = field(default_factory=list)

    def expect(self, count: int = 1, answer: Answer = None) -> None:
        """Let the next ``count`` modal dialogs open, each answered with ``answer`` (None: the test does)."""
        self.answers.extend([answer] * count)

    def reset(self) -> None:
        self.answers.clear()
        self.unexpected = []
        self.seen = []

    def admit(self, description: str) -> Answer:
        """The answer announced for the dialog that is opening; raises when none was announced."""
        if self.answers:
            self.seen.append(description)
            return self.answers.popleft()
        self.unexpected.append(description)
        raise UnexpectedDialog(f"an unexpected modal dialog opened: {description}")

    def pending(self) -> int:
        return len(self.answers)

    # ---- installing ---------------------------------------------------------------------------
    def install(self) -> None:
        for cls in (QDialog, QMessageBox, QFileDialog, QInputDialog, QProgressDialog):
            self._wrap_exec(cls)
        for name in ("warning", "critical", "information", "question", "about"):
            self._wrap_static(QMessageBox, name)
        for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
            self._wrap_static(QFileDialog, name)
        for name in ("getText", "getInt", "getDouble", "getItem", "getMultiLineText"):
            self._wrap_static(QInputDialog, name)

    def uninstall(self) -> None:
        for cls, name, original in reversed(self._originals):
            setattr(cls, name, original)
        self._originals.clear()

    def _wrap_exec(self, cls: type) -> None:
        original = cls.__dict__.get("exec")
        if original is None:
            return
        guard = self

        def exec(dialog: QDialog) -> int:  # Qt's name
            answer = guard.admit(describe(dialog))
            QTimer.singleShot(0, lambda: give(answer, dialog))
            return int(original(dialog))

        self._originals.append((cls, "exec", original))
        setattr(cls, "exec", exec)  # noqa: B010

    def _wrap_static(self, cls: type, name: str) -> None:
        original: Callable[..., Any] = getattr(cls, name)
        guard = self

        def static(*args: Any, **kwargs: Any) -> Any:
            texts = [a for a in args if isinstance(a, str)]
            answer = guard.admit(f"{cls.__name__}.{name}: " + " | ".join(texts))
            # The static helper builds its dialog in C++: answer whatever is modal once it shows.
            QTimer.singleShot(0, lambda: give(answer, QApplication.activeModalWidget()))
            return original(*args, **kwargs)

        self._originals.append((cls, name, cls.__dict__[name]))
        setattr(cls, name, staticmethod(static))


# The session's one guard; helpers that answer a dialog announce it here.
GUARD = ModalGuard()


@pytest.fixture(scope="session")
def _modal_guard() -> Iterator[ModalGuard]:
    GUARD.install()
    yield GUARD
    GUARD.uninstall()


@pytest.fixture(autouse=True)
def modal_dialogs(_modal_guard: ModalGuard) -> Iterator[ModalGuard]:
    """Every test runs under the guard: an unannounced modal dialog fails it, with its title and text."""
    _modal_guard.reset()
    yield _modal_guard
    unexpected, _modal_guard.unexpected = _modal_guard.unexpected, []
    if unexpected:
        pytest.fail("unexpected modal dialog(s): " + "; ".join(unexpected), pytrace=False)


@pytest.fixture
def expect_dialog(modal_dialogs: ModalGuard) -> Callable[..., None]:
    """``expect_dialog(answer=...)``: the next modal dialog is expected and answered (see the module doc)."""

    def expect(answer: Answer = None, count: int = 1) -> None:
        modal_dialogs.expect(count, answer)

    return expect
