"""Translations: the .ts sources are complete and current, the .qm files are compiled from
them, the language setting installs Ava's and Qt's catalogs, and a pseudo-locale run finds
every visible string (and tooltip) of the main window, its menus, Settings and each page,
the history, shortcuts, About, Tools, Params, Compare, the find bar, the attachment viewer,
the local model options, every notice core can send and the context meter's tooltip
translated."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from ava_desktop.core.context import ContextState
from ava_desktop.core.conversation.parts import FilePart
from ava_desktop.core.notice import ENGLISH, Notice
from ava_desktop.core.settings import Settings
from ava_desktop.ui.attachment_view import AttachmentViewer
from ava_desktop.ui.compare import CompareDialog
from ava_desktop.ui.context_tip import explain
from ava_desktop.ui.i18n import (
    english_plural,
    install_translators,
    remove_translators,
    translations_dir,
)
from ava_desktop.ui.local_models_dialog import LocalModelDialog
from ava_desktop.ui.messages import notice_text
from ava_desktop.ui.params_dialog import ParamsDialog
from ava_desktop.ui.tools_dialog import ToolsDialog

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
TS_FILES = sorted(TS_DIR.glob("ava_desktop_*.ts"))
BIN = Path(sys.executable).parent
PLURAL_FORMS = {"ru": 3, "zh": 1, "ja": 1, "es": 2, "de": 2, "fr": 2, "pt": 2}
PLACEHOLDER = re.compile(r"%n|%\d+|\{[a-z_0-9]*\}")


def _tool(name: str) -> str:
    path = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (it ships in PySide6-Essentials)")
    return path


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.iter("context")
            for m in ctx.iter("message")]


def _forms(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    assert tr is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in tr.iter("numerusform")]
    return [tr.text or ""]


def test_there_is_a_russian_translation():
    assert TS_DIR / "ava_desktop_ru.ts" in TS_FILES
    assert (TS_DIR / "ava_desktop_ru.qm").is_file()


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_ts_file_is_complete(ts):
    """No unfinished, obsolete or vanished entry; the same placeholders, accelerators and
    number of plural forms as the language needs."""
    lang = ts.stem.removeprefix("ava_desktop_")
    messages = _messages(ts)
    assert len(messages) > 300
    for context, message in messages:
        source = message.findtext("source") or ""
        where = f"{ts.name} {context}: {source!r}"
        kind = message.find("translation").get("type")  # type: ignore[union-attr]
        assert kind is None, f"{where} is {kind}"
        forms = _forms(message)
        if message.get("numerus") == "yes":
            assert len(forms) == PLURAL_FORMS[lang.split("_")[0]], where
        for text in forms:
            assert text.strip(), f"{where} has an empty translation"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), \
                f"{where}: placeholders differ in {text!r}"
            assert text.count("\t") == source.count("\t"), where
            if re.search(r"&\w", source.replace("&&", "")):
                assert re.search(r"&\w", text.replace("&&", "")), f"{where}: no accelerator"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_qm_file_is_compiled_from_its_ts_file(ts, tmp_path):
    out = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(out)], check=True,
                   capture_output=True, timeout=60)
    committed = ts.with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} is missing: run pyside6-lrelease"
    assert committed.read_bytes() == out.read_bytes(), \
        f"{committed.name} is stale: run pyside6-lrelease {ts.name}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_ts_file_has_the_strings_of_the_code(ts, tmp_path):
    """lupdate over the code adds and removes nothing: no string is left untranslated."""
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    subprocess.run([_tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none",
                    "-no-obsolete", "-silent", str(ROOT / "ava_desktop" / "ui"), "-ts",
                    str(copy)], check=True, capture_output=True, timeout=120)

    def keys(path: Path) -> set[tuple[str, str]]:
        return {(c, m.findtext("source") or "") for c, m in _messages(path)}

    new, gone = keys(copy) - keys(ts), keys(ts) - keys(copy)
    assert not new, f"strings not in {ts.name} yet (run lupdate, then translate): {new}"
    assert not gone, f"strings no longer in the code (run lupdate -no-obsolete): {gone}"


def _marked_in_code() -> dict[str, tuple[str, bool]]:
    """source -> (where, plural) for every tr()/translate()/QT_TRANSLATE_NOOP with a literal."""
    import ast

    found: dict[str, tuple[str, bool]] = {}
    for path in sorted((ROOT / "ava_desktop" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
            if first is None or len(node.args) <= first:
                continue
            arg = node.args[first]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                plural = len(node.args) > first + 2
                found[arg.value] = (f"{path.name}:{node.lineno}", plural)
    return found


def test_lupdate_extracted_every_marked_string():
    """pyside6-lupdate's Python parser can silently skip a string or its plural (see the
    README): every literal the code marks is in the catalog, as plural when it has a count."""
    ts = TS_DIR / "ava_desktop_ru.ts"
    have = {m.findtext("source"): m.get("numerus") == "yes" for _c, m in _messages(ts)}
    problems = [f"{where}: {source!r}" + (" is missing" if source not in have else
                                          " lost its plural")
                for source, (where, plural) in _marked_in_code().items()
                if source not in have or have[source] != plural]
    assert not problems, "\n".join(problems)


# ----------------------------------------------------------------------------- at run time


@pytest.fixture
def russian(qapp):
    locale = install_translators("ru")
    yield locale
    remove_translators()
    install_translators("en")


def test_russian_catalogs_translate_ava_and_qt(russian):
    assert russian.name().startswith("ru")
    assert QCoreApplication.translate("Actions", "&New Chat") == "&Новый чат"
    assert QCoreApplication.translate("SendStopButton", "Send") == "Отправить"
    forms = [QCoreApplication.translate("HistoryDialog", "%n conversation(s)", "", n)
             for n in (1, 3, 5, 21)]
    assert forms == ["1 беседа", "3 беседы", "5 бесед", "21 беседа"]
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (qt_dir / "qtbase_ru.qm").is_file():  # standard buttons speak Russian too
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"


def test_code_block_links_and_image_placeholders_speak_the_language(russian):
    from ava_desktop.core.markdown import render_markdown

    out = render_markdown("```py\nx = 1\n```\n\n![a cat](https://example.com/c.png)")
    assert ">Копировать</a>" in out and ">Без переноса</a>" in out
    assert "[изображение: a cat]" in out
    install_translators("en")
    assert ">Copy</a>" in render_markdown("```py\nx = 1\n```")


def test_english_has_its_plural_endings_without_a_catalog(qapp):
    remove_translators()
    text = QCoreApplication.translate("HistoryDialog", "%n conversation(s)", "", 1)
    assert english_plural(text, 1) == "1 conversation"
    text = QCoreApplication.translate("HistoryDialog", "%n conversation(s)", "", 2)
    assert english_plural(text, 2) == "2 conversations"
    assert Path(translations_dir()).is_dir()


def test_the_language_setting_is_validated():
    warnings: list[str] = []
    s = Settings.from_dict({"language": "ru"}, warnings)
    assert s.language == "ru" and not warnings
    s = Settings.from_dict({"language": "../../etc/passwd"}, warnings)
    assert s.language == "system" and "language" in warnings[0]
    assert Settings().to_dict()["language"] == "system"


# ---------------------------------------------------------------------------- pseudo-locale

# Text that is data, not interface: names of models, endpoints and presets, paths, numbers.
def _is_data(widget: QWidget, text: str) -> bool:
    name = widget.objectName()
    if name in {"dataPath", "logsPath", "endpointUrl", "modelPath"}:  # paths, an example URL
        return True
    if name in {"providerBox", "modelBox", "languageCombo"}:  # endpoints, models, and each
        return True  # language's name in that language
    if text in DATA:
        return True
    box = widget.parentWidget()
    if isinstance(box, QDialogButtonBox) and isinstance(widget, QAbstractButton) \
            and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton:
        return True  # Qt's own Save/Cancel: qtbase_*.qm translates them (see the Russian test)
    return not re.search(r"[A-Za-z]{2}", text)


def _pseudo(text: str) -> str:
    """[text~~~]: bracketed and 40% longer, keeping a shortcut after a tab outside."""
    text, tab, keys = text.partition("\t")
    return f"[{text}{'~' * max(1, round(len(text) * 0.4))}]{tab}{keys}"


def _pseudo_catalog(tmp_path: Path) -> Path:
    root = ET.parse(TS_DIR / "ava_desktop_ru.ts").getroot()
    for message in root.iter("message"):
        tr = message.find("translation")
        source = message.findtext("source") or ""
        for form in ([*tr.iter("numerusform")] if message.get("numerus") == "yes" else [tr]):
            form.text = _pseudo(source)
    ts = tmp_path / "pseudo.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "pseudo.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True, timeout=60)
    return qm


def _visible_texts(top: QWidget) -> list[tuple[QWidget, str, str]]:
    found = [(top, "window title", top.windowTitle())]
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisibleTo(top) and w is not top:
            continue
        if isinstance(w, QLabel):
            found.append((w, "label", w.text()))
        elif isinstance(w, QAbstractButton):
            found.append((w, "button", w.text()))
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            found.append((w, "placeholder", w.placeholderText()))
        if isinstance(w, QTabWidget):
            found += [(w, "tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QListWidget):
            found += [(w, "list item", w.item(i).text()) for i in range(w.count())]
        if isinstance(w, QComboBox):
            found += [(w, "combo item", w.itemText(i)) for i in range(w.count())]
        if w.toolTip() and "<" not in w.toolTip():  # rich tooltips quote data (paths, keys)
            found.append((w, "tooltip", w.toolTip().split("\n")[0]))
    return found


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
        elif not action.isSeparator():
            texts.append(action.text())
    return texts


def test_pseudo_locale_leaves_no_visible_string_untranslated(make_app, qloop, llm_server,
                                                             tmp_path):
    translator = QTranslator()
    assert translator.load(str(_pseudo_catalog(tmp_path)))
    QApplication.instance().installTranslator(translator)
    try:
        app = make_app(llm_server.base_url)
        window = app.window
        window.resize(1280, 800)
        window.show()
        QApplication.processEvents()
        untranslated: list[str] = []

        def check(top: QWidget, where: str) -> None:
            for widget, what, text in _visible_texts(top):
                plain = text.strip()
                if plain and not plain.startswith("[") and not _is_data(widget, plain) \
                        and plain not in ALLOWED:
                    untranslated.append(f"{where}: {what} {widget.objectName()!r}: {plain!r}")

        check(window, "main window")
        for menu in window.menus:
            for text in _menu_texts(menu):
                if text and not text.startswith("[") and text not in ALLOWED:
                    untranslated.append(f"menu: {text!r}")
        window.show_settings()
        QApplication.processEvents()
        dialog = window._settings_dialog
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            check(dialog, f"settings page {index}")
        dialog.reject()
        window.show_history()
        QApplication.processEvents()
        check(window._history, "history")
        window._history.close()
        seen: list[str] = []
        for name, show in (("shortcuts", window.show_shortcuts), ("about", window.show_about),
                           ("tools", window.show_tools)):
            show()
            QApplication.processEvents()
            dialog = window._dialogs.get(name) or window.findChild(ToolsDialog)
            if dialog is not None:  # tools: only with the MCP host
                seen.append(name)
                check(dialog, name)
                table = dialog.findChild(QTableWidget)
                if table is not None:  # the shortcut table: what each key does
                    for row in range(table.rowCount()):
                        for col in (0, 1):
                            text = table.item(row, col).text()
                            if not text.startswith("[") and text not in ALLOWED:
                                untranslated.append(f"{name} table: {text!r}")
                dialog.close()
        assert seen == ["shortcuts", "about", "tools"], seen
        tab = window.current_tab()
        assert tab is not None
        tab.find_bar.open_bar()
        QApplication.processEvents()
        check(tab.find_bar, "find bar")
        for name, opener, kind in (
                ("params", tab.edit_params, ParamsDialog),
                ("compare", tab.ask_several_models, CompareDialog),
                ("attachment viewer", lambda: tab._open_attachment(
                    FilePart("notes.txt", "text/plain", "some text", size=9)), AttachmentViewer)):
            opener()
            QApplication.processEvents()
            dialog = tab.findChild(kind)
            assert dialog is not None, name
            check(dialog, name)
            dialog.close()
        local = LocalModelDialog("model", str(tmp_path / "model.gguf"), {}, window)
        local.show()
        QApplication.processEvents()
        check(local, "local model options")
        local.close()
        for kind, english in ENGLISH.items():  # inline messages: every notice core can send
            values = {k: "x" for k in re.findall(r"\{(\w+)\}", english)} | {"n": 2}
            if not notice_text(Notice(kind, values)).startswith("["):
                untranslated.append(f"notice {kind}")
        state = ContextState(used=900, estimated=900, level="over", drop=2,
                             note=Notice("tokenizer_failed"))
        untranslated += [f"context tooltip: {line!r}" for line in explain(state).split("\n")
                         if not line.lstrip("• ").startswith("[")]
        assert not untranslated, "\n".join(untranslated)
    finally:
        QApplication.instance().removeTranslator(translator)


# Data the walk itself puts on screen: the attachment viewer's title is the file's name.
DATA = {"notes.txt"}

# Texts the walk meets that are not translated yet, each with why.
ALLOWED: set[str] = set()


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_each_language_is_offered_and_loads(qapp, ts):
    from ava_desktop.ui.i18n import LANGUAGES

    code = ts.stem.removeprefix("ava_desktop_")
    assert code in LANGUAGES, f"{code} has a translation but Settings does not offer it"
    wanted = next(m.findtext("translation") for c, m in _messages(ts)
                  if c == "Actions" and m.findtext("source") == "&New Chat")
    try:
        install_translators(code)
        assert QCoreApplication.translate("Actions", "&New Chat") == wanted
    finally:
        remove_translators()
