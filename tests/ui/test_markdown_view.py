"""Markdown as users expect it, in the real transcript widget laid out at real widths: code
lines wrap inside their block (a toggle per block), table words never break mid-word, task
lists are checkboxes, footnotes end the message, quotes have a bar, and a streamed answer
is laid out exactly as its full render at every step."""

from __future__ import annotations

import re

from PySide6.QtGui import (
    QBrush,
    QColor,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextLength,
)
from PySide6.QtWidgets import QApplication

from ava_desktop.core.markdown import render_markdown, stylesheet
from ava_desktop.ui.transcript import TranscriptView
from ava_desktop.ui.transcript.message import ViewMessage
from ava_desktop.ui.transcript.quotes import quote_bars
from tests.ui.helpers import anchors, click_anchor

LONG_LINE = "result = compute(" + ", ".join(f"argument_{i}" for i in range(40)) + ")"
CODE_ANSWER = f"Look:\n\n```python\n{LONG_LINE}\nshort = 1\n```\n\nDone.\n"


def make_view(qtbot, width: int = 640, height: int = 480) -> TranscriptView:
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def show_answer(view: TranscriptView, text: str) -> ViewMessage:
    message = ViewMessage.detached("assistant", text)
    view.add_message(message)
    QApplication.processEvents()
    return message


def blocks_of(view: TranscriptView, needle: str) -> list[QTextBlock]:
    found = []
    block = view.document().begin()
    while block.isValid():
        if needle in block.text().replace("\u200b", ""):  # break marks in table cells
            found.append(block)
        block = block.next()
    return found


def anchor_rect(view: TranscriptView, href: str):
    position = next(pos for h, pos in anchors(view) if h == href)
    cursor = view.textCursor()
    cursor.setPosition(position + 1)
    return view.cursorRect(cursor)


def test_a_long_code_line_wraps_in_its_block_and_the_toggle_unwraps_it(qtbot) -> None:
    view = make_view(qtbot)
    message = show_answer(view, CODE_ANSWER)
    bar = view.horizontalScrollBar()
    [line] = blocks_of(view, "argument_39")
    assert line.layout().lineCount() > 1  # wrapped inside the block
    assert bar.maximum() == 0  # the transcript does not scroll sideways
    copy = anchor_rect(view, "ava:copy-code/0/0")
    assert 0 < copy.right() <= view.viewport().width()  # Copy in view

    html_wrapped = view.toHtml()
    click_anchor(view, "ava:wrap-code/0/0")
    QApplication.processEvents()
    [line] = blocks_of(view, "argument_39")
    assert line.layout().lineCount() == 1 and line.blockFormat().nonBreakableLines()
    assert bar.maximum() > 0  # asked for: the long line scrolls the view
    assert message.nowrap_code == {0}
    assert [text for href, text in anchors(view) if "wrap-code" in href]  # still a link
    assert "Wrap" in view.toPlainText() and "No wrap" not in view.toPlainText()
    unwrapped = view.toHtml()
    view.update_message(0)  # a later render (theme change, versions) keeps the choice
    assert view.toHtml() == unwrapped

    click_anchor(view, "ava:wrap-code/0/0")
    QApplication.processEvents()
    assert message.nowrap_code == set() and bar.maximum() == 0
    assert view.toHtml() == html_wrapped


def test_a_block_unwrapped_while_the_answer_streams_stays_unwrapped(qtbot) -> None:
    view = make_view(qtbot)
    message = ViewMessage.detached("assistant", "")
    message.node.state = "streaming"
    view.add_message(message)
    view.begin_stream(0)
    for part in (CODE_ANSWER, "More text.\n\n", "```\nsecond\n```\n\nEnd.\n"):
        message.node.chunks.append(part)
        view.stream_append(0, part)
        if part is CODE_ANSWER:
            click_anchor(view, "ava:wrap-code/0/0")
    [line] = blocks_of(view, "argument_39")
    assert line.blockFormat().nonBreakableLines() and message.nowrap_code == {0}
    [second] = blocks_of(view, "second")
    assert not second.blockFormat().nonBreakableLines()  # only the block asked for
    view.finish_stream(0)
    streamed = view.toHtml()
    view.update_message(0)
    assert view.toHtml() == streamed


