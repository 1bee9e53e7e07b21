"""The renderer's HTML in a real QTextDocument: visible text right, nothing loaded, safe anchors.

Tests may import Qt; ava_desktop.core.markdown itself never does.
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtGui")

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from ava_desktop.core.markdown import (
    StreamingMarkdown,
    code_blocks,
    render_markdown,
    stylesheet,
)

from .test_markdown_security import RAW_HTML, UNSAFE_URLS

ALLOWED_SCHEMES = ("http://", "https://", "mailto:", "ava:copy-code/", "ava:wrap-code/")


class RecordingDocument(QTextDocument):
    """Records every resource Qt tries to load (images, stylesheets...)."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[str] = []

    def loadResource(self, kind: int, url: QUrl) -> object:  # Qt API name
        self.requests.append(f"{kind}:{url.toString()}")
        return None


def load(html: str, *, dark: bool = False) -> RecordingDocument:
    doc = RecordingDocument()
    doc.setDefaultStyleSheet(stylesheet(dark))
    doc.setHtml(html)
    doc.setTextWidth(600)
    doc.size()  # lay out: this is when Qt fetches images
    return doc


def fragments(doc: QTextDocument):
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid():
                yield frag
            it += 1
        block = block.next()


def assert_inert(doc: RecordingDocument) -> list[str]:
    """No image formats, no resource loads, only allowed anchors; returns the hrefs."""
    hrefs = []
    for frag in fragments(doc):
        fmt = frag.charFormat()
        assert not fmt.isImageFormat(), frag.text()
        if fmt.isAnchor() and fmt.anchorHref():
            hrefs.append(fmt.anchorHref())
            assert fmt.anchorHref().startswith(ALLOWED_SCHEMES), fmt.anchorHref()
    assert doc.requests == []
    return hrefs


def test_the_probe_would_catch_a_real_image(qapp) -> None:
    doc = load('<p><img src="file:///etc/passwd"> <a href="file:///x">f</a></p>')
    assert doc.requests  # Qt asks for the resource: the checks above are not vacuous
    assert any(f.charFormat().isImageFormat() for f in fragments(doc))


def test_hostile_html_shows_as_text_and_loads_nothing(qapp) -> None:
    src = (
        "\n\n".join(RAW_HTML)
        + "\n\n"
        + "\n\n".join(f"[link {i}]({u}) ![img {i}]({u})" for i, u in enumerate(UNSAFE_URLS))
    )
    doc = load(render_markdown(src))
    text = doc.toPlainText()
    assert "<script>alert(1)</script>" in text
    assert "<img src=file:///etc/passwd>" in text
    assert '<a href="file:///etc/passwd">local file</a>' in text
    assert "[image: img 0]" in text and "link 0" in text
    hrefs = assert_inert(doc)
    assert all(h.startswith("http://") for h in hrefs)  # bare URLs inside the shown tags


def test_features_render_in_qt_with_copy_anchors(qapp) -> None:
    src = (
        "# Title\n\nSome **bold** and a [link](https://example.com).\n\n"
        "| a | b |\n|---|--:|\n| 1 | 2 |\n\n"
        "```python\nprint('<hi>')\n```\n\n    indented\n\n![pic](https://img.example/p.png)\n"
    )
    for dark in (False, True):
        doc = load(render_markdown(src, dark=dark), dark=dark)
        text = doc.toPlainText()
        assert "Title" in text and "print('<hi>')" in text and "indented" in text
        hrefs = assert_inert(doc)
        assert hrefs.count("https://example.com") == 1
        assert "ava:copy-code/0" in hrefs and "ava:copy-code/1" in hrefs
        assert "https://img.example/p.png" in hrefs
        assert code_blocks(src) == ["print('<hi>')", "indented"]
        tables = [f for f in doc.rootFrame().childFrames() if f.frameFormat().isTableFormat()]
        assert len(tables) == 3  # one markdown table + two code frames


def test_streamed_fragments_load_like_the_full_render(qapp) -> None:
    src = "Intro\n\n<img src=x>\n\n```js\nlet a = 1;\n```\n\n- a\n- b\n\nEnd\n"
    sm = StreamingMarkdown()
    settled = []
    for i in range(0, len(src), 3):
        update = sm.append(src[i : i + 3])
        settled.append(update.new_settled_html)
        assert_inert(load(update.tail_html))
    html = "".join(settled) + sm.finish().new_settled_html
    assert load(html).toPlainText() == load(render_markdown(src)).toPlainText()
