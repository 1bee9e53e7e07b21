"""StreamingMarkdown: settled + tail always equals a full render, and a flush costs O(tail)."""

from __future__ import annotations

import random
import re

import pytest

from ava_desktop.core.markdown import RenderUpdate, StreamingMarkdown, render_markdown
from ava_desktop.core.markdown import highlight as hl
from tests.core.test_markdown import ref

BLOCKS = [
    "# Heading {n}",
    "Setext heading {n}\n===",
    "Paragraph {n} with *em*, **strong**, `code`, ~~del~~ and [a link](https://x.example/{n}).",
    "A paragraph {n}\nthat wraps\nover lines  \nwith a hard break.",
    "- item {n}\n- item two\n  - nested\n- three",
    "- loose {n}\n\n- list\n\n  continued para\n- tight again",
    "1. first {n}\n2. second\n\n3. third after blank",
    "* star {n}\n+ plus list",
    "- [ ] task {n}\n- [x] done",
    "> quote {n}\n> more\nlazy continuation",
    "> quote {n}\n\n> second quote",
    "```python\ndef f{n}(x):\n\n    return x  # blank line above\n```",
    "~~~~js\nlet a{n} = `x`;\n~~~\n```\nstill code\n~~~~",
    "```\nunterminated? no: {n}\n```",
    "    indented code {n}\n\n    after blank",
    "| a | b |\n|:--|--:|\n| {n} | 2 |\n| *x* | `y` |",
    "text {n}\n| not | table |",
    "---",
    "***",
    "https://bare.example/{n} and www.w.example and <https://auto.example>",
    "Some <b>raw html</b> {n} & entities &amp; &lt;x&gt;",
    "  indented para {n}",
    "\tTab indented code {n}",
    "2) paren list {n}\n3) more",
    "Term {n}\n---",
    "A claim{n}[^f{n}] and an earlier one[^f0].",
    "[^f{n}]: Footnote {n} with *emphasis*\nand a second line.",
    "> quoted claim[^f{n}]\n> - [x] a task in a quote",
]


def make_doc(rnd: random.Random, blocks: int) -> str:
    parts = []
    for n in range(blocks):
        parts.append(rnd.choice(BLOCKS).format(n=n))
        parts.append(rnd.choice(["\n\n", "\n\n", "\n\n\n", "\n", "\n \n"]))
    if rnd.random() < 0.3:
        parts.append("```python\nunclosed = True\n")
    return "".join(parts)


def stream(text: str, rnd: random.Random, max_delta: int = 12) -> tuple[StreamingMarkdown, str]:
    sm = StreamingMarkdown()
    settled: list[str] = []
    pos = 0
    while pos < len(text):
        n = rnd.randint(1, max_delta)
        update = sm.append(text[pos : pos + n])
        pos += n
        settled.append(update.new_settled_html)
        assert not update.reset
        # What the view shows is always settled + tail, and settled HTML never changes.
        assert sm.html == "".join(settled) + update.tail_html
    final = sm.finish()
    assert final.tail_html == "" and not final.reset
    settled.append(final.new_settled_html)
    return sm, "".join(settled)


@pytest.mark.parametrize("seed", range(60))
def test_any_split_equals_full_render(seed: int) -> None:
    rnd = random.Random(seed)
    text = make_doc(rnd, rnd.randint(3, 14))
    sm, html = stream(text, rnd, max_delta=rnd.choice([1, 3, 12, 40]))
    assert sm.text == text
    assert html == render_markdown(text)


def test_whole_text_in_one_delta_and_char_by_char() -> None:
    text = "\n\n".join(b.format(n=i) for i, b in enumerate(BLOCKS))
    sm, html = stream(text, random.Random(0), max_delta=1)
    assert html == render_markdown(text)
    assert sm.settled_chunks > 10
    sm2 = StreamingMarkdown()
    first = sm2.append(text)
    assert first.new_settled_html + first.tail_html == render_markdown(text)
    assert first.new_settled_html + sm2.finish().new_settled_html == render_markdown(text)


def test_crlf_split_across_deltas() -> None:
    text = "para one\r\n\r\n```\r\ncode\r\n```\r\n\r\nlast\r"
    sm = StreamingMarkdown()
    html = "".join(sm.append(c).new_settled_html for c in text) + sm.finish().new_settled_html
    assert html == render_markdown(text)
    assert sm.text == text.replace("\r\n", "\n").replace("\r", "\n")


