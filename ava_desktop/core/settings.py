"""Typed settings in a human-readable JSON file.

Why JSON: the stdlib reads and writes it (tomllib cannot write), and people can still edit it.
The file is written atomically, keys this version does not know are carried through unchanged
(so an older build never erases a newer build's settings), and a bad value costs only that
value: it falls back to its default with a warning the GUI shows. API keys are never part of
these settings — an endpoint only records *whether* it has one (see ``core.secrets``).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import math
import os
import re
import tempfile
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
THEMES = ("system", "light", "dark")
CUSTOM_PRESET = "Custom"
DEFAULT_PROVIDER = "OpenAICompatible"
ENV_ENDPOINT_ID = "env:OPENAI_BASE_URL"
FONT_SIZE_RANGE = (5, 72)
TEMPERATURE_RANGE = (0.0, 2.0)
BASE_URL_SCHEMES = ("http", "https")
PROXY_SCHEMES = ("http", "https", "socks4", "socks4a", "socks5", "socks5h")
# Headers that carry credentials: stored in plain text they would defeat the keychain.
SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "api-key", "x-api-key", "cookie", "x-auth-token"}
)
_TOKEN_RE = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")


# ---------------------------------------------------------------------------- validators


def validate_base_url(url: str) -> str:
    """Return the normalized base URL (no trailing slash) or raise ValueError in words."""
    return _validate_url(url, BASE_URL_SCHEMES, "Base URL", allow_userinfo=False)


def validate_proxy_url(url: str | None) -> str | None:
    """Return the proxy URL, None for an empty one, or raise ValueError in words."""
    if url is None or not url.strip():
        return None
    return _validate_url(url, PROXY_SCHEMES, "Proxy URL", allow_userinfo=True)


def _validate_url(url: str, schemes: tuple[str, ...], what: str, *, allow_userinfo: bool) -> str:
    if not isinstance(url, str):
        raise ValueError(f"{what} must be text.")
    url = url.strip()
    if not url:
        raise ValueError(f"{what} is empty.")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise ValueError(f"{what} must not contain spaces or control characters.")
    parts = urlsplit(url)
    if parts.scheme.lower() not in schemes:
        raise ValueError(f"{what} must start with {' or '.join(s + '://' for s in schemes)}.")
    if not parts.hostname:
        raise ValueError(f"{what} has no host name.")
    try:
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise ValueError(f"{what} has an invalid port.") from None
    if not allow_userinfo and "@" in parts.netloc:
        raise ValueError(f"{what} must not contain a user name or password; use the API key.")
    return url if parts.query or parts.fragment else url.rstrip("/")


def validate_header(name: str, value: str) -> tuple[str, str]:
    """Check one extra HTTP header; raise ValueError in words (CR/LF would split requests)."""
    if not isinstance(name, str) or not isinstance(value, str):
        raise ValueError("Header names and values must be text.")
    name = name.strip()
    if not _TOKEN_RE.match(name):
        raise ValueError(f"Header name {name!r} is not a valid HTTP header name.")
    if any(ch in value for ch in "\r\n\0"):
        raise ValueError(f"Header {name}: value must not contain line breaks.")
    if name.lower() in SECRET_HEADERS:
        raise ValueError(
            f"Header {name} carries a secret and would be saved in plain text; "
            "put the key in the API key field instead."
        )
    return name, value.strip()


# ---------------------------------------------------------------------------- data


def _new_id() -> str:
    return str(uuid.uuid4())


@dataclass
class Endpoint:
    """One server the user configured. ``has_key``: a key is in the keychain.

    ``provider`` names the provider class that speaks to it ("OpenAICompatible",
    "Anthropic", "Gemini"); empty means "the preset's" (files written before it existed
    have none), see ``provider_name``.
    """

    name: str
    base_url: str
    preset: str = CUSTOM_PRESET
    id: str = field(default_factory=_new_id)
    enabled: bool = True
    extra_headers: dict[str, str] = field(default_factory=dict)
    has_key: bool = False
    transient: bool = False  # from the environment: offered, never saved
    provider: str = ""
    extra: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def provider_name(self) -> str:
        """The provider class's registry name: this endpoint's own, else its preset's."""
        if self.provider:
            return self.provider
        preset = next((p for p in known_presets() if p.name == self.preset), None)
        return str(getattr(preset, "provider", "") or DEFAULT_PROVIDER)

    def problems(self) -> list[str]:
        """What is wrong with this endpoint, in words (empty when it can be used)."""
        found = []
        if not self.name.strip():
            found.append("The name is empty.")
        try:
            validate_base_url(self.base_url)
        except ValueError as exc:
            found.append(str(exc))
        for name, value in self.extra_headers.items():
            try:
                validate_header(name, value)
            except ValueError as exc:
                found.append(str(exc))
        from ava_desktop.core.providers.registry import get_provider  # lazy: keeps this light

        try:
            get_provider(self.provider_name())
        except LookupError as exc:
            found.append(str(exc))
        return found

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "preset": self.preset,
            "base_url": self.base_url,
            "enabled": self.enabled,
            "extra_headers": dict(self.extra_headers),
            "has_key": self.has_key,
            **({"provider": self.provider} if self.provider else {}),
            **self.extra,
        }


