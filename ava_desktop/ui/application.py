"""The running app: one QApplication, one qasync loop, one aiohttp session, clean shutdown.

Shutdown is a coroutine, not a destructor: Ctrl+Q, closing the window, SIGINT and SIGTERM
all set one event; ``AvaApp.main`` then cancels running answers (their partial text is
kept), closes the HTTP session inside the loop and returns 0.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import logging
import os
import signal
import sys
from typing import Any

os.environ.setdefault("QT_API", "pyside6")

import qasync
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ava_desktop import __version__
from ava_desktop.core.logfile import setup_logging
from ava_desktop.core.paths import AppPaths
from ava_desktop.core.settings import SettingsStore, env_api_key, env_endpoint
from ava_desktop.core.store import DB_FILENAME, NotFoundError, Store, StoreError
from ava_desktop.core.targets import LOCAL_KEY, codelinkava_target
from ava_desktop.core.tools import McpConfigStore, McpManager
from ava_desktop.core.tools.host import ToolHost
from ava_desktop.ui.appearance import apply_theme
from ava_desktop.ui.chat_tab import ChatTab
from ava_desktop.ui.context import AppContext
from ava_desktop.ui.first_paint import show_first_time, warm_up_later
from ava_desktop.ui.gc import GuiThreadCollector
from ava_desktop.ui.i18n import install_translators
from ava_desktop.ui.launch_files import offer_files
from ava_desktop.ui.loop_hooks import install_excepthook, install_signal_handlers
from ava_desktop.ui.main_window import MainWindow
from ava_desktop.ui.messages import error_text, notice_text
from ava_desktop.ui.model_selector import ModelCatalog
from ava_desktop.ui.resources import app_icon
from ava_desktop.ui.self_test import self_test
from ava_desktop.ui.single_instance import Handover, bring_to_front, claim, handover_from_args

log = logging.getLogger("ava_desktop")
KEYCHAIN_WAIT_S = 2.0
AFTER_PAINT_S = 0.15  # work the first paint does not need starts this long after show()


def _open_browser_later(url: str) -> None:
    """Called on the MCP thread: the system browser is opened from the app's thread."""
    from PySide6.QtCore import QTimer, QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        QTimer.singleShot(0, app, lambda: QDesktopServices.openUrl(QUrl(url)))


