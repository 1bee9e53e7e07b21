"""Import our own backups and ChatGPT's data export, all-or-nothing.

A file is read, parsed and validated completely into plain records before the database is
touched; the records are then written in one transaction. A bad or hostile file (not JSON, the
wrong shape, too large, cycles in the reply tree, absurd nesting, wrong types) raises
:class:`ImportFailed` with a message for the user and changes nothing.

Re-importing is idempotent: each conversation carries a stable uuid (ours, or ``chatgpt-<id>``)
and ones already in the database are skipped.
"""

from __future__ import annotations

import hashlib
import json
import math
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .export import BACKUP_FORMAT, BACKUP_VERSION, strip_secrets
from .store import ROLES, STATES, Store
from .text import clean_text

MAX_FILE_BYTES = 512 * 1024 * 1024
CHATGPT_MEMBER = "conversations.json"


class ImportFailed(Exception):
    """The file cannot be imported; nothing was changed. ``str()`` is for the user."""


@dataclass(slots=True)
class ImportResult:
    source: str  # "ava-backup" or "chatgpt"
    imported: int = 0
    skipped_existing: int = 0  # already in the database (same uuid): re-import is a no-op
    messages: int = 0
    skipped_items: int = 0  # images, tool calls, hidden/system nodes we do not import
    conversation_ids: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Msg:
    role: str
    content: str
    state: str = "complete"
    model: str | None = None
    created_at: float | None = None
    error: str | None = None
    timings: dict[str, Any] = field(default_factory=dict)
    usage: dict[str, Any] | None = None
    reasoning: str | None = None

    def __post_init__(self) -> None:
        _clean_fields(self)


@dataclass(slots=True)
class _Conv:
    uuid: str
    title: str
    created_at: float | None
    updated_at: float | None
    provider: str | None = None
    model: str | None = None
    system_prompt: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    messages: list[_Msg] = field(default_factory=list)

    def __post_init__(self) -> None:
        _clean_fields(self)


def _clean_fields(record: Any) -> None:
    """Imported text may hold lone surrogates (valid JSON, not storable text)."""
    for name in record.__slots__:
        value = getattr(record, name)
        if isinstance(value, str):
            setattr(record, name, clean_text(value))


# ---------------------------------------------------------------------- entry points
def import_file(store: Store, path: str | Path) -> ImportResult:
    """Import a backup (.json), a ChatGPT ``conversations.json``, or a ChatGPT export .zip."""
    data = _parse_json(_read_source(Path(path)), Path(path).name)
    return import_data(store, data)


def import_data(store: Store, data: Any) -> ImportResult:
    """Import already-parsed JSON, detecting the format."""
    if isinstance(data, dict) and data.get("format") == BACKUP_FORMAT:
        result = ImportResult("ava-backup")
        convs = _parse_backup(data, result)
    elif isinstance(data, list) or (isinstance(data, dict) and "mapping" in data):
        result = ImportResult("chatgpt")
        convs = _parse_chatgpt(data if isinstance(data, list) else [data], result)
    else:
        raise ImportFailed(
            "This file is neither an Ava Desktop backup nor a ChatGPT export "
            "(conversations.json)."
        )
    _write(store, convs, result)
    return result


