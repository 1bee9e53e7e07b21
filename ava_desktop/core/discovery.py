"""Find OpenAI-compatible servers running on this machine (Ollama, LM Studio, llama.cpp, ...).

All known local ports are probed at once with a short timeout, so discovery costs about one
timeout however many presets there are, and never raises: anything that does not answer
``GET {base_url}/models`` with an OpenAI-style model list simply is not found.

The probe is a deliberately strict, self-contained GET (not the provider's ``list_models``):
a port that answers something else is another program, not a server to offer.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit, urlunsplit

from ava_desktop.core.settings import known_presets

if TYPE_CHECKING:  # imported where used: not before the first paint
    import aiohttp

log = logging.getLogger(__name__)

MAX_BODY = 4 * 1024 * 1024  # a model list is small; don't buffer a stranger's download


class PresetLike(Protocol):
    name: str
    base_url: str


@dataclass(frozen=True, slots=True)
class DiscoveredServer:
    preset_name: str
    base_url: str  # with the probed host, e.g. "http://127.0.0.1:11434/v1"
    models: list[str]


def local_presets() -> list[PresetLike]:
    """The provider layer's presets marked ``local`` (Ollama, LM Studio, llama.cpp, ...)."""
    return [p for p in known_presets() if p.local]


async def discover_local_servers(
    session: aiohttp.ClientSession | None = None,
    timeout: float = 0.5,
    hosts: Sequence[str] = ("127.0.0.1",),
    presets: Iterable[PresetLike] | None = None,
) -> list[DiscoveredServer]:
    """Probe every preset's port on every host concurrently; return the ones that answer.

    Pass ``session`` only if it does not route loopback through an environment proxy
    (``trust_env=True`` would); by default a private session without proxies is used.
    Results keep the order of ``presets``; a URL shared by two presets is probed once.
    """
    if presets is None:
        presets = local_presets()
    targets: dict[str, str] = {}  # base_url -> preset name
    for preset in presets:
        for host in hosts:
            try:
                url = _with_host(preset.base_url, host).rstrip("/")
            except (ValueError, TypeError):
                continue
            targets.setdefault(url, preset.name)
    # Most of these ports are closed: a bare TCP connect tells without aiohttp, whose import
    # and TLS contexts (~0.15 s, ~7 MB) an app that finds nothing need never carry.
    listening = await asyncio.gather(*(_listening(url, timeout) for url in targets))
    targets = {url: name for (url, name), ok in zip(targets.items(), listening, strict=True)
               if ok}
    if not targets:
        return []
    import aiohttp

    own = session is None
    if session is None:
        session = aiohttp.ClientSession(trust_env=False)
    try:
        results = await asyncio.gather(
            *(_probe(session, name, url, timeout) for url, name in targets.items())
        )
    finally:
        if own:
            await session.close()
    return [r for r in results if r is not None]


def _with_host(url: str, host: str) -> str:
    """``url`` on ``host`` instead, keeping its port. With urllib, not yarl: discovery runs
    at start-up, and yarl (with idna, multidict, propcache) is 0.8 MB the idle app needn't
    hold; aiohttp brings it once a request is made."""
    parts = urlsplit(url)
    userinfo, at, _ = parts.netloc.rpartition("@")
    netloc = userinfo + at + (f"[{host}]" if ":" in host else host)
    if parts.port is not None:  # ValueError for a port that is not one
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


async def _listening(base_url: str, timeout: float) -> bool:
    """Whether anything accepts a TCP connection on the URL's host and port."""
    try:
        parts = urlsplit(base_url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        async with asyncio.timeout(timeout):
            _reader, writer = await asyncio.open_connection(parts.hostname, port)
    except (OSError, TimeoutError, ValueError):
        return False
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()
    return True


async def _probe(
    session: aiohttp.ClientSession, name: str, base_url: str, timeout: float
) -> DiscoveredServer | None:
    try:
        async with asyncio.timeout(timeout):
            async with session.get(
                base_url + "/models",
                headers={"Accept": "application/json"},
                allow_redirects=False,
            ) as resp:
                if resp.status != 200:
                    return None
                body = await _read_limited(resp)
        models = parse_model_list(body)
    except asyncio.CancelledError:
        raise  # our caller was cancelled; a probe timeout arrives as TimeoutError
    except Exception as exc:  # refused, timed out, garbage: simply not found
        log.debug("no server at %s: %s", base_url, type(exc).__name__)
        return None
    if models is None:
        return None
    return DiscoveredServer(preset_name=name, base_url=base_url, models=models)


async def _read_limited(resp: aiohttp.ClientResponse) -> bytes:
    chunks, size = [], 0
    async for chunk in resp.content.iter_chunked(65536):
        size += len(chunk)
        if size > MAX_BODY:
            raise ValueError("model list too large")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_model_list(body: bytes) -> list[str] | None:
    """Model ids from an OpenAI-style ``{"data": [{"id": ...}]}`` body, None if it is not one."""
    with contextlib.suppress(ValueError):
        data = json.loads(body)
        if isinstance(data, dict) and isinstance(data.get("data"), list):
            ids = (m.get("id") for m in data["data"] if isinstance(m, dict))
            return list(dict.fromkeys(i for i in ids if isinstance(i, str) and i))
    return None
