"""Reading other files into conversations: our backups, ChatGPT's data export and its images.

Each reader turns a file into plain records (``records``) that are validated completely
before :mod:`ava_desktop.core.importers` writes any of them, in one transaction.
"""
