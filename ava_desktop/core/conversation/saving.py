"""Writing a streaming answer back to the database, and riding out a failing disk.

The text lives in the node; this only decides *when* to write it. A database that fails
(disk full, I/O error) is reported once per answer, the text stays in memory, and writes back
off (1 s, 2 s, … 30 s) until one works again: 1,000 deltas after a failure are one message
and a handful of attempts, not 1,000 of each.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ava_desktop.core.store import Conversation, Store, StoreError

from .node import Node, Notice

INTERVAL = 0.5
MAX_INTERVAL = 1.0
STRETCH_ABOVE = 256 * 1024  # past this, each write rewrites a large row: write less often
MAX_BACKOFF = 30.0


class AnswerSaver:
    """Saves one node's text and reasoning while it streams, then its final state."""

    def __init__(self, store: Store, node: Node,
                 on_failure: Callable[[StoreError], None] = lambda _exc: None,
                 on_recovered: Callable[[], None] = lambda: None, *,
                 interval: float = INTERVAL, max_interval: float = MAX_INTERVAL,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self.node = node
        self.base_interval = interval
        self.max_interval = max(interval, max_interval)
        self._on_failure = on_failure
        self._on_recovered = on_recovered
        self._clock = clock
        self._last = clock()
        self._saved = (len(node.content), len(node.reasoning))
        self._failures = 0
        self._retry_at = 0.0
        self.writes = 0

    @property
    def interval(self) -> float:
        size = len(self.node.content)
        return min(self.max_interval, self.base_interval * max(1.0, size / STRETCH_ABOVE))

    @property
    def failing(self) -> bool:
        return self._failures > 0

    def maybe_save(self) -> bool:
        """Write if there is something new and the interval (or the back-off) has passed;
        True when it wrote."""
        now = self._clock()
        if self._failures and now < self._retry_at:
            return False
        if not self._failures and now - self._last < self.interval:
            return False
        before = self.writes
        self.save(now)
        return self.writes > before

    def save(self, now: float | None = None) -> bool:
        sizes = (len(self.node.content), len(self.node.reasoning))
        if sizes == self._saved and not self._failures:
            return True
        fields: dict[str, Any] = {"content": self.node.content}
        if self.node.reasoning:
            fields["reasoning"] = self.node.reasoning
        return self._write(fields, sizes, now)

    def finish(self) -> bool:
        """The final write: text, state and what was measured, in one commit."""
        node = self.node
        fields: dict[str, Any] = {"content": node.content, "state": node.state,
                                  "error": node.error, "timings": node.timings,
                                  "usage": node.usage, "model": node.model,
                                  "parts": node.stored_parts()}
        if node.reasoning:
            fields["reasoning"] = node.reasoning
        return self._write(fields, (len(node.content), len(node.reasoning)), None)

    def _write(self, fields: dict[str, Any], sizes: tuple[int, int], now: float | None) -> bool:
        now = self._clock() if now is None else now
        try:
            self.store.update_message(self.node.id, **fields)
        except StoreError as exc:
            self._failures += 1
            self._retry_at = now + min(MAX_BACKOFF, 2.0 ** (self._failures - 1))
            if self._failures == 1:
                self._on_failure(exc)
            return False
        self.writes += 1
        self._last = now
        self._saved = sizes
        if self._failures:
            self._failures = 0
            self._on_recovered()
        return True


class SessionStorage:
    """What a ChatSession does with its store: create and rename the conversation, keep
    the draft, save answers later when the database fails, and say so once (a mixin)."""

    store: Store | None
    conversation: Conversation | None
    store_failing: bool
    save_tick: float

    if TYPE_CHECKING:
        def _emit(self, event: Any) -> None: ...

    #: Who chose the title of a conversation not saved yet ("user", "model"; None: it is
    #: the automatic one from the first message). Saved ones keep it in params.
    _title_by: str | None = None
    _title = ""

    @property
    def title(self) -> str:
        return self.conversation.title if self.conversation is not None else self._title

    def ensure_conversation(self, title: str, provider: str | None, model: str | None,
                            system_prompt: str | None, params: dict[str, Any]) -> None:
        if self.conversation is not None or self.store is None:
            return
        if self._title_by is not None:
            params = {**params, "title_by": self._title_by}
        conversation = self._persist(lambda s: s.create_conversation(
            title, provider, model, system_prompt=system_prompt, params=params))
        self.conversation = conversation

    @property
    def title_by(self) -> str | None:
        """Who chose the title: "user" (renamed by hand), "model", or None (automatic)."""
        if self.conversation is not None:
            by = self.conversation.params.get("title_by")
            return by if isinstance(by, str) else None
        return self._title_by

    def rename(self, title: str, by: str | None = None) -> None:
        """One title per conversation: the tab, the history list and exports read this.
        ``by`` says who chose it ("user", "model"); a title the user chose stays theirs."""
        self._title = title
        if by is not None:
            self._title_by = by
        if self.conversation is not None:
            conv_id = self.conversation.id
            self._persist(lambda s: s.rename(conv_id, title, by=by))
            self.conversation.title = title
            if by is not None:
                self.conversation.params = {**self.conversation.params, "title_by": by}

    def save_draft(self, text: str) -> None:
        if self.conversation is not None:
            conv_id = self.conversation.id
            self._persist(lambda s: s.save_draft(conv_id, text))

    async def _save_later(self, saver: AnswerSaver) -> None:
        """The answer ended while the database failed: its text is in memory; keep trying
        (backing off) until it is saved, or the store is closed."""
        delay = 1.0
        while self.store is not None and not self.store.closed:
            await asyncio.sleep(delay)
            if saver.finish():
                return
            delay = min(30.0, delay * 2)

    async def _save_ticks(self, saver: AnswerSaver) -> None:
        while True:
            await asyncio.sleep(self.save_tick)
            saver.maybe_save()

    def _store_failed(self, exc: StoreError) -> None:
        self.store_failing = True
        self._emit(Notice(f"Could not save the answer ({exc}); it is kept in memory and "
                          "saved when writing works again."))

    def _store_recovered(self) -> None:
        self.store_failing = False
        self._emit(Notice("Saving works again; the answer is saved."))

    def _persist(self, func: Callable[[Store], Any]) -> Any:
        """One store call; a failure is said once as a notice, the chat on screen stays."""
        if self.store is None:
            return None
        try:
            return func(self.store)
        except StoreError as exc:
            self._emit(Notice(f"Could not save the conversation: {exc}"))
            return None


__all__ = ["AnswerSaver", "SessionStorage"]
