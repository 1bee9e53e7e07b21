"""One instance per data folder: real app processes, a real crash, real files handed over."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ava_desktop.core.export import write_backup
from ava_desktop.core.store import Store
from ava_desktop.ui.local_channel import UNIX, Channel, socket_path
from ava_desktop.ui.local_pipe import PIPE
from ava_desktop.ui.single_instance import (
    CLIENT_TIMEOUT_MS,
    MAX_MESSAGE,
    Handover,
    InstanceServer,
    claim,
    server_name,
)
from tests.ui.conftest import until

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets and signals")


def _env(base_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", OPENAI_BASE_URL=base_url, PYTHONPATH=str(ROOT))
    return env


def _start(data: Path, base_url: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ava_desktop", "--data-dir", str(data), "--model", "m", *args],
        env=_env(base_url), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _log(data: Path) -> str:
    path = data / "logs" / "ava-desktop.log"
    return path.read_text(errors="replace") if path.exists() else ""


def _wait_log(data: Path, proc: subprocess.Popen[str], text: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while text not in _log(data):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, f"{text!r} not in the log:\n{_log(data)}"
        time.sleep(0.05)


def _quit(proc: subprocess.Popen[str]) -> int:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.communicate(timeout=20)
    finally:
        proc.kill()
    return proc.returncode


def _backup(path: Path, tmp_path: Path) -> Path:
    store = Store.open(tmp_path / "source.sqlite3")
    conv = store.create_conversation("from the backup")
    store.add_message(conv.id, "user", "question in the backup")
    store.add_message(conv.id, "assistant", "answer in the backup")
    write_backup(store, path)
    store.close()
    return path


def test_a_second_launch_hands_over_its_file_and_exits(tmp_path, llm_server):
    data = tmp_path / "data"
    first = _start(data, llm_server.base_url)
    try:
        _wait_log(data, first, "window shown")
        backup = _backup(tmp_path / "backup.json", tmp_path)
        began = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "ava_desktop", "--data-dir", str(data), "backup.json"],
            cwd=tmp_path, env=_env(llm_server.base_url), capture_output=True, text=True,
            timeout=60)
        took = time.monotonic() - began
        assert second.returncode == 0, second.stderr
        assert took < 10, took
        # the running app got the file, as an absolute path (the second one's cwd differs)
        _wait_log(data, first, f"Second launch handed over: files=[{str(backup)!r}]")
        assert _log(data).count("window shown") == 1  # no second window, no second store
    finally:
        assert _quit(first) == 0


def test_a_socket_left_by_a_crash_does_not_block_the_next_start(tmp_path, llm_server):
    data = tmp_path / "data"
    crashed = _start(data, llm_server.base_url)
    _wait_log(data, crashed, "window shown")
    crashed.kill()  # SIGKILL: nothing is cleaned up
    crashed.communicate(timeout=10)
    socket_file = Path(socket_path(server_name(data)))
    assert socket_file.exists(), "the crash should have left its socket behind"
    assert (data / "instance.lock").exists()

    again = _start(data, llm_server.base_url)
    try:
        deadline = time.monotonic() + 30
        while _log(data).count("window shown") < 2:
            assert again.poll() is None, again.communicate()
            assert time.monotonic() < deadline, _log(data)
            time.sleep(0.05)
        # and it is the instance now: a third launch hands over to it
        third = subprocess.run(
            [sys.executable, "-m", "ava_desktop", "--data-dir", str(data), "--model", "x"],
            env=_env(llm_server.base_url), capture_output=True, text=True, timeout=60)
        assert third.returncode == 0, third.stderr
        _wait_log(data, again, "provider=None model=x")
    finally:
        assert _quit(again) == 0


def test_two_data_folders_run_side_by_side(tmp_path, llm_server):
    one, two = tmp_path / "one", tmp_path / "two"
    assert server_name(one) != server_name(two)
    first = _start(one, llm_server.base_url)
    second = _start(two, llm_server.base_url)
    try:
        _wait_log(one, first, "window shown")
        _wait_log(two, second, "window shown")
        assert first.poll() is None and second.poll() is None
    finally:
        assert _quit(first) == 0
        assert _quit(second) == 0


def test_the_running_window_offers_the_file_and_imports_it(make_app, qloop, tmp_path):
    app = make_app()
    backup = _backup(tmp_path / "backup.json", tmp_path)
    app.on_handover(Handover(files=[str(backup), str(tmp_path / "missing.txt")]))
    box = app.window.findChild(QMessageBox, "openFilesOffer")
    assert box is not None and box.isVisible()
    assert "backup.json: import conversations" in box.text()
    assert "missing.txt: not a file Ava Desktop can open" in box.text()
    assert app.ctx.store.count_conversations() == 0  # nothing happens before the answer
    box.button(QMessageBox.StandardButton.Yes).click()
    titles = [c.title for c in app.ctx.store.list_conversations()]
    assert titles == ["from the backup"]


def test_a_handover_with_a_model_opens_a_tab_for_it(make_app, qloop):
    app = make_app()
    tabs = app.window.tabs.count()
    app.on_handover(Handover(model="other-model"))
    assert app.window.tabs.count() == tabs + 1
    assert app.window.current_tab().selector.model() == "other-model"


# The Unix socket is what runs here; the QLocalServer pipe is Windows', and runs here too.
CHANNELS = pytest.mark.parametrize("channel", [UNIX, PIPE], ids=["unix", "qlocalserver"])


# a second process's start: Qt, and the channel named by its last argument
_PROCESS = ("import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
            "from ava_desktop.ui.local_channel import UNIX;"
            "from ava_desktop.ui.local_pipe import PIPE;"
            "app = QCoreApplication([]);"
            "channel = UNIX if sys.argv[-1] == 'unix' else PIPE;")
_CLIENT = _PROCESS + (
    "sys.stdout.buffer.write(channel.send(sys.argv[1], sys.stdin.buffer.read(), 5.0))")


def _serving(tmp_path: Path, channel: Channel) -> tuple[InstanceServer, list[Handover]]:
    """This process as the running instance on ``channel``, and what it is handed."""
    received: list[Handover] = []
    server = claim(tmp_path / "data", Handover(), channel=channel)
    assert isinstance(server, InstanceServer)
    server.handedOver.connect(received.append)
    return server, received


def _send(qloop, channel: Channel, name: str, payload: bytes) -> bytes:
    """The channel's own blocking client, in a second process (as a second launch is)
    while this one's loop runs the server."""
    async def client() -> bytes:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-c", _CLIENT, name, "unix" if channel is UNIX else "pipe",
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            env=dict(os.environ, PYTHONPATH=str(ROOT)))
        out, _ = await proc.communicate(payload)
        assert proc.returncode == 0
        return out

    return qloop.run_until_complete(client())


