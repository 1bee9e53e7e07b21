"""A llama.cpp model server (``llama_cpp.server``) run as a child process of the app.

Why a child process and not llama-cpp-python in a thread: a bad GGUF file or an out-of-memory
abort in llama.cpp kills the process it runs in; in a child that becomes an inline error with
Retry instead of a vanished window. The app talks to it over loopback HTTP with the ordinary
OpenAI-compatible provider.

Nothing here blocks the event loop: the process is spawned with ``subprocess.Popen`` (a fork
is ~ms), one daemon thread drains its output (so the pipe never fills) and reports the exit
code back to the loop with ``call_soon_threadsafe``; readiness is polled with aiohttp. This
works with any asyncio loop, including qasync's, without needing loop subprocess support.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import os
import secrets
import subprocess
import threading
import weakref
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ava_desktop.core.notice import Notice

from .command import (
    ServerCommand,
    ServerOptions,
    build,
    bundled_llama_server,
    child_env,
    default_threads,
    free_port,
)
from .models import is_gguf, model_name
from .server_log import STAGES, LocalServerError, ModelLoadError, PortTaken, startup_failure
from .tokenize import TokenizerClient
from .vision import find_projector

if TYPE_CHECKING:  # imported where used: not before the first paint
    import aiohttp

ProgressCallback = Callable[[str, float], None]
"""``on_progress(message, fraction)``: called on the loop, fraction rises from 0 to 1."""

_live: weakref.WeakSet[LocalServer] = weakref.WeakSet()


class LocalServer:
    """One ``llama_cpp.server`` child process serving one GGUF model on 127.0.0.1.

    Use from a single event loop::

        server = LocalServer()
        await server.start(path, on_progress=lambda msg, frac: ...)
        provider(base_url=server.base_url, api_key=server.api_key, model=server.model_id)
        ...
        await server.stop()

    Start it from the loop's (main) thread: on Linux the child is killed when the thread that
    spawned it exits (PR_SET_PDEATHSIG semantics).
    """

    def __init__(
        self,
        *,
        ready_timeout: float = 120.0,
        stop_grace: float = 2.0,
        python: str | None = None,
        llama_server: str | os.PathLike[str] | None = None,
        log_lines: int = 200,
    ) -> None:
        self.ready_timeout = ready_timeout
        self.stop_grace = stop_grace
        self.python = python  # None: this interpreter, or the bundle's executable
        # llama.cpp's C++ server instead of llama_cpp.server (a bundle ships it)
        exe = llama_server if llama_server is not None else bundled_llama_server()
        self.llama_server = Path(exe) if exe is not None else None
        self._projector: Path | None = None
        self._log: deque[str] = deque(maxlen=log_lines)
        self._proc: subprocess.Popen[bytes] | None = None
        self._exit: asyncio.Future[int] | None = None
        self._ready = False
        self._port: int | None = None
        self._model_path: Path | None = None
        self._model_id: str | None = None
        self._options = ServerOptions()
        self._api_key = secrets.token_urlsafe(24)
        self._progress: ProgressCallback | None = None
        self._progress_frac = 0.0

    # ---- state -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True once the server answered and until it exits or is stopped."""
        return self._ready and self._exit is not None and not self._exit.done()

    @property
    def base_url(self) -> str | None:
        """``http://127.0.0.1:PORT/v1`` while running (what an OpenAI client wants), else None."""
        return f"http://127.0.0.1:{self._port}/v1" if self.running else None

    @property
    def api_key(self) -> str:
        """Bearer token the server requires; keeps other local users and web pages out."""
        return self._api_key

    @property
    def model_id(self) -> str | None:
        """The model id ``/v1/models`` reports (the alias); send it as ``model``."""
        return self._model_id

    @property
    def model_path(self) -> Path | None:
        return self._model_path

    @property
    def projector(self) -> Path | None:
        """The vision projector (``mmproj``) loaded with the model, if one was paired."""
        return self._projector

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    @property
    def returncode(self) -> int | None:
        """Exit status once the child has exited (negative: killed by that signal)."""
        if self._exit is not None and self._exit.done() and not self._exit.cancelled():
            return self._exit.result()
        return None

    def log_tail(self, lines: int = 20) -> str:
        """The last lines the server wrote (llama.cpp and uvicorn logs), for error reports."""
        return "\n".join(list(self._log)[-lines:])

    async def wait_exit(self) -> int:
        """Wait until the child exits (crash, kill, or ``stop``) and return its exit status."""
        if self._exit is None:
            raise LocalServerError(Notice("local_not_running"))
        return await asyncio.shield(self._exit)

    def tokenizer(self, timeout: float = 3.0) -> TokenizerClient | None:
        """A token counter with this server's model (``/extras/tokenize``); None unless
        running."""
        if self.base_url is None:
            return None
        return TokenizerClient(self.base_url, self._api_key, model=self._model_id,
                               timeout=timeout)

    async def tokenize(self, text: str, *, timeout: float = 3.0) -> list[int]:
        """The model's token ids for ``text``; raises TokenizeError (or LocalServerError
        when not running)."""
        client = self.tokenizer(timeout)
        if client is None:
            raise LocalServerError(Notice("local_not_running"))
        return await client.tokenize(text)

    # ---- lifecycle ---------------------------------------------------------------------

    async def start(
        self,
        model_path: str | os.PathLike[str],
        *,
        n_ctx: int = 2048,
        n_threads: int | None = None,
        n_gpu_layers: int = 0,
        alias: str | None = None,
        on_progress: ProgressCallback | None = None,
        extra_args: Sequence[str] = (),
    ) -> None:
        """Launch the server for ``model_path`` and return once ``/v1/models`` answers.

        Raises ModelLoadError if the file is not GGUF or the server dies while loading it,
        LocalServerError on timeout. To abort a start (user picked another model), cancel
        the task running it: that kills the half-started child. Not reentrant: callers
        serialise start/stop/restart.
        """
        if self._proc is not None and self.returncode is None:
            raise LocalServerError("local model server already running; use restart()")
        path = Path(model_path).expanduser().absolute()  # never an argv "-..." option
        if not path.is_file():
            raise ModelLoadError(Notice("local_not_found", {"name": path.name}))
        if not is_gguf(path):
            raise ModelLoadError(Notice("local_not_gguf", {"name": path.name}))
        self._options = ServerOptions(n_ctx, n_threads, n_gpu_layers, tuple(extra_args))
        self._model_path = path
        self._model_id = alias or model_name(path)
        self._projector = find_projector(path)
        self._progress = on_progress
        self._progress_frac = 0.0
        try:
            for attempt in range(3):
                self._emit("Starting model server", 0.05)
                self._spawn(free_port())
                try:
                    await self._wait_ready()
                except PortTaken:
                    if attempt == 2:
                        raise LocalServerError(Notice("local_no_port")) from None
                    continue
                break
        except BaseException:
            await self._terminate()
            self._model_id = None
            raise
        finally:
            self._progress = None

    async def stop(self) -> None:
        """End the server and wait for it: close its stdin (it exits at once), then SIGTERM,
        then SIGKILL, ``stop_grace / 2`` seconds apart. Safe to call twice or before start."""
        await self._terminate()

    async def restart(self, model_path: str | os.PathLike[str] | None = None, **kwargs) -> None:
        """Stop, then start again (another model, or new settings) with the previous options
        unless overridden in ``kwargs`` (same keywords as ``start``)."""
        path = model_path if model_path is not None else self._model_path
        if path is None:
            raise LocalServerError("no model to restart")
        opts = self._options
        merged = {
            "n_ctx": opts.n_ctx,
            "n_threads": opts.n_threads,
            "n_gpu_layers": opts.n_gpu_layers,
            "extra_args": opts.extra_args,
        }
        merged.update(kwargs)
        await self.stop()
        await self.start(path, **merged)

    # ---- internals ---------------------------------------------------------------------

    def _command(self, port: int) -> list[str]:
        assert self._model_path is not None and self._model_id is not None
        o = self._options
        cmd = ServerCommand(self._model_path, self._model_id, port, o.n_ctx,
                            o.n_threads or default_threads(), o.n_gpu_layers,
                            self._projector, o.extra_args)
        return build(cmd, python=self.python, llama_server=self.llama_server)

    def _spawn(self, port: int) -> None:
        loop = asyncio.get_running_loop()
        self._log.clear()
        self._ready = False
        self._port = port
        kwargs: dict = {}
        if os.name == "posix":
            kwargs["start_new_session"] = True  # Ctrl+C in a terminal reaches only the app
        else:
            kwargs["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP
        proc = subprocess.Popen(
            self._command(port),
            stdin=subprocess.PIPE,  # the child exits when this pipe closes (app died)
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=child_env(self._api_key),
            **kwargs,
        )
        exit_fut: asyncio.Future[int] = loop.create_future()
        self._proc, self._exit = proc, exit_fut
        _live.add(self)
        threading.Thread(
            target=self._drain, args=(proc, loop, exit_fut), name="llama-server-log", daemon=True
        ).start()

    def _drain(
        self, proc: subprocess.Popen[bytes], loop: asyncio.AbstractEventLoop, fut: asyncio.Future
    ) -> None:
        """Reader thread: keep the pipe empty, note progress, report the exit to the loop."""
        assert proc.stderr is not None
        stage = 0
        for raw in proc.stderr:
            line = raw.decode("utf-8", "replace").rstrip()
            self._log.append(line)
            while stage < len(STAGES) and STAGES[stage][0].search(line):
                _, msg, frac = STAGES[stage]
                stage += 1
                with contextlib.suppress(RuntimeError):  # loop already closed
                    loop.call_soon_threadsafe(self._emit, msg, frac)
        proc.stderr.close()
        rc = proc.wait()
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(_on_exit, proc, fut, rc)

    def _emit(self, message: str, fraction: float) -> None:
        if self._progress is not None and fraction >= self._progress_frac:
            self._progress_frac = fraction
            self._progress(message, fraction)

    async def _wait_ready(self) -> None:
        import aiohttp
        assert self._exit is not None
        exit_fut = self._exit
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.ready_timeout
        url = f"http://127.0.0.1:{self._port}/v1/models"
        headers = {"Authorization": f"Bearer {self._api_key}"}
        # trust_env=False: a proxy from the environment must never see loopback traffic.
        timeout = aiohttp.ClientTimeout(total=5)
        async with aiohttp.ClientSession(timeout=timeout, trust_env=False) as session:
            while True:
                # Race each probe against the child's exit: if another program holds the
                # port and accepts but never answers, the exit is what we must notice.
                probe = asyncio.ensure_future(self._probe(session, url, headers))
                try:
                    await asyncio.wait({probe, exit_fut}, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    if not probe.done():
                        probe.cancel()
                        with contextlib.suppress(asyncio.CancelledError):
                            await probe
                if probe.done() and not probe.cancelled() and probe.result():
                    self._ready = True
                    if self._progress is not None:
                        self._progress("Model ready", 1.0)
                    return
                if exit_fut.done():
                    raise self._startup_failure()
                if loop.time() > deadline:
                    raise LocalServerError(
                        Notice("local_no_answer", {"seconds": round(self.ready_timeout),
                                                   "name": str(self._model_id)}),
                        self.log_tail(40),
                    )
                await asyncio.wait({exit_fut}, timeout=0.1)

    async def _probe(
        self, session: aiohttp.ClientSession, url: str, headers: dict[str, str]
    ) -> bool:
        """True if our server (it lists our model id) answers ``/v1/models``."""
        import aiohttp
        try:
            async with session.get(url, headers=headers) as resp:
                if resp.status != 200:
                    return False
                data = await resp.json()
        except (TimeoutError, aiohttp.ClientError, ValueError):
            return False
        models = data.get("data") if isinstance(data, dict) else None
        return any(isinstance(m, dict) and m.get("id") == self._model_id for m in models or ())

    def _startup_failure(self) -> Exception:
        name = str(self._model_path.name if self._model_path else self._model_id)
        return startup_failure(self.log_tail(60), name, self.returncode)

    async def _terminate(self) -> None:
        """Closing stdin makes the launcher exit at once (uvicorn's own SIGTERM handling
        would first wait for running streams); SIGTERM and SIGKILL are the fallbacks."""
        proc, fut = self._proc, self._exit
        self._ready = False
        if proc is None or fut is None:
            return
        try:
            # llama-server (exec'd by the launcher) does not read stdin: SIGTERM it first
            steps = (self._close_stdin, proc.terminate, proc.kill)
            for step in steps[1:] if self.llama_server is not None else steps:
                if fut.done():
                    break
                with contextlib.suppress(OSError):
                    step()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(asyncio.shield(fut), self.stop_grace / 2)
            await asyncio.wait_for(asyncio.shield(fut), 10)
        finally:
            self._close_stdin()
            _live.discard(self)

    def _close_stdin(self) -> None:
        if self._proc is not None and self._proc.stdin is not None:
            with contextlib.suppress(OSError):
                self._proc.stdin.close()


def _on_exit(proc: subprocess.Popen[bytes], fut: asyncio.Future[int], rc: int) -> None:
    if proc.stdin is not None:
        with contextlib.suppress(OSError):
            proc.stdin.close()
    if not fut.done():
        fut.set_result(rc)


@atexit.register
def _kill_leftovers() -> None:
    """Normal interpreter exit without ``stop()``: kill servers now instead of waiting for
    them to notice the closed stdin pipe."""
    for server in list(_live):
        proc = server._proc
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(OSError):
                proc.kill()
