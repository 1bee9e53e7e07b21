<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Ava Desktop</source>
        <translation>关于 Ava Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ava Desktop {version}&lt;/h2&gt;&lt;p&gt;A desktop chat client for large language models.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ava Desktop {version}&lt;/h2&gt;&lt;p&gt;面向大语言模型的桌面聊天客户端。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>许可证：</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>日志：</translation>
    </message>
    <message>
        <source>Open the logs folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>聊天(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>新建聊天(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation>重新打开关闭的标签页(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>关闭标签页(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Conversations and Search…</source>
        <translation>对话与搜索(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>导出对话(&amp;E)…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;All (Backup)…</source>
        <translation>全部导出（备份）(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Copy &amp;Last Answer</source>
        <translation>复制最后一个回答(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation…</source>
        <translation>在对话中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Copy &amp;Conversation as Markdown</source>
        <translation>将对话复制为 Markdown(&amp;C)</translation>
    </message>
    <message>
        <source>Conversation &amp;Sidebar</source>
        <translation>对话侧边栏(&amp;S)</translation>
    </message>
    <message>
        <source>Search in the S&amp;idebar</source>
        <translation>在侧边栏中搜索(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>默认文字大小(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>上一个标签页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Regenerate Answer</source>
        <translation>重新生成回答(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit Last Message</source>
        <translation>编辑最后一条消息(&amp;E)</translation>
    </message>
    <message>
        <source>Previous &amp;Version of the Answer</source>
        <translation>回答的上一个版本(&amp;V)</translation>
    </message>
    <message>
        <source>Next Ve&amp;rsion of the Answer</source>
        <translation>回答的下一个版本(&amp;R)</translation>
    </message>
    <message>
        <source>Select Previous Messa&amp;ge</source>
        <translation>选择上一条消息(&amp;G)</translation>
    </message>
    <message>
        <source>Select &amp;Next Message</source>
        <translation>选择下一条消息(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Tools (MCP Servers)…</source>
        <translation>工具（MCP 服务器）(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Find Local Servers</source>
        <translation>查找本地服务器(&amp;F)</translation>
    </message>
    <message>
        <source>Add &amp;Local Model File…</source>
        <translation>添加本地模型文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Local &amp;Model Options…</source>
        <translation>本地模型选项(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Ava Desktop</source>
        <translation>关于 Ava Desktop(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>API key not sent</source>
        <extracomment>One per app: the per-model corrections learned from reported usage are shared.</extracomment>
        <translation>未发送 API 密钥</translation>
    </message>
    <message>
        <source>The settings could not be saved to {path} ({reason}).</source>
        <translation>无法将设置保存到 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The settings could not be saved ({reason}).</source>
        <translation>无法保存设置（{reason}）。</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>They are kept while Ava runs and saved again with the next change.</source>
        <translation>设置在 Ava 运行期间保持有效，并会在下次更改时再次保存。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The MCP server {name} needs you to sign in: Chat → Tools…, select it, then Sign In.</source>
        <translation>MCP 服务器 {name} 需要登录：聊天 → 工具…，选中它，然后点“登录”。</translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <source>Tool call waiting for approval</source>
        <translation>工具调用等待批准</translation>
    </message>
    <message>
        <source>Arguments of the tool call</source>
        <translation>工具调用的参数</translation>
    </message>
    <message>
        <source>Allow once (Enter)</source>
        <translation>允许一次 (Enter)</translation>
    </message>
    <message>
        <source>Always allow this tool</source>
        <translation>始终允许此工具</translation>
    </message>
    <message>
        <source>Deny (Esc)</source>
        <translation>拒绝 (Esc)</translation>
    </message>
    <message numerus="yes">
        <source> (%n more waiting)</source>
        <translation>
            <numerusform> （另有 %n 个在等待）</numerusform>
        </translation>
    </message>
    <message>
        <source>The model wants to run {tool} from the {server} server{more}. Allow it?</source>
        <translation>模型想要运行 {server} 服务器上的 {tool}{more}。是否允许？</translation>
    </message>
    <message numerus="yes">
        <source>({count} character(s) in all)</source>
        <translation>
            <numerusform>（共 {count} 个字符）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachButton</name>
    <message>
        <source>Attach files or images ({shortcut})</source>
        <translation>附加文件或图片 ({shortcut})</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Images and documents</source>
        <translation>图片和文档</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>移除 {name}</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>未附加</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>正在读取</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>未附加</translation>
    </message>
    <message>
        <source>Attachment {name}, {state}</source>
        <translation>附件 {name}，{state}</translation>
    </message>
    <message>
        <source>Delete or Backspace removes it</source>
        <translation>按 Delete 或 Backspace 移除</translation>
    </message>
</context>
<context>
    <name>AttachmentProcessor</name>
    <message>
        <source>{name} could not be attached ({error}).</source>
        <translation>无法附加 {name}（{error}）。</translation>
    </message>
    <message>
        <source>{name}: cancelled.</source>
        <translation>{name}：已取消。</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>{name} is cut off ({why}); attach a complete copy.</source>
        <translation>{name} 不完整（{why}）；请附加完整的副本。</translation>
    </message>
    <message>
        <source>{name} is not an image Ava can read (PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>{name} 不是 Ava 可以读取的图片（PNG、JPEG、WebP、GIF、BMP）。</translation>
    </message>
    <message>
        <source>{name} does not say how large it is; it is damaged or not an image.</source>
        <translation>{name} 未标明尺寸；文件已损坏或不是图片。</translation>
    </message>
    <message>
        <source>{name} claims {width} × {height} pixels ({megapixels} megapixels), over the {limit} megapixel limit; it was not opened (it could exhaust memory).</source>
        <translation>{name} 声称有 {width} × {height} 像素（{megapixels} 百万像素），超过 {limit} 百万像素的上限；未打开（可能耗尽内存）。</translation>
    </message>
    <message>
        <source>{name} could not be decoded ({error}).</source>
        <translation>无法解码 {name}（{error}）。</translation>
    </message>
    <message>
        <source>{name}: the clipboard image is empty.</source>
        <translation>{name}：剪贴板中的图片为空。</translation>
    </message>
    <message>
        <source>{name} is over the {limit} megapixel limit.</source>
        <translation>{name} 超过 {limit} 百万像素的上限。</translation>
    </message>
    <message>
        <source>the PNG has no end marker</source>
        <translation>PNG 缺少结束标记</translation>
    </message>
    <message>
        <source>the JPEG has no end marker</source>
        <translation>JPEG 缺少结束标记</translation>
    </message>
    <message>
        <source>the WebP is shorter than it says</source>
        <translation>WebP 比声明的短</translation>
    </message>
    <message>
        <source>the BMP is shorter than it says</source>
        <translation>BMP 比声明的短</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached; the link to {hosts} was not downloaded.</source>
        <translation>只能附加此计算机上的文件；指向 {hosts} 的链接未被下载。</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not attached: at most %n attachment(s) go with one message.</source>
        <translation>
            <numerusform>未附加 {name}：一条消息最多只能带 %n 个附件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first {count} character(s) of {name} are kept (the limit for one attachment).</source>
        <translation>
            <numerusform>{name} 只保留了前 {count} 个字符（单个附件的上限）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{size} · {count} char(s)</source>
        <translation>
            <numerusform>{size} · {count} 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is attached already.</source>
        <translation>{name} 已经附加。</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>无法显示该图片。</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>{name} 的文本</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>无法保存：{error}</translation>
    </message>
</context>
<context>
    <name>AttachmentsAndCopy</name>
    <message>
        <source>No answer to copy yet</source>
        <translation>还没有可复制的回答</translation>
    </message>
    <message>
        <source>Copied the last answer as Markdown</source>
        <translation>已将最后一个回答复制为 Markdown</translation>
    </message>
    <message>
        <source>Copied the conversation as Markdown</source>
        <translation>已将对话复制为 Markdown</translation>
    </message>
</context>
<context>
    <name>AvaApp</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Ava Desktop</source>
        <translation>Ava Desktop</translation>
    </message>
    <message>
        <source>Ava Desktop cannot use its data folder: {exc}</source>
        <translation>Ava Desktop 无法使用其数据文件夹：{exc}</translation>
    </message>
    <message>
        <source>Ava Desktop is already running with the data folder {folder} but does not answer. Close it (or end its process), or start with another --data-dir.</source>
        <translation>Ava Desktop 已在使用数据文件夹 {folder} 运行，但没有响应。请关闭它（或结束其进程），或使用其他 --data-dir 启动。</translation>
    </message>
</context>
<context>
    <name>ChatSetup</name>
    <message>
        <source>No provider is connected yet. Open Settings (Ctrl+,) to add an endpoint with its API key (OpenAI, OpenRouter, Groq, DeepSeek, Mistral, …), or start a local server such as Ollama, LM Studio or llama.cpp: Ava finds it by itself (Chat → Find Local Servers).</source>
        <translation>尚未连接任何服务提供方。打开设置 (Ctrl+,) 添加带 API 密钥的端点（OpenAI、OpenRouter、Groq、DeepSeek、Mistral 等），或启动 Ollama、LM Studio、llama.cpp 等本地服务器：Ava 会自动找到它（聊天 → 查找本地服务器）。</translation>
    </message>
    <message>
        <source>System prompt, temperature and length for this chat</source>
        <translation>此聊天的系统提示词、温度和长度</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>打开设置…</translation>
    </message>
    <message>
        <source>Could not save the model choice: {exc}</source>
        <translation>无法保存所选模型：{exc}</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers.</source>
        <translation>{name} 已离线：其服务不再响应。</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers. Pick another provider above.</source>
        <translation>{name} 已离线：其服务不再响应。请在上方选择其他服务提供方。</translation>
    </message>
    <message>
        <source>Chatting with {name}. Type a message below.</source>
        <translation>正在与 {name} 聊天。请在下方输入消息。</translation>
    </message>
    <message>
        <source>Could not save the chat settings: {exc}</source>
        <translation>无法保存聊天设置：{exc}</translation>
    </message>
    <message>
        <source>Choose a provider first (Settings, Ctrl+,).</source>
        <translation>请先选择服务提供方（设置，Ctrl+,）。</translation>
    </message>
    <message>
        <source>Type or choose a model first.</source>
        <translation>请先输入或选择模型。</translation>
    </message>
    <message>
        <source>{name} is offline; trying anyway.</source>
        <translation>{name} 已离线；仍然尝试。</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <source>Editing a message: Enter sends it as a new version (the old one stays), Esc cancels.</source>
        <translation>正在编辑消息：按 Enter 将其作为新版本发送（旧版本保留），按 Esc 取消。</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>Ask several models the next message, side by side</source>
        <translation>将下一条消息同时发给多个模型，并排比较</translation>
    </message>
    <message>
        <source>Blocked a link Ava does not open: {url}</source>
        <translation>已阻止 Ava 不会打开的链接：{url}</translation>
    </message>
    <message>
        <source>Still answering: press Esc to stop it, your text is kept.</source>
        <translation>仍在回答：按 Esc 停止，您的文字会保留。</translation>
    </message>
    <message>
        <source>Still reading an attachment; send again when it is ready.</source>
        <translation>仍在读取附件；准备好后请再次发送。</translation>
    </message>
    <message>
        <source>Could not save the tool choice: {exc}</source>
        <translation>无法保存工具选择：{exc}</translation>
    </message>
    <message>
        <source>The next message goes to {names}, side by side. Esc cancels.</source>
        <translation>下一条消息将并排发送给 {names}。按 Esc 取消。</translation>
    </message>
    <message>
        <source>Still answering: wait for every model, or press Esc.</source>
        <translation>仍在回答：请等待所有模型，或按 Esc。</translation>
    </message>
    <message>
        <source>Still answering: press Esc to stop it first.</source>
        <translation>仍在回答：请先按 Esc 停止。</translation>
    </message>
</context>
<context>
    <name>ChatTabBar</name>
    <message>
        <source>Close tab</source>
        <translation>关闭标签页</translation>
    </message>
    <message>
        <source>Close tab (Ctrl+W)</source>
        <translation>关闭标签页 (Ctrl+W)</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>No wrap</source>
        <translation>不换行</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>换行</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[图片：{alt}]</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Answer of {model}</source>
        <translation>{model} 的回答</translation>
    </message>
    <message>
        <source>Continue with this answer</source>
        <translation>以此回答继续</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} token/秒</translation>
    </message>
    <message>
        <source>first token {seconds} s</source>
        <translation>首个 token {seconds} 秒</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Ask Several Models</source>
        <translation>询问多个模型</translation>
    </message>
    <message>
        <source>Model {number}</source>
        <translation>模型 {number}</translation>
    </message>
    <message>
        <source>Ask These Models</source>
        <translation>询问这些模型</translation>
    </message>
    <message>
        <source>The next message goes to each model checked here; their answers stream side by side.</source>
        <translation>下一条消息将发送给这里勾选的每个模型；它们的回答并排流式显示。</translation>
    </message>
    <message>
        <source>Check two to four models, each with a provider and a model name.</source>
        <translation>勾选二到四个模型，每个都需指定服务提供方和模型名称。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line</source>
        <translation>消息 — Enter 发送，Shift+Enter 换行</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>ContextChecks</name>
    <message>
        <source>Too long for the model</source>
        <translation>对模型来说太长</translation>
    </message>
    <message>
        <source>Send the First Part of {name}</source>
        <translation>发送 {name} 的开头部分</translation>
    </message>
    <message>
        <source>Leave Out the Oldest {drop} Messages</source>
        <translation>省略最早的 {drop} 条消息</translation>
    </message>
    <message>
        <source>New Conversation from a Summary</source>
        <translation>从摘要开始新对话</translation>
    </message>
    <message numerus="yes">
        <source>This request takes about {count} token(s), and the model&apos;s context holds {limit} (with room for the answer). What should Ava do?</source>
        <translation>
            <numerusform>此请求约需 {count} 个 token，而模型上下文可容纳 {limit} 个（已为回答留出空间）。Ava 应该怎么做？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} alone is about {count} token(s) ({chars} characters); about {room} are free.</source>
        <translation>
            <numerusform>仅 {name} 就约有 {count} 个 token（{chars} 个字符）；约有 {room} 个可用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave Out the Oldest %n Message(s)</source>
        <translation>
            <numerusform>省略最早的 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <source>The server says this request is longer than the model&apos;s context. What should Ava do?</source>
        <translation>服务器表示此请求超出了模型的上下文长度。Ava 应该怎么做？</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <source>Context: not measured yet</source>
        <extracomment>(light theme, dark theme) text colours, readable on each theme&apos;s window background.</extracomment>
        <translation>上下文：尚未测量</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>counted by the model&apos;s tokenizer</source>
        <translation>由模型的分词器计数</translation>
    </message>
    <message>
        <source>as reported by the server</source>
        <translation>由服务器报告</translation>
    </message>
    <message>
        <source>, near the limit</source>
        <translation>，接近上限</translation>
    </message>
    <message>
        <source>, too long for the model</source>
        <translation>，对模型来说太长</translation>
    </message>
    <message>
        <source>Context: {used} of {limit} tokens ({how})</source>
        <translation>上下文：{used} / {limit} 个 token（{how}）</translation>
    </message>
    <message>
        <source>Context: {used} tokens ({how})</source>
        <translation>上下文：{used} 个 token（{how}）</translation>
    </message>
</context>
<context>
    <name>ContextTip</name>
    <message>
        <source>set in Settings</source>
        <translation>在设置中指定</translation>
    </message>
    <message>
        <source>from the server&apos;s model list</source>
        <translation>来自服务器的模型列表</translation>
    </message>
    <message>
        <source>the local model&apos;s context size (n_ctx)</source>
        <translation>本地模型的上下文大小 (n_ctx)</translation>
    </message>
    <message>
        <source>typical for this model (approximate)</source>
        <translation>该模型的典型值（近似）</translation>
    </message>
    <message numerus="yes">
        <source>{count} token(s) in the next request</source>
        <translation>
            <numerusform>下一次请求共 {count} 个 token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• {count} as the server reported after the last answer</source>
        <translation>
            <numerusform>• {count} 个：服务器在上次回答后报告的数量</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• {count} counted by the model&apos;s tokenizer</source>
        <translation>
            <numerusform>• {count} 个：由模型的分词器计数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• about {count} estimated (≈4 characters per token, 1 per CJK character; images by the provider&apos;s formula)</source>
        <translation>
            <numerusform>• 约 {count} 个：估算值（约 4 个字符算 1 个 token，每个中日韩字符算 1 个；图片按服务商的公式）</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates for this model were {percent}% low against the server&apos;s count; corrected ×{ratio}.</source>
        <translation>该模型的估算比服务器的计数低 {percent}%；已按 ×{ratio} 校正。</translation>
    </message>
    <message>
        <source>Estimates for this model were {percent}% high against the server&apos;s count; corrected ×{ratio}.</source>
        <translation>该模型的估算比服务器的计数高 {percent}%；已按 ×{ratio} 校正。</translation>
    </message>
    <message>
        <source>Context window: {limit} tokens, {source}.</source>
        <translation>上下文窗口：{limit} 个 token，{source}。</translation>
    </message>
    <message>
        <source>{reserve} of them are kept free for the answer.</source>
        <translation>其中 {reserve} 个留给回答。</translation>
    </message>
    <message>
        <source>This model&apos;s context window is not known: set it in Settings (model_context_windows).</source>
        <translation>该模型的上下文窗口未知：请在设置中指定 (model_context_windows)。</translation>
    </message>
    <message numerus="yes">
        <source>Too long: leaving out the %n oldest message(s) would make it fit.</source>
        <translation>
            <numerusform>太长了：省略最早的 %n 条消息即可放下。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long even without older messages: start a new conversation with a summary.</source>
        <translation>即使省略较早的消息仍然太长：请用摘要开始一个新对话。</translation>
    </message>
</context>
<context>
    <name>ConversationCommands</name>
    <message>
        <source>No closed tab to reopen</source>
        <translation>没有可重新打开的已关闭标签页</translation>
    </message>
    <message>
        <source>That conversation no longer exists</source>
        <translation>该对话已不存在</translation>
    </message>
    <message>
        <source>History is not available (the database could not be opened)</source>
        <translation>历史记录不可用（无法打开数据库）</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>已删除“{title}”</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>未命名对话</translation>
    </message>
    <message>
        <source>Could not read the conversations: {exc}</source>
        <translation>无法读取对话：{exc}</translation>
    </message>
    <message>
        <source>Could not search: {exc}</source>
        <translation>无法搜索：{exc}</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>未找到任何内容</translation>
    </message>
</context>
<context>
    <name>DialogCommands</name>
    <message>
        <source>Text size {size} pt</source>
        <translation>文字大小 {size} 磅</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>默认文字大小</translation>
    </message>
    <message numerus="yes">
        <source>%n answer was cut off when Ava last stopped; the text is kept and can be continued.</source>
        <translation>
            <numerusform>Ava 上次停止时有 %n 个回答被中断；文本已保留，可以继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers were cut off when Ava last stopped; the text is kept and can be continued.</source>
        <translation>
            <numerusform>Ava 上次停止时有 %n 个回答被中断；文本已保留，可以继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for local servers…</source>
        <translation>正在查找本地服务器…</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n model(s))</source>
        <translation>
            <numerusform>{name}（%n 个模型）</numerusform>
        </translation>
    </message>
    <message>
        <source>Found {names}</source>
        <translation>找到 {names}</translation>
    </message>
    <message>
        <source>No local server answered</source>
        <translation>没有本地服务器响应</translation>
    </message>
    <message>
        <source>⚠ History is not being saved</source>
        <translation>⚠ 历史记录未被保存</translation>
    </message>
    <message>
        <source>Conversation history unavailable</source>
        <translation>对话历史不可用</translation>
    </message>
    <message>
        <source>Ava Desktop will run, but new conversations are not saved until this is resolved. The existing file was not changed.</source>
        <translation>Ava Desktop 将继续运行，但在问题解决之前新对话不会被保存。现有文件未被更改。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>Ava Desktop hit an unexpected error. It was logged; your conversations are safe.</source>
        <translation>Ava Desktop 遇到意外错误。错误已记录；您的对话是安全的。</translation>
    </message>
</context>
<context>
    <name>EndpointDraft</name>
    <message>
        <source>new, unsaved</source>
        <translation>新的，未保存</translation>
    </message>
    <message>
        <source>removed on save</source>
        <translation>保存时移除</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>本次会话</translation>
    </message>
    <message>
        <source>Header row {row}: {problem}</source>
        <translation>第 {row} 行请求头：{problem}</translation>
    </message>
    <message>
        <source>Header row {row}: {name} is listed twice.</source>
        <translation>第 {row} 行请求头：{name} 重复列出。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>The API key must not contain spaces or control characters.</source>
        <translation>API 密钥不能包含空格或控制字符。</translation>
    </message>
    <message>
        <source>The base URL now points to {new_host}: type its API key again (the stored key is only for {old_host}), or remove the key.</source>
        <translation>基础 URL 现在指向 {new_host}：请重新输入其 API 密钥（已存储的密钥仅用于 {old_host}），或移除密钥。</translation>
    </message>
    <message>
        <source>✓ Connected, but the server lists no models.</source>
        <translation>✓ 已连接，但服务器未列出任何模型。</translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>memory for this session only</source>
        <translation>仅本次会话的内存</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>移除密钥</translation>
    </message>
    <message>
        <source>Ena&amp;bled</source>
        <translation>已启用(&amp;B)</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>额外请求头</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>添加请求头</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>移除请求头</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>List the server&apos;s models with the values in this form</source>
        <translation>使用此表单中的值列出服务器的模型</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>基础 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>额外请求头(&amp;H)：</translation>
    </message>
    <message>
        <source>The key will be removed when you save</source>
        <translation>保存时将移除密钥</translation>
    </message>
    <message>
        <source>The saved key is in a keychain not available now; type it again</source>
        <translation>已保存的密钥位于当前不可用的钥匙串中；请重新输入</translation>
    </message>
    <message>
        <source>•••• stored in {where} (type to replace)</source>
        <translation>•••• 存储于{where}（输入以替换）</translation>
    </message>
    <message>
        <source>•••• kept for this session only (type to replace)</source>
        <translation>•••• 仅在本次会话中保留（输入以替换）</translation>
    </message>
    <message>
        <source>Paste the key; it is saved in {where}</source>
        <translation>粘贴密钥；它将保存在{where}</translation>
    </message>
    <message>
        <source>Fix the fields above first.</source>
        <translation>请先修正上方的字段。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s): {names}</source>
        <translation>
            <numerusform>%n 个模型：{names}</numerusform>
        </translation>
    </message>
    <message>
        <source>The test failed: {problem}</source>
        <translation>测试失败：{problem}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
</context>
<context>
    <name>EndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Tick an endpoint to enable it</source>
        <translation>勾选端点以启用它</translation>
    </message>
    <message>
        <source>{name} ({where})</source>
        <translation>{name}（{where}）</translation>
    </message>
    <message>
        <source>Custom (any OpenAI-compatible server)</source>
        <translation>自定义（任何兼容 OpenAI 的服务器）</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove endpoint</source>
        <translation>移除端点(&amp;R)</translation>
    </message>
    <message>
        <source>New endpoint &amp;from:</source>
        <translation>新端点来源(&amp;F)：</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Needs fixing before it can be saved</source>
        <translation>需要修正后才能保存</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Added {name}; Save keeps it.</source>
        <translation>已添加 {name}；点击保存即可保留。</translation>
    </message>
    <message>
        <source>Removed {name}; Cancel brings it back.</source>
        <translation>已移除 {name}；点击取消可恢复。</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Nothing to export yet</source>
        <translation>还没有可导出的内容</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json);;Web page (*.html)</source>
        <translation>Markdown (*.md);;JSON (*.json);;网页 (*.html)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported to {target}</source>
        <translation>已导出到 {target}</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>暂无可打印的内容</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>已发送到打印机</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>导出所有对话</translation>
    </message>
    <message>
        <source>Ava backup (*.json)</source>
        <translation>Ava 备份 (*.json)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n conversation(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 个对话保存到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>Conversations (*.json *.zip);;All files (*)</source>
        <translation>对话 (*.json *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) ({skipped} were already here)</source>
        <translation>
            <numerusform>已导入 %n 个对话（{skipped} 个已存在）</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a GGUF model file</source>
        <translation>添加 GGUF 模型文件</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not a GGUF model</source>
        <translation>不是 GGUF 模型</translation>
    </message>
    <message>
        <source>is not a GGUF model file (llama.cpp&apos;s format), so it cannot be loaded.</source>
        <translation>不是 GGUF 模型文件（llama.cpp 的格式），因此无法加载。</translation>
    </message>
    <message>
        <source>Local models are not installed</source>
        <translation>未安装本地模型支持</translation>
    </message>
    <message>
        <source>Install Ava Desktop with the &apos;local&apos; extra to run GGUF models: pip install &apos;ava-desktop[local]&apos;</source>
        <translation>要运行 GGUF 模型，请安装带 &apos;local&apos; 附加组件的 Ava Desktop：pip install &apos;ava-desktop[local]&apos;</translation>
    </message>
    <message>
        <source>Added {name} under Local</source>
        <translation>已将 {name} 添加到“本地”下</translation>
    </message>
    <message>
        <source>Choose a local model in this tab first</source>
        <translation>请先在此标签页中选择一个本地模型</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>在对话中查找</translation>
    </message>
    <message>
        <source>Find in this conversation</source>
        <translation>在此对话中查找</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>关闭查找</translation>
    </message>
    <message>
        <source>Earlier messages are not shown yet: scroll up to the top to load them.</source>
        <translation>较早的消息尚未显示：滚动到顶部即可加载。</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>None shown, %1 in earlier messages</source>
        <translation>当前显示中无匹配，较早的消息中有 %1 处</translation>
    </message>
    <message>
        <source>(+%1 in earlier messages)</source>
        <translation>（较早的消息中另有 %1 处）</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 处匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 处</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Local and free servers only</source>
        <translation>仅本地和免费服务器</translation>
    </message>
    <message>
        <source>Always, also paid endpoints</source>
        <translation>始终（包括付费端点）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Temperature must be a number from {lo} to {hi}, or blank for the provider&apos;s default.</source>
        <translation>温度必须是 {lo} 到 {hi} 之间的数字，留空则使用服务提供方的默认值。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>新语言将在重启后生效。</translation>
    </message>
    <message>
        <source>none (HTTPS_PROXY is used if set)</source>
        <translation>无（如已设置则使用 HTTPS_PROXY）</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>provider default (0–2)</source>
        <translation>服务提供方默认值 (0–2)</translation>
    </message>
    <message>
        <source>After the first answer, ask the same model for a short title for the conversation. “Local and free” means only where no API key is sent (your own models, local servers, keyless endpoints, OpenRouter&apos;s free models): an endpoint with a key may charge for the extra request. A title you give by hand is never replaced.</source>
        <translation>第一次回答之后，请同一个模型为对话起一个简短的标题。“本地和免费”指只在不发送 API 密钥的地方（你自己的模型、本地服务器、无密钥的端点、OpenRouter 的免费模型）：带密钥的端点可能会为这次额外请求收费。你手动起的标题永远不会被替换。</translation>
    </message>
    <message>
        <source>Show &amp;offline providers (CodeLinkAva)</source>
        <translation>显示离线的服务提供方 (CodeLinkAva)(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Discover local servers (Ollama, LM Studio, …)</source>
        <translation>发现本地服务器（Ollama、LM Studio 等）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add preset</source>
        <translation>添加预设(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve preset</source>
        <translation>移除预设(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Proxy URL:</source>
        <translation>代理 URL(&amp;P)：</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>字体大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>Default s&amp;ystem prompt:</source>
        <translation>默认系统提示词(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>最大 token 数(&amp;M)：</translation>
    </message>
    <message>
        <source>Titles &amp;by the model:</source>
        <translation>模型生成的标题(&amp;B)：</translation>
    </message>
    <message>
        <source>P&amp;rompt presets:</source>
        <translation>提示词预设(&amp;R)：</translation>
    </message>
    <message>
        <source>Preset &amp;name:</source>
        <translation>预设名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Preset te&amp;xt:</source>
        <translation>预设文本(&amp;X)：</translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name}（内置）</translation>
    </message>
    <message>
        <source>Built-in instructions are sent to the model as written, in English.</source>
        <translation>内置指令会按原文（英文）发送给模型。</translation>
    </message>
    <message>
        <source>My preset</source>
        <translation>我的预设</translation>
    </message>
    <message>
        <source>A prompt preset has no name.</source>
        <translation>有一个提示词预设没有名称。</translation>
    </message>
    <message>
        <source>There is already a prompt preset named {name}.</source>
        <translation>已存在名为 {name} 的提示词预设。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Search all conversations…</source>
        <translation>搜索所有对话…</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>搜索所有对话</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>新标题</translation>
    </message>
    <message>
        <source>Could not read the history: {exc}</source>
        <translation>无法读取历史记录：{exc}</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>未命名对话</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 个对话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>未找到任何内容</translation>
    </message>
    <message>
        <source>Deleted “{title}” — Undo brings it back</source>
        <translation>已删除“{title}”— 点击“撤销删除”可恢复</translation>
    </message>
</context>
<context>
    <name>LaunchFiles</name>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>Ava Desktop opens conversation backups (.json), ChatGPT exports (.zip) and GGUF model files.</source>
        <translation>Ava Desktop 可以打开对话备份 (.json)、ChatGPT 导出文件 (.zip) 和 GGUF 模型文件。</translation>
    </message>
    <message>
        <source>• {name}: import conversations</source>
        <translation>• {name}：导入对话</translation>
    </message>
    <message>
        <source>• {name}: add as a local model</source>
        <translation>• {name}：添加为本地模型</translation>
    </message>
    <message>
        <source>• {name}: not a file Ava Desktop can open (skipped)</source>
        <translation>• {name}：不是 Ava Desktop 可以打开的文件（已跳过）</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Ava Desktop was asked to open:</source>
        <translation>Ava Desktop 被要求打开：</translation>
    </message>
</context>
<context>
    <name>LocalModelDialog</name>
    <message>
        <source>Local model: {name}</source>
        <translation>本地模型：{name}</translation>
    </message>
    <message>
        <source>Layers offloaded to the GPU; needs a GPU build of llama-cpp-python, 0 runs on the CPU</source>
        <translation>卸载到 GPU 的层数；需要支持 GPU 的 llama-cpp-python 构建，0 表示在 CPU 上运行</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Context size (tokens):</source>
        <translation>上下文大小（token）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>GPU 层数(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Conversation transcript</source>
        <translation>对话记录</translation>
    </message>
    <message>
        <source>Ava Desktop</source>
        <translation>Ava Desktop</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>已打开的对话</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>显示或隐藏侧边栏</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Copy Conversation as Markdown</source>
        <translation>将对话复制为 Markdown</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>关闭标签页</translation>
    </message>
    <message>
        <source>{title} (answering…)</source>
        <translation>{title}（正在回答…）</translation>
    </message>
    <message>
        <source>{title} — Ava Desktop</source>
        <translation>{title} — Ava Desktop</translation>
    </message>
    <message>
        <source>Close tab?</source>
        <translation>关闭标签页？</translation>
    </message>
    <message>
        <source>“{title}” is still answering. Stop it and close the tab?</source>
        <translation>“{title}”仍在回答。要停止并关闭标签页吗？</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>Copy as plain text</source>
        <translation>复制为纯文本</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>消息操作</translation>
    </message>
    <message>
        <source>Message {number} of {count}</source>
        <translation>第 {number} 条消息，共 {count} 条</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Version {index} of {count}</source>
        <translation>第 {index} 个版本，共 {count} 个</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{host} needs an API key (401)</source>
        <translation>{host} 需要 API 密钥 (401)</translation>
    </message>
    <message>
        <source>{host} rejected the API key (401)</source>
        <translation>{host} 拒绝了该 API 密钥 (401)</translation>
    </message>
    <message>
        <source>{host} refused access (403)</source>
        <translation>{host} 拒绝访问 (403)</translation>
    </message>
    <message>
        <source>{host} says the account&apos;s quota is used up (429)</source>
        <translation>{host} 表示账户配额已用完 (429)</translation>
    </message>
    <message>
        <source>Rate limited by {host}; retry in {wait}</source>
        <translation>{host} 限制了请求频率；{wait}后重试</translation>
    </message>
    <message>
        <source>Rate limited by {host}; try again later</source>
        <translation>{host} 限制了请求频率；请稍后再试</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host}, {status})</source>
        <translation>对话超出了模型的上下文窗口 ({host}, {status})</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host})</source>
        <translation>对话超出了模型的上下文窗口 ({host})</translation>
    </message>
    <message>
        <source>{host} does not know this model ({status})</source>
        <translation>{host} 不认识此模型 ({status})</translation>
    </message>
    <message>
        <source>{host} answered {status} {reason}</source>
        <translation>{host} 返回 {status} {reason}</translation>
    </message>
    <message>
        <source>{host} answered {status} {reason} (is the base URL right?)</source>
        <translation>{host} 返回 {status} {reason}（基础 URL 是否正确？）</translation>
    </message>
    <message>
        <source>{host} reported an error in the stream</source>
        <translation>{host} 在流中报告了错误</translation>
    </message>
    <message>
        <source>{host} needs an API key ({label})</source>
        <translation>{host} 需要 API 密钥（{label}）</translation>
    </message>
    <message>
        <source>{host} rejected the API key ({label})</source>
        <translation>{host} 拒绝了该 API 密钥（{label}）</translation>
    </message>
    <message>
        <source>{host} refused access ({label})</source>
        <translation>{host} 拒绝访问（{label}）</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host}, {label})</source>
        <translation>对话超出了模型的上下文窗口（{host}，{label}）</translation>
    </message>
    <message>
        <source>{host} does not know this model ({label})</source>
        <translation>{host} 不认识这个模型（{label}）</translation>
    </message>
    <message>
        <source>{host} answered {label} (is the base URL right?)</source>
        <translation>{host} 返回了 {label}（基础 URL 正确吗？）</translation>
    </message>
    <message>
        <source>{host} refused the request ({label})</source>
        <translation>{host} 拒绝了该请求（{label}）</translation>
    </message>
    <message>
        <source>{host} answered {label}</source>
        <translation>{host} 返回了 {label}</translation>
    </message>
    <message>
        <source>{host} is overloaded and stopped the answer; try again in a moment</source>
        <translation>{host} 负载过高，已中止回答；请稍后再试</translation>
    </message>
    <message>
        <source>{host} is overloaded right now ({status}); try again in a moment</source>
        <translation>{host} 当前负载过高（{status}）；请稍后再试</translation>
    </message>
    <message>
        <source>Claude declined to answer ({host} stopped the answer: refusal)</source>
        <translation>Claude 拒绝回答（{host} 中止了回答：refusal）</translation>
    </message>
    <message>
        <source>Gemini&apos;s safety filters stopped the answer (SAFETY).</source>
        <translation>Gemini 的安全过滤器中止了回答（SAFETY）。</translation>
    </message>
    <message>
        <source>Gemini&apos;s safety filters stopped the image (IMAGE_SAFETY).</source>
        <translation>Gemini 的安全过滤器中止了图片（IMAGE_SAFETY）。</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it was reciting existing text (recitation) (RECITATION).</source>
        <translation>Gemini 中止了回答，因为它在复述已有文本（引用）（RECITATION）。</translation>
    </message>
    <message>
        <source>Gemini stopped the image because it resembled existing material (IMAGE_RECITATION).</source>
        <translation>Gemini 中止了图片，因为它与已有素材相似（IMAGE_RECITATION）。</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it contained blocked terms (BLOCKLIST).</source>
        <translation>Gemini 中止了回答，因为其中含有被屏蔽的词语（BLOCKLIST）。</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it may hold prohibited content (PROHIBITED_CONTENT).</source>
        <translation>Gemini 中止了回答，因为其中可能含有违禁内容（PROHIBITED_CONTENT）。</translation>
    </message>
    <message>
        <source>Gemini stopped the image because it may hold prohibited content (IMAGE_PROHIBITED_CONTENT).</source>
        <translation>Gemini 中止了图片，因为其中可能含有违禁内容（IMAGE_PROHIBITED_CONTENT）。</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it may hold sensitive personal information (SPII).</source>
        <translation>Gemini 中止了回答，因为其中可能含有敏感的个人信息（SPII）。</translation>
    </message>
    <message>
        <source>Gemini stopped: the model wrote a tool call that could not be read (MALFORMED_FUNCTION_CALL).</source>
        <translation>Gemini 已停止：模型写出了无法解析的工具调用（MALFORMED_FUNCTION_CALL）。</translation>
    </message>
    <message>
        <source>Gemini stopped: the model called a tool that was not offered (UNEXPECTED_TOOL_CALL).</source>
        <translation>Gemini 已停止：模型调用了未提供的工具（UNEXPECTED_TOOL_CALL）。</translation>
    </message>
    <message>
        <source>Gemini stopped: the model made too many tool calls in a row (TOO_MANY_TOOL_CALLS).</source>
        <translation>Gemini 已停止：模型连续进行了过多的工具调用（TOO_MANY_TOOL_CALLS）。</translation>
    </message>
    <message>
        <source>Gemini stopped: a tool call was sent back without its thought signature (MISSING_THOUGHT_SIGNATURE).</source>
        <translation>Gemini 已停止：回传的工具调用缺少其思考签名（MISSING_THOUGHT_SIGNATURE）。</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt for safety reasons; rephrase it or start a new conversation (SAFETY)</source>
        <translation>Gemini 出于安全原因屏蔽了提示；请换种说法或开始新的对话（SAFETY）</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because it contains blocked terms; rephrase it or start a new conversation (BLOCKLIST)</source>
        <translation>Gemini 屏蔽了提示，因为其中含有被屏蔽的词语；请换种说法或开始新的对话（BLOCKLIST）</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because it may hold prohibited content; rephrase it or start a new conversation (PROHIBITED_CONTENT)</source>
        <translation>Gemini 屏蔽了提示，因为其中可能含有违禁内容；请换种说法或开始新的对话（PROHIBITED_CONTENT）</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because of an image, for safety reasons; rephrase it or start a new conversation (IMAGE_SAFETY)</source>
        <translation>Gemini 出于安全原因因一张图片屏蔽了提示；请换种说法或开始新的对话（IMAGE_SAFETY）</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt for an unspecified reason; rephrase it or start a new conversation (OTHER)</source>
        <translation>Gemini 因未说明的原因屏蔽了提示；请换种说法或开始新的对话（OTHER）</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt ({reason}); rephrase it or start a new conversation ({reason})</source>
        <translation>Gemini 屏蔽了提示（{reason}）；请换种说法或开始新的对话（{reason}）</translation>
    </message>
    <message>
        <source>Gemini stopped: the conversation is in a language it does not support (LANGUAGE).</source>
        <translation>Gemini 已停止：对话使用了它不支持的语言（LANGUAGE）。</translation>
    </message>
    <message>
        <source>Gemini stopped the answer without saying why ({reason}).</source>
        <translation>Gemini 未说明原因就中止了回答（{reason}）。</translation>
    </message>
    <message>
        <source>The answer reached its length limit (maxOutputTokens) and was cut off there.</source>
        <translation>回答达到了长度上限（maxOutputTokens），已在此处截断。</translation>
    </message>
    <message>
        <source>The answer reached its length limit (max_tokens) and was cut off there.</source>
        <translation>回答达到了长度上限（max_tokens），已在此处截断。</translation>
    </message>
    <message>
        <source>Claude declined to answer.</source>
        <translation>Claude 拒绝回答。</translation>
    </message>
    <message>
        <source>Claude paused a long-running turn; send it again to continue.</source>
        <translation>Claude 暂停了一个耗时较长的回合；再次发送即可继续。</translation>
    </message>
    <message>
        <source>The answer from {host} was cut off: the connection broke before it was complete</source>
        <translation>来自 {host} 的回答被截断：连接在回答完成前中断了</translation>
    </message>
    <message>
        <source>The answer from {host} was cut off: the stream ended before it was complete</source>
        <translation>来自 {host} 的回答被截断：数据流在回答完成前结束了</translation>
    </message>
    <message>
        <source>Could not connect to the proxy {proxy}</source>
        <translation>无法连接到代理 {proxy}</translation>
    </message>
    <message>
        <source>Secure connection to {host} failed</source>
        <translation>与 {host} 的安全连接失败</translation>
    </message>
    <message>
        <source>Could not find the server {host} (DNS lookup failed)</source>
        <translation>找不到服务器 {host}（DNS 查询失败）</translation>
    </message>
    <message>
        <source>Could not connect to {host}: connection refused (is the server running?)</source>
        <translation>无法连接到 {host}：连接被拒绝（服务器在运行吗？）</translation>
    </message>
    <message>
        <source>Could not connect to {host}</source>
        <translation>无法连接到 {host}</translation>
    </message>
    <message>
        <source>{host} closed the connection without answering</source>
        <translation>{host} 未作回答就关闭了连接</translation>
    </message>
    <message>
        <source>The connection to {host} was reset</source>
        <translation>与 {host} 的连接被重置</translation>
    </message>
    <message>
        <source>Invalid server URL</source>
        <translation>服务器 URL 无效</translation>
    </message>
    <message>
        <source>{host} sent an invalid HTTP response</source>
        <translation>{host} 返回了无效的 HTTP 响应</translation>
    </message>
    <message>
        <source>Connection to {host} failed</source>
        <translation>与 {host} 的连接失败</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s connecting to {host}</source>
        <translation>连接 {host} 超时（{seconds} 秒）</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s waiting for an answer from {host}</source>
        <translation>等待 {host} 回答超时（{seconds} 秒）</translation>
    </message>
    <message>
        <source>{host} sent nothing for {seconds} s</source>
        <translation>{host} 已有 {seconds} 秒没有发送任何内容</translation>
    </message>
    <message>
        <source>{host} sent nothing for {seconds} s; stopped waiting for the rest of the answer</source>
        <translation>{host} 已有 {seconds} 秒没有发送任何内容；已停止等待剩余的回答</translation>
    </message>
    <message>
        <source>{host} sent an empty answer; the conversation is probably longer than the model&apos;s context window</source>
        <translation>{host} 返回了空回答；对话可能超出了模型的上下文窗口</translation>
    </message>
    <message>
        <source>Stopped after {steps} rounds of tool calls (the limit per answer); the text so far is kept.</source>
        <translation>已在 {steps} 轮工具调用后停止（每个回答的上限）；已生成的文本会保留。</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>{text}: {detail}</source>
        <translation>{text}：{detail}</translation>
    </message>
    <message>
        <source>Starting model server</source>
        <translation>正在启动模型服务器</translation>
    </message>
    <message>
        <source>Reading model file</source>
        <translation>正在读取模型文件</translation>
    </message>
    <message>
        <source>Loading weights</source>
        <translation>正在加载权重</translation>
    </message>
    <message>
        <source>Creating context</source>
        <translation>正在创建上下文</translation>
    </message>
    <message>
        <source>Starting server</source>
        <translation>正在启动服务器</translation>
    </message>
    <message>
        <source>Model ready</source>
        <translation>模型已就绪</translation>
    </message>
    <message>
        <source>The answer passed {limit} characters and was cut off there, to keep Ava responsive (the text so far is kept).</source>
        <translation>回答超过了 {limit} 个字符，已在此处截断，以免 Ava 失去响应（已生成的文本会保留）。</translation>
    </message>
    <message>
        <source>The answer reached its length limit (max tokens) and stopped there; Continue asks for more.</source>
        <translation>回答达到了长度上限（max tokens）并在此停止；点击“继续”可获取更多内容。</translation>
    </message>
    <message>
        <source>Rate limited by {host}; retrying in {seconds} s (Esc cancels)</source>
        <translation>{host} 限制了请求频率；{seconds} 秒后重试（按 Esc 取消）</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>正在重试…</translation>
    </message>
    <message>
        <source>The attachment {name} is missing from the database, so this conversation cannot be sent as it is; edit the message to attach it again.</source>
        <translation>数据库中缺少附件 {name}，因此无法按原样发送此对话；请编辑消息并重新附加它。</translation>
    </message>
    <message>
        <source>{model} cannot see images. Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} 无法识别图片。请选择支持视觉的模型，或编辑消息去掉图片；您的消息已保留。</translation>
    </message>
    <message>
        <source>{model} ({where}) cannot see images. Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model}（{where}）无法识别图片。请选择支持视觉的模型，或编辑消息去掉图片；您的消息已保留。</translation>
    </message>
    <message>
        <source>{model} does not accept images (the server said: {said}). Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} 不接受图片（服务器返回：{said}）。请选择支持视觉的模型，或编辑消息去掉图片；您的消息已保留。</translation>
    </message>
    <message>
        <source>Local models are not available in this run</source>
        <translation>本次运行中无法使用本地模型</translation>
    </message>
    <message>
        <source>There is no local model named {model}; choose one of: {names}</source>
        <translation>没有名为 {model} 的本地模型；请从以下模型中选择：{names}</translation>
    </message>
    <message>
        <source>There is no local model named {model}, and none is installed</source>
        <translation>没有名为 {model} 的本地模型，也没有安装任何本地模型</translation>
    </message>
    <message>
        <source>This conversation is too long for the model&apos;s context ({tokens} tokens): start a new chat, or raise the context size in Chat → Local Model Options.</source>
        <translation>此对话超出了模型的上下文（{tokens} 个 token）：请开始新的聊天，或在“聊天 → 本地模型选项”中增大上下文大小。</translation>
    </message>
    <message>
        <source>Could not load model {name}: the file is not there</source>
        <translation>无法加载模型 {name}：文件不存在</translation>
    </message>
    <message>
        <source>Could not load model {name}: not a GGUF model file</source>
        <translation>无法加载模型 {name}：不是 GGUF 模型文件</translation>
    </message>
    <message>
        <source>Could not load model {name}</source>
        <translation>无法加载模型 {name}</translation>
    </message>
    <message>
        <source>Could not load model {name}: the server exited with status {status}</source>
        <translation>无法加载模型 {name}：服务器已退出，状态码 {status}</translation>
    </message>
    <message>
        <source>The local model server could not bind a loopback port</source>
        <translation>本地模型服务器无法绑定回环端口</translation>
    </message>
    <message>
        <source>The local model server did not answer within {seconds} s (model {name})</source>
        <translation>本地模型服务器在 {seconds} 秒内没有响应（模型 {name}）</translation>
    </message>
    <message>
        <source>The local model server is not running</source>
        <translation>本地模型服务器未运行</translation>
    </message>
    <message>
        <source>{name}: the file is not there any more.</source>
        <translation>{name}：文件已不存在。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>{name} cannot be opened ({reason}).</source>
        <translation>无法打开 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>无法读取 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a device, pipe or socket); it was not read.</source>
        <translation>{name} 不是普通文件（而是设备、管道或套接字）；未读取。</translation>
    </message>
    <message>
        <source>{name} is {size}, over the {limit_size} limit for attachments.</source>
        <translation>{name} 大小为 {size}，超过了附件上限 {limit_size}。</translation>
    </message>
    <message>
        <source>{name} grew past the {limit_size} limit for attachments.</source>
        <translation>{name} 增长后超过了附件上限 {limit_size}。</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to send.</source>
        <translation>{name} 是空的：没有可发送的内容。</translation>
    </message>
    <message>
        <source>{name} is empty: there is no text to send.</source>
        <translation>{name} 是空的：没有可发送的文本。</translation>
    </message>
    <message>
        <source>{name} is an image; attach it as an image.</source>
        <translation>{name} 是图片；请作为图片附加。</translation>
    </message>
    <message>
        <source>{name} is a {format} image; Ava attaches PNG, JPEG, WebP, GIF and BMP images (export it as PNG or JPEG).</source>
        <translation>{name} 是 {format} 图片；Ava 只能附加 PNG、JPEG、WebP、GIF 和 BMP 图片（请将其导出为 PNG 或 JPEG）。</translation>
    </message>
    <message>
        <source>{name} is in the old Word (.doc) or Office format Ava cannot read; save it as .docx or PDF and attach that.</source>
        <translation>{name} 是 Ava 无法读取的旧版 Word (.doc) 或 Office 格式；请另存为 .docx 或 PDF 后再附加。</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive; Ava attaches text, code, PDF, Word (.docx) and image files, not archives.</source>
        <translation>{name} 是 ZIP 压缩包；Ava 可附加文本、代码、PDF、Word (.docx) 和图片文件，不支持压缩包。</translation>
    </message>
    <message>
        <source>{name} starts like {encoding} text but is not valid in that encoding.</source>
        <translation>{name} 的开头像 {encoding} 文本，但不符合该编码。</translation>
    </message>
    <message>
        <source>Conversation #{number} is malformed, so nothing was imported: {problem}</source>
        <translation>会话 #{number} 格式有误，因此未导入任何内容：{problem}</translation>
    </message>
    <message>
        <source>Conversation #{number} “{title}” is malformed, so nothing was imported: {problem}</source>
        <translation>会话 #{number}“{title}”格式有误，因此未导入任何内容：{problem}</translation>
    </message>
    <message numerus="yes">
        <source>{name} is not UTF-8 text (%n byte(s) not valid UTF-8; it may be Latin-1 or Windows-1252). Save it as UTF-8 and attach it again.</source>
        <translation>
            <numerusform>{name} 不是 UTF-8 文本（有 %n 个字节不是有效的 UTF-8，可能是 Latin-1 或 Windows-1252）。请另存为 UTF-8 后重新附加。</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} holds binary data, not text (or text in UTF-16 without a byte-order mark); Ava attaches text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and image files.</source>
        <translation>{name} 包含二进制数据而非文本（或是没有字节顺序标记的 UTF-16 文本）；Ava 可附加文本、Markdown、代码、CSV、JSON、HTML、PDF、Word (.docx) 和图片文件。</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n page(s); Ava reads at most {limit}. Split it, or attach the pages you need.</source>
        <translation>
            <numerusform>{name} 有 %n 页；Ava 最多读取 {limit} 页。请拆分文件，或只附加需要的页面。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {name} took longer than {seconds} s (stopped at page {page} of {pages}); nothing was attached.</source>
        <translation>读取 {name} 超过了 {seconds} 秒（停在第 {page} 页，共 {pages} 页）；未附加任何内容。</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF (its structure loops).</source>
        <translation>{name} 是损坏的 PDF（其结构存在循环）。</translation>
    </message>
    <message>
        <source>{name} is damaged, or not a PDF Ava can read ({error}).</source>
        <translation>{name} 已损坏，或不是 Ava 能读取的 PDF（{error}）。</translation>
    </message>
    <message numerus="yes">
        <source>{name} has no text layer (%n page(s) of pictures, perhaps a scan); Ava cannot read text from images of pages, so nothing was attached.</source>
        <translation>
            <numerusform>{name} 没有文本层（%n 页图片，可能是扫描件）；Ava 无法从页面图片中读取文本，因此未附加任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is protected by a password, so its text cannot be read; save a copy without the password and attach that.</source>
        <translation>{name} 受密码保护，无法读取其中的文本；请另存一份不带密码的副本再附加。</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file (bad ZIP).</source>
        <translation>{name} 是损坏的 Word 文件（ZIP 结构错误）。</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive but not a Word document.</source>
        <translation>{name} 是 ZIP 压缩包，但不是 Word 文档。</translation>
    </message>
    <message>
        <source>{name} is not a Word file Ava can read ({error}).</source>
        <translation>{name} 不是 Ava 能读取的 Word 文件（{error}）。</translation>
    </message>
    <message>
        <source>{name} has no text to send.</source>
        <translation>{name} 中没有可发送的文本。</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not opened: it holds %n file(s) (a ZIP bomb, or far too big).</source>
        <translation>
            <numerusform>未打开 {name}：其中有 %n 个文件（ZIP 炸弹，或体积过大）。</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not opened: it would unpack to {size}, over the {limit_size} limit (a ZIP bomb, or far too big).</source>
        <translation>未打开 {name}：解压后将达到 {size}，超过上限 {limit_size}（ZIP 炸弹，或体积过大）。</translation>
    </message>
    <message>
        <source>The tools of {server} are unavailable: {why}</source>
        <translation>{server} 的工具不可用：{why}</translation>
    </message>
    <message>
        <source>{name} did not start within {seconds} s</source>
        <translation>{name} 未在 {seconds} 秒内启动</translation>
    </message>
    <message>
        <source>{name} could not start</source>
        <translation>{name} 无法启动</translation>
    </message>
    <message>
        <source>{name} stopped unexpectedly</source>
        <translation>{name} 意外停止</translation>
    </message>
    <message>
        <source>{name}: {problem} (see mcp.json)</source>
        <translation>{name}：{problem}（见 mcp.json）</translation>
    </message>
    <message>
        <source>{why} (next try in {seconds} s)</source>
        <translation>{why}（{seconds} 秒后重试）</translation>
    </message>
    <message>
        <source>{name} did not list its tools within {seconds} s</source>
        <translation>{name} 未在 {seconds} 秒内列出其工具</translation>
    </message>
    <message>
        <source>{name} stopped while listing its tools</source>
        <translation>{name} 在列出工具时停止了</translation>
    </message>
    <message>
        <source>{name} failed listing its tools</source>
        <translation>{name} 列出工具失败</translation>
    </message>
    <message>
        <source>{name} was not opened: one part is compressed {ratio} to 1 (a ZIP bomb, or far too big).</source>
        <translation>未打开 {name}：其中一部分的压缩比为 {ratio} 比 1（ZIP 炸弹，或体积过大）。</translation>
    </message>
    <message>
        <source>{name}: cancelled.</source>
        <translation>{name}：已取消。</translation>
    </message>
    <message>
        <source>Reading {name} took longer than {seconds} s and was stopped; nothing was attached.</source>
        <translation>读取 {name} 超过了 {seconds} 秒，已停止；未附加任何内容。</translation>
    </message>
    <message>
        <source>Reading {name} needed more than {limit_size} of memory and was stopped; nothing was attached.</source>
        <translation>读取 {name} 需要超过 {limit_size} 的内存，已停止；未附加任何内容。</translation>
    </message>
    <message>
        <source>{name} could not be read (the reader stopped, code {code}).</source>
        <translation>无法读取 {name}（读取进程已停止，代码 {code}）。</translation>
    </message>
    <message>
        <source>This file is neither an Ava Desktop backup nor a ChatGPT export (conversations.json).</source>
        <translation>此文件既不是 Ava Desktop 备份，也不是 ChatGPT 导出文件 (conversations.json)。</translation>
    </message>
    <message>
        <source>The folder {name} has no conversations.json (is it an unpacked ChatGPT data export?).</source>
        <translation>文件夹 {name} 中没有 conversations.json（这是解压后的 ChatGPT 数据导出吗？）。</translation>
    </message>
    <message>
        <source>Cannot read {name} ({reason}).</source>
        <translation>无法读取 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>{name} is too large to import.</source>
        <translation>{name} 太大，无法导入。</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size}).</source>
        <translation>{name} 太大，无法导入（{size}）。</translation>
    </message>
    <message>
        <source>{name} is not a readable zip archive ({error}).</source>
        <translation>{name} 不是可读取的 ZIP 压缩包（{error}）。</translation>
    </message>
    <message>
        <source>{name} does not contain a conversations.json (is it a ChatGPT data export?).</source>
        <translation>{name} 中没有 conversations.json（这是 ChatGPT 数据导出吗？）。</translation>
    </message>
    <message>
        <source>The conversations.json in {name} is too large to import.</source>
        <translation>{name} 中的 conversations.json 太大，无法导入。</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, so it is not a JSON export.</source>
        <translation>{name} 不是 UTF-8 文本，因此不是 JSON 导出文件。</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be an export.</source>
        <translation>{name} 的嵌套层级太深，不是导出文件。</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}).</source>
        <translation>{name} 不是有效的 JSON（{error}）。</translation>
    </message>
    <message>
        <source>Import failed while saving ({error}); nothing was imported.</source>
        <translation>导入在保存时失败（{error}）；未导入任何内容。</translation>
    </message>
    <message>
        <source>This Ava Desktop backup has no valid format version.</source>
        <translation>此 Ava Desktop 备份没有有效的格式版本。</translation>
    </message>
    <message>
        <source>This backup was written by a newer Ava Desktop (format {version}, this version reads up to {supported}). Update to import it.</source>
        <translation>此备份由更新版本的 Ava Desktop 写入（格式 {version}，当前版本最高支持 {supported}）。请更新后再导入。</translation>
    </message>
    <message>
        <source>This Ava Desktop backup has no list of conversations.</source>
        <translation>此 Ava Desktop 备份中没有对话列表。</translation>
    </message>
    <message>
        <source>This Ava Desktop backup&apos;s attachments (“blobs”) are not an object.</source>
        <translation>此 Ava Desktop 备份的附件（“blobs”）不是对象。</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is malformed.</source>
        <translation>此备份中的附件 {sha}… 格式有误。</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is not valid base64.</source>
        <translation>此备份中的附件 {sha}… 不是有效的 base64。</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is damaged: its bytes do not match their SHA-256 checksum, so they are not what was saved.</source>
        <translation>此备份中的附件 {sha}… 已损坏：其字节与 SHA-256 校验和不符，已不是当初保存的内容。</translation>
    </message>
    <message>
        <source>The conversation database {path} is damaged. The file was kept unchanged; move it aside (or restore a backup) to start with an empty history</source>
        <translation>对话数据库 {path} 已损坏。文件保持原样；请将其移走（或恢复备份），以空的历史记录开始</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database (unexpected file header). The file was kept unchanged; move it aside (or restore a backup) to start with an empty history.</source>
        <translation>{path} 不是 SQLite 数据库（文件头异常）。文件保持原样；请将其移走（或恢复备份），以空的历史记录开始。</translation>
    </message>
    <message>
        <source>The conversation database {path} failed its integrity check. The file was kept unchanged; move it aside (or restore a backup) to start with an empty history</source>
        <translation>对话数据库 {path} 未通过完整性检查。文件保持原样；请将其移走（或恢复备份），以空的历史记录开始</translation>
    </message>
    <message>
        <source>The conversation database {path} could not be checked. The file was kept unchanged; history is not saved meanwhile</source>
        <translation>无法检查对话数据库 {path}。文件保持原样；在此期间不会保存历史记录</translation>
    </message>
    <message>
        <source>The conversation database {path} is locked by another program</source>
        <translation>对话数据库 {path} 被其他程序锁定</translation>
    </message>
    <message>
        <source>The conversation database {path} is already in use by another Ava Desktop window (lock file {lock}). Close the other instance, or start this one with a different --data-dir.</source>
        <translation>对话数据库 {path} 已被另一个 Ava Desktop 窗口使用（锁文件 {lock}）。请关闭另一个实例，或使用不同的 --data-dir 启动本实例。</translation>
    </message>
    <message>
        <source>The conversation database {path} was written by a newer Ava Desktop (schema version {version}; this version knows up to {supported}). The file was kept unchanged; update Ava Desktop to open it.</source>
        <translation>对话数据库 {path} 由更新版本的 Ava Desktop 写入（架构版本 {version}；当前版本最高支持 {supported}）。文件保持原样；请更新 Ava Desktop 后再打开。</translation>
    </message>
    <message>
        <source>Cannot keep a copy of {path} before upgrading it. The file was kept unchanged; free some disk space and start again</source>
        <translation>升级前无法保留 {path} 的副本。文件保持原样；请释放一些磁盘空间后重新启动</translation>
    </message>
    <message>
        <source>Cannot use the conversation database {path}</source>
        <translation>无法使用对话数据库 {path}</translation>
    </message>
    <message>
        <source>{path} exists but is not a file</source>
        <translation>{path} 已存在，但不是文件</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>代理 URL</translation>
    </message>
    <message>
        <source>{what} must be text.</source>
        <translation>{what}必须是文本。</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what}为空。</translation>
    </message>
    <message>
        <source>{what} must not contain spaces or control characters.</source>
        <translation>{what}不能包含空格或控制字符。</translation>
    </message>
    <message>
        <source>{what} must start with one of: {schemes}.</source>
        <translation>{what}必须以以下之一开头：{schemes}。</translation>
    </message>
    <message>
        <source>{what} has no host name.</source>
        <translation>{what}中没有主机名。</translation>
    </message>
    <message>
        <source>{what} has an invalid port.</source>
        <translation>{what}中的端口无效。</translation>
    </message>
    <message>
        <source>{what} must not contain a user name or password; use the API key.</source>
        <translation>{what}中不能包含用户名或密码；请使用 API 密钥。</translation>
    </message>
    <message>
        <source>Header names and values must be text.</source>
        <translation>标头的名称和值必须是文本。</translation>
    </message>
    <message>
        <source>Header name {name} is not a valid HTTP header name.</source>
        <translation>标头名称 {name} 不是有效的 HTTP 标头名称。</translation>
    </message>
    <message>
        <source>Header {name}: value must not contain line breaks.</source>
        <translation>标头 {name}：值中不能包含换行。</translation>
    </message>
    <message>
        <source>Header {name} carries a secret and would be saved in plain text; put the key in the API key field instead.</source>
        <translation>标头 {name} 含有机密信息，会以明文保存；请改为将密钥填入 API 密钥字段。</translation>
    </message>
    <message>
        <source>No system keychain found; keys will be kept for this session only.</source>
        <translation>未找到系统钥匙串；密钥只会保存在本次会话中。</translation>
    </message>
    <message>
        <source>The system keychain could not store the key ({reason}); it will be kept for this session only.</source>
        <translation>系统钥匙串无法保存该密钥（{reason}）；它只会保存在本次会话中。</translation>
    </message>
    <message>
        <source>The API key for {endpoint} was entered for {key_host}; the endpoint now points at {host}, so the key is not sent there. Enter the key again in Settings if this server should have it.</source>
        <translation>{endpoint} 的 API 密钥是为 {key_host} 输入的；该端点现在指向 {host}，因此不会把密钥发送过去。如果该服务器应使用此密钥，请在设置中重新输入。</translation>
    </message>
    <message>
        <source>The model&apos;s tokenizer did not answer; estimated instead</source>
        <translation>模型的分词器没有响应；改用估算</translation>
    </message>
    <message>
        <source>{host} sent a malformed line in the stream</source>
        <translation>{host} 在流中发送了格式错误的行</translation>
    </message>
    <message>
        <source>{host} sent data that is not a JSON object</source>
        <translation>{host} 发送的数据不是 JSON 对象</translation>
    </message>
    <message>
        <source>{host} sent a chunk with unexpected choices</source>
        <translation>{host} 发送的数据块包含意外的 choices</translation>
    </message>
    <message>
        <source>{host} sent a chunk with an unexpected delta</source>
        <translation>{host} 发送的数据块包含意外的 delta</translation>
    </message>
    <message>
        <source>{host} sent JSON that is not a chat completion chunk</source>
        <translation>{host} 发送的 JSON 不是聊天补全数据块</translation>
    </message>
    <message>
        <source>{host} sent a chunk with unexpected content</source>
        <translation>{host} 发送的数据块内容出乎意料</translation>
    </message>
    <message>
        <source>{host} sent a content block without an index</source>
        <translation>{host} 发送了没有索引的内容块</translation>
    </message>
    <message>
        <source>{host} sent a content block delta without a delta</source>
        <translation>{host} 发送的内容块增量中没有 delta</translation>
    </message>
    <message>
        <source>{host} sent a delta for a block that never started</source>
        <translation>{host} 为一个从未开始的块发送了增量</translation>
    </message>
    <message>
        <source>{host} sent a tool call over {limit} characters</source>
        <translation>{host} 发送的工具调用超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>{host} sent an error it did not describe</source>
        <translation>{host} 发送了一个未加说明的错误</translation>
    </message>
    <message>
        <source>{host} sent a chunk that could not be understood</source>
        <translation>{host} 发送了无法理解的数据块</translation>
    </message>
    <message>
        <source>{host} answered with one JSON reply instead of an event stream (does it support streaming?)</source>
        <translation>{host} 返回了单个 JSON 响应而不是事件流（它支持流式传输吗？）</translation>
    </message>
    <message>
        <source>{host} did not answer with an event stream (got {mime})</source>
        <translation>{host} 未以事件流响应（收到 {mime}）</translation>
    </message>
    <message>
        <source>{host} did not answer with an event stream (got {mime}); is the server URL right?</source>
        <translation>{host} 未以事件流响应（收到 {mime}）；服务器 URL 正确吗？</translation>
    </message>
    <message>
        <source>{host} did not answer the model list with JSON</source>
        <translation>{host} 返回的模型列表不是 JSON</translation>
    </message>
    <message>
        <source>{host} answered the model list with unexpected JSON</source>
        <translation>{host} 返回的模型列表 JSON 格式出乎意料</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s listing the models of {host}</source>
        <translation>获取 {host} 的模型列表时在 {seconds} 秒后超时</translation>
    </message>
    <message>
        <source>Claude cannot read {mime} images (only JPEG, PNG, GIF, WebP)</source>
        <translation>Claude 无法读取 {mime} 图像（仅支持 JPEG、PNG、GIF、WebP）</translation>
    </message>
    <message>
        <source>Could not build the request for {provider}</source>
        <translation>无法为 {provider} 构建请求</translation>
    </message>
    <message>
        <source>Could not encode the request for {host}</source>
        <translation>无法为 {host} 编码请求</translation>
    </message>
    <message>
        <source>Unsupported proxy {proxy}: only http:// and https:// proxies are supported</source>
        <translation>不支持的代理 {proxy}：仅支持 http:// 和 https:// 代理</translation>
    </message>
    <message>
        <source>Cannot create the folder for {path}</source>
        <translation>无法为 {path} 创建文件夹</translation>
    </message>
    <message>
        <source>Cannot create the lock file {lock}</source>
        <translation>无法创建锁文件 {lock}</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>该条目不是 JSON 对象</translation>
    </message>
    <message>
        <source>{key} is not a string</source>
        <translation>{key} 不是字符串</translation>
    </message>
    <message>
        <source>&apos;args&apos; is not a list of strings</source>
        <translation>&apos;args&apos; 不是字符串列表</translation>
    </message>
    <message>
        <source>&apos;url&apos; must start with http:// or https://</source>
        <translation>&apos;url&apos; 必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>it has neither a &apos;command&apos; nor a &apos;url&apos;</source>
        <translation>它既没有 &apos;command&apos; 也没有 &apos;url&apos;</translation>
    </message>
    <message>
        <source>&apos;timeout&apos; must be a number of seconds up to {limit}</source>
        <translation>&apos;timeout&apos; 必须是不超过 {limit} 的秒数</translation>
    </message>
    <message>
        <source>{key} is not an object</source>
        <translation>{key} 不是对象</translation>
    </message>
    <message>
        <source>&apos;mcpServers&apos; in mcp.json is not an object; it is kept as it is</source>
        <translation>mcp.json 中的 &apos;mcpServers&apos; 不是对象；已原样保留</translation>
    </message>
    <message>
        <source>MCP server {name} cannot be used: {problem}</source>
        <translation>无法使用 MCP 服务器 {name}：{problem}</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}); no MCP servers are started for now.</source>
        <translation>无法读取 {path}（{reason}）；暂时不启动任何 MCP 服务器。</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it was kept as {backup} and no MCP servers are configured.</source>
        <translation>{path} 已损坏（{error}）；已保留为 {backup}，当前未配置 MCP 服务器。</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it could not be moved aside and no MCP servers are configured.</source>
        <translation>{path} 已损坏（{error}）；无法将其移开，当前未配置 MCP 服务器。</translation>
    </message>
    <message>
        <source>Claude Desktop&apos;s configuration was not found at {path}</source>
        <translation>未在 {path} 找到 Claude Desktop 的配置</translation>
    </message>
    <message>
        <source>Claude Desktop&apos;s configuration {path} could not be read</source>
        <translation>无法读取 Claude Desktop 的配置 {path}</translation>
    </message>
    <message>
        <source>{path} lists no MCP servers</source>
        <translation>{path} 中没有列出 MCP 服务器</translation>
    </message>
    <message>
        <source>{name} is already configured; it was left as it is</source>
        <translation>{name} 已配置；保持不变</translation>
    </message>
    <message>
        <source>{name} was imported but cannot be used: {problem}</source>
        <translation>{name} 已导入，但无法使用：{problem}</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}); default settings are used for now.</source>
        <translation>无法读取设置文件 {path}（{reason}）；暂时使用默认设置。</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it was kept as {backup} and default settings are used.</source>
        <translation>设置文件 {path} 已损坏（{error}）；已将其保留为 {backup}，并使用默认设置。</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it could not be backed up and default settings are used.</source>
        <translation>设置文件 {path} 已损坏（{error}）；无法备份，并使用默认设置。</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}; using {default}.</source>
        <translation>设置项 {key}：{problem}；改用 {default}。</translation>
    </message>
    <message>
        <source>expected {kind}, found {found}</source>
        <translation>应为{kind}，实际为 {found}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Setting {key}: invalid value; dropped.</source>
        <translation>设置项 {key}：值无效；已舍弃。</translation>
    </message>
    <message>
        <source>Setting {key}: not an object; dropped.</source>
        <translation>设置项 {key}：不是对象；已舍弃。</translation>
    </message>
    <message>
        <source>Setting {key}: missing or not text; endpoint dropped.</source>
        <translation>设置项 {key}：缺失或不是文本；已舍弃该端点。</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}. The endpoint was disabled.</source>
        <translation>设置项 {key}：{problem}。该端点已停用。</translation>
    </message>
    <message>
        <source>Setting {key}: duplicate id; a new one was given.</source>
        <translation>设置项 {key}：ID 重复；已分配新的 ID。</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}; dropped.</source>
        <translation>设置项 {key}：{problem}；已舍弃。</translation>
    </message>
    <message>
        <source>value must be text</source>
        <translation>值必须是文本</translation>
    </message>
    <message>
        <source>Setting {key}: not an object; ignored.</source>
        <translation>设置项 {key}：不是对象；已忽略。</translation>
    </message>
    <message>
        <source>Setting {key}: ignored.</source>
        <translation>设置项 {key}：已忽略。</translation>
    </message>
    <message>
        <source>Setting {key}: needs a name and a text; dropped.</source>
        <translation>设置项 {key}：需要名称和文本；已舍弃。</translation>
    </message>
    <message>
        <source>Setting {key}: expected &quot;target/model&quot;: {low}..{high} tokens; ignored.</source>
        <translation>设置项 {key}：应为 &quot;target/model&quot;: {low}..{high} 个令牌；已忽略。</translation>
    </message>
    <message>
        <source>Language must be &quot;system&quot; or a code like &quot;ru&quot;, not {code}.</source>
        <translation>语言必须是 &quot;system&quot; 或类似 &quot;ru&quot; 的代码，而不是 {code}。</translation>
    </message>
    <message>
        <source>Two endpoints have the same id.</source>
        <translation>有两个端点的 ID 相同。</translation>
    </message>
    <message>
        <source>Theme must be one of {names}.</source>
        <translation>主题必须是以下之一：{names}。</translation>
    </message>
    <message>
        <source>Model titles must be one of {names}.</source>
        <translation>模型标题必须是以下之一：{names}。</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大令牌数</translation>
    </message>
    <message>
        <source>Max tool steps</source>
        <translation>最大工具步数</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}.</source>
        <translation>{what}必须介于 {low} 和 {high} 之间。</translation>
    </message>
    <message>
        <source>must be one of {names}</source>
        <translation>必须是以下之一：{names}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>必须介于 {low} 和 {high} 之间</translation>
    </message>
    <message>
        <source>is not a folder path</source>
        <translation>不是文件夹路径</translation>
    </message>
    <message>
        <source>is not base64</source>
        <translation>不是 base64</translation>
    </message>
    <message>
        <source>Local model option {name} for {path} is not valid.</source>
        <translation>{path} 的本地模型选项 {name} 无效。</translation>
    </message>
    <message>
        <source>The {name} is not base64.</source>
        <translation>{name} 不是 base64。</translation>
    </message>
    <message>
        <source>{field} should be text, not {type}</source>
        <translation>{field} 应为文本，而不是 {type}</translation>
    </message>
    <message>
        <source>{field} should be a number, not {type}</source>
        <translation>{field} 应为数字，而不是 {type}</translation>
    </message>
    <message>
        <source>{field} is out of range</source>
        <translation>{field} 超出范围</translation>
    </message>
    <message>
        <source>{field} should be an object, not {type}</source>
        <translation>{field} 应为对象，而不是 {type}</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>它不是对象</translation>
    </message>
    <message>
        <source>messages should be a list</source>
        <translation>messages 应为列表</translation>
    </message>
    <message>
        <source>a message is not an object</source>
        <translation>某条消息不是对象</translation>
    </message>
    <message>
        <source>unknown message role {role}</source>
        <translation>未知的消息角色 {role}</translation>
    </message>
    <message>
        <source>a message&apos;s content is not text</source>
        <translation>某条消息的内容不是文本</translation>
    </message>
    <message>
        <source>unknown message state {state}</source>
        <translation>未知的消息状态 {state}</translation>
    </message>
    <message>
        <source>{field} should be a message id (a number)</source>
        <translation>{field} 应为消息 ID（数字）</translation>
    </message>
    <message>
        <source>message id {id} appears twice</source>
        <translation>消息 ID {id} 出现了两次</translation>
    </message>
    <message>
        <source>message {id} follows message {parent}, which is not before it in the file</source>
        <translation>消息 {id} 接在消息 {parent} 之后，但后者在文件中并不在它之前</translation>
    </message>
    <message>
        <source>message {id} shows {child}, which is not its reply</source>
        <translation>消息 {id} 显示的 {child} 不是它的回复</translation>
    </message>
    <message>
        <source>active_root {root} is not a first message</source>
        <translation>active_root {root} 不是第一条消息</translation>
    </message>
    <message>
        <source>a message&apos;s parts should be a list</source>
        <translation>某条消息的 parts 应为列表</translation>
    </message>
    <message>
        <source>a message part is not an object with a kind</source>
        <translation>某个消息部分不是带 kind 的对象</translation>
    </message>
    <message>
        <source>an attachment&apos;s sha256 is not a SHA-256 checksum</source>
        <translation>某个附件的 sha256 不是 SHA-256 校验和</translation>
    </message>
    <message>
        <source>it has no &apos;mapping&apos; of messages</source>
        <translation>它没有消息的 &apos;mapping&apos;</translation>
    </message>
    <message>
        <source>a mapping entry is not an object</source>
        <translation>某个 mapping 条目不是对象</translation>
    </message>
    <message>
        <source>a &apos;parent&apos; link is not a node id</source>
        <translation>某个 &apos;parent&apos; 链接不是节点 ID</translation>
    </message>
    <message>
        <source>the reply tree points to a missing node {node}</source>
        <translation>回复树指向不存在的节点 {node}</translation>
    </message>
    <message>
        <source>its reply tree has a cycle</source>
        <translation>它的回复树中有循环</translation>
    </message>
    <message>
        <source>&apos;current_node&apos; does not name a message in the mapping</source>
        <translation>&apos;current_node&apos; 未指向 mapping 中的消息</translation>
    </message>
    <message>
        <source>a node&apos;s &apos;message&apos; is not an object</source>
        <translation>某个节点的 &apos;message&apos; 不是对象</translation>
    </message>
    <message>
        <source>a text message has no list of &apos;parts&apos;</source>
        <translation>某条文本消息没有 &apos;parts&apos; 列表</translation>
    </message>
