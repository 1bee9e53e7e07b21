"""The scripted server itself: it starts, answers, and records."""

import json
import urllib.request


def test_llm_server_fixture_streams_and_records(llm_server):
    req = urllib.request.Request(llm_server.base_url + "/chat/completions",
                                 data=json.dumps({"model": "m"}).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        body = resp.read().decode()
    assert resp.headers["Content-Type"].startswith("text/event-stream")
    assert body.rstrip().endswith("data: [DONE]")
    assert '"content": "Hello"' in body
    assert llm_server.requests[0].json == {"model": "m"}
    assert llm_server.requests[0].path == "/v1/chat/completions"
