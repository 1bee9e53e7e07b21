<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Ava Desktop</source>
        <translation>Sobre o Ava Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ava Desktop {version}&lt;/h2&gt;&lt;p&gt;A desktop chat client for large language models.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ava Desktop {version}&lt;/h2&gt;&lt;p&gt;Um cliente de chat para desktop para grandes modelos de linguagem.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licença:</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Logs:</translation>
    </message>
    <message>
        <source>Open the logs folder</source>
        <translation>Abrir a pasta de logs</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Novo chat</translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation>&amp;Reabrir aba fechada</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fechar aba</translation>
    </message>
    <message>
        <source>&amp;Conversations and Search…</source>
        <translation>&amp;Conversas e pesquisa…</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>&amp;Exportar conversa…</translation>
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
        <translation>Exportar &amp;tudo (backup)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Copy &amp;Last Answer</source>
        <translation>Copiar a ú&amp;ltima resposta</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation…</source>
        <translation>&amp;Localizar na conversa…</translation>
    </message>
    <message>
        <source>Copy &amp;Conversation as Markdown</source>
        <translation>Copiar a &amp;conversa como Markdown</translation>
    </message>
    <message>
        <source>Conversation &amp;Sidebar</source>
        <translation>&amp;Barra lateral de conversas</translation>
    </message>
    <message>
        <source>Search in the S&amp;idebar</source>
        <translation>Pesquisar na barra &amp;lateral</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texto &amp;maior</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texto m&amp;enor</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>Tamanho de texto &amp;padrão</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>Próxima a&amp;ba</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>Aba &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>&amp;Regenerate Answer</source>
        <translation>&amp;Gerar resposta novamente</translation>
    </message>
    <message>
        <source>&amp;Edit Last Message</source>
        <translation>&amp;Editar a última mensagem</translation>
    </message>
    <message>
        <source>Previous &amp;Version of the Answer</source>
        <translation>&amp;Versão anterior da resposta</translation>
    </message>
    <message>
        <source>Next Ve&amp;rsion of the Answer</source>
        <translation>Próxima ve&amp;rsão da resposta</translation>
    </message>
    <message>
        <source>Select Previous Messa&amp;ge</source>
        <translation>Selecionar mensagem an&amp;terior</translation>
    </message>
    <message>
        <source>Select &amp;Next Message</source>
        <translation>Selecionar &amp;próxima mensagem</translation>
    </message>
    <message>
        <source>&amp;Tools (MCP Servers)…</source>
        <translation>&amp;Ferramentas (servidores MCP)…</translation>
    </message>
    <message>
        <source>&amp;Find Local Servers</source>
        <translation>&amp;Encontrar servidores locais</translation>
    </message>
    <message>
        <source>Add &amp;Local Model File…</source>
        <translation>Adicionar arquivo de modelo &amp;local…</translation>
    </message>
    <message>
        <source>Local &amp;Model Options…</source>
        <translation>Opções do &amp;modelo local…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Ava Desktop</source>
        <translation>&amp;Sobre o Ava Desktop</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>API key not sent</source>
        <extracomment>One per app: the per-model corrections learned from reported usage are shared.</extracomment>
        <translation>Chave de API não enviada</translation>
    </message>
    <message>
        <source>The settings could not be saved to {path} ({reason}).</source>
        <translation>Não foi possível salvar as configurações em {path} ({reason}).</translation>
    </message>
    <message>
        <source>The settings could not be saved ({reason}).</source>
        <translation>Não foi possível salvar as configurações ({reason}).</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configurações não salvas</translation>
    </message>
    <message>
        <source>They are kept while Ava runs and saved again with the next change.</source>
        <translation>Elas continuam valendo enquanto o Ava estiver aberto e serão salvas de novo na próxima alteração.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The MCP server {name} needs you to sign in: Chat → Tools…, select it, then Sign In.</source>
        <translation>O servidor MCP {name} precisa que você entre: Chat → Ferramentas…, selecione-o e clique em Entrar.</translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <source>Tool call waiting for approval</source>
        <translation>Chamada de ferramenta aguardando aprovação</translation>
    </message>
    <message>
        <source>Arguments of the tool call</source>
        <translation>Argumentos da chamada de ferramenta</translation>
    </message>
    <message>
        <source>Allow once (Enter)</source>
        <translation>Permitir uma vez (Enter)</translation>
    </message>
    <message>
        <source>Always allow this tool</source>
        <translation>Sempre permitir esta ferramenta</translation>
    </message>
    <message>
        <source>Deny (Esc)</source>
        <translation>Negar (Esc)</translation>
    </message>
    <message numerus="yes">
        <source> (%n more waiting)</source>
        <translation>
            <numerusform> (mais %n aguardando)</numerusform>
            <numerusform> (mais %n aguardando)</numerusform>
        </translation>
    </message>
    <message>
        <source>The model wants to run {tool} from the {server} server{more}. Allow it?</source>
        <translation>O modelo quer executar {tool} do servidor {server}{more}. Permitir?</translation>
    </message>
    <message numerus="yes">
        <source>({count} character(s) in all)</source>
        <translation>
            <numerusform>({count} caractere no total)</numerusform>
            <numerusform>({count} caracteres no total)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachButton</name>
    <message>
        <source>Attach files or images ({shortcut})</source>
        <translation>Anexar arquivos ou imagens ({shortcut})</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Images and documents</source>
        <translation>Imagens e documentos</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Remover {name}</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Não anexado</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lendo</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>não anexado</translation>
    </message>
    <message>
        <source>Attachment {name}, {state}</source>
        <translation>Anexo {name}, {state}</translation>
    </message>
    <message>
        <source>Delete or Backspace removes it</source>
        <translation>Delete ou Backspace remove o anexo</translation>
    </message>
