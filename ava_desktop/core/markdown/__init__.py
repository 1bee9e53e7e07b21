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
  toggle), :func:`warm_up` (load the Python lexer and the parser when idle, in steps).

Names are looked up on first use (PEP 562): the parser (markdown-it, ~20 ms) and Pygments
load when a message is first rendered, not when the window starts. Callers that run at
start-up use ``markdown.render_markdown(...)`` (or import a submodule's name inside the
function), not a module-level ``from ... import``; :mod:`.markup` and :mod:`.mathurl` hold
what they need before that and import no parser.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .markup import COPY_HREF_PREFIX, WRAP_HREF_PREFIX, stylesheet
    from .plain import plain_text
    from .render import code_blocks, render_markdown, safe_href
    from .stream import RenderUpdate, StreamingMarkdown

_HOMES = {
    "COPY_HREF_PREFIX": "markup",
    "WRAP_HREF_PREFIX": "markup",
    "stylesheet": "markup",
    "RenderUpdate": "stream",
    "StreamingMarkdown": "stream",
    "code_blocks": "render",
    "render_markdown": "render",
    "safe_href": "render",
    "plain_text": "plain",
}
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


#: markdown-it's modules in import order, a step each (~2-8 ms; ~20 ms all at once)
_PARSER_STEPS = ("markdown_it.helpers", "markdown_it.parser_block", "markdown_it.parser_inline",
                 "markdown_it.main")


def warm_up() -> Iterator[None]:
    """Load the Python lexer, then the parser, a step at a time (none over ~20 ms here),
    for the caller to run one step per turn of the event loop when the app is idle: the
    first answer waits on neither, and no step holds a scroll or a keystroke for long."""
    from . import highlight

    yield
    yield from highlight.warm_up()
    for name in _PARSER_STEPS:
        yield
        importlib.import_module(name)
    yield
    render = importlib.import_module(".render", __name__)  # our rules on top, ~4 ms
    render.MD.parse("*x*", render.new_env(dark=False))


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
