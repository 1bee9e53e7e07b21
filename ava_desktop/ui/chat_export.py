"""A tab's shown path as the Markdown export writes it, whether it was saved or not."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from ava_desktop.core.export import to_markdown
from ava_desktop.core.store import Conversation, Message

if TYPE_CHECKING:
    from ava_desktop.ui.chat_tab import ChatTab


def tab_markdown(tab: ChatTab) -> str:
    now = time.time()
    conversation = tab.conversation or Conversation(
        id=0, title=tab.title, created_at=now, updated_at=now,
        provider=tab.selector.target_key(), model=tab.selector.model())
    messages = [
        Message(id=m.id, conversation_id=conversation.id, position=i, role=m.role,  # type: ignore[arg-type]
                content=m.content, state=m.state, model=m.model,  # type: ignore[arg-type]
                created_at=m.node.created_at, error=m.error)
        for i, m in enumerate(tab.all_messages())
    ]
    return to_markdown(replace(conversation, title=tab.title), messages)
