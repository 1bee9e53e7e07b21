"""Chat targets: what a tab can talk to (a provider class plus its connection options).

The model selector lists targets grouped by provider; a tab stores the target key and a
model name. Keys are stable strings so a saved conversation finds its endpoint again.

This is where an endpoint's API key joins its requests, so this is where the rule "a key
only goes to the server it was entered for" is kept: :func:`build_targets` takes keys with
their origin (:class:`~ava_desktop.core.secrets.StoredKey`) and drops a key whose origin is
not the endpoint's, reporting a :class:`KeyMismatch` the UI tells the user about.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

from ava_desktop.core.discovery import DiscoveredServer
from ava_desktop.core.local import LocalModel
from ava_desktop.core.local.provider import LocalModelHost, LocalModels, model_paths
from ava_desktop.core.notice import Notice
from ava_desktop.core.providers import (
    AsyncGeneratorProvider,
    CodeLinkAva,
    ModelInfo,
    OpenAICompatible,
    get_provider,
    preset_named,
)
from ava_desktop.core.secrets import StoredKey, host_label, key_origin
from ava_desktop.core.settings import Endpoint, Settings

#: Target options a provider's model list takes besides base_url and api_key.
LIST_OPTIONS = ("extra_headers", "auth_header", "api_version")


@dataclass(frozen=True)
class Target:
    """One place to send chats. ``options`` go to the provider (base_url, api_key, ...)."""

    key: str
    name: str
    provider: type[AsyncGeneratorProvider]
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    models: tuple[str, ...] = ()
    default_model: str | None = None

    @property
    def working(self) -> bool:
        return bool(self.provider.working)

    @property
    def lists_models(self) -> bool:
        """Whether models come from a server's ``/models`` (else ``models`` is all)."""
        return hasattr(self.provider, "list_model_info") and "base_url" in self.options

    @property
    def address(self) -> str:
        """Where requests go: the endpoint's base URL, else the provider's own endpoint."""
        return str(self.options.get("base_url") or getattr(self.provider, "api_endpoint", "")
                   or self.provider.url)

    @property
    def on_this_computer(self) -> bool:
        """A loopback server: reached directly, never through a proxy (HTTPS_PROXY or the
        proxy setting would send "127.0.0.1" to the proxy's own machine)."""
        if self.key == LOCAL_KEY:
            return True
        host = (urlsplit(self.address).hostname or "").lower()
        return host in ("localhost", "::1") or host.startswith("127.")

    def proxy(self, setting: str | None) -> str | None:
        """The proxy for this target: none on this computer, else the setting, else the
        environment's (HTTP(S)_PROXY, minus NO_PROXY) as other tools read it."""
        if self.on_this_computer:
            return None
        if setting:
            return setting
        import urllib.request  # http.client and email with it: ~9 ms, not at start-up

        parts = urlsplit(self.address)
        if not parts.hostname or urllib.request.proxy_bypass(parts.hostname):
            return None
        return urllib.request.getproxies().get(parts.scheme) or None

    def label(self) -> str:
        return self.name if self.working else f"{self.name} (offline)"

    async def fetch_models(self, session: Any = None, proxy: str | None = None) -> list[str]:
        return [m.id for m in await self.fetch_model_info(session, proxy)]

    async def fetch_model_info(self, session: Any = None,
                               proxy: str | None = None) -> list[ModelInfo]:
        """The models with their context window / output limit where the server says."""
        if not self.lists_models:
            return [ModelInfo(m) for m in self.models]
        extra = {k: self.options[k] for k in LIST_OPTIONS if self.options.get(k)}
        return await self.provider.list_model_info(  # type: ignore[attr-defined]
            base_url=self.options.get("base_url"),
            api_key=self.options.get("api_key"),
            session=session,
            proxy=proxy,
            **extra,
        )


def codelinkava_target() -> Target:
    """The original provider; its service is gone, so it is listed as offline."""
    models = tuple(CodeLinkAva.models) or (CodeLinkAva.default_model or "gpt-3.5-turbo",)
    return Target(
        key="codelinkava",
        name="CodeLinkAva",
        provider=CodeLinkAva,
        models=models,
        default_model=CodeLinkAva.default_model or models[0],
    )


def openai_target(
    key: str,
    name: str,
    base_url: str,
    api_key: str | None = None,
    default_model: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    provider: type[AsyncGeneratorProvider] = OpenAICompatible,
    preset_options: Mapping[str, Any] | None = None,
) -> Target:
    """A target for a server: ``provider`` (OpenAICompatible, Anthropic, Gemini) gets
    base_url, api_key, extra_headers and the preset's own options (Azure's auth_header)."""
    options: dict[str, Any] = dict(preset_options or {})
    options["base_url"] = base_url.rstrip("/")
    if api_key:
        options["api_key"] = api_key
    if extra_headers:
        options["extra_headers"] = dict(extra_headers)
    return Target(
        key=key,
        name=name,
        provider=provider,
        options=MappingProxyType(options),
        default_model=default_model,
        models=(default_model,) if default_model else (),
    )


@dataclass(frozen=True)
class KeyMismatch:
    """An endpoint's stored key belongs to another origin than its base URL's now."""

    endpoint_id: str
    endpoint_name: str
    key_host: str
    endpoint_host: str

    @property
    def notice(self) -> Notice:
        return Notice("key_mismatch", {"endpoint": self.endpoint_name,
                                       "key_host": host_label(self.key_host),
                                       "host": host_label(self.endpoint_host)})

    @property
    def message(self) -> str:
        return self.notice.english()


