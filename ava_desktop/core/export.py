"""Export one conversation (Markdown, JSON, safe self-contained HTML) or all of them (backup).

The JSON of one conversation is a backup holding one conversation, so every JSON we write can be
imported again (:mod:`ava_desktop.core.importers`). Nothing we write carries API keys: params
are passed through :func:`strip_secrets` even though the store is not supposed to hold any.
"""

from __future__ import annotations

import base64
import contextlib
import html
import json
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import __version__
from .attachments.limits import display_name
from .conversation.stored_parts import blob_refs
from .store import Conversation, Message, Store

BACKUP_FORMAT = "ava-desktop-backup"
BACKUP_VERSION = 2  # 2: every version of every message (a tree), parts, attachment bytes

_SECRET_KEYS = frozenset({
    "apikey", "key", "authorization", "auth", "proxyauthorization", "token", "accesstoken",
    "refreshtoken", "idtoken", "sessiontoken", "bearer", "secret", "clientsecret", "password",
    "passwd", "cookie", "setcookie", "xapikey", "privatekey", "credentials",
})
_SECRET_SUFFIXES = ("apikey", "secret", "password", "accesstoken", "authorization")

ROLE_LABELS = {"system": "System", "user": "User", "assistant": "Assistant"}
STATE_NOTES = {
    "streaming": "answer still streaming when exported",
    "stopped": "stopped by the user",
    "interrupted": "interrupted (the app closed while it streamed)",
    "error": "failed",
}


def _is_secret_key(key: str) -> bool:
    norm = re.sub(r"[^a-z0-9]", "", key.lower())
    return norm in _SECRET_KEYS or norm.endswith(_SECRET_SUFFIXES)


def strip_secrets(value: Any) -> Any:
    """Copy of ``value`` without dict entries whose key names a credential, at any depth.

    (``max_tokens`` stays: only whole names like ``token``/``api_key``/``Authorization`` go.)
    """
    if isinstance(value, dict):
        return {k: strip_secrets(v) for k, v in value.items()
                if not (isinstance(k, str) and _is_secret_key(k))}
    if isinstance(value, list):
        return [strip_secrets(v) for v in value]
    return value


# ---------------------------------------------------------------------- JSON / backup
def conversation_record(conv: Conversation, messages: Sequence[Message]) -> dict[str, Any]:
    """One conversation in the backup format: ``messages`` is every version (parents before
    children, as :meth:`Store.all_messages` gives them). Ids only link messages inside the
    record; the uuid is what identifies the conversation."""
    return {
        "uuid": conv.uuid,
        "title": conv.title,
        "created_at": conv.created_at,
        "updated_at": conv.updated_at,
        "provider": conv.provider,
        "model": conv.model,
        "system_prompt": conv.system_prompt,
        "params": strip_secrets(conv.params),
        "active_root": conv.active_root,
        "messages": [
            {
                "id": m.id,
                "parent": m.parent_id,
                "active_child": m.active_child,
                "role": m.role,
                "content": m.content,
                "state": m.state,
                "model": m.model,
                "created_at": m.created_at,
                "error": m.error,
                "timings": m.timings,
                "usage": strip_secrets(m.usage),
                "reasoning": m.reasoning,
                "parts": m.parts,
            }
            for m in messages
        ],
    }


def blob_records(store: Store, messages: Iterable[Message]) -> dict[str, dict[str, Any]]:
    """The bytes of every attachment the messages use, base64, once per SHA-256."""
    out: dict[str, dict[str, Any]] = {}
    for m in messages:
        for sha, mime in blob_refs(m.parts).items():
            if sha in out:
                continue
            data = store.get_blob(sha)
            if data is not None:  # gone from the store: the importer reports it missing
                out[sha] = {"mime": mime or "application/octet-stream", "size": len(data),
                            "data": base64.b64encode(data).decode("ascii")}
    return out


def backup_document(records: Iterable[dict[str, Any]],
                    blobs: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "exported_at": _iso(datetime.now(UTC).timestamp()),
        "app": f"Ava Desktop {__version__}",
        "conversations": list(records),
        "blobs": blobs or {},
    }


def to_json(conv: Conversation, messages: Sequence[Message],
            blobs: dict[str, dict[str, Any]] | None = None) -> str:
    """``messages``: every version (``Store.all_messages``); ``blobs``: :func:`blob_records`."""
    return _dump(backup_document([conversation_record(conv, messages)], blobs))


