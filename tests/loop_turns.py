"""How often the event loop got a turn while something was awaited: the check that work cut
into slices really lets the loop run (a count, not a timing)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

T = TypeVar("T")


async def turns_while(work: Awaitable[T]) -> tuple[T, int]:
    """Await ``work`` with a task beside it that counts its own turns; returns both."""
    turns = 0

    async def ticker() -> None:
        nonlocal turns
        while True:
            turns += 1
            await asyncio.sleep(0)

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    turns = 0
    try:
        return await work, turns
    finally:
        task.cancel()
