"""One measured benchmark run inside the real app, in a fresh process (see ``streaming.py``).

``python _worker.py CONFIG_JSON`` prints one JSON object. Modes:

- ``stream``: AvaApp + OPENAI_BASE_URL -> the server process; ``tabs`` tabs each send one
  message and stream the scripted answer while a 5 ms PreciseTimer probe records loop lag.
  The app's own code is untouched: the benchmark wraps instance methods (``tab._on_text``,
  ``view.stream_append``, ``view.update_message``) to take timestamps. ``naive`` swaps the
  view's streaming for a whole-transcript ``setHtml`` per flush (the baseline).
- ``replay``: the same deltas fed straight into a TranscriptView holding ``history_tokens``
  of history, once incrementally and once through the naive renderer, timing each flush
  including layout and a synchronous paint. Gives the speed-up ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import html
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _paths  # noqa: E402  (the installed ava_desktop first, see _paths.py)

_paths.setup()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"

import qasync  # noqa: E402
from _workload import WORDS, answer, tokens  # noqa: E402
from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def now() -> float:
    """CLOCK_MONOTONIC: the server process stamps stream ends with the same clock."""
    return time.monotonic()


def cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class LagProbe(QObject):
    """A 5 ms PreciseTimer that records how late each tick is (the GUI loop's lag)."""

    def __init__(self, period_ms: int = 5) -> None:
        super().__init__()
        self.period = period_ms / 1000
        self.lags: list[float] = []
        self.busy: list[float] = []  # like lags, from the GUI thread's CPU time
        self._last_cpu = 0.0
        self.stalls: list[tuple[float, float]] = []  # (seconds after start, lag ms) > 15 ms
        self._last = self._start = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(period_ms)
        self._timer.timeout.connect(self._tick)

    def _on_gc(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
        else:
            self.gcs.append((info["generation"], time.perf_counter() - self._gc_start))

    def start(self) -> None:
        import gc

        self.gcs: list[tuple[int, float]] = []  # (generation, seconds) of each collection
        gc.callbacks.append(self._on_gc)
        self.lags.clear()
        self.busy.clear()
        self.stalls.clear()
        self._last = self._start = now()
        self._last_cpu = time.thread_time()
        self._timer.start()

    def stop(self) -> None:
        import gc

        self._timer.stop()
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)

    def _tick(self) -> None:
        t, cpu = now(), time.thread_time()
        lag = max(0.0, t - self._last - self.period)
        self.lags.append(lag)
        # The GUI thread's own work in the interval: a lag the machine's load cannot cause.
        self.busy.append(max(0.0, min(cpu - self._last_cpu, t - self._last) - self.period))
        self._last_cpu = cpu
        if lag > 0.015:
            self.stalls.append((round(self._last - self._start, 3), round(lag * 1000, 1)))
        self._last = t

    def summary(self) -> dict[str, float]:
        lags = sorted(self.lags) or [0.0]

        def pct(p: float) -> float:
            return lags[min(len(lags) - 1, int(p * len(lags)))] * 1000

        busy = sorted(self.busy) or [0.0]
        return {"lag_p50_ms": pct(0.50), "lag_p99_ms": pct(0.99), "lag_max_ms": lags[-1] * 1000,
                "own_lag_p99_ms": busy[min(len(busy) - 1, int(0.99 * len(busy)))] * 1000,
                "own_lag_max_ms": busy[-1] * 1000,
                "lag_ticks": len(self.lags), "stalls": self.stalls[:50],
                "gc_count": len(self.gcs),
                "gc_max_ms": max((d for _g, d in self.gcs), default=0.0) * 1000,
                "gc_full_ms": [round(d * 1000, 1) for g, d in self.gcs if g == 2][:20]}


class PaintWatch(QObject):
    """Records when a widget gets its first Paint event."""

    def __init__(self, widget: Any) -> None:
        super().__init__()
        self.first: float | None = None
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.first is None:
            self.first = now()
        return False


# ----------------------------------------------------------------------------- naive
def naive_html(messages: list[Any]) -> str:
    """The baseline: every message rendered from scratch, the whole transcript as one page."""
    from ava_desktop.core.markdown import render_markdown

    parts = []
    for m in messages:
        who = "You" if m.role == "user" else "Assistant"
        body = (f"<p>{html.escape(m.content)}</p>" if m.role == "user"
                else render_markdown(m.content))
        parts.append(f"<p><b>{who}</b></p>{body}<hr>")
    return "".join(parts)


def make_naive(view: Any) -> None:
    """Replace a TranscriptView's streaming with whole-transcript re-renders."""

    def render() -> None:
        view.document().setHtml(naive_html(view.messages))
        view.scroll_to_bottom()

    def stream_append(index: int, delta: str) -> None:
        render()  # the message's node already holds the delta

    view.stream_append = stream_append
    view.update_message = lambda index: render()
    view.finish_stream = lambda index: render()


# ---------------------------------------------------------------------------- stream
async def stream_run(cfg: dict[str, Any]) -> dict[str, Any]:
    from ava_desktop.core.conversation.node import TextAppended
    from ava_desktop.core.markdown import plain_text
    from ava_desktop.ui.application import AvaApp

    expected = answer(cfg["answer_tokens"] * cfg["token_chars"], seed=cfg.get("seed", 7),
                      code_heavy=cfg.get("code_heavy", False),
                      math_heavy=cfg.get("math_heavy", False))
    # "math_tabs": that many tabs get an answer full of formulas, the others ``expected``.
    with_math = (answer(cfg["answer_tokens"] * cfg["token_chars"], seed=cfg.get("seed", 7),
                        math_heavy=True) if cfg.get("math_tabs") else None)
    answers = [a for a in (expected, with_math) if a is not None]
    args = argparse.Namespace(data_dir=Path(cfg["data_dir"]), provider=None, model="bench-model")
    app = AvaApp(args)
    from ava_desktop.ui.gc import GuiThreadCollector  # as ``application.run`` collects

    collector = GuiThreadCollector()
    collector.start()
    t0 = now()
    window = await app.start()
    t_started = now()
    first_tab = window.current_tab()
    watch = PaintWatch(first_tab.view.viewport())
    deadline = now() + 30
    while watch.first is None and now() < deadline:
        await asyncio.sleep(0.005)
    out: dict[str, Any] = {
        "open_ms": ((watch.first or now()) - t0) * 1000,
        "start_call_ms": (t_started - t0) * 1000,
        "history_messages": len(first_tab.messages),
    }
    while len(window.chat_tabs()) < cfg["tabs"]:
        window.new_tab(focus=False)
    tabs = window.chat_tabs()[: cfg["tabs"]]
    window.tabs.setCurrentWidget(tabs[0])
    await asyncio.sleep(0.3)  # let /models discovery and first paints settle

    per_tab: list[dict[str, Any]] = []
    for tab in tabs:
        rec: dict[str, Any] = {"tokens": 0, "first": None, "last": None, "flushes": 0,
                               "flush_s": [], "final_render_s": None, "shown": None}
        per_tab.append(rec)
        view = tab.view
        if cfg.get("naive"):
            make_naive(view)
        orig_append = view.stream_append

        def on_event(event: Any, rec: dict = rec) -> None:
            if isinstance(event, TextAppended):
                t = now()
                rec["first"] = rec["first"] or t
                rec["last"] = t
                rec["tokens"] += 1

        def stream_append(index: int, delta: str, rec: dict = rec, orig: Any = orig_append
                          ) -> None:
            t = now()
            orig(index, delta)
            rec["flushes"] += 1
            rec["flush_s"].append(now() - t)

        def finishing(orig: Any, rec: dict = rec, tab: Any = tab) -> Any:
            def wrapper(index: int) -> None:
                t = now()
                orig(index)
                message = tab.messages[index]
                if message.role == "assistant" and message.state != "streaming":
                    # Render + layout + one synchronous paint: what it takes to be on screen.
                    tab.view.viewport().repaint()
                    rec["shown"] = now()
                    rec["final_render_s"] = rec["shown"] - t
            return wrapper

        tab.session.subscribe(on_event)
        view.stream_append = stream_append
        view.update_message = finishing(view.update_message)
        if hasattr(view, "finish_stream"):
            view.finish_stream = finishing(view.finish_stream)

    probe = LagProbe()
    stamps = Path(cfg["stamps"])
    stamps.write_text("")
    idle = asyncio.Event()
    sent: list[Any] = []

    def maybe_idle(*_: Any) -> None:
        if len(sent) == len(tabs) and not any(t.busy for t in tabs):
            idle.set()

    for tab in tabs:  # wake when the last answer ends (no polling load on the loop)
        tab.busyChanged.connect(maybe_idle)
        tab.busyChanged.connect(lambda busy, tab=tab: sent.append(tab) if busy else None)
    if cfg.get("image_naive"):  # the baseline: the image prepared on the GUI thread
        processor = tabs[-1].tray._processor
        processor._submit = lambda *args: processor._run(*args)
    profiler = None
    if cfg.get("profile"):
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.001, async_mode="disabled")
        profiler.start()
    cpu0, t_send = cpu_s(), now()
    probe.start()
    image_tab = tabs[-1] if cfg.get("image_path") else None
    for i, tab in enumerate(tabs):
        if tab is image_tab:  # "attach" mid-stream: read, decoded, re-encoded, then sent
            await asyncio.sleep(cfg.get("image_after_s", 0.5))
            out["image_ready_s"] = await attach_and_send(tab, cfg["image_path"], i)
        elif not tab.send(f"Benchmark question {i}: explain the {WORDS[i]} in detail."):
            raise RuntimeError("send() refused")
    await asyncio.wait_for(idle.wait(), cfg.get("timeout", 120))
    t_streamed = now()
    # Formulas may still be typesetting and arriving after the last token: they count.
    images = sys.modules.get("ava_desktop.ui.math_images")
    math_settled_ms = None
    if images is not None and images._shared is not None:
        end = now() + cfg.get("timeout", 120)
        while images._shared.busy and now() < end:
            await asyncio.sleep(0.01)
        math_settled_ms = (now() - t_streamed) * 1000
    probe.stop()
    if profiler is not None:
        profiler.stop()
        Path(cfg["profile"]).write_text(profiler.output_text(show_all=False))
    cpu = cpu_s() - cpu0
    t_done = now()
    ends: list[float] = []
    for _ in range(200):
        ends = [float(x) for x in stamps.read_text().split()]
        if len(ends) >= len(tabs):
            break
        await asyncio.sleep(0.005)

    total_tokens = sum(r["tokens"] for r in per_tab)
    firsts = [r["first"] for r in per_tab if r["first"]]
    lasts = [r["last"] for r in per_tab if r["last"]]
    shown = [r["shown"] for r in per_tab if r["shown"]]
    for _ in range(3000):  # a slow renderer (the naive one) may still be finishing
        if not any(tab.busy for tab in tabs):
            break
        await asyncio.sleep(0.01)
    contents = [tab.messages[-1].content for tab in tabs]
    ok = all(c in answers and tab.messages[-1].state == "complete"
             for c, tab in zip(contents, tabs, strict=True))
    ok = ok and sum(c == with_math for c in contents) == cfg.get("math_tabs", 0)
    n_tokens = sum(len(tokens(c, cfg["token_chars"])) for c in contents)
    on_screen = all(plain_text(c).strip()[-60:] in tab.view.document().toPlainText()
                    for c, tab in zip(contents, tabs, strict=True))
    flush_ms = sorted(x * 1000 for r in per_tab for x in r["flush_s"])
    out.update(probe.summary())
    out.update({
        "tokens": total_tokens,
        "tokens_expected": n_tokens,
        "content_ok": ok and total_tokens == n_tokens,
        "on_screen_ok": on_screen,
        "ingest_tok_s": total_tokens / (max(lasts) - min(firsts)) if firsts else 0.0,
        "shown_tok_s": total_tokens / (max(shown) - min(firsts)) if shown and firsts else 0.0,
        "end_to_screen_ms": (max(shown) - max(ends)) * 1000 if shown and ends else None,
        "last_token_to_screen_ms": (max(shown) - max(lasts)) * 1000 if shown and lasts else None,
        "final_render_ms": max((r["final_render_s"] or 0) for r in per_tab) * 1000,
        "flushes": sum(r["flushes"] for r in per_tab),
        "flush_p50_ms": flush_ms[len(flush_ms) // 2] if flush_ms else 0.0,
        "flush_max_ms": flush_ms[-1] if flush_ms else 0.0,
        "cpu_s_per_10k": cpu / max(total_tokens, 1) * 10_000,
        "wall_s": t_done - t_send,
        "math_settled_ms": math_settled_ms,
        "history_chars": sum(len(m.content) for m in tabs[0].messages[:-2]),
    })
    if not cfg.get("naive"):  # the naive view has no frames left to re-render one
        out.update(full_renders(tabs[0].view, len(tabs[0].messages) - 1))
    await app.shutdown()
    collector.stop()
    out["peak_rss_mb"] = peak_rss_mb()
    return out


def full_renders(view: Any, index: int) -> dict[str, float]:
    """A full render of the finished answer from scratch (what a theme change or scrolling
    back to it costs): to its first painted screen, GUI-thread CPU, until every piece is
    drawn (idle slices), the same in the other theme (highlighting not cached: a theme
    change), and the naive baseline: the whole HTML inserted at once (as before issue 19)."""
    out: dict[str, float] = {}

    def render(prefix: str) -> None:
        t, cpu = now(), time.thread_time()
        type(view).update_message(view, index)
        view.viewport().repaint()
        out[f"{prefix}_ms"] = (now() - t) * 1000
        out[f"{prefix}_cpu_ms"] = (time.thread_time() - cpu) * 1000
        while getattr(view, "rendering", False):
            QApplication.processEvents()
        out[f"{prefix}_complete_ms"] = (now() - t) * 1000

    render("full_render")
    view._dark = not view._dark  # the other theme's colours: its highlighting is cold
    render("theme_render")
    view._dark = not view._dark
    cursor = view._frame_cursor(view._frames[index])
    t, cpu = now(), time.thread_time()
    cursor.beginEditBlock()
    cursor.removeSelectedText()
    cursor.insertHtml(view._html(index))
    cursor.endEditBlock()
    view.viewport().repaint()
    out["naive_full_render_ms"] = (now() - t) * 1000
    out["naive_full_render_cpu_ms"] = (time.thread_time() - cpu) * 1000
    return out


async def attach_and_send(tab: Any, path: str, i: int) -> float:
    """Attach the image file as a drop would (``AttachmentTray.add_path``), wait until its
    chip is ready, then send it with a question; seconds from the drop to ready."""
    t = now()
    tab.tray.add_path(path)
    while tab.tray.busy or not tab.tray.parts():
        if tab.tray.failures():
            raise RuntimeError(tab.tray.failures()[0].message)
        await asyncio.sleep(0.01)
    ready = now() - t
    if not tab.send(f"Benchmark question {i}: what is in this {WORDS[i]} picture?"):
        raise RuntimeError("send() with the image refused")
    return ready


def make_noise_png(path: Path, megabytes: float) -> None:
    """An incompressible PNG of about ``megabytes`` (a photo saved as PNG: the worst case,
    no scaled decoding, re-encoded as PNG then JPEG)."""
    from PySide6.QtGui import QImage

    side = int((megabytes * 1024 * 1024 / 3) ** 0.5)
    raw = os.urandom(side * side * 3)
    QImage(raw, side, side, side * 3, QImage.Format.Format_RGB888).save(str(path), "PNG")


# ---------------------------------------------------------------------------- replay
def replay_run(cfg: dict[str, Any]) -> dict[str, Any]:
    """Per-flush cost of the real view vs the naive renderer with the same history."""
    from ava_desktop.ui.transcript import TranscriptView, ViewMessage

    tc = cfg["token_chars"]
    history: list[ViewMessage] = []
    done, turn = 0, 0
    while done < cfg["history_tokens"]:
        text = answer(2000 * tc, seed=turn)
        history += [ViewMessage.detached("user", f"Question {turn}?"),
                    ViewMessage.detached("assistant", text, model="bench-model")]
        done += len(text) // tc
        turn += 1
    streamed = tokens(answer(cfg["answer_tokens"] * tc, seed=99), tc)
    per_flush = max(1, round(cfg["rate"] * 0.016))  # tokens the throttle coalesces per frame
    deltas = ["".join(streamed[i:i + per_flush]) for i in range(0, len(streamed), per_flush)]

    def fresh_view() -> Any:
        view = TranscriptView()
        view.resize(900, 700)
        view.show()
        view.set_messages([ViewMessage.detached(m.role, m.content, model=m.model)
                           for m in history])
        view.add_message(ViewMessage.detached("user", "Benchmark question"))
        index = view.add_message(ViewMessage.detached("assistant", model="bench-model"))
        view.begin_stream(index)
        QApplication.processEvents()
        view.viewport().repaint()
        return view, index

    def timed_flushes(view: Any, index: int, picks: list[int]) -> tuple[list[float], list[float]]:
        """(render times, render + paint times) of the picked flushes."""
        renders, totals = [], []
        for i, delta in enumerate(deltas):
            view.messages[index].node.chunks.append(delta)  # the session's one buffer
            if i in picks:
                t = now()
                view.stream_append(index, delta)
                t_render = now()
                view.viewport().repaint()
                renders.append(t_render - t)
                totals.append(now() - t)
            # (the naive run skips untimed flushes' rendering: it would take minutes)
        return renders, totals

    ours_view, index = fresh_view()
    ours_render, ours = timed_flushes(ours_view, index, list(range(len(deltas))))
    t = now()
    ours_view.messages[index].node.state = "complete"
    ours_view.update_message(index)
    ours_view.viewport().repaint()
    final_ms = (now() - t) * 1000
    ours_view.close()
    ours_view.deleteLater()

    naive_view, index = fresh_view()
    make_naive(naive_view)
    step = max(1, len(deltas) // cfg.get("naive_samples", 6))
    naive_render, naive = timed_flushes(naive_view, index, list(range(0, len(deltas), step)))
    naive_view.close()
    ours_med, naive_med = statistics.median(ours), statistics.median(naive)
    return {
        "history_chars": sum(len(m.content) for m in history),
        "tokens_per_flush": per_flush,
        "flushes": len(deltas),
        "ours_flush_p50_ms": ours_med * 1000,
        "ours_render_p50_ms": statistics.median(ours_render) * 1000,
        "ours_flush_max_ms": max(ours) * 1000,
        "ours_final_ms": final_ms,
        "naive_flush_p50_ms": naive_med * 1000,
        "naive_render_p50_ms": statistics.median(naive_render) * 1000,
        "ratio": naive_med / ours_med,
        "ratio_render_only": statistics.median(naive_render) / statistics.median(ours_render),
        "ours_total_s": sum(ours),
        "naive_total_s_est": naive_med * len(deltas),
        "naive_per_token_total_s_est": naive_med * len(streamed),
        "ratio_per_token": naive_med * len(streamed) / sum(ours),
        "peak_rss_mb": peak_rss_mb(),
    }


def main() -> None:
    cfg = json.loads(sys.argv[1])
    qt_app = QApplication(sys.argv[:1])
    if cfg["mode"] == "make-image":
        make_noise_png(Path(cfg["path"]), cfg["mb"])
        return
    if cfg["mode"] == "replay":
        result = replay_run(cfg)
    else:
        loop = qasync.QEventLoop(qt_app)
        asyncio.set_event_loop(loop)
        try:
            result = loop.run_until_complete(stream_run(cfg))
        finally:
            loop.close()
            asyncio.set_event_loop(None)
    print("RESULT " + json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
