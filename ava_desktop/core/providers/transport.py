"""How requests reach a server: transport options, aiohttp errors in words, bounded reads.

Shared by the streaming base and by every provider's model list, so a failure reads the
same whichever call hit it.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ava_desktop.core.notice import Notice

from .errors import ProtocolError, ProviderConnectionError, ProviderError, ProviderTimeoutError

if TYPE_CHECKING:  # imported where used: not before the first paint
    import aiohttp

DEFAULT_TIMEOUT = 120.0
DEFAULT_STREAM_TIMEOUT = 60.0
ERROR_BODY_LIMIT = 64 * 1024
#: A model list is never this big (OpenRouter's is ~1 MB); past it the body is cut.
LIST_BODY_LIMIT = 32 * 1024 * 1024
TRANSPORT_KEYS = frozenset({"session", "proxy", "timeout", "stream_timeout"})
#: Request headers that carry a key: a 401 after sending one means "rejected", not "missing".
KEY_HEADERS = frozenset({"authorization", "x-api-key", "api-key", "x-goog-api-key"})


def sent_key(headers: Mapping[str, str]) -> bool:
    return any(k.lower() in KEY_HEADERS and v for k, v in headers.items())


@dataclass(frozen=True, slots=True)
class Transport:
    """How to reach the server (never part of the request body)."""

    session: aiohttp.ClientSession | None = None
    proxy: str | None = None
    timeout: float | None = DEFAULT_TIMEOUT
    stream_timeout: float | None = DEFAULT_STREAM_TIMEOUT

    @classmethod
    def pop_from(cls, kwargs: dict[str, Any]) -> Transport:
        """Remove the transport keys from ``kwargs`` and return them as a Transport."""
        import aiohttp
        timeout = kwargs.pop("timeout", DEFAULT_TIMEOUT)
        if isinstance(timeout, aiohttp.ClientTimeout):
            timeout = timeout.total or timeout.connect or timeout.sock_connect
        stream_timeout = kwargs.pop("stream_timeout", DEFAULT_STREAM_TIMEOUT)
        proxy = kwargs.pop("proxy", None) or None
        return cls(kwargs.pop("session", None), str(proxy) if proxy else None,
                   _seconds(timeout), _seconds(stream_timeout))


def _seconds(value: Any) -> float | None:
    if value is None:
        return None
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        raise ProviderError(f"Invalid timeout: {value!r}") from None
    return seconds if seconds > 0 else None


def host_of(url: str) -> str:
    """"api.groq.com", or "127.0.0.1:8080" when the port is explicit: what people recognise."""
    from yarl import URL  # aiohttp's parser, imported when first needed (0.8 MB with idna)

    try:
        u = URL(url)
        host = u.host or url
        return f"{host}:{u.explicit_port}" if u.explicit_port else host
    except (ValueError, TypeError):
        return url


def _fmt_s(seconds: float | None) -> str:
    return f"{seconds:g} s" if seconds is not None else "ever"


def map_client_error(exc: BaseException, *, host: str, provider: str | None,
                     proxy: str | None = None, streaming: bool = False) -> ProviderError:
    """One aiohttp/OS exception -> the matching ProviderError with a readable message."""
    import aiohttp
    kw: dict[str, Any] = {"provider": provider, "host": host}
    if isinstance(exc, ProviderError):
        return exc
    if streaming and isinstance(exc, aiohttp.ClientPayloadError | aiohttp.ServerDisconnectedError
                                | aiohttp.ClientConnectionError | OSError):
        return ProviderConnectionError(Notice("cut_off_connection", {"host": host}), **kw)
    if isinstance(exc, aiohttp.ClientProxyConnectionError):
        return ProviderConnectionError(Notice("no_proxy", {"proxy": str(proxy)},
                                              str(exc.os_error)), **kw)
    if isinstance(exc, aiohttp.ClientConnectorCertificateError | aiohttp.ClientSSLError):
        return ProviderConnectionError(Notice("tls_failed", {"host": host}, str(exc)), **kw)
    if isinstance(exc, aiohttp.ClientConnectorError):
        os_err = exc.os_error
        text = str(getattr(os_err, "strerror", "") or os_err or exc)
        dns = getattr(aiohttp, "ClientConnectorDNSError", ())
        if (dns and isinstance(exc, dns)) or "Name or service not known" in text \
                or "nodename nor servname" in text or "getaddrinfo" in text:
            return ProviderConnectionError(Notice("dns_failed", {"host": host}, text), **kw)
        if isinstance(os_err, ConnectionRefusedError):
            return ProviderConnectionError(Notice("refused", {"host": host}), **kw)
        return ProviderConnectionError(Notice("no_connect", {"host": host}, text), **kw)
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return ProviderConnectionError(Notice("closed", {"host": host}), **kw)
    if isinstance(exc, aiohttp.ClientOSError | ConnectionResetError):
        return ProviderConnectionError(Notice("reset", {"host": host}), **kw)
    if isinstance(exc, aiohttp.InvalidURL):
        return ProviderError(Notice("bad_url", {}, str(exc)), **kw)
    if isinstance(exc, aiohttp.ClientResponseError):
        return ProtocolError(Notice("bad_http", {"host": host}, exc.message), **kw)
    if isinstance(exc, aiohttp.ClientConnectionError | OSError):
        return ProviderConnectionError(Notice("connect_failed", {"host": host}, str(exc)), **kw)
    return ProviderError(f"Request to {host} failed: {exc}", **kw)


def _looks_like_sse(head: bytes) -> bool:
    """True when a body starts like an event stream although its Content-Type says not."""
    text = head.lstrip(b"\xef\xbb\xbf").lstrip(b"\r\n")
    return text.startswith((b"data:", b"event:", b"id:", b"retry:", b":"))


async def _read_limited(resp: aiohttp.ClientResponse, limit: int,
                        timeout: float | None) -> bytes:
    """Up to ``limit`` bytes of a body; whatever arrived if the body breaks or stalls."""
    import aiohttp
    buf = bytearray()
    try:
        async with asyncio.timeout(timeout):
            while len(buf) < limit:
                chunk = await resp.content.readany()
                if not chunk:
                    break
                buf += chunk
    except (TimeoutError, aiohttp.ClientError, OSError):
        pass
    return bytes(buf[:limit])




async def read_body(resp: aiohttp.ClientResponse, limit: int = LIST_BODY_LIMIT) -> bytes:
    """A whole body up to ``limit`` bytes (an error body up to ERROR_BODY_LIMIT)."""
    if resp.status >= 300:
        return await _read_limited(resp, ERROR_BODY_LIMIT, None)
    body = bytearray()
    while chunk := await resp.content.readany():
        body += chunk
        if len(body) > limit:
            break
    return bytes(body)


ErrorMapper = Callable[..., ProviderError]


async def get_json(url: str, *, headers: Mapping[str, str], provider: str,
                   error_for_response: ErrorMapper,
                   session: aiohttp.ClientSession | None = None,
                   timeout: float | None = DEFAULT_TIMEOUT, proxy: str | None = None,
                   params: Mapping[str, str] | None = None) -> Any:
    """``GET url`` -> parsed JSON; every failure is a ProviderError naming the host only
    (``params`` are sent but never shown: a query may hold a page token)."""
    import aiohttp
    host = host_of(url)
    own = session is None
    try:
        if own:
            session = aiohttp.ClientSession(trust_env=True,
                                            timeout=aiohttp.ClientTimeout(total=None))
        assert session is not None
        try:
            async with asyncio.timeout(timeout):
                async with session.get(url, headers=dict(headers), params=params,
                                       proxy=proxy or None,
                                       timeout=aiohttp.ClientTimeout(total=None)) as resp:
                    body = await read_body(resp)
                    status, reason = resp.status, resp.reason or ""
                    resp_headers, ctype = resp.headers, resp.headers.get("Content-Type", "")
        except TimeoutError:
            raise ProviderTimeoutError(Notice("timeout_listing", {"host": host,
                                                                  "seconds": timeout or 0}),
                                       provider=provider, host=host) from None
        except (aiohttp.ClientError, OSError, ValueError) as exc:
            raise map_client_error(exc, host=host, provider=provider, proxy=proxy) from exc
    finally:
        if own and session is not None:
            await session.close()
    if not 200 <= status < 300:
        raise error_for_response(status, reason, resp_headers, body[:ERROR_BODY_LIMIT], ctype,
                                 host=host, sent_key=sent_key(headers))
    try:
        return json.loads(body.decode("utf-8", errors="replace"))
    except ValueError:
        text = body.decode("utf-8", errors="replace").strip()
        raise ProtocolError(Notice("list_not_json", {"host": host}, repr(text[:120])),
                            provider=provider, host=host) from None
