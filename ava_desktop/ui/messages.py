"""The one place where what core tells people (a typed ``Notice``) becomes a sentence in the
UI language: kind -> tr() text with the same {name} parameters as core's English."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from ava_desktop.core.notice import Notice, NoticeStr
from ava_desktop.ui.formats import count, file_size
from ava_desktop.ui.i18n import english_plural
from ava_desktop.ui.notice_texts import texts

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
        "g_auth_missing": translate(
            "Messages",
            "{host} needs an API key ({label})"),
        "g_auth_rejected": translate(
            "Messages",
            "{host} rejected the API key ({label})"),
        "g_refused": translate(
            "Messages",
            "{host} refused access ({label})"),
        "g_too_long": translate(
            "Messages",
            "The conversation is too long for the model's context window ({host}, {label})"),
        "g_model_not_found": translate(
            "Messages",
            "{host} does not know this model ({label})"),
        "g_answered_url": translate(
            "Messages",
            "{host} answered {label} (is the base URL right?)"),
        "g_bad_request": translate(
            "Messages",
            "{host} refused the request ({label})"),
        "g_answered": translate(
            "Messages",
            "{host} answered {label}"),
        "claude_overloaded": translate(
            "Messages",
            "{host} is overloaded and stopped the answer; try again in a moment"),
        "claude_overloaded_status": translate(
            "Messages",
            "{host} is overloaded right now ({status}); try again in a moment"),
        "claude_refused": translate(
            "Messages",
            "Claude declined to answer ({host} stopped the answer: refusal)"),
        "gemini_filter_safety": translate(
            "Messages",
            "Gemini's safety filters stopped the answer (SAFETY)."),
        "gemini_filter_image_safety": translate(
            "Messages",
            "Gemini's safety filters stopped the image (IMAGE_SAFETY)."),
        "gemini_filter_recitation": translate(
            "Messages",
            "Gemini stopped the answer because it was reciting existing text (recitation) "
            "(RECITATION)."),
        "gemini_filter_image_recitation": translate(
            "Messages",
            "Gemini stopped the image because it resembled existing material "
            "(IMAGE_RECITATION)."),
        "gemini_filter_blocklist": translate(
            "Messages",
            "Gemini stopped the answer because it contained blocked terms (BLOCKLIST)."),
        "gemini_filter_prohibited_content": translate(
            "Messages",
            "Gemini stopped the answer because it may hold prohibited content "
            "(PROHIBITED_CONTENT)."),
        "gemini_filter_image_prohibited_content": translate(
            "Messages",
            "Gemini stopped the image because it may hold prohibited content "
            "(IMAGE_PROHIBITED_CONTENT)."),
        "gemini_filter_spii": translate(
            "Messages",
            "Gemini stopped the answer because it may hold sensitive personal information "
            "(SPII)."),
        "gemini_tool_malformed_function_call": translate(
            "Messages",
            "Gemini stopped: the model wrote a tool call that could not be read "
            "(MALFORMED_FUNCTION_CALL)."),
        "gemini_tool_unexpected_tool_call": translate(
            "Messages",
            "Gemini stopped: the model called a tool that was not offered "
            "(UNEXPECTED_TOOL_CALL)."),
        "gemini_tool_too_many_tool_calls": translate(
            "Messages",
            "Gemini stopped: the model made too many tool calls in a row "
            "(TOO_MANY_TOOL_CALLS)."),
        "gemini_tool_missing_thought_signature": translate(
            "Messages",
            "Gemini stopped: a tool call was sent back without its thought signature "
            "(MISSING_THOUGHT_SIGNATURE)."),
        "gemini_block_safety": translate(
            "Messages",
            "Gemini blocked the prompt for safety reasons; rephrase it or start a new "
            "conversation (SAFETY)"),
        "gemini_block_blocklist": translate(
            "Messages",
            "Gemini blocked the prompt because it contains blocked terms; rephrase it or "
            "start a new conversation (BLOCKLIST)"),
        "gemini_block_prohibited_content": translate(
            "Messages",
            "Gemini blocked the prompt because it may hold prohibited content; rephrase it or"
            " start a new conversation (PROHIBITED_CONTENT)"),
        "gemini_block_image_safety": translate(
            "Messages",
            "Gemini blocked the prompt because of an image, for safety reasons; rephrase it "
            "or start a new conversation (IMAGE_SAFETY)"),
        "gemini_block_other": translate(
            "Messages",
            "Gemini blocked the prompt for an unspecified reason; rephrase it or start a new "
            "conversation (OTHER)"),
        "gemini_block_unknown": translate(
            "Messages",
            "Gemini blocked the prompt ({reason}); rephrase it or start a new conversation "
            "({reason})"),
        "gemini_language": translate(
            "Messages",
            "Gemini stopped: the conversation is in a language it does not support "
            "(LANGUAGE)."),
        "gemini_unknown_stop": translate(
            "Messages",
            "Gemini stopped the answer without saying why ({reason})."),
        "gemini_length": translate(
            "Messages",
            "The answer reached its length limit (maxOutputTokens) and was cut off there."),
        "claude_length": translate(
            "Messages",
            "The answer reached its length limit (max_tokens) and was cut off there."),
        "claude_refusal_note": translate(
            "Messages",
            "Claude declined to answer."),
        "claude_pause": translate(
            "Messages",
            "Claude paused a long-running turn; send it again to continue."),
        "cut_off_connection": translate(
            "Messages",
            "The answer from {host} was cut off: the connection broke before it was complete"),
        "cut_off_stream": translate(
            "Messages",
            "The answer from {host} was cut off: the stream ended before it was complete"),
        "no_proxy": translate(
            "Messages",
            "Could not connect to the proxy {proxy}"),
        "tls_failed": translate(
            "Messages",
            "Secure connection to {host} failed"),
        "dns_failed": translate(
            "Messages",
            "Could not find the server {host} (DNS lookup failed)"),
        "refused": translate(
            "Messages",
            "Could not connect to {host}: connection refused (is the server running?)"),
        "no_connect": translate(
            "Messages",
            "Could not connect to {host}"),
        "closed": translate(
            "Messages",
            "{host} closed the connection without answering"),
        "reset": translate(
            "Messages",
            "The connection to {host} was reset"),
        "bad_url": translate(
            "Messages",
            "Invalid server URL"),
        "bad_http": translate(
            "Messages",
            "{host} sent an invalid HTTP response"),
        "connect_failed": translate(
            "Messages",
            "Connection to {host} failed"),
        "timeout_connecting": translate(
            "Messages",
            "Timed out after {seconds} s connecting to {host}"),
        "timeout_answer": translate(
            "Messages",
            "Timed out after {seconds} s waiting for an answer from {host}"),
        "silent": translate(
            "Messages",
            "{host} sent nothing for {seconds} s"),
        "silent_stream": translate(
            "Messages",
            "{host} sent nothing for {seconds} s; stopped waiting for the rest of the answer"),
        "empty_answer": translate(
            "Messages",
            "{host} sent an empty answer; the conversation is probably longer than the "
            "model's context window"),
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


def ui_value(key: str, value: Any) -> Any:
    """A notice's parameter in the UI language (core's ``english_value`` twin)."""
    if isinstance(value, Notice):  # inside a sentence: without its full stop
        return notice_text(value).rstrip(".。")
    if isinstance(value, NoticeStr):
        return error_text(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    if key.endswith("size"):
        return file_size(int(value))
    if isinstance(value, int):
        return count(value)
    return QLocale().toString(float(value), "g", 6)


def notice_text(notice: Notice) -> str:
    """``notice`` worded in the UI language; an unknown kind falls back to English."""
    n = notice.params.get("n")
    n = n if isinstance(n, int) and not isinstance(n, bool) else -1
    template = _texts().get(notice.kind) or texts(n).get(notice.kind)
    if template is None:
        return notice.english()
    if n >= 0:
        template = english_plural(template, n)  # untranslated English: "1 file", "2 files"
    params: dict[str, Any] = {k: ui_value(k, v) for k, v in notice.params.items()}
    if notice.kind == "rate_limited_wait" and isinstance(notice.params.get("seconds"),
                                                         int | float):
        params["wait"] = wait_text(notice.params["seconds"])
    try:
        text = template.format(**params).strip()
    except (KeyError, IndexError, ValueError):  # a catalog with a broken placeholder
        return notice.english()
    if notice.detail:
        text = translate("Messages", "{text}: {detail}").format(text=text, detail=notice.detail)
    return text


def error_text(error: object, fallback: str | None = None) -> str:
    """An exception, a node's stored error or a ``NoticeStr``, in the UI language when it
    is typed."""
    notices = getattr(error, "notices", None)
    if isinstance(notices, tuple) and notices:
        return "; ".join(notice_text(n) for n in notices)
    notice = getattr(error, "notice", None)
    if isinstance(notice, Notice):
        return notice_text(notice)
    return fallback if fallback is not None else str(error)


def keys_text(keys: Any) -> str:
    """What the key store says about where keys are kept (``KeyStore.message``)."""
    notice = keys.notice
    return notice_text(notice) if isinstance(notice, Notice) else keys.message


def said_text(event: Any) -> str:
    """A session event's line (``StatusChanged``, ``Notice``) in the UI language."""
    typed = getattr(event, "typed", None)
    return notice_text(typed) if isinstance(typed, Notice) else str(event.text)


def stored_note_text(timings: dict[str, Any]) -> str | None:
    """The note under an answer as saved (English, and typed when core typed it)."""
    note = timings.get("note")
    notice = Notice.from_json(timings.get("note_notice"))
    if isinstance(note, str) and note and notice is not None:
        return notice_text(notice)
    return note if isinstance(note, str) else None


def stored_error_text(error: str | None, timings: dict[str, Any]) -> str | None:
    """A message's error as saved (English plus its typed notice in ``timings``)."""
    notice = Notice.from_json(timings.get("error_notice"))
    if error and notice is not None:
        return notice_text(notice)
    return error


def local_stage_text(stage: str) -> str:
    """A local model's loading stage (core's fixed English names are its kinds)."""
    stages = {
        "Starting model server": translate("Messages", "Starting model server"),
        "Reading model file": translate("Messages", "Reading model file"),
        "Loading weights": translate("Messages", "Loading weights"),
        "Creating context": translate("Messages", "Creating context"),
        "Starting server": translate("Messages", "Starting server"),
        "Model ready": translate("Messages", "Model ready"),
    }
    return stages.get(stage, stage)
