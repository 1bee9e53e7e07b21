"""Folder resolution: explicit data dir is self-contained; otherwise platform folders."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ava_desktop.core.paths import AppPaths


def test_explicit_data_dir_holds_config_and_logs(tmp_path):
    paths = AppPaths.resolve(tmp_path / "portable", environ={"AVA_DATA_DIR": "/elsewhere"})
    root = tmp_path / "portable"
    assert paths == AppPaths(root, root / "config", root / "logs")
    assert paths.settings_file == root / "config" / "settings.json"


def test_env_data_dir_is_used_when_no_argument(tmp_path):
    paths = AppPaths.resolve(None, environ={"AVA_DATA_DIR": str(tmp_path / "d")})
    assert paths.data_dir == tmp_path / "d" and paths.config_dir == tmp_path / "d" / "config"


def test_real_environment_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("AVA_DATA_DIR", str(tmp_path / "env"))
    assert AppPaths.resolve().log_dir == tmp_path / "env" / "logs"


def test_relative_and_user_paths_become_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert AppPaths.resolve("rel").data_dir == tmp_path / "rel"
    assert AppPaths.resolve("~/ava").data_dir == Path(os.environ["HOME"]) / "ava"


def test_platform_folders_follow_xdg(monkeypatch, tmp_path):
    if os.name != "posix" or os.uname().sysname == "Darwin":  # pragma: no cover
        return
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "conf"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    paths = AppPaths.resolve(environ={})
    assert paths.data_dir == tmp_path / "share" / "ava-desktop"
    assert paths.config_dir == tmp_path / "conf" / "ava-desktop"
    assert paths.log_dir.is_relative_to(tmp_path / "state" / "ava-desktop")


def test_ensure_creates_private_folders(tmp_path):
    paths = AppPaths.resolve(tmp_path / "new" / "data").ensure()
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        assert folder.is_dir()
        if os.name == "posix":
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_ensure_leaves_an_existing_folder_mode_alone(tmp_path):
    existing = tmp_path / "mine"
    existing.mkdir(mode=0o755)
    os.chmod(existing, 0o755)
    AppPaths.resolve(existing).ensure()
    assert stat.S_IMODE(existing.stat().st_mode) == 0o755
    assert (existing / "config").is_dir()
