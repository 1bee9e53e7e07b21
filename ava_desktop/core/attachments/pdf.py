"""PDF text through pypdf (pure Python, BSD), page by page within the limits.

A PDF that loops inside one page is stopped by the reader process's wall-time limit
(``worker.py``); the checks here give the clearer messages for what can be seen coming:
too many pages, a password, a scan without a text layer, the time budget between pages.
"""

from __future__ import annotations

import io
import logging
import time

from ava_desktop.core.attachments.limits import AttachmentFailure, Limits, failure

PAGE_BREAK = "\n\n"


def pdf_text(name: str, data: bytes, limits: Limits,
             deadline: float | None = None) -> tuple[str, bool] | AttachmentFailure:
    """(text, cut) of the PDF, or why there is none. ``cut``: stopped at ``max_chars``."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a broken xref is common, not news
    deadline = deadline or time.monotonic() + limits.seconds
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # owner-password-only PDFs open without one
            except (DependencyError, NotImplementedError):
                opened = 0
            if not opened:
                return _encrypted(name)
        count = len(reader.pages)
        if count > limits.max_pdf_pages:
            return failure(name, "too_many_pages", "pdf_too_many_pages", n=count,
                           limit=limits.max_pdf_pages)
        texts: list[str] = []
        total = 0
        cut = False
        for number, page in enumerate(reader.pages, 1):
            if time.monotonic() > deadline:
                return failure(name, "timeout", "pdf_timeout", seconds=float(limits.seconds),
                               page=number, pages=count)
            text = (page.extract_text() or "").strip()
            texts.append(text)
            total += len(text) + len(PAGE_BREAK)
            if total > limits.max_chars:
                cut = True
                break
    except FileNotDecryptedError:
        return _encrypted(name)
    except RecursionError:
        return failure(name, "corrupt", "pdf_loops")
    except MemoryError:
        raise
    except (PdfReadError, Exception) as exc:  # pypdf raises many kinds on broken files
        return failure(name, "corrupt", "pdf_damaged", error=type(exc).__name__)
    text = PAGE_BREAK.join(t for t in texts if t)
    if not text.strip():
        return failure(name, "no_text", "pdf_no_text", n=count)
    return text[:limits.max_chars], cut


def _encrypted(name: str) -> AttachmentFailure:
    return failure(name, "encrypted", "pdf_encrypted")