</context>
<context>
    <name>ModelSelector</name>
    <message>
        <source>Provider or endpoint</source>
        <translation>服务提供方或端点</translation>
    </message>
    <message>
        <source>No provider chosen</source>
        <translation>未选择服务提供方</translation>
    </message>
    <message>
        <source>Model (pick one or type a name)</source>
        <translation>模型（选择一个或输入名称）</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>{name} (offline)</source>
        <translation>{name}（离线）</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers.</source>
        <translation>{name} 已离线：其服务不再响应。</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>loading models…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>models unavailable</source>
        <translation>模型不可用</translation>
    </message>
</context>
<context>
    <name>ParamsDialog</name>
    <message>
        <source>Default (from Settings)</source>
        <translation>默认（来自设置）</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>对话设置</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>无系统提示词</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>&amp;Prompt preset:</source>
        <translation>提示词预设(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>系统提示词(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>最大 token 数(&amp;M)：</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Prompt: {preset}</source>
        <translation>提示词：{preset}</translation>
    </message>
    <message>
        <source>max {tokens}</source>
        <translation>最多 {tokens}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Exporting as PDF…</source>
        <translation>正在导出为 PDF…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PromptPresets</name>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Concise</source>
        <translation>简洁</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>程序员</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>翻译</translation>
    </message>
</context>
<context>
    <name>RowDelegate</name>
    <message>
        <source>New title</source>
        <translation>新标题</translation>
    </message>
</context>
<context>
    <name>SendStopButton</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>停止回答 (Esc)</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>发送 (Enter)</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>停止回答</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
</context>
<context>
    <name>SessionDrawing</name>
    <message>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <source>A tool call waits for your approval in another tab.</source>
        <translation>另一个标签页中有工具调用在等待您的批准。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>端点(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>an endpoint</source>
        <translation>某个端点</translation>
    </message>
    <message>
        <source>Not saved: fix {name} first.</source>
        <translation>未保存：请先修正 {name}。</translation>
    </message>
    <message>
        <source>Not saved: fix the highlighted settings first.</source>
        <translation>未保存：请先修正突出显示的设置。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <translation>无法保存设置：{reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Message box</source>
        <translation>消息框</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>换行</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>对话记录</translation>
    </message>
    <message>
        <source>Buttons of the chosen message, then its links</source>
        <translation>所选消息的按钮，然后是其中的链接</translation>
    </message>
    <message>
        <source>Press the focused button or link</source>
        <translation>按下获得焦点的按钮或链接</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>查找栏</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>下一个 / 上一个匹配项</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>侧边栏</translation>
    </message>
    <message>
        <source>Open in this tab</source>
        <translation>在此标签页中打开</translation>
    </message>
    <message>
        <source>Open in a new tab</source>
        <translation>在新标签页中打开</translation>
    </message>
    <message>
        <source>Ctrl+Enter, middle click</source>
        <translation>Ctrl+Enter，鼠标中键单击</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete (with undo)</source>
        <translation>删除（可撤销）</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>菜单键，Shift+F10</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>标签页</translation>
    </message>
    <message>
        <source>double click</source>
        <translation>双击</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>middle click</source>
        <translation>鼠标中键单击</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>对话列表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Could not delete: {exc}</source>
        <translation>无法删除：{exc}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>Could not rename: {exc}</source>
        <translation>无法重命名：{exc}</translation>
    </message>
    <message>
        <source>Could not pin: {exc}</source>
        <translation>无法置顶：{exc}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open in New Tab	Ctrl+Enter</source>
        <translation>在新标签页中打开	Ctrl+Enter</translation>
    </message>
    <message>
        <source>Rename	F2</source>
        <translation>重命名	F2</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Delete	Del</source>
        <translation>删除	Del</translation>
    </message>
    <message>
        <source>Undo Delete	Ctrl+Z</source>
        <translation>撤销删除	Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>SidebarGroups</name>
    <message>
        <source>Pinned</source>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>{value} B</source>
        <translation>{value} B</translation>
    </message>
    <message>
        <source>{value} KB</source>
        <translation>{value} KB</translation>
    </message>
    <message>
        <source>{value} MB</source>
        <translation>{value} MB</translation>
    </message>
    <message>
        <source>{value} GB</source>
        <translation>{value} GB</translation>
    </message>
    <message>
        <source>{value} TB</source>
        <translation>{value} TB</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Notice action</source>
        <translation>通知操作</translation>
    </message>
</context>
<context>
    <name>ToolLines</name>
    <message>
        <source>waiting for you</source>
        <translation>等待你的确认</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>已拒绝</translation>
    </message>
    <message numerus="yes">
        <source>({count} character(s) in all)</source>
        <translation>
            <numerusform>（共 {count} 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ToolsButton</name>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>The tools this conversation may offer the model</source>
        <translation>此对话可以提供给模型的工具</translation>
    </message>
    <message>
        <source>Tools for this conversation</source>
        <translation>此对话的工具</translation>
    </message>
    <message>
        <source>Tools (some off)</source>
        <translation>工具（部分已关闭）</translation>
    </message>
    <message>
        <source>    {tool}</source>
        <translation>    {tool}</translation>
    </message>
    <message>
        <source>No MCP servers are on</source>
        <translation>没有已开启的 MCP 服务器</translation>
    </message>
    <message>
        <source>Manage Tools…</source>
        <translation>管理工具…</translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <source>This is not valid JSON: {exc}</source>
        <translation>这不是有效的 JSON：{exc}</translation>
    </message>
    <message>
        <source>Paste a JSON object (the mcpServers snippet of the server&apos;s README).</source>
        <translation>请粘贴一个 JSON 对象（服务器 README 中的 mcpServers 片段）。</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>请为服务器命名。</translation>
    </message>
    <message>
        <source>No server found in the snippet.</source>
        <translation>片段中未找到服务器。</translation>
    </message>
    <message>
        <source>Tools (MCP servers)</source>
        <translation>工具（MCP 服务器）</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP 服务器</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>服务器日志</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Revoke Always Allow</source>
        <translation>撤销“始终允许”</translation>
    </message>
    <message>
        <source>Import from Claude Desktop</source>
        <translation>从 Claude Desktop 导入</translation>
    </message>
    <message>
        <source>Tool steps per answer:</source>
        <translation>每个回答的工具步数：</translation>
    </message>
    <message>
        <source>How many times the model may call tools before it must answer</source>
        <translation>模型在必须回答之前最多可以调用工具的次数</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation>（已关闭）</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>No MCP servers yet. Add one by pasting the mcpServers snippet from its README, or import Claude Desktop&apos;s.</source>
        <translation>还没有 MCP 服务器。粘贴其 README 中的 mcpServers 片段即可添加，或导入 Claude Desktop 的服务器。</translation>
    </message>
    <message>
        <source>not listed yet</source>
        <translation>尚未列出</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>状态：{state}</translation>
    </message>
    <message>
        <source>Timeout: {seconds} s</source>
        <translation>超时：{seconds} 秒</translation>
    </message>
    <message>
        <source>Tools: {tools}</source>
        <translation>工具：{tools}</translation>
    </message>
    <message>
        <source>Always allowed: {tools}</source>
        <translation>始终允许：{tools}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>最近的错误：{error}</translation>
    </message>
    <message>
        <source>Turn On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Could not save mcp.json: {exc}</source>
        <translation>无法保存 mcp.json：{exc}</translation>
    </message>
    <message>
        <source>Add MCP Server</source>
        <translation>添加 MCP 服务器</translation>
    </message>
    <message>
        <source>Paste the server&apos;s mcpServers snippet (JSON):</source>
        <translation>粘贴服务器的 mcpServers 片段 (JSON)：</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>The entry of {name} (JSON):</source>
        <translation>{name} 的条目 (JSON)：</translation>
    </message>
    <message>
        <source>Saved {names}.</source>
        <translation>已保存 {names}。</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>已移除 {name}。</translation>
    </message>
    <message>
        <source>{name} did not start: {exc}</source>
        <translation>{name} 未能启动：{exc}</translation>
    </message>
    <message>
        <source>{name}&apos;s tools ask again before each call.</source>
        <translation>{name} 的工具将在每次调用前再次询问。</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>已导入 {name}</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>▾ Hide</source>
        <translation>▾ 隐藏</translation>
    </message>
    <message>
        <source>thought process</source>
        <translation>思考过程</translation>
    </message>
    <message>
        <source>▸ Show</source>
        <translation>▸ 显示</translation>
    </message>
    <message>
        <source>thought process ({words} words)</source>
        <translation>思考过程（{words} 个词）</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>version {index}/{count}</source>
        <translation>版本 {index}/{count}</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} 词元/秒</translation>
    </message>
    <message>
        <source>first token {seconds} s</source>
        <translation>首个词元 {seconds} 秒</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>显示之前的 %n 条消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>{provider} does not take %n option(s): {options}</source>
        <translation>
            <numerusform>{provider} 不接受 %n 个选项：{options}</numerusform>
        </translation>
    </message>
</context>
</TS>
