<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Ava Desktop</source>
        <translation>О программе Ava Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ava Desktop {version}&lt;/h2&gt;&lt;p&gt;A desktop chat client for large language models.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ava Desktop {version}&lt;/h2&gt;&lt;p&gt;Настольный клиент для общения с большими языковыми моделями.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Открыть папку данных</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Журналы:</translation>
    </message>
    <message>
        <source>Open the logs folder</source>
        <translation>Открыть папку журналов</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Чат</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Новый чат</translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation>&amp;Вернуть закрытую вкладку</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Закрыть вкладку</translation>
    </message>
    <message>
        <source>&amp;Conversations and Search…</source>
        <translation>&amp;Беседы и поиск…</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>&amp;Экспортировать беседу…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Export &amp;All (Backup)…</source>
        <translation>Экспортировать &amp;все (резервная копия)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Copy &amp;Last Answer</source>
        <translation>Копировать &amp;последний ответ</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation…</source>
        <translation>&amp;Найти в беседе…</translation>
    </message>
    <message>
        <source>Copy &amp;Conversation as Markdown</source>
        <translation>Копировать &amp;беседу как Markdown</translation>
    </message>
    <message>
        <source>Conversation &amp;Sidebar</source>
        <translation>&amp;Боковая панель бесед</translation>
    </message>
    <message>
        <source>Search in the S&amp;idebar</source>
        <translation>П&amp;оиск в боковой панели</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Крупнее текст</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Мельче текст</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Следующая вкладка</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Предыдущая вкладка</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>&amp;Regenerate Answer</source>
        <translation>&amp;Сгенерировать ответ заново</translation>
    </message>
    <message>
        <source>&amp;Edit Last Message</source>
        <translation>&amp;Изменить последнее сообщение</translation>
    </message>
    <message>
        <source>Previous &amp;Version of the Answer</source>
        <translation>&amp;Предыдущая версия ответа</translation>
    </message>
    <message>
        <source>Next Ve&amp;rsion of the Answer</source>
        <translation>С&amp;ледующая версия ответа</translation>
    </message>
    <message>
        <source>Select Previous Messa&amp;ge</source>
        <translation>Выбрать пред&amp;ыдущее сообщение</translation>
    </message>
    <message>
        <source>Select &amp;Next Message</source>
        <translation>Выбрать с&amp;ледующее сообщение</translation>
    </message>
    <message>
        <source>&amp;Tools (MCP Servers)…</source>
        <translation>&amp;Инструменты (серверы MCP)…</translation>
    </message>
    <message>
        <source>&amp;Find Local Servers</source>
        <translation>&amp;Найти локальные серверы</translation>
    </message>
    <message>
        <source>Add &amp;Local Model File…</source>
        <translation>Добавить файл &amp;локальной модели…</translation>
    </message>
    <message>
        <source>Local &amp;Model Options…</source>
        <translation>Параметры локальной &amp;модели…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Комбинации клавиш</translation>
    </message>
    <message>
        <source>&amp;About Ava Desktop</source>
        <translation>&amp;О программе Ava Desktop</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>API key not sent</source>
        <extracomment>One per app: the per-model corrections learned from reported usage are shared.</extracomment>
        <translation>Ключ API не отправлен</translation>
    </message>
    <message>
        <source>The settings could not be saved to {path} ({reason}).</source>
        <translation>Не удалось сохранить настройки в {path} ({reason}).</translation>
    </message>
    <message>
        <source>The settings could not be saved ({reason}).</source>
        <translation>Не удалось сохранить настройки ({reason}).</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
    <message>
        <source>They are kept while Ava runs and saved again with the next change.</source>
        <translation>Они действуют, пока Ava работает, и будут сохранены снова при следующем изменении.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The MCP server {name} needs you to sign in: Chat → Tools…, select it, then Sign In.</source>
        <translation>MCP-сервер {name} требует входа: Чат → Инструменты…, выберите его и нажмите «Войти».</translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <source>Tool call waiting for approval</source>
        <translation>Вызов инструмента ждёт разрешения</translation>
    </message>
    <message>
        <source>Arguments of the tool call</source>
        <translation>Аргументы вызова инструмента</translation>
    </message>
    <message>
        <source>Allow once (Enter)</source>
        <translation>Разрешить один раз (Enter)</translation>
    </message>
    <message>
        <source>Always allow this tool</source>
        <translation>Всегда разрешать этот инструмент</translation>
    </message>
    <message>
        <source>Deny (Esc)</source>
        <translation>Запретить (Esc)</translation>
    </message>
    <message numerus="yes">
        <source> (%n more waiting)</source>
        <translation>
            <numerusform> (ещё %n ожидает)</numerusform>
            <numerusform> (ещё %n ожидают)</numerusform>
            <numerusform> (ещё %n ожидают)</numerusform>
        </translation>
    </message>
    <message>
        <source>The model wants to run {tool} from the {server} server{more}. Allow it?</source>
        <translation>Модель хочет запустить {tool} с сервера {server}{more}. Разрешить?</translation>
    </message>
    <message numerus="yes">
        <source>({count} character(s) in all)</source>
        <translation>
            <numerusform>(всего {count} символ)</numerusform>
            <numerusform>(всего {count} символа)</numerusform>
            <numerusform>(всего {count} символов)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachButton</name>
    <message>
        <source>Attach files or images ({shortcut})</source>
        <translation>Прикрепить файлы или изображения ({shortcut})</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Images and documents</source>
        <translation>Изображения и документы</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Убрать {name}</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Не прикреплено</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>чтение</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>не прикреплено</translation>
    </message>
    <message>
        <source>Attachment {name}, {state}</source>
        <translation>Вложение {name}, {state}</translation>
    </message>
    <message>
        <source>Delete or Backspace removes it</source>
        <translation>Delete или Backspace удаляет его</translation>
    </message>
</context>
<context>
    <name>AttachmentProcessor</name>
    <message>
        <source>{name} could not be attached ({error}).</source>
        <translation>Не удалось прикрепить {name} ({error}).</translation>
    </message>
    <message>
        <source>{name}: cancelled.</source>
        <translation>{name}: отменено.</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>{name} is cut off ({why}); attach a complete copy.</source>
        <translation>Файл {name} обрезан ({why}); прикрепите полную копию.</translation>
    </message>
    <message>
        <source>{name} is not an image Ava can read (PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>{name} — не изображение, которое Ava умеет читать (PNG, JPEG, WebP, GIF, BMP).</translation>
    </message>
    <message>
        <source>{name} does not say how large it is; it is damaged or not an image.</source>
        <translation>В {name} не указан размер: файл повреждён или это не изображение.</translation>
    </message>
    <message>
        <source>{name} claims {width} × {height} pixels ({megapixels} megapixels), over the {limit} megapixel limit; it was not opened (it could exhaust memory).</source>
        <translation>Изображение {name} заявляет размер {width} × {height} пикселей ({megapixels} мегапикселей), больше предела в {limit} мегапикселей; оно не открыто (могло бы исчерпать память).</translation>
    </message>
    <message>
        <source>{name} could not be decoded ({error}).</source>
        <translation>Не удалось декодировать {name} ({error}).</translation>
    </message>
    <message>
        <source>{name}: the clipboard image is empty.</source>
        <translation>{name}: изображение в буфере обмена пустое.</translation>
    </message>
    <message>
        <source>{name} is over the {limit} megapixel limit.</source>
        <translation>{name} больше предела в {limit} мегапикселей.</translation>
    </message>
    <message>
        <source>the PNG has no end marker</source>
        <translation>у PNG нет маркера конца</translation>
    </message>
    <message>
        <source>the JPEG has no end marker</source>
        <translation>у JPEG нет маркера конца</translation>
    </message>
    <message>
        <source>the WebP is shorter than it says</source>
        <translation>WebP короче заявленного</translation>
    </message>
    <message>
        <source>the BMP is shorter than it says</source>
        <translation>BMP короче заявленного</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached; the link to {hosts} was not downloaded.</source>
        <translation>Прикреплять можно только файлы с этого компьютера; ссылка на {hosts} не загружена.</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not attached: at most %n attachment(s) go with one message.</source>
        <translation>
            <numerusform>{name} не прикреплён: к одному сообщению можно прикрепить не больше %n вложения.</numerusform>
            <numerusform>{name} не прикреплён: к одному сообщению можно прикрепить не больше %n вложений.</numerusform>
            <numerusform>{name} не прикреплён: к одному сообщению можно прикрепить не больше %n вложений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first {count} character(s) of {name} are kept (the limit for one attachment).</source>
        <translation>
            <numerusform>Из {name} сохранены только первые {count} символ (предел для одного вложения).</numerusform>
            <numerusform>Из {name} сохранены только первые {count} символа (предел для одного вложения).</numerusform>
            <numerusform>Из {name} сохранены только первые {count} символов (предел для одного вложения).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{size} · {count} char(s)</source>
        <translation>
            <numerusform>{size} · {count} символ</numerusform>
            <numerusform>{size} · {count} символа</numerusform>
            <numerusform>{size} · {count} символов</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is attached already.</source>
        <translation>{name} уже прикреплён.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>Не удалось показать изображение.</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Копировать изображение</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Текст {name}</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Не удалось сохранить: {error}</translation>
    </message>
</context>
<context>
    <name>AttachmentsAndCopy</name>
    <message>
        <source>No answer to copy yet</source>
        <translation>Пока нет ответа для копирования</translation>
    </message>
    <message>
        <source>Copied the last answer as Markdown</source>
        <translation>Последний ответ скопирован как Markdown</translation>
    </message>
    <message>
        <source>Copied the conversation as Markdown</source>
        <translation>Беседа скопирована как Markdown</translation>
    </message>
</context>
<context>
    <name>AvaApp</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Ava Desktop</source>
        <translation>Ava Desktop</translation>
    </message>
    <message>
        <source>Ava Desktop cannot use its data folder: {exc}</source>
        <translation>Ava Desktop не может использовать свою папку данных: {exc}</translation>
    </message>
    <message>
        <source>Ava Desktop is already running with the data folder {folder} but does not answer. Close it (or end its process), or start with another --data-dir.</source>
        <translation>Ava Desktop уже запущена с папкой данных {folder}, но не отвечает. Закройте её (или завершите её процесс) либо запустите с другим --data-dir.</translation>
    </message>
</context>
<context>
    <name>ChatSetup</name>
    <message>
        <source>No provider is connected yet. Open Settings (Ctrl+,) to add an endpoint with its API key (OpenAI, OpenRouter, Groq, DeepSeek, Mistral, …), or start a local server such as Ollama, LM Studio or llama.cpp: Ava finds it by itself (Chat → Find Local Servers).</source>
        <translation>Ни один провайдер ещё не подключён. Откройте настройки (Ctrl+,) и добавьте сервер с ключом API (OpenAI, OpenRouter, Groq, DeepSeek, Mistral, …) или запустите локальный сервер, например Ollama, LM Studio или llama.cpp: Ava найдёт его сама (Чат → Найти локальные серверы).</translation>
    </message>
    <message>
        <source>System prompt, temperature and length for this chat</source>
        <translation>Системный промпт, температура и длина ответа для этого чата</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Открыть настройки…</translation>
    </message>
    <message>
        <source>Could not save the model choice: {exc}</source>
        <translation>Не удалось сохранить выбор модели: {exc}</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers.</source>
        <translation>{name} недоступен: сервис больше не отвечает.</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers. Pick another provider above.</source>
        <translation>{name} недоступен: сервис больше не отвечает. Выберите другого провайдера выше.</translation>
    </message>
    <message>
        <source>Chatting with {name}. Type a message below.</source>
        <translation>Чат с {name}. Введите сообщение ниже.</translation>
    </message>
    <message>
        <source>Could not save the chat settings: {exc}</source>
        <translation>Не удалось сохранить настройки чата: {exc}</translation>
    </message>
    <message>
        <source>Choose a provider first (Settings, Ctrl+,).</source>
        <translation>Сначала выберите провайдера (Настройки, Ctrl+,).</translation>
    </message>
    <message>
        <source>Type or choose a model first.</source>
        <translation>Сначала введите или выберите модель.</translation>
    </message>
    <message>
        <source>{name} is offline; trying anyway.</source>
        <translation>{name} недоступен; всё равно пробуем.</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <source>Editing a message: Enter sends it as a new version (the old one stays), Esc cancels.</source>
        <translation>Редактирование сообщения: Enter отправит его как новую версию (старая останется), Esc — отмена.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Сравнить…</translation>
    </message>
    <message>
        <source>Ask several models the next message, side by side</source>
        <translation>Задать следующее сообщение нескольким моделям и сравнить ответы рядом</translation>
    </message>
    <message>
        <source>Blocked a link Ava does not open: {url}</source>
        <translation>Заблокирована ссылка, которую Ava не открывает: {url}</translation>
    </message>
    <message>
        <source>Still answering: press Esc to stop it, your text is kept.</source>
        <translation>Ответ ещё идёт: нажмите Esc, чтобы остановить его; ваш текст сохранён.</translation>
    </message>
    <message>
        <source>Still reading an attachment; send again when it is ready.</source>
        <translation>Вложение ещё читается; отправьте снова, когда оно будет готово.</translation>
    </message>
    <message>
        <source>Could not save the tool choice: {exc}</source>
        <translation>Не удалось сохранить выбор инструментов: {exc}</translation>
    </message>
    <message>
        <source>The next message goes to {names}, side by side. Esc cancels.</source>
        <translation>Следующее сообщение уйдёт в {names} для сравнения рядом. Esc — отмена.</translation>
    </message>
    <message>
        <source>Still answering: wait for every model, or press Esc.</source>
        <translation>Ответ ещё идёт: дождитесь всех моделей или нажмите Esc.</translation>
    </message>
    <message>
        <source>Still answering: press Esc to stop it first.</source>
        <translation>Ответ ещё идёт: сначала остановите его клавишей Esc.</translation>
    </message>
</context>
<context>
    <name>ChatTabBar</name>
    <message>
        <source>Close tab</source>
        <translation>Закрыть вкладку</translation>
    </message>
    <message>
        <source>Close tab (Ctrl+W)</source>
        <translation>Закрыть вкладку (Ctrl+W)</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>No wrap</source>
        <translation>Без переноса</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>С переносом</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[изображение: {alt}]</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Answer of {model}</source>
        <translation>Ответ {model}</translation>
    </message>
    <message>
        <source>Continue with this answer</source>
        <translation>Продолжить с этим ответом</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} ток/с</translation>
    </message>
    <message>
        <source>first token {seconds} s</source>
        <translation>первый токен через {seconds} с</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Ask Several Models</source>
        <translation>Спросить несколько моделей</translation>
    </message>
    <message>
        <source>Model {number}</source>
        <translation>Модель {number}</translation>
    </message>
    <message>
        <source>Ask These Models</source>
        <translation>Спросить эти модели</translation>
    </message>
    <message>
        <source>The next message goes to each model checked here; their answers stream side by side.</source>
        <translation>Следующее сообщение уйдёт каждой отмеченной здесь модели; их ответы будут выводиться рядом.</translation>
    </message>
    <message>
        <source>Check two to four models, each with a provider and a model name.</source>
        <translation>Отметьте от двух до четырёх моделей, указав для каждой провайдера и название модели.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line</source>
        <translation>Сообщение — Enter, чтобы отправить, Shift+Enter — новая строка</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>ContextChecks</name>
    <message>
        <source>Too long for the model</source>
        <translation>Слишком длинно для модели</translation>
    </message>
    <message>
        <source>Send the First Part of {name}</source>
        <translation>Отправить начало {name}</translation>
    </message>
    <message>
        <source>Leave Out the Oldest {drop} Messages</source>
        <translation>Не отправлять самые старые сообщения ({drop})</translation>
    </message>
    <message>
        <source>New Conversation from a Summary</source>
        <translation>Новая беседа из краткого содержания</translation>
    </message>
    <message numerus="yes">
        <source>This request takes about {count} token(s), and the model&apos;s context holds {limit} (with room for the answer). What should Ava do?</source>
        <translation>
            <numerusform>Этот запрос занимает около {count} токена, а контекст модели вмещает {limit} (с учётом места для ответа). Что сделать?</numerusform>
            <numerusform>Этот запрос занимает около {count} токенов, а контекст модели вмещает {limit} (с учётом места для ответа). Что сделать?</numerusform>
            <numerusform>Этот запрос занимает около {count} токенов, а контекст модели вмещает {limit} (с учётом места для ответа). Что сделать?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} alone is about {count} token(s) ({chars} characters); about {room} are free.</source>
        <translation>
            <numerusform>Только {name} занимает около {count} токена ({chars} символов); свободно около {room}.</numerusform>
            <numerusform>Только {name} занимает около {count} токенов ({chars} символов); свободно около {room}.</numerusform>
            <numerusform>Только {name} занимает около {count} токенов ({chars} символов); свободно около {room}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave Out the Oldest %n Message(s)</source>
        <translation>
            <numerusform>Не отправлять %n самое старое сообщение</numerusform>
            <numerusform>Не отправлять %n самых старых сообщения</numerusform>
            <numerusform>Не отправлять %n самых старых сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Всё равно отправить</translation>
    </message>
    <message>
        <source>The server says this request is longer than the model&apos;s context. What should Ava do?</source>
        <translation>Сервер сообщает, что этот запрос длиннее контекста модели. Что сделать Ava?</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <source>Context: not measured yet</source>
        <extracomment>(light theme, dark theme) text colours, readable on each theme&apos;s window background.</extracomment>
        <translation>Контекст: ещё не измерен</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>counted by the model&apos;s tokenizer</source>
        <translation>подсчитано токенизатором модели</translation>
    </message>
    <message>
        <source>as reported by the server</source>
        <translation>по данным сервера</translation>
    </message>
    <message>
        <source>, near the limit</source>
        <translation>, близко к пределу</translation>
    </message>
    <message>
        <source>, too long for the model</source>
        <translation>, слишком длинно для модели</translation>
    </message>
    <message>
        <source>Context: {used} of {limit} tokens ({how})</source>
        <translation>Контекст: {used} из {limit} токенов ({how})</translation>
    </message>
    <message>
        <source>Context: {used} tokens ({how})</source>
        <translation>Контекст: {used} токенов ({how})</translation>
    </message>
