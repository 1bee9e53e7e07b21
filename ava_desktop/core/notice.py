"""What core tells a person, typed: a kind and its parameters, never a finished sentence.

The UI words a ``Notice`` through tr() (``ava_desktop.ui.messages``); ``english()`` gives
the same text in English for logs, ``str(error)`` and the providers' library API.
Parameters stay values: an ``int`` is a count (grouped: 2,000), a name ending in ``size``
a number of bytes (4.2 KB), ``n`` the count a ``(s)`` plural follows; the UI formats the
same values in its own language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ava_desktop.core.notice_details import DETAILS

# kind -> English template ({name} parameters); the UI keeps a tr() twin of each.
ENGLISH: dict[str, str] = {
    # providers
    "auth_missing_key": "{host} needs an API key (401)",
    "auth_rejected_key": "{host} rejected the API key (401)",
    "auth_refused": "{host} refused access (403)",
    "quota_used_up": "{host} says the account's quota is used up (429)",
    "rate_limited_wait": "Rate limited by {host}; retry in {wait}",
    "rate_limited": "Rate limited by {host}; try again later",
    "too_long": "The conversation is too long for the model's context window ({host}, {status})",
    "too_long_stream": "The conversation is too long for the model's context window ({host})",
    "model_not_found": "{host} does not know this model ({status})",
    "http_status": "{host} answered {status} {reason}",
    "http_status_url": "{host} answered {status} {reason} (is the base URL right?)",
    "stream_error": "{host} reported an error in the stream",
    "g_auth_missing": "{host} needs an API key ({label})",
    "g_auth_rejected": "{host} rejected the API key ({label})",
    "g_refused": "{host} refused access ({label})",
    "g_too_long": "The conversation is too long for the model's context window ({host}, "
    "{label})",
    "g_model_not_found": "{host} does not know this model ({label})",
    "g_answered_url": "{host} answered {label} (is the base URL right?)",
    "g_bad_request": "{host} refused the request ({label})",
    "g_answered": "{host} answered {label}",
    "claude_overloaded": "{host} is overloaded and stopped the answer; try again in a moment",
    "claude_overloaded_status": "{host} is overloaded right now ({status}); try again in a "
    "moment",
    # why Gemini or Claude ended an answer (each reason its own sentence)
    "gemini_filter_safety":
        "Gemini's safety filters stopped the answer (SAFETY).",
    "gemini_filter_image_safety":
        "Gemini's safety filters stopped the image (IMAGE_SAFETY).",
    "gemini_filter_recitation":
        "Gemini stopped the answer because it was reciting existing text (recitation) "
        "(RECITATION).",
    "gemini_filter_image_recitation":
        "Gemini stopped the image because it resembled existing material (IMAGE_RECITATION).",
    "gemini_filter_blocklist":
        "Gemini stopped the answer because it contained blocked terms (BLOCKLIST).",
    "gemini_filter_prohibited_content":
        "Gemini stopped the answer because it may hold prohibited content (PROHIBITED_CONTENT).",
    "gemini_filter_image_prohibited_content":
        "Gemini stopped the image because it may hold prohibited content "
        "(IMAGE_PROHIBITED_CONTENT).",
    "gemini_filter_spii":
        "Gemini stopped the answer because it may hold sensitive personal information (SPII).",
    "gemini_tool_malformed_function_call":
        "Gemini stopped: the model wrote a tool call that could not be read "
        "(MALFORMED_FUNCTION_CALL).",
    "gemini_tool_unexpected_tool_call":
        "Gemini stopped: the model called a tool that was not offered (UNEXPECTED_TOOL_CALL).",
    "gemini_tool_too_many_tool_calls":
        "Gemini stopped: the model made too many tool calls in a row (TOO_MANY_TOOL_CALLS).",
    "gemini_tool_missing_thought_signature":
        "Gemini stopped: a tool call was sent back without its thought signature "
        "(MISSING_THOUGHT_SIGNATURE).",
    "gemini_block_safety":
        "Gemini blocked the prompt for safety reasons; rephrase it or start a new conversation "
        "(SAFETY)",
    "gemini_block_blocklist":
        "Gemini blocked the prompt because it contains blocked terms; rephrase it or start a "
        "new conversation (BLOCKLIST)",
    "gemini_block_prohibited_content":
        "Gemini blocked the prompt because it may hold prohibited content; rephrase it or start"
        " a new conversation (PROHIBITED_CONTENT)",
    "gemini_block_image_safety":
        "Gemini blocked the prompt because of an image, for safety reasons; rephrase it or "
        "start a new conversation (IMAGE_SAFETY)",
    "gemini_block_other":
        "Gemini blocked the prompt for an unspecified reason; rephrase it or start a new "
        "conversation (OTHER)",
    "gemini_block_unknown":
        "Gemini blocked the prompt ({reason}); rephrase it or start a new conversation "
        "({reason})",
    "gemini_language":
        "Gemini stopped: the conversation is in a language it does not support (LANGUAGE).",
    "gemini_unknown_stop":
        "Gemini stopped the answer without saying why ({reason}).",
    "gemini_length":
        "The answer reached its length limit (maxOutputTokens) and was cut off there.",
    "claude_length":
        "The answer reached its length limit (max_tokens) and was cut off there.",
    "claude_refusal_note":
        "Claude declined to answer.",
    "claude_pause":
        "Claude paused a long-running turn; send it again to continue.",
    "claude_refused": "Claude declined to answer ({host} stopped the answer: refusal)",
    "cut_off_connection": "The answer from {host} was cut off: the connection broke before it "
    "was complete",
    "cut_off_stream": "The answer from {host} was cut off: the stream ended before it was "
    "complete",
    "no_proxy": "Could not connect to the proxy {proxy}",
    "tls_failed": "Secure connection to {host} failed",
    "dns_failed": "Could not find the server {host} (DNS lookup failed)",
    "refused": "Could not connect to {host}: connection refused (is the server running?)",
    "no_connect": "Could not connect to {host}",
    "closed": "{host} closed the connection without answering",
    "reset": "The connection to {host} was reset",
    "bad_url": "Invalid server URL",
    "bad_http": "{host} sent an invalid HTTP response",
    "connect_failed": "Connection to {host} failed",
    "timeout_connecting": "Timed out after {seconds} s connecting to {host}",
    "timeout_answer": "Timed out after {seconds} s waiting for an answer from {host}",
    "silent": "{host} sent nothing for {seconds} s",
    "silent_stream": "{host} sent nothing for {seconds} s; stopped waiting for the rest of the "
    "answer",
    "empty_answer": "{host} sent an empty answer; the conversation is probably longer than the "
    "model's context window",
    # a conversation's answer
    "tool_rounds": "Stopped after {steps} rounds of tool calls (the limit per answer); "
    "the text so far is kept.",
    "answer_too_long": "The answer passed {limit} characters and was cut off there, to keep "
    "Ava responsive (the text so far is kept).",
    "length_limit": "The answer reached its length limit (max tokens) and stopped there; "
    "Continue asks for more.",
    "retrying_in": "Rate limited by {host}; retrying in {seconds} s (Esc cancels)",
    "retrying": "Retrying…",
    "tools_unavailable": "The tools of {server} are unavailable: {why}",
    # tool servers (MCP); the server's own words are the detail
    "tool_no_start_in": "{name} did not start within {seconds} s",
    "tool_could_not_start": "{name} could not start",
    "tool_stopped": "{name} stopped unexpectedly",
    "tool_config": "{name}: {problem} (see mcp.json)",
    "tool_retry": "{why} (next try in {seconds} s)",
    "tool_no_list_in": "{name} did not list its tools within {seconds} s",
    "tool_stopped_listing": "{name} stopped while listing its tools",
    "tool_failed_listing": "{name} failed listing its tools",
    "missing_attachment": "The attachment {name} is missing from the database, so this "
    "conversation cannot be sent as it is; edit the message to attach it again.",
    "no_images": "{model} cannot see images. Choose a vision model, or edit the message "
    "without the image; your message is kept.",
    "no_images_where": "{model} ({where}) cannot see images. Choose a vision model, or edit "
    "the message without the image; your message is kept.",
    "images_refused": "{model} does not accept images (the server said: {said}). Choose a "
    "vision model, or edit the message without the image; your message is kept.",
    # local models
    "local_unavailable": "Local models are not available in this run",
    "local_no_model": "There is no local model named {model}; choose one of: {names}",
    "local_no_models": "There is no local model named {model}, and none is installed",
    "local_too_long": "This conversation is too long for the model's context ({tokens} "
    "tokens): start a new chat, or raise the context size in Chat → Local Model Options.",
    "local_not_found": "Could not load model {name}: the file is not there",
    "local_not_gguf": "Could not load model {name}: not a GGUF model file",
    "local_load_failed": "Could not load model {name}",
    "local_exited": "Could not load model {name}: the server exited with status {status}",
    "local_no_port": "The local model server could not bind a loopback port",
    "local_no_answer": "The local model server did not answer within {seconds} s (model {name})",
    "local_not_running": "The local model server is not running",
    # attachments (the file's name, never its folder)
    "file_gone": "{name}: the file is not there any more.",
    "file_folder": "{name} is a folder, not a file.",
    "file_cannot_open": "{name} cannot be opened ({reason}).",
    "file_cannot_read": "{name} cannot be read ({reason}).",
    "file_not_regular": "{name} is not a regular file (a device, pipe or socket); it was not "
    "read.",
    "file_too_large": "{name} is {size}, over the {limit_size} limit for attachments.",
    "file_grew": "{name} grew past the {limit_size} limit for attachments.",
    "file_empty": "{name} is empty: there is nothing to send.",
    "file_no_text": "{name} is empty: there is no text to send.",
    "file_is_image": "{name} is an image; attach it as an image.",
    "file_other_image": "{name} is a {format} image; Ava attaches PNG, JPEG, WebP, GIF and BMP "
    "images (export it as PNG or JPEG).",
    "file_old_office": "{name} is in the old Word (.doc) or Office format Ava cannot read; save "
    "it as .docx or PDF and attach that.",
    "file_archive": "{name} is a ZIP archive; Ava attaches text, code, PDF, Word (.docx) and "
    "image files, not archives.",
    "file_bad_encoding": "{name} starts like {encoding} text but is not valid in that encoding.",
    "file_not_utf8": "{name} is not UTF-8 text ({n} byte(s) not valid UTF-8; it may be Latin-1 "
    "or Windows-1252). Save it as UTF-8 and attach it again.",
    "file_binary": "{name} holds binary data, not text (or text in UTF-16 without a "
    "byte-order mark); Ava attaches text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) "
    "and image files.",
    "pdf_too_many_pages": "{name} has {n} page(s); Ava reads at most {limit}. Split it, or "
    "attach the pages you need.",
    "pdf_timeout": "Reading {name} took longer than {seconds} s (stopped at page {page} of "
    "{pages}); nothing was attached.",
    "pdf_loops": "{name} is a damaged PDF (its structure loops).",
    "pdf_damaged": "{name} is damaged, or not a PDF Ava can read ({error}).",
    "pdf_no_text": "{name} has no text layer ({n} page(s) of pictures, perhaps a scan); Ava "
    "cannot read text from images of pages, so nothing was attached.",
    "pdf_encrypted": "{name} is protected by a password, so its text cannot be read; save a "
    "copy without the password and attach that.",
    "word_bad_zip": "{name} is a damaged Word file (bad ZIP).",
    "word_not_docx": "{name} is a ZIP archive but not a Word document.",
    "word_unreadable": "{name} is not a Word file Ava can read ({error}).",
    "word_empty": "{name} has no text to send.",
    "zip_members": "{name} was not opened: it holds {n} file(s) (a ZIP bomb, or far too big).",
    "zip_unpacked": "{name} was not opened: it would unpack to {size}, over the {limit_size} "
    "limit (a ZIP bomb, or far too big).",
    "zip_ratio": "{name} was not opened: one part is compressed {ratio} to 1 (a ZIP bomb, or "
    "far too big).",
    "read_cancelled": "{name}: cancelled.",
    "read_timeout": "Reading {name} took longer than {seconds} s and was stopped; nothing was "
    "attached.",
    "read_memory": "Reading {name} needed more than {limit_size} of memory and was stopped; "
    "nothing was attached.",
    "read_died": "{name} could not be read (the reader stopped, code {code}).",
    # imports ("Nothing was changed" is the dialog's own line)
    "import_unknown": "This file is neither an Ava Desktop backup nor a ChatGPT export "
    "(conversations.json).",
    "import_folder": "The folder {name} has no conversations.json (is it an unpacked ChatGPT "
    "data export?).",
    "import_cannot_read": "Cannot read {name} ({reason}).",
    "import_too_large": "{name} is too large to import.",
    "import_too_large_size": "{name} is too large to import ({size}).",
    "import_bad_zip": "{name} is not a readable zip archive ({error}).",
    "import_no_member": "{name} does not contain a conversations.json (is it a ChatGPT data "
    "export?).",
    "import_member_too_large": "The conversations.json in {name} is too large to import.",
    "import_not_utf8": "{name} is not UTF-8 text, so it is not a JSON export.",
    "import_too_deep": "{name} is nested too deeply to be an export.",
    "import_bad_json": "{name} is not valid JSON ({error}).",
    "import_saving": "Import failed while saving ({error}); nothing was imported.",
    "import_malformed": "Conversation #{number} is malformed, so nothing was imported: "
    "{problem}",
    "import_malformed_title": "Conversation #{number} “{title}” is malformed, so nothing was "
    "imported: {problem}",
    "backup_no_version": "This Ava Desktop backup has no valid format version.",
    "backup_too_new": "This backup was written by a newer Ava Desktop (format {version}, this "
    "version reads up to {supported}). Update to import it.",
    "backup_no_list": "This Ava Desktop backup has no list of conversations.",
    "backup_blobs": "This Ava Desktop backup's attachments (“blobs”) are not an object.",
    "backup_blob_malformed": "The attachment {sha}… in this backup is malformed.",
    "backup_blob_base64": "The attachment {sha}… in this backup is not valid base64.",
    "backup_blob_damaged": "The attachment {sha}… in this backup is damaged: its bytes do not "
    "match their SHA-256 checksum, so they are not what was saved.",
    # the conversation database (what SQLite said is the detail)
    "db_damaged": "The conversation database {path} is damaged. The file was kept unchanged; "
    "move it aside (or restore a backup) to start with an empty history",
    "db_not_sqlite": "{path} is not a SQLite database (unexpected file header). The file was "
    "kept unchanged; move it aside (or restore a backup) to start with an empty history.",
    "db_check_failed": "The conversation database {path} failed its integrity check. The file "
    "was kept unchanged; move it aside (or restore a backup) to start with an empty history",
    "db_not_checked": "The conversation database {path} could not be checked. The file was "
    "kept unchanged; history is not saved meanwhile",
    "db_locked": "The conversation database {path} is locked by another program",
    "db_in_use": "The conversation database {path} is already in use by another Ava Desktop "
    "window (lock file {lock}). Close the other instance, or start this one with a different "
    "--data-dir.",
    "db_too_new": "The conversation database {path} was written by a newer Ava Desktop (schema "
    "version {version}; this version knows up to {supported}). The file was kept unchanged; "
    "update Ava Desktop to open it.",
    "db_no_copy": "Cannot keep a copy of {path} before upgrading it. The file was kept "
    "unchanged; free some disk space and start again",
    "db_unusable": "Cannot use the conversation database {path}",
    "db_not_file": "{path} exists but is not a file",
    # settings the user typed
    "field_base_url": "Base URL",
    "field_proxy_url": "Proxy URL",
    "url_not_text": "{what} must be text.",
    "url_empty": "{what} is empty.",
    "url_spaces": "{what} must not contain spaces or control characters.",
    "url_scheme": "{what} must start with one of: {schemes}.",
    "url_no_host": "{what} has no host name.",
    "url_port": "{what} has an invalid port.",
    "url_userinfo": "{what} must not contain a user name or password; use the API key.",
    "header_not_text": "Header names and values must be text.",
    "header_bad_name": "Header name {name} is not a valid HTTP header name.",
    "header_line_breaks": "Header {name}: value must not contain line breaks.",
    "header_secret": "Header {name} carries a secret and would be saved in plain text; put the "
    "key in the API key field instead.",
    # API keys
    "no_keychain": "No system keychain found; keys will be kept for this session only.",
    "keychain_failed": "The system keychain could not store the key ({reason}); it will be "
    "kept for this session only.",
    "key_mismatch": "The API key for {endpoint} was entered for {key_host}; the endpoint now "
    "points at {host}, so the key is not sent there. Enter the key again in Settings if this "
    "server should have it.",
    # the context meter's tooltip and notes
    "tokenizer_failed": "The model's tokenizer did not answer; estimated instead",
    **DETAILS,
}


def english_value(key: str, value: Any) -> Any:
    """A parameter as the English text shows it (the UI has its own twin); a parameter may
    be a notice itself (a reason inside a sentence, without its full stop)."""
    if isinstance(value, Notice):
        return value.english().rstrip(".")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    if key.endswith("size"):
        from ava_desktop.core.attachments.limits import human_size

        return human_size(int(value))
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


class NoticeStr(str):
    """A line where a ``str`` is kept (settings warnings, an MCP entry's problem): ``str``
    is the English, ``notices`` (one or more, joined by "; ") let the UI word it
    (``messages.error_text``)."""

    notices: tuple[Notice, ...]

    def __new__(cls, *notices: Notice) -> NoticeStr:
        said = super().__new__(cls, "; ".join(n.english() for n in notices))
        said.notices = notices
        return said

    @classmethod
    def of(cls, exc: BaseException) -> str:
        """An exception's words: typed when it carries a notice, else its English text."""
        notice = getattr(exc, "notice", None)
        return cls(notice) if isinstance(notice, Notice) else str(exc)


def problem_of(exc: BaseException) -> Notice | str:
    """An exception as a notice's parameter: its typed notice, else its (English) text."""
    notice = getattr(exc, "notice", None)
    return notice if isinstance(notice, Notice) else str(exc).rstrip(".")


class Invalid(ValueError):
    """A value the user typed is wrong: ``str()`` in English, ``notice`` for the UI."""

    def __init__(self, notice: Notice) -> None:
        super().__init__(notice.english())
        self.notice = notice


@dataclass(frozen=True)
class Notice:
    """``kind`` names the sentence, ``params`` fill it; ``detail`` is the server's own
    words (quoted as is, untranslated) when there are any."""

    kind: str
    params: dict[str, Any] = field(default_factory=dict)
    detail: str | None = None

    def english(self) -> str:
        template = ENGLISH.get(self.kind, self.kind)
        n = self.params.get("n")
        if isinstance(n, int):
            template = template.replace("(s)", "" if n == 1 else "s")
        values = {k: english_value(k, v) for k, v in self.params.items()}
        text = template.format(**values).strip()
        return f"{text}: {self.detail}" if self.detail else text

    def __str__(self) -> str:
        return self.english()

    def to_json(self) -> dict[str, Any]:
        """Storable: a notice inside the parameters is kept as its English text."""
        params = {k: v.english() if isinstance(v, Notice) else v for k, v in self.params.items()}
        return {"kind": self.kind, "params": params, "detail": self.detail}

    @classmethod
    def from_json(cls, data: Any) -> Notice | None:
        if not isinstance(data, dict) or not isinstance(data.get("kind"), str):
            return None
        params = data.get("params")
        detail = data.get("detail")
        return cls(
            data["kind"],
            dict(params) if isinstance(params, dict) else {},
            detail if isinstance(detail, str) else None,
        )
