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