@dataclass
class PromptPreset:
    """A named system prompt."""

    name: str
    text: str
    builtin: bool = False
    extra: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "text": self.text, **self.extra}


BUILTIN_PROMPT_PRESETS: tuple[PromptPreset, ...] = (
    PromptPreset("Default", "", builtin=True),
    PromptPreset(
        "Concise", "Answer briefly and directly. Use Markdown only where it helps.", builtin=True
    ),
    PromptPreset(
        "Programmer",
        "You are an expert programmer. Give working code in fenced code blocks with the "
        "language named, and explain only what is not obvious.",
        builtin=True,
    ),
    PromptPreset(
        "Translator",
        "Translate the user's text into English (or into the language they ask for). "
        "Reply with the translation only.",
        builtin=True,
    ),
)


@dataclass
class Settings:
    """Everything the user can set. ``extra`` holds keys this version does not know."""

    endpoints: list[Endpoint] = field(default_factory=list)
    default_endpoint_id: str | None = None  # last used, for new tabs
    default_model: str | None = None
    proxy_url: str | None = None
    theme: str = "system"
    font_size: int | None = None  # points; None = the platform's default
    window_geometry: str | None = None  # base64 of QWidget.saveGeometry()
    splitter_states: dict[str, str] = field(default_factory=dict)  # name -> base64 saveState()
    system_prompt: str = ""
    temperature: float | None = None  # None = the provider's default
    max_tokens: int | None = None
    prompt_presets: list[PromptPreset] = field(default_factory=list)  # the user's own
    show_offline_providers: bool = False
    local_discovery: bool = True
    local_model_files: list[str] = field(default_factory=list)  # GGUF files the user added
    # per GGUF path: n_ctx, n_threads, n_gpu_layers (missing = the defaults)
    local_model_options: dict[str, dict[str, int]] = field(default_factory=dict)
    # context meter: a model's context window in tokens, by "target_key/model", where
    # neither the server nor the table of common models knows it (or knows it wrong)
    model_context_windows: dict[str, int] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def endpoint(self, endpoint_id: str | None) -> Endpoint | None:
        return next((e for e in self.endpoints if e.id == endpoint_id), None)

    def all_prompt_presets(self) -> list[PromptPreset]:
        return [*BUILTIN_PROMPT_PRESETS, *self.prompt_presets]

    def remember_last_used(self, endpoint_id: str, model: str) -> None:
        self.default_endpoint_id, self.default_model = endpoint_id, model

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": SCHEMA_VERSION,
            "endpoints": [e.to_dict() for e in self.endpoints if not e.transient],
            "default_endpoint_id": self.default_endpoint_id,
            "default_model": self.default_model,
            "proxy_url": self.proxy_url,
            "theme": self.theme,
            "font_size": self.font_size,
            "window_geometry": self.window_geometry,
            "splitter_states": dict(self.splitter_states),
            "system_prompt": self.system_prompt,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "prompt_presets": [p.to_dict() for p in self.prompt_presets if not p.builtin],
            "show_offline_providers": self.show_offline_providers,
            "local_discovery": self.local_discovery,
            "local_model_files": list(self.local_model_files),
            "local_model_options": {k: dict(v) for k, v in self.local_model_options.items()},
            "model_context_windows": dict(self.model_context_windows),
            **self.extra,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], warnings: list[str] | None = None) -> Settings:
        """Build settings from parsed JSON; each bad value -> its default plus a warning."""
        warns = [] if warnings is None else warnings
        r = _Reader(data, "", warns)
        r.skip("version")
        s = cls(
            endpoints=_read_endpoints(r.get("endpoints", list, []), warns),
            default_endpoint_id=r.get("default_endpoint_id", str, None, optional=True),
            default_model=r.get("default_model", str, None, optional=True),
            proxy_url=r.get("proxy_url", str, None, optional=True, check=validate_proxy_url),
            theme=r.get("theme", str, "system", check=_one_of(THEMES)),
            font_size=r.get(
                "font_size", int, None, optional=True, check=_in_range(*FONT_SIZE_RANGE)
            ),
            window_geometry=r.get("window_geometry", str, None, optional=True, check=_b64),
            splitter_states=_read_str_map(
                r.get("splitter_states", dict, {}), "splitter_states", _b64, warns
            ),
            system_prompt=r.get("system_prompt", str, ""),
            temperature=r.get(
                "temperature", float, None, optional=True, check=_in_range(*TEMPERATURE_RANGE)
            ),
            max_tokens=r.get("max_tokens", int, None, optional=True, check=_in_range(1, 10**9)),
            prompt_presets=_read_prompt_presets(r.get("prompt_presets", list, []), warns),
            show_offline_providers=r.get("show_offline_providers", bool, False),
            local_discovery=r.get("local_discovery", bool, True),
            local_model_files=[
                f for f in r.get("local_model_files", list, []) if isinstance(f, str) and f
            ],
            local_model_options=_read_local_options(r.get("local_model_options", dict, {}),
                                                    warns),
            model_context_windows=_read_context_windows(
                r.get("model_context_windows", dict, {}), warns),
        )
        s.extra = r.unknown()
        return s


