<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Ava Desktop</source>
        <translation>Ava Desktop について</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ava Desktop {version}&lt;/h2&gt;&lt;p&gt;A desktop chat client for large language models.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ava Desktop {version}&lt;/h2&gt;&lt;p&gt;大規模言語モデルのためのデスクトップ チャット クライアント。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>ライセンス:</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>データ フォルダー:</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>データ フォルダーを開く</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>ログ:</translation>
    </message>
    <message>
        <source>Open the logs folder</source>
        <translation>ログ フォルダーを開く</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation>閉じたタブを再び開く(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>タブを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Conversations and Search…</source>
        <translation>会話と検索(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>会話をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>PDF としてエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;All (Backup)…</source>
        <translation>すべてエクスポート (バックアップ)(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Copy &amp;Last Answer</source>
        <translation>最後の回答をコピー(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation…</source>
        <translation>会話内を検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Copy &amp;Conversation as Markdown</source>
        <translation>会話を Markdown でコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Conversation &amp;Sidebar</source>
        <translation>会話サイドバー(&amp;S)</translation>
    </message>
    <message>
        <source>Search in the S&amp;idebar</source>
        <translation>サイドバーで検索(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>標準の文字サイズ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>次のタブ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>前のタブ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Regenerate Answer</source>
        <translation>回答を再生成(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit Last Message</source>
        <translation>最後のメッセージを編集(&amp;E)</translation>
    </message>
    <message>
        <source>Previous &amp;Version of the Answer</source>
        <translation>回答の前のバージョン(&amp;V)</translation>
    </message>
    <message>
        <source>Next Ve&amp;rsion of the Answer</source>
        <translation>回答の次のバージョン(&amp;R)</translation>
    </message>
    <message>
        <source>Select Previous Messa&amp;ge</source>
        <translation>前のメッセージを選択(&amp;G)</translation>
    </message>
    <message>
        <source>Select &amp;Next Message</source>
        <translation>次のメッセージを選択(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Tools (MCP Servers)…</source>
        <translation>ツール (MCP サーバー)(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Find Local Servers</source>
        <translation>ローカル サーバーを探す(&amp;F)</translation>
    </message>
    <message>
        <source>Add &amp;Local Model File…</source>
        <translation>ローカル モデル ファイルを追加(&amp;L)…</translation>
    </message>
    <message>
        <source>Local &amp;Model Options…</source>
        <translation>ローカル モデルのオプション(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボード ショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Ava Desktop</source>
        <translation>Ava Desktop について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>API key not sent</source>
        <extracomment>One per app: the per-model corrections learned from reported usage are shared.</extracomment>
        <translation>API キーは送信されませんでした</translation>
    </message>
    <message>
        <source>The settings could not be saved to {path} ({reason}).</source>
        <translation>設定を {path} に保存できませんでした ({reason})。</translation>
    </message>
    <message>
        <source>The settings could not be saved ({reason}).</source>
        <translation>設定を保存できませんでした ({reason})。</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>設定が保存されていません</translation>
    </message>
    <message>
        <source>They are kept while Ava runs and saved again with the next change.</source>
        <translation>設定は Ava の実行中は保持され、次の変更時に再度保存されます。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The MCP server {name} needs you to sign in: Chat → Tools…, select it, then Sign In.</source>
        <translation>MCP サーバー {name} にはサインインが必要です：チャット → ツール…でサーバーを選び、「サインイン」を押してください。</translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <source>Tool call waiting for approval</source>
        <translation>ツール呼び出しが承認待ちです</translation>
    </message>
    <message>
        <source>Arguments of the tool call</source>
        <translation>ツール呼び出しの引数</translation>
    </message>
    <message>
        <source>Allow once (Enter)</source>
        <translation>今回だけ許可 (Enter)</translation>
    </message>
    <message>
        <source>Always allow this tool</source>
        <translation>このツールを常に許可</translation>
    </message>
    <message>
        <source>Deny (Esc)</source>
        <translation>拒否 (Esc)</translation>
    </message>
    <message numerus="yes">
        <source> (%n more waiting)</source>
        <translation>
            <numerusform> (ほかに %n 件待機中)</numerusform>
        </translation>
    </message>
    <message>
        <source>The model wants to run {tool} from the {server} server{more}. Allow it?</source>
        <translation>モデルが {server} サーバーの {tool} を実行しようとしています{more}。許可しますか?</translation>
    </message>
    <message numerus="yes">
        <source>({count} character(s) in all)</source>
        <translation>
            <numerusform>（全 {count} 文字）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachButton</name>
    <message>
        <source>Attach files or images ({shortcut})</source>
        <translation>ファイルまたは画像を添付 ({shortcut})</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Images and documents</source>
        <translation>画像とドキュメント</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} を削除</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>添付されていません</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>添付されていません</translation>
    </message>
    <message>
        <source>Attachment {name}, {state}</source>
        <translation>添付ファイル {name}、{state}</translation>
    </message>
    <message>
        <source>Delete or Backspace removes it</source>
        <translation>Delete または Backspace で削除</translation>
    </message>
</context>
<context>
    <name>AttachmentProcessor</name>
    <message>
        <source>{name} could not be attached ({error}).</source>
        <translation>{name} を添付できませんでした ({error})。</translation>
    </message>
    <message>
        <source>{name}: cancelled.</source>
        <translation>{name}: キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>{name} is cut off ({why}); attach a complete copy.</source>
        <translation>{name} は途中で切れています ({why})。完全なコピーを添付してください。</translation>
    </message>
    <message>
        <source>{name} is not an image Ava can read (PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>{name} は Ava が読み込める画像 (PNG、JPEG、WebP、GIF、BMP) ではありません。</translation>
    </message>
    <message>
        <source>{name} does not say how large it is; it is damaged or not an image.</source>
        <translation>{name} にはサイズ情報がありません。破損しているか、画像ではありません。</translation>
    </message>
    <message>
        <source>{name} claims {width} × {height} pixels ({megapixels} megapixels), over the {limit} megapixel limit; it was not opened (it could exhaust memory).</source>
        <translation>{name} は {width} × {height} ピクセル ({megapixels} メガピクセル) とされており、上限の {limit} メガピクセルを超えているため開きませんでした (メモリを使い果たすおそれがあります)。</translation>
    </message>
    <message>
        <source>{name} could not be decoded ({error}).</source>
        <translation>{name} をデコードできませんでした ({error})。</translation>
    </message>
    <message>
        <source>{name}: the clipboard image is empty.</source>
        <translation>{name}: クリップボードの画像が空です。</translation>
    </message>
    <message>
        <source>{name} is over the {limit} megapixel limit.</source>
        <translation>{name} は上限の {limit} メガピクセルを超えています。</translation>
    </message>
    <message>
        <source>the PNG has no end marker</source>
        <translation>PNG に終端マーカーがありません</translation>
    </message>
    <message>
        <source>the JPEG has no end marker</source>
        <translation>JPEG に終端マーカーがありません</translation>
    </message>
    <message>
        <source>the WebP is shorter than it says</source>
        <translation>WebP が宣言より短くなっています</translation>
    </message>
    <message>
        <source>the BMP is shorter than it says</source>
        <translation>BMP が宣言より短くなっています</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached; the link to {hosts} was not downloaded.</source>
        <translation>添付できるのはこのコンピューター上のファイルだけです。{hosts} へのリンクはダウンロードしていません。</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not attached: at most %n attachment(s) go with one message.</source>
        <translation>
            <numerusform>{name} は添付されませんでした。1 つのメッセージに添付できるのは %n 個までです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first {count} character(s) of {name} are kept (the limit for one attachment).</source>
        <translation>
            <numerusform>{name} は先頭の {count} 文字だけが保持されます（1 つの添付ファイルの上限）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{size} · {count} char(s)</source>
        <translation>
            <numerusform>{size} · {count} 文字</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is attached already.</source>
        <translation>{name} は既に添付されています。</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>画像を表示できませんでした。</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>{name} のテキスト</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>添付ファイルを保存</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>保存できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>AttachmentsAndCopy</name>
    <message>
        <source>No answer to copy yet</source>
        <translation>コピーできる回答はまだありません</translation>
    </message>
    <message>
        <source>Copied the last answer as Markdown</source>
        <translation>最後の回答を Markdown でコピーしました</translation>
    </message>
    <message>
        <source>Copied the conversation as Markdown</source>
        <translation>会話を Markdown でコピーしました</translation>
    </message>
</context>
<context>
    <name>AvaApp</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Ava Desktop</source>
        <translation>Ava Desktop</translation>
    </message>
    <message>
        <source>Ava Desktop cannot use its data folder: {exc}</source>
        <translation>Ava Desktop はデータ フォルダーを使用できません: {exc}</translation>
    </message>
    <message>
        <source>Ava Desktop is already running with the data folder {folder} but does not answer. Close it (or end its process), or start with another --data-dir.</source>
        <translation>Ava Desktop はデータ フォルダー {folder} で既に実行中ですが、応答しません。終了する (またはプロセスを終了する) か、別の --data-dir で起動してください。</translation>
    </message>
</context>
<context>
    <name>ChatSetup</name>
    <message>
        <source>No provider is connected yet. Open Settings (Ctrl+,) to add an endpoint with its API key (OpenAI, OpenRouter, Groq, DeepSeek, Mistral, …), or start a local server such as Ollama, LM Studio or llama.cpp: Ava finds it by itself (Chat → Find Local Servers).</source>
        <translation>まだプロバイダーが接続されていません。設定 (Ctrl+,) を開いて API キー付きのエンドポイント (OpenAI、OpenRouter、Groq、DeepSeek、Mistral など) を追加するか、Ollama、LM Studio、llama.cpp などのローカル サーバーを起動してください。Ava が自動的に見つけます (チャット → ローカル サーバーを探す)。</translation>
    </message>
    <message>
        <source>System prompt, temperature and length for this chat</source>
        <translation>このチャットのシステム プロンプト、温度、長さ</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>設定を開く…</translation>
    </message>
    <message>
        <source>Could not save the model choice: {exc}</source>
        <translation>選択したモデルを保存できませんでした: {exc}</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers.</source>
        <translation>{name} はオフラインです: サービスが応答しなくなりました。</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers. Pick another provider above.</source>
        <translation>{name} はオフラインです: サービスが応答しなくなりました。上で別のプロバイダーを選んでください。</translation>
    </message>
    <message>
        <source>Chatting with {name}. Type a message below.</source>
        <translation>{name} とチャット中です。下にメッセージを入力してください。</translation>
    </message>
    <message>
        <source>Could not save the chat settings: {exc}</source>
        <translation>チャットの設定を保存できませんでした: {exc}</translation>
    </message>
    <message>
        <source>Choose a provider first (Settings, Ctrl+,).</source>
        <translation>先にプロバイダーを選んでください (設定、Ctrl+,)。</translation>
    </message>
    <message>
        <source>Type or choose a model first.</source>
        <translation>先にモデルを入力するか選んでください。</translation>
    </message>
    <message>
        <source>{name} is offline; trying anyway.</source>
        <translation>{name} はオフラインですが、試してみます。</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Editing a message: Enter sends it as a new version (the old one stays), Esc cancels.</source>
        <translation>メッセージを編集中：Enter で新しいバージョンとして送信します（元のものは残ります）。Esc でキャンセル。</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <source>Ask several models the next message, side by side</source>
        <translation>次のメッセージを複数のモデルに送り、並べて比較する</translation>
    </message>
    <message>
        <source>Blocked a link Ava does not open: {url}</source>
        <translation>Ava が開かないリンクをブロックしました: {url}</translation>
    </message>
    <message>
        <source>Still answering: press Esc to stop it, your text is kept.</source>
        <translation>まだ回答中です。Esc で停止できます。入力したテキストは残ります。</translation>
    </message>
    <message>
        <source>Still reading an attachment; send again when it is ready.</source>
        <translation>添付ファイルをまだ読み込み中です。準備ができたらもう一度送信してください。</translation>
    </message>
    <message>
        <source>Could not save the tool choice: {exc}</source>
        <translation>ツールの選択を保存できませんでした: {exc}</translation>
    </message>
    <message>
        <source>The next message goes to {names}, side by side. Esc cancels.</source>
        <translation>次のメッセージは {names} に並べて送られます。Esc でキャンセル。</translation>
    </message>
    <message>
        <source>Still answering: wait for every model, or press Esc.</source>
        <translation>まだ回答中です。すべてのモデルを待つか、Esc を押してください。</translation>
    </message>
    <message>
        <source>Still answering: press Esc to stop it first.</source>
        <translation>まだ回答中です。先に Esc で停止してください。</translation>
    </message>
</context>
<context>
    <name>ChatTabBar</name>
    <message>
        <source>Close tab</source>
        <translation>タブを閉じる</translation>
    </message>
    <message>
        <source>Close tab (Ctrl+W)</source>
        <translation>タブを閉じる (Ctrl+W)</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>No wrap</source>
        <translation>折り返さない</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>折り返す</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[画像: {alt}]</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Answer of {model}</source>
        <translation>{model} の回答</translation>
    </message>
    <message>
        <source>Continue with this answer</source>
        <translation>この回答で続ける</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} トークン/秒</translation>
    </message>
    <message>
        <source>first token {seconds} s</source>
        <translation>最初のトークンまで {seconds} 秒</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Ask Several Models</source>
        <translation>複数のモデルに質問</translation>
    </message>
    <message>
        <source>Model {number}</source>
        <translation>モデル {number}</translation>
    </message>
    <message>
        <source>Ask These Models</source>
        <translation>これらのモデルに質問</translation>
    </message>
    <message>
        <source>The next message goes to each model checked here; their answers stream side by side.</source>
        <translation>次のメッセージはここでチェックした各モデルに送られ、回答が並べて表示されます。</translation>
    </message>
    <message>
        <source>Check two to four models, each with a provider and a model name.</source>
        <translation>2～4 個のモデルをチェックし、それぞれにプロバイダーとモデル名を指定してください。</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line</source>
        <translation>メッセージ — Enter で送信、Shift+Enter で改行</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>ContextChecks</name>
    <message>
        <source>Too long for the model</source>
        <translation>モデルには長すぎます</translation>
    </message>
    <message>
        <source>Send the First Part of {name}</source>
        <translation>{name} の先頭部分を送信</translation>
    </message>
    <message>
        <source>Leave Out the Oldest {drop} Messages</source>
        <translation>最も古い {drop} 件のメッセージを除外</translation>
    </message>
    <message>
        <source>New Conversation from a Summary</source>
        <translation>要約から新しい会話を始める</translation>
    </message>
    <message numerus="yes">
        <source>This request takes about {count} token(s), and the model&apos;s context holds {limit} (with room for the answer). What should Ava do?</source>
        <translation>
            <numerusform>このリクエストは約 {count} トークンですが、モデルのコンテキストは {limit} トークンまでです (回答の余地を含む)。どうしますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} alone is about {count} token(s) ({chars} characters); about {room} are free.</source>
        <translation>
            <numerusform>{name} だけで約 {count} トークン ({chars} 文字) あり、空きは約 {room} です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave Out the Oldest %n Message(s)</source>
        <translation>
            <numerusform>最も古い %n 件のメッセージを除外</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>このまま送信</translation>
    </message>
    <message>
        <source>The server says this request is longer than the model&apos;s context. What should Ava do?</source>
        <translation>サーバーによると、このリクエストはモデルのコンテキストを超えています。Ava はどうしますか？</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <source>Context: not measured yet</source>
        <extracomment>(light theme, dark theme) text colours, readable on each theme&apos;s window background.</extracomment>
        <translation>コンテキスト: 未計測</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>counted by the model&apos;s tokenizer</source>
        <translation>モデルのトークナイザーで計数</translation>
    </message>
    <message>
        <source>as reported by the server</source>
        <translation>サーバーの報告値</translation>
    </message>
    <message>
        <source>, near the limit</source>
        <translation>、上限に近い</translation>
    </message>
    <message>
        <source>, too long for the model</source>
        <translation>、モデルには長すぎる</translation>
    </message>
    <message>
        <source>Context: {used} of {limit} tokens ({how})</source>
        <translation>コンテキスト: {used} / {limit} トークン ({how})</translation>
    </message>
    <message>
        <source>Context: {used} tokens ({how})</source>
        <translation>コンテキスト: {used} トークン ({how})</translation>
    </message>
</context>
<context>
    <name>ContextTip</name>
    <message>
        <source>set in Settings</source>
        <translation>設定で指定</translation>
    </message>
    <message>
        <source>from the server&apos;s model list</source>
        <translation>サーバーのモデル一覧から</translation>
    </message>
    <message>
        <source>the local model&apos;s context size (n_ctx)</source>
        <translation>ローカル モデルのコンテキスト サイズ (n_ctx)</translation>
    </message>
    <message>
        <source>typical for this model (approximate)</source>
        <translation>このモデルの一般的な値（概算）</translation>
    </message>
    <message numerus="yes">
        <source>{count} token(s) in the next request</source>
        <translation>
            <numerusform>次のリクエストは {count} トークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• {count} as the server reported after the last answer</source>
        <translation>
            <numerusform>• {count}：前回の回答後にサーバーが報告した数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• {count} counted by the model&apos;s tokenizer</source>
        <translation>
            <numerusform>• {count}：モデルのトークナイザーで計数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• about {count} estimated (≈4 characters per token, 1 per CJK character; images by the provider&apos;s formula)</source>
        <translation>
            <numerusform>• 約 {count}：推定（約 4 文字で 1 トークン、CJK 文字は 1 文字で 1 トークン、画像はプロバイダーの計算式）</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates for this model were {percent}% low against the server&apos;s count; corrected ×{ratio}.</source>
        <translation>このモデルの推定はサーバーの計数より {percent}% 少なかったため、×{ratio} で補正しています。</translation>
    </message>
    <message>
        <source>Estimates for this model were {percent}% high against the server&apos;s count; corrected ×{ratio}.</source>
        <translation>このモデルの推定はサーバーの計数より {percent}% 多かったため、×{ratio} で補正しています。</translation>
    </message>
    <message>
        <source>Context window: {limit} tokens, {source}.</source>
        <translation>コンテキスト ウィンドウ: {limit} トークン（{source}）。</translation>
    </message>
    <message>
        <source>{reserve} of them are kept free for the answer.</source>
        <translation>そのうち {reserve} は回答用に空けてあります。</translation>
    </message>
    <message>
        <source>This model&apos;s context window is not known: set it in Settings (model_context_windows).</source>
        <translation>このモデルのコンテキスト ウィンドウは不明です。設定で指定してください (model_context_windows)。</translation>
    </message>
    <message numerus="yes">
        <source>Too long: leaving out the %n oldest message(s) would make it fit.</source>
        <translation>
            <numerusform>長すぎます。古いメッセージを %n 件省けば収まります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long even without older messages: start a new conversation with a summary.</source>
        <translation>古いメッセージを省いても長すぎます。要約を添えて新しい会話を始めてください。</translation>
    </message>
</context>
<context>
    <name>ConversationCommands</name>
    <message>
        <source>No closed tab to reopen</source>
        <translation>再び開ける閉じたタブはありません</translation>
    </message>
    <message>
        <source>That conversation no longer exists</source>
        <translation>その会話はもう存在しません</translation>
    </message>
    <message>
        <source>History is not available (the database could not be opened)</source>
        <translation>履歴を利用できません (データベースを開けませんでした)</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>「{title}」を削除しました</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>無題の会話</translation>
    </message>
    <message>
        <source>Could not read the conversations: {exc}</source>
        <translation>会話を読み込めませんでした: {exc}</translation>
    </message>
    <message>
        <source>Could not search: {exc}</source>
        <translation>検索できませんでした: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n 件見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>見つかりませんでした</translation>
    </message>
</context>
<context>
    <name>DialogCommands</name>
    <message>
        <source>Text size {size} pt</source>
        <translation>文字サイズ {size} pt</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>標準の文字サイズ</translation>
    </message>
    <message numerus="yes">
        <source>%n answer was cut off when Ava last stopped; the text is kept and can be continued.</source>
        <translation>
            <numerusform>前回 Ava が停止したときに %n 件の回答が中断されました。テキストは保持されており、続きを生成できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers were cut off when Ava last stopped; the text is kept and can be continued.</source>
        <translation>
            <numerusform>前回 Ava が停止したときに %n 件の回答が中断されました。テキストは保持されており、続きを生成できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for local servers…</source>
        <translation>ローカル サーバーを探しています…</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n model(s))</source>
        <translation>
            <numerusform>{name} (%n 個のモデル)</numerusform>
        </translation>
    </message>
    <message>
        <source>Found {names}</source>
        <translation>見つかりました: {names}</translation>
    </message>
    <message>
        <source>No local server answered</source>
        <translation>応答したローカル サーバーはありません</translation>
    </message>
    <message>
        <source>⚠ History is not being saved</source>
        <translation>⚠ 履歴が保存されていません</translation>
    </message>
    <message>
        <source>Conversation history unavailable</source>
        <translation>会話の履歴を利用できません</translation>
    </message>
    <message>
        <source>Ava Desktop will run, but new conversations are not saved until this is resolved. The existing file was not changed.</source>
        <translation>Ava Desktop は動作しますが、この問題が解決するまで新しい会話は保存されません。既存のファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>Ava Desktop hit an unexpected error. It was logged; your conversations are safe.</source>
        <translation>Ava Desktop で予期しないエラーが発生しました。エラーはログに記録されました。会話は安全です。</translation>
    </message>
</context>
<context>
    <name>EndpointDraft</name>
    <message>
        <source>new, unsaved</source>
        <translation>新規、未保存</translation>
    </message>
    <message>
        <source>removed on save</source>
        <translation>保存時に削除</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>このセッション</translation>
    </message>
    <message>
        <source>Header row {row}: {problem}</source>
        <translation>ヘッダー {row} 行目: {problem}</translation>
    </message>
    <message>
        <source>Header row {row}: {name} is listed twice.</source>
        <translation>ヘッダー {row} 行目: {name} が重複しています。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名前が空です。</translation>
    </message>
    <message>
        <source>The API key must not contain spaces or control characters.</source>
        <translation>API キーに空白や制御文字を含めることはできません。</translation>
    </message>
    <message>
        <source>The base URL now points to {new_host}: type its API key again (the stored key is only for {old_host}), or remove the key.</source>
        <translation>ベース URL が {new_host} を指すようになりました。API キーを入力し直すか (保存済みのキーは {old_host} 専用です)、キーを削除してください。</translation>
    </message>
    <message>
        <source>✓ Connected, but the server lists no models.</source>
        <translation>✓ 接続しましたが、サーバーにモデルがありません。</translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>memory for this session only</source>
        <translation>このセッションのメモリ内のみ</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <source>Ena&amp;bled</source>
        <translation>有効(&amp;B)</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>追加のヘッダー</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>ヘッダーを追加</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>ヘッダーを削除</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>List the server&apos;s models with the values in this form</source>
        <translation>このフォームの値でサーバーのモデル一覧を取得</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>ベース URL(&amp;U):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>追加のヘッダー(&amp;H):</translation>
    </message>
    <message>
        <source>The key will be removed when you save</source>
        <translation>保存するとキーが削除されます</translation>
    </message>
    <message>
        <source>The saved key is in a keychain not available now; type it again</source>
        <translation>保存済みのキーは現在利用できないキーチェーンにあります。入力し直してください</translation>
    </message>
    <message>
        <source>•••• stored in {where} (type to replace)</source>
        <translation>•••• {where}に保存済み (入力すると置き換え)</translation>
    </message>
    <message>
        <source>•••• kept for this session only (type to replace)</source>
        <translation>•••• このセッションのみ保持 (入力すると置き換え)</translation>
    </message>
    <message>
        <source>Paste the key; it is saved in {where}</source>
        <translation>キーを貼り付けてください。{where}に保存されます</translation>
    </message>
    <message>
        <source>Fix the fields above first.</source>
        <translation>先に上の項目を修正してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s): {names}</source>
        <translation>
            <numerusform>%n 個のモデル: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>The test failed: {problem}</source>
        <translation>テストに失敗しました: {problem}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
</context>
<context>
    <name>EndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Tick an endpoint to enable it</source>
        <translation>チェックするとエンドポイントが有効になります</translation>
    </message>
    <message>
        <source>{name} ({where})</source>
        <translation>{name} ({where})</translation>
    </message>
    <message>
        <source>Custom (any OpenAI-compatible server)</source>
        <translation>カスタム (任意の OpenAI 互換サーバー)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove endpoint</source>
        <translation>エンドポイントを削除(&amp;R)</translation>
    </message>
    <message>
        <source>New endpoint &amp;from:</source>
        <translation>新しいエンドポイントの元(&amp;F):</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>Needs fixing before it can be saved</source>
        <translation>保存する前に修正が必要です</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Added {name}; Save keeps it.</source>
        <translation>{name} を追加しました。保存すると確定します。</translation>
    </message>
    <message>
        <source>Removed {name}; Cancel brings it back.</source>
        <translation>{name} を削除しました。キャンセルすると元に戻ります。</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Nothing to export yet</source>
        <translation>エクスポートするものはまだありません</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>会話をエクスポート</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json);;Web page (*.html)</source>
        <translation>Markdown (*.md);;JSON (*.json);;Web ページ (*.html)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Exported to {target}</source>
        <translation>{target} にエクスポートしました</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>PDF としてエクスポート</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>まだ印刷するものがありません</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>プリンターに送信しました</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>印刷に失敗しました</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>すべての会話をエクスポート</translation>
    </message>
    <message>
        <source>Ava backup (*.json)</source>
        <translation>Ava バックアップ (*.json)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n conversation(s) to {path}</source>
        <translation>
            <numerusform>%n 件の会話を {path} に保存しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>会話をインポート</translation>
    </message>
    <message>
        <source>Conversations (*.json *.zip);;All files (*)</source>
        <translation>会話 (*.json *.zip);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) ({skipped} were already here)</source>
        <translation>
            <numerusform>%n 件の会話をインポートしました ({skipped} 件は既存)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a GGUF model file</source>
        <translation>GGUF モデル ファイルを追加</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF モデル (*.gguf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Not a GGUF model</source>
        <translation>GGUF モデルではありません</translation>
    </message>
    <message>
        <source>is not a GGUF model file (llama.cpp&apos;s format), so it cannot be loaded.</source>
        <translation>は GGUF モデル ファイル (llama.cpp の形式) ではないため、読み込めません。</translation>
    </message>
    <message>
        <source>Local models are not installed</source>
        <translation>ローカル モデルはインストールされていません</translation>
    </message>
    <message>
        <source>Install Ava Desktop with the &apos;local&apos; extra to run GGUF models: pip install &apos;ava-desktop[local]&apos;</source>
        <translation>GGUF モデルを実行するには、&apos;local&apos; エクストラ付きで Ava Desktop をインストールしてください: pip install &apos;ava-desktop[local]&apos;</translation>
    </message>
    <message>
        <source>Added {name} under Local</source>
        <translation>{name} を「ローカル」に追加しました</translation>
    </message>
    <message>
        <source>Choose a local model in this tab first</source>
        <translation>先にこのタブでローカル モデルを選んでください</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>会話内を検索</translation>
    </message>
    <message>
        <source>Find in this conversation</source>
        <translation>この会話内を検索</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>検索を閉じる</translation>
    </message>
    <message>
        <source>Earlier messages are not shown yet: scroll up to the top to load them.</source>
        <translation>以前のメッセージはまだ表示されていません。一番上までスクロールすると読み込まれます。</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>None shown, %1 in earlier messages</source>
        <translation>表示中にはなし、以前のメッセージに %1 件</translation>
    </message>
    <message>
        <source>(+%1 in earlier messages)</source>
        <translation>（以前のメッセージに +%1 件）</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 件一致</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2 件</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Local and free servers only</source>
        <translation>ローカルと無料のサーバーのみ</translation>
    </message>
    <message>
        <source>Always, also paid endpoints</source>
        <translation>常に (有料のエンドポイントも)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Temperature must be a number from {lo} to {hi}, or blank for the provider&apos;s default.</source>
        <translation>温度は {lo} から {hi} までの数値にするか、空欄 (プロバイダーの既定値) にしてください。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>新しい言語は再起動後に適用されます。</translation>
    </message>
    <message>
        <source>none (HTTPS_PROXY is used if set)</source>
        <translation>なし (設定されていれば HTTPS_PROXY を使用)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>provider default (0–2)</source>
        <translation>プロバイダーの既定値 (0–2)</translation>
    </message>
    <message>
        <source>After the first answer, ask the same model for a short title for the conversation. “Local and free” means only where no API key is sent (your own models, local servers, keyless endpoints, OpenRouter&apos;s free models): an endpoint with a key may charge for the extra request. A title you give by hand is never replaced.</source>
        <translation>最初の回答のあと、同じモデルに会話の短いタイトルを依頼します。「ローカルと無料」とは、API キーを送らない場所だけを指します (自分のモデル、ローカル サーバー、キーのないエンドポイント、OpenRouter の無料モデル)。キーのあるエンドポイントでは追加のリクエストが課金されることがあります。手動で付けたタイトルが置き換えられることはありません。</translation>
    </message>
    <message>
        <source>Show &amp;offline providers (CodeLinkAva)</source>
        <translation>オフラインのプロバイダーを表示 (CodeLinkAva)(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Discover local servers (Ollama, LM Studio, …)</source>
        <translation>ローカル サーバーを検出 (Ollama、LM Studio など)(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add preset</source>
        <translation>プリセットを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve preset</source>
        <translation>プリセットを削除(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Proxy URL:</source>
        <translation>プロキシ URL(&amp;P):</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>テーマ(&amp;H):</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>フォント サイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>Default s&amp;ystem prompt:</source>
        <translation>既定のシステム プロンプト(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>最大トークン数(&amp;M):</translation>
    </message>
    <message>
        <source>Titles &amp;by the model:</source>
        <translation>モデルによるタイトル(&amp;B):</translation>
    </message>
    <message>
        <source>P&amp;rompt presets:</source>
        <translation>プロンプトのプリセット(&amp;R):</translation>
    </message>
    <message>
        <source>Preset &amp;name:</source>
        <translation>プリセット名(&amp;N):</translation>
    </message>
    <message>
        <source>Preset te&amp;xt:</source>
        <translation>プリセットの本文(&amp;X):</translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name} (組み込み)</translation>
    </message>
    <message>
        <source>Built-in instructions are sent to the model as written, in English.</source>
        <translation>組み込みの指示は、書かれたとおり英語のままモデルに送られます。</translation>
    </message>
    <message>
        <source>My preset</source>
        <translation>マイ プリセット</translation>
    </message>
    <message>
        <source>A prompt preset has no name.</source>
        <translation>名前のないプロンプト プリセットがあります。</translation>
    </message>
    <message>
        <source>There is already a prompt preset named {name}.</source>
        <translation>{name} という名前のプロンプト プリセットは既にあります。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Search all conversations…</source>
        <translation>すべての会話を検索…</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>すべての会話を検索</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>削除を元に戻す</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>新しいタイトル</translation>
    </message>
    <message>
        <source>Could not read the history: {exc}</source>
        <translation>履歴を読み込めませんでした: {exc}</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>無題の会話</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n 件の会話</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n 件見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>見つかりませんでした</translation>
    </message>
    <message>
        <source>Deleted “{title}” — Undo brings it back</source>
        <translation>「{title}」を削除しました — 「削除を元に戻す」で復元できます</translation>
    </message>
</context>
<context>
    <name>LaunchFiles</name>
    <message>
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>Ava Desktop opens conversation backups (.json), ChatGPT exports (.zip) and GGUF model files.</source>
        <translation>Ava Desktop で開けるのは、会話のバックアップ (.json)、ChatGPT のエクスポート (.zip)、GGUF モデル ファイルです。</translation>
    </message>
    <message>
        <source>• {name}: import conversations</source>
        <translation>• {name}: 会話をインポート</translation>
    </message>
    <message>
        <source>• {name}: add as a local model</source>
        <translation>• {name}: ローカル モデルとして追加</translation>
    </message>
    <message>
        <source>• {name}: not a file Ava Desktop can open (skipped)</source>
        <translation>• {name}: Ava Desktop で開けないファイル (スキップ)</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>Ava Desktop was asked to open:</source>
        <translation>Ava Desktop で次を開くよう求められました:</translation>
    </message>
</context>
<context>
    <name>LocalModelDialog</name>
    <message>
        <source>Local model: {name}</source>
        <translation>ローカル モデル: {name}</translation>
    </message>
    <message>
        <source>Layers offloaded to the GPU; needs a GPU build of llama-cpp-python, 0 runs on the CPU</source>
        <translation>GPU にオフロードするレイヤー数。GPU 版の llama-cpp-python が必要です。0 の場合は CPU で実行します</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>&amp;Context size (tokens):</source>
        <translation>コンテキスト サイズ (トークン)(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>スレッド数(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>GPU レイヤー数(&amp;G):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Conversation transcript</source>
        <translation>会話の内容</translation>
    </message>
    <message>
        <source>Ava Desktop</source>
        <translation>Ava Desktop</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>開いている会話</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>サイドバーの表示/非表示</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Copy Conversation as Markdown</source>
        <translation>会話を Markdown でコピー</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>タブを閉じる</translation>
    </message>
    <message>
        <source>{title} (answering…)</source>
        <translation>{title} (回答中…)</translation>
    </message>
    <message>
        <source>{title} — Ava Desktop</source>
        <translation>{title} — Ava Desktop</translation>
    </message>
    <message>
        <source>Close tab?</source>
        <translation>タブを閉じますか?</translation>
    </message>
    <message>
        <source>“{title}” is still answering. Stop it and close the tab?</source>
        <translation>「{title}」はまだ回答中です。停止してタブを閉じますか?</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Markdown としてコピー</translation>
    </message>
    <message>
        <source>Copy as plain text</source>
        <translation>プレーンテキストとしてコピー</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>メッセージの操作</translation>
    </message>
    <message>
        <source>Message {number} of {count}</source>
        <translation>メッセージ {number}/{count}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Version {index} of {count}</source>
        <translation>バージョン {index}/{count}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{host} needs an API key (401)</source>
        <translation>{host} には API キーが必要です (401)</translation>
    </message>
    <message>
        <source>{host} rejected the API key (401)</source>
        <translation>{host} が API キーを拒否しました (401)</translation>
    </message>
    <message>
        <source>{host} refused access (403)</source>
        <translation>{host} がアクセスを拒否しました (403)</translation>
    </message>
    <message>
        <source>{host} says the account&apos;s quota is used up (429)</source>
        <translation>{host} によるとアカウントのクォータを使い切りました (429)</translation>
    </message>
    <message>
        <source>Rate limited by {host}; retry in {wait}</source>
        <translation>{host} のレート制限中です。{wait}後に再試行します</translation>
    </message>
    <message>
        <source>Rate limited by {host}; try again later</source>
        <translation>{host} のレート制限中です。しばらくしてからお試しください</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host}, {status})</source>
        <translation>会話がモデルのコンテキストウィンドウに収まりません ({host}, {status})</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host})</source>
        <translation>会話がモデルのコンテキストウィンドウに収まりません ({host})</translation>
    </message>
    <message>
        <source>{host} does not know this model ({status})</source>
        <translation>{host} はこのモデルを知りません ({status})</translation>
    </message>
    <message>
        <source>{host} answered {status} {reason}</source>
        <translation>{host} の応答: {status} {reason}</translation>
    </message>
    <message>
        <source>{host} answered {status} {reason} (is the base URL right?)</source>
        <translation>{host} の応答: {status} {reason}（ベース URL は正しいですか？）</translation>
    </message>
    <message>
        <source>{host} reported an error in the stream</source>
        <translation>{host} がストリーム内でエラーを報告しました</translation>
    </message>
    <message>
        <source>{host} needs an API key ({label})</source>
        <translation>{host} には API キーが必要です ({label})</translation>
    </message>
    <message>
        <source>{host} rejected the API key ({label})</source>
        <translation>{host} が API キーを拒否しました ({label})</translation>
    </message>
    <message>
        <source>{host} refused access ({label})</source>
        <translation>{host} がアクセスを拒否しました ({label})</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host}, {label})</source>
        <translation>会話がモデルのコンテキスト ウィンドウに収まりません ({host}、{label})</translation>
    </message>
    <message>
        <source>{host} does not know this model ({label})</source>
        <translation>{host} はこのモデルを認識していません ({label})</translation>
    </message>
    <message>
        <source>{host} answered {label} (is the base URL right?)</source>
        <translation>{host} が {label} を返しました（ベース URL は正しいですか？）</translation>
    </message>
    <message>
        <source>{host} refused the request ({label})</source>
        <translation>{host} がリクエストを拒否しました ({label})</translation>
    </message>
    <message>
        <source>{host} answered {label}</source>
        <translation>{host} が {label} を返しました</translation>
    </message>
    <message>
        <source>{host} is overloaded and stopped the answer; try again in a moment</source>
        <translation>{host} が過負荷のため回答を中断しました。少し待ってからもう一度お試しください</translation>
    </message>
    <message>
        <source>{host} is overloaded right now ({status}); try again in a moment</source>
        <translation>{host} は現在過負荷です ({status})。少し待ってからもう一度お試しください</translation>
    </message>
    <message>
        <source>Claude declined to answer ({host} stopped the answer: refusal)</source>
        <translation>Claude が回答を拒否しました（{host} が回答を中止: refusal）</translation>
    </message>
    <message>
        <source>Gemini&apos;s safety filters stopped the answer (SAFETY).</source>
        <translation>Gemini の安全フィルターが回答を止めました (SAFETY)。</translation>
    </message>
    <message>
        <source>Gemini&apos;s safety filters stopped the image (IMAGE_SAFETY).</source>
        <translation>Gemini の安全フィルターが画像を止めました (IMAGE_SAFETY)。</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it was reciting existing text (recitation) (RECITATION).</source>
        <translation>既存のテキストをそのまま再現していたため、Gemini が回答を止めました（引用）(RECITATION)。</translation>
    </message>
    <message>
        <source>Gemini stopped the image because it resembled existing material (IMAGE_RECITATION).</source>
        <translation>既存の素材に似ていたため、Gemini が画像を止めました (IMAGE_RECITATION)。</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it contained blocked terms (BLOCKLIST).</source>
        <translation>ブロック対象の語句が含まれていたため、Gemini が回答を止めました (BLOCKLIST)。</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it may hold prohibited content (PROHIBITED_CONTENT).</source>
        <translation>禁止されたコンテンツを含む可能性があるため、Gemini が回答を止めました (PROHIBITED_CONTENT)。</translation>
    </message>
    <message>
        <source>Gemini stopped the image because it may hold prohibited content (IMAGE_PROHIBITED_CONTENT).</source>
        <translation>禁止されたコンテンツを含む可能性があるため、Gemini が画像を止めました (IMAGE_PROHIBITED_CONTENT)。</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it may hold sensitive personal information (SPII).</source>
        <translation>機微な個人情報を含む可能性があるため、Gemini が回答を止めました (SPII)。</translation>
    </message>
    <message>
        <source>Gemini stopped: the model wrote a tool call that could not be read (MALFORMED_FUNCTION_CALL).</source>
        <translation>Gemini が停止しました。モデルが読み取れないツール呼び出しを書きました (MALFORMED_FUNCTION_CALL)。</translation>
    </message>
    <message>
        <source>Gemini stopped: the model called a tool that was not offered (UNEXPECTED_TOOL_CALL).</source>
        <translation>Gemini が停止しました。モデルが提供されていないツールを呼び出しました (UNEXPECTED_TOOL_CALL)。</translation>
    </message>
    <message>
        <source>Gemini stopped: the model made too many tool calls in a row (TOO_MANY_TOOL_CALLS).</source>
        <translation>Gemini が停止しました。モデルがツールを連続して呼び出しすぎました (TOO_MANY_TOOL_CALLS)。</translation>
    </message>
    <message>
        <source>Gemini stopped: a tool call was sent back without its thought signature (MISSING_THOUGHT_SIGNATURE).</source>
        <translation>Gemini が停止しました。ツール呼び出しが思考署名なしで返されました (MISSING_THOUGHT_SIGNATURE)。</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt for safety reasons; rephrase it or start a new conversation (SAFETY)</source>
        <translation>Gemini が安全上の理由でプロンプトをブロックしました。言い換えるか、新しい会話を始めてください (SAFETY)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because it contains blocked terms; rephrase it or start a new conversation (BLOCKLIST)</source>
        <translation>ブロック対象の語句が含まれているため、Gemini がプロンプトをブロックしました。言い換えるか、新しい会話を始めてください (BLOCKLIST)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because it may hold prohibited content; rephrase it or start a new conversation (PROHIBITED_CONTENT)</source>
        <translation>禁止されたコンテンツを含む可能性があるため、Gemini がプロンプトをブロックしました。言い換えるか、新しい会話を始めてください (PROHIBITED_CONTENT)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because of an image, for safety reasons; rephrase it or start a new conversation (IMAGE_SAFETY)</source>
        <translation>画像が原因で、Gemini が安全上の理由でプロンプトをブロックしました。言い換えるか、新しい会話を始めてください (IMAGE_SAFETY)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt for an unspecified reason; rephrase it or start a new conversation (OTHER)</source>
        <translation>Gemini が理由を示さずにプロンプトをブロックしました。言い換えるか、新しい会話を始めてください (OTHER)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt ({reason}); rephrase it or start a new conversation ({reason})</source>
        <translation>Gemini がプロンプトをブロックしました ({reason})。言い換えるか、新しい会話を始めてください ({reason})</translation>
    </message>
    <message>
        <source>Gemini stopped: the conversation is in a language it does not support (LANGUAGE).</source>
        <translation>Gemini が停止しました。会話がサポートされていない言語です (LANGUAGE)。</translation>
    </message>
    <message>
        <source>Gemini stopped the answer without saying why ({reason}).</source>
        <translation>Gemini が理由を示さずに回答を止めました ({reason})。</translation>
    </message>
    <message>
        <source>The answer reached its length limit (maxOutputTokens) and was cut off there.</source>
        <translation>回答が長さの上限 (maxOutputTokens) に達したため、そこで打ち切られました。</translation>
    </message>
    <message>
        <source>The answer reached its length limit (max_tokens) and was cut off there.</source>
        <translation>回答が長さの上限 (max_tokens) に達したため、そこで打ち切られました。</translation>
    </message>
    <message>
        <source>Claude declined to answer.</source>
        <translation>Claude が回答を拒否しました。</translation>
    </message>
    <message>
        <source>Claude paused a long-running turn; send it again to continue.</source>
        <translation>Claude が長時間のターンを一時停止しました。続けるにはもう一度送信してください。</translation>
    </message>
    <message>
        <source>The answer from {host} was cut off: the connection broke before it was complete</source>
        <translation>{host} からの回答が途中で切れました。完了する前に接続が切れました</translation>
    </message>
    <message>
        <source>The answer from {host} was cut off: the stream ended before it was complete</source>
        <translation>{host} からの回答が途中で切れました。完了する前にストリームが終わりました</translation>
    </message>
    <message>
        <source>Could not connect to the proxy {proxy}</source>
        <translation>プロキシ {proxy} に接続できませんでした</translation>
    </message>
    <message>
        <source>Secure connection to {host} failed</source>
        <translation>{host} との安全な接続に失敗しました</translation>
    </message>
    <message>
        <source>Could not find the server {host} (DNS lookup failed)</source>
        <translation>サーバー {host} が見つかりませんでした（DNS の名前解決に失敗）</translation>
    </message>
    <message>
        <source>Could not connect to {host}: connection refused (is the server running?)</source>
        <translation>{host} に接続できませんでした: 接続が拒否されました（サーバーは起動していますか？）</translation>
    </message>
    <message>
        <source>Could not connect to {host}</source>
        <translation>{host} に接続できませんでした</translation>
    </message>
    <message>
        <source>{host} closed the connection without answering</source>
        <translation>{host} が応答せずに接続を閉じました</translation>
    </message>
    <message>
        <source>The connection to {host} was reset</source>
        <translation>{host} との接続がリセットされました</translation>
    </message>
    <message>
        <source>Invalid server URL</source>
        <translation>サーバーの URL が正しくありません</translation>
    </message>
    <message>
        <source>{host} sent an invalid HTTP response</source>
        <translation>{host} から不正な HTTP 応答が返されました</translation>
    </message>
    <message>
        <source>Connection to {host} failed</source>
        <translation>{host} への接続に失敗しました</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s connecting to {host}</source>
        <translation>{host} への接続が {seconds} 秒でタイムアウトしました</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s waiting for an answer from {host}</source>
        <translation>{host} からの応答を {seconds} 秒待ちましたが、タイムアウトしました</translation>
    </message>
    <message>
        <source>{host} sent nothing for {seconds} s</source>
        <translation>{host} から {seconds} 秒間何も送られてきませんでした</translation>
    </message>
    <message>
        <source>{host} sent nothing for {seconds} s; stopped waiting for the rest of the answer</source>
        <translation>{host} から {seconds} 秒間何も送られてこなかったため、残りの回答を待つのをやめました</translation>
    </message>
    <message>
        <source>{host} sent an empty answer; the conversation is probably longer than the model&apos;s context window</source>
        <translation>{host} から空の回答が返されました。会話がモデルのコンテキスト ウィンドウより長い可能性があります</translation>
    </message>
    <message>
        <source>Stopped after {steps} rounds of tool calls (the limit per answer); the text so far is kept.</source>
        <translation>ツール呼び出しが {steps} 回に達したため停止しました（1 回答あたりの上限）。ここまでのテキストは保持されます。</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 時間</translation>
    </message>
    <message>
        <source>{text}: {detail}</source>
        <translation>{text}: {detail}</translation>
    </message>
    <message>
        <source>Starting model server</source>
        <translation>モデル サーバーを起動中</translation>
    </message>
    <message>
        <source>Reading model file</source>
        <translation>モデルファイルを読み込み中</translation>
    </message>
    <message>
        <source>Loading weights</source>
        <translation>重みを読み込み中</translation>
    </message>
    <message>
        <source>Creating context</source>
        <translation>コンテキストを作成中</translation>
    </message>
    <message>
        <source>Starting server</source>
        <translation>サーバーを起動中</translation>
    </message>
    <message>
        <source>Model ready</source>
        <translation>モデルの準備完了</translation>
    </message>
    <message>
        <source>The answer passed {limit} characters and was cut off there, to keep Ava responsive (the text so far is kept).</source>
        <translation>回答が {limit} 文字を超えたため、Ava の応答性を保つためにそこで打ち切りました（ここまでのテキストは保持されます）。</translation>
    </message>
    <message>
        <source>The answer reached its length limit (max tokens) and stopped there; Continue asks for more.</source>
        <translation>回答が長さの上限 (max tokens) に達したため、そこで止まりました。「続ける」で続きを依頼できます。</translation>
    </message>
    <message>
        <source>Rate limited by {host}; retrying in {seconds} s (Esc cancels)</source>
        <translation>{host} のレート制限中です。{seconds} 秒後に再試行します（Esc で取り消し）</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>再試行中…</translation>
    </message>
    <message>
        <source>The attachment {name} is missing from the database, so this conversation cannot be sent as it is; edit the message to attach it again.</source>
        <translation>添付ファイル {name} がデータベースにないため、この会話はこのままでは送信できません。メッセージを編集して添付し直してください。</translation>
    </message>
    <message>
        <source>{model} cannot see images. Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} は画像を認識できません。ビジョン対応のモデルを選ぶか、画像を外してメッセージを編集してください。メッセージは保持されています。</translation>
    </message>
    <message>
        <source>{model} ({where}) cannot see images. Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} ({where}) は画像を認識できません。ビジョン対応のモデルを選ぶか、画像を外してメッセージを編集してください。メッセージは保持されています。</translation>
    </message>
    <message>
        <source>{model} does not accept images (the server said: {said}). Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} は画像を受け付けません（サーバーの応答: {said}）。ビジョン対応のモデルを選ぶか、画像を外してメッセージを編集してください。メッセージは保持されています。</translation>
    </message>
    <message>
        <source>Local models are not available in this run</source>
        <translation>この実行ではローカル モデルを使用できません</translation>
    </message>
    <message>
        <source>There is no local model named {model}; choose one of: {names}</source>
        <translation>{model} という名前のローカル モデルはありません。次から選んでください: {names}</translation>
    </message>
    <message>
        <source>There is no local model named {model}, and none is installed</source>
        <translation>{model} という名前のローカル モデルはなく、ローカル モデルは 1 つもインストールされていません</translation>
    </message>
    <message>
        <source>This conversation is too long for the model&apos;s context ({tokens} tokens): start a new chat, or raise the context size in Chat → Local Model Options.</source>
        <translation>この会話はモデルのコンテキスト（{tokens} トークン）に対して長すぎます。新しいチャットを始めるか、［チャット］→［ローカル モデルのオプション］でコンテキスト サイズを増やしてください。</translation>
    </message>
    <message>
        <source>Could not load model {name}: the file is not there</source>
        <translation>モデル {name} を読み込めませんでした: ファイルがありません</translation>
    </message>
    <message>
        <source>Could not load model {name}: not a GGUF model file</source>
        <translation>モデル {name} を読み込めませんでした: GGUF モデル ファイルではありません</translation>
    </message>
    <message>
        <source>Could not load model {name}</source>
        <translation>モデル {name} を読み込めませんでした</translation>
    </message>
    <message>
        <source>Could not load model {name}: the server exited with status {status}</source>
        <translation>モデル {name} を読み込めませんでした: サーバーが終了しました（状態 {status}）</translation>
    </message>
    <message>
        <source>The local model server could not bind a loopback port</source>
        <translation>ローカル モデル サーバーがループバック ポートを確保できませんでした</translation>
    </message>
    <message>
        <source>The local model server did not answer within {seconds} s (model {name})</source>
        <translation>ローカル モデル サーバーが {seconds} 秒以内に応答しませんでした（モデル {name}）</translation>
    </message>
    <message>
        <source>The local model server is not running</source>
        <translation>ローカル モデル サーバーが起動していません</translation>
    </message>
    <message>
        <source>{name}: the file is not there any more.</source>
        <translation>{name}: ファイルがもうありません。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} はフォルダーで、ファイルではありません。</translation>
    </message>
    <message>
        <source>{name} cannot be opened ({reason}).</source>
        <translation>{name} を開けません ({reason})。</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} を読み取れません ({reason})。</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a device, pipe or socket); it was not read.</source>
        <translation>{name} は通常のファイルではありません（デバイス、パイプ、ソケット）。読み取りませんでした。</translation>
    </message>
    <message>
        <source>{name} is {size}, over the {limit_size} limit for attachments.</source>
        <translation>{name} は {size} あり、添付ファイルの上限 {limit_size} を超えています。</translation>
    </message>
    <message>
        <source>{name} grew past the {limit_size} limit for attachments.</source>
        <translation>{name} が大きくなり、添付ファイルの上限 {limit_size} を超えました。</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to send.</source>
        <translation>{name} は空です。送信する内容がありません。</translation>
    </message>
    <message>
        <source>{name} is empty: there is no text to send.</source>
        <translation>{name} は空です。送信するテキストがありません。</translation>
    </message>
    <message>
        <source>{name} is an image; attach it as an image.</source>
        <translation>{name} は画像です。画像として添付してください。</translation>
    </message>
    <message>
        <source>{name} is a {format} image; Ava attaches PNG, JPEG, WebP, GIF and BMP images (export it as PNG or JPEG).</source>
        <translation>{name} は {format} 画像です。Ava が添付できるのは PNG、JPEG、WebP、GIF、BMP の画像です（PNG か JPEG で書き出してください）。</translation>
    </message>
    <message>
        <source>{name} is in the old Word (.doc) or Office format Ava cannot read; save it as .docx or PDF and attach that.</source>
        <translation>{name} は Ava が読めない旧形式の Word (.doc) または Office ファイルです。.docx か PDF で保存して添付してください。</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive; Ava attaches text, code, PDF, Word (.docx) and image files, not archives.</source>
        <translation>{name} は ZIP アーカイブです。Ava が添付できるのはテキスト、コード、PDF、Word (.docx)、画像のファイルで、アーカイブは添付できません。</translation>
    </message>
    <message>
        <source>{name} starts like {encoding} text but is not valid in that encoding.</source>
        <translation>{name} は {encoding} テキストのように始まりますが、その文字コードとして正しくありません。</translation>
    </message>
    <message>
        <source>Conversation #{number} is malformed, so nothing was imported: {problem}</source>
        <translation>会話 #{number} の形式が正しくないため、何もインポートしませんでした：{problem}</translation>
    </message>
    <message>
        <source>Conversation #{number} “{title}” is malformed, so nothing was imported: {problem}</source>
        <translation>会話 #{number}「{title}」の形式が正しくないため、何もインポートしませんでした：{problem}</translation>
    </message>
    <message numerus="yes">
        <source>{name} is not UTF-8 text (%n byte(s) not valid UTF-8; it may be Latin-1 or Windows-1252). Save it as UTF-8 and attach it again.</source>
        <translation>
            <numerusform>{name} は UTF-8 テキストではありません（UTF-8 として不正なバイトが %n 個あります。Latin-1 か Windows-1252 かもしれません）。UTF-8 で保存して添付し直してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} holds binary data, not text (or text in UTF-16 without a byte-order mark); Ava attaches text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and image files.</source>
        <translation>{name} はテキストではなくバイナリ データです（または BOM のない UTF-16 テキスト）。Ava が添付できるのはテキスト、Markdown、コード、CSV、JSON、HTML、PDF、Word (.docx)、画像のファイルです。</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n page(s); Ava reads at most {limit}. Split it, or attach the pages you need.</source>
        <translation>
            <numerusform>{name} は %n ページあります。Ava が読めるのは {limit} ページまでです。分割するか、必要なページだけを添付してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {name} took longer than {seconds} s (stopped at page {page} of {pages}); nothing was attached.</source>
        <translation>{name} の読み取りに {seconds} 秒以上かかりました（{pages} ページ中 {page} ページ目で停止）。何も添付されていません。</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF (its structure loops).</source>
        <translation>{name} は破損した PDF です（構造がループしています）。</translation>
    </message>
    <message>
        <source>{name} is damaged, or not a PDF Ava can read ({error}).</source>
        <translation>{name} は破損しているか、Ava が読めない PDF です ({error})。</translation>
    </message>
    <message numerus="yes">
        <source>{name} has no text layer (%n page(s) of pictures, perhaps a scan); Ava cannot read text from images of pages, so nothing was attached.</source>
        <translation>
            <numerusform>{name} にはテキスト レイヤーがありません（画像のページが %n ページ。スキャンかもしれません）。Ava はページ画像から文字を読み取れないため、何も添付されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is protected by a password, so its text cannot be read; save a copy without the password and attach that.</source>
        <translation>{name} はパスワードで保護されているため、テキストを読み取れません。パスワードなしのコピーを保存して添付してください。</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file (bad ZIP).</source>
        <translation>{name} は破損した Word ファイルです（ZIP が不正）。</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive but not a Word document.</source>
        <translation>{name} は ZIP アーカイブですが、Word 文書ではありません。</translation>
    </message>
    <message>
        <source>{name} is not a Word file Ava can read ({error}).</source>
        <translation>{name} は Ava が読める Word ファイルではありません ({error})。</translation>
    </message>
    <message>
        <source>{name} has no text to send.</source>
        <translation>{name} には送信するテキストがありません。</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not opened: it holds %n file(s) (a ZIP bomb, or far too big).</source>
        <translation>
            <numerusform>{name} は開きませんでした。%n 個のファイルが含まれています（ZIP 爆弾か、大きすぎます）。</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not opened: it would unpack to {size}, over the {limit_size} limit (a ZIP bomb, or far too big).</source>
        <translation>{name} は開きませんでした。展開すると {size} になり、上限 {limit_size} を超えます（ZIP 爆弾か、大きすぎます）。</translation>
    </message>
    <message>
        <source>The tools of {server} are unavailable: {why}</source>
        <translation>{server} のツールを使用できません: {why}</translation>
    </message>
    <message>
        <source>{name} did not start within {seconds} s</source>
        <translation>{name} は {seconds} 秒以内に起動しませんでした</translation>
    </message>
    <message>
        <source>{name} could not start</source>
        <translation>{name} を起動できませんでした</translation>
    </message>
    <message>
        <source>{name} stopped unexpectedly</source>
        <translation>{name} が予期せず停止しました</translation>
    </message>
    <message>
        <source>{name}: {problem} (see mcp.json)</source>
        <translation>{name}: {problem}（mcp.json を参照）</translation>
    </message>
    <message>
        <source>{why} (next try in {seconds} s)</source>
        <translation>{why}（{seconds} 秒後に再試行）</translation>
    </message>
    <message>
        <source>{name} did not list its tools within {seconds} s</source>
        <translation>{name} は {seconds} 秒以内にツール一覧を返しませんでした</translation>
    </message>
    <message>
        <source>{name} stopped while listing its tools</source>
        <translation>{name} がツール一覧の取得中に停止しました</translation>
    </message>
    <message>
        <source>{name} failed listing its tools</source>
        <translation>{name} はツール一覧の取得に失敗しました</translation>
    </message>
    <message>
        <source>{name} was not opened: one part is compressed {ratio} to 1 (a ZIP bomb, or far too big).</source>
        <translation>{name} は開きませんでした。一部が {ratio} 対 1 で圧縮されています（ZIP 爆弾か、大きすぎます）。</translation>
    </message>
    <message>
        <source>{name}: cancelled.</source>
        <translation>{name}: 取り消しました。</translation>
    </message>
    <message>
        <source>Reading {name} took longer than {seconds} s and was stopped; nothing was attached.</source>
        <translation>{name} の読み取りに {seconds} 秒以上かかったため停止しました。何も添付されていません。</translation>
    </message>
    <message>
        <source>Reading {name} needed more than {limit_size} of memory and was stopped; nothing was attached.</source>
        <translation>{name} の読み取りに {limit_size} を超えるメモリーが必要になったため停止しました。何も添付されていません。</translation>
    </message>
    <message>
        <source>{name} could not be read (the reader stopped, code {code}).</source>
        <translation>{name} を読み取れませんでした（読み取りプロセスが停止、コード {code}）。</translation>
    </message>
    <message>
        <source>This file is neither an Ava Desktop backup nor a ChatGPT export (conversations.json).</source>
        <translation>このファイルは Ava Desktop のバックアップでも ChatGPT のエクスポート (conversations.json) でもありません。</translation>
    </message>
    <message>
        <source>The folder {name} has no conversations.json (is it an unpacked ChatGPT data export?).</source>
        <translation>フォルダー {name} に conversations.json がありません（展開済みの ChatGPT データ エクスポートですか？）。</translation>
    </message>
    <message>
        <source>Cannot read {name} ({reason}).</source>
        <translation>{name} を読み取れません ({reason})。</translation>
    </message>
    <message>
        <source>{name} is too large to import.</source>
        <translation>{name} は大きすぎてインポートできません。</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size}).</source>
        <translation>{name} は大きすぎてインポートできません ({size})。</translation>
    </message>
    <message>
        <source>{name} is not a readable zip archive ({error}).</source>
        <translation>{name} は読み取れる ZIP アーカイブではありません ({error})。</translation>
    </message>
    <message>
        <source>{name} does not contain a conversations.json (is it a ChatGPT data export?).</source>
        <translation>{name} に conversations.json がありません（ChatGPT のデータ エクスポートですか？）。</translation>
    </message>
    <message>
        <source>The conversations.json in {name} is too large to import.</source>
        <translation>{name} 内の conversations.json は大きすぎてインポートできません。</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, so it is not a JSON export.</source>
        <translation>{name} は UTF-8 テキストではないため、JSON エクスポートではありません。</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be an export.</source>
        <translation>{name} は入れ子が深すぎるため、エクスポートではありません。</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}).</source>
        <translation>{name} は正しい JSON ではありません ({error})。</translation>
    </message>
    <message>
        <source>Import failed while saving ({error}); nothing was imported.</source>
        <translation>保存中にインポートが失敗しました ({error})。何もインポートされていません。</translation>
    </message>
    <message>
        <source>This Ava Desktop backup has no valid format version.</source>
        <translation>この Ava Desktop バックアップには有効な形式バージョンがありません。</translation>
    </message>
    <message>
        <source>This backup was written by a newer Ava Desktop (format {version}, this version reads up to {supported}). Update to import it.</source>
        <translation>このバックアップは新しい Ava Desktop で作成されています（形式 {version}、このバージョンが読めるのは {supported} まで）。インポートするには更新してください。</translation>
    </message>
    <message>
        <source>This Ava Desktop backup has no list of conversations.</source>
        <translation>この Ava Desktop バックアップには会話の一覧がありません。</translation>
    </message>
    <message>
        <source>This Ava Desktop backup&apos;s attachments (“blobs”) are not an object.</source>
        <translation>この Ava Desktop バックアップの添付ファイル（“blobs”）がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is malformed.</source>
        <translation>このバックアップの添付ファイル {sha}… は形式が正しくありません。</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is not valid base64.</source>
        <translation>このバックアップの添付ファイル {sha}… は正しい base64 ではありません。</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is damaged: its bytes do not match their SHA-256 checksum, so they are not what was saved.</source>
        <translation>このバックアップの添付ファイル {sha}… は破損しています。バイト列が SHA-256 チェックサムと一致せず、保存された内容ではありません。</translation>
    </message>
    <message>
        <source>The conversation database {path} is damaged. The file was kept unchanged; move it aside (or restore a backup) to start with an empty history</source>
        <translation>会話データベース {path} が破損しています。ファイルはそのまま残してあります。空の履歴から始めるには、別の場所に移動してください（またはバックアップを復元してください）</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database (unexpected file header). The file was kept unchanged; move it aside (or restore a backup) to start with an empty history.</source>
        <translation>{path} は SQLite データベースではありません（ファイル ヘッダーが想定外）。ファイルはそのまま残してあります。空の履歴から始めるには、別の場所に移動してください（またはバックアップを復元してください）。</translation>
    </message>
    <message>
        <source>The conversation database {path} failed its integrity check. The file was kept unchanged; move it aside (or restore a backup) to start with an empty history</source>
        <translation>会話データベース {path} が整合性チェックに失敗しました。ファイルはそのまま残してあります。空の履歴から始めるには、別の場所に移動してください（またはバックアップを復元してください）</translation>
    </message>
    <message>
        <source>The conversation database {path} could not be checked. The file was kept unchanged; history is not saved meanwhile</source>
        <translation>会話データベース {path} を確認できませんでした。ファイルはそのまま残してあります。その間、履歴は保存されません</translation>
    </message>
    <message>
        <source>The conversation database {path} is locked by another program</source>
        <translation>会話データベース {path} は別のプログラムによってロックされています</translation>
    </message>
    <message>
        <source>The conversation database {path} is already in use by another Ava Desktop window (lock file {lock}). Close the other instance, or start this one with a different --data-dir.</source>
        <translation>会話データベース {path} は別の Ava Desktop ウィンドウで使用中です（ロック ファイル {lock}）。もう一方を閉じるか、別の --data-dir を指定して起動してください。</translation>
    </message>
    <message>
        <source>The conversation database {path} was written by a newer Ava Desktop (schema version {version}; this version knows up to {supported}). The file was kept unchanged; update Ava Desktop to open it.</source>
        <translation>会話データベース {path} は新しい Ava Desktop で書き込まれています（スキーマ バージョン {version}、このバージョンが扱えるのは {supported} まで）。ファイルはそのまま残してあります。開くには Ava Desktop を更新してください。</translation>
    </message>
    <message>
        <source>Cannot keep a copy of {path} before upgrading it. The file was kept unchanged; free some disk space and start again</source>
        <translation>更新の前に {path} のコピーを作成できません。ファイルはそのまま残してあります。ディスクの空き容量を増やしてから起動し直してください</translation>
    </message>
    <message>
        <source>Cannot use the conversation database {path}</source>
        <translation>会話データベース {path} を使用できません</translation>
    </message>
    <message>
        <source>{path} exists but is not a file</source>
        <translation>{path} は存在しますが、ファイルではありません</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>プロキシ URL</translation>
    </message>
    <message>
        <source>{what} must be text.</source>
        <translation>{what}はテキストで指定してください。</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what}が空です。</translation>
    </message>
    <message>
        <source>{what} must not contain spaces or control characters.</source>
        <translation>{what}に空白や制御文字を含めることはできません。</translation>
    </message>
    <message>
        <source>{what} must start with one of: {schemes}.</source>
        <translation>{what}は次のいずれかで始めてください: {schemes}。</translation>
    </message>
    <message>
        <source>{what} has no host name.</source>
        <translation>{what}にホスト名がありません。</translation>
    </message>
    <message>
        <source>{what} has an invalid port.</source>
        <translation>{what}のポートが正しくありません。</translation>
    </message>
    <message>
        <source>{what} must not contain a user name or password; use the API key.</source>
        <translation>{what}にユーザー名やパスワードを含めることはできません。API キーを使ってください。</translation>
    </message>
    <message>
        <source>Header names and values must be text.</source>
        <translation>ヘッダーの名前と値はテキストで指定してください。</translation>
    </message>
    <message>
        <source>Header name {name} is not a valid HTTP header name.</source>
        <translation>ヘッダー名 {name} は HTTP ヘッダー名として正しくありません。</translation>
    </message>
    <message>
        <source>Header {name}: value must not contain line breaks.</source>
        <translation>ヘッダー {name}: 値に改行を含めることはできません。</translation>
    </message>
    <message>
        <source>Header {name} carries a secret and would be saved in plain text; put the key in the API key field instead.</source>
        <translation>ヘッダー {name} には秘密情報が含まれ、平文で保存されてしまいます。キーは API キーの欄に入力してください。</translation>
    </message>
    <message>
        <source>No system keychain found; keys will be kept for this session only.</source>
        <translation>システムのキーチェーンが見つかりません。キーはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>The system keychain could not store the key ({reason}); it will be kept for this session only.</source>
        <translation>システムのキーチェーンにキーを保存できませんでした ({reason})。キーはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>The API key for {endpoint} was entered for {key_host}; the endpoint now points at {host}, so the key is not sent there. Enter the key again in Settings if this server should have it.</source>
        <translation>{endpoint} の API キーは {key_host} 用に入力されました。エンドポイントは現在 {host} を指しているため、キーは送信されません。このサーバーにキーを渡す場合は、設定でもう一度入力してください。</translation>
    </message>
    <message>
        <source>The model&apos;s tokenizer did not answer; estimated instead</source>
        <translation>モデルのトークナイザーが応答しなかったため、推定値を使いました</translation>
    </message>
    <message>
        <source>{host} sent a malformed line in the stream</source>
        <translation>{host} がストリームで不正な形式の行を送信しました</translation>
    </message>
    <message>
        <source>{host} sent data that is not a JSON object</source>
        <translation>{host} が JSON オブジェクトではないデータを送信しました</translation>
    </message>
    <message>
        <source>{host} sent a chunk with unexpected choices</source>
        <translation>{host} が予期しない choices を含むチャンクを送信しました</translation>
    </message>
    <message>
        <source>{host} sent a chunk with an unexpected delta</source>
        <translation>{host} が予期しない delta を含むチャンクを送信しました</translation>
    </message>
    <message>
        <source>{host} sent JSON that is not a chat completion chunk</source>
        <translation>{host} がチャット応答のチャンクではない JSON を送信しました</translation>
    </message>
    <message>
        <source>{host} sent a chunk with unexpected content</source>
        <translation>{host} が予期しない内容のチャンクを送信しました</translation>
    </message>
    <message>
        <source>{host} sent a content block without an index</source>
        <translation>{host} がインデックスのないコンテンツブロックを送信しました</translation>
    </message>
    <message>
        <source>{host} sent a content block delta without a delta</source>
        <translation>{host} が delta のないコンテンツブロック差分を送信しました</translation>
    </message>
    <message>
        <source>{host} sent a delta for a block that never started</source>
        <translation>{host} が開始されていないブロックの差分を送信しました</translation>
    </message>
    <message>
        <source>{host} sent a tool call over {limit} characters</source>
        <translation>{host} が {limit} 文字を超えるツール呼び出しを送信しました</translation>
    </message>
    <message>
        <source>{host} sent an error it did not describe</source>
        <translation>{host} が内容の説明のないエラーを送信しました</translation>
    </message>
    <message>
        <source>{host} sent a chunk that could not be understood</source>
        <translation>{host} が解釈できないチャンクを送信しました</translation>
    </message>
    <message>
        <source>{host} answered with one JSON reply instead of an event stream (does it support streaming?)</source>
        <translation>{host} はイベントストリームではなく単一の JSON 応答を返しました（ストリーミングに対応していますか？）</translation>
    </message>
    <message>
        <source>{host} did not answer with an event stream (got {mime})</source>
        <translation>{host} はイベントストリームで応答しませんでした（受信：{mime}）</translation>
    </message>
    <message>
        <source>{host} did not answer with an event stream (got {mime}); is the server URL right?</source>
        <translation>{host} はイベントストリームで応答しませんでした（受信：{mime}）。サーバーの URL は正しいですか？</translation>
    </message>
    <message>
        <source>{host} did not answer the model list with JSON</source>
        <translation>{host} はモデル一覧を JSON で返しませんでした</translation>
    </message>
    <message>
        <source>{host} answered the model list with unexpected JSON</source>
        <translation>{host} は予期しない形式の JSON でモデル一覧を返しました</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s listing the models of {host}</source>
        <translation>{host} のモデル一覧の取得が {seconds} 秒でタイムアウトしました</translation>
    </message>
    <message>
        <source>Claude cannot read {mime} images (only JPEG, PNG, GIF, WebP)</source>
        <translation>Claude は {mime} 画像を読み込めません（JPEG、PNG、GIF、WebP のみ）</translation>
    </message>
    <message>
        <source>Could not build the request for {provider}</source>
        <translation>{provider} へのリクエストを作成できませんでした</translation>
    </message>
    <message>
        <source>Could not encode the request for {host}</source>
        <translation>{host} へのリクエストをエンコードできませんでした</translation>
    </message>
    <message>
        <source>Unsupported proxy {proxy}: only http:// and https:// proxies are supported</source>
        <translation>サポートされていないプロキシ {proxy}：http:// と https:// のプロキシのみ対応しています</translation>
    </message>
    <message>
        <source>Cannot create the folder for {path}</source>
        <translation>{path} のフォルダーを作成できません</translation>
    </message>
    <message>
        <source>Cannot create the lock file {lock}</source>
        <translation>ロックファイル {lock} を作成できません</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>エントリが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>{key} is not a string</source>
        <translation>{key} が文字列ではありません</translation>
    </message>
    <message>
        <source>&apos;args&apos; is not a list of strings</source>
        <translation>&apos;args&apos; が文字列のリストではありません</translation>
    </message>
    <message>
        <source>&apos;url&apos; must start with http:// or https://</source>
        <translation>&apos;url&apos; は http:// または https:// で始まる必要があります</translation>
    </message>
    <message>
        <source>it has neither a &apos;command&apos; nor a &apos;url&apos;</source>
        <translation>&apos;command&apos; も &apos;url&apos; もありません</translation>
    </message>
    <message>
        <source>&apos;timeout&apos; must be a number of seconds up to {limit}</source>
        <translation>&apos;timeout&apos; は {limit} 以下の秒数である必要があります</translation>
    </message>
    <message>
        <source>{key} is not an object</source>
        <translation>{key} がオブジェクトではありません</translation>
    </message>
    <message>
        <source>&apos;mcpServers&apos; in mcp.json is not an object; it is kept as it is</source>
        <translation>mcp.json の &apos;mcpServers&apos; がオブジェクトではありません。そのまま残します</translation>
    </message>
    <message>
        <source>MCP server {name} cannot be used: {problem}</source>
        <translation>MCP サーバー {name} は使用できません：{problem}</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}); no MCP servers are started for now.</source>
        <translation>{path} を読み込めませんでした（{reason}）。当面 MCP サーバーは起動しません。</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it was kept as {backup} and no MCP servers are configured.</source>
        <translation>{path} が壊れています（{error}）。{backup} として保存しました。MCP サーバーは設定されていません。</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it could not be moved aside and no MCP servers are configured.</source>
        <translation>{path} が壊れています（{error}）。退避できませんでした。MCP サーバーは設定されていません。</translation>
    </message>
    <message>
        <source>Claude Desktop&apos;s configuration was not found at {path}</source>
        <translation>Claude Desktop の設定が {path} に見つかりませんでした</translation>
    </message>
    <message>
        <source>Claude Desktop&apos;s configuration {path} could not be read</source>
        <translation>Claude Desktop の設定 {path} を読み込めませんでした</translation>
    </message>
    <message>
        <source>{path} lists no MCP servers</source>
        <translation>{path} に MCP サーバーがありません</translation>
    </message>
    <message>
        <source>{name} is already configured; it was left as it is</source>
        <translation>{name} はすでに設定されているため、そのままにしました</translation>
    </message>
    <message>
        <source>{name} was imported but cannot be used: {problem}</source>
        <translation>{name} をインポートしましたが、使用できません：{problem}</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}); default settings are used for now.</source>
        <translation>設定ファイル {path} を読み込めませんでした（{reason}）。当面は既定の設定を使います。</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it was kept as {backup} and default settings are used.</source>
        <translation>設定ファイル {path} が壊れています（{error}）。{backup} として保存し、既定の設定を使います。</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it could not be backed up and default settings are used.</source>
        <translation>設定ファイル {path} が壊れています（{error}）。バックアップできなかったため、既定の設定を使います。</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}; using {default}.</source>
        <translation>設定 {key}：{problem}。{default} を使います。</translation>
    </message>
    <message>
        <source>expected {kind}, found {found}</source>
        <translation>{kind}が必要ですが、{found} でした</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
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
        <translation>数値</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Setting {key}: invalid value; dropped.</source>
        <translation>設定 {key}：無効な値のため破棄しました。</translation>
    </message>
    <message>
        <source>Setting {key}: not an object; dropped.</source>
        <translation>設定 {key}：オブジェクトではないため破棄しました。</translation>
    </message>
    <message>
        <source>Setting {key}: missing or not text; endpoint dropped.</source>
        <translation>設定 {key}：ないかテキストではないため、エンドポイントを破棄しました。</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}. The endpoint was disabled.</source>
        <translation>設定 {key}：{problem}。エンドポイントを無効にしました。</translation>
    </message>
    <message>
        <source>Setting {key}: duplicate id; a new one was given.</source>
        <translation>設定 {key}：ID が重複しているため、新しい ID を割り当てました。</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}; dropped.</source>
        <translation>設定 {key}：{problem}。破棄しました。</translation>
    </message>
    <message>
        <source>value must be text</source>
        <translation>値はテキストである必要があります</translation>
    </message>
    <message>
        <source>Setting {key}: not an object; ignored.</source>
        <translation>設定 {key}：オブジェクトではないため無視しました。</translation>
    </message>
    <message>
        <source>Setting {key}: ignored.</source>
        <translation>設定 {key}：無視しました。</translation>
    </message>
    <message>
        <source>Setting {key}: needs a name and a text; dropped.</source>
        <translation>設定 {key}：名前とテキストが必要なため破棄しました。</translation>
    </message>
    <message>
        <source>Setting {key}: expected &quot;target/model&quot;: {low}..{high} tokens; ignored.</source>
        <translation>設定 {key}：&quot;target/model&quot;: {low}..{high} トークンの形式が必要なため無視しました。</translation>
    </message>
    <message>
        <source>Language must be &quot;system&quot; or a code like &quot;ru&quot;, not {code}.</source>
        <translation>言語は &quot;system&quot; か &quot;ru&quot; のようなコードである必要があります（{code} ではありません）。</translation>
    </message>
    <message>
        <source>Two endpoints have the same id.</source>
        <translation>2 つのエンドポイントの ID が同じです。</translation>
    </message>
    <message>
        <source>Theme must be one of {names}.</source>
        <translation>テーマは {names} のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>Model titles must be one of {names}.</source>
        <translation>モデルによるタイトルは {names} のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>フォントサイズ</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>Max tool steps</source>
        <translation>最大ツールステップ数</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}.</source>
        <translation>{what}は {low} から {high} の範囲である必要があります。</translation>
    </message>
    <message>
        <source>must be one of {names}</source>
        <translation>{names} のいずれかである必要があります</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>{low} から {high} の範囲である必要があります</translation>
    </message>
    <message>
        <source>is not a folder path</source>
        <translation>フォルダーのパスではありません</translation>
    </message>
    <message>
        <source>is not base64</source>
        <translation>base64 ではありません</translation>
    </message>
    <message>
        <source>Local model option {name} for {path} is not valid.</source>
        <translation>{path} のローカルモデルのオプション {name} が無効です。</translation>
    </message>
    <message>
        <source>The {name} is not base64.</source>
        <translation>{name} が base64 ではありません。</translation>
    </message>
    <message>
        <source>{field} should be text, not {type}</source>
        <translation>{field} はテキストである必要があります（{type} ではなく）</translation>
    </message>
    <message>
        <source>{field} should be a number, not {type}</source>
        <translation>{field} は数値である必要があります（{type} ではなく）</translation>
    </message>
    <message>
        <source>{field} is out of range</source>
        <translation>{field} が範囲外です</translation>
    </message>
    <message>
        <source>{field} should be an object, not {type}</source>
        <translation>{field} はオブジェクトである必要があります（{type} ではなく）</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>messages should be a list</source>
        <translation>messages はリストである必要があります</translation>
    </message>
    <message>
        <source>a message is not an object</source>
        <translation>メッセージがオブジェクトではありません</translation>
    </message>
    <message>
        <source>unknown message role {role}</source>
        <translation>不明なメッセージの役割 {role}</translation>
    </message>
    <message>
        <source>a message&apos;s content is not text</source>
        <translation>メッセージの内容がテキストではありません</translation>
    </message>
    <message>
        <source>unknown message state {state}</source>
        <translation>不明なメッセージの状態 {state}</translation>
    </message>
    <message>
        <source>{field} should be a message id (a number)</source>
        <translation>{field} はメッセージ ID（数値）である必要があります</translation>
    </message>
    <message>
        <source>message id {id} appears twice</source>
        <translation>メッセージ ID {id} が 2 回出現します</translation>
    </message>
    <message>
        <source>message {id} follows message {parent}, which is not before it in the file</source>
        <translation>メッセージ {id} はメッセージ {parent} に続いていますが、それはファイル内で前にありません</translation>
    </message>
    <message>
        <source>message {id} shows {child}, which is not its reply</source>
        <translation>メッセージ {id} は {child} を表示していますが、それはその返信ではありません</translation>
    </message>
    <message>
        <source>active_root {root} is not a first message</source>
        <translation>active_root {root} は最初のメッセージではありません</translation>
    </message>
    <message>
        <source>a message&apos;s parts should be a list</source>
        <translation>メッセージのパーツはリストである必要があります</translation>
    </message>
    <message>
        <source>a message part is not an object with a kind</source>
        <translation>メッセージのパーツが kind を持つオブジェクトではありません</translation>
    </message>
    <message>
        <source>an attachment&apos;s sha256 is not a SHA-256 checksum</source>
        <translation>添付ファイルの sha256 が SHA-256 チェックサムではありません</translation>
    </message>
    <message>
        <source>it has no &apos;mapping&apos; of messages</source>
        <translation>メッセージの &apos;mapping&apos; がありません</translation>
    </message>
    <message>
        <source>a mapping entry is not an object</source>
        <translation>mapping の項目がオブジェクトではありません</translation>
    </message>
    <message>
        <source>a &apos;parent&apos; link is not a node id</source>
        <translation>&apos;parent&apos; のリンクがノード ID ではありません</translation>
    </message>
    <message>
        <source>the reply tree points to a missing node {node}</source>
        <translation>返信ツリーが存在しないノード {node} を指しています</translation>
    </message>
    <message>
        <source>its reply tree has a cycle</source>
        <translation>返信ツリーに循環があります</translation>
    </message>
    <message>
        <source>&apos;current_node&apos; does not name a message in the mapping</source>
        <translation>&apos;current_node&apos; が mapping 内のメッセージを指していません</translation>
    </message>
    <message>
        <source>a node&apos;s &apos;message&apos; is not an object</source>
        <translation>ノードの &apos;message&apos; がオブジェクトではありません</translation>
    </message>
    <message>
        <source>a text message has no list of &apos;parts&apos;</source>
        <translation>テキストメッセージに &apos;parts&apos; のリストがありません</translation>
    </message>
