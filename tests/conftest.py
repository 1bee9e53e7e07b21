"""Suite-wide settings: Qt runs offscreen and never touches the user's real folders."""

from __future__ import annotations

import os

import pytest

from tests.servers import LLMServer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")


@pytest.fixture
def llm_server():
    """A started scripted LLM server (tests/servers.py), stopped after the test."""
    with LLMServer() as server:
        yield server
