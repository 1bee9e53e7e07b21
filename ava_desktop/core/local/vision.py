"""Vision for local models: a GGUF with its projector (``mmproj-*.gguf``) beside it.

Why by name: vision GGUFs are published as two files, the language model and a CLIP/SigLIP
projector whose name contains ``mmproj`` (``mmproj-model-f16.gguf``,
``gemma-3-4b-it-mmproj-f16.gguf``); llama.cpp loads the pair with ``--mmproj`` and
llama-cpp-python's server with ``clip_model_path`` plus a multimodal chat handler. A
projector is never offered as a chat model on its own.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import BinaryIO

from .models import is_gguf

_SCALARS = {0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8}  # type: size
_STRING, _ARRAY = 8, 9
_MAX_STR = 1 << 20


def _skip(f: BinaryIO, kind: int) -> None:
    if kind in _SCALARS:
        f.seek(_SCALARS[kind], os.SEEK_CUR)
    elif kind == _STRING:
        (n,) = struct.unpack("<Q", f.read(8))
        f.seek(n, os.SEEK_CUR)
    elif kind == _ARRAY:
        inner, count = struct.unpack("<IQ", f.read(12))
        if inner in _SCALARS:
            f.seek(_SCALARS[inner] * count, os.SEEK_CUR)
        else:
            for _ in range(min(count, 1 << 24)):
                _skip(f, inner)
    else:
        raise ValueError(f"GGUF value type {kind}")


def gguf_architecture(path: str | os.PathLike[str]) -> str | None:
    """``general.architecture`` from a GGUF's header (``clip`` for a projector), or None.

    Reads only the metadata before it (usually the first key), never the tensors."""
    try:
        with open(path, "rb") as f:
            if f.read(4) != b"GGUF":
                return None
            _version, _tensors, kv_count = struct.unpack("<IQQ", f.read(20))
            for _ in range(min(kv_count, 4096)):
                (n,) = struct.unpack("<Q", f.read(8))
                if n > _MAX_STR:
                    return None
                key = f.read(n)
                (kind,) = struct.unpack("<I", f.read(4))
                if key == b"general.architecture" and kind == _STRING:
                    (n,) = struct.unpack("<Q", f.read(8))
                    return f.read(min(n, 256)).decode("utf-8", "replace")
                _skip(f, kind)
    except (OSError, struct.error, ValueError):
        return None
    return None


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
    """The projector paired with ``model_path``: a ``*mmproj*.gguf`` GGUF in the same folder
    whose header says it is one (architecture ``clip``: a partial download or a mislabelled
    file would break the model's chats).

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
        if not is_gguf(p) or gguf_architecture(p) != "clip":
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
