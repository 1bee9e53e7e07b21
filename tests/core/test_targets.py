"""Endpoints -> targets for each provider kind, old settings files included."""

from __future__ import annotations

from ava_desktop.core.secrets import StoredKey
from ava_desktop.core.settings import Endpoint, Settings
from ava_desktop.core.targets import build_targets, endpoint_target, list_endpoint_models
from ava_desktop.providers import (
    Anthropic,
    Finish,
    Gemini,
    ModelInfo,
    OpenAICompatible,
    TextDelta,
)
from tests.core.providers.util import USER, collect, run
from tests.native_servers import NativeServer


def test_old_settings_files_keep_working_and_presets_name_the_provider():
    data = {"endpoints": [
        {"id": "a", "name": "Groq", "preset": "Groq", "base_url": "https://api.groq.com/openai/v1"},
        {"id": "b", "name": "Claude", "preset": "Anthropic",
         "base_url": "https://api.anthropic.com/v1"},
        {"id": "c", "name": "Proxy", "preset": "Custom", "provider": "Gemini",
         "base_url": "https://gemini-proxy.example/v1beta"},
        {"id": "d", "name": "Nope", "preset": "Custom", "provider": "Nonesuch",
         "base_url": "https://x.example/v1"}]}
    settings = Settings.from_dict(data)
    kinds = [e.provider_name() for e in settings.endpoints]
    assert kinds == ["OpenAICompatible", "Anthropic", "Gemini", "Nonesuch"]
    assert "provider" not in settings.endpoints[0].to_dict()  # derived, not written
    assert settings.endpoints[2].to_dict()["provider"] == "Gemini"
    assert any("Nonesuch" in p for p in settings.endpoints[3].problems())
    targets = build_targets(settings, {"b": StoredKey("sk-ant", "https://api.anthropic.com")})
    assert [(t.key, t.provider) for t in targets if t.key in "abcd"] == [
        ("a", OpenAICompatible), ("b", Anthropic), ("c", Gemini)]  # "d" is not offered
    claude = next(t for t in targets if t.key == "b")
    assert claude.options == {"base_url": "https://api.anthropic.com/v1", "api_key": "sk-ant"}
    assert claude.lists_models


def test_azure_endpoint_target_carries_the_preset_options():
    ep = Endpoint(name="Azure", preset="Azure OpenAI",
                  base_url="https://res.openai.azure.com/openai/deployments/gpt4o")
    target = endpoint_target(ep, "azure-key")
    assert target.provider is OpenAICompatible
    assert target.options["auth_header"] == "api-key" and target.options["api_version"]


def test_native_targets_stream_and_list_models_through_their_options():
    with NativeServer() as server:
        for preset, base in (("Anthropic", server.anthropic_url),
                             ("Google Gemini", server.gemini_url)):
            target = endpoint_target(Endpoint(name=preset, preset=preset, base_url=base),
                                     "key-0123456789")
            events = run(collect(target.provider.stream_events("m", USER, **target.options)))
            assert events[0] == TextDelta("Hel") and events[-1] == Finish("stop")
            infos = run(target.fetch_model_info())
            assert infos and all(isinstance(i, ModelInfo) for i in infos)
            assert run(target.fetch_models()) == [i.id for i in infos]
        gemini = [r for r in server.requests if r.path.startswith("/v1beta")]
        assert all(r.headers["x-goog-api-key"] == "key-0123456789" for r in gemini)


def test_settings_test_button_lists_an_endpoint_in_its_own_format():
    with NativeServer() as server:
        ep = Endpoint(name="Claude", preset="Anthropic", base_url=server.anthropic_url + "/")
        ids = run(list_endpoint_models(ep, "key-0123456789", timeout=5))
        assert ids == [f"claude-test-{i}" for i in range(5)]
        assert server.last_request.headers["x-api-key"] == "key-0123456789"
        az = Endpoint(name="Az", preset="Azure OpenAI", base_url=server.azure_url("dep"))
        assert run(list_endpoint_models(az, "key-0123456789")) == ["dep"]
        assert server.last_request.headers["api-key"] == "key-0123456789"


def test_openai_is_asked_for_usage_in_the_stream_and_other_servers_are_not(llm_server):
    """OpenAI (and Azure) send usage in a stream only when asked; the context meter needs it.
    A custom server never gets the field (some refuse what they do not know)."""
    from ava_desktop.core.conversation.request import RequestPlan

    openai = endpoint_target(Endpoint(name="OpenAI", preset="OpenAI",
                                      base_url=llm_server.base_url), "sk-x")
    custom = endpoint_target(Endpoint(name="Mine", preset="Custom",
                                      base_url=llm_server.base_url), None)
    llm_server.reply(tokens=["hi"], usage={"prompt_tokens": 5, "completion_tokens": 1,
                                           "total_tokens": 6})
    llm_server.reply(tokens=["hi"])
    for target in (openai, custom):
        plan = RequestPlan(target.provider, "m", endpoint=target.options)
        run(collect(target.provider.stream_events("m", USER, **plan.provider_kwargs())))
    first, second = llm_server.requests[-2:]
    assert first.json["stream_options"] == {"include_usage": True}
    assert "stream_options" not in second.json
