<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Ava Desktop</source>
        <translation>À propos d’Ava Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ava Desktop {version}&lt;/h2&gt;&lt;p&gt;A desktop chat client for large language models.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ava Desktop {version}&lt;/h2&gt;&lt;p&gt;Un client de discussion de bureau pour les grands modèles de langage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Journaux :</translation>
    </message>
    <message>
        <source>Open the logs folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation>&amp;Rouvrir l’onglet fermé</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>&amp;Fermer l’onglet</translation>
    </message>
    <message>
        <source>&amp;Conversations and Search…</source>
        <translation>&amp;Conversations et recherche…</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>&amp;Exporter la conversation…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Export &amp;All (Backup)…</source>
        <translation>Exporter &amp;tout (sauvegarde)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Copy &amp;Last Answer</source>
        <translation>Copier la &amp;dernière réponse</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation…</source>
        <translation>&amp;Rechercher dans la conversation…</translation>
    </message>
    <message>
        <source>Copy &amp;Conversation as Markdown</source>
        <translation>Copier la &amp;conversation en Markdown</translation>
    </message>
    <message>
        <source>Conversation &amp;Sidebar</source>
        <translation>&amp;Panneau latéral des conversations</translation>
    </message>
    <message>
        <source>Search in the S&amp;idebar</source>
        <translation>Rechercher dans le panneau &amp;latéral</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>Taille de texte par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Regenerate Answer</source>
        <translation>&amp;Régénérer la réponse</translation>
    </message>
    <message>
        <source>&amp;Edit Last Message</source>
        <translation>&amp;Modifier le dernier message</translation>
    </message>
    <message>
        <source>Previous &amp;Version of the Answer</source>
        <translation>&amp;Version précédente de la réponse</translation>
    </message>
    <message>
        <source>Next Ve&amp;rsion of the Answer</source>
        <translation>Ve&amp;rsion suivante de la réponse</translation>
    </message>
    <message>
        <source>Select Previous Messa&amp;ge</source>
        <translation>Sélectionner le message &amp;précédent</translation>
    </message>
    <message>
        <source>Select &amp;Next Message</source>
        <translation>Sélectionner le message &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Tools (MCP Servers)…</source>
        <translation>&amp;Outils (serveurs MCP)…</translation>
    </message>
    <message>
        <source>&amp;Find Local Servers</source>
        <translation>&amp;Trouver les serveurs locaux</translation>
    </message>
    <message>
        <source>Add &amp;Local Model File…</source>
        <translation>Ajouter un fichier de modèle &amp;local…</translation>
    </message>
    <message>
        <source>Local &amp;Model Options…</source>
        <translation>Options du &amp;modèle local…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Ava Desktop</source>
        <translation>À &amp;propos d’Ava Desktop</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>API key not sent</source>
        <extracomment>One per app: the per-model corrections learned from reported usage are shared.</extracomment>
        <translation>Clé d’API non envoyée</translation>
    </message>
    <message>
        <source>The settings could not be saved to {path} ({reason}).</source>
        <translation>Impossible d’enregistrer les paramètres dans {path} ({reason}).</translation>
    </message>
    <message>
        <source>The settings could not be saved ({reason}).</source>
        <translation>Impossible d’enregistrer les paramètres ({reason}).</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>They are kept while Ava runs and saved again with the next change.</source>
        <translation>Ils restent actifs tant qu’Ava fonctionne et seront de nouveau enregistrés à la prochaine modification.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The MCP server {name} needs you to sign in: Chat → Tools…, select it, then Sign In.</source>
        <translation>Le serveur MCP {name} demande de vous connecter : Discussion → Outils…, sélectionnez-le, puis Se connecter.</translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <source>Tool call waiting for approval</source>
        <translation>Appel d’outil en attente d’autorisation</translation>
    </message>
    <message>
        <source>Arguments of the tool call</source>
        <translation>Arguments de l’appel d’outil</translation>
    </message>
    <message>
        <source>Allow once (Enter)</source>
        <translation>Autoriser une fois (Entrée)</translation>
    </message>
    <message>
        <source>Always allow this tool</source>
        <translation>Toujours autoriser cet outil</translation>
    </message>
    <message>
        <source>Deny (Esc)</source>
        <translation>Refuser (Échap)</translation>
    </message>
    <message numerus="yes">
        <source> (%n more waiting)</source>
        <translation>
            <numerusform> (%n autre en attente)</numerusform>
            <numerusform> (%n autres en attente)</numerusform>
        </translation>
    </message>
    <message>
        <source>The model wants to run {tool} from the {server} server{more}. Allow it?</source>
        <translation>Le modèle veut exécuter {tool} du serveur {server}{more}. L’autoriser ?</translation>
    </message>
    <message>
        <source>({count} characters in all)</source>
        <translation>({count} caractères au total)</translation>
    </message>
</context>
<context>
    <name>AttachButton</name>
    <message>
        <source>Attach files or images ({shortcut})</source>
        <translation>Joindre des fichiers ou des images ({shortcut})</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Images and documents</source>
        <translation>Images et documents</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Non joint</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>non joint</translation>
    </message>
    <message>
        <source>Attachment {name}, {state}</source>
        <translation>Pièce jointe {name}, {state}</translation>
    </message>
    <message>
        <source>Delete or Backspace removes it</source>
        <translation>Suppr ou Retour arrière la retire</translation>
    </message>