</context>
<context>
    <name>ContextTip</name>
    <message>
        <source>set in Settings</source>
        <translation>задано в настройках</translation>
    </message>
    <message>
        <source>from the server&apos;s model list</source>
        <translation>из списка моделей сервера</translation>
    </message>
    <message>
        <source>the local model&apos;s context size (n_ctx)</source>
        <translation>размер контекста локальной модели (n_ctx)</translation>
    </message>
    <message>
        <source>typical for this model (approximate)</source>
        <translation>типичное для этой модели (примерно)</translation>
    </message>
    <message numerus="yes">
        <source>{count} token(s) in the next request</source>
        <translation>
            <numerusform>{count} токен в следующем запросе</numerusform>
            <numerusform>{count} токена в следующем запросе</numerusform>
            <numerusform>{count} токенов в следующем запросе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• {count} as the server reported after the last answer</source>
        <translation>
            <numerusform>• {count} — по данным сервера после последнего ответа</numerusform>
            <numerusform>• {count} — по данным сервера после последнего ответа</numerusform>
            <numerusform>• {count} — по данным сервера после последнего ответа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• {count} counted by the model&apos;s tokenizer</source>
        <translation>
            <numerusform>• {count} подсчитан токенизатором модели</numerusform>
            <numerusform>• {count} подсчитаны токенизатором модели</numerusform>
            <numerusform>• {count} подсчитано токенизатором модели</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• about {count} estimated (≈4 characters per token, 1 per CJK character; images by the provider&apos;s formula)</source>
        <translation>
            <numerusform>• около {count} — оценка (≈4 символа на токен, 1 на символ CJK; изображения — по формуле провайдера)</numerusform>
            <numerusform>• около {count} — оценка (≈4 символа на токен, 1 на символ CJK; изображения — по формуле провайдера)</numerusform>
            <numerusform>• около {count} — оценка (≈4 символа на токен, 1 на символ CJK; изображения — по формуле провайдера)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates for this model were {percent}% low against the server&apos;s count; corrected ×{ratio}.</source>
        <translation>Оценки для этой модели оказались на {percent}% ниже подсчёта сервера; поправка ×{ratio}.</translation>
    </message>
    <message>
        <source>Estimates for this model were {percent}% high against the server&apos;s count; corrected ×{ratio}.</source>
        <translation>Оценки для этой модели оказались на {percent}% выше подсчёта сервера; поправка ×{ratio}.</translation>
    </message>
    <message>
        <source>Context window: {limit} tokens, {source}.</source>
        <translation>Контекстное окно: {limit} токенов, {source}.</translation>
    </message>
    <message>
        <source>{reserve} of them are kept free for the answer.</source>
        <translation>Из них {reserve} оставлено свободными для ответа.</translation>
    </message>
    <message>
        <source>This model&apos;s context window is not known: set it in Settings (model_context_windows).</source>
        <translation>Контекстное окно этой модели неизвестно: задайте его в настройках (model_context_windows).</translation>
    </message>
    <message numerus="yes">
        <source>Too long: leaving out the %n oldest message(s) would make it fit.</source>
        <translation>
            <numerusform>Слишком длинно: поместится, если не отправлять %n самое старое сообщение.</numerusform>
            <numerusform>Слишком длинно: поместится, если не отправлять %n самых старых сообщения.</numerusform>
            <numerusform>Слишком длинно: поместится, если не отправлять %n самых старых сообщений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long even without older messages: start a new conversation with a summary.</source>
        <translation>Слишком длинно даже без старых сообщений: начните новую беседу с кратким изложением.</translation>
    </message>
</context>
<context>
    <name>ConversationCommands</name>
    <message>
        <source>No closed tab to reopen</source>
        <translation>Нет закрытых вкладок</translation>
    </message>
    <message>
        <source>That conversation no longer exists</source>
        <translation>Этой беседы больше нет</translation>
    </message>
    <message>
        <source>History is not available (the database could not be opened)</source>
        <translation>История недоступна (не удалось открыть базу данных)</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>Беседа «{title}» удалена</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Беседа без названия</translation>
    </message>
    <message>
        <source>Could not read the conversations: {exc}</source>
        <translation>Не удалось прочитать беседы: {exc}</translation>
    </message>
    <message>
        <source>Could not search: {exc}</source>
        <translation>Не удалось выполнить поиск: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>Найдена %n</numerusform>
            <numerusform>Найдено %n</numerusform>
            <numerusform>Найдено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
</context>
<context>
    <name>DialogCommands</name>
    <message>
        <source>Text size {size} pt</source>
        <translation>Размер текста {size} пт</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>Обычный размер текста</translation>
    </message>
    <message numerus="yes">
        <source>%n answer was cut off when Ava last stopped; the text is kept and can be continued.</source>
        <translation>
            <numerusform>%n ответ был прерван при последней остановке Ava; текст сохранён, его можно продолжить.</numerusform>
            <numerusform>%n ответа были прерваны при последней остановке Ava; текст сохранён, их можно продолжить.</numerusform>
            <numerusform>%n ответов были прерваны при последней остановке Ava; текст сохранён, их можно продолжить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers were cut off when Ava last stopped; the text is kept and can be continued.</source>
        <translation>
            <numerusform>%n ответ был прерван при последней остановке Ava; текст сохранён, его можно продолжить.</numerusform>
            <numerusform>%n ответа были прерваны при последней остановке Ava; текст сохранён, их можно продолжить.</numerusform>
            <numerusform>%n ответов были прерваны при последней остановке Ava; текст сохранён, их можно продолжить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for local servers…</source>
        <translation>Поиск локальных серверов…</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n model(s))</source>
        <translation>
            <numerusform>{name} (%n модель)</numerusform>
            <numerusform>{name} (%n модели)</numerusform>
            <numerusform>{name} (%n моделей)</numerusform>
        </translation>
    </message>
    <message>
        <source>Found {names}</source>
        <translation>Найдено: {names}</translation>
    </message>
    <message>
        <source>No local server answered</source>
        <translation>Ни один локальный сервер не ответил</translation>
    </message>
    <message>
        <source>⚠ History is not being saved</source>
        <translation>⚠ История не сохраняется</translation>
    </message>
    <message>
        <source>Conversation history unavailable</source>
        <translation>История бесед недоступна</translation>
    </message>
    <message>
        <source>Ava Desktop will run, but new conversations are not saved until this is resolved. The existing file was not changed.</source>
        <translation>Ava Desktop будет работать, но новые беседы не сохранятся, пока проблема не решена. Существующий файл не изменён.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>Ava Desktop hit an unexpected error. It was logged; your conversations are safe.</source>
        <translation>В Ava Desktop произошла непредвиденная ошибка. Она записана в журнал; ваши беседы в сохранности.</translation>
    </message>
