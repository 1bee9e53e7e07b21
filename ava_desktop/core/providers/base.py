"""The g4f-shaped provider base: one transport, one SSE path, one error mapping.

A provider subclass only says *what* to send (``build_request``); this base does the HTTP
request, status and content-type checks, SSE decoding, chunk parsing, timeouts, cancellation
and error mapping, so every provider behaves the same on a hostile network.

Transport keyword arguments are taken out here, in one place, and never reach a JSON body:

* ``session``: a shared ``aiohttp.ClientSession`` (never closed by the provider). Without it
  the provider opens its own session (``trust_env=True``: ``HTTP(S)_PROXY`` / ``NO_PROXY``
  are honoured) and always closes it, also on error or cancellation.
* ``proxy``: proxy URL for this request ("http://host:port").
* ``timeout``: seconds allowed to connect and receive the response headers (default 120).
* ``stream_timeout``: seconds without a single byte once streaming (default 60) before
  ``ProviderTimeoutError``.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

import aiohttp
from yarl import URL

from .chunks import OpenAIChunkParser
from .errors import (
    ContextLengthError,
    ProtocolError,
    ProviderConnectionError,
    ProviderError,
    ProviderTimeoutError,
    describe_body,
    error_from_response,
    error_from_stream_payload,
    shorten,
    summarize_html,
)
from .events import Event, TextDelta
from .sse import SSEDecoder

Messages = list[dict[str, Any]]

DEFAULT_TIMEOUT = 120.0
DEFAULT_STREAM_TIMEOUT = 60.0
ERROR_BODY_LIMIT = 64 * 1024
TRANSPORT_KEYS = frozenset({"session", "proxy", "timeout", "stream_timeout"})


def _transport_signature(session: aiohttp.ClientSession | None = None,
                         proxy: str | None = None,
                         timeout: float | None = DEFAULT_TIMEOUT,
                         stream_timeout: float | None = DEFAULT_STREAM_TIMEOUT) -> None:
    """Only its signature is used: the transport part of ``params``."""


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


@dataclass(frozen=True, slots=True)
class ChatRequest:
    """What a provider wants sent: built by ``build_request``, sent by the base."""

    url: str
    json: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)
    method: str = "POST"


def host_of(url: str) -> str:
    """"api.groq.com", or "127.0.0.1:8080" when the port is explicit: what people recognise."""
    try:
        u = URL(url)
        host = u.host or url
        return f"{host}:{u.explicit_port}" if u.explicit_port else host
    except (ValueError, TypeError):
        return url


class classproperty:
    """A read-only property on the class (``classmethod`` + ``property`` is gone in 3.13)."""

    def __init__(self, fget: Any) -> None:
        self.fget = fget
        self.__doc__ = fget.__doc__

    def __get__(self, obj: Any, owner: type) -> Any:
        return self.fget(owner)


def _fmt_s(seconds: float | None) -> str:
    return f"{seconds:g} s" if seconds is not None else "ever"


def map_client_error(exc: BaseException, *, host: str, provider: str | None,
                     proxy: str | None = None, streaming: bool = False) -> ProviderError:
    """One aiohttp/OS exception -> the matching ProviderError with a readable message."""
    kw: dict[str, Any] = {"provider": provider, "host": host}
    if isinstance(exc, ProviderError):
        return exc
    if streaming and isinstance(exc, aiohttp.ClientPayloadError | aiohttp.ServerDisconnectedError
                                | aiohttp.ClientConnectionError | OSError):
        return ProviderConnectionError(
            f"The answer from {host} was cut off: the connection broke before it was "
            "complete", **kw)
    if isinstance(exc, aiohttp.ClientProxyConnectionError):
        return ProviderConnectionError(f"Could not connect to the proxy {proxy}: {exc.os_error}",
                                       **kw)
    if isinstance(exc, aiohttp.ClientConnectorCertificateError | aiohttp.ClientSSLError):
        return ProviderConnectionError(f"Secure connection to {host} failed: {exc}", **kw)
    if isinstance(exc, aiohttp.ClientConnectorError):
        os_err = exc.os_error
        text = str(getattr(os_err, "strerror", "") or os_err or exc)
        dns = getattr(aiohttp, "ClientConnectorDNSError", ())
        if (dns and isinstance(exc, dns)) or "Name or service not known" in text \
                or "nodename nor servname" in text or "getaddrinfo" in text:
            return ProviderConnectionError(f"Could not find the server {host} (DNS lookup "
                                           f"failed: {text})", **kw)
        if isinstance(os_err, ConnectionRefusedError):
            return ProviderConnectionError(f"Could not connect to {host}: connection refused "
                                           "(is the server running?)", **kw)
        return ProviderConnectionError(f"Could not connect to {host}: {text}", **kw)
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return ProviderConnectionError(f"{host} closed the connection without answering", **kw)
    if isinstance(exc, aiohttp.ClientOSError | ConnectionResetError):
        return ProviderConnectionError(f"The connection to {host} was reset", **kw)
    if isinstance(exc, aiohttp.InvalidURL):
        return ProviderError(f"Invalid server URL: {exc}", **kw)
    if isinstance(exc, aiohttp.ClientResponseError):
        return ProtocolError(f"{host} sent an invalid HTTP response: {exc.message}", **kw)
    if isinstance(exc, aiohttp.ClientConnectionError | OSError):
        return ProviderConnectionError(f"Connection to {host} failed: {exc}", **kw)
    return ProviderError(f"Request to {host} failed: {exc}", **kw)


def _looks_like_sse(head: bytes) -> bool:
    """True when a body starts like an event stream although its Content-Type says not."""
    text = head.lstrip(b"\xef\xbb\xbf").lstrip(b"\r\n")
    return text.startswith((b"data:", b"event:", b"id:", b"retry:", b":"))


async def _read_limited(resp: aiohttp.ClientResponse, limit: int,
                        timeout: float | None) -> bytes:
    """Up to ``limit`` bytes of a body; whatever arrived if the body breaks or stalls."""
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


class AsyncGeneratorProvider:
    """Base of all providers, shaped like gpt4free's ``AsyncGeneratorProvider``.

    Subclasses implement ``build_request``; everything else is shared. The app consumes
    ``stream_events`` (text, reasoning, usage, finish reason); ``create_async_generator``
    yields only answer text, as g4f callers expect.
    """

    url: ClassVar[str] = ""
    working: ClassVar[bool] = False
    supports_stream: ClassVar[bool] = True
    supports_message_history: ClassVar[bool] = True
    supports_system_message: ClassVar[bool] = True
    supports_gpt_35_turbo: ClassVar[bool] = False
    supports_gpt_4: ClassVar[bool] = False
    needs_auth: ClassVar[bool] = False
    default_model: ClassVar[str] = ""
    models: ClassVar[list[str]] = []
    #: Parses the SSE events of this provider into typed events.
    parser_class: ClassVar[type[OpenAIChunkParser]] = OpenAIChunkParser

    # ------------------------------------------------------------------ to override
    @classmethod
    def build_request(cls, model: str, messages: Messages, **kwargs: Any) -> ChatRequest:
        """The HTTP request for one chat turn (transport keys are already removed)."""
        raise NotImplementedError

    # ------------------------------------------------------------------ streaming
    @classmethod
    async def stream_events(cls, model: str, messages: Messages,
                            **kwargs: Any) -> AsyncIterator[Event]:
        """Stream typed events (TextDelta, ReasoningDelta, Usage, Finish) for one answer.

        Raises only ``ProviderError`` subclasses. Closing the generator early (``aclose()``,
        task cancellation) closes the HTTP response at once.
        """
        tr = Transport.pop_from(kwargs)
        kwargs.pop("stream", None)  # the wire is always streamed
        request = cls.build_request(model, messages, **kwargs)
        host = host_of(request.url)
        name = cls.__name__
        if tr.proxy and not tr.proxy.lower().startswith(("http://", "https://")):
            raise ProviderError(f"Unsupported proxy {tr.proxy!r}: only http:// and https:// "
                                "proxies are supported", provider=name, host=host)
        try:
            body = json.dumps(request.json, ensure_ascii=False).encode()
        except (TypeError, ValueError) as exc:
            raise ProviderError(f"Could not encode the request for {host}: {exc}",
                                provider=name, host=host) from None
        headers = {"Content-Type": "application/json", **request.headers}
        session = tr.session
        own_session = session is None
        resp: aiohttp.ClientResponse | None = None
        complete = False
        try:
            if own_session:
                session = aiohttp.ClientSession(trust_env=True,
                                                timeout=aiohttp.ClientTimeout(total=None))
            assert session is not None
            client_timeout = aiohttp.ClientTimeout(total=None, connect=tr.timeout,
                                                   sock_connect=tr.timeout)
            try:
                async with asyncio.timeout(tr.timeout):
                    resp = await session.request(request.method, request.url, data=body,
                                                 headers=headers, proxy=tr.proxy,
                                                 timeout=client_timeout)
            except TimeoutError as exc:
                connecting = isinstance(exc, getattr(aiohttp, "ConnectionTimeoutError", ()))
                what = "connecting to" if connecting else "waiting for an answer from"
                raise ProviderTimeoutError(f"Timed out after {_fmt_s(tr.timeout)} {what} {host}",
                                           provider=name, host=host) from None
            except (aiohttp.ClientError, OSError, ValueError) as exc:
                raise map_client_error(exc, host=host, provider=name, proxy=tr.proxy) from exc

            if not 200 <= resp.status < 300:
                err_body = await _read_limited(resp, ERROR_BODY_LIMIT, tr.stream_timeout)
                raise error_from_response(
                    resp.status, resp.reason or "", resp.headers, err_body,
                    resp.headers.get("Content-Type", ""), host=host, provider=name,
                    sent_key=any(k.lower() in ("authorization", "x-api-key", "api-key")
                                 for k in headers))

            decoder = SSEDecoder()
            parser = cls.parser_class(host, name)
            read = resp.content.readany
            stream_timeout = tr.stream_timeout
            received = 0
            pending = b""
            if "event-stream" not in resp.headers.get("Content-Type", "").lower():
                pending = await cls._sniff(resp, stream_timeout, host, name)
            try:
                while True:
                    if pending:
                        chunk, pending = pending, b""
                    else:
                        async with asyncio.timeout(stream_timeout):
                            chunk = await read()
                    if not chunk:
                        break
                    received += len(chunk)
                    for sse in decoder.feed(chunk):
                        for event in parser.feed(sse):
                            yield event
                        if parser.done:
                            break
                    if parser.done:
                        break
            except TimeoutError:
                raise ProviderTimeoutError(
                    f"{host} sent nothing for {_fmt_s(stream_timeout)}; stopped waiting for the "
                    "rest of the answer", provider=name, host=host) from None
            except (aiohttp.ClientError, OSError) as exc:
                raise map_client_error(exc, host=host, provider=name, streaming=True) from exc
            except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
                raise ProtocolError(f"{host} sent a chunk that could not be understood: {exc}",
                                    provider=name, host=host) from exc
            if not parser.done:
                complete = True  # at EOF: the connection can be reused
                for sse in decoder.close(dispatch_incomplete=True):
                    for event in parser.feed(sse):
                        yield event
                    if parser.done:
                        break
                parser.end(received)
        finally:
            if resp is not None:
                if complete:
                    resp.release()
                else:
                    resp.close()
            if own_session and session is not None:
                await session.close()

    @classmethod
    async def _sniff(cls, resp: aiohttp.ClientResponse, timeout: float | None, host: str,
                     name: str) -> bytes:
        """For a 200 without an event-stream Content-Type: accept it only if it looks like SSE.

        Some servers label SSE as text/plain or send no type; anything else (an HTML page,
        a JSON object) is reported as what it is.
        """
        head = bytearray()
        try:
            async with asyncio.timeout(timeout):
                while len(head.lstrip()) < 8:
                    chunk = await resp.content.readany()
                    if not chunk:
                        break
                    head += chunk
        except TimeoutError:
            raise ProviderTimeoutError(f"{host} sent nothing for {_fmt_s(timeout)}",
                                       provider=name, host=host) from None
        except (aiohttp.ClientError, OSError) as exc:
            raise map_client_error(exc, host=host, provider=name, streaming=True) from exc
        if _looks_like_sse(bytes(head)):
            return bytes(head)
        body = bytes(head) + await _read_limited(resp, ERROR_BODY_LIMIT, timeout)
        ctype = resp.headers.get("Content-Type", "") or "no content type"
        mime = ctype.split(";")[0].strip()
        text = body.decode("utf-8", errors="replace").strip()
        kw: dict[str, Any] = {"provider": name, "host": host, "status": resp.status}
        if not text:
            raise ContextLengthError(
                f"{host} sent an empty answer; the conversation is probably longer than the "
                "model's context window", **kw)
        if text[0] in "{[":
            try:
                obj = json.loads(text)
            except ValueError:
                obj = None
            if isinstance(obj, dict) and obj.get("error"):
                raise error_from_stream_payload(obj["error"], host=host, provider=name)
            if isinstance(obj, dict) and "choices" in obj:
                raise ProtocolError(f"{host} answered with one JSON reply instead of an event "
                                    "stream (does it support streaming?)", **kw)
            msg = describe_body(body, ctype)[0] if obj is not None else shorten(text, 120)
            raise ProtocolError(f"{host} did not answer with an event stream (got {mime}: "
                                f"{msg})", **kw)
        summary = summarize_html(text) if "html" in mime or text[:1] == "<" else shorten(text,
                                                                                         120)
        raise ProtocolError(f"{host} did not answer with an event stream (got {mime}: "
                            f"{summary}); is the server URL right?", **kw)

    @classmethod
    async def create_async_generator(cls, model: str, messages: Messages,
                                     **kwargs: Any) -> AsyncIterator[str]:
        """Yield the answer text as it streams (never empty strings, never reasoning)."""
        events = cls.stream_events(model, messages, **kwargs)
        try:
            async for event in events:
                if type(event) is TextDelta:
                    yield event.text
        finally:
            await events.aclose()

    # ------------------------------------------------------------------ g4f conveniences
    @classmethod
    async def create_async(cls, model: str, messages: Messages, **kwargs: Any) -> str:
        """The whole answer as one string."""
        gen = cls.create_async_generator(model, messages, **kwargs)
        try:
            return "".join([chunk async for chunk in gen])
        finally:
            await gen.aclose()

    @classmethod
    def create_completion(cls, model: str, messages: Messages, stream: bool = True,
                          **kwargs: Any) -> Iterator[str]:
        """Synchronous use from scripts: yields text chunks (``stream=True``) or, like g4f,
        the whole text as a single item. Runs a private event loop; not for use inside one.
        """
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            raise RuntimeError("create_completion() cannot run inside an event loop; use "
                               "create_async_generator() or create_async() there")
        return cls._sync_iter(model, messages, stream, kwargs)

    @classmethod
    def _sync_iter(cls, model: str, messages: Messages, stream: bool,
                   kwargs: dict[str, Any]) -> Iterator[str]:
        with asyncio.Runner() as runner:
            if not stream:
                yield runner.run(cls.create_async(model, messages, **kwargs))
                return
            gen = cls.create_async_generator(model, messages, **kwargs)

            async def step() -> str | None:
                try:
                    return await gen.__anext__()
                except StopAsyncIteration:
                    return None

            try:
                while (chunk := runner.run(step())) is not None:
                    yield chunk
            finally:
                runner.run(gen.aclose())

    @classproperty
    def params(cls) -> str:
        """A readable description of the accepted arguments, built from the signatures."""
        own = inspect.signature(cls.build_request).parameters
        transport = inspect.signature(_transport_signature).parameters
        lines = []
        for name, p in [*own.items(), *transport.items()]:
            if p.kind in (p.VAR_KEYWORD, p.VAR_POSITIONAL) or name in ("cls", "self"):
                continue
            text = name
            if p.annotation is not p.empty:
                text += f": {p.annotation}"
            if p.default is not p.empty:
                text += f" = {p.default!r}"
            lines.append("    " + text)
        body = ",\n".join(lines)
        return f"{cls.__module__}.{cls.__name__} supports: (\n{body}\n)"


__all__ = ["AsyncGeneratorProvider", "ChatRequest", "Messages", "Transport", "host_of",
           "map_client_error"]
