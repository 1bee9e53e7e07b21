"""Settings (Ctrl+,): the dialog, one module per page, and the form for one endpoint."""

from ava_desktop.ui.settings.dialog import SettingsDialog
from ava_desktop.ui.settings.draft import EndpointDraft
from ava_desktop.ui.settings.endpoint_editor import EndpointEditor

__all__ = ["EndpointDraft", "EndpointEditor", "SettingsDialog"]
