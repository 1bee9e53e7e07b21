"""Micro-benchmark of ava_desktop.core.markdown (run by hand, not collected by pytest).

    .venv/bin/python tests/benchmarks/markdown_render.py [--runs N] [--json]

Prints medians over N runs: full render of a ~4 KB and an ~80 KB (about 20k tokens) reply
with code blocks and tables (cold = empty highlight cache, warm = highlight cache filled, as
after streaming), and streaming 20k tokens through StreamingMarkdown at 5,000 tok/s flushed
~30 times a second, versus the naive approach of re-rendering the whole text every flush.

Measures the ava_desktop installed for the Python that runs it (a wheel, an editable
install, or a checkout named in PYTHONPATH).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable

from ava_desktop.core.markdown import StreamingMarkdown, highlight, render, render_markdown

CODE = '''def fetch(session, url: str, *, retries: int = 3) -> dict:
    """Fetch JSON with retries."""
    for attempt in range(retries):
        try:
            async with session.get(url, timeout=10) as resp:
                resp.raise_for_status()
                return await resp.json()
        except (TimeoutError, OSError) as exc:  # network trouble
            log.warning("attempt %d failed: %s", attempt, exc)
            await asyncio.sleep(2 ** attempt)
    raise RuntimeError(f"gave up on {url!r}")
'''


_WORDS_TEXT = (
    "the of and to a in is that for it as with was on be by this are or from at an stream "
    "render token buffer cache window layout parser block fence table list **bold** "
    "*emphasis* `inline_code` [a&#32;link](https://example.com/docs)"
)
WORDS = _WORDS_TEXT.split(" ")


def _words(rnd: random.Random, n: int) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(n))


def make_reply(target_chars: int, seed: int = 1) -> str:
    """A plausible long LLM answer: headings, prose, lists, tables, distinct code blocks."""
    rnd = random.Random(seed)
    parts: list[str] = []
    size = 0
    n = 0
    while size < target_chars:
        n += 1
        kind = n % 6
        if kind == 0:
            block = f"## Section {n}"
        elif kind == 1:
            block = _words(rnd, rnd.randint(40, 90)) + "."
        elif kind == 2:
            items = (f"- item {i}: {_words(rnd, 8)}" for i in range(rnd.randint(3, 7)))
            block = "\n".join(items)
        elif kind == 3:
            lang = rnd.choice(["python", "js", ""])
            body = CODE.replace("fetch", f"fetch_{n}") * rnd.randint(1, 4)
            if lang == "js":
                body = body.replace("def ", "function ")
            block = f"```{lang}\n{body}```"
        elif kind == 4:
            rows = "\n".join(
                f"| row {i} | {rnd.randint(1, 999)} | {rnd.choice(WORDS)} |"
                for i in range(rnd.randint(4, 12))
            )
            block = "| Name | Value | Note |\n|:-----|------:|:----:|\n" + rows
        else:
            block = "> " + _words(rnd, 30)
        parts.append(block)
        size += len(block) + 2
    return "\n\n".join(parts) + "\n"


def tokens_of(text: str, size: int = 4) -> list[str]:
    """Split into ~``size``-char tokens, as a fast provider streams them."""
    return [text[i : i + size] for i in range(0, len(text), size)]


def median_ms(
    fn: Callable[[], object], runs: int, setup: Callable[[], object] | None = None
) -> float:
    times = []
    for _ in range(runs):
        if setup:
            setup()
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def cold() -> None:
    highlight.cache_clear()
    render.render_markdown.cache_clear()


def warm_only_md() -> None:
    render.render_markdown.cache_clear()


def stream_incremental(tokens: list[str], per_flush: int) -> dict[str, float]:
    cold()
    sm = StreamingMarkdown()
    flush_ms: list[float] = []
    t_all = time.perf_counter()
    for i in range(0, len(tokens), per_flush):
        t0 = time.perf_counter()
        sm.append("".join(tokens[i : i + per_flush]))
        flush_ms.append((time.perf_counter() - t0) * 1000)
    t0 = time.perf_counter()
    sm.finish()
    finish_ms = (time.perf_counter() - t0) * 1000
    return {
        "total_ms": (time.perf_counter() - t_all) * 1000,
        "flushes": len(flush_ms),
        "p50_ms": statistics.median(flush_ms),
        "p99_ms": _p99(flush_ms),
        "max_ms": max(flush_ms),
        "finish_ms": finish_ms,
    }


def stream_naive(tokens: list[str], per_flush: int) -> dict[str, float]:
    cold()
    text = ""
    flush_ms: list[float] = []
    t_all = time.perf_counter()
    for i in range(0, len(tokens), per_flush):
        text += "".join(tokens[i : i + per_flush])
        t0 = time.perf_counter()
        render.render_markdown.__wrapped__(text)  # no whole-text LRU: each flush is new text
        flush_ms.append((time.perf_counter() - t0) * 1000)
    return {
        "total_ms": (time.perf_counter() - t_all) * 1000,
        "flushes": len(flush_ms),
        "p50_ms": statistics.median(flush_ms),
        "p99_ms": _p99(flush_ms),
        "max_ms": max(flush_ms),
        "finish_ms": 0.0,
    }


def qt_times(text: str, runs: int) -> dict[str, float]:
    """setHtml + layout of the big reply in a QTextDocument, the GUI's share of a final render."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QTextDocument

    from ava_desktop.core.markdown import stylesheet

    app = QGuiApplication.instance() or QGuiApplication([])
    html = render_markdown(text)

    def set_html() -> None:
        doc = QTextDocument()
        doc.setDefaultStyleSheet(stylesheet())
        doc.setHtml(html)
        doc.setTextWidth(800)
        doc.size()

    out = {"qt_sethtml_80kb_ms": median_ms(set_html, runs)}
    del app
    return out


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--tokens", type=int, default=20_000)
    ap.add_argument("--rate", type=int, default=5_000, help="tokens/s of the simulated stream")
    ap.add_argument("--fps", type=int, default=30, help="flushes per second")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--qt", action="store_true", help="also time QTextDocument.setHtml (offscreen)")
    args = ap.parse_args()

    small = make_reply(4_000)
    big = make_reply(args.tokens * 4)
    toks = tokens_of(big)
    per_flush = max(1, args.rate // args.fps)
    results: dict[str, float] = {}
    results["full_4kb_cold_ms"] = median_ms(lambda: render_markdown(small), args.runs, cold)
    results["full_4kb_warm_ms"] = median_ms(lambda: render_markdown(small), args.runs, warm_only_md)
    results["full_80kb_cold_ms"] = median_ms(lambda: render_markdown(big), args.runs, cold)
    results["full_80kb_warm_ms"] = median_ms(lambda: render_markdown(big), args.runs, warm_only_md)
    inc_runs = [stream_incremental(toks, per_flush) for _ in range(args.runs)]
    naive_runs = [stream_naive(toks, per_flush) for _ in range(max(1, args.runs // 2))]
    for name, runs in (("stream", inc_runs), ("naive", naive_runs)):
        for key in runs[0]:
            results[f"{name}_{key}"] = statistics.median(r[key] for r in runs)
    results["naive_over_stream_total"] = results["naive_total_ms"] / results["stream_total_ms"]
    results["naive_over_stream_p99"] = results["naive_p99_ms"] / results["stream_p99_ms"]

    if args.qt:
        results.update(qt_times(big, args.runs))

    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(
        f"# markdown_render on {platform.processor() or platform.machine()}, "
        f"Python {sys.version.split()[0]}, median of {args.runs} runs"
    )
    print(
        f"# reply sizes: small {len(small)} chars, big {len(big)} chars "
        f"({len(toks)} tokens, {big.count('```') // 2} code blocks); "
        f"stream {args.rate} tok/s, {args.fps} flushes/s -> {per_flush} tokens/flush"
    )
    print(f"| {'measure':<34} | {'value':>10} |")
    print(f"|{'-' * 36}|{'-' * 12}|")
    for key, value in results.items():
        unit = "x" if "over" in key else ("" if key.endswith("flushes") else "ms")
        print(f"| {key:<34} | {value:>7.2f} {unit:<2} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
