"""What the transcript draws for one message: the ``ViewMessage`` (the session's node plus
view-only state) and its HTML: header (who, model, tool calls), body, footer (version,
speed, error; the actions are buttons, see ``actions_bar.py``). Links name the message by
its view key (``ava:verb/key``), never by position; model output only ever reaches the
page through the safe Markdown renderer."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from ava_desktop.core import markdown
from ava_desktop.core.conversation.node import Node
from ava_desktop.core.conversation.tree import Versions
from ava_desktop.core.markdown.markup import (
    COPY_HREF_PREFIX,
    FOOTNOTE_HREF_PREFIX,
    WRAP_HREF_PREFIX,
)
from ava_desktop.ui.attachment_view import Thumbnails, attachments_html
from ava_desktop.ui.messages import stored_error_text, stored_note_text
from ava_desktop.ui.tool_lines import tool_lines_html
from ava_desktop.ui.transcript.codewrap import apply_nowrap

if TYPE_CHECKING:
    from ava_desktop.core.markdown.pieces import Piece

translate = QCoreApplication.translate
LAZY_CHARS = 4_000  # an answer longer than this is drawn piece by piece (see view.py)


@dataclass(eq=False)
class ViewMessage:
    """One drawn message: the session's node (the only copy of its content) plus what
    only the view cares about (its link key, whether its thoughts are unfolded)."""

    node: Node
    versions: Versions | None = None
    show_reasoning: bool = False
    key: int = -1  # stable within the view; links name messages by key, not position
    expanded_tools: set[str] = field(default_factory=set)  # call ids shown unfolded
    nowrap_code: set[int] = field(default_factory=set)  # code blocks with wrapping off

    @classmethod
    def detached(cls, role: str, content: str = "", model: str | None = None) -> ViewMessage:
        """A message that belongs to no session (benchmarks, previews)."""
        return cls(Node(id=0, parent_id=None, role=role, chunks=[content] if content else [],
                        model=model))

    role = property(lambda self: self.node.role)
    content = property(lambda self: self.node.content)
    state = property(lambda self: self.node.state)
    model = property(lambda self: self.node.model)
    error = property(lambda self: self.node.error)
    timings = property(lambda self: self.node.timings)
    reasoning = property(lambda self: self.node.reasoning)
    id = property(lambda self: self.node.id)


def message_html(message: ViewMessage, *, last: bool, dark: bool,
             thumbnails: Thumbnails | None = None) -> str:
    """One message as the view draws it: header (who, model, tool calls), body, footer."""
    attached = ""
    if message.node.parts:
        if thumbnails is not None:
            thumbnails.allow(message.node.parts)
            for _call, result in message.node.tool_calls():
                if result is not None:
                    thumbnails.allow(list(result.images))
        attached = attachments_html(message.node.parts, message.key)
    if message.role == "user":
        body = "<p>" + html.escape(message.content).replace("\n", "<br>") + "</p>"
        body = attached + body if message.content else attached
    else:
        body = number_code_links(markdown.render_markdown(message.content, dark=dark),
                                  message.key, message.nowrap_code)
        body = thoughts_html(message) + body
    return header_html(message) + body + footer_html(message, last=last)


def message_parts(message: ViewMessage, *, last: bool,
                  ) -> tuple[str, tuple[Piece, ...], str] | None:
    """A long answer as (header and thoughts, body pieces, footer), drawn piece by piece
    (see ``pieces.py``); None: draw :func:`message_html` whole."""
    from ava_desktop.core.markdown.pieces import pieces  # the parser: not before it is needed

    if (message.role == "user" or len(message.content) < LAZY_CHARS
            or message.node.parts):
        return None
    return (header_html(message) + thoughts_html(message), pieces(message.content),
            footer_html(message, last=last))


def thoughts_html(message: ViewMessage) -> str:
    """The reasoning above the answer: collapsed unless asked for (the answer comes first)."""
    if not message.reasoning:
        return ""
    words = len(message.reasoning.split())
    if message.show_reasoning:
        thoughts = html.escape(message.reasoning.strip()).replace("\n", "<br>")
        hide = translate("Transcript", "▾ Hide")
        label = html.escape(translate("Transcript", "thought process"))
        return (f'<p class="meta">{link("thoughts", message.key, hide)} '
                f'<i>{label}</i></p>'
                f'<p class="meta"><small>{thoughts}</small></p>')
    show = translate("Transcript", "▸ Show")
    label = html.escape(translate("Transcript", "thought process ({words} words)")
                        .format(words=QLocale().toString(words)))
    return f'<p class="meta">{link("thoughts", message.key, show)} <i>{label}</i></p>'


def header_html(message: ViewMessage) -> str:
    who = translate("Transcript", "You") if message.role == "user" else translate(
        "Transcript", "Assistant")
    model = (
        f' <span class="meta">· {html.escape(message.model)}</span>'
        if message.model and message.role != "user"
        else ""
    )
    tools = tool_lines_html(message.node, message.key, message.expanded_tools)
    return f'<p class="who"><b>{who}</b>{model}</p>{tools}'


def footer_html(message: ViewMessage, *, last: bool) -> str:
    """The last line: which version this is, speed, how it ended, an error. Never a link:
    the message's actions are buttons (``actions_bar.py``); the line always exists, so the
    bar has room there and ``refresh_footer`` can find it."""
    parts: list[str] = []
    versions = message.versions
    if versions is not None and versions.count > 1 and message.state != "streaming":
        parts.append(translate("Transcript", "version {index}/{count}").format(
            index=versions.index, count=versions.count))
    if message.role == "assistant":
        ttft = message.timings.get("ttft_s")
        speed = message.timings.get("tokens_per_s")
        if speed:
            parts.append(translate("Transcript", "{speed} tok/s").format(
                speed=QLocale().toString(float(speed), "f", 0)))
        if ttft is not None:
            parts.append(translate("Transcript", "first token {seconds} s").format(
                seconds=QLocale().toString(float(ttft), "f", 2)))
        note = stored_note_text(message.timings)
        if note:
            parts.append(note)
        if message.state == "stopped":
            parts.append(translate("Transcript", "stopped"))
        elif message.state == "interrupted":
            parts.append(translate("Transcript", "interrupted"))
    error = ""
    shown_error = stored_error_text(message.error, message.timings)
    if shown_error:  # one paragraph in all, so refresh_footer can find it
        error = f'<span class="error">⚠ {html.escape(shown_error)}</span><br>'
    # never an empty paragraph: Qt then drops the next frame's first margin in a full
    # render but not in a streamed one (test_streamed_view_equals_a_full_render)
    meta = html.escape(" · ".join(parts)) or "&nbsp;"
    return f'<p class="meta">{error}{meta}</p>'


def number_code_links(fragment: str, key: int, nowrap: set[int] | None = None) -> str:
    """Scope the renderer's per-block copy and wrap links and its footnote references to the
    message with ``key``, and unwrap the blocks in ``nowrap``.

    Safe on hostile text: the renderer escapes quotes in model output, so ``href="`` only
    ever comes from the renderer itself.
    """
    for prefix in (COPY_HREF_PREFIX, WRAP_HREF_PREFIX, FOOTNOTE_HREF_PREFIX):
        fragment = fragment.replace(f'href="{prefix}', f'href="{prefix}{key}/')
    return apply_nowrap(fragment, key, nowrap) if nowrap else fragment


def link(verb: str, key: int, label: str) -> str:
    return f'<a href="ava:{verb}/{key}">{label}</a>'