</context>
<context>
    <name>AttachmentProcessor</name>
    <message>
        <source>{name} could not be attached ({error}).</source>
        <translation>Impossible de joindre {name} ({error}).</translation>
    </message>
    <message>
        <source>{name}: cancelled.</source>
        <translation>{name} : annulé.</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>{name} is cut off ({why}); attach a complete copy.</source>
        <translation>{name} est tronqué ({why}) ; joignez une copie complète.</translation>
    </message>
    <message>
        <source>{name} is not an image Ava can read (PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>{name} n’est pas une image qu’Ava sait lire (PNG, JPEG, WebP, GIF, BMP).</translation>
    </message>
    <message>
        <source>{name} does not say how large it is; it is damaged or not an image.</source>
        <translation>{name} n’indique pas sa taille ; il est endommagé ou ce n’est pas une image.</translation>
    </message>
    <message>
        <source>{name} claims {width} × {height} pixels ({megapixels} megapixels), over the {limit} megapixel limit; it was not opened (it could exhaust memory).</source>
        <translation>{name} annonce {width} × {height} pixels ({megapixels} mégapixels), au-delà de la limite de {limit} mégapixels ; il n’a pas été ouvert (il pourrait épuiser la mémoire).</translation>
    </message>
    <message>
        <source>{name} could not be decoded ({error}).</source>
        <translation>Impossible de décoder {name} ({error}).</translation>
    </message>
    <message>
        <source>{name}: the clipboard image is empty.</source>
        <translation>{name} : l’image du presse-papiers est vide.</translation>
    </message>
    <message>
        <source>{name} is over the {limit} megapixel limit.</source>
        <translation>{name} dépasse la limite de {limit} mégapixels.</translation>
    </message>
    <message>
        <source>the PNG has no end marker</source>
        <translation>le PNG n’a pas de marqueur de fin</translation>
    </message>
    <message>
        <source>the JPEG has no end marker</source>
        <translation>le JPEG n’a pas de marqueur de fin</translation>
    </message>
    <message>
        <source>the WebP is shorter than it says</source>
        <translation>le WebP est plus court qu’annoncé</translation>
    </message>
    <message>
        <source>the BMP is shorter than it says</source>
        <translation>le BMP est plus court qu’annoncé</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached; the link to {hosts} was not downloaded.</source>
        <translation>Seuls les fichiers de cet ordinateur peuvent être joints ; le lien vers {hosts} n’a pas été téléchargé.</translation>
    </message>
    <message>
        <source>{name} was not attached: at most {count} attachments go with one message.</source>
        <translation>{name} n’a pas été joint : un message accepte au plus {count} pièces jointes.</translation>
    </message>
    <message>
        <source>Only the first {count} characters of {name} are kept (the limit for one attachment).</source>
        <translation>Seuls les {count} premiers caractères de {name} sont conservés (la limite d’une pièce jointe).</translation>
    </message>
    <message>
        <source>{size} · {count} chars</source>
        <translation>{size} · {count} caractères</translation>
    </message>
    <message>
        <source>{name} is attached already.</source>
        <translation>{name} est déjà joint.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>Impossible d’afficher l’image.</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Texte de {name}</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Impossible d’enregistrer : {error}</translation>
    </message>
</context>
<context>
    <name>AttachmentsAndCopy</name>
    <message>
        <source>No answer to copy yet</source>
        <translation>Aucune réponse à copier pour l’instant</translation>
    </message>
    <message>
        <source>Copied the last answer as Markdown</source>
        <translation>Dernière réponse copiée en Markdown</translation>
    </message>
    <message>
        <source>Copied the conversation as Markdown</source>
        <translation>Conversation copiée en Markdown</translation>
    </message>
</context>
<context>
    <name>AvaApp</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Ava Desktop</source>
        <translation>Ava Desktop</translation>
    </message>
    <message>
        <source>Ava Desktop cannot use its data folder: {exc}</source>
        <translation>Ava Desktop ne peut pas utiliser son dossier de données : {exc}</translation>
    </message>
    <message>
        <source>Ava Desktop is already running with the data folder {folder} but does not answer. Close it (or end its process), or start with another --data-dir.</source>
        <translation>Ava Desktop est déjà lancée avec le dossier de données {folder}, mais ne répond pas. Fermez-la (ou terminez son processus), ou démarrez avec un autre --data-dir.</translation>
    </message>
</context>
<context>
    <name>ChatSetup</name>
    <message>
        <source>No provider is connected yet. Open Settings (Ctrl+,) to add an endpoint with its API key (OpenAI, OpenRouter, Groq, DeepSeek, Mistral, …), or start a local server such as Ollama, LM Studio or llama.cpp: Ava finds it by itself (Chat → Find Local Servers).</source>
        <translation>Aucun fournisseur n’est encore connecté. Ouvrez les paramètres (Ctrl+,) pour ajouter un serveur avec sa clé d’API (OpenAI, OpenRouter, Groq, DeepSeek, Mistral, …), ou démarrez un serveur local comme Ollama, LM Studio ou llama.cpp : Ava le trouve toute seule (Discussion → Trouver les serveurs locaux).</translation>
    </message>
    <message>
        <source>System prompt, temperature and length for this chat</source>
        <translation>Prompt système, température et longueur pour cette discussion</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Ouvrir les paramètres…</translation>
    </message>
    <message>
        <source>Could not save the model choice: {exc}</source>
        <translation>Impossible d’enregistrer le choix du modèle : {exc}</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers.</source>
        <translation>{name} est hors ligne : son service ne répond plus.</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers. Pick another provider above.</source>
        <translation>{name} est hors ligne : son service ne répond plus. Choisissez un autre fournisseur ci-dessus.</translation>
    </message>
    <message>
        <source>Chatting with {name}. Type a message below.</source>
        <translation>Discussion avec {name}. Tapez un message ci-dessous.</translation>
    </message>
    <message>
        <source>Could not save the chat settings: {exc}</source>
        <translation>Impossible d’enregistrer les paramètres de la discussion : {exc}</translation>
    </message>
    <message>
        <source>Choose a provider first (Settings, Ctrl+,).</source>
        <translation>Choisissez d’abord un fournisseur (Paramètres, Ctrl+,).</translation>
    </message>
    <message>
        <source>Type or choose a model first.</source>
        <translation>Saisissez ou choisissez d’abord un modèle.</translation>
    </message>
    <message>
        <source>{name} is offline; trying anyway.</source>
        <translation>{name} est hors ligne ; essai quand même.</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Blocked a link Ava does not open: {url}</source>
        <translation>Lien bloqué, Ava ne l’ouvre pas : {url}</translation>
    </message>
    <message>
        <source>Still answering: press Esc to stop it, your text is kept.</source>
        <translation>Réponse en cours : appuyez sur Échap pour l’arrêter, votre texte est conservé.</translation>
    </message>
    <message>
        <source>Still reading an attachment; send again when it is ready.</source>
        <translation>Lecture d’une pièce jointe en cours ; renvoyez quand elle sera prête.</translation>
    </message>
    <message>
        <source>Could not save the tool choice: {exc}</source>
        <translation>Impossible d’enregistrer le choix des outils : {exc}</translation>
    </message>
    <message>
        <source>Still answering: wait for every model, or press Esc.</source>
        <translation>Réponse en cours : attendez tous les modèles ou appuyez sur Échap.</translation>
    </message>
    <message>
        <source>Still answering: press Esc to stop it first.</source>
        <translation>Réponse en cours : arrêtez-la d’abord avec Échap.</translation>
    </message>
</context>
<context>
    <name>ChatTabBar</name>
    <message>
        <source>Close tab</source>
        <translation>Fermer l’onglet</translation>
    </message>
    <message>
        <source>Close tab (Ctrl+W)</source>
        <translation>Fermer l’onglet (Ctrl+W)</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>No wrap</source>
        <translation>Sans retour à la ligne</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Retour à la ligne</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[image : {alt}]</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Answer of {model}</source>
        <translation>Réponse de {model}</translation>
    </message>
    <message>
        <source>Continue with this answer</source>
        <translation>Continuer avec cette réponse</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} jetons/s</translation>
    </message>
    <message>
        <source>first token {seconds} s</source>
        <translation>premier jeton en {seconds} s</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Ask Several Models</source>
        <translation>Interroger plusieurs modèles</translation>
    </message>
    <message>
        <source>Model {number}</source>
        <translation>Modèle {number}</translation>
    </message>
    <message>
        <source>Ask These Models</source>
        <translation>Interroger ces modèles</translation>
    </message>
    <message>
        <source>The next message goes to each model checked here; their answers stream side by side.</source>
        <translation>Le prochain message est envoyé à chaque modèle coché ici ; leurs réponses s’affichent côte à côte.</translation>
    </message>
    <message>
        <source>Check two to four models, each with a provider and a model name.</source>
        <translation>Cochez de deux à quatre modèles, chacun avec un fournisseur et un nom de modèle.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line</source>
        <translation>Message — Entrée pour envoyer, Maj+Entrée pour une nouvelle ligne</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ContextChecks</name>
    <message>
        <source>Too long for the model</source>
        <translation>Trop long pour le modèle</translation>
    </message>
    <message>
        <source>This request takes about {used} tokens, and the model&apos;s context holds {limit} (with room for the answer). What should Ava do?</source>
        <translation>Cette requête occupe environ {used} jetons et le contexte du modèle en contient {limit} (place pour la réponse comprise). Que doit faire Ava ?</translation>
    </message>
    <message>
        <source>Send the First Part of {name}</source>
        <translation>Envoyer le début de {name}</translation>
    </message>
    <message>
        <source>{name} alone is about {tokens} tokens ({chars} characters); about {room} are free.</source>
        <translation>{name} à lui seul occupe environ {tokens} jetons ({chars} caractères) ; environ {room} sont libres.</translation>
    </message>
    <message>
        <source>Leave Out the Oldest {drop} Messages</source>
        <translation>Omettre les {drop} messages les plus anciens</translation>
    </message>
    <message>
        <source>New Conversation from a Summary</source>
        <translation>Nouvelle conversation à partir d’un résumé</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>The server says this request is longer than the model&apos;s context. What should Ava do?</source>
        <translation>Le serveur indique que cette requête dépasse le contexte du modèle. Que doit faire Ava ?</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <source>Context: not measured yet</source>
        <extracomment>(light theme, dark theme) text colours, readable on each theme&apos;s window background.</extracomment>
        <translation>Contexte : pas encore mesuré</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>counted by the model&apos;s tokenizer</source>
        <translation>compté par le tokeniseur du modèle</translation>
    </message>
    <message>
        <source>as reported by the server</source>
        <translation>selon le serveur</translation>
    </message>
    <message>
        <source>, near the limit</source>
        <translation>, proche de la limite</translation>
    </message>
    <message>
        <source>, too long for the model</source>
        <translation>, trop long pour le modèle</translation>
    </message>
    <message>
        <source>Context: {used} of {limit} tokens ({how})</source>
        <translation>Contexte : {used} sur {limit} jetons ({how})</translation>
    </message>
    <message>
        <source>Context: {used} tokens ({how})</source>
        <translation>Contexte : {used} jetons ({how})</translation>
    </message>
