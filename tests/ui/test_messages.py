"""Typed notices from core are worded in the UI language, while ``str(error)`` (logs, the
providers' library API) stays English."""

from __future__ import annotations

import pytest

from ava_desktop.core.conversation.node import Node
from ava_desktop.core.notice import Notice
from ava_desktop.core.providers.errors import error_from_response
from ava_desktop.ui.i18n import install_translators, remove_translators
from ava_desktop.ui.messages import error_text, notice_text
from ava_desktop.ui.transcript.message import ViewMessage, message_html


@pytest.fixture
def russian(qapp):
    install_translators("ru")
    yield
    remove_translators()
    install_translators("en")


def _rate_limited():
    return error_from_response(
        429,
        "Too Many Requests",
        {"Retry-After": "2"},
        b'{"error": {"message": "slow down"}}',
        "application/json",
        host="api.groq.com",
        provider="Groq",
    )


def test_english_str_and_typed_notice(qapp):
    exc = _rate_limited()
    assert str(exc) == "Rate limited by api.groq.com; retry in 2 s: slow down"
    assert exc.notice == Notice(
        "rate_limited_wait",
        {"host": "api.groq.com", "status": 429, "wait": "2 s", "seconds": 2.0},
        "slow down",
    )
    assert error_text(exc) == str(exc)  # no catalog: English


def test_russian_words_each_provider_error(russian):
    assert error_text(_rate_limited()) == (
        "api.groq.com ограничил частоту запросов; повтор через 2 с: slow down"
    )
    auth = error_from_response(
        401, "Unauthorized", {}, b"", "", host="h", provider=None, sent_key=False
    )
    assert str(auth) == "h needs an API key (401)"
    assert error_text(auth) == "h требует API-ключ (401)"
    missing = error_from_response(
        404,
        "Not Found",
        {},
        b"<html><title>404 Not Found</title>",
        "text/html",
        host="h",
        provider=None,
    )
    assert error_text(missing) == "h ответил 404 Not Found (правильный ли базовый URL?)"
    assert notice_text(
        Notice("rate_limited_wait", {"host": "h", "wait": "3 min", "seconds": 150})
    ) == ("h ограничил частоту запросов; повтор через 3 мин")


def test_an_unknown_kind_falls_back_to_english(russian):
    assert notice_text(Notice("something_new", {}, "x")) == "something_new: x"


def test_transcript_shows_a_saved_error_in_the_ui_language(russian):
    exc = _rate_limited()
    node = Node(
        id=1,
        parent_id=None,
        role="assistant",
        state="error",
        error=str(exc),
        timings={"error_notice": exc.notice.to_json()},
    )
    page = message_html(ViewMessage(node, key=1), last=True, dark=False)
    assert "ограничил частоту запросов" in page
    assert "Rate limited" not in page
    assert "Ассистент" in page  # (Retry and Copy are buttons of the actions bar now)
    # a message saved before errors were typed keeps its English text
    old = Node(id=2, parent_id=None, role="assistant", state="error", error="Old words")
    assert "Old words" in message_html(ViewMessage(old, key=2), last=True, dark=False)


def test_every_kind_core_knows_is_worded_and_translated(russian):
    """A kind added in core without its tr() twin (or its translation) fails here."""
    import re

    from ava_desktop.core.notice import ENGLISH
    from ava_desktop.ui.messages import _texts
    from ava_desktop.ui.notice_texts import texts

    remove_translators()  # the sources themselves
    worded = {**_texts(), **texts(-1)}  # no count: %n stays in the text
    install_translators("ru")
    assert set(worded) == set(ENGLISH)
    names = re.compile(r"\{(\w+)\}")
    for kind, english in ENGLISH.items():  # the same parameters, the plural as %n
        source = worded[kind]
        assert sorted(names.findall(english)) == sorted(
            [*names.findall(source), *(["n"] if "%n" in source else [])]), kind
    params = {"host": "h", "status": 404, "reason": "Not Found", "wait": "2 s",
              "seconds": 2, "steps": 8}
    untranslated = []
    for kind, english in ENGLISH.items():
        values = {**params, **{k: "x" for k in names.findall(english) if k not in params}}
        values["n"] = 3
        if notice_text(Notice(kind, values)) == Notice(kind, values).english():
            untranslated.append(kind)
    assert not untranslated


def test_local_model_stages_are_worded_in_the_ui_language(russian):
    from ava_desktop.ui.messages import local_stage_text

    assert local_stage_text("Loading weights") == "Загрузка весов"
    assert local_stage_text("Model ready") == "Модель готова"
    assert local_stage_text("Something new") == "Something new"


