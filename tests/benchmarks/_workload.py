"""Deterministic Markdown answers, token splitting and store pre-filling for the benchmarks.

The text looks like real model output (headings, paragraphs, lists, fenced code, tables) so
the renderer does the work it does in use; ``code_heavy`` answers are mostly long code
blocks and tables, the worst case for Pygments and Qt table layout.
"""

from __future__ import annotations

import random
from pathlib import Path

_WORDS_TEXT = (
    "the a of to and in is it that for on with as this be are was by not or have from "
    "python asyncio sqlite qt widget window model token stream answer question error "
    "function class import return value list dict string bytes file path network socket "
    "server client request response header json markdown table code block render thread "
    "lock queue timer signal slot event loop memory cache index search query result"
)
WORDS = _WORDS_TEXT.split()
IDENTS = ["data", "items", "result", "path", "value", "count", "session", "reply", "chunk"]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    if rng.random() < 0.3:
        i = rng.randrange(len(words))
        words[i] = f"`{words[i]}()`"
    if rng.random() < 0.2:
        i = rng.randrange(len(words))
        words[i] = f"**{words[i]}**"
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))


def _code(rng: random.Random, lines: int) -> str:
    out = ["```python", "import asyncio", ""]
    depth = 0
    for n in range(lines):
        a, b = rng.choice(IDENTS), rng.choice(IDENTS)
        kind = rng.random()
        pad = "    " * depth
        if kind < 0.15 and depth < 3:
            out.append(f"{pad}def {a}_{n}({b}: list[int], limit: int = {n}) -> dict:")
            depth += 1
        elif kind < 0.25 and depth < 3:
            out.append(f"{pad}for {a} in {b}:  # step {n}")
            depth += 1
        elif kind < 0.35 and depth > 0:
            out.append(f"{pad}return {{'{a}': {b}, 'n': {n}}}")
            depth -= 1
        else:
            out.append(f'{pad}{a} = await fetch("{b}", timeout={n % 7}.5)  # {rng.choice(WORDS)}')
    out.append("```")
    return "\n".join(out)


def _table(rng: random.Random, rows: int) -> str:
    head = "| Name | Kind | Size | Notes |\n|---|:---:|---:|---|"
    body = [
        f"| `{rng.choice(IDENTS)}_{i}` | {rng.choice(WORDS)} | {rng.randint(1, 99999)} | "
        f"{' '.join(rng.choice(WORDS) for _ in range(5))} |"
        for i in range(rows)
    ]
    return "\n".join([head, *body])


def _list(rng: random.Random) -> str:
    return "\n".join(f"- {_sentence(rng)}" for _ in range(rng.randint(3, 6)))


_FORMULAS = [
    r"\frac{{{a}}}{{{b}}}", r"\sum_{{i=1}}^{{{n}}} i^2", r"\int_0^{{{n}}} x^{{{a}}}\,dx",
    r"\sqrt{{{a}^2+{b}^2}}", r"\begin{{pmatrix}} {a} & {b} \\ {n} & 1 \end{{pmatrix}}",
    r"\alpha_{{{n}}} \to \beta", r"e^{{-{a} t}} \cos({n}\omega t)",
]


def _math(rng: random.Random) -> str:
    """A paragraph with inline formulas, sometimes a display one (distinct sources, so each
    is typeset anew as it would be in a real answer)."""
    def one() -> str:
        return rng.choice(_FORMULAS).format(a=rng.randint(2, 99), b=rng.randint(2, 99),
                                            n=rng.randint(2, 999))
    text = f"{_sentence(rng)} Here $" + one() + f"$ and \\({one()}\\) {_sentence(rng)}"
    if rng.random() < 0.4:
        text += "\n\n$$\n" + one() + "\n$$"
    return text


def answer(chars: int, seed: int = 0, code_heavy: bool | str = False,
           math_heavy: bool = False) -> str:
    """A Markdown answer of about ``chars`` characters (``code_heavy="long"``: one code
    block of all of it, far longer than the streamer's live tail; ``math_heavy``: paragraphs
    full of formulas)."""
    rng = random.Random(seed)
    if code_heavy == "long":
        code = _code(rng, max(10, chars // 48))
        return f"Here is the whole module:\n\n{code}\n\nThat is all of it.\n"
    parts: list[str] = []
    size = 0
    section = 0
    while size < chars:
        r = rng.random()
        if math_heavy:
            block = _math(rng) if r < 0.7 else _paragraph(rng)
        elif code_heavy:
            block = (_code(rng, rng.randint(60, 120)) if r < 0.45
                     else _table(rng, rng.randint(15, 30)) if r < 0.75
                     else _paragraph(rng))
        elif r < 0.08:
            section += 1
            block = f"## Part {section}: {rng.choice(WORDS)} {rng.choice(WORDS)}"
        elif r < 0.55:
            block = _paragraph(rng)
        elif r < 0.72:
            block = _list(rng)
        elif r < 0.9:
            block = _code(rng, rng.randint(8, 30))
        else:
            block = _table(rng, rng.randint(3, 8))
        parts.append(block)
        size += len(block) + 2
    return "\n\n".join(parts) + "\n"


def tokens(text: str, size: int) -> list[str]:
    """Split ``text`` into ``size``-character tokens (the unit every rate here counts)."""
    return [text[i:i + size] for i in range(0, len(text), size)]


def prefill(data_dir: Path, history_tokens: int, token_chars: int, *, conversations: int = 1,
            model: str = "bench-model", answer_tokens: int = 2000) -> list[int]:
    """Store ``conversations`` conversations of about ``history_tokens`` tokens each and
    open them as tabs (window state), as a returning user would have them."""
    from ava_desktop.core.store import DB_FILENAME, Store

    data_dir.mkdir(parents=True, exist_ok=True)
    ids: list[int] = []
    with Store.open(data_dir / DB_FILENAME) as store, store.transaction():
        for c in range(conversations):
            conv = store.create_conversation(f"History {c}", "env", model)
            done, turn = 0, 0
            while done < history_tokens:
                n = min(answer_tokens, history_tokens - done)
                question = f"Question {turn}: how does the {WORDS[turn % len(WORDS)]} work?"
                store.add_message(conv.id, "user", question)
                text = answer(n * token_chars, seed=c * 1000 + turn)
                store.add_message(conv.id, "assistant", text, model=model)
                done += len(text) // token_chars
                turn += 1
            ids.append(conv.id)
        store.save_window_state(ids, len(ids) - 1)
    return ids
