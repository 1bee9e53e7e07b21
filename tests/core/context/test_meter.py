"""The meter against a scripted OpenAI server that counts what it receives like a real one
(its tokenizer packs ~3 characters per token, ours guesses 4): reported usage, the learned
correction, and the "Done when" of issue 14 (within 10 % after the first answer)."""

from __future__ import annotations

import math

from ava_desktop.core.context import (
    ContextCounter,
    ContextWindow,
    estimate_messages,
    family_of,
    path_request,
)
from ava_desktop.core.conversation.parts import ChatMessage
from ava_desktop.core.conversation.request import RequestPlan
from ava_desktop.core.conversation.session import ChatSession
from ava_desktop.providers import OpenAICompatible
from tests.core.providers.util import run
from tests.loop_turns import turns_while

KEY = "scripted/test-model"
FAMILY = family_of(OpenAICompatible, "test-model")
PROSE = ("The quick brown fox jumps over the lazy dog while the committee debates the "
         "budget for next year's harvest festival in the old town hall. ")


def server_count(text: str) -> int:
    return math.ceil(len(text) / 3)


def prompt_usage(request: dict) -> int:
    """What this server's tokenizer makes of a request: 3 characters a token, 4 tokens a
    message, 3 for the answer's opening."""
    return 3 + sum(server_count(m["content"]) + 4 for m in request["messages"])


def scripted(answer: str):
    def usage(request: dict) -> dict:
        prompt, completion = prompt_usage(request), server_count(answer)
        return {"prompt_tokens": prompt, "completion_tokens": completion,
                "total_tokens": prompt + completion}
    return usage


def _plan(server) -> RequestPlan:
    return RequestPlan(OpenAICompatible, "test-model", system_prompt="Answer in detail.",
                       endpoint={"base_url": server.base_url, "api_key": "sk-test"})


def _send(server, session: ChatSession, text: str, answer: str) -> None:
    server.reply(tokens=[answer[i:i + 20] for i in range(0, len(answer), 20)],
                 usage=scripted(answer))

    async def go() -> None:
        session.send(text, _plan(server))
        await session.wait()
    run(go())


def _measure(counter: ContextCounter, session: ChatSession, draft: str = "", window=None):
    return run(counter.measure(session.path(), key=KEY, model="test-model", family=FAMILY,
                               system_prompt="Answer in detail.", draft=draft,
                               window=window or ContextWindow(8192, "server")))


def test_after_the_first_answer_the_meter_matches_the_servers_usage(llm_server) -> None:
    counter = ContextCounter()
    session = ChatSession()
    first, answer = PROSE * 6, PROSE * 4
    before = _measure(counter, session, draft=first)
    assert before.approximate and before.source == "estimate" and before.reported == 0
    assert before.label().startswith("≈")

    _send(llm_server, session, first, answer)
    usage = session.path()[-1].usage
    assert usage["prompt_tokens"] == prompt_usage(llm_server.requests[-1].json)
    # the path now costs exactly what the server said
    after = _measure(counter, session)
    assert after.used == usage["prompt_tokens"] + usage["completion_tokens"]
    assert after.source == "reported" and not after.approximate
    assert not after.label().startswith("≈")
    # and the correction was learned from the same request's estimate
    assert after.correction is not None and after.correction.last_error < -0.15
    assert "low" in after.explain() and "reported" in after.explain()

    # the next request: the meter's number before sending vs the server's count of it
    draft = PROSE * 12
    predicted = _measure(counter, session, draft=draft)
    assert predicted.reported and predicted.estimated and predicted.approximate
    _send(llm_server, session, draft, "Fine.")
    actual = session.path()[-1].usage["prompt_tokens"]
    assert abs(predicted.used - actual) / actual < 0.10, (predicted.used, actual)

    # without the correction the same number would have been more than 10 % off
    messages, _ = path_request(session.path()[:-1], "Answer in detail.")
    raw = (after.used + estimate_messages([ChatMessage.text("user", draft)], FAMILY) - 3)
    assert abs(raw - actual) / actual > 0.10, (raw, actual)
    assert messages[-1].content == draft


def test_a_new_conversation_starts_with_the_learned_correction(llm_server) -> None:
    counter = ContextCounter()
    _send(llm_server, ChatSession(), PROSE * 8, PROSE * 2)
    learned = ChatSession()
    _send(llm_server, learned, PROSE * 8, PROSE * 2)
    _measure(counter, learned)  # learns from the answer on its path

    fresh = ChatSession()
    draft = "Something else entirely: " + PROSE * 10
    predicted = _measure(counter, fresh, draft=draft)
    assert predicted.reported == 0 and predicted.correction is not None
    _send(llm_server, fresh, draft, "ok")
    actual = fresh.path()[-1].usage["prompt_tokens"]
    assert abs(predicted.used - actual) / actual < 0.10, (predicted.used, actual)
    uncorrected = run(ContextCounter().measure([], key=KEY, model="test-model", family=FAMILY,
                                               system_prompt="Answer in detail.", draft=draft))
    assert abs(uncorrected.used - actual) / actual > 0.10


def test_usage_of_another_model_is_not_taken_for_this_one(llm_server) -> None:
    counter = ContextCounter()
    session = ChatSession()
    _send(llm_server, session, PROSE * 6, PROSE)
    state = run(counter.measure(session.path(), key="scripted/other", model="other",
                                family=FAMILY, system_prompt="Answer in detail."))
    assert state.reported == 0 and state.approximate
    assert counter.calibration.get("scripted/other") is None


def test_answer_without_usage_is_estimated(llm_server) -> None:
    llm_server.reply(tokens=["Hi", " there"])
    session = ChatSession()

    async def go() -> None:
        session.send("hello", _plan(llm_server))
        await session.wait()
    run(go())
    state = _measure(counter := ContextCounter(), session)
    assert state.reported == 0 and state.source == "estimate" and state.correction is None
    assert state.used == estimate_messages(path_request(session.path(), "Answer in detail.")[0])
    assert counter.calibration.get(KEY) is None


def test_over_the_window_says_what_to_drop(llm_server) -> None:
    counter = ContextCounter()
    session = ChatSession()
    for _ in range(3):
        _send(llm_server, session, PROSE * 6, PROSE * 6)
    state = _measure(counter, session, draft=PROSE, window=ContextWindow(1024, "local"))
    assert state.level == "over" and state.drop >= 2 and state.fits_after_drop
    assert state.drop % 2 == 0
    assert "leaving out the" in state.explain()
    near = _measure(counter, session, window=ContextWindow(int(state.used / 0.85), "table"))
    assert near.level == "near"


def test_a_long_path_is_counted_with_the_loop_running_in_between() -> None:
    """5,000 messages: the count takes turns with the event loop, and caching makes the
    second count the same."""
    import asyncio

    from ava_desktop.core.conversation.node import Node

    path = [Node(id=i, parent_id=i - 1 if i else None, role="user" if i % 2 == 0 else
                 "assistant", chunks=[f"message {i}: " + PROSE[:400]]) for i in range(5000)]

    async def scenario():
        counter = ContextCounter()

        async def both():
            first = await counter.measure(path, key=KEY, model="test-model", family=FAMILY)
            again = await counter.measure(path, key=KEY, model="test-model", family=FAMILY)
            return first, again
        return await turns_while(both())

    (first, again), turns = asyncio.run(scenario())
    assert first.used == again.used > 5000 * 30
    assert turns >= 10, "the loop did not run while 5,000 messages were counted"
