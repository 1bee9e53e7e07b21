"""SettingsService: validated updates, one notice per change, coalesced writes off the
caller's thread, failures reported and retried, nothing lost."""

from __future__ import annotations

import json
import threading
import time

import pytest

from ava_desktop.core.settings import (
    Endpoint,
    Settings,
    SettingsError,
    SettingsService,
    SettingsStore,
)


class SlowStore(SettingsStore):
    """The real store (real atomic writes), slowed down and counting its writes."""

    def __init__(self, path, delay: float = 0.05) -> None:
        super().__init__(path)
        self.delay = delay
        self.writes: list[tuple[str, bytes]] = []

    def write(self, data: bytes) -> None:
        time.sleep(self.delay)
        super().write(data)
        self.writes.append((threading.current_thread().name, data))


@pytest.fixture
def service(tmp_path):
    svc = SettingsService(Settings(), SlowStore(tmp_path / "config" / "settings.json"))
    yield svc
    svc.close()


def test_an_update_validates_bumps_the_revision_and_tells_once_what_changed(service):
    seen = []
    service.subscribe(seen.append)
    before = service.settings
    change = service.update(font_size=14, theme="dark")
    assert change.revision == service.revision == 1
    assert change.changed == {"font_size", "theme"} and "theme" in change
    assert change.old is before and change.new is service.settings
    assert before.font_size is None  # the old object was never edited
    assert seen == [change]
    change.saved.result(5)
    assert json.loads(service.store.path.read_text())["font_size"] == 14

    same = service.update(font_size=14)  # no change: no notice, no new revision
    assert same.changed == frozenset() and service.revision == 1 and seen == [change]

    ep = Endpoint(name="A", base_url="http://127.0.0.1:1/v1")
    service.update(lambda s: s.endpoints.append(ep))
    assert seen[-1].changed == {"endpoints"} and service.settings.endpoints == [ep]


@pytest.mark.parametrize("bad", [
    {"font_size": 500}, {"theme": "neon"}, {"temperature": 9.0}, {"max_tokens": 0},
    {"proxy_url": "ftp://x"}, {"window_geometry": "not base64!"},
    {"local_model_options": {"/m.gguf": {"n_ctx": 1}}},
])
def test_an_invalid_update_changes_nothing(service, bad):
    seen = []
    service.subscribe(seen.append)
    with pytest.raises(SettingsError) as info:
        service.update(**bad)
    assert info.value.problems and seen == [] and service.revision == 0
    assert service.settings == Settings() and not service.store.path.exists()


def test_duplicate_endpoint_ids_and_unknown_fields_are_refused(service):
    a = Endpoint(name="A", base_url="http://127.0.0.1:1/v1", id="same")
    b = Endpoint(name="B", base_url="http://127.0.0.1:2/v1", id="same")
    with pytest.raises(SettingsError, match="same id"):
        service.update(endpoints=[a, b])
    with pytest.raises(TypeError, match="colour"):
        service.update(colour="red")


def test_rapid_updates_coalesce_off_the_callers_thread_and_the_last_wins(service):
    for size in range(5, 72):
        service.update(font_size=size)
    assert service.flush(10)
    writes = service.store.writes
    assert 1 <= len(writes) < 20  # 67 changes, a few writes
    assert all(name == "settings-writer" for name, _ in writes)
    assert json.loads(writes[-1][1])["font_size"] == 71
    assert SettingsStore(service.store.path).load()[0].font_size == 71
    assert not service.dirty and service.saved_revision == service.revision == 67


def test_update_returns_before_the_file_is_written(tmp_path):
    store = SlowStore(tmp_path / "s.json", delay=0.5)
    service = SettingsService(Settings(), store)
    try:
        start = time.monotonic()
        change = service.update(theme="light")
        assert time.monotonic() - start < 0.2 and not change.saved.done()
        change.saved.result(5)
        assert store.path.exists()
    finally:
        service.close()


def test_a_failed_write_is_reported_kept_in_memory_and_retried(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the config folder should be")
    errors = []
    store = SettingsStore(blocker / "settings.json")
    service = SettingsService(Settings(), store,
                              on_error=lambda exc, rev: errors.append((type(exc), rev)))
    try:
        change = service.update(system_prompt="Be brief.")
        with pytest.raises(OSError):
            change.saved.result(5)
        assert errors and errors[0][1] == 1
        assert service.settings.system_prompt == "Be brief." and service.dirty
        assert not service.flush(5)  # still failing: False, reported again
        store.path = tmp_path / "ok" / "settings.json"  # the disk is fixed
        assert service.flush(5) and not service.dirty
        assert store.load()[0].system_prompt == "Be brief."
    finally:
        service.close()


def test_unknown_keys_survive_updates(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": "dark", "future": {"x": 1},
                                "endpoints": [{"id": "e", "name": "E",
                                               "base_url": "http://127.0.0.1:1/v1",
                                               "future_ep": True}]}))
    store = SettingsStore(path)
    service = SettingsService(store.load()[0], store)
    try:
        service.update(font_size=12)
        assert service.flush(5)
        data = json.loads(path.read_text())
        assert data["future"] == {"x": 1} and data["endpoints"][0]["future_ep"] is True
        assert data["theme"] == "dark" and data["font_size"] == 12
    finally:
        service.close()


def test_an_edit_made_in_place_is_logged_and_still_saved(service, caplog):
    service.settings.max_tokens = 99  # what callers must not do
    assert service.flush(5)
    assert "edited in place" in caplog.text
    assert service.store.load()[0].max_tokens == 99


def test_a_failing_subscriber_does_not_stop_the_others(service):
    seen = []
    service.subscribe(lambda change: 1 / 0)
    unsubscribe = service.subscribe(seen.append)
    service.update(theme="dark")
    assert len(seen) == 1
    unsubscribe()
    service.update(theme="light")
    assert len(seen) == 1


def test_without_a_store_changes_are_only_in_memory():
    service = SettingsService()
    change = service.update(theme="dark")
    assert change.saved.done() and not service.dirty and service.flush(1)
