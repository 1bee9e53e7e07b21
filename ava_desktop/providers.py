"""Public provider API: re-exports ``ava_desktop.core.providers`` (Qt-free).

Everything issue 2 names lives here: the base class, CodeLinkAva, OpenAICompatible, the
presets, the registry, the typed events, the SSE decoder and the ProviderError family.
"""

from ava_desktop.core.providers import *  # noqa: F403
from ava_desktop.core.providers import __all__ as __all__