</context>
<context>
    <name>ConversationCommands</name>
    <message>
        <source>No closed tab to reopen</source>
        <translation>Aucun onglet fermé à rouvrir</translation>
    </message>
    <message>
        <source>That conversation no longer exists</source>
        <translation>Cette conversation n’existe plus</translation>
    </message>
    <message>
        <source>History is not available (the database could not be opened)</source>
        <translation>L’historique n’est pas disponible (impossible d’ouvrir la base de données)</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>« {title} » supprimée</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <source>Could not read the conversations: {exc}</source>
        <translation>Impossible de lire les conversations : {exc}</translation>
    </message>
    <message>
        <source>Could not search: {exc}</source>
        <translation>Recherche impossible : {exc}</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvée</numerusform>
            <numerusform>%n trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>DialogCommands</name>
    <message>
        <source>Text size {size} pt</source>
        <translation>Taille du texte {size} pt</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>Taille de texte par défaut</translation>
    </message>
    <message numerus="yes">
        <source>%n answer was cut off when Ava last stopped; the text is kept and can be continued.</source>
        <translation>
            <numerusform>%n réponse a été interrompue au dernier arrêt d’Ava ; le texte est conservé et peut être poursuivi.</numerusform>
            <numerusform>%n réponses ont été interrompues au dernier arrêt d’Ava ; le texte est conservé et peut être poursuivi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers were cut off when Ava last stopped; the text is kept and can be continued.</source>
        <translation>
            <numerusform>%n réponse a été interrompue au dernier arrêt d’Ava ; le texte est conservé et peut être poursuivi.</numerusform>
            <numerusform>%n réponses ont été interrompues au dernier arrêt d’Ava ; le texte est conservé et peut être poursuivi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for local servers…</source>
        <translation>Recherche de serveurs locaux…</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n model(s))</source>
        <translation>
            <numerusform>{name} (%n modèle)</numerusform>
            <numerusform>{name} (%n modèles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Found {names}</source>
        <translation>Trouvé : {names}</translation>
    </message>
    <message>
        <source>No local server answered</source>
        <translation>Aucun serveur local n’a répondu</translation>
    </message>
    <message>
        <source>⚠ History is not being saved</source>
        <translation>⚠ L’historique n’est pas enregistré</translation>
    </message>
    <message>
        <source>Conversation history unavailable</source>
        <translation>Historique des conversations indisponible</translation>
    </message>
    <message>
        <source>Ava Desktop will run, but new conversations are not saved until this is resolved. The existing file was not changed.</source>
        <translation>Ava Desktop fonctionnera, mais les nouvelles conversations ne seront pas enregistrées tant que ce problème ne sera pas résolu. Le fichier existant n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Ava Desktop hit an unexpected error. It was logged; your conversations are safe.</source>
        <translation>Ava Desktop a rencontré une erreur inattendue. Elle a été journalisée ; vos conversations sont en sécurité.</translation>
    </message>
</context>
<context>
    <name>EndpointDraft</name>
    <message>
        <source>new, unsaved</source>
        <translation>nouvelle, non enregistrée</translation>
    </message>
    <message>
        <source>removed on save</source>
        <translation>supprimée à l’enregistrement</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>cette session</translation>
    </message>
    <message>
        <source>Header row {row}: {problem}</source>
        <translation>En-tête, ligne {row} : {problem}</translation>
    </message>
    <message>
        <source>Header row {row}: {name} is listed twice.</source>
        <translation>En-tête, ligne {row} : {name} figure deux fois.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Le nom est vide.</translation>
    </message>
    <message>
        <source>The API key must not contain spaces or control characters.</source>
        <translation>La clé d’API ne doit contenir ni espaces ni caractères de contrôle.</translation>
    </message>
    <message>
        <source>The base URL now points to {new_host}: type its API key again (the stored key is only for {old_host}), or remove the key.</source>
        <translation>L’URL de base pointe maintenant vers {new_host} : saisissez de nouveau sa clé d’API (la clé enregistrée ne vaut que pour {old_host}) ou supprimez la clé.</translation>
    </message>
    <message>
        <source>✓ Connected, but the server lists no models.</source>
        <translation>✓ Connecté, mais le serveur ne liste aucun modèle.</translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>memory for this session only</source>
        <translation>la mémoire, pour cette session seulement</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Ena&amp;bled</source>
        <translation>&amp;Activé</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>En-têtes supplémentaires</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Retirer l’en-tête</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>List the server&apos;s models with the values in this form</source>
        <translation>Lister les modèles du serveur avec les valeurs de ce formulaire</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>En-&amp;têtes supplémentaires :</translation>
    </message>
    <message>
        <source>The key will be removed when you save</source>
        <translation>La clé sera supprimée à l’enregistrement</translation>
    </message>
    <message>
        <source>The saved key is in a keychain not available now; type it again</source>
        <translation>La clé enregistrée se trouve dans un trousseau indisponible pour le moment ; saisissez-la de nouveau</translation>
    </message>
    <message>
        <source>•••• stored in {where} (type to replace)</source>
        <translation>•••• enregistrée dans {where} (tapez pour la remplacer)</translation>
    </message>
    <message>
        <source>•••• kept for this session only (type to replace)</source>
        <translation>•••• conservée pour cette session seulement (tapez pour la remplacer)</translation>
    </message>
    <message>
        <source>Paste the key; it is saved in {where}</source>
        <translation>Collez la clé ; elle sera enregistrée dans {where}</translation>
    </message>
    <message>
        <source>Fix the fields above first.</source>
        <translation>Corrigez d’abord les champs ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s): {names}</source>
        <translation>
            <numerusform>%n modèle : {names}</numerusform>
            <numerusform>%n modèles : {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>The test failed: {problem}</source>
        <translation>Le test a échoué : {problem}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
</context>
<context>
    <name>EndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Tick an endpoint to enable it</source>
        <translation>Cochez un serveur pour l’activer</translation>
    </message>
    <message>
        <source>{name} ({where})</source>
        <translation>{name} ({where})</translation>
    </message>
    <message>
        <source>Custom (any OpenAI-compatible server)</source>
        <translation>Personnalisé (tout serveur compatible OpenAI)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove endpoint</source>
        <translation>&amp;Supprimer le serveur</translation>
    </message>
    <message>
        <source>New endpoint &amp;from:</source>
        <translation>Nouveau serveur à &amp;partir de :</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Needs fixing before it can be saved</source>
        <translation>À corriger avant l’enregistrement</translation>
    </message>
    <message>
        <source>Added {name}; Save keeps it.</source>
        <translation>{name} ajouté ; Enregistrer le conserve.</translation>
    </message>
    <message>
        <source>Removed {name}; Cancel brings it back.</source>
        <translation>{name} supprimé ; Annuler le rétablit.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Nothing to export yet</source>
        <translation>Rien à exporter pour l’instant</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json);;Web page (*.html)</source>
        <translation>Markdown (*.md);;JSON (*.json);;Page web (*.html)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Exported to {target}</source>
        <translation>Exporté vers {target}</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>Rien à imprimer pour l’instant</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Envoyé à l’imprimante</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Échec de l’impression</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>Exporter toutes les conversations</translation>
    </message>
    <message>
        <source>Ava backup (*.json)</source>
        <translation>Sauvegarde Ava (*.json)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n conversation(s) to {path}</source>
        <translation>
            <numerusform>%n conversation enregistrée dans {path}</numerusform>
            <numerusform>%n conversations enregistrées dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Importer des conversations</translation>
    </message>
    <message>
        <source>Conversations (*.json *.zip);;All files (*)</source>
        <translation>Conversations (*.json *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) ({skipped} were already here)</source>
        <translation>
            <numerusform>%n conversation importée ({skipped} étaient déjà là)</numerusform>
            <numerusform>%n conversations importées ({skipped} étaient déjà là)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a GGUF model file</source>
        <translation>Ajouter un fichier de modèle GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not a GGUF model</source>
        <translation>Pas un modèle GGUF</translation>
    </message>
    <message>
        <source>is not a GGUF model file (llama.cpp&apos;s format), so it cannot be loaded.</source>
        <translation>n’est pas un fichier de modèle GGUF (le format de llama.cpp) et ne peut donc pas être chargé.</translation>
    </message>
    <message>
        <source>Local models are not installed</source>
        <translation>Les modèles locaux ne sont pas installés</translation>
    </message>
    <message>
        <source>Install Ava Desktop with the &apos;local&apos; extra to run GGUF models: pip install &apos;ava-desktop[local]&apos;</source>
        <translation>Installez Ava Desktop avec l’extra &apos;local&apos; pour exécuter des modèles GGUF : pip install &apos;ava-desktop[local]&apos;</translation>
    </message>
    <message>
        <source>Added {name} under Local</source>
        <translation>{name} ajouté sous « Local »</translation>
    </message>
    <message>
        <source>Choose a local model in this tab first</source>
        <translation>Choisissez d’abord un modèle local dans cet onglet</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>Rechercher dans la conversation</translation>
    </message>
    <message>
        <source>Find in this conversation</source>
        <translation>Rechercher dans cette conversation</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <source>Earlier messages are not shown yet: scroll up to the top to load them.</source>
        <translation>Les messages précédents ne sont pas encore affichés : faites défiler jusqu’en haut pour les charger.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>None shown, %1 in earlier messages</source>
        <translation>Aucun affiché, %1 dans les messages précédents</translation>
    </message>
    <message>
        <source>(+%1 in earlier messages)</source>
        <translation>(+%1 dans les messages précédents)</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 résultats</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Local and free servers only</source>
        <translation>Serveurs locaux et gratuits seulement</translation>
    </message>
    <message>
        <source>Always, also paid endpoints</source>
        <translation>Toujours, y compris les serveurs payants</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Temperature must be a number from {lo} to {hi}, or blank for the provider&apos;s default.</source>
        <translation>La température doit être un nombre de {lo} à {hi}, ou rester vide pour la valeur par défaut du fournisseur.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>Une nouvelle langue s’applique après un redémarrage.</translation>
    </message>
    <message>
        <source>none (HTTPS_PROXY is used if set)</source>
        <translation>aucun (HTTPS_PROXY est utilisé s’il est défini)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>provider default (0–2)</source>
        <translation>valeur du fournisseur (0–2)</translation>
    </message>
    <message>
        <source>After the first answer, ask the same model for a short title for the conversation. “Local and free” means only where no API key is sent (your own models, local servers, keyless endpoints, OpenRouter&apos;s free models): an endpoint with a key may charge for the extra request. A title you give by hand is never replaced.</source>
        <translation>Après la première réponse, demander au même modèle un titre court pour la conversation. « Locaux et gratuits » signifie seulement là où aucune clé d’API n’est envoyée (vos propres modèles, les serveurs locaux, les serveurs sans clé, les modèles gratuits d’OpenRouter) : un serveur avec une clé peut facturer la requête supplémentaire. Un titre donné à la main n’est jamais remplacé.</translation>
    </message>
    <message>
        <source>Show &amp;offline providers (CodeLinkAva)</source>
        <translation>Afficher les fournisseurs &amp;hors ligne (CodeLinkAva)</translation>
    </message>
    <message>
        <source>&amp;Discover local servers (Ollama, LM Studio, …)</source>
        <translation>&amp;Découvrir les serveurs locaux (Ollama, LM Studio, …)</translation>
    </message>
    <message>
        <source>&amp;Add preset</source>
        <translation>&amp;Ajouter un modèle de prompt</translation>
    </message>
    <message>
        <source>Remo&amp;ve preset</source>
        <translation>&amp;Retirer le modèle de prompt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Proxy URL:</source>
        <translation>URL du &amp;proxy :</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Tai&amp;lle de police :</translation>
    </message>
    <message>
        <source>Default s&amp;ystem prompt:</source>
        <translation>Prompt s&amp;ystème par défaut :</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>T&amp;empérature :</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>Jetons &amp;max. :</translation>
    </message>
    <message>
        <source>Titles &amp;by the model:</source>
        <translation>Titres &amp;générés par le modèle :</translation>
    </message>
    <message>
        <source>P&amp;rompt presets:</source>
        <translation>Modèles de p&amp;rompt :</translation>
    </message>
    <message>
        <source>Preset &amp;name:</source>
        <translation>&amp;Nom du modèle :</translation>
    </message>
    <message>
        <source>Preset te&amp;xt:</source>
        <translation>Te&amp;xte du modèle :</translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name} (intégré)</translation>
    </message>
    <message>
        <source>My preset</source>
        <translation>Mon modèle</translation>
    </message>
    <message>
        <source>A prompt preset has no name.</source>
        <translation>Un modèle de prompt n’a pas de nom.</translation>
    </message>
    <message>
        <source>There is already a prompt preset named {name}.</source>
        <translation>Un modèle de prompt nommé {name} existe déjà.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Search all conversations…</source>
        <translation>Rechercher dans toutes les conversations…</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Rechercher dans toutes les conversations</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Nouveau titre</translation>
    </message>
    <message>
        <source>Could not read the history: {exc}</source>
        <translation>Impossible de lire l’historique : {exc}</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvée</numerusform>
            <numerusform>%n trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Deleted “{title}” — Undo brings it back</source>
        <translation>« {title} » supprimée — Annuler la suppression la rétablit</translation>
    </message>
