"""Turning files into message parts: text, code, Markdown, CSV, JSON, HTML, PDF, DOCX.

Qt-free. Images are decoded by Qt (``ava_desktop.ui.attachments.images``); everything here
works on bytes and paths, in a child process with limits (``worker``).
"""

from ava_desktop.core.attachments.context import (
                                                  ContextFit,
                                                  check_fit,
                                                  cut_text,
                                                  estimate_tokens,
                                                  first_part,
)
from ava_desktop.core.attachments.documents import Extraction, extract_bytes
from ava_desktop.core.attachments.limits import (
                                                  AttachmentFailure,
                                                  FailureKind,
                                                  Limits,
                                                  display_name,
                                                  human_size,
)
from ava_desktop.core.attachments.reading import read_capped, read_head
from ava_desktop.core.attachments.textfiles import sniff
from ava_desktop.core.attachments.worker import DocumentJob, extract_document, read_document

__all__ = ["AttachmentFailure", "ContextFit", "DocumentJob", "Extraction", "FailureKind",
           "Limits", "check_fit", "cut_text", "display_name", "estimate_tokens",
           "extract_bytes", "extract_document", "first_part", "human_size", "read_capped",
           "read_document", "read_head", "sniff"]