# ---------------------------------------------------------------------------- reading


_KIND_NAMES = {
    str: "text",
    bool: "true/false",
    int: "a whole number",
    float: "a number",
    list: "a list",
    dict: "an object",
}


def _coerce(value: Any, kind: type) -> Any:
    """Strict JSON-type check with the two lossless numeric coercions; TypeError otherwise."""
    if kind is bool or kind is str or kind is list or kind is dict:
        if isinstance(value, kind):
            return value
    elif kind is int and not isinstance(value, bool):
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
    elif (
        kind is float
        and isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
    ):
        return float(value)
    raise TypeError(kind)


class _Reader:
    """Takes known keys out of one JSON object, collecting warnings; the rest is 'unknown'."""

    def __init__(self, data: Mapping[str, Any], where: str, warnings: list[str]) -> None:
        self._data, self._where, self._warnings = data, where, warnings
        self._taken: set[str] = set()

    def skip(self, key: str) -> None:
        self._taken.add(key)

    def warn(self, key: str, problem: str, default: Any) -> None:
        self._warnings.append(f"Setting {self._where}{key}: {problem}; using {default!r}.")

    def get(
        self,
        key: str,
        kind: type,
        default: Any,
        *,
        optional: bool = False,
        check: Callable[[Any], Any] | None = None,
    ) -> Any:
        self._taken.add(key)
        if key not in self._data:
            return default
        value = self._data[key]
        if value is None and optional:
            return None
        try:
            value = _coerce(value, kind)
        except TypeError:
            self.warn(key, f"expected {_KIND_NAMES[kind]}, found {json.dumps(value)[:40]}", default)
            return default
        if check is not None:
            try:
                value = check(value)
            except ValueError as exc:
                self.warn(key, str(exc).rstrip("."), default)
                return default
        return value

    def unknown(self) -> dict[str, Any]:
        return {k: v for k, v in self._data.items() if k not in self._taken}


def _one_of(choices: tuple[str, ...]) -> Callable[[str], str]:
    def check(value: str) -> str:
        if value not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}")
        return value

    return check


def _in_range(lo: float, hi: float) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if not lo <= value <= hi:
            raise ValueError(f"must be between {lo} and {hi}")
        return value

    return check


def _b64(value: str) -> str:
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("is not base64") from None
    return value


def _read_str_map(
    data: dict[str, Any], where: str, check: Callable[[str], str], warnings: list[str]
) -> dict[str, str]:
    out = {}
    for key, value in data.items():
        try:
            out[key] = check(_coerce(value, str))
        except (TypeError, ValueError):
            warnings.append(f"Setting {where}.{key}: invalid value; dropped.")
    return out


