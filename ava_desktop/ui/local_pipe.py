"""The hand-over channel through ``QLocalServer``: a named pipe on Windows, where Python has
no Unix sockets (``local_channel`` has the Unix one). It works on every platform, so the
tests run it on Linux too. Imported only where it is used: it loads QtNetwork (2.4 MB).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ava_desktop.ui.local_channel import Channel, Closed, Opened, Received


class PipeConnection(QObject):
    def __init__(self, sock: QLocalSocket, received: Received, closed: Closed,
                 parent: QObject) -> None:
        super().__init__(parent)
        self._sock: QLocalSocket | None = sock
        sock.readyRead.connect(lambda: received(self, bytes(sock.readAll().data())))
        sock.disconnected.connect(lambda: self._gone(closed))
        sock.disconnected.connect(sock.deleteLater)

    def _gone(self, closed: Closed) -> None:
        if self._sock is not None:
            self.abort()
            closed(self)

    def answer(self, data: bytes) -> None:
        if self._sock is not None:
            sock, self._sock = self._sock, None
            sock.write(data)
            sock.flush()
            sock.disconnectFromServer()  # once the write is out; then deleted (above)
            self.deleteLater()

    def abort(self) -> None:
        if self._sock is None:
            return
        sock, self._sock = self._sock, None
        sock.abort()
        sock.deleteLater()
        self.deleteLater()


class PipeListener(QObject):
    def __init__(self, name: str, opened: Opened, received: Received, closed: Closed,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._opened, self._received, self._closed = opened, received, closed
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> str | None:
        QLocalServer.removeServer(self.name)  # a crashed instance's (we hold the lock)
        return None if self._server.listen(self.name) else self._server.errorString()

    def _accept(self) -> None:
        while (sock := self._server.nextPendingConnection()) is not None:
            self._opened(PipeConnection(sock, self._received, self._closed, self))

    def close(self) -> None:
        self._server.close()
        for conn in self.findChildren(PipeConnection):
            conn.abort()


def pipe_send(name: str, data: bytes, timeout_s: float) -> bytes:
    """Blocking client, as ``local_channel.unix_send``."""
    timeout_ms = int(timeout_s * 1000)
    sock = QLocalSocket()
    sock.connectToServer(name)
    reply = b""
    try:
        if not sock.waitForConnected(timeout_ms):
            return b""
        sock.write(data)
        if not sock.waitForBytesWritten(timeout_ms):
            return b""
        deadline = time.monotonic() + timeout_s
        while b"\n" not in reply and (left := deadline - time.monotonic()) > 0:
            arrived = sock.waitForReadyRead(int(left * 1000))
            reply += bytes(sock.readAll().data())  # what came before a hang-up counts too
            if not arrived:
                break
        return reply
    finally:
        sock.abort()


PIPE = Channel(PipeListener, pipe_send)

__all__ = ["PIPE"]
