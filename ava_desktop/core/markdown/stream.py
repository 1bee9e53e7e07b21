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
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from .render import (
    _CODE_INDEX,
    _GROW_LINE,
    MD,
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
#: Parsing the tail should take no longer than this; text that is slow to parse (hostile
#: runs of "![" cost ~15 us a character, prose ~0.4 us) shrinks the tail limit to fit.
TAIL_BUDGET_S = 0.03
SLOW_CHAR_S = 4e-6  # slower than this per character is not prose or code but a parser trap
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
                 clock: Callable[[], float] = time.perf_counter) -> None:
        self._dark = dark
        self._clock = clock
        self._max_tail = MAX_TAIL_CHARS
        self._slow = False
        self._settled_src: list[str] = []
        self._settled_html: list[str] = []
        self._tail = ""
        self._tail_html = ""
        self._pending_cr = False
        self._code_index = 0
        self._refs: dict = {}
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
        first = self._refs_after_first_chunk
        if self._forced and self._slow and len(self.text) > SLOW_FULL_RENDER_LIMIT:
            return RenderUpdate(new, "")
        if self._forced or (first is not None and len(self._refs) > first):
            # A forced split (see _force_settle), or a reference defined late that may
            # change links in chunks already shown: render the whole message once.
            return RenderUpdate(render_markdown(self.text, dark=self._dark), "", reset=True)
        return RenderUpdate(new, "")

    # -- internals ------------------------------------------------------------------------
    def _force_settle(self) -> str:
        """Bound the per-flush cost when the tail never settles by itself (one endless
        paragraph, list or code block, or hostile text without line breaks): render all but
        the last half of the tail limit now, cut at a line break (else a space)
        when there is one. The split may look off until :meth:`finish`, which then renders
        the whole message once."""
        tail = self._tail
        keep_from = len(tail) - self._max_tail // 2
        cut = tail.rfind("\n", 0, keep_from) + 1 or tail.rfind(" ", 0, keep_from) + 1
        cut = cut or keep_from
        env = new_env(dark=self._dark, code_index=self._code_index, references=dict(self._refs))
        self.parsed_chars += cut
        html = render_tokens(MD.parse(tail[:cut], env), env)
        self._record(tail[:cut], html, env)
        self._tail = tail[cut:]
        self._forced = True
        return html

    def _update(self) -> RenderUpdate:
        forced = self._force_settle() if len(self._tail) > self._max_tail else ""
        started = self._clock()
        update = self._update_tail()
        elapsed = self._clock() - started
        size = len(self._tail)
        if elapsed > TAIL_BUDGET_S and size > MIN_TAIL_CHARS and elapsed > size * SLOW_CHAR_S:
            # slow text: a tail that parses within the budget next time
            self._max_tail = max(MIN_TAIL_CHARS, int(size * TAIL_BUDGET_S / elapsed))
            self._slow = True
        if forced:
            return RenderUpdate(forced + update.new_settled_html, update.tail_html)
        return update

    def _update_tail(self) -> RenderUpdate:
        tail = self._tail
        env = new_env(dark=self._dark, code_index=self._code_index, references=dict(self._refs))
        self.parsed_chars += len(tail)
        tokens = MD.parse(tail, env)
        starts = [t.map[0] for t in tokens if t.level == 0 and t.nesting >= 0 and t.map]
        cut = _settle_line(tail, starts)
        new = ""
        if cut:
            k = next(
                i
                for i, t in enumerate(tokens)
                if t.level == 0 and t.nesting >= 0 and t.map and t.map[0] >= cut
            )
            offset = _line_offset(tail, cut)
            refs = env.get("references", {})
            # Keep definitions from the settled lines only: later ones may still be growing.
            self._refs = {
                label: ref
                for label, ref in refs.items()
                if label in self._refs or ref["map"][1] <= cut
            }
            chunk_env = new_env(dark=self._dark, code_index=self._code_index)
            new = render_tokens(tokens[:k], chunk_env)
            self._record(tail[:offset], new, chunk_env)
            tokens = tokens[k:]
            self._tail = tail[offset:]
        env[_CODE_INDEX] = self._code_index
        env[_GROW_LINE] = starts[-1] if starts else 0
        self._tail_html = render_tokens(tokens, env)
        return RenderUpdate(new, self._tail_html)

    def _settle_rest(self) -> str:
        tail, self._tail, self._tail_html = self._tail, "", ""
        if not tail:
            return ""
        env = new_env(dark=self._dark, code_index=self._code_index, references=self._refs)
        self.parsed_chars += len(tail)
        html = render_tokens(MD.parse(tail, env), env)
        self._refs = env.get("references", self._refs)
        self._record(tail, html, env)
        return html

    def _record(self, src: str, html: str, env: dict) -> None:
        self._code_index = env[_CODE_INDEX]
        if self._refs_after_first_chunk is None:
            self._refs_after_first_chunk = len(self._refs)
        self._settled_src.append(src)
        self._settled_html.append(html)


def _line_offset(text: str, line: int) -> int:
    pos = 0
    for _ in range(line):
        pos = text.index("\n", pos) + 1
    return pos


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
