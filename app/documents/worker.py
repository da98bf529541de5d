"""One warm extraction child: started once, it reads file after file, each with its own limits.

Starting Python and importing pypdf, python-docx, Pillow and pypdfium2 costs 0.2–0.3 s, more than
extracting a typical CV; a warm child pays it once. Each request still has the wall-clock limit (the
parent kills the child's whole process group on expiry), and the child gives every file the same CPU
and memory headroom a fresh child would have, retiring itself when it cannot (see ``sandbox``).
A child that crashed, timed out or answered garbage is never asked again.

Framing on the pipes: request = JSON header line + the file's bytes; answer = ``<length>\\n<JSON>``.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import threading
from collections.abc import Hashable, Sequence
from typing import IO, Any

MAX_ANSWER_LINE = 32  # "<length>\n": anything longer is not our child talking


class ChildFailed(Exception):
    """The child is gone or broke the protocol; ``returncode`` says how it ended (None: unknown)."""

    def __init__(self, returncode: int | None) -> None:
        super().__init__(returncode)
        self.returncode = returncode


class ChildTimedOut(Exception):
    """The answer did not come within the wall-clock limit; the child has been killed."""


class Worker:
    def __init__(self, command: Sequence[str], env: dict[str, str], key: Hashable) -> None:
        self.key = key  # command, limits and environment it was started for: reused only for the same
        self.proc = subprocess.Popen(
            list(command),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # may hold library warnings quoting the document: never kept
            env=env,
            start_new_session=os.name == "posix",  # its own process group: a kill reaches Tesseract too
        )
        self.usable = True

    def ask(self, header: dict[str, Any], data: bytes, timeout: float) -> dict[str, Any]:
        """Send one file, return the child's answer; raises ChildTimedOut or ChildFailed."""
        request = json.dumps(header).encode("utf-8") + b"\n" + data
        got: dict[str, bytes] = {}
        # Writing and reading in a helper thread: a child that stops reading or answering cannot
        # block the caller beyond the timeout (and this works the same on Windows, unlike select()).
        talk = threading.Thread(target=self._talk, args=(request, got), daemon=True)
        talk.start()
        talk.join(timeout)
        if talk.is_alive():
            self._stop()  # the dead child's pipes give the helper thread EOF or EPIPE
            talk.join()
            self.close()
            raise ChildTimedOut
        answer = got.get("answer")
        if answer is None:
            self.usable = False
            raise ChildFailed(self._end_code())
        try:
            parsed = json.loads(answer.decode("utf-8"))
            if not isinstance(parsed, dict):
                raise ValueError
        except ValueError:
            self.close()
            raise ChildFailed(None) from None
        if parsed.get("retire"):
            self.usable = False  # the child exits by itself after saying so
        return parsed

    def _talk(self, request: bytes, got: dict[str, bytes]) -> None:
        stdin, stdout = self._pipes()
        try:
            stdin.write(request)
            stdin.flush()
            line = stdout.readline(MAX_ANSWER_LINE)
            size = int(line)
            answer = stdout.read(size)
            if len(answer) == size:
                got["answer"] = answer
        except (OSError, ValueError):
            pass

    def _pipes(self) -> tuple[IO[bytes], IO[bytes]]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        return self.proc.stdin, self.proc.stdout

    def _end_code(self) -> int | None:
        """How the child ended, once it stopped talking (killed if it lingers)."""
        try:
            return self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.close()
            return None

    def close(self) -> None:
        """Stop the child (an idle one holds nothing worth waiting for) and release the pipes."""
        self._stop()
        for pipe in self._pipes():
            with contextlib.suppress(OSError):
                pipe.close()

    def _stop(self) -> None:
        """Kill the child and everything it started (Tesseract), and reap it."""
        self.usable = False
        if self.proc.poll() is None:
            try:
                if os.name == "posix":
                    os.killpg(self.proc.pid, signal.SIGKILL)
                else:
                    self.proc.kill()
            except (ProcessLookupError, PermissionError):
                pass
        self.proc.wait()
