"""TeX math in Markdown: ``$…$``, ``$$…$$``, ``\\(…\\)`` and ``\\[…\\]``, found before escapes.

Why our own rules and not mdit-py-plugins: ``dollarmath`` knows only dollars, ``texmath``
only one delimiter family per instance (their token names collide), and both search for the
closer with a fresh scan per opener, which is quadratic on text full of stray ``$``. These
rules run before CommonMark's ``escape`` rule (so ``\\(``, ``\\[`` and ``\\,`` keep their
backslashes) and find closers in amortised linear time.

Prices and shell variables stay text by Pandoc's rule: an opening ``$`` has a non-space on
its right and is not preceded by ``$``, a closing ``$`` has a non-space on its left and no
digit on its right ("it costs $5 and $10", ``$HOME``); single-dollar math holds no other
unescaped ``$``, no backtick (so it cannot swallow half of a code span) and no ``](`` or
``**`` (half of a link or of bold text), and nothing inside code is math: the code rules
consume their spans first.

Tokens: ``math_inline`` (``meta["display"]`` True for ``$$…$$``/``\\[…\\]`` inside a
paragraph) and ``math_block`` (a display formula on its own lines). ``content`` is the
LaTeX source; ``markup`` the opening delimiter, so Copy as text can put it back.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline

from .mathurl import CLOSERS, MAX_SOURCE_CHARS

MAX_BLOCK_LINES = 200
_NO_CLOSER = "ava_math_no_closer"  # env key, see math_block
MAX_GROUP_DEPTH = 10  # layout time grows ~2x per nesting level (measured on ziamath 0.13)
_FORBIDDEN = re.compile(
    r"\\(?:def|edef|gdef|xdef|let|newcommand|renewcommand|providecommand|DeclareMathOperator"
    r"|catcode|input|include|usepackage|csname|expandafter)(?![A-Za-z])"
)


# Not inside single-dollar math: another "$", a backtick, a Markdown link's "](" or bold's
# "**" (never LaTeX; "**bold $** and [a](http://x/$y)" must stay text and a link).
_LONE_DOLLAR_OR_TICK = re.compile(r"(?<!\\)\$|`|\]\(|\*\*")


def _is_escaped(src: str, pos: int) -> bool:
    n = 0
    while pos - n - 1 >= 0 and src[pos - n - 1] == "\\":
        n += 1
    return n % 2 == 1


@lru_cache(maxsize=16)
def _dollar_closers(src: str) -> tuple[list[int], list[int]]:
    """Positions of valid single-``$`` closers and of unescaped ``$$`` in ``src`` (one pass)."""
    singles: list[int] = []
    doubles: list[int] = []
    for m in re.finditer(r"\$+", src):
        start, end = m.span()
        if _is_escaped(src, start):
            start += 1
        if end - start >= 2:
            doubles.append(start)
        if end - start == 1 and src[start - 1 : start].strip() and not (
            src[end : end + 1].isdigit()
        ):
            singles.append(start)
    return singles, doubles


@lru_cache(maxsize=16)
def _bracket_closers(src: str, closer: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(closer), src)]


def _first_after(found: list[int], after: int) -> int:
    i = bisect_right(found, after - 1)
    return found[i] if i < len(found) else -1


def _find_dollar_close(src: str, after: int, double: bool) -> int:
    singles, doubles = _dollar_closers(src)
    return _first_after(doubles if double else singles, after)


def math_inline(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    ch = src[pos]
    if ch == "$":
        if pos and src[pos - 1] == "$":
            return False
        double = src.startswith("$$", pos)
        opener = "$$" if double else "$"
        start = pos + len(opener)
        if not double and (start >= state.posMax or src[start].isspace()):
            return False
        end = _find_dollar_close(src, start + (0 if double else 1), double)
        if end < 0 or end > state.posMax:
            return False
        content = src[start:end]
        if not content.strip() or (not double and _LONE_DOLLAR_OR_TICK.search(content)):
            return False
    elif ch == "\\" and src[pos + 1 : pos + 2] in ("(", "["):
        opener = src[pos : pos + 2]
        start = pos + 2
        end = _first_after(_bracket_closers(src, CLOSERS[opener]), start)
        if end < 0 or end > state.posMax or not src[start:end].strip():
            return False
        content = src[start:end]
    else:
        return False
    if not silent:
        token = state.push("math_inline", "math", 0)
        token.content = content
        token.markup = opener
        token.meta = {"display": opener in ("$$", "\\[")}
    state.pos = end + len(CLOSERS[opener])
    return True


def math_block(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """A display formula whose opener starts a line and whose closer ends one (no blank
    lines inside): ``$$`` / ``\\[`` … ``$$`` / ``\\]``. Unclosed, it is ordinary text."""
    if state.sCount[start_line] - state.blkIndent >= 4:
        return False
    begin = state.bMarks[start_line] + state.tShift[start_line]
    first = state.src[begin : state.eMarks[start_line]]
    opener = "$$" if first.startswith("$$") else "\\[" if first.startswith("\\[") else ""
    if not opener:
        return False
    closer = CLOSERS[opener]
    rest = first[2:].rstrip()
    line = start_line
    if rest.endswith(closer) and len(rest) >= len(closer):
        body = rest[: -len(closer)]
    else:
        if closer in rest:
            return False  # "$$a$$ and more": inline math inside a paragraph
        # A failed scan from an earlier line fails from every line up to where it stopped:
        # remember that, or a paragraph of 5,000 "\[" lines costs 5,000 scans.
        failed: dict = state.env.setdefault(_NO_CLOSER, {})
        if failed.get((id(state.src), closer), -1) >= start_line:
            return False
        parts = [rest]
        while True:
            line += 1
            if (line >= end_line or line - start_line > MAX_BLOCK_LINES or state.isEmpty(line)
                    or state.sCount[line] < state.blkIndent):
                failed[(id(state.src), closer)] = line
                return False
            text = state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]
            text = text.rstrip()
            if text.endswith(closer):
                parts.append(text[: -len(closer)])
                break
            if closer in text:
                failed[(id(state.src), closer)] = line
                return False
            parts.append(text)
        body = "\n".join(parts)
    if not body.strip():
        return False
    if silent:
        return True
    state.line = line + 1
    token = state.push("math_block", "math", 0)
    token.block = True
    token.content = body.strip("\n")
    token.markup = opener
    token.map = [start_line, state.line]
    token.meta = {"display": True}
    return True


def math_plugin(md: MarkdownIt) -> None:
    """Add the rules (before ``escape`` and ``fence``); blocks may interrupt a paragraph."""
    md.inline.ruler.before("escape", "math_inline", math_inline)
    md.block.ruler.before(
        "fence", "math_block", math_block, {"alt": ["paragraph", "reference", "blockquote"]}
    )


def check_source(source: str) -> str | None:
    """Why ``source`` will not be rendered, or None. Cheap; runs before any layout."""
    if len(source) > MAX_SOURCE_CHARS:
        return (f"Formula too long to render ({len(source):,} characters;"
                f" limit {MAX_SOURCE_CHARS:,})")
    if _FORBIDDEN.search(source):
        return "Macro definitions and file commands are not supported in formulas"
    depth = deepest = 0
    for ch in re.sub(r"\\[{}]", "", source):
        if ch == "{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch == "}":
            depth -= 1
            if depth < 0:
                return "Unbalanced braces: a '}' without its '{'"
    if depth:
        return "Unbalanced braces: a '{' without its '}'"
    if deepest > MAX_GROUP_DEPTH:
        return f"Formula nested too deeply ({deepest} levels; limit {MAX_GROUP_DEPTH})"
    return None