class AvaApp:
    """Owns the services and the window for one run; usable from tests on a qasync loop."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.paths = AppPaths.resolve(getattr(args, "data_dir", None)).ensure()
        self.ctx = AppContext()
        self.ctx.catalog = ModelCatalog(self.ctx.spawn, lambda: self.ctx.session,
                                        self.ctx.proxy_for)
        self.window: MainWindow | None = None
        self._quit = asyncio.Event()
        self.store_problem: str | None = None
        self.settings_warnings: list[str] = []

    # --------------------------------------------------------------- start
    def _open_store(self) -> None:
        """Open the history; a bad database is kept untouched and the user is told why."""
        path = self.paths.data_dir / DB_FILENAME
        try:
            self.ctx.store = Store.open(path)
        except StoreError as exc:
            self.store_problem = error_text(exc)
            log.error("Could not open the conversation database %s: %s", path, exc)

    def _load_settings(self) -> None:
        store = SettingsStore(self.paths.settings_file)
        settings, warnings = store.load()
        self.ctx.use_settings(settings, store)
        self.settings_warnings = warnings
        env = env_endpoint()
        self.ctx.env_endpoint = env
        key = env_api_key()
        if env is not None and key:  # from the environment: memory only, for its own host
            self.ctx.keys.set(env.id, key, url=env.base_url, session_only=True)

    def _load_tools(self) -> None:
        """The MCP servers of mcp.json; they start only when a conversation first needs one."""
        store = McpConfigStore.in_folder(self.paths.data_dir)
        config, warnings = store.load()
        self.settings_warnings += warnings
        # The keychain holds remote servers' OAuth tokens (bound to their origin, like API
        # keys); the browser opens only after the user's "Sign in" (Chat → Tools…).
        manager = McpManager(config, keys=self.ctx.keys, open_browser=_open_browser_later,
                             on_sign_in=self._sign_in_needed)
        self.ctx.tools = ToolHost(manager, store,
                                  on_error=lambda text: self.ctx.errorOccurred.emit(text, ""))

    def _sign_in_needed(self, name: str) -> None:
        from PySide6.QtCore import QCoreApplication

        self.ctx.errorOccurred.emit(QCoreApplication.translate(
            "Application", "The MCP server {name} needs you to sign in: Chat → Tools…, "
            "select it, then Sign In.").format(name=name), "")

    async def start(self) -> MainWindow:
        self._open_store()
        self._load_settings()
        install_translators(self.ctx.settings.language)  # before any widget takes its text
        ctx = self.ctx
        # One shared session, made on first use. It does not read proxy variables itself:
        # each request gets its proxy from the target (Target.proxy), so servers on this
        # computer are reached directly.
        ctx.session_factory = _new_session
        ctx.cli_model = getattr(self.args, "model", None)
        ctx.models_dir = self.paths.data_dir / "models"
        ctx.data_dir, ctx.log_dir = self.paths.data_dir, self.paths.log_dir
        ctx.models_dir.mkdir(exist_ok=True)
        keys = asyncio.ensure_future(ctx.load_keys())
        try:  # a locked keychain may wait for the user: never keep the window from showing
            await asyncio.wait_for(asyncio.shield(keys), KEYCHAIN_WAIT_S)
        except TimeoutError:
            log.warning("The keychain is slow to answer; keys are loaded in the background")
            ctx.spawn(self._keys_later(keys), name="keychain")
        self._load_tools()
        ctx.scan_local_models()
        ctx.refresh_targets()
        self._choose_defaults()
        apply_theme(ctx.settings.theme)
        window = MainWindow(ctx)
        window.setWindowIcon(app_icon())
        window.quitRequested.connect(self.request_quit)
        self.window = window
        ctx.used_target_keys = lambda: [t.selector.target_key() for t in window.chat_tabs()]
        self._restore_tabs(window)
        window.tabsChanged.connect(self.save_window_state)
        window.restore_geometry()
        show_first_time(window)
        log.info("Ava Desktop %s: window shown (data folder %s)", __version__,
                 self.paths.data_dir)
        if self.store_problem:
            window.show_store_problem(self.store_problem)
        elif ctx.store is not None and ctx.store.verify_pending:
            ctx.spawn(self._verify_store(), name="store-check")
        elif interrupted := len(ctx.store.interrupted_message_ids):
            window.notify_cut_off(interrupted)
        if self.settings_warnings:
            window.show_problem(QCoreApplication.translate("AvaApp", "Settings"),
                                "\n".join(map(error_text, self.settings_warnings)))
        window.show_notices()
        ctx.spawn(self._after_paint(), name="after-paint")
        warm_up_later(ctx.call_safely)
        if files := handover_from_args(self.args).files:
            offer_files(window, files)
        if text := getattr(self.args, "self_test", None):
            ctx.spawn(self_test(self, text), name="self-test")
        return window

    async def _after_paint(self) -> None:
        """The search for servers on this computer waits until the window is painted (it
        imports aiohttp, ~0.15 s and ~7 MB, only if one of their ports is listening)."""
        await asyncio.sleep(AFTER_PAINT_S)
        ctx = self.ctx
        if ctx.session_factory is not None and ctx.settings.local_discovery:
            ctx.spawn(ctx.discover(), name="discovery")

    def on_handover(self, message: Handover) -> None:
        """Ava was launched again on this data folder: come forward, open its files, and
        open a tab with its --provider/--model if it named one."""
        window = self.window
        if window is None:
            return
        bring_to_front(window)
        if message.provider or message.model:
            self.args.provider, self.args.model = message.provider, message.model
            self.ctx.cli_model = message.model
            self._choose_defaults()
            window.new_tab()
        if message.files:
            offer_files(window, message.files)

    async def _verify_store(self) -> None:
        """The integrity check of a cleanly closed database runs while the window shows; the
        store refuses writes if it fails, and the user is told as if it failed at open."""
        store = self.ctx.store
        while not store.verify_ready:  # the check has its own thread: poll, never block
            await asyncio.sleep(0.05)
        problem = store.verify()
        if problem and store.damage_notice is not None:
            problem = notice_text(store.damage_notice)
        if problem and self.window is not None and not self.store_problem:
            self.store_problem = problem
            log.error("The conversation database failed its check: %s", problem)
            self.window.show_store_problem(problem)

    async def _keys_later(self, keys: asyncio.Future[None]) -> None:
        await keys
        self.ctx.refresh_targets()

    def _choose_defaults(self) -> None:
        """New tabs use --provider/--model, else the environment's endpoint, else the last used."""
        ctx = self.ctx
        provider = getattr(self.args, "provider", None)
        settings = ctx.settings
        ctx.default_target_key = settings.default_endpoint_id
        ctx.default_model = settings.default_model
        if ctx.target(ctx.default_target_key) is None:
            # nothing used yet (or it is gone): a configured endpoint, else local models
            ctx.default_target_key = next(
                (t.key for t in ctx.targets if t.working and t.key != LOCAL_KEY),
                LOCAL_KEY if ctx.target(LOCAL_KEY) else None)
            ctx.default_model = None
        if ctx.env_endpoint is not None:
            ctx.default_target_key = ctx.env_endpoint.id
            ctx.default_model = ctx.cli_model
        if provider:
            wanted = provider.lower()
            if wanted == codelinkava_target().key:  # asked for by name: offer it though offline
                ctx.pinned_target_keys.add(wanted)
                ctx.refresh_targets()
            match = next((t for t in ctx.targets if wanted in (t.key.lower(), t.name.lower())
                          or t.name.lower().startswith(wanted)), None)
            if match is not None:
                ctx.default_target_key = match.key
            else:
                log.warning("--provider %s: no such provider or endpoint", provider)
        if ctx.cli_model:
            ctx.default_model = ctx.cli_model

    def _restore_tabs(self, window: MainWindow) -> None:
        store = self.ctx.store
        ids, current = store.load_window_state() if store is not None else ([], -1)
        self.ctx.defer_hidden_drawing = True  # each tab draws when first shown
        try:
            for conv_id in ids:
                try:
                    conversation = store.get_conversation(conv_id) if store else None
                except NotFoundError:
                    continue
                if conversation is not None:
                    window.new_tab(ChatTab(self.ctx, conversation, window.tabs), focus=False)
        finally:
            self.ctx.defer_hidden_drawing = False
        if window.tabs.count() == 0:
            window.new_tab()
        else:
            window.tabs.setCurrentIndex(min(max(current, 0), window.tabs.count() - 1))
            window.current_tab().focus_composer()

    def save_window_state(self) -> None:
        store, window = self.ctx.store, self.window
        if store is None or window is None or store.closed:
            return
        tabs = window.chat_tabs()
        ids = [t.conversation_id for t in tabs if t.conversation_id is not None]
        current = window.current_tab()
        current_id = current.conversation_id if current is not None else None
        index = ids.index(current_id) if current_id in ids else -1
        try:
            store.save_window_state(ids, index)
        except StoreError as exc:
            self.ctx.report_exception(exc, "saving the open tabs")

    # ------------------------------------------------------------ shutdown
    def request_quit(self) -> None:
        self._quit.set()

    async def wait_quit(self) -> None:
        await self._quit.wait()

    async def shutdown(self) -> None:
        """Stop every stream (keeping partial answers), then release the session."""
        window = self.window
        if window is not None:
            await asyncio.gather(*(tab.stop_and_wait() for tab in window.chat_tabs()),
                                 return_exceptions=True)
        await self.ctx.cancel_all()
        await self.ctx.local_host.stop()
        if self.ctx.tools is not None:
            await self.ctx.tools.manager.shutdown()
        self.ctx.session_factory = None  # none is made from now on
        if self.ctx.session is not None:
            await self.ctx.session.close()
            self.ctx.session = None
        if window is not None:
            self.save_window_state()
            window.save_geometry()
            window.tabsChanged.disconnect(self.save_window_state)
            window.hide()
            window.deleteLater()
            self.window = None
        await self.ctx.save_settings()
        self.ctx.settings_service.close(timeout=5.0)
        if self.ctx.store is not None and not self.ctx.store.closed:
            self.ctx.store.close()

    async def main(self) -> int:
        await self.start()
        await self.wait_quit()
        await self.shutdown()
        return 0


