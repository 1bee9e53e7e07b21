"""Fixtures for the provider tests."""

from __future__ import annotations

import pytest

from tests.native_servers import NativeServer


@pytest.fixture
def native_server():
    """A started Anthropic / Gemini / Azure scripted server (tests/native_servers.py)."""
    with NativeServer() as server:
        yield server
