"""The tr() twins of core's English notices (``core.notice.ENGLISH``) for answers, local
models, attachments, imports and the context meter; ``messages.notice_text`` words a notice
with them. Plural kinds (an ``n`` parameter) use Qt's ``%n`` forms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from ava_desktop.ui.detail_texts import detail_texts

translate = QCoreApplication.translate


def texts(n: int) -> dict[str, str]:
    """Built per call so each string is looked up in the catalog loaded now; ``n`` is the
    notice's count for the plural kinds."""
    return {
        # a conversation's answer
        "answer_too_long": translate(
            "Messages",
            "The answer passed {limit} characters and was cut off there, to keep Ava responsive "
            "(the text so far is kept)."),
        "length_limit": translate(
            "Messages",
            "The answer reached its length limit (max tokens) and stopped there; Continue asks "
            "for more."),
        "retrying_in": translate(
            "Messages",
            "Rate limited by {host}; retrying in {seconds} s (Esc cancels)"),
        "retrying": translate(
            "Messages",
            "Retrying…"),
        "tools_unavailable": translate(
            "Messages",
            "The tools of {server} are unavailable: {why}"),
        # tool servers (MCP)
        "tool_no_start_in": translate(
            "Messages",
            "{name} did not start within {seconds} s"),
        "tool_could_not_start": translate(
            "Messages",
            "{name} could not start"),
        "tool_stopped": translate(
            "Messages",
            "{name} stopped unexpectedly"),
        "tool_config": translate(
            "Messages",
            "{name}: {problem} (see mcp.json)"),
        "tool_retry": translate(
            "Messages",
            "{why} (next try in {seconds} s)"),
        "tool_no_list_in": translate(
            "Messages",
            "{name} did not list its tools within {seconds} s"),
        "tool_stopped_listing": translate(
            "Messages",
            "{name} stopped while listing its tools"),
        "tool_failed_listing": translate(
            "Messages",
            "{name} failed listing its tools"),
        "missing_attachment": translate(
            "Messages",
            "The attachment {name} is missing from the database, so this conversation cannot be "
            "sent as it is; edit the message to attach it again."),
        "no_images": translate(
            "Messages",
            "{model} cannot see images. Choose a vision model, or edit the message without the "
            "image; your message is kept."),
        "no_images_where": translate(
            "Messages",
            "{model} ({where}) cannot see images. Choose a vision model, or edit the message "
            "without the image; your message is kept."),
        "images_refused": translate(
            "Messages",
            "{model} does not accept images (the server said: {said}). Choose a vision model, or "
            "edit the message without the image; your message is kept."),
        # local models
        "local_unavailable": translate(
            "Messages",
            "Local models are not available in this run"),
        "local_no_model": translate(
            "Messages",
            "There is no local model named {model}; choose one of: {names}"),
        "local_no_models": translate(
            "Messages",
            "There is no local model named {model}, and none is installed"),
        "local_too_long": translate(
            "Messages",
            "This conversation is too long for the model's context ({tokens} tokens): start a new"
            " chat, or raise the context size in Chat → Local Model Options."),
        "local_not_found": translate(
            "Messages",
            "Could not load model {name}: the file is not there"),
        "local_not_gguf": translate(
            "Messages",
            "Could not load model {name}: not a GGUF model file"),
        "local_load_failed": translate(
            "Messages",
            "Could not load model {name}"),
        "local_exited": translate(
            "Messages",
            "Could not load model {name}: the server exited with status {status}"),
        "local_no_port": translate(
            "Messages",
            "The local model server could not bind a loopback port"),
        "local_no_answer": translate(
            "Messages",
            "The local model server did not answer within {seconds} s (model {name})"),
        "local_not_running": translate(
            "Messages",
            "The local model server is not running"),
        # attachments
        "file_gone": translate(
            "Messages",
            "{name}: the file is not there any more."),
        "file_folder": translate(
            "Messages",
            "{name} is a folder, not a file."),
        "file_cannot_open": translate(
            "Messages",
            "{name} cannot be opened ({reason})."),
        "file_cannot_read": translate(
            "Messages",
            "{name} cannot be read ({reason})."),
        "file_not_regular": translate(
            "Messages",
            "{name} is not a regular file (a device, pipe or socket); it was not read."),
        "file_too_large": translate(
            "Messages",
            "{name} is {size}, over the {limit_size} limit for attachments."),
        "file_grew": translate(
            "Messages",
            "{name} grew past the {limit_size} limit for attachments."),
        "file_empty": translate(
            "Messages",
            "{name} is empty: there is nothing to send."),
        "file_no_text": translate(
            "Messages",
            "{name} is empty: there is no text to send."),
        "file_is_image": translate(
            "Messages",
            "{name} is an image; attach it as an image."),
        "file_other_image": translate(
            "Messages",
            "{name} is a {format} image; Ava attaches PNG, JPEG, WebP, GIF and BMP images (export"
            " it as PNG or JPEG)."),
        "file_old_office": translate(
            "Messages",
            "{name} is in the old Word (.doc) or Office format Ava cannot read; save it as .docx "
            "or PDF and attach that."),
        "file_archive": translate(
            "Messages",
            "{name} is a ZIP archive; Ava attaches text, code, PDF, Word (.docx) and image files,"
            " not archives."),
        "file_bad_encoding": translate(
            "Messages",
            "{name} starts like {encoding} text but is not valid in that encoding."),
        "file_binary": translate(
            "Messages",
            "{name} holds binary data, not text (or text in UTF-16 without a byte-order mark); "
            "Ava attaches text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and image "
            "files."),
        "pdf_timeout": translate(
            "Messages",
            "Reading {name} took longer than {seconds} s (stopped at page {page} of {pages}); "
            "nothing was attached."),
        "pdf_loops": translate(
            "Messages",
            "{name} is a damaged PDF (its structure loops)."),
        "pdf_damaged": translate(
            "Messages",
            "{name} is damaged, or not a PDF Ava can read ({error})."),
        "pdf_encrypted": translate(
            "Messages",
            "{name} is protected by a password, so its text cannot be read; save a copy without "
            "the password and attach that."),
        "word_bad_zip": translate(
            "Messages",
            "{name} is a damaged Word file (bad ZIP)."),
        "word_not_docx": translate(
            "Messages",
            "{name} is a ZIP archive but not a Word document."),
        "word_unreadable": translate(
            "Messages",
            "{name} is not a Word file Ava can read ({error})."),
        "word_empty": translate(
            "Messages",
            "{name} has no text to send."),
        "zip_unpacked": translate(
            "Messages",
            "{name} was not opened: it would unpack to {size}, over the {limit_size} limit (a ZIP"
            " bomb, or far too big)."),
        "zip_ratio": translate(
            "Messages",
            "{name} was not opened: one part is compressed {ratio} to 1 (a ZIP bomb, or far too "
            "big)."),
        "read_cancelled": translate(
            "Messages",
            "{name}: cancelled."),
        "read_timeout": translate(
            "Messages",
            "Reading {name} took longer than {seconds} s and was stopped; nothing was attached."),
        "read_memory": translate(
            "Messages",
            "Reading {name} needed more than {limit_size} of memory and was stopped; nothing was "
            "attached."),
        "read_died": translate(
            "Messages",
            "{name} could not be read (the reader stopped, code {code})."),
        # imports
        "import_unknown": translate(
            "Messages",
            "This file is neither an Ava Desktop backup nor a ChatGPT export "
            "(conversations.json)."),
        "import_folder": translate(
            "Messages",
            "The folder {name} has no conversations.json (is it an unpacked ChatGPT data "
            "export?)."),
        "import_cannot_read": translate(
            "Messages",
            "Cannot read {name} ({reason})."),
        "import_too_large": translate(
            "Messages",
            "{name} is too large to import."),
        "import_too_large_size": translate(
            "Messages",
            "{name} is too large to import ({size})."),
        "import_bad_zip": translate(
            "Messages",
            "{name} is not a readable zip archive ({error})."),
        "import_no_member": translate(
            "Messages",
            "{name} does not contain a conversations.json (is it a ChatGPT data export?)."),
        "import_member_too_large": translate(
            "Messages",
            "The conversations.json in {name} is too large to import."),
        "import_not_utf8": translate(
            "Messages",
            "{name} is not UTF-8 text, so it is not a JSON export."),
        "import_too_deep": translate(
            "Messages",
            "{name} is nested too deeply to be an export."),
        "import_bad_json": translate(
            "Messages",
            "{name} is not valid JSON ({error})."),
        "import_saving": translate(
            "Messages",
            "Import failed while saving ({error}); nothing was imported."),
        "import_malformed": translate(
            "Messages",
            "Conversation #{number} is malformed, so nothing was imported: {problem}"),
        "import_malformed_title": translate(
            "Messages",
            "Conversation #{number} “{title}” is malformed, so nothing was imported: {problem}"),
        "backup_no_version": translate(
            "Messages",
            "This Ava Desktop backup has no valid format version."),
        "backup_too_new": translate(
            "Messages",
            "This backup was written by a newer Ava Desktop (format {version}, this version reads"
            " up to {supported}). Update to import it."),
        "backup_no_list": translate(
            "Messages",
            "This Ava Desktop backup has no list of conversations."),
        "backup_blobs": translate(
            "Messages",
            "This Ava Desktop backup's attachments (“blobs”) are not an object."),
        "backup_blob_malformed": translate(
            "Messages",
            "The attachment {sha}… in this backup is malformed."),
        "backup_blob_base64": translate(
            "Messages",
            "The attachment {sha}… in this backup is not valid base64."),
        "backup_blob_damaged": translate(
            "Messages",
            "The attachment {sha}… in this backup is damaged: its bytes do not match their "
            "SHA-256 checksum, so they are not what was saved."),
        # the conversation database
        "db_damaged": translate(
            "Messages",
            "The conversation database {path} is damaged. The file was kept unchanged; move it "
            "aside (or restore a backup) to start with an empty history"),
        "db_not_sqlite": translate(
            "Messages",
            "{path} is not a SQLite database (unexpected file header). The file was kept "
            "unchanged; move it aside (or restore a backup) to start with an empty history."),
        "db_check_failed": translate(
            "Messages",
            "The conversation database {path} failed its integrity check. The file was kept "
            "unchanged; move it aside (or restore a backup) to start with an empty history"),
        "db_not_checked": translate(
            "Messages",
            "The conversation database {path} could not be checked. The file was kept unchanged; "
            "history is not saved meanwhile"),
        "db_locked": translate(
            "Messages",
            "The conversation database {path} is locked by another program"),
        "db_in_use": translate(
            "Messages",
            "The conversation database {path} is already in use by another Ava Desktop window "
            "(lock file {lock}). Close the other instance, or start this one with a different "
            "--data-dir."),
        "db_too_new": translate(
            "Messages",
            "The conversation database {path} was written by a newer Ava Desktop (schema version "
            "{version}; this version knows up to {supported}). The file was kept unchanged; "
            "update Ava Desktop to open it."),
        "db_no_copy": translate(
            "Messages",
            "Cannot keep a copy of {path} before upgrading it. The file was kept unchanged; free "
            "some disk space and start again"),
        "db_unusable": translate(
            "Messages",
            "Cannot use the conversation database {path}"),
        "db_not_file": translate(
            "Messages",
            "{path} exists but is not a file"),
        # settings the user typed
        "field_base_url": translate(
            "Messages",
            "Base URL"),
        "field_proxy_url": translate(
            "Messages",
            "Proxy URL"),
        "url_not_text": translate(
            "Messages",
            "{what} must be text."),
        "url_empty": translate(
            "Messages",
            "{what} is empty."),
        "url_spaces": translate(
            "Messages",
            "{what} must not contain spaces or control characters."),
        "url_scheme": translate(
            "Messages",
            "{what} must start with one of: {schemes}."),
        "url_no_host": translate(
            "Messages",
            "{what} has no host name."),
        "url_port": translate(
            "Messages",
            "{what} has an invalid port."),
        "url_userinfo": translate(
            "Messages",
            "{what} must not contain a user name or password; use the API key."),
        "header_not_text": translate(
            "Messages",
            "Header names and values must be text."),
        "header_bad_name": translate(
            "Messages",
            "Header name {name} is not a valid HTTP header name."),
        "header_line_breaks": translate(
            "Messages",
            "Header {name}: value must not contain line breaks."),
        "header_secret": translate(
            "Messages",
            "Header {name} carries a secret and would be saved in plain text; put the key in the "
            "API key field instead."),
        # API keys
        "no_keychain": translate(
            "Messages",
            "No system keychain found; keys will be kept for this session only."),
        "keychain_failed": translate(
            "Messages",
            "The system keychain could not store the key ({reason}); it will be kept for this "
            "session only."),
        "key_mismatch": translate(
            "Messages",
            "The API key for {endpoint} was entered for {key_host}; the endpoint now points at "
            "{host}, so the key is not sent there. Enter the key again in Settings if this "
            "server should have it."),
        # the context meter
        "tokenizer_failed": translate(
            "Messages",
            "The model's tokenizer did not answer; estimated instead"),
    } | Messages().plurals(n) | detail_texts(n)


class Messages(QObject):
    """The plural kinds: pyside6-lupdate finds a plural only in a ``self.tr`` call."""

    def plurals(self, n: int) -> dict[str, str]:
        return {
            "file_not_utf8": self.tr(
                "{name} is not UTF-8 text (%n byte(s) not valid UTF-8; it may be Latin-1 or "
                "Windows-1252). Save it as UTF-8 and attach it again.", "", n),
            "pdf_too_many_pages": self.tr(
                "{name} has %n page(s); Ava reads at most {limit}. Split it, or attach the "
                "pages you need.", "", n),
            "pdf_no_text": self.tr(
                "{name} has no text layer (%n page(s) of pictures, perhaps a scan); Ava cannot "
                "read text from images of pages, so nothing was attached.", "", n),
            "zip_members": self.tr(
                "{name} was not opened: it holds %n file(s) (a ZIP bomb, or far too big).", "",
                n),
        }


__all__ = ["texts"]
