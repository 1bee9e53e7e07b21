"""Formulas laid out in a child process, one at a time, each within a time budget.

Why a process: ziamath's layout time grows exponentially with nesting (10 nested ``\\frac``
take ~4 s here) and pure Python cannot be interrupted, so a thread would keep the GIL busy
for as long as the formula takes. A process is killed when a formula overruns
:data:`TIMEOUT_S`, the formula fails with a readable reason, and a fresh process takes the
next one. The caller polls (:meth:`MathWorker.poll`, non-blocking) from its event loop.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from typing import IO, Any

from .mathsvg import MathSvg, render_svg

TIMEOUT_S = 2.0
MAX_QUEUE = 5000
MEMORY_LIMIT = 1 << 30  # address space of the child, where the platform supports it

Key = tuple[str, bool]  # (LaTeX source, display)
Result = MathSvg | str  # a laid-out formula, or why it failed


def serve(stdin: IO[str], stdout: IO[str]) -> None:
    """The child: one JSON request per line in, one JSON answer per line out."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):
        pass
    for line in stdin:
        try:
            request = json.loads(line)
            m = render_svg(str(request["s"]), bool(request["d"]))
            answer: dict[str, Any] = {"svg": m.svg, "w": m.width, "h": m.height, "a": m.ascent}
        except (ValueError, KeyError, TypeError) as exc:
            answer = {"error": str(exc) or "Cannot typeset this formula"}
        except MemoryError:
            answer = {"error": "Out of memory typesetting this formula"}
        stdout.write(json.dumps(answer) + "\n")
        stdout.flush()


def _read_lines(pipe: IO[str], out: queue.Queue) -> None:
    """Reader thread: the child's answers into ``out``; None when the child is gone."""
    try:
        for line in pipe:
            out.put(line)
    except (OSError, ValueError):
        pass
    finally:
        out.put(None)
        pipe.close()


class MathWorker:
    """Queue formulas with :meth:`submit`, collect them with :meth:`poll`."""

    def __init__(self, timeout_s: float = TIMEOUT_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.timeout_s = timeout_s
        self._clock = clock
        self._queue: deque[Key] = deque()
        self._queued: set[Key] = set()
        self._current: Key | None = None
        self._started = 0.0
        self._proc: subprocess.Popen | None = None
        self._answers: queue.Queue = queue.Queue()
        self._failed: list[tuple[Key, Result]] = []
        self.restarts = 0

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._queue) or bool(self._failed)

    def submit(self, source: str, display: bool) -> bool:
        """Queue a formula (once); False when the queue is full."""
        key = (source, display)
        if key in self._queued or key == self._current:
            return True
        if len(self._queue) >= MAX_QUEUE:
            return False
        self._queue.append(key)
        self._queued.add(key)
        self._pump()
        return True

    def poll(self) -> list[tuple[Key, Result]]:
        """Results that are ready now (never blocks); kills a formula that overran."""
        out, self._failed = self._failed, []
        while self._current is not None:
            key = self._current
            try:
                line = self._answers.get_nowait()
                ready = True
            except queue.Empty:
                line, ready = None, False
            if ready:
                self._current = None
                answer = _decode(line)
                if answer is None:
                    self._stop()
                    out.append((key, "The math renderer stopped on this formula"))
                elif "error" in answer:
                    out.append((key, str(answer["error"])))
                else:
                    out.append((key, MathSvg(answer["svg"], answer["w"], answer["h"],
                                             answer["a"])))
            elif self._clock() - self._started > self.timeout_s:
                self._current = None
                self._stop()
                self.restarts += 1
                out.append((key, f"Took longer than {self.timeout_s:g} s to typeset"))
            else:
                break
            self._pump()
        return out

    def render_all(self, items: Iterable[Key], deadline_s: float = 60.0) -> dict[Key, Result]:
        """Blocking: lay out every item (exports). Each still has its own time budget."""
        wanted = set(items)
        for source, display in wanted:
            self.submit(source, display)
        done: dict[Key, Result] = {}
        end = self._clock() + deadline_s
        while wanted - done.keys() and self._clock() < end:
            for key, result in self.poll():
                done[key] = result
            if self.busy:
                time.sleep(0.002)
        for key in wanted - done.keys():
            done[key] = "Not typeset in time"
        return done

    def close(self) -> None:
        self._queue.clear()
        self._queued.clear()
        self._current = None
        self._stop()

    # -- internals ------------------------------------------------------------------------
    def _pump(self) -> None:
        if self._current is not None or not self._queue:
            return
        key = self._queue.popleft()
        self._queued.discard(key)
        try:
            if self._proc is None:
                self._start()
            assert self._proc is not None and self._proc.stdin is not None
            self._proc.stdin.write(json.dumps({"s": key[0], "d": key[1]}) + "\n")
            self._proc.stdin.flush()
        except (OSError, ValueError) as exc:
            self._stop()
            self._failed.append((key, f"The math renderer could not start: {exc}"))
            return
        self._current = key
        self._started = self._clock()

    def _start(self) -> None:
        # A fresh interpreter, not multiprocessing: spawn would re-import the caller's
        # __main__ (scripts without a main guard start over), fork is unsafe under Qt.
        env = dict(os.environ, PYTHONIOENCODING="utf-8")
        proc = subprocess.Popen(
            [sys.executable, "-m", __name__], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, encoding="utf-8", env=env, bufsize=1,
        )
        self._answers = queue.Queue()
        threading.Thread(target=_read_lines, args=(proc.stdout, self._answers),
                         name="ava-math-reader", daemon=True).start()
        self._proc = proc

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.kill()
        proc.wait(2.0)
        if proc.stdin is not None:  # stdout is closed by its reader thread at EOF
            with contextlib.suppress(OSError):
                proc.stdin.close()


def _decode(line: str | None) -> dict | None:
    if line is None:
        return None
    try:
        answer = json.loads(line)
    except ValueError:
        return None
    if not isinstance(answer, dict) or not ("error" in answer or "svg" in answer):
        return None
    return answer


if __name__ == "__main__":
    serve(sys.stdin, sys.stdout)
