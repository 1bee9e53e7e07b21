"""One open conversation: its tree, the answer streaming into it, and what happens to both.

``ChatSession`` is the only owner of a conversation's messages. Send, regenerate, continue,
edit & resend and switching versions happen here, by message id; widgets subscribe to the
events (``node.py``) and draw. Nothing is ever deleted: regenerate and edit add siblings.

Qt-free, so its behaviour is tested with plain asyncio.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ava_desktop.core.chat import COMPLETE, ERROR, STOPPED, Generation, GenerationResult
from ava_desktop.core.context.fit import drop_oldest
from ava_desktop.core.notice import Notice
from ava_desktop.core.providers import ProviderError, RateLimitError
from ava_desktop.core.store import Conversation, Store
from ava_desktop.core.tools.runner import MAX_TOOL_STEPS

from .errors import ImagesNotAcceptedError, MissingAttachmentError, refuses_images
from .node import (
    BusyChanged,
    MessageAdded,
    Node,
    PathReset,
    ReasoningAppended,
    SessionEvent,
    StatusChanged,
    StreamFinished,
    StreamStarted,
    TextAppended,
)
from .parts import (
    ChatMessage,
    ImagePart,
    Part,
    ReasoningPart,
    TextPart,
    ToolCallPart,
    ToolSpec,
    split_tool_turns,
)
from .request import RequestPlan
from .saving import AnswerSaver, SessionStorage
from .titles import ModelTitles
from .tool_steps import ToolSteps
from .tree import Tree, Versions

if TYPE_CHECKING:
    from ava_desktop.core.tools.host import ToolHost

#: A rate limit that names a wait up to this long is retried once by itself.
AUTO_RETRY_MAX_WAIT = 120.0
Listener = Callable[[SessionEvent], None]
Spawner = Callable[[Coroutine[Any, Any, Any]], "asyncio.Task[Any]"]


class ChatSession(ModelTitles, SessionStorage):
    """Messages as a tree, the shown path, and the answers streaming into it: one, or
    several at once when models are compared."""

    def __init__(self, store: Store | None = None, conversation: Conversation | None = None,
                 spawn: Spawner | None = None, save_tick: float = 0.25) -> None:
        self.store = store
        self.conversation = conversation
        self._spawn = spawn or asyncio.ensure_future
        self._listeners: list[Listener] = []
        self.tree: Tree[Node] = Tree()
        self._local_ids = itertools.count(-1, -1)  # ids of messages kept without a store
        self._runs: dict[int, tuple[Node, asyncio.Task[Any]]] = {}
        self._pending_saves: set[asyncio.Future[Any]] = set()
        self.save_tick = save_tick
        self.store_failing = False
        #: The tools offered to the model (None: no tools), and what this conversation
        #: turned off (server names or tool wire names).
        self.tools: ToolHost | None = None
        self.tools_off: frozenset[str] = frozenset()
        self.max_tool_steps = MAX_TOOL_STEPS  # the user's setting, set by the tab
        self.model_titles = "off"  # the setting (titles.py), set by the tab
        if store is not None and conversation is not None:
            self.tree = Tree((Node.from_message(m) for m in store.all_messages(conversation.id)),
                             conversation.active_root)

    # ---------------------------------------------------------------- events
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: SessionEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    # ---------------------------------------------------------------- reading
    @property
    def busy(self) -> bool:
        """An answer is streaming (or waiting to retry); False already while the last one
        reports its end, so listeners of StreamFinished/BusyChanged see the session idle."""
        return bool(self._runs)

    @property
    def streaming(self) -> Node | None:
        """The answer streaming on the shown path (a compared answer that is not shown is
        in ``running``)."""
        # Runs share their parent (one answer, or the compared ones), which is on the path
        # (versions cannot be switched while answering): the shown run is its shown child.
        for node, _task in self._runs.values():
            shown = self.tree.shown_child(node.parent_id)
            return self._runs[shown][0] if shown in self._runs else None
        return None

    @property
    def running(self) -> list[Node]:
        return [n for n, _t in self._runs.values()]

    def path(self) -> list[Node]:
        return self.tree.path()

    def node(self, node_id: int) -> Node | None:
        return self.tree.nodes.get(node_id)

    def versions(self, node_id: int) -> Versions:
        return self.tree.versions(node_id)

    def request_messages(self, upto: Node, system_prompt: str | None) -> list[ChatMessage]:
        """What a request for the answer after ``upto`` carries: the path to it, with the
        bytes of its images loaded (the tree keeps only their hashes)."""
        messages = [ChatMessage("system", (p,)) for p in _text_parts(system_prompt)]
        for node in self.tree.path_to(upto.id):
            parts = tuple(self._with_data(p) for p in node.request_parts())
            if parts and node.role in ("user", "assistant", "system"):
                messages.append(ChatMessage(node.role, parts))  # type: ignore[arg-type]
        return split_tool_turns(messages)

    def _with_data(self, part: Part) -> Part:
        if not isinstance(part, ImagePart) or part.data is not None:
            return part
        data = self._persist(lambda s: s.get_blob(part.sha256))
        if data is None:
            raise MissingAttachmentError(part.name or part.sha256[:12])
        return replace(part, data=data)

    # ---------------------------------------------------------------- actions
    def send(self, text: str, plan: RequestPlan, parts: Sequence[Part] = ()) -> Node | None:
        """Add a user message at the end of the shown path and answer it."""
        if self.busy:
            return None
        leaf = self.tree.leaf()
        user = self._add("user", leaf.id if leaf else None, text=text, parts=parts)
        self._emit(MessageAdded(user))
        self._answer(user, plan)
        return user

    def edit_and_resend(self, node_id: int, text: str, plan: RequestPlan,
                        parts: Sequence[Part] | None = None) -> Node | None:
        """A new version of user message ``node_id`` (a sibling), answered; the old one stays."""
        old = self.tree.nodes.get(node_id)
        if self.busy or old is None or old.role != "user":
            return None
        user = self._add("user", old.parent_id, text=text,
                         parts=old.parts if parts is None else parts)
        self._emit(PathReset(user.id))
        self._answer(user, plan)
        return user

    def regenerate(self, node_id: int, plan: RequestPlan) -> Node | None:
        """A new version of answer ``node_id``; the old one stays as a sibling."""
        old = self.tree.nodes.get(node_id)
        if self.busy or old is None or old.role != "assistant" or old.parent_id is None:
            return None
        parent = self.tree.nodes.get(old.parent_id)
        if parent is None:
            return None
        return self._answer(parent, plan, reset_from=True)

    def compare(self, text: str, plans: Sequence[RequestPlan],
                parts: Sequence[Part] = ()) -> list[Node]:
        """One user message answered by several models at once, side by side: each answer
        is a version of the reply; the first is shown until the user picks another."""
        if self.busy or not plans:
            return []
        leaf = self.tree.leaf()
        user = self._add("user", leaf.id if leaf else None, text=text, parts=parts)
        self._emit(MessageAdded(user))
        answers = [self._add("assistant", user.id, state="streaming", model=p.model)
                   for p in plans]
        self.tree.select(answers[0].id)
        self._persist(lambda s: s.show_version(answers[0].id))
        self._emit(MessageAdded(answers[0]))
        for answer, plan in zip(answers, plans, strict=True):
            self._stream(answer, plan, continuing=False)
        return answers

    def continue_answer(self, node_id: int, plan: RequestPlan) -> bool:
        """Ask for more of a stopped or interrupted answer; its text so far stays in place."""
        node = self.tree.nodes.get(node_id)
        leaf = self.tree.leaf()
        if self.busy or node is None or node is not leaf or node.role != "assistant":
            return False
        self._stream(node, plan, continuing=True)
        return True

    def switch(self, node_id: int) -> bool:
        """Show version ``node_id`` (and the branch below it)."""
        if self.busy or node_id not in self.tree:
            return False
        changed = self.tree.select(node_id)
        if not changed:
            return False
        self._persist(lambda s: s.show_version(node_id))
        self._emit(PathReset(node_id))
        return True

    def stop(self) -> None:
        for _node, task in list(self._runs.values()):
            task.cancel()

    async def stop_and_wait(self) -> None:
        self.stop()
        await self.wait()

    async def wait(self) -> None:
        """Until every running answer (and any retry) is over."""
        while self._runs:
            await asyncio.gather(*(t for _n, t in list(self._runs.values())),
                                 return_exceptions=True)

    # ---------------------------------------------------------------- internals
    def _add(self, role: str, parent_id: int | None, *, text: str = "",
             parts: Sequence[Part] = (), state: str = "complete",
             model: str | None = None) -> Node:
        node = Node(id=0, parent_id=parent_id, role=role, chunks=[text] if text else [],
                    parts=list(parts), state=state, model=model)
        stored = None
        if self.store is not None and self.conversation is not None:
            conv_id = self.conversation.id
            for part in parts:  # the bytes first: a message never names a missing blob
                if isinstance(part, ImagePart) and part.data is not None:
                    self._persist(lambda s, image=part: s.put_blob(image.sha256, image.mime,
                                                                   image.data))
            stored = self._persist(lambda s: s.add_message(
                conv_id, role, text, state=state, model=model, parent_id=parent_id,
                parts=node.stored_parts()))
        node.id = stored.id if stored is not None else next(self._local_ids)
        if stored is not None:
            node.created_at = stored.created_at
        self.tree.add(node)
        self.tree.select(node.id)
        return node

    def _answer(self, parent: Node, plan: RequestPlan, reset_from: bool = False) -> Node:
        answer = self._add("assistant", parent.id, state="streaming", model=plan.model)
        self._emit(PathReset(answer.id) if reset_from else MessageAdded(answer))
        self._stream(answer, plan, continuing=False)
        return answer

    def _stream(self, node: Node, plan: RequestPlan, continuing: bool) -> None:
        node.state, node.error, node.model = "streaming", None, plan.model
        first = not self._runs
        self._postpone_title()
        saver = None
        if self.store is not None and node.id > 0:
            saver = AnswerSaver(self.store, node, self._store_failed, self._store_recovered)
            # the state 'streaming' is on disk: a crash marks the answer interrupted
            self._persist(lambda s: s.update_message(node.id, state="streaming", error=None,
                                                     model=plan.model))
        self._emit(StreamStarted(node))
        self._runs[node.id] = (node, self._spawn(self._run(node, plan, saver, continuing)))
        if first:
            self._emit(BusyChanged(True))

    async def _run(self, node: Node, plan: RequestPlan, saver: AnswerSaver | None,
                   continuing: bool) -> None:
        ticker = asyncio.ensure_future(self._save_ticks(saver)) if saver else None
        prefix_len = len(node.content)
        retried = False
        steps = None
        try:
            specs: list[ToolSpec] = []
            if self.tools is not None and plan.provider.supports_tools:
                steps = ToolSteps(self.tools, node, self._emit, self._persist,
                                  max_steps=self.max_tool_steps)
                specs = await steps.offer(self.tools_off)
            while True:
                result = await self._generate(node, plan, continuing, specs)
                error = result.error
                wait = getattr(error, "retry_after", None)
                if (not retried and isinstance(error, RateLimitError) and wait is not None
                        and 0 <= wait <= AUTO_RETRY_MAX_WAIT and len(node.content) == prefix_len):
                    retried = True
                    await self._count_down(node, wait, error.host or "")
                    continue
                if steps is not None and result.state == COMPLETE and result.tool_calls:
                    if steps.exhausted:
                        result.state = ERROR
                        error = result.error = ProviderError(
                            Notice("tool_rounds", {"steps": steps.steps}))
                        break
                    await steps.run(result.tool_calls)
                    continuing, prefix_len, retried = True, len(node.content), False
                    continue
                break
            node.state = result.state
            if error is not None and refuses_images(error) and self._sends_images(node):
                error = ImagesNotAcceptedError(plan.model, error)
            node.error = str(error) if result.state == ERROR and error else None
            node.timings = {k: v for k, v in result.timings().items() if v is not None}
            notice = getattr(error, "notice", None) if node.error else None
            if notice is not None:  # typed, so the UI can word it in the user's language
                node.timings["error_notice"] = notice.to_json()
            if result.finish_reason == "length" and not result.finish_message:
                result.finish_notice = Notice("length_limit")
                result.finish_message = result.finish_notice.english()
            if result.finish_message and result.state != ERROR:
                node.timings["note"] = result.finish_message  # shown under the answer
                if result.finish_notice is not None:  # typed: worded in the UI's language
                    node.timings["note_notice"] = result.finish_notice.to_json()
            node.usage = result.usage
        except asyncio.CancelledError:
            node.state = STOPPED
        except BaseException as exc:  # a bug: keep the text, say what happened
            node.state, node.error = ERROR, f"{type(exc).__name__}: {exc}"
            raise
        finally:
            if ticker is not None:
                ticker.cancel()
            if saver is not None and not saver.finish():
                later = self._spawn(self._save_later(saver))
                self._pending_saves.add(later)
                later.add_done_callback(self._pending_saves.discard)
            self._runs.pop(node.id, None)
            self._emit(StreamFinished(node))
            if not self._runs:
                self._emit(BusyChanged(False))
                self._maybe_ask_title(node, plan)

    async def _generate(self, node: Node, plan: RequestPlan, continuing: bool,
                        tools: list[ToolSpec]) -> Any:
        has_turn = node.content or any(isinstance(p, ToolCallPart) for p in node.parts)
        upto = node if continuing and has_turn else self.tree.nodes[node.parent_id or 0]
        try:
            messages = self.request_messages(upto, plan.system_prompt)
        except MissingAttachmentError as exc:
            return GenerationResult(state=ERROR, error=exc)
        if plan.skip_oldest:
            messages = drop_oldest(messages, plan.skip_oldest)
        if not plan.accepts_images() and any(
                isinstance(p, ImagePart) for m in messages for p in m.parts):
            return GenerationResult(state=ERROR, error=ImagesNotAcceptedError.before_sending(
                plan.model, plan.target_name))
        generation = Generation(
            provider=plan.provider, model=plan.model, messages=messages,
            options=plan.provider_kwargs(tools=tools),
            on_text=lambda text: self._emit(TextAppended(node, text)),
            on_reasoning=lambda text: self._emit(ReasoningAppended(node, text)),
            on_signature=lambda sig: self._keep_signature(node, sig),
            text_buffer=node.chunks, reasoning_buffer=node.reasoning_chunks)
        return await generation.run()

    async def _count_down(self, node: Node, wait: float, host: str) -> None:
        """A rate limit with a named wait: say so, count down, then try once more."""
        remaining = int(wait + 0.999)
        while remaining > 0:
            said = Notice("retrying_in", {"host": host, "seconds": remaining})
            self._emit(StatusChanged(node, said.english(), said))
            await asyncio.sleep(min(1.0, wait))
            wait -= 1.0
            remaining -= 1
        said = Notice("retrying")
        self._emit(StatusChanged(node, said.english(), said))

    @staticmethod
    def _keep_signature(node: Node, signature: Any) -> None:
        """A signed block of thinking (Claude): kept as a part, so a later request of the
        same answer (a tool step) can send it back as the API requires."""
        signed = sum(len(p.text) for p in node.parts if isinstance(p, ReasoningPart))
        text = "" if signature.redacted else node.reasoning[signed:]
        node.parts.append(ReasoningPart(text, signature.signature, signature.redacted))

    def _sends_images(self, answer: Node) -> bool:
        parent = answer.parent_id
        return parent is not None and any(
            isinstance(p, ImagePart) for n in self.tree.path_to(parent) for p in n.parts)


def _text_parts(text: str | None) -> list[Part]:
    return [TextPart(text)] if text else []


__all__ = ["AUTO_RETRY_MAX_WAIT", "ChatSession"]
