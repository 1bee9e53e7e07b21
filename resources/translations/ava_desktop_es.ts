<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Ava Desktop</source>
        <translation>Acerca de Ava Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ava Desktop {version}&lt;/h2&gt;&lt;p&gt;A desktop chat client for large language models.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ava Desktop {version}&lt;/h2&gt;&lt;p&gt;Un cliente de chat de escritorio para modelos de lenguaje grandes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Open the logs folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation>&amp;Reabrir pestaña cerrada</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Cerrar pestaña</translation>
    </message>
    <message>
        <source>&amp;Conversations and Search…</source>
        <translation>C&amp;onversaciones y búsqueda…</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>&amp;Exportar conversación…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exportar como &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Export &amp;All (Backup)…</source>
        <translation>Exportar &amp;todo (copia de seguridad)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Copy &amp;Last Answer</source>
        <translation>Copiar la ú&amp;ltima respuesta</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation…</source>
        <translation>&amp;Buscar en la conversación…</translation>
    </message>
    <message>
        <source>Copy &amp;Conversation as Markdown</source>
        <translation>Copiar la &amp;conversación como Markdown</translation>
    </message>
    <message>
        <source>Conversation &amp;Sidebar</source>
        <translation>&amp;Panel lateral de conversaciones</translation>
    </message>
    <message>
        <source>Search in the S&amp;idebar</source>
        <translation>Buscar en el panel &amp;lateral</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>Tamaño de texto pre&amp;determinado</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>Pestaña &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Regenerate Answer</source>
        <translation>&amp;Regenerar respuesta</translation>
    </message>
    <message>
        <source>&amp;Edit Last Message</source>
        <translation>&amp;Editar el último mensaje</translation>
    </message>
    <message>
        <source>Previous &amp;Version of the Answer</source>
        <translation>&amp;Versión anterior de la respuesta</translation>
    </message>
    <message>
        <source>Next Ve&amp;rsion of the Answer</source>
        <translation>Ve&amp;rsión siguiente de la respuesta</translation>
    </message>
    <message>
        <source>Select Previous Messa&amp;ge</source>
        <translation>Seleccionar mensaje an&amp;terior</translation>
    </message>
    <message>
        <source>Select &amp;Next Message</source>
        <translation>Seleccionar mensaje si&amp;guiente</translation>
    </message>
    <message>
        <source>&amp;Tools (MCP Servers)…</source>
        <translation>&amp;Herramientas (servidores MCP)…</translation>
    </message>
    <message>
        <source>&amp;Find Local Servers</source>
        <translation>&amp;Buscar servidores locales</translation>
    </message>
    <message>
        <source>Add &amp;Local Model File…</source>
        <translation>Añadir archivo de modelo &amp;local…</translation>
    </message>
    <message>
        <source>Local &amp;Model Options…</source>
        <translation>Opciones del &amp;modelo local…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Ava Desktop</source>
        <translation>Acerca &amp;de Ava Desktop</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>API key not sent</source>
        <extracomment>One per app: the per-model corrections learned from reported usage are shared.</extracomment>
        <translation>Clave de API no enviada</translation>
    </message>
    <message>
        <source>The settings could not be saved to {path} ({reason}).</source>
        <translation>No se pudo guardar la configuración en {path} ({reason}).</translation>
    </message>
    <message>
        <source>The settings could not be saved ({reason}).</source>
        <translation>No se pudo guardar la configuración ({reason}).</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
    <message>
        <source>They are kept while Ava runs and saved again with the next change.</source>
        <translation>Se mantiene mientras Ava esté en ejecución y se volverá a guardar con el próximo cambio.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The MCP server {name} needs you to sign in: Chat → Tools…, select it, then Sign In.</source>
        <translation>El servidor MCP {name} necesita que inicies sesión: Chat → Herramientas…, selecciónalo y pulsa Iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <source>Tool call waiting for approval</source>
        <translation>Llamada a herramienta pendiente de aprobación</translation>
    </message>
    <message>
        <source>Arguments of the tool call</source>
        <translation>Argumentos de la llamada a herramienta</translation>
    </message>
    <message>
        <source>Allow once (Enter)</source>
        <translation>Permitir una vez (Enter)</translation>
    </message>
    <message>
        <source>Always allow this tool</source>
        <translation>Permitir siempre esta herramienta</translation>
    </message>
    <message>
        <source>Deny (Esc)</source>
        <translation>Denegar (Esc)</translation>
    </message>
    <message numerus="yes">
        <source> (%n more waiting)</source>
        <translation>
            <numerusform> (%n más en espera)</numerusform>
            <numerusform> (%n más en espera)</numerusform>
        </translation>
    </message>
    <message>
        <source>The model wants to run {tool} from the {server} server{more}. Allow it?</source>
        <translation>El modelo quiere ejecutar {tool} del servidor {server}{more}. ¿Permitirlo?</translation>
    </message>
    <message numerus="yes">
        <source>({count} character(s) in all)</source>
        <translation>
            <numerusform>({count} carácter en total)</numerusform>
            <numerusform>({count} caracteres en total)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachButton</name>
    <message>
        <source>Attach files or images ({shortcut})</source>
        <translation>Adjuntar archivos o imágenes ({shortcut})</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Images and documents</source>
        <translation>Imágenes y documentos</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>No adjuntado</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>leyendo</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>no adjuntado</translation>
    </message>
    <message>
        <source>Attachment {name}, {state}</source>
        <translation>Adjunto {name}, {state}</translation>
    </message>
    <message>
        <source>Delete or Backspace removes it</source>
        <translation>Supr o Retroceso lo quita</translation>
    </message>
</context>
<context>
    <name>AttachmentProcessor</name>
    <message>
        <source>{name} could not be attached ({error}).</source>
        <translation>No se pudo adjuntar {name} ({error}).</translation>
    </message>
    <message>
        <source>{name}: cancelled.</source>
        <translation>{name}: cancelado.</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>{name} is cut off ({why}); attach a complete copy.</source>
        <translation>{name} está incompleto ({why}); adjunta una copia completa.</translation>
    </message>
    <message>
        <source>{name} is not an image Ava can read (PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>{name} no es una imagen que Ava pueda leer (PNG, JPEG, WebP, GIF, BMP).</translation>
    </message>
    <message>
        <source>{name} does not say how large it is; it is damaged or not an image.</source>
        <translation>{name} no indica su tamaño; está dañado o no es una imagen.</translation>
    </message>
    <message>
        <source>{name} claims {width} × {height} pixels ({megapixels} megapixels), over the {limit} megapixel limit; it was not opened (it could exhaust memory).</source>
        <translation>{name} declara {width} × {height} píxeles ({megapixels} megapíxeles), por encima del límite de {limit} megapíxeles; no se abrió (podría agotar la memoria).</translation>
    </message>
    <message>
        <source>{name} could not be decoded ({error}).</source>
        <translation>No se pudo decodificar {name} ({error}).</translation>
    </message>
    <message>
        <source>{name}: the clipboard image is empty.</source>
        <translation>{name}: la imagen del portapapeles está vacía.</translation>
    </message>
    <message>
        <source>{name} is over the {limit} megapixel limit.</source>
        <translation>{name} supera el límite de {limit} megapíxeles.</translation>
    </message>
    <message>
        <source>the PNG has no end marker</source>
        <translation>el PNG no tiene marca de final</translation>
    </message>
    <message>
        <source>the JPEG has no end marker</source>
        <translation>el JPEG no tiene marca de final</translation>
    </message>
    <message>
        <source>the WebP is shorter than it says</source>
        <translation>el WebP es más corto de lo que indica</translation>
    </message>
    <message>
        <source>the BMP is shorter than it says</source>
        <translation>el BMP es más corto de lo que indica</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached; the link to {hosts} was not downloaded.</source>
        <translation>Solo se pueden adjuntar archivos de este equipo; el enlace a {hosts} no se descargó.</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not attached: at most %n attachment(s) go with one message.</source>
        <translation>
            <numerusform>{name} no se adjuntó: un mensaje admite como máximo %n archivo adjunto.</numerusform>
            <numerusform>{name} no se adjuntó: un mensaje admite como máximo %n archivos adjuntos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first {count} character(s) of {name} are kept (the limit for one attachment).</source>
        <translation>
            <numerusform>Solo se conserva el primer carácter de {name} ({count}; el límite de un adjunto).</numerusform>
            <numerusform>Solo se conservan los primeros {count} caracteres de {name} (el límite de un adjunto).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{size} · {count} char(s)</source>
        <translation>
            <numerusform>{size} · {count} carácter</numerusform>
            <numerusform>{size} · {count} caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is attached already.</source>
        <translation>{name} ya está adjuntado.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>No se pudo mostrar la imagen.</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Texto de {name}</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>No se pudo guardar: {error}</translation>
    </message>
</context>
<context>
    <name>AttachmentsAndCopy</name>
    <message>
        <source>No answer to copy yet</source>
        <translation>Aún no hay ninguna respuesta que copiar</translation>
    </message>
    <message>
        <source>Copied the last answer as Markdown</source>
        <translation>Última respuesta copiada como Markdown</translation>
    </message>
    <message>
        <source>Copied the conversation as Markdown</source>
        <translation>Conversación copiada como Markdown</translation>
    </message>
</context>
<context>
    <name>AvaApp</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Ava Desktop</source>
        <translation>Ava Desktop</translation>
    </message>
    <message>
        <source>Ava Desktop cannot use its data folder: {exc}</source>
        <translation>Ava Desktop no puede usar su carpeta de datos: {exc}</translation>
    </message>
    <message>
        <source>Ava Desktop is already running with the data folder {folder} but does not answer. Close it (or end its process), or start with another --data-dir.</source>
        <translation>Ava Desktop ya se está ejecutando con la carpeta de datos {folder}, pero no responde. Ciérrala (o termina su proceso) o iníciala con otro --data-dir.</translation>
    </message>
</context>
<context>
    <name>ChatSetup</name>
    <message>
        <source>No provider is connected yet. Open Settings (Ctrl+,) to add an endpoint with its API key (OpenAI, OpenRouter, Groq, DeepSeek, Mistral, …), or start a local server such as Ollama, LM Studio or llama.cpp: Ava finds it by itself (Chat → Find Local Servers).</source>
        <translation>Todavía no hay ningún proveedor conectado. Abre la configuración (Ctrl+,) para añadir un servidor con su clave de API (OpenAI, OpenRouter, Groq, DeepSeek, Mistral, …) o inicia un servidor local como Ollama, LM Studio o llama.cpp: Ava lo encuentra por sí sola (Chat → Buscar servidores locales).</translation>
    </message>
    <message>
        <source>System prompt, temperature and length for this chat</source>
        <translation>Prompt del sistema, temperatura y longitud para este chat</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Abrir configuración…</translation>
    </message>
    <message>
        <source>Could not save the model choice: {exc}</source>
        <translation>No se pudo guardar el modelo elegido: {exc}</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers.</source>
        <translation>{name} no está disponible: su servicio ya no responde.</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers. Pick another provider above.</source>
        <translation>{name} no está disponible: su servicio ya no responde. Elige otro proveedor arriba.</translation>
    </message>
    <message>
        <source>Chatting with {name}. Type a message below.</source>
        <translation>Chateando con {name}. Escribe un mensaje abajo.</translation>
    </message>
    <message>
        <source>Could not save the chat settings: {exc}</source>
        <translation>No se pudo guardar la configuración del chat: {exc}</translation>
    </message>
    <message>
        <source>Choose a provider first (Settings, Ctrl+,).</source>
        <translation>Primero elige un proveedor (Configuración, Ctrl+,).</translation>
    </message>
    <message>
        <source>Type or choose a model first.</source>
        <translation>Primero escribe o elige un modelo.</translation>
    </message>
    <message>
        <source>{name} is offline; trying anyway.</source>
        <translation>{name} no está disponible; se intenta de todos modos.</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Editing a message: Enter sends it as a new version (the old one stays), Esc cancels.</source>
        <translation>Editando un mensaje: Intro lo envía como una nueva versión (la anterior se conserva), Esc cancela.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Ask several models the next message, side by side</source>
        <translation>Enviar el próximo mensaje a varios modelos y compararlos lado a lado</translation>
    </message>
    <message>
        <source>Blocked a link Ava does not open: {url}</source>
        <translation>Se bloqueó un enlace que Ava no abre: {url}</translation>
    </message>
    <message>
        <source>Still answering: press Esc to stop it, your text is kept.</source>
        <translation>Todavía respondiendo: pulsa Esc para detenerlo; tu texto se conserva.</translation>
    </message>
    <message>
        <source>Still reading an attachment; send again when it is ready.</source>
        <translation>Todavía leyendo un adjunto; envía de nuevo cuando esté listo.</translation>
    </message>
    <message>
        <source>Could not save the tool choice: {exc}</source>
        <translation>No se pudo guardar la elección de herramientas: {exc}</translation>
    </message>
    <message>
        <source>The next message goes to {names}, side by side. Esc cancels.</source>
        <translation>El próximo mensaje irá a {names}, lado a lado. Esc cancela.</translation>
    </message>
    <message>
        <source>Still answering: wait for every model, or press Esc.</source>
        <translation>Todavía respondiendo: espera a todos los modelos o pulsa Esc.</translation>
    </message>
    <message>
        <source>Still answering: press Esc to stop it first.</source>
        <translation>Todavía respondiendo: primero pulsa Esc para detenerlo.</translation>
    </message>
</context>
<context>
    <name>ChatTabBar</name>
    <message>
        <source>Close tab</source>
        <translation>Cerrar pestaña</translation>
    </message>
    <message>
        <source>Close tab (Ctrl+W)</source>
        <translation>Cerrar pestaña (Ctrl+W)</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>No wrap</source>
        <translation>Sin ajuste</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[imagen: {alt}]</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Answer of {model}</source>
        <translation>Respuesta de {model}</translation>
    </message>
    <message>
        <source>Continue with this answer</source>
        <translation>Continuar con esta respuesta</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <source>first token {seconds} s</source>
        <translation>primer token en {seconds} s</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Ask Several Models</source>
        <translation>Preguntar a varios modelos</translation>
    </message>
    <message>
        <source>Model {number}</source>
        <translation>Modelo {number}</translation>
    </message>
    <message>
        <source>Ask These Models</source>
        <translation>Preguntar a estos modelos</translation>
    </message>
    <message>
        <source>The next message goes to each model checked here; their answers stream side by side.</source>
        <translation>El próximo mensaje irá a cada modelo marcado aquí; sus respuestas aparecerán una al lado de otra.</translation>
    </message>
    <message>
        <source>Check two to four models, each with a provider and a model name.</source>
        <translation>Marca de dos a cuatro modelos, cada uno con un proveedor y un nombre de modelo.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line</source>
        <translation>Mensaje — Enter para enviar, Mayús+Enter para una nueva línea</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>ContextChecks</name>
    <message>
        <source>Too long for the model</source>
        <translation>Demasiado largo para el modelo</translation>
    </message>
    <message>
        <source>Send the First Part of {name}</source>
        <translation>Enviar la primera parte de {name}</translation>
    </message>
    <message>
        <source>Leave Out the Oldest {drop} Messages</source>
        <translation>Omitir los {drop} mensajes más antiguos</translation>
    </message>
    <message>
        <source>New Conversation from a Summary</source>
        <translation>Nueva conversación a partir de un resumen</translation>
    </message>
    <message numerus="yes">
        <source>This request takes about {count} token(s), and the model&apos;s context holds {limit} (with room for the answer). What should Ava do?</source>
        <translation>
            <numerusform>Esta solicitud ocupa unos {count} token y el contexto del modelo admite {limit} (dejando espacio para la respuesta). ¿Qué debe hacer Ava?</numerusform>
            <numerusform>Esta solicitud ocupa unos {count} tokens y el contexto del modelo admite {limit} (dejando espacio para la respuesta). ¿Qué debe hacer Ava?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} alone is about {count} token(s) ({chars} characters); about {room} are free.</source>
        <translation>
            <numerusform>Solo {name} ocupa unos {count} token ({chars} caracteres); quedan libres unos {room}.</numerusform>
            <numerusform>Solo {name} ocupa unos {count} tokens ({chars} caracteres); quedan libres unos {room}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave Out the Oldest %n Message(s)</source>
        <translation>
            <numerusform>Omitir el mensaje más antiguo (%n)</numerusform>
            <numerusform>Omitir los %n mensajes más antiguos</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>The server says this request is longer than the model&apos;s context. What should Ava do?</source>
        <translation>El servidor dice que esta solicitud es más larga que el contexto del modelo. ¿Qué debe hacer Ava?</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <source>Context: not measured yet</source>
        <extracomment>(light theme, dark theme) text colours, readable on each theme&apos;s window background.</extracomment>
        <translation>Contexto: aún sin medir</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimado</translation>
    </message>
    <message>
        <source>counted by the model&apos;s tokenizer</source>
        <translation>contado por el tokenizador del modelo</translation>
    </message>
    <message>
        <source>as reported by the server</source>
        <translation>según el servidor</translation>
    </message>
    <message>
        <source>, near the limit</source>
        <translation>, cerca del límite</translation>
    </message>
    <message>
        <source>, too long for the model</source>
        <translation>, demasiado largo para el modelo</translation>
    </message>
    <message>
        <source>Context: {used} of {limit} tokens ({how})</source>
        <translation>Contexto: {used} de {limit} tokens ({how})</translation>
    </message>
    <message>
        <source>Context: {used} tokens ({how})</source>
        <translation>Contexto: {used} tokens ({how})</translation>
    </message>
