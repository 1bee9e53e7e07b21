"""Import our own backups and ChatGPT's data export, all-or-nothing.

A file is read, parsed and validated completely into plain records before the database is
touched; the records are then written in one transaction. A bad or hostile file (not JSON, the
wrong shape, too large, cycles in the reply tree, absurd nesting, wrong types, attachment
bytes that do not match their checksum) raises :class:`ImportFailed` with a message for the
user and changes nothing.

Re-importing is idempotent: each conversation carries a stable uuid (ours, or ``chatgpt-<id>``)
and ones already in the database are skipped. Every version of every message is kept, with
the one shown; attachments are stored once per content.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .conversation.stored_parts import blob_refs
from .export import BACKUP_FORMAT
from .importing.assets import Assets, FolderAssets, ZipAssets
from .importing.backup import parse_backup
from .importing.chatgpt import parse_chatgpt
from .importing.records import Blob, Conv, ImportFailed, ImportResult
from .notice import Notice
from .store import Store

MAX_FILE_BYTES = 512 * 1024 * 1024
CHATGPT_MEMBER = "conversations.json"


# ---------------------------------------------------------------------- entry points
def import_file(store: Store, path: str | Path) -> ImportResult:
    """Import a backup (.json), a ChatGPT ``conversations.json``, a ChatGPT export .zip or the
    folder it unpacks to. Images of a ChatGPT export are kept when they are in the zip or in
    the folder beside conversations.json; otherwise the text names them."""
    path = Path(path)
    with _open_source(path) as (raw, assets):
        return import_data(store, _parse_json(raw, path.name), assets)


def import_data(store: Store, data: Any, assets: Assets | None = None) -> ImportResult:
    """Import already-parsed JSON, detecting the format; ``assets``: where images are."""
    blobs: dict[str, Blob]
    if isinstance(data, dict) and data.get("format") == BACKUP_FORMAT:
        result = ImportResult("ava-backup")
        convs, blobs = parse_backup(data, result)
    elif isinstance(data, list) or (isinstance(data, dict) and "mapping" in data):
        result = ImportResult("chatgpt")
        convs, blobs = parse_chatgpt(data if isinstance(data, list) else [data], result,
                                     assets or Assets())
    else:
        raise ImportFailed(Notice("import_unknown"))
    _write(store, convs, blobs, result)
    return result


# ---------------------------------------------------------------------- reading
@contextmanager
def _open_source(path: Path) -> Iterator[tuple[bytes, Assets]]:
    """The JSON bytes, and where the images beside them can be read while importing."""
    if path.is_dir():
        found = path / CHATGPT_MEMBER
        if not found.is_file():
            raise ImportFailed(Notice("import_folder", {"name": path.name}))
        path = found
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if size > MAX_FILE_BYTES:
        raise ImportFailed(Notice("import_too_large_size", {"name": path.name, "size": size}))
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
            fh.seek(0)
            if head.startswith(b"PK"):
                with _zip(fh, path.name) as archive:
                    yield _read_zip(archive, path.name), ZipAssets(archive)
                return
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    # conversations.json in an unpacked export: its images sit beside it
    yield raw, FolderAssets(path.parent) if path.name == CHATGPT_MEMBER else Assets()


def _unreadable(path: Path, exc: OSError) -> ImportFailed:
    return ImportFailed(Notice("import_cannot_read", {"name": path.name,
                                                      "reason": exc.strerror or str(exc)}))


_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError,
               RuntimeError, ValueError)


@contextmanager
def _zip(fh: Any, name: str) -> Iterator[zipfile.ZipFile]:
    try:
        archive = zipfile.ZipFile(fh)
    except _ZIP_ERRORS as exc:
        raise ImportFailed(Notice("import_bad_zip", {"name": name, "error": str(exc)})) from exc
    with archive:
        yield archive


def _read_zip(zf: zipfile.ZipFile, name: str) -> bytes:
    members = [i for i in zf.infolist()
               if not i.is_dir() and i.filename.rsplit("/", 1)[-1] == CHATGPT_MEMBER]
    if not members:
        raise ImportFailed(Notice("import_no_member", {"name": name}))
    info = min(members, key=lambda i: i.filename.count("/"))
    if info.file_size > MAX_FILE_BYTES:
        raise ImportFailed(Notice("import_member_too_large", {"name": name}))
    try:
        with zf.open(info) as member:
            data = member.read(MAX_FILE_BYTES + 1)  # sizes in a zip can lie
    except _ZIP_ERRORS as exc:
        raise ImportFailed(Notice("import_bad_zip", {"name": name, "error": str(exc)})) from exc
    if len(data) > MAX_FILE_BYTES:
        raise ImportFailed(Notice("import_member_too_large", {"name": name}))
    return data


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _parse_json(raw: bytes, name: str) -> Any:
    if len(raw) > MAX_FILE_BYTES:
        raise ImportFailed(Notice("import_too_large", {"name": name}))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(Notice("import_not_utf8", {"name": name})) from exc
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except RecursionError as exc:
        raise ImportFailed(Notice("import_too_deep", {"name": name})) from exc
    except ValueError as exc:
        raise ImportFailed(Notice("import_bad_json", {"name": name, "error": str(exc)})) from exc


# ---------------------------------------------------------------------- writing
def _write(store: Store, convs: list[Conv], blobs: dict[str, Blob], result: ImportResult
           ) -> None:
    seen: set[str] = set()
    try:
        with store.transaction():
            stored: set[str] = set()
            for conv in convs:
                if conv.uuid in seen or store.find_conversation_by_uuid(conv.uuid) is not None:
                    result.skipped_existing += 1
                    continue
                seen.add(conv.uuid)
                for sha in _blobs_of(conv):
                    if sha in blobs and sha not in stored:  # once per content
                        store.put_blob(sha, blobs[sha].mime, blobs[sha].data)
                        stored.add(sha)
                result.conversation_ids.append(_write_conversation(store, conv))
                result.imported += 1
                result.messages += len(conv.messages)
            if result.source == "ava-backup":
                result.attachments = len(stored)
    except ImportFailed:
        raise
    except Exception as exc:  # database trouble: the transaction was rolled back
        why = getattr(exc, "notice", None) or str(exc)  # a StoreError is typed itself
        raise ImportFailed(Notice("import_saving", {"error": why})) from exc


def _blobs_of(conv: Conv) -> Iterator[str]:
    for m in conv.messages:
        yield from blob_refs(m.parts)


def _write_conversation(store: Store, conv: Conv) -> int:
    """One conversation and its tree: file keys become new ids, the shown versions kept."""
    stamps = [m.created_at for m in conv.messages if m.created_at is not None]
    created = conv.created_at or (min(stamps) if stamps else None)
    updated = conv.updated_at or (max(stamps) if stamps else created)
    new = store.create_conversation(
        conv.title, conv.provider, conv.model, conv.system_prompt, conv.params,
        uuid=conv.uuid, created_at=created, updated_at=updated,
    )
    ids: dict[Any, int] = {}
    previous: int | None = None
    for m in conv.messages:
        # a format-1 backup is linear: each message follows the one before
        parent = previous if m.linear else ids[m.parent] if m.parent is not None else None
        row = store.add_message(
            new.id, m.role, m.content, m.state, m.model, error=m.error,
            timings=m.timings, usage=m.usage, reasoning=m.reasoning,
            created_at=m.created_at if m.created_at is not None else created,
            parent_id=parent, parts=m.parts or None,
        )
        previous = row.id
        if not m.linear:
            ids[m.key] = row.id
    if ids:
        store.set_shown(new.id, ids.get(conv.active_root),
                        {ids[m.key]: ids.get(m.active_child) for m in conv.messages})
    if updated is not None:  # add_message moved it; keep the original time
        store.touch(new.id, updated)
    return new.id


__all__ = ["MAX_FILE_BYTES", "ImportFailed", "ImportResult", "import_data", "import_file"]
