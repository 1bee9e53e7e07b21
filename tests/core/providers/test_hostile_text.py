"""Text that is valid JSON but not valid Unicode never reaches the app as such."""

from __future__ import annotations

import json

from ava_desktop.providers import OpenAICompatible, ReasoningDelta, TextDelta

from .util import USER, collect, run


def test_lone_surrogates_become_replacement_characters(llm_server):
    chunks = [{"choices": [{"delta": {"reasoning_content": "think \ud800"}}]},
              {"choices": [{"delta": {"content": "a\udfffb \ud83d\ude00"}}]}]
    raw = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks) + "data: [DONE]\n\n"
    llm_server.reply(raw=raw.encode())
    events = run(collect(OpenAICompatible.stream_events("m", USER,
                                                        base_url=llm_server.base_url)))
    texts = [e.text for e in events if isinstance(e, TextDelta)]
    thoughts = [e.text for e in events if isinstance(e, ReasoningDelta)]
    assert texts == ["a\ufffdb \U0001F600"]  # a proper pair stays the emoji it encodes
    assert thoughts == ["think \ufffd"]
    for text in texts + thoughts:
        text.encode("utf-8")  # storable, displayable, copyable
