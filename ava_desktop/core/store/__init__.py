"""Qt-free persistence: SQLite conversations, crash-safe streaming write-back, search.

Public API::

    store = Store.open(data_dir / DB_FILENAME)   # raises StoreLockedError / StoreCorruptError /
                                                 # StoreTooNewError / StoreError
    store.interrupted_message_ids                # answers the last run left streaming
    conv = store.create_conversation(title, provider, model, system_prompt, params)
    store.add_message(conv.id, "user", text)     # committed before the request goes out
    ans = store.add_message(conv.id, "assistant", "", state="streaming", model=model)
    # the streaming write-back is core.conversation.saving.AnswerSaver (ChatSession uses it)
"""

from .errors import (
    NotFoundError,
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    StoreTooNewError,
)
from .models import ROLES, STATES, Conversation, Message, Role, SearchHit, State
from .schema import LATEST_VERSION
from .store import DB_FILENAME, UNSET, Store

__all__ = [
    "DB_FILENAME",
    "LATEST_VERSION",
    "ROLES",
    "STATES",
    "UNSET",
    "Conversation",
    "Message",
    "NotFoundError",
    "Role",
    "SearchHit",
    "State",
    "Store",
    "StoreCorruptError",
    "StoreError",
    "StoreLockedError",
    "StoreTooNewError",
]
