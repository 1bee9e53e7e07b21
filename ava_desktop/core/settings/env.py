"""The endpoint other tools configure through ``OPENAI_BASE_URL`` / ``OPENAI_API_KEY``."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from .model import CUSTOM_PRESET, ENV_ENDPOINT_ID, Endpoint, known_presets
from .validation import validate_base_url

log = logging.getLogger(__name__)


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


def _preset_for_url(url: str) -> str:
    want = url.rstrip("/").lower()
    for preset in known_presets():
        if str(getattr(preset, "base_url", "")).rstrip("/").lower() == want:
            return str(preset.name)
    return CUSTOM_PRESET
