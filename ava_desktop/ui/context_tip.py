"""The context meter's tooltip: where its numbers come from, in the UI language (the
tr() twin of core's English ``ContextState.explain``)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from ava_desktop.core.context import ContextState
from ava_desktop.ui.formats import count, counted
from ava_desktop.ui.messages import notice_text


class ContextTip(QObject):
    """A QObject for its ``self.tr``: pyside6-lupdate finds plurals only there."""

    def window_source(self, source: str) -> str:
        return {
            "setting": self.tr("set in Settings"),
            "server": self.tr("from the server's model list"),
            "local": self.tr("the local model's context size (n_ctx)"),
            "table": self.tr("typical for this model (approximate)"),
        }.get(source, source)

    def explain(self, state: ContextState) -> str:
        """Plain text, one line each, like core's English."""
        lines = [counted(self.tr("{count} token(s) in the next request", "", state.used),
                         state.used)]
        if state.reported:
            lines.append(counted(self.tr(
                "• {count} as the server reported after the last answer", "", state.reported),
                state.reported))
        if state.counted:
            lines.append(counted(self.tr(
                "• {count} counted by the model's tokenizer", "", state.counted), state.counted))
        if state.estimated:
            lines.append(counted(self.tr(
                "• about {count} estimated (≈4 characters per token, 1 per CJK character; images "
                "by the provider's formula)", "", state.estimated), state.estimated))
        correction = state.correction
        if correction is not None:
            percent = QLocale().toString(round(abs(correction.last_error) * 100))
            ratio = QLocale().toString(correction.ratio, "f", 2)
            text = (self.tr("Estimates for this model were {percent}% low against the "
                            "server's count; corrected ×{ratio}.")
                    if correction.last_error < 0 else
                    self.tr("Estimates for this model were {percent}% high against the "
                            "server's count; corrected ×{ratio}."))
            lines.append(text.format(percent=percent, ratio=ratio))
        if state.window is not None:
            lines.append(self.tr("Context window: {limit} tokens, {source}.").format(
                limit=count(state.window.tokens),
                source=self.window_source(state.window.source)))
            if state.reserve:
                lines.append(self.tr("{reserve} of them are kept free for the answer.")
                             .format(reserve=count(state.reserve)))
        else:
            lines.append(self.tr("This model's context window is not known: set it in "
                                 "Settings (model_context_windows)."))
        if state.level == "over":
            if state.fits_after_drop and state.drop:
                lines.append(counted(self.tr(
                    "Too long: leaving out the %n oldest message(s) would make it fit.", "",
                    state.drop), state.drop))
            else:
                lines.append(self.tr("Too long even without older messages: start a new "
                                     "conversation with a summary."))
        if state.note is not None:
            lines.append(notice_text(state.note) + ".")
        return "\n".join(lines)


def explain(state: ContextState) -> str:
    return ContextTip().explain(state)


__all__ = ["ContextTip", "explain"]
