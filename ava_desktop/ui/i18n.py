"""The interface language: Ava's own translations plus Qt's, installed once at start-up.

Strings are marked with ``self.tr`` / ``QCoreApplication.translate`` in the widgets; the
``.ts`` sources and compiled ``.qm`` files live in ``resources/translations/``. The language
is the ``language`` setting, or with "system" the one ``QLocale.system()`` reports (LANG,
LC_MESSAGES, LC_ALL, the OS setting). A change applies after a restart: widgets take their
text when they are built.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ava_desktop.ui.resources import resource_path

log = logging.getLogger(__name__)
CATALOG = "ava_desktop"
# Languages with a translation, in the order the Settings combo box offers them; the names
# are each language's own, so a person who cannot read the current UI still finds theirs.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "zh_CN": "简体中文",
    "es": "Español",
    "de": "Deutsch",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
    "ja": "日本語",
}
_installed: list[QTranslator] = []  # kept alive: Qt holds only a pointer


def english_plural(text: str, n: int) -> str:
    """English forms for a ``%n … (s)`` string no catalog translated ("1 file", "2 files").

    Sources say ``"%n file(s)"``; a translation replaces the whole text, so a "(s)" left
    in the result means the English source is shown and needs its plural ending.
    """
    return text.replace("(s)", "" if n == 1 else "s")


def translations_dir() -> str:
    """The source tree's own catalogs when running from one (its package data may point at
    another checkout installed in editable mode), else the shipped ones."""
    shipped = resource_path("translations")
    own = Path(__file__).resolve().parents[2] / "resources" / "translations"
    return str(own if own.is_dir() else shipped)


def chosen_locale(language: str) -> QLocale:
    """The locale for the ``language`` setting ("system" = the environment's)."""
    return QLocale.system() if language in ("", "system") else QLocale(language)


def install_translators(language: str = "system") -> QLocale:
    """Install Ava's and Qt's translators for ``language``; returns the locale used.

    Calling it again replaces the previous translators (tests switch languages). A missing
    catalog is not an error: the text stays English.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QCoreApplication")
    remove_translators()
    locale = chosen_locale(language)
    QLocale.setDefault(locale)  # numbers, dates and sizes follow the same choice
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((CATALOG, translations_dir()), ("qtbase", qt_dir)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
        elif name == CATALOG and not locale.name().startswith("en"):
            log.info("No %s translation for %s in %s", name, locale.name(), folder)
    _word_renderer_labels()
    return locale


def _word_renderer_labels() -> None:
    """Give core's Markdown renderer its few words (code-block links, image placeholder)
    in the language just installed; messages rendered from now on carry them."""
    from ava_desktop.core.labels import LABELS

    LABELS.copy = QCoreApplication.translate("CodeBlock", "Copy")
    LABELS.no_wrap = QCoreApplication.translate("CodeBlock", "No wrap")
    LABELS.wrap = QCoreApplication.translate("CodeBlock", "Wrap")
    LABELS.image = QCoreApplication.translate("CodeBlock", "[image: {alt}]")


def install_catalog(path: str) -> QTranslator:
    """Install one compiled catalog file (the pseudo-locale test uses it)."""
    app = QCoreApplication.instance()
    translator = QTranslator(app)
    if not translator.load(path):
        raise OSError(f"Cannot load the translation {path}")
    app.installTranslator(translator)
    _installed.append(translator)
    _word_renderer_labels()
    return translator


def remove_translators() -> None:
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    _word_renderer_labels()  # back to the source language


__all__ = ["LANGUAGES", "chosen_locale", "english_plural", "install_catalog", "install_translators",
           "remove_translators", "translations_dir"]
