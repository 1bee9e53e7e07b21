"""A long answer's pieces, rendered in any order, add up to the full render."""

from __future__ import annotations

import random

import pytest

from ava_desktop.core.markdown import render_markdown
from ava_desktop.core.markdown.pieces import HUGE_TABLE_ROWS, TABLE_ROWS, pieces

TEXTS = [
    "# Title\n\nIntro with `code`, a [link][x] and **bold**.\n\n[x]: https://example.com\n\n"
    "- one\n- two\n\n  continued\n\n1. first\n2. second\n\n---\n\n> quoted\n\nThe end.",
    "```python\nx = 1\n```\n\ntext\n\n```js\nlet y = 2\n```\n\n    indented code\n\nafter",
    "Text with a note[^1] and another[^b].\n\n- [ ] task\n- [x] done\n\n"
    "[^1]: First note.\n[^b]: Second **note**.\n\nMore text after.",
    "A reference[^gone] with no definition.\n\nAnd text.",
    "| a | b |\n|---|:-:|\n" + "".join(f"| {i} | x{i} |\n" for i in range(30)),
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("dark", [False, True])
def test_pieces_add_up_to_the_full_render_whatever_the_order(text: str, dark: bool) -> None:
    parts = pieces(text)
    order = list(range(len(parts)))
    random.Random(len(text)).shuffle(order)  # the view draws them in no fixed order
    for i in order:
        parts[i].html(dark)
    assert "".join(p.html(dark) for p in parts) == render_markdown(text, dark=dark)


def test_a_huge_table_becomes_parts_of_few_rows_with_the_header_once() -> None:
    rows = HUGE_TABLE_ROWS * 3
    text = "Rows:\n\n| name | size |\n|---|---:|\n" + "".join(
        f"| item_{i} | {i} |\n" for i in range(rows))
    parts = pieces(text)[1:]  # after the paragraph
    assert len(parts) == rows // TABLE_ROWS
    html = [p.html(False) for p in parts]
    assert all(h.startswith("<table") and h.rstrip().endswith("</table>") for h in html)
    assert "<th>name</th>" in html[0] and not any("<th>" in h for h in html[1:])
    assert all(f"<td>item_{i}</td>" in "".join(html) for i in range(rows))
    assert [p.joins_next for p in parts] == [True] * (len(parts) - 1) + [False]


TABLE = "| name | size | note |\n|:---|---:|---|\n" + "".join(
    f"| item_{i} | {i} | `a|b` \\| [l{i}](https://x.org/{i}) {'**b**' if i % 3 else ''} |\n"
    if i % 5 else f"| short {i} |\n" for i in range(HUGE_TABLE_ROWS * 2 + 7))
PREFIXES = ["", "Intro *text*.\n\n", "```\nopen fence\n\n", "```\ncode\n```\n\n",
            "- a\n- b\n\n", "> quoted\n\n", "$$\nx\n\n", "A paragraph\n", "# Title\n\n"]


@pytest.mark.parametrize("prefix", PREFIXES)
def test_a_huge_table_at_the_end_parsed_part_by_part_is_the_whole_parse(
        prefix: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tail first (its parts parsed when drawn) or whole: the same pieces as parsing the
    whole text, drawn in any order, in both themes."""
    from ava_desktop.core.markdown import pieces as module

    for ending in ("", "\n\n  \n"):
        text = prefix + TABLE + ending
        whole = module._parsed(text)
        pieces.cache_clear()
        parts = pieces(text)
        assert len(parts) == len(whole)
        order = list(range(len(parts)))
        random.Random(len(prefix)).shuffle(order)
        for dark in (False, True):
            for i in order:
                parts[i].html(dark)
            assert [p.html(dark) for p in parts] == [p.html(dark) for p in whole]
            assert [p.joins_next for p in parts] == [p.joins_next for p in whole]


def test_a_huge_table_at_the_end_is_parsed_only_as_far_as_it_is_drawn(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening a conversation that ends in 3,000 rows parsed them all (0.35-0.5 s) before
    the first paint; now only the header and the parts drawn are parsed."""
    from ava_desktop.core.markdown.render import MD

    parsed: list[int] = []
    parse = MD.parse

    def counted(src: str, env: dict | None = None) -> list:
        parsed.append(len(src))
        return parse(src, env)

    monkeypatch.setattr(MD, "parse", counted)
    text = "Intro.\n\n" + TABLE.replace("item_", "row_")
    pieces.cache_clear()
    parts = pieces(text)
    assert sum(parsed) < len(text) / 5
    parts[-1].html(False)
    parts[-2].html(True)
    assert sum(parsed) < len(text) / 3
    for p in parts:
        p.html(False)
    header = len(TABLE.split("\n", 2)[0]) + len(TABLE.split("\n", 2)[1]) + 2
    assert sum(parsed) <= len(text) + header * len(parts)  # each row once
    for bad in ("[x]: https://ref.org\n\n", "A note[^1].\n\n", "```\nopen\n"):
        parsed.clear()
        pieces(bad + text)
        assert sum(parsed) >= len(text)  # reaching across blocks: parsed whole
