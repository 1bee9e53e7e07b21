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
IN_FLIGHT = 4  # formulas sent to the child ahead of their turn
MAX_DEATHS = 3  # a child that dies this often in a row is not started again
NICENESS = 5
STARTUP_S = 20.0  # a child that has not started by then is killed (counts as a death)
MEMORY_LIMIT = 1 << 30  # address space of the child, where the platform supports it
FROZEN_FLAG = "--x-ava-math-worker"  # = ava_desktop.app.MATH_WORKER_FLAG

Key = tuple[str, bool]  # (LaTeX source, display)
Result = MathSvg | str  # a laid-out formula, or why it failed


def serve(stdin: IO[str], stdout: IO[str]) -> None:
    """The child: one JSON request per line in, one JSON answer per line out."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):
        pass
    with contextlib.suppress(AttributeError, OSError):
        os.nice(NICENESS)  # background work: on a busy machine the window comes first
    with contextlib.suppress(ValueError):
        render_svg("x", False)  # imports and font loading: not part of a formula's budget
    stdout.write(json.dumps({"ready": True}) + "\n")
    stdout.flush()
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


def _read_lines(pipe: IO[str], out: queue.Queue, clock: Callable[[], float]) -> None:
    """Reader thread: (arrival time, answer) into ``out``; (time, None) when the child is
    gone. The arrival time is when the child started on the next formula sent ahead."""
    try:
        for line in pipe:
            out.put((clock(), line))
    except (OSError, ValueError):
        pass
    finally:
        out.put((clock(), None))
        pipe.close()


class MathWorker:
    """Queue formulas with :meth:`submit`, collect them with :meth:`poll`.

    Up to :data:`IN_FLIGHT` formulas are sent ahead, so the child goes on to the next one
    without waiting for the caller's next poll (a poll every 15 ms would otherwise cap it at
    ~66 formulas a second, slower than a model writes them). Answers come back in order;
    each formula's budget starts when the child starts on it (its own start-up, imports and
    font, is not counted: a loaded machine would otherwise fail the first formula).
    """

    def __init__(self, timeout_s: float = TIMEOUT_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.timeout_s = timeout_s
        self._clock = clock
        self._queue: deque[Key] = deque()
        self._queued: set[Key] = set()
        self._in_flight: deque[tuple[Key, float]] = deque()  # (formula, time sent)
        self._sent: set[Key] = set()
        self._started = 0.0  # when the child started on the first formula in flight
        self._proc: subprocess.Popen | None = None
        self._answers: queue.Queue = queue.Queue()
        self._failed: list[tuple[Key, Result]] = []
        self.restarts = 0
        self._deaths = 0  # children in a row that died without answering
        self._ready = False  # the current child has said it started

    @property
    def busy(self) -> bool:
        return bool(self._in_flight) or bool(self._queue) or bool(self._failed)

    def submit(self, source: str, display: bool) -> bool:
        """Queue a formula (once); False when the queue is full."""
        key = (source, display)
        if key in self._queued or key in self._sent:
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
        while self._in_flight:
            key = self._in_flight[0][0]
            try:
                arrived, line = self._answers.get_nowait()
                ready = True
            except queue.Empty:
                arrived, line, ready = 0.0, None, False
            if ready and not self._ready:  # the child's first line says it has started
                self._ready = _decode(line) == {"ready": True}
                if not self._ready:
                    self._deaths += 1
                    self._restart()
                    continue
                self._started = max(arrived, self._in_flight[0][1])
            elif ready:
                self._done_with_head(arrived)
                answer = _decode(line)
                if answer is None:
                    self._deaths += 1
                    self._restart()
                    out.append((key, "The math renderer stopped on this formula"))
                elif "error" in answer:
                    out.append((key, str(answer["error"])))
                else:
                    self._deaths = 0
                    out.append((key, MathSvg(answer["svg"], answer["w"], answer["h"],
                                             answer["a"])))
            elif not self._ready and self._clock() - self._started > STARTUP_S:
                self._deaths += 1  # never started: everything waits for the next child
                self._restart()
            elif self._ready and self._clock() - self._started > self.timeout_s:
                self._done_with_head(self._clock())
                self._restart()
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
        self._in_flight.clear()
        self._sent.clear()
        self._stop()

    # -- internals ------------------------------------------------------------------------
    def _done_with_head(self, at: float) -> None:
        """The first formula in flight is answered (or given up) at ``at``: the child
        starts on the next one then, or when it was sent if that was later."""
        key, _sent_at = self._in_flight.popleft()
        self._sent.discard(key)
        if self._in_flight:
            self._started = max(at, self._in_flight[0][1])

    def _restart(self) -> None:
        """Kill the child; formulas sent ahead go back to the front of the queue."""
        self._stop()
        for key, _sent_at in reversed(self._in_flight):
            self._queue.appendleft(key)
            self._queued.add(key)
        self._in_flight.clear()
        self._sent.clear()

    def _pump(self) -> None:
        while len(self._in_flight) < IN_FLIGHT and self._queue:
            key = self._queue.popleft()
            self._queued.discard(key)
            try:
                if self._proc is None:
                    self._start()
                assert self._proc is not None and self._proc.stdin is not None
                self._proc.stdin.write(json.dumps({"s": key[0], "d": key[1]}) + "\n")
                self._proc.stdin.flush()
            except _Unavailable as exc:
                self._failed.append((key, str(exc)))
                continue
            except (OSError, ValueError) as exc:
                self._restart()
                self._failed.append((key, f"The math renderer could not start: {exc}"))
                return
            now = self._clock()
            if not self._in_flight:
                self._started = now
            self._in_flight.append((key, now))
            self._sent.add(key)

    def _start(self) -> None:
        # A fresh interpreter, not multiprocessing: spawn would re-import the caller's
        # __main__ (scripts without a main guard start over), fork is unsafe under Qt.
        command = child_command()
        if command is None or self._deaths >= MAX_DEATHS:
            raise _Unavailable("Formulas cannot be typeset: the math renderer does not start")
        env = dict(os.environ, PYTHONIOENCODING="utf-8")
        proc = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, encoding="utf-8", env=env, bufsize=1,
        )
        self._answers = queue.Queue()
        self._ready = False
        threading.Thread(target=_read_lines, args=(proc.stdout, self._answers, self._clock),
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


class _Unavailable(Exception):
    pass


def child_command() -> list[str] | None:
    """How to start the child.

    In a PyInstaller bundle ``sys.executable`` is the app itself (``-m`` would open another
    window per formula), so the bundle runs as its own worker with the hidden
    :data:`FROZEN_FLAG`, which ``ava_desktop.app.main`` dispatches to :func:`serve`.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_FLAG]
    return [sys.executable, "-m", __name__]


def _decode(line: str | None) -> dict | None:
    if line is None:
        return None
    try:
        answer = json.loads(line)
    except ValueError:
        return None
    if not isinstance(answer, dict) or not ("error" in answer or "svg" in answer
                                            or "ready" in answer):
        return None
    return answer


if __name__ == "__main__":
    serve(sys.stdin, sys.stdout)