</context>
<context>
    <name>ContextTip</name>
    <message>
        <source>set in Settings</source>
        <translation>definida en Configuración</translation>
    </message>
    <message>
        <source>from the server&apos;s model list</source>
        <translation>según la lista de modelos del servidor</translation>
    </message>
    <message>
        <source>the local model&apos;s context size (n_ctx)</source>
        <translation>el tamaño de contexto del modelo local (n_ctx)</translation>
    </message>
    <message>
        <source>typical for this model (approximate)</source>
        <translation>el habitual de este modelo (aproximado)</translation>
    </message>
    <message numerus="yes">
        <source>{count} token(s) in the next request</source>
        <translation>
            <numerusform>{count} token en la próxima solicitud</numerusform>
            <numerusform>{count} tokens en la próxima solicitud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• {count} as the server reported after the last answer</source>
        <translation>
            <numerusform>• {count} según informó el servidor tras la última respuesta</numerusform>
            <numerusform>• {count} según informó el servidor tras la última respuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• {count} counted by the model&apos;s tokenizer</source>
        <translation>
            <numerusform>• {count} contado por el tokenizador del modelo</numerusform>
            <numerusform>• {count} contados por el tokenizador del modelo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• about {count} estimated (≈4 characters per token, 1 per CJK character; images by the provider&apos;s formula)</source>
        <translation>
            <numerusform>• unos {count} estimados (≈4 caracteres por token, 1 por carácter CJK; imágenes según la fórmula del proveedor)</numerusform>
            <numerusform>• unos {count} estimados (≈4 caracteres por token, 1 por carácter CJK; imágenes según la fórmula del proveedor)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates for this model were {percent}% low against the server&apos;s count; corrected ×{ratio}.</source>
        <translation>Las estimaciones para este modelo quedaron un {percent}% por debajo del recuento del servidor; corregidas ×{ratio}.</translation>
    </message>
    <message>
        <source>Estimates for this model were {percent}% high against the server&apos;s count; corrected ×{ratio}.</source>
        <translation>Las estimaciones para este modelo quedaron un {percent}% por encima del recuento del servidor; corregidas ×{ratio}.</translation>
    </message>
    <message>
        <source>Context window: {limit} tokens, {source}.</source>
        <translation>Ventana de contexto: {limit} tokens, {source}.</translation>
    </message>
    <message>
        <source>{reserve} of them are kept free for the answer.</source>
        <translation>De ellos, {reserve} quedan libres para la respuesta.</translation>
    </message>
    <message>
        <source>This model&apos;s context window is not known: set it in Settings (model_context_windows).</source>
        <translation>No se conoce la ventana de contexto de este modelo: defínela en Configuración (model_context_windows).</translation>
    </message>
    <message numerus="yes">
        <source>Too long: leaving out the %n oldest message(s) would make it fit.</source>
        <translation>
            <numerusform>Demasiado largo: cabría omitiendo el mensaje más antiguo (%n).</numerusform>
            <numerusform>Demasiado largo: cabría omitiendo los %n mensajes más antiguos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long even without older messages: start a new conversation with a summary.</source>
        <translation>Demasiado largo incluso sin los mensajes anteriores: empieza una conversación nueva con un resumen.</translation>
    </message>
</context>
<context>
    <name>ConversationCommands</name>
    <message>
        <source>No closed tab to reopen</source>
        <translation>No hay pestañas cerradas que reabrir</translation>
    </message>
    <message>
        <source>That conversation no longer exists</source>
        <translation>Esa conversación ya no existe</translation>
    </message>
    <message>
        <source>History is not available (the database could not be opened)</source>
        <translation>El historial no está disponible (no se pudo abrir la base de datos)</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>Se eliminó «{title}»</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversación sin título</translation>
    </message>
    <message>
        <source>Could not read the conversations: {exc}</source>
        <translation>No se pudieron leer las conversaciones: {exc}</translation>
    </message>
    <message>
        <source>Could not search: {exc}</source>
        <translation>No se pudo buscar: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n encontrada</numerusform>
            <numerusform>%n encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>No se encontró nada</translation>
    </message>
