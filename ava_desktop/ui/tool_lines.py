"""Tool calls inside an answer: one collapsed line each (tool, status, duration); unfolded,
the arguments and the result. Both are untrusted text: shown escaped in a code block, so
nothing in them becomes markup, a link or an image."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from ava_desktop.core.conversation.node import Node
from ava_desktop.ui.attachment_view import attachments_html
from ava_desktop.ui.formats import counted

translate = QCoreApplication.translate


def status_word(status: str) -> str:
    """A call's status in the UI language (looked up each time: the language can change)."""
    words = {"waiting": translate("ToolLines", "waiting for you"),
             "running": translate("ToolLines", "running…"),
             "done": translate("ToolLines", "done"),
             "error": translate("ToolLines", "failed"),
             "denied": translate("ToolLines", "denied")}
    return words.get(status, status)

MAX_SHOWN = 20_000


class ToolLines(QObject):
    """For its ``self.tr``: pyside6-lupdate finds plurals only there."""

    def in_all(self, n: int) -> str:
        return counted(self.tr("({count} character(s) in all)", "", n), n)


def _code(text: str) -> str:
    if len(text) > MAX_SHOWN:
        text = text[:MAX_SHOWN] + "\n… " + ToolLines().in_all(len(text))
    return f"<pre>{html.escape(text)}</pre>"


def tool_lines_html(node: Node, key: int, expanded: set[str]) -> str:
    lines: list[str] = []
    images = 0  # result images are numbered across the answer (ava:tool-image/key/n)
    for i, (call, result) in enumerate(node.tool_calls()):
        tool = call.name.split("__", 1)[-1] if call.server else call.name
        where = f" · {html.escape(call.server)}" if call.server else ""
        took = (" · " + translate("ToolLines", "{seconds} s").format(
            seconds=QLocale().toString(call.duration, "f", 1)) if call.duration else "")
        mark = "▾" if call.call_id in expanded else "▸"
        status = status_word(call.status)
        lines.append(f'<p class="meta"><a href="ava:tool/{key}/{i}">{mark} 🔧 '
                     f'{html.escape(tool)}</a>{where} · {html.escape(status)}{took}</p>')
        if call.call_id in expanded:
            heading = html.escape(translate("ToolLines", "Arguments"))
            lines.append(f'<p class="meta">{heading}</p>{_code(call.arguments or "{}")}')
            if result is not None:
                heading = html.escape(translate("ToolLines", "Result"))
                lines.append(f'<p class="meta">{heading}</p>{_code(result.content)}')
                if result.images:  # our own re-stored bytes, by hash (see attachment_view)
                    lines.append(attachments_html(list(result.images), key, "tool-image",
                                                  start=images))
        if result is not None:
            images += len(result.images)
    return "".join(lines)
