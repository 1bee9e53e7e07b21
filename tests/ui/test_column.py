"""The transcript as a readable column: about 80 characters on wide windows, centred, the
full width on narrow ones; it follows zoom, and the sides scroll and look like the page."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextFormat, QWheelEvent
from PySide6.QtWidgets import QApplication

from ava_desktop.ui.transcript import TranscriptView
from ava_desktop.ui.transcript.message import ViewMessage
from tests.ui.helpers import hover_message

PARAGRAPH = " ".join(["The quick brown fox jumps over the lazy dog while the reader follows"
                      " the lines of a long answer across the window."] * 12)


def make_view(qtbot, width: int, height: int = 600) -> TranscriptView:
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    view.set_messages([ViewMessage.detached("assistant", PARAGRAPH, model="m")
                       for _ in range(4)])
    QApplication.processEvents()
    return view


def longest_line(view: TranscriptView) -> int:
    """Characters in the longest laid-out line of the last answer's paragraph."""
    cursor = view.document().find("The quick brown fox")
    block = cursor.block()
    lines = block.layout()
    return max(lines.lineAt(i).textLength() for i in range(lines.lineCount()))


def sides(view: TranscriptView) -> tuple[int, int]:
    """The empty widths left and right of the viewport (up to the scroll bar)."""
    viewport = view.viewport().geometry()
    bar = view.verticalScrollBar()
    right_edge = (bar.mapTo(view, QPoint(0, 0)).x() if bar.isVisible()
                  else view.width() - view.frameWidth())
    return viewport.left() - view.frameWidth(), right_edge - viewport.right() - 1


def test_a_wide_window_is_a_centred_column_of_about_80_characters(qtbot):
    view = make_view(qtbot, 2400, 1200)
    assert 60 <= longest_line(view) <= 100
    left, right = sides(view)
    assert left > 500 and abs(left - right) <= 2
    # the scroll bar stays at the widget's right edge
    bar = view.verticalScrollBar()
    assert bar.mapTo(view, QPoint(bar.width(), 0)).x() >= view.width() - view.frameWidth() - 1


def test_a_narrow_window_uses_the_whole_width(qtbot):
    view = make_view(qtbot, 500)
    assert sides(view) == (0, 0)
    assert view.viewport().width() == view.width() - 2 * view.frameWidth() \
        - view.verticalScrollBar().width()


def test_zoom_widens_the_column_in_characters_kept(qtbot):
    view = make_view(qtbot, 2400, 1200)
    before = view.viewport().width()
    chars = longest_line(view)
    view.set_font_size(view.font().pointSizeF() * 1.5)
    QApplication.processEvents()
    assert view.viewport().width() > before * 1.3
    assert abs(longest_line(view) - chars) <= 10
    left, right = sides(view)
    assert abs(left - right) <= 2


def test_wheel_over_a_side_scrolls(qtbot):
    view = make_view(qtbot, 2400, 500)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    at = QPointF(100, 250)  # in the left side, outside the viewport
    assert not view.viewport().geometry().contains(at.toPoint())
    event = QWheelEvent(at, view.mapToGlobal(at), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view, event)
    assert bar.value() < bar.maximum()


def test_the_sides_have_the_transcripts_base_colour(qtbot):
    view = make_view(qtbot, 2400, 500)
    image = view.grab().toImage()
    base = view.palette().color(QPalette.ColorRole.Base)
    assert image.pixelColor(50, 250) == base
    assert image.pixelColor(view.width() - 60, 250) == base


def rule_colours(view: TranscriptView) -> set[str]:
    """The colours painted along the middle of the rule's block (a footnote separator)."""
    block = view.document().begin()
    while block.isValid() and not block.blockFormat().hasProperty(
            QTextFormat.Property.BlockTrailingHorizontalRulerWidth):
        block = block.next()
    assert block.isValid()
    rect = view.cursorRect(QTextCursor(block))
    image = view.viewport().grab().toImage()
    x = view.viewport().width() // 2
    return {image.pixelColor(x, y).name() for y in range(max(0, rect.top() - 4),
                                                         rect.bottom() + 6)}


def test_rules_are_muted_in_both_themes(qtbot):
    for base, text in (("#ffffff", "#000000"), ("#0d1117", "#e6edf3")):
        view = TranscriptView()
        qtbot.addWidget(view)
        palette = view.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(base))
        palette.setColor(QPalette.ColorRole.Text, QColor(text))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        view.setPalette(palette)
        view.resize(600, 400)
        view.show()
        qtbot.waitExposed(view)
        view.set_messages([ViewMessage.detached("assistant", "Text.[^1]\n\n[^1]: A note.",
                                                model="m")])
        QApplication.processEvents()
        colours = rule_colours(view) - {base}
        assert colours, "the rule is drawn"
        assert text not in colours and "#000000" not in colours


def test_the_actions_bar_sits_at_the_message_in_the_column(qtbot):
    view = make_view(qtbot, 2400, 1200)
    hover_message(view, -1)
    bar = view.message_actions
    rect = bar.message_rect(len(view.messages) - 1)
    assert bar.isVisible()
    # inside the message, at its right edge, not at the widget's
    assert rect.left() <= bar.geometry().left() and bar.geometry().right() <= rect.right()
    assert rect.right() - bar.geometry().right() < 40
    assert bar.mapTo(view, QPoint(bar.width(), 0)).x() < view.width() - 500
