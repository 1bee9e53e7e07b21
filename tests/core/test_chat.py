"""One generation end to end against the scripted server: text, timings, errors, stop."""

from __future__ import annotations

import asyncio

import pytest

from ava_desktop.core.chat import (
    COMPLETE,
    ERROR,
    STOPPED,
    AnswerTooLongError,
    Generation,
)
from ava_desktop.providers import AuthenticationError, OpenAICompatible, ProviderConnectionError
from tests.core.providers.util import USER, run


def _generation(server, **kw) -> Generation:
    seen: list[str] = []
    thoughts: list[str] = []
    gen = Generation(OpenAICompatible, "test-model", USER,
                     options={"base_url": server.base_url, "api_key": "sk-test"},
                     on_text=seen.append, on_reasoning=thoughts.append, **kw)
    gen.seen, gen.thoughts = seen, thoughts  # type: ignore[attr-defined]
    return gen


def test_a_complete_answer_with_timings_usage_and_reasoning(llm_server):
    llm_server.reply(tokens=["Hel", "lo", "!"], reasoning=["hmm"],
                     usage={"prompt_tokens": 3, "completion_tokens": 7, "total_tokens": 10},
                     delay=0.01)
    gen = _generation(llm_server)
    result = run(gen.run())
    assert result.state == COMPLETE and result.error is None
    assert result.text == "Hello!" and gen.seen == ["Hel", "lo", "!"]
    assert result.reasoning == "hmm" and gen.thoughts == ["hmm"]
    assert result.finish_reason == "stop" and result.tokens == 7
    assert 0 <= result.ttft_s <= result.duration_s
    assert result.tokens_per_s is not None and result.tokens_per_s > 0


def test_errors_end_in_the_result_with_the_partial_text(llm_server):
    llm_server.reply(status=401, body={"error": {"message": "Bad key"}})
    result = run(_generation(llm_server).run())
    assert result.state == ERROR and isinstance(result.error, AuthenticationError)
    assert "Bad key" in str(result.error)

    llm_server.reply(tokens=["part one ", "part two"], close_after=1)
    result = run(_generation(llm_server).run())
    assert result.state == ERROR and isinstance(result.error, ProviderConnectionError)
    assert result.text == "part one "


def test_cancel_keeps_the_text_and_closes_the_request(llm_server):
    llm_server.reply(tokens=[f"t{i} " for i in range(500)], delay=0.01)
    gen = _generation(llm_server)

    async def scenario():
        task = asyncio.ensure_future(gen.run())
        while len(gen.seen) < 5:
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert await llm_server.await_disconnect(3.0)

    run(scenario())
    assert gen.result.state == STOPPED
    assert gen.result.text.startswith("t0 t1 t2 t3 t4")


def test_a_runaway_answer_is_cut_off_and_the_request_closed(llm_server):
    llm_server.reply(tokens=["x" * 100] * 10_000, delay=0.001)
    gen = _generation(llm_server, max_chars=5_000)

    async def scenario():
        result = await gen.run()
        assert await llm_server.await_disconnect(3.0)
        return result

    result = run(scenario())
    assert result.state == ERROR and isinstance(result.error, AnswerTooLongError)
    assert "5,000 characters" in str(result.error)
    assert len(result.text) == 5_000  # everything up to the limit is kept


def test_a_failing_callback_still_closes_the_request(llm_server):
    llm_server.reply(tokens=[f"t{i} " for i in range(500)], delay=0.01)

    def broken(_text: str) -> None:
        raise RuntimeError("a bug in the view")

    gen = Generation(OpenAICompatible, "test-model", USER,
                     options={"base_url": llm_server.base_url}, on_text=broken)

    async def scenario():
        with pytest.raises(RuntimeError, match="a bug in the view"):
            await gen.run()
        assert await llm_server.await_disconnect(3.0)

    run(scenario())
    assert gen.result.state == ERROR
