"""The Qt-free core: providers, chat generation, storage, Markdown, settings.

Nothing under this package may import PySide6 or qasync (a test enforces it), so the
core can be used from scripts and tested without a display.
"""
