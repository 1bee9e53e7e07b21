"""Our own backup files: format 1 (linear lists, the first releases) and 2 (whole trees).

Format 2 keeps every version: each message has an ``id`` local to the file, its ``parent``
and shown ``active_child``; the conversation its ``active_root``; ``parts`` as stored; and
the document one ``blobs`` table of attachment bytes (base64) by SHA-256, which are checked
against their name before anything is written.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from typing import Any

from ..conversation.stored_parts import blob_refs
from ..export import BACKUP_VERSION, strip_secrets
from ..notice import Notice
from ..store import ROLES, STATES
from .records import (
    Blob,
    Conv,
    ImportFailed,
    ImportResult,
    Msg,
    Where,
    fallback_uuid,
    opt_dict,
    opt_str,
    opt_time,
)

SHA256 = re.compile(r"[0-9a-f]{64}")
MAX_MIME = 100


def parse_backup(data: dict[str, Any], result: ImportResult
                 ) -> tuple[list[Conv], dict[str, Blob]]:
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportFailed(Notice("backup_no_version"))
    if version > BACKUP_VERSION:
        raise ImportFailed(Notice("backup_too_new", {"version": version,
                                                     "supported": BACKUP_VERSION}))
    records = data.get("conversations")
    if not isinstance(records, list):
        raise ImportFailed(Notice("backup_no_list"))
    convs = [_conversation(rec, Where(index)) for index, rec in enumerate(records)]
    wanted: dict[str, str] = {}
    for conv in convs:
        for m in conv.messages:
            for sha, mime in blob_refs(m.parts).items():
                wanted.setdefault(sha, mime)
    blobs = _blobs(data.get("blobs"), wanted)
    missing = [sha for sha in wanted if sha not in blobs]
    if missing:
        result.warnings.append(f"{len(missing)} attachment(s) named in this backup have no "
                               "bytes in it; they show as missing.")
    return convs, blobs


def _conversation(rec: Any, where: Where) -> Conv:
    if not isinstance(rec, dict):
        raise where.fail("imp_not_object")
    where.title = rec.get("title") if isinstance(rec.get("title"), str) else None
    uid = opt_str(rec.get("uuid"), where, "uuid")
    msgs_raw = rec.get("messages")
    if not isinstance(msgs_raw, list):
        raise where.fail("imp_messages_not_list")
    tree = any(isinstance(m, dict) and "id" in m for m in msgs_raw)
    messages = [_message(m, where, tree) for m in msgs_raw]
    active_root = _check_tree(messages, rec.get("active_root"), where) if tree else None
    title = opt_str(rec.get("title"), where, "title") or ""
    created = opt_time(rec.get("created_at"), where, "created_at")
    return Conv(
        uuid=uid or fallback_uuid("ava", title, created, [x.content for x in messages]),
        title=title, created_at=created,
        updated_at=opt_time(rec.get("updated_at"), where, "updated_at"),
        provider=opt_str(rec.get("provider"), where, "provider"),
        model=opt_str(rec.get("model"), where, "model"),
        system_prompt=opt_str(rec.get("system_prompt"), where, "system_prompt"),
        params=strip_secrets(opt_dict(rec.get("params"), where, "params") or {}),
        messages=messages, active_root=active_root,
    )


def _message(m: Any, where: Where, tree: bool) -> Msg:
    if not isinstance(m, dict):
        raise where.fail("imp_message_not_object")
    role, content, state = m.get("role"), m.get("content"), m.get("state", "complete")
    if role not in ROLES:
        raise where.fail("imp_unknown_role", role=repr(str(role)[:20]))
    if not isinstance(content, str):
        raise where.fail("imp_content_not_text")
    if state not in STATES:
        raise where.fail("imp_unknown_state", state=repr(str(state)[:20]))
    timings = opt_dict(m.get("timings"), where, "timings") or {}
    msg = Msg(
        role=role, content=content,
        state="interrupted" if state == "streaming" else state,
        model=opt_str(m.get("model"), where, "model"),
        created_at=opt_time(m.get("created_at"), where, "created_at"),
        error=opt_str(m.get("error"), where, "error"),
        timings={k: v for k, v in timings.items()
                 if isinstance(v, int | float) and not isinstance(v, bool)},
        usage=strip_secrets(opt_dict(m.get("usage"), where, "usage")),
        reasoning=opt_str(m.get("reasoning"), where, "reasoning"),
        parts=_parts(m.get("parts"), where), linear=not tree,
    )
    if tree:
        msg.key = _key(m.get("id"), where, "a message id", optional=False)
        msg.parent = _key(m.get("parent"), where, "a message's parent")
        msg.active_child = _key(m.get("active_child"), where, "a message's active_child")
    return msg


def _key(value: Any, where: Where, what: str, optional: bool = True) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise where.fail("imp_not_message_id", field=what)
    return value


def _check_tree(messages: list[Msg], root: Any, where: Where) -> int | None:
    """Ids unique, every parent earlier in the list (so no cycles), shown children real."""
    children: dict[int | None, set[int]] = {}
    for m in messages:
        if m.key in children:
            raise where.fail("imp_id_twice", id=str(m.key))
        if m.parent is not None and m.parent not in children:
            raise where.fail("imp_parent_later", id=str(m.key),
                             parent=str(m.parent))
        children[m.key] = set()
        children.setdefault(m.parent, set()).add(m.key)
    for m in messages:
        if m.active_child is not None and m.active_child not in children[m.key]:
            raise where.fail("imp_active_not_reply", id=str(m.key),
                             child=str(m.active_child))
    root = _key(root, where, "active_root")
    if root is not None and root not in children.get(None, set()):
        raise where.fail("imp_root_not_first", root=str(root))
    return root


def _parts(value: Any, where: Where) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise where.fail("imp_parts_not_list")
    for part in value:
        if not isinstance(part, dict) or not isinstance(part.get("kind"), str):
            raise where.fail("imp_part_no_kind")
        for item in [part, *(part.get("images") or [])]:
            sha = item.get("sha256") if isinstance(item, dict) else None
            if sha not in (None, "") and not (isinstance(sha, str) and SHA256.fullmatch(sha)):
                raise where.fail("imp_bad_sha")
    return value


def _blobs(value: Any, wanted: dict[str, str]) -> dict[str, Blob]:
    """The attachments the conversations use, decoded and checked against their SHA-256."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ImportFailed(Notice("backup_blobs"))
    out: dict[str, Blob] = {}
    for sha in wanted:
        entry = value.get(sha)
        if entry is None:
            continue
        data = entry.get("data") if isinstance(entry, dict) else None
        mime = entry.get("mime") if isinstance(entry, dict) else None
        if not isinstance(data, str) or not isinstance(mime, str) or len(mime) > MAX_MIME:
            raise ImportFailed(Notice("backup_blob_malformed", {"sha": sha[:12]}))
        try:
            raw = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ImportFailed(Notice("backup_blob_base64", {"sha": sha[:12]})) from exc
        if hashlib.sha256(raw).hexdigest() != sha:
            raise ImportFailed(Notice("backup_blob_damaged", {"sha": sha[:12]}))
        out[sha] = Blob(sha, mime or wanted[sha] or "application/octet-stream", raw)
    return out
