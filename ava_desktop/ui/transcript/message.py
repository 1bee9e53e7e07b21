"""What the transcript draws for one message: the ``ViewMessage`` (the session's node plus
view-only state) and its HTML: header (who, model, tool calls), body, footer (actions,
versions, speed). Links name the message by its view key (``ava:verb/key``), never by
position; model output only ever reaches the page through the safe Markdown renderer."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLocale

from ava_desktop.core.conversation.node import Node
from ava_desktop.core.conversation.tree import Versions
from ava_desktop.core.markdown import COPY_HREF_PREFIX, render_markdown
from ava_desktop.core.markdown.pieces import Piece, pieces
from ava_desktop.ui.attachment_view import Thumbnails, attachments_html
from ava_desktop.ui.messages import stored_error_text
from ava_desktop.ui.tool_lines import tool_lines_html

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
        body = number_code_links(render_markdown(message.content, dark=dark),
                                  message.key)
        body = thoughts_html(message) + body
    return header_html(message) + body + footer_html(message, last=last)


def message_parts(message: ViewMessage, *, last: bool,
                  ) -> tuple[str, tuple[Piece, ...], str] | None:
    """A long answer as (header and thoughts, body pieces, footer), drawn piece by piece
    (see ``pieces.py``); None: draw :func:`message_html` whole."""
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
    key = message.key
    links: list[str] = []
    parts: list[str] = []
    versions = message.versions
    if versions is not None and versions.count > 1 and message.state != "streaming":
        back = link("prev", key, "‹") if versions.previous is not None else "‹"
        ahead = link("next", key, "›") if versions.next is not None else "›"
        links.append(f"{back} {versions.index}/{versions.count} {ahead}")
    if message.role == "assistant":
        links += [link("copy", key, translate("Transcript", "Copy")),
                  link("copy-text", key, translate("Transcript", "Copy text"))]
        if message.state != "streaming":
            links.append(link("regenerate", key, translate("Transcript", "Regenerate")))
        cut = message.state in ("stopped", "interrupted") or message.timings.get("note")
        if cut and last and message.state != "streaming":
            links.append(link("continue", key, translate("Transcript", "Continue")))
        ttft = message.timings.get("ttft_s")
        speed = message.timings.get("tokens_per_s")
        if speed:
            parts.append(translate("Transcript", "{speed} tok/s").format(
                speed=QLocale().toString(float(speed), "f", 0)))
        if ttft is not None:
            parts.append(translate("Transcript", "first token {seconds} s").format(
                seconds=QLocale().toString(float(ttft), "f", 2)))
        note = message.timings.get("note")
        if isinstance(note, str) and note:
            parts.append(note)
        if message.state == "stopped":
            parts.append(translate("Transcript", "stopped"))
        elif message.state == "interrupted":
            parts.append(translate("Transcript", "interrupted"))
    else:
        links += [link("copy", key, translate("Transcript", "Copy")),
                  link("edit", key, translate("Transcript", "Edit"))]
    error = ""
    shown_error = stored_error_text(message.error, message.timings)
    if shown_error:  # one paragraph in all, so refresh_footer can find it
        retry = link("retry", key, translate("Transcript", "Retry"))
        error = f'<span class="error">⚠ {html.escape(shown_error)}</span> {retry}<br>'
    meta = " · ".join(parts)
    actions = " &nbsp; ".join(links)
    sep = " &nbsp;·&nbsp; " if meta and actions else ""
    return f'<p class="meta">{error}{html.escape(meta)}{sep}{actions}</p>'


def number_code_links(fragment: str, key: int) -> str:
    """Scope the renderer's per-block copy links to the message with ``key``.

    Safe on hostile text: the renderer escapes quotes in model output, so ``href="`` only
    ever comes from the renderer itself.
    """
    return fragment.replace(f'href="{COPY_HREF_PREFIX}', f'href="{COPY_HREF_PREFIX}{key}/')


def link(verb: str, key: int, label: str) -> str:
    return f'<a href="ava:{verb}/{key}">{label}</a>'