</context>
<context>
    <name>AttachmentProcessor</name>
    <message>
        <source>{name} could not be attached ({error}).</source>
        <translation>Não foi possível anexar {name} ({error}).</translation>
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
        <translation>{name} está incompleto ({why}); anexe uma cópia completa.</translation>
    </message>
    <message>
        <source>{name} is not an image Ava can read (PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>{name} não é uma imagem que o Ava consiga ler (PNG, JPEG, WebP, GIF, BMP).</translation>
    </message>
    <message>
        <source>{name} does not say how large it is; it is damaged or not an image.</source>
        <translation>{name} não informa o próprio tamanho; está danificado ou não é uma imagem.</translation>
    </message>
    <message>
        <source>{name} claims {width} × {height} pixels ({megapixels} megapixels), over the {limit} megapixel limit; it was not opened (it could exhaust memory).</source>
        <translation>{name} declara {width} × {height} pixels ({megapixels} megapixels), acima do limite de {limit} megapixels; não foi aberto (poderia esgotar a memória).</translation>
    </message>
    <message>
        <source>{name} could not be decoded ({error}).</source>
        <translation>Não foi possível decodificar {name} ({error}).</translation>
    </message>
    <message>
        <source>{name}: the clipboard image is empty.</source>
        <translation>{name}: a imagem da área de transferência está vazia.</translation>
    </message>
    <message>
        <source>{name} is over the {limit} megapixel limit.</source>
        <translation>{name} passa do limite de {limit} megapixels.</translation>
    </message>
    <message>
        <source>the PNG has no end marker</source>
        <translation>o PNG não tem marcador de fim</translation>
    </message>
    <message>
        <source>the JPEG has no end marker</source>
        <translation>o JPEG não tem marcador de fim</translation>
    </message>
    <message>
        <source>the WebP is shorter than it says</source>
        <translation>o WebP é menor do que declara</translation>
    </message>
    <message>
        <source>the BMP is shorter than it says</source>
        <translation>o BMP é menor do que declara</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached; the link to {hosts} was not downloaded.</source>
        <translation>Só é possível anexar arquivos deste computador; o link para {hosts} não foi baixado.</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not attached: at most %n attachment(s) go with one message.</source>
        <translation>
            <numerusform>{name} não foi anexado: uma mensagem aceita no máximo %n anexo.</numerusform>
            <numerusform>{name} não foi anexado: uma mensagem aceita no máximo %n anexos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first {count} character(s) of {name} are kept (the limit for one attachment).</source>
        <translation>
            <numerusform>Só o primeiro caractere de {name} foi mantido ({count}; o limite de um anexo).</numerusform>
            <numerusform>Só os primeiros {count} caracteres de {name} foram mantidos (o limite de um anexo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{size} · {count} char(s)</source>
        <translation>
            <numerusform>{size} · {count} caractere</numerusform>
            <numerusform>{size} · {count} caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is attached already.</source>
        <translation>{name} já está anexado.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagem</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>Não foi possível exibir a imagem.</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copiar imagem</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Texto de {name}</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Salvar anexo</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Não foi possível salvar: {error}</translation>
    </message>
</context>
<context>
    <name>AttachmentsAndCopy</name>
    <message>
        <source>No answer to copy yet</source>
        <translation>Ainda não há resposta para copiar</translation>
    </message>
    <message>
        <source>Copied the last answer as Markdown</source>
        <translation>Última resposta copiada como Markdown</translation>
    </message>
    <message>
        <source>Copied the conversation as Markdown</source>
        <translation>Conversa copiada como Markdown</translation>
    </message>
</context>
<context>
    <name>AvaApp</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Ava Desktop</source>
        <translation>Ava Desktop</translation>
    </message>
    <message>
        <source>Ava Desktop cannot use its data folder: {exc}</source>
        <translation>O Ava Desktop não consegue usar a pasta de dados: {exc}</translation>
    </message>
    <message>
        <source>Ava Desktop is already running with the data folder {folder} but does not answer. Close it (or end its process), or start with another --data-dir.</source>
        <translation>O Ava Desktop já está em execução com a pasta de dados {folder}, mas não responde. Feche-o (ou encerre o processo) ou inicie com outro --data-dir.</translation>
    </message>
</context>
<context>
    <name>ChatSetup</name>
    <message>
        <source>No provider is connected yet. Open Settings (Ctrl+,) to add an endpoint with its API key (OpenAI, OpenRouter, Groq, DeepSeek, Mistral, …), or start a local server such as Ollama, LM Studio or llama.cpp: Ava finds it by itself (Chat → Find Local Servers).</source>
        <translation>Nenhum provedor conectado ainda. Abra as Configurações (Ctrl+,) para adicionar um servidor com sua chave de API (OpenAI, OpenRouter, Groq, DeepSeek, Mistral, …) ou inicie um servidor local como Ollama, LM Studio ou llama.cpp: o Ava o encontra sozinho (Chat → Encontrar servidores locais).</translation>
    </message>
    <message>
        <source>System prompt, temperature and length for this chat</source>
        <translation>Prompt de sistema, temperatura e tamanho para este chat</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Abrir configurações…</translation>
    </message>
    <message>
        <source>Could not save the model choice: {exc}</source>
        <translation>Não foi possível salvar o modelo escolhido: {exc}</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers.</source>
        <translation>{name} está offline: o serviço não responde mais.</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers. Pick another provider above.</source>
        <translation>{name} está offline: o serviço não responde mais. Escolha outro provedor acima.</translation>
    </message>
    <message>
        <source>Chatting with {name}. Type a message below.</source>
        <translation>Conversando com {name}. Digite uma mensagem abaixo.</translation>
    </message>
    <message>
        <source>Could not save the chat settings: {exc}</source>
        <translation>Não foi possível salvar as configurações do chat: {exc}</translation>
    </message>
    <message>
        <source>Choose a provider first (Settings, Ctrl+,).</source>
        <translation>Escolha um provedor primeiro (Configurações, Ctrl+,).</translation>
    </message>
    <message>
        <source>Type or choose a model first.</source>
        <translation>Digite ou escolha um modelo primeiro.</translation>
    </message>
    <message>
        <source>{name} is offline; trying anyway.</source>
        <translation>{name} está offline; tentando mesmo assim.</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>Editing a message: Enter sends it as a new version (the old one stays), Esc cancels.</source>
        <translation>Editando uma mensagem: Enter a envia como uma nova versão (a antiga é mantida), Esc cancela.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Ask several models the next message, side by side</source>
        <translation>Enviar a próxima mensagem a vários modelos, lado a lado</translation>
    </message>
    <message>
        <source>Blocked a link Ava does not open: {url}</source>
        <translation>Link bloqueado, o Ava não o abre: {url}</translation>
    </message>
    <message>
        <source>Still answering: press Esc to stop it, your text is kept.</source>
        <translation>Ainda respondendo: pressione Esc para parar; seu texto foi mantido.</translation>
    </message>
    <message>
        <source>Still reading an attachment; send again when it is ready.</source>
        <translation>Ainda lendo um anexo; envie de novo quando estiver pronto.</translation>
    </message>
    <message>
        <source>Could not save the tool choice: {exc}</source>
        <translation>Não foi possível salvar a escolha de ferramentas: {exc}</translation>
    </message>
    <message>
        <source>The next message goes to {names}, side by side. Esc cancels.</source>
        <translation>A próxima mensagem vai para {names}, lado a lado. Esc cancela.</translation>
    </message>
    <message>
        <source>Still answering: wait for every model, or press Esc.</source>
        <translation>Ainda respondendo: aguarde todos os modelos ou pressione Esc.</translation>
    </message>
    <message>
        <source>Still answering: press Esc to stop it first.</source>
        <translation>Ainda respondendo: pressione Esc para parar primeiro.</translation>
    </message>
</context>
<context>
    <name>ChatTabBar</name>
    <message>
        <source>Close tab</source>
        <translation>Fechar aba</translation>
    </message>
    <message>
        <source>Close tab (Ctrl+W)</source>
        <translation>Fechar aba (Ctrl+W)</translation>
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
        <translation>Sem quebra</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Quebrar linhas</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[imagem: {alt}]</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Answer of {model}</source>
        <translation>Resposta de {model}</translation>
    </message>
    <message>
        <source>Continue with this answer</source>
        <translation>Continuar com esta resposta</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <source>first token {seconds} s</source>
        <translation>primeiro token em {seconds} s</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Ask Several Models</source>
        <translation>Perguntar a vários modelos</translation>
    </message>
    <message>
        <source>Model {number}</source>
        <translation>Modelo {number}</translation>
    </message>
    <message>
        <source>Ask These Models</source>
        <translation>Perguntar a estes modelos</translation>
    </message>
    <message>
        <source>The next message goes to each model checked here; their answers stream side by side.</source>
        <translation>A próxima mensagem vai para cada modelo marcado aqui; as respostas aparecem lado a lado.</translation>
    </message>
    <message>
        <source>Check two to four models, each with a provider and a model name.</source>
        <translation>Marque de dois a quatro modelos, cada um com um provedor e um nome de modelo.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line</source>
        <translation>Mensagem — Enter para enviar, Shift+Enter para nova linha</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>ContextChecks</name>
    <message>
        <source>Too long for the model</source>
        <translation>Longo demais para o modelo</translation>
    </message>
    <message>
        <source>Send the First Part of {name}</source>
        <translation>Enviar o início de {name}</translation>
    </message>
    <message>
        <source>Leave Out the Oldest {drop} Messages</source>
        <translation>Deixar de fora as {drop} mensagens mais antigas</translation>
    </message>
    <message>
        <source>New Conversation from a Summary</source>
        <translation>Nova conversa a partir de um resumo</translation>
    </message>
    <message numerus="yes">
        <source>This request takes about {count} token(s), and the model&apos;s context holds {limit} (with room for the answer). What should Ava do?</source>
        <translation>
            <numerusform>Esta solicitação ocupa cerca de {count} token e o contexto do modelo comporta {limit} (com espaço para a resposta). O que o Ava deve fazer?</numerusform>
            <numerusform>Esta solicitação ocupa cerca de {count} tokens e o contexto do modelo comporta {limit} (com espaço para a resposta). O que o Ava deve fazer?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} alone is about {count} token(s) ({chars} characters); about {room} are free.</source>
        <translation>
            <numerusform>Só {name} ocupa cerca de {count} token ({chars} caracteres); cerca de {room} estão livres.</numerusform>
            <numerusform>Só {name} ocupa cerca de {count} tokens ({chars} caracteres); cerca de {room} estão livres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave Out the Oldest %n Message(s)</source>
        <translation>
            <numerusform>Deixar de fora a mensagem mais antiga (%n)</numerusform>
            <numerusform>Deixar de fora as %n mensagens mais antigas</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Enviar mesmo assim</translation>
    </message>
    <message>
        <source>The server says this request is longer than the model&apos;s context. What should Ava do?</source>
        <translation>O servidor diz que esta solicitação é maior que o contexto do modelo. O que o Ava deve fazer?</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <source>Context: not measured yet</source>
        <extracomment>(light theme, dark theme) text colours, readable on each theme&apos;s window background.</extracomment>
        <translation>Contexto: ainda não medido</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimado</translation>
    </message>
    <message>
        <source>counted by the model&apos;s tokenizer</source>
        <translation>contado pelo tokenizador do modelo</translation>
    </message>
    <message>
        <source>as reported by the server</source>
        <translation>informado pelo servidor</translation>
    </message>
    <message>
        <source>, near the limit</source>
        <translation>, perto do limite</translation>
    </message>
    <message>
        <source>, too long for the model</source>
        <translation>, longo demais para o modelo</translation>
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
        <translation>definida nas Configurações</translation>
    </message>
    <message>
        <source>from the server&apos;s model list</source>
        <translation>da lista de modelos do servidor</translation>
    </message>
    <message>
        <source>the local model&apos;s context size (n_ctx)</source>
        <translation>o tamanho de contexto do modelo local (n_ctx)</translation>
    </message>
    <message>
        <source>typical for this model (approximate)</source>
        <translation>o típico deste modelo (aproximado)</translation>
    </message>
    <message numerus="yes">
        <source>{count} token(s) in the next request</source>
        <translation>
            <numerusform>{count} token na próxima solicitação</numerusform>
            <numerusform>{count} tokens na próxima solicitação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• {count} as the server reported after the last answer</source>
        <translation>
            <numerusform>• {count} segundo o servidor após a última resposta</numerusform>
            <numerusform>• {count} segundo o servidor após a última resposta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• {count} counted by the model&apos;s tokenizer</source>
        <translation>
            <numerusform>• {count} contado pelo tokenizador do modelo</numerusform>
            <numerusform>• {count} contados pelo tokenizador do modelo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• about {count} estimated (≈4 characters per token, 1 per CJK character; images by the provider&apos;s formula)</source>
        <translation>
            <numerusform>• cerca de {count} estimado (≈4 caracteres por token, 1 por caractere CJK; imagens pela fórmula do provedor)</numerusform>
            <numerusform>• cerca de {count} estimados (≈4 caracteres por token, 1 por caractere CJK; imagens pela fórmula do provedor)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates for this model were {percent}% low against the server&apos;s count; corrected ×{ratio}.</source>
        <translation>As estimativas para este modelo ficaram {percent}% abaixo da contagem do servidor; corrigidas ×{ratio}.</translation>
    </message>
    <message>
        <source>Estimates for this model were {percent}% high against the server&apos;s count; corrected ×{ratio}.</source>
        <translation>As estimativas para este modelo ficaram {percent}% acima da contagem do servidor; corrigidas ×{ratio}.</translation>
    </message>
    <message>
        <source>Context window: {limit} tokens, {source}.</source>
        <translation>Janela de contexto: {limit} tokens, {source}.</translation>
    </message>
    <message>
        <source>{reserve} of them are kept free for the answer.</source>
        <translation>Desses, {reserve} ficam livres para a resposta.</translation>
    </message>
    <message>
        <source>This model&apos;s context window is not known: set it in Settings (model_context_windows).</source>
        <translation>A janela de contexto deste modelo não é conhecida: defina-a nas Configurações (model_context_windows).</translation>
    </message>
    <message numerus="yes">
        <source>Too long: leaving out the %n oldest message(s) would make it fit.</source>
        <translation>
            <numerusform>Longo demais: caberia deixando de fora a mensagem mais antiga (%n).</numerusform>
            <numerusform>Longo demais: caberia deixando de fora as %n mensagens mais antigas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long even without older messages: start a new conversation with a summary.</source>
        <translation>Longo demais mesmo sem as mensagens anteriores: comece uma nova conversa com um resumo.</translation>
    </message>
</context>
<context>
    <name>ConversationCommands</name>
    <message>
        <source>No closed tab to reopen</source>
        <translation>Nenhuma aba fechada para reabrir</translation>
    </message>
    <message>
        <source>That conversation no longer exists</source>
        <translation>Essa conversa não existe mais</translation>
    </message>
    <message>
        <source>History is not available (the database could not be opened)</source>
        <translation>O histórico não está disponível (não foi possível abrir o banco de dados)</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>“{title}” excluída</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversa sem título</translation>
    </message>
    <message>
        <source>Could not read the conversations: {exc}</source>
        <translation>Não foi possível ler as conversas: {exc}</translation>
    </message>
    <message>
        <source>Could not search: {exc}</source>
        <translation>Não foi possível pesquisar: {exc}</translation>
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
        <translation>Nada encontrado</translation>
    </message>
</context>
<context>
    <name>DialogCommands</name>
    <message>
        <source>Text size {size} pt</source>
        <translation>Tamanho do texto {size} pt</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>Tamanho de texto padrão</translation>
    </message>
    <message numerus="yes">
        <source>%n answer was cut off when Ava last stopped; the text is kept and can be continued.</source>
        <translation>
            <numerusform>%n resposta foi interrompida quando o Ava parou da última vez; o texto foi mantido e pode ser continuado.</numerusform>
            <numerusform>%n respostas foram interrompidas quando o Ava parou da última vez; o texto foi mantido e pode ser continuado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers were cut off when Ava last stopped; the text is kept and can be continued.</source>
        <translation>
            <numerusform>%n resposta foi interrompida quando o Ava parou da última vez; o texto foi mantido e pode ser continuado.</numerusform>
            <numerusform>%n respostas foram interrompidas quando o Ava parou da última vez; o texto foi mantido e pode ser continuado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for local servers…</source>
        <translation>Procurando servidores locais…</translation>
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
        <translation>Nenhum servidor local respondeu</translation>
    </message>
    <message>
        <source>⚠ History is not being saved</source>
        <translation>⚠ O histórico não está sendo salvo</translation>
    </message>
    <message>
        <source>Conversation history unavailable</source>
        <translation>Histórico de conversas indisponível</translation>
    </message>
    <message>
        <source>Ava Desktop will run, but new conversations are not saved until this is resolved. The existing file was not changed.</source>
        <translation>O Ava Desktop vai funcionar, mas as novas conversas não serão salvas até que isso seja resolvido. O arquivo existente não foi alterado.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>Ava Desktop hit an unexpected error. It was logged; your conversations are safe.</source>
        <translation>O Ava Desktop encontrou um erro inesperado. Ele foi registrado; suas conversas estão seguras.</translation>
    </message>
</context>
<context>
    <name>EndpointDraft</name>
    <message>
        <source>new, unsaved</source>
        <translation>nova, não salva</translation>
    </message>
    <message>
        <source>removed on save</source>
        <translation>removida ao salvar</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponível</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>armazenada</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>esta sessão</translation>
    </message>
    <message>
        <source>Header row {row}: {problem}</source>
        <translation>Cabeçalho na linha {row}: {problem}</translation>
    </message>
    <message>
        <source>Header row {row}: {name} is listed twice.</source>
        <translation>Cabeçalho na linha {row}: {name} aparece duas vezes.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>O nome está vazio.</translation>
    </message>
    <message>
        <source>The API key must not contain spaces or control characters.</source>
        <translation>A chave de API não pode conter espaços nem caracteres de controle.</translation>
    </message>
    <message>
        <source>The base URL now points to {new_host}: type its API key again (the stored key is only for {old_host}), or remove the key.</source>
        <translation>A URL base agora aponta para {new_host}: digite a chave de API de novo (a chave armazenada é só para {old_host}) ou remova a chave.</translation>
    </message>
    <message>
        <source>✓ Connected, but the server lists no models.</source>
        <translation>✓ Conectado, mas o servidor não lista nenhum modelo.</translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>memory for this session only</source>
        <translation>na memória, só nesta sessão</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Remover chave</translation>
    </message>
    <message>
        <source>Ena&amp;bled</source>
        <translation>&amp;Ativado</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Cabeçalhos extras</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Adicionar cabeçalho</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Remover cabeçalho</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testar</translation>
    </message>
    <message>
        <source>List the server&apos;s models with the values in this form</source>
        <translation>Listar os modelos do servidor com os valores deste formulário</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Cabeçal&amp;hos extras:</translation>
    </message>
    <message>
        <source>The key will be removed when you save</source>
        <translation>A chave será removida ao salvar</translation>
    </message>
    <message>
        <source>The saved key is in a keychain not available now; type it again</source>
        <translation>A chave salva está em um chaveiro indisponível no momento; digite-a de novo</translation>
    </message>
    <message>
        <source>•••• stored in {where} (type to replace)</source>
        <translation>•••• armazenada {where} (digite para substituir)</translation>
    </message>
    <message>
        <source>•••• kept for this session only (type to replace)</source>
        <translation>•••• mantida só nesta sessão (digite para substituir)</translation>
    </message>
    <message>
        <source>Paste the key; it is saved in {where}</source>
        <translation>Cole a chave; ela será salva {where}</translation>
    </message>
    <message>
        <source>Fix the fields above first.</source>
        <translation>Corrija os campos acima primeiro.</translation>
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
        <translation>O teste falhou: {problem}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Tick an endpoint to enable it</source>
        <translation>Marque um servidor para ativá-lo</translation>
    </message>
    <message>
        <source>{name} ({where})</source>
        <translation>{name} ({where})</translation>
    </message>
    <message>
        <source>Custom (any OpenAI-compatible server)</source>
        <translation>Personalizado (qualquer servidor compatível com OpenAI)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>&amp;Remove endpoint</source>
        <translation>&amp;Remover servidor</translation>
    </message>
    <message>
        <source>New endpoint &amp;from:</source>
        <translation>Novo servidor &amp;a partir de:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Needs fixing before it can be saved</source>
        <translation>Precisa ser corrigido antes de salvar</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Added {name}; Save keeps it.</source>
        <translation>{name} adicionado; Salvar o mantém.</translation>
    </message>
    <message>
        <source>Removed {name}; Cancel brings it back.</source>
        <translation>{name} removido; Cancelar o traz de volta.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Nothing to export yet</source>
        <translation>Ainda não há nada para exportar</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exportar conversa</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json);;Web page (*.html)</source>
        <translation>Markdown (*.md);;JSON (*.json);;Página da web (*.html)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha ao exportar</translation>
    </message>
    <message>
        <source>Exported to {target}</source>
        <translation>Exportado para {target}</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>Ainda não há nada para imprimir</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Enviado para a impressora</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Falha ao imprimir</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>Exportar todas as conversas</translation>
    </message>
    <message>
        <source>Ava backup (*.json)</source>
        <translation>Backup do Ava (*.json)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Falha no backup</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n conversation(s) to {path}</source>
        <translation>
            <numerusform>%n conversa salva em {path}</numerusform>
            <numerusform>%n conversas salvas em {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importar conversas</translation>
    </message>
    <message>
        <source>Conversations (*.json *.zip);;All files (*)</source>
        <translation>Conversas (*.json *.zip);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Falha ao importar</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) ({skipped} were already here)</source>
        <translation>
            <numerusform>%n conversa importada ({skipped} já estavam aqui)</numerusform>
            <numerusform>%n conversas importadas ({skipped} já estavam aqui)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a GGUF model file</source>
        <translation>Adicionar um arquivo de modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modelos GGUF (*.gguf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Not a GGUF model</source>
        <translation>Não é um modelo GGUF</translation>
    </message>
    <message>
        <source>is not a GGUF model file (llama.cpp&apos;s format), so it cannot be loaded.</source>
        <translation>não é um arquivo de modelo GGUF (o formato do llama.cpp), então não pode ser carregado.</translation>
    </message>
    <message>
        <source>Local models are not installed</source>
        <translation>Os modelos locais não estão instalados</translation>
    </message>
    <message>
        <source>Install Ava Desktop with the &apos;local&apos; extra to run GGUF models: pip install &apos;ava-desktop[local]&apos;</source>
        <translation>Instale o Ava Desktop com o extra &apos;local&apos; para executar modelos GGUF: pip install &apos;ava-desktop[local]&apos;</translation>
    </message>
    <message>
        <source>Added {name} under Local</source>
        <translation>{name} adicionado em Local</translation>
    </message>
    <message>
        <source>Choose a local model in this tab first</source>
        <translation>Escolha um modelo local nesta aba primeiro</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Localizar na conversa</translation>
    </message>
    <message>
        <source>Find in this conversation</source>
        <translation>Localizar nesta conversa</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Fechar busca</translation>
    </message>
    <message>
        <source>Earlier messages are not shown yet: scroll up to the top to load them.</source>
        <translation>As mensagens anteriores ainda não são exibidas: role até o topo para carregá-las.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nenhum resultado</translation>
    </message>
    <message>
        <source>None shown, %1 in earlier messages</source>
        <translation>Nenhum exibido, %1 em mensagens anteriores</translation>
    </message>
    <message>
        <source>(+%1 in earlier messages)</source>
        <translation>(+%1 em mensagens anteriores)</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 resultados</translation>
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
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Local and free servers only</source>
        <translation>Só servidores locais e gratuitos</translation>
    </message>
    <message>
        <source>Always, also paid endpoints</source>
        <translation>Sempre, também servidores pagos</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Temperature must be a number from {lo} to {hi}, or blank for the provider&apos;s default.</source>
        <translation>A temperatura deve ser um número de {lo} a {hi}, ou ficar em branco para usar o padrão do provedor.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>O novo idioma vale depois de reiniciar.</translation>
    </message>
    <message>
        <source>none (HTTPS_PROXY is used if set)</source>
        <translation>nenhum (HTTPS_PROXY é usado, se definido)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>provider default (0–2)</source>
        <translation>padrão do provedor (0–2)</translation>
    </message>
    <message>
        <source>After the first answer, ask the same model for a short title for the conversation. “Local and free” means only where no API key is sent (your own models, local servers, keyless endpoints, OpenRouter&apos;s free models): an endpoint with a key may charge for the extra request. A title you give by hand is never replaced.</source>
        <translation>Depois da primeira resposta, pede ao mesmo modelo um título curto para a conversa. “Locais e gratuitos” significa só onde nenhuma chave de API é enviada (seus próprios modelos, servidores locais, servidores sem chave, os modelos gratuitos do OpenRouter): um servidor com chave pode cobrar pela solicitação extra. Um título dado à mão nunca é substituído.</translation>
    </message>
    <message>
        <source>Show &amp;offline providers (CodeLinkAva)</source>
        <translation>Mostrar provedores &amp;offline (CodeLinkAva)</translation>
    </message>
    <message>
        <source>&amp;Discover local servers (Ollama, LM Studio, …)</source>
        <translation>&amp;Descobrir servidores locais (Ollama, LM Studio, …)</translation>
    </message>
    <message>
        <source>&amp;Add preset</source>
        <translation>&amp;Adicionar predefinição</translation>
    </message>
    <message>
        <source>Remo&amp;ve preset</source>
        <translation>Remo&amp;ver predefinição</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Proxy URL:</source>
        <translation>URL do &amp;proxy:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Tama&amp;nho da fonte:</translation>
    </message>
    <message>
        <source>Default s&amp;ystem prompt:</source>
        <translation>Prompt de s&amp;istema padrão:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>T&amp;emperatura:</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>&amp;Máx. de tokens:</translation>
    </message>
    <message>
        <source>Titles &amp;by the model:</source>
        <translation>Títulos &amp;gerados pelo modelo:</translation>
    </message>
    <message>
        <source>P&amp;rompt presets:</source>
        <translation>P&amp;rompts predefinidos:</translation>
    </message>
    <message>
        <source>Preset &amp;name:</source>
        <translation>&amp;Nome da predefinição:</translation>
    </message>
    <message>
        <source>Preset te&amp;xt:</source>
        <translation>Te&amp;xto da predefinição:</translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name} (integrada)</translation>
    </message>
    <message>
        <source>Built-in instructions are sent to the model as written, in English.</source>
        <translation>As instruções integradas são enviadas ao modelo como estão, em inglês.</translation>
    </message>
    <message>
        <source>My preset</source>
        <translation>Minha predefinição</translation>
    </message>
    <message>
        <source>A prompt preset has no name.</source>
        <translation>Uma predefinição de prompt está sem nome.</translation>
    </message>
    <message>
        <source>There is already a prompt preset named {name}.</source>
        <translation>Já existe uma predefinição de prompt chamada {name}.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Search all conversations…</source>
        <translation>Pesquisar em todas as conversas…</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Pesquisar em todas as conversas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Desfazer exclusão</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Novo título</translation>
    </message>
    <message>
        <source>Could not read the history: {exc}</source>
        <translation>Não foi possível ler o histórico: {exc}</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversa sem título</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversa</numerusform>
            <numerusform>%n conversas</numerusform>
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
        <translation>Nada encontrado</translation>
    </message>
    <message>
        <source>Deleted “{title}” — Undo brings it back</source>
        <translation>“{title}” excluída — Desfazer exclusão a traz de volta</translation>
    </message>
