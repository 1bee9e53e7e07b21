"""``--x-ava-self-test TEXT``: the built app sends one message, waits for the answer, quits.

Why in the app: a bundle has no Python and no test tools inside, and CI must prove that the
*frozen* executable (its Qt plugins, SSL, SQLite, the event loop) answers a message. The
message goes through the real composer and tab; the answer ends up in the data folder's
database, where the smoke test (packaging/smoke_test.py) reads it after a clean exit.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

log = logging.getLogger("ava_desktop")
FLAG = "--x-ava-self-test"
TIMEOUT_S = 120.0


async def self_test(app: Any, text: str, timeout: float = TIMEOUT_S) -> None:
    """Type ``text`` into the current tab, send it, and quit once the answer has ended."""
    tab = app.window.current_tab()
    deadline = time.monotonic() + timeout
    # the model list of the chosen endpoint may still be loading: retry until it is sent
    tab.composer.setPlainText(text)
    while tab.composer.has_text() and time.monotonic() < deadline:
        tab.composer.submit()
        await asyncio.sleep(0.2)
    while (tab.busy or len(tab.messages) < 2) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    state = tab.messages[-1].state if len(tab.messages) >= 2 else "not sent"
    log.info("Self-test: the answer ended (%s)", state)
    await _export_pdf(app)
    log.info("Self-test: quitting")
    app.request_quit()


async def _export_pdf(app: Any) -> None:
    """The conversation as a PDF in the data folder, and the print dialog's module loaded:
    a bundle that left out Qt's print support or PDF writer fails here, not at a user's
    Ctrl+P. The job runs on its timer, as Print… does: its blocking mode processes events,
    which inside this task would run other tasks' steps within it and lose their wake-ups."""
    from PySide6.QtPrintSupport import QPrinter  # what Print… needs

    from ava_desktop.ui.printing import PrintJob, pdf_writer

    QPrinter(QPrinter.PrinterMode.HighResolution)
    target = app.paths.data_dir / "self-test.pdf"
    writer = pdf_writer(str(target))
    job = PrintJob(app.window.shown_pairs(), writer)
    done: asyncio.Future[str | None] = asyncio.get_running_loop().create_future()
    job.finished.connect(lambda: done.done() or done.set_result(None))
    job.failed.connect(lambda message: done.done() or done.set_result(message))
    job.start()
    failure = await done
    del job, writer
    if failure:
        log.error("Self-test: the PDF export failed: %s", failure)
        return
    log.info("Self-test: exported %s (%d bytes)", target.name, target.stat().st_size)
