"""Reading a parsed settings file: strict types, and a bad value costs only that value.

Each wrong value falls back to its default with a warning the GUI shows; keys this version
does not know are collected into ``extra`` at every level so they are written back.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

from ava_desktop.core.notice import Invalid, Notice, NoticeStr, problem_of

from .model import CUSTOM_PRESET, Endpoint, PromptPreset, Settings, _new_id
from .validation import (
    FONT_SIZE_RANGE,
    LOCAL_OPTION_RANGES,
    MAX_TOKENS_RANGE,
    MAX_TOOL_STEPS_RANGE,
    MODEL_TITLES,
    TEMPERATURE_RANGE,
    THEMES,
    validate_base_url,
    validate_header,
    validate_language,
    validate_proxy_url,
)


def read_settings(data: Mapping[str, Any], warnings: list[str]) -> Settings:
    """Settings from parsed JSON; each bad value -> its default plus a warning."""
    warns = warnings
    r = _Reader(data, "", warns)
    r.skip("version")
    s = Settings(
        endpoints=_read_endpoints(r.get("endpoints", list, []), warns),
        default_endpoint_id=r.get("default_endpoint_id", str, None, optional=True),
        default_model=r.get("default_model", str, None, optional=True),
        proxy_url=r.get("proxy_url", str, None, optional=True, check=validate_proxy_url),
        theme=r.get("theme", str, "system", check=_one_of(THEMES)),
        language=r.get("language", str, "system", check=validate_language),
        font_size=r.get(
            "font_size", int, None, optional=True, check=_in_range(*FONT_SIZE_RANGE)
        ),
        window_geometry=r.get("window_geometry", str, None, optional=True, check=_b64),
        splitter_states=_read_str_map(
            r.get("splitter_states", dict, {}), "splitter_states", _b64, warns
        ),
        sidebar_visible=r.get("sidebar_visible", bool, True),
        last_folders=_read_str_map(
            r.get("last_folders", dict, {}), "last_folders", _short_path, warns
        ),
        system_prompt=r.get("system_prompt", str, ""),
        temperature=r.get(
            "temperature", float, None, optional=True, check=_in_range(*TEMPERATURE_RANGE)
        ),
        max_tokens=r.get("max_tokens", int, None, optional=True,
                         check=_in_range(*MAX_TOKENS_RANGE)),
        max_tool_steps=r.get("max_tool_steps", int, 10,
                             check=_in_range(*MAX_TOOL_STEPS_RANGE)),
        model_titles=r.get("model_titles", str, "auto", check=_one_of(MODEL_TITLES)),
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


_KIND_NAMES = {  # kinds of notice.ENGLISH
    str: "kind_text",
    bool: "kind_bool",
    int: "kind_int",
    float: "kind_float",
    list: "kind_list",
    dict: "kind_object",
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


def _warn(warnings: list[str], kind: str, key: str, **params: Any) -> None:
    """One warning about the setting at JSON path ``key`` (English, typed for the UI)."""
    warnings.append(NoticeStr(Notice(kind, {"key": key, **params})))


class _Reader:
    """Takes known keys out of one JSON object, collecting warnings; the rest is 'unknown'."""

    def __init__(self, data: Mapping[str, Any], where: str, warnings: list[str]) -> None:
        self._data, self._where, self._warnings = data, where, warnings
        self._taken: set[str] = set()

    def skip(self, key: str) -> None:
        self._taken.add(key)

    def warn(self, key: str, problem: Notice | str, default: Any) -> None:
        self._warnings.append(NoticeStr(Notice("setting_default", {
            "key": self._where + key, "problem": problem, "default": repr(default)})))

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
            expected = Notice("setting_expected", {"kind": Notice(_KIND_NAMES[kind]),
                                                   "found": json.dumps(value)[:40]})
            self.warn(key, expected, default)
            return default
        if check is not None:
            try:
                value = check(value)
            except ValueError as exc:
                self.warn(key, problem_of(exc), default)
                return default
        return value

    def unknown(self) -> dict[str, Any]:
        return {k: v for k, v in self._data.items() if k not in self._taken}


def _one_of(choices: tuple[str, ...]) -> Callable[[str], str]:
    def check(value: str) -> str:
        if value not in choices:
            raise Invalid(Notice("must_be_one_of", {"names": ", ".join(choices)}))
        return value

    return check


def _in_range(lo: float, hi: float) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if not lo <= value <= hi:
            raise Invalid(Notice("must_be_between", {"low": lo, "high": hi}))
        return value

    return check


def _short_path(value: str) -> str:
    if not value or len(value) > 4096 or "\0" in value:
        raise Invalid(Notice("not_folder_path"))
    return value


def _b64(value: str) -> str:
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise Invalid(Notice("is_not_base64")) from None
    return value


def _read_str_map(
    data: dict[str, Any], where: str, check: Callable[[str], str], warnings: list[str]
) -> dict[str, str]:
    out = {}
    for key, value in data.items():
        try:
            out[key] = check(_coerce(value, str))
        except (TypeError, ValueError):
            _warn(warnings, "setting_invalid_dropped", f"{where}.{key}")
    return out


def _read_endpoints(items: list[Any], warnings: list[str]) -> list[Endpoint]:
    endpoints: list[Endpoint] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        where = f"endpoints[{i}]."
        if not isinstance(item, dict):
            _warn(warnings, "setting_not_object_dropped", f"endpoints[{i}]")
            continue
        r = _Reader(item, where, warnings)
        base_url = item.get("base_url")
        if not isinstance(base_url, str):
            _warn(warnings, "setting_no_base_url", f"{where}base_url")
            continue
        r.skip("base_url")
        enabled = r.get("enabled", bool, True)
        try:
            base_url = validate_base_url(base_url)
        except ValueError as exc:
            # Keep it (the user can fix it in the dialog) but never use it as is.
            _warn(warnings, "setting_endpoint_disabled", f"{where}base_url",
                  problem=problem_of(exc))
            enabled = False
        ep_id = r.get("id", str, "") or _new_id()
        if ep_id in seen:
            _warn(warnings, "setting_duplicate_id", f"{where}id")
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
                raise Invalid(Notice("header_value_not_text"))
            key, val = validate_header(name, value)
        except ValueError as exc:
            _warn(warnings, "setting_header_dropped", f"{where}extra_headers",
                  problem=problem_of(exc))
            continue
        headers[key] = val
    return headers


def _read_local_options(data: dict[str, Any], warnings: list[str]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for path, options in data.items():
        if not isinstance(options, dict):
            key = f"local_model_options[{path!r}]"
            _warn(warnings, "setting_not_object_ignored", key)
            continue
        kept: dict[str, int] = {}
        for name, value in options.items():
            lo, hi = LOCAL_OPTION_RANGES.get(name, (None, None))
            if lo is None or isinstance(value, bool) or not isinstance(value, int) \
                    or not lo <= value <= hi:
                key = f"local_model_options[{path!r}].{name}"
                _warn(warnings, "setting_ignored", key)
                continue
            kept[name] = value
        out[str(path)] = kept
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
            _warn(warnings, "setting_preset_dropped", f"prompt_presets[{i}]")
            continue
        r = _Reader(item, f"prompt_presets[{i}].", warnings)
        r.skip("name")
        r.skip("text")
        r.skip("builtin")
        presets.append(PromptPreset(item["name"].strip(), item["text"], extra=r.unknown()))
    return presets


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
            warnings.append(NoticeStr(Notice("setting_context_window", {
                "key": f"model_context_windows[{key[:80]!r}]", "low": lo, "high": hi})))
            continue
        out[key] = value
    return out
