"""Right-to-left paragraphs of a message (Arabic, Hebrew) run right to left in an English
UI, each paragraph by its own first strong character (Qt resolves LayoutDirectionAuto per
block; nothing in the transcript may force a direction on them)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ava_desktop.ui.transcript import TranscriptView, ViewMessage


def _starts(view: TranscriptView) -> dict[str, tuple[Qt.LayoutDirection, float, float]]:
    """First words of each block -> (its direction, where its first character is, width)."""
    out = {}
    block = view.document().begin()
    while block.isValid():
        layout = block.layout()
        if block.text().strip() and layout.lineCount():
            line = layout.lineAt(0)
            out[block.text().split()[0]] = (block.textDirection(), line.cursorToX(0)[0],
                                            line.width())
        block = block.next()
    return out


def test_rtl_paragraphs_run_right_to_left_in_an_english_ui(qtbot) -> None:
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    text = ("Hello, here is a translation.\n\n"
            "مرحبا بالعالم، هذا نص عربي (with English inside)\n\n"
            "- שלום עולם\n- second item\n\n"
            "> «نعم» is yes")
    view.add_message(ViewMessage.detached("assistant", text))
    qtbot.waitUntil(lambda: "שלום" in view.toPlainText())
    starts = _starts(view)
    direction, x, width = starts["Hello,"]
    assert direction == Qt.LayoutDirection.LeftToRight and x < width / 2
    for first in ("مرحبا", "שלום", "«نعم»"):
        direction, x, width = starts[first]
        assert direction == Qt.LayoutDirection.RightToLeft, first
        assert x > width / 2, f"{first} starts at {x} of {width}: not on the right"
    direction, x, width = starts["second"]
    assert direction == Qt.LayoutDirection.LeftToRight and x < width / 2
