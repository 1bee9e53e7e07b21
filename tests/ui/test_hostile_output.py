"""Model output is untrusted: it must load nothing, run nothing and open nothing by itself."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from tests.ui.conftest import until
from tests.ui.helpers import anchors, ask, click_anchor, image_count


class UrlRecorder(QObject):
    """Receives what QDesktopServices would hand to the system browser."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def record(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def url_recorder():
    recorder = UrlRecorder()
    schemes = ("http", "https", "mailto", "file", "javascript", "data", "ftp")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, recorder, "record")
    yield recorder
    for scheme in schemes:
        QDesktopServices.unsetUrlHandler(scheme)


def test_hostile_markup_loads_nothing_and_opens_nothing(make_app, qloop, llm_server,
                                                        url_recorder, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET FILE CONTENT")
    bait = llm_server.url  # any request here for a picture would be recorded
    hostile = (
        "Raw: <script>alert(1)</script> <b>bold?</b>\n\n"
        f'<img src="file://{secret}"> <img src="{secret}"> <img src="{bait}/pixel.png">\n\n'
        f"![remote]({bait}/img.png) ![local](file://{secret}) ![bare]({secret})\n\n"
        f"[local file](file://{secret}) [js](javascript:alert(1)) [bare]({secret}) "
        "[ok](https://example.com/page) <a href=\"file:///etc/passwd\">html link</a>\n"
    )
    llm_server.reply(tokens=[hostile[i:i + 5] for i in range(0, len(hostile), 5)])
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()

    ask(qloop, tab, "be evil")
    view = tab.view
    text = view.toPlainText()
    assert "<script>alert(1)</script>" in text  # raw HTML shows as text
    assert "<b>bold?</b>" in text
    assert "TOP SECRET" not in text
    assert image_count(view) == 0
    paths = [r.path for r in llm_server.requests]
    assert not any("png" in p for p in paths), paths  # no picture was ever fetched
    hrefs = [h for h, _ in anchors(view)]
    assert all(h.startswith(("ava:", "https:", "http:", "mailto:")) for h in hrefs), hrefs
    assert "https://example.com/page" in hrefs
    assert f"{bait}/img.png" in hrefs  # an image becomes a link, never a picture

    before = view.toHtml()
    click_anchor(view, "https://example.com/page")
    qloop.run_until_complete(until(lambda: url_recorder.opened, what="browser hand-off"))
    assert url_recorder.opened == ["https://example.com/page"]
    assert view.toHtml() == before  # the transcript did not navigate anywhere
    assert not any("file" in u or "javascript" in u for u in url_recorder.opened)


def test_view_never_loads_resources_even_if_asked(make_app, qloop, llm_server, tmp_path):
    """Defence in depth: even HTML we did not sanitise cannot pull in local files."""
    from PySide6.QtGui import QColor, QImage

    picture = tmp_path / "p.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(picture))
    app = make_app(llm_server.base_url)
    view = app.window.current_tab().view

    async def scenario():
        view.document().setHtml(
            f'<p>x<img src="file://{picture}"><img src="{picture}">'
            f'<img src="{llm_server.url}/pixel.png"></p>'
        )
        view.viewport().repaint()  # painting is when Qt would load the images
        await asyncio.sleep(0.2)

    qloop.run_until_complete(scenario())
    for name in (f"file://{picture}", str(picture), f"{llm_server.url}/pixel.png"):
        loaded = view.document().resource(2, QUrl(name))  # 2 = ImageResource
        assert loaded is None or loaded.size().width() == 1, name  # never the red 4x4 file
    assert not any("pixel" in r.path for r in llm_server.requests)


def test_clicking_a_file_link_from_unsanitised_html_does_not_navigate(make_app, qloop,
                                                                     llm_server, url_recorder):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    view = tab.view
    notices = []
    tab.notice.connect(notices.append)

    async def scenario():
        view.document().setHtml('<p><a href="file:///etc/passwd">passwd</a></p>')
        click_anchor(view, "file:///etc/passwd")
        await until(lambda: notices, what="blocked notice")

    qloop.run_until_complete(scenario())
    assert "root:" not in view.toPlainText()
    assert url_recorder.opened == []
    assert "Blocked" in notices[0]



def test_an_endless_line_streams_and_ends_as_a_full_render(make_app, qloop, llm_server):
    """Hostile or runaway output: 200k characters without a line break."""
    text = "".join(f"w{i} " for i in range(40_000))
    llm_server.reply(tokens=[text[i:i + 2000] for i in range(0, len(text), 2000)])
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    answer = ask(qloop, tab, "go on forever", timeout=30)
    assert answer.content == text
    streamed = tab.view.toPlainText()
    assert "w39999" in streamed and "w0 w1" in streamed
    tab.view.update_message(1)
    assert tab.view.toPlainText() == streamed


def test_invalid_unicode_from_the_server_is_saved_and_shown(make_app, qloop, llm_server):
    import json

    chunk = {"choices": [{"delta": {"content": "before \ud800 after"}}]}
    llm_server.reply(raw=f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n".encode())
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    answer = ask(qloop, tab, "break unicode")
    assert answer.state == "complete" and answer.content == "before \ufffd after"
    assert "before \ufffd after" in tab.view.toPlainText()
    stored = app.ctx.store.messages(tab.conversation_id)[-1]
    assert stored.content == "before \ufffd after" and stored.state == "complete"
