"""Where message frames go in the transcript's document: in groups of ``GROUP_SIZE``.

Why groups: on every edit Qt walks all child frames of the frame that changed (to mark and
re-position them), so with 2,000 message frames in the root frame inserting one character
at the top cost ~10 ms and showing earlier messages while scrolling up stalled for 100-280
ms. Inside groups an edit walks the groups and one group's messages: ~0.1 ms.

A group is an invisible frame (no margin, padding or border). Qt puts a block before its
first child frame and one after the group; both are given zero height, so the layout is
the same as with message frames directly in the root frame.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument, QTextFrame, QTextFrameFormat

GROUP_SIZE = 32
_GROUP = QTextFrameFormat.Property.UserProperty + 19  # marks a group's frame format


def flatten(cursor: QTextCursor) -> None:
    """Give the cursor's block no height: a block Qt needs between frames, not a line."""
    fmt = QTextBlockFormat()
    fmt.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    fmt.setTopMargin(0)
    fmt.setBottomMargin(0)
    cursor.setBlockFormat(fmt)


def is_group(frame: QTextFrame | None) -> bool:
    return frame is not None and frame.frameFormat().boolProperty(_GROUP)


def _insert_group(cursor: QTextCursor) -> QTextFrame:
    """A new group at the cursor (the end of a root-frame block)."""
    fmt = QTextFrameFormat()
    fmt.setProperty(_GROUP, True)
    group = cursor.insertFrame(fmt)
    flat = QTextCursor(cursor.document())
    flat.setPosition(group.firstPosition())
    flatten(flat)
    flat.setPosition(group.lastPosition() + 1)
    flatten(flat)
    return group


def append_frame(doc: QTextDocument, fmt: QTextFrameFormat) -> QTextFrame:
    """A message frame at the end of the document, in the last group unless it is full."""
    cursor = QTextCursor(doc)
    children = doc.rootFrame().childFrames()
    group = children[-1] if children and is_group(children[-1]) else None
    if group is None or len(group.childFrames()) >= GROUP_SIZE:
        cursor.movePosition(QTextCursor.MoveOperation.End)
        group = _insert_group(cursor)
    cursor.setPosition(group.lastPosition())
    return cursor.insertFrame(fmt)


def prepend_frames(doc: QTextDocument, formats: list[QTextFrameFormat]) -> list[QTextFrame]:
    """Message frames after the document's first block: at the start of the first group
    while it has room, the others in groups of their own before it."""
    cursor = QTextCursor(doc)
    children = doc.rootFrame().childFrames()
    first = children[0] if children and is_group(children[0]) else None
    room = GROUP_SIZE - len(first.childFrames()) if first is not None else 0
    split = len(formats) - max(0, min(room, len(formats)))
    joined: list[QTextFrame] = []
    if first is not None and split < len(formats):
        position = first.firstPosition()  # its flat first block: new ones go before the rest
        for fmt in formats[split:]:
            cursor.setPosition(position)
            joined.append(cursor.insertFrame(fmt))
            position = joined[-1].lastPosition() + 1
    frames: list[QTextFrame] = []
    position = doc.begin().length() - 1  # the end of the first block
    for start in range(0, split, GROUP_SIZE):
        cursor.setPosition(position)
        group = _insert_group(cursor)
        for fmt in formats[start:min(split, start + GROUP_SIZE)]:
            cursor.setPosition(group.lastPosition())
            frames.append(cursor.insertFrame(fmt))
        position = group.lastPosition() + 1  # the (flat) block after the group
    return frames + joined


def remove_frames(doc: QTextDocument, frames: list[QTextFrame]) -> None:
    """Remove these message frames, the last ones of the document, with their groups.

    Whole groups go whole; a group that keeps earlier messages loses only the tail: a
    selection that crossed a group's boundary would make Qt take the whole group.
    """
    if not frames:
        return
    first = frames[0]
    group = first.parentFrame()
    cursor = QTextCursor(doc)
    if is_group(group) and group.childFrames()[0] != first:
        cursor.setPosition(first.firstPosition() - 1)
        cursor.setPosition(group.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setPosition(group.lastPosition() + 1)
    else:
        start = group if is_group(group) else first
        cursor.setPosition(start.firstPosition() - 1)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