</context>
<context>
    <name>ModelSelector</name>
    <message>
        <source>Provider or endpoint</source>
        <translation>プロバイダーまたはエンドポイント</translation>
    </message>
    <message>
        <source>No provider chosen</source>
        <translation>プロバイダーが選ばれていません</translation>
    </message>
    <message>
        <source>Model (pick one or type a name)</source>
        <translation>モデル (選択するか名前を入力)</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>{name} (offline)</source>
        <translation>{name}（オフライン）</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers.</source>
        <translation>{name} はオフラインです: サービスが応答しなくなりました。</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>loading models…</source>
        <translation>モデルを読み込み中…</translation>
    </message>
    <message>
        <source>models unavailable</source>
        <translation>モデルを利用できません</translation>
    </message>
</context>
<context>
    <name>ParamsDialog</name>
    <message>
        <source>Default (from Settings)</source>
        <translation>既定 (設定から)</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>会話の設定</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>システム プロンプトなし</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>&amp;Prompt preset:</source>
        <translation>プロンプト プリセット(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>システム プロンプト(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>最大トークン数(&amp;M):</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Prompt: {preset}</source>
        <translation>プロンプト: {preset}</translation>
    </message>
    <message>
        <source>max {tokens}</source>
        <translation>最大 {tokens}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Exporting as PDF…</source>
        <translation>PDF にエクスポートしています…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>印刷しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>PromptPresets</name>
    <message>
        <source>Default</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Concise</source>
        <translation>簡潔</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>プログラマー</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>翻訳者</translation>
    </message>
</context>
<context>
    <name>RowDelegate</name>
    <message>
        <source>New title</source>
        <translation>新しいタイトル</translation>
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
        <translation>送信</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>回答を停止 (Esc)</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>送信 (Enter)</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>回答を停止</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
</context>
<context>
    <name>SessionDrawing</name>
    <message>
        <source>Thinking…</source>
        <translation>考え中…</translation>
    </message>
    <message>
        <source>A tool call waits for your approval in another tab.</source>
        <translation>別のタブでツール呼び出しが承認を待っています。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>エンドポイント(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>an endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Not saved: fix {name} first.</source>
        <translation>保存されていません: 先に {name} を修正してください。</translation>
    </message>
    <message>
        <source>Not saved: fix the highlighted settings first.</source>
        <translation>保存されていません: 先に強調表示された設定を修正してください。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <translation>設定を保存できませんでした: {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Message box</source>
        <translation>メッセージ欄</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>改行</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Buttons of the chosen message, then its links</source>
        <translation>選択したメッセージのボタン、次にそのリンク</translation>
    </message>
    <message>
        <source>Press the focused button or link</source>
        <translation>フォーカスのあるボタンやリンクを押す</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>検索バー</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>次 / 前の一致</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>サイドバー</translation>
    </message>
    <message>
        <source>Open in this tab</source>
        <translation>このタブで開く</translation>
    </message>
    <message>
        <source>Open in a new tab</source>
        <translation>新しいタブで開く</translation>
    </message>
    <message>
        <source>Ctrl+Enter, middle click</source>
        <translation>Ctrl+Enter、中クリック</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Delete (with undo)</source>
        <translation>削除 (元に戻せます)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>削除を元に戻す</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>その他の操作</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>メニュー キー、Shift+F10</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>double click</source>
        <translation>ダブルクリック</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>middle click</source>
        <translation>中クリック</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>絞り込み…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>ショートカットを絞り込む</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>会話の一覧</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Could not delete: {exc}</source>
        <translation>削除できませんでした: {exc}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>元に戻す操作はありません</translation>
    </message>
    <message>
        <source>Could not rename: {exc}</source>
        <translation>名前を変更できませんでした: {exc}</translation>
    </message>
    <message>
        <source>Could not pin: {exc}</source>
        <translation>ピン留めできませんでした: {exc}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open in New Tab	Ctrl+Enter</source>
        <translation>新しいタブで開く	Ctrl+Enter</translation>
    </message>
    <message>
        <source>Rename	F2</source>
        <translation>名前を変更	F2</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>ピン留めを外す</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Delete	Del</source>
        <translation>削除	Del</translation>
    </message>
    <message>
        <source>Undo Delete	Ctrl+Z</source>
        <translation>削除を元に戻す	Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>SidebarGroups</name>
    <message>
        <source>Pinned</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>過去 7 日間</translation>
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
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Notice action</source>
        <translation>お知らせの操作</translation>
    </message>
</context>
<context>
    <name>ToolLines</name>
    <message>
        <source>waiting for you</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>拒否</translation>
    </message>
    <message numerus="yes">
        <source>({count} character(s) in all)</source>
        <translation>
            <numerusform>（全 {count} 文字）</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>ToolsButton</name>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>The tools this conversation may offer the model</source>
        <translation>この会話がモデルに提供できるツール</translation>
    </message>
    <message>
        <source>Tools for this conversation</source>
        <translation>この会話のツール</translation>
    </message>
    <message>
        <source>Tools (some off)</source>
        <translation>ツール (一部オフ)</translation>
    </message>
    <message>
        <source>    {tool}</source>
        <translation>    {tool}</translation>
    </message>
    <message>
        <source>No MCP servers are on</source>
        <translation>オンの MCP サーバーはありません</translation>
    </message>
    <message>
        <source>Manage Tools…</source>
        <translation>ツールを管理…</translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <source>This is not valid JSON: {exc}</source>
        <translation>有効な JSON ではありません: {exc}</translation>
    </message>
    <message>
        <source>Paste a JSON object (the mcpServers snippet of the server&apos;s README).</source>
        <translation>JSON オブジェクト (サーバーの README にある mcpServers の断片) を貼り付けてください。</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>サーバーに名前を付けてください。</translation>
    </message>
    <message>
        <source>No server found in the snippet.</source>
        <translation>断片にサーバーが見つかりません。</translation>
    </message>
    <message>
        <source>Tools (MCP servers)</source>
        <translation>ツール (MCP サーバー)</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP サーバー</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>サーバーのログ</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>オフにする</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Revoke Always Allow</source>
        <translation>「常に許可」を取り消す</translation>
    </message>
    <message>
        <source>Import from Claude Desktop</source>
        <translation>Claude Desktop からインポート</translation>
    </message>
    <message>
        <source>Tool steps per answer:</source>
        <translation>1 回答あたりのツールステップ数：</translation>
    </message>
    <message>
        <source>How many times the model may call tools before it must answer</source>
        <translation>モデルが回答する前にツールを呼び出せる回数</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (オフ)</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>サインインが必要</translation>
    </message>
    <message>
        <source>No MCP servers yet. Add one by pasting the mcpServers snippet from its README, or import Claude Desktop&apos;s.</source>
        <translation>MCP サーバーはまだありません。README にある mcpServers の断片を貼り付けて追加するか、Claude Desktop のものをインポートしてください。</translation>
    </message>
    <message>
        <source>not listed yet</source>
        <translation>まだ取得していません</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>状態: {state}</translation>
    </message>
    <message>
        <source>Timeout: {seconds} s</source>
        <translation>タイムアウト: {seconds} 秒</translation>
    </message>
    <message>
        <source>Tools: {tools}</source>
        <translation>ツール: {tools}</translation>
    </message>
    <message>
        <source>Always allowed: {tools}</source>
        <translation>常に許可: {tools}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>最後のエラー: {error}</translation>
    </message>
    <message>
        <source>Turn On</source>
        <translation>オンにする</translation>
    </message>
    <message>
        <source>Could not save mcp.json: {exc}</source>
        <translation>mcp.json を保存できませんでした: {exc}</translation>
    </message>
    <message>
        <source>Add MCP Server</source>
        <translation>MCP サーバーを追加</translation>
    </message>
    <message>
        <source>Paste the server&apos;s mcpServers snippet (JSON):</source>
        <translation>サーバーの mcpServers の断片 (JSON) を貼り付けてください:</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} を編集</translation>
    </message>
    <message>
        <source>The entry of {name} (JSON):</source>
        <translation>{name} の項目 (JSON):</translation>
    </message>
    <message>
        <source>Saved {names}.</source>
        <translation>{names} を保存しました。</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} を削除しました。</translation>
    </message>
    <message>
        <source>{name} did not start: {exc}</source>
        <translation>{name} を起動できませんでした: {exc}</translation>
    </message>
    <message>
        <source>{name}&apos;s tools ask again before each call.</source>
        <translation>{name} のツールは呼び出しのたびに再び確認します。</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} をインポートしました</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>インポートするものはありません。</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>▾ Hide</source>
        <translation>▾ 隠す</translation>
    </message>
    <message>
        <source>thought process</source>
        <translation>思考過程</translation>
    </message>
    <message>
        <source>▸ Show</source>
        <translation>▸ 表示</translation>
    </message>
    <message>
        <source>thought process ({words} words)</source>
        <translation>思考過程（{words} 語）</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>version {index}/{count}</source>
        <translation>バージョン {index}/{count}</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} トークン/秒</translation>
    </message>
    <message>
        <source>first token {seconds} s</source>
        <translation>最初のトークンまで {seconds} 秒</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断されました</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>以前のメッセージを %n 件表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>{provider} does not take %n option(s): {options}</source>
        <translation>
            <numerusform>{provider} は %n 個のオプションを受け付けません：{options}</numerusform>
        </translation>
    </message>
</context>
</TS>