def _read_endpoints(items: list[Any], warnings: list[str]) -> list[Endpoint]:
    endpoints: list[Endpoint] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        where = f"endpoints[{i}]."
        if not isinstance(item, dict):
            warnings.append(f"Setting endpoints[{i}]: not an object; dropped.")
            continue
        r = _Reader(item, where, warnings)
        base_url = item.get("base_url")
        if not isinstance(base_url, str):
            warnings.append(f"Setting {where}base_url: missing or not text; endpoint dropped.")
            continue
        r.skip("base_url")
        enabled = r.get("enabled", bool, True)
        try:
            base_url = validate_base_url(base_url)
        except ValueError as exc:
            # Keep it (the user can fix it in the dialog) but never use it as is.
            warnings.append(f"Setting {where}base_url: {exc} The endpoint was disabled.")
            enabled = False
        ep_id = r.get("id", str, "") or _new_id()
        if ep_id in seen:
            warnings.append(f"Setting {where}id: duplicate id; a new one was given.")
            ep_id = _new_id()
        seen.add(ep_id)
        ep = Endpoint(
            id=ep_id,
            name=r.get("name", str, "") or urlsplit(base_url).hostname or "Endpoint",
            preset=r.get("preset", str, CUSTOM_PRESET) or CUSTOM_PRESET,
            base_url=base_url,
            enabled=enabled,
            extra_headers=_read_headers(r.get("extra_headers", dict, {}), where, warnings),
            has_key=r.get("has_key", bool, False),
            provider=r.get("provider", str, "").strip(),
        )
        ep.extra = r.unknown()
        endpoints.append(ep)
    return endpoints