</context>
<context>
    <name>LaunchFiles</name>
    <message>
        <source>Cannot open</source>
        <translation>Impossible d’ouvrir</translation>
    </message>
    <message>
        <source>Ava Desktop opens conversation backups (.json), ChatGPT exports (.zip) and GGUF model files.</source>
        <translation>Ava Desktop ouvre les sauvegardes de conversations (.json), les exports ChatGPT (.zip) et les fichiers de modèle GGUF.</translation>
    </message>
    <message>
        <source>• {name}: import conversations</source>
        <translation>• {name} : importer des conversations</translation>
    </message>
    <message>
        <source>• {name}: add as a local model</source>
        <translation>• {name} : ajouter comme modèle local</translation>
    </message>
    <message>
        <source>• {name}: not a file Ava Desktop can open (skipped)</source>
        <translation>• {name} : fichier qu’Ava Desktop ne sait pas ouvrir (ignoré)</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Ouvrir des fichiers</translation>
    </message>
    <message>
        <source>Ava Desktop was asked to open:</source>
        <translation>Ava Desktop doit ouvrir :</translation>
    </message>
</context>
<context>
    <name>LocalModelDialog</name>
    <message>
        <source>Local model: {name}</source>
        <translation>Modèle local : {name}</translation>
    </message>
    <message>
        <source>Layers offloaded to the GPU; needs a GPU build of llama-cpp-python, 0 runs on the CPU</source>
        <translation>Couches déchargées sur le GPU ; nécessite une version GPU de llama-cpp-python, 0 s’exécute sur le CPU</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>&amp;Context size (tokens):</source>
        <translation>Taille du &amp;contexte (jetons) :</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads :</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>Couches &amp;GPU :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Conversation transcript</source>
        <translation>Transcription de la conversation</translation>
    </message>
    <message>
        <source>Ava Desktop</source>
        <translation>Ava Desktop</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Conversations ouvertes</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>Afficher ou masquer le panneau latéral</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Copy Conversation as Markdown</source>
        <translation>Copier la conversation en Markdown</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Fermer l’onglet</translation>
    </message>
    <message>
        <source>{title} (answering…)</source>
        <translation>{title} (répond…)</translation>
    </message>
    <message>
        <source>{title} — Ava Desktop</source>
        <translation>{title} — Ava Desktop</translation>
    </message>
    <message>
        <source>Close tab?</source>
        <translation>Fermer l’onglet ?</translation>
    </message>
    <message>
        <source>“{title}” is still answering. Stop it and close the tab?</source>
        <translation>« {title} » est encore en train de répondre. L’arrêter et fermer l’onglet ?</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copier en Markdown</translation>
    </message>
    <message>
        <source>Copy as plain text</source>
        <translation>Copier en texte brut</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Actions du message</translation>
    </message>
    <message>
        <source>Message {number} of {count}</source>
        <translation>Message {number} sur {count}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Version {index} of {count}</source>
        <translation>Version {index} sur {count}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{host} needs an API key (401)</source>
        <translation>{host} demande une clé d’API (401)</translation>
    </message>
    <message>
        <source>{host} rejected the API key (401)</source>
        <translation>{host} a refusé la clé d’API (401)</translation>
    </message>
    <message>
        <source>{host} refused access (403)</source>
        <translation>{host} a refusé l’accès (403)</translation>
    </message>
    <message>
        <source>{host} says the account&apos;s quota is used up (429)</source>
        <translation>{host} indique que le quota du compte est épuisé (429)</translation>
    </message>
    <message>
        <source>Rate limited by {host}; retry in {wait}</source>
        <translation>{host} limite le débit des requêtes ; nouvel essai dans {wait}</translation>
    </message>
    <message>
        <source>Rate limited by {host}; try again later</source>
        <translation>{host} limite le débit des requêtes ; réessayez plus tard</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host}, {status})</source>
        <translation>La conversation est trop longue pour la fenêtre de contexte du modèle ({host}, {status})</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host})</source>
        <translation>La conversation est trop longue pour la fenêtre de contexte du modèle ({host})</translation>
    </message>
    <message>
        <source>{host} does not know this model ({status})</source>
        <translation>{host} ne connaît pas ce modèle ({status})</translation>
    </message>
    <message>
        <source>{host} answered {status} {reason}</source>
        <translation>{host} a répondu {status} {reason}</translation>
    </message>
    <message>
        <source>{host} answered {status} {reason} (is the base URL right?)</source>
        <translation>{host} a répondu {status} {reason} (l’URL de base est-elle correcte ?)</translation>
    </message>
    <message>
        <source>{host} reported an error in the stream</source>
        <translation>{host} a signalé une erreur dans le flux</translation>
    </message>
    <message>
        <source>Stopped after {steps} rounds of tool calls (the limit per answer); the text so far is kept.</source>
        <translation>Arrêté après {steps} tours d’appels d’outils (la limite par réponse) ; le texte obtenu est conservé.</translation>
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
        <translation>{text} : {detail}</translation>
    </message>
    <message>
        <source>Reading model file</source>
        <translation>Lecture du fichier du modèle</translation>
    </message>
    <message>
        <source>Loading weights</source>
        <translation>Chargement des poids</translation>
    </message>
    <message>
        <source>Creating context</source>
        <translation>Création du contexte</translation>
    </message>
    <message>
        <source>Starting server</source>
        <translation>Démarrage du serveur</translation>
    </message>
    <message>
        <source>Model ready</source>
        <translation>Modèle prêt</translation>
    </message>
