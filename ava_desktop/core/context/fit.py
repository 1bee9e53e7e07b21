"""Will the next request fit the model's window, and what to leave out if it will not.

Checked before a request is sent, so "too long" is said with a choice instead of coming
back as a server error: drop the oldest messages from this request (never the system
prompt, never the last user message; the conversation itself keeps them), or start a new
conversation from a summary request. A local model's "too long" error (its ``n_ctx``) is
the same situation and gets the same choice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from ava_desktop.core.conversation.parts import ChatMessage, Part, TextPart

from .estimate import REQUEST_OVERHEAD, estimate_message, estimate_text

Level = Literal["ok", "near", "over", "unknown"]
#: Amber from this share of the window on.
NEAR_FRACTION = 0.8


@dataclass(frozen=True, slots=True)
class Reported:
    """The server counted ``tokens`` for ``path_messages[: through + 1]`` (the last answer's
    prompt plus completion tokens)."""

    through: int
    tokens: int


@dataclass(frozen=True, slots=True)
class FitPlan:
    """``used`` of ``limit`` tokens, ``reserve`` kept for the answer. When over: ``drop``
    oldest messages (after the system prompt) leave enough room if ``fits_after_drop``."""

    used: int
    limit: int | None
    reserve: int
    level: Level
    drop: int = 0
    fits_after_drop: bool = True
    reported: int = 0  # part of ``used`` that the server counted

    @property
    def over(self) -> bool:
        return self.level == "over"


def draft_message(draft: str, attachments: Sequence[Part] = ()) -> ChatMessage | None:
    """The message the composer would send, or None when it holds nothing."""
    parts: tuple[Part, ...] = ((TextPart(draft),) if draft else ()) + tuple(attachments)
    return ChatMessage("user", parts) if parts else None


def level_of(used: int, limit: int | None, reserve: int = 0) -> Level:
    """Over when the answer's reserve no longer fits; near from 80 % of the window."""
    if not limit:
        return "unknown"
    if used + reserve > limit:
        return "over"
    return "near" if used >= NEAR_FRACTION * limit else "ok"


def plan_fit(path_messages: Sequence[ChatMessage], draft: str = "",
             attachments: Sequence[Part] = (), window: int | None = None,
             reserve_for_answer: int = 0, *,
             count: Callable[[ChatMessage], int] | None = None,
             reported: Reported | None = None) -> FitPlan:
    """The fit of ``path_messages`` (system prompt first, as sent) plus the draft.

    ``count`` gives one message's tokens (default: the estimate); ``reported`` replaces
    the count of the messages the server already counted. Dropped messages' share of a
    reported count is their counted share of it.
    """
    count = count or estimate_message
    messages = list(path_messages)
    new = draft_message(draft, attachments)
    if new is not None:
        messages.append(new)
    weights = [float(count(m)) for m in messages]
    through = -1
    total = float(REQUEST_OVERHEAD)
    if reported is not None and 0 <= reported.through < len(path_messages):
        through = reported.through
        counted = sum(weights[: through + 1])
        scale = reported.tokens / counted if counted > 0 else 1.0
        weights[: through + 1] = [w * scale for w in weights[: through + 1]]
        total = float(reported.tokens)
    total += sum(weights[through + 1:])
    used = round(total)
    reserve = max(0, reserve_for_answer)
    level = level_of(used, window, reserve)
    done = reported.tokens if reported is not None and through >= 0 else 0
    if level != "over" or not window:
        return FitPlan(used, window, reserve, level, reported=done)
    drop, fits = _oldest_to_drop(messages, weights, used + reserve - window)
    return FitPlan(used, window, reserve, level, drop, fits, reported=done)


def _oldest_to_drop(messages: list[ChatMessage], weights: list[float],
                    need: float) -> tuple[int, bool]:
    first = 0
    while first < len(messages) and messages[first].role == "system":
        first += 1
    last_user = max((i for i, m in enumerate(messages) if m.role == "user"), default=len(messages))
    freed, i = 0.0, first
    while i < last_user and freed < need:
        freed += weights[i]
        i += 1
    # What is left must start with a user turn (an answer or tool result without the
    # question it belongs to confuses models; Anthropic and Gemini refuse it).
    while i < last_user and messages[i].role != "user":
        freed += weights[i]
        i += 1
    return i - first, freed >= need


def drop_oldest(messages: Sequence[ChatMessage], count: int) -> list[ChatMessage]:
    """``messages`` without the ``count`` oldest after the leading system prompt."""
    first = 0
    while first < len(messages) and messages[first].role == "system":
        first += 1
    return [*messages[:first], *messages[first + max(0, count):]]


def summary_request(path_messages: Sequence[ChatMessage], max_tokens: int) -> str:
    """The first message of a new conversation that asks for a summary of this one: the
    newest messages' text that fits ``max_tokens`` (estimated), oldest left out first."""
    head = ("Summarize the conversation below so that we can continue it: the goal, what "
            "was decided or found, open questions, and any code, numbers or names that "
            "matter. Then wait for my next message.\n\n")
    budget = max(0, max_tokens - estimate_text(head) - 40)
    lines: list[str] = []
    left_out = 0
    talk = [m for m in path_messages if m.role in ("user", "assistant") and m.content.strip()]
    for message in reversed(talk):
        line = f"{'User' if message.role == 'user' else 'Assistant'}: {message.content.strip()}"
        cost = estimate_text(line) + 2
        if cost > budget:
            left_out = len(talk) - len(lines)
            break
        budget -= cost
        lines.append(line)
    note = f"[The {left_out} oldest messages did not fit and are left out.]\n" if left_out else ""
    return f"{head}<conversation>\n{note}" + "\n\n".join(reversed(lines)) + "\n</conversation>"


__all__ = ["NEAR_FRACTION", "FitPlan", "Level", "Reported", "draft_message", "drop_oldest",
           "level_of", "plan_fit", "summary_request"]
