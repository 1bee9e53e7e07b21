"""Core rules on markdown-it's tokens: GFM autolinks, task list items, and break marks in
long tokens of table cells; and a guard that keeps a run of ``![`` from costing seconds."""

from __future__ import annotations

import re
from collections.abc import Callable
from types import SimpleNamespace

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

#: A token longer than this in a table cell gets break opportunities (see soft_wrap).
TABLE_TOKEN_CHARS = 20
_BARE_URL_RE = re.compile(
    r"(?<![\w/@.:-])(?:https?://|www\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]}*_~]", re.IGNORECASE
)


def labels_need_an_end(md: MarkdownIt) -> None:
    """Links and images only where a ``]`` follows: same tokens, linear time on ``![![![``.

    markdown-it tries every ``[`` and ``![`` as a label, scanning forward (nested up to
    ``maxNesting``) for its ``]``: ~30 us a character when there is none, so 80k characters
    of ``![`` took 1.2-2 s to parse. A label ends at a ``]``, so without one after the
    position no rule can match there (``[^`` needs one too): a run of ``!`` and ``[`` is
    plain text, taken at once (it cost ~2 us a character, one rule round each). The last
    ``]`` of the source is looked up once per inline parse (kept in the parse's own cache,
    under a key that no position uses).
    """
    for name in ("link", "image"):
        rule = next(r.fn for r in md.inline.ruler.__rules__ if r.name == name)
        md.inline.ruler.at(name, _needs_end(rule))
    md.inline.ruler.after("text", "ava_bracket_run", _bracket_run)
    md.helpers = SimpleNamespace(  # this parser's own helpers; the module stays untouched
        parseLinkDestination=md.helpers.parseLinkDestination,
        parseLinkTitle=md.helpers.parseLinkTitle,
        parseLinkLabel=_shallow_label,
    )


#: A label nested deeper than this is plain text (markdown-it's own limit is maxNesting).
LABEL_NESTING = 8
#: Label-scan steps one inline parse may take (~0.5-2 us each). A label costs a few steps
#: a word, so a paragraph of thousands of real links stays well inside; brackets spaced
#: out (``[ [ [`` or ``![ ![ `` to a ``]`` 80k characters on) cost ~20 steps a bracket, and
#: took 0.5-1.2 s. Past the budget, the paragraph's later brackets are plain text.
LABEL_STEPS = 20_000
_STEPS_LEFT = -2  # key in the parse's cache (positions are >= 0; -1 is the last "]")


def _shallow_label(state: StateInline, start: int, disableNested: bool = False) -> int:
    """markdown-it-py's ``parseLinkLabel`` (MIT) that gives up ``LABEL_NESTING`` brackets deep.

    With a ``]`` at the end, every ``[`` of ``![![![…]`` (or ``[[[…]]]``) was a label
    scanned forward towards it: 1.2-1.8 s for 80k characters. Given up at a depth no real
    label has, each scan stops within a few brackets; and all scans of one inline parse
    share ``LABEL_STEPS``. Inside both limits a label gets exactly markdown-it's result.
    """
    if _steps_left(state) <= 0:
        return -1
    old_pos = state.pos
    state.pos = start + 1
    level = 1
    found = False
    while state.pos < state.posMax:
        left = state.cache[_STEPS_LEFT] = _steps_left(state) - 1  # nested scans spend too
        if left < 0:
            break  # out of budget: not a label
        marker = state.src[state.pos]
        if marker == "]":
            level -= 1
            if level == 0:
                found = True
                break
        prev = state.pos
        state.md.inline.skipToken(state)
        if marker == "[":
            if prev == state.pos - 1:
                level += 1  # a text "[", not part of any token
                if level > LABEL_NESTING:
                    break
            elif disableNested:
                state.pos = old_pos
                return -1
    end = state.pos if found else -1
    state.pos = old_pos
    return end


def _steps_left(state: StateInline) -> int:
    """What is left of this inline parse's ``LABEL_STEPS``."""
    return state.cache.get(_STEPS_LEFT, LABEL_STEPS)


def _last_end(state: StateInline) -> int:
    last = state.cache.get(-1)
    if last is None:
        last = state.cache[-1] = state.src.rfind("]")
    return last


def _needs_end(rule: Callable[[StateInline, bool], bool]) -> Callable[[StateInline, bool], bool]:
    def guarded(state: StateInline, silent: bool) -> bool:
        return _last_end(state) > state.pos and rule(state, silent)
    return guarded


_BRACKET_RUN = re.compile(r"[!\[]+")
_SPACED_RUN = re.compile(r"[!\[ A-Za-z0-9]+")


