"""ChatSession with plain asyncio against the scripted server and a real store: versions,
branches, edits that keep every word, retries, and a failing database."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from ava_desktop.core.conversation.node import (
    Notice,
    PathReset,
    StatusChanged,
    TextAppended,
)
from ava_desktop.core.conversation.request import RequestPlan
from ava_desktop.core.conversation.session import ChatSession
from ava_desktop.core.store import Store
from ava_desktop.providers import OpenAICompatible
from tests.core.providers.util import run


def _plan(server, **kw) -> RequestPlan:
    return RequestPlan(OpenAICompatible, "test-model",
                       endpoint={"base_url": server.base_url, "api_key": "sk-test"}, **kw)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "c.sqlite3") as s:
        yield s


def _session(store: Store) -> tuple[ChatSession, list]:
    session = ChatSession(store)
    session.ensure_conversation("t", None, "test-model", None, {})
    events: list = []
    session.subscribe(events.append)
    return session, events


def _texts(session: ChatSession) -> list[tuple[str, str]]:
    return [(n.role, n.content) for n in session.path()]


def test_send_streams_into_one_buffer_and_saves(llm_server, store):
    llm_server.reply(tokens=["Hel", "lo"])
    session, events = _session(store)

    async def go():
        session.send("hi", _plan(llm_server, system_prompt="be brief"))
        await session.wait()
    run(go())
    assert _texts(session) == [("user", "hi"), ("assistant", "Hello")]
    assert "".join(e.text for e in events if isinstance(e, TextAppended)) == "Hello"
    sent = llm_server.last_request.json["messages"]
    assert sent == [{"role": "system", "content": "be brief"}, {"role": "user", "content": "hi"}]
    stored = store.messages(session.conversation.id)
    assert [(m.role, m.content, m.state) for m in stored] == [
        ("user", "hi", "complete"), ("assistant", "Hello", "complete")]


def test_regenerate_and_edit_add_versions_and_requests_carry_only_the_shown_path(
        llm_server, store):
    session, events = _session(store)

    async def go():
        llm_server.reply(tokens=["one"])
        session.send("q1", _plan(llm_server))
        await session.wait()
        llm_server.reply(tokens=["two"])
        q2 = session.send("q2", _plan(llm_server))
        await session.wait()
        first_answer = session.path()[1]
        llm_server.reply(tokens=["ONE"])
        session.regenerate(first_answer.id, _plan(llm_server))  # the FIRST answer, by id
        await session.wait()
        return first_answer, q2
    first_answer, _q2 = run(go())
    assert _texts(session) == [("user", "q1"), ("assistant", "ONE")]
    assert llm_server.last_request.json["messages"] == [{"role": "user", "content": "q1"}]
    regenerated = session.path()[1]
    versions = session.versions(regenerated.id)
    assert (versions.index, versions.count) == (2, 2)
    # switching back brings the whole old branch, q2 and its answer included
    assert session.switch(first_answer.id)
    assert _texts(session) == [("user", "q1"), ("assistant", "one"), ("user", "q2"),
                               ("assistant", "two")]
    assert any(isinstance(e, PathReset) and e.from_id == first_answer.id for e in events)

    async def edit():
        llm_server.reply(tokens=["edited answer"])
        session.edit_and_resend(session.path()[0].id, "q1 (better)", _plan(llm_server))
        await session.wait()
    run(edit())
    assert _texts(session) == [("user", "q1 (better)"), ("assistant", "edited answer")]
    # nothing was deleted: all seven messages are in the database, and a reopened session
    # shows the same path
    assert store.message_count(session.conversation.id) == 7
    again = ChatSession(store, store.get_conversation(session.conversation.id))
    assert _texts(again) == _texts(session)
    assert again.versions(again.path()[0].id).count == 2


def test_stop_keeps_text_and_continue_extends_it(llm_server, store):
    session, _events = _session(store)
    llm_server.reply(tokens=[f"t{i} " for i in range(400)], delay=0.01)

    async def go():
        session.send("long", _plan(llm_server))
        while not session.path()[-1].content:
            await asyncio.sleep(0.01)
        session.stop()
        await session.wait()
        partial = session.path()[-1].content
        llm_server.reply(tokens=["more"])
        assert session.continue_answer(session.path()[-1].id, _plan(llm_server))
        await session.wait()
        return partial
    partial = run(go())
    answer = session.path()[-1]
    assert answer.content == partial + "more" and answer.state == "complete"
    last = llm_server.last_request.json["messages"]
    assert last[-1] == {"role": "assistant", "content": partial}


def test_rate_limit_with_retry_after_is_retried_once_with_a_countdown(llm_server, store):
    session, events = _session(store)

    async def go():
        llm_server.reply_rate_limited(retry_after="1")
        llm_server.reply(tokens=["finally"])
        session.send("q", _plan(llm_server))
        await session.wait()
    run(go())
    assert session.path()[-1].content == "finally"
    assert any(isinstance(e, StatusChanged) and "retrying in 1 s" in e.text for e in events)
    assert len(llm_server.requests) == 2

    async def twice():
        llm_server.reply_rate_limited(retry_after="1")
        llm_server.reply_rate_limited(retry_after="1")
        session.send("q2", _plan(llm_server))
        await session.wait()
    run(twice())
    answer = session.path()[-1]
    assert answer.state == "error" and "Rate limited" in (answer.error or "")
    assert len(llm_server.requests) == 4  # one retry, then the message


def test_stop_during_the_countdown_cancels_the_retry(llm_server, store):
    session, events = _session(store)

    async def go():
        llm_server.reply_rate_limited(retry_after="30")
        session.send("q", _plan(llm_server))
        while not any(isinstance(e, StatusChanged) for e in events):
            await asyncio.sleep(0.01)
        session.stop()
        await session.wait()
    run(go())
    assert session.path()[-1].state == "stopped" and len(llm_server.requests) == 1


def test_a_full_disk_is_said_once_and_the_text_saved_when_writing_works_again(
        llm_server, store):
    """A real SQLite failure (SQLITE_FULL through max_page_count): one notice per answer,
    backed-off attempts instead of one per delta, and every word saved once it works."""
    session, events = _session(store)
    session.save_tick = 0.01
    llm_server.reply(tokens=[f"w{i} " + "x" * 2000 for i in range(600)], delay=0.003)
    conn = store.connection
    attempts = {"n": 0}
    conn.set_trace_callback(lambda sql: attempts.__setitem__(
        "n", attempts["n"] + sql.startswith("UPDATE messages")))

    async def go():
        session.send("q", _plan(llm_server))
        saved = store.messages(session.conversation.id)
        while not (len(saved) == 2 and saved[1].content):  # the first write-back is done
            await asyncio.sleep(0.01)
            saved = store.messages(session.conversation.id)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from now on
        await session.wait()  # the answer ends while nothing can be written
        assert store.messages(session.conversation.id)[-1].state == "streaming"
        conn.execute("PRAGMA max_page_count = 1073741823")  # space again
        for _ in range(500):
            if store.messages(session.conversation.id)[-1].state == "complete":
                break
            await asyncio.sleep(0.01)
    run(go())
    conn.set_trace_callback(None)
    notices = [e.text for e in events if isinstance(e, Notice)]
    assert sum("Could not save" in n for n in notices) == 1, notices
    assert any("Saving works again" in n for n in notices)
    assert attempts["n"] < 40  # backed off, not one attempt per delta (600 deltas)
    stored = store.messages(session.conversation.id)[-1]
    assert stored.content == session.path()[-1].content and stored.state == "complete"
    assert stored.content.count("x" * 2000) == 600


def test_compare_streams_several_models_at_once_as_versions(llm_server, store):
    from tests.servers import LLMServer

    session, events = _session(store)
    with LLMServer() as other:
        llm_server.reply(tokens=[f"a{i} " for i in range(50)], delay=0.005)
        other.reply(tokens=[f"b{i} " for i in range(50)], delay=0.005)

        async def go():
            answers = session.compare("same question", [_plan(llm_server), _plan(other)])
            assert session.busy and len(session.running) == 2
            await session.wait()
            return answers
        first, second = run(go())
        assert other.last_request.json["messages"] == [
            {"role": "user", "content": "same question"}]
    assert first.content.startswith("a0 ") and second.content.startswith("b0 ")
    assert _texts(session)[-1] == ("assistant", first.content)  # the first is shown
    assert session.versions(second.id).count == 2
    overlap = [e.node.id for e in events if isinstance(e, TextAppended)]
    assert overlap.index(second.id) < len(overlap) - 1 - overlap[::-1].index(first.id)
    assert not session.busy
    assert session.switch(second.id)  # choosing one continues from it
    assert _texts(session)[-1] == ("assistant", second.content)


def test_an_answer_cut_at_its_length_limit_says_so(llm_server, store):
    session, _events = _session(store)
    llm_server.reply(tokens=["partial"], finish_reason="length")

    async def go():
        session.send("write a lot", _plan(llm_server))
        await session.wait()
    run(go())
    answer = session.path()[-1]
    assert answer.state == "complete" and "length limit" in answer.timings["note"]
    stored = store.messages(session.conversation.id)[-1]
    assert "length limit" in stored.timings["note"]


def test_a_provider_that_cannot_see_images_says_so_before_sending(llm_server, store):
    from ava_desktop.core.conversation.parts import ImagePart
    from ava_desktop.core.local.provider import LocalModels

    session, _events = _session(store)
    image = ImagePart(mime="image/png", sha256="ab" * 32, name="shot.png", data=b"\x89PNG")
    plan = RequestPlan(LocalModels, "SmolLM2", target_name="Local")

    async def go():
        session.send("what is this?", plan, parts=[image])
        await session.wait()
    run(go())
    answer = session.path()[-1]
    assert answer.state == "error" and "SmolLM2 (Local) cannot see images" in answer.error
    assert session.path()[0].content == "what is this?"  # the message is kept
    assert llm_server.requests == []  # nothing was sent anywhere


def test_a_local_model_with_a_projector_gets_the_image(llm_server, store, tmp_path):
    """The gate above opens for a GGUF with its mmproj beside it: the request goes on to the
    local provider (which here has no server host, so that is the error that comes back)."""
    from ava_desktop.core.conversation.parts import ImagePart
    from ava_desktop.core.local.provider import LocalModels
    from tests.core.test_local_vision import gguf_header

    (tmp_path / "llava.gguf").write_bytes(gguf_header("llama"))
    (tmp_path / "mmproj-llava.gguf").write_bytes(gguf_header("clip"))
    session, _events = _session(store)
    image = ImagePart(mime="image/png", sha256="ab" * 32, name="shot.png", data=b"\x89PNG")
    plan = RequestPlan(LocalModels, "llava", target_name="Local",
                       endpoint={"model_paths": {"llava": str(tmp_path / "llava.gguf")}})

    async def go():
        session.send("what is this?", plan, parts=[image])
        await session.wait()
    run(go())
    answer = session.path()[-1]
    assert answer.state == "error" and "cannot see images" not in answer.error
    assert "Local models are not available" in answer.error