@CHANNELS
def test_malformed_and_oversized_handovers_are_dropped(qloop, tmp_path, channel):
    server, received = _serving(tmp_path, channel)
    try:
        for bad in (b"not json\n", b'{"files": "not a list"}\n', b'["a list"]\n',
                    b'{"files": [1, 2]}\n', "\ufffe".encode("utf-16") + b"\n",
                    b"x" * (MAX_MESSAGE + 10)):  # the last: no newline, too long: cut off
            assert _send(qloop, channel, server.name, bad) == b"", bad[:30]
        assert received == []
        payload = json.dumps({"files": ["/a"], "model": "m"}).encode() + b"\n"
        assert _send(qloop, channel, server.name, payload) == b"ok\n"
        qloop.run_until_complete(until(lambda: received, 5))
        assert received == [Handover(files=["/a"], model="m")]
    finally:
        server.close()


def test_the_socket_is_the_users_alone_and_gone_after_close(qloop, tmp_path):
    server, _ = _serving(tmp_path, UNIX)
    path = Path(socket_path(server.name))
    try:
        mode = path.stat().st_mode
        assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) == 0o600
        assert not list(path.parent.glob(".ava-*")), "the folder it was made in is left"
    finally:
        server.close()
    assert not path.exists()


def test_a_client_that_says_nothing_is_hung_up_on(qloop, tmp_path):
    server, _ = _serving(tmp_path, UNIX)
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        client.connect(socket_path(server.name))
        client.setblocking(False)
        hung_up = False

        def gone() -> bool:
            nonlocal hung_up
            with contextlib.suppress(BlockingIOError):
                hung_up = client.recv(10) == b""
            return hung_up

        started = time.monotonic()
        qloop.run_until_complete(until(gone, CLIENT_TIMEOUT_MS / 1000 + 5))
        assert time.monotonic() - started >= CLIENT_TIMEOUT_MS / 1000 - 0.5
        # and the server still takes the next one
        payload = Handover(files=["/b"]).encode()
        assert _send(qloop, UNIX, server.name, payload) == b"ok\n"
    finally:
        client.close()
        server.close()


@CHANNELS
def test_a_second_claim_in_the_same_folder_hands_over(qloop, tmp_path, channel):
    """The claim protocol itself: the lock decides, the channel carries the message."""
    server, received = _serving(tmp_path, channel)
    try:
        # the blocking client needs the server's loop to run: do it from a subprocess
        code = _PROCESS + (
            "from ava_desktop.ui.single_instance import claim, Handover;"
            "r = claim(Path(sys.argv[1]), Handover(files=['/f.json']), wait_s=10, "
            "channel=channel);"
            "sys.exit(0 if r is None else 3)")
        which = "unix" if channel is UNIX else "pipe"
        proc = subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "data"), which],
                                env=dict(os.environ, PYTHONPATH=str(ROOT)))
        qloop.run_until_complete(until(lambda: proc.poll() is not None, 30))
        assert proc.returncode == 0
        qloop.run_until_complete(until(lambda: received, 5))
        assert received[0].files == ["/f.json"]
    finally:
        server.close()