</context>
<context>
    <name>LaunchFiles</name>
    <message>
        <source>Cannot open</source>
        <translation>Não é possível abrir</translation>
    </message>
    <message>
        <source>Ava Desktop opens conversation backups (.json), ChatGPT exports (.zip) and GGUF model files.</source>
        <translation>O Ava Desktop abre backups de conversas (.json), exportações do ChatGPT (.zip) e arquivos de modelo GGUF.</translation>
    </message>
    <message>
        <source>• {name}: import conversations</source>
        <translation>• {name}: importar conversas</translation>
    </message>
    <message>
        <source>• {name}: add as a local model</source>
        <translation>• {name}: adicionar como modelo local</translation>
    </message>
    <message>
        <source>• {name}: not a file Ava Desktop can open (skipped)</source>
        <translation>• {name}: não é um arquivo que o Ava Desktop saiba abrir (ignorado)</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Abrir arquivos</translation>
    </message>
    <message>
        <source>Ava Desktop was asked to open:</source>
        <translation>O Ava Desktop recebeu um pedido para abrir:</translation>
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
        <translation>Camadas transferidas para a GPU; requer uma versão do llama-cpp-python com GPU, 0 roda na CPU</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Context size (tokens):</source>
        <translation>Tamanho do &amp;contexto (tokens):</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>Camadas na &amp;GPU:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Conversation transcript</source>
        <translation>Transcrição da conversa</translation>
    </message>
    <message>
        <source>Ava Desktop</source>
        <translation>Ava Desktop</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Conversas abertas</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>Mostrar ou ocultar a barra lateral</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Copy Conversation as Markdown</source>
        <translation>Copiar a conversa como Markdown</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Fechar aba</translation>
    </message>
    <message>
        <source>{title} (answering…)</source>
        <translation>{title} (respondendo…)</translation>
    </message>
    <message>
        <source>{title} — Ava Desktop</source>
        <translation>{title} — Ava Desktop</translation>
    </message>
    <message>
        <source>Close tab?</source>
        <translation>Fechar a aba?</translation>
    </message>
    <message>
        <source>“{title}” is still answering. Stop it and close the tab?</source>
        <translation>“{title}” ainda está respondendo. Parar e fechar a aba?</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation>Versão anterior</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Próxima versão</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copiar como Markdown</translation>
    </message>
    <message>
        <source>Copy as plain text</source>
        <translation>Copiar como texto simples</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Gerar novamente</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Ações da mensagem</translation>
    </message>
    <message>
        <source>Message {number} of {count}</source>
        <translation>Mensagem {number} de {count}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Version {index} of {count}</source>
        <translation>Versão {index} de {count}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{host} needs an API key (401)</source>
        <translation>{host} precisa de uma chave de API (401)</translation>
    </message>
    <message>
        <source>{host} rejected the API key (401)</source>
        <translation>{host} rejeitou a chave de API (401)</translation>
    </message>
    <message>
        <source>{host} refused access (403)</source>
        <translation>{host} recusou o acesso (403)</translation>
    </message>
    <message>
        <source>{host} says the account&apos;s quota is used up (429)</source>
        <translation>{host} informa que a cota da conta acabou (429)</translation>
    </message>
    <message>
        <source>Rate limited by {host}; retry in {wait}</source>
        <translation>{host} limitou a taxa de solicitações; nova tentativa em {wait}</translation>
    </message>
    <message>
        <source>Rate limited by {host}; try again later</source>
        <translation>{host} limitou a taxa de solicitações; tente novamente mais tarde</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host}, {status})</source>
        <translation>A conversa é longa demais para a janela de contexto do modelo ({host}, {status})</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host})</source>
        <translation>A conversa é longa demais para a janela de contexto do modelo ({host})</translation>
    </message>
    <message>
        <source>{host} does not know this model ({status})</source>
        <translation>{host} não conhece este modelo ({status})</translation>
    </message>
    <message>
        <source>{host} answered {status} {reason}</source>
        <translation>{host} respondeu {status} {reason}</translation>
    </message>
    <message>
        <source>{host} answered {status} {reason} (is the base URL right?)</source>
        <translation>{host} respondeu {status} {reason} (a URL base está correta?)</translation>
    </message>
    <message>
        <source>{host} reported an error in the stream</source>
        <translation>{host} relatou um erro no fluxo</translation>
    </message>
    <message>
        <source>{host} needs an API key ({label})</source>
        <translation>{host} precisa de uma chave de API ({label})</translation>
    </message>
    <message>
        <source>{host} rejected the API key ({label})</source>
        <translation>{host} rejeitou a chave de API ({label})</translation>
    </message>
    <message>
        <source>{host} refused access ({label})</source>
        <translation>{host} negou o acesso ({label})</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host}, {label})</source>
        <translation>A conversa é longa demais para a janela de contexto do modelo ({host}, {label})</translation>
    </message>
    <message>
        <source>{host} does not know this model ({label})</source>
        <translation>{host} não conhece este modelo ({label})</translation>
    </message>
    <message>
        <source>{host} answered {label} (is the base URL right?)</source>
        <translation>{host} respondeu {label} (a URL base está certa?)</translation>
    </message>
    <message>
        <source>{host} refused the request ({label})</source>
        <translation>{host} recusou a solicitação ({label})</translation>
    </message>
    <message>
        <source>{host} answered {label}</source>
        <translation>{host} respondeu {label}</translation>
    </message>
    <message>
        <source>{host} is overloaded and stopped the answer; try again in a moment</source>
        <translation>{host} está sobrecarregado e interrompeu a resposta; tente de novo em instantes</translation>
    </message>
    <message>
        <source>{host} is overloaded right now ({status}); try again in a moment</source>
        <translation>{host} está sobrecarregado agora ({status}); tente de novo em instantes</translation>
    </message>
    <message>
        <source>Claude declined to answer ({host} stopped the answer: refusal)</source>
        <translation>Claude se recusou a responder ({host} interrompeu a resposta: refusal)</translation>
    </message>
    <message>
        <source>Gemini&apos;s safety filters stopped the answer (SAFETY).</source>
        <translation>Os filtros de segurança do Gemini interromperam a resposta (SAFETY).</translation>
    </message>
    <message>
        <source>Gemini&apos;s safety filters stopped the image (IMAGE_SAFETY).</source>
        <translation>Os filtros de segurança do Gemini interromperam a imagem (IMAGE_SAFETY).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it was reciting existing text (recitation) (RECITATION).</source>
        <translation>O Gemini interrompeu a resposta porque ela recitava um texto existente (recitação) (RECITATION).</translation>
    </message>
    <message>
        <source>Gemini stopped the image because it resembled existing material (IMAGE_RECITATION).</source>
        <translation>O Gemini interrompeu a imagem porque ela se parecia com material existente (IMAGE_RECITATION).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it contained blocked terms (BLOCKLIST).</source>
        <translation>O Gemini interrompeu a resposta porque ela continha termos bloqueados (BLOCKLIST).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it may hold prohibited content (PROHIBITED_CONTENT).</source>
        <translation>O Gemini interrompeu a resposta porque ela pode conter conteúdo proibido (PROHIBITED_CONTENT).</translation>
    </message>
    <message>
        <source>Gemini stopped the image because it may hold prohibited content (IMAGE_PROHIBITED_CONTENT).</source>
        <translation>O Gemini interrompeu a imagem porque ela pode conter conteúdo proibido (IMAGE_PROHIBITED_CONTENT).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it may hold sensitive personal information (SPII).</source>
        <translation>O Gemini interrompeu a resposta porque ela pode conter informações pessoais sensíveis (SPII).</translation>
    </message>
    <message>
        <source>Gemini stopped: the model wrote a tool call that could not be read (MALFORMED_FUNCTION_CALL).</source>
        <translation>O Gemini parou: o modelo escreveu uma chamada de ferramenta que não pôde ser lida (MALFORMED_FUNCTION_CALL).</translation>
    </message>
    <message>
        <source>Gemini stopped: the model called a tool that was not offered (UNEXPECTED_TOOL_CALL).</source>
        <translation>O Gemini parou: o modelo chamou uma ferramenta que não foi oferecida (UNEXPECTED_TOOL_CALL).</translation>
    </message>
    <message>
        <source>Gemini stopped: the model made too many tool calls in a row (TOO_MANY_TOOL_CALLS).</source>
        <translation>O Gemini parou: o modelo fez chamadas de ferramentas demais seguidas (TOO_MANY_TOOL_CALLS).</translation>
    </message>
    <message>
        <source>Gemini stopped: a tool call was sent back without its thought signature (MISSING_THOUGHT_SIGNATURE).</source>
        <translation>O Gemini parou: uma chamada de ferramenta foi devolvida sem sua assinatura de raciocínio (MISSING_THOUGHT_SIGNATURE).</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt for safety reasons; rephrase it or start a new conversation (SAFETY)</source>
        <translation>O Gemini bloqueou o prompt por motivos de segurança; reformule-o ou comece uma nova conversa (SAFETY)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because it contains blocked terms; rephrase it or start a new conversation (BLOCKLIST)</source>
        <translation>O Gemini bloqueou o prompt porque ele contém termos bloqueados; reformule-o ou comece uma nova conversa (BLOCKLIST)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because it may hold prohibited content; rephrase it or start a new conversation (PROHIBITED_CONTENT)</source>
        <translation>O Gemini bloqueou o prompt porque ele pode conter conteúdo proibido; reformule-o ou comece uma nova conversa (PROHIBITED_CONTENT)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because of an image, for safety reasons; rephrase it or start a new conversation (IMAGE_SAFETY)</source>
        <translation>O Gemini bloqueou o prompt por causa de uma imagem, por motivos de segurança; reformule-o ou comece uma nova conversa (IMAGE_SAFETY)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt for an unspecified reason; rephrase it or start a new conversation (OTHER)</source>
        <translation>O Gemini bloqueou o prompt por um motivo não especificado; reformule-o ou comece uma nova conversa (OTHER)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt ({reason}); rephrase it or start a new conversation ({reason})</source>
        <translation>O Gemini bloqueou o prompt ({reason}); reformule-o ou comece uma nova conversa ({reason})</translation>
    </message>
    <message>
        <source>Gemini stopped: the conversation is in a language it does not support (LANGUAGE).</source>
        <translation>O Gemini parou: a conversa está em um idioma que ele não suporta (LANGUAGE).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer without saying why ({reason}).</source>
        <translation>O Gemini interrompeu a resposta sem dizer por quê ({reason}).</translation>
    </message>
    <message>
        <source>The answer reached its length limit (maxOutputTokens) and was cut off there.</source>
        <translation>A resposta atingiu o limite de tamanho (maxOutputTokens) e foi cortada ali.</translation>
    </message>
    <message>
        <source>The answer reached its length limit (max_tokens) and was cut off there.</source>
        <translation>A resposta atingiu o limite de tamanho (max_tokens) e foi cortada ali.</translation>
    </message>
    <message>
        <source>Claude declined to answer.</source>
        <translation>Claude se recusou a responder.</translation>
    </message>
    <message>
        <source>Claude paused a long-running turn; send it again to continue.</source>
        <translation>Claude pausou um turno longo; envie de novo para continuar.</translation>
    </message>
    <message>
        <source>The answer from {host} was cut off: the connection broke before it was complete</source>
        <translation>A resposta de {host} foi cortada: a conexão caiu antes de ela terminar</translation>
    </message>
    <message>
        <source>The answer from {host} was cut off: the stream ended before it was complete</source>
        <translation>A resposta de {host} foi cortada: o fluxo terminou antes de ela se completar</translation>
    </message>
    <message>
        <source>Could not connect to the proxy {proxy}</source>
        <translation>Não foi possível conectar ao proxy {proxy}</translation>
    </message>
    <message>
        <source>Secure connection to {host} failed</source>
        <translation>A conexão segura com {host} falhou</translation>
    </message>
    <message>
        <source>Could not find the server {host} (DNS lookup failed)</source>
        <translation>Não foi possível encontrar o servidor {host} (a consulta DNS falhou)</translation>
    </message>
    <message>
        <source>Could not connect to {host}: connection refused (is the server running?)</source>
        <translation>Não foi possível conectar a {host}: conexão recusada (o servidor está rodando?)</translation>
    </message>
    <message>
        <source>Could not connect to {host}</source>
        <translation>Não foi possível conectar a {host}</translation>
    </message>
    <message>
        <source>{host} closed the connection without answering</source>
        <translation>{host} fechou a conexão sem responder</translation>
    </message>
    <message>
        <source>The connection to {host} was reset</source>
        <translation>A conexão com {host} foi redefinida</translation>
    </message>
    <message>
        <source>Invalid server URL</source>
        <translation>URL do servidor inválida</translation>
    </message>
    <message>
        <source>{host} sent an invalid HTTP response</source>
        <translation>{host} enviou uma resposta HTTP inválida</translation>
    </message>
    <message>
        <source>Connection to {host} failed</source>
        <translation>A conexão com {host} falhou</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s connecting to {host}</source>
        <translation>Tempo esgotado após {seconds} s ao conectar a {host}</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s waiting for an answer from {host}</source>
        <translation>Tempo esgotado após {seconds} s esperando a resposta de {host}</translation>
    </message>
    <message>
        <source>{host} sent nothing for {seconds} s</source>
        <translation>{host} não enviou nada por {seconds} s</translation>
    </message>
    <message>
        <source>{host} sent nothing for {seconds} s; stopped waiting for the rest of the answer</source>
        <translation>{host} não enviou nada por {seconds} s; a espera pelo resto da resposta foi encerrada</translation>
    </message>
    <message>
        <source>{host} sent an empty answer; the conversation is probably longer than the model&apos;s context window</source>
        <translation>{host} enviou uma resposta vazia; a conversa provavelmente é maior que a janela de contexto do modelo</translation>
    </message>
    <message>
        <source>Stopped after {steps} rounds of tool calls (the limit per answer); the text so far is kept.</source>
        <translation>Parado após {steps} rodadas de chamadas de ferramentas (o limite por resposta); o texto até aqui foi mantido.</translation>
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
        <translation>Iniciando o servidor do modelo</translation>
    </message>
    <message>
        <source>Reading model file</source>
        <translation>Lendo o arquivo do modelo</translation>
    </message>
    <message>
        <source>Loading weights</source>
        <translation>Carregando os pesos</translation>
    </message>
    <message>
        <source>Creating context</source>
        <translation>Criando o contexto</translation>
    </message>
    <message>
        <source>Starting server</source>
        <translation>Iniciando o servidor</translation>
    </message>
    <message>
        <source>Model ready</source>
        <translation>Modelo pronto</translation>
    </message>
    <message>
        <source>The answer passed {limit} characters and was cut off there, to keep Ava responsive (the text so far is kept).</source>
        <translation>A resposta passou de {limit} caracteres e foi cortada ali para manter o Ava responsivo (o texto até aqui foi mantido).</translation>
    </message>
    <message>
        <source>The answer reached its length limit (max tokens) and stopped there; Continue asks for more.</source>
        <translation>A resposta atingiu o limite de tamanho (max tokens) e parou ali; Continuar pede mais.</translation>
    </message>
    <message>
        <source>Rate limited by {host}; retrying in {seconds} s (Esc cancels)</source>
        <translation>{host} limitou a taxa de solicitações; nova tentativa em {seconds} s (Esc cancela)</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Tentando novamente…</translation>
    </message>
    <message>
        <source>The attachment {name} is missing from the database, so this conversation cannot be sent as it is; edit the message to attach it again.</source>
        <translation>O anexo {name} não está no banco de dados, então esta conversa não pode ser enviada assim; edite a mensagem para anexá-lo de novo.</translation>
    </message>
    <message>
        <source>{model} cannot see images. Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} não consegue ver imagens. Escolha um modelo com visão ou edite a mensagem sem a imagem; sua mensagem foi mantida.</translation>
    </message>
    <message>
        <source>{model} ({where}) cannot see images. Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} ({where}) não consegue ver imagens. Escolha um modelo com visão ou edite a mensagem sem a imagem; sua mensagem foi mantida.</translation>
    </message>
    <message>
        <source>{model} does not accept images (the server said: {said}). Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} não aceita imagens (o servidor disse: {said}). Escolha um modelo com visão ou edite a mensagem sem a imagem; sua mensagem foi mantida.</translation>
    </message>
    <message>
        <source>Local models are not available in this run</source>
        <translation>Modelos locais não estão disponíveis nesta execução</translation>
    </message>
    <message>
        <source>There is no local model named {model}; choose one of: {names}</source>
        <translation>Não há modelo local chamado {model}; escolha um destes: {names}</translation>
    </message>
    <message>
        <source>There is no local model named {model}, and none is installed</source>
        <translation>Não há modelo local chamado {model}, e nenhum está instalado</translation>
    </message>
    <message>
        <source>This conversation is too long for the model&apos;s context ({tokens} tokens): start a new chat, or raise the context size in Chat → Local Model Options.</source>
        <translation>Esta conversa é longa demais para o contexto do modelo ({tokens} tokens): comece um novo chat ou aumente o tamanho do contexto em Chat → Opções do modelo local.</translation>
    </message>
    <message>
        <source>Could not load model {name}: the file is not there</source>
        <translation>Não foi possível carregar o modelo {name}: o arquivo não existe</translation>
    </message>
    <message>
        <source>Could not load model {name}: not a GGUF model file</source>
        <translation>Não foi possível carregar o modelo {name}: não é um arquivo de modelo GGUF</translation>
    </message>
    <message>
        <source>Could not load model {name}</source>
        <translation>Não foi possível carregar o modelo {name}</translation>
    </message>
    <message>
        <source>Could not load model {name}: the server exited with status {status}</source>
        <translation>Não foi possível carregar o modelo {name}: o servidor saiu com o status {status}</translation>
    </message>
    <message>
        <source>The local model server could not bind a loopback port</source>
        <translation>O servidor do modelo local não conseguiu usar uma porta de loopback</translation>
    </message>
    <message>
        <source>The local model server did not answer within {seconds} s (model {name})</source>
        <translation>O servidor do modelo local não respondeu em {seconds} s (modelo {name})</translation>
    </message>
    <message>
        <source>The local model server is not running</source>
        <translation>O servidor do modelo local não está em execução</translation>
    </message>
    <message>
        <source>{name}: the file is not there any more.</source>
        <translation>{name}: o arquivo não existe mais.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>{name} cannot be opened ({reason}).</source>
        <translation>Não é possível abrir {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>Não é possível ler {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a device, pipe or socket); it was not read.</source>
        <translation>{name} não é um arquivo comum (é um dispositivo, pipe ou socket); não foi lido.</translation>
    </message>
    <message>
        <source>{name} is {size}, over the {limit_size} limit for attachments.</source>
        <translation>{name} tem {size}, acima do limite de {limit_size} para anexos.</translation>
    </message>
    <message>
        <source>{name} grew past the {limit_size} limit for attachments.</source>
        <translation>{name} cresceu além do limite de {limit_size} para anexos.</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to send.</source>
        <translation>{name} está vazio: não há nada para enviar.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no text to send.</source>
        <translation>{name} está vazio: não há texto para enviar.</translation>
    </message>
    <message>
        <source>{name} is an image; attach it as an image.</source>
        <translation>{name} é uma imagem; anexe-a como imagem.</translation>
    </message>
    <message>
        <source>{name} is a {format} image; Ava attaches PNG, JPEG, WebP, GIF and BMP images (export it as PNG or JPEG).</source>
        <translation>{name} é uma imagem {format}; o Ava anexa imagens PNG, JPEG, WebP, GIF e BMP (exporte-a como PNG ou JPEG).</translation>
    </message>
    <message>
        <source>{name} is in the old Word (.doc) or Office format Ava cannot read; save it as .docx or PDF and attach that.</source>
        <translation>{name} está no formato antigo do Word (.doc) ou Office que o Ava não lê; salve-o como .docx ou PDF e anexe esse.</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive; Ava attaches text, code, PDF, Word (.docx) and image files, not archives.</source>
        <translation>{name} é um arquivo ZIP; o Ava anexa arquivos de texto, código, PDF, Word (.docx) e imagens, não arquivos compactados.</translation>
    </message>
    <message>
        <source>{name} starts like {encoding} text but is not valid in that encoding.</source>
        <translation>{name} começa como texto {encoding}, mas não é válido nessa codificação.</translation>
    </message>
    <message>
        <source>Conversation #{number} is malformed, so nothing was imported: {problem}</source>
        <translation>A conversa nº {number} está malformada, então nada foi importado: {problem}</translation>
    </message>
    <message>
        <source>Conversation #{number} “{title}” is malformed, so nothing was imported: {problem}</source>
        <translation>A conversa nº {number} “{title}” está malformada, então nada foi importado: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{name} is not UTF-8 text (%n byte(s) not valid UTF-8; it may be Latin-1 or Windows-1252). Save it as UTF-8 and attach it again.</source>
        <translation>
            <numerusform>{name} não é texto UTF-8 (%n byte não é UTF-8 válido; pode ser Latin-1 ou Windows-1252). Salve-o como UTF-8 e anexe de novo.</numerusform>
            <numerusform>{name} não é texto UTF-8 (%n bytes não são UTF-8 válido; pode ser Latin-1 ou Windows-1252). Salve-o como UTF-8 e anexe de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} holds binary data, not text (or text in UTF-16 without a byte-order mark); Ava attaches text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and image files.</source>
        <translation>{name} contém dados binários, não texto (ou texto UTF-16 sem marca de ordem de bytes); o Ava anexa arquivos de texto, Markdown, código, CSV, JSON, HTML, PDF, Word (.docx) e imagens.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n page(s); Ava reads at most {limit}. Split it, or attach the pages you need.</source>
        <translation>
            <numerusform>{name} tem %n página; o Ava lê no máximo {limit}. Divida o arquivo ou anexe só as páginas necessárias.</numerusform>
            <numerusform>{name} tem %n páginas; o Ava lê no máximo {limit}. Divida o arquivo ou anexe só as páginas necessárias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {name} took longer than {seconds} s (stopped at page {page} of {pages}); nothing was attached.</source>
        <translation>A leitura de {name} levou mais de {seconds} s (parou na página {page} de {pages}); nada foi anexado.</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF (its structure loops).</source>
        <translation>{name} é um PDF danificado (sua estrutura entra em loop).</translation>
    </message>
    <message>
        <source>{name} is damaged, or not a PDF Ava can read ({error}).</source>
        <translation>{name} está danificado ou não é um PDF que o Ava consiga ler ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>{name} has no text layer (%n page(s) of pictures, perhaps a scan); Ava cannot read text from images of pages, so nothing was attached.</source>
        <translation>
            <numerusform>{name} não tem camada de texto (%n página de imagens, talvez um escaneamento); o Ava não lê texto em imagens de páginas, então nada foi anexado.</numerusform>
            <numerusform>{name} não tem camada de texto (%n páginas de imagens, talvez um escaneamento); o Ava não lê texto em imagens de páginas, então nada foi anexado.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is protected by a password, so its text cannot be read; save a copy without the password and attach that.</source>
        <translation>{name} é protegido por senha, então o texto não pode ser lido; salve uma cópia sem a senha e anexe essa.</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file (bad ZIP).</source>
        <translation>{name} é um arquivo do Word danificado (ZIP inválido).</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive but not a Word document.</source>
        <translation>{name} é um arquivo ZIP, mas não um documento do Word.</translation>
    </message>
    <message>
        <source>{name} is not a Word file Ava can read ({error}).</source>
        <translation>{name} não é um arquivo do Word que o Ava consiga ler ({error}).</translation>
    </message>
    <message>
        <source>{name} has no text to send.</source>
        <translation>{name} não tem texto para enviar.</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not opened: it holds %n file(s) (a ZIP bomb, or far too big).</source>
        <translation>
            <numerusform>{name} não foi aberto: contém %n arquivo (uma bomba ZIP, ou grande demais).</numerusform>
            <numerusform>{name} não foi aberto: contém %n arquivos (uma bomba ZIP, ou grande demais).</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not opened: it would unpack to {size}, over the {limit_size} limit (a ZIP bomb, or far too big).</source>
        <translation>{name} não foi aberto: descompactado teria {size}, acima do limite de {limit_size} (uma bomba ZIP, ou grande demais).</translation>
    </message>
    <message>
        <source>The tools of {server} are unavailable: {why}</source>
        <translation>As ferramentas de {server} não estão disponíveis: {why}</translation>
    </message>
    <message>
        <source>{name} did not start within {seconds} s</source>
        <translation>{name} não iniciou em {seconds} s</translation>
    </message>
    <message>
        <source>{name} could not start</source>
        <translation>{name} não conseguiu iniciar</translation>
    </message>
    <message>
        <source>{name} stopped unexpectedly</source>
        <translation>{name} parou inesperadamente</translation>
    </message>
    <message>
        <source>{name}: {problem} (see mcp.json)</source>
        <translation>{name}: {problem} (veja mcp.json)</translation>
    </message>
    <message>
        <source>{why} (next try in {seconds} s)</source>
        <translation>{why} (próxima tentativa em {seconds} s)</translation>
    </message>
    <message>
        <source>{name} did not list its tools within {seconds} s</source>
        <translation>{name} não listou suas ferramentas em {seconds} s</translation>
    </message>
    <message>
        <source>{name} stopped while listing its tools</source>
        <translation>{name} parou enquanto listava suas ferramentas</translation>
    </message>
    <message>
        <source>{name} failed listing its tools</source>
        <translation>{name} falhou ao listar suas ferramentas</translation>
    </message>
    <message>
        <source>{name} was not opened: one part is compressed {ratio} to 1 (a ZIP bomb, or far too big).</source>
        <translation>{name} não foi aberto: uma parte está compactada {ratio} para 1 (uma bomba ZIP, ou grande demais).</translation>
    </message>
    <message>
        <source>{name}: cancelled.</source>
        <translation>{name}: cancelado.</translation>
    </message>
    <message>
        <source>Reading {name} took longer than {seconds} s and was stopped; nothing was attached.</source>
        <translation>A leitura de {name} levou mais de {seconds} s e foi interrompida; nada foi anexado.</translation>
    </message>
    <message>
        <source>Reading {name} needed more than {limit_size} of memory and was stopped; nothing was attached.</source>
        <translation>A leitura de {name} precisou de mais de {limit_size} de memória e foi interrompida; nada foi anexado.</translation>
    </message>
    <message>
        <source>{name} could not be read (the reader stopped, code {code}).</source>
        <translation>Não foi possível ler {name} (o leitor parou, código {code}).</translation>
    </message>
    <message>
        <source>This file is neither an Ava Desktop backup nor a ChatGPT export (conversations.json).</source>
        <translation>Este arquivo não é um backup do Ava Desktop nem uma exportação do ChatGPT (conversations.json).</translation>
    </message>
    <message>
        <source>The folder {name} has no conversations.json (is it an unpacked ChatGPT data export?).</source>
        <translation>A pasta {name} não tem conversations.json (é uma exportação de dados do ChatGPT descompactada?).</translation>
    </message>
    <message>
        <source>Cannot read {name} ({reason}).</source>
        <translation>Não é possível ler {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is too large to import.</source>
        <translation>{name} é grande demais para importar.</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size}).</source>
        <translation>{name} é grande demais para importar ({size}).</translation>
    </message>
    <message>
        <source>{name} is not a readable zip archive ({error}).</source>
        <translation>{name} não é um arquivo ZIP legível ({error}).</translation>
    </message>
    <message>
        <source>{name} does not contain a conversations.json (is it a ChatGPT data export?).</source>
        <translation>{name} não contém um conversations.json (é uma exportação de dados do ChatGPT?).</translation>
    </message>
    <message>
        <source>The conversations.json in {name} is too large to import.</source>
        <translation>O conversations.json em {name} é grande demais para importar.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, so it is not a JSON export.</source>
        <translation>{name} não é texto UTF-8, então não é uma exportação JSON.</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be an export.</source>
        <translation>{name} tem aninhamento profundo demais para ser uma exportação.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}).</source>
        <translation>{name} não é um JSON válido ({error}).</translation>
    </message>
    <message>
        <source>Import failed while saving ({error}); nothing was imported.</source>
        <translation>A importação falhou ao salvar ({error}); nada foi importado.</translation>
    </message>
    <message>
        <source>This Ava Desktop backup has no valid format version.</source>
        <translation>Este backup do Ava Desktop não tem uma versão de formato válida.</translation>
    </message>
    <message>
        <source>This backup was written by a newer Ava Desktop (format {version}, this version reads up to {supported}). Update to import it.</source>
        <translation>Este backup foi gravado por um Ava Desktop mais novo (formato {version}; esta versão lê até o {supported}). Atualize para importá-lo.</translation>
    </message>
    <message>
        <source>This Ava Desktop backup has no list of conversations.</source>
        <translation>Este backup do Ava Desktop não tem uma lista de conversas.</translation>
    </message>
    <message>
        <source>This Ava Desktop backup&apos;s attachments (“blobs”) are not an object.</source>
        <translation>Os anexos (“blobs”) deste backup do Ava Desktop não são um objeto.</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is malformed.</source>
        <translation>O anexo {sha}… deste backup está malformado.</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is not valid base64.</source>
        <translation>O anexo {sha}… deste backup não é base64 válido.</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is damaged: its bytes do not match their SHA-256 checksum, so they are not what was saved.</source>
        <translation>O anexo {sha}… deste backup está danificado: seus bytes não batem com a soma SHA-256, então não são o que foi salvo.</translation>
    </message>
    <message>
        <source>The conversation database {path} is damaged. The file was kept unchanged; move it aside (or restore a backup) to start with an empty history</source>
        <translation>O banco de dados de conversas {path} está danificado. O arquivo foi mantido sem alterações; mova-o para outro lugar (ou restaure um backup) para começar com um histórico vazio</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database (unexpected file header). The file was kept unchanged; move it aside (or restore a backup) to start with an empty history.</source>
        <translation>{path} não é um banco de dados SQLite (cabeçalho de arquivo inesperado). O arquivo foi mantido sem alterações; mova-o para outro lugar (ou restaure um backup) para começar com um histórico vazio.</translation>
    </message>
    <message>
        <source>The conversation database {path} failed its integrity check. The file was kept unchanged; move it aside (or restore a backup) to start with an empty history</source>
        <translation>O banco de dados de conversas {path} falhou na verificação de integridade. O arquivo foi mantido sem alterações; mova-o para outro lugar (ou restaure um backup) para começar com um histórico vazio</translation>
    </message>
    <message>
        <source>The conversation database {path} could not be checked. The file was kept unchanged; history is not saved meanwhile</source>
        <translation>Não foi possível verificar o banco de dados de conversas {path}. O arquivo foi mantido sem alterações; enquanto isso, o histórico não é salvo</translation>
    </message>
    <message>
        <source>The conversation database {path} is locked by another program</source>
        <translation>O banco de dados de conversas {path} está bloqueado por outro programa</translation>
    </message>
    <message>
        <source>The conversation database {path} is already in use by another Ava Desktop window (lock file {lock}). Close the other instance, or start this one with a different --data-dir.</source>
        <translation>O banco de dados de conversas {path} já está em uso por outra janela do Ava Desktop (arquivo de bloqueio {lock}). Feche a outra instância ou inicie esta com outro --data-dir.</translation>
    </message>
    <message>
        <source>The conversation database {path} was written by a newer Ava Desktop (schema version {version}; this version knows up to {supported}). The file was kept unchanged; update Ava Desktop to open it.</source>
        <translation>O banco de dados de conversas {path} foi gravado por um Ava Desktop mais novo (versão de esquema {version}; esta versão conhece até a {supported}). O arquivo foi mantido sem alterações; atualize o Ava Desktop para abri-lo.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of {path} before upgrading it. The file was kept unchanged; free some disk space and start again</source>
        <translation>Não é possível manter uma cópia de {path} antes de atualizá-lo. O arquivo foi mantido sem alterações; libere espaço em disco e inicie de novo</translation>
    </message>
    <message>
        <source>Cannot use the conversation database {path}</source>
        <translation>Não é possível usar o banco de dados de conversas {path}</translation>
    </message>
    <message>
        <source>{path} exists but is not a file</source>
        <translation>{path} existe, mas não é um arquivo</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>A URL base</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>A URL do proxy</translation>
    </message>
    <message>
        <source>{what} must be text.</source>
        <translation>{what} deve ser texto.</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what} está vazia.</translation>
    </message>
    <message>
        <source>{what} must not contain spaces or control characters.</source>
        <translation>{what} não deve conter espaços nem caracteres de controle.</translation>
    </message>
    <message>
        <source>{what} must start with one of: {schemes}.</source>
        <translation>{what} deve começar com um destes: {schemes}.</translation>
    </message>
    <message>
        <source>{what} has no host name.</source>
        <translation>{what} não tem nome de host.</translation>
    </message>
    <message>
        <source>{what} has an invalid port.</source>
        <translation>{what} tem uma porta inválida.</translation>
    </message>
    <message>
        <source>{what} must not contain a user name or password; use the API key.</source>
        <translation>{what} não deve conter usuário nem senha; use a chave de API.</translation>
    </message>
    <message>
        <source>Header names and values must be text.</source>
        <translation>Nomes e valores de cabeçalho devem ser texto.</translation>
    </message>
    <message>
        <source>Header name {name} is not a valid HTTP header name.</source>
        <translation>O nome de cabeçalho {name} não é um nome de cabeçalho HTTP válido.</translation>
    </message>
    <message>
        <source>Header {name}: value must not contain line breaks.</source>
        <translation>Cabeçalho {name}: o valor não deve conter quebras de linha.</translation>
    </message>
    <message>
        <source>Header {name} carries a secret and would be saved in plain text; put the key in the API key field instead.</source>
        <translation>O cabeçalho {name} carrega um segredo e seria salvo em texto puro; coloque a chave no campo de chave de API.</translation>
    </message>
    <message>
        <source>No system keychain found; keys will be kept for this session only.</source>
        <translation>Nenhum chaveiro do sistema encontrado; as chaves serão mantidas só nesta sessão.</translation>
    </message>
    <message>
        <source>The system keychain could not store the key ({reason}); it will be kept for this session only.</source>
        <translation>O chaveiro do sistema não conseguiu guardar a chave ({reason}); ela será mantida só nesta sessão.</translation>
    </message>
    <message>
        <source>The API key for {endpoint} was entered for {key_host}; the endpoint now points at {host}, so the key is not sent there. Enter the key again in Settings if this server should have it.</source>
        <translation>A chave de API de {endpoint} foi informada para {key_host}; o endpoint agora aponta para {host}, então a chave não é enviada para lá. Informe a chave de novo nas Configurações se este servidor deve recebê-la.</translation>
    </message>
    <message>
        <source>The model&apos;s tokenizer did not answer; estimated instead</source>
        <translation>O tokenizador do modelo não respondeu; estimado no lugar</translation>
    </message>
    <message>
        <source>{host} sent a malformed line in the stream</source>
        <translation>{host} enviou uma linha malformada no fluxo</translation>
    </message>
    <message>
        <source>{host} sent data that is not a JSON object</source>
        <translation>{host} enviou dados que não são um objeto JSON</translation>
    </message>
    <message>
        <source>{host} sent a chunk with unexpected choices</source>
        <translation>{host} enviou um trecho com choices inesperados</translation>
    </message>
    <message>
        <source>{host} sent a chunk with an unexpected delta</source>
        <translation>{host} enviou um trecho com um delta inesperado</translation>
    </message>
    <message>
        <source>{host} sent JSON that is not a chat completion chunk</source>
        <translation>{host} enviou JSON que não é um trecho de resposta de chat</translation>
    </message>
    <message>
        <source>{host} sent a chunk with unexpected content</source>
        <translation>{host} enviou um trecho com conteúdo inesperado</translation>
    </message>
    <message>
        <source>{host} sent a content block without an index</source>
        <translation>{host} enviou um bloco de conteúdo sem índice</translation>
    </message>
    <message>
        <source>{host} sent a content block delta without a delta</source>
        <translation>{host} enviou um delta de bloco de conteúdo sem delta</translation>
    </message>
    <message>
        <source>{host} sent a delta for a block that never started</source>
        <translation>{host} enviou um delta para um bloco que nunca começou</translation>
    </message>
    <message>
        <source>{host} sent a tool call over {limit} characters</source>
        <translation>{host} enviou uma chamada de ferramenta com mais de {limit} caracteres</translation>
    </message>
    <message>
        <source>{host} sent an error it did not describe</source>
        <translation>{host} enviou um erro sem descrevê-lo</translation>
    </message>
    <message>
        <source>{host} sent a chunk that could not be understood</source>
        <translation>{host} enviou um trecho que não pôde ser entendido</translation>
    </message>
    <message>
        <source>{host} answered with one JSON reply instead of an event stream (does it support streaming?)</source>
        <translation>{host} respondeu com uma única resposta JSON em vez de um fluxo de eventos (ele suporta streaming?)</translation>
    </message>
    <message>
        <source>{host} did not answer with an event stream (got {mime})</source>
        <translation>{host} não respondeu com um fluxo de eventos (recebido: {mime})</translation>
    </message>
    <message>
        <source>{host} did not answer with an event stream (got {mime}); is the server URL right?</source>
        <translation>{host} não respondeu com um fluxo de eventos (recebido: {mime}); a URL do servidor está certa?</translation>
    </message>
    <message>
        <source>{host} did not answer the model list with JSON</source>
        <translation>{host} não respondeu à lista de modelos com JSON</translation>
    </message>
    <message>
        <source>{host} answered the model list with unexpected JSON</source>
        <translation>{host} respondeu à lista de modelos com um JSON inesperado</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s listing the models of {host}</source>
        <translation>Tempo esgotado após {seconds} s ao listar os modelos de {host}</translation>
    </message>
    <message>
        <source>Claude cannot read {mime} images (only JPEG, PNG, GIF, WebP)</source>
        <translation>O Claude não consegue ler imagens {mime} (apenas JPEG, PNG, GIF e WebP)</translation>
    </message>
    <message>
        <source>Could not build the request for {provider}</source>
        <translation>Não foi possível montar a solicitação para {provider}</translation>
    </message>
    <message>
        <source>Could not encode the request for {host}</source>
        <translation>Não foi possível codificar a solicitação para {host}</translation>
    </message>
    <message>
        <source>Unsupported proxy {proxy}: only http:// and https:// proxies are supported</source>
        <translation>Proxy não suportado {proxy}: apenas proxies http:// e https:// são suportados</translation>
    </message>
    <message>
        <source>Cannot create the folder for {path}</source>
        <translation>Não é possível criar a pasta para {path}</translation>
    </message>
    <message>
        <source>Cannot create the lock file {lock}</source>
        <translation>Não é possível criar o arquivo de bloqueio {lock}</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>a entrada não é um objeto JSON</translation>
    </message>
    <message>
        <source>{key} is not a string</source>
        <translation>{key} não é uma string</translation>
    </message>
    <message>
        <source>&apos;args&apos; is not a list of strings</source>
        <translation>&apos;args&apos; não é uma lista de strings</translation>
    </message>
    <message>
        <source>&apos;url&apos; must start with http:// or https://</source>
        <translation>&apos;url&apos; deve começar com http:// ou https://</translation>
    </message>
    <message>
        <source>it has neither a &apos;command&apos; nor a &apos;url&apos;</source>
        <translation>não tem nem &apos;command&apos; nem &apos;url&apos;</translation>
    </message>
    <message>
        <source>&apos;timeout&apos; must be a number of seconds up to {limit}</source>
        <translation>&apos;timeout&apos; deve ser um número de segundos até {limit}</translation>
    </message>
    <message>
        <source>{key} is not an object</source>
        <translation>{key} não é um objeto</translation>
    </message>
    <message>
        <source>&apos;mcpServers&apos; in mcp.json is not an object; it is kept as it is</source>
        <translation>&apos;mcpServers&apos; em mcp.json não é um objeto; foi mantido como está</translation>
    </message>
    <message>
        <source>MCP server {name} cannot be used: {problem}</source>
        <translation>O servidor MCP {name} não pode ser usado: {problem}</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}); no MCP servers are started for now.</source>
        <translation>Não foi possível ler {path} ({reason}); nenhum servidor MCP é iniciado por enquanto.</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it was kept as {backup} and no MCP servers are configured.</source>
        <translation>{path} está danificado ({error}); foi guardado como {backup} e nenhum servidor MCP está configurado.</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it could not be moved aside and no MCP servers are configured.</source>
        <translation>{path} está danificado ({error}); não foi possível movê-lo e nenhum servidor MCP está configurado.</translation>
    </message>
    <message>
        <source>Claude Desktop&apos;s configuration was not found at {path}</source>
        <translation>A configuração do Claude Desktop não foi encontrada em {path}</translation>
    </message>
    <message>
        <source>Claude Desktop&apos;s configuration {path} could not be read</source>
        <translation>Não foi possível ler a configuração do Claude Desktop {path}</translation>
    </message>
    <message>
        <source>{path} lists no MCP servers</source>
        <translation>{path} não lista servidores MCP</translation>
    </message>
    <message>
        <source>{name} is already configured; it was left as it is</source>
        <translation>{name} já está configurado; foi mantido como estava</translation>
    </message>
    <message>
        <source>{name} was imported but cannot be used: {problem}</source>
        <translation>{name} foi importado, mas não pode ser usado: {problem}</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}); default settings are used for now.</source>
        <translation>Não foi possível ler o arquivo de configurações {path} ({reason}); as configurações padrão serão usadas por enquanto.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it was kept as {backup} and default settings are used.</source>
        <translation>O arquivo de configurações {path} está danificado ({error}); ele foi guardado como {backup} e as configurações padrão são usadas.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it could not be backed up and default settings are used.</source>
        <translation>O arquivo de configurações {path} está danificado ({error}); não foi possível fazer uma cópia e as configurações padrão são usadas.</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}; using {default}.</source>
        <translation>Configuração {key}: {problem}; usando {default}.</translation>
    </message>
    <message>
        <source>expected {kind}, found {found}</source>
        <translation>esperava-se {kind}, encontrado {found}</translation>
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
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>Setting {key}: invalid value; dropped.</source>
        <translation>Configuração {key}: valor inválido; descartada.</translation>
    </message>
    <message>
        <source>Setting {key}: not an object; dropped.</source>
        <translation>Configuração {key}: não é um objeto; descartada.</translation>
    </message>
    <message>
        <source>Setting {key}: missing or not text; endpoint dropped.</source>
        <translation>Configuração {key}: ausente ou não é texto; endpoint descartado.</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}. The endpoint was disabled.</source>
        <translation>Configuração {key}: {problem}. O endpoint foi desativado.</translation>
    </message>
    <message>
        <source>Setting {key}: duplicate id; a new one was given.</source>
        <translation>Configuração {key}: id duplicado; um novo foi atribuído.</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}; dropped.</source>
        <translation>Configuração {key}: {problem}; descartada.</translation>
    </message>
    <message>
        <source>value must be text</source>
        <translation>o valor deve ser texto</translation>
    </message>
    <message>
        <source>Setting {key}: not an object; ignored.</source>
        <translation>Configuração {key}: não é um objeto; ignorada.</translation>
    </message>
    <message>
        <source>Setting {key}: ignored.</source>
        <translation>Configuração {key}: ignorada.</translation>
    </message>
    <message>
        <source>Setting {key}: needs a name and a text; dropped.</source>
        <translation>Configuração {key}: precisa de um nome e um texto; descartada.</translation>
    </message>
    <message>
        <source>Setting {key}: expected &quot;target/model&quot;: {low}..{high} tokens; ignored.</source>
        <translation>Configuração {key}: esperava-se &quot;target/model&quot;: {low}..{high} tokens; ignorada.</translation>
    </message>
    <message>
        <source>Language must be &quot;system&quot; or a code like &quot;ru&quot;, not {code}.</source>
        <translation>O idioma deve ser &quot;system&quot; ou um código como &quot;ru&quot;, não {code}.</translation>
    </message>
    <message>
        <source>Two endpoints have the same id.</source>
        <translation>Dois endpoints têm o mesmo id.</translation>
    </message>
    <message>
        <source>Theme must be one of {names}.</source>
        <translation>O tema deve ser um destes: {names}.</translation>
    </message>
    <message>
        <source>Model titles must be one of {names}.</source>
        <translation>Os títulos pelo modelo devem ser um destes: {names}.</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Tamanho da fonte</translation>
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
        <translation>Máximo de etapas de ferramentas</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}.</source>
        <translation>{what} deve estar entre {low} e {high}.</translation>
    </message>
    <message>
        <source>must be one of {names}</source>
        <translation>deve ser um destes: {names}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>deve estar entre {low} e {high}</translation>
    </message>
    <message>
        <source>is not a folder path</source>
        <translation>não é um caminho de pasta</translation>
    </message>
    <message>
        <source>is not base64</source>
        <translation>não é base64</translation>
    </message>
    <message>
        <source>Local model option {name} for {path} is not valid.</source>
        <translation>A opção de modelo local {name} para {path} não é válida.</translation>
    </message>
    <message>
        <source>The {name} is not base64.</source>
        <translation>{name} não é base64.</translation>
    </message>
    <message>
        <source>{field} should be text, not {type}</source>
        <translation>{field} deveria ser texto, não {type}</translation>
    </message>
    <message>
        <source>{field} should be a number, not {type}</source>
        <translation>{field} deveria ser um número, não {type}</translation>
    </message>
    <message>
        <source>{field} is out of range</source>
        <translation>{field} está fora do intervalo</translation>
    </message>
    <message>
        <source>{field} should be an object, not {type}</source>
        <translation>{field} deveria ser um objeto, não {type}</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <source>messages should be a list</source>
        <translation>messages deveria ser uma lista</translation>
    </message>
    <message>
        <source>a message is not an object</source>
        <translation>uma mensagem não é um objeto</translation>
    </message>
    <message>
        <source>unknown message role {role}</source>
        <translation>papel de mensagem desconhecido {role}</translation>
    </message>
    <message>
        <source>a message&apos;s content is not text</source>
        <translation>o conteúdo de uma mensagem não é texto</translation>
    </message>
    <message>
        <source>unknown message state {state}</source>
        <translation>estado de mensagem desconhecido {state}</translation>
    </message>
    <message>
        <source>{field} should be a message id (a number)</source>
        <translation>{field} deveria ser um id de mensagem (um número)</translation>
    </message>
    <message>
        <source>message id {id} appears twice</source>
        <translation>o id de mensagem {id} aparece duas vezes</translation>
    </message>
    <message>
        <source>message {id} follows message {parent}, which is not before it in the file</source>
        <translation>a mensagem {id} segue a mensagem {parent}, que não está antes dela no arquivo</translation>
    </message>
    <message>
        <source>message {id} shows {child}, which is not its reply</source>
        <translation>a mensagem {id} mostra {child}, que não é sua resposta</translation>
    </message>
    <message>
        <source>active_root {root} is not a first message</source>
        <translation>active_root {root} não é uma primeira mensagem</translation>
    </message>
    <message>
        <source>a message&apos;s parts should be a list</source>
        <translation>as partes de uma mensagem deveriam ser uma lista</translation>
    </message>
    <message>
        <source>a message part is not an object with a kind</source>
        <translation>uma parte de mensagem não é um objeto com kind</translation>
    </message>
    <message>
        <source>an attachment&apos;s sha256 is not a SHA-256 checksum</source>
        <translation>o sha256 de um anexo não é uma soma SHA-256</translation>
    </message>
    <message>
        <source>it has no &apos;mapping&apos; of messages</source>
        <translation>não tem um &apos;mapping&apos; de mensagens</translation>
    </message>
    <message>
        <source>a mapping entry is not an object</source>
        <translation>uma entrada de mapping não é um objeto</translation>
    </message>
    <message>
        <source>a &apos;parent&apos; link is not a node id</source>
        <translation>um link &apos;parent&apos; não é um id de nó</translation>
    </message>
    <message>
        <source>the reply tree points to a missing node {node}</source>
        <translation>a árvore de respostas aponta para um nó ausente {node}</translation>
    </message>
    <message>
        <source>its reply tree has a cycle</source>
        <translation>sua árvore de respostas tem um ciclo</translation>
    </message>
    <message>
        <source>&apos;current_node&apos; does not name a message in the mapping</source>
        <translation>&apos;current_node&apos; não indica uma mensagem do mapping</translation>
    </message>
    <message>
        <source>a node&apos;s &apos;message&apos; is not an object</source>
        <translation>a &apos;message&apos; de um nó não é um objeto</translation>
    </message>
    <message>
        <source>a text message has no list of &apos;parts&apos;</source>
        <translation>uma mensagem de texto não tem uma lista de &apos;parts&apos;</translation>
    </message>
