"""Vision for local models: a projector (mmproj GGUF) beside a model is paired with it, the
server is told to load it, and images are allowed for that model only."""

from __future__ import annotations

import struct
from pathlib import Path
from types import MappingProxyType

from ava_desktop.core.conversation.request import RequestPlan
from ava_desktop.core.local import command, find_gguf_models
from ava_desktop.core.local.provider import LocalModels, model_paths
from ava_desktop.core.local.vision import (
    find_projector,
    gguf_architecture,
    is_projector,
    python_chat_format,
)
from ava_desktop.core.providers import OpenAICompatible


def gguf_header(arch: str, before: int = 0) -> bytes:
    """A GGUF file with no tensors and ``general.architecture = arch`` (after ``before``
    other keys: an int, a string and an array of strings, as real files have)."""
    def string(s: str) -> bytes:
        return struct.pack("<Q", len(s)) + s.encode()

    kvs = []
    for i in range(before):
        kvs.append(string(f"x.int{i}") + struct.pack("<II", 4, 7))
        kvs.append(string(f"x.str{i}") + struct.pack("<I", 8) + string("hello"))
        kvs.append(string(f"x.arr{i}") + struct.pack("<IIQ", 9, 8, 2) + string("a") + string("bc"))
    kvs.append(string("general.architecture") + struct.pack("<I", 8) + string(arch))
    return b"GGUF" + struct.pack("<IQQ", 3, 0, len(kvs)) + b"".join(kvs)


def _gguf(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gguf_header("clip" if "mmproj" in path.name else "llama"))
    return path


def test_a_projector_beside_the_model_is_paired_and_never_listed_as_a_model(tmp_path):
    model = _gguf(tmp_path / "Qwen2-VL-2B-Instruct-Q4_K_M.gguf")
    mine = _gguf(tmp_path / "mmproj-Qwen2-VL-2B-Instruct-f16.gguf")
    _gguf(tmp_path / "mmproj-llava-v1.5-7b.gguf")
    plain = _gguf(tmp_path / "other" / "SmolLM2.gguf")
    assert find_projector(model) == mine  # the longest shared name wins
    assert find_projector(plain) is None  # no projector in its folder
    assert find_projector(mine) is None  # a projector has none itself
    assert [m.name for m in find_gguf_models([tmp_path])] == [
        "Qwen2-VL-2B-Instruct-Q4_K_M", "SmolLM2"]


def test_projector_names_and_a_broken_projector_is_not_paired(tmp_path):
    model = _gguf(tmp_path / "gemma-3-4b-it-Q4_K_M.gguf")
    assert is_projector("mmproj-model-f16.gguf") and is_projector("gemma-3-4b-it-MMPROJ.GGUF")
    assert not is_projector("mmproj-notes.txt") and not is_projector("gemma.gguf")
    (tmp_path / "gemma-3-4b-it-mmproj-f16.gguf").write_bytes(b"<html>partial download")
    assert find_projector(model) is None  # not a GGUF file: nothing is paired
    (tmp_path / "gemma-3-4b-it-mmproj-f16.gguf").write_bytes(gguf_header("gemma3"))
    assert find_projector(model) is None  # a GGUF, but a language model named like one
    suffix = _gguf(tmp_path / "gemma-3-4b-it-mmproj-f16.gguf")
    assert find_projector(model) == suffix
    (tmp_path / "x.gguf").write_bytes(gguf_header("clip", before=3))
    assert gguf_architecture(tmp_path / "x.gguf") == "clip"
    (tmp_path / "x.gguf").write_bytes(gguf_header("clip", before=3)[:60])  # truncated
    assert gguf_architecture(tmp_path / "x.gguf") is None


def test_the_server_command_loads_the_projector_in_both_servers(tmp_path):
    model = _gguf(tmp_path / "gemma-4-e2b-it.gguf")
    proj = _gguf(tmp_path / "mmproj-gemma-4-e2b-it.gguf")
    cmd = command.ServerCommand(model, "gemma", 5000, 4096, 3, 0, find_projector(model))
    native = command.build(cmd, python=None, llama_server=Path("/opt/llama-server"))
    server_args = native[native.index("--") + 1:]
    assert native[native.index("--exec") + 1] == "/opt/llama-server"
    assert server_args[server_args.index("--mmproj") + 1] == str(proj)
    for flag, value in (("--port", "5000"), ("--ctx-size", "4096"), ("--threads", "3"),
                        ("--alias", "gemma"), ("--parallel", "1")):
        assert server_args[server_args.index(flag) + 1] == value
    assert "--api-key" not in native  # the key travels in the environment only

    python = command.build(cmd, python="/usr/bin/python3", llama_server=None)
    assert python[:3] == ["/usr/bin/python3", "-m", "ava_desktop.core.local.child"]
    assert python[python.index("--clip_model_path") + 1] == str(proj)
    assert python[python.index("--chat_format") + 1] == "gemma4"
    assert python_chat_format(tmp_path / "Qwen2.5-VL-3B.gguf") == "mtmd"
    text_only = command.ServerCommand(model, "gemma", 5000, 4096, 3, 0, None)
    assert "--mmproj" not in command.build(text_only, python=None, llama_server=Path("/x"))
    assert "--clip_model_path" not in command.build(text_only, python=None, llama_server=None)


def test_images_are_allowed_for_the_model_with_a_projector_only(tmp_path):
    _gguf(tmp_path / "vision" / "llava-phi-3-mini.gguf")
    _gguf(tmp_path / "vision" / "llava-phi-3-mini-mmproj-f16.gguf")
    _gguf(tmp_path / "text" / "SmolLM2.gguf")
    endpoint = MappingProxyType({"model_paths": model_paths(find_gguf_models([tmp_path]))})
    assert RequestPlan(LocalModels, "llava-phi-3-mini", endpoint).accepts_images()
    assert not RequestPlan(LocalModels, "SmolLM2", endpoint).accepts_images()
    assert not RequestPlan(LocalModels, "gone", endpoint).accepts_images()
    assert RequestPlan(OpenAICompatible, "gpt-4o").accepts_images()  # unchanged elsewhere
