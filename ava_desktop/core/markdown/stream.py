"""Incremental rendering of a streaming answer: settled blocks once, the live tail per flush.

The text is split into a *settled* prefix and a live *tail*. A boundary inside the tail is
settled when the parser starts a new top-level block at column 0, on a complete line, right
after a blank line: by CommonMark's block algorithm nothing appended later can reopen the
blocks before it (a list stays in the tail until a non-item line ends it, so loose/tight
never flips; an unclosed fence swallows everything and never settles). Each settled chunk is
rendered exactly once; each flush parses and renders only the tail, so a flush is O(tail).

Equivalence: ``"".join(update.new_settled_html for every update, finish() included)`` equals
``render_markdown(full_text)``. The one exception is a reference definition (``[x]: url``)
that arrives after a settled chunk used ``[x]``; :meth:`StreamingMarkdown.finish` detects that
case and returns ``full_html`` for a one-off full replacement.

A tail that never settles (a 3,000-line code block, an endless list or table) is cut by
force to bound each flush, but only where the block's state survives (see split.py: a
fence's or table's opening lines are carried in front of the rest). After a forced cut,
:meth:`finish` renders the whole message once, so the finished answer always equals a render
from scratch. The one exception is text that is slow to *parse* (a parser trap, ~25 us a
character where prose takes ~0.5): its full render would freeze the window for seconds.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import dataclass

from . import footnotes as fn
from . import split
from .render import (
    _CODE_INDEX,
    _CONTINUES,
    _GROW_LINE,
    MD,
    footnote_list,
    new_env,
    normalize_newlines,
    render_markdown,
    render_tokens,
)


@dataclass(frozen=True, slots=True)
class RenderUpdate:
    """What changed since the previous call; apply it in this order.

    1. ``reset``: drop everything shown so far for this message (``set_text`` with a text that
       does not extend the old one; ``finish`` after a late reference definition).
    2. ``new_settled_html``: append once after the previous settled HTML; it never changes.
    3. ``tail_html``: replaces the previous tail fragment entirely ("" after ``finish``).
    """

    new_settled_html: str
    tail_html: str
    reset: bool = False


#: A live tail longer than this is split by force (see StreamingMarkdown._force_settle).
MAX_TAIL_CHARS = 32_000
#: ... and one that ends in a growing code block: Qt takes ~4 ms per 1,000 characters of
#: highlighted code to replace (a span per token), so a 32k tail made every flush ~100 ms.
#: Not lower: a block split by force is rendered once more when the answer ends (see
#: finish), which ordinary answers (code blocks of a few hundred lines) should not pay.
FENCE_TAIL_CHARS = 16_000
#: Parsing the tail should take no longer than this (a loaded machine, or text that is slow
#: to parse: hostile runs of "![" cost ~15 us a character, prose ~0.5 us): the tail limit
#: shrinks to fit. Only parsing is timed: highlighting is cached per chunk, and a one-off
#: cost (loading a lexer) must not change how an answer is split.
TAIL_BUDGET_S = 0.03
#: Slower than this per character is a parser trap, not prose, code, lists or tables (long
#: tables and lists cost ~1.5 us, ~3 us on a loaded machine). Timed in CPU time, not wall
#: time, so that a busy machine does not turn an answer into a "trap".
SLOW_CHAR_S = 8e-6
MIN_TAIL_CHARS = 2_000
#: When such slow text forced a split, a final full render of more than this is skipped:
#: it would freeze the window for seconds, and the split rendering shows all the text.
SLOW_FULL_RENDER_LIMIT = 50_000


class StreamingMarkdown:
    """Feed a growing answer with :meth:`append` (or :meth:`set_text`); end with :meth:`finish`.

    Also for the GUI and tests: :attr:`text` (the Markdown so far), :attr:`html` (settled HTML
    + current tail: what the view shows), :attr:`settled_chunks` (chunks rendered as settled)
    and :attr:`parsed_chars` (characters fed to the parser so far: grows with the tail per
    flush, never with the whole message).
    """

    def __init__(self, *, dark: bool = False,
                 clock: Callable[[], float] = time.thread_time) -> None:
        self._dark = dark
        self._clock = clock
        self._max_tail = MAX_TAIL_CHARS
        self._slow = False
        self._settled_src: list[str] = []
        self._settled_html: list[str] = []
        self._tail = ""
        self._carry = ""  # parsed in front of the tail, not shown: see split.py
        self._carry_kind = ""
        self._last_parse: tuple[int, list] | None = None  # (length, tokens) of carry + tail
        self._in_fence = False  # the tail ends in a growing code block
        self._tail_html = ""
        self._pending_cr = False
        self._code_index = 0
        self._refs: dict = {}
        self._footnotes = fn.new_state()  # numbers and definitions of the settled chunks
        self._refs_after_first_chunk: int | None = None
        self._finished = False
        self._forced = False
        self.parsed_chars = 0

    # -- public ---------------------------------------------------------------------------
    @property
    def text(self) -> str:
        return "".join(self._settled_src) + self._tail + ("\r" if self._pending_cr else "")

    @property
    def html(self) -> str:
        return "".join(self._settled_html) + self._tail_html

    @property
    def settled_chunks(self) -> int:
        return len(self._settled_src)

    @property
    def finished(self) -> bool:
        return self._finished

    def append(self, delta: str) -> RenderUpdate:
        """Add streamed text; returns the HTML to append once and the new tail."""
        if self._finished:
            raise RuntimeError("StreamingMarkdown.append() after finish()")
        if self._pending_cr:
            delta = "\r" + delta
            self._pending_cr = False
        if delta.endswith("\r"):  # may be the first half of \r\n: decide with the next delta
            delta = delta[:-1]
            self._pending_cr = True
        self._tail += normalize_newlines(delta)
        return self._update()

    def set_text(self, full: str) -> RenderUpdate:
        """Set the whole text so far; cheap when it extends the previous text, else resets."""
        current = self.text
        if not self._finished and full.startswith(current):
            return self.append(full[len(current) :])
        self.__init__(dark=self._dark, clock=self._clock)  # type: ignore[misc]
        update = self.append(full)
        return RenderUpdate(update.new_settled_html, update.tail_html, reset=True)

    def finish(self) -> RenderUpdate:
        """Settle what is left (fences stop counting as growing). Idempotent."""
        if self._finished:
            return RenderUpdate("", "")
        if self._pending_cr:
            self._tail += "\n"
            self._pending_cr = False
        self._finished = True
        new = self._settle_rest()
        notes = footnote_list(self._env())
        if notes:  # the footnotes end the message, as in render_markdown
            self._settled_src.append("")
            self._settled_html.append(notes)
            new += notes
        first = self._refs_after_first_chunk
        if self._forced and self._slow and len(self.text) > SLOW_FULL_RENDER_LIMIT:
            return RenderUpdate(new, "")  # a parser trap: seconds to render (module doc)
        if self._forced or (first is not None and len(self._refs) > first):
            # A forced split (see _force_settle), or a reference defined late that may
            # change links in chunks already shown: render the whole message once.
            full = render_markdown(self.text, dark=self._dark)
            self._settled_src, self._settled_html = [self.text], [full]
            return RenderUpdate(full, "", reset=True)
        return RenderUpdate(new, "")

    # -- internals ------------------------------------------------------------------------
    def _env(self, references: dict | None = None) -> dict:
        env = new_env(dark=self._dark, code_index=self._code_index, references=references,
                      footnotes=fn.copy_state(self._footnotes))
        env[_CONTINUES] = self._carry_kind == split.FENCE
        return env

    def _parse(self, src: str, env: dict) -> list:
        self.parsed_chars += len(src)
        tokens = MD.parse(src, env)
        return split.drop_carried_header(tokens) if self._carry_kind == split.TABLE else tokens

    def _force_settle(self, limit: int) -> str:
        """Bound the per-flush cost when the tail never settles by itself (one endless
        code block, list, table or paragraph, or hostile text without line breaks): render
        all but the last half of the tail limit now, cut where the open block's state can
        be carried over (see split.py). :meth:`finish` then renders the whole message once."""
        carry, src = self._carry, self._carry + self._tail
        keep_from = len(src) - limit // 2
        parse = functools.cache(lambda: self._blocks_before(src, keep_from))
        cut = split.find_cut(src, parse, keep_from, len(carry))
        env = self._env(dict(self._refs))
        tokens = self._parse(src[: cut.offset], env)
        if cut.open_fence_line is not None:
            env[_GROW_LINE] = cut.open_fence_line  # shown as still streaming: no Copy yet
        html = render_tokens(tokens, env)
        self._record(src[len(carry) : cut.offset], html, env)
        if cut.kind == split.FENCE:
            self._code_index -= 1  # the rest of the open block keeps its copy index
        self._carry, self._carry_kind = cut.carry, cut.kind
        self._tail = src[cut.offset :]
        self._last_parse = None
        self._forced = True
        return html

    def _blocks_before(self, src: str, keep_from: int) -> list:
        """Tokens that hold the blocks up to ``keep_from``: the last flush's (``src`` only
        grew since) when its complete lines reach that far, else a parse of the head."""
        last = self._last_parse
        if last is not None and src.count("\n", 0, keep_from) < src.count("\n", 0, last[0]):
            return last[1]
        head_end = src.find("\n", keep_from) + 1 or keep_from
        return self._parse(src[:head_end], self._env(dict(self._refs)))

    def _update(self) -> RenderUpdate:
        limit = min(self._max_tail, FENCE_TAIL_CHARS) if self._in_fence else self._max_tail
        forced = self._force_settle(limit) if len(self._tail) > limit else ""
        update, elapsed = self._update_tail()
        size = len(self._carry) + len(self._tail)
        if elapsed > TAIL_BUDGET_S and size > MIN_TAIL_CHARS:
            # a tail that parses within the budget next time
            self._max_tail = max(MIN_TAIL_CHARS, min(self._max_tail,
                                                     int(size * TAIL_BUDGET_S / elapsed)))
            if elapsed > size * SLOW_CHAR_S:
                self._slow = True  # a parser trap, not a busy machine
        if forced:
            return RenderUpdate(forced + update.new_settled_html, update.tail_html)
        return update

    def _update_tail(self) -> tuple[RenderUpdate, float]:
        carry, tail = self._carry, self._carry + self._tail
        env = self._env(dict(self._refs))
        started = self._clock()
        tokens = self._parse(tail, env)
        elapsed = self._clock() - started
        starts = [t.map[0] for t in tokens if t.level == 0 and t.nesting >= 0 and t.map]
        self._in_fence = bool(tokens) and tokens[-1].type == "fence"
        cut = _settle_line(tail, starts) or _after_closed_fence(tail, tokens)
        self._last_parse = None if cut else (len(tail), tokens)
        new = ""
        if cut:
            k = next(
                (i for i, t in enumerate(tokens)
                 if t.level == 0 and t.nesting >= 0 and t.map and t.map[0] >= cut),
                len(tokens),
            )
            offset = _line_offset(tail, cut)
            refs = env.get("references", {})
            # Keep definitions from the settled lines only: later ones may still be growing.
            self._refs = {
                label: ref
                for label, ref in refs.items()
                if label in self._refs or ref["map"][1] <= cut
            }
            chunk_env = self._env()
            new = render_tokens(tokens[:k], chunk_env)
            self._record(tail[len(carry) : offset], new, chunk_env)
            tokens = tokens[k:]
            self._tail, self._carry, self._carry_kind = tail[offset:], "", ""
            env[_CONTINUES] = False
        env[_CODE_INDEX] = self._code_index
        env[fn.FOOTNOTES] = fn.copy_state(self._footnotes)
        env[_GROW_LINE] = starts[-1] if starts else 0
        self._tail_html = render_tokens(tokens, env) + footnote_list(env)
        return RenderUpdate(new, self._tail_html), elapsed

    def _settle_rest(self) -> str:
        carry, tail = self._carry, self._carry + self._tail
        self._tail, self._tail_html = "", ""
        if len(tail) == len(carry):
            return ""
        env = self._env(self._refs)
        html = render_tokens(self._parse(tail, env), env)
        self._refs = env.get("references", self._refs)
        self._record(tail[len(carry) :], html, env)
        self._carry, self._carry_kind = "", ""
        return html

    def _record(self, src: str, html: str, env: dict) -> None:
        self._code_index = env[_CODE_INDEX]
        self._footnotes = env[fn.FOOTNOTES]
        if self._refs_after_first_chunk is None:
            self._refs_after_first_chunk = len(self._refs)
        self._settled_src.append(src)
        self._settled_html.append(html)


def _line_offset(text: str, line: int) -> int:
    pos = 0
    for _ in range(line):
        pos = text.index("\n", pos) + 1
    return pos


def _after_closed_fence(tail: str, tokens: list) -> int:
    """The line after a closed code block that ends the tail (0: there is none).

    Nothing written after its closing line can reopen it, so it settles at once and is
    shown finished (table, Copy) rather than as a growing block until the next paragraph's
    first line is complete.
    """
    last = tokens[-1] if tokens else None
    if last is None or last.type != "fence" or last.level != 0 or not last.map:
        return 0
    start, end = last.map
    lines = tail.split("\n")
    if end - 1 <= start or end >= len(lines) or not split.closes(lines[end - 1], last.markup):
        return 0
    return end


def _settle_line(tail: str, starts: list[int]) -> int:
    """Line index where the settled part may end (0: nothing settles yet).

    A top-level block start qualifies when its line is complete, starts at column 0 and
    follows a blank line: then no later text can make it continue the block before it.
    """
    if len(starts) < 2:
        return 0
    lines = tail.split("\n")
    complete = len(lines) - 1  # the last element is the unfinished line (maybe "")
    for s in reversed(starts[1:]):
        if s >= complete:
            continue
        first = lines[s][:1]
        if first and first not in " \t" and not lines[s - 1].strip(" \t"):
            return s
    return 0
