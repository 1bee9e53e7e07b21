"""The one place where what core tells people (a typed ``Notice``) becomes a sentence in the
UI language: kind -> tr() text with the same {name} parameters as core's English."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from ava_desktop.core.notice import Notice

translate = QCoreApplication.translate


def _texts() -> dict[str, str]:
    """Built per call so each string is looked up in the catalog loaded now."""
    return {
        "auth_missing_key": translate("Messages", "{host} needs an API key (401)"),
        "auth_rejected_key": translate("Messages", "{host} rejected the API key (401)"),
        "auth_refused": translate("Messages", "{host} refused access (403)"),
        "quota_used_up": translate("Messages", "{host} says the account's quota is used up (429)"),
        "rate_limited_wait": translate("Messages", "Rate limited by {host}; retry in {wait}"),
        "rate_limited": translate("Messages", "Rate limited by {host}; try again later"),
        "too_long": translate(
            "Messages",
            "The conversation is too long for the model's context window ({host}, {status})",
        ),
        "too_long_stream": translate(
            "Messages", "The conversation is too long for the model's context window ({host})"
        ),
        "model_not_found": translate("Messages", "{host} does not know this model ({status})"),
        "http_status": translate("Messages", "{host} answered {status} {reason}"),
        "http_status_url": translate(
            "Messages", "{host} answered {status} {reason} (is the base URL right?)"
        ),
        "stream_error": translate("Messages", "{host} reported an error in the stream"),
        "tool_rounds": translate(
            "Messages",
            "Stopped after {steps} rounds of tool calls (the limit per "
            "answer); the text so far is kept.",
        ),
    }


def wait_text(seconds: float) -> str:
    """A wait ("2 s", "3 min") in the UI language, rounded up like core's English."""
    import math

    if seconds < 120:
        n, unit = max(1, math.ceil(seconds)), translate("Messages", "{n} s")
    elif seconds < 7200:
        n, unit = math.ceil(seconds / 60), translate("Messages", "{n} min")
    else:
        n, unit = math.ceil(seconds / 3600), translate("Messages", "{n} h")
    return unit.format(n=QLocale().toString(n))


def notice_text(notice: Notice) -> str:
    """``notice`` worded in the UI language; an unknown kind falls back to English."""
    template = _texts().get(notice.kind)
    if template is None:
        return notice.english()
    params: dict[str, Any] = dict(notice.params)
    if notice.kind == "rate_limited_wait" and isinstance(params.get("seconds"), int | float):
        params["wait"] = wait_text(params["seconds"])
    try:
        text = template.format(**params).strip()
    except (KeyError, IndexError, ValueError):  # a catalog with a broken placeholder
        return notice.english()
    if notice.detail:
        text = translate("Messages", "{text}: {detail}").format(text=text, detail=notice.detail)
    return text


def error_text(error: object, fallback: str | None = None) -> str:
    """An exception, or a node's stored error, in the UI language when it is typed."""
    notice = getattr(error, "notice", None)
    if isinstance(notice, Notice):
        return notice_text(notice)
    return fallback if fallback is not None else str(error)


def stored_error_text(error: str | None, timings: dict[str, Any]) -> str | None:
    """A message's error as saved (English plus its typed notice in ``timings``)."""
    notice = Notice.from_json(timings.get("error_notice"))
    if error and notice is not None:
        return notice_text(notice)
    return error


def local_stage_text(stage: str) -> str:
    """A local model's loading stage (core's fixed English names are its kinds)."""
    stages = {
        "Reading model file": translate("Messages", "Reading model file"),
        "Loading weights": translate("Messages", "Loading weights"),
        "Creating context": translate("Messages", "Creating context"),
        "Starting server": translate("Messages", "Starting server"),
        "Model ready": translate("Messages", "Model ready"),
    }
    return stages.get(stage, stage)
