"""The tr() twins of ``core.notice_details`` (a server's unreadable answer, the settings
file's problems, what is wrong inside an import file); ``notice_texts.texts`` takes these in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

translate = QCoreApplication.translate


def detail_texts(n: int) -> dict[str, str]:
    """Built per call so each string is looked up in the catalog loaded now."""
    return {
        "sent_malformed_line": translate(
            "Messages",
            "{host} sent a malformed line in the stream"),
        "sent_not_object": translate(
            "Messages",
            "{host} sent data that is not a JSON object"),
        "sent_unexpected_choices": translate(
            "Messages",
            "{host} sent a chunk with unexpected choices"),
        "sent_unexpected_delta": translate(
            "Messages",
            "{host} sent a chunk with an unexpected delta"),
        "sent_not_chunk": translate(
            "Messages",
            "{host} sent JSON that is not a chat completion chunk"),
        "sent_unexpected_content": translate(
            "Messages",
            "{host} sent a chunk with unexpected content"),
        "sent_block_no_index": translate(
            "Messages",
            "{host} sent a content block without an index"),
        "sent_delta_no_delta": translate(
            "Messages",
            "{host} sent a content block delta without a delta"),
        "sent_delta_no_block": translate(
            "Messages",
            "{host} sent a delta for a block that never started"),
        "sent_tool_too_long": translate(
            "Messages",
            "{host} sent a tool call over {limit} characters"),
        "sent_undescribed_error": translate(
            "Messages",
            "{host} sent an error it did not describe"),
        "sent_not_understood": translate(
            "Messages",
            "{host} sent a chunk that could not be understood"),
        "one_json_reply": translate(
            "Messages",
            "{host} answered with one JSON reply instead of an event stream (does it support "
            "streaming?)"),
        "not_event_stream": translate(
            "Messages",
            "{host} did not answer with an event stream (got {mime})"),
        "not_event_stream_url": translate(
            "Messages",
            "{host} did not answer with an event stream (got {mime}); is the server URL right?"),
        "list_not_json": translate(
            "Messages",
            "{host} did not answer the model list with JSON"),
        "list_unexpected_json": translate(
            "Messages",
            "{host} answered the model list with unexpected JSON"),
        "timeout_listing": translate(
            "Messages",
            "Timed out after {seconds} s listing the models of {host}"),
        "claude_image_type": translate(
            "Messages",
            "Claude cannot read {mime} images (only JPEG, PNG, GIF, WebP)"),
        "request_not_built": translate(
            "Messages",
            "Could not build the request for {provider}"),
        "request_not_encoded": translate(
            "Messages",
            "Could not encode the request for {host}"),
        "proxy_unsupported": translate(
            "Messages",
            "Unsupported proxy {proxy}: only http:// and https:// proxies are supported"),
        "db_no_folder": translate(
            "Messages",
            "Cannot create the folder for {path}"),
        "db_no_lock": translate(
            "Messages",
            "Cannot create the lock file {lock}"),
        "mcp_not_object": translate(
            "Messages",
            "the entry is not a JSON object"),
        "mcp_not_string": translate(
            "Messages",
            "{key} is not a string"),
        "mcp_args": translate(
            "Messages",
            "'args' is not a list of strings"),
        "mcp_url_scheme": translate(
            "Messages",
            "'url' must start with http:// or https://"),
        "mcp_no_command": translate(
            "Messages",
            "it has neither a 'command' nor a 'url'"),
        "mcp_timeout": translate(
            "Messages",
            "'timeout' must be a number of seconds up to {limit}"),
        "mcp_not_object_key": translate(
            "Messages",
            "{key} is not an object"),
        "mcp_servers_not_object": translate(
            "Messages",
            "'mcpServers' in mcp.json is not an object; it is kept as it is"),
        "mcp_unusable": translate(
            "Messages",
            "MCP server {name} cannot be used: {problem}"),
        "mcp_unreadable": translate(
            "Messages",
            "{path} could not be read ({reason}); no MCP servers are started for now."),
        "mcp_damaged": translate(
            "Messages",
            "{path} is damaged ({error}); it was kept as {backup} and no MCP "
            "servers are configured."),
        "mcp_damaged_kept": translate(
            "Messages",
            "{path} is damaged ({error}); it could not be moved aside and no MCP "
            "servers are configured."),
        "claude_config_missing": translate(
            "Messages",
            "Claude Desktop's configuration was not found at {path}"),
        "claude_config_unreadable": translate(
            "Messages",
            "Claude Desktop's configuration {path} could not be read"),
        "claude_config_empty": translate(
            "Messages",
            "{path} lists no MCP servers"),
        "mcp_already": translate(
            "Messages",
            "{name} is already configured; it was left as it is"),
        "mcp_imported_unusable": translate(
            "Messages",
            "{name} was imported but cannot be used: {problem}"),
        "settings_unreadable": translate(
            "Messages",
            "The settings file {path} could not be read ({reason}); default settings are used "
            "for now."),
        "settings_damaged": translate(
            "Messages",
            "The settings file {path} is damaged ({error}); it was kept as {backup} and "
            "default settings are used."),
        "settings_damaged_lost": translate(
            "Messages",
            "The settings file {path} is damaged ({error}); it could not be backed up and "
            "default settings are used."),
        "setting_default": translate(
            "Messages",
            "Setting {key}: {problem}; using {default}."),
        "setting_expected": translate(
            "Messages",
            "expected {kind}, found {found}"),
        "kind_text": translate(
            "Messages",
            "text"),
        "kind_bool": translate(
            "Messages",
            "true/false"),
        "kind_int": translate(
            "Messages",
            "a whole number"),
        "kind_float": translate(
            "Messages",
            "a number"),
        "kind_list": translate(
            "Messages",
            "a list"),
        "kind_object": translate(
            "Messages",
            "an object"),
        "setting_invalid_dropped": translate(
            "Messages",
            "Setting {key}: invalid value; dropped."),
        "setting_not_object_dropped": translate(
            "Messages",
            "Setting {key}: not an object; dropped."),
        "setting_no_base_url": translate(
            "Messages",
            "Setting {key}: missing or not text; endpoint dropped."),
        "setting_endpoint_disabled": translate(
            "Messages",
            "Setting {key}: {problem}. The endpoint was disabled."),
        "setting_duplicate_id": translate(
            "Messages",
            "Setting {key}: duplicate id; a new one was given."),
        "setting_header_dropped": translate(
            "Messages",
            "Setting {key}: {problem}; dropped."),
        "header_value_not_text": translate(
            "Messages",
            "value must be text"),
        "setting_not_object_ignored": translate(
            "Messages",
            "Setting {key}: not an object; ignored."),
        "setting_ignored": translate(
            "Messages",
            "Setting {key}: ignored."),
        "setting_preset_dropped": translate(
            "Messages",
            "Setting {key}: needs a name and a text; dropped."),
        "setting_context_window": translate(
            "Messages",
            "Setting {key}: expected \"target/model\": {low}..{high} tokens; ignored."),
        "language_code": translate(
            "Messages",
            "Language must be \"system\" or a code like \"ru\", not {code}."),
        "same_endpoint_id": translate(
            "Messages",
            "Two endpoints have the same id."),
        "theme_one_of": translate(
            "Messages",
            "Theme must be one of {names}."),
        "titles_one_of": translate(
            "Messages",
            "Model titles must be one of {names}."),
        "field_font_size": translate(
            "Messages",
            "Font size"),
        "field_temperature": translate(
            "Messages",
            "Temperature"),
        "field_max_tokens": translate(
            "Messages",
            "Max tokens"),
        "field_max_tool_steps": translate(
            "Messages",
            "Max tool steps"),
        "out_of_range": translate(
            "Messages",
            "{what} must be between {low} and {high}."),
        "must_be_one_of": translate(
            "Messages",
            "must be one of {names}"),
        "must_be_between": translate(
            "Messages",
            "must be between {low} and {high}"),
        "not_folder_path": translate(
            "Messages",
            "is not a folder path"),
        "is_not_base64": translate(
            "Messages",
            "is not base64"),
        "local_option_invalid": translate(
            "Messages",
            "Local model option {name} for {path} is not valid."),
        "not_base64": translate(
            "Messages",
            "The {name} is not base64."),
        "imp_not_text": translate(
            "Messages",
            "{field} should be text, not {type}"),
        "imp_not_number": translate(
            "Messages",
            "{field} should be a number, not {type}"),
        "imp_out_of_range": translate(
            "Messages",
            "{field} is out of range"),
        "imp_not_object_field": translate(
            "Messages",
            "{field} should be an object, not {type}"),
        "imp_not_object": translate(
            "Messages",
            "it is not an object"),
        "imp_messages_not_list": translate(
            "Messages",
            "messages should be a list"),
        "imp_message_not_object": translate(
            "Messages",
            "a message is not an object"),
        "imp_unknown_role": translate(
            "Messages",
            "unknown message role {role}"),
        "imp_content_not_text": translate(
            "Messages",
            "a message's content is not text"),
        "imp_unknown_state": translate(
            "Messages",
            "unknown message state {state}"),
        "imp_not_message_id": translate(
            "Messages",
            "{field} should be a message id (a number)"),
        "imp_id_twice": translate(
            "Messages",
            "message id {id} appears twice"),
        "imp_parent_later": translate(
            "Messages",
            "message {id} follows message {parent}, which is not before it in the file"),
        "imp_active_not_reply": translate(
            "Messages",
            "message {id} shows {child}, which is not its reply"),
        "imp_root_not_first": translate(
            "Messages",
            "active_root {root} is not a first message"),
        "imp_parts_not_list": translate(
            "Messages",
            "a message's parts should be a list"),
        "imp_part_no_kind": translate(
            "Messages",
            "a message part is not an object with a kind"),
        "imp_bad_sha": translate(
            "Messages",
            "an attachment's sha256 is not a SHA-256 checksum"),
        "imp_no_mapping": translate(
            "Messages",
            "it has no 'mapping' of messages"),
        "imp_entry_not_object": translate(
            "Messages",
            "a mapping entry is not an object"),
        "imp_parent_not_id": translate(
            "Messages",
            "a 'parent' link is not a node id"),
        "imp_missing_node": translate(
            "Messages",
            "the reply tree points to a missing node {node}"),
        "imp_cycle": translate(
            "Messages",
            "its reply tree has a cycle"),
        "imp_no_current_node": translate(
            "Messages",
            "'current_node' does not name a message in the mapping"),
        "imp_node_message": translate(
            "Messages",
            "a node's 'message' is not an object"),
        "imp_no_parts": translate(
            "Messages",
            "a text message has no list of 'parts'"),
    } | _Plurals().plurals(n)


class _Plurals(QObject):
    """The plural kinds: pyside6-lupdate finds a plural only in a ``self.tr`` call."""

    def plurals(self, n: int) -> dict[str, str]:
        return {
            "options_refused": self.tr("{provider} does not take %n option(s): {options}", "", n),
        }