def test_lists_and_fences_stay_in_the_tail_until_closed() -> None:
    sm = StreamingMarkdown()
    up = sm.append("- a\n\n- b\n\n")
    assert up.new_settled_html == ""  # the list may continue
    up = sm.append("- c\n\n")
    assert up.new_settled_html == ""
    up = sm.append("Text\n")  # a paragraph at column 0 after a blank line ends the list
    assert "<li><p>c</p>\n</li>" in up.new_settled_html and "Text" in up.tail_html
    up = sm.append("\n```\nx\n\ny\n\nz\n")
    assert "Text" in up.new_settled_html
    up = sm.append("\nmore\n\nstill in the fence\n")
    assert up.new_settled_html == ""
    assert "still in the fence" in up.tail_html


def test_settled_chunks_render_once_and_flush_cost_is_o_tail() -> None:
    para = "Paragraph number {n} says something moderately long about streaming.\n\n"
    text = "".join(para.format(n=n) for n in range(600))  # ~44 KB
    sm = StreamingMarkdown()
    settled_parts = []
    for i in range(0, len(text), 20):
        settled_parts.append(sm.append(text[i : i + 20]).new_settled_html)
    # Every paragraph was emitted exactly once as settled HTML.
    joined = "".join(settled_parts)
    assert len(re.findall(r"<p>Paragraph number 42 ", joined)) == 1
    # Parser work grows with the tail, not the message: naive would be ~len^2/40 (~1000x len).
    assert sm.parsed_chars < 30 * len(text)
    before = sm.parsed_chars
    sm.append(" tail")
    assert sm.parsed_chars - before < 300


def test_code_is_highlighted_once_while_streaming() -> None:
    hl.cache_clear()
    blocks = [f"```python\ndef f{n}(x):\n    return x * {n}\n```" for n in range(5)]
    text = "\n\nIntro para.\n\n".join(blocks) + "\n\nEnd.\n"
    _sm, html = stream(text, random.Random(5), max_delta=4)
    misses = hl.cache_info().misses
    assert misses == 5  # growing fences are lexed uncached; each finished block once
    assert html == render_markdown(text)
    assert hl.cache_info().misses == 5  # the final full render hits the cache


def test_long_growing_fence_is_highlighted_in_chunks() -> None:
    hl.cache_clear()
    sm = StreamingMarkdown()
    sm.append("```python\n")
    for n in range(200):  # ~7k characters: below FENCE_TAIL_CHARS, one live block
        sep = "\n" if n % 10 == 9 else ""  # top-level statements after blank lines
        up = sm.append(f"value_{n} = compute({n})  # line\n{sep}")
    assert "value_199" in up.tail_html
    chunks = len(hl.split_chunks(sm.text.split("\n", 1)[1]))
    assert chunks >= 200 // hl.MAX_CHUNK_LINES + 1
    # Finished chunks were lexed once each, not once per flush.
    assert hl.cache_info().misses == chunks - 1
    # while it grows it is a plain block (no table: cheap for Qt to replace every flush)
    assert "<table" not in up.tail_html and "<pre" in up.tail_html
    up = sm.append("```\n\nAfter the code.\n")
    assert up.new_settled_html.count("value_") == 200
    assert "ava:copy-code/0" in up.new_settled_html  # complete: the table with its Copy link
    assert hl.cache_info().misses == chunks  # completing the block lexed one chunk


def test_chunk_boundaries_only_depend_on_the_text_before_them() -> None:
    code = "".join(
        f"def f{n}(x):\n    return x\n\n" if n % 3 else f"y{n} = [\n    1,\n]\n" for n in range(80)
    )
    final = hl.split_chunks(code)
    assert "".join(final) == code and len(final) > 3
    for cut in range(0, len(code), 37):
        prefix_chunks = hl.split_chunks(code[:cut])
        assert prefix_chunks[:-1] == final[: len(prefix_chunks) - 1]
    assert hl.highlight(code, "python") == hl.highlight(code, "python", growing=True)


def test_copy_indices_continue_across_settled_chunks() -> None:
    text = "```\na\n```\n\npara\n\n```\nb\n```\n\n- x\n\n  ```\n  c\n  ```\n\nend\n"
    _sm, html = stream(text, random.Random(2), max_delta=3)
    assert re.findall(r"ava:copy-code/(\d+)", html) == ["0", "1", "2"]


def test_late_reference_definition_asks_for_a_reset() -> None:
    sm = StreamingMarkdown()
    sm.append("See [the docs][d].\n\nMore text.\n\n")
    sm.append("Even more.\n\n[d]: https://docs.example\n")
    final = sm.finish()
    assert final.reset
    assert final.new_settled_html == render_markdown(sm.text)
    assert 'href="https://docs.example"' in final.new_settled_html


def test_reference_defined_before_use_needs_no_reset() -> None:
    text = "[d]: https://docs.example\n\nIntro.\n\nSee [the docs][d].\n\nEnd.\n"
    _sm, html = stream(text, random.Random(3), max_delta=5)
    assert html == render_markdown(text)
    assert 'href="https://docs.example"' in html


