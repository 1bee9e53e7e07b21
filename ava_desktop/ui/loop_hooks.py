"""What the app's one loop does with signals and with exceptions nobody caught."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ava_desktop.ui.application import AvaApp
    from ava_desktop.ui.context import AppContext

log = logging.getLogger("ava_desktop")


def install_signal_handlers(loop: asyncio.AbstractEventLoop, app: AvaApp) -> None:
    """SIGINT and SIGTERM end the app through its normal, clean shutdown."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, app.request_quit)
        except (NotImplementedError, RuntimeError, ValueError):  # e.g. Windows
            signal.signal(sig, lambda *_: loop.call_soon_threadsafe(app.request_quit))


def install_excepthook(ctx: AppContext) -> None:
    """Exceptions escaping a Qt slot reach sys.excepthook: show and log them, keep running."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            return
        ctx.report_exception(exc.with_traceback(tb), "a Qt slot")

    def loop_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, BaseException):
            ctx.report_exception(exc, str(context.get("message", "the event loop")))
        else:
            log.warning("asyncio: %s", context.get("message"))

    sys.excepthook = hook
    asyncio.get_event_loop().set_exception_handler(loop_handler)


__all__ = ["install_excepthook", "install_signal_handlers"]
