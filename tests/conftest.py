"""Suite-wide settings: Qt runs offscreen and never touches the user's real folders."""

from __future__ import annotations

import os

import pytest

from tests.servers import LLMServer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read the English interface: a developer's own language must not change it
# (tests/ui/test_i18n.py loads the other languages explicitly).
os.environ["LANG"] = "C.UTF-8"
for _name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_name, None)
os.environ.setdefault("QT_API", "pyside6")


@pytest.fixture
def llm_server():
    """A started scripted LLM server (tests/servers.py), stopped after the test."""
    with LLMServer() as server:
        yield server


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Every test gets a throw-away HOME/XDG folders and a file keyring inside it.

    The user's real keychain and folders are never touched; subprocesses inherit the same
    isolation through PYTHON_KEYRING_BACKEND and the XDG variables. Yields the stand-in
    keychain file path (keys *are* expected in there, and only there).
    """
    import keyring.core
    from keyrings.alt.file import PlaintextKeyring

    home = tmp_path_factory.mktemp("home")
    env = {
        "HOME": home,
        "USERPROFILE": home,
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_STATE_HOME": home / ".local" / "state",
        "APPDATA": home / "AppData" / "Roaming",
        "LOCALAPPDATA": home / "AppData" / "Local",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, str(value))
    for name in ("AVA_DATA_DIR", "OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    backend = PlaintextKeyring()
    backend.file_path = str(home / ".local" / "share" / "python_keyring" / "keyring_pass.cfg")
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    yield backend.file_path