</context>
<context>
    <name>DialogCommands</name>
    <message>
        <source>Text size {size} pt</source>
        <translation>Tamaño de texto {size} pt</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>Tamaño de texto predeterminado</translation>
    </message>
    <message numerus="yes">
        <source>%n answer was cut off when Ava last stopped; the text is kept and can be continued.</source>
        <translation>
            <numerusform>%n respuesta se interrumpió la última vez que Ava se detuvo; el texto se conserva y se puede continuar.</numerusform>
            <numerusform>%n respuestas se interrumpieron la última vez que Ava se detuvo; el texto se conserva y se puede continuar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers were cut off when Ava last stopped; the text is kept and can be continued.</source>
        <translation>
            <numerusform>%n respuesta se interrumpió la última vez que Ava se detuvo; el texto se conserva y se puede continuar.</numerusform>
            <numerusform>%n respuestas se interrumpieron la última vez que Ava se detuvo; el texto se conserva y se puede continuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for local servers…</source>
        <translation>Buscando servidores locales…</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n model(s))</source>
        <translation>
            <numerusform>{name} (%n modelo)</numerusform>
            <numerusform>{name} (%n modelos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Found {names}</source>
        <translation>Encontrado: {names}</translation>
    </message>
    <message>
        <source>No local server answered</source>
        <translation>Ningún servidor local respondió</translation>
    </message>
    <message>
        <source>⚠ History is not being saved</source>
        <translation>⚠ El historial no se está guardando</translation>
    </message>
    <message>
        <source>Conversation history unavailable</source>
        <translation>Historial de conversaciones no disponible</translation>
    </message>
    <message>
        <source>Ava Desktop will run, but new conversations are not saved until this is resolved. The existing file was not changed.</source>
        <translation>Ava Desktop funcionará, pero las conversaciones nuevas no se guardarán hasta que esto se resuelva. El archivo existente no se ha modificado.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Ava Desktop hit an unexpected error. It was logged; your conversations are safe.</source>
        <translation>Ava Desktop encontró un error inesperado. Quedó registrado; tus conversaciones están a salvo.</translation>
    </message>
</context>
<context>
    <name>EndpointDraft</name>
    <message>
        <source>new, unsaved</source>
        <translation>nueva, sin guardar</translation>
    </message>
    <message>
        <source>removed on save</source>
        <translation>se eliminará al guardar</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>guardada</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>esta sesión</translation>
    </message>
    <message>
        <source>Header row {row}: {problem}</source>
        <translation>Fila de cabecera {row}: {problem}</translation>
    </message>
    <message>
        <source>Header row {row}: {name} is listed twice.</source>
        <translation>Fila de cabecera {row}: {name} aparece dos veces.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>El nombre está vacío.</translation>
    </message>
    <message>
        <source>The API key must not contain spaces or control characters.</source>
        <translation>La clave de API no debe contener espacios ni caracteres de control.</translation>
    </message>
    <message>
        <source>The base URL now points to {new_host}: type its API key again (the stored key is only for {old_host}), or remove the key.</source>
        <translation>La URL base ahora apunta a {new_host}: vuelve a escribir su clave de API (la clave guardada es solo para {old_host}) o elimina la clave.</translation>
    </message>
    <message>
        <source>✓ Connected, but the server lists no models.</source>
        <translation>✓ Conectado, pero el servidor no ofrece ningún modelo.</translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>memory for this session only</source>
        <translation>la memoria solo durante esta sesión</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Eliminar clave</translation>
    </message>
    <message>
        <source>Ena&amp;bled</source>
        <translation>&amp;Activado</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Cabeceras adicionales</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Añadir cabecera</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Quitar cabecera</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>List the server&apos;s models with the values in this form</source>
        <translation>Listar los modelos del servidor con los valores de este formulario</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Ca&amp;beceras adicionales:</translation>
    </message>
    <message>
        <source>The key will be removed when you save</source>
        <translation>La clave se eliminará al guardar</translation>
    </message>
    <message>
        <source>The saved key is in a keychain not available now; type it again</source>
        <translation>La clave guardada está en un llavero que ahora no está disponible; vuelve a escribirla</translation>
    </message>
    <message>
        <source>•••• stored in {where} (type to replace)</source>
        <translation>•••• guardada en {where} (escribe para reemplazarla)</translation>
    </message>
    <message>
        <source>•••• kept for this session only (type to replace)</source>
        <translation>•••• guardada solo durante esta sesión (escribe para reemplazarla)</translation>
    </message>
    <message>
        <source>Paste the key; it is saved in {where}</source>
        <translation>Pega la clave; se guardará en {where}</translation>
    </message>
    <message>
        <source>Fix the fields above first.</source>
        <translation>Primero corrige los campos de arriba.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s): {names}</source>
        <translation>
            <numerusform>%n modelo: {names}</numerusform>
            <numerusform>%n modelos: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>The test failed: {problem}</source>
        <translation>La prueba falló: {problem}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
</context>
<context>
    <name>EndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Tick an endpoint to enable it</source>
        <translation>Marca un servidor para activarlo</translation>
    </message>
    <message>
        <source>{name} ({where})</source>
        <translation>{name} ({where})</translation>
    </message>
    <message>
        <source>Custom (any OpenAI-compatible server)</source>
        <translation>Personalizado (cualquier servidor compatible con OpenAI)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove endpoint</source>
        <translation>&amp;Eliminar servidor</translation>
    </message>
    <message>
        <source>New endpoint &amp;from:</source>
        <translation>Nuevo servidor &amp;desde:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Needs fixing before it can be saved</source>
        <translation>Hay que corregirlo antes de guardar</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Added {name}; Save keeps it.</source>
        <translation>Se añadió {name}; Guardar lo conserva.</translation>
    </message>
    <message>
        <source>Removed {name}; Cancel brings it back.</source>
        <translation>Se eliminó {name}; Cancelar lo recupera.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Nothing to export yet</source>
        <translation>Aún no hay nada que exportar</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exportar conversación</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json);;Web page (*.html)</source>
        <translation>Markdown (*.md);;JSON (*.json);;Página web (*.html)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exported to {target}</source>
        <translation>Exportado a {target}</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>Todavía no hay nada que imprimir</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Enviado a la impresora</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Error al imprimir</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>Exportar todas las conversaciones</translation>
    </message>
    <message>
        <source>Ava backup (*.json)</source>
        <translation>Copia de seguridad de Ava (*.json)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n conversation(s) to {path}</source>
        <translation>
            <numerusform>Se guardó %n conversación en {path}</numerusform>
            <numerusform>Se guardaron %n conversaciones en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
    <message>
        <source>Conversations (*.json *.zip);;All files (*)</source>
        <translation>Conversaciones (*.json *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) ({skipped} were already here)</source>
        <translation>
            <numerusform>Se importó %n conversación ({skipped} ya estaban aquí)</numerusform>
            <numerusform>Se importaron %n conversaciones ({skipped} ya estaban aquí)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a GGUF model file</source>
        <translation>Añadir un archivo de modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not a GGUF model</source>
        <translation>No es un modelo GGUF</translation>
    </message>
    <message>
        <source>is not a GGUF model file (llama.cpp&apos;s format), so it cannot be loaded.</source>
        <translation>no es un archivo de modelo GGUF (el formato de llama.cpp), así que no se puede cargar.</translation>
    </message>
    <message>
        <source>Local models are not installed</source>
        <translation>Los modelos locales no están instalados</translation>
    </message>
    <message>
        <source>Install Ava Desktop with the &apos;local&apos; extra to run GGUF models: pip install &apos;ava-desktop[local]&apos;</source>
        <translation>Instala Ava Desktop con el extra &apos;local&apos; para ejecutar modelos GGUF: pip install &apos;ava-desktop[local]&apos;</translation>
    </message>
    <message>
        <source>Added {name} under Local</source>
        <translation>Se añadió {name} en Local</translation>
    </message>
    <message>
        <source>Choose a local model in this tab first</source>
        <translation>Primero elige un modelo local en esta pestaña</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Buscar en la conversación</translation>
    </message>
    <message>
        <source>Find in this conversation</source>
        <translation>Buscar en esta conversación</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Cerrar búsqueda</translation>
    </message>
    <message>
        <source>Earlier messages are not shown yet: scroll up to the top to load them.</source>
        <translation>Los mensajes anteriores aún no se muestran: desplázate hasta arriba para cargarlos.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>None shown, %1 in earlier messages</source>
        <translation>Ninguna visible, %1 en mensajes anteriores</translation>
    </message>
    <message>
        <source>(+%1 in earlier messages)</source>
        <translation>(+%1 en mensajes anteriores)</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Local and free servers only</source>
        <translation>Solo servidores locales y gratuitos</translation>
    </message>
    <message>
        <source>Always, also paid endpoints</source>
        <translation>Siempre, también servidores de pago</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Temperature must be a number from {lo} to {hi}, or blank for the provider&apos;s default.</source>
        <translation>La temperatura debe ser un número de {lo} a {hi}, o quedar vacía para usar el valor predeterminado del proveedor.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>El nuevo idioma se aplica tras reiniciar.</translation>
    </message>
    <message>
        <source>none (HTTPS_PROXY is used if set)</source>
        <translation>ninguno (se usa HTTPS_PROXY si está definido)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>provider default (0–2)</source>
        <translation>predeterminado del proveedor (0–2)</translation>
    </message>
    <message>
        <source>After the first answer, ask the same model for a short title for the conversation. “Local and free” means only where no API key is sent (your own models, local servers, keyless endpoints, OpenRouter&apos;s free models): an endpoint with a key may charge for the extra request. A title you give by hand is never replaced.</source>
        <translation>Tras la primera respuesta, pide al mismo modelo un título breve para la conversación. «Locales y gratuitos» significa solo donde no se envía ninguna clave de API (tus propios modelos, servidores locales, servidores sin clave, los modelos gratuitos de OpenRouter): un servidor con clave puede cobrar la petición adicional. Un título que pongas a mano nunca se reemplaza.</translation>
    </message>
    <message>
        <source>Show &amp;offline providers (CodeLinkAva)</source>
        <translation>Mostrar proveedores sin c&amp;onexión (CodeLinkAva)</translation>
    </message>
    <message>
        <source>&amp;Discover local servers (Ollama, LM Studio, …)</source>
        <translation>&amp;Descubrir servidores locales (Ollama, LM Studio, …)</translation>
    </message>
    <message>
        <source>&amp;Add preset</source>
        <translation>&amp;Añadir plantilla</translation>
    </message>
    <message>
        <source>Remo&amp;ve preset</source>
        <translation>&amp;Quitar plantilla</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Proxy URL:</source>
        <translation>URL del &amp;proxy:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Tama&amp;ño de letra:</translation>
    </message>
    <message>
        <source>Default s&amp;ystem prompt:</source>
        <translation>Prompt del &amp;sistema predeterminado:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>T&amp;emperatura:</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>&amp;Máx. tokens:</translation>
    </message>
    <message>
        <source>Titles &amp;by the model:</source>
        <translation>Títu&amp;los del modelo:</translation>
    </message>
    <message>
        <source>P&amp;rompt presets:</source>
        <translation>Plantillas de p&amp;rompt:</translation>
    </message>
    <message>
        <source>Preset &amp;name:</source>
        <translation>&amp;Nombre de la plantilla:</translation>
    </message>
    <message>
        <source>Preset te&amp;xt:</source>
        <translation>Te&amp;xto de la plantilla:</translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name} (integrada)</translation>
    </message>
    <message>
        <source>Built-in instructions are sent to the model as written, in English.</source>
        <translation>Las instrucciones integradas se envían al modelo tal cual, en inglés.</translation>
    </message>
    <message>
        <source>My preset</source>
        <translation>Mi plantilla</translation>
    </message>
    <message>
        <source>A prompt preset has no name.</source>
        <translation>Una plantilla de prompt no tiene nombre.</translation>
    </message>
    <message>
        <source>There is already a prompt preset named {name}.</source>
        <translation>Ya existe una plantilla de prompt llamada {name}.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Search all conversations…</source>
        <translation>Buscar en todas las conversaciones…</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Buscar en todas las conversaciones</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Nuevo título</translation>
    </message>
    <message>
        <source>Could not read the history: {exc}</source>
        <translation>No se pudo leer el historial: {exc}</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversación sin título</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n encontrada</numerusform>
            <numerusform>%n encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>No se encontró nada</translation>
    </message>
    <message>
        <source>Deleted “{title}” — Undo brings it back</source>
        <translation>Se eliminó «{title}»: Deshacer eliminación la recupera</translation>
    </message>
</context>
<context>
    <name>LaunchFiles</name>
    <message>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>Ava Desktop opens conversation backups (.json), ChatGPT exports (.zip) and GGUF model files.</source>
        <translation>Ava Desktop abre copias de seguridad de conversaciones (.json), exportaciones de ChatGPT (.zip) y archivos de modelo GGUF.</translation>
    </message>
    <message>
        <source>• {name}: import conversations</source>
        <translation>• {name}: importar conversaciones</translation>
    </message>
    <message>
        <source>• {name}: add as a local model</source>
        <translation>• {name}: añadir como modelo local</translation>
    </message>
    <message>
        <source>• {name}: not a file Ava Desktop can open (skipped)</source>
        <translation>• {name}: no es un archivo que Ava Desktop pueda abrir (omitido)</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Abrir archivos</translation>
    </message>
    <message>
        <source>Ava Desktop was asked to open:</source>
        <translation>Se pidió a Ava Desktop que abriera:</translation>
    </message>
