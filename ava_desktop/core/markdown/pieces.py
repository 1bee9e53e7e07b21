"""A long answer's HTML as top-level pieces that can be rendered and shown one at a time.

Why: Qt costs ~2 ms per 1,000 characters of highlighted code to insert and lay out, and
Pygments ~3.5 ms per 100 lines, so a 20k-token answer drawn whole (a theme change, scrolling
back to it) froze the window for 0.2-0.3 s; a 3,000-row table for 2 s. The view shows the
pieces on screen first and the rest in idle time, each piece lexed only when it is drawn.

``"".join(p.html(dark) for p in pieces(text))`` equals ``render_markdown(text, dark=dark)``,
except that a table of more than ``HUGE_TABLE_ROWS`` body rows becomes tables of
``TABLE_ROWS`` rows (the header row only on the first), as a streamed one does (split.py).

A huge table that ends the answer is not parsed whole up front: parsing is ~0.12 ms a row
(0.35-0.5 s for 3,000 rows, paid before the first paint of a conversation that ends in one).
Its rows are independent once the header is known, so each part is parsed when first drawn,
as header + delimiter + its rows (the carried header dropped, see split.py): the tokens a
whole parse gives. Only where that is certain (``_table_at_end``); else the whole is parsed.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from markdown_it.rules_block.table import MAX_AUTOCOMPLETED_CELLS
from markdown_it.token import Token

from .render import MD, footnote_list, new_env, normalize_newlines, render_tokens
from .split import drop_carried_header

#: A table with more body rows than this is cut into parts of TABLE_ROWS rows: Qt lays a
#: table out whole (~0.4 ms a row here), so a part is ~6 ms of an idle slice.
HUGE_TABLE_ROWS = 100
TABLE_ROWS = 10


class Piece:
    """Some top-level blocks of one answer; rendered on first use, per theme."""

    __slots__ = ("_html", "_source", "_tokens", "code_index", "joins_next", "together")

    def __init__(self, tokens: Sequence[Token], code_index: int = 0,
                 joins_next: bool = False, source: str = "") -> None:
        self._tokens = tokens
        self._source = source  # else: a table part, parsed (from this) when first drawn
        self.code_index = code_index  # copy-link number of its first code block
        self.joins_next = joins_next  # the next piece goes on with this one's table
        self.together: tuple[Piece, ...] | None = None  # rendered in order, as one
        self._html: dict[bool, str] = {}

    @property
    def tokens(self) -> Sequence[Token]:
        if self._source:
            self._tokens = drop_carried_header(MD.parse(self._source, new_env(dark=False)))
            self._source = ""
        return self._tokens

    def html(self, dark: bool) -> str:
        if dark not in self._html and self.together is not None:
            _render_in_order(self.together, dark)
        elif dark not in self._html:
            env = new_env(dark=dark, code_index=self.code_index)
            self._html[dark] = render_tokens(self.tokens, env)
        return self._html[dark]


def _render_in_order(together: tuple[Piece, ...], dark: bool) -> None:
    """Footnotes are numbered as their references are rendered and listed at the end: an
    answer with them renders all pieces in order, the last one being that list."""
    env = new_env(dark=dark)
    for piece in together[:-1]:
        piece._html[dark] = render_tokens(piece.tokens, env)
    together[-1]._html[dark] = footnote_list(env)


@lru_cache(maxsize=16)
def pieces(text: str) -> tuple[Piece, ...]:
    """The top-level blocks of ``text`` (parsed once, cached), huge tables cut into parts."""
    text = normalize_newlines(text)
    return _table_at_end(text) or _parsed(text)


def _parsed(text: str) -> tuple[Piece, ...]:
    tokens = MD.parse(text, new_env(dark=False))
    out: list[Piece] = []
    code_index = 0
    start = 0
    for i in range(1, len(tokens) + 1):
        if i < len(tokens) and not (tokens[i].level == 0 and tokens[i].nesting >= 0):
            continue
        block = tokens[start:i]
        if block and block[0].type == "table_open":
            out += _table_parts(block)
        elif block:
            out.append(Piece(block, code_index))
        code_index += sum(t.type in ("fence", "code_block") for t in block)
        start = i
    if any(t.type == "footnote_open" or (t.children and any(
            c.type == "footnote_ref" for c in t.children)) for t in tokens):
        out.append(Piece([]))  # the list of footnotes
        together = tuple(out)
        for piece in together:
            piece.together = together
    return tuple(out)


def _table_parts(block: Sequence[Token]) -> list[Piece]:
    """One table as tables of at most TABLE_ROWS body rows: Qt lays a table out whole."""
    try:
        body_open = next(i for i, t in enumerate(block) if t.type == "tbody_open")
    except StopIteration:
        return [Piece(block)]
    rows: list[list[Token]] = []
    for tok in block[body_open + 1 : -2]:  # up to tbody_close, table_close
        if tok.type == "tr_open":
            rows.append([])
        rows[-1].append(tok)
    if len(rows) <= HUGE_TABLE_ROWS:
        return [Piece(block)]
    opening, closing = block[0], block[-2:]
    parts = []
    for k in range(0, len(rows), TABLE_ROWS):
        head = list(block[: body_open + 1]) if k == 0 else [opening, block[body_open]]
        chunk = [t for row in rows[k : k + TABLE_ROWS] for t in row]
        parts.append(Piece([*head, *chunk, *closing], joins_next=k + TABLE_ROWS < len(rows)))
    return parts


def _table_at_end(text: str) -> tuple[Piece, ...] | None:
    """The pieces of ``text`` with its final huge table parsed part by part, when that gives
    what a whole parse does, else None. Certain when: the table's lines all start with
    ``|`` (no other block can start there: it goes on to the end), it follows a blank line
    that no block before it takes in (an open fence or formula would), no reference or
    footnote is defined (they reach across blocks), and too few cells can be missing for
    markdown-it to cut the table short (MAX_AUTOCOMPLETED_CELLS counts across rows)."""
    if "]:" in text or "[^" in text:
        return None
    lines = text.split("\n")
    end = len(lines)
    while end and not lines[end - 1].strip(" \t"):
        end -= 1
    start = end
    while start and lines[start - 1].startswith("|"):
        start -= 1
    rows = lines[start + 2 : end]
    if (len(rows) <= HUGE_TABLE_ROWS or (start and lines[start - 1].strip(" \t"))
            or len(rows) * (lines[start + 1].count("|") + 1) > MAX_AUTOCOMPLETED_CELLS):
        return None
    carried = lines[start] + "\n" + lines[start + 1] + "\n"
    first = MD.parse(carried + "".join(r + "\n" for r in rows[:TABLE_ROWS]),
                     new_env(dark=False))
    if not (first[0].type == "table_open" and first[-1].type == "table_close"
            and first[0].map == [0, 2 + min(TABLE_ROWS, len(rows))]):
        return None  # the header and delimiter rows make no table
    head = _parsed("\n".join(lines[:start]) + "\n") if start else ()
    if any(t.map and t.map[1] >= start for p in head for t in p.tokens if t.level == 0):
        return None  # a block before it runs on (an open fence): not a table at all
    parts = [Piece(first, joins_next=True)]
    for k in range(TABLE_ROWS, len(rows), TABLE_ROWS):
        chunk = "".join(r + "\n" for r in rows[k : k + TABLE_ROWS])
        parts.append(Piece((), joins_next=True, source=carried + chunk))
    parts[-1].joins_next = False
    return (*head, *parts)