def backup(store: Store) -> dict[str, Any]:
    """Every conversation (not those pending undo of a delete), oldest first, whole trees and
    attachment bytes included."""
    convs = store.list_conversations()
    convs.reverse()
    records, blobs = [], {}
    for c in convs:
        messages = store.all_messages(c.id)
        records.append(conversation_record(c, messages))
        for sha, blob in blob_records(store, messages).items():
            blobs.setdefault(sha, blob)
    return backup_document(records, blobs)


def write_backup(store: Store, path: str | Path) -> int:
    """Write the all-conversations backup atomically; returns how many conversations."""
    doc = backup(store)
    write_text_atomic(Path(path), _dump(doc))
    return len(doc["conversations"])


def _dump(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


# ---------------------------------------------------------------------- Markdown
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.MULTILINE)


def _close_fences(text: str) -> str:
    """An answer cut off inside a code block would swallow everything after it."""
    opener: str | None = None
    for m in _FENCE.finditer(text):
        fence = m.group(1)
        if opener is None:
            opener = fence
        elif fence[0] == opener[0] and len(fence) >= len(opener):
            opener = None
    return text if opener is None else text.rstrip("\n") + "\n" + opener + "\n"


def to_markdown(conv: Conversation, messages: Sequence[Message]) -> str:
    """A readable Markdown document; message bodies are the exact Markdown we stored."""
    out = [f"# {_one_line(conv.title) or 'Untitled conversation'}", ""]
    meta = _meta_lines(conv)
    out += [f"- {line}" for line in meta] + [""]
    if conv.system_prompt:
        out += ["## System prompt", "", _close_fences(conv.system_prompt).rstrip(), ""]
    for m in messages:
        out += [f"## {_label(m)}", ""]
        if m.content:
            out += [_close_fences(m.content).rstrip(), ""]
        names = attachment_names(m)
        if names:
            out += ["*Attached: " + ", ".join(_md_escape(n) for n in names) + "*", ""]
        calls = [p for p in m.parts if p.get("kind") == "tool_call"]
        if calls:
            out += ["*Tools used: " + ", ".join(
                f"{_md_escape(str(c.get('name', '')))} ({_md_escape(str(c.get('status', '')))})"
                for c in calls) + "*", ""]
        note = _state_note(m)
        if note:
            out += [f"> *{note}*", ""]
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------------- HTML
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
       "form-action 'none'")

PAGE_CSS = """
body { max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5;
       font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; }
header .meta { color: #57606a; font-size: 0.9em; }
.msg { border-top: 1px solid #d0d7de; padding: 0.5rem 0 1rem; }
.role { font-weight: 600; color: #57606a; margin: 0.5rem 0; }
.user .role { color: #0969da; }
.note { color: #9a6700; font-style: italic; }
.attachments { color: #57606a; font-size: 0.9em; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; }
table { border-collapse: collapse; }
td, th { border: 1px solid #d0d7de; padding: 0.2rem 0.5rem; }
"""


def _render_body(text: str) -> str:
    """Safe HTML for a message body (the app's Markdown renderer, or escaped text)."""
    try:
        from .markdown import render_markdown
        from .markdown.markup import for_page
    except ImportError:  # pragma: no cover - the renderer ships with the app
        return f"<pre>{html.escape(text)}</pre>"
    return for_page(render_markdown(text))


_MATH_IMG = re.compile(r'<img src="(ava-math:[^"]*)"[^>]*>')


def _embed_formulas(page: str) -> str:
    """Formulas as self-contained SVG images (``data:``, allowed by the CSP; an ``<img>``
    never runs scripts, and the SVG is rebuilt from ziamath's own vocabulary anyway).
    Typeset in the worker process with its time budget; a failure shows the source."""
    from .markdown.mathsvg import REFERENCE_SIZE, MathSvg, sanitize_svg
    from .markdown.mathurl import parse_math_url, source_markup
    from .markdown.mathworker import MathWorker

    keys = {k for k in map(parse_math_url, _MATH_IMG.findall(page)) if k is not None}
    if not keys:
        return page
    worker = MathWorker()
    try:
        results = worker.render_all(keys)
    finally:
        worker.close()

    def replace(match: re.Match[str]) -> str:
        key = parse_math_url(match.group(1))
        result = results.get(key) if key else None
        if key is None or not isinstance(result, MathSvg):
            written = source_markup(key[0], "$$" if key[1] else "$") if key else ""
            return (f'<code class="math-error" title="{html.escape(str(result or ""))}">'
                    f"{html.escape(written)}</code>")
        data = base64.b64encode(sanitize_svg(result.svg, "#1f2328").encode()).decode()
        em = 1.1 / REFERENCE_SIZE
        depth = (result.height - result.ascent) * em
        return (f'<img src="data:image/svg+xml;base64,{data}" alt="{html.escape(key[0])}"'
                f' style="width:{result.width * em:.3f}em;height:{result.height * em:.3f}em;'
                f'vertical-align:{-depth:.3f}em">')

    return _MATH_IMG.sub(replace, page)


