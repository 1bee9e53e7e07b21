"""The bounds every attachment is read within, and the typed failure people are shown.

A file from the user's disk is untrusted input like a server's answer: it may be a 1 GB log,
a symlink to ``/dev/zero``, a PDF whose page tree loops or a DOCX that unpacks to gigabytes.
Every reader takes a ``Limits`` and gives either a part or an ``AttachmentFailure`` whose
``message`` is meant for people (it names the file, never its folder).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ava_desktop.core.notice import Notice

MB = 1024 * 1024

FailureKind = Literal[
    "not_found",       # gone, or a folder
    "not_regular",     # a device, FIFO or socket (/dev/zero, a named pipe)
    "too_large",       # over the byte limit
    "empty",           # nothing in it, or no text at all
    "binary",          # binary data under a text name
    "encoding",        # text, but not in an encoding we read
    "encrypted",       # a password-protected PDF
    "no_text",         # a PDF without a text layer (a scan)
    "too_many_pages",  # more PDF pages than the limit
    "zip_bomb",        # a DOCX whose members unpack past the limit
    "timeout",         # reading took longer than the time budget
    "memory",          # reading needed more memory than the limit
    "unsupported",     # a format Ava does not read
    "corrupt",         # the reader could not make sense of it
    "image",           # an image decode problem (bomb, truncated, unknown format)
    "remote",          # a URL that is not a local file: nothing is fetched
    "failed",          # the reader process died for another reason
]


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds for one attachment; the defaults suit a desktop with a few GB of memory."""

    max_document_bytes: int = 50 * MB
    max_image_bytes: int = 50 * MB
    max_chars: int = 2_000_000        # extracted text kept (longer text is cut, ``cut`` set)
    max_pdf_pages: int = 2_000
    max_unzipped_bytes: int = 200 * MB  # a DOCX's members, declared sizes added up
    max_zip_members: int = 5_000
    max_zip_ratio: int = 200           # per member, for members over 1 MB
    seconds: float = 30.0              # wall time for one document, then the reader is killed
    memory_bytes: int = 1024 * MB      # address space of the reader process (Linux, macOS)
    max_image_pixels: int = 100_000_000
    max_image_edge: int = 2048         # long edge of a sent image, after downscaling


@dataclass(frozen=True, slots=True)
class AttachmentFailure:
    """Why a file could not be attached: ``message`` in English (logs, tests), ``notice``
    typed for the UI's tr() when core worded it (the UI's own readers give it worded)."""

    name: str
    kind: FailureKind
    message: str
    notice: Notice | None = None

    def __str__(self) -> str:
        return self.message


def failure(name: str, kind: FailureKind, why: str, **params: Any) -> AttachmentFailure:
    """A failure whose sentence is ``core.notice.ENGLISH[why]``, filled with ``name`` and
    ``params``."""
    notice = Notice(why, {"name": name, **params})
    return AttachmentFailure(name, kind, notice.english(), notice)


def human_size(size: int) -> str:
    """1 KB = 1024 bytes, as file managers show it: '912 bytes', '4.2 KB', '31 MB'."""
    if size < 1024:
        return f"{size} byte" + ("" if size == 1 else "s")
    value = float(size)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1024
        if value < 1024 or unit == "TB":
            return f"{value:.1f} {unit}" if value < 10 else f"{value:,.0f} {unit}"
    raise AssertionError("unreachable")


def display_name(path_or_name: str) -> str:
    """The last path component only (a path names the user and their folders), without
    control characters, at most 255 characters."""
    name = path_or_name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    name = "".join(ch if ch.isprintable() else "\ufffd" for ch in name).strip()
    return (name or "attachment")[:255]


DEFAULT_LIMITS = Limits()