</context>
<context>
    <name>ModelSelector</name>
    <message>
        <source>Provider or endpoint</source>
        <translation>Fournisseur ou serveur</translation>
    </message>
    <message>
        <source>No provider chosen</source>
        <translation>Aucun fournisseur choisi</translation>
    </message>
    <message>
        <source>Model (pick one or type a name)</source>
        <translation>Modèle (choisissez-en un ou saisissez un nom)</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers.</source>
        <translation>{name} est hors ligne : son service ne répond plus.</translation>
    </message>
    <message>
        <source>loading models…</source>
        <translation>chargement des modèles…</translation>
    </message>
    <message>
        <source>models unavailable</source>
        <translation>modèles indisponibles</translation>
    </message>
</context>
<context>
    <name>ParamsDialog</name>
    <message>
        <source>Default (from Settings)</source>
        <translation>Par défaut (des paramètres)</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Paramètres de la conversation</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>Aucun prompt système</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>&amp;Prompt preset:</source>
        <translation>&amp;Modèle de prompt :</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>Prompt &amp;système :</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>T&amp;empérature :</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>Jetons &amp;max. :</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personnalisé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Prompt: {preset}</source>
        <translation>Prompt : {preset}</translation>
    </message>
    <message>
        <source>max {tokens}</source>
        <translation>max. {tokens}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Exporting as PDF…</source>
        <translation>Export en PDF…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RowDelegate</name>
    <message>
        <source>New title</source>
        <translation>Nouveau titre</translation>
    </message>
