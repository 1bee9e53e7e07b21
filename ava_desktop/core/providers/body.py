"""A request body encoded a slice at a time, so a long conversation does not stall the loop.

A 1M-token conversation is a 4 MB JSON body: ``json.dumps`` of it holds the GUI thread for
~15-20 ms (its C encoder never lets go of the GIL, so a thread would not help). The large
lists (the messages) are encoded an item at a time instead, yielding to the event loop
every few milliseconds; the bytes are those ``json.dumps(obj, ensure_ascii=False)`` makes.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

SLICE_S = 0.004  # encode this long, then let the loop run
BIG_LIST = 64  # lists this long are encoded an item at a time


async def encode_json(obj: Any) -> bytes:
    """``json.dumps(obj, ensure_ascii=False).encode()``, yielding while it works."""
    if not isinstance(obj, dict) or not all(isinstance(k, str) for k in obj):
        return json.dumps(obj, ensure_ascii=False).encode()
    items: list[str] = []
    for key, value in obj.items():
        if isinstance(value, list) and len(value) >= BIG_LIST:
            encoded = await _encode_list(value)
        else:
            encoded = json.dumps(value, ensure_ascii=False)
        items.append(f"{json.dumps(key, ensure_ascii=False)}: {encoded}")
    return ("{" + ", ".join(items) + "}").encode()


async def _encode_list(values: list[Any]) -> str:
    out: list[str] = []
    started = time.perf_counter()
    for value in values:
        out.append(json.dumps(value, ensure_ascii=False))
        if time.perf_counter() - started > SLICE_S:
            await asyncio.sleep(0)
            started = time.perf_counter()
    return "[" + ", ".join(out) + "]"