def test_core_failures_are_worded_in_russian_with_plurals_and_sizes(russian, tmp_path):
    """An attachment, an import and a local model failure, each from core's real code."""
    from ava_desktop.core.attachments.reading import read_capped, too_large
    from ava_desktop.core.importers import ImportFailed, import_file
    from ava_desktop.core.local.provider import LocalModels

    gone = read_capped(str(tmp_path / "нет.txt"), 100)
    assert gone.message == "нет.txt: the file is not there any more."
    assert error_text(gone) == "нет.txt: файла больше нет."
    big = too_large("big.log", 3 * 1024 * 1024, 1024 * 1024)
    assert "3.0 MB" in big.message and error_text(big).count("МБ") == 2
    pages = [Notice("pdf_too_many_pages", {"name": "a.pdf", "n": n, "limit": 2000})
             for n in (2001, 2003, 2005)]
    assert [notice_text(p).split(";")[0] for p in pages] == [
        "В a.pdf 2001 страница", "В a.pdf 2003 страницы", "В a.pdf 2005 страниц"]
    bad = tmp_path / "x.json"
    bad.write_text("{oops")
    with pytest.raises(ImportFailed) as failed:
        import_file(None, bad)  # type: ignore[arg-type]  # fails before the store is used
    assert str(failed.value).startswith("x.json is not valid JSON")
    assert error_text(failed.value).startswith("Файл x.json не является корректным JSON")
    import asyncio

    async def missing() -> None:
        async for _ in LocalModels.stream_events("ghost", [], host=object(), model_paths={}):
            pass

    with pytest.raises(Exception) as err:
        asyncio.run(missing())
    assert error_text(err.value) == "Локальной модели ghost нет, и ни одна модель не установлена"


def test_settings_checks_and_database_problems_are_worded_in_russian(russian, tmp_path):
    from ava_desktop.core.settings import validate_base_url, validate_proxy_url
    from ava_desktop.core.store import Store, StoreError

    with pytest.raises(ValueError) as empty:
        validate_base_url(" ")
    assert str(empty.value) == "Base URL is empty."
    assert error_text(empty.value) == "Базовый URL не указан."
    with pytest.raises(ValueError) as scheme:
        validate_proxy_url("ftp://proxy")
    assert error_text(scheme.value).startswith("URL прокси должен начинаться с одного из: http://")
    bad = tmp_path / "conversations.db"
    bad.write_bytes(b"not a database at all, just text" * 4)
    with pytest.raises(StoreError) as problem:
        Store.open(bad)
    assert "is not a SQLite database" in str(problem.value)
    assert error_text(problem.value).startswith(f"{bad} — не база данных SQLite")


def _ru_error(agen):
    from tests.core.providers.util import collect_error, run

    return run(collect_error(agen))[1]


def test_a_malformed_stream_line_from_a_real_server_is_worded_in_russian(russian, llm_server):
    from ava_desktop.core.providers.openai_compat import OpenAICompatible
    from tests.core.providers.util import USER

    llm_server.reply_malformed(after=1)
    err = _ru_error(OpenAICompatible.create_async_generator(
        "m", USER, base_url=llm_server.base_url))
    host = f"127.0.0.1:{llm_server.port}"
    assert str(err) == f"{host} sent a malformed line in the stream: '{{not json'"
    assert error_text(err) == f"{host} прислал некорректную строку в потоке: '{{not json'"


def test_a_bad_model_list_from_a_real_server_is_worded_in_russian(russian, llm_server):
    from ava_desktop.core.providers.errors import ProtocolError
    from ava_desktop.core.providers.openai_compat import OpenAICompatible
    from tests.core.providers.util import run

    host = f"127.0.0.1:{llm_server.port}"
    llm_server.models_reply(body={"data": "not a list"})
    with pytest.raises(ProtocolError) as bad:
        run(OpenAICompatible.list_models(base_url=llm_server.base_url))
    assert error_text(bad.value) == f"{host} ответил на запрос списка моделей неожиданным JSON"
    llm_server.models_reply(body="<html>nope</html>", content_type="text/html")
    with pytest.raises(ProtocolError) as page:
        run(OpenAICompatible.list_models(base_url=llm_server.base_url))
    assert error_text(page.value) == (
        f"{host} ответил на запрос списка моделей не в формате JSON: '<html>nope</html>'")


def test_unknown_options_are_refused_in_russian_with_plurals(russian):
    from ava_desktop.core.providers.anthropic import Anthropic
    from ava_desktop.core.providers.errors import ProviderError
    from ava_desktop.core.providers.gemini import Gemini

    said = []
    for cls, options in ((Anthropic, {"seed": 1}), (Gemini, {"seed": 1, "tone": 2}),
                         (Gemini, dict.fromkeys("abcde", 1))):
        with pytest.raises(ProviderError) as refused:
            cls.build_request("m", [{"role": "user", "content": "hi"}], **options)
        said.append(error_text(refused.value))
    assert said == ["Anthropic не принимает 1 параметр: seed",
                    "Gemini не принимает 2 параметра: seed, tone",
                    "Gemini не принимает 5 параметров: a, b, c, d, e"]
    assert str(refused.value) == "Gemini does not take 5 options: a, b, c, d, e"


