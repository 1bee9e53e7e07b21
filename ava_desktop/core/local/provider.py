"""The "Local" provider: chats with GGUF files through one warm llama.cpp server.

The server is started on first use, keeps its model loaded, and restarts only to switch
models or their options. Generation goes through ``OpenAICompatible``, so streaming, errors
and cancellation (closing the request stops the server's generation) are the shared ones.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Mapping
from pathlib import Path
from typing import Any

from ava_desktop.core.notice import Notice
from ava_desktop.core.providers import (
    ContextLengthError,
    Event,
    Messages,
    OpenAICompatible,
    ProviderConnectionError,
    ProviderError,
    register,
)

from .command import default_threads
from .models import LocalModel
from .server import LocalServer
from .server_log import LocalServerError
from .tokenize import TokenizerClient
from .vision import find_projector

DEFAULT_N_CTX = 4096  # SmolLM2 knows 8k; 4k keeps the KV cache near 100 MB


class LocalModelHost:
    """Owns the single local server of the app; ``ensure`` makes it serve a given file."""

    def __init__(self, server: LocalServer | None = None) -> None:
        self.server = server or LocalServer()
        self._lock = asyncio.Lock()
        self._loaded: tuple[Any, ...] | None = None

    async def ensure(self, path: str | Path, options: Mapping[str, int] | None = None,
                     on_progress: Callable[[str, float], None] | None = None) -> LocalServer:
        """Serve ``path`` (starting or switching the server if needed) and return the server."""
        opts = dict(options or {})
        n_ctx = int(opts.get("n_ctx", DEFAULT_N_CTX))
        n_threads = int(opts.get("n_threads", default_threads()))
        n_gpu_layers = int(opts.get("n_gpu_layers", 0))
        wanted = (Path(path).resolve(), n_ctx, n_threads, n_gpu_layers)
        async with self._lock:
            if self.server.running and self._loaded == wanted:
                return self.server
            if self.server.running:
                await self.server.stop()
            self._loaded = None
            await self.server.start(wanted[0], n_ctx=n_ctx, n_threads=n_threads,
                                    n_gpu_layers=n_gpu_layers, on_progress=on_progress)
            self._loaded = wanted
            return self.server

    def tokenizer_for(self, path: str | Path, timeout: float = 3.0) -> TokenizerClient | None:
        """A token counter for ``path`` if the server is serving it now (never starts one:
        counting must not load a model)."""
        if not self.server.running or self._loaded is None:
            return None
        if self._loaded[0] != Path(path).resolve():
            return None
        return self.server.tokenizer(timeout)

    async def stop(self) -> None:
        async with self._lock:
            self._loaded = None
            await self.server.stop()


class LocalModels(OpenAICompatible):
    """GGUF models on this computer. Options: ``host`` (a LocalModelHost), ``model_paths``
    (model name -> file), ``model_options`` (file -> n_ctx/n_threads/n_gpu_layers) and
    ``on_progress`` (loading progress, called on the loop)."""

    url = "http://127.0.0.1"
    working = True
    needs_auth = False
    supports_gpt_35_turbo = False
    default_model = "SmolLM2-135M-Instruct.Q4_1"
    supports_tools = False  # the bundled server runs without a tool-call chat template
    supports_images = False  # unless the model has a projector: model_accepts_images
    models: list[str] = []  # noqa: RUF012 - the class attribute g4f has

    @classmethod
    async def stream_events(cls, model: str, messages: Messages,  # type: ignore[override]
                            **kwargs: Any) -> AsyncIterator[Event]:
        host: LocalModelHost | None = kwargs.pop("host", None)
        paths: Mapping[str, str] = kwargs.pop("model_paths", {}) or {}
        all_options: Mapping[str, Mapping[str, int]] = kwargs.pop("model_options", {}) or {}
        on_progress = kwargs.pop("on_progress", None)
        for remote_only in ("base_url", "api_key"):
            kwargs.pop(remote_only, None)
        if host is None:
            raise ProviderError(Notice("local_unavailable"), provider=cls.__name__,
                                host="local")
        path = paths.get(model)
        if path is None:
            said = (Notice("local_no_model", {"model": model, "names": ", ".join(sorted(paths))})
                    if paths else Notice("local_no_models", {"model": model}))
            raise ProviderError(said, provider=cls.__name__, host="local")
        options = all_options.get(str(path))
        server = await cls._serve(host, path, options, on_progress)
        inner = super().stream_events(server.model_id or model, messages,
                                      base_url=server.base_url, api_key=server.api_key,
                                      **dict(kwargs))
        started = False
        try:
            try:
                async for event in inner:
                    started = True
                    yield event
            except ProviderConnectionError:
                if started:
                    raise
                # The server died before it answered (its exit not noticed yet): start it
                # again once, so Retry after a crash always gets a fresh server.
                await inner.aclose()
                await host.stop()
                server = await cls._serve(host, path, options, on_progress)
                inner = super().stream_events(server.model_id or model, messages,
                                              base_url=server.base_url,
                                              api_key=server.api_key, **dict(kwargs))
                async for event in inner:
                    yield event
        except ContextLengthError as exc:
            n_ctx = (all_options.get(str(path)) or {}).get("n_ctx", DEFAULT_N_CTX)
            raise ContextLengthError(
                Notice("local_too_long", {"tokens": int(n_ctx)}),
                provider=cls.__name__, host="local", context_window=int(n_ctx)) from exc
        finally:
            await inner.aclose()  # close the request now, which stops the server's generation


    @classmethod
    def model_accepts_images(cls, model: str, endpoint: Mapping[str, Any]) -> bool:
        """True if ``model`` has a vision projector beside it (``mmproj-*.gguf``), which the
        server then loads with it (vision.py)."""
        path = (endpoint.get("model_paths") or {}).get(model)
        return path is not None and find_projector(path) is not None

    @classmethod
    async def _serve(cls, host: LocalModelHost, path: str, options: Any,
                     on_progress: Any) -> LocalServer:
        try:
            return await host.ensure(path, options, on_progress)
        except LocalServerError as exc:
            raise ProviderError(exc.notice or str(exc), provider=cls.__name__,
                                host="local") from None


register(LocalModels)


def model_paths(models: list[LocalModel]) -> dict[str, str]:
    """Name -> path for the selector; a name seen twice gets its folder appended."""
    out: dict[str, str] = {}
    for model in models:
        name = model.name
        if name in out and out[name] != str(model.path):
            name = f"{model.name} ({model.path.parent.name})"
        out[name] = str(model.path)
    return out
