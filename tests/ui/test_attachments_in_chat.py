"""Attachments end to end in the real window (issue 12's "Done when"): a pasted screenshot,
a PDF and a source file go to the server as content parts, survive a restart and are sent
again; a server that refuses images gets a clear error naming the model, the message kept."""

from __future__ import annotations

import base64

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QTest

from tests.attachment_files import make_pdf
from tests.ui.conftest import until
from tests.ui.helpers import anchors, ask, chat_requests, image_count


def _screenshot() -> QImage:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    return image


def _attach_everything(qloop, tab, tmp_path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf(["Quarterly walrus census: 42 walruses."]))
    source = tmp_path / "tool.py"
    source.write_text("def count():\n    return 42\n", encoding="utf-8")
    mime = QMimeData()
    mime.setImageData(_screenshot())
    QGuiApplication.clipboard().setMimeData(mime)
    tab.composer.setFocus()
    QTest.keyClick(tab.composer, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(pdf)), QUrl.fromLocalFile(str(source))])
    QGuiApplication.clipboard().setMimeData(files)  # files copied in a file manager
    QTest.keyClick(tab.composer, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qloop.run_until_complete(until(lambda: len(tab.tray.parts()) == 3 and not tab.tray.busy,
                                   timeout=30, what="three attachments ready"))


def _content_parts(request) -> list:
    return request.json["messages"][0]["content"]


def test_screenshot_pdf_and_source_are_sent_kept_and_sent_again(
        make_app, qloop, llm_server, tmp_path):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    _attach_everything(qloop, tab, tmp_path)
    assert tab.composer.toPlainText() == ""  # pasting attached, it typed nothing
    llm_server.reply(tokens=["I see a blue image, a census and a function."])
    ask(qloop, tab, "What are these?", timeout=15)
    parts = _content_parts(chat_requests(llm_server)[-1])
    kinds = [p["type"] for p in parts]
    assert kinds.count("image_url") == 1 and "text" in kinds
    url = next(p["image_url"]["url"] for p in parts if p["type"] == "image_url")
    assert url.startswith("data:image/png;base64,")
    png = base64.b64decode(url.split(",", 1)[1])
    assert QImage.fromData(png).width() == 320
    texts = "\n".join(p["text"] for p in parts if p["type"] == "text")
    assert '<file name="report.pdf">' in texts and "42 walruses" in texts
    assert '<file name="tool.py">' in texts and "return 42" in texts
    assert str(tmp_path) not in texts  # a name, never the local path
    assert "What are these?" in texts
    assert image_count(tab.view) == 1  # the thumbnail, from our own blob table
    assert not tab.tray.parts()  # sent: the tray is empty again

    qloop.run_until_complete(app.shutdown())
    again = make_app(llm_server.base_url)
    tab = again.window.current_tab()
    assert image_count(tab.view) == 1
    assert sum(h.startswith("ava:attachment/") for h, _ in anchors(tab.view)) == 3
    llm_server.reply(tokens=["Still 42."])
    ask(qloop, tab, "And how many walruses?", timeout=15)
    parts = _content_parts(chat_requests(llm_server)[-1])
    assert [p["type"] for p in parts].count("image_url") == 1
    assert any("42 walruses" in p.get("text", "") for p in parts)


def test_a_server_that_refuses_images_says_so_naming_the_model(
        make_app, qloop, llm_server, tmp_path):
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    mime = QMimeData()
    mime.setImageData(_screenshot())
    QGuiApplication.clipboard().setMimeData(mime)
    tab.composer.setFocus()
    QTest.keyClick(tab.composer, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qloop.run_until_complete(until(lambda: len(tab.tray.parts()) == 1 and not tab.tray.busy))
    llm_server.reply_json_error(400, "Invalid content type. image_url is only supported by "
                                "certain models.")
    answer = ask(qloop, tab, "Look at this")
    assert answer.state == "error"
    assert "test-model does not accept images" in answer.error
    assert tab.messages[0].content == "Look at this"  # the message is kept
    assert "does not accept images" in tab.view.toPlainText()
