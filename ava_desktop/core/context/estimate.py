"""Token estimates for when neither the server nor a tokenizer can count: they say so.

Text: about 4 characters per token for ASCII (English, code), about 1 token per CJK
character (Han, kana, Hangul), and 1 per 2 characters for other scripts (accented Latin,
Cyrillic, Greek, emoji fall in between). Real tokenizers differ by model; ``Calibration``
learns each model's ratio from the usage its server reports and corrects later estimates.

Images cost what each provider family charges for them (their documented formulas); files
cost their framed text, tool calls their name and arguments.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Literal

from ava_desktop.core.conversation.parts import (
    ChatMessage,
    FilePart,
    ImagePart,
    Part,
    ReasoningPart,
    TextPart,
    ToolCallPart,
    ToolResultPart,
    framed_file_text,
)

Family = Literal["openai", "anthropic", "gemini", "local"]

ASCII_CHARS_PER_TOKEN = 4.0
OTHER_CHARS_PER_TOKEN = 2.0
#: Role markers and separators every chat format wraps a message in (OpenAI documents 3-4).
MESSAGE_OVERHEAD = 4
#: The answer's own opening ("<|im_start|>assistant" and the like).
REQUEST_OVERHEAD = 3

_CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]"
)


def estimate_text(text: str) -> int:
    """A rough token count of ``text`` (see the module docstring); C-speed on large texts."""
    if not text:
        return 0
    if text.isascii():
        return math.ceil(len(text) / ASCII_CHARS_PER_TOKEN)
    ascii_chars = len(text.encode("ascii", "ignore"))
    cjk = _CJK.subn("", text)[1]
    other = len(text) - ascii_chars - cjk
    return math.ceil(ascii_chars / ASCII_CHARS_PER_TOKEN + cjk + other / OTHER_CHARS_PER_TOKEN)


def family_of(provider: object, model: str = "") -> Family:
    """Whose pricing rules apply: the model's maker where its name says (Claude through
    OpenRouter is still charged Anthropic's way), else the provider class's wire format."""
    name = provider if isinstance(provider, str) else getattr(provider, "__name__", "")
    lowered, model_l = name.lower(), model.lower()
    if "claude" in model_l or "anthropic" in lowered:
        return "anthropic"
    if "gemini" in model_l or "gemini" in lowered:
        return "gemini"
    if lowered.startswith("local"):
        return "local"
    return "openai"


def image_tokens(image: ImagePart, family: Family = "openai") -> int:
    """What one image costs, by the provider's documented formula (unknown size: a typical
    1024 px image)."""
    w, h = (image.width, image.height) if image.width > 0 and image.height > 0 else (1024, 1024)
    if family == "anthropic":
        # Scaled to fit 1568 px on the long edge (and ~1.15 MP), then w*h/750, at most ~1600.
        scale = min(1.0, 1568 / max(w, h), math.sqrt(1_150_000 / (w * h)))
        return min(1600, math.ceil(w * scale * h * scale / 750))
    if family == "gemini":
        # 258 for an image within 384 px; larger ones are cut into 768 px tiles of 258 each.
        if w <= 384 and h <= 384:
            return 258
        return 258 * math.ceil(w / 768) * math.ceil(h / 768)
    # OpenAI high detail: fit 2048x2048, shortest side to 768, 170 per 512 px tile + 85.
    scale = min(1.0, 2048 / max(w, h))
    w, h = w * scale, h * scale
    scale = min(1.0, 768 / min(w, h))
    w, h = w * scale, h * scale
    return 85 + 170 * math.ceil(w / 512) * math.ceil(h / 512)


def part_tokens(part: Part, family: Family = "openai") -> int:
    if isinstance(part, TextPart):
        return estimate_text(part.text)
    if isinstance(part, ImagePart):
        return image_tokens(part, family)
    if isinstance(part, FilePart):
        return estimate_text(framed_file_text(part))
    if isinstance(part, ToolCallPart):
        return estimate_text(part.name) + estimate_text(part.arguments) + MESSAGE_OVERHEAD
    if isinstance(part, ToolResultPart):
        return (estimate_text(part.content) + MESSAGE_OVERHEAD
                + sum(image_tokens(i, family) for i in part.images))
    if isinstance(part, ReasoningPart):
        # Only Anthropic takes (signed) thinking back; the OpenAI wire drops it.
        return estimate_text(part.text) if family == "anthropic" else 0
    return 0


def estimate_message(message: ChatMessage, family: Family = "openai") -> int:
    """One message of a request: its parts plus the role markers around it."""
    return MESSAGE_OVERHEAD + sum(part_tokens(p, family) for p in message.parts)


def estimate_messages(messages: Iterable[ChatMessage], family: Family = "openai") -> int:
    """A whole request (without tools' schemas), as the server would count its prompt."""
    return REQUEST_OVERHEAD + sum(estimate_message(m, family) for m in messages)


__all__ = ["ASCII_CHARS_PER_TOKEN", "MESSAGE_OVERHEAD", "REQUEST_OVERHEAD", "Family",
           "estimate_message", "estimate_messages", "estimate_text", "family_of",
           "image_tokens", "part_tokens"]
