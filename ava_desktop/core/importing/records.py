"""What a parsed import holds before it touches the database, and the checks that build it.

Messages are a tree: each names a ``key`` (an id local to the file), its ``parent`` key and
the child key it shows. Parents come before their children in every list, so writing them in
order always finds the parent already stored.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from typing import Any

from ..notice import Notice
from ..text import clean_text


class ImportFailed(Exception):
    """The file cannot be imported; nothing was changed. ``str()`` is English (logs),
    ``notice`` the same typed for the UI's tr()."""

    def __init__(self, notice: Notice) -> None:
        super().__init__(notice.english())
        self.notice = notice


@dataclass(slots=True)
class ImportResult:
    source: str  # "ava-backup" or "chatgpt"
    imported: int = 0
    skipped_existing: int = 0  # already in the database (same uuid): re-import is a no-op
    messages: int = 0
    skipped_items: int = 0  # tool calls, hidden/system nodes, audio: what we do not import
    attachments: int = 0  # images and files attached (their bytes stored once each)
    missing_images: int = 0  # ChatGPT images not in what was given: named in the text
    conversation_ids: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Blob:
    """Attachment bytes, already checked against their SHA-256."""

    sha256: str
    mime: str
    data: bytes


@dataclass(slots=True)
class Msg:
    role: str
    content: str
    state: str = "complete"
    model: str | None = None
    created_at: float | None = None
    error: str | None = None
    timings: dict[str, Any] = field(default_factory=dict)
    usage: dict[str, Any] | None = None
    reasoning: str | None = None
    key: Any = None  # the message's id inside the file
    parent: Any = None  # key of its parent (None: a first message)
    active_child: Any = None  # key of the child shown under it (None: the newest)
    parts: list[dict[str, Any]] = field(default_factory=list)
    linear: bool = False  # an old linear file: the parent is simply the previous message

    def __post_init__(self) -> None:
        clean_fields(self)


@dataclass(slots=True)
class Conv:
    uuid: str
    title: str
    created_at: float | None
    updated_at: float | None
    provider: str | None = None
    model: str | None = None
    system_prompt: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    messages: list[Msg] = field(default_factory=list)
    active_root: Any = None  # key of the first message shown (None: the newest)

    def __post_init__(self) -> None:
        clean_fields(self)


def clean_fields(record: Any) -> None:
    """Imported text may hold lone surrogates (valid JSON, not storable text)."""
    for name in record.__slots__:
        value = getattr(record, name)
        if isinstance(value, str):
            setattr(record, name, clean_text(value))


class Where:
    """Names the conversation a problem is in, for the error message."""

    def __init__(self, index: int, title: Any = None) -> None:
        self.index = index
        self.title = title if isinstance(title, str) else None

    def fail(self, kind: str, **params: Any) -> ImportFailed:
        """``kind`` (a notice kind) says what is wrong in the file's structure; ``params``
        are the file's own names and values (field names, ids), quoted as they are."""
        number = self.index + 1
        problem = Notice(kind, params)
        if self.title:
            said = Notice("import_malformed_title", {"number": number, "title": self.title[:60],
                                                     "problem": problem})
        else:
            said = Notice("import_malformed", {"number": number, "problem": problem})
        return ImportFailed(said)


def opt_str(value: Any, where: Where, what: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise where.fail("imp_not_text", field=what, type=type(value).__name__)


def opt_time(value: Any, where: Where, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise where.fail("imp_not_number", field=what, type=type(value).__name__)
    value = float(value)
    if not math.isfinite(value) or not 0 <= value < 1e11:  # Unix seconds, before year 5138
        raise where.fail("imp_out_of_range", field=what)
    return value


def opt_dict(value: Any, where: Where, what: str) -> dict[str, Any] | None:
    if value is None or isinstance(value, dict):
        return value
    raise where.fail("imp_not_object_field", field=what, type=type(value).__name__)


def shown_path(messages: list[Msg], active_root: Any) -> list[Msg]:
    """The messages shown: from the shown root, each one's shown child (else its newest)."""
    children: dict[Any, list[Msg]] = {}
    for m in messages:
        children.setdefault(m.parent, []).append(m)
    path: list[Msg] = []
    wanted = active_root
    kids = children.get(None, [])
    while kids:
        node = next((k for k in kids if k.key == wanted), kids[-1])
        path.append(node)
        wanted, kids = node.active_child, children.get(node.key, [])
    return path


def title_from(messages: list[Msg]) -> str:
    """A title from the first question (``messages``: the shown path)."""
    first = next((m.content for m in messages if m.role == "user"), messages[0].content)
    line = " ".join(first.split())
    return line[:60] + ("…" if len(line) > 60 else "")


def fallback_uuid(prefix: str, title: str, created: float | None, contents: list[str]) -> str:
    """A stable id for records without one, so importing the same file twice is a no-op."""
    digest = hashlib.sha256()
    for piece in (prefix, title, repr(created), *contents):
        digest.update(piece.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()[:32]
