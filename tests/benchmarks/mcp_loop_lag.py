"""Loop lag on the app's loop while MCP calls run: on the MCP thread vs on the same loop.

    python tests/benchmarks/mcp_loop_lag.py

Each scenario starts the test server (tests/core/tools/mcp_server.py), then makes 5 calls
returning 1 MB of text and 5 returning an image, while a 5 ms ticker measures how late it
wakes up.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
import _paths  # noqa: E402  (the installed ava_desktop first, see _paths.py)

_paths.setup()

from ava_desktop.core.tools import McpConfig, McpManager, ServerConfig  # noqa: E402
from ava_desktop.core.tools.connection import Connection  # noqa: E402
from ava_desktop.core.tools.content import to_result_part  # noqa: E402

CFG = ServerConfig("demo", sys.executable, (str(ROOT / "tests/core/tools/mcp_server.py"),),
                   env={"PYTHONPATH": str(ROOT)})


async def measure(work) -> list[float]:
    lags: list[float] = []
    stop = asyncio.Event()

    async def ticker() -> None:
        loop = asyncio.get_running_loop()
        while not stop.is_set():
            before = loop.time()
            await asyncio.sleep(0.005)
            lags.append(loop.time() - before - 0.005)

    tick = asyncio.ensure_future(ticker())
    try:
        await work()
    finally:
        stop.set()
        await tick
    return sorted(lags)


async def bridged() -> None:
    manager = McpManager(McpConfig({"demo": CFG}))
    await manager.list_tools()
    for _ in range(5):
        await manager.call(manager.tool("demo__big"), "b", {"chars": 1_000_000})
        await manager.call(manager.tool("demo__image"), "i", {})
    await manager.shutdown()


async def same_loop() -> None:
    conn = Connection(CFG, lambda c: None)
    await conn.list_tools()
    for _ in range(5):
        to_result_part("b", "big", await conn.call_tool("big", {"chars": 1_000_000}))
        to_result_part("i", "image", await conn.call_tool("image", {}))
    await conn.stop()


def main() -> None:
    print("| scenario | ticks | median | p99 | max |\n|---|---|---|---|---|")
    for name, work in (("MCP thread (what the app does)", bridged),
                       ("same loop (baseline)", same_loop)):
        lags = asyncio.run(measure(work))
        p99 = lags[int(len(lags) * 0.99)]
        print(f"| {name} | {len(lags)} | {statistics.median(lags) * 1e3:.1f} ms | "
              f"{p99 * 1e3:.1f} ms | {lags[-1] * 1e3:.1f} ms |")


if __name__ == "__main__":
    main()