</context>
<context>
    <name>LocalModelDialog</name>
    <message>
        <source>Local model: {name}</source>
        <translation>Modelo local: {name}</translation>
    </message>
    <message>
        <source>Layers offloaded to the GPU; needs a GPU build of llama-cpp-python, 0 runs on the CPU</source>
        <translation>Capas que se descargan en la GPU; requiere una compilación de llama-cpp-python con GPU, 0 se ejecuta en la CPU</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>&amp;Context size (tokens):</source>
        <translation>Tamaño del &amp;contexto (tokens):</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Hilos:</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>Capas en &amp;GPU:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Conversation transcript</source>
        <translation>Transcripción de la conversación</translation>
    </message>
    <message>
        <source>Ava Desktop</source>
        <translation>Ava Desktop</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Conversaciones abiertas</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>Mostrar u ocultar el panel lateral</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Copy Conversation as Markdown</source>
        <translation>Copiar la conversación como Markdown</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Cerrar pestaña</translation>
    </message>
    <message>
        <source>{title} (answering…)</source>
        <translation>{title} (respondiendo…)</translation>
    </message>
    <message>
        <source>{title} — Ava Desktop</source>
        <translation>{title} — Ava Desktop</translation>
    </message>
    <message>
        <source>Close tab?</source>
        <translation>¿Cerrar la pestaña?</translation>
    </message>
    <message>
        <source>“{title}” is still answering. Stop it and close the tab?</source>
        <translation>«{title}» todavía está respondiendo. ¿Detenerlo y cerrar la pestaña?</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Versión siguiente</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copiar como Markdown</translation>
    </message>
    <message>
        <source>Copy as plain text</source>
        <translation>Copiar como texto sin formato</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Acciones del mensaje</translation>
    </message>
    <message>
        <source>Message {number} of {count}</source>
        <translation>Mensaje {number} de {count}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Version {index} of {count}</source>
        <translation>Versión {index} de {count}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{host} needs an API key (401)</source>
        <translation>{host} necesita una clave de API (401)</translation>
    </message>
    <message>
        <source>{host} rejected the API key (401)</source>
        <translation>{host} rechazó la clave de API (401)</translation>
    </message>
    <message>
        <source>{host} refused access (403)</source>
        <translation>{host} denegó el acceso (403)</translation>
    </message>
    <message>
        <source>{host} says the account&apos;s quota is used up (429)</source>
        <translation>{host} indica que la cuota de la cuenta se ha agotado (429)</translation>
    </message>
    <message>
        <source>Rate limited by {host}; retry in {wait}</source>
        <translation>{host} limitó la frecuencia de solicitudes; reintento en {wait}</translation>
    </message>
    <message>
        <source>Rate limited by {host}; try again later</source>
        <translation>{host} limitó la frecuencia de solicitudes; inténtalo más tarde</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host}, {status})</source>
        <translation>La conversación es demasiado larga para la ventana de contexto del modelo ({host}, {status})</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host})</source>
        <translation>La conversación es demasiado larga para la ventana de contexto del modelo ({host})</translation>
    </message>
    <message>
        <source>{host} does not know this model ({status})</source>
        <translation>{host} no conoce este modelo ({status})</translation>
    </message>
    <message>
        <source>{host} answered {status} {reason}</source>
        <translation>{host} respondió {status} {reason}</translation>
    </message>
    <message>
        <source>{host} answered {status} {reason} (is the base URL right?)</source>
        <translation>{host} respondió {status} {reason} (¿es correcta la URL base?)</translation>
    </message>
    <message>
        <source>{host} reported an error in the stream</source>
        <translation>{host} informó de un error en el flujo</translation>
    </message>
    <message>
        <source>{host} needs an API key ({label})</source>
        <translation>{host} necesita una clave de API ({label})</translation>
    </message>
    <message>
        <source>{host} rejected the API key ({label})</source>
        <translation>{host} rechazó la clave de API ({label})</translation>
    </message>
    <message>
        <source>{host} refused access ({label})</source>
        <translation>{host} denegó el acceso ({label})</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host}, {label})</source>
        <translation>La conversación es demasiado larga para la ventana de contexto del modelo ({host}, {label})</translation>
    </message>
    <message>
        <source>{host} does not know this model ({label})</source>
        <translation>{host} no conoce este modelo ({label})</translation>
    </message>
    <message>
        <source>{host} answered {label} (is the base URL right?)</source>
        <translation>{host} respondió {label} (¿es correcta la URL base?)</translation>
    </message>
    <message>
        <source>{host} refused the request ({label})</source>
        <translation>{host} rechazó la solicitud ({label})</translation>
    </message>
    <message>
        <source>{host} answered {label}</source>
        <translation>{host} respondió {label}</translation>
    </message>
    <message>
        <source>{host} is overloaded and stopped the answer; try again in a moment</source>
        <translation>{host} está sobrecargado y detuvo la respuesta; inténtalo de nuevo en un momento</translation>
    </message>
    <message>
        <source>{host} is overloaded right now ({status}); try again in a moment</source>
        <translation>{host} está sobrecargado ahora mismo ({status}); inténtalo de nuevo en un momento</translation>
    </message>
    <message>
        <source>Claude declined to answer ({host} stopped the answer: refusal)</source>
        <translation>Claude se negó a responder ({host} detuvo la respuesta: refusal)</translation>
    </message>
    <message>
        <source>Gemini&apos;s safety filters stopped the answer (SAFETY).</source>
        <translation>Los filtros de seguridad de Gemini detuvieron la respuesta (SAFETY).</translation>
    </message>
    <message>
        <source>Gemini&apos;s safety filters stopped the image (IMAGE_SAFETY).</source>
        <translation>Los filtros de seguridad de Gemini detuvieron la imagen (IMAGE_SAFETY).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it was reciting existing text (recitation) (RECITATION).</source>
        <translation>Gemini detuvo la respuesta porque recitaba un texto existente (recitación) (RECITATION).</translation>
    </message>
    <message>
        <source>Gemini stopped the image because it resembled existing material (IMAGE_RECITATION).</source>
        <translation>Gemini detuvo la imagen porque se parecía a material existente (IMAGE_RECITATION).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it contained blocked terms (BLOCKLIST).</source>
        <translation>Gemini detuvo la respuesta porque contenía términos bloqueados (BLOCKLIST).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it may hold prohibited content (PROHIBITED_CONTENT).</source>
        <translation>Gemini detuvo la respuesta porque puede contener contenido prohibido (PROHIBITED_CONTENT).</translation>
    </message>
    <message>
        <source>Gemini stopped the image because it may hold prohibited content (IMAGE_PROHIBITED_CONTENT).</source>
        <translation>Gemini detuvo la imagen porque puede contener contenido prohibido (IMAGE_PROHIBITED_CONTENT).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it may hold sensitive personal information (SPII).</source>
        <translation>Gemini detuvo la respuesta porque puede contener información personal sensible (SPII).</translation>
    </message>
    <message>
        <source>Gemini stopped: the model wrote a tool call that could not be read (MALFORMED_FUNCTION_CALL).</source>
        <translation>Gemini se detuvo: el modelo escribió una llamada a herramienta que no se pudo leer (MALFORMED_FUNCTION_CALL).</translation>
    </message>
    <message>
        <source>Gemini stopped: the model called a tool that was not offered (UNEXPECTED_TOOL_CALL).</source>
        <translation>Gemini se detuvo: el modelo llamó a una herramienta que no se le ofreció (UNEXPECTED_TOOL_CALL).</translation>
    </message>
    <message>
        <source>Gemini stopped: the model made too many tool calls in a row (TOO_MANY_TOOL_CALLS).</source>
        <translation>Gemini se detuvo: el modelo hizo demasiadas llamadas a herramientas seguidas (TOO_MANY_TOOL_CALLS).</translation>
    </message>
    <message>
        <source>Gemini stopped: a tool call was sent back without its thought signature (MISSING_THOUGHT_SIGNATURE).</source>
        <translation>Gemini se detuvo: se devolvió una llamada a herramienta sin su firma de razonamiento (MISSING_THOUGHT_SIGNATURE).</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt for safety reasons; rephrase it or start a new conversation (SAFETY)</source>
        <translation>Gemini bloqueó la petición por motivos de seguridad; reformúlala o empieza una conversación nueva (SAFETY)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because it contains blocked terms; rephrase it or start a new conversation (BLOCKLIST)</source>
        <translation>Gemini bloqueó la petición porque contiene términos bloqueados; reformúlala o empieza una conversación nueva (BLOCKLIST)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because it may hold prohibited content; rephrase it or start a new conversation (PROHIBITED_CONTENT)</source>
        <translation>Gemini bloqueó la petición porque puede contener contenido prohibido; reformúlala o empieza una conversación nueva (PROHIBITED_CONTENT)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because of an image, for safety reasons; rephrase it or start a new conversation (IMAGE_SAFETY)</source>
        <translation>Gemini bloqueó la petición por una imagen, por motivos de seguridad; reformúlala o empieza una conversación nueva (IMAGE_SAFETY)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt for an unspecified reason; rephrase it or start a new conversation (OTHER)</source>
        <translation>Gemini bloqueó la petición por un motivo no especificado; reformúlala o empieza una conversación nueva (OTHER)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt ({reason}); rephrase it or start a new conversation ({reason})</source>
        <translation>Gemini bloqueó la petición ({reason}); reformúlala o empieza una conversación nueva ({reason})</translation>
    </message>
    <message>
        <source>Gemini stopped: the conversation is in a language it does not support (LANGUAGE).</source>
        <translation>Gemini se detuvo: la conversación está en un idioma que no admite (LANGUAGE).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer without saying why ({reason}).</source>
        <translation>Gemini detuvo la respuesta sin decir por qué ({reason}).</translation>
    </message>
    <message>
        <source>The answer reached its length limit (maxOutputTokens) and was cut off there.</source>
        <translation>La respuesta alcanzó su límite de longitud (maxOutputTokens) y se cortó ahí.</translation>
    </message>
    <message>
        <source>The answer reached its length limit (max_tokens) and was cut off there.</source>
        <translation>La respuesta alcanzó su límite de longitud (max_tokens) y se cortó ahí.</translation>
    </message>
    <message>
        <source>Claude declined to answer.</source>
        <translation>Claude se negó a responder.</translation>
    </message>
    <message>
        <source>Claude paused a long-running turn; send it again to continue.</source>
        <translation>Claude pausó un turno largo; envíalo de nuevo para continuar.</translation>
    </message>
    <message>
        <source>The answer from {host} was cut off: the connection broke before it was complete</source>
        <translation>La respuesta de {host} quedó cortada: la conexión se interrumpió antes de terminar</translation>
    </message>
    <message>
        <source>The answer from {host} was cut off: the stream ended before it was complete</source>
        <translation>La respuesta de {host} quedó cortada: el flujo terminó antes de completarla</translation>
    </message>
    <message>
        <source>Could not connect to the proxy {proxy}</source>
        <translation>No se pudo conectar con el proxy {proxy}</translation>
    </message>
    <message>
        <source>Secure connection to {host} failed</source>
        <translation>Falló la conexión segura con {host}</translation>
    </message>
    <message>
        <source>Could not find the server {host} (DNS lookup failed)</source>
        <translation>No se encontró el servidor {host} (falló la búsqueda DNS)</translation>
    </message>
    <message>
        <source>Could not connect to {host}: connection refused (is the server running?)</source>
        <translation>No se pudo conectar con {host}: conexión rechazada (¿está el servidor en marcha?)</translation>
    </message>
    <message>
        <source>Could not connect to {host}</source>
        <translation>No se pudo conectar con {host}</translation>
    </message>
    <message>
        <source>{host} closed the connection without answering</source>
        <translation>{host} cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>The connection to {host} was reset</source>
        <translation>La conexión con {host} fue reiniciada</translation>
    </message>
    <message>
        <source>Invalid server URL</source>
        <translation>URL del servidor no válida</translation>
    </message>
    <message>
        <source>{host} sent an invalid HTTP response</source>
        <translation>{host} envió una respuesta HTTP no válida</translation>
    </message>
    <message>
        <source>Connection to {host} failed</source>
        <translation>Falló la conexión con {host}</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s connecting to {host}</source>
        <translation>Se agotó el tiempo tras {seconds} s al conectar con {host}</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s waiting for an answer from {host}</source>
        <translation>Se agotó el tiempo tras {seconds} s esperando la respuesta de {host}</translation>
    </message>
    <message>
        <source>{host} sent nothing for {seconds} s</source>
        <translation>{host} no envió nada durante {seconds} s</translation>
    </message>
    <message>
        <source>{host} sent nothing for {seconds} s; stopped waiting for the rest of the answer</source>
        <translation>{host} no envió nada durante {seconds} s; se dejó de esperar el resto de la respuesta</translation>
    </message>
    <message>
        <source>{host} sent an empty answer; the conversation is probably longer than the model&apos;s context window</source>
        <translation>{host} envió una respuesta vacía; probablemente la conversación supera la ventana de contexto del modelo</translation>
    </message>
    <message>
        <source>Stopped after {steps} rounds of tool calls (the limit per answer); the text so far is kept.</source>
        <translation>Detenido tras {steps} rondas de llamadas a herramientas (el límite por respuesta); se conserva el texto obtenido.</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>{text}: {detail}</source>
        <translation>{text}: {detail}</translation>
    </message>
    <message>
        <source>Starting model server</source>
        <translation>Iniciando el servidor del modelo</translation>
    </message>
    <message>
        <source>Reading model file</source>
        <translation>Leyendo el archivo del modelo</translation>
    </message>
    <message>
        <source>Loading weights</source>
        <translation>Cargando los pesos</translation>
    </message>
    <message>
        <source>Creating context</source>
        <translation>Creando el contexto</translation>
    </message>
    <message>
        <source>Starting server</source>
        <translation>Iniciando el servidor</translation>
    </message>
    <message>
        <source>Model ready</source>
        <translation>Modelo listo</translation>
    </message>
    <message>
        <source>The answer passed {limit} characters and was cut off there, to keep Ava responsive (the text so far is kept).</source>
        <translation>La respuesta pasó de {limit} caracteres y se cortó ahí para que Ava siga respondiendo (se conserva el texto obtenido).</translation>
    </message>
    <message>
        <source>The answer reached its length limit (max tokens) and stopped there; Continue asks for more.</source>
        <translation>La respuesta alcanzó su límite de longitud (max tokens) y se detuvo ahí; Continuar pide más.</translation>
    </message>
    <message>
        <source>Rate limited by {host}; retrying in {seconds} s (Esc cancels)</source>
        <translation>{host} limitó la frecuencia de solicitudes; se reintenta en {seconds} s (Esc cancela)</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <source>The attachment {name} is missing from the database, so this conversation cannot be sent as it is; edit the message to attach it again.</source>
        <translation>El adjunto {name} falta en la base de datos, así que esta conversación no se puede enviar tal cual; edita el mensaje para adjuntarlo de nuevo.</translation>
    </message>
    <message>
        <source>{model} cannot see images. Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} no puede ver imágenes. Elige un modelo con visión o edita el mensaje sin la imagen; tu mensaje se conserva.</translation>
    </message>
    <message>
        <source>{model} ({where}) cannot see images. Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} ({where}) no puede ver imágenes. Elige un modelo con visión o edita el mensaje sin la imagen; tu mensaje se conserva.</translation>
    </message>
    <message>
        <source>{model} does not accept images (the server said: {said}). Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} no acepta imágenes (el servidor dijo: {said}). Elige un modelo con visión o edita el mensaje sin la imagen; tu mensaje se conserva.</translation>
    </message>
    <message>
        <source>Local models are not available in this run</source>
        <translation>Los modelos locales no están disponibles en esta ejecución</translation>
    </message>
    <message>
        <source>There is no local model named {model}; choose one of: {names}</source>
        <translation>No hay ningún modelo local llamado {model}; elige uno de estos: {names}</translation>
    </message>
    <message>
        <source>There is no local model named {model}, and none is installed</source>
        <translation>No hay ningún modelo local llamado {model} ni hay ninguno instalado</translation>
    </message>
    <message>
        <source>This conversation is too long for the model&apos;s context ({tokens} tokens): start a new chat, or raise the context size in Chat → Local Model Options.</source>
        <translation>Esta conversación es demasiado larga para el contexto del modelo ({tokens} tokens): empieza un chat nuevo o aumenta el tamaño de contexto en Chat → Opciones del modelo local.</translation>
    </message>
    <message>
        <source>Could not load model {name}: the file is not there</source>
        <translation>No se pudo cargar el modelo {name}: el archivo no está</translation>
    </message>
    <message>
        <source>Could not load model {name}: not a GGUF model file</source>
        <translation>No se pudo cargar el modelo {name}: no es un archivo de modelo GGUF</translation>
    </message>
    <message>
        <source>Could not load model {name}</source>
        <translation>No se pudo cargar el modelo {name}</translation>
    </message>
    <message>
        <source>Could not load model {name}: the server exited with status {status}</source>
        <translation>No se pudo cargar el modelo {name}: el servidor terminó con el estado {status}</translation>
    </message>
    <message>
        <source>The local model server could not bind a loopback port</source>
        <translation>El servidor del modelo local no pudo usar un puerto de loopback</translation>
    </message>
    <message>
        <source>The local model server did not answer within {seconds} s (model {name})</source>
        <translation>El servidor del modelo local no respondió en {seconds} s (modelo {name})</translation>
    </message>
    <message>
        <source>The local model server is not running</source>
        <translation>El servidor del modelo local no está en marcha</translation>
    </message>
    <message>
        <source>{name}: the file is not there any more.</source>
        <translation>{name}: el archivo ya no está.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>{name} cannot be opened ({reason}).</source>
        <translation>No se puede abrir {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>No se puede leer {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a device, pipe or socket); it was not read.</source>
        <translation>{name} no es un archivo normal (es un dispositivo, una tubería o un socket); no se leyó.</translation>
    </message>
    <message>
        <source>{name} is {size}, over the {limit_size} limit for attachments.</source>
        <translation>{name} ocupa {size}, más que el límite de {limit_size} para adjuntos.</translation>
    </message>
    <message>
        <source>{name} grew past the {limit_size} limit for attachments.</source>
        <translation>{name} creció por encima del límite de {limit_size} para adjuntos.</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to send.</source>
        <translation>{name} está vacío: no hay nada que enviar.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no text to send.</source>
        <translation>{name} está vacío: no hay texto que enviar.</translation>
    </message>
    <message>
        <source>{name} is an image; attach it as an image.</source>
        <translation>{name} es una imagen; adjúntala como imagen.</translation>
    </message>
    <message>
        <source>{name} is a {format} image; Ava attaches PNG, JPEG, WebP, GIF and BMP images (export it as PNG or JPEG).</source>
        <translation>{name} es una imagen {format}; Ava adjunta imágenes PNG, JPEG, WebP, GIF y BMP (expórtala como PNG o JPEG).</translation>
    </message>
    <message>
        <source>{name} is in the old Word (.doc) or Office format Ava cannot read; save it as .docx or PDF and attach that.</source>
        <translation>{name} está en el formato antiguo de Word (.doc) u Office que Ava no puede leer; guárdalo como .docx o PDF y adjunta ese.</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive; Ava attaches text, code, PDF, Word (.docx) and image files, not archives.</source>
        <translation>{name} es un archivo ZIP; Ava adjunta archivos de texto, código, PDF, Word (.docx) e imágenes, no archivos comprimidos.</translation>
    </message>
    <message>
        <source>{name} starts like {encoding} text but is not valid in that encoding.</source>
        <translation>{name} empieza como texto {encoding} pero no es válido en esa codificación.</translation>
    </message>
    <message>
        <source>Conversation #{number} is malformed, so nothing was imported: {problem}</source>
        <translation>La conversación n.º {number} está mal formada, así que no se importó nada: {problem}</translation>
    </message>
    <message>
        <source>Conversation #{number} “{title}” is malformed, so nothing was imported: {problem}</source>
        <translation>La conversación n.º {number} «{title}» está mal formada, así que no se importó nada: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{name} is not UTF-8 text (%n byte(s) not valid UTF-8; it may be Latin-1 or Windows-1252). Save it as UTF-8 and attach it again.</source>
        <translation>
            <numerusform>{name} no es texto UTF-8 (%n byte no es UTF-8 válido; puede ser Latin-1 o Windows-1252). Guárdalo como UTF-8 y adjúntalo de nuevo.</numerusform>
            <numerusform>{name} no es texto UTF-8 (%n bytes no son UTF-8 válido; puede ser Latin-1 o Windows-1252). Guárdalo como UTF-8 y adjúntalo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} holds binary data, not text (or text in UTF-16 without a byte-order mark); Ava attaches text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and image files.</source>
        <translation>{name} contiene datos binarios, no texto (o texto UTF-16 sin marca de orden de bytes); Ava adjunta archivos de texto, Markdown, código, CSV, JSON, HTML, PDF, Word (.docx) e imágenes.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n page(s); Ava reads at most {limit}. Split it, or attach the pages you need.</source>
        <translation>
            <numerusform>{name} tiene %n página; Ava lee como máximo {limit}. Divídelo o adjunta solo las páginas que necesites.</numerusform>
            <numerusform>{name} tiene %n páginas; Ava lee como máximo {limit}. Divídelo o adjunta solo las páginas que necesites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {name} took longer than {seconds} s (stopped at page {page} of {pages}); nothing was attached.</source>
        <translation>Leer {name} tardó más de {seconds} s (se detuvo en la página {page} de {pages}); no se adjuntó nada.</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF (its structure loops).</source>
        <translation>{name} es un PDF dañado (su estructura forma un bucle).</translation>
    </message>
    <message>
        <source>{name} is damaged, or not a PDF Ava can read ({error}).</source>
        <translation>{name} está dañado o no es un PDF que Ava pueda leer ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>{name} has no text layer (%n page(s) of pictures, perhaps a scan); Ava cannot read text from images of pages, so nothing was attached.</source>
        <translation>
            <numerusform>{name} no tiene capa de texto (%n página de imágenes, quizá un escaneo); Ava no puede leer texto de imágenes de páginas, así que no se adjuntó nada.</numerusform>
            <numerusform>{name} no tiene capa de texto (%n páginas de imágenes, quizá un escaneo); Ava no puede leer texto de imágenes de páginas, así que no se adjuntó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is protected by a password, so its text cannot be read; save a copy without the password and attach that.</source>
        <translation>{name} está protegido con contraseña, así que no se puede leer su texto; guarda una copia sin contraseña y adjúntala.</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file (bad ZIP).</source>
        <translation>{name} es un archivo de Word dañado (ZIP incorrecto).</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive but not a Word document.</source>
        <translation>{name} es un archivo ZIP, pero no un documento de Word.</translation>
    </message>
    <message>
        <source>{name} is not a Word file Ava can read ({error}).</source>
        <translation>{name} no es un archivo de Word que Ava pueda leer ({error}).</translation>
    </message>
    <message>
        <source>{name} has no text to send.</source>
        <translation>{name} no tiene texto que enviar.</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not opened: it holds %n file(s) (a ZIP bomb, or far too big).</source>
        <translation>
            <numerusform>{name} no se abrió: contiene %n archivo (una bomba ZIP, o demasiado grande).</numerusform>
            <numerusform>{name} no se abrió: contiene %n archivos (una bomba ZIP, o demasiado grande).</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not opened: it would unpack to {size}, over the {limit_size} limit (a ZIP bomb, or far too big).</source>
        <translation>{name} no se abrió: descomprimido ocuparía {size}, más que el límite de {limit_size} (una bomba ZIP, o demasiado grande).</translation>
    </message>
    <message>
        <source>The tools of {server} are unavailable: {why}</source>
        <translation>Las herramientas de {server} no están disponibles: {why}</translation>
    </message>
    <message>
        <source>{name} did not start within {seconds} s</source>
        <translation>{name} no se inició en {seconds} s</translation>
    </message>
    <message>
        <source>{name} could not start</source>
        <translation>{name} no pudo iniciarse</translation>
    </message>
    <message>
        <source>{name} stopped unexpectedly</source>
        <translation>{name} se detuvo inesperadamente</translation>
    </message>
    <message>
        <source>{name}: {problem} (see mcp.json)</source>
        <translation>{name}: {problem} (consulta mcp.json)</translation>
    </message>
    <message>
        <source>{why} (next try in {seconds} s)</source>
        <translation>{why} (próximo intento en {seconds} s)</translation>
    </message>
    <message>
        <source>{name} did not list its tools within {seconds} s</source>
        <translation>{name} no enumeró sus herramientas en {seconds} s</translation>
    </message>
    <message>
        <source>{name} stopped while listing its tools</source>
        <translation>{name} se detuvo mientras enumeraba sus herramientas</translation>
    </message>
    <message>
        <source>{name} failed listing its tools</source>
        <translation>{name} falló al enumerar sus herramientas</translation>
    </message>
    <message>
        <source>{name} was not opened: one part is compressed {ratio} to 1 (a ZIP bomb, or far too big).</source>
        <translation>{name} no se abrió: una parte está comprimida {ratio} a 1 (una bomba ZIP, o demasiado grande).</translation>
    </message>
    <message>
        <source>{name}: cancelled.</source>
        <translation>{name}: cancelado.</translation>
    </message>
    <message>
        <source>Reading {name} took longer than {seconds} s and was stopped; nothing was attached.</source>
        <translation>Leer {name} tardó más de {seconds} s y se detuvo; no se adjuntó nada.</translation>
    </message>
    <message>
        <source>Reading {name} needed more than {limit_size} of memory and was stopped; nothing was attached.</source>
        <translation>Leer {name} necesitaba más de {limit_size} de memoria y se detuvo; no se adjuntó nada.</translation>
    </message>
    <message>
        <source>{name} could not be read (the reader stopped, code {code}).</source>
        <translation>No se pudo leer {name} (el lector se detuvo, código {code}).</translation>
    </message>
    <message>
        <source>This file is neither an Ava Desktop backup nor a ChatGPT export (conversations.json).</source>
        <translation>Este archivo no es una copia de seguridad de Ava Desktop ni una exportación de ChatGPT (conversations.json).</translation>
    </message>
    <message>
        <source>The folder {name} has no conversations.json (is it an unpacked ChatGPT data export?).</source>
        <translation>La carpeta {name} no tiene conversations.json (¿es una exportación de datos de ChatGPT descomprimida?).</translation>
    </message>
    <message>
        <source>Cannot read {name} ({reason}).</source>
        <translation>No se puede leer {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is too large to import.</source>
        <translation>{name} es demasiado grande para importarlo.</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size}).</source>
        <translation>{name} es demasiado grande para importarlo ({size}).</translation>
    </message>
    <message>
        <source>{name} is not a readable zip archive ({error}).</source>
        <translation>{name} no es un archivo ZIP legible ({error}).</translation>
    </message>
    <message>
        <source>{name} does not contain a conversations.json (is it a ChatGPT data export?).</source>
        <translation>{name} no contiene un conversations.json (¿es una exportación de datos de ChatGPT?).</translation>
    </message>
    <message>
        <source>The conversations.json in {name} is too large to import.</source>
        <translation>El conversations.json de {name} es demasiado grande para importarlo.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, so it is not a JSON export.</source>
        <translation>{name} no es texto UTF-8, así que no es una exportación JSON.</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be an export.</source>
        <translation>{name} tiene un anidamiento demasiado profundo para ser una exportación.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}).</source>
        <translation>{name} no es un JSON válido ({error}).</translation>
    </message>
    <message>
        <source>Import failed while saving ({error}); nothing was imported.</source>
        <translation>La importación falló al guardar ({error}); no se importó nada.</translation>
    </message>
    <message>
        <source>This Ava Desktop backup has no valid format version.</source>
        <translation>Esta copia de seguridad de Ava Desktop no tiene una versión de formato válida.</translation>
    </message>
    <message>
        <source>This backup was written by a newer Ava Desktop (format {version}, this version reads up to {supported}). Update to import it.</source>
        <translation>Esta copia de seguridad la escribió un Ava Desktop más reciente (formato {version}; esta versión lee hasta el {supported}). Actualiza para importarla.</translation>
    </message>
    <message>
        <source>This Ava Desktop backup has no list of conversations.</source>
        <translation>Esta copia de seguridad de Ava Desktop no tiene una lista de conversaciones.</translation>
    </message>
    <message>
        <source>This Ava Desktop backup&apos;s attachments (“blobs”) are not an object.</source>
        <translation>Los adjuntos («blobs») de esta copia de seguridad de Ava Desktop no son un objeto.</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is malformed.</source>
        <translation>El adjunto {sha}… de esta copia de seguridad está mal formado.</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is not valid base64.</source>
        <translation>El adjunto {sha}… de esta copia de seguridad no es base64 válido.</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is damaged: its bytes do not match their SHA-256 checksum, so they are not what was saved.</source>
        <translation>El adjunto {sha}… de esta copia de seguridad está dañado: sus bytes no coinciden con su suma SHA-256, así que no son lo que se guardó.</translation>
    </message>
    <message>
        <source>The conversation database {path} is damaged. The file was kept unchanged; move it aside (or restore a backup) to start with an empty history</source>
        <translation>La base de datos de conversaciones {path} está dañada. El archivo se dejó sin cambios; muévelo a otro sitio (o restaura una copia de seguridad) para empezar con un historial vacío</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database (unexpected file header). The file was kept unchanged; move it aside (or restore a backup) to start with an empty history.</source>
        <translation>{path} no es una base de datos SQLite (cabecera de archivo inesperada). El archivo se dejó sin cambios; muévelo a otro sitio (o restaura una copia de seguridad) para empezar con un historial vacío.</translation>
    </message>
    <message>
        <source>The conversation database {path} failed its integrity check. The file was kept unchanged; move it aside (or restore a backup) to start with an empty history</source>
        <translation>La base de datos de conversaciones {path} no superó su comprobación de integridad. El archivo se dejó sin cambios; muévelo a otro sitio (o restaura una copia de seguridad) para empezar con un historial vacío</translation>
    </message>
    <message>
        <source>The conversation database {path} could not be checked. The file was kept unchanged; history is not saved meanwhile</source>
        <translation>No se pudo comprobar la base de datos de conversaciones {path}. El archivo se dejó sin cambios; mientras tanto, el historial no se guarda</translation>
    </message>
    <message>
        <source>The conversation database {path} is locked by another program</source>
        <translation>La base de datos de conversaciones {path} está bloqueada por otro programa</translation>
    </message>
    <message>
        <source>The conversation database {path} is already in use by another Ava Desktop window (lock file {lock}). Close the other instance, or start this one with a different --data-dir.</source>
        <translation>La base de datos de conversaciones {path} ya la usa otra ventana de Ava Desktop (archivo de bloqueo {lock}). Cierra la otra instancia o inicia esta con otro --data-dir.</translation>
    </message>
    <message>
        <source>The conversation database {path} was written by a newer Ava Desktop (schema version {version}; this version knows up to {supported}). The file was kept unchanged; update Ava Desktop to open it.</source>
        <translation>La base de datos de conversaciones {path} la escribió un Ava Desktop más reciente (versión de esquema {version}; esta versión conoce hasta la {supported}). El archivo se dejó sin cambios; actualiza Ava Desktop para abrirla.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of {path} before upgrading it. The file was kept unchanged; free some disk space and start again</source>
        <translation>No se puede guardar una copia de {path} antes de actualizarla. El archivo se dejó sin cambios; libera espacio en disco y vuelve a iniciar</translation>
    </message>
    <message>
        <source>Cannot use the conversation database {path}</source>
        <translation>No se puede usar la base de datos de conversaciones {path}</translation>
    </message>
    <message>
        <source>{path} exists but is not a file</source>
        <translation>{path} existe, pero no es un archivo</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>La URL base</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>La URL del proxy</translation>
    </message>
    <message>
        <source>{what} must be text.</source>
        <translation>{what} debe ser texto.</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what} está vacía.</translation>
    </message>
    <message>
        <source>{what} must not contain spaces or control characters.</source>
        <translation>{what} no debe contener espacios ni caracteres de control.</translation>
    </message>
    <message>
        <source>{what} must start with one of: {schemes}.</source>
        <translation>{what} debe empezar por uno de estos: {schemes}.</translation>
    </message>
    <message>
        <source>{what} has no host name.</source>
        <translation>{what} no tiene nombre de host.</translation>
    </message>
    <message>
        <source>{what} has an invalid port.</source>
        <translation>{what} tiene un puerto no válido.</translation>
    </message>
    <message>
        <source>{what} must not contain a user name or password; use the API key.</source>
        <translation>{what} no debe contener un usuario ni una contraseña; usa la clave de API.</translation>
    </message>
    <message>
        <source>Header names and values must be text.</source>
        <translation>Los nombres y valores de las cabeceras deben ser texto.</translation>
    </message>
    <message>
        <source>Header name {name} is not a valid HTTP header name.</source>
        <translation>El nombre de cabecera {name} no es un nombre de cabecera HTTP válido.</translation>
    </message>
    <message>
        <source>Header {name}: value must not contain line breaks.</source>
        <translation>Cabecera {name}: el valor no debe contener saltos de línea.</translation>
    </message>
    <message>
        <source>Header {name} carries a secret and would be saved in plain text; put the key in the API key field instead.</source>
        <translation>La cabecera {name} lleva un secreto y se guardaría en texto plano; pon la clave en el campo de clave de API.</translation>
    </message>
    <message>
        <source>No system keychain found; keys will be kept for this session only.</source>
        <translation>No se encontró el llavero del sistema; las claves se guardarán solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The system keychain could not store the key ({reason}); it will be kept for this session only.</source>
        <translation>El llavero del sistema no pudo guardar la clave ({reason}); se guardará solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The API key for {endpoint} was entered for {key_host}; the endpoint now points at {host}, so the key is not sent there. Enter the key again in Settings if this server should have it.</source>
        <translation>La clave de API de {endpoint} se introdujo para {key_host}; el endpoint ahora apunta a {host}, así que la clave no se envía allí. Vuelve a introducirla en Configuración si este servidor debe tenerla.</translation>
    </message>
    <message>
        <source>The model&apos;s tokenizer did not answer; estimated instead</source>
        <translation>El tokenizador del modelo no respondió; se estimó en su lugar</translation>
    </message>
    <message>
        <source>{host} sent a malformed line in the stream</source>
        <translation>{host} envió una línea mal formada en el flujo</translation>
    </message>
    <message>
        <source>{host} sent data that is not a JSON object</source>
        <translation>{host} envió datos que no son un objeto JSON</translation>
    </message>
    <message>
        <source>{host} sent a chunk with unexpected choices</source>
        <translation>{host} envió un fragmento con choices inesperados</translation>
    </message>
    <message>
        <source>{host} sent a chunk with an unexpected delta</source>
        <translation>{host} envió un fragmento con un delta inesperado</translation>
    </message>
    <message>
        <source>{host} sent JSON that is not a chat completion chunk</source>
        <translation>{host} envió JSON que no es un fragmento de respuesta de chat</translation>
    </message>
    <message>
        <source>{host} sent a chunk with unexpected content</source>
        <translation>{host} envió un fragmento con contenido inesperado</translation>
    </message>
    <message>
        <source>{host} sent a content block without an index</source>
        <translation>{host} envió un bloque de contenido sin índice</translation>
    </message>
    <message>
        <source>{host} sent a content block delta without a delta</source>
        <translation>{host} envió un delta de bloque de contenido sin delta</translation>
    </message>
    <message>
        <source>{host} sent a delta for a block that never started</source>
        <translation>{host} envió un delta para un bloque que nunca empezó</translation>
    </message>
    <message>
        <source>{host} sent a tool call over {limit} characters</source>
        <translation>{host} envió una llamada a herramienta de más de {limit} caracteres</translation>
    </message>
    <message>
        <source>{host} sent an error it did not describe</source>
        <translation>{host} envió un error sin describirlo</translation>
    </message>
    <message>
        <source>{host} sent a chunk that could not be understood</source>
        <translation>{host} envió un fragmento que no se pudo entender</translation>
    </message>
    <message>
        <source>{host} answered with one JSON reply instead of an event stream (does it support streaming?)</source>
        <translation>{host} respondió con una sola respuesta JSON en lugar de un flujo de eventos (¿admite streaming?)</translation>
    </message>
    <message>
        <source>{host} did not answer with an event stream (got {mime})</source>
        <translation>{host} no respondió con un flujo de eventos (se recibió {mime})</translation>
    </message>
    <message>
        <source>{host} did not answer with an event stream (got {mime}); is the server URL right?</source>
        <translation>{host} no respondió con un flujo de eventos (se recibió {mime}); ¿es correcta la URL del servidor?</translation>
    </message>
    <message>
        <source>{host} did not answer the model list with JSON</source>
        <translation>{host} no respondió a la lista de modelos con JSON</translation>
    </message>
    <message>
        <source>{host} answered the model list with unexpected JSON</source>
        <translation>{host} respondió a la lista de modelos con un JSON inesperado</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s listing the models of {host}</source>
        <translation>Se agotó el tiempo tras {seconds} s al listar los modelos de {host}</translation>
    </message>
    <message>
        <source>Claude cannot read {mime} images (only JPEG, PNG, GIF, WebP)</source>
        <translation>Claude no puede leer imágenes {mime} (solo JPEG, PNG, GIF y WebP)</translation>
    </message>
    <message>
        <source>Could not build the request for {provider}</source>
        <translation>No se pudo crear la solicitud para {provider}</translation>
    </message>
    <message>
        <source>Could not encode the request for {host}</source>
        <translation>No se pudo codificar la solicitud para {host}</translation>
    </message>
    <message>
        <source>Unsupported proxy {proxy}: only http:// and https:// proxies are supported</source>
        <translation>Proxy no admitido {proxy}: solo se admiten proxies http:// y https://</translation>
    </message>
    <message>
        <source>Cannot create the folder for {path}</source>
        <translation>No se puede crear la carpeta para {path}</translation>
    </message>
    <message>
        <source>Cannot create the lock file {lock}</source>
        <translation>No se puede crear el archivo de bloqueo {lock}</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>la entrada no es un objeto JSON</translation>
    </message>
    <message>
        <source>{key} is not a string</source>
        <translation>{key} no es una cadena</translation>
    </message>
    <message>
        <source>&apos;args&apos; is not a list of strings</source>
        <translation>&apos;args&apos; no es una lista de cadenas</translation>
    </message>
    <message>
        <source>&apos;url&apos; must start with http:// or https://</source>
        <translation>&apos;url&apos; debe empezar por http:// o https://</translation>
    </message>
    <message>
        <source>it has neither a &apos;command&apos; nor a &apos;url&apos;</source>
        <translation>no tiene ni &apos;command&apos; ni &apos;url&apos;</translation>
    </message>
    <message>
        <source>&apos;timeout&apos; must be a number of seconds up to {limit}</source>
        <translation>&apos;timeout&apos; debe ser un número de segundos de hasta {limit}</translation>
    </message>
    <message>
        <source>{key} is not an object</source>
        <translation>{key} no es un objeto</translation>
    </message>
    <message>
        <source>&apos;mcpServers&apos; in mcp.json is not an object; it is kept as it is</source>
        <translation>&apos;mcpServers&apos; en mcp.json no es un objeto; se deja como está</translation>
    </message>
    <message>
        <source>MCP server {name} cannot be used: {problem}</source>
        <translation>No se puede usar el servidor MCP {name}: {problem}</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}); no MCP servers are started for now.</source>
        <translation>No se pudo leer {path} ({reason}); por ahora no se inicia ningún servidor MCP.</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it was kept as {backup} and no MCP servers are configured.</source>
        <translation>{path} está dañado ({error}); se guardó como {backup} y no hay servidores MCP configurados.</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it could not be moved aside and no MCP servers are configured.</source>
        <translation>{path} está dañado ({error}); no se pudo apartar y no hay servidores MCP configurados.</translation>
    </message>
    <message>
        <source>Claude Desktop&apos;s configuration was not found at {path}</source>
        <translation>No se encontró la configuración de Claude Desktop en {path}</translation>
    </message>
    <message>
        <source>Claude Desktop&apos;s configuration {path} could not be read</source>
        <translation>No se pudo leer la configuración de Claude Desktop {path}</translation>
    </message>
    <message>
        <source>{path} lists no MCP servers</source>
        <translation>{path} no incluye servidores MCP</translation>
    </message>
    <message>
        <source>{name} is already configured; it was left as it is</source>
        <translation>{name} ya está configurado; se dejó como estaba</translation>
    </message>
    <message>
        <source>{name} was imported but cannot be used: {problem}</source>
        <translation>{name} se importó, pero no se puede usar: {problem}</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}); default settings are used for now.</source>
        <translation>No se pudo leer el archivo de configuración {path} ({reason}); por ahora se usa la configuración predeterminada.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it was kept as {backup} and default settings are used.</source>
        <translation>El archivo de configuración {path} está dañado ({error}); se guardó como {backup} y se usa la configuración predeterminada.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it could not be backed up and default settings are used.</source>
        <translation>El archivo de configuración {path} está dañado ({error}); no se pudo hacer una copia y se usa la configuración predeterminada.</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}; using {default}.</source>
        <translation>Ajuste {key}: {problem}; se usa {default}.</translation>
    </message>
    <message>
        <source>expected {kind}, found {found}</source>
        <translation>se esperaba {kind}, se encontró {found}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>Setting {key}: invalid value; dropped.</source>
        <translation>Ajuste {key}: valor no válido; descartado.</translation>
    </message>
    <message>
        <source>Setting {key}: not an object; dropped.</source>
        <translation>Ajuste {key}: no es un objeto; descartado.</translation>
    </message>
    <message>
        <source>Setting {key}: missing or not text; endpoint dropped.</source>
        <translation>Ajuste {key}: falta o no es texto; se descartó el endpoint.</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}. The endpoint was disabled.</source>
        <translation>Ajuste {key}: {problem}. Se desactivó el endpoint.</translation>
    </message>
    <message>
        <source>Setting {key}: duplicate id; a new one was given.</source>
        <translation>Ajuste {key}: id duplicado; se asignó uno nuevo.</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}; dropped.</source>
        <translation>Ajuste {key}: {problem}; descartado.</translation>
    </message>
    <message>
        <source>value must be text</source>
        <translation>el valor debe ser texto</translation>
    </message>
    <message>
        <source>Setting {key}: not an object; ignored.</source>
        <translation>Ajuste {key}: no es un objeto; se ignora.</translation>
    </message>
    <message>
        <source>Setting {key}: ignored.</source>
        <translation>Ajuste {key}: se ignora.</translation>
    </message>
    <message>
        <source>Setting {key}: needs a name and a text; dropped.</source>
        <translation>Ajuste {key}: necesita un nombre y un texto; descartado.</translation>
    </message>
    <message>
        <source>Setting {key}: expected &quot;target/model&quot;: {low}..{high} tokens; ignored.</source>
        <translation>Ajuste {key}: se esperaba &quot;target/model&quot;: {low}..{high} tokens; se ignora.</translation>
    </message>
    <message>
        <source>Language must be &quot;system&quot; or a code like &quot;ru&quot;, not {code}.</source>
        <translation>El idioma debe ser &quot;system&quot; o un código como &quot;ru&quot;, no {code}.</translation>
    </message>
    <message>
        <source>Two endpoints have the same id.</source>
        <translation>Dos endpoints tienen el mismo id.</translation>
    </message>
    <message>
        <source>Theme must be one of {names}.</source>
        <translation>El tema debe ser uno de: {names}.</translation>
    </message>
    <message>
        <source>Model titles must be one of {names}.</source>
        <translation>Los títulos por el modelo deben ser uno de: {names}.</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Máximo de tokens</translation>
    </message>
    <message>
        <source>Max tool steps</source>
        <translation>Máximo de pasos de herramientas</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}.</source>
        <translation>{what} debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>must be one of {names}</source>
        <translation>debe ser uno de: {names}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <source>is not a folder path</source>
        <translation>no es una ruta de carpeta</translation>
    </message>
    <message>
        <source>is not base64</source>
        <translation>no es base64</translation>
    </message>
    <message>
        <source>Local model option {name} for {path} is not valid.</source>
        <translation>La opción de modelo local {name} para {path} no es válida.</translation>
    </message>
    <message>
        <source>The {name} is not base64.</source>
        <translation>{name} no es base64.</translation>
    </message>
    <message>
        <source>{field} should be text, not {type}</source>
        <translation>{field} debería ser texto, no {type}</translation>
    </message>
    <message>
        <source>{field} should be a number, not {type}</source>
        <translation>{field} debería ser un número, no {type}</translation>
    </message>
    <message>
        <source>{field} is out of range</source>
        <translation>{field} está fuera de rango</translation>
    </message>
    <message>
        <source>{field} should be an object, not {type}</source>
        <translation>{field} debería ser un objeto, no {type}</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>messages should be a list</source>
        <translation>messages debería ser una lista</translation>
    </message>
    <message>
        <source>a message is not an object</source>
        <translation>un mensaje no es un objeto</translation>
    </message>
    <message>
        <source>unknown message role {role}</source>
        <translation>rol de mensaje desconocido {role}</translation>
    </message>
    <message>
        <source>a message&apos;s content is not text</source>
        <translation>el contenido de un mensaje no es texto</translation>
    </message>
    <message>
        <source>unknown message state {state}</source>
        <translation>estado de mensaje desconocido {state}</translation>
    </message>
    <message>
        <source>{field} should be a message id (a number)</source>
        <translation>{field} debería ser un id de mensaje (un número)</translation>
    </message>
    <message>
        <source>message id {id} appears twice</source>
        <translation>el id de mensaje {id} aparece dos veces</translation>
    </message>
    <message>
        <source>message {id} follows message {parent}, which is not before it in the file</source>
        <translation>el mensaje {id} sigue al mensaje {parent}, que no está antes en el archivo</translation>
    </message>
    <message>
        <source>message {id} shows {child}, which is not its reply</source>
        <translation>el mensaje {id} muestra {child}, que no es su respuesta</translation>
    </message>
    <message>
        <source>active_root {root} is not a first message</source>
        <translation>active_root {root} no es un primer mensaje</translation>
    </message>
    <message>
        <source>a message&apos;s parts should be a list</source>
        <translation>las partes de un mensaje deberían ser una lista</translation>
    </message>
    <message>
        <source>a message part is not an object with a kind</source>
        <translation>una parte de mensaje no es un objeto con kind</translation>
    </message>
    <message>
        <source>an attachment&apos;s sha256 is not a SHA-256 checksum</source>
        <translation>el sha256 de un adjunto no es una suma SHA-256</translation>
    </message>
    <message>
        <source>it has no &apos;mapping&apos; of messages</source>
        <translation>no tiene un &apos;mapping&apos; de mensajes</translation>
    </message>
    <message>
        <source>a mapping entry is not an object</source>
        <translation>una entrada de mapping no es un objeto</translation>
    </message>
    <message>
        <source>a &apos;parent&apos; link is not a node id</source>
        <translation>un enlace &apos;parent&apos; no es un id de nodo</translation>
    </message>
    <message>
        <source>the reply tree points to a missing node {node}</source>
        <translation>el árbol de respuestas apunta a un nodo inexistente {node}</translation>
    </message>
    <message>
        <source>its reply tree has a cycle</source>
        <translation>su árbol de respuestas tiene un ciclo</translation>
    </message>
    <message>
        <source>&apos;current_node&apos; does not name a message in the mapping</source>
        <translation>&apos;current_node&apos; no nombra un mensaje del mapping</translation>
    </message>
    <message>
        <source>a node&apos;s &apos;message&apos; is not an object</source>
        <translation>el &apos;message&apos; de un nodo no es un objeto</translation>
    </message>
    <message>
        <source>a text message has no list of &apos;parts&apos;</source>
        <translation>un mensaje de texto no tiene una lista de &apos;parts&apos;</translation>
    </message>