</context>
<context>
    <name>EndpointDraft</name>
    <message>
        <source>new, unsaved</source>
        <translation>новый, не сохранён</translation>
    </message>
    <message>
        <source>removed on save</source>
        <translation>будет удалён при сохранении</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>сохранён</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>на этот сеанс</translation>
    </message>
    <message>
        <source>Header row {row}: {problem}</source>
        <translation>Заголовок в строке {row}: {problem}</translation>
    </message>
    <message>
        <source>Header row {row}: {name} is listed twice.</source>
        <translation>Заголовок в строке {row}: {name} указан дважды.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Название не указано.</translation>
    </message>
    <message>
        <source>The API key must not contain spaces or control characters.</source>
        <translation>Ключ API не должен содержать пробелы или управляющие символы.</translation>
    </message>
    <message>
        <source>The base URL now points to {new_host}: type its API key again (the stored key is only for {old_host}), or remove the key.</source>
        <translation>Базовый URL теперь указывает на {new_host}: введите ключ API заново (сохранённый ключ только для {old_host}) или удалите ключ.</translation>
    </message>
    <message>
        <source>✓ Connected, but the server lists no models.</source>
        <translation>✓ Подключено, но сервер не сообщает ни одной модели.</translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>memory for this session only</source>
        <translation>памяти только на этот сеанс</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>системной связке ключей</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Удалить ключ</translation>
    </message>
    <message>
        <source>Ena&amp;bled</source>
        <translation>&amp;Включён</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Дополнительные заголовки</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Добавить заголовок</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Удалить заголовок</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>List the server&apos;s models with the values in this form</source>
        <translation>Запросить список моделей сервера с данными из этой формы</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Базовый &amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Доп. &amp;заголовки:</translation>
    </message>
    <message>
        <source>The key will be removed when you save</source>
        <translation>Ключ будет удалён при сохранении</translation>
    </message>
    <message>
        <source>The saved key is in a keychain not available now; type it again</source>
        <translation>Сохранённый ключ находится в недоступной сейчас связке ключей; введите его заново</translation>
    </message>
    <message>
        <source>•••• stored in {where} (type to replace)</source>
        <translation>•••• хранится в {where} (введите, чтобы заменить)</translation>
    </message>
    <message>
        <source>•••• kept for this session only (type to replace)</source>
        <translation>•••• хранится только на этот сеанс (введите, чтобы заменить)</translation>
    </message>
    <message>
        <source>Paste the key; it is saved in {where}</source>
        <translation>Вставьте ключ; он будет сохранён в {where}</translation>
    </message>
    <message>
        <source>Fix the fields above first.</source>
        <translation>Сначала исправьте поля выше.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s): {names}</source>
        <translation>
            <numerusform>%n модель: {names}</numerusform>
            <numerusform>%n модели: {names}</numerusform>
            <numerusform>%n моделей: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>The test failed: {problem}</source>
        <translation>Проверка не удалась: {problem}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>EndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation>Серверы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Базовый URL</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Tick an endpoint to enable it</source>
        <translation>Отметьте сервер, чтобы включить его</translation>
    </message>
    <message>
        <source>{name} ({where})</source>
        <translation>{name} ({where})</translation>
    </message>
    <message>
        <source>Custom (any OpenAI-compatible server)</source>
        <translation>Свой (любой OpenAI-совместимый сервер)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove endpoint</source>
        <translation>&amp;Удалить сервер</translation>
    </message>
    <message>
        <source>New endpoint &amp;from:</source>
        <translation>Новый сервер &amp;из:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Needs fixing before it can be saved</source>
        <translation>Нужно исправить перед сохранением</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой сервер</translation>
    </message>
    <message>
        <source>Added {name}; Save keeps it.</source>
        <translation>Добавлен {name}; нажмите «Сохранить», чтобы оставить его.</translation>
    </message>
    <message>
        <source>Removed {name}; Cancel brings it back.</source>
        <translation>Удалён {name}; «Отмена» вернёт его.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Nothing to export yet</source>
        <translation>Пока нечего экспортировать</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Экспорт беседы</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json);;Web page (*.html)</source>
        <translation>Markdown (*.md);;JSON (*.json);;Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message>
        <source>Exported to {target}</source>
        <translation>Экспортировано в {target}</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>Печатать пока нечего</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Отправлено на принтер</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Не удалось напечатать</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>Экспорт всех бесед</translation>
    </message>
    <message>
        <source>Ava backup (*.json)</source>
        <translation>Резервная копия Ava (*.json)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Не удалось создать резервную копию</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n conversation(s) to {path}</source>
        <translation>
            <numerusform>%n беседа сохранена в {path}</numerusform>
            <numerusform>%n беседы сохранены в {path}</numerusform>
            <numerusform>%n бесед сохранено в {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Импорт бесед</translation>
    </message>
    <message>
        <source>Conversations (*.json *.zip);;All files (*)</source>
        <translation>Беседы (*.json *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Не удалось импортировать</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) ({skipped} were already here)</source>
        <translation>
            <numerusform>Импортирована %n беседа (уже были: {skipped})</numerusform>
            <numerusform>Импортировано %n беседы (уже были: {skipped})</numerusform>
            <numerusform>Импортировано %n бесед (уже были: {skipped})</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a GGUF model file</source>
        <translation>Добавить файл модели GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Модели GGUF (*.gguf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Not a GGUF model</source>
        <translation>Это не модель GGUF</translation>
    </message>
    <message>
        <source>is not a GGUF model file (llama.cpp&apos;s format), so it cannot be loaded.</source>
        <translation>не является файлом модели GGUF (формат llama.cpp), поэтому его нельзя загрузить.</translation>
    </message>
    <message>
        <source>Local models are not installed</source>
        <translation>Локальные модели не установлены</translation>
    </message>
    <message>
        <source>Install Ava Desktop with the &apos;local&apos; extra to run GGUF models: pip install &apos;ava-desktop[local]&apos;</source>
        <translation>Чтобы запускать модели GGUF, установите Ava Desktop с дополнением &apos;local&apos;: pip install &apos;ava-desktop[local]&apos;</translation>
    </message>
    <message>
        <source>Added {name} under Local</source>
        <translation>{name} добавлена в раздел «Локальные»</translation>
    </message>
    <message>
        <source>Choose a local model in this tab first</source>
        <translation>Сначала выберите локальную модель в этой вкладке</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Найти в беседе</translation>
    </message>
    <message>
        <source>Find in this conversation</source>
        <translation>Найти в этой беседе</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Закрыть поиск</translation>
    </message>
    <message>
        <source>Earlier messages are not shown yet: scroll up to the top to load them.</source>
        <translation>Ранние сообщения ещё не показаны: прокрутите вверх, чтобы загрузить их.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <source>None shown, %1 in earlier messages</source>
        <translation>Среди показанных нет, %1 в ранних сообщениях</translation>
    </message>
    <message>
        <source>(+%1 in earlier messages)</source>
        <translation>(+%1 в ранних сообщениях)</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>Совпадений: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Local and free servers only</source>
        <translation>Только локальные и бесплатные серверы</translation>
    </message>
    <message>
        <source>Always, also paid endpoints</source>
        <translation>Всегда, и платные серверы тоже</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Temperature must be a number from {lo} to {hi}, or blank for the provider&apos;s default.</source>
        <translation>Температура должна быть числом от {lo} до {hi} или пустой (значение провайдера по умолчанию).</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>Новый язык применится после перезапуска.</translation>
    </message>
    <message>
        <source>none (HTTPS_PROXY is used if set)</source>
        <translation>нет (используется HTTPS_PROXY, если задан)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>provider default (0–2)</source>
        <translation>по умолчанию провайдера (0–2)</translation>
    </message>
    <message>
        <source>After the first answer, ask the same model for a short title for the conversation. “Local and free” means only where no API key is sent (your own models, local servers, keyless endpoints, OpenRouter&apos;s free models): an endpoint with a key may charge for the extra request. A title you give by hand is never replaced.</source>
        <translation>После первого ответа попросить ту же модель придумать короткий заголовок беседы. «Локальные и бесплатные» — только там, куда не отправляется API-ключ (ваши модели, локальные серверы, серверы без ключа, бесплатные модели OpenRouter): сервер с ключом может взять плату за лишний запрос. Заголовок, заданный вручную, никогда не заменяется.</translation>
    </message>
    <message>
        <source>Show &amp;offline providers (CodeLinkAva)</source>
        <translation>Показывать &amp;недоступных провайдеров (CodeLinkAva)</translation>
    </message>
    <message>
        <source>&amp;Discover local servers (Ollama, LM Studio, …)</source>
        <translation>&amp;Искать локальные серверы (Ollama, LM Studio, …)</translation>
    </message>
    <message>
        <source>&amp;Add preset</source>
        <translation>&amp;Добавить шаблон</translation>
    </message>
    <message>
        <source>Remo&amp;ve preset</source>
        <translation>&amp;Удалить шаблон</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Proxy URL:</source>
        <translation>&amp;Прокси:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>&amp;Размер шрифта:</translation>
    </message>
    <message>
        <source>Default s&amp;ystem prompt:</source>
        <translation>&amp;Системный промпт по умолчанию:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>Т&amp;емпература:</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>&amp;Макс. токенов:</translation>
    </message>
    <message>
        <source>Titles &amp;by the model:</source>
        <translation>&amp;Заголовки от модели:</translation>
    </message>
    <message>
        <source>P&amp;rompt presets:</source>
        <translation>Ш&amp;аблоны промптов:</translation>
    </message>
    <message>
        <source>Preset &amp;name:</source>
        <translation>&amp;Название шаблона:</translation>
    </message>
    <message>
        <source>Preset te&amp;xt:</source>
        <translation>Т&amp;екст шаблона:</translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name} (встроенный)</translation>
    </message>
    <message>
        <source>Built-in instructions are sent to the model as written, in English.</source>
        <translation>Встроенные инструкции отправляются модели как есть, на английском.</translation>
    </message>
    <message>
        <source>My preset</source>
        <translation>Мой шаблон</translation>
    </message>
    <message>
        <source>A prompt preset has no name.</source>
        <translation>У шаблона промпта нет названия.</translation>
    </message>
    <message>
        <source>There is already a prompt preset named {name}.</source>
        <translation>Шаблон промпта с названием {name} уже есть.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Conversations</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <source>Search all conversations…</source>
        <translation>Поиск по всем беседам…</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Поиск по всем беседам</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Новое название</translation>
    </message>
    <message>
        <source>Could not read the history: {exc}</source>
        <translation>Не удалось прочитать историю: {exc}</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Беседа без названия</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n беседа</numerusform>
            <numerusform>%n беседы</numerusform>
            <numerusform>%n бесед</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>Найдена %n</numerusform>
            <numerusform>Найдено %n</numerusform>
            <numerusform>Найдено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>Deleted “{title}” — Undo brings it back</source>
        <translation>Беседа «{title}» удалена — «Отменить удаление» вернёт её</translation>
    </message>
</context>
<context>
    <name>LaunchFiles</name>
    <message>
        <source>Cannot open</source>
        <translation>Не удаётся открыть</translation>
    </message>
    <message>
        <source>Ava Desktop opens conversation backups (.json), ChatGPT exports (.zip) and GGUF model files.</source>
        <translation>Ava Desktop открывает резервные копии бесед (.json), экспорт ChatGPT (.zip) и файлы моделей GGUF.</translation>
    </message>
    <message>
        <source>• {name}: import conversations</source>
        <translation>• {name}: импортировать беседы</translation>
    </message>
    <message>
        <source>• {name}: add as a local model</source>
        <translation>• {name}: добавить как локальную модель</translation>
    </message>
    <message>
        <source>• {name}: not a file Ava Desktop can open (skipped)</source>
        <translation>• {name}: Ava Desktop не умеет открывать такие файлы (пропущен)</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Открытие файлов</translation>
    </message>
    <message>
        <source>Ava Desktop was asked to open:</source>
        <translation>Ava Desktop попросили открыть:</translation>
    </message>
</context>
<context>
    <name>LocalModelDialog</name>
    <message>
        <source>Local model: {name}</source>
        <translation>Локальная модель: {name}</translation>
    </message>
    <message>
        <source>Layers offloaded to the GPU; needs a GPU build of llama-cpp-python, 0 runs on the CPU</source>
        <translation>Слои, выгружаемые на GPU; нужна сборка llama-cpp-python с поддержкой GPU, 0 — всё на CPU</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>&amp;Context size (tokens):</source>
        <translation>&amp;Размер контекста (токенов):</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Потоки:</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>&amp;Слои на GPU:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Conversation transcript</source>
        <translation>Текст беседы</translation>
    </message>
    <message>
        <source>Ava Desktop</source>
        <translation>Ava Desktop</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Открытые беседы</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>Показать или скрыть боковую панель</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Copy Conversation as Markdown</source>
        <translation>Копировать беседу как Markdown</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Закрыть вкладку</translation>
    </message>
    <message>
        <source>{title} (answering…)</source>
        <translation>{title} (отвечает…)</translation>
    </message>
    <message>
        <source>{title} — Ava Desktop</source>
        <translation>{title} — Ava Desktop</translation>
    </message>
    <message>
        <source>Close tab?</source>
        <translation>Закрыть вкладку?</translation>
    </message>
    <message>
        <source>“{title}” is still answering. Stop it and close the tab?</source>
        <translation>«{title}» ещё отвечает. Остановить и закрыть вкладку?</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation>Предыдущая версия</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Следующая версия</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Копировать как Markdown</translation>
    </message>
    <message>
        <source>Copy as plain text</source>
        <translation>Копировать как обычный текст</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Сгенерировать заново</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Действия с сообщением</translation>
    </message>
    <message>
        <source>Message {number} of {count}</source>
        <translation>Сообщение {number} из {count}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Version {index} of {count}</source>
        <translation>Версия {index} из {count}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{host} needs an API key (401)</source>
        <translation>{host} требует API-ключ (401)</translation>
    </message>
    <message>
        <source>{host} rejected the API key (401)</source>
        <translation>{host} отклонил API-ключ (401)</translation>
    </message>
    <message>
        <source>{host} refused access (403)</source>
        <translation>{host} отказал в доступе (403)</translation>
    </message>
    <message>
        <source>{host} says the account&apos;s quota is used up (429)</source>
        <translation>{host} сообщает, что квота аккаунта исчерпана (429)</translation>
    </message>
    <message>
        <source>Rate limited by {host}; retry in {wait}</source>
        <translation>{host} ограничил частоту запросов; повтор через {wait}</translation>
    </message>
    <message>
        <source>Rate limited by {host}; try again later</source>
        <translation>{host} ограничил частоту запросов; попробуйте позже</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host}, {status})</source>
        <translation>Разговор слишком длинный для контекстного окна модели ({host}, {status})</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host})</source>
        <translation>Разговор слишком длинный для контекстного окна модели ({host})</translation>
    </message>
    <message>
        <source>{host} does not know this model ({status})</source>
        <translation>{host} не знает этой модели ({status})</translation>
    </message>
    <message>
        <source>{host} answered {status} {reason}</source>
        <translation>{host} ответил {status} {reason}</translation>
    </message>
    <message>
        <source>{host} answered {status} {reason} (is the base URL right?)</source>
        <translation>{host} ответил {status} {reason} (правильный ли базовый URL?)</translation>
    </message>
    <message>
        <source>{host} reported an error in the stream</source>
        <translation>{host} сообщил об ошибке в потоке</translation>
    </message>
    <message>
        <source>{host} needs an API key ({label})</source>
        <translation>{host} требует API-ключ ({label})</translation>
    </message>
    <message>
        <source>{host} rejected the API key ({label})</source>
        <translation>{host} отклонил API-ключ ({label})</translation>
    </message>
    <message>
        <source>{host} refused access ({label})</source>
        <translation>{host} отказал в доступе ({label})</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host}, {label})</source>
        <translation>Беседа слишком длинная для контекстного окна модели ({host}, {label})</translation>
    </message>
    <message>
        <source>{host} does not know this model ({label})</source>
        <translation>{host} не знает такой модели ({label})</translation>
    </message>
    <message>
        <source>{host} answered {label} (is the base URL right?)</source>
        <translation>{host} ответил {label} (базовый URL указан верно?)</translation>
    </message>
    <message>
        <source>{host} refused the request ({label})</source>
        <translation>{host} отклонил запрос ({label})</translation>
    </message>
    <message>
        <source>{host} answered {label}</source>
        <translation>{host} ответил {label}</translation>
    </message>
    <message>
        <source>{host} is overloaded and stopped the answer; try again in a moment</source>
        <translation>{host} перегружен и прервал ответ; попробуйте чуть позже</translation>
    </message>
    <message>
        <source>{host} is overloaded right now ({status}); try again in a moment</source>
        <translation>{host} сейчас перегружен ({status}); попробуйте чуть позже</translation>
    </message>
    <message>
        <source>Claude declined to answer ({host} stopped the answer: refusal)</source>
        <translation>Claude отказался отвечать ({host} прервал ответ: refusal)</translation>
    </message>
    <message>
        <source>Gemini&apos;s safety filters stopped the answer (SAFETY).</source>
        <translation>Фильтры безопасности Gemini остановили ответ (SAFETY).</translation>
    </message>
    <message>
        <source>Gemini&apos;s safety filters stopped the image (IMAGE_SAFETY).</source>
        <translation>Фильтры безопасности Gemini остановили изображение (IMAGE_SAFETY).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it was reciting existing text (recitation) (RECITATION).</source>
        <translation>Gemini остановил ответ, потому что тот повторял существующий текст (цитирование) (RECITATION).</translation>
    </message>
    <message>
        <source>Gemini stopped the image because it resembled existing material (IMAGE_RECITATION).</source>
        <translation>Gemini остановил изображение, потому что оно похоже на существующий материал (IMAGE_RECITATION).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it contained blocked terms (BLOCKLIST).</source>
        <translation>Gemini остановил ответ, потому что в нём были запрещённые слова (BLOCKLIST).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it may hold prohibited content (PROHIBITED_CONTENT).</source>
        <translation>Gemini остановил ответ, потому что в нём может быть запрещённое содержимое (PROHIBITED_CONTENT).</translation>
    </message>
    <message>
        <source>Gemini stopped the image because it may hold prohibited content (IMAGE_PROHIBITED_CONTENT).</source>
        <translation>Gemini остановил изображение, потому что в нём может быть запрещённое содержимое (IMAGE_PROHIBITED_CONTENT).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it may hold sensitive personal information (SPII).</source>
        <translation>Gemini остановил ответ, потому что в нём могут быть конфиденциальные личные данные (SPII).</translation>
    </message>
    <message>
        <source>Gemini stopped: the model wrote a tool call that could not be read (MALFORMED_FUNCTION_CALL).</source>
        <translation>Gemini остановился: модель написала вызов инструмента, который невозможно разобрать (MALFORMED_FUNCTION_CALL).</translation>
    </message>
    <message>
        <source>Gemini stopped: the model called a tool that was not offered (UNEXPECTED_TOOL_CALL).</source>
        <translation>Gemini остановился: модель вызвала инструмент, который ей не предлагали (UNEXPECTED_TOOL_CALL).</translation>
    </message>
    <message>
        <source>Gemini stopped: the model made too many tool calls in a row (TOO_MANY_TOOL_CALLS).</source>
        <translation>Gemini остановился: модель сделала слишком много вызовов инструментов подряд (TOO_MANY_TOOL_CALLS).</translation>
    </message>
    <message>
        <source>Gemini stopped: a tool call was sent back without its thought signature (MISSING_THOUGHT_SIGNATURE).</source>
        <translation>Gemini остановился: вызов инструмента вернули без его подписи размышлений (MISSING_THOUGHT_SIGNATURE).</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt for safety reasons; rephrase it or start a new conversation (SAFETY)</source>
        <translation>Gemini заблокировал запрос из соображений безопасности; переформулируйте его или начните новую беседу (SAFETY)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because it contains blocked terms; rephrase it or start a new conversation (BLOCKLIST)</source>
        <translation>Gemini заблокировал запрос, потому что в нём есть запрещённые слова; переформулируйте его или начните новую беседу (BLOCKLIST)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because it may hold prohibited content; rephrase it or start a new conversation (PROHIBITED_CONTENT)</source>
        <translation>Gemini заблокировал запрос, потому что в нём может быть запрещённое содержимое; переформулируйте его или начните новую беседу (PROHIBITED_CONTENT)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because of an image, for safety reasons; rephrase it or start a new conversation (IMAGE_SAFETY)</source>
        <translation>Gemini заблокировал запрос из-за изображения, из соображений безопасности; переформулируйте его или начните новую беседу (IMAGE_SAFETY)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt for an unspecified reason; rephrase it or start a new conversation (OTHER)</source>
        <translation>Gemini заблокировал запрос по неуказанной причине; переформулируйте его или начните новую беседу (OTHER)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt ({reason}); rephrase it or start a new conversation ({reason})</source>
        <translation>Gemini заблокировал запрос ({reason}); переформулируйте его или начните новую беседу ({reason})</translation>
    </message>
    <message>
        <source>Gemini stopped: the conversation is in a language it does not support (LANGUAGE).</source>
        <translation>Gemini остановился: беседа ведётся на языке, который он не поддерживает (LANGUAGE).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer without saying why ({reason}).</source>
        <translation>Gemini остановил ответ, не объяснив причину ({reason}).</translation>
    </message>
    <message>
        <source>The answer reached its length limit (maxOutputTokens) and was cut off there.</source>
        <translation>Ответ достиг предела длины (maxOutputTokens) и был обрезан.</translation>
    </message>
    <message>
        <source>The answer reached its length limit (max_tokens) and was cut off there.</source>
        <translation>Ответ достиг предела длины (max_tokens) и был обрезан.</translation>
    </message>
    <message>
        <source>Claude declined to answer.</source>
        <translation>Claude отказался отвечать.</translation>
    </message>
    <message>
        <source>Claude paused a long-running turn; send it again to continue.</source>
        <translation>Claude приостановил долгий ход; отправьте запрос снова, чтобы продолжить.</translation>
    </message>
    <message>
        <source>The answer from {host} was cut off: the connection broke before it was complete</source>
        <translation>Ответ от {host} оборвался: соединение разорвалось до его завершения</translation>
    </message>
    <message>
        <source>The answer from {host} was cut off: the stream ended before it was complete</source>
        <translation>Ответ от {host} оборвался: поток закончился раньше, чем ответ</translation>
    </message>
    <message>
        <source>Could not connect to the proxy {proxy}</source>
        <translation>Не удалось подключиться к прокси {proxy}</translation>
    </message>
    <message>
        <source>Secure connection to {host} failed</source>
        <translation>Не удалось установить защищённое соединение с {host}</translation>
    </message>
    <message>
        <source>Could not find the server {host} (DNS lookup failed)</source>
        <translation>Сервер {host} не найден (ошибка DNS)</translation>
    </message>
    <message>
        <source>Could not connect to {host}: connection refused (is the server running?)</source>
        <translation>Не удалось подключиться к {host}: соединение отклонено (сервер запущен?)</translation>
    </message>
    <message>
        <source>Could not connect to {host}</source>
        <translation>Не удалось подключиться к {host}</translation>
    </message>
    <message>
        <source>{host} closed the connection without answering</source>
        <translation>{host} закрыл соединение, не ответив</translation>
    </message>
    <message>
        <source>The connection to {host} was reset</source>
        <translation>Соединение с {host} сброшено</translation>
    </message>
    <message>
        <source>Invalid server URL</source>
        <translation>Неверный URL сервера</translation>
    </message>
    <message>
        <source>{host} sent an invalid HTTP response</source>
        <translation>{host} прислал некорректный HTTP-ответ</translation>
    </message>
    <message>
        <source>Connection to {host} failed</source>
        <translation>Сбой соединения с {host}</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s connecting to {host}</source>
        <translation>Время ожидания истекло: за {seconds} с не удалось подключиться к {host}</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s waiting for an answer from {host}</source>
        <translation>Время ожидания истекло: {host} не ответил за {seconds} с</translation>
    </message>
    <message>
        <source>{host} sent nothing for {seconds} s</source>
        <translation>{host} ничего не присылал {seconds} с</translation>
    </message>
    <message>
        <source>{host} sent nothing for {seconds} s; stopped waiting for the rest of the answer</source>
        <translation>{host} ничего не присылал {seconds} с; ожидание остальной части ответа прекращено</translation>
    </message>
    <message>
        <source>{host} sent an empty answer; the conversation is probably longer than the model&apos;s context window</source>
        <translation>{host} прислал пустой ответ; вероятно, беседа длиннее контекстного окна модели</translation>
    </message>
    <message>
        <source>Stopped after {steps} rounds of tool calls (the limit per answer); the text so far is kept.</source>
        <translation>Остановлено: достигнут предел вызовов инструментов за один ответ ({steps}); уже полученный текст сохранён.</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} с</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} ч</translation>
    </message>
    <message>
        <source>{text}: {detail}</source>
        <translation>{text}: {detail}</translation>
    </message>
    <message>
        <source>Starting model server</source>
        <translation>Запуск сервера модели</translation>
    </message>
    <message>
        <source>Reading model file</source>
        <translation>Чтение файла модели</translation>
    </message>
    <message>
        <source>Loading weights</source>
        <translation>Загрузка весов</translation>
    </message>
    <message>
        <source>Creating context</source>
        <translation>Создание контекста</translation>
    </message>
    <message>
        <source>Starting server</source>
        <translation>Запуск сервера</translation>
    </message>
    <message>
        <source>Model ready</source>
        <translation>Модель готова</translation>
    </message>
    <message>
        <source>The answer passed {limit} characters and was cut off there, to keep Ava responsive (the text so far is kept).</source>
        <translation>Ответ превысил {limit} символов и был обрезан, чтобы Ava не перестала отвечать (полученный текст сохранён).</translation>
    </message>
    <message>
        <source>The answer reached its length limit (max tokens) and stopped there; Continue asks for more.</source>
        <translation>Ответ достиг предела длины (max tokens) и остановился; «Продолжить» запросит продолжение.</translation>
    </message>
    <message>
        <source>Rate limited by {host}; retrying in {seconds} s (Esc cancels)</source>
        <translation>{host} ограничил частоту запросов; повтор через {seconds} с (Esc — отмена)</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Повторная попытка…</translation>
    </message>
    <message>
        <source>The attachment {name} is missing from the database, so this conversation cannot be sent as it is; edit the message to attach it again.</source>
        <translation>Вложения {name} нет в базе данных, поэтому беседу нельзя отправить в таком виде; отредактируйте сообщение и прикрепите файл снова.</translation>
    </message>
    <message>
        <source>{model} cannot see images. Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} не умеет работать с изображениями. Выберите модель с поддержкой зрения или отредактируйте сообщение без изображения; ваше сообщение сохранено.</translation>
    </message>
    <message>
        <source>{model} ({where}) cannot see images. Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} ({where}) не умеет работать с изображениями. Выберите модель с поддержкой зрения или отредактируйте сообщение без изображения; ваше сообщение сохранено.</translation>
    </message>
    <message>
        <source>{model} does not accept images (the server said: {said}). Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} не принимает изображения (ответ сервера: {said}). Выберите модель с поддержкой зрения или отредактируйте сообщение без изображения; ваше сообщение сохранено.</translation>
    </message>
    <message>
        <source>Local models are not available in this run</source>
        <translation>Локальные модели в этом запуске недоступны</translation>
    </message>
    <message>
        <source>There is no local model named {model}; choose one of: {names}</source>
        <translation>Локальной модели {model} нет; выберите одну из: {names}</translation>
    </message>
    <message>
        <source>There is no local model named {model}, and none is installed</source>
        <translation>Локальной модели {model} нет, и ни одна модель не установлена</translation>
    </message>
    <message>
        <source>This conversation is too long for the model&apos;s context ({tokens} tokens): start a new chat, or raise the context size in Chat → Local Model Options.</source>
        <translation>Беседа слишком длинная для контекста модели ({tokens} токенов): начните новый чат или увеличьте размер контекста в меню «Чат → Параметры локальной модели».</translation>
    </message>
    <message>
        <source>Could not load model {name}: the file is not there</source>
        <translation>Не удалось загрузить модель {name}: файла нет на месте</translation>
    </message>
    <message>
        <source>Could not load model {name}: not a GGUF model file</source>
        <translation>Не удалось загрузить модель {name}: это не файл модели GGUF</translation>
    </message>
    <message>
        <source>Could not load model {name}</source>
        <translation>Не удалось загрузить модель {name}</translation>
    </message>
    <message>
        <source>Could not load model {name}: the server exited with status {status}</source>
        <translation>Не удалось загрузить модель {name}: сервер завершился с кодом {status}</translation>
    </message>
    <message>
        <source>The local model server could not bind a loopback port</source>
        <translation>Серверу локальной модели не удалось занять порт на loopback-интерфейсе</translation>
    </message>
    <message>
        <source>The local model server did not answer within {seconds} s (model {name})</source>
        <translation>Сервер локальной модели не ответил за {seconds} с (модель {name})</translation>
    </message>
    <message>
        <source>The local model server is not running</source>
        <translation>Сервер локальной модели не запущен</translation>
    </message>
    <message>
        <source>{name}: the file is not there any more.</source>
        <translation>{name}: файла больше нет.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} — это папка, а не файл.</translation>
    </message>
    <message>
        <source>{name} cannot be opened ({reason}).</source>
        <translation>Не удаётся открыть {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>Не удаётся прочитать {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a device, pipe or socket); it was not read.</source>
        <translation>{name} — не обычный файл (устройство, канал или сокет); он не был прочитан.</translation>
    </message>
    <message>
        <source>{name} is {size}, over the {limit_size} limit for attachments.</source>
        <translation>{name} занимает {size} — больше предела для вложений ({limit_size}).</translation>
    </message>
    <message>
        <source>{name} grew past the {limit_size} limit for attachments.</source>
        <translation>{name} вырос больше предела для вложений ({limit_size}).</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to send.</source>
        <translation>{name} пуст: отправлять нечего.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no text to send.</source>
        <translation>{name} пуст: в нём нет текста для отправки.</translation>
    </message>
    <message>
        <source>{name} is an image; attach it as an image.</source>
        <translation>{name} — изображение; прикрепите его как изображение.</translation>
    </message>
    <message>
        <source>{name} is a {format} image; Ava attaches PNG, JPEG, WebP, GIF and BMP images (export it as PNG or JPEG).</source>
        <translation>{name} — изображение {format}; Ava прикрепляет изображения PNG, JPEG, WebP, GIF и BMP (экспортируйте его в PNG или JPEG).</translation>
    </message>
    <message>
        <source>{name} is in the old Word (.doc) or Office format Ava cannot read; save it as .docx or PDF and attach that.</source>
        <translation>{name} сохранён в старом формате Word (.doc) или Office, который Ava не читает; сохраните его как .docx или PDF и прикрепите.</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive; Ava attaches text, code, PDF, Word (.docx) and image files, not archives.</source>
        <translation>{name} — ZIP-архив; Ava прикрепляет текст, код, PDF, Word (.docx) и изображения, но не архивы.</translation>
    </message>
    <message>
        <source>{name} starts like {encoding} text but is not valid in that encoding.</source>
        <translation>{name} начинается как текст в {encoding}, но в этой кодировке некорректен.</translation>
    </message>
    <message>
        <source>Conversation #{number} is malformed, so nothing was imported: {problem}</source>
        <translation>Беседа № {number} повреждена, поэтому ничего не импортировано: {problem}</translation>
    </message>
    <message>
        <source>Conversation #{number} “{title}” is malformed, so nothing was imported: {problem}</source>
        <translation>Беседа № {number} «{title}» повреждена, поэтому ничего не импортировано: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{name} is not UTF-8 text (%n byte(s) not valid UTF-8; it may be Latin-1 or Windows-1252). Save it as UTF-8 and attach it again.</source>
        <translation>
            <numerusform>{name} — не текст в UTF-8 (в нём %n байт, недопустимый в UTF-8; возможно, это Latin-1 или Windows-1252). Сохраните файл в UTF-8 и прикрепите снова.</numerusform>
            <numerusform>{name} — не текст в UTF-8 (в нём %n байта, недопустимых в UTF-8; возможно, это Latin-1 или Windows-1252). Сохраните файл в UTF-8 и прикрепите снова.</numerusform>
            <numerusform>{name} — не текст в UTF-8 (в нём %n байт, недопустимых в UTF-8; возможно, это Latin-1 или Windows-1252). Сохраните файл в UTF-8 и прикрепите снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} holds binary data, not text (or text in UTF-16 without a byte-order mark); Ava attaches text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and image files.</source>
        <translation>В {name} двоичные данные, а не текст (или текст в UTF-16 без метки порядка байтов); Ava прикрепляет текст, Markdown, код, CSV, JSON, HTML, PDF, Word (.docx) и изображения.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n page(s); Ava reads at most {limit}. Split it, or attach the pages you need.</source>
        <translation>
            <numerusform>В {name} %n страница; Ava читает не больше {limit}. Разделите файл или прикрепите только нужные страницы.</numerusform>
            <numerusform>В {name} %n страницы; Ava читает не больше {limit}. Разделите файл или прикрепите только нужные страницы.</numerusform>
            <numerusform>В {name} %n страниц; Ava читает не больше {limit}. Разделите файл или прикрепите только нужные страницы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {name} took longer than {seconds} s (stopped at page {page} of {pages}); nothing was attached.</source>
        <translation>Чтение {name} заняло больше {seconds} с (остановлено на странице {page} из {pages}); ничего не прикреплено.</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF (its structure loops).</source>
        <translation>{name} — повреждённый PDF (его структура зациклена).</translation>
    </message>
    <message>
        <source>{name} is damaged, or not a PDF Ava can read ({error}).</source>
        <translation>{name} повреждён или это PDF, который Ava не может прочитать ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>{name} has no text layer (%n page(s) of pictures, perhaps a scan); Ava cannot read text from images of pages, so nothing was attached.</source>
        <translation>
            <numerusform>В {name} нет текстового слоя (%n страница с изображением — возможно, скан); Ava не распознаёт текст на изображениях страниц, поэтому ничего не прикреплено.</numerusform>
            <numerusform>В {name} нет текстового слоя (%n страницы с изображениями — возможно, скан); Ava не распознаёт текст на изображениях страниц, поэтому ничего не прикреплено.</numerusform>
            <numerusform>В {name} нет текстового слоя (%n страниц с изображениями — возможно, скан); Ava не распознаёт текст на изображениях страниц, поэтому ничего не прикреплено.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is protected by a password, so its text cannot be read; save a copy without the password and attach that.</source>
        <translation>{name} защищён паролем, поэтому его текст прочитать нельзя; сохраните копию без пароля и прикрепите её.</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file (bad ZIP).</source>
        <translation>{name} — повреждённый файл Word (испорченный ZIP).</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive but not a Word document.</source>
        <translation>{name} — ZIP-архив, но не документ Word.</translation>
    </message>
    <message>
        <source>{name} is not a Word file Ava can read ({error}).</source>
        <translation>{name} — не файл Word, который Ava может прочитать ({error}).</translation>
    </message>
    <message>
        <source>{name} has no text to send.</source>
        <translation>В {name} нет текста для отправки.</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not opened: it holds %n file(s) (a ZIP bomb, or far too big).</source>
        <translation>
            <numerusform>{name} не открыт: в нём %n файл (ZIP-бомба или слишком большой архив).</numerusform>
            <numerusform>{name} не открыт: в нём %n файла (ZIP-бомба или слишком большой архив).</numerusform>
            <numerusform>{name} не открыт: в нём %n файлов (ZIP-бомба или слишком большой архив).</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not opened: it would unpack to {size}, over the {limit_size} limit (a ZIP bomb, or far too big).</source>
        <translation>{name} не открыт: после распаковки он занял бы {size} — больше предела в {limit_size} (ZIP-бомба или слишком большой архив).</translation>
    </message>
    <message>
        <source>The tools of {server} are unavailable: {why}</source>
        <translation>Инструменты {server} недоступны: {why}</translation>
    </message>
    <message>
        <source>{name} did not start within {seconds} s</source>
        <translation>{name} не запустился за {seconds} с</translation>
    </message>
    <message>
        <source>{name} could not start</source>
        <translation>{name} не удалось запустить</translation>
    </message>
    <message>
        <source>{name} stopped unexpectedly</source>
        <translation>{name} неожиданно остановился</translation>
    </message>
    <message>
        <source>{name}: {problem} (see mcp.json)</source>
        <translation>{name}: {problem} (см. mcp.json)</translation>
    </message>
    <message>
        <source>{why} (next try in {seconds} s)</source>
        <translation>{why} (следующая попытка через {seconds} с)</translation>
    </message>
    <message>
        <source>{name} did not list its tools within {seconds} s</source>
        <translation>{name} не выдал список инструментов за {seconds} с</translation>
    </message>
    <message>
        <source>{name} stopped while listing its tools</source>
        <translation>{name} остановился, когда выдавал список инструментов</translation>
    </message>
    <message>
        <source>{name} failed listing its tools</source>
        <translation>{name} не смог выдать список инструментов</translation>
    </message>
    <message>
        <source>{name} was not opened: one part is compressed {ratio} to 1 (a ZIP bomb, or far too big).</source>
        <translation>{name} не открыт: одна из частей сжата в {ratio} раз (ZIP-бомба или слишком большой архив).</translation>
    </message>
    <message>
        <source>{name}: cancelled.</source>
        <translation>{name}: отменено.</translation>
    </message>
    <message>
        <source>Reading {name} took longer than {seconds} s and was stopped; nothing was attached.</source>
        <translation>Чтение {name} заняло больше {seconds} с и было остановлено; ничего не прикреплено.</translation>
    </message>
    <message>
        <source>Reading {name} needed more than {limit_size} of memory and was stopped; nothing was attached.</source>
        <translation>Для чтения {name} потребовалось больше {limit_size} памяти, и оно было остановлено; ничего не прикреплено.</translation>
    </message>
    <message>
        <source>{name} could not be read (the reader stopped, code {code}).</source>
        <translation>Не удалось прочитать {name} (процесс чтения завершился с кодом {code}).</translation>
    </message>
    <message>
        <source>This file is neither an Ava Desktop backup nor a ChatGPT export (conversations.json).</source>
        <translation>Этот файл не является ни резервной копией Ava Desktop, ни экспортом ChatGPT (conversations.json).</translation>
    </message>
    <message>
        <source>The folder {name} has no conversations.json (is it an unpacked ChatGPT data export?).</source>
        <translation>В папке {name} нет conversations.json (это распакованный экспорт данных ChatGPT?).</translation>
    </message>
    <message>
        <source>Cannot read {name} ({reason}).</source>
        <translation>Не удаётся прочитать {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is too large to import.</source>
        <translation>{name} слишком велик для импорта.</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size}).</source>
        <translation>{name} слишком велик для импорта ({size}).</translation>
    </message>
    <message>
        <source>{name} is not a readable zip archive ({error}).</source>
        <translation>{name} — не читаемый ZIP-архив ({error}).</translation>
    </message>
    <message>
        <source>{name} does not contain a conversations.json (is it a ChatGPT data export?).</source>
        <translation>В {name} нет conversations.json (это экспорт данных ChatGPT?).</translation>
    </message>
    <message>
        <source>The conversations.json in {name} is too large to import.</source>
        <translation>Файл conversations.json в {name} слишком велик для импорта.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, so it is not a JSON export.</source>
        <translation>{name} — не текст в UTF-8, значит, это не экспорт в JSON.</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be an export.</source>
        <translation>В {name} слишком глубокая вложенность для экспорта.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}).</source>
        <translation>Файл {name} не является корректным JSON ({error}).</translation>
    </message>
    <message>
        <source>Import failed while saving ({error}); nothing was imported.</source>
        <translation>Импорт не удался при сохранении ({error}); ничего не импортировано.</translation>
    </message>
    <message>
        <source>This Ava Desktop backup has no valid format version.</source>
        <translation>В этой резервной копии Ava Desktop нет корректной версии формата.</translation>
    </message>
    <message>
        <source>This backup was written by a newer Ava Desktop (format {version}, this version reads up to {supported}). Update to import it.</source>
        <translation>Эта резервная копия создана более новой версией Ava Desktop (формат {version}, эта версия читает до {supported}). Обновите приложение, чтобы импортировать её.</translation>
    </message>
    <message>
        <source>This Ava Desktop backup has no list of conversations.</source>
        <translation>В этой резервной копии Ava Desktop нет списка бесед.</translation>
    </message>
    <message>
        <source>This Ava Desktop backup&apos;s attachments (“blobs”) are not an object.</source>
        <translation>Вложения («blobs») в этой резервной копии Ava Desktop — не объект.</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is malformed.</source>
        <translation>Вложение {sha}… в этой резервной копии повреждено.</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is not valid base64.</source>
        <translation>Вложение {sha}… в этой резервной копии — некорректный base64.</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is damaged: its bytes do not match their SHA-256 checksum, so they are not what was saved.</source>
        <translation>Вложение {sha}… в этой резервной копии повреждено: его байты не совпадают с контрольной суммой SHA-256, то есть это не то, что было сохранено.</translation>
    </message>
    <message>
        <source>The conversation database {path} is damaged. The file was kept unchanged; move it aside (or restore a backup) to start with an empty history</source>
        <translation>База данных бесед {path} повреждена. Файл оставлен без изменений; переместите его в другое место (или восстановите резервную копию), чтобы начать с пустой историей</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database (unexpected file header). The file was kept unchanged; move it aside (or restore a backup) to start with an empty history.</source>
        <translation>{path} — не база данных SQLite (неожиданный заголовок файла). Файл оставлен без изменений; переместите его в другое место (или восстановите резервную копию), чтобы начать с пустой историей.</translation>
    </message>
    <message>
        <source>The conversation database {path} failed its integrity check. The file was kept unchanged; move it aside (or restore a backup) to start with an empty history</source>
        <translation>База данных бесед {path} не прошла проверку целостности. Файл оставлен без изменений; переместите его в другое место (или восстановите резервную копию), чтобы начать с пустой историей</translation>
    </message>
    <message>
        <source>The conversation database {path} could not be checked. The file was kept unchanged; history is not saved meanwhile</source>
        <translation>Не удалось проверить базу данных бесед {path}. Файл оставлен без изменений; пока история не сохраняется</translation>
    </message>
    <message>
        <source>The conversation database {path} is locked by another program</source>
        <translation>База данных бесед {path} заблокирована другой программой</translation>
    </message>
    <message>
        <source>The conversation database {path} is already in use by another Ava Desktop window (lock file {lock}). Close the other instance, or start this one with a different --data-dir.</source>
        <translation>База данных бесед {path} уже используется другим окном Ava Desktop (файл блокировки {lock}). Закройте другой экземпляр или запустите этот с другим --data-dir.</translation>
    </message>
    <message>
        <source>The conversation database {path} was written by a newer Ava Desktop (schema version {version}; this version knows up to {supported}). The file was kept unchanged; update Ava Desktop to open it.</source>
        <translation>База данных бесед {path} записана более новой версией Ava Desktop (версия схемы {version}; эта версия знает только до {supported}). Файл оставлен без изменений; обновите Ava Desktop, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of {path} before upgrading it. The file was kept unchanged; free some disk space and start again</source>
        <translation>Не удалось сохранить копию {path} перед обновлением. Файл оставлен без изменений; освободите место на диске и запустите приложение снова</translation>
    </message>
    <message>
        <source>Cannot use the conversation database {path}</source>
        <translation>Не удаётся использовать базу данных бесед {path}</translation>
    </message>
    <message>
        <source>{path} exists but is not a file</source>
        <translation>{path} существует, но это не файл</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Базовый URL</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>URL прокси</translation>
    </message>
    <message>
        <source>{what} must be text.</source>
        <translation>{what} должен быть текстом.</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what} не указан.</translation>
    </message>
    <message>
        <source>{what} must not contain spaces or control characters.</source>
        <translation>{what} не должен содержать пробелов и управляющих символов.</translation>
    </message>
    <message>
        <source>{what} must start with one of: {schemes}.</source>
        <translation>{what} должен начинаться с одного из: {schemes}.</translation>
    </message>
    <message>
        <source>{what} has no host name.</source>
        <translation>В поле «{what}» нет имени хоста.</translation>
    </message>
    <message>
        <source>{what} has an invalid port.</source>
        <translation>В поле «{what}» неверный порт.</translation>
    </message>
    <message>
        <source>{what} must not contain a user name or password; use the API key.</source>
        <translation>{what} не должен содержать имени пользователя или пароля; используйте API-ключ.</translation>
    </message>
    <message>
        <source>Header names and values must be text.</source>
        <translation>Имена и значения заголовков должны быть текстом.</translation>
    </message>
    <message>
        <source>Header name {name} is not a valid HTTP header name.</source>
        <translation>{name} — недопустимое имя HTTP-заголовка.</translation>
    </message>
    <message>
        <source>Header {name}: value must not contain line breaks.</source>
        <translation>Заголовок {name}: значение не должно содержать переносов строк.</translation>
    </message>
    <message>
        <source>Header {name} carries a secret and would be saved in plain text; put the key in the API key field instead.</source>
        <translation>Заголовок {name} содержит секрет и был бы сохранён открытым текстом; укажите ключ в поле «Ключ API».</translation>
    </message>
    <message>
        <source>No system keychain found; keys will be kept for this session only.</source>
        <translation>Системная связка ключей не найдена; ключи будут храниться только до конца сеанса.</translation>
    </message>
    <message>
        <source>The system keychain could not store the key ({reason}); it will be kept for this session only.</source>
        <translation>Системной связке ключей не удалось сохранить ключ ({reason}); он будет храниться только до конца сеанса.</translation>
    </message>
    <message>
        <source>The API key for {endpoint} was entered for {key_host}; the endpoint now points at {host}, so the key is not sent there. Enter the key again in Settings if this server should have it.</source>
        <translation>API-ключ для {endpoint} вводился для {key_host}; теперь эта точка подключения указывает на {host}, поэтому ключ туда не отправляется. Если этот сервер должен его получать, введите ключ снова в настройках.</translation>
    </message>
    <message>
        <source>The model&apos;s tokenizer did not answer; estimated instead</source>
        <translation>Токенизатор модели не ответил; вместо подсчёта — оценка</translation>
    </message>
    <message>
        <source>{host} sent a malformed line in the stream</source>
        <translation>{host} прислал некорректную строку в потоке</translation>
    </message>
    <message>
        <source>{host} sent data that is not a JSON object</source>
        <translation>{host} прислал данные, которые не являются объектом JSON</translation>
    </message>
    <message>
        <source>{host} sent a chunk with unexpected choices</source>
        <translation>{host} прислал фрагмент с неожиданным полем choices</translation>
    </message>
    <message>
        <source>{host} sent a chunk with an unexpected delta</source>
        <translation>{host} прислал фрагмент с неожиданным полем delta</translation>
    </message>
    <message>
        <source>{host} sent JSON that is not a chat completion chunk</source>
        <translation>{host} прислал JSON, который не является фрагментом ответа чата</translation>
    </message>
    <message>
        <source>{host} sent a chunk with unexpected content</source>
        <translation>{host} прислал фрагмент с неожиданным содержимым</translation>
    </message>
    <message>
        <source>{host} sent a content block without an index</source>
        <translation>{host} прислал блок содержимого без индекса</translation>
    </message>
    <message>
        <source>{host} sent a content block delta without a delta</source>
        <translation>{host} прислал изменение блока содержимого без самого изменения</translation>
    </message>
    <message>
        <source>{host} sent a delta for a block that never started</source>
        <translation>{host} прислал изменение для блока, который не начинался</translation>
    </message>
    <message>
        <source>{host} sent a tool call over {limit} characters</source>
        <translation>{host} прислал вызов инструмента длиннее {limit} символов</translation>
    </message>
    <message>
        <source>{host} sent an error it did not describe</source>
        <translation>{host} сообщил об ошибке, не описав её</translation>
    </message>
    <message>
        <source>{host} sent a chunk that could not be understood</source>
        <translation>{host} прислал фрагмент, который не удалось разобрать</translation>
    </message>
    <message>
        <source>{host} answered with one JSON reply instead of an event stream (does it support streaming?)</source>
        <translation>{host} ответил одним JSON-ответом вместо потока событий (поддерживает ли он потоковую передачу?)</translation>
    </message>
    <message>
        <source>{host} did not answer with an event stream (got {mime})</source>
        <translation>{host} ответил не потоком событий (получено {mime})</translation>
    </message>
    <message>
        <source>{host} did not answer with an event stream (got {mime}); is the server URL right?</source>
        <translation>{host} ответил не потоком событий (получено {mime}); правильный ли адрес сервера?</translation>
    </message>
    <message>
        <source>{host} did not answer the model list with JSON</source>
        <translation>{host} ответил на запрос списка моделей не в формате JSON</translation>
    </message>
    <message>
        <source>{host} answered the model list with unexpected JSON</source>
        <translation>{host} ответил на запрос списка моделей неожиданным JSON</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s listing the models of {host}</source>
        <translation>Время ожидания истекло через {seconds} с при получении списка моделей {host}</translation>
    </message>
    <message>
        <source>Claude cannot read {mime} images (only JPEG, PNG, GIF, WebP)</source>
        <translation>Claude не умеет читать изображения {mime} (только JPEG, PNG, GIF и WebP)</translation>
    </message>
    <message>
        <source>Could not build the request for {provider}</source>
        <translation>Не удалось составить запрос для {provider}</translation>
    </message>
    <message>
        <source>Could not encode the request for {host}</source>
        <translation>Не удалось закодировать запрос для {host}</translation>
    </message>
    <message>
        <source>Unsupported proxy {proxy}: only http:// and https:// proxies are supported</source>
        <translation>Неподдерживаемый прокси {proxy}: поддерживаются только прокси http:// и https://</translation>
    </message>
    <message>
        <source>Cannot create the folder for {path}</source>
        <translation>Не удалось создать папку для {path}</translation>
    </message>
    <message>
        <source>Cannot create the lock file {lock}</source>
        <translation>Не удалось создать файл блокировки {lock}</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>запись не является объектом JSON</translation>
    </message>
    <message>
        <source>{key} is not a string</source>
        <translation>{key} не является строкой</translation>
    </message>
    <message>
        <source>&apos;args&apos; is not a list of strings</source>
        <translation>&apos;args&apos; не является списком строк</translation>
    </message>
    <message>
        <source>&apos;url&apos; must start with http:// or https://</source>
        <translation>&apos;url&apos; должен начинаться с http:// или https://</translation>
    </message>
    <message>
        <source>it has neither a &apos;command&apos; nor a &apos;url&apos;</source>
        <translation>в ней нет ни &apos;command&apos;, ни &apos;url&apos;</translation>
    </message>
    <message>
        <source>&apos;timeout&apos; must be a number of seconds up to {limit}</source>
        <translation>&apos;timeout&apos; должен быть числом секунд не больше {limit}</translation>
    </message>
    <message>
        <source>{key} is not an object</source>
        <translation>{key} не является объектом</translation>
    </message>
    <message>
        <source>&apos;mcpServers&apos; in mcp.json is not an object; it is kept as it is</source>
        <translation>&apos;mcpServers&apos; в mcp.json не является объектом; оставлено как есть</translation>
    </message>
    <message>
        <source>MCP server {name} cannot be used: {problem}</source>
        <translation>MCP-сервер {name} нельзя использовать: {problem}</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}); no MCP servers are started for now.</source>
        <translation>Не удалось прочитать {path} ({reason}); MCP-серверы пока не запускаются.</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it was kept as {backup} and no MCP servers are configured.</source>
        <translation>{path} повреждён ({error}); он сохранён как {backup}, MCP-серверы не настроены.</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it could not be moved aside and no MCP servers are configured.</source>
        <translation>{path} повреждён ({error}); убрать его в сторону не удалось, MCP-серверы не настроены.</translation>
    </message>
    <message>
        <source>Claude Desktop&apos;s configuration was not found at {path}</source>
        <translation>Конфигурация Claude Desktop не найдена: {path}</translation>
    </message>
    <message>
        <source>Claude Desktop&apos;s configuration {path} could not be read</source>
        <translation>Не удалось прочитать конфигурацию Claude Desktop {path}</translation>
    </message>
    <message>
        <source>{path} lists no MCP servers</source>
        <translation>В {path} нет MCP-серверов</translation>
    </message>
    <message>
        <source>{name} is already configured; it was left as it is</source>
        <translation>{name} уже настроен; оставлен как есть</translation>
    </message>
    <message>
        <source>{name} was imported but cannot be used: {problem}</source>
        <translation>{name} импортирован, но его нельзя использовать: {problem}</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}); default settings are used for now.</source>
        <translation>Не удалось прочитать файл настроек {path} ({reason}); пока используются настройки по умолчанию.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it was kept as {backup} and default settings are used.</source>
        <translation>Файл настроек {path} повреждён ({error}); он сохранён как {backup}, используются настройки по умолчанию.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it could not be backed up and default settings are used.</source>
        <translation>Файл настроек {path} повреждён ({error}); сохранить его копию не удалось, используются настройки по умолчанию.</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}; using {default}.</source>
        <translation>Параметр {key}: {problem}; используется {default}.</translation>
    </message>
    <message>
        <source>expected {kind}, found {found}</source>
        <translation>ожидается значение типа «{kind}», получено {found}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>Setting {key}: invalid value; dropped.</source>
        <translation>Параметр {key}: недопустимое значение; пропущен.</translation>
    </message>
    <message>
        <source>Setting {key}: not an object; dropped.</source>
        <translation>Параметр {key}: не объект; пропущен.</translation>
    </message>
    <message>
        <source>Setting {key}: missing or not text; endpoint dropped.</source>
        <translation>Параметр {key}: отсутствует или не текст; сервер пропущен.</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}. The endpoint was disabled.</source>
        <translation>Параметр {key}: {problem}. Сервер отключён.</translation>
    </message>
    <message>
        <source>Setting {key}: duplicate id; a new one was given.</source>
        <translation>Параметр {key}: повторяющийся идентификатор; назначен новый.</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}; dropped.</source>
        <translation>Параметр {key}: {problem}; пропущен.</translation>
    </message>
    <message>
        <source>value must be text</source>
        <translation>значение должно быть текстом</translation>
    </message>
    <message>
        <source>Setting {key}: not an object; ignored.</source>
        <translation>Параметр {key}: не объект; не учитывается.</translation>
    </message>
    <message>
        <source>Setting {key}: ignored.</source>
        <translation>Параметр {key}: не учитывается.</translation>
    </message>
    <message>
        <source>Setting {key}: needs a name and a text; dropped.</source>
        <translation>Параметр {key}: нужны название и текст; пропущен.</translation>
    </message>
    <message>
        <source>Setting {key}: expected &quot;target/model&quot;: {low}..{high} tokens; ignored.</source>
        <translation>Параметр {key}: ожидается &quot;target/model&quot;: от {low} до {high} токенов; не учитывается.</translation>
    </message>
    <message>
        <source>Language must be &quot;system&quot; or a code like &quot;ru&quot;, not {code}.</source>
        <translation>Язык должен быть &quot;system&quot; или кодом вроде &quot;ru&quot;, а не {code}.</translation>
    </message>
    <message>
        <source>Two endpoints have the same id.</source>
        <translation>У двух серверов одинаковый идентификатор.</translation>
    </message>
    <message>
        <source>Theme must be one of {names}.</source>
        <translation>Тема должна быть одной из: {names}.</translation>
    </message>
    <message>
        <source>Model titles must be one of {names}.</source>
        <translation>Заголовки от модели: значение должно быть одним из: {names}.</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Размер шрифта</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Максимум токенов</translation>
    </message>
    <message>
        <source>Max tool steps</source>
        <translation>Максимум шагов с инструментами</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}.</source>
        <translation>{what}: значение должно быть от {low} до {high}.</translation>
    </message>
    <message>
        <source>must be one of {names}</source>
        <translation>должен быть одним из: {names}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>должен быть от {low} до {high}</translation>
    </message>
    <message>
        <source>is not a folder path</source>
        <translation>не является путём к папке</translation>
    </message>
    <message>
        <source>is not base64</source>
        <translation>не в кодировке base64</translation>
    </message>
    <message>
        <source>Local model option {name} for {path} is not valid.</source>
        <translation>Параметр локальной модели {name} для {path} недопустим.</translation>
    </message>
    <message>
        <source>The {name} is not base64.</source>
        <translation>{name}: значение не в кодировке base64.</translation>
    </message>
    <message>
        <source>{field} should be text, not {type}</source>
        <translation>{field} должно быть текстом, а не {type}</translation>
    </message>
    <message>
        <source>{field} should be a number, not {type}</source>
        <translation>{field} должно быть числом, а не {type}</translation>
    </message>
    <message>
        <source>{field} is out of range</source>
        <translation>{field} вне допустимого диапазона</translation>
    </message>
    <message>
        <source>{field} should be an object, not {type}</source>
        <translation>{field} должно быть объектом, а не {type}</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>это не объект</translation>
    </message>
    <message>
        <source>messages should be a list</source>
        <translation>messages должно быть списком</translation>
    </message>
    <message>
        <source>a message is not an object</source>
        <translation>сообщение не является объектом</translation>
    </message>
    <message>
        <source>unknown message role {role}</source>
        <translation>неизвестная роль сообщения {role}</translation>
    </message>
    <message>
        <source>a message&apos;s content is not text</source>
        <translation>содержимое сообщения не является текстом</translation>
    </message>
    <message>
        <source>unknown message state {state}</source>
        <translation>неизвестное состояние сообщения {state}</translation>
    </message>
    <message>
        <source>{field} should be a message id (a number)</source>
        <translation>{field} должно быть идентификатором сообщения (числом)</translation>
    </message>
    <message>
        <source>message id {id} appears twice</source>
        <translation>идентификатор сообщения {id} встречается дважды</translation>
    </message>
    <message>
        <source>message {id} follows message {parent}, which is not before it in the file</source>
        <translation>сообщение {id} идёт после сообщения {parent}, которого нет выше в файле</translation>
    </message>
    <message>
        <source>message {id} shows {child}, which is not its reply</source>
        <translation>сообщение {id} показывает {child}, но это не ответ на него</translation>
    </message>
    <message>
        <source>active_root {root} is not a first message</source>
        <translation>active_root {root} не является первым сообщением</translation>
    </message>
    <message>
        <source>a message&apos;s parts should be a list</source>
        <translation>части сообщения должны быть списком</translation>
    </message>
    <message>
        <source>a message part is not an object with a kind</source>
        <translation>часть сообщения не является объектом с полем kind</translation>
    </message>
    <message>
        <source>an attachment&apos;s sha256 is not a SHA-256 checksum</source>
        <translation>sha256 вложения не является контрольной суммой SHA-256</translation>
    </message>
    <message>
        <source>it has no &apos;mapping&apos; of messages</source>
        <translation>в ней нет &apos;mapping&apos; с сообщениями</translation>
    </message>
    <message>
        <source>a mapping entry is not an object</source>
        <translation>запись в mapping не является объектом</translation>
    </message>
    <message>
        <source>a &apos;parent&apos; link is not a node id</source>
        <translation>ссылка &apos;parent&apos; не является идентификатором узла</translation>
    </message>
    <message>
        <source>the reply tree points to a missing node {node}</source>
        <translation>дерево ответов ссылается на отсутствующий узел {node}</translation>
    </message>
    <message>
        <source>its reply tree has a cycle</source>
        <translation>в её дереве ответов есть цикл</translation>
    </message>
    <message>
        <source>&apos;current_node&apos; does not name a message in the mapping</source>
        <translation>&apos;current_node&apos; не указывает на сообщение из mapping</translation>
    </message>
    <message>
        <source>a node&apos;s &apos;message&apos; is not an object</source>
        <translation>&apos;message&apos; узла не является объектом</translation>
    </message>
    <message>
        <source>a text message has no list of &apos;parts&apos;</source>
        <translation>у текстового сообщения нет списка &apos;parts&apos;</translation>
    </message>
