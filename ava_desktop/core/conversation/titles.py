"""Titles the model writes: asked once, after the first answer of a conversation (or
after the next one, when the user asked again before the title came: it gives way).

The rule for *where* (the ``model_titles`` setting):

- ``"auto"`` (the default): only where a request costs nothing, i.e. no API key is sent
  (nor a header that looks like one: the app's own local models, Ollama / LM Studio /
  llama.cpp found on this computer, a keyless server on the network) or the model is one a
  service marks free (``…:free`` on OpenRouter). An endpoint with a key may bill every
  request, so it is never asked unless the user chooses "always".
- ``"always"``: every endpoint; ``"off"``: never.

The request goes to the endpoint and model that wrote the answer and nowhere else (the
same :class:`RequestPlan`, without tools, system prompt or loading callbacks), carries the
first exchange cut to a few hundred characters, and its reply is cleaned (quotes, Markdown,
line breaks, a "Title:" prefix) and capped. Any failure is logged and yields no title: the
automatic one from the first message stays.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ava_desktop.core.chat import COMPLETE, AnswerTooLongError, Generation, GenerationResult
from ava_desktop.core.store import StoreError

from .node import Node, TitleChanged
from .parts import ChatMessage, TextPart
from .request import RequestPlan, Sampling

if TYPE_CHECKING:
    from ava_desktop.core.store import Conversation, Store

    from .tree import Tree

log = logging.getLogger(__name__)

#: Longest title kept (characters); a longer reply is cut at a word and ends with "…".
TITLE_MAX = 60
#: The automatic title: the first message, cut to this many characters.
AUTO_TITLE_LENGTH = 40
#: A first line longer than this is prose, not a title: the automatic title stays.
NOT_A_TITLE = 160
#: How much of the first question and answer the request carries.
EXCERPT_CHARS = 600
#: Enough for a short title; a model that rambles or thinks aloud is cut off here.
TITLE_TOKENS = 64
TITLE_MAX_CHARS = 2000
TITLE_TIMEOUT = 60.0

PROMPT = ("Write a short title (3 to 6 words) for the conversation below, in the language "
          "of the conversation. Reply with the title only: no quotes, no Markdown, no "
          "final punctuation.\n\nUser: {question}\n\nAssistant: {answer}")

_QUOTES = "\"'`“”„‟‘’‚‛«»‹›「」『』"
_PREFIX = re.compile(r"^(?:\*\*|__)?(?:conversation\s+)?title\s*[:：-]\s*", re.IGNORECASE)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+")
_EMPHASIS = re.compile(r"(\*\*|__|\*|~~|`)")
_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"</?[a-zA-Z][^>]{0,40}>")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def title_from(text: str) -> str:
    """The automatic title of a conversation: its first message on one line, shortened."""
    line = " ".join(text.strip().split())
    if len(line) <= AUTO_TITLE_LENGTH:
        return line
    return line[: AUTO_TITLE_LENGTH - 1].rstrip() + "…"


def wants_title(mode: str, plan: RequestPlan) -> bool:
    """Whether the model may be asked for a title under the setting ``mode``."""
    if mode == "always":
        return True
    if mode != "auto":
        return False
    headers = plan.endpoint.get("extra_headers") or {}
    keyed = bool(plan.endpoint.get("api_key")) or any(
        word in name.lower() for name in headers for word in ("key", "auth", "token"))
    return not keyed or plan.model.endswith(":free")


def clean_title(raw: str, limit: int = TITLE_MAX) -> str:
    """The title in a model's reply, as plain text on one line; "" when there is none."""
    text = _THINK.sub("", raw)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    line = lines[0]
    if len(lines) > 1 and line.rstrip("*_ ").endswith((":", "：")):
        line = lines[1]  # "Here is a title:" then the title on the next line
    line = _LINK.sub(r"\1", line)
    line = _TAGS.sub("", line)
    line = _MARKS.sub("", line)
    line = _PREFIX.sub("", line)
    line = _EMPHASIS.sub("", line)
    line = _CONTROL.sub("", line)
    line = " ".join(line.split())
    previous = None
    while previous != line:
        previous = line
        line = line.strip(_QUOTES + " ").rstrip(".。:;,!").strip()
    if not any(ch.isalnum() for ch in line) or len(line) > NOT_A_TITLE:
        return ""
    if len(line) > limit:  # a sentence rather than a title: its first sentence, if short
        first = _SENTENCE.split(line, maxsplit=1)[0].rstrip(".。!?！？")
        line = first if 4 <= len(first) < len(line) else line
    if len(line) > limit:
        cut = line[: limit - 1]
        space = cut.rfind(" ")
        line = (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:-") + "…"
    return line


def title_messages(question: str, answer: str) -> list[ChatMessage]:
    """The one message of a title request: the instruction and the first exchange, cut."""
    text = PROMPT.format(question=_excerpt(question), answer=_excerpt(answer))
    return [ChatMessage("user", (TextPart(text),))]


SHORT = Sampling(temperature=0.2, max_tokens=TITLE_TOKENS)


def title_plan(plan: RequestPlan, sampling: Sampling = SHORT) -> RequestPlan:
    """The answer's plan, to the same place, with nothing that could show or cost more."""
    return replace(plan, sampling=sampling, system_prompt=None, on_progress=None,
                   skip_oldest=0)


async def suggest_title(plan: RequestPlan, question: str, answer: str,
                        timeout: float = TITLE_TIMEOUT) -> str:
    """Ask the model of ``plan`` for a title; "" (and a log line) when that fails. A model
    that refuses the short length or the temperature (OpenAI's reasoning models want
    ``max_completion_tokens``) is asked once more without them."""
    try:
        async with asyncio.timeout(timeout):
            result = await _ask(title_plan(plan), question, answer)
            if _refused_sampling(result.error):
                result = await _ask(title_plan(plan, Sampling()), question, answer)
    except TimeoutError:
        log.info("No title from %s: no reply within %.0f s", plan.target_name, timeout)
        return ""
    except Exception:  # a title is a nicety: never an error for the user
        log.warning("Asking %s for a title failed", plan.target_name, exc_info=True)
        return ""
    text = result.text
    if result.state != COMPLETE and not isinstance(result.error, AnswerTooLongError):
        log.info("No title from %s: %s", plan.target_name, result.error)
        return ""
    title = clean_title(text)
    if not title:
        log.info("No usable title in the reply of %s: %r", plan.target_name, text[:200])
    return title


async def _ask(plan: RequestPlan, question: str, answer: str) -> GenerationResult:
    return await Generation(provider=plan.provider, model=plan.model,
                            messages=title_messages(question, answer),
                            options=plan.provider_kwargs(), max_chars=TITLE_MAX_CHARS).run()


def _refused_sampling(error: Exception | None) -> bool:
    text = str(error).lower()
    return getattr(error, "status", None) in (400, 422) and any(
        word in text for word in ("max_tokens", "temperature", "unsupported"))


class ModelTitles:
    """The part of ``ChatSession`` that asks for a title once its first answer is done
    (a mixin; the session provides the tree, the store and the events)."""

    model_titles: str
    store: Store | None
    conversation: Conversation | None
    tree: Tree[Node]
    _title_task: asyncio.Task[Any] | None = None
    _title_postponed = False  # a title request gave way to the next answer: ask after it

    if TYPE_CHECKING:
        title: str
        title_by: str | None
        _spawn: Callable[[Coroutine[Any, Any, Any]], asyncio.Task[Any]]

        def _emit(self, event: Any) -> None: ...
        def rename(self, title: str, by: str | None = None) -> None: ...

    def _maybe_ask_title(self, node: Node, plan: RequestPlan) -> None:
        """After the first answer of a conversation whose title is still the automatic one
        (or the answer after it, when the request gave way to that one), ask the same
        endpoint and model for a title, in the background."""
        path = self.tree.path_to(node.id)
        if len(path) != 2 and not self._title_postponed:
            return
        self._title_postponed = False
        if len(path) < 2 or self.title_by is not None or not wants_title(self.model_titles,
                                                                          plan):
            return
        user, answer = path[0], path[1]
        if user.role != "user" or answer.state != COMPLETE or not answer.content.strip():
            return
        if user.content.strip() and self.title != title_from(user.content):
            return  # not the automatic title: imported, or renamed before renames were kept
        self._title_task = self._spawn(self._ask_title(user.content, answer.content, plan,
                                                       self.title))

    def _postpone_title(self) -> None:
        """A new answer starts: a title request still running gives way (a local server
        with one slot would make the answer wait for it) and is asked again after it."""
        task, self._title_task = self._title_task, None
        if task is not None and not task.done():
            task.cancel()
            self._title_postponed = True

    async def _ask_title(self, question: str, answer: str, plan: RequestPlan,
                         asked_for: str) -> None:
        title = await suggest_title(plan, question, answer)
        # renamed by hand meanwhile (the tab, the sidebar, another window): theirs stays
        if not title or self.title_by is not None or self.title != asked_for \
                or not self._title_unchanged_on_disk(asked_for):
            return
        self.rename(title, by="model")
        self._emit(TitleChanged(title))

    def _title_unchanged_on_disk(self, title: str) -> bool:
        if self.store is None or self.conversation is None:
            return True
        try:
            saved = self.store.get_conversation(self.conversation.id)
        except StoreError:  # deleted meanwhile, or the disk fails: leave it be
            return False
        return saved.title == title and "title_by" not in saved.params


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"


__all__ = ["AUTO_TITLE_LENGTH", "TITLE_MAX", "ModelTitles", "clean_title", "suggest_title",
           "title_from", "title_messages", "title_plan", "wants_title"]