def endpoint_key(endpoint: Endpoint, stored: StoredKey | None
                 ) -> tuple[str | None, KeyMismatch | None]:
    """The key to send to ``endpoint``: the stored one only if it was entered for the
    endpoint's origin; otherwise None and, when a key was dropped, why."""
    if stored is None:
        return None, None
    if not isinstance(stored, StoredKey):
        raise TypeError("keys must be StoredKey objects, which know the host they are for")
    key = stored.for_url(endpoint.base_url)
    if key is not None:
        return key, None
    return None, KeyMismatch(endpoint.id, endpoint.name, stored.host or "an unrecorded host",
                             key_origin(endpoint.base_url))


def endpoint_target(endpoint: Endpoint, api_key: StoredKey | str | None,
                    default_model: str | None = None,
                    mismatches: list[KeyMismatch] | None = None) -> Target:
    """The endpoint's provider class (``Endpoint.provider_name``, from its preset for old
    settings files) with the preset's options.

    A :class:`StoredKey` is used only on its own origin (a dropped one is appended to
    ``mismatches``); a plain string is a key the caller has just been given for this URL.
    """
    if isinstance(api_key, StoredKey):
        api_key, mismatch = endpoint_key(endpoint, api_key)
        if mismatch is not None and mismatches is not None:
            mismatches.append(mismatch)
    preset = preset_named(endpoint.preset)
    return openai_target(endpoint.id, endpoint.name, endpoint.base_url, api_key=api_key,
                         default_model=default_model, extra_headers=endpoint.extra_headers,
                         provider=get_provider(endpoint.provider_name()),
                         preset_options=preset.options if preset else None)


async def list_endpoint_models(endpoint: Endpoint, api_key: StoredKey | str | None, *,
                               session: Any = None, timeout: float | None = None,
                               proxy: str | None = None,
                               extra_headers: Mapping[str, str] | None = None) -> list[str]:
    """Model ids of an endpoint being edited (Settings' *Test*), through its own provider
    class and preset options: an Anthropic endpoint is asked in Anthropic's format.

    A stored key for another origin raises ValueError (its message says so) before any
    request; a plain string is a key just typed for this URL."""
    if isinstance(api_key, StoredKey):
        api_key, mismatch = endpoint_key(endpoint, api_key)
        if mismatch is not None:
            raise ValueError(mismatch.message)
    preset = preset_named(endpoint.preset)
    extra = {k: v for k, v in (preset.options if preset else {}).items() if k in LIST_OPTIONS}
    if extra_headers:
        extra["extra_headers"] = dict(extra_headers)
    provider: Any = get_provider(endpoint.provider_name())
    return await provider.list_models(base_url=endpoint.base_url, api_key=api_key,
                                      session=session, proxy=proxy,
                                      **({"timeout": timeout} if timeout else {}), **extra)


def discovered_target(server: DiscoveredServer) -> Target:
    target = openai_target(f"local:{server.base_url}", f"{server.preset_name} (local)",
                           server.base_url,
                           default_model=server.models[0] if server.models else None)
    return replace(target, models=tuple(server.models))


LOCAL_KEY = "local-models"


def local_target(models: list[LocalModel], host: LocalModelHost,
                 settings: Settings) -> Target | None:
    """GGUF files on this computer, served by the app's own llama.cpp server."""
    if not models:
        return None
    paths = model_paths(models)
    names = tuple(paths)
    return Target(
        key=LOCAL_KEY, name="Local", provider=LocalModels,
        options=MappingProxyType({"host": host, "model_paths": paths,
                                  "model_options": settings.local_model_options}),
        models=names, default_model=names[0],
    )


def build_targets(
    settings: Settings,
    keys: Mapping[str, StoredKey | None],
    env: Endpoint | None = None,
    discovered: tuple[DiscoveredServer, ...] | list[DiscoveredServer] = (),
    keep: tuple[str, ...] = (),
    model: str | None = None,
    local: Target | None = None,
    mismatches: list[KeyMismatch] | None = None,
) -> list[Target]:
    """Everything a tab may talk to, in menu order: the environment's endpoint, the user's
    enabled endpoints, local servers found that are not configured already, the app's own
    local models, then offline providers (only when asked for, or when ``keep`` names them
    because a tab uses one: never just because nothing else is there, so nothing goes to a
    host the user did not pick). ``model`` (``--model``) is the environment endpoint's
    default. Keys go only to the origin they were entered for; each one dropped is
    appended to ``mismatches``."""
    targets: list[Target] = []
    for stored in keys.values():
        if stored is not None and not isinstance(stored, StoredKey):
            raise TypeError("keys must be StoredKey objects, which know the host they are for")
    if env is not None:
        target = endpoint_target(env, keys.get(env.id), default_model=model,
                                 mismatches=mismatches)
        host = urlsplit(env.base_url).netloc
        targets.append(replace(target, name=f"{env.name} ({host})" if host else target.name))
    for endpoint in settings.endpoints:
        if endpoint.enabled and not endpoint.problems():
            targets.append(endpoint_target(endpoint, keys.get(endpoint.id),
                                           mismatches=mismatches))
    configured = {t.options.get("base_url") for t in targets}
    for server in discovered:
        if server.base_url.rstrip("/") not in configured:
            targets.append(discovered_target(server))
    if local is not None:
        targets.append(local)
    offline = codelinkava_target()
    if settings.show_offline_providers or offline.key in keep:
        targets.append(offline)
    return targets
