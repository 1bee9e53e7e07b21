"""Icons and the desktop entry, installed as the ava_desktop.resources package."""
