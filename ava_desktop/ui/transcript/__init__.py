"""The chat transcript: the view (``view.py``), what it draws per message (``message.py``)
and its document that never loads a resource a message names (``document.py``)."""

from .document import SafeDocument
from .message import ViewMessage
from .view import EXTERNAL_SCHEMES, TranscriptView

__all__ = ["EXTERNAL_SCHEMES", "SafeDocument", "TranscriptView", "ViewMessage"]
