"""Titles by the model, with plain asyncio against the scripted server and a real store:
asked once after the first answer, only where the setting allows, only of the same server
and model, cleaned, and never over a title chosen by hand."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from ava_desktop.core.conversation.node import Notice, TitleChanged
from ava_desktop.core.conversation.request import RequestPlan
from ava_desktop.core.conversation.session import ChatSession
from ava_desktop.core.conversation.titles import (
    TITLE_MAX,
    clean_title,
    title_from,
    wants_title,
)
from ava_desktop.core.store import Store
from ava_desktop.providers import OpenAICompatible
from tests.core.providers.util import run
from tests.servers import LLMServer


def _plan(server: LLMServer, key: str | None = None, model: str = "test-model") -> RequestPlan:
    endpoint = {"base_url": server.base_url, **({"api_key": key} if key else {})}
    return RequestPlan(OpenAICompatible, model, endpoint=endpoint, target_name="test server",
                       system_prompt="be brief")


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "c.sqlite3") as s:
        yield s


class Session:
    """A ChatSession saved in ``store`` that keeps every background task it starts."""

    def __init__(self, store: Store, mode: str = "auto") -> None:
        self.tasks: list[asyncio.Task] = []
        self.session = ChatSession(store, spawn=self._spawn)
        self.session.model_titles = mode
        self.events: list = []
        self.session.subscribe(self.events.append)

    def _spawn(self, coro):
        task = asyncio.ensure_future(coro)
        self.tasks.append(task)
        return task

    def send(self, text: str, plan: RequestPlan) -> None:
        """As the tab does: the first message gives the automatic title."""
        if not self.session.path():
            self.session.rename(title_from(text))
            self.session.ensure_conversation(self.session.title, None, "test-model", None, {})
        self.session.send(text, plan)

    async def exchange(self, text: str, plan: RequestPlan) -> None:
        self.send(text, plan)
        await self.session.wait()
        while not all(t.done() for t in self.tasks):
            await asyncio.gather(*self.tasks)

    def titles(self) -> list[str]:
        return [e.title for e in self.events if isinstance(e, TitleChanged)]


def test_the_first_answer_brings_a_clean_title_from_the_same_server_and_model(
        llm_server, store):
    other = LLMServer().start()  # configured elsewhere: must hear nothing
    try:
        chat = Session(store)
        llm_server.reply(tokens=["Use ", "`sorted()`", "."])
        llm_server.reply(tokens=["**Title:** ", "\"Sorting ", "lists in", " Python\".\n\n",
                                 "This title sums it up."])
        run(chat.exchange("How do I sort a list in Python? " + "x" * 3000,
                          _plan(llm_server, model="small-model")))
        assert chat.titles() == ["Sorting lists in Python"]
        saved = store.get_conversation(chat.session.conversation.id)
        assert (saved.title, saved.params["title_by"]) == ("Sorting lists in Python", "model")
        assert len(llm_server.requests) == 2 and other.requests == []
        asked = llm_server.requests[1].json
        assert asked["model"] == "small-model" and asked["max_tokens"] == 64
        assert "tools" not in asked
        [message] = asked["messages"]  # no system prompt: only the instruction and excerpt
        assert message["role"] == "user" and "Use `sorted()`." in message["content"]
        assert len(message["content"]) < 1600  # the 3,000 characters were cut

        # a second exchange never asks again
        llm_server.reply(tokens=["More."])
        run(chat.exchange("And in reverse?", _plan(llm_server)))
        assert len(llm_server.requests) == 3 and chat.titles() == ["Sorting lists in Python"]
    finally:
        other.stop()


def test_endpoints_with_a_key_are_asked_only_when_chosen(llm_server, store):
    chat = Session(store)
    llm_server.reply(tokens=["Paid answer"])
    run(chat.exchange("hello", _plan(llm_server, key="sk-paid")))
    assert len(llm_server.requests) == 1 and chat.titles() == []
    assert store.get_conversation(chat.session.conversation.id).title == "hello"

    chosen = Session(store, mode="always")
    llm_server.reply(tokens=["Paid answer"])
    llm_server.reply(tokens=["Greetings"])
    run(chosen.exchange("hello", _plan(llm_server, key="sk-paid")))
    assert chosen.titles() == ["Greetings"] and len(llm_server.requests) == 3
    assert llm_server.requests[2].headers["Authorization"] == "Bearer sk-paid"

    off = Session(store, mode="off")
    llm_server.reply(tokens=["Local answer"])
    run(off.exchange("hello", _plan(llm_server)))
    assert len(llm_server.requests) == 4 and off.titles() == []


def test_a_title_renamed_by_hand_while_the_model_thinks_is_kept(llm_server, store):
    chat = Session(store)
    llm_server.reply(tokens=["An answer"])
    llm_server.reply(tokens=["Model title"], head_delay=0.5)

    async def go():
        chat.send("question", _plan(llm_server))
        await chat.session.wait()
        await asyncio.sleep(0.1)
        assert len(llm_server.requests) == 2  # the title is being asked for
        chat.session.rename("Mine", by="user")
        await asyncio.gather(*chat.tasks)
    run(go())
    assert chat.titles() == []
    saved = store.get_conversation(chat.session.conversation.id)
    assert (saved.title, saved.params["title_by"]) == ("Mine", "user")


def test_a_rename_elsewhere_is_seen_in_the_store(llm_server, store):
    """The sidebar renames through the store; the session checks it before saving."""
    chat = Session(store)
    llm_server.reply(tokens=["An answer"])
    llm_server.reply(tokens=["Model title"], head_delay=0.5)

    async def go():
        chat.send("question", _plan(llm_server))
        await chat.session.wait()
        await asyncio.sleep(0.1)
        store.rename(chat.session.conversation.id, "Renamed in the sidebar", by="user")
        await asyncio.gather(*chat.tasks)
    run(go())
    assert chat.titles() == []
    assert store.get_conversation(chat.session.conversation.id).title == \
        "Renamed in the sidebar"


@pytest.mark.parametrize("reply", [
    {"status": 500, "body": {"error": {"message": "boom", "type": "server_error"}}},
    {"tokens": ["```", "\n", "```"]},
    {"tokens": ["\"\"", "\n\n", "  "]},
    {"tokens": ["It was a conversation about many things, " * 12]},
    {"tokens": ["Sorting"], "error_after": 1},
])
def test_errors_and_junk_keep_the_old_title_silently(llm_server, store, reply, caplog):
    chat = Session(store)
    llm_server.reply(tokens=["An answer"])
    llm_server.reply(**reply)
    with caplog.at_level(logging.INFO, logger="ava_desktop.core.conversation.titles"):
        run(chat.exchange("question", _plan(llm_server)))
    assert len(llm_server.requests) == 2 and chat.titles() == []
    assert store.get_conversation(chat.session.conversation.id).title == "question"
    assert not [e for e in chat.events if isinstance(e, Notice)]  # nothing said to the user
    assert [n.state for n in chat.session.path()] == ["complete", "complete"]
    assert "title" in caplog.text  # but logged


def test_a_long_answer_with_markdown_becomes_one_capped_line(llm_server, store):
    chat = Session(store)
    llm_server.reply(tokens=["An answer"])
    llm_server.reply(tokens=["# ", "«Une très longue ", "réponse " * 12, "»\n", "second line"])
    run(chat.exchange("question", _plan(llm_server)))
    [title] = chat.titles()
    assert title.startswith("Une très longue réponse") and title.endswith("…")
    assert len(title) <= TITLE_MAX and "\n" not in title and "#" not in title
    assert "«" not in title


def test_clean_title_and_the_rule_for_paid_endpoints(llm_server):
    assert clean_title('"Python list sorting"') == "Python list sorting"
    assert clean_title("**Title:** Sorting Lists in Python.") == "Sorting Lists in Python"
    assert clean_title("Here is a title:\n\n# Fast **Sorting**") == "Fast Sorting"
    assert clean_title("<think>hmm</think>\n\n«Tri rapide»") == "Tri rapide"
    assert clean_title("- [Rust lifetimes](http://example.invalid)") == "Rust lifetimes"
    assert clean_title("「東京の天気」") == "東京の天気"
    assert clean_title("```\n```") == clean_title("") == clean_title("...") == ""
    assert len(clean_title(" ".join(["word"] * 30))) <= TITLE_MAX
    # a small model that answers with prose: its first sentence, when that is short enough
    assert clean_title("Baking at home is a fun and rewarding experience. Here's a guide to "
                       "baking bread at home, step by step.") == \
        "Baking at home is a fun and rewarding experience"
    weather = ("東京の天気について。今日は晴れです、明日は雨が降るでしょう。週末の予報も"
               "確認しましょう。とても長い文章になりますがこれはテストです。")
    assert clean_title(weather) == "東京の天気について"
    assert clean_title("Dr. Who episodes") == "Dr. Who episodes"
    free, paid = _plan(llm_server), _plan(llm_server, key="sk")
    assert wants_title("auto", free) and not wants_title("auto", paid)
    assert wants_title("auto", _plan(llm_server, key="sk", model="meta/llama:free"))
    assert wants_title("always", paid) and not wants_title("off", free)
    gateway = RequestPlan(OpenAICompatible, "m", endpoint={
        "base_url": llm_server.base_url, "extra_headers": {"X-Portkey-Api-Key": "pk"}})
    assert not wants_title("auto", gateway)  # a key in a header is a key


def test_a_title_that_is_not_the_automatic_one_is_never_asked_about(llm_server, store):
    """Imported, or renamed before renames were recorded: the model leaves it alone."""
    conv = store.create_conversation("Chosen long ago", None, "test-model")
    chat = Session(store)
    chat.session = ChatSession(store, store.get_conversation(conv.id), spawn=chat._spawn)
    chat.session.model_titles = "auto"
    llm_server.reply(tokens=["An answer"])

    async def go():
        chat.session.send("question", _plan(llm_server))  # no automatic title: it has one
        await chat.session.wait()
        await asyncio.gather(*chat.tasks)
    run(go())
    assert len(llm_server.requests) == 1 and len(chat.tasks) == 1  # the answer, no title
    assert store.get_conversation(conv.id).title == "Chosen long ago"


def test_a_title_request_gives_way_to_the_next_question_and_comes_after_it(llm_server,
                                                                             store):
    """A local server with one slot would make the next answer wait for the title."""
    chat = Session(store)
    llm_server.reply(tokens=["First answer"])
    llm_server.reply(tokens=["Too late"], head_delay=3.0)
    llm_server.reply(tokens=["Second answer"])
    llm_server.reply(tokens=["Asked again"])

    async def go():
        chat.send("question", _plan(llm_server))
        await chat.session.wait()
        await asyncio.sleep(0.1)
        assert len(llm_server.requests) == 2  # the title is being asked for
        chat.send("and another", _plan(llm_server))
        assert await llm_server.await_disconnect(2.0)  # that request was dropped at once
        await chat.session.wait()
        while not all(t.done() for t in chat.tasks):
            await asyncio.gather(*chat.tasks, return_exceptions=True)
    run(go())
    assert [n.content for n in chat.session.path()] == [
        "question", "First answer", "and another", "Second answer"]
    assert chat.titles() == ["Asked again"] and len(llm_server.requests) == 4
    asked = llm_server.requests[3].json["messages"][0]["content"]
    assert "First answer" in asked and "Second answer" not in asked  # the first exchange


def test_a_model_that_refuses_max_tokens_is_asked_once_more_without_it(llm_server, store):
    """OpenAI's reasoning models want max_completion_tokens and no temperature."""
    chat = Session(store, mode="always")
    llm_server.reply(tokens=["An answer"])
    llm_server.reply_json_error(400, "Unsupported parameter: 'max_tokens' is not supported "
                                "with this model. Use 'max_completion_tokens' instead.",
                                code="unsupported_parameter")
    llm_server.reply(tokens=["Reasoned title"])
    run(chat.exchange("question", _plan(llm_server, key="sk-paid")))
    assert chat.titles() == ["Reasoned title"] and len(llm_server.requests) == 3
    first, second = llm_server.requests[1].json, llm_server.requests[2].json
    assert first["max_tokens"] == 64 and "temperature" in first
    assert "max_tokens" not in second and "temperature" not in second
    assert first["messages"] == second["messages"]
