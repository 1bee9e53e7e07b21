"""Markdown -> plain text for "Copy as plain text": no markup, code kept verbatim.

Links become ``text (url)`` (just ``url`` when the text is the URL), images ``alt (url)``,
list items keep a ``-``/``1.`` prefix (tasks ``- [ ]``/``- [x]``), footnotes their
``[^label]`` form, quotes a ``> `` prefix, table cells are tab-separated so
they paste into spreadsheets. Formulas keep their LaTeX source and delimiters.
"""

from __future__ import annotations

from collections.abc import Sequence

from markdown_it.token import Token

from .mathurl import source_markup
from .render import MD, normalize_newlines


def plain_text(markdown: str) -> str:
    """Readable plain text of a message (see module docstring)."""
    tokens = MD.parse(normalize_newlines(markdown), {})
    blocks: list[str] = []
    _blocks(tokens, 0, len(tokens), blocks)
    return "\n\n".join(blocks)


def _blocks(tokens: Sequence[Token], i: int, end: int, out: list[str]) -> None:
    """Append one string per block in tokens[i:end] to ``out``."""
    while i < end:
        tok = tokens[i]
        close = _matching_close(tokens, i)
        if tok.type in ("fence", "code_block"):
            out.append(tok.content.removesuffix("\n"))
        elif tok.type == "hr":
            out.append("---")
        elif tok.type == "math_block":
            out.append(source_markup(tok.content, tok.markup, block=True))
        elif tok.type == "inline":
            out.append(_inline(tok.children or []))
        elif tok.type in ("paragraph_open", "heading_open"):
            out.append(_inline(tokens[i + 1].children or []))
        elif tok.type == "blockquote_open":
            inner: list[str] = []
            _blocks(tokens, i + 1, close, inner)
            text = "\n\n".join(inner)
            out.append("\n".join("> " + line if line else ">" for line in text.split("\n")))
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            out.append(_list(tokens, i, close))
        elif tok.type == "table_open":
            out.append(_table(tokens, i, close))
        elif tok.type == "footnote_open":
            out.append(f"[^{tok.meta['written']}]: {_inline(tokens[i + 1].children or [])}")
        i = close + 1


def _matching_close(tokens: Sequence[Token], i: int) -> int:
    if tokens[i].nesting != 1:
        return i
    depth = 0
    for j in range(i, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j
    return len(tokens) - 1


def _list(tokens: Sequence[Token], i: int, close: int) -> str:
    ordered = tokens[i].type == "ordered_list_open"
    number = int(tokens[i].attrGet("start") or 1) if ordered else 0
    items: list[str] = []
    j = i + 1
    while j < close:
        item_close = _matching_close(tokens, j)
        inner: list[str] = []
        _blocks(tokens, j + 1, item_close, inner)
        marker = f"{number}. " if ordered else "- "
        if "task" in tokens[j].meta:
            marker += "[x] " if tokens[j].meta["task"] else "[ ] "
        pad = " " * len(marker)
        body = "\n".join(inner).split("\n")
        items.append("\n".join([marker + body[0]] + [pad + x if x else x for x in body[1:]]))
        number += 1
        j = item_close + 1
    return "\n".join(items)


def _table(tokens: Sequence[Token], i: int, close: int) -> str:
    rows: list[str] = []
    cells: list[str] = []
    for j in range(i, close):
        tok = tokens[j]
        if tok.type == "tr_open":
            cells = []
        elif tok.type == "inline":
            cells.append(_inline(tok.children or []))
        elif tok.type == "tr_close":
            rows.append("\t".join(cells))
    return "\n".join(rows)


def _inline(children: Sequence[Token]) -> str:
    parts: list[str] = []
    link_stack: list[tuple[int, str]] = []
    for tok in children:
        kind = tok.type
        if kind in ("text", "code_inline", "html_inline", "footnote_ref"):
            parts.append(tok.content)
        elif kind == "math_inline":
            parts.append(source_markup(tok.content, tok.markup))
        elif kind in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif kind == "link_open":
            link_stack.append((len(parts), str(tok.attrGet("href") or "")))
        elif kind == "link_close" and link_stack:
            start, href = link_stack.pop()
            label = "".join(parts[start:])
            if href and href not in (label, "mailto:" + label, "http://" + label):
                parts.append(f" ({href})")
        elif kind == "image":
            alt = "".join(c.content for c in tok.children or [])
            src = str(tok.attrGet("src") or "")
            parts.append(f"{alt} ({src})" if src else alt)
    return "".join(parts)
