"""Validators for settings values, shared by the file reader, the service and the dialog.

Each raises ``ValueError`` with a sentence meant for a person; nothing here touches a file.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ava_desktop.core.notice import Invalid, Notice, NoticeStr

if TYPE_CHECKING:
    from .model import Settings

THEMES = ("system", "light", "dark")
#: Titles by the model: "auto" where no API key is sent, "always", "off" (conversation/titles.py)
MODEL_TITLES = ("auto", "always", "off")
# "system" (follow LANG / LC_MESSAGES / the OS) or a language code: "ru", "zh_CN", "pt_BR".
LANGUAGE_RE = re.compile(r"^(system|[a-z]{2,3}(_[A-Z]{2}|_[A-Z][a-z]{3})?)$")
FONT_SIZE_RANGE = (5, 72)
TEMPERATURE_RANGE = (0.0, 2.0)
MAX_TOKENS_RANGE = (1, 10**9)
MAX_TOOL_STEPS_RANGE = (1, 50)  # model requests ending in tool calls, per answer
BASE_URL_SCHEMES = ("http", "https")
PROXY_SCHEMES = ("http", "https", "socks4", "socks4a", "socks5", "socks5h")
# Headers that carry credentials: stored in plain text they would defeat the keychain.
SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "api-key", "x-api-key", "cookie", "x-auth-token"}
)
LOCAL_OPTION_RANGES = {"n_ctx": (128, 1 << 20), "n_threads": (1, 1024), "n_gpu_layers": (0, 10_000)}
_TOKEN_RE = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")


def validate_base_url(url: str) -> str:
    """Return the normalized base URL (no trailing slash) or raise ``Invalid``."""
    return _validate_url(url, BASE_URL_SCHEMES, "field_base_url", allow_userinfo=False)


def validate_proxy_url(url: str | None) -> str | None:
    """Return the proxy URL, None for an empty one, or raise ``Invalid``."""
    if url is None or not url.strip():
        return None
    return _validate_url(url, PROXY_SCHEMES, "field_proxy_url", allow_userinfo=True)


def _validate_url(url: str, schemes: tuple[str, ...], field: str, *, allow_userinfo: bool) -> str:
    def invalid(kind: str, **params: str) -> Invalid:
        return Invalid(Notice(kind, {"what": Notice(field), **params}))

    if not isinstance(url, str):
        raise invalid("url_not_text")
    url = url.strip()
    if not url:
        raise invalid("url_empty")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise invalid("url_spaces")
    parts = urlsplit(url)
    if parts.scheme.lower() not in schemes:
        raise invalid("url_scheme", schemes=", ".join(s + "://" for s in schemes))
    if not parts.hostname:
        raise invalid("url_no_host")
    try:
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise invalid("url_port") from None
    if not allow_userinfo and "@" in parts.netloc:
        raise invalid("url_userinfo")
    return url if parts.query or parts.fragment else url.rstrip("/")


def validate_language(code: str) -> str:
    """Return ``code`` if it is "system" or a language code like "ru" or "pt_BR"."""
    if not LANGUAGE_RE.match(code):
        raise Invalid(Notice("language_code", {"code": repr(code[:20])}))
    return code


def validate_header(name: str, value: str) -> tuple[str, str]:
    """Check one extra HTTP header; raise ValueError in words (CR/LF would split requests)."""
    if not isinstance(name, str) or not isinstance(value, str):
        raise Invalid(Notice("header_not_text"))
    name = name.strip()
    if not _TOKEN_RE.match(name):
        raise Invalid(Notice("header_bad_name", {"name": repr(name)}))
    if any(ch in value for ch in "\r\n\0"):
        raise Invalid(Notice("header_line_breaks", {"name": name}))
    if name.lower() in SECRET_HEADERS:
        raise Invalid(Notice("header_secret", {"name": name}))
    return name, value.strip()



def settings_problems(s: Settings) -> list[str]:
    """What is wrong with a whole Settings object, in words (empty: it may be saved).

    The same rules the file reader applies value by value, so what the service accepts
    loads back unchanged. Endpoints with problems are allowed (the dialog shows them and
    targets skip them) except for duplicate ids, which would mix up keys.
    """
    found: list[str] = []
    ids = [e.id for e in s.endpoints]
    if len(ids) != len(set(ids)):
        found.append(NoticeStr(Notice("same_endpoint_id")))
    if s.theme not in THEMES:
        found.append(NoticeStr(Notice("theme_one_of", {"names": ", ".join(THEMES)})))
    if s.model_titles not in MODEL_TITLES:
        found.append(NoticeStr(Notice("titles_one_of", {"names": ", ".join(MODEL_TITLES)})))
    try:
        validate_language(s.language)
    except ValueError as exc:
        found.append(NoticeStr.of(exc))
    found += _range_problem("field_font_size", s.font_size, FONT_SIZE_RANGE, int)
    found += _range_problem("field_temperature", s.temperature, TEMPERATURE_RANGE, float)
    found += _range_problem("field_max_tokens", s.max_tokens, MAX_TOKENS_RANGE, int)
    found += _range_problem("field_max_tool_steps", s.max_tool_steps, MAX_TOOL_STEPS_RANGE, int)
    try:
        validate_proxy_url(s.proxy_url)
    except ValueError as exc:
        found.append(NoticeStr.of(exc))
    for path, options in s.local_model_options.items():
        for name, value in options.items():
            lo, hi = LOCAL_OPTION_RANGES.get(name, (None, None))
            if lo is None or isinstance(value, bool) or not isinstance(value, int) \
                    or not lo <= value <= hi:
                said = Notice("local_option_invalid", {"name": name, "path": path})
                found.append(NoticeStr(said))
    for name, value in (("window geometry", s.window_geometry),
                        *((f"splitter state {k}", v) for k, v in s.splitter_states.items())):
        if value is not None and not _is_b64(value):
            found.append(NoticeStr(Notice("not_base64", {"name": name})))
    return found


def _range_problem(what: str, value: object, bounds: tuple[float, float],
                   kind: type) -> list[str]:
    if value is None:
        return []
    ok_type = isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int:
        ok_type = ok_type and isinstance(value, int)
    if not ok_type or not bounds[0] <= value <= bounds[1]:  # type: ignore[operator]
        return [NoticeStr(Notice("out_of_range", {"what": Notice(what), "low": bounds[0],
                                             "high": bounds[1]}))]
    return []


def _is_b64(value: object) -> bool:
    import base64
    import binascii

    if not isinstance(value, str):
        return False
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True
