"""How a sidebar row looks: small grey headings, one-line titles (two lines for a search hit
with its snippet, matched words in bold), a rounded highlight, the current tab's conversation
in bold, a pin."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ava_desktop.ui.icons import icon
from ava_desktop.ui.sidebar.model import Roles

PAD_X = 10
ROW_H = 32
HEADER_H = 30
HIT_H = 48
RADIUS = 6
PIN_SIZE = 14

Index = QModelIndex | QPersistentModelIndex


def marked_pieces(text: str, spans: Iterable[Sequence[int]]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is_match) runs by the [start, end) ``spans``."""
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for start, end in sorted((int(a), int(b)) for a, b in spans):
        if start < pos or end > len(text):
            continue
        if start > pos:
            pieces.append((text[pos:start], False))
        pieces.append((text[start:end], True))
        pos = end
    if pos < len(text):
        pieces.append((text[pos:], False))
    return pieces


def _draw_marked(painter: QPainter, rect: QRect, text: str,
                 spans: Iterable[Sequence[int]]) -> None:
    """One elided line with the matched words in bold (as the history dialog marks them).
    A line that does not fit always ends in "…", also when a cut falls between pieces."""
    plain = QFont(painter.font())
    bold = QFont(plain)
    bold.setWeight(QFont.Weight.Bold)
    pieces = [(piece, bold if match else plain) for piece, match in marked_pieces(text, spans)]
    widths = [QFontMetrics(font).horizontalAdvance(piece) for piece, font in pieces]
    fits = sum(widths) <= rect.width()
    limit = rect.right() - (0 if fits else QFontMetrics(plain).horizontalAdvance("…"))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    x = rect.left()
    for (piece, font), width in zip(pieces, widths, strict=True):
        painter.setFont(font)
        last = x + width > limit
        if last:  # the piece that crosses the limit: what fits of it, then the ellipsis
            metrics, whole = QFontMetrics(font), piece
            piece = metrics.elidedText(whole, Qt.TextElideMode.ElideRight, rect.right() - x)
            if piece == whole:  # it fits, but what follows does not
                piece = metrics.elidedText(whole, Qt.TextElideMode.ElideRight, limit - x) or "…"
        painter.drawText(QRect(x, rect.top(), rect.right() - x, rect.height()), flags, piece)
        x += width
        if last:
            break
    painter.setFont(plain)


class RowDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if index.data(Roles.HEADER):
            return QSize(option.rect.width(), HEADER_H)
        return QSize(option.rect.width(), HIT_H if index.data(Roles.SNIPPET) else ROW_H)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = QFont(option.font)  # type: ignore[attr-defined]
        if index.data(Roles.HEADER):
            font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
            font.setWeight(QFont.Weight.DemiBold)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect.adjusted(PAD_X, 8, -PAD_X, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            painter.restore()
            return
        body = rect.adjusted(4, 1, -4, -1)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(body, RADIUS, RADIUS)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(body, RADIUS, RADIUS)
        if state & QStyle.StateFlag.State_HasFocus and not selected:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(body.adjusted(0, 0, -1, -1), RADIUS, RADIUS)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        inner = body.adjusted(PAD_X - 4, 0, -(PAD_X - 4), 0)
        if index.data(Roles.PINNED):
            pin = icon("pinned", palette.color(role).name()).pixmap(PIN_SIZE, PIN_SIZE)
            painter.drawPixmap(inner.right() - PIN_SIZE, inner.center().y() - PIN_SIZE // 2,
                               pin)
            inner.setRight(inner.right() - PIN_SIZE - 6)
        if index.data(Roles.CURRENT):
            font.setWeight(QFont.Weight.Bold)
        painter.setFont(font)
        painter.setPen(palette.color(role))
        snippet = str(index.data(Roles.SNIPPET) or "")
        metrics = painter.fontMetrics()
        if snippet:
            top = inner.adjusted(0, 5, 0, -inner.height() // 2)
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, top.width()))
            small = QFont(option.font)  # type: ignore[attr-defined]
            small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
            painter.setFont(small)
            if not selected:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            bottom = inner.adjusted(0, inner.height() // 2, 0, -5)
            _draw_marked(painter, bottom, snippet, index.data(Roles.SPANS) or ())
        else:
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                inner.width()))
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("sidebarRename")
        editor.setAccessibleName(self.tr("New title"))
        editor.setFrame(True)
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        editor.setGeometry(option.rect.adjusted(4, 2, -4, -2))  # type: ignore[attr-defined]


__all__ = ["RowDelegate"]