</context>
<context>
    <name>ModelSelector</name>
    <message>
        <source>Provider or endpoint</source>
        <translation>Provedor ou servidor</translation>
    </message>
    <message>
        <source>No provider chosen</source>
        <translation>Nenhum provedor escolhido</translation>
    </message>
    <message>
        <source>Model (pick one or type a name)</source>
        <translation>Modelo (escolha um ou digite um nome)</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>{name} (offline)</source>
        <translation>{name} (offline)</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers.</source>
        <translation>{name} está offline: o serviço não responde mais.</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>loading models…</source>
        <translation>carregando modelos…</translation>
    </message>
    <message>
        <source>models unavailable</source>
        <translation>modelos indisponíveis</translation>
    </message>
</context>
<context>
    <name>ParamsDialog</name>
    <message>
        <source>Default (from Settings)</source>
        <translation>Padrão (das configurações)</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Configurações da conversa</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>Sem prompt de sistema</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>&amp;Prompt preset:</source>
        <translation>&amp;Predefinição de prompt:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>Prompt de &amp;sistema:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>T&amp;emperatura:</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>&amp;Máx. de tokens:</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
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
        <translation>Você</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
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
        <translation>Imprimindo…</translation>
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
        <translation>Padrão</translation>
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
        <translation>Tradutor</translation>
    </message>