def test_a_bad_settings_file_is_worded_in_russian(russian, tmp_path):
    """The start-up warnings keep English ``str`` and are worded from their notices."""
    import json

    from ava_desktop.core.settings.store import SettingsStore

    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": 5, "font_size": 999, "language": "xx-yy",
                                "endpoints": [{"base_url": "ftp://x"}, 3]}))
    _, warnings = SettingsStore(path).load()
    assert "Setting theme: expected text, found 5; using 'system'." in warnings
    assert [error_text(w) for w in warnings] == [
        "Параметр endpoints[0].base_url: Базовый URL должен начинаться с одного из: http://, "
        "https://. Сервер отключён.",
        "Параметр endpoints[1]: не объект; пропущен.",
        "Параметр theme: ожидается значение типа «текст», получено 5; используется 'system'.",
        "Параметр language: Язык должен быть \"system\" или кодом вроде \"ru\", а не 'xx-yy'; "
        "используется 'system'.",
        "Параметр font_size: должен быть от 5 до 72; используется None.",
    ]
    path.write_text("{oops")
    _, warnings = SettingsStore(path).load()
    assert error_text(warnings[0]).startswith(f"Файл настроек {path} повреждён (")
    assert "используются настройки по умолчанию" in error_text(warnings[0])


def test_an_import_names_what_is_malformed_in_russian(russian, tmp_path):
    import json

    from ava_desktop.core.importers import ImportFailed, import_file

    bad = tmp_path / "conversations.json"
    bad.write_text(json.dumps([{"title": "Плохой", "mapping": {}, "create_time": "вчера"}]))
    with pytest.raises(ImportFailed) as failed:
        import_file(None, bad)  # type: ignore[arg-type]  # fails before the store is used
    assert str(failed.value) == ("Conversation #1 “Плохой” is malformed, so nothing was "
                                 "imported: create_time should be a number, not str")
    assert error_text(failed.value) == (
        "Беседа № 1 «Плохой» повреждена, поэтому ничего не импортировано: create_time должно "
        "быть числом, а не str")


def test_the_app_says_at_start_up_what_is_wrong_in_its_settings_in_russian(
        make_app, qloop, tmp_path):
    """The real app with ``"language": "ru"`` and a bad value: the start-up problem dialog
    words core's warning in Russian."""
    import json

    from PySide6.QtWidgets import QApplication, QMessageBox

    config = tmp_path / "data" / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps({"language": "ru", "theme": 5}))
    try:
        app = make_app()
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "problemDialog"]
        assert [b.text() for b in boxes] == [
            "Параметр theme: ожидается значение типа «текст», получено 5; используется 'system'."]
        assert boxes[0].windowTitle() == "Настройки"
        assert app.window.isVisible()
    finally:
        remove_translators()
        install_translators("en")


def test_mcp_json_problems_are_worded_in_russian(russian, tmp_path):
    import json

    from ava_desktop.core.tools import McpConfigStore

    store = McpConfigStore(tmp_path / "mcp.json")
    store.path.write_text(json.dumps({"mcpServers": {"x": {"command": 5, "timeout": -1}}}))
    config, warnings = store.load()
    assert warnings == ["MCP server 'x' cannot be used: 'command' is not a string; it has "
                        "neither a 'command' nor a 'url'; 'timeout' must be a number of "
                        "seconds up to 3600"]
    said = error_text(warnings[0])
    assert said.startswith("MCP-сервер 'x' нельзя использовать: 'command' не является строкой; "
                           "в ней нет ни 'command', ни 'url'; 'timeout' должен быть числом "
                           "секунд не больше ")
    assert error_text(config.servers["x"].problem) in said  # the Tools dialog's words


def test_an_image_claude_cannot_read_is_refused_in_russian(russian, llm_server):
    """Refused before sending (the server is never asked): typed, not "could not build"."""
    from ava_desktop.core.conversation.parts import ChatMessage, ImagePart
    from ava_desktop.core.providers.anthropic import Anthropic

    bmp = ChatMessage("user", (ImagePart("image/bmp", "00", data=b"BM"),))
    err = _ru_error(Anthropic.create_async_generator(
        "claude-x", [bmp], base_url=llm_server.base_url, api_key="k"))
    assert str(err) == "Claude cannot read image/bmp images (only JPEG, PNG, GIF, WebP)"
    assert error_text(err) == (
        "Claude не умеет читать изображения image/bmp (только JPEG, PNG, GIF и WebP)")
    assert llm_server.requests == []
