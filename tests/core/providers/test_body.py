"""The request body is encoded a slice at a time: the same bytes as json.dumps, and the
event loop runs while a long conversation's messages are encoded."""

from __future__ import annotations

import asyncio
import json

from ava_desktop.core.providers.body import encode_json
from tests.loop_turns import turns_while


def test_same_bytes_as_json_dumps():
    body = {"model": "m", "stream": True, "temperature": 0.5,
            "messages": [{"role": "user" if i % 2 else "assistant",
                          "content": f"Привет «{i}» \"quoted\" \\ \n 😀 <tag>"}
                         for i in range(300)],
            "tools": [], "stop": None, "nested": {"a": [1, 2.5, False]}}
    assert asyncio.run(encode_json(body)) == json.dumps(body, ensure_ascii=False).encode()
    for odd in ([1, 2], "text", {1: "int key"}, {}):
        assert asyncio.run(encode_json(odd)) == json.dumps(odd, ensure_ascii=False).encode()


def test_the_loop_runs_while_a_big_body_is_encoded():
    text = "word " * 2000
    body = {"messages": [{"role": "user", "content": text} for _ in range(4000)]}  # ~40 MB
    encoded, ticks = asyncio.run(turns_while(encode_json(body)))
    assert len(encoded) > 40_000_000
    assert ticks >= 3, "the loop never ran while the body was encoded"
