"""Vision for local models: a GGUF with its projector (``mmproj-*.gguf``) beside it.

Why by name: vision GGUFs are published as two files, the language model and a CLIP/SigLIP
projector whose name contains ``mmproj`` (``mmproj-model-f16.gguf``,
``gemma-3-4b-it-mmproj-f16.gguf``); llama.cpp loads the pair with ``--mmproj`` and
llama-cpp-python's server with ``clip_model_path`` plus a multimodal chat handler. A
projector is never offered as a chat model on its own.
"""

from __future__ import annotations

import os
from pathlib import Path

from .models import is_gguf


def is_projector(path: str | os.PathLike[str]) -> bool:
    """True for a file named like a vision projector (``*mmproj*.gguf``, any case)."""
    name = Path(path).name.lower()
    return name.endswith(".gguf") and "mmproj" in name


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def find_projector(model_path: str | os.PathLike[str]) -> Path | None:
    """The projector paired with ``model_path``: a ``*mmproj*.gguf`` GGUF in the same folder.

    With several, the one whose name (without ``mmproj``) shares the longest prefix with the
    model's wins, then the first by name, so ``Qwen2-VL-2B.gguf`` takes
    ``mmproj-Qwen2-VL-2B-f16.gguf`` over ``mmproj-llava.gguf``.
    """
    model = Path(model_path)
    if is_projector(model):
        return None
    try:
        siblings = sorted(p for p in model.parent.iterdir() if is_projector(p))
    except OSError:
        return None
    stem = model.name.lower()
    best: tuple[int, Path] | None = None
    for p in siblings:
        if not is_gguf(p):
            continue
        key = p.name.lower().replace("mmproj", "").strip("-_.")
        score = _shared_prefix(stem, key)
        if best is None or score > best[0]:
            best = (score, p)
    return best[1] if best else None


def python_chat_format(model_path: str | os.PathLike[str]) -> str:
    """llama-cpp-python's multimodal handler for the model: ``gemma4`` for Gemma 4, else the
    generic ``mtmd`` one (libmtmd: LLaVA, Qwen-VL, Gemma 3, SmolVLM, MiniCPM-V, ...), which
    uses the model's own chat template."""
    name = Path(model_path).name.lower().replace("-", "").replace("_", "")
    return "gemma4" if "gemma4" in name else "mtmd"


def vision_args(model_path: Path, projector: Path | None, *, llama_server: bool) -> list[str]:
    """Server arguments that load ``projector`` with the model (none without a projector)."""
    if projector is None:
        return []
    if llama_server:
        return ["--mmproj", str(projector)]
    return ["--clip_model_path", str(projector), "--chat_format", python_chat_format(model_path)]