def _read_headers(data: dict[str, Any], where: str, warnings: list[str]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in data.items():
        try:
            if not isinstance(value, str):
                raise ValueError("value must be text")
            key, val = validate_header(name, value)
        except ValueError as exc:
            warnings.append(f"Setting {where}extra_headers: {str(exc).rstrip('.')}; dropped.")
            continue
        headers[key] = val
    return headers


LOCAL_OPTION_RANGES = {"n_ctx": (128, 1 << 20), "n_threads": (1, 1024), "n_gpu_layers": (0, 10_000)}


def _read_local_options(data: dict[str, Any], warnings: list[str]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for path, options in data.items():
        if not isinstance(options, dict):
            warnings.append(f"Setting local_model_options[{path!r}]: not an object; ignored.")
            continue
        kept: dict[str, int] = {}
        for name, value in options.items():
            lo, hi = LOCAL_OPTION_RANGES.get(name, (None, None))
            if lo is None or isinstance(value, bool) or not isinstance(value, int) \
                    or not lo <= value <= hi:
                warnings.append(f"Setting local_model_options[{path!r}].{name}: ignored.")
                continue
            kept[name] = value
        out[str(path)] = kept
    return out


# ---- context meter: per-model context windows the user set
CONTEXT_WINDOW_RANGE = (256, 1 << 30)


def _read_context_windows(data: dict[str, Any], warnings: list[str]) -> dict[str, int]:
    """``{"target_key/model": tokens}``; a value that is not a whole number of tokens in
    CONTEXT_WINDOW_RANGE, or a key without a model, is dropped with a warning."""
    out: dict[str, int] = {}
    lo, hi = CONTEXT_WINDOW_RANGE
    for key, value in data.items():
        key = str(key).strip()
        if "/" not in key.strip("/") or isinstance(value, bool) or not isinstance(value, int) \
                or not lo <= value <= hi:
            warnings.append(f"Setting model_context_windows[{key[:80]!r}]: expected "
                            f"\"target/model\": {lo}..{hi} tokens; ignored.")
            continue
        out[key] = value
    return out


def _read_prompt_presets(items: list[Any], warnings: list[str]) -> list[PromptPreset]:
    presets = []
    for i, item in enumerate(items):
        if not (
            isinstance(item, dict)
            and isinstance(item.get("name"), str)
            and item["name"].strip()
            and isinstance(item.get("text"), str)
        ):
            warnings.append(f"Setting prompt_presets[{i}]: needs a name and a text; dropped.")
            continue
        r = _Reader(item, f"prompt_presets[{i}].", warnings)
        r.skip("name")
        r.skip("text")
        r.skip("builtin")
        presets.append(PromptPreset(item["name"].strip(), item["text"], extra=r.unknown()))
    return presets


# ---------------------------------------------------------------------------- the file


class SettingsStore:
    """Loads and saves one settings file. ``load`` never raises for bad content."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def load(self) -> tuple[Settings, list[str]]:
        """Return (settings, warnings). Warnings are sentences meant for the user."""
        warnings: list[str] = []
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Settings(), warnings
        except OSError as exc:
            warnings.append(
                f"The settings file {self.path} could not be read ({exc.strerror or exc}); "
                "default settings are used for now."
            )
            return Settings(), warnings
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError(f"expected a JSON object, found {type(data).__name__}")
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            backup = self._backup()
            where = f"it was kept as {backup}" if backup else "it could not be backed up"
            warnings.append(
                f"The settings file {self.path} is damaged ({_short(exc)}); {where} "
                "and default settings are used."
            )
            return Settings(), warnings
        return Settings.from_dict(data, warnings), warnings

    def save(self, settings: Settings) -> None:
        """Write atomically: a crash leaves either the old file or the new one, never half."""
        text = json.dumps(settings.to_dict(), indent=2, ensure_ascii=False) + "\n"
        atomic_write(self.path, text.encode("utf-8"))

    def _backup(self) -> Path | None:
        return backup_damaged(self.path)


def backup_damaged(path: Path) -> Path | None:
    """Move a damaged file aside as ``NAME.corrupt-STAMP`` (so nothing is lost); its new
    path, or None if it could not be moved."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(100):
        suffix = f".corrupt-{stamp}" + (f"-{n}" if n else "")
        backup = path.with_name(path.name + suffix)
        if backup.exists():
            continue
        try:
            os.replace(path, backup)
        except OSError:
            log.exception("could not back up the damaged file %s", path)
            return None
        return backup
    return None


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:120]


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Temp file in the same folder + fsync + os.replace (+ fsync of the folder on POSIX)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if os.name == "posix":
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


# ---------------------------------------------------------------------------- environment


def env_endpoint(environ: Mapping[str, str] | None = None) -> Endpoint | None:
    """The endpoint people set for other tools via ``OPENAI_BASE_URL``; never saved.

    Its key (:func:`env_api_key`) belongs in memory only, e.g.
    ``keys.set(ep.id, key, session_only=True)``.
    """
    env = os.environ if environ is None else environ
    url = env.get("OPENAI_BASE_URL", "").strip()
    if not url:
        return None
    try:
        url = validate_base_url(url)
    except ValueError as exc:
        log.warning("ignoring OPENAI_BASE_URL: %s", exc)
        return None
    return Endpoint(
        id=ENV_ENDPOINT_ID,
        name="OPENAI_BASE_URL",
        preset=_preset_for_url(url),
        base_url=url,
        has_key=bool(env_api_key(env)),
        transient=True,
    )


def env_api_key(environ: Mapping[str, str] | None = None) -> str | None:
    env = os.environ if environ is None else environ
    return env.get("OPENAI_API_KEY", "").strip() or None


def known_presets() -> list[Any]:
    """The provider layer's presets (``Preset(name, base_url, needs_key, local, provider,
    options)``)."""
    from ava_desktop.core.providers.presets import PRESETS  # lazy: keeps this module light

    return list(PRESETS)


def _preset_for_url(url: str) -> str:
    want = url.rstrip("/").lower()
    for preset in known_presets():
        if str(getattr(preset, "base_url", "")).rstrip("/").lower() == want:
            return str(preset.name)
    return CUSTOM_PRESET


# ---------------------------------------------------------------------------- per conversation


PARAM_KEYS = ("system_prompt", "temperature", "max_tokens")


def effective_params(
    settings: Settings, conversation_params: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """System prompt, temperature, max_tokens for one conversation: its own, else the defaults.

    A missing or None value means "use the default"; a None in the result means "let the
    provider decide" (don't send it).
    """
    conv = conversation_params or {}
    out: dict[str, Any] = {}
    for key in PARAM_KEYS:
        value = conv.get(key)
        out[key] = getattr(settings, key) if value is None else value
    return out