TABLE = (
    "| Setting | Meaning | Example |\n|---|---|---|\n"
    "| internationalization | Translations follow the configured interface language"
    " | https://example.com/documentation/configuration/internationalization?lang=de |\n"
    "| responsibilities | `a_remarkably_long_configuration_identifier` explained |"
    " environment variables |\n"
)


def split_words(view: TranscriptView, text: str) -> list[str]:
    """Line breaks between two letters that are not at a break mark: a word split apart."""
    broken = []
    for block in blocks_of(view, text) if text else []:
        chars = block.text()
        layout = block.layout()
        for i in range(layout.lineCount() - 1):
            end = layout.lineAt(i).textStart() + layout.lineAt(i).textLength()
            if chars[end - 1].isalnum() and chars[end].isalnum():
                broken.append(chars[max(0, end - 8) : end + 8])
    return broken


def test_tables_wrap_at_word_boundaries_never_mid_word(qtbot) -> None:
    view = make_view(qtbot, width=520)
    show_answer(view, TABLE)
    cells = ("internationalization", "Translations", "example.com", "a_remarkably",
             "responsibilities", "environment")
    assert view.horizontalScrollBar().maximum() == 0
    assert all(blocks_of(view, cell) for cell in cells)
    assert any(b.layout().lineCount() > 1 for b in blocks_of(view, "example.com"))  # wraps
    assert [w for cell in cells for w in split_words(view, cell)] == []
    # The same table without the break marks is what Qt breaks mid-word: the check bites.
    view.document().setHtml(render_markdown(TABLE).replace("\u200b", ""))
    view.document().setDefaultStyleSheet(stylesheet())
    QApplication.processEvents()
    assert [w for cell in cells for w in split_words(view, cell)] != []


def test_task_lists_are_checkboxes_without_bullets(qtbot) -> None:
    view = make_view(qtbot)
    show_answer(view, "Plan:\n\n- [ ] write tests\n- [x] read the issue\n- plain item\n")
    [todo], [done], [plain] = (blocks_of(view, t) for t in ("write", "read the", "plain"))
    assert todo.blockFormat().marker() == QTextBlockFormat.MarkerType.Unchecked
    assert done.blockFormat().marker() == QTextBlockFormat.MarkerType.Checked
    assert plain.blockFormat().marker() == QTextBlockFormat.MarkerType.NoMarker
    assert todo.text() == "write tests" and done.text() == "read the issue"  # no "[ ]", no ☐
    assert todo.textList() is not None  # still a list item, drawn with a box for a bullet


def test_footnotes_render_as_superscripts_listed_at_the_end(qtbot) -> None:
    view = make_view(qtbot)
    show_answer(view, "Water boils at 100 °C[^p] at sea level[^s].\n\n"
                      "[^p]: At 1 atm.\n[^s]: Lower on mountains.\n\nMore text.\n")
    text = view.toPlainText()
    body, notes = text.index("More text."), text.index("At 1 atm.")
    assert body < notes < text.index("Lower on mountains.")  # after the whole body
    assert "[^" not in text
    [cited] = blocks_of(view, "Water boils")
    supers = [frag.text() for frag in fragments(cited)
              if frag.charFormat().verticalAlignment()
              == QTextCharFormat.VerticalAlignment.AlignSuperScript]
    assert supers == ["1", "2"]


def fragments(block: QTextBlock):
    it = block.begin()
    while not it.atEnd():
        yield it.fragment()
        it += 1


def test_a_quote_has_a_bar_at_its_left(qtbot) -> None:
    view = make_view(qtbot)
    show_answer(view, "Before.\n\n> A quoted line\n> that goes on.\n>\n> > nested\n\nAfter.\n")
    bars = quote_bars(view)
    assert len(bars) == 3  # two levels on the nested paragraph
    [quoted] = blocks_of(view, "A quoted line")
    text_left = view.cursorRect(QTextCursor(quoted)).left()  # where Qt draws its text
    assert text_left - 16 <= bars[0].left() < bars[0].right() < text_left  # in its margin
    assert bars[0].height() > 5
    image = view.viewport().grab().toImage()
    x, y = int(bars[0].center().x()), int(bars[0].center().y())
    assert QColor(image.pixel(x, y)) != QColor(image.pixel(x + 8, y))  # painted


