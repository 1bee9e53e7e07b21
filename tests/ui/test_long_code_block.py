"""A 3,000-line code block streamed into the real window stays one code block: while it
streams (no line shown as prose) and after (one Copy link that copies all of it)."""

from __future__ import annotations

import asyncio

from PySide6.QtGui import QGuiApplication

from tests.ui.conftest import until
from tests.ui.helpers import anchors, click_anchor, type_and_send

CODE = "\n".join(f"def step_{i}(x):  # line {i}\n    return x * {i}" for i in range(1500))
ANSWER = f"Here is the code:\n\n```python\n{CODE}\n```\n\nThat is all, enjoy.\n"


def is_code(block) -> bool:
    """Preformatted: Qt's ``<pre>`` (wrapping or not) sets the monospace font on the block."""
    return "monospace" in (block.charFormat().fontFamilies() or [])


def code_lines_outside_code(view) -> list[str]:
    """Lines of the listing that Qt shows in a block that is not preformatted (prose)."""
    bad = []
    block = view.document().begin()
    while block.isValid():
        text = block.text()
        if ("return x * " in text or "def step_" in text) and (
            not is_code(block) or "\n" in text.strip("\u2028")
        ):
            bad.append(text[:80])
        block = block.next()
    return bad


def test_a_3000_line_block_streams_whole_and_copies_whole(make_app, qloop, llm_server):
    assert CODE.count("\n") == 2999 and len(ANSWER) > 60_000
    tokens = [ANSWER[i:i + 53] for i in range(0, len(ANSWER), 53)]
    # ~300 tokens/s: about four seconds of streaming, more than one of them past the 32k
    # split, so the checks below see it however fast or slow the machine is
    llm_server.reply(tokens=tokens, rate=300)
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    clipboard = QGuiApplication.clipboard()
    seen: list[int] = []

    async def scenario() -> None:
        type_and_send(tab, "show me the code")
        await until(lambda: len(tab.messages) == 2, what="the answer to start")
        while tab.busy:  # look at the live view while it streams
            seen.append(len(tab.messages[1].content))
            assert code_lines_outside_code(tab.view) == []
            await asyncio.sleep(0.05)
        assert tab.messages[1].content == ANSWER
        assert code_lines_outside_code(tab.view) == []
        copy_links = [href for href, _ in anchors(tab.view) if "copy-code" in href]
        assert copy_links == ["ava:copy-code/1/0"]
        clipboard.clear()
        click_anchor(tab.view, copy_links[0])
        await until(lambda: clipboard.text() == CODE, what="the whole code on the clipboard")

    qloop.run_until_complete(scenario())
    assert max(seen) > 40_000  # the view was checked past the 32k split, while streaming
    shown = tab.view.toPlainText()
    before, _, after = shown.partition("    return x * 1499\n")
    assert "That is all" not in before and after.startswith("\nThat is all, enjoy.\n")
