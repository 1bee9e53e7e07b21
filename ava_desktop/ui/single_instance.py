"""One running app per data folder: a second launch hands its arguments over and exits.

Why a lock *and* a socket: the lock (``flock``, dropped by the OS when a process dies, even on
SIGKILL) decides who is the running instance, so a socket file left by a crash can never
block a start — the new holder of the lock replaces it and listens afresh. The local
channel (``local_channel``: a Unix socket, a named pipe on Windows) only carries the
hand-over: one line of JSON with the second launch's files and options, answered with
``ok``. The names come from a hash of the user and the data folder, so two ``--data-dir``
run side by side.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ava_desktop.core.store.errors import StoreLockedError
from ava_desktop.core.store.lock import LockFile
from ava_desktop.ui.local_channel import Channel, Connection, default_channel

log = logging.getLogger("ava_desktop")

LOCK_FILENAME = "instance.lock"
MAX_MESSAGE = 64 * 1024  # a hand-over is a few paths; anything longer is not ours
MAX_FILES = 32
CLIENT_TIMEOUT_MS = 3000  # a connection that does not finish its line in time is dropped
HANDOVER_WAIT_S = 10.0  # the running instance may still be starting (or just quitting)
SEND_TIMEOUT_S = 2.0  # one attempt to hand over


@dataclass(frozen=True, slots=True)
class Handover:
    """What a second launch asks of the running window."""

    files: list[str] = field(default_factory=list)
    provider: str | None = None
    model: str | None = None

    def encode(self) -> bytes:
        data = {"files": self.files, "provider": self.provider, "model": self.model}
        return json.dumps(data).encode() + b"\n"

    @classmethod
    def decode(cls, raw: bytes) -> Handover | None:
        """None for anything that is not a well-formed hand-over (untrusted input)."""
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None
        if not isinstance(data, dict):
            return None
        files = data.get("files")
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
            return None
        opts = [data.get(k) for k in ("provider", "model")]
        if not all(o is None or isinstance(o, str) for o in opts):
            return None
        return cls(files[:MAX_FILES], *opts)


def handover_from_args(args: Any) -> Handover:
    """The parts of the command line the running window can act on; paths made absolute
    here, since the running app has another working directory."""
    files = [str(Path(f).expanduser().absolute()) for f in getattr(args, "files", None) or ()]
    return Handover(files[:MAX_FILES], getattr(args, "provider", None),
                    getattr(args, "model", None))


def server_name(data_dir: Path) -> str:
    """A per-user, per-data-folder socket name, short enough for any socket path limit."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{data_dir.resolve()}".encode()).hexdigest()[:20]
    name = f"ava-desktop-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if sys.platform.startswith("linux") and runtime and os.path.isdir(runtime):
        return os.path.join(runtime, name)  # private to the user, unlike /tmp
    return name


class InstanceServer(QObject):
    """The running instance's end: emits ``handedOver`` for each well-formed message."""

    handedOver = Signal(object)  # Handover

    def __init__(self, name: str, lock: LockFile, channel: Channel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._lock = lock
        self._listener = channel.listener(name, self._open, self._read, self._forget, self)
        self._buffers: dict[Connection, bytearray] = {}

    def listen(self) -> bool:
        error = self._listener.listen()
        if error is not None:
            log.warning("Single instance: cannot listen on %s: %s", self.name, error)
            return False
        return True

    def close(self) -> None:
        self._listener.close()
        self._buffers.clear()
        self._lock.release()

    def _open(self, conn: Connection) -> None:
        self._buffers[conn] = bytearray()
        QTimer.singleShot(CLIENT_TIMEOUT_MS, conn, lambda: self._drop(conn))

    def _read(self, conn: Connection, data: bytes) -> None:
        buf = self._buffers.get(conn)
        if buf is None:  # dropped, or answered
            return
        buf += data
        if b"\n" not in buf:
            if len(buf) > MAX_MESSAGE:
                self._drop(conn)
            return
        line = bytes(buf[: buf.index(b"\n")])
        message = Handover.decode(line) if len(line) <= MAX_MESSAGE else None
        if message is None:
            log.warning("Single instance: ignored a malformed hand-over (%d bytes)", len(line))
            self._drop(conn)
            return
        self._buffers.pop(conn, None)
        conn.answer(b"ok\n")
        log.info("Second launch handed over: files=%s provider=%s model=%s", message.files,
                 message.provider, message.model)
        self.handedOver.emit(message)

    def _forget(self, conn: Connection) -> None:
        self._buffers.pop(conn, None)

    def _drop(self, conn: Connection) -> None:
        self._buffers.pop(conn, None)
        conn.abort()


def claim(data_dir: Path, message: Handover, *, wait_s: float = HANDOVER_WAIT_S,
          sleep: Callable[[float], None] = time.sleep,
          channel: Channel | None = None) -> InstanceServer | None:
    """Become the instance for ``data_dir`` (returns its listening server), or hand
    ``message`` to the one already running (returns None: this process should exit).

    Raises ``TimeoutError`` if another instance holds the folder but never answers.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    channel = channel or default_channel()
    name = server_name(data_dir)
    lock_path = data_dir / LOCK_FILENAME
    deadline = time.monotonic() + wait_s
    while True:
        lock = LockFile(lock_path)
        try:
            lock.acquire(lock_path)
        except StoreLockedError:
            if channel.send(name, message.encode(), SEND_TIMEOUT_S).startswith(b"ok"):
                return None
        else:
            server = InstanceServer(name, lock, channel)
            server.listen()  # if it cannot listen we still run: one window is the point
            return server
        if time.monotonic() > deadline:
            raise TimeoutError(QCoreApplication.translate(
                "AvaApp", "Ava Desktop is already running with the data folder {folder} but "
                "does not answer. Close it (or end its process), or start with another "
                "--data-dir.").format(folder=data_dir))
        sleep(0.1)


def bring_to_front(window: Any) -> None:
    """Show the window over others; desktops may only flash it (focus-stealing rules)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


__all__ = ["Handover", "InstanceServer", "bring_to_front", "claim", "handover_from_args",
           "server_name"]
