"""PDF export and printing through Qt's own writer: the text is there, the window stays live."""

from __future__ import annotations

import time

import pypdf
from PySide6.QtCore import QTimer

from ava_desktop.ui.math_images import math_images
from ava_desktop.ui.printing import PrintJob, message_html, pdf_writer

ANSWER = (
    "Here is code:\n\n```python\nresult = "
    + " + ".join(f"value_{i}" for i in range(40))
    + "\n```\n\n| planet | moons |\n|---|---|\n| Mars | 2 |\n\n"
    "Energy is $E = mc^2$ and\n\n$$\n\\int_0^1 x^2\\,dx = \\frac{1}{3}\n$$\n"
)


def read_pdf(path) -> tuple[int, str]:
    reader = pypdf.PdfReader(str(path))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def test_pdf_holds_the_conversation_with_page_numbers(qapp, tmp_path) -> None:
    path = tmp_path / "chat.pdf"
    pairs = [("user", "Which planet has two moons? zebra-question"), ("assistant", ANSWER)] * 4
    writer = pdf_writer(str(path))
    job = PrintJob(pairs, writer)
    job.run_blocking()
    del job, writer
    pages, text = read_pdf(path)
    assert pages >= 2
    assert "zebra-question" in text and "Mars" in text and "planet" in text
    assert f"1 / {pages}" in text and f"{pages} / {pages}" in text
    # The long code line is wrapped, not cut: its last term is on the page.
    assert "value_39" in text
    assert math_images().result(("E = mc^2", False)) is not None


def test_print_html_is_light_and_wraps_code() -> None:
    html = message_html("assistant", "```python\nx = 1\n```")
    assert '<pre style="white-space:pre-wrap">' in html and "<pre>" not in html
    assert "Copy</a>" not in html and "wrap</a>" not in html.lower()
    assert "#f8f8f8" in html  # the light code background, whatever the screen's theme


def test_a_2000_message_export_keeps_the_loop_turning(qapp, qtbot, tmp_path) -> None:
    path = tmp_path / "long.pdf"
    pairs = [("user" if i % 2 == 0 else "assistant", f"message {i} says **hello** marker{i}")
             for i in range(2000)]
    writer = pdf_writer(str(path))
    job = PrintJob(pairs, writer)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(tick)
    steps: list[int] = []
    job.progress.connect(lambda done, _total: steps.append(done))
    ticker.start()
    job.start()
    with qtbot.waitSignal(job.finished, timeout=110_000):
        pass
    ticker.stop()
    del job, writer
    assert len(steps) > 10 and steps == sorted(steps)
    assert max(gaps) < 0.5, f"the loop stalled for {max(gaps):.2f} s"
    _pages, text = read_pdf(path)
    assert "marker0" in text and "marker1999" in text


def _pdf_images(path) -> list[tuple[int, int]]:
    """Sizes of the image XObjects painted on the PDF's pages."""
    sizes = []
    for page in pypdf.PdfReader(str(path)).pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image" and obj["/Width"] > 1:  # not the 1x1 blank
                sizes.append((int(obj["/Width"]), int(obj["/Height"])))
    return sizes


def test_attachments_print_as_thumbnails_and_named_chips(qapp, tmp_path) -> None:
    from PySide6.QtGui import QColor, QImage

    from ava_desktop.core.conversation.parts import FilePart, ImagePart
    from tests.ui.attachments.test_images import encoded

    image = QImage(800, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#cc3366"))
    data = encoded(image, "PNG")
    blobs = {"a" * 64: data}
    chart = ImagePart(mime="image/png", sha256="a" * 64, name="chart.png", width=800,
                      height=400, size=len(data))
    missing = ImagePart(mime="image/png", sha256="b" * 64, name="gone.png", width=10,
                        height=10)  # not in the blob table: a blank, never a path
    doc = FilePart(name="walrusreport.pdf", mime="application/pdf", text="42 walruses",
                   size=2048)
    pairs = [("user", "What is in these? zebra-ask", [chart, missing, doc]),
             ("assistant", "A red chart.")]
    path = tmp_path / "attached.pdf"
    writer = pdf_writer(str(path))
    job = PrintJob(pairs, writer, blobs=blobs.get)
    job.run_blocking()
    del job, writer
    _pages, text = read_pdf(path)
    assert "zebra-ask" in text and "walrusreport.pdf 2.0 KB" in text and "\x00" not in text
    sizes = _pdf_images(path)
    # The thumbnail, decoded for paper (sharper than the screen's 160 px), in proportion.
    assert any(w > 160 and abs(w / h - 2.0) < 0.05 for w, h in sizes), sizes


def test_print_html_of_attachments_names_no_path_and_has_no_links() -> None:
    from ava_desktop.core.conversation.parts import FilePart, ImagePart

    image = ImagePart(mime="image/png", sha256="c" * 64, name='x"><img src="file:///etc/x',
                      width=100, height=100)
    html = message_html("user", "hi", [image, FilePart(name="a.txt", mime="text/plain",
                                                        text="t", size=3)], scale=3.0)
    assert 'src="ava-blob:' + "c" * 64 in html and '<img src="file' not in html
    assert "&lt;img src=&quot;file" in html  # the name is text, escaped
    assert "<a " not in html and 'width="300"' in html and "a.txt" in html


def test_export_from_the_window_includes_the_pasted_screenshot(
        make_app, qloop, llm_server, tmp_path) -> None:
    from tests.ui.conftest import until
    from tests.ui.helpers import ask, paste_image

    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    paste_image(qloop, tab, 640, 320, "#22aa66")
    llm_server.reply(tokens=["A green rectangle."])
    ask(qloop, tab, "What colour is it?", timeout=15)
    path = tmp_path / "window.pdf"
    app.window.export_pdf_to(app.window._shown_pairs(), str(path))
    qloop.run_until_complete(until(lambda: path.exists() and path.stat().st_size > 0
                                   and bool(_pdf_images(path)), timeout=60,
                                   what="the PDF written with its thumbnail"))
    _pages, text = read_pdf(path)
    assert "What colour is it?" in text and "A green rectangle." in text
    assert any(abs(w / h - 2.0) < 0.05 for w, h in _pdf_images(path))
