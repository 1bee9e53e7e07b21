"""The context meter's numbers: what the next request will cost, and where they come from.

Three sources, best first: the server's reported usage (prompt + completion tokens of the
last answer on the shown path: what the path cost up to there), the model's own tokenizer
(a llama.cpp server's ``/tokenize``) for what came after, else an estimate corrected by
what the server reported for this model before. ``ContextState`` keeps the parts apart so
the meter can say how much of its number is exact.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ava_desktop.core.conversation.node import Node
from ava_desktop.core.conversation.parts import (
    ChatMessage,
    FilePart,
    ImagePart,
    Part,
    TextPart,
    ToolCallPart,
    ToolResultPart,
    framed_file_text,
)
from ava_desktop.core.local.tokenize import TokenizeError, TokenizerClient
from ava_desktop.core.notice import Notice
from ava_desktop.core.providers.listing import positive_int

from .calibration import Calibration, Correction
from .estimate import (
    MESSAGE_OVERHEAD,
    REQUEST_OVERHEAD,
    Family,
    estimate_message,
    estimate_messages,
    image_tokens,
)
from .fit import Level, Reported, draft_message, plan_fit
from .windows import ContextWindow

YIELD_EVERY = 500  # messages counted between turns of the event loop

Source = Literal["reported", "tokenizer", "estimate"]


@dataclass(frozen=True, slots=True)
class ContextState:
    """``used`` tokens of the next request (path + draft + attachments) against ``window``.

    ``used`` = ``reported`` + ``counted`` + ``estimated``. ``drop``: when over, how many of
    the oldest messages to leave out of this request to fit (``fits_after_drop``).
    """

    used: int = 0
    window: ContextWindow | None = None
    level: Level = "unknown"
    reported: int = 0
    counted: int = 0
    estimated: int = 0
    correction: Correction | None = None
    reserve: int = 0
    drop: int = 0
    fits_after_drop: bool = True
    note: Notice | None = None  # why a count fell back to an estimate

    @property
    def limit(self) -> int | None:
        return self.window.tokens if self.window else None

    @property
    def approximate(self) -> bool:
        return self.estimated > 0

    @property
    def source(self) -> Source:
        """The weakest source in the number (what "≈" stands for)."""
        return "estimate" if self.estimated else "tokenizer" if self.counted else "reported"

    def label(self) -> str:
        """ "≈3.1k / 8k" (the "≈" when part of it is an estimate)."""
        limit = format_tokens(self.limit) if self.limit else "?"
        return f"{'≈' if self.approximate else ''}{format_tokens(self.used)} / {limit}"

    def explain(self) -> str:
        """Where the numbers come from, in English for logs and tests (plain text, one line
        each); the meter's tooltip is ``ui.context_tip.explain``, its tr() twin."""
        lines = [f"{self.used:,} tokens in the next request"
                 + (f" of a {self.limit:,}-token context window" if self.limit else "")
                 + (f", {self.reserve:,} kept free for the answer" if self.reserve else "")]
        if self.reported:
            lines.append(f"• {self.reported:,} as the server reported after the last answer")
        if self.counted:
            lines.append(f"• {self.counted:,} counted by the model's tokenizer")
        if self.estimated:
            lines.append(f"• about {self.estimated:,} estimated (≈4 characters per token, "
                         "1 per CJK character; images by the provider's formula)")
        if self.correction is not None:
            lines.append(self.correction.describe().capitalize() + ".")
        if self.window is not None:
            lines.append(f"Context window: {self.window.describe()}.")
        else:
            lines.append("This model's context window is not known: set it in Settings "
                         "(model_context_windows).")
        if self.level == "over":
            lines.append(f"Too long: leaving out the {self.drop} oldest messages would make it "
                         "fit." if self.fits_after_drop and self.drop else
                         "Too long even without older messages: start a new conversation "
                         "with a summary.")
        if self.note is not None:
            lines.append(self.note.english() + ".")
        return "\n".join(lines)


