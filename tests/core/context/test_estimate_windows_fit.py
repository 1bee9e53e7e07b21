"""Estimates, the table of context windows, the user's setting, and fit planning."""

from __future__ import annotations

import pytest

from ava_desktop.core.context import (
    Calibration,
    ContextWindow,
    Reported,
    drop_oldest,
    estimate_message,
    estimate_text,
    family_of,
    format_tokens,
    image_tokens,
    local_n_ctx,
    plan_fit,
    resolve_window,
    summary_request,
    table_window,
)
from ava_desktop.core.context.fit import level_of
from ava_desktop.core.conversation.parts import ChatMessage, FilePart, ImagePart
from ava_desktop.core.local.provider import DEFAULT_N_CTX
from ava_desktop.core.providers import Anthropic, Gemini, ModelInfo, OpenAICompatible
from ava_desktop.core.settings import Settings


def test_text_estimates_by_script() -> None:
    assert estimate_text("") == 0
    assert estimate_text("abcd" * 100) == 100
    assert estimate_text("世界" * 50) == 100  # ~1 token per CJK character
    assert estimate_text("こんにちは안녕") == 7
    assert estimate_text("é" * 10) == 5  # other scripts between the two
    big = "word " * 200_000 + "字"
    assert estimate_text(big) == 250_001


def test_image_costs_follow_each_providers_formula() -> None:
    square = ImagePart("image/png", "x", width=1024, height=1024)
    assert image_tokens(square, "openai") == 85 + 170 * 4  # 768x768: 4 tiles
    assert image_tokens(ImagePart("image/png", "x", width=4096, height=2048), "openai") == 1105
    assert image_tokens(square, "anthropic") == 1399  # ceil(1024*1024/750)
    assert image_tokens(ImagePart("image/png", "x", width=300, height=200), "anthropic") == 80
    assert image_tokens(ImagePart("image/png", "x", width=4000, height=4000), "anthropic") == 1534
    assert image_tokens(ImagePart("image/png", "x", width=300, height=300), "gemini") == 258
    assert image_tokens(square, "gemini") == 258 * 4
    assert image_tokens(ImagePart("image/png", "x"), "openai") == 765  # size unknown


def test_family_by_model_maker_then_wire() -> None:
    assert family_of(OpenAICompatible, "anthropic/claude-3.5-sonnet") == "anthropic"
    assert family_of(Anthropic, "claude-sonnet-4") == "anthropic"
    assert family_of(Gemini, "gemini-2.0-flash") == "gemini"
    assert family_of(OpenAICompatible, "google/gemini-pro") == "gemini"
    assert family_of(OpenAICompatible, "gpt-4o") == "openai"
    assert family_of("LocalModels", "SmolLM2") == "local"


def test_files_cost_their_framed_text() -> None:
    doc = FilePart("notes.txt", "text/plain", "x" * 4000)
    message = ChatMessage("user", (doc,))
    assert 1000 < estimate_message(message) < 1020


@pytest.mark.parametrize(("model", "tokens"), [
    ("gpt-4o", 128_000), ("gpt-4o-mini-2024-07-18", 128_000), ("openai/gpt-4.1", 1_047_576),
    ("gpt-4.1-nano", 1_047_576), ("o3", 200_000), ("o4-mini", 200_000), ("gpt-4", 8192),
    ("claude-3-5-sonnet-latest", 200_000), ("anthropic/claude-opus-4", 200_000),
    ("gemini-1.5-pro-002", 2_097_152), ("gemini-2.0-flash", 1_048_576),
    ("gemini-2.5-pro", 1_048_576), ("meta-llama/llama-3.1-8b-instruct", 131_072),
    ("llama3.2", 131_072), ("llama-3-8b", 8192), ("qwen2.5-7b-instruct", 131_072),
    ("qwen2.5-3b", 32_768), ("mistral-large-latest", 128_000), ("deepseek-chat", 65_536),
    ("deepseek-reasoner", 65_536), ("SmolLM2-135M-Instruct.Q4_1", 8192),
])
def test_table_of_common_models(model: str, tokens: int) -> None:
    assert table_window(model) == tokens


