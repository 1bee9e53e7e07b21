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
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from ava_desktop.core.notice import Notice

from .body import encode_json
from .chunks import OpenAIChunkParser, StreamParser
from .errors import (
    ContextLengthError,
    ProtocolError,
    ProviderError,
    ProviderTimeoutError,
    describe_body,
    error_from_response,
    error_from_stream_payload,
    redact,
    shorten,
    summarize_html,
)
from .events import Event, TextDelta
from .sse import SSEDecoder
from .transport import (
    DEFAULT_STREAM_TIMEOUT,
    DEFAULT_TIMEOUT,
    ERROR_BODY_LIMIT,
    TRANSPORT_KEYS,
    Transport,
    _looks_like_sse,
    _read_limited,
    host_of,
    map_client_error,
    sent_key,
)

if TYPE_CHECKING:  # imported where used: not before the first paint
    import aiohttp

Messages = list[dict[str, Any]]


def _transport_signature(session: aiohttp.ClientSession | None = None,
                         proxy: str | None = None,
                         timeout: float | None = DEFAULT_TIMEOUT,
                         stream_timeout: float | None = DEFAULT_STREAM_TIMEOUT) -> None:
    """Only its signature is used: the transport part of ``params``."""


@dataclass(frozen=True, slots=True)
class ChatRequest:
    """What a provider wants sent: built by ``build_request``, sent by the base.

    ``secrets`` (the API key) are cut out of any error text before it leaves the provider,
    whatever the server echoed back.
    """

    url: str
    json: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)
    method: str = "POST"
    secrets: tuple[str, ...] = ()


class classproperty:
    """A read-only property on the class (``classmethod`` + ``property`` is gone in 3.13)."""

    def __init__(self, fget: Any) -> None:
        self.fget = fget
        self.__doc__ = fget.__doc__

    def __get__(self, obj: Any, owner: type) -> Any:
        return self.fget(owner)


class AsyncGeneratorProvider:
    """Base of all providers, shaped like gpt4free's ``AsyncGeneratorProvider``.

    Subclasses implement ``build_request``; everything else is shared. The app consumes
    ``stream_events`` (text, reasoning, usage, finish reason); ``create_async_generator``
    yields only answer text, as g4f callers expect.
    """

    url: ClassVar[str] = ""
    working: ClassVar[bool] = False
    supports_stream: ClassVar[bool] = True
    #: Whether ``tools`` (ToolSpec objects) are understood; others never get them.
    supports_tools: ClassVar[bool] = False
    #: False when the provider surely cannot take images (they are then refused before
    #: sending, with a clear message); True: try, and map the server's refusal.
    supports_images: ClassVar[bool] = True
    supports_message_history: ClassVar[bool] = True
    supports_system_message: ClassVar[bool] = True
    supports_gpt_35_turbo: ClassVar[bool] = False
    supports_gpt_4: ClassVar[bool] = False
    needs_auth: ClassVar[bool] = False
    default_model: ClassVar[str] = ""
    models: ClassVar[list[str]] = []
    #: Parses the SSE events of this provider into typed events.
    parser_class: ClassVar[type[StreamParser]] = OpenAIChunkParser

    # ------------------------------------------------------------------ to override
    @classmethod
    def build_request(cls, model: str, messages: Messages, **kwargs: Any) -> ChatRequest:
        """The HTTP request for one chat turn (transport keys are already removed)."""
        raise NotImplementedError

    @classmethod
    def error_for_response(cls, status: int, reason: str, headers: Mapping[str, str],
                           body: bytes, content_type: str, *, host: str,
                           sent_key: bool) -> ProviderError:
        """The error for a non-2xx answer; providers with their own error shapes override."""
        return error_from_response(status, reason, headers, body, content_type, host=host,
                                   provider=cls.__name__, sent_key=sent_key)

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
        name = cls.__name__
        try:
            request = cls.build_request(model, messages, **kwargs)
        except ProviderError:
            raise
        except (TypeError, ValueError) as exc:  # a part the wire format cannot carry
            raise ProviderError(f"Could not build the request for {name}: {exc}",
                                provider=name) from None
        inner = cls._stream(request, tr, name)
        try:
            async for event in inner:
                yield event
        except ProviderError as exc:
            raise redact(exc, request.secrets) from None
        finally:
            await inner.aclose()  # closing this generator closes the response at once

    @classmethod
    async def _stream(cls, request: ChatRequest, tr: Transport,
                      name: str) -> AsyncIterator[Event]:
        import aiohttp
        host = host_of(request.url)
        if tr.proxy and not tr.proxy.lower().startswith(("http://", "https://")):
            raise ProviderError(f"Unsupported proxy {tr.proxy!r}: only http:// and https:// "
                                "proxies are supported", provider=name, host=host)
        try:
            body = await encode_json(request.json)  # a slice at a time: 4 MB at 1M tokens
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
                kind = "timeout_connecting" if connecting else "timeout_answer"
                raise ProviderTimeoutError(Notice(kind, {"seconds": tr.timeout or 0,
                                                         "host": host}),
                                           provider=name, host=host) from None
            except (aiohttp.ClientError, OSError, ValueError) as exc:
                raise map_client_error(exc, host=host, provider=name, proxy=tr.proxy) from exc

            if not 200 <= resp.status < 300:
                err_body = await _read_limited(resp, ERROR_BODY_LIMIT, tr.stream_timeout)
                raise cls.error_for_response(
                    resp.status, resp.reason or "", resp.headers, err_body,
                    resp.headers.get("Content-Type", ""), host=host,
                    sent_key=sent_key(headers))

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
                        # a bound on silence, not on the answer: reset for every chunk
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
                    Notice("silent_stream", {"host": host, "seconds": stream_timeout or 0}),
                    provider=name, host=host) from None
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
            close = getattr(parser, "close", None)  # text held back (OpenAI: think tags)
            if close is not None:
                for event in close():
                    yield event
            parser.end(received)  # may raise: cut off, or an ending the person must see
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
        import aiohttp
        head = bytearray()
        try:
            async with asyncio.timeout(timeout):
                while len(head.lstrip()) < 8:
                    chunk = await resp.content.readany()
                    if not chunk:
                        break
                    head += chunk
        except TimeoutError:
            raise ProviderTimeoutError(Notice("silent", {"host": host, "seconds": timeout or 0}),
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


__all__ = ["TRANSPORT_KEYS", "AsyncGeneratorProvider", "ChatRequest", "Messages", "Transport",
           "host_of", "map_client_error"]
