"""Markdown -> Qt-safe HTML for the chat view and exports, with incremental streaming.

Public API (Qt-free):

- :func:`render_markdown` ``(text, *, dark=False) -> str``: safe HTML fragment.
- :func:`stylesheet` ``(dark=False) -> str``: CSS for ``QTextDocument.setDefaultStyleSheet``.
- :func:`code_blocks` ``(text) -> list[str]``: code for the ``ava:copy-code/N`` links.
- :func:`plain_text` ``(text) -> str``: "Copy as plain text".
- :class:`StreamingMarkdown` / :class:`RenderUpdate`: settled blocks + live tail.
- :func:`safe_href`, :data:`COPY_HREF_PREFIX`, :func:`warm_up` (preload lexers when idle).
"""

from .highlight import warm_up
from .plain import plain_text
from .render import COPY_HREF_PREFIX, code_blocks, render_markdown, safe_href, stylesheet
from .stream import RenderUpdate, StreamingMarkdown

__all__ = [
    "COPY_HREF_PREFIX",
    "RenderUpdate",
    "StreamingMarkdown",
    "code_blocks",
    "plain_text",
    "render_markdown",
    "safe_href",
    "stylesheet",
    "warm_up",
]
