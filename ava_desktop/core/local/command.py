"""The command line of the local model server, for either of its two implementations.

* ``llama_cpp.server`` (llama-cpp-python, Python): what a pip install with the ``local``
  extra runs, through the launcher in :mod:`.child`.
* llama.cpp's own C++ ``llama-server``: what the bundle ships (one static executable instead
  of llama-cpp-python, numpy, uvicorn, FastAPI and pydantic, ~45 MB less). The same
  launcher starts it with ``--exec``: it sets the die-with-parent guards, then becomes it.

Both get the same port, API key (environment, never argv), context size, threads and GPU
layers, and both serve the OpenAI API with the model id as alias. The options, the port and
the environment they start with are made here too.
"""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .child import API_KEY_ENV, command_prefix
from .vision import vision_args

LLAMA_SERVER_DIR = "llama.cpp"  # in a bundle: <bundle>/_internal/llama.cpp/llama-server
LLAMA_SERVER_EXE = "llama-server.exe" if os.name == "nt" else "llama-server"


@dataclass(frozen=True, slots=True)
class ServerOptions:
    """What a server was started with; ``restart`` reuses it."""

    n_ctx: int = 2048
    n_threads: int | None = None
    n_gpu_layers: int = 0
    extra_args: tuple[str, ...] = field(default=())


def default_threads() -> int:
    """All usable cores but one, so the window stays responsive while the model works."""
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:
        n = os.cpu_count() or 1
    return max(1, n - 1)


def free_port() -> int:
    """A TCP port that is free on 127.0.0.1 right now (``start`` retries if it gets taken)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def child_env(api_key: str) -> dict[str, str]:
    """The server's environment: ours, its API key (never in argv), unbuffered output."""
    env = dict(os.environ)
    env[API_KEY_ENV] = api_key
    env["PYTHONUNBUFFERED"] = "1"
    # Let the child import ava_desktop even when the app runs from a source tree; appended,
    # so it never shadows anything the interpreter would find on its own.
    root = str(Path(__file__).resolve().parents[3])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (env.get("PYTHONPATH"), root) if p)
    return env


@dataclass(frozen=True, slots=True)
class ServerCommand:
    """What to run: the launcher's own arguments come first, the server's after ``--``."""

    model: Path
    model_id: str
    port: int
    n_ctx: int
    threads: int
    n_gpu_layers: int
    projector: Path | None = None
    extra_args: tuple[str, ...] = ()


def bundled_llama_server() -> Path | None:
    """The C++ ``llama-server`` a bundle carries (None when not frozen or not shipped)."""
    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not base:
        return None
    exe = Path(base) / LLAMA_SERVER_DIR / LLAMA_SERVER_EXE
    return exe if exe.is_file() and os.access(exe, os.X_OK) else None


def build(cmd: ServerCommand, *, python: str | None, llama_server: Path | None) -> list[str]:
    """The argv for ``subprocess.Popen``: ``llama_server`` set runs that executable, else
    ``llama_cpp.server`` in ``python`` (None: this interpreter or the bundle)."""
    head = [*command_prefix(python), "--parent-pid", str(os.getpid())]
    vision = vision_args(cmd.model, cmd.projector, llama_server=llama_server is not None)
    if llama_server is not None:
        return [
            *head, "--exec", str(llama_server), "--",
            "--host", "127.0.0.1",
            "--port", str(cmd.port),
            "--model", str(cmd.model),
            "--alias", cmd.model_id,
            "--ctx-size", str(cmd.n_ctx),
            "--threads", str(cmd.threads),
            "--threads-batch", str(cmd.threads),
            "--n-gpu-layers", str(cmd.n_gpu_layers),
            # one slot with the whole context (the Python server's behaviour); a second
            # request waits for the first instead of sharing the KV cache
            "--parallel", "1",
            "--no-webui",
            *vision,
            *cmd.extra_args,
        ]  # fmt: skip
    return [
        *head, "--",
        "--host", "127.0.0.1",
        "--port", str(cmd.port),
        "--model", str(cmd.model),
        "--model_alias", cmd.model_id,
        "--n_ctx", str(cmd.n_ctx),
        "--n_threads", str(cmd.threads),
        "--n_threads_batch", str(cmd.threads),
        "--n_gpu_layers", str(cmd.n_gpu_layers),
        # By default a second request aborts the running stream; queue it instead.
        "--interrupt_requests", "False",
        *vision,
        *cmd.extra_args,
    ]  # fmt: skip
