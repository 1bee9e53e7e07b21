"""Where a live tail that never settles by itself may be cut without breaking a block.

A fenced code block, a list or a table can grow for ever (a 3,000-line listing); the
streamer must still bound what it re-parses per flush. Cutting such a block at an arbitrary
line throws its state away: the rest of a code block turns into prose, a table's rows into
text with pipes. So the cut goes where the block's state can be carried over:

- a fence: at a line inside its content where highlighting starts a chunk anyway; the
  opening fence line is *carried*: parsed again in front of the rest (its label is not
  shown twice);
- a list: at the start of one of its top-level items (an ordered list keeps its numbers: the
  rest starts with the item's own number);
- a table: at a body row; the header and delimiter rows are carried (columns and alignment
  stay; the repeated header row is dropped from the output).

Anything else (one endless paragraph or quote, hostile text without line breaks) is cut at
a line break, else a space; that may look off until the stream ends and is re-rendered whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markdown_it.token import Token

from .highlight import split_chunks

FENCE = "fence"
TABLE = "table"


@dataclass(frozen=True, slots=True)
class Cut:
    """Split ``src`` at ``offset``: ``src[:offset]`` is rendered now, the rest stays live.

    ``carry``: text to parse in front of the rest (not part of the answer), ``kind`` what it
    continues (FENCE, TABLE or ""), ``open_fence_line``: the line of the fence that is still
    open at the end of the rendered part (rendered as growing), else None.
    """

    offset: int
    carry: str = ""
    kind: str = ""
    open_fence_line: int | None = None


def find_cut(src: str, parse: Callable[[], Sequence[Token]], keep_from: int,
             carry_len: int) -> Cut:
    """The latest cut before ``keep_from`` that keeps block state (see the module doc).

    ``parse()``: tokens holding the blocks of ``src`` up to ``keep_from`` (called only when a
    block may be cut); ``carry_len``: how many leading characters of ``src`` are a carry from
    the previous cut (a cut always leaves text that is not carried on both sides).
    """
    lines = src.split("\n")
    complete = len(lines) - 1  # the last element is the unfinished line
    first = src.count("\n", 0, carry_len) + 1  # a cut leaves >= 1 line that is not carried
    keep_line = min(src.count("\n", 0, keep_from), complete)
    block = _block_at(parse(), keep_line) if keep_line >= first else None
    if block is not None:
        index, tok = block
        if tok.type == FENCE:
            cut = _fence_cut(tok, lines, keep_line, first)
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            cut = _list_cut(parse(), index, lines, keep_line, first)
        elif tok.type == "table_open":
            cut = _table_cut(tok, lines, keep_line, first)
        else:
            cut = None
        if cut is not None:
            return cut
    return Cut(_plain_offset(src, keep_from, carry_len))


def drop_carried_header(tokens: list[Token]) -> list[Token]:
    """The continued table's header row was carried only for parsing: leave it out."""
    if not tokens or tokens[0].type != "table_open":
        return tokens
    start = next((i for i, t in enumerate(tokens) if t.type == "thead_open"), None)
    end = next((i for i, t in enumerate(tokens) if t.type == "thead_close"), None)
    if start is None or end is None:
        return tokens
    return tokens[:start] + tokens[end + 1 :]


def _block_at(tokens: Sequence[Token], line: int) -> tuple[int, Token] | None:
    """The top-level block whose lines hold ``line``, with its token index."""
    found = None
    for i, tok in enumerate(tokens):
        if tok.level == 0 and tok.nesting >= 0 and tok.map:
            if tok.map[0] > line:
                break
            found = (i, tok)
    if found is None or found[1].map is None or found[1].map[1] <= line:
        return None
    return found


def _line_start(lines: list[str], line: int) -> int:
    return sum(len(s) + 1 for s in lines[:line])


def _fence_cut(tok: Token, lines: list[str], keep_line: int, first: int) -> Cut | None:
    assert tok.map is not None
    start, end = tok.map
    closed = end - 1 > start and closes(lines[end - 1], tok.markup)
    # the rendered part keeps >= 1 content line, the rest starts with one
    line = min(keep_line, end - 1 - closed)
    # ... and the cut falls where highlighting starts a chunk anyway (see highlight.py): the
    # parts are lexed exactly as the whole block is, and its final render finds them cached
    chunks = split_chunks("".join(s + "\n" for s in lines[start + 1 : line]))
    line = start + 1 + sum(c.count("\n") for c in chunks[:-1]) if len(chunks) > 1 else line
    if line < max(first, start + 2):
        return None
    return Cut(_line_start(lines, line), lines[start] + "\n", FENCE, start)


def closes(line: str, markup: str) -> bool:
    """Whether ``line`` closes a fence opened with ``markup``."""
    body = line.lstrip(" ")
    if len(line) - len(body) > 3 or not markup:
        return False
    body = body.rstrip(" \t")
    return len(body) >= len(markup) and set(body) == {markup[0]}


def _list_cut(tokens: Sequence[Token], index: int, lines: list[str], keep_line: int,
              first: int) -> Cut | None:
    best = None
    for tok in tokens[index + 1 :]:
        if tok.level == 0:  # the list's closing token
            break
        if tok.type == "list_item_open" and tok.level == 1 and tok.map:
            if tok.map[0] > keep_line:
                break
            if tok.map[0] >= first and tok.map[0] > tokens[index].map[0]:  # type: ignore[index]
                best = tok.map[0]
    return Cut(_line_start(lines, best)) if best is not None else None


def _table_cut(tok: Token, lines: list[str], keep_line: int, first: int) -> Cut | None:
    assert tok.map is not None
    head, end = tok.map
    line = min(keep_line, end - 1)
    if line < max(first, head + 3):  # header, delimiter and >= 1 body row stay together
        return None
    return Cut(_line_start(lines, line), lines[head] + "\n" + lines[head + 1] + "\n", TABLE)


def _plain_offset(src: str, keep_from: int, carry_len: int) -> int:
    """At a line break, else a space, else anywhere (hostile text without either)."""
    cut = src.rfind("\n", carry_len, keep_from) + 1 or src.rfind(" ", carry_len, keep_from) + 1
    return cut if cut > carry_len else max(keep_from, carry_len + 1)