</context>
<context>
    <name>ModelSelector</name>
    <message>
        <source>Provider or endpoint</source>
        <translation>Провайдер или сервер</translation>
    </message>
    <message>
        <source>No provider chosen</source>
        <translation>Провайдер не выбран</translation>
    </message>
    <message>
        <source>Model (pick one or type a name)</source>
        <translation>Модель (выберите или введите название)</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Локально</translation>
    </message>
    <message>
        <source>{name} (offline)</source>
        <translation>{name} (недоступен)</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers.</source>
        <translation>{name} недоступен: сервис больше не отвечает.</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <source>loading models…</source>
        <translation>загрузка моделей…</translation>
    </message>
    <message>
        <source>models unavailable</source>
        <translation>модели недоступны</translation>
    </message>
</context>
<context>
    <name>ParamsDialog</name>
    <message>
        <source>Default (from Settings)</source>
        <translation>По умолчанию (из настроек)</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Настройки беседы</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>Без системного промпта</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>&amp;Prompt preset:</source>
        <translation>&amp;Шаблон промпта:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>&amp;Системный промпт:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>Т&amp;емпература:</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>&amp;Макс. токенов:</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>свой</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Prompt: {preset}</source>
        <translation>Промпт: {preset}</translation>
    </message>
    <message>
        <source>max {tokens}</source>
        <translation>макс. {tokens}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Ассистент</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Exporting as PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PromptPresets</name>
    <message>
        <source>Default</source>
        <translation>Стандартный</translation>
    </message>
    <message>
        <source>Concise</source>
        <translation>Краткий</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>Программист</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Переводчик</translation>
    </message>