</context>
<context>
    <name>ModelSelector</name>
    <message>
        <source>Provider or endpoint</source>
        <translation>Proveedor o servidor</translation>
    </message>
    <message>
        <source>No provider chosen</source>
        <translation>Ningún proveedor elegido</translation>
    </message>
    <message>
        <source>Model (pick one or type a name)</source>
        <translation>Modelo (elige uno o escribe un nombre)</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>{name} (offline)</source>
        <translation>{name} (sin conexión)</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers.</source>
        <translation>{name} no está disponible: su servicio ya no responde.</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>loading models…</source>
        <translation>cargando modelos…</translation>
    </message>
    <message>
        <source>models unavailable</source>
        <translation>modelos no disponibles</translation>
    </message>
</context>
<context>
    <name>ParamsDialog</name>
    <message>
        <source>Default (from Settings)</source>
        <translation>Predeterminado (de la configuración)</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Configuración de la conversación</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>Sin prompt del sistema</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>&amp;Prompt preset:</source>
        <translation>&amp;Plantilla de prompt:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>Prompt del &amp;sistema:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>T&amp;emperatura:</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>&amp;Máx. tokens:</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Prompt: {preset}</source>
        <translation>Prompt: {preset}</translation>
    </message>
    <message>
        <source>max {tokens}</source>
        <translation>máx. {tokens}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Exporting as PDF…</source>
        <translation>Exportando como PDF…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PromptPresets</name>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Concise</source>
        <translation>Conciso</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>Programador</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
