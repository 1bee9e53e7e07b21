"""Run provider coroutines from plain sync tests (no pytest-asyncio, no fight with pytest-qt)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable
from typing import Any, TypeVar

from ava_desktop.providers import ProviderError

T = TypeVar("T")

USER = [{"role": "user", "content": "hi"}]


def run(coro: Awaitable[T], timeout: float = 15.0) -> T:
    """``asyncio.run`` with a hard deadline so a hang fails fast instead of blocking CI."""

    async def guarded() -> T:
        async with asyncio.timeout(timeout):
            return await coro

    return asyncio.run(guarded())


async def collect(agen: AsyncIterator[Any]) -> list[Any]:
    return [item async for item in agen]


async def collect_error(agen: AsyncIterator[Any]) -> tuple[list[Any], ProviderError]:
    """Items received before the generator raised, and the ProviderError it raised.

    Any other exception propagates and fails the test: that is the point.
    """
    items: list[Any] = []
    try:
        async for item in agen:
            items.append(item)
    except ProviderError as exc:
        return items, exc
    raise AssertionError(f"no ProviderError; got {items!r}")