def format_tokens(n: int) -> str:
    """999, 3.1k, 12k, 1.5M; power-of-two windows read as people name them (4096 -> 4k,
    131072 -> 128k, 1048576 -> 1M)."""
    if n < 1000:
        return str(n)
    k, rest = divmod(n, 1024)
    if not rest and k % 1024 == 0:
        return f"{k // 1024}M"
    if not rest and k & (k - 1) == 0:  # a power of two: 4k, 8k, 128k
        return f"{k}k"
    if n < 10_000:
        return f"{n / 1000:.1f}".rstrip("0").rstrip(".") + "k"
    if n < 1_000_000:
        return f"{round(n / 1000)}k"
    return f"{n / 1_000_000:.2f}".rstrip("0").rstrip(".") + "M"


def default_reserve(window: int | None, max_tokens: int | None = None) -> int:
    """Room to keep for the answer: the request's length limit, else an eighth of the
    window up to 1,024 tokens."""
    if not window:
        return max_tokens or 0
    if max_tokens:
        return min(max_tokens, window // 2)
    return min(1024, window // 8)


def path_request(path: Sequence[Node], system_prompt: str | None
                 ) -> tuple[list[ChatMessage], list[Node | None]]:
    """The request the shown path makes (as ``ChatSession.request_messages`` builds it),
    with the node each message came from (None for the system prompt)."""
    messages: list[ChatMessage] = []
    nodes: list[Node | None] = []
    if system_prompt:
        messages.append(ChatMessage("system", (TextPart(system_prompt),)))
        nodes.append(None)
    for node in path:
        parts = node.request_parts()
        if parts and node.role in ("user", "assistant", "system"):
            messages.append(ChatMessage(node.role, parts))  # type: ignore[arg-type]
            nodes.append(node)
    return messages, nodes


class ContextCounter:
    """Measures requests for one app (share it across tabs: the corrections are per model).

    ``measure`` is async only for the tokenizer; counts are cached per message, so a
    keystroke costs the draft's count, not the conversation's.
    """

    def __init__(self, calibration: Calibration | None = None, cache_size: int = 20_000) -> None:
        self.calibration = calibration or Calibration()
        # Insertion-ordered; the oldest entry goes first (an LRU's bookkeeping cost more
        # than the counts it saved on long conversations).
        self._cache: dict[tuple[str, ChatMessage], int] = {}
        self._cache_size = cache_size

    async def measure(self, path: Sequence[Node], *, key: str, model: str, family: Family,
                      system_prompt: str | None = None, draft: str = "",
                      attachments: Sequence[Part] = (), window: ContextWindow | None = None,
                      reserve: int = 0, tokenizer: TokenizerClient | None = None
                      ) -> ContextState:
        """The state of the request that sending ``draft`` now would make.

        ``key``: the model's ``"target_key/model"`` (corrections are kept by it);
        ``family``: ``family_of(provider, model)``; ``tokenizer``: the model's own counter
        when it has one (``LocalModelHost.tokenizer_for``).
        """
        messages, nodes = path_request(path, system_prompt)
        reported = self._reported(messages, nodes, key, model, family)
        new = draft_message(draft, attachments)
        if new is not None:
            messages.append(new)
        through = reported.through if reported is not None else -1
        ratio = self.calibration.ratio(key)
        weights: dict[int, int] = {}
        counted = 0
        note: Notice | None = None
        for i, message in enumerate(messages):
            if i % YIELD_EVERY == YIELD_EVERY - 1:
                await asyncio.sleep(0)  # 5,000 messages: ~15 ms, the loop runs in between
            raw = self._estimate(message, family)
            if i <= through:
                weights[id(message)] = raw  # only its share of the reported count matters
                continue
            exact = None
            if tokenizer is not None and note is None:
                try:
                    exact = await self._tokenized(message, tokenizer, family)
                except TokenizeError as exc:
                    note = Notice("tokenizer_failed", detail=str(exc))
            if exact is not None:
                counted += exact
                weights[id(message)] = exact
            else:
                weights[id(message)] = round(raw * ratio)
        if reported is None and tokenizer is not None and note is None:
            counted += REQUEST_OVERHEAD  # the template's own opening, counted with the rest
        limit = window.tokens if window else None
        plan = plan_fit(messages, window=limit, reserve_for_answer=reserve,
                        count=lambda m: weights[id(m)], reported=reported)
        return ContextState(plan.used, window, plan.level, plan.reported, counted,
                            plan.used - plan.reported - counted,
                            self.calibration.get(key), plan.reserve, plan.drop,
                            plan.fits_after_drop, note)

    def learn_overflow(self, key: str, messages: Sequence[ChatMessage], family: Family,
                       window: int) -> bool:
        """A "too long" error for ``messages`` (a local model's ``n_ctx``): later estimates
        for this model are raised so the meter says so before the next such request."""
        return self.calibration.learn_overflow(key, estimate_messages(messages, family), window)

    # ---------------------------------------------------------------- internals
    def _reported(self, messages: list[ChatMessage], nodes: list[Node | None], key: str,
                  model: str, family: Family) -> Reported | None:
        """The last answer on the path with the server's usage; its request teaches the
        correction (once per answer)."""
        for i in range(len(nodes) - 1, -1, -1):
            node = nodes[i]
            if node is None or node.role != "assistant" or node.state == "streaming":
                continue
            usage: dict[str, Any] = node.usage or {}
            prompt = positive_int(usage.get("prompt_tokens"))
            if prompt is None:
                continue
            if node.model and model and node.model != model:
                return None  # another model's tokenizer: its count says nothing about this one
            completion = positive_int(usage.get("completion_tokens")) or 0
            raw = REQUEST_OVERHEAD + sum(self._estimate(m, family) for m in messages[:i])
            self.calibration.learn(key, raw, prompt, sample=node.id)
            return Reported(i, prompt + completion)
        return None

    def _estimate(self, message: ChatMessage, family: Family) -> int:
        return self._cached(family, message, lambda: estimate_message(message, family))

    async def _tokenized(self, message: ChatMessage, tokenizer: TokenizerClient,
                         family: Family) -> int:
        found = self._cache.get((tokenizer.cache_key, message))
        if found is not None:
            return found
        text, images = _tokenizer_text(message)
        tokens = await tokenizer.count(text) + MESSAGE_OVERHEAD
        tokens += sum(image_tokens(i, family) for i in images)
        return self._cached(tokenizer.cache_key, message, lambda: tokens)

    def _cached(self, kind: str, message: ChatMessage, compute: Any) -> int:
        cache_key = (kind, message)
        found = self._cache.get(cache_key)
        if found is not None:
            return found
        value = int(compute())
        self._cache[cache_key] = value
        if len(self._cache) > self._cache_size:
            del self._cache[next(iter(self._cache))]
        return value


def _tokenizer_text(message: ChatMessage) -> tuple[str, list[ImagePart]]:
    """The text a chat template puts inside one message (joined as the wire joins it)."""
    texts: list[str] = []
    images: list[ImagePart] = []
    for part in message.parts:
        if isinstance(part, TextPart):
            texts.append(part.text)
        elif isinstance(part, FilePart):
            texts.append(framed_file_text(part))
        elif isinstance(part, ImagePart):
            images.append(part)
        elif isinstance(part, ToolCallPart):
            texts.append(f"{part.name} {part.arguments}")
        elif isinstance(part, ToolResultPart):
            texts.append(part.content)
            images.extend(part.images)
    return "\n\n".join(t for t in texts if t), images


__all__ = ["ContextCounter", "ContextState", "Source", "default_reserve", "format_tokens",
           "path_request"]
