"""Driving the real widgets: typing, sending, and clicking links inside the transcript."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QMouseEvent,
    QTextCursor,
    QTextImageFormat,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from ava_desktop.ui.chat_tab import ChatTab
from ava_desktop.ui.transcript import TranscriptView


def type_and_send(tab: ChatTab, text: str) -> None:
    """Type ``text`` into the composer with real key events and press Enter."""
    tab.composer.setFocus()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line:
            QTest.keyClicks(tab.composer, line)
        if i < len(lines) - 1:
            QTest.keyClick(tab.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)


def anchors(view: TranscriptView) -> list[tuple[str, int]]:
    """Every link in the document: (href, position of its first character)."""
    found: list[tuple[str, int]] = []
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isAnchor():
                href = fmt.anchorHref()
                if not found or found[-1][0] != href or found[-1][1] < fragment.position() - 1:
                    found.append((href, fragment.position()))
            it += 1
        block = block.next()
    return found


def image_count(view: TranscriptView) -> int:
    """Images in the document (there must never be any from model output)."""
    count = 0
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat() or isinstance(
                it.fragment().charFormat(), QTextImageFormat
            ):
                count += 1
            it += 1
        block = block.next()
    return count


def click_anchor(view: TranscriptView, href: str, nth: int = 0) -> None:
    """Scroll the link into view and click it with the mouse, like a person."""
    positions = [pos for h, pos in anchors(view) if h == href]
    assert len(positions) > nth, f"no link {href!r} in {anchors(view)}"
    cursor = QTextCursor(view.document())
    cursor.setPosition(positions[nth] + 1)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor)
    point = QPoint(rect.left() - 2, rect.center().y())
    if point.x() < 0:
        point.setX(rect.left() + 1)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     point)


def mouse_move(widget: QWidget, point: QPoint) -> None:
    """A real mouse-move event delivered to ``widget`` at ``point``, at once.

    Not QTest.mouseMove: it processes pending events, and called from a test's coroutine
    that runs other tasks' steps inside this one, which asyncio refuses ("Cannot enter into
    task"): their wake-ups are lost and the app's shutdown waits for them.
    """
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(point),
                        QPointF(widget.mapToGlobal(point)), Qt.MouseButton.NoButton,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def hover_message(view: TranscriptView, index: int) -> None:
    """Scroll message ``index`` into view and move the real mouse over it (its actions bar
    shows); the point is inside the message, off its buttons."""
    bar = view.message_actions
    index = index % len(view.messages)
    rect = bar.message_rect(index)
    height = view.viewport().height()
    if rect.bottom() > height or rect.top() < 0:
        scroll = view.verticalScrollBar()
        scroll.setValue(scroll.value() + rect.bottom() - height + 8)
        rect = bar.message_rect(index)
    visible = rect.intersected(view.viewport().rect())
    assert not visible.isEmpty(), f"message {index} is not on screen: {rect}"
    point = QPoint(visible.left() + 12, visible.center().y())
    mouse_move(view.viewport(), point)
    assert bar.target() == index, f"the bar is on message {bar.target()}, not {index}"


def click_action(view: TranscriptView, verb: str, index: int = -1) -> None:
    """Hover message ``index`` and click its ``verb`` button ("copy", "regenerate",
    "prev"...) with the mouse, like a person."""
    hover_message(view, index)
    button = view.message_actions.button(verb)
    assert button.isVisible() and button.isEnabled(), (
        f"no {verb!r} button on message {index}: "
        f"{[b.objectName() for b in view.message_actions.buttons()]}")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def chat_requests(server) -> list:
    """The chat completions the app sent (model list fetches run alongside them)."""
    return [r for r in server.requests if r.path.endswith("/chat/completions")]


def ask(qloop, tab: ChatTab, text: str, timeout: float = 5.0):
    """Send ``text`` with real keys and run the loop until its answer has ended."""
    from tests.ui.conftest import until

    before = len(tab.messages)

    async def scenario() -> None:
        type_and_send(tab, text)
        await until(lambda: len(tab.messages) == before + 2 and not tab.busy, timeout,
                    what=f"the answer to {text!r}")

    qloop.run_until_complete(scenario())
    return tab.messages[-1]


def paste_image(qloop, tab: ChatTab, width: int, height: int, color: str = "#3366cc") -> None:
    """Put an image on the real clipboard, press Ctrl+V in the composer, and wait until the
    tray has it ready to send."""
    from tests.ui.conftest import until

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    mime = QMimeData()
    mime.setImageData(image)
    QGuiApplication.clipboard().setMimeData(mime)
    tab.composer.setFocus()
    QTest.keyClick(tab.composer, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qloop.run_until_complete(until(lambda: len(tab.tray.parts()) == 1 and not tab.tray.busy,
                                   timeout=30, what="the pasted image ready"))