def test_unknown_model_has_no_table_value() -> None:
    assert table_window("my-finetune") is None
    assert table_window("photo-4o") is None  # "o4" only as a whole name
    assert resolve_window("my-finetune") is None


def test_window_sources_in_order() -> None:
    infos = [ModelInfo("gpt-4o", 64_000), ModelInfo("other")]
    assert resolve_window("gpt-4o", infos=infos) == ContextWindow(64_000, "server")
    assert resolve_window("gpt-4o", infos=[ModelInfo("gpt-4o")]) == ContextWindow(128_000, "table")
    assert resolve_window("m", infos={"m": 4096}) == ContextWindow(4096, "server")
    user = {"groq/gpt-4o": 30_000}
    assert resolve_window("gpt-4o", target_key="groq", infos=infos, user=user) == \
        ContextWindow(30_000, "setting")
    assert resolve_window("gpt-4o", target_key="other", infos=infos, user=user).source == "server"
    assert resolve_window("x", local_n_ctx=2048) == ContextWindow(2048, "local")
    assert "approximate" in ContextWindow(1, "table").describe()


def test_local_window_is_the_servers_n_ctx() -> None:
    options = {"model_paths": {"Smol": "/m/smol.gguf", "Big": "/m/big.gguf"},
               "model_options": {"/m/big.gguf": {"n_ctx": 16384}}}
    assert local_n_ctx("Big", options) == 16384
    assert local_n_ctx("Smol", options) == DEFAULT_N_CTX
    assert local_n_ctx("gone", options) is None


def test_model_context_windows_setting_is_validated() -> None:
    warnings: list[str] = []
    s = Settings.from_dict({"model_context_windows": {
        "ollama/llama3.2": 8192, "x/too-small": 10, "no-model": 4096, "a/b": "lots",
        "c/d": True, "e/f": 2.5}}, warnings)
    assert s.model_context_windows == {"ollama/llama3.2": 8192}
    assert len(warnings) == 5 and all("model_context_windows" in w for w in warnings)
    again = Settings.from_dict(s.to_dict())
    assert again.model_context_windows == {"ollama/llama3.2": 8192}
    bad: list[str] = []
    assert Settings.from_dict({"model_context_windows": [1]}, bad).model_context_windows == {}
    assert bad


def test_format_tokens() -> None:
    assert [format_tokens(n) for n in (0, 999, 3104, 8192, 12_400, 128_000, 131_072,
                                       1_048_576, 2_000_000, 1_047_576)] == \
        ["0", "999", "3.1k", "8k", "12k", "128k", "128k", "1M", "2M", "1.05M"]


def test_levels() -> None:
    assert level_of(100, None) == "unknown"
    assert level_of(799, 1000) == "ok"
    assert level_of(800, 1000) == "near"
    assert level_of(900, 1000, reserve=101) == "over"
    assert level_of(1001, 1000) == "over"


def _chat(n: int, size: int = 400) -> list[ChatMessage]:
    out = [ChatMessage.text("system", "Be brief.")]
    for i in range(n):
        out.append(ChatMessage.text("user" if i % 2 == 0 else "assistant", f"{i} " + "x" * size))
    return out


def test_fits_needs_no_drop() -> None:
    plan = plan_fit(_chat(4), "hello", window=8192, reserve_for_answer=512)
    assert plan.level == "ok" and plan.drop == 0 and plan.fits_after_drop
    assert plan.used == 3 + estimate_message(ChatMessage.text("system", "Be brief.")) + \
        4 * estimate_message(_chat(1)[1]) + estimate_message(ChatMessage.text("user", "hello"))


def test_over_drops_oldest_but_never_system_or_last_user_message() -> None:
    messages = _chat(10)  # system + 10 messages of ~105 tokens each
    plan = plan_fit(messages, "and now?", window=1000, reserve_for_answer=100)
    assert plan.over and plan.fits_after_drop
    kept = drop_oldest([*messages, ChatMessage.text("user", "and now?")], plan.drop)
    assert kept[0].role == "system" and kept[1].role == "user"  # starts with a question
    assert kept[-1].content == "and now?"
    assert plan.drop % 2 == 0
    again = plan_fit(kept[:-1], "and now?", window=1000, reserve_for_answer=100)
    assert again.level != "over"
    fewer = plan_fit(drop_oldest(messages, plan.drop - 2), "and now?", window=1000,
                     reserve_for_answer=100)
    assert fewer.over  # the smallest drop that fits


