"""The main window's parts: menus and actions, notices, help, file commands."""
