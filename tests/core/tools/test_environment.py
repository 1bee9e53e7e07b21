"""Finding npx/uvx from a desktop menu, and what a server's environment holds."""

from __future__ import annotations

import os
import stat

import pytest

from ava_desktop.core.tools import environment
from ava_desktop.core.tools.environment import (
    CommandNotFound,
    login_shell_path,
    resolve_command,
    search_path,
    server_environment,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="login shells are POSIX")


def _executable(path, text="#!/bin/sh\nexit 0\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_login_shell_path_finds_commands_a_desktop_start_misses(tmp_path, monkeypatch):
    tool_dir = tmp_path / "nvm-bin"
    _executable(tool_dir / "npx")
    # A login shell whose profile prints noise and builds a PATH the app never saw.
    shell = _executable(tmp_path / "fakesh", f"#!/bin/sh\necho 'Welcome!'\n"
                        f"PATH={tool_dir}:/usr/bin:/bin\nexport PATH\n"
                        "[ \"$1\" = -l ] && shift\n[ \"$1\" = -c ] && eval \"$2\"\n")
    monkeypatch.setenv("SHELL", str(shell))
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    assert login_shell_path(refresh=True) == f"{tool_dir}:/usr/bin:/bin"
    path = search_path()
    assert path.split(":")[0] == str(tool_dir)
    assert resolve_command("npx", path) == str(tool_dir / "npx")
    login_shell_path(refresh=True)  # the cache is per process: leave a sane value


def test_a_slow_or_broken_shell_is_given_up_on(tmp_path, monkeypatch):
    monkeypatch.setenv("SHELL", str(_executable(tmp_path / "slowsh", "#!/bin/sh\nsleep 5\n")))
    assert login_shell_path(timeout=0.5, refresh=True) is None
    monkeypatch.setenv("SHELL", "relative/sh")
    assert login_shell_path(refresh=True) is None
    monkeypatch.delenv("SHELL")
    login_shell_path(refresh=True)


def test_missing_commands_say_what_to_install(tmp_path):
    with pytest.raises(CommandNotFound, match=r"npx was not found; install Node\.js"):
        resolve_command("npx", str(tmp_path))
    with pytest.raises(CommandNotFound, match="uvx was not found; install uv"):
        resolve_command("uvx", str(tmp_path))
    with pytest.raises(CommandNotFound, match="not executable"):
        resolve_command(str(tmp_path / "nope"), str(tmp_path))


def test_common_install_folders_are_searched(tmp_path, monkeypatch):
    home = tmp_path / "home"
    _executable(home / ".local" / "bin" / "uvx")
    _executable(home / ".nvm" / "versions" / "node" / "v9.1.0" / "bin" / "npx")
    _executable(home / ".nvm" / "versions" / "node" / "v20.11.1" / "bin" / "npx")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("NVM_DIR", raising=False)
    monkeypatch.setattr(environment, "_login_path", [None])
    path = search_path({"PATH": str(tmp_path)})
    assert resolve_command("uvx", path) == str(home / ".local" / "bin" / "uvx")
    assert "/v20.11.1/bin/npx" in resolve_command("npx", path)  # the newest Node of nvm


def test_server_environment_has_its_own_env_and_none_of_the_apps_secrets(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "aws")
    monkeypatch.setenv("LANG", "C.UTF-8")
    env = server_environment({"BRAVE_API_KEY": "b"}, "/opt/bin:/usr/bin")
    assert env["PATH"] == "/opt/bin:/usr/bin" and env["BRAVE_API_KEY"] == "b"
    assert env["HOME"] == os.environ["HOME"] and env["LANG"] == "C.UTF-8"
    assert "OPENAI_API_KEY" not in env and "AWS_SECRET_ACCESS_KEY" not in env
