"""The chat as a person uses it: real keys into real widgets against a local server."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from tests.ui.conftest import until
from tests.ui.helpers import ask, chat_requests, click_action, click_anchor, type_and_send


def test_window_opens_with_one_tab_and_focused_composer(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    window = app.window
    assert window.tabs.count() == 1
    tab = window.current_tab()
    qloop.run_until_complete(until(lambda: QGuiApplication.focusObject() is tab.composer,
                                   what="composer focus"))
    assert not tab.send_button.isEnabled()  # empty composer: nothing to send


def test_send_streams_the_answer_as_markdown(make_app, qloop, llm_server):
    llm_server.reply(tokens=["# Plan\n\n", "Hello ", "**bold**", " and `code`\n\n",
                             "| a | b |\n|---|---|\n| 1 | 2 |\n"])
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()

    async def scenario():
        type_and_send(tab, "Hi there")
        await until(lambda: len(tab.messages) == 2 and not tab.busy, what="answer")

    qloop.run_until_complete(scenario())
    answer = tab.messages[1]
    assert answer.role == "assistant" and answer.state == "complete"
    assert answer.content == ("# Plan\n\nHello **bold** and `code`\n\n| a | b |\n|---|---|\n"
                              "| 1 | 2 |\n")
    text = tab.view.toPlainText()
    assert "Hello bold and code" in text and "**" not in text
    assert "Plan" in text and "#" not in text.split("Plan")[0][-3:]
    sent = chat_requests(llm_server)[-1].json
    assert sent["model"] == "test-model" and sent["stream"] is True
    assert sent["messages"] == [{"role": "user", "content": "Hi there"}]
    assert app.window.tabs.tabText(0) == "Hi there"
    assert tab.composer.toPlainText() == ""


def test_shift_enter_inserts_a_newline_and_enter_sends_both_lines(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()

    async def scenario():
        tab.composer.setFocus()
        QTest.keyClicks(tab.composer, "line one")
        QTest.keyClick(tab.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        QTest.keyClicks(tab.composer, "line two")
        assert tab.composer.toPlainText() == "line one\nline two"
        assert not tab.messages
        QTest.keyClick(tab.composer, Qt.Key.Key_Return)
        await until(lambda: len(tab.messages) == 2 and not tab.busy)

    qloop.run_until_complete(scenario())
    assert chat_requests(llm_server)[-1].json["messages"][-1]["content"] == "line one\nline two"


def test_escape_stops_and_closes_the_request_keeping_partial_text(make_app, qloop, llm_server):
    llm_server.reply(tokens=[f"tok{i} " for i in range(400)], delay=0.02)
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()

    async def scenario():
        type_and_send(tab, "long please")
        await until(lambda: len(tab.messages) == 2 and "tok3" in tab.messages[1].content,
                    what="some tokens")
        assert tab.busy and tab.send_button.busy and tab.send_button.isEnabled()
        assert tab.send_button.accessibleName() == "Stop the answer"
        QTest.keyClick(tab.composer, Qt.Key.Key_Escape)
        await until(lambda: not tab.busy, what="stop")

    qloop.run_until_complete(scenario())
    assert llm_server.wait_disconnect(3.0), "the server never saw the request closed"
    answer = tab.messages[1]
    assert answer.state == "stopped"
    assert answer.content.startswith("tok0 tok1 tok2 tok3")
    assert "tok399" not in answer.content
    assert "tok3" in tab.view.toPlainText()


def test_the_send_button_turns_into_stop_and_a_click_stops(make_app, qloop, llm_server):
    llm_server.reply(tokens=[f"tok{i} " for i in range(400)], delay=0.02)
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    QTest.keyClicks(tab.composer, "long please")
    assert tab.send_button.isEnabled() and not tab.send_button.busy

    async def scenario():
        QTest.mouseClick(tab.send_button, Qt.MouseButton.LeftButton)  # sends
        await until(lambda: len(tab.messages) == 2 and "tok3" in tab.messages[1].content,
                    what="some tokens")
        assert tab.send_button.busy and "Esc" in tab.send_button.toolTip()
        QTest.mouseClick(tab.send_button, Qt.MouseButton.LeftButton)  # the same button stops
        await until(lambda: not tab.busy, what="stop")

    qloop.run_until_complete(scenario())
    assert tab.messages[1].state == "stopped"
    assert not tab.send_button.busy and "Enter" in tab.send_button.toolTip()


def test_two_tabs_stream_at_the_same_time(make_app, qloop, llm_server):
    llm_server.default.tokens = [f"w{i} " for i in range(60)]
    llm_server.default.delay = 0.01
    app = make_app(llm_server.base_url)
    window = app.window
    first = window.current_tab()
    seen_both_busy = []

    async def scenario():
        type_and_send(first, "first question")
        QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: window.tabs.count() == 2)
        second = window.current_tab()
        assert second is not first
        type_and_send(second, "second question")
        await until(lambda: first.busy and second.busy, timeout=3, what="both streaming")
        seen_both_busy.append(True)
        await until(lambda: not first.busy and not second.busy, what="both answers")
        return second

    second = qloop.run_until_complete(scenario())
    assert seen_both_busy == [True]
    expected = "".join(f"w{i} " for i in range(60))
    assert first.messages[1].content == expected
    assert second.messages[1].content == expected
    assert window.tabs.tabText(0) == "first question"
    assert window.tabs.tabText(1) == "second question"


def test_copy_paths_put_exact_text_on_the_clipboard(make_app, qloop, llm_server):
    answer = "Here is **code**:\n\n```python\nprint('hi')\n\tx = 1  \n```\n\nSee [docs](https://example.com)."
    llm_server.reply(tokens=[answer[i:i + 7] for i in range(0, len(answer), 7)])
    app = make_app(llm_server.base_url)
    window = app.window
    tab = window.current_tab()
    clipboard = QGuiApplication.clipboard()

    async def scenario():
        type_and_send(tab, "show code")
        await until(lambda: len(tab.messages) == 2 and not tab.busy)
        clipboard.clear()
        click_action(tab.view, "copy", 1)
        await until(lambda: clipboard.text() == answer, what="copy markdown")
        click_anchor(tab.view, "ava:copy-code/1/0")
        await until(lambda: clipboard.text() == "print('hi')\n\tx = 1  ", what="copy code")
        click_action(tab.view, "copy-text", 1)
        await until(lambda: "print('hi')" in clipboard.text() and "**" not in clipboard.text(),
                    what="copy plain text")
        clipboard.clear()
        tab.view.setFocus()
        QTest.keyClick(window, Qt.Key.Key_C,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        await until(lambda: clipboard.text() == answer, what="Ctrl+Shift+C")
        click_action(tab.view, "copy", 0)
        await until(lambda: clipboard.text() == "show code", what="copy user message")
        window.act_copy_conv.trigger()
        await until(lambda: "show code" in clipboard.text() and answer in clipboard.text())

    qloop.run_until_complete(scenario())


def test_selection_copies_plain_text_and_html(make_app, qloop, llm_server):
    llm_server.reply(tokens=["Some *emphasis* here"])
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()

    ask(qloop, tab, "q")
    tab.view.setFocus()
    tab.view.selectAll()
    QTest.keyClick(tab.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert "Some emphasis here" in mime.text()
    assert mime.hasHtml() and "emphasis" in mime.html()


def test_provider_error_shows_inline_with_retry(make_app, qloop, llm_server):
    llm_server.reply(status=401, body={"error": {"message": "Incorrect API key provided",
                                                  "type": "invalid_request_error"}})
    llm_server.reply(tokens=["works now"])
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()

    async def scenario():
        type_and_send(tab, "hello")
        await until(lambda: len(tab.messages) == 2 and not tab.busy)
        assert tab.messages[1].state == "error"
        assert "Incorrect API key provided" in tab.view.toPlainText()
        click_action(tab.view, "retry", 1)
        await until(lambda: not tab.busy and tab.messages[1].content == "works now")

    qloop.run_until_complete(scenario())
    assert tab.messages[1].error is None
    assert "Incorrect API key" not in tab.view.toPlainText()


def test_typing_into_the_transcript_goes_to_the_composer(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()

    async def scenario():
        QTest.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton)
        tab.view.setFocus()
        QTest.keyClicks(tab.view, "Hello there")
        assert tab.composer.toPlainText() == "Hello there"
        QTest.keyClick(QGuiApplication.focusObject(), Qt.Key.Key_Return)
        await until(lambda: len(tab.messages) == 2 and not tab.busy)

    qloop.run_until_complete(scenario())
    assert tab.messages[0].content == "Hello there"


def test_streamed_view_equals_a_full_render(make_app, qloop, llm_server):
    text = ("# Title\n\nIntro with `code` and a [link](https://example.com).\n\n"
            "- one\n- two\n\n  continued\n\n1. first\n2. second\n\n"
            "```python\nfor i in range(3):\n    print(i)\n```\nText right after the code.\n\n"
            "| h1 | h2 |\n|----|----|\n| a | b |\n\n> quoted\n> text[^n]\n\n---\n\n"
            "- [ ] open task\n- [x] done task\n\n```\nlast block\n```\n\n***\n\n"
            "[^n]: A footnote.\n\nThe end.")
    llm_server.reply(tokens=[text[i:i + 3] for i in range(0, len(text), 3)], delay=0.001)
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()

    ask(qloop, tab, "complex")
    streamed_text, streamed_html = tab.view.toPlainText(), tab.view.toHtml()
    tab.view.update_message(1)
    assert tab.view.toPlainText() == streamed_text
    assert tab.view.toHtml() == streamed_html  # same blocks and formats, not only text
    assert tab.messages[1].content == text
    plain = tab.view.toPlainText()
    assert "[^n]" not in plain and plain.index("The end.") < plain.index("A footnote.")


def test_reasoning_is_shown_apart_and_never_mixed_into_the_answer(make_app, qloop, llm_server):
    llm_server.reply(reasoning=["Let me think", " about it."], tokens=["The answer", " is 42."])
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    clipboard = QGuiApplication.clipboard()

    async def scenario():
        type_and_send(tab, "question")
        await until(lambda: len(tab.messages) == 2 and not tab.busy)
        click_action(tab.view, "copy", 1)
        await until(lambda: clipboard.text() == "The answer is 42.")

    qloop.run_until_complete(scenario())
    answer = tab.messages[1]
    assert answer.content == "The answer is 42."
    assert answer.reasoning == "Let me think about it."
    text = tab.view.toPlainText()
    assert "Show thought process (5 words)" in text and "Let me think" not in text
    click_anchor(tab.view, "ava:thoughts/1")
    text = tab.view.toPlainText()
    assert "Hide thought process" in text and "Let me think about it." in text
    stored = app.ctx.store.messages(tab.conversation_id)[-1]
    assert stored.content == "The answer is 42." and stored.reasoning == "Let me think about it."


def test_scrolling_up_stops_following_and_jump_to_latest_returns(make_app, qloop, llm_server):
    llm_server.reply(tokens=[f"line {i}\n\n" for i in range(400)], delay=0.01)
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    view = tab.view
    bar = view.verticalScrollBar()
    jump = view.findChild(QToolButton, "jumpToLatest")

    async def scenario():
        type_and_send(tab, "many lines")
        await until(lambda: bar.maximum() > 200, what="a scrollable answer")
        assert view.following and bar.value() == bar.maximum()
        QTest.keyClick(view, Qt.Key.Key_PageUp)  # the reader scrolls up
        await until(lambda: not view.following, what="stop following")
        assert jump.isVisible()
        position = bar.value()
        await asyncio.sleep(0.2)  # more text arrives; the view stays where the reader is
        assert bar.value() == position and bar.maximum() > position
        QTest.mouseClick(jump, Qt.MouseButton.LeftButton)
        assert view.following and not jump.isVisible()
        await until(lambda: not tab.busy, timeout=15)
        assert bar.value() == bar.maximum()

    qloop.run_until_complete(scenario())
