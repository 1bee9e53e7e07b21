"""Start, quit, signals, restore and crashes of the real app."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ava_desktop.core.store import DB_FILENAME
from tests.ui.conftest import until
from tests.ui.helpers import type_and_send

ROOT = Path(__file__).resolve().parents[2]


def test_quit_while_streaming_keeps_the_partial_answer_and_closes_the_request(
        make_app, qloop, llm_server):
    llm_server.reply(tokens=[f"part{i} " for i in range(500)], delay=0.02)
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    session = app.ctx.session

    async def scenario():
        type_and_send(tab, "stream for a while")
        await until(lambda: len(tab.messages) == 2 and "part5" in tab.messages[1].content)
        QTest.keyClick(app.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        await app.wait_quit()
        await app.shutdown()

    qloop.run_until_complete(scenario())
    assert llm_server.wait_disconnect(3.0)
    assert session.closed
    db = sqlite3.connect(app.paths.data_dir / DB_FILENAME)
    rows = db.execute("SELECT role, content, state FROM messages ORDER BY position").fetchall()
    db.close()
    assert rows[0] == ("user", "stream for a while", "complete")
    assert rows[1][0] == "assistant" and rows[1][2] == "stopped"
    assert rows[1][1].startswith("part0 part1 part2 part3 part4 part5")


def test_tabs_and_conversations_come_back_after_restart(make_app, qloop, llm_server):
    llm_server.default.tokens = ["answer ", "text"]
    app = make_app(llm_server.base_url)
    window = app.window

    async def chat_in_two_tabs():
        type_and_send(window.current_tab(), "first conversation")
        await until(lambda: not window.current_tab().busy
                    and len(window.current_tab().messages) == 2)
        window.new_tab()
        type_and_send(window.current_tab(), "second conversation")
        await until(lambda: not window.current_tab().busy
                    and len(window.current_tab().messages) == 2)
        window.tabs.setCurrentIndex(0)
        await app.shutdown()

    qloop.run_until_complete(chat_in_two_tabs())
    again = make_app(llm_server.base_url)
    tabs = again.window.chat_tabs()
    assert [t.title for t in tabs] == ["first conversation", "second conversation"]
    assert again.window.tabs.currentIndex() == 0
    assert "answer text" in tabs[0].view.toPlainText()
    # A restored tab that is not shown is drawn when first shown, not at start.
    assert [n.content for n in tabs[1].session.path()] == ["second conversation", "answer text"]
    assert tabs[1].messages == [] and tabs[1].view.toPlainText() == ""
    again.window.tabs.setCurrentIndex(1)
    assert [m.content for m in tabs[1].messages] == ["second conversation", "answer text"]
    assert "answer text" in tabs[1].view.toPlainText()


def _app_env(tmp_path: Path, base_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", OPENAI_BASE_URL=base_url,
               PYTHONPATH=str(ROOT), PYTHONWARNINGS="default")
    return env


def _wait_started(log: Path, proc: subprocess.Popen, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and "window shown" in log.read_text(errors="replace"):
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    raise AssertionError("the app did not start")


def test_sigterm_and_sigint_shut_down_cleanly(tmp_path, llm_server):
    for sig in (signal.SIGTERM, signal.SIGINT):
        data = tmp_path / f"data-{sig.name}"
        proc = subprocess.Popen(
            [sys.executable, "-m", "ava_desktop", "--data-dir", str(data), "--model", "m"],
            env=_app_env(tmp_path, llm_server.base_url), stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True,
        )
        try:
            _wait_started(data / "logs" / "ava-desktop.log", proc)
            proc.send_signal(sig)
            _out, err = proc.communicate(timeout=20)
        finally:
            proc.kill()
        assert proc.returncode == 0, (sig, err)
        noise = [line for line in err.splitlines() if "propagateSizeHints" not in line]
        assert noise == [], (sig, err)


DRIVER = textwrap.dedent("""
    import argparse, asyncio, sys
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    import qasync
    from ava_desktop.ui.application import AvaApp

    async def main():
        app = AvaApp(argparse.Namespace(data_dir=sys.argv[1], provider=None, model="m"))
        await app.start()
        tab = app.window.current_tab()
        QTest.keyClicks(tab.composer, "please stream")
        QTest.keyClick(tab.composer, Qt.Key.Key_Return)
        while "chunk30" not in (tab.messages[-1].content if len(tab.messages) > 1 else ""):
            await asyncio.sleep(0.01)
        print("STREAMING", flush=True)
        await asyncio.sleep(3600)

    qt = QApplication([])
    loop = qasync.QEventLoop(qt)
    asyncio.set_event_loop(loop)
    loop.run_until_complete(main())