</context>
<context>
    <name>RowDelegate</name>
    <message>
        <source>New title</source>
        <translation>Novo título</translation>
    </message>
</context>
<context>
    <name>SendStopButton</name>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Parar a resposta (Esc)</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Enter)</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Parar a resposta</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar a mensagem</translation>
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
        <translation>Uma chamada de ferramenta aguarda sua aprovação em outra aba.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>&amp;Servidores</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Geral</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Salvar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>an endpoint</source>
        <translation>um servidor</translation>
    </message>
    <message>
        <source>Not saved: fix {name} first.</source>
        <translation>Não salvo: corrija {name} primeiro.</translation>
    </message>
    <message>
        <source>Not saved: fix the highlighted settings first.</source>
        <translation>Não salvo: corrija primeiro as configurações destacadas.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <translation>Não foi possível salvar as configurações: {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Message box</source>
        <translation>Caixa de mensagem</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nova linha</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Buttons of the chosen message, then its links</source>
        <translation>Botões da mensagem escolhida, depois seus links</translation>
    </message>
    <message>
        <source>Press the focused button or link</source>
        <translation>Acionar o botão ou link em foco</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barra de localização</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Próxima / anterior ocorrência</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barra lateral</translation>
    </message>
    <message>
        <source>Open in this tab</source>
        <translation>Abrir nesta aba</translation>
    </message>
    <message>
        <source>Open in a new tab</source>
        <translation>Abrir em uma nova aba</translation>
    </message>
    <message>
        <source>Ctrl+Enter, middle click</source>
        <translation>Ctrl+Enter, clique do meio</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Delete (with undo)</source>
        <translation>Excluir (com desfazer)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Desfazer exclusão</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Mais ações</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Tecla de menu, Shift+F10</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Abas</translation>
    </message>
    <message>
        <source>double click</source>
        <translation>clique duplo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>middle click</source>
        <translation>clique do meio</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atalhos</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
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
        <translation>Conversas</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Novo chat</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Lista de conversas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Could not delete: {exc}</source>
        <translation>Não foi possível excluir: {exc}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada para desfazer</translation>
    </message>
    <message>
        <source>Could not rename: {exc}</source>
        <translation>Não foi possível renomear: {exc}</translation>
    </message>
    <message>
        <source>Could not pin: {exc}</source>
        <translation>Não foi possível fixar: {exc}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open in New Tab	Ctrl+Enter</source>
        <translation>Abrir em nova aba	Ctrl+Enter</translation>
    </message>
    <message>
        <source>Rename	F2</source>
        <translation>Renomear	F2</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desafixar</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixar</translation>
    </message>
    <message>
        <source>Delete	Del</source>
        <translation>Excluir	Del</translation>
    </message>
    <message>
        <source>Undo Delete	Ctrl+Z</source>
        <translation>Desfazer exclusão	Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>SidebarGroups</name>
    <message>
        <source>Pinned</source>
        <translation>Fixadas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Últimos 7 dias</translation>
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
        <translation>Ação do aviso</translation>
    </message>
</context>
<context>
    <name>ToolLines</name>
    <message>
        <source>waiting for you</source>
        <translation>aguardando você</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>em execução…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>negado</translation>
    </message>
    <message numerus="yes">
        <source>({count} character(s) in all)</source>
        <translation>
            <numerusform>({count} caractere no total)</numerusform>
            <numerusform>({count} caracteres no total)</numerusform>
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
        <translation>Ferramentas</translation>
    </message>
    <message>
        <source>The tools this conversation may offer the model</source>
        <translation>As ferramentas que esta conversa pode oferecer ao modelo</translation>
    </message>
    <message>
        <source>Tools for this conversation</source>
        <translation>Ferramentas desta conversa</translation>
    </message>
    <message>
        <source>Tools (some off)</source>
        <translation>Ferramentas (algumas desligadas)</translation>
    </message>
    <message>
        <source>    {tool}</source>
        <translation>    {tool}</translation>
    </message>
    <message>
        <source>No MCP servers are on</source>
        <translation>Nenhum servidor MCP ligado</translation>
    </message>
    <message>
        <source>Manage Tools…</source>
        <translation>Gerenciar ferramentas…</translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <source>This is not valid JSON: {exc}</source>
        <translation>Isto não é um JSON válido: {exc}</translation>
    </message>
    <message>
        <source>Paste a JSON object (the mcpServers snippet of the server&apos;s README).</source>
        <translation>Cole um objeto JSON (o trecho mcpServers do README do servidor).</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Dê um nome ao servidor.</translation>
    </message>
    <message>
        <source>No server found in the snippet.</source>
        <translation>Nenhum servidor encontrado no trecho.</translation>
    </message>
    <message>
        <source>Tools (MCP servers)</source>
        <translation>Ferramentas (servidores MCP)</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Servidores MCP</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Log do servidor</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Desligar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Revoke Always Allow</source>
        <translation>Revogar “Sempre permitir”</translation>
    </message>
    <message>
        <source>Import from Claude Desktop</source>
        <translation>Importar do Claude Desktop</translation>
    </message>
    <message>
        <source>Tool steps per answer:</source>
        <translation>Etapas de ferramentas por resposta:</translation>
    </message>
    <message>
        <source>How many times the model may call tools before it must answer</source>
        <translation>Quantas vezes o modelo pode chamar ferramentas antes de ter de responder</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (desligado)</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>É preciso entrar</translation>
    </message>
    <message>
        <source>No MCP servers yet. Add one by pasting the mcpServers snippet from its README, or import Claude Desktop&apos;s.</source>
        <translation>Ainda não há servidores MCP. Adicione um colando o trecho mcpServers do README dele ou importe os do Claude Desktop.</translation>
    </message>
    <message>
        <source>not listed yet</source>
        <translation>ainda não listadas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Estado: {state}</translation>
    </message>
    <message>
        <source>Timeout: {seconds} s</source>
        <translation>Tempo limite: {seconds} s</translation>
    </message>
    <message>
        <source>Tools: {tools}</source>
        <translation>Ferramentas: {tools}</translation>
    </message>
    <message>
        <source>Always allowed: {tools}</source>
        <translation>Sempre permitidas: {tools}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Último erro: {error}</translation>
    </message>
    <message>
        <source>Turn On</source>
        <translation>Ligar</translation>
    </message>
    <message>
        <source>Could not save mcp.json: {exc}</source>
        <translation>Não foi possível salvar mcp.json: {exc}</translation>
    </message>
    <message>
        <source>Add MCP Server</source>
        <translation>Adicionar servidor MCP</translation>
    </message>
    <message>
        <source>Paste the server&apos;s mcpServers snippet (JSON):</source>
        <translation>Cole o trecho mcpServers do servidor (JSON):</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>The entry of {name} (JSON):</source>
        <translation>A entrada de {name} (JSON):</translation>
    </message>
    <message>
        <source>Saved {names}.</source>
        <translation>Salvo: {names}.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} removido.</translation>
    </message>
    <message>
        <source>{name} did not start: {exc}</source>
        <translation>{name} não iniciou: {exc}</translation>
    </message>
    <message>
        <source>{name}&apos;s tools ask again before each call.</source>
        <translation>As ferramentas de {name} voltam a perguntar antes de cada chamada.</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importado</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nada para importar.</translation>
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
        <translation>raciocínio</translation>
    </message>
    <message>
        <source>▸ Show</source>
        <translation>▸ Mostrar</translation>
    </message>
    <message>
        <source>thought process ({words} words)</source>
        <translation>raciocínio (palavras: {words})</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>version {index}/{count}</source>
        <translation>versão {index}/{count}</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <source>first token {seconds} s</source>
        <translation>primeiro token em {seconds} s</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompida</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>Mostrar %n mensagem anterior</numerusform>
            <numerusform>Mostrar %n mensagens anteriores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>{provider} does not take %n option(s): {options}</source>
        <translation>
            <numerusform>{provider} não aceita %n opção: {options}</numerusform>
            <numerusform>{provider} não aceita %n opções: {options}</numerusform>
        </translation>
    </message>
</context>
</TS>
