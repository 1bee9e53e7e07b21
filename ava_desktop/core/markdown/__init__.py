"""Markdown -> Qt-safe HTML for the chat view and exports, with incremental streaming.

Public API (Qt-free):

- :func:`render_markdown` ``(text, *, dark=False) -> str``: safe HTML fragment.
- :func:`stylesheet` ``(dark=False) -> str``: CSS for ``QTextDocument.setDefaultStyleSheet``.
- :func:`code_blocks` ``(text) -> list[str]``: code for the ``ava:copy-code/N`` links.
- :func:`plain_text` ``(text) -> str``: "Copy as plain text".
- :class:`StreamingMarkdown` / :class:`RenderUpdate`: settled blocks + live tail.
GUI sketch (one streaming message)::

    sm = StreamingMarkdown(dark=dark)
    on flush:  u = sm.append(buffered_text)      # or sm.set_text(full_so_far)
    on end:    u = sm.finish()
    apply u:   if u.reset: clear the message's HTML
               append u.new_settled_html after the settled part (once, never changes)
               replace the tail fragment with u.tail_html
    After finish() the message's HTML equals render_markdown(text): no final full render
    is needed. Copy link ``ava:copy-code/N`` -> ``code_blocks(sm.text)[N]``.

- :func:`safe_href`, :data:`COPY_HREF_PREFIX`, :data:`WRAP_HREF_PREFIX` (a block's wrap
  toggle), :func:`warm_up` (preload lexers when idle).
"""

from .highlight import warm_up
from .plain import plain_text
from .render import (
    COPY_HREF_PREFIX,
    WRAP_HREF_PREFIX,
    code_blocks,
    render_markdown,
    safe_href,
    stylesheet,
)
from .stream import RenderUpdate, StreamingMarkdown

__all__ = [
    "COPY_HREF_PREFIX",
    "WRAP_HREF_PREFIX",
    "RenderUpdate",
    "StreamingMarkdown",
    "code_blocks",
    "plain_text",
    "render_markdown",
    "safe_href",
    "stylesheet",
    "warm_up",
]