def test_without_a_draft_the_last_user_message_stays() -> None:
    messages = [*_chat(4), ChatMessage.text("user", "q " + "y" * 4000)]
    plan = plan_fit(messages, window=1000)
    assert plan.over and not plan.fits_after_drop
    assert plan.drop == 4  # everything droppable, still too long
    assert drop_oldest(messages, plan.drop)[-1] is messages[-1]


def test_attachments_count_with_the_draft() -> None:
    image = ImagePart("image/png", "s", width=1024, height=1024)
    without = plan_fit(_chat(2), "look", window=100_000)
    with_image = plan_fit(_chat(2), "look", [image], window=100_000)
    assert with_image.used - without.used == 765


def test_reported_usage_replaces_the_count_of_what_it_covers() -> None:
    messages = _chat(4)
    plan = plan_fit(messages, "next", window=100_000, reported=Reported(4, 2000))
    assert plan.reported == 2000
    assert plan.used == 2000 + estimate_message(ChatMessage.text("user", "next"))
    # dropping uses each message's share of the reported count
    over = plan_fit(messages, "next", window=1500, reported=Reported(4, 2000))
    assert over.over and over.drop == 2 and over.fits_after_drop


def test_summary_request_keeps_the_newest_text_that_fits() -> None:
    messages = _chat(40, size=400)
    text = summary_request(messages, max_tokens=1000)
    assert estimate_text(text) <= 1000
    assert "Summarize" in text and "39 " in text and "\n0 " not in text
    assert "oldest messages did not fit" in text
    assert "Be brief." not in text


def test_calibration_learns_smooths_and_ignores_nonsense() -> None:
    cal = Calibration()
    assert cal.apply("k", 100) == 100
    assert not cal.learn("k", 10, 40)  # too small a sample
    assert cal.learn("k", 300, 400, sample=1)
    assert cal.ratio("k") == pytest.approx(4 / 3)
    assert cal.get("k").last_error == pytest.approx(-0.25)
    assert "25% low" in cal.get("k").describe()
    assert not cal.learn("k", 300, 400, sample=1)  # the same answer twice
    assert not cal.learn("k", 300, 300_000, sample=2)  # a misreporting server
    assert cal.learn("k", 400, 400, sample=3)
    assert cal.ratio("k") == pytest.approx((4 / 3 + 1) / 2)
    assert cal.learn_overflow("local/m", 400, 512)
    assert cal.apply("local/m", 400) > 512
    assert not cal.learn_overflow("local/m", 400, 100)


def test_a_tabs_target_gives_key_family_window_and_tokenizer(tmp_path) -> None:
    from ava_desktop.core.context import family_for, model_key, tokenizer_for, window_for
    from ava_desktop.core.local import LocalModel
    from ava_desktop.core.local.provider import LocalModelHost
    from ava_desktop.core.targets import local_target, openai_target

    settings = Settings(model_context_windows={"groq/my-model": 12_000},
                        local_model_options={str(tmp_path / "smol.gguf"): {"n_ctx": 2048}})
    groq = openai_target("groq", "Groq", "https://api.groq.com/openai/v1")
    assert model_key(groq, "my-model") == "groq/my-model"
    assert window_for(groq, "my-model", settings) == ContextWindow(12_000, "setting")
    assert window_for(groq, "llama-3.1-8b-instant", settings,
                      [ModelInfo("llama-3.1-8b-instant", 131_072)]).source == "server"
    assert family_for(groq, "llama-3.1-8b-instant") == "openai"
    assert tokenizer_for(groq, "my-model") is None

    local = local_target([LocalModel("smol", tmp_path / "smol.gguf", 1)], LocalModelHost(),
                         settings)
    assert local is not None
    assert window_for(local, "smol", settings) == ContextWindow(2048, "local")
    assert family_for(local, "smol") == "local"
    assert tokenizer_for(local, "smol") is None  # not running: counting never starts it
