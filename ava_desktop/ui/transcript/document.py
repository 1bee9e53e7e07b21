"""The transcript's document: it never loads anything a message names.

Images come only from our own sources (formulas we typeset, thumbnails of attachments in
the conversation's blob table); anything else, a ``file:`` path, a URL, a bare path, gets a
blank image, because returning nothing makes Qt read the path itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QTextDocument

from ava_desktop.core.markdown.mathurl import URL_SCHEME as MATH_SCHEME
from ava_desktop.ui.attachment_view import BLOB_SCHEME, Thumbnails
from ava_desktop.ui.math_images import FormulaDocument


class SafeDocument(FormulaDocument):
    """A document that never loads images or style sheets from anywhere.

    Returning nothing is not enough: Qt's image handler then falls back to reading the
    path from disk itself. A blank 1x1 image is a valid answer, so nothing is loaded.
    The only images drawn are formulas (``ava-math:``), by our own renderer.
    """

    _blank: QImage | None = None

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.thumbnails = Thumbnails()

    def loadResource(self, type: int, name: QUrl) -> Any:
        if type == QTextDocument.ResourceType.ImageResource.value:
            if name.scheme() == MATH_SCHEME:
                return self.load_formula(name)
            if name.scheme() == BLOB_SCHEME:
                image = self.thumbnails.image(name.path())
                if image is not None:
                    return image
            if SafeDocument._blank is None:
                SafeDocument._blank = QImage(1, 1, QImage.Format.Format_ARGB32)
                SafeDocument._blank.fill(0)
            return SafeDocument._blank
        return QByteArray()