def _markdown_css() -> str:
    try:
        from .markdown import stylesheet
    except ImportError:  # pragma: no cover
        return ""
    return stylesheet().replace("</", "<\\/")


def to_html(conv: Conversation, messages: Sequence[Message]) -> str:
    """A self-contained page: no scripts, no external resources, and a CSP that forbids them
    even if something slipped through. All text is escaped or rendered by the safe renderer."""
    title = html.escape(_one_line(conv.title) or "Untitled conversation")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title>",
        f"<style>{_markdown_css()}{PAGE_CSS}</style>",
        "</head><body>",
        f'<header><h1>{title}</h1><p class="meta">'
        + "<br>".join(html.escape(line) for line in _meta_lines(conv)) + "</p></header>",
    ]
    if conv.system_prompt:
        parts.append('<section class="msg system"><div class="role">System prompt</div>'
                     f"<div class=\"body\">{_render_body(conv.system_prompt)}</div></section>")
    for m in messages:
        note = _state_note(m)
        parts.append(
            f'<section class="msg {html.escape(m.role)}">'
            f'<div class="role">{html.escape(_label(m))}</div>'
            f'<div class="body">{_render_body(m.content)}</div>'
            + _html_attachments(m)
            + (f'<p class="note">{html.escape(note)}</p>' if note else "")
            + "</section>"
        )
    parts.append("</body></html>\n")
    return _embed_formulas("\n".join(parts))


# ---------------------------------------------------------------------- files
FORMATS = {".md": to_markdown, ".markdown": to_markdown, ".json": to_json, ".html": to_html,
           ".htm": to_html}


def export_conversation(store: Store, conversation_id: int, path: str | Path,
                        fmt: str | None = None) -> Path:
    """Write one conversation; ``fmt`` ('md'/'json'/'html') defaults to the file suffix.

    JSON keeps every version and the attachments' bytes; Markdown and HTML the shown path."""
    path = Path(path)
    key = "." + fmt.lower().lstrip(".") if fmt else path.suffix.lower()
    if key not in FORMATS:
        raise ValueError(f"Unknown export format {key!r}; use .md, .json or .html")
    conv = store.get_conversation(conversation_id)
    if FORMATS[key] is to_json:
        every = store.all_messages(conversation_id)
        text = to_json(conv, every, blob_records(store, every))
    else:
        text = FORMATS[key](conv, store.messages(conversation_id))
    write_text_atomic(path, text)
    return path


def write_text_atomic(path: Path, text: str) -> None:
    """Temp file + rename: an existing file is never left half-written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# ---------------------------------------------------------------------- helpers
def _iso(ts: float | None) -> str:
    if ts is None:
        return ""
    try:
        return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")
    except (OverflowError, OSError, ValueError):
        return ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _meta_lines(conv: Conversation) -> list[str]:
    lines = []
    if conv.model or conv.provider:
        lines.append("Model: " + " · ".join(x for x in (conv.provider, conv.model) if x))
    lines.append(f"Created: {_iso(conv.created_at)}")
    lines.append(f"Updated: {_iso(conv.updated_at)}")
    lines.append(f"Exported from Ava Desktop {__version__}")
    return [_one_line(line) for line in lines]


def _label(m: Message) -> str:
    label = ROLE_LABELS.get(m.role, m.role.title())
    return f"{label} ({_one_line(m.model)})" if m.model and m.role == "assistant" else label


def attachment_names(m: Message) -> list[str]:
    """File names of a message's images and documents (never a path: one names the user)."""
    names = []
    for part in m.parts:
        kind = part.get("kind")
        if kind in ("image", "file"):
            name = part.get("name")
            names.append(display_name(name) if isinstance(name, str) and name.strip()
                         else "image" if kind == "image" else "file")
    return names


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~])")


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", _one_line(text))


def _html_attachments(m: Message) -> str:
    names = attachment_names(m)
    if not names:
        return ""
    return ('<p class="attachments">Attached: '
            + ", ".join(html.escape(n) for n in names) + "</p>")


def _state_note(m: Message) -> str:
    note = STATE_NOTES.get(m.state, "")
    if m.state == "error" and m.error:
        note = f"{note}: {_one_line(m.error)}"
    return note
