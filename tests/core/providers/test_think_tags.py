"""``<think>…</think>`` inline in the content becomes reasoning, split anywhere across chunks,
and text that is not inside a real think block is never hidden (rule: think.py)."""

from __future__ import annotations

import pytest

from ava_desktop.providers import (
    Finish,
    OpenAICompatible,
    ProviderConnectionError,
    ReasoningDelta,
    TextDelta,
)

from .util import USER, collect, collect_error, run

R1 = "<think>\nThe user adds 2 and 2. Grüße 🙂 </thin> is not a tag.\n</think>\n\nThe answer is 4."


def events(server, tokens, **reply):
    server.reply(tokens=tokens, **reply)
    return run(collect(OpenAICompatible.stream_events("m", USER, base_url=server.base_url)))


def split(evs):
    reasoning = "".join(e.text for e in evs if isinstance(e, ReasoningDelta))
    text = "".join(e.text for e in evs if isinstance(e, TextDelta))
    return reasoning, text


def test_think_split_at_every_position_is_reasoning(llm_server):
    for i in range(1, len(R1)):
        evs = events(llm_server, [R1[:i], R1[i:]])
        assert split(evs) == ("The user adds 2 and 2. Grüße 🙂 </thin> is not a tag.\n",
                              "The answer is 4."), i
        kinds = [type(e) for e in evs]
        assert kinds.index(TextDelta) > max(i for i, k in enumerate(kinds) if k is ReasoningDelta)
        assert evs[-1] == Finish("stop")


def test_think_streamed_a_character_at_a_time_and_byte_by_byte(llm_server):
    evs = events(llm_server, list("  \n" + R1), chunk_size=1)
    assert split(evs) == ("The user adds 2 and 2. Grüße 🙂 </thin> is not a tag.\n",
                          "The answer is 4.")


@pytest.mark.parametrize("answer", [
    "The tag <think> starts reasoning in R1; </think> ends it.",
    "Use <thinking> tags? No: <think>x</think>",
    "<thinking>not our tag</thinking> answer",
    "<think",
    "<th",
    "   ",
    "x<think>y</think>z",
])
def test_text_outside_a_real_think_block_stays_text(llm_server, answer):
    for i in range(1, len(answer)):
        evs = events(llm_server, [answer[:i], answer[i:]])
        assert split(evs) == ("", answer), i


def test_an_empty_think_block_adds_no_reasoning(llm_server):  # Qwen3 with /no_think
    assert split(events(llm_server, ["<think>\n\n</think>\n\n", "Hi"])) == ("", "Hi")


def test_an_unclosed_block_stays_reasoning_and_loses_nothing(llm_server):
    evs = events(llm_server, ["<think>", "still thinking when cut off </thi"],
                 finish_reason="length")
    assert split(evs) == ("still thinking when cut off </thi", "")
    assert evs[-1] == Finish("length")


def test_held_back_text_is_released_when_the_stream_breaks_off(llm_server):
    llm_server.reply(tokens=["<thi"], no_finish=True, no_done=True)
    items, error = run(collect_error(OpenAICompatible.stream_events(
        "m", USER, base_url=llm_server.base_url)))
    assert items == [TextDelta("<thi")] and isinstance(error, ProviderConnectionError)


def test_reasoning_content_and_plain_answers_are_unchanged(llm_server):
    evs = events(llm_server, ["4"], reasoning=["2+2"])
    assert evs == [ReasoningDelta("2+2"), TextDelta("4"), Finish("stop")]
    assert events(llm_server, ["Hel", "lo"]) == [TextDelta("Hel"), TextDelta("lo"),
                                                 Finish("stop")]


def test_every_three_way_split_gives_the_same_reasoning_and_text():
    """The splitter alone (the server tests above go through the same code): all cuts."""
    from ava_desktop.core.providers.think import ThinkSplitter

    cases = {R1: ("The user adds 2 and 2. Grüße 🙂 </thin> is not a tag.\n", "The answer is 4."),
             "<think>a</think>b": ("a", "b"),
             "Plain <think>x</think> answer": ("", "Plain <think>x</think> answer")}
    for text, want in cases.items():
        for i in range(len(text) + 1):
            for j in range(i, len(text) + 1):
                s = ThinkSplitter()
                pairs = [s.feed(text[:i]), s.feed(text[i:j]), s.feed(text[j:]), s.flush()]
                got = ("".join(r for r, _ in pairs), "".join(t for _, t in pairs))
                assert got == want, (text, i, j)