def test_set_text_extends_or_resets() -> None:
    sm = StreamingMarkdown()
    sm.set_text("Hello\n\nwor")
    up = sm.set_text("Hello\n\nworld\n\nagain\n")
    assert not up.reset and up.new_settled_html == "<p>Hello</p>\n<p>world</p>\n"
    up = sm.set_text("Different answer")
    assert up.reset and up.new_settled_html + up.tail_html == render_markdown("Different answer")
    assert isinstance(sm.finish(), RenderUpdate)
    assert sm.finish() == RenderUpdate("", "")
    with pytest.raises(RuntimeError):
        sm.append("x")


def test_dark_streaming_matches_dark_render() -> None:
    text = "Intro\n\n```python\nx = 1\n```\n\nOutro\n"
    sm = StreamingMarkdown(dark=True)
    html = "".join(sm.append(ch).new_settled_html for ch in text)
    html += sm.finish().new_settled_html
    assert html == render_markdown(text, dark=True)


def test_a_tail_that_never_settles_is_split_so_each_flush_stays_bounded() -> None:
    """One endless paragraph (or hostile text with no line breaks) must not make every
    flush re-parse everything: the tail is capped, and finish() renders the whole once."""
    from ava_desktop.core.markdown.stream import MAX_TAIL_CHARS

    for unit in ("word ", "x" * 50, "line of a long code block\n"):
        sm = StreamingMarkdown(clock=lambda: 0.0)  # parsing never looks slow here
        text = ("```\n" if unit.endswith("\n") else "") + unit * (150_000 // len(unit))
        parsed_before = 0
        worst = 0
        for i in range(0, len(text), 1000):
            sm.append(text[i:i + 1000])
            worst = max(worst, sm.parsed_chars - parsed_before)
            parsed_before = sm.parsed_chars
        assert worst <= MAX_TAIL_CHARS + 2000, (unit, worst)
        assert sm.parsed_chars < 40 * len(text)  # linear, not quadratic (~150 flushes)
        assert sm.text == text
        final = sm.finish()
        assert final.reset and final.new_settled_html == render_markdown(text)


def test_text_that_is_slow_to_parse_gets_a_smaller_tail_and_no_giant_final_render() -> None:
    """Parser traps (long runs of "![") cost ~15 us a character: the tail shrinks to what
    parses within the budget, and no multi-second full render happens at the end."""
    from ava_desktop.core.markdown.stream import MIN_TAIL_CHARS, SLOW_FULL_RENDER_LIMIT

    holder: list[StreamingMarkdown] = []

    def clock() -> float:  # parsing costs 15 us a character, as measured for "!["
        return holder[0].parsed_chars * 15e-6 if holder else 0.0

    sm = StreamingMarkdown(clock=clock)
    holder.append(sm)
    text = "![" * 8_000
    parsed_before, per_append = 0, []
    for i in range(0, len(text), 500):
        sm.append(text[i:i + 500])
        per_append.append(sm.parsed_chars - parsed_before)
        parsed_before = sm.parsed_chars
    assert max(per_append[-10:]) <= MIN_TAIL_CHARS * 2 + 1_000  # ~30 ms of parsing or less
    more = " plain words" * 5_000  # cheap to parse for real; the answer is now long
    for i in range(0, len(more), 6_000):
        sm.append(more[i:i + 6_000])
    text += more
    assert sm.text == text and len(text) > SLOW_FULL_RENDER_LIMIT
    final = sm.finish()
    assert not final.reset  # no seconds-long re-render of 80k characters of brackets
    assert sm.text == text


def test_a_footnote_streamed_before_its_definition_never_changes_what_was_shown() -> None:
    text = "Claim one[^a] and two[^b].\n\nMore prose.\n\n[^b]: Second note.\n\n[^a]: First.\n"
    sm = StreamingMarkdown()
    shown_settled = ""
    for i in range(0, len(text), 4):
        update = sm.append(text[i : i + 4])
        assert not update.reset
        shown_settled += update.new_settled_html
        if "[^b]: Second note.\n" in sm.text:  # the list shows in the live tail already
            assert '<p class="footnote"><sup>2</sup>&nbsp;Second note.</p>' in sm.html
    final = sm.finish()
    assert not final.reset
    assert shown_settled + final.new_settled_html == render_markdown(text)
    assert ("Claim one" + ref(1) + " and two" + ref(2) + ".") in shown_settled
    assert final.new_settled_html.endswith(
        '<p class="footnote"><sup>1</sup>&nbsp;First.</p>\n'
        '<p class="footnote"><sup>2</sup>&nbsp;Second note.</p>\n')