def _bracket_run(state: StateInline, silent: bool) -> bool:
    """A run of ``!`` and ``[`` is plain text where no label can start in it.

    Without a ``]`` after it, all of it; with one, all but its last ``2 * LABEL_NESTING``
    characters, since a label that starts further back is nested deeper than that. Where
    no label can start at all (no ``]`` after it, or the parse's label budget spent), the
    spaces, letters and digits between its brackets too (text to every other rule).
    """
    if state.src[state.pos] not in "![":
        return False
    ends = _last_end(state) > state.pos
    spent = _steps_left(state) <= 0
    run = _SPACED_RUN if spent or not ends else _BRACKET_RUN
    match = run.match(state.src, state.pos, state.posMax)
    assert match is not None
    end = match.end()
    if ends and not spent:
        end -= 2 * LABEL_NESTING
        if end <= state.pos:
            return False
    if not silent:
        state.pending += state.src[state.pos:end]
    state.pos = end
    return True


def linkify_bare_urls(state: StateCore) -> None:
    """GFM-style autolinks for bare ``http(s)://`` and ``www.`` URLs (no extra dependency)."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        children = block.children
        if not any(
            t.type == "text" and ("://" in t.content or "www." in t.content.lower())
            for t in children
        ):
            continue
        out: list[Token] = []
        depth = 0
        for tok in children:
            if tok.type == "link_open":
                depth += 1
            elif tok.type == "link_close":
                depth -= 1
            if tok.type != "text" or depth > 0:
                out.append(tok)
                continue
            pos = 0
            text = tok.content
            for m in _BARE_URL_RE.finditer(text):
                url = m.group(0)
                # Keep a closing paren that balances one inside the URL (Wikipedia links).
                end = m.end()
                if text[end : end + 1] == ")" and url.count("(") > url.count(")"):
                    url += ")"
                    end += 1
                href = state.md.normalizeLink(url if "://" in url else "http://" + url)
                if m.start() > pos:
                    out.append(_text_token(text[pos : m.start()], tok.level))
                link = Token("link_open", "a", 1, level=tok.level, markup="linkify")
                link.attrs = {"href": href}
                out.append(link)
                out.append(_text_token(url, tok.level + 1))
                out.append(Token("link_close", "a", -1, level=tok.level, markup="linkify"))
                pos = end
            if pos == 0:
                out.append(tok)
            elif pos < len(text):
                out.append(_text_token(text[pos:], tok.level))
        block.children = out


def _text_token(content: str, level: int) -> Token:
    return Token("text", "", 0, content=content, level=level)


_TASK_RE = re.compile(r"^\[([ xX])\][ \t]")
_LONG_TOKEN_RE = re.compile(rf"\S{{{TABLE_TOKEN_CHARS + 1},}}")
_ZWSP = "\u200b"


def task_lists(state: StateCore) -> None:
    """``- [ ] todo`` / ``- [x] done``: the item is marked (``meta["task"]``: checked or not)
    and loses its ``[ ]``; the renderer gives it Qt's checkbox class."""
    tokens = state.tokens
    for i in range(2, len(tokens)):
        tok = tokens[i]
        if (
            tok.type == "inline"
            and tok.children
            and tokens[i - 1].type == "paragraph_open"
            and tokens[i - 2].type == "list_item_open"
        ):
            first = tok.children[0]
            if first.type == "text":
                m = _TASK_RE.match(first.content)
                if m:
                    tokens[i - 2].meta["task"] = m.group(1) != " "
                    first.content = first.content[m.end() :]


def soft_wrap(text: str) -> str:
    """Break opportunities (zero-width spaces) inside tokens too long for a table column.

    Qt lays a table out with each column at least as wide as its longest word, and when the
    columns do not fit, it lays the *whole* table out again breaking anywhere: one URL made
    every word of the table break mid-word. A long token gets a break after each ``/``,
    ``_``, ``.``, ``-``, ``=``, ``&`` or ``?``, and after every 16 characters without one, so
    the columns fit and the words stay whole. The view strips the marks again on copy.
    """
    if len(text) <= TABLE_TOKEN_CHARS or not _LONG_TOKEN_RE.search(text):
        return text
    return _LONG_TOKEN_RE.sub(lambda m: _break_token(m.group(0)), text)


_BREAK_AFTER_RE = re.compile(r"[^/_.\-=&?]{1,16}[/_.\-=&?]*|[/_.\-=&?]+")


def _break_token(token: str) -> str:
    return _ZWSP.join(_BREAK_AFTER_RE.findall(token))
