"""Blocks longer than the live tail (a 3,000-line listing, endless lists and tables): the
forced split never breaks a block while it streams, and the finished answer equals a render
from scratch, whatever the chunk sizes and however slow parsing looks."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable

import pytest

from ava_desktop.core.markdown import StreamingMarkdown, code_blocks, render_markdown
from ava_desktop.core.markdown import highlight as hl
from ava_desktop.core.markdown.stream import MAX_TAIL_CHARS

CODE = "\n".join(f"def step_{i}(x):  # line {i}\n    return x * {i}" for i in range(1500))
FENCE = f"Here is the code:\n\n```python\n{CODE}\n```\n\nThat is all.\n"
BULLETS = "Steps:\n\n" + "\n".join(f"- item {i} has words\n  and a second line {i}"
                                   for i in range(1500)) + "\n\nDone.\n"
ORDERED = "Steps:\n\n" + "\n".join(f"{i}. step {i} of many\n   more about {i}"
                                   for i in range(1, 1701)) + "\n\nDone.\n"
TABLE = ("Sizes:\n\n| n | name | size |\n|---:|:---|---:|\n"
         + "\n".join(f"| {i} | name {i} | {i * 3} |" for i in range(2500)) + "\n\nDone.\n")
PRE = re.compile(r"<pre[^>]*>(.*?)</pre>", re.S)


def _text(fragment: str) -> str:
    return html_lib.unescape(re.sub(r"<[^>]+>", "", fragment))


def check_fence(shown: str, so_far: str) -> None:
    code_so_far = so_far.partition("```python\n")[2].partition("\n```")[0]
    complete = code_so_far.rpartition("\n")[0]
    assert "\n".join(_text(p) for p in PRE.findall(shown)).startswith(complete)
    assert "return x" not in _text(PRE.sub("", shown))  # no code outside a code block
    assert shown.count(">python<") <= 1  # one label, however often it was split
    for n in re.findall(r"ava:copy-code/(\d+)", shown):
        assert int(n) < len(code_blocks(so_far))


def check_list(shown: str, so_far: str) -> None:
    body = shown.replace("<p>Steps:</p>\n", "").replace("<p>Done.</p>\n", "")
    assert "<p>" not in body and "<pre" not in body  # no line fell out of its item
    assert not re.search(r"^(- |\d+\. )", _text(body), re.M)  # no marker shown as text
    for start, before in ((m.group(1), shown[: m.start()]) for m in
                          re.finditer(r'<ol start="(\d+)">', shown)):
        assert int(start) == before.count("<li>") + 1  # numbering goes on across splits


def check_table(shown: str, so_far: str) -> None:
    assert "|" not in _text(shown)  # no row fell out of the table as text
    assert len(re.findall(r"<th[ >]", shown)) <= 3  # the header row once, not per part
    assert shown.count('<td align="right">') == 2 * shown.count('<td align="left">')


CASES = {"fence": (FENCE, check_fence), "bullets": (BULLETS, check_list),
         "ordered": (ORDERED, check_list), "table": (TABLE, check_table)}


def stream(text: str, step: int, clock: Callable[[StreamingMarkdown], float],
           check: Callable[[str, str], None]) -> tuple[StreamingMarkdown, str, list[int]]:
    """Apply every update as the view does; check what is shown after each one."""
    holder: list[StreamingMarkdown] = []
    sm = StreamingMarkdown(clock=lambda: clock(holder[0]) if holder else 0.0)
    holder.append(sm)
    settled, tail, parsed = "", "", []
    for i in range(0, len(text), step):
        before = sm.parsed_chars
        update = sm.append(text[i : i + step])
        parsed.append(sm.parsed_chars - before)
        assert not update.reset
        settled += update.new_settled_html
        tail = update.tail_html
        assert settled + tail == sm.html
        check(settled + tail, sm.text)
    final = sm.finish()
    settled = (final.new_settled_html if final.reset else settled + final.new_settled_html)
    assert final.tail_html == "" and settled == sm.html
    return sm, settled, parsed


def no_clock(sm: StreamingMarkdown) -> float:
    return 0.0


def busy_machine(sm: StreamingMarkdown) -> float:
    """Parsing looks 2 us a character: over the 30 ms budget for a long tail (so the tail
    shrinks and is split far more often) but not slow enough to be a parser trap."""
    return sm.parsed_chars * 2e-6


@pytest.mark.parametrize(("kind", "step"), [
    *((kind, step) for kind in sorted(CASES) for step in (1_499, 4_096, 33_000)),
    ("fence", 613), ("fence", 257), ("table", 50_000),
])
def test_long_blocks_never_break_and_end_as_a_full_render(kind: str, step: int) -> None:
    text, check = CASES[kind]
    assert len(text) > 2 * MAX_TAIL_CHARS
    sm, shown, _ = stream(text, step, no_clock, check)
    assert sm.text == text
    assert shown == render_markdown(text)


@pytest.mark.parametrize("step", [1_499])
@pytest.mark.parametrize("kind", sorted(CASES))
def test_time_budget_shrinks_the_tail_without_breaking_blocks(kind: str, step: int) -> None:
    text, check = CASES[kind]
    sm, shown, parsed = stream(text, step, busy_machine, check)
    assert max(parsed[-20:]) < MAX_TAIL_CHARS  # the budget made the tail smaller
    assert sm.text == text and shown == render_markdown(text)


def test_the_copy_link_of_a_split_block_copies_the_whole_block() -> None:
    sm = StreamingMarkdown(clock=lambda: 0.0)
    html = "".join(sm.append(FENCE[i : i + 1_000]).new_settled_html
                   for i in range(0, len(FENCE), 1_000))
    assert sm.settled_chunks >= 3  # the block was split while it streamed
    assert html in sm.html
    assert re.findall(r"ava:copy-code/(\d+)", sm.html) == ["0"]  # one link: block 0
    assert code_blocks(sm.text) == [CODE]


def test_a_slow_first_render_does_not_cost_the_answer_its_full_render() -> None:
    """Loading a lexer or highlighting on a busy machine once made the first flush slow;
    that marked the answer as a parser trap, and the finished answer stayed split."""
    hl.cache_clear()

    def clock() -> float:  # 0.2 s per highlighted chunk: only rendering is slow here
        return hl.cache_info().misses * 0.2

    sm = StreamingMarkdown(clock=clock)
    for i in range(0, len(FENCE), 3_000):
        sm.append(FENCE[i : i + 3_000])
    final = sm.finish()
    assert final.reset and final.new_settled_html == render_markdown(FENCE)


def test_a_split_block_is_highlighted_as_the_whole_one_and_its_final_render_is_cached() -> None:
    """Cuts fall where highlighting starts a chunk anyway: each part is lexed as the whole
    block is, so the full render at the end finds its chunks cached (no second lexing)."""
    hl.cache_clear()
    sm = StreamingMarkdown(clock=lambda: 0.0)
    for i in range(0, len(FENCE), 1_000):
        sm.append(FENCE[i : i + 1_000])
    before = hl.cache_info().misses
    final = sm.finish()
    assert final.reset and final.new_settled_html == render_markdown(FENCE)
    chunks = len(hl.split_chunks(CODE))
    assert chunks > 40 and hl.cache_info().misses - before <= 6  # the parts' last chunks


def test_the_live_part_of_a_growing_code_block_stays_short() -> None:
    """Qt replaces the live tail every flush, at ~4 ms per 1,000 characters of highlighted
    code: a growing block's tail is kept to FENCE_TAIL_CHARS, not MAX_TAIL_CHARS."""
    from ava_desktop.core.markdown.stream import FENCE_TAIL_CHARS

    sm = StreamingMarkdown(clock=lambda: 0.0)
    longest = 0
    for i in range(0, len(FENCE), 500):
        longest = max(longest, len(_text(sm.append(FENCE[i : i + 500]).tail_html)))
    assert FENCE_TAIL_CHARS // 2 < longest <= FENCE_TAIL_CHARS + 500
    assert sm.finish().new_settled_html == render_markdown(FENCE)
