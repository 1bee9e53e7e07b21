"""Azure OpenAI as a preset of OpenAICompatible, and model limits from OpenAI-style lists."""

from __future__ import annotations

import pytest

from ava_desktop.core.targets import LIST_OPTIONS
from ava_desktop.providers import (
    AZURE_OPENAI,
    AuthenticationError,
    ModelInfo,
    OpenAICompatible,
    TextDelta,
)
from tests.servers import Reply

from .util import USER, collect, collect_error, run

KEY = "azure-secret-key-0123456789"


def test_azure_sends_api_key_header_and_api_version(native_server):
    base = native_server.azure_url("gpt4o")
    chunks = run(collect(OpenAICompatible.create_async_generator(
        "gpt-4o", USER, base_url=base, api_key=KEY, **AZURE_OPENAI.options)))
    assert chunks == ["Hello", ",", " world", "!"]
    req = native_server.last_request
    assert req.path == "/openai/deployments/gpt4o/chat/completions"
    assert req.query == {"api-version": "2024-10-21"}
    assert req.headers["api-key"] == KEY and "Authorization" not in req.headers


def test_api_version_from_the_url_or_the_option(native_server):
    base = native_server.azure_url("dep") + "?api-version=2025-01-01-preview"
    run(collect(OpenAICompatible.stream_events("m", USER, base_url=base, api_key=KEY,
                                               **AZURE_OPENAI.options)))
    assert native_server.last_request.query == {"api-version": "2025-01-01-preview"}
    run(collect(OpenAICompatible.stream_events("m", USER, base_url=native_server.azure_url(),
                                               api_key=KEY, auth_header="api-key",
                                               api_version="2024-06-01")))
    assert native_server.last_request.query == {"api-version": "2024-06-01"}


def test_azure_errors_never_show_the_key(native_server):
    native_server.azure(status=401, body={"error": {
        "code": "401", "message": f"Access denied due to invalid subscription key {KEY}."}})
    _, err = run(collect_error(OpenAICompatible.stream_events(
        "m", USER, base_url=native_server.azure_url(), api_key=KEY, auth_header="api-key")))
    assert isinstance(err, AuthenticationError) and "rejected the API key" in str(err)
    assert KEY not in str(err)


def test_azure_model_list_checks_the_key_and_names_the_deployment(native_server):
    listing = {k: v for k, v in AZURE_OPENAI.options.items() if k in LIST_OPTIONS}  # as the app
    ids = run(OpenAICompatible.list_models(base_url=native_server.azure_url("my-dep"),
                                           api_key=KEY, **listing))
    assert ids == ["my-dep"]
    req = native_server.last_request
    assert req.path == "/openai/models" and req.headers["api-key"] == KEY
    assert req.query == {"api-version": "2024-10-21"}
    native_server.models_reply("azure", status=401, body={"error": {"code": "401",
                                                                   "message": "bad key"}})
    with pytest.raises(AuthenticationError):
        run(OpenAICompatible.list_models(base_url=native_server.azure_url(), api_key=KEY,
                                         auth_header="api-key"))


def test_openai_style_lists_give_context_and_output_limits(llm_server):
    llm_server.models_reply(body={"data": [
        {"id": "openrouter/model", "context_length": 131072,
         "top_provider": {"context_length": 131072, "max_completion_tokens": 8192}},
        {"id": "llama.gguf", "meta": {"n_ctx": 4096, "n_ctx_train": 131072}},
        {"id": "groq-model", "context_window": 32768, "max_completion_tokens": 1024},
        {"id": "vllm-model", "max_model_len": 16384},
        {"id": "plain"}, {"id": "bad", "context_length": -5}, "bare-string"]})
    infos = run(OpenAICompatible.list_model_info(base_url=llm_server.base_url))
    assert infos == [ModelInfo("bad"), ModelInfo("bare-string"),
                     ModelInfo("groq-model", 32768, 1024), ModelInfo("llama.gguf", 4096),
                     ModelInfo("openrouter/model", 131072, 8192), ModelInfo("plain"),
                     ModelInfo("vllm-model", 16384)]
    assert run(OpenAICompatible.list_models(base_url=llm_server.base_url)) == [
        "deepseek-chat", "gpt-4o-mini", "llama-3.1-8b"]  # ids only, sorted, unique


def test_plain_openai_still_uses_bearer(llm_server):
    llm_server.reply(**Reply().__dict__)
    events = run(collect(OpenAICompatible.stream_events("m", USER, base_url=llm_server.base_url,
                                                        api_key="sk-x")))
    assert TextDelta("Hello") in events
    assert llm_server.last_request.headers["Authorization"] == "Bearer sk-x"
    assert llm_server.last_request.query == {}


def test_an_azure_host_gets_the_api_key_header_and_a_version_by_itself():
    req = OpenAICompatible.build_request(
        "m", USER, base_url="https://res.openai.azure.com/openai/deployments/d/", api_key=KEY)
    assert req.url == ("https://res.openai.azure.com/openai/deployments/d/chat/completions"
                       "?api-version=2024-10-21")
    assert req.headers["api-key"] == KEY and "Authorization" not in req.headers
    v1 = OpenAICompatible.build_request("m", USER, base_url="https://res.openai.azure.com/openai/v1",
                                        api_key=KEY)
    assert v1.url == "https://res.openai.azure.com/openai/v1/chat/completions"
