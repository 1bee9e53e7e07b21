"""Function calling on the OpenAI wire: ``tools`` in the request, streamed ``tool_calls``
joined into ToolCall events, and the assistant/tool messages sent back."""

from __future__ import annotations

import json

from ava_desktop.core.conversation.parts import (
    ChatMessage,
    TextPart,
    ToolCallPart,
    ToolResultPart,
    ToolSpec,
)
from ava_desktop.core.providers.events import Finish, TextDelta, ToolCall
from ava_desktop.core.providers.openai_wire import to_openai_messages
from ava_desktop.core.providers.tool_calls import MAX_ARGUMENTS, ToolCallAccumulator
from ava_desktop.providers import OpenAICompatible

from .util import USER, collect, run

WEATHER = ToolSpec("weather__get", "The weather in a city",
                   {"type": "object", "properties": {"city": {"type": "string"}},
                    "required": ["city"]})


def _chunk(delta: dict, finish: str | None = None) -> bytes:
    obj = {"id": "c", "object": "chat.completion.chunk", "model": "m",
           "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return f"data: {json.dumps(obj)}\n\n".encode()


def _call(index: int, *, id: str | None = None, name: str | None = None,
          args: str | None = None) -> dict:
    item: dict = {"index": index, "function": {}}
    if id:
        item["id"], item["type"] = id, "function"
    if name:
        item["function"]["name"] = name
    if args is not None:
        item["function"]["arguments"] = args
    return item


def tool_call_stream(finish: str | None = "tool_calls", name: str = "weather__get",
                     key: str = "city") -> list[bytes]:
    """Text, then two calls streamed interleaved by index, arguments in fragments, and a
    third whose arguments are not JSON (as the models of the field send them)."""
    return [
        _chunk({"role": "assistant", "content": ""}),
        _chunk({"content": "Let me check."}),
        _chunk({"tool_calls": [_call(0, id="call_a", name=name, args="")]}),
        _chunk({"tool_calls": [_call(0, args='{"' + key[:2])]}),
        _chunk({"tool_calls": [_call(1, id="call_b", name=name, args=f'{{"{key}"')]}),
        _chunk({"tool_calls": [_call(0, args=key[2:] + '": "Par')]}),
        _chunk({"tool_calls": [_call(1, args=': "Oslo"}')]}),
        _chunk({"tool_calls": [_call(0, args='is"}')]}),
        _chunk({"tool_calls": [_call(2, id="call_c", name=name, args=f"{{{key}: Rome")]}),
        *([_chunk({}, finish)] if finish else []),
        b"data: [DONE]\n\n",
    ]


def _events(server, **kw):
    return run(collect(OpenAICompatible.stream_events("m", USER, base_url=server.base_url,
                                                      **kw)))


def test_streamed_tool_calls_become_complete_events_before_finish(llm_server):
    llm_server.reply(raw=tool_call_stream())
    events = _events(llm_server, tools=[WEATHER])
    calls = [e for e in events if isinstance(e, ToolCall)]
    assert calls == [ToolCall(0, "call_a", "weather__get", '{"city": "Paris"}'),
                     ToolCall(1, "call_b", "weather__get", '{"city": "Oslo"}'),
                     ToolCall(2, "call_c", "weather__get", "{city: Rome")]
    # Text streams as usual; the calls come out together, right before the finish.
    assert events[0] == TextDelta("Let me check.")
    assert events[-4:] == [*calls, Finish("tool_calls")]
    body = llm_server.last_request.json
    assert body["tools"] == [{"type": "function", "function": {
        "name": "weather__get", "description": "The weather in a city",
        "parameters": dict(WEATHER.input_schema)}}]


def test_calls_are_emitted_at_done_without_a_finish_reason(llm_server):
    llm_server.reply(raw=tool_call_stream(finish=None))
    events = _events(llm_server)
    assert [e.call_id for e in events if isinstance(e, ToolCall)] == ["call_a", "call_b",
                                                                      "call_c"]
    assert "tools" not in llm_server.last_request.json  # no tools: no key at all


def test_no_tools_key_for_an_empty_list(llm_server):
    _events(llm_server, tools=[])
    assert "tools" not in llm_server.last_request.json


def test_accumulator_bounds_and_servers_without_index():
    acc = ToolCallAccumulator()
    # No index (some servers): a new id starts a call, fragments continue the last one.
    acc.feed([{"id": "x1", "function": {"name": "a", "arguments": '{"n":'}}])
    acc.feed([{"function": {"arguments": " 1}"}}])
    acc.feed([{"id": "x2", "function": {"name": "b", "arguments": {"k": "v"}}}])
    acc.feed([{"index": 5, "function": {"arguments": "{}"}}])  # never named: dropped
    acc.feed("junk")
    assert acc.flush() == [ToolCall(0, "x1", "a", '{"n": 1}'),
                           ToolCall(1, "x2", "b", '{"k": "v"}')]
    assert acc.flush() == []
    acc.feed([{"index": 0, "function": {"name": "big", "arguments": "x" * (MAX_ARGUMENTS + 9)}}])
    (call,) = acc.flush()
    assert len(call.arguments) == MAX_ARGUMENTS and call.call_id.startswith("call_")


def test_assistant_tool_calls_and_tool_results_round_trip_on_the_wire():
    call = ToolCallPart("call_a", "weather__get", '{"city": "Paris"}', server="weather")
    result = ToolResultPart("call_a", "weather__get", "18 °C, sunny")
    wire = to_openai_messages([
        ChatMessage.text("user", "Weather in Paris?"),
        ChatMessage("assistant", (TextPart("Let me check."), call)),
        ChatMessage("tool", (result,)),
    ])
    assert wire[1:] == [
        {"role": "assistant", "content": "Let me check.",
         "tool_calls": [{"id": "call_a", "type": "function",
                         "function": {"name": "weather__get",
                                      "arguments": '{"city": "Paris"}'}}]},
        {"role": "tool", "tool_call_id": "call_a", "content": "18 °C, sunny"},
    ]
    # What a parsed stream gives is exactly what goes back.
    event = ToolCall(0, "call_a", "weather__get", '{"city": "Paris"}')
    assert wire[1]["tool_calls"][0]["function"]["arguments"] == event.arguments
