"""Store benchmark (run by hand): python tests/benchmarks/store.py [--conversations 10000]

Prints a table: open, loading a 2,000-message / 1M-char conversation, FTS5 search vs a naive
LIKE scan over 10,000 conversations, and the cost of one streaming write-back at 100 KB / 1 MB.

Measures the ava_desktop installed for the Python that runs it (a wheel, an editable
install, or a checkout named in PYTHONPATH).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from pathlib import Path

from ava_desktop.core.conversation.node import Node
from ava_desktop.core.conversation.saving import AnswerSaver
from ava_desktop.core.store import Store

_WORDS_TEXT = (
        "python asyncio sqlite qt widget window model token stream answer question error "
        "function class import return value list dict string bytes file path network "
        "socket server client request response header json markdown table code block "
        "render thread lock queue timer signal slot event loop memory cache index search "
        "query result the a of to and in is it that for on with as this be are was by "
        "not or have from "
)
WORDS = _WORDS_TEXT.split()


def make_vocab(rng: random.Random) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    rare = ["".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(20000)]
    return WORDS * 40 + rare  # common words dominate, like real text


def text(rng: random.Random, vocab: list[str], chars: int) -> str:
    out: list[str] = []
    n = 0
    while n < chars:
        w = rng.choice(vocab)
        out.append(w)
        n += len(w) + 1
    return " ".join(out)


def timed(fn, repeat: int = 5) -> tuple[float, object]:
    best = float("inf")
    result = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


async def _stream_with_probe(store: Store | None, message_id: int, chunks: list[str],
                             pause: float) -> list[float]:
    """Feed chunks on the loop (like a provider) while a probe measures how late it wakes."""
    lags: list[float] = []
    done = asyncio.Event()

    async def probe() -> None:
        while not done.is_set():
            t = time.perf_counter()
            await asyncio.sleep(0.005)
            lags.append(time.perf_counter() - t - 0.005)

    task = asyncio.create_task(probe())
    node = Node.from_message(store.get_message(message_id)) if store else None
    writer = AnswerSaver(store, node, interval=0.5) if store and node else None
    for chunk in chunks:
        if writer and node:
            node.chunks.append(chunk)
            writer.maybe_save()
        await asyncio.sleep(pause)
    if writer and node:
        node.state = "complete"
        writer.finish()
    done.set()
    await task
    return sorted(lags)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--conversations", type=int, default=10_000)
    ap.add_argument("--messages-per-conversation", type=int, default=6)
    ap.add_argument("--chars-per-message", type=int, default=400)
    args = ap.parse_args()
    rng = random.Random(42)
    vocab = make_vocab(rng)
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        store = Store.open(path)
        t = time.perf_counter()
        with store.transaction():
            for _ in range(args.conversations):
                c = store.create_conversation(text(rng, vocab, 30), model="m")
                for j in range(args.messages_per_conversation):
                    store.add_message(c.id, "user" if j % 2 == 0 else "assistant",
                                      text(rng, vocab, args.chars_per_message))
            big = store.create_conversation("big conversation")
            for j in range(2000):
                store.add_message(big.id, "user" if j % 2 == 0 else "assistant",
                                  text(rng, vocab, 500))
        build = time.perf_counter() - t
        store.close()
        size_mb = path.stat().st_size / 1e6
        rows.append(("build (one transaction)", f"{build:.1f} s, {size_mb:.0f} MB file"))

        t = time.perf_counter()
        store = Store.open(path)
        opened = time.perf_counter() - t
        rows.append(("Store.open (quick_check + fix-ups)", f"{opened * 1e3:.0f} ms"))
        store.close()
        t = time.perf_counter()
        store = Store.open(path, check="none")
        rows.append(("Store.open (check='none')", f"{(time.perf_counter() - t) * 1e3:.1f} ms"))

        secs, msgs = timed(lambda: store.messages(big.id))
        chars = sum(len(m.content) for m in msgs)
        rows.append((f"load {len(msgs)} msgs / {chars / 1e6:.2f}M chars", f"{secs * 1e3:.1f} ms"))
        secs, _ = timed(lambda: store.messages(big.id, last=50))
        rows.append(("load last 50 messages", f"{secs * 1e3:.2f} ms"))
        secs, convs = timed(lambda: store.list_conversations())
        rows.append((f"list_conversations() ({len(convs)})", f"{secs * 1e3:.1f} ms"))

        queries = ["python", "asyncio render", "the", "qt widget thread", "sqli", "t",
                   rng.choice(vocab[-20000:]), "zzzznotthere", 'foo"bar AND -x *']
        fts_times: list[float] = []
        like_times: list[float] = []
        for q in queries:
            secs, hits = timed(lambda q=q: store.search(q), repeat=3)
            fts_times.append(secs)
            word = q.split()[0]
            # Naive baseline: scan every message (what ranking/grouping without an index needs).
            lsecs, _ = timed(lambda w=word: store.connection.execute(
                "SELECT DISTINCT m.conversation_id FROM messages m JOIN conversations c"
                " ON c.id = m.conversation_id WHERE c.deleted_at IS NULL AND m.content LIKE ?",
                (f"%{w}%",)).fetchall(), repeat=3)
            like_times.append(lsecs)
            rows.append((f"  search {q!r}", f"{secs * 1e3:.1f} ms ({len(hits)} hits);"
                         f" LIKE {lsecs * 1e3:.0f} ms"))
        rows.append(("search median (FTS5)", f"{statistics.median(fts_times) * 1e3:.1f} ms"))
        rows.append(("search median (LIKE '%w%' full-scan baseline)",
                     f"{statistics.median(like_times) * 1e3:.1f} ms"))

        for size in (100_000, 1_000_000):
            conv = store.create_conversation("stream")
            ans = store.add_message(conv.id, "assistant", "", state="streaming")
            node = Node.from_message(ans)
            node.chunks.append(text(rng, vocab, size))
            writer = AnswerSaver(store, node, interval=1e9)
            costs: list[float] = []
            for _ in range(60):
                node.chunks.append(text(rng, vocab, 200))
                t = time.perf_counter()
                writer.save()
                costs.append(time.perf_counter() - t)
            costs.sort()
            p50, p95 = statistics.median(costs), costs[int(len(costs) * 0.95)]
            rows.append((f"write-back at {size // 1000} KB (60 writes)",
                         f"p50 {p50 * 1e3:.2f} ms, p95 {p95 * 1e3:.2f} ms,"
                         f" max {costs[-1] * 1e3:.2f} ms"))
            t = time.perf_counter()
            node.state = "complete"
            writer.finish()
            rows.append((f"  finish (indexes it) at {size // 1000} KB",
                         f"{(time.perf_counter() - t) * 1e3:.1f} ms"))
        # Event-loop lag while an answer streams ~200 chunks/s up to ~600 KB, with and without
        # write-back every 0.5 s (the GUI runs on such a loop through qasync).
        chunks = [text(rng, vocab, 1000) for _ in range(600)]
        for label, use_store in (("without write-back", False), ("with write-back", True)):
            conv = store.create_conversation("lag")
            ans = store.add_message(conv.id, "assistant", "", state="streaming")
            lags = asyncio.run(_stream_with_probe(store if use_store else None, ans.id,
                                                  chunks, 0.005))
            p50, p99 = statistics.median(lags), lags[int(len(lags) * 0.99)]
            rows.append((f"loop lag streaming 600 KB {label}",
                         f"p50 {p50 * 1e3:.2f} ms, p99 {p99 * 1e3:.2f} ms,"
                         f" max {lags[-1] * 1e3:.1f} ms"))
        store.close()

    width = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(width)} | result")
    print(f"{'-' * width}-|-------")
    for name, value in rows:
        print(f"{name.ljust(width)} | {value}")


if __name__ == "__main__":
    main()
