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
    assert 'white-space: pre-wrap' in html and "Copy</a>" not in html
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
