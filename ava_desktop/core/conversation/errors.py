"""Why a request of a conversation could not be sent or was refused, typed for the UI."""

from __future__ import annotations

from ava_desktop.core.notice import Notice
from ava_desktop.core.providers import ProviderError


class MissingAttachmentError(ProviderError):
    def __init__(self, name: str) -> None:
        super().__init__(Notice("missing_attachment", {"name": name}))


class ImagesNotAcceptedError(ProviderError):
    """A server refused a request carrying images: say it is the images, and whose."""

    def __init__(self, model: str, cause: ProviderError | None = None,
                 where: str = "") -> None:
        if cause is None:
            super().__init__(Notice("no_images_where", {"model": model, "where": where})
                             if where else Notice("no_images", {"model": model}))
            return
        detail = cause.server_message or str(cause)
        super().__init__(Notice("images_refused", {"model": model, "said": detail}),
                         provider=cause.provider, host=cause.host, status=cause.status)

    @classmethod
    def before_sending(cls, model: str, where: str = "") -> ImagesNotAcceptedError:
        return cls(model, None, where)


_IMAGE_WORDS = ("image", "vision", "multimodal", "multi-modal", "image_url", "content type",
                "mmproj")


def refuses_images(error: BaseException) -> bool:
    """A 4xx that talks about images (servers word it in many ways), or any 400/415/422
    from a server that got an image part it cannot read."""
    if not isinstance(error, ProviderError) or error.status not in (400, 415, 422, 500):
        return False
    text = f"{error.server_message or ''} {error}".lower()
    return any(word in text for word in _IMAGE_WORDS) or error.status in (415, 422)


__all__ = ["ImagesNotAcceptedError", "MissingAttachmentError", "refuses_images"]
