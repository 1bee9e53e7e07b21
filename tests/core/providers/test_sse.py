"""The incremental SSE decoder against the WHATWG EventSource parsing rules."""

from __future__ import annotations

import random
import time

import pytest

from ava_desktop.providers import ServerSentEvent, SSEDecoder


def decode(chunks: list[bytes], dispatch_incomplete: bool = False) -> list[ServerSentEvent]:
    d = SSEDecoder()
    out: list[ServerSentEvent] = []
    for c in chunks:
        out += d.feed(c)
    out += d.close(dispatch_incomplete=dispatch_incomplete)
    return out


def datas(chunks: list[bytes], **kw: bool) -> list[str]:
    return [e.data for e in decode(chunks, **kw)]


def bytewise(data: bytes) -> list[bytes]:
    return [data[i:i + 1] for i in range(len(data))]


def random_split(data: bytes, rng: random.Random) -> list[bytes]:
    cuts = sorted(rng.sample(range(1, len(data)), k=min(len(data) - 1, rng.randint(1, 40))))
    return [data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)], strict=True)]


CORPUS = (
    "\ufeffdata: first\n\n"
    ": a comment line\n"
    "event: update\nid: 7\nretry: 1500\ndata: line one\ndata:line two\ndata\n\n"
    "data:  two spaces keep one\r\n\r\n"
    "data: ünïcödé 🙂 中文\r\rdata: after cr\n\n"
    "unknown: field\nid: bad\0id\ndata: {\"json\": true}\n\n"
    "event: only-event-no-data\n\n"
    "data: [DONE]\n\n"
).encode()

EXPECTED = [
    ServerSentEvent("first"),
    ServerSentEvent("line one\nline two\n", "update", "7", 1500),
    ServerSentEvent(" two spaces keep one", "message", "7", 1500),
    ServerSentEvent("ünïcödé 🙂 中文", "message", "7", 1500),
    ServerSentEvent("after cr", "message", "7", 1500),
    ServerSentEvent('{"json": true}', "message", "7", 1500),
    ServerSentEvent("[DONE]", "message", "7", 1500),
]


def test_whole_corpus_follows_the_spec():
    assert decode([CORPUS]) == EXPECTED


def test_byte_by_byte_gives_the_same_events():
    assert decode(bytewise(CORPUS)) == EXPECTED


@pytest.mark.parametrize("seed", range(25))
def test_random_chunkings_give_the_same_events(seed):
    assert decode(random_split(CORPUS, random.Random(seed))) == EXPECTED


@pytest.mark.parametrize("nl", ["\n", "\r\n", "\r"])
def test_every_line_ending_bytewise(nl):
    text = f"data: a{nl}data: b{nl}{nl}data: c{nl}{nl}".encode()
    assert datas([text]) == datas(bytewise(text)) == ["a\nb", "c"]


def test_cr_at_chunk_end_then_lf_is_one_line_end():
    # "CR | LF" split across chunks must not produce an extra blank line in between
    chunks = [b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n"]
    assert datas(chunks) == ["a\nb"]


def test_cr_alone_at_chunk_end_ends_the_line():
    assert datas([b"data: a\r", b"\r", b"data: b\r\r"]) == ["a", "b"]


def test_utf8_split_across_chunks():
    payload = "data: 😀é中\n\n".encode()
    for i in range(1, len(payload)):
        assert datas([payload[:i], payload[i:]]) == ["😀é中"]


def test_invalid_utf8_is_replaced_not_raised():
    assert datas([b"data: \xff\xfe ok\n\n"]) == ["\ufffd\ufffd ok"]


def test_bom_only_stripped_at_start_even_when_split():
    bom = "\ufeff".encode()
    assert datas([bom[:1], bom[1:], b"data: x\n\n"]) == ["x"]
    # a BOM later in the stream is data, not stripped
    assert datas([b"data: x\n\n", bom + b"data: y\n\n"]) == ["x"]


def test_field_without_colon_and_empty_data():
    assert datas([b"data\n\ndata:\n\n"]) == ["", ""]


def test_comments_and_event_without_data_are_not_dispatched():
    assert datas([b": keep-alive\n\n: OPENROUTER PROCESSING\n\nevent: x\n\n"]) == []


def test_retry_must_be_digits():
    d = SSEDecoder()
    d.feed(b"retry: 10x\n\nretry: 250\n\nretry: -1\n\n")
    assert d.retry == 250


def test_unterminated_final_event_is_dropped_per_spec_unless_asked():
    data = [b"data: a\n\ndata: tail"]
    assert datas(data) == ["a"]
    assert datas(data, dispatch_incomplete=True) == ["a", "tail"]
    assert datas([b"data: a\n\ndata: tail\n"], dispatch_incomplete=True) == ["a", "tail"]


def test_300kb_line_bytewise_in_linear_time():
    token = "x" * 300_000
    raw = f"data: {token}\n\n".encode()
    chunks = [raw[i:i + 7] for i in range(0, len(raw), 7)]
    start = time.perf_counter()
    assert datas(chunks) == [token]
    assert time.perf_counter() - start < 1.0  # quadratic re-scanning would take far longer


def test_throughput_20k_events():
    one = b'data: {"choices":[{"delta":{"content":"tok "}}]}\n\n'
    raw = one * 20_000
    chunks = [raw[i:i + 1500] for i in range(0, len(raw), 1500)]
    start = time.perf_counter()
    events = decode(chunks)
    elapsed = time.perf_counter() - start
    assert len(events) == 20_000
    assert elapsed < 0.5, f"{20_000 / elapsed:.0f} events/s is too slow"
