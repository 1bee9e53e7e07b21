"""A document's bytes to a ``FilePart``: the in-process half, run inside the reader process.

``worker.py`` runs this in a child process with memory and time limits; call it directly only
on bytes you already trust to be small (tests, text typed by the user).
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

from ava_desktop.core.attachments.limits import (
    DEFAULT_LIMITS,
    AttachmentFailure,
    Limits,
    failure,
)
from ava_desktop.core.attachments.reading import too_large
from ava_desktop.core.attachments.textfiles import decode_text, mime_for, sniff, suffix
from ava_desktop.core.conversation.parts import FilePart
from ava_desktop.core.text import clean_text

OTHER_IMAGES = {"tif", "tiff", "heic", "heif", "avif", "psd", "ico", "jxl", "raw", "cr2", "nef"}


@dataclass(frozen=True, slots=True)
class Extraction:
    """A document read: its part, and whether its text stops at ``Limits.max_chars``."""

    part: FilePart
    cut: bool = False


def extract_bytes(name: str, data: bytes, limits: Limits = DEFAULT_LIMITS,
                  deadline: float | None = None) -> Extraction | AttachmentFailure:
    """Text of ``data`` (named ``name``, a file name without folders) or why not."""
    if len(data) > limits.max_document_bytes:
        return too_large(name, len(data), limits.max_document_bytes)
    if not data:
        return failure(name, "empty", "file_empty")
    kind = sniff(data[:1024], name)
    cut = False
    if kind == "image":
        return failure(name, "unsupported", "file_is_image")
    if kind == "text" and suffix(name) in OTHER_IMAGES:
        return failure(name, "unsupported", "file_other_image", format=suffix(name).upper())
    if kind == "doc":
        return failure(name, "unsupported", "file_old_office")
    if kind == "zip":
        return failure(name, "unsupported", "file_archive")
    if kind == "pdf":
        from ava_desktop.core.attachments.pdf import pdf_text

        result = pdf_text(name, data, limits, deadline or time.monotonic() + limits.seconds)
    elif kind == "docx":
        from ava_desktop.core.attachments.word import docx_text

        result = docx_text(name, data, limits)
    else:
        decoded = decode_text(name, data)
        if isinstance(decoded, AttachmentFailure):
            return decoded
        result = (decoded[:limits.max_chars], len(decoded) > limits.max_chars)
    if isinstance(result, AttachmentFailure):
        return result
    text, cut = result
    part = FilePart(name=name, mime=mime_for(name, kind), text=clean_text(text),
                    sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    return Extraction(part, cut)
