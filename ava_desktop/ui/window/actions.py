"""The window's menus and actions: every command is a QAction with its shortcuts, so menus,
tooltips and the shortcuts dialog (Ctrl+/) are all built from the same objects."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QMenu

from ava_desktop.ui.chat_tab import ChatTab
from ava_desktop.ui.icons import set_icon, with_shortcut

if TYPE_CHECKING:
    from ava_desktop.ui.main_window import MainWindow


def add_action(
    window: MainWindow,
    text: str,
    slot: Callable[[], Any],
    shortcuts: list[Any] | None = None,
    menu: QMenu | None = None,
    icon: str | None = None,
) -> QAction:
    """A window-wide action; slots run through ``call_safely`` (an error is shown, logged)."""
    action = QAction(text, window)
    if shortcuts:
        # a standard key may equal an explicit one here; a duplicate makes both ambiguous
        unique = {QKeySequence(s).toString(): QKeySequence(s) for s in shortcuts}
        action.setShortcuts([k for name, k in unique.items() if name])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if icon:
        set_icon(action, icon)
    plain = text.replace("&", "").rstrip("…")
    action.setToolTip(with_shortcut(plain, action))  # toolbar and corner buttons show it
    action.triggered.connect(lambda *_: window.ctx.call_safely(slot))
    window.addAction(action)
    if menu is not None:
        menu.addAction(action)
    return action


translate = QCoreApplication.translate


def step_message(tab: ChatTab, delta: int) -> None:
    """Choose a message by keyboard (its buttons follow with Tab); in a drop-down list,
    Alt+Up / Alt+Down keep their usual meaning (open it)."""
    focused = QApplication.focusWidget()
    if isinstance(focused, QComboBox):
        focused.showPopup()
        return
    tab.view.message_actions.focus.step(delta)


def build_actions(w: MainWindow) -> None:
    """Create the menu bar and set the ``act_*`` attributes of the window."""
    bar = w.menuBar()
    file_menu = bar.addMenu(translate("Actions", "&File"))
    edit_menu = bar.addMenu(translate("Actions", "&Edit"))
    view_menu = bar.addMenu(translate("Actions", "&View"))
    chat_menu = bar.addMenu(translate("Actions", "&Chat"))
    help_menu = bar.addMenu(translate("Actions", "&Help"))
    key = QKeySequence.StandardKey

    def on_tab(method: Callable[[ChatTab], Any]) -> Callable[[], None]:
        return lambda: w.on_tab(method)

    # File
    w.act_new = add_action(
        w,
        translate("Actions", "&New Chat"),
        w.new_tab,
        [key.AddTab, "Ctrl+T", key.New],
        file_menu,
        "new-chat",
    )
    w.act_reopen = add_action(
        w,
        translate("Actions", "&Reopen Closed Tab"),
        w.reopen_closed_tab,
        ["Ctrl+Shift+T"],
        file_menu,
        "reopen",
    )
    w.act_close = add_action(
        w,
        translate("Actions", "&Close Tab"),
        lambda: w.request_close_tab(w.tabs.currentIndex()),
        ["Ctrl+W"],
        file_menu,
        "close",
    )
    w.act_history = add_action(
        w,
        translate("Actions", "&Conversations and Search…"),
        w.show_history,
        ["Ctrl+K"],
        file_menu,
        "search",
    )
    file_menu.addSeparator()
    w.act_export = add_action(
        w,
        translate("Actions", "&Export Conversation…"),
        w.export_current,
        None,
        file_menu,
        "export",
    )
    w.act_pdf = add_action(w, translate("Actions", "Export as &PDF…"), w.export_pdf, None,
                           file_menu)
    w.act_print = add_action(w, translate("Actions", "&Print…"), w.print_current,
                             [key.Print, "Ctrl+P"], file_menu)
    w.act_backup = add_action(
        w, translate("Actions", "Export &All (Backup)…"), w.export_all, None, file_menu
    )
    w.act_import = add_action(
        w, translate("Actions", "&Import…"), w.import_conversations, None, file_menu, "import"
    )
    file_menu.addSeparator()
    w.act_settings = add_action(
        w,
        translate("Actions", "&Settings…"),
        w.show_settings,
        ["Ctrl+,", key.Preferences],
        file_menu,
        "settings",
    )
    file_menu.addSeparator()
    w.act_quit = add_action(
        w, translate("Actions", "&Quit"), w.quitRequested.emit, ["Ctrl+Q"], file_menu, "quit"
    )

    # Edit
    w.act_copy_last = add_action(
        w,
        translate("Actions", "Copy &Last Answer"),
        on_tab(ChatTab.copy_last_answer),
        ["Ctrl+Shift+C"],
        edit_menu,
        "copy",
    )
    w.act_find = add_action(
        w,
        translate("Actions", "&Find in Conversation…"),
        on_tab(lambda t: t.find_bar.open_bar()),
        [key.Find, "Ctrl+F"],
        edit_menu,
        "find",
    )
    w.act_copy_conv = add_action(
        w,
        translate("Actions", "Copy &Conversation as Markdown"),
        on_tab(ChatTab.copy_conversation),
        None,
        edit_menu,
    )

    # View
    w.act_sidebar = add_action(
        w,
        translate("Actions", "Conversation &Sidebar"),
        w.toggle_sidebar,
        ["Ctrl+B"],
        view_menu,
        "sidebar",
    )
    w.act_sidebar.setCheckable(True)
    w.act_sidebar_search = add_action(
        w,
        translate("Actions", "Search in the S&idebar"),
        w.focus_sidebar_search,
        ["Ctrl+Shift+K"],
        view_menu,
    )
    view_menu.addSeparator()
    w.act_bigger = add_action(
        w,
        translate("Actions", "&Larger Text"),
        lambda: w.step_font(1),
        ["Ctrl+=", "Ctrl++", key.ZoomIn],
        view_menu,
    )
    w.act_smaller = add_action(
        w,
        translate("Actions", "&Smaller Text"),
        lambda: w.step_font(-1),
        ["Ctrl+-", key.ZoomOut],
        view_menu,
    )
    w.act_font_reset = add_action(
        w, translate("Actions", "&Default Text Size"), lambda: w.step_font(0), ["Ctrl+0"], view_menu
    )
    view_menu.addSeparator()
    w.act_next = add_action(
        w,
        translate("Actions", "&Next Tab"),
        lambda: w.step_tab(1),
        ["Ctrl+Tab", "Ctrl+PgDown"],
        view_menu,
    )
    w.act_prev = add_action(
        w,
        translate("Actions", "&Previous Tab"),
        lambda: w.step_tab(-1),
        ["Ctrl+Shift+Tab", "Ctrl+Backtab", "Ctrl+PgUp"],
        view_menu,
    )

    # Chat
    w.act_stop = add_action(
        w, translate("Actions", "&Stop"), on_tab(ChatTab.escape), ["Esc"], chat_menu, "stop"
    )
    w.act_regenerate = add_action(
        w,
        translate("Actions", "&Regenerate Answer"),
        on_tab(ChatTab.regenerate),
        ["Ctrl+R"],
        chat_menu,
        "regenerate",
    )
    w.act_edit_last = add_action(
        w,
        translate("Actions", "&Edit Last Message"),
        on_tab(ChatTab.edit_last_user_message),
        ["Ctrl+Shift+E"],
        chat_menu,
        "edit",
    )
    w.act_prev_version = add_action(
        w,
        translate("Actions", "Previous &Version of the Answer"),
        on_tab(lambda t: t.switch_version(-1)),
        ["Alt+Left"],
        chat_menu,
        "previous",
    )
    w.act_next_version = add_action(
        w,
        translate("Actions", "Next Ve&rsion of the Answer"),
        on_tab(lambda t: t.switch_version(1)),
        ["Alt+Right"],
        chat_menu,
        "next",
    )
    w.act_prev_message = add_action(
        w,
        translate("Actions", "Select Previous Messa&ge"),
        on_tab(lambda t: step_message(t, -1)),
        ["Alt+Up"],
        chat_menu,
    )
    w.act_next_message = add_action(
        w,
        translate("Actions", "Select &Next Message"),
        on_tab(lambda t: step_message(t, 1)),
        ["Alt+Down"],
        chat_menu,
    )
    chat_menu.addSeparator()
    w.act_tools = add_action(
        w, translate("Actions", "&Tools (MCP Servers)…"), w.show_tools, None, chat_menu
    )
    w.act_discover = add_action(
        w, translate("Actions", "&Find Local Servers"), w.find_local_servers, None, chat_menu
    )
    w.act_add_model = add_action(
        w,
        translate("Actions", "Add &Local Model File…"),
        w.add_local_model,
        None,
        chat_menu,
        "folder",
    )
    w.act_model_options = add_action(
        w, translate("Actions", "Local &Model Options…"), w.local_model_options, None, chat_menu
    )

    # Help
    w.act_shortcuts = add_action(
        w,
        translate("Actions", "&Keyboard Shortcuts"),
        w.show_shortcuts,
        ["Ctrl+/"],
        help_menu,
        "keyboard",
    )
    w.act_about = add_action(
        w, translate("Actions", "&About Ava Desktop"), w.show_about, None, help_menu, "about"
    )
    w.menus = [file_menu, edit_menu, view_menu, chat_menu, help_menu]


__all__ = ["add_action", "build_actions"]
