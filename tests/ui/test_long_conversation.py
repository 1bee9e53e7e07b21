"""A long conversation opens at its end at once; earlier messages come on scrolling up."""

from __future__ import annotations

from ava_desktop.core.store import DB_FILENAME, Store
from tests.ui.conftest import until
from tests.ui.helpers import chat_requests, click_anchor, type_and_send


def _seed(data, pairs: int) -> int:
    data.mkdir()
    with Store.open(data / DB_FILENAME) as store:
        conv = store.create_conversation("Long one", None, "test-model")
        for i in range(pairs):
            store.add_message(conv.id, "user", f"question {i}")
            store.add_message(conv.id, "assistant", f"answer {i} " + "lorem ipsum " * 20,
                              model="test-model")
        store.save_window_state([conv.id], 0)
        return conv.id


def test_long_conversation_opens_at_the_end_and_loads_earlier_on_demand(
        make_app, qloop, llm_server, tmp_path):
    _seed(tmp_path / "data", 1000)
    llm_server.reply(tokens=["fresh answer"])
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()
    shown = len(tab.messages)
    assert 2 <= shown <= 30
    assert tab.messages[-1].content.startswith("answer 999")
    assert f"Show {2000 - shown} earlier messages" in tab.view.toPlainText()

    async def scenario():
        click_anchor(tab.view, "ava:older/0")
        await until(lambda: len(tab.messages) > shown)
        clicked = len(tab.messages)
        assert clicked - shown <= 40  # a frame's worth, not all 1,970 at once
        tab.view.verticalScrollBar().setValue(0)  # reading upwards loads more
        await until(lambda: len(tab.messages) > clicked)
        type_and_send(tab, "and now?")
        await until(lambda: not tab.busy and tab.messages[-1].content == "fresh answer")

    qloop.run_until_complete(scenario())
    sent = chat_requests(llm_server)[-1].json["messages"]
    assert len(sent) == 2001  # the model sees the whole conversation, rendered or not
    assert sent[0] == {"role": "user", "content": "question 0"}
    # every rendered question is in the document once ("and now?" is the new one)
    assert tab.view.toPlainText().count("question") == len(tab.messages) // 2 - 1


def test_a_search_hit_far_back_is_revealed(make_app, qloop, llm_server, tmp_path):
    _seed(tmp_path / "data", 300)
    app = make_app(llm_server.base_url)
    store = app.ctx.store
    conv = store.list_conversations()[0]
    target = next(m for m in store.messages(conv.id) if m.content == "question 5")
    window = app.window
    window.open_conversation(conv.id, target.id)
    tab = window.current_tab()
    assert any(m.id == target.id for m in tab.messages)
    assert not tab.view.following


def test_loading_earlier_messages_while_an_answer_streams(make_app, qloop, llm_server,
                                                         tmp_path):
    _seed(tmp_path / "data", 200)
    llm_server.reply(tokens=[f"new{i} " for i in range(100)], delay=0.01)
    app = make_app(llm_server.base_url)
    tab = app.window.current_tab()

    async def scenario():
        type_and_send(tab, "one more")
        await until(lambda: tab.busy and "new3" in tab.messages[-1].content)
        shown = len(tab.messages)
        tab.view.verticalScrollBar().setValue(0)  # the reader scrolls up mid-answer
        await until(lambda: len(tab.messages) > shown, what="earlier messages")
        await until(lambda: not tab.busy, timeout=10)

    qloop.run_until_complete(scenario())
    expected = "".join(f"new{i} " for i in range(100))
    assert tab.messages[-1].content == expected and tab.messages[-1].state == "complete"
    assert all(m.state == "complete" for m in tab.messages)
    assert [m.content for m in tab.messages].count(expected) == 1
    stored = app.ctx.store.messages(tab.conversation_id)
    assert stored[-1].content == expected and stored[-1].state == "complete"
    assert stored[-3].content.startswith("answer 199")