</context>
<context>
    <name>RowDelegate</name>
    <message>
        <source>New title</source>
        <translation>Новое название</translation>
    </message>
</context>
<context>
    <name>SendStopButton</name>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Остановить ответ (Esc)</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Отправить (Enter)</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Остановить ответ</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Отправить сообщение</translation>
    </message>
</context>
<context>
    <name>SessionDrawing</name>
    <message>
        <source>Thinking…</source>
        <translation>Размышляет…</translation>
    </message>
    <message>
        <source>A tool call waits for your approval in another tab.</source>
        <translation>В другой вкладке вызов инструмента ждёт вашего разрешения.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>&amp;Серверы</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Сохранить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>an endpoint</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>Not saved: fix {name} first.</source>
        <translation>Не сохранено: сначала исправьте {name}.</translation>
    </message>
    <message>
        <source>Not saved: fix the highlighted settings first.</source>
        <translation>Не сохранено: сначала исправьте выделенные настройки.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <translation>Не удалось сохранить настройки: {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Message box</source>
        <translation>Поле сообщения</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Новая строка</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>Buttons of the chosen message, then its links</source>
        <translation>Кнопки выбранного сообщения, затем его ссылки</translation>
    </message>
    <message>
        <source>Press the focused button or link</source>
        <translation>Нажать кнопку или ссылку в фокусе</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Панель поиска</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Следующее / предыдущее совпадение</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Боковая панель</translation>
    </message>
    <message>
        <source>Open in this tab</source>
        <translation>Открыть в этой вкладке</translation>
    </message>
    <message>
        <source>Open in a new tab</source>
        <translation>Открыть в новой вкладке</translation>
    </message>
    <message>
        <source>Ctrl+Enter, middle click</source>
        <translation>Ctrl+Enter, щелчок средней кнопкой</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Delete (with undo)</source>
        <translation>Удалить (с возможностью отмены)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Клавиша меню, Shift+F10</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Вкладки</translation>
    </message>
    <message>
        <source>double click</source>
        <translation>двойной щелчок</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>middle click</source>
        <translation>щелчок средней кнопкой</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Комбинации клавиш</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Фильтр комбинаций клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбинации клавиш</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Conversations</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Поиск бесед</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Список бесед</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Could not delete: {exc}</source>
        <translation>Не удалось удалить: {exc}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Нечего отменять</translation>
    </message>
    <message>
        <source>Could not rename: {exc}</source>
        <translation>Не удалось переименовать: {exc}</translation>
    </message>
    <message>
        <source>Could not pin: {exc}</source>
        <translation>Не удалось закрепить: {exc}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open in New Tab	Ctrl+Enter</source>
        <translation>Открыть в новой вкладке	Ctrl+Enter</translation>
    </message>
    <message>
        <source>Rename	F2</source>
        <translation>Переименовать	F2</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Закрепить</translation>
    </message>
    <message>
        <source>Delete	Del</source>
        <translation>Удалить	Del</translation>
    </message>
    <message>
        <source>Undo Delete	Ctrl+Z</source>
        <translation>Отменить удаление	Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>SidebarGroups</name>
    <message>
        <source>Pinned</source>
        <translation>Закреплённые</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>{value} B</source>
        <translation>{value} Б</translation>
    </message>
    <message>
        <source>{value} KB</source>
        <translation>{value} КБ</translation>
    </message>
    <message>
        <source>{value} MB</source>
        <translation>{value} МБ</translation>
    </message>
    <message>
        <source>{value} GB</source>
        <translation>{value} ГБ</translation>
    </message>
    <message>
        <source>{value} TB</source>
        <translation>{value} ТБ</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Notice action</source>
        <translation>Действие уведомления</translation>
    </message>
</context>
<context>
    <name>ToolLines</name>
    <message>
        <source>waiting for you</source>
        <translation>ждёт вашего решения</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>выполняется…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>отклонено</translation>
    </message>
    <message numerus="yes">
        <source>({count} character(s) in all)</source>
        <translation>
            <numerusform>(всего {count} символ)</numerusform>
            <numerusform>(всего {count} символа)</numerusform>
            <numerusform>(всего {count} символов)</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} с</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Аргументы</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>ToolsButton</name>
    <message>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <source>The tools this conversation may offer the model</source>
        <translation>Инструменты, которые эта беседа может предложить модели</translation>
    </message>
    <message>
        <source>Tools for this conversation</source>
        <translation>Инструменты для этой беседы</translation>
    </message>
    <message>
        <source>Tools (some off)</source>
        <translation>Инструменты (часть выключена)</translation>
    </message>
    <message>
        <source>    {tool}</source>
        <translation>    {tool}</translation>
    </message>
    <message>
        <source>No MCP servers are on</source>
        <translation>Нет включённых серверов MCP</translation>
    </message>
    <message>
        <source>Manage Tools…</source>
        <translation>Управление инструментами…</translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <source>This is not valid JSON: {exc}</source>
        <translation>Это некорректный JSON: {exc}</translation>
    </message>
    <message>
        <source>Paste a JSON object (the mcpServers snippet of the server&apos;s README).</source>
        <translation>Вставьте объект JSON (фрагмент mcpServers из README сервера).</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Дайте серверу название.</translation>
    </message>
    <message>
        <source>No server found in the snippet.</source>
        <translation>Во фрагменте не найдено ни одного сервера.</translation>
    </message>
    <message>
        <source>Tools (MCP servers)</source>
        <translation>Инструменты (серверы MCP)</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Серверы MCP</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Журнал сервера</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Выключить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Revoke Always Allow</source>
        <translation>Отозвать «Всегда разрешать»</translation>
    </message>
    <message>
        <source>Import from Claude Desktop</source>
        <translation>Импорт из Claude Desktop</translation>
    </message>
    <message>
        <source>Tool steps per answer:</source>
        <translation>Шагов с инструментами на ответ:</translation>
    </message>
    <message>
        <source>How many times the model may call tools before it must answer</source>
        <translation>Сколько раз модель может вызывать инструменты, прежде чем должна ответить</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (выключен)</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Нужен вход</translation>
    </message>
    <message>
        <source>No MCP servers yet. Add one by pasting the mcpServers snippet from its README, or import Claude Desktop&apos;s.</source>
        <translation>Серверов MCP пока нет. Добавьте сервер, вставив фрагмент mcpServers из его README, или импортируйте серверы Claude Desktop.</translation>
    </message>
    <message>
        <source>not listed yet</source>
        <translation>ещё не получены</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Состояние: {state}</translation>
    </message>
    <message>
        <source>Timeout: {seconds} s</source>
        <translation>Тайм-аут: {seconds} с</translation>
    </message>
    <message>
        <source>Tools: {tools}</source>
        <translation>Инструменты: {tools}</translation>
    </message>
    <message>
        <source>Always allowed: {tools}</source>
        <translation>Всегда разрешены: {tools}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Последняя ошибка: {error}</translation>
    </message>
    <message>
        <source>Turn On</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Could not save mcp.json: {exc}</source>
        <translation>Не удалось сохранить mcp.json: {exc}</translation>
    </message>
    <message>
        <source>Add MCP Server</source>
        <translation>Добавить сервер MCP</translation>
    </message>
    <message>
        <source>Paste the server&apos;s mcpServers snippet (JSON):</source>
        <translation>Вставьте фрагмент mcpServers сервера (JSON):</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Изменить {name}</translation>
    </message>
    <message>
        <source>The entry of {name} (JSON):</source>
        <translation>Запись {name} (JSON):</translation>
    </message>
    <message>
        <source>Saved {names}.</source>
        <translation>Сохранено: {names}.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} удалён.</translation>
    </message>
    <message>
        <source>{name} did not start: {exc}</source>
        <translation>{name} не запустился: {exc}</translation>
    </message>
    <message>
        <source>{name}&apos;s tools ask again before each call.</source>
        <translation>Инструменты {name} снова спрашивают разрешения перед каждым вызовом.</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>Импортирован {name}</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Нечего импортировать.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>▾ Hide</source>
        <translation>▾ Скрыть</translation>
    </message>
    <message>
        <source>thought process</source>
        <translation>ход рассуждений</translation>
    </message>
    <message>
        <source>▸ Show</source>
        <translation>▸ Показать</translation>
    </message>
    <message>
        <source>thought process ({words} words)</source>
        <translation>ход рассуждений (слов: {words})</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Ассистент</translation>
    </message>
    <message>
        <source>version {index}/{count}</source>
        <translation>версия {index}/{count}</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} ток/с</translation>
    </message>
    <message>
        <source>first token {seconds} s</source>
        <translation>первый токен за {seconds} с</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>Показать %n более раннее сообщение</numerusform>
            <numerusform>Показать %n более ранних сообщения</numerusform>
            <numerusform>Показать %n более ранних сообщений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>{provider} does not take %n option(s): {options}</source>
        <translation>
            <numerusform>{provider} не принимает %n параметр: {options}</numerusform>
            <numerusform>{provider} не принимает %n параметра: {options}</numerusform>
            <numerusform>{provider} не принимает %n параметров: {options}</numerusform>
        </translation>
    </message>
</context>
</TS>