""")


def test_sigkill_mid_stream_keeps_the_database_and_the_partial_answer(tmp_path, llm_server,
                                                                     make_app):
    llm_server.reply(tokens=[f"chunk{i} " for i in range(2000)], delay=0.01)
    data = tmp_path / "data"
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(data)],
                            env=_app_env(tmp_path, llm_server.base_url),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.strip() == "STREAMING", proc.stderr.read() if proc.poll() else line
        time.sleep(1.5)  # > one write-back interval of streaming after "chunk30"
        proc.kill()
        proc.wait(10)
    finally:
        proc.kill()
        proc.stdout.close()
        proc.stderr.close()
    db = sqlite3.connect(data / DB_FILENAME)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = db.execute("SELECT role, content, state FROM messages ORDER BY position").fetchall()
    db.close()
    assert rows[0] == ("user", "please stream", "complete")
    assert rows[1][0] == "assistant" and rows[1][2] == "streaming"
    assert "chunk30" in rows[1][1]  # at most about a second of text is missing
    # The next start brings the conversation back with the answer marked interrupted
    again = make_app(llm_server.base_url)
    tab = again.window.current_tab()
    assert tab.title == "please stream"
    assert tab.messages[1].state == "interrupted"
    assert tab.messages[1].content == rows[1][1]
    bar = tab.view.message_actions  # at rest on the last message, Continue offered
    assert bar.target() == 1 and bar.button("continue").isVisible()


def test_a_restored_tab_paints_one_screen_first_then_its_code_in_colour(make_app, qloop,
                                                                        tmp_path):
    """Before the first paint the shown tab draws one screen with code uncoloured (no
    lexer imported yet); right after it, the code is coloured and the rest of a normal
    first screen is there, earlier messages still offered."""
    from ava_desktop.core.store import Store
    from ava_desktop.ui.chat_drawing import FIRST_SCREEN_CHARS, START_SCREEN_CHARS, _first_screen

    code = "```python\ndef handler(event):\n    return {'ok': True}\n```\n"
    data = tmp_path / "data"
    data.mkdir()
    with Store.open(data / DB_FILENAME) as store:
        conv = store.create_conversation("Code", "env", "test-model")
        for turn in range(40):
            store.add_message(conv.id, "user", f"question {turn}")
            store.add_message(conv.id, "assistant", f"Answer {turn}.\n\n{code}\n" + "text " * 300,
                              model="test-model")
        store.save_window_state([conv.id], 0)
    app = make_app()
    tab = app.window.current_tab()
    every = tab.all_messages()
    assert _first_screen(every, START_SCREEN_CHARS) < _first_screen(every, FIRST_SCREEN_CHARS)
    qloop.run_until_complete(until(
        lambda: len(tab.messages) == _first_screen(every, FIRST_SCREEN_CHARS), 5,
        "the rest of the first screen"))
    assert "#008000" in tab.view.toHtml()  # Pygments' keyword green: the code is coloured
    assert "Show 1" in tab.view.toPlainText() or "earlier message" in tab.view.toPlainText()
    assert tab.messages[-1].content.startswith("Answer 39.")


def test_quit_does_not_hang_on_a_background_task_that_never_ends(make_app, qloop, llm_server):
    """A task that swallows its cancellation (or whose wake-up is lost) is left behind after
    a few seconds; the rest of the shutdown (settings, the store) still happens."""
    app = make_app(llm_server.base_url)
    ended = []

    async def stubborn():
        while True:
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                ended.append("cancel ignored")
                if len(ended) > 2:  # gives up at the fixture's second shutdown
                    return

    task = app.ctx.spawn(stubborn(), name="stubborn")

    async def scenario():
        start = time.monotonic()
        await app.ctx.cancel_all(timeout=0.3)
        return time.monotonic() - start

    took = qloop.run_until_complete(scenario())
    assert ended == ["cancel ignored"] and not task.done()
    assert took < 2.0
    # still pending: the app's own shutdown (cancel_all's default wait) must not hang on it
    qloop.run_until_complete(app.shutdown())
    assert app.ctx.store is None or app.ctx.store.closed
    assert len(ended) == 2 and not task.done()
