"""Launcher that runs ``llama_cpp.server`` in-process and dies with the app.

Run as ``python -m ava_desktop.core.local.child --parent-pid PID [--exec EXE] -- <server
args>`` (``--exec``: llama.cpp's C++ ``llama-server`` instead, see :func:`_run_native`); in a
bundled (frozen) app, which has no separate Python, as ``<app executable> --x-ava-local-server
--parent-pid PID -- <server args>`` (``ava_desktop.app.main`` dispatches on that flag).
Why a wrapper instead of ``python -m llama_cpp.server`` directly: the model server must
never outlive the app, also when the app is killed with SIGKILL (no atexit runs then).
Three independent guards, any one of which suffices:

* stdin is a pipe whose only write end lives in the app; the OS closes it when the app dies
  in any way, and a thread blocked on ``read()`` sees EOF (works on every OS);
* on Linux, ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` makes the kernel kill us with the parent;
* a thread polls ``os.getppid()`` (POSIX reparents orphans).

Settings that ``llama_cpp.server`` would read from the environment (pydantic-settings:
``API_KEY``, ``MODEL``, ``PORT``, ``CONFIG_FILE``, ...) are removed first, so a stray
variable in the user's shell cannot change the server; the API key arrives through
``AVA_LLAMA_API_KEY`` (environment, not argv, so other users cannot read it in ``ps``).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time

API_KEY_ENV = "AVA_LLAMA_API_KEY"
FROZEN_FLAG = "--x-ava-local-server"
_PR_SET_PDEATHSIG = 1


def _die() -> None:
    os._exit(0)


def _set_pdeathsig() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the other two guards still hold


def _watch_stdin() -> None:
    # Raw fd reads: a daemon thread blocked inside sys.stdin's BufferedReader would make
    # interpreter shutdown abort ("could not acquire lock for <stdin>").
    try:
        while os.read(0, 4096):
            pass
    except OSError:
        pass
    _die()


def _watch_ppid(parent_pid: int) -> None:
    while True:
        if os.getppid() != parent_pid:
            _die()
        time.sleep(0.5)


def _scrub_env() -> None:
    """Drop environment variables that llama_cpp.server would treat as settings."""
    from llama_cpp.server.settings import ConfigFileSettings, Settings

    names = {n.lower() for n in Settings.model_fields} | {
        n.lower() for n in ConfigFileSettings.model_fields
    }
    names.add("config_file")
    for key in list(os.environ):
        if key.lower() in names:
            del os.environ[key]
    api_key = os.environ.pop(API_KEY_ENV, "")
    if api_key:
        os.environ["API_KEY"] = api_key


def _scrub_llama_env() -> None:
    """llama-server reads ``LLAMA_ARG_*`` and ``LLAMA_API_KEY`` from the environment: drop
    the user's, pass ours."""
    for key in list(os.environ):
        if key.startswith("LLAMA_ARG_") or key == "LLAMA_API_KEY":
            del os.environ[key]
    api_key = os.environ.pop(API_KEY_ENV, "")
    if api_key:
        os.environ["LLAMA_API_KEY"] = api_key


def _run_native(exe: str, argv: list[str]) -> None:
    """Run llama.cpp's C++ server. Linux: become it (``execv`` keeps PR_SET_PDEATHSIG, so
    the kernel still kills it with the app). Elsewhere: supervise it, so the stdin and
    parent-pid guards of this launcher kill it when the app goes."""
    _scrub_llama_env()
    if sys.platform.startswith("linux"):
        os.execv(exe, [exe, *argv])
    import subprocess

    proc = subprocess.Popen([exe, *argv], stdin=subprocess.DEVNULL)
    global _die

    def _die() -> None:  # the guards' threads call this: take the server along
        with contextlib.suppress(OSError):
            proc.kill()
        os._exit(0)

    os._exit(proc.wait() & 0xFF)


def command_prefix(python: str | None = None) -> list[str]:
    """The argv that starts this launcher: the bundle's own executable when frozen."""
    if python is None and getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_FLAG]
    return [python or sys.executable, "-m", "ava_desktop.core.local.child"]


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    parent_pid = None
    if len(argv) >= 2 and argv[0] == "--parent-pid":
        parent_pid = int(argv[1])
        argv = argv[2:]
    native = None
    if len(argv) >= 2 and argv[0] == "--exec":
        native = argv[1]
        argv = argv[2:]
    if argv[:1] == ["--"]:
        argv = argv[1:]

    _set_pdeathsig()
    if parent_pid is not None:
        if os.getppid() != parent_pid:  # the app died before prctl took effect
            _die()
        if os.name == "posix":
            threading.Thread(target=_watch_ppid, args=(parent_pid,), daemon=True).start()
    threading.Thread(target=_watch_stdin, daemon=True).start()
    if native is not None:
        os.dup2(2, 1)
        _run_native(native, argv)
        return
    os.dup2(2, 1)  # one stream for the app to read: stdout joins stderr
    if sys.stderr is None:  # a windowed bundle (Windows, console=False) starts without them
        with contextlib.suppress(OSError):
            sys.stderr = sys.stdout = open(2, "w", buffering=1, closefd=False)  # noqa: SIM115

    _scrub_env()
    import runpy

    sys.argv = ["llama_cpp.server", *argv]
    runpy.run_module("llama_cpp.server", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