</context>
<context>
    <name>SendStopButton</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Arrêter la réponse (Échap)</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Envoyer (Entrée)</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
</context>
<context>
    <name>SessionDrawing</name>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>A tool call waits for your approval in another tab.</source>
        <translation>Un appel d’outil attend votre autorisation dans un autre onglet.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>&amp;Serveurs</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>an endpoint</source>
        <translation>un serveur</translation>
    </message>
    <message>
        <source>Not saved: fix {name} first.</source>
        <translation>Non enregistré : corrigez d’abord {name}.</translation>
    </message>
    <message>
        <source>Not saved: fix the highlighted settings first.</source>
        <translation>Non enregistré : corrigez d’abord les paramètres signalés.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <translation>Impossible d’enregistrer les paramètres : {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Message box</source>
        <translation>Zone de message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Buttons of the chosen message, then its links</source>
        <translation>Boutons du message choisi, puis ses liens</translation>
    </message>
    <message>
        <source>Press the focused button or link</source>
        <translation>Activer le bouton ou le lien sélectionné</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barre de recherche</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Occurrence suivante / précédente</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Panneau latéral</translation>
    </message>
    <message>
        <source>Open in this tab</source>
        <translation>Ouvrir dans cet onglet</translation>
    </message>
    <message>
        <source>Open in a new tab</source>
        <translation>Ouvrir dans un nouvel onglet</translation>
    </message>
    <message>
        <source>Ctrl+Enter, middle click</source>
        <translation>Ctrl+Entrée, clic du milieu</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete (with undo)</source>
        <translation>Supprimer (annulable)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Touche Menu, Maj+F10</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Onglets</translation>
    </message>
    <message>
        <source>double click</source>
        <translation>double-clic</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>middle click</source>
        <translation>clic du milieu</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher des conversations</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Liste des conversations</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Could not delete: {exc}</source>
        <translation>Suppression impossible : {exc}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Could not rename: {exc}</source>
        <translation>Impossible de renommer : {exc}</translation>
    </message>
    <message>
        <source>Could not pin: {exc}</source>
        <translation>Impossible d’épingler : {exc}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open in New Tab	Ctrl+Enter</source>
        <translation>Ouvrir dans un nouvel onglet	Ctrl+Enter</translation>
    </message>
    <message>
        <source>Rename	F2</source>
        <translation>Renommer	F2</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Delete	Del</source>
        <translation>Supprimer	Del</translation>
    </message>
    <message>
        <source>Undo Delete	Ctrl+Z</source>
        <translation>Annuler la suppression	Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>SidebarGroups</name>
    <message>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>{value} B</source>
        <translation>{value} o</translation>
    </message>
    <message>
        <source>{value} KB</source>
        <translation>{value} Ko</translation>
    </message>
    <message>
        <source>{value} MB</source>
        <translation>{value} Mo</translation>
    </message>
    <message>
        <source>{value} GB</source>
        <translation>{value} Go</translation>
    </message>
    <message>
        <source>{value} TB</source>
        <translation>{value} To</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Notice action</source>
        <translation>Action de l’avis</translation>
    </message>
</context>
<context>
    <name>ToolLines</name>
    <message>
        <source>waiting for you</source>
        <translation>en attente de votre accord</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>({count} characters in all)</source>
        <translation>({count} caractères au total)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>ToolsButton</name>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>The tools this conversation may offer the model</source>
        <translation>Les outils que cette conversation peut proposer au modèle</translation>
    </message>
    <message>
        <source>Tools for this conversation</source>
        <translation>Outils pour cette conversation</translation>
    </message>
    <message>
        <source>Tools (some off)</source>
        <translation>Outils (certains désactivés)</translation>
    </message>
    <message>
        <source>    {tool}</source>
        <translation>    {tool}</translation>
    </message>
    <message>
        <source>No MCP servers are on</source>
        <translation>Aucun serveur MCP n’est activé</translation>
    </message>
    <message>
        <source>Manage Tools…</source>
        <translation>Gérer les outils…</translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <source>This is not valid JSON: {exc}</source>
        <translation>Ce n’est pas du JSON valide : {exc}</translation>
    </message>
    <message>
        <source>Paste a JSON object (the mcpServers snippet of the server&apos;s README).</source>
        <translation>Collez un objet JSON (l’extrait mcpServers du README du serveur).</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Donnez un nom au serveur.</translation>
    </message>
    <message>
        <source>No server found in the snippet.</source>
        <translation>Aucun serveur trouvé dans l’extrait.</translation>
    </message>
    <message>
        <source>Tools (MCP servers)</source>
        <translation>Outils (serveurs MCP)</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Serveurs MCP</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Journal du serveur</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Revoke Always Allow</source>
        <translation>Révoquer « Toujours autoriser »</translation>
    </message>
    <message>
        <source>Import from Claude Desktop</source>
        <translation>Importer depuis Claude Desktop</translation>
    </message>
    <message>
        <source>Tool steps per answer:</source>
        <translation>Étapes d’outils par réponse :</translation>
    </message>
    <message>
        <source>How many times the model may call tools before it must answer</source>
        <translation>Combien de fois le modèle peut appeler des outils avant de devoir répondre</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (désactivé)</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>No MCP servers yet. Add one by pasting the mcpServers snippet from its README, or import Claude Desktop&apos;s.</source>
        <translation>Aucun serveur MCP pour l’instant. Ajoutez-en un en collant l’extrait mcpServers de son README, ou importez ceux de Claude Desktop.</translation>
    </message>
    <message>
        <source>not listed yet</source>
        <translation>pas encore listés</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>État : {state}</translation>
    </message>
    <message>
        <source>Timeout: {seconds} s</source>
        <translation>Délai : {seconds} s</translation>
    </message>
    <message>
        <source>Tools: {tools}</source>
        <translation>Outils : {tools}</translation>
    </message>
    <message>
        <source>Always allowed: {tools}</source>
        <translation>Toujours autorisés : {tools}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Dernière erreur : {error}</translation>
    </message>
    <message>
        <source>Turn On</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Could not save mcp.json: {exc}</source>
        <translation>Impossible d’enregistrer mcp.json : {exc}</translation>
    </message>
    <message>
        <source>Add MCP Server</source>
        <translation>Ajouter un serveur MCP</translation>
    </message>
    <message>
        <source>Paste the server&apos;s mcpServers snippet (JSON):</source>
        <translation>Collez l’extrait mcpServers du serveur (JSON) :</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>The entry of {name} (JSON):</source>
        <translation>L’entrée de {name} (JSON) :</translation>
    </message>
    <message>
        <source>Saved {names}.</source>
        <translation>Enregistré : {names}.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} retiré.</translation>
    </message>
    <message>
        <source>{name} did not start: {exc}</source>
        <translation>{name} n’a pas démarré : {exc}</translation>
    </message>
    <message>
        <source>{name}&apos;s tools ask again before each call.</source>
        <translation>Les outils de {name} redemandent avant chaque appel.</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importé</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Rien à importer.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>▾ Hide</source>
        <translation>▾ Masquer</translation>
    </message>
    <message>
        <source>thought process</source>
        <translation>raisonnement</translation>
    </message>
    <message>
        <source>▸ Show</source>
        <translation>▸ Afficher</translation>
    </message>
    <message>
        <source>thought process ({words} words)</source>
        <translation>raisonnement (mots : {words})</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>version {index}/{count}</source>
        <translation>version {index}/{count}</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} jetons/s</translation>
    </message>
    <message>
        <source>first token {seconds} s</source>
        <translation>premier jeton en {seconds} s</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>Afficher %n message précédent</numerusform>
            <numerusform>Afficher %n messages précédents</numerusform>
        </translation>
    </message>
</context>
</TS>
