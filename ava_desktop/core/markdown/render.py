"""Markdown -> HTML that Qt rich text shows faithfully and that cannot load or open anything.

Model output is hostile input. The parser runs with raw HTML disabled (tags come out as visible,
escaped text); every tag and attribute we emit is produced here from a fixed vocabulary; links
keep an ``href`` only for http(s) with a host, and mailto; Markdown images never become
``<img>`` (a link or plain text instead). The one ``<img>`` emitted is a formula's, named
``ava-math:`` + its base64 source (see :mod:`.math`): the view draws it with our own renderer,
``loadResource`` never loads anything else.

Qt understands only a subset of HTML4/CSS, so tables use ``border``/``cellpadding`` attributes,
code blocks are a one-table frame with ``bgcolor`` and a ``<pre>`` that wraps (``pre-wrap``:
a long line never widens the transcript; the view toggles it per block), and highlighting is
inline ``<span style>``. Task list items carry Qt's ``checked``/``unchecked`` class, which
Qt draws as a checkbox in place of the bullet.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token

from ava_desktop.core.labels import LABELS

from . import footnotes as fn
from . import highlight as hl
from . import math as tex
from .markup import COPY_HREF_PREFIX, FOOTNOTE_HREF_PREFIX, WRAP_HREF_PREFIX
from .mathurl import math_url, source_markup
from .rules import labels_need_an_end, linkify_bare_urls, soft_wrap, task_lists

_CODE_INDEX = "ava_code_index"  # env key: index of the next code block in the message
_GROW_LINE = "ava_grow_from_line"  # env key: fences at/after this line are still streaming
_CONTINUES = "ava_continues_fence"  # env key: the fence on line 0 goes on from a split part
_DARK = "ava_dark"

_LINK_STACK = "ava_links"
_IN_TABLE = "ava_in_table"
_HOST_RE = re.compile(r"^[A-Za-z0-9\[][^/?#\\]*$")



def safe_href(url: str) -> str | None:
    """Return ``url`` if it may be an ``href`` in the chat view, else None.

    Expects markdown-it's normalised form (entities decoded, whitespace and control characters
    percent-encoded), so obfuscations like ``jav&#x09;ascript:`` arrive as ``jav%09ascript:``
    and fail the allowlist. Accepts only ``http(s)://host...`` and ``mailto:...``.
    """
    if not url or any(c <= " " or c in "\x7f\\\"'<>`" for c in url):
        return None
    low = url.lower()
    if low.startswith(("http://", "https://")):
        rest = url.split("//", 1)[1]
        host = re.split(r"[/?#]", rest, maxsplit=1)[0]
        if "@" in host:  # user-info tricks (http://good@evil) have no place in chat links
            return None
        return url if host and _HOST_RE.match(host) else None
    if low.startswith("mailto:") and len(url) > len("mailto:"):
        return url
    return None


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


class QtSafeRenderer(RendererHTML):
    """Emits only tags and attributes from a fixed vocabulary; all text is escaped."""

    _ALLOWED_TAGS = frozenset(
        [
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "blockquote",
            "em",
            "strong",
            "s",
            "hr",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
        ]
    )

    def renderToken(  # markdown-it's API name
        self, tokens: Sequence[Token], idx: int, options: Any, env: Any
    ) -> str:
        tok = tokens[idx]
        if tok.hidden:
            return ""
        tag = tok.tag if tok.tag in self._ALLOWED_TAGS else "span"
        if tok.nesting == -1:
            return f"</{tag}>\n" if tok.block else f"</{tag}>"
        attrs = ""
        if tag == "li" and "task" in tok.meta:
            attrs = ' class="checked"' if tok.meta["task"] else ' class="unchecked"'
        elif tag == "ol":
            start = str(tok.attrGet("start") or "1")
            if start.isdigit() and int(start) != 1:
                attrs = f' start="{int(start)}"'
        elif tag == "hr":
            return "<hr>\n"
        return f"<{tag}{attrs}>"

    # -- inline ---------------------------------------------------------------------------
    def text(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        if env.get(_IN_TABLE):
            return _esc(soft_wrap(tokens[idx].content))
        return _esc(tokens[idx].content)

    def html_inline(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return _esc(tokens[idx].content)  # never produced (html disabled); defence in depth

    def html_block(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return f"<p>{_esc(tokens[idx].content)}</p>\n"

    def softbreak(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return "\n"

    def hardbreak(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return "<br>\n"

    def code_inline(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        code = tokens[idx].content
        code = soft_wrap(code) if env.get(_IN_TABLE) else code
        return f'<code class="inline">{_esc(code)}</code>'

    def footnote_ref(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        n = fn.number(env, tokens[idx].meta["label"])  # never in a link's text (tested)
        return f'<sup><a class="fnref" href="{FOOTNOTE_HREF_PREFIX}{n}">{n}</a></sup>'

    def link_open(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        stack: list[bool] = env.setdefault(_LINK_STACK, [])
        href = None if any(stack) else safe_href(str(tokens[idx].attrGet("href") or ""))
        stack.append(href is not None)
        return f'<a href="{_esc(href)}">' if href else ""

    def link_close(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        stack: list[bool] = env.setdefault(_LINK_STACK, [])
        return "</a>" if stack and stack.pop() else ""

    def image(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        tok = tokens[idx]
        alt = self.renderInlineAsText(tok.children or [], options, env) or "image"
        label = _esc(LABELS.image.replace("{alt}", alt))
        in_link = any(env.get(_LINK_STACK, ()))
        href = None if in_link else safe_href(str(tok.attrGet("src") or ""))
        return f'<a href="{_esc(href)}">{label}</a>' if href else label

    def math_inline(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        tok = tokens[idx]
        return _math_html(tok.content, tok.markup, bool(tok.meta.get("display")))

    def math_block(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        tok = tokens[idx]
        return f'<p align="center">{_math_html(tok.content, tok.markup, True)}</p>\n'

    # -- blocks ---------------------------------------------------------------------------
    def table_open(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        env[_IN_TABLE] = True
        return '<table class="md" border="1" cellspacing="0" cellpadding="4">\n'

    def table_close(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        env[_IN_TABLE] = False
        return "</table>\n"

    def th_open(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return self._cell("th", tokens[idx])

    def td_open(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return self._cell("td", tokens[idx])

    @staticmethod
    def _cell(tag: str, tok: Token) -> str:
        style = str(tok.attrGet("style") or "")
        for align in ("left", "center", "right"):
            if style == f"text-align:{align}":
                return f'<{tag} align="{align}">'
        return f"<{tag}>"

    def fence(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        tok = tokens[idx]
        lang = tok.info.strip().split(maxsplit=1)[0] if tok.info.strip() else ""
        growing = tok.map is not None and tok.map[0] >= env.get(_GROW_LINE, 1 << 62)
        # the rest of a block the streamer split (see split.py): its label is already shown
        continued = bool(env.get(_CONTINUES)) and tok.map is not None and tok.map[0] == 0
        return self._code(tok.content, lang[:40], env, growing, label=not continued)

    def code_block(self, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return self._code(tokens[idx].content, "", env, False)

    @staticmethod
    def _code(content: str, lang: str, env: Any, growing: bool, *, label: bool = True) -> str:
        index = env.get(_CODE_INDEX, 0)
        env[_CODE_INDEX] = index + 1
        dark = bool(env.get(_DARK, False))
        body = hl.highlight(content.removesuffix("\n"), lang, dark, growing=growing)
        bg, fg = hl.code_colors(dark)
        name = _esc(lang) if lang and label else "&nbsp;"
        if growing:
            # Still streaming: a plain block, not a table. Qt rebuilds its frame tree over the
            # whole document whenever a table (a frame) is inserted or removed, and the live
            # tail is replaced on every flush. The finished block gets the table and Copy.
            head = f'<p class="code-lang">{name}</p>\n' if label else ""
            return (
                f'{head}<pre style="background-color:{bg}; white-space:pre-wrap">'
                f'<font color="{fg}">{body}</font></pre>\n'
            )
        return (
            f'<table class="code" width="100%" border="0" cellspacing="0" cellpadding="6"'
            f' bgcolor="{bg}">\n'
            f'<tr><td><span class="code-lang">{name}</span></td>'
            f'<td align="right"><a class="wrap" href="{WRAP_HREF_PREFIX}{index}">'
            f'{_esc(LABELS.no_wrap)}</a>&nbsp;&nbsp;&nbsp;'
            f'<a class="copy" href="{COPY_HREF_PREFIX}{index}">{_esc(LABELS.copy)}</a>'
            "</td></tr>\n"
            f'<tr><td colspan="2"><pre style="white-space:pre-wrap"><font color="{fg}">{body}'
            "</font></pre></td></tr>\n"
            "</table>\n"
        )


def _math_html(source: str, opener: str, display: bool) -> str:
    """A formula: an image the view renders, or (refused) its source as code with the reason."""
    problem = tex.check_source(source)
    if problem:
        written = source_markup(source, opener)
        return f'<code class="math-error" title="{_esc(problem)}">{_esc(written)}</code>'
    url = math_url(source, display)
    return (f'<img src="{url}" alt="{_esc(source)}" title="{_esc(source)}"'
            ' style="vertical-align: middle">')


def make_parser() -> MarkdownIt:
    """CommonMark + GFM tables/strikethrough/autolinks/task lists + TeX math, raw HTML off."""
    md = MarkdownIt(
        "commonmark",
        {"html": False, "linkify": False, "typographer": False},
        renderer_cls=QtSafeRenderer,
    )
    md.enable(["table", "strikethrough"])
    tex.math_plugin(md)
    # Allow every destination through the parser so that unsafe links still show their text;
    # QtSafeRenderer decides which ones get an href.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    labels_need_an_end(md)
    md.core.ruler.push("ava_linkify", linkify_bare_urls)
    md.core.ruler.push("ava_tasks", task_lists)
    fn.footnote_plugin(md)
    return md


MD = make_parser()


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def new_env(*, dark: bool, code_index: int = 0, references: dict | None = None,
            footnotes: dict | None = None) -> dict:
    env: dict[str, Any] = {_DARK: dark, _CODE_INDEX: code_index,
                           fn.FOOTNOTES: fn.new_state() if footnotes is None else footnotes}
    if references is not None:
        env["references"] = references
    return env


def render_tokens(tokens: Sequence[Token], env: dict) -> str:
    """HTML of ``tokens``; footnote definitions go to ``env`` (see :func:`footnote_list`)."""
    env[_LINK_STACK] = []
    return MD.renderer.render(fn.take_definitions(tokens, env), MD.options, env)


def footnote_list(env: dict) -> str:
    """The footnotes gathered in ``env`` so far, as the list that ends a message."""
    env[_LINK_STACK] = []
    return fn.section(env, lambda children: MD.renderer.renderInline(children, MD.options, env))


@lru_cache(maxsize=32)
def render_markdown(text: str, *, dark: bool = False) -> str:
    """Markdown -> Qt-safe HTML fragment (no ``<html>``/``<body>``), for a view or an export.

    Code blocks carry ``<a href="ava:copy-code/N">Copy</a>`` with N the block's index in
    :func:`code_blocks`. Cached (LRU 32) because tabs re-render the same messages.
    """
    env = new_env(dark=dark)
    body = render_tokens(MD.parse(normalize_newlines(text), env), env)
    return body + footnote_list(env)


def code_blocks(text: str) -> list[str]:
    """Source of every fenced/indented code block, in copy-link order, minus its final newline.

    Indices match the ``ava:copy-code/N`` links of :func:`render_markdown` (and of
    :class:`StreamingMarkdown` for the same text). Newlines are normalised to ``\\n``.
    """
    return [
        tok.content.removesuffix("\n")
        for tok in MD.parse(normalize_newlines(text), {})
        if tok.type in ("fence", "code_block")
    ]