# ---------------------------------------------------------------------- reading
def _read_source(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFailed(f"Cannot read {path}: {exc.strerror or exc}") from exc
    if size > MAX_FILE_BYTES:
        raise ImportFailed(f"{path.name} is too large to import ({size // 2**20} MB).")
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
            fh.seek(0)
            if head.startswith(b"PK"):
                return _read_zip(fh, path.name)
            return fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ImportFailed(f"Cannot read {path}: {exc.strerror or exc}") from exc


def _read_zip(fh: Any, name: str) -> bytes:
    try:
        with zipfile.ZipFile(fh) as zf:
            members = [i for i in zf.infolist()
                       if not i.is_dir() and i.filename.rsplit("/", 1)[-1] == CHATGPT_MEMBER]
            if not members:
                raise ImportFailed(f"{name} does not contain a {CHATGPT_MEMBER} (is it a "
                                   "ChatGPT data export?).")
            info = min(members, key=lambda i: i.filename.count("/"))
            if info.file_size > MAX_FILE_BYTES:
                raise ImportFailed(f"{CHATGPT_MEMBER} in {name} is too large to import.")
            with zf.open(info) as member:
                data = member.read(MAX_FILE_BYTES + 1)  # sizes in a zip can lie
            if len(data) > MAX_FILE_BYTES:
                raise ImportFailed(f"{CHATGPT_MEMBER} in {name} is too large to import.")
            return data
    except ImportFailed:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError,
            OSError, RuntimeError, ValueError) as exc:
        raise ImportFailed(f"{name} is not a readable zip archive ({exc}).") from exc


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _parse_json(raw: bytes, name: str) -> Any:
    if len(raw) > MAX_FILE_BYTES:
        raise ImportFailed(f"{name} is too large to import.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(f"{name} is not UTF-8 text, so it is not a JSON export.") from exc
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except RecursionError as exc:
        raise ImportFailed(f"{name} is nested too deeply to be an export.") from exc
    except ValueError as exc:
        raise ImportFailed(f"{name} is not valid JSON ({exc}).") from exc


# ---------------------------------------------------------------------- validation helpers
class _Where:
    """Names the conversation a problem is in, for the error message."""

    def __init__(self, index: int, title: Any = None) -> None:
        self.index = index
        self.title = title if isinstance(title, str) else None

    def fail(self, problem: str) -> ImportFailed:
        name = f" “{self.title[:60]}”" if self.title else ""
        return ImportFailed(f"Conversation #{self.index + 1}{name} is malformed: {problem}. "
                            "Nothing was imported.")


def _opt_str(value: Any, where: _Where, what: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise where.fail(f"{what} should be text, not {type(value).__name__}")


def _opt_time(value: Any, where: _Where, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise where.fail(f"{what} should be a number, not {type(value).__name__}")
    value = float(value)
    if not math.isfinite(value) or not 0 <= value < 1e11:  # Unix seconds, before year 5138
        raise where.fail(f"{what} is out of range")
    return value


def _opt_dict(value: Any, where: _Where, what: str) -> dict[str, Any] | None:
    if value is None or isinstance(value, dict):
        return value
    raise where.fail(f"{what} should be an object, not {type(value).__name__}")


# ---------------------------------------------------------------------- our backup
def _parse_backup(data: dict[str, Any], result: ImportResult) -> list[_Conv]:
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportFailed("This Ava Desktop backup has no valid format version.")
    if version > BACKUP_VERSION:
        raise ImportFailed(f"This backup was written by a newer Ava Desktop (format {version}, "
                           f"this version reads up to {BACKUP_VERSION}). Update to import it.")
    records = data.get("conversations")
    if not isinstance(records, list):
        raise ImportFailed("This Ava Desktop backup has no list of conversations.")
    convs: list[_Conv] = []
    for index, rec in enumerate(records):
        where = _Where(index)
        if not isinstance(rec, dict):
            raise where.fail("it is not an object")
        where.title = rec.get("title") if isinstance(rec.get("title"), str) else None
        uid = _opt_str(rec.get("uuid"), where, "uuid")
        msgs_raw = rec.get("messages")
        if not isinstance(msgs_raw, list):
            raise where.fail("messages should be a list")
        messages = []
        for m in msgs_raw:
            if not isinstance(m, dict):
                raise where.fail("a message is not an object")
            role, content, state = m.get("role"), m.get("content"), m.get("state", "complete")
            if role not in ROLES:
                raise where.fail(f"unknown message role {str(role)[:20]!r}")
            if not isinstance(content, str):
                raise where.fail("a message's content is not text")
            if state not in STATES:
                raise where.fail(f"unknown message state {str(state)[:20]!r}")
            timings = _opt_dict(m.get("timings"), where, "timings") or {}
            messages.append(_Msg(
                role=role, content=content,
                state="interrupted" if state == "streaming" else state,
                model=_opt_str(m.get("model"), where, "model"),
                created_at=_opt_time(m.get("created_at"), where, "created_at"),
                error=_opt_str(m.get("error"), where, "error"),
                timings={k: v for k, v in timings.items()
                         if isinstance(v, int | float) and not isinstance(v, bool)},
                usage=strip_secrets(_opt_dict(m.get("usage"), where, "usage")),
                reasoning=_opt_str(m.get("reasoning"), where, "reasoning"),
            ))
        title = _opt_str(rec.get("title"), where, "title") or ""
        created = _opt_time(rec.get("created_at"), where, "created_at")
        convs.append(_Conv(
            uuid=uid or _fallback_uuid("ava", title, created, [x.content for x in messages]),
            title=title, created_at=created,
            updated_at=_opt_time(rec.get("updated_at"), where, "updated_at"),
            provider=_opt_str(rec.get("provider"), where, "provider"),
            model=_opt_str(rec.get("model"), where, "model"),
            system_prompt=_opt_str(rec.get("system_prompt"), where, "system_prompt"),
            params=strip_secrets(_opt_dict(rec.get("params"), where, "params") or {}),
            messages=messages,
        ))
    return convs


# ---------------------------------------------------------------------- ChatGPT
_TEXT_TYPES = ("text", "multimodal_text")


def _parse_chatgpt(items: list[Any], result: ImportResult) -> list[_Conv]:
    convs: list[_Conv] = []
    for index, item in enumerate(items):
        where = _Where(index)
        if not isinstance(item, dict):
            raise where.fail("it is not an object")
        where.title = item.get("title") if isinstance(item.get("title"), str) else None
        mapping = item.get("mapping")
        if not isinstance(mapping, dict):
            raise where.fail("it has no 'mapping' of messages")
        title = _opt_str(item.get("title"), where, "title") or ""
        created = _opt_time(item.get("create_time"), where, "create_time")
        updated = _opt_time(item.get("update_time"), where, "update_time")
        ext_id = item.get("conversation_id") or item.get("id")
        ext_id = ext_id if isinstance(ext_id, str) and ext_id else None
        messages = []
        for node in _current_branch(item, mapping, where):
            msg = _chatgpt_message(node, where, result)
            if msg is not None:
                messages.append(msg)
        if not messages:
            result.warnings.append(f"Skipped “{title or 'untitled'}”: no text messages.")
            continue
        model = item.get("default_model_slug")
        convs.append(_Conv(
            uuid="chatgpt-" + (ext_id or _fallback_uuid("c", title, created,
                                                        [m.content for m in messages])),
            title=title or _title_from(messages),
            created_at=created, updated_at=updated or created,
            provider="chatgpt-import", model=model if isinstance(model, str) else None,
            messages=messages,
        ))
    return convs


def _current_branch(item: dict[str, Any], mapping: dict[str, Any], where: _Where
                    ) -> list[dict[str, Any]]:
    """Nodes from the root to ``current_node`` (the branch the user last saw)."""
    current = item.get("current_node")
    if current is None:
        current = _latest_leaf(mapping, where)
        if current is None:
            return []
    if not isinstance(current, str) or current not in mapping:
        raise where.fail("'current_node' does not name a message in the mapping")
    branch: list[dict[str, Any]] = []
    seen: set[str] = set()
    node_id: Any = current
    while node_id is not None:
        if not isinstance(node_id, str):
            raise where.fail("a 'parent' link is not a node id")
        if node_id in seen:
            raise where.fail("its reply tree has a cycle")
        seen.add(node_id)
        node = mapping.get(node_id)
        if not isinstance(node, dict):
            raise where.fail(f"the reply tree points to a missing node {node_id[:40]!r}")
        branch.append(node)
        node_id = node.get("parent")
    branch.reverse()
    return branch


def _latest_leaf(mapping: dict[str, Any], where: _Where) -> str | None:
    best: tuple[float, str] | None = None
    for key, node in mapping.items():
        if not isinstance(node, dict):
            raise where.fail("a mapping entry is not an object")
        if node.get("children"):
            continue
        msg = node.get("message")
        stamp = msg.get("create_time") if isinstance(msg, dict) else None
        stamp = stamp if isinstance(stamp, int | float) and not isinstance(stamp, bool) else 0.0
        if best is None or stamp >= best[0]:
            best = (float(stamp), key)
    return None if best is None else best[1]


def _chatgpt_message(node: dict[str, Any], where: _Where, result: ImportResult) -> _Msg | None:
    msg = node.get("message")
    if msg is None:
        return None  # the root node
    if not isinstance(msg, dict):
        raise where.fail("a node's 'message' is not an object")
    author = msg.get("author")
    role = author.get("role") if isinstance(author, dict) else None
    metadata = msg.get("metadata") if isinstance(msg.get("metadata"), dict) else {}
    content = msg.get("content")
    if role not in ("user", "assistant") or metadata.get("is_visually_hidden_from_conversation"):
        result.skipped_items += 1
        return None
    if msg.get("recipient", "all") != "all":  # a tool call (browser, python, ...)
        result.skipped_items += 1
        return None
    if not isinstance(content, dict) or content.get("content_type") not in _TEXT_TYPES:
        result.skipped_items += 1
        return None
    parts = content.get("parts")
    if not isinstance(parts, list):
        raise where.fail("a text message has no list of 'parts'")
    texts: list[str] = []
    for part in parts:
        if isinstance(part, str):
            if part:
                texts.append(part)
        else:
            result.skipped_items += 1  # images, files, audio: not text we can show
    text = "\n\n".join(texts)
    if not text.strip():
        return None
    model = metadata.get("model_slug")
    return _Msg(
        role=role, content=text, model=model if isinstance(model, str) else None,
        created_at=_opt_time(msg.get("create_time"), where, "create_time"),
    )


def _title_from(messages: list[_Msg]) -> str:
    first = next((m.content for m in messages if m.role == "user"), messages[0].content)
    line = " ".join(first.split())
    return line[:60] + ("…" if len(line) > 60 else "")


def _fallback_uuid(prefix: str, title: str, created: float | None, contents: list[str]) -> str:
    """A stable id for records without one, so importing the same file twice is a no-op."""
    digest = hashlib.sha256()
    for piece in (prefix, title, repr(created), *contents):
        digest.update(piece.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()[:32]


# ---------------------------------------------------------------------- writing
def _write(store: Store, convs: list[_Conv], result: ImportResult) -> None:
    seen: set[str] = set()
    try:
        with store.transaction():
            for conv in convs:
                if conv.uuid in seen or store.find_conversation_by_uuid(conv.uuid) is not None:
                    result.skipped_existing += 1
                    continue
                seen.add(conv.uuid)
                stamps = [m.created_at for m in conv.messages if m.created_at is not None]
                created = conv.created_at or (min(stamps) if stamps else None)
                updated = conv.updated_at or (max(stamps) if stamps else created)
                new = store.create_conversation(
                    conv.title, conv.provider, conv.model, conv.system_prompt, conv.params,
                    uuid=conv.uuid, created_at=created, updated_at=updated,
                )
                for m in conv.messages:
                    store.add_message(
                        new.id, m.role, m.content, m.state, m.model, error=m.error,
                        timings=m.timings, usage=m.usage, reasoning=m.reasoning,
                        created_at=m.created_at if m.created_at is not None else created,
                    )
                if updated is not None:  # add_message moved it; keep the original time
                    store.touch(new.id, updated)
                result.conversation_ids.append(new.id)
                result.imported += 1
                result.messages += len(conv.messages)
    except ImportFailed:
        raise
    except Exception as exc:  # database trouble: the transaction was rolled back
        raise ImportFailed(f"Import failed while saving ({exc}); nothing was imported.") from exc


__all__ = ["MAX_FILE_BYTES", "ImportFailed", "ImportResult", "import_data", "import_file"]