def _new_session() -> Any:
    import aiohttp  # ~0.15 s with its TLS contexts: after the first paint (AppContext.session)

    return aiohttp.ClientSession(trust_env=False)


def _tell_fatal(message: str) -> None:
    """A problem that stops the start: on stderr, and in a dialog where a screen exists."""
    print(message, file=sys.stderr)
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, QCoreApplication.translate("AvaApp", "Ava Desktop"), message)


def run(args: argparse.Namespace) -> int:
    """Run the app until quit; the exit code is 0 after a clean shutdown."""
    QGuiApplication.setDesktopFileName("ava-desktop")
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName("Ava Desktop")
    qt_app.setApplicationVersion(__version__)
    qt_app.setQuitOnLastWindowClosed(False)
    qt_app.setWindowIcon(app_icon())
    try:
        app = AvaApp(args)
        instance = claim(app.paths.data_dir, handover_from_args(args))
        if instance is None:
            return 0  # Ava already runs on this data folder and took the arguments
        setup_logging(app.paths.log_dir)
    except OSError as exc:  # e.g. an unwritable or mistyped --data-dir
        _tell_fatal(QCoreApplication.translate(
            "AvaApp", "Ava Desktop cannot use its data folder: {exc}").format(exc=exc))
        return 1
    except TimeoutError as exc:  # another instance holds the folder and does not answer
        _tell_fatal(str(exc))
        return 1
    instance.handedOver.connect(app.on_handover)
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    install_excepthook(app.ctx)
    install_signal_handlers(loop, app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(  # "system" follows the desktop
        lambda *_: apply_theme(app.ctx.settings.theme))
    collector = GuiThreadCollector()
    collector.start()
    try:
        return loop.run_until_complete(app.main())
    finally:
        instance.close()
        collector.stop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.remove_signal_handler(sig)
        loop.close()
        asyncio.set_event_loop(None)


# What the imports made (modules, classes, functions: ~100k objects that live as long as the
# process) is hidden from the cycle collector: every full collection then walks only what the
# app made since, ~1 ms instead of ~36-125 ms of GUI-thread stall each time it runs. Done
# here, once, when everything before the first window is imported: nothing is garbage yet,
# so nothing is kept that a collection would have freed.
gc.freeze()

__all__ = ["AvaApp", "run"]