def plain(value: object) -> object:
    if isinstance(value, QTextLength):
        return ("length", value.type().value, value.rawValue())
    if isinstance(value, QBrush):
        return ("brush", value.color().name(), value.style().value)
    return value


def layout_of(view: TranscriptView) -> list[tuple]:
    """Every block of the last message: text, formats (defaults left out), position."""
    doc = view.document()
    frame = view._frames[-1]
    layout = doc.documentLayout()
    out = []
    block = doc.findBlock(frame.firstPosition())
    while block.isValid() and block.position() <= frame.lastPosition():
        rect = layout.blockBoundingRect(block)
        formats = tuple(
            sorted((k, plain(v)) for k, v in block.blockFormat().properties().items()
                   if v and k != 0)  # 0: the object index, which differs between documents
        )
        out.append((block.text(), formats, round(rect.y()), round(rect.height())))
        block = block.next()
    return out


STREAMED = (
    "Intro paragraph.\n\n```python\nx = 1\n```\nText right after the code.\n\n"
    "```\nsecond block\n```\n\n---\n\nAfter the rule.\n\n> A quote[^q]\n> > nested\n\n"
    "- [ ] open task\n- [x] done task\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
    "***\n\n[^q]: The footnote.\n\nThe end.\n"
)


def test_the_streamed_layout_equals_the_full_render_at_every_step(qtbot) -> None:
    """Each time a block is complete, the live view (settled part + tail) is laid out as a
    render of the same text from scratch: no stub after a code block, no extra gap after a
    rule, quotes, tasks and footnotes alike."""
    view, fresh = make_view(qtbot), make_view(qtbot)
    message = ViewMessage.detached("assistant", "")
    message.node.state = "streaming"
    view.add_message(message)
    view.begin_stream(0)
    compared = 0
    for part in re.findall(r"[^\n]{1,3}|\n", STREAMED):  # small deltas, each line's end too
        message.node.chunks.append(part)
        view.stream_append(0, part)
        so_far = message.content
        if not so_far.endswith("\n") or so_far.count("```") % 2:
            continue  # a code block still open is drawn as growing, on purpose
        fresh.clear_messages()
        full = ViewMessage.detached("assistant", so_far)
        full.node.state = "streaming"
        fresh.add_message(full)
        assert layout_of(view) == layout_of(fresh)[:-1], so_far  # [-1]: its footer
        compared += 1
    assert compared > 20
    view.finish_stream(0)
    streamed = view.toHtml()
    view.update_message(0)
    assert view.toHtml() == streamed


def test_a_footnote_reference_is_a_link_to_its_note(qtbot) -> None:
    """Clicked, the reference brings its note (at the message's end) to the middle; one
    without a note (not written, or not streamed in yet) moves nothing."""
    view = make_view(qtbot, height=300)
    filler = "\n\n".join(f"Paragraph {i} of the answer, long enough for a line." for i in range(40))
    message = show_answer(view, f"Water boils at 100 °C[^p], or not[^gone].\n\n{filler}\n\n"
                                "[^p]: At 1 atm, at sea level.\n")
    links = [h for h, _ in anchors(view) if h.startswith("ava:footnote/")]
    assert links == [f"ava:footnote/{message.key}/1", f"ava:footnote/{message.key}/2"]
    [note] = blocks_of(view, "At 1 atm")
    bar = view.verticalScrollBar()

    def note_shown() -> bool:
        rect = view.cursorRect(QTextCursor(note))
        return rect.top() >= 0 and rect.bottom() <= view.viewport().height()

    click_anchor(view, links[1])  # no such note: the view stays where the click was
    QApplication.processEvents()
    assert not note_shown() and bar.value() < bar.maximum() / 2
    click_anchor(view, links[0])
    QApplication.processEvents()
    assert note_shown() and view.textCursor().block().position() == note.position()
