"""Find and copy in documents with formulas: a formula counts as its LaTeX source.

A formula is one object character in the document (an image), so Qt's own find never sees
its source and a copied selection would hold U+FFFC. The image's name carries the source
(see core/markdown/math.py), so nothing else needs to be kept.
"""

from __future__ import annotations

import html
import re

from PySide6.QtGui import QTextCursor, QTextDocument

from ava_desktop.core.markdown.mathurl import parse_math_url, source_markup
from ava_desktop.ui.math_images import OBJECT_CHAR, image_name, objects


def formula_source(name: str) -> str | None:
    """``$…$`` / ``$$…$$`` with the source of the formula image ``name`` (None: not one)."""
    parsed = parse_math_url(name)
    return source_markup(parsed[0], "$$" if parsed[1] else "$") if parsed else None


def with_sources(doc: QTextDocument, start: int, end: int, text: str) -> str:
    """``text`` (the plain text of [start, end), where each object is U+FFFC) with each
    formula's LaTeX source in place of its object character; other objects stay."""
    if OBJECT_CHAR not in text:
        return text
    names = [image_name(c) for c in objects(doc, start, end)]
    pieces = text.split(OBJECT_CHAR)
    out = [pieces[0]]
    for i, piece in enumerate(pieces[1:]):
        source = formula_source(names[i]) if i < len(names) else None
        out += [source if source is not None else OBJECT_CHAR, piece]
    return "".join(out)


_MATH_IMG = re.compile(r'<img\b[^>]*?\bsrc="(ava-math:[^"]*)"[^>]*>')


def html_with_sources(page: str) -> str:
    """A copied page's formula images replaced by their LaTeX source (elsewhere no one can
    draw an ``ava-math:`` image)."""
    def source(match: re.Match[str]) -> str:
        text = formula_source(html.unescape(match.group(1)))
        return html.escape(text) if text is not None else ""
    return _MATH_IMG.sub(source, page)


def find_formula(doc: QTextDocument, needle: str, cursor: QTextCursor,
                 flags: QTextDocument.FindFlag, before: QTextCursor) -> QTextCursor | None:
    """The first formula after ``cursor`` (before it with FindBackward) whose LaTeX source
    contains ``needle`` and that comes before the text match ``before`` (null: none)."""
    backward = bool(flags & QTextDocument.FindFlag.FindBackward)
    exact = bool(flags & QTextDocument.FindFlag.FindCaseSensitively)
    wanted = needle if exact else needle.casefold()
    if backward:
        start = before.selectionEnd() if not before.isNull() else 0
        found = objects(doc, start, cursor.selectionStart(), backward=True)
    else:
        end = before.selectionStart() if not before.isNull() else doc.characterCount()
        found = objects(doc, cursor.selectionEnd(), end)
    for hit in found:
        parsed = parse_math_url(image_name(hit))
        if parsed and wanted in (parsed[0] if exact else parsed[0].casefold()):
            return hit
    return None
