"""Counting tokens with the model's own tokenizer, through a llama.cpp server.

Two servers, two routes, both at the server's root beside ``/v1``: llama-cpp-python's
``llama_cpp.server`` (the app's own local server) has ``POST /extras/tokenize/count``
(``{"input": text}`` -> ``{"count": n}``) and ``/extras/tokenize``; llama.cpp's own
``llama-server`` has ``POST /tokenize`` (``{"content": text}`` -> ``{"tokens": [...]}``).
The first that answers is remembered. Loopback only: no proxy, bounded time and sizes.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where used: not before the first paint
    import aiohttp


#: Longer texts are not sent (a count would take the server too long); callers estimate.
MAX_TEXT_CHARS = 4_000_000
#: A token list of MAX_TEXT_CHARS is ~8 MB of JSON.
MAX_RESPONSE_BYTES = 32 * 1024 * 1024

# (path, request field, response field)
_ROUTES = (("/extras/tokenize", "input", "tokens"), ("/tokenize", "content", "tokens"))


class TokenizeError(RuntimeError):
    """The server could not count (not a llama.cpp server, busy past the timeout, gone)."""


def server_root(base_url: str) -> str:
    """``http://127.0.0.1:8080/v1`` -> ``http://127.0.0.1:8080``."""
    root = base_url.rstrip("/")
    return root[: -len("/v1")] if root.endswith("/v1") else root


class TokenizerClient:
    """``await client.tokenize(text)`` -> token ids; ``count(text)`` -> how many.

    ``timeout`` bounds each call: the app's server handles one request at a time, so while
    it generates an answer a count waits, and the meter estimates instead.
    """

    def __init__(self, base_url: str, api_key: str | None = None, *, model: str | None = None,
                 timeout: float = 3.0, session: aiohttp.ClientSession | None = None) -> None:
        self.root = server_root(base_url)
        self.api_key = api_key
        self.model = model
        self.timeout = timeout
        self._session = session
        self._route: tuple[str, str, str] | None = None

    @property
    def cache_key(self) -> str:
        return f"{self.root}#{self.model or ''}"

    async def tokenize(self, text: str) -> list[int]:
        data = await self._call(text, count_only=False)
        tokens = data.get("tokens") if isinstance(data, dict) else None
        if not isinstance(tokens, list) or not all(isinstance(t, int) for t in tokens):
            raise TokenizeError("the server's tokenize answer has no token list")
        return tokens

    async def count(self, text: str) -> int:
        if not text:
            return 0
        data = await self._call(text, count_only=True)
        if isinstance(data, dict):
            if isinstance(data.get("count"), int) and not isinstance(data["count"], bool):
                return max(0, data["count"])
            if isinstance(data.get("tokens"), list):
                return len(data["tokens"])
        raise TokenizeError("the server's tokenize answer has no count")

    async def _call(self, text: str, *, count_only: bool) -> Any:
        import aiohttp
        if len(text) > MAX_TEXT_CHARS:
            raise TokenizeError(f"text too long to count ({len(text):,} characters)")
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        timeout = aiohttp.ClientTimeout(total=self.timeout)
        own = self._session is None
        # trust_env=False: loopback traffic must never go to a proxy from the environment.
        session = self._session or aiohttp.ClientSession(trust_env=False)
        try:
            routes = (self._route,) if self._route else _ROUTES
            last: Exception | None = None
            for route in routes:
                path, field, _ = route
                if count_only and path == "/extras/tokenize":
                    path += "/count"
                body: dict[str, Any] = {field: text}
                if self.model and field == "input":
                    body["model"] = self.model
                try:
                    data = await self._post(session, self.root + path, body, headers, timeout)
                except _WrongRoute as exc:
                    last = exc
                    continue
                self._route = route
                return data
            raise TokenizeError(f"{self.root} has no tokenize endpoint ({last})")
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise TokenizeError(f"could not count tokens at {self.root}: "
                                f"{type(exc).__name__} {exc}".strip()) from None
        finally:
            if own:
                await session.close()

    @staticmethod
    async def _post(session: aiohttp.ClientSession, url: str, body: dict[str, Any],
                    headers: dict[str, str], timeout: aiohttp.ClientTimeout) -> Any:
        async with session.post(url, json=body, headers=headers, timeout=timeout,
                                proxy=None) as resp:
            if resp.status in (404, 405, 422):
                raise _WrongRoute(f"{resp.status} at {url.rsplit('/', 2)[-2:]}")
            if resp.status != 200:
                raise TokenizeError(f"the server answered {resp.status} to a token count")
            raw = await resp.content.read(MAX_RESPONSE_BYTES + 1)
        if len(raw) > MAX_RESPONSE_BYTES:
            raise TokenizeError("the server's tokenize answer is too large")
        try:
            return json.loads(raw)
        except ValueError:
            raise TokenizeError("the server's tokenize answer is not JSON") from None


class _WrongRoute(Exception):
    """This server does not have this route; try the other server kind's."""


__all__ = ["MAX_TEXT_CHARS", "TokenizeError", "TokenizerClient", "server_root"]
