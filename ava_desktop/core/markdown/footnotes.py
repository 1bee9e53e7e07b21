"""Footnotes: ``[^label]`` references and ``[^label]: text`` definitions, listed at the end.

mdit-py-plugins is not a dependency, and its plugin renders a reference only once the
definition is known, so a reference streamed before its definition would change after it
was shown. Here every ``[^label]`` is a reference, numbered in order of first appearance;
definitions are taken out of the flow and rendered in one list after the message (numbered
as referenced; unreferenced ones follow). A streamed answer thus never re-renders what it
showed: settled chunks keep their numbers, the tail shows the list as far as it is known.

A definition holds the rest of its line plus its continuation lines (a paragraph); it
ends at a blank line or where another block, such as the next definition, begins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

FOOTNOTES = "ava_footnotes"  # env key: {"numbers": {label: n}, "defs": {label: children}}
_DEF_RE = re.compile(r"\[\^([^\]\s\[]{1,60})\]:[ \t]?")
_REF_RE = re.compile(r"\[\^([^\]\s\[]{1,60})\]")


def new_state() -> dict[str, Any]:
    return {"numbers": {}, "defs": {}}


def copy_state(state: dict[str, Any]) -> dict[str, Any]:
    """A copy to render the live tail with, leaving the settled state untouched."""
    return {"numbers": dict(state["numbers"]), "defs": dict(state["defs"])}


def _label(raw: str) -> str:
    return raw.strip().lower()


def _definition(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    pos, maximum = state.bMarks[start] + state.tShift[start], state.eMarks[start]
    m = _DEF_RE.match(state.src, pos, maximum)
    if m is None:
        return False
    if silent:
        return True
    lines = [state.src[m.end() : maximum]]
    terminators = state.md.block.ruler.getRules("paragraph")
    line = start + 1
    old_parent, state.parentType = state.parentType, "paragraph"
    while line < end and not state.isEmpty(line):
        if state.sCount[line] - state.blkIndent <= 3 and any(
            rule(state, line, end, True) for rule in terminators
        ):
            break
        lines.append(state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]])
        line += 1
    state.parentType = old_parent
    opener = state.push("footnote_open", "", 1)
    opener.meta = {"label": _label(m.group(1)), "written": m.group(1)}
    opener.map = [start, line]
    inline = state.push("inline", "", 0)
    inline.content = "\n".join(lines).strip()
    inline.map = [start, line]
    inline.children = []
    state.push("footnote_close", "", -1)
    state.line = line
    return True


def _reference(state: StateInline, silent: bool) -> bool:
    if not state.src.startswith("[^", state.pos):
        return False
    m = _REF_RE.match(state.src, state.pos, state.posMax)
    if m is None:
        return False
    if not silent:
        tok = state.push("footnote_ref", "", 0)
        tok.meta = {"label": _label(m.group(1))}
        tok.content = m.group(0)
    state.pos = m.end()
    return True


def footnote_plugin(md: MarkdownIt) -> None:
    """Definitions before link reference definitions (``[^x]: url`` is ours), references
    before links."""
    md.block.ruler.before("reference", "ava_footnote_def", _definition,
                          {"alt": ["paragraph", "reference"]})
    md.inline.ruler.before("link", "ava_footnote_ref", _reference)


def take_definitions(tokens: Sequence[Token], env: dict) -> list[Token]:
    """Tokens without the definitions, which go to ``env`` (the first one of a label wins)."""
    if not any(t.type == "footnote_open" for t in tokens):
        return list(tokens)
    defs = env.setdefault(FOOTNOTES, new_state())["defs"]
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "footnote_open":
            defs.setdefault(tok.meta["label"], tokens[i + 1].children or [])
            i += 3
            continue
        out.append(tok)
        i += 1
    return out


def number(env: dict, label: str) -> int:
    numbers = env.setdefault(FOOTNOTES, new_state())["numbers"]
    return numbers.setdefault(label, len(numbers) + 1)


def section(env: dict, render_inline: Callable[[list[Token]], str]) -> str:
    """The list of definitions after the message ("" when there are none)."""
    state = env.get(FOOTNOTES)
    if not state or not state["defs"]:
        return ""
    defs = state["defs"]
    for label in defs:  # unreferenced definitions are numbered after the referenced ones
        number(env, label)
    ordered = sorted(defs, key=lambda label: state["numbers"][label])
    items = "".join(
        f'<p class="footnote"><sup>{state["numbers"][label]}</sup>&nbsp;'
        f"{render_inline(defs[label])}</p>\n"
        for label in ordered
    )
    return "<hr>\n" + items
