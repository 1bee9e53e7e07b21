"""The local channel a second launch's hand-over travels on (see ``single_instance``).

A Unix socket from Python's ``socket`` module, watched with ``QSocketNotifier``; on Windows
a named pipe through ``QLocalServer`` (``local_pipe``). Why not ``QLocalServer`` everywhere:
QtNetwork, with the Kerberos and TLS libraries it links, is 2.4 MB of the idle app's memory
for one line of JSON per second launch, while ``socket`` is loaded anyway (asyncio).

Only the user's own processes reach the socket: it is bound in a fresh 0700 folder, made
0600 and only then moved to its name (what Qt's ``UserAccessOption`` does), and on Linux
each end also checks the other's user id (``SO_PEERCRED``).
"""

from __future__ import annotations

import contextlib
import os
import socket
import struct
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, QSocketNotifier

READ_CHUNK = 64 * 1024


class Connection(Protocol):
    """One client of the running instance, as ``single_instance`` sees it (a QObject)."""

    def answer(self, data: bytes) -> None:
        """Write ``data`` and hang up."""

    def abort(self) -> None:
        """Hang up (again is fine)."""


Opened = Callable[[Any], None]  # a client connected
Received = Callable[[Any, bytes], None]  # (connection, the bytes that just arrived)
Closed = Callable[[Any], None]  # the client hung up


class Listener(Protocol):
    def listen(self) -> str | None:
        """Start accepting; None, or why it cannot."""

    def close(self) -> None:
        """Stop accepting and hang up on every client."""


@dataclass(frozen=True, slots=True)
class Channel:
    """A way to carry the hand-over: the server's end and the blocking client."""

    listener: Callable[[str, Opened, Received, Closed, QObject | None], Listener]
    send: Callable[[str, bytes, float], bytes]  # (name, data, timeout s) -> the reply


def socket_path(name: str) -> str:
    """The socket file for ``name``: ``name`` itself if it is a path, else in the temporary
    folder (where ``QLocalServer`` put it)."""
    return name if os.path.isabs(name) else os.path.join(tempfile.gettempdir(), name)


def _same_user(sock: socket.socket) -> bool:
    """False if the other end belongs to another user (Linux tells; elsewhere the file
    mode is the guard)."""
    if not hasattr(socket, "SO_PEERCRED"):
        return True
    try:
        creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    except OSError:
        return False
    return struct.unpack("3i", creds)[1] == os.getuid()


def _bind_private(path: str) -> socket.socket:
    """A socket bound at ``path`` that only this user can connect to. It replaces a socket a
    crashed instance left there (the caller holds the instance lock)."""
    folder = tempfile.mkdtemp(prefix=".ava-", dir=os.path.dirname(path) or None)
    inner = os.path.join(folder, "s")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(inner)
        os.chmod(inner, 0o600)
        os.replace(inner, path)
    except OSError:
        sock.close()
        raise
    finally:
        with contextlib.suppress(OSError):
            os.unlink(inner)
        with contextlib.suppress(OSError):
            os.rmdir(folder)
    return sock


class UnixConnection(QObject):
    """A client's socket; what arrives goes to ``received``, end of file to ``closed``."""

    def __init__(self, sock: socket.socket, received: Received, closed: Closed,
                 parent: QObject) -> None:
        super().__init__(parent)
        sock.setblocking(False)
        self._sock: socket.socket | None = sock
        self._received, self._closed = received, closed
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)

    def _readable(self) -> None:
        if self._sock is None:
            return
        try:
            data = self._sock.recv(READ_CHUNK)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if data:
            self._received(self, data)
        else:
            self.abort()
            self._closed(self)

    def answer(self, data: bytes) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):  # a few bytes into an empty buffer
                self._sock.send(data)
        self.abort()

    def abort(self) -> None:
        if self._sock is None:
            return
        self._notifier.setEnabled(False)  # before the descriptor closes
        self._sock.close()
        self._sock = None
        self.deleteLater()


class UnixListener(QObject):
    """The running instance's listening socket."""

    def __init__(self, name: str, opened: Opened, received: Received, closed: Closed,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = socket_path(name)
        self._opened, self._received, self._closed = opened, received, closed
        self._sock: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None

    def listen(self) -> str | None:
        try:
            sock = _bind_private(self.path)
            sock.listen(8)
        except OSError as exc:
            return str(exc)
        sock.setblocking(False)
        self._sock = sock
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return None

    def _accept(self) -> None:
        while self._sock is not None:
            try:
                client, _ = self._sock.accept()
            except OSError:  # BlockingIOError: no more waiting
                return
            if _same_user(client):
                self._opened(UnixConnection(client, self._received, self._closed, self))
            else:
                client.close()

    def close(self) -> None:
        for conn in self.findChildren(UnixConnection):
            conn.abort()
        if self._sock is None:
            return
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        self._sock.close()
        self._sock = None
        with contextlib.suppress(OSError):
            os.unlink(self.path)


def unix_send(name: str, data: bytes, timeout_s: float) -> bytes:
    """Blocking client: connect, send ``data``, return what came back up to the first
    newline (b"" if nothing did in time)."""
    deadline = time.monotonic() + timeout_s
    reply = b""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        try:
            sock.settimeout(timeout_s)
            sock.connect(socket_path(name))
            if not _same_user(sock):
                return b""
            sock.sendall(data)
            while b"\n" not in reply and (left := deadline - time.monotonic()) > 0:
                sock.settimeout(left)
                chunk = sock.recv(READ_CHUNK)
                if not chunk:
                    break
                reply += chunk
        except OSError:  # not there, refused, timed out
            pass
    return reply


UNIX = Channel(UnixListener, unix_send)


def default_channel() -> Channel:
    """A named pipe on Windows (no Unix sockets there in Python), a Unix socket elsewhere."""
    if sys.platform == "win32":
        from ava_desktop.ui.local_pipe import PIPE

        return PIPE
    return UNIX


__all__ = ["UNIX", "Channel", "Closed", "Connection", "Listener", "Opened", "Received",
           "default_channel", "socket_path"]
