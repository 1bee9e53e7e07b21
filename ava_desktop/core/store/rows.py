"""Rows <-> objects: the column lists and JSON helpers every part of the store shares."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Final

from .models import Conversation, Message


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final[Any] = _Unset()
"""Default of optional update arguments: "leave as is" (None means "set to NULL")."""

CONV_COLS = (
    "id, title, created_at, updated_at, provider, model, system_prompt, params, uuid, deleted_at,"
    " active_root, draft, pinned_at"
)
MSG_COLS = (
    "id, conversation_id, position, role, content, state, model, created_at, error, timings,"
    " usage, reasoning, parent_id, active_child, parts"
)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads(text: str | None, default: Any) -> Any:
    if text is None:
        return default
    if text == "{}" or text == "[]":  # most rows (opening 2,000 messages decodes 8,000)
        return {} if text == "{}" else []
    try:
        return json.loads(text)
    except ValueError:
        return default


def conversation_from_row(row: Sequence[Any]) -> Conversation:
    params = loads(row[7], {})
    return Conversation(
        id=row[0], title=row[1], created_at=row[2], updated_at=row[3], provider=row[4],
        model=row[5], system_prompt=row[6], params=params if isinstance(params, dict) else {},
        uuid=row[8], deleted_at=row[9], active_root=row[10], draft=row[11],
        pinned_at=row[12],
    )


def message_from_row(row: Sequence[Any]) -> Message:
    timings = loads(row[9], {})
    parts = loads(row[14], [])
    return Message(
        id=row[0], conversation_id=row[1], position=row[2], role=row[3], content=row[4],
        state=row[5], model=row[6], created_at=row[7], error=row[8],
        timings=timings if isinstance(timings, dict) else {}, usage=loads(row[10], None),
        reasoning=row[11], parent_id=row[12], active_child=row[13],
        parts=[p for p in parts if isinstance(p, dict)] if isinstance(parts, list) else [],
    )