</context>
<context>
    <name>RowDelegate</name>
    <message>
        <source>New title</source>
        <translation>Nuevo título</translation>
    </message>
</context>
<context>
    <name>SendStopButton</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Enter)</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
</context>
<context>
    <name>SessionDrawing</name>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>A tool call waits for your approval in another tab.</source>
        <translation>Una llamada a herramienta espera tu aprobación en otra pestaña.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>&amp;Servidores</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>an endpoint</source>
        <translation>un servidor</translation>
    </message>
    <message>
        <source>Not saved: fix {name} first.</source>
        <translation>No guardado: primero corrige {name}.</translation>
    </message>
    <message>
        <source>Not saved: fix the highlighted settings first.</source>
        <translation>No guardado: primero corrige los ajustes resaltados.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <translation>No se pudo guardar la configuración: {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Message box</source>
        <translation>Cuadro de mensaje</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nueva línea</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Buttons of the chosen message, then its links</source>
        <translation>Botones del mensaje elegido y luego sus enlaces</translation>
    </message>
    <message>
        <source>Press the focused button or link</source>
        <translation>Pulsar el botón o enlace enfocado</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barra de búsqueda</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Coincidencia siguiente / anterior</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Panel lateral</translation>
    </message>
    <message>
        <source>Open in this tab</source>
        <translation>Abrir en esta pestaña</translation>
    </message>
    <message>
        <source>Open in a new tab</source>
        <translation>Abrir en una pestaña nueva</translation>
    </message>
    <message>
        <source>Ctrl+Enter, middle click</source>
        <translation>Ctrl+Enter, clic central</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Delete (with undo)</source>
        <translation>Eliminar (se puede deshacer)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Tecla de menú, Mayús+F10</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Pestañas</translation>
    </message>
    <message>
        <source>double click</source>
        <translation>doble clic</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>middle click</source>
        <translation>clic central</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Lista de conversaciones</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Could not delete: {exc}</source>
        <translation>No se pudo eliminar: {exc}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>No hay nada que deshacer</translation>
    </message>
    <message>
        <source>Could not rename: {exc}</source>
        <translation>No se pudo renombrar: {exc}</translation>
    </message>
    <message>
        <source>Could not pin: {exc}</source>
        <translation>No se pudo fijar: {exc}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open in New Tab	Ctrl+Enter</source>
        <translation>Abrir en una pestaña nueva	Ctrl+Enter</translation>
    </message>
    <message>
        <source>Rename	F2</source>
        <translation>Renombrar	F2</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Delete	Del</source>
        <translation>Eliminar	Del</translation>
    </message>
    <message>
        <source>Undo Delete	Ctrl+Z</source>
        <translation>Deshacer eliminación	Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>SidebarGroups</name>
    <message>
        <source>Pinned</source>
        <translation>Fijadas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
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
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Notice action</source>
        <translation>Acción del aviso</translation>
    </message>
</context>
<context>
    <name>ToolLines</name>
    <message>
        <source>waiting for you</source>
        <translation>esperando tu respuesta</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>ejecutándose…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denegado</translation>
    </message>
    <message numerus="yes">
        <source>({count} character(s) in all)</source>
        <translation>
            <numerusform>({count} carácter en total)</numerusform>
            <numerusform>({count} caracteres en total)</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>ToolsButton</name>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>The tools this conversation may offer the model</source>
        <translation>Las herramientas que esta conversación puede ofrecer al modelo</translation>
    </message>
    <message>
        <source>Tools for this conversation</source>
        <translation>Herramientas para esta conversación</translation>
    </message>
    <message>
        <source>Tools (some off)</source>
        <translation>Herramientas (algunas desactivadas)</translation>
    </message>
    <message>
        <source>    {tool}</source>
        <translation>    {tool}</translation>
    </message>
    <message>
        <source>No MCP servers are on</source>
        <translation>No hay servidores MCP activados</translation>
    </message>
    <message>
        <source>Manage Tools…</source>
        <translation>Gestionar herramientas…</translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <source>This is not valid JSON: {exc}</source>
        <translation>Esto no es un JSON válido: {exc}</translation>
    </message>
    <message>
        <source>Paste a JSON object (the mcpServers snippet of the server&apos;s README).</source>
        <translation>Pega un objeto JSON (el fragmento mcpServers del README del servidor).</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Ponle un nombre al servidor.</translation>
    </message>
    <message>
        <source>No server found in the snippet.</source>
        <translation>No se encontró ningún servidor en el fragmento.</translation>
    </message>
    <message>
        <source>Tools (MCP servers)</source>
        <translation>Herramientas (servidores MCP)</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Servidores MCP</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Registro del servidor</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Revoke Always Allow</source>
        <translation>Revocar «Permitir siempre»</translation>
    </message>
    <message>
        <source>Import from Claude Desktop</source>
        <translation>Importar desde Claude Desktop</translation>
    </message>
    <message>
        <source>Tool steps per answer:</source>
        <translation>Pasos de herramientas por respuesta:</translation>
    </message>
    <message>
        <source>How many times the model may call tools before it must answer</source>
        <translation>Cuántas veces puede el modelo llamar a herramientas antes de tener que responder</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (desactivado)</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Hay que iniciar sesión</translation>
    </message>
    <message>
        <source>No MCP servers yet. Add one by pasting the mcpServers snippet from its README, or import Claude Desktop&apos;s.</source>
        <translation>Aún no hay servidores MCP. Añade uno pegando el fragmento mcpServers de su README o importa los de Claude Desktop.</translation>
    </message>
    <message>
        <source>not listed yet</source>
        <translation>aún sin listar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Estado: {state}</translation>
    </message>
    <message>
        <source>Timeout: {seconds} s</source>
        <translation>Tiempo de espera: {seconds} s</translation>
    </message>
    <message>
        <source>Tools: {tools}</source>
        <translation>Herramientas: {tools}</translation>
    </message>
    <message>
        <source>Always allowed: {tools}</source>
        <translation>Siempre permitidas: {tools}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Último error: {error}</translation>
    </message>
    <message>
        <source>Turn On</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Could not save mcp.json: {exc}</source>
        <translation>No se pudo guardar mcp.json: {exc}</translation>
    </message>
    <message>
        <source>Add MCP Server</source>
        <translation>Añadir servidor MCP</translation>
    </message>
    <message>
        <source>Paste the server&apos;s mcpServers snippet (JSON):</source>
        <translation>Pega el fragmento mcpServers del servidor (JSON):</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>The entry of {name} (JSON):</source>
        <translation>La entrada de {name} (JSON):</translation>
    </message>
    <message>
        <source>Saved {names}.</source>
        <translation>Guardado: {names}.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Se quitó {name}.</translation>
    </message>
    <message>
        <source>{name} did not start: {exc}</source>
        <translation>{name} no se inició: {exc}</translation>
    </message>
    <message>
        <source>{name}&apos;s tools ask again before each call.</source>
        <translation>Las herramientas de {name} vuelven a preguntar antes de cada llamada.</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>Se importó {name}</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>▾ Hide</source>
        <translation>▾ Ocultar</translation>
    </message>
    <message>
        <source>thought process</source>
        <translation>razonamiento</translation>
    </message>
    <message>
        <source>▸ Show</source>
        <translation>▸ Mostrar</translation>
    </message>
    <message>
        <source>thought process ({words} words)</source>
        <translation>razonamiento (palabras: {words})</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>version {index}/{count}</source>
        <translation>versión {index}/{count}</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <source>first token {seconds} s</source>
        <translation>primer token en {seconds} s</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>Mostrar %n mensaje anterior</numerusform>
            <numerusform>Mostrar %n mensajes anteriores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>{provider} does not take %n option(s): {options}</source>
        <translation>
            <numerusform>{provider} no admite %n opción: {options}</numerusform>
            <numerusform>{provider} no admite %n opciones: {options}</numerusform>
        </translation>
    </message>
</context>
</TS>
