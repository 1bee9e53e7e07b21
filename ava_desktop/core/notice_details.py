"""More of core's English notices (``notice.ENGLISH`` takes these in): what a server sent that
Ava cannot read, a settings file's problems and what is wrong inside an import file.

Kept apart so ``notice.py`` stays short; the server's data, JSON keys, ids and type names
are parameters or the detail, never translated.
"""

from __future__ import annotations

DETAILS: dict[str, str] = {
    # a server's answer Ava cannot read (the data, shortened, is the detail)
    "sent_malformed_line": "{host} sent a malformed line in the stream",
    "sent_not_object": "{host} sent data that is not a JSON object",
    "sent_unexpected_choices": "{host} sent a chunk with unexpected choices",
    "sent_unexpected_delta": "{host} sent a chunk with an unexpected delta",
    "sent_not_chunk": "{host} sent JSON that is not a chat completion chunk",
    "sent_unexpected_content": "{host} sent a chunk with unexpected content",
    "sent_block_no_index": "{host} sent a content block without an index",
    "sent_delta_no_delta": "{host} sent a content block delta without a delta",
    "sent_delta_no_block": "{host} sent a delta for a block that never started",
    "sent_tool_too_long": "{host} sent a tool call over {limit} characters",
    "sent_undescribed_error": "{host} sent an error it did not describe",
    "sent_not_understood": "{host} sent a chunk that could not be understood",
    "one_json_reply": "{host} answered with one JSON reply instead of an event stream (does it "
    "support streaming?)",
    "not_event_stream": "{host} did not answer with an event stream (got {mime})",
    "not_event_stream_url": "{host} did not answer with an event stream (got {mime}); is the "
    "server URL right?",
    "list_not_json": "{host} did not answer the model list with JSON",
    "list_unexpected_json": "{host} answered the model list with unexpected JSON",
    "timeout_listing": "Timed out after {seconds} s listing the models of {host}",
    "options_refused": "{provider} does not take {n} option(s): {options}",
    "claude_image_type": "Claude cannot read {mime} images (only JPEG, PNG, GIF, WebP)",
    "request_not_built": "Could not build the request for {provider}",
    "request_not_encoded": "Could not encode the request for {host}",
    "proxy_unsupported": "Unsupported proxy {proxy}: only http:// and https:// proxies are "
    "supported",
    # the conversation database (the system's words are the detail)
    "db_no_folder": "Cannot create the folder for {path}",
    "db_no_lock": "Cannot create the lock file {lock}",
    # mcp.json and Claude Desktop's configuration ({key}, {name}: the file's own names)
    "mcp_not_object": "the entry is not a JSON object",
    "mcp_not_string": "{key} is not a string",
    "mcp_args": "'args' is not a list of strings",
    "mcp_url_scheme": "'url' must start with http:// or https://",
    "mcp_no_command": "it has neither a 'command' nor a 'url'",
    "mcp_timeout": "'timeout' must be a number of seconds up to {limit}",
    "mcp_not_object_key": "{key} is not an object",
    "mcp_servers_not_object": "'mcpServers' in mcp.json is not an object; it is kept as it is",
    "mcp_unusable": "MCP server {name} cannot be used: {problem}",
    "mcp_unreadable": "{path} could not be read ({reason}); no MCP servers are started for now.",
    "mcp_damaged": "{path} is damaged ({error}); it was kept as {backup} and no MCP servers are "
    "configured.",
    "mcp_damaged_kept": "{path} is damaged ({error}); it could not be moved aside and no MCP "
    "servers are configured.",
    "claude_config_missing": "Claude Desktop's configuration was not found at {path}",
    "claude_config_unreadable": "Claude Desktop's configuration {path} could not be read",
    "claude_config_empty": "{path} lists no MCP servers",
    "mcp_already": "{name} is already configured; it was left as it is",
    "mcp_imported_unusable": "{name} was imported but cannot be used: {problem}",
    # the settings file ({key} is the setting's JSON path, {default} its value as written)
    "settings_unreadable": "The settings file {path} could not be read ({reason}); default "
    "settings are used for now.",
    "settings_damaged": "The settings file {path} is damaged ({error}); it was kept as {backup} "
    "and default settings are used.",
    "settings_damaged_lost": "The settings file {path} is damaged ({error}); it could not be "
    "backed up and default settings are used.",
    "setting_default": "Setting {key}: {problem}; using {default}.",
    "setting_expected": "expected {kind}, found {found}",
    "kind_text": "text",
    "kind_bool": "true/false",
    "kind_int": "a whole number",
    "kind_float": "a number",
    "kind_list": "a list",
    "kind_object": "an object",
    "setting_invalid_dropped": "Setting {key}: invalid value; dropped.",
    "setting_not_object_dropped": "Setting {key}: not an object; dropped.",
    "setting_no_base_url": "Setting {key}: missing or not text; endpoint dropped.",
    "setting_endpoint_disabled": "Setting {key}: {problem}. The endpoint was disabled.",
    "setting_duplicate_id": "Setting {key}: duplicate id; a new one was given.",
    "setting_header_dropped": "Setting {key}: {problem}; dropped.",
    "header_value_not_text": "value must be text",
    "setting_not_object_ignored": "Setting {key}: not an object; ignored.",
    "setting_ignored": "Setting {key}: ignored.",
    "setting_preset_dropped": "Setting {key}: needs a name and a text; dropped.",
    "setting_context_window": "Setting {key}: expected \"target/model\": {low}..{high} tokens; "
    "ignored.",
    "language_code": "Language must be \"system\" or a code like \"ru\", not {code}.",
    "same_endpoint_id": "Two endpoints have the same id.",
    "theme_one_of": "Theme must be one of {names}.",
    "titles_one_of": "Model titles must be one of {names}.",
    "field_font_size": "Font size",
    "field_temperature": "Temperature",
    "field_max_tokens": "Max tokens",
    "field_max_tool_steps": "Max tool steps",
    "out_of_range": "{what} must be between {low} and {high}.",
    "must_be_one_of": "must be one of {names}",
    "must_be_between": "must be between {low} and {high}",
    "not_folder_path": "is not a folder path",
    "is_not_base64": "is not base64",
    "local_option_invalid": "Local model option {name} for {path} is not valid.",
    "not_base64": "The {name} is not base64.",
    # what is wrong inside an import file ({field}, {id}: the file's own names and values)
    "imp_not_text": "{field} should be text, not {type}",
    "imp_not_number": "{field} should be a number, not {type}",
    "imp_out_of_range": "{field} is out of range",
    "imp_not_object_field": "{field} should be an object, not {type}",
    "imp_not_object": "it is not an object",
    "imp_messages_not_list": "messages should be a list",
    "imp_message_not_object": "a message is not an object",
    "imp_unknown_role": "unknown message role {role}",
    "imp_content_not_text": "a message's content is not text",
    "imp_unknown_state": "unknown message state {state}",
    "imp_not_message_id": "{field} should be a message id (a number)",
    "imp_id_twice": "message id {id} appears twice",
    "imp_parent_later": "message {id} follows message {parent}, which is not before it in the "
    "file",
    "imp_active_not_reply": "message {id} shows {child}, which is not its reply",
    "imp_root_not_first": "active_root {root} is not a first message",
    "imp_parts_not_list": "a message's parts should be a list",
    "imp_part_no_kind": "a message part is not an object with a kind",
    "imp_bad_sha": "an attachment's sha256 is not a SHA-256 checksum",
    "imp_no_mapping": "it has no 'mapping' of messages",
    "imp_entry_not_object": "a mapping entry is not an object",
    "imp_parent_not_id": "a 'parent' link is not a node id",
    "imp_missing_node": "the reply tree points to a missing node {node}",
    "imp_cycle": "its reply tree has a cycle",
    "imp_no_current_node": "'current_node' does not name a message in the mapping",
    "imp_node_message": "a node's 'message' is not an object",
    "imp_no_parts": "a text message has no list of 'parts'",
}
