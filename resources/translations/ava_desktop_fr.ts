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
    <message numerus="yes">
        <source>({count} character(s) in all)</source>
        <translation>
            <numerusform>({count} caractère au total)</numerusform>
            <numerusform>({count} caractères au total)</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>{name} was not attached: at most %n attachment(s) go with one message.</source>
        <translation>
            <numerusform>{name} n’a pas été joint : un message accepte au plus %n pièce jointe.</numerusform>
            <numerusform>{name} n’a pas été joint : un message accepte au plus %n pièces jointes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first {count} character(s) of {name} are kept (the limit for one attachment).</source>
        <translation>
            <numerusform>Seul le premier caractère de {name} est conservé ({count} ; la limite d’une pièce jointe).</numerusform>
            <numerusform>Seuls les {count} premiers caractères de {name} sont conservés (la limite d’une pièce jointe).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{size} · {count} char(s)</source>
        <translation>
            <numerusform>{size} · {count} caractère</numerusform>
            <numerusform>{size} · {count} caractères</numerusform>
        </translation>
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
        <source>Editing a message: Enter sends it as a new version (the old one stays), Esc cancels.</source>
        <translation>Modification d’un message : Entrée l’envoie comme nouvelle version (l’ancienne est conservée), Échap annule.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Ask several models the next message, side by side</source>
        <translation>Poser le prochain message à plusieurs modèles, côte à côte</translation>
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
        <source>The next message goes to {names}, side by side. Esc cancels.</source>
        <translation>Le prochain message ira à {names}, côte à côte. Échap annule.</translation>
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
        <source>Send the First Part of {name}</source>
        <translation>Envoyer le début de {name}</translation>
    </message>
    <message>
        <source>Leave Out the Oldest {drop} Messages</source>
        <translation>Omettre les {drop} messages les plus anciens</translation>
    </message>
    <message>
        <source>New Conversation from a Summary</source>
        <translation>Nouvelle conversation à partir d’un résumé</translation>
    </message>
    <message numerus="yes">
        <source>This request takes about {count} token(s), and the model&apos;s context holds {limit} (with room for the answer). What should Ava do?</source>
        <translation>
            <numerusform>Cette requête occupe environ {count} jeton et le contexte du modèle en contient {limit} (place pour la réponse comprise). Que doit faire Ava ?</numerusform>
            <numerusform>Cette requête occupe environ {count} jetons et le contexte du modèle en contient {limit} (place pour la réponse comprise). Que doit faire Ava ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} alone is about {count} token(s) ({chars} characters); about {room} are free.</source>
        <translation>
            <numerusform>{name} à lui seul occupe environ {count} jeton ({chars} caractères) ; environ {room} sont libres.</numerusform>
            <numerusform>{name} à lui seul occupe environ {count} jetons ({chars} caractères) ; environ {room} sont libres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave Out the Oldest %n Message(s)</source>
        <translation>
            <numerusform>Omettre le message le plus ancien (%n)</numerusform>
            <numerusform>Omettre les %n messages les plus anciens</numerusform>
        </translation>
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
    <name>ContextTip</name>
    <message>
        <source>set in Settings</source>
        <translation>défini dans les Paramètres</translation>
    </message>
    <message>
        <source>from the server&apos;s model list</source>
        <translation>d’après la liste des modèles du serveur</translation>
    </message>
    <message>
        <source>the local model&apos;s context size (n_ctx)</source>
        <translation>la taille de contexte du modèle local (n_ctx)</translation>
    </message>
    <message>
        <source>typical for this model (approximate)</source>
        <translation>valeur habituelle pour ce modèle (approximative)</translation>
    </message>
    <message numerus="yes">
        <source>{count} token(s) in the next request</source>
        <translation>
            <numerusform>{count} jeton dans la prochaine requête</numerusform>
            <numerusform>{count} jetons dans la prochaine requête</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• {count} as the server reported after the last answer</source>
        <translation>
            <numerusform>• {count} selon le serveur après la dernière réponse</numerusform>
            <numerusform>• {count} selon le serveur après la dernière réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• {count} counted by the model&apos;s tokenizer</source>
        <translation>
            <numerusform>• {count} compté par le tokeniseur du modèle</numerusform>
            <numerusform>• {count} comptés par le tokeniseur du modèle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• about {count} estimated (≈4 characters per token, 1 per CJK character; images by the provider&apos;s formula)</source>
        <translation>
            <numerusform>• environ {count} estimé (≈4 caractères par jeton, 1 par caractère CJK ; images selon la formule du fournisseur)</numerusform>
            <numerusform>• environ {count} estimés (≈4 caractères par jeton, 1 par caractère CJK ; images selon la formule du fournisseur)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates for this model were {percent}% low against the server&apos;s count; corrected ×{ratio}.</source>
        <translation>Les estimations pour ce modèle étaient {percent}% en dessous du décompte du serveur ; corrigées ×{ratio}.</translation>
    </message>
    <message>
        <source>Estimates for this model were {percent}% high against the server&apos;s count; corrected ×{ratio}.</source>
        <translation>Les estimations pour ce modèle étaient {percent}% au-dessus du décompte du serveur ; corrigées ×{ratio}.</translation>
    </message>
    <message>
        <source>Context window: {limit} tokens, {source}.</source>
        <translation>Fenêtre de contexte : {limit} jetons, {source}.</translation>
    </message>
    <message>
        <source>{reserve} of them are kept free for the answer.</source>
        <translation>Dont {reserve} sont gardés libres pour la réponse.</translation>
    </message>
    <message>
        <source>This model&apos;s context window is not known: set it in Settings (model_context_windows).</source>
        <translation>La fenêtre de contexte de ce modèle est inconnue : définissez-la dans les Paramètres (model_context_windows).</translation>
    </message>
    <message numerus="yes">
        <source>Too long: leaving out the %n oldest message(s) would make it fit.</source>
        <translation>
            <numerusform>Trop long : en laissant de côté le message le plus ancien (%n), cela tiendrait.</numerusform>
            <numerusform>Trop long : en laissant de côté les %n messages les plus anciens, cela tiendrait.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long even without older messages: start a new conversation with a summary.</source>
        <translation>Trop long même sans les anciens messages : commencez une nouvelle conversation avec un résumé.</translation>
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
        <source>Custom</source>
        <translation>Personnalisé</translation>
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
        <source>Built-in instructions are sent to the model as written, in English.</source>
        <translation>Les instructions intégrées sont envoyées au modèle telles quelles, en anglais.</translation>
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
        <source>{host} needs an API key ({label})</source>
        <translation>{host} exige une clé d’API ({label})</translation>
    </message>
    <message>
        <source>{host} rejected the API key ({label})</source>
        <translation>{host} a refusé la clé d’API ({label})</translation>
    </message>
    <message>
        <source>{host} refused access ({label})</source>
        <translation>{host} a refusé l’accès ({label})</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host}, {label})</source>
        <translation>La conversation est trop longue pour la fenêtre de contexte du modèle ({host}, {label})</translation>
    </message>
    <message>
        <source>{host} does not know this model ({label})</source>
        <translation>{host} ne connaît pas ce modèle ({label})</translation>
    </message>
    <message>
        <source>{host} answered {label} (is the base URL right?)</source>
        <translation>{host} a répondu {label} (l’URL de base est-elle correcte ?)</translation>
    </message>
    <message>
        <source>{host} refused the request ({label})</source>
        <translation>{host} a refusé la requête ({label})</translation>
    </message>
    <message>
        <source>{host} answered {label}</source>
        <translation>{host} a répondu {label}</translation>
    </message>
    <message>
        <source>{host} is overloaded and stopped the answer; try again in a moment</source>
        <translation>{host} est surchargé et a interrompu la réponse ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>{host} is overloaded right now ({status}); try again in a moment</source>
        <translation>{host} est surchargé en ce moment ({status}) ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>Claude declined to answer ({host} stopped the answer: refusal)</source>
        <translation>Claude a refusé de répondre ({host} a interrompu la réponse : refusal)</translation>
    </message>
    <message>
        <source>Gemini&apos;s safety filters stopped the answer (SAFETY).</source>
        <translation>Les filtres de sécurité de Gemini ont arrêté la réponse (SAFETY).</translation>
    </message>
    <message>
        <source>Gemini&apos;s safety filters stopped the image (IMAGE_SAFETY).</source>
        <translation>Les filtres de sécurité de Gemini ont arrêté l’image (IMAGE_SAFETY).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it was reciting existing text (recitation) (RECITATION).</source>
        <translation>Gemini a arrêté la réponse parce qu’elle récitait un texte existant (récitation) (RECITATION).</translation>
    </message>
    <message>
        <source>Gemini stopped the image because it resembled existing material (IMAGE_RECITATION).</source>
        <translation>Gemini a arrêté l’image parce qu’elle ressemblait à un contenu existant (IMAGE_RECITATION).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it contained blocked terms (BLOCKLIST).</source>
        <translation>Gemini a arrêté la réponse parce qu’elle contenait des termes bloqués (BLOCKLIST).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it may hold prohibited content (PROHIBITED_CONTENT).</source>
        <translation>Gemini a arrêté la réponse parce qu’elle pourrait contenir du contenu interdit (PROHIBITED_CONTENT).</translation>
    </message>
    <message>
        <source>Gemini stopped the image because it may hold prohibited content (IMAGE_PROHIBITED_CONTENT).</source>
        <translation>Gemini a arrêté l’image parce qu’elle pourrait contenir du contenu interdit (IMAGE_PROHIBITED_CONTENT).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it may hold sensitive personal information (SPII).</source>
        <translation>Gemini a arrêté la réponse parce qu’elle pourrait contenir des informations personnelles sensibles (SPII).</translation>
    </message>
    <message>
        <source>Gemini stopped: the model wrote a tool call that could not be read (MALFORMED_FUNCTION_CALL).</source>
        <translation>Gemini s’est arrêté : le modèle a écrit un appel d’outil illisible (MALFORMED_FUNCTION_CALL).</translation>
    </message>
    <message>
        <source>Gemini stopped: the model called a tool that was not offered (UNEXPECTED_TOOL_CALL).</source>
        <translation>Gemini s’est arrêté : le modèle a appelé un outil qui n’était pas proposé (UNEXPECTED_TOOL_CALL).</translation>
    </message>
    <message>
        <source>Gemini stopped: the model made too many tool calls in a row (TOO_MANY_TOOL_CALLS).</source>
        <translation>Gemini s’est arrêté : le modèle a fait trop d’appels d’outils d’affilée (TOO_MANY_TOOL_CALLS).</translation>
    </message>
    <message>
        <source>Gemini stopped: a tool call was sent back without its thought signature (MISSING_THOUGHT_SIGNATURE).</source>
        <translation>Gemini s’est arrêté : un appel d’outil a été renvoyé sans sa signature de réflexion (MISSING_THOUGHT_SIGNATURE).</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt for safety reasons; rephrase it or start a new conversation (SAFETY)</source>
        <translation>Gemini a bloqué le message pour des raisons de sécurité ; reformulez-le ou commencez une nouvelle conversation (SAFETY)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because it contains blocked terms; rephrase it or start a new conversation (BLOCKLIST)</source>
        <translation>Gemini a bloqué le message parce qu’il contient des termes bloqués ; reformulez-le ou commencez une nouvelle conversation (BLOCKLIST)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because it may hold prohibited content; rephrase it or start a new conversation (PROHIBITED_CONTENT)</source>
        <translation>Gemini a bloqué le message parce qu’il pourrait contenir du contenu interdit ; reformulez-le ou commencez une nouvelle conversation (PROHIBITED_CONTENT)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because of an image, for safety reasons; rephrase it or start a new conversation (IMAGE_SAFETY)</source>
        <translation>Gemini a bloqué le message à cause d’une image, pour des raisons de sécurité ; reformulez-le ou commencez une nouvelle conversation (IMAGE_SAFETY)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt for an unspecified reason; rephrase it or start a new conversation (OTHER)</source>
        <translation>Gemini a bloqué le message pour une raison non précisée ; reformulez-le ou commencez une nouvelle conversation (OTHER)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt ({reason}); rephrase it or start a new conversation ({reason})</source>
        <translation>Gemini a bloqué le message ({reason}) ; reformulez-le ou commencez une nouvelle conversation ({reason})</translation>
    </message>
    <message>
        <source>Gemini stopped: the conversation is in a language it does not support (LANGUAGE).</source>
        <translation>Gemini s’est arrêté : la conversation est dans une langue qu’il ne prend pas en charge (LANGUAGE).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer without saying why ({reason}).</source>
        <translation>Gemini a arrêté la réponse sans dire pourquoi ({reason}).</translation>
    </message>
    <message>
        <source>The answer reached its length limit (maxOutputTokens) and was cut off there.</source>
        <translation>La réponse a atteint sa limite de longueur (maxOutputTokens) et a été coupée là.</translation>
    </message>
    <message>
        <source>The answer reached its length limit (max_tokens) and was cut off there.</source>
        <translation>La réponse a atteint sa limite de longueur (max_tokens) et a été coupée là.</translation>
    </message>
    <message>
        <source>Claude declined to answer.</source>
        <translation>Claude a refusé de répondre.</translation>
    </message>
    <message>
        <source>Claude paused a long-running turn; send it again to continue.</source>
        <translation>Claude a mis en pause un tour très long ; renvoyez-le pour continuer.</translation>
    </message>
    <message>
        <source>The answer from {host} was cut off: the connection broke before it was complete</source>
        <translation>La réponse de {host} a été coupée : la connexion s’est interrompue avant la fin</translation>
    </message>
    <message>
        <source>The answer from {host} was cut off: the stream ended before it was complete</source>
        <translation>La réponse de {host} a été coupée : le flux s’est terminé avant la fin</translation>
    </message>
    <message>
        <source>Could not connect to the proxy {proxy}</source>
        <translation>Impossible de se connecter au proxy {proxy}</translation>
    </message>
    <message>
        <source>Secure connection to {host} failed</source>
        <translation>La connexion sécurisée à {host} a échoué</translation>
    </message>
    <message>
        <source>Could not find the server {host} (DNS lookup failed)</source>
        <translation>Serveur {host} introuvable (échec de la résolution DNS)</translation>
    </message>
    <message>
        <source>Could not connect to {host}: connection refused (is the server running?)</source>
        <translation>Impossible de se connecter à {host} : connexion refusée (le serveur est-il lancé ?)</translation>
    </message>
    <message>
        <source>Could not connect to {host}</source>
        <translation>Impossible de se connecter à {host}</translation>
    </message>
    <message>
        <source>{host} closed the connection without answering</source>
        <translation>{host} a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>The connection to {host} was reset</source>
        <translation>La connexion à {host} a été réinitialisée</translation>
    </message>
    <message>
        <source>Invalid server URL</source>
        <translation>URL du serveur non valide</translation>
    </message>
    <message>
        <source>{host} sent an invalid HTTP response</source>
        <translation>{host} a envoyé une réponse HTTP non valide</translation>
    </message>
    <message>
        <source>Connection to {host} failed</source>
        <translation>La connexion à {host} a échoué</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s connecting to {host}</source>
        <translation>Délai dépassé après {seconds} s en se connectant à {host}</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s waiting for an answer from {host}</source>
        <translation>Délai dépassé après {seconds} s en attendant la réponse de {host}</translation>
    </message>
    <message>
        <source>{host} sent nothing for {seconds} s</source>
        <translation>{host} n’a rien envoyé pendant {seconds} s</translation>
    </message>
    <message>
        <source>{host} sent nothing for {seconds} s; stopped waiting for the rest of the answer</source>
        <translation>{host} n’a rien envoyé pendant {seconds} s ; l’attente de la suite de la réponse a été abandonnée</translation>
    </message>
    <message>
        <source>{host} sent an empty answer; the conversation is probably longer than the model&apos;s context window</source>
        <translation>{host} a envoyé une réponse vide ; la conversation dépasse sans doute la fenêtre de contexte du modèle</translation>
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
        <source>Starting model server</source>
        <translation>Démarrage du serveur du modèle</translation>
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
    <message>
        <source>The answer passed {limit} characters and was cut off there, to keep Ava responsive (the text so far is kept).</source>
        <translation>La réponse a dépassé {limit} caractères et a été coupée là pour qu’Ava reste réactif (le texte obtenu est conservé).</translation>
    </message>
    <message>
        <source>The answer reached its length limit (max tokens) and stopped there; Continue asks for more.</source>
        <translation>La réponse a atteint sa limite de longueur (max tokens) et s’est arrêtée là ; Continuer en demande la suite.</translation>
    </message>
    <message>
        <source>Rate limited by {host}; retrying in {seconds} s (Esc cancels)</source>
        <translation>{host} limite le débit des requêtes ; nouvel essai dans {seconds} s (Échap pour annuler)</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Nouvel essai…</translation>
    </message>
    <message>
        <source>The attachment {name} is missing from the database, so this conversation cannot be sent as it is; edit the message to attach it again.</source>
        <translation>La pièce jointe {name} manque dans la base de données : cette conversation ne peut pas être envoyée telle quelle ; modifiez le message pour la joindre à nouveau.</translation>
    </message>
    <message>
        <source>{model} cannot see images. Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} ne voit pas les images. Choisissez un modèle de vision, ou modifiez le message sans l’image ; votre message est conservé.</translation>
    </message>
    <message>
        <source>{model} ({where}) cannot see images. Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} ({where}) ne voit pas les images. Choisissez un modèle de vision, ou modifiez le message sans l’image ; votre message est conservé.</translation>
    </message>
    <message>
        <source>{model} does not accept images (the server said: {said}). Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} n’accepte pas les images (le serveur a répondu : {said}). Choisissez un modèle de vision, ou modifiez le message sans l’image ; votre message est conservé.</translation>
    </message>
    <message>
        <source>Local models are not available in this run</source>
        <translation>Les modèles locaux ne sont pas disponibles dans cette session</translation>
    </message>
    <message>
        <source>There is no local model named {model}; choose one of: {names}</source>
        <translation>Aucun modèle local ne s’appelle {model} ; choisissez parmi : {names}</translation>
    </message>
    <message>
        <source>There is no local model named {model}, and none is installed</source>
        <translation>Aucun modèle local ne s’appelle {model}, et aucun n’est installé</translation>
    </message>
    <message>
        <source>This conversation is too long for the model&apos;s context ({tokens} tokens): start a new chat, or raise the context size in Chat → Local Model Options.</source>
        <translation>Cette conversation est trop longue pour le contexte du modèle ({tokens} jetons) : commencez une nouvelle discussion ou augmentez la taille du contexte dans Discussion → Options du modèle local.</translation>
    </message>
    <message>
        <source>Could not load model {name}: the file is not there</source>
        <translation>Impossible de charger le modèle {name} : le fichier est introuvable</translation>
    </message>
    <message>
        <source>Could not load model {name}: not a GGUF model file</source>
        <translation>Impossible de charger le modèle {name} : ce n’est pas un fichier de modèle GGUF</translation>
    </message>
    <message>
        <source>Could not load model {name}</source>
        <translation>Impossible de charger le modèle {name}</translation>
    </message>
    <message>
        <source>Could not load model {name}: the server exited with status {status}</source>
        <translation>Impossible de charger le modèle {name} : le serveur s’est arrêté avec le code {status}</translation>
    </message>
    <message>
        <source>The local model server could not bind a loopback port</source>
        <translation>Le serveur du modèle local n’a pas pu réserver un port de bouclage</translation>
    </message>
    <message>
        <source>The local model server did not answer within {seconds} s (model {name})</source>
        <translation>Le serveur du modèle local n’a pas répondu en {seconds} s (modèle {name})</translation>
    </message>
    <message>
        <source>The local model server is not running</source>
        <translation>Le serveur du modèle local n’est pas lancé</translation>
    </message>
    <message>
        <source>{name}: the file is not there any more.</source>
        <translation>{name} : le fichier n’existe plus.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>{name} cannot be opened ({reason}).</source>
        <translation>Impossible d’ouvrir {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>Impossible de lire {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a device, pipe or socket); it was not read.</source>
        <translation>{name} n’est pas un fichier ordinaire (périphérique, tube ou socket) ; il n’a pas été lu.</translation>
    </message>
    <message>
        <source>{name} is {size}, over the {limit_size} limit for attachments.</source>
        <translation>{name} pèse {size}, au-delà de la limite de {limit_size} pour les pièces jointes.</translation>
    </message>
    <message>
        <source>{name} grew past the {limit_size} limit for attachments.</source>
        <translation>{name} a grossi au-delà de la limite de {limit_size} pour les pièces jointes.</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to send.</source>
        <translation>{name} est vide : il n’y a rien à envoyer.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no text to send.</source>
        <translation>{name} est vide : il n’y a aucun texte à envoyer.</translation>
    </message>
    <message>
        <source>{name} is an image; attach it as an image.</source>
        <translation>{name} est une image ; joignez-la en tant qu’image.</translation>
    </message>
    <message>
        <source>{name} is a {format} image; Ava attaches PNG, JPEG, WebP, GIF and BMP images (export it as PNG or JPEG).</source>
        <translation>{name} est une image {format} ; Ava joint les images PNG, JPEG, WebP, GIF et BMP (exportez-la en PNG ou JPEG).</translation>
    </message>
    <message>
        <source>{name} is in the old Word (.doc) or Office format Ava cannot read; save it as .docx or PDF and attach that.</source>
        <translation>{name} est dans l’ancien format Word (.doc) ou Office qu’Ava ne sait pas lire ; enregistrez-le en .docx ou PDF et joignez celui-ci.</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive; Ava attaches text, code, PDF, Word (.docx) and image files, not archives.</source>
        <translation>{name} est une archive ZIP ; Ava joint des fichiers texte, code, PDF, Word (.docx) et images, pas des archives.</translation>
    </message>
    <message>
        <source>{name} starts like {encoding} text but is not valid in that encoding.</source>
        <translation>{name} commence comme du texte {encoding} mais n’est pas valide dans cet encodage.</translation>
    </message>
    <message>
        <source>Conversation #{number} is malformed, so nothing was imported: {problem}</source>
        <translation>La conversation nº {number} est mal formée, rien n’a donc été importé : {problem}</translation>
    </message>
    <message>
        <source>Conversation #{number} “{title}” is malformed, so nothing was imported: {problem}</source>
        <translation>La conversation nº {number} « {title} » est mal formée, rien n’a donc été importé : {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{name} is not UTF-8 text (%n byte(s) not valid UTF-8; it may be Latin-1 or Windows-1252). Save it as UTF-8 and attach it again.</source>
        <translation>
            <numerusform>{name} n’est pas du texte UTF-8 (%n octet n’est pas de l’UTF-8 valide ; c’est peut-être du Latin-1 ou du Windows-1252). Enregistrez-le en UTF-8 et joignez-le à nouveau.</numerusform>
            <numerusform>{name} n’est pas du texte UTF-8 (%n octets ne sont pas de l’UTF-8 valide ; c’est peut-être du Latin-1 ou du Windows-1252). Enregistrez-le en UTF-8 et joignez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} holds binary data, not text (or text in UTF-16 without a byte-order mark); Ava attaches text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and image files.</source>
        <translation>{name} contient des données binaires, pas du texte (ou du texte UTF-16 sans indicateur d’ordre des octets) ; Ava joint les fichiers texte, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) et images.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n page(s); Ava reads at most {limit}. Split it, or attach the pages you need.</source>
        <translation>
            <numerusform>{name} compte %n page ; Ava en lit au plus {limit}. Scindez-le, ou joignez seulement les pages utiles.</numerusform>
            <numerusform>{name} compte %n pages ; Ava en lit au plus {limit}. Scindez-le, ou joignez seulement les pages utiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {name} took longer than {seconds} s (stopped at page {page} of {pages}); nothing was attached.</source>
        <translation>La lecture de {name} a pris plus de {seconds} s (arrêtée à la page {page} sur {pages}) ; rien n’a été joint.</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF (its structure loops).</source>
        <translation>{name} est un PDF endommagé (sa structure boucle).</translation>
    </message>
    <message>
        <source>{name} is damaged, or not a PDF Ava can read ({error}).</source>
        <translation>{name} est endommagé, ou n’est pas un PDF qu’Ava sait lire ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>{name} has no text layer (%n page(s) of pictures, perhaps a scan); Ava cannot read text from images of pages, so nothing was attached.</source>
        <translation>
            <numerusform>{name} n’a pas de couche de texte (%n page d’images, peut-être un scan) ; Ava ne sait pas lire le texte d’images de pages, donc rien n’a été joint.</numerusform>
            <numerusform>{name} n’a pas de couche de texte (%n pages d’images, peut-être un scan) ; Ava ne sait pas lire le texte d’images de pages, donc rien n’a été joint.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is protected by a password, so its text cannot be read; save a copy without the password and attach that.</source>
        <translation>{name} est protégé par un mot de passe, son texte ne peut donc pas être lu ; enregistrez-en une copie sans mot de passe et joignez-la.</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file (bad ZIP).</source>
        <translation>{name} est un fichier Word endommagé (ZIP invalide).</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive but not a Word document.</source>
        <translation>{name} est une archive ZIP, mais pas un document Word.</translation>
    </message>
    <message>
        <source>{name} is not a Word file Ava can read ({error}).</source>
        <translation>{name} n’est pas un fichier Word qu’Ava sait lire ({error}).</translation>
    </message>
    <message>
        <source>{name} has no text to send.</source>
        <translation>{name} ne contient aucun texte à envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not opened: it holds %n file(s) (a ZIP bomb, or far too big).</source>
        <translation>
            <numerusform>{name} n’a pas été ouvert : il contient %n fichier (une bombe ZIP, ou bien trop gros).</numerusform>
            <numerusform>{name} n’a pas été ouvert : il contient %n fichiers (une bombe ZIP, ou bien trop gros).</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not opened: it would unpack to {size}, over the {limit_size} limit (a ZIP bomb, or far too big).</source>
        <translation>{name} n’a pas été ouvert : décompressé, il ferait {size}, au-delà de la limite de {limit_size} (une bombe ZIP, ou bien trop gros).</translation>
    </message>
    <message>
        <source>The tools of {server} are unavailable: {why}</source>
        <translation>Les outils de {server} sont indisponibles : {why}</translation>
    </message>
    <message>
        <source>{name} did not start within {seconds} s</source>
        <translation>{name} n’a pas démarré en {seconds} s</translation>
    </message>
    <message>
        <source>{name} could not start</source>
        <translation>{name} n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>{name} stopped unexpectedly</source>
        <translation>{name} s’est arrêté de façon inattendue</translation>
    </message>
    <message>
        <source>{name}: {problem} (see mcp.json)</source>
        <translation>{name} : {problem} (voir mcp.json)</translation>
    </message>
    <message>
        <source>{why} (next try in {seconds} s)</source>
        <translation>{why} (prochain essai dans {seconds} s)</translation>
    </message>
    <message>
        <source>{name} did not list its tools within {seconds} s</source>
        <translation>{name} n’a pas listé ses outils en {seconds} s</translation>
    </message>
    <message>
        <source>{name} stopped while listing its tools</source>
        <translation>{name} s’est arrêté pendant qu’il listait ses outils</translation>
    </message>
    <message>
        <source>{name} failed listing its tools</source>
        <translation>{name} n’a pas réussi à lister ses outils</translation>
    </message>
    <message>
        <source>{name} was not opened: one part is compressed {ratio} to 1 (a ZIP bomb, or far too big).</source>
        <translation>{name} n’a pas été ouvert : une partie est compressée à {ratio} pour 1 (une bombe ZIP, ou bien trop gros).</translation>
    </message>
    <message>
        <source>{name}: cancelled.</source>
        <translation>{name} : annulé.</translation>
    </message>
    <message>
        <source>Reading {name} took longer than {seconds} s and was stopped; nothing was attached.</source>
        <translation>La lecture de {name} a pris plus de {seconds} s et a été arrêtée ; rien n’a été joint.</translation>
    </message>
    <message>
        <source>Reading {name} needed more than {limit_size} of memory and was stopped; nothing was attached.</source>
        <translation>La lecture de {name} demandait plus de {limit_size} de mémoire et a été arrêtée ; rien n’a été joint.</translation>
    </message>
    <message>
        <source>{name} could not be read (the reader stopped, code {code}).</source>
        <translation>Impossible de lire {name} (le lecteur s’est arrêté, code {code}).</translation>
    </message>
    <message>
        <source>This file is neither an Ava Desktop backup nor a ChatGPT export (conversations.json).</source>
        <translation>Ce fichier n’est ni une sauvegarde d’Ava Desktop ni un export ChatGPT (conversations.json).</translation>
    </message>
    <message>
        <source>The folder {name} has no conversations.json (is it an unpacked ChatGPT data export?).</source>
        <translation>Le dossier {name} ne contient pas de conversations.json (est-ce un export de données ChatGPT décompressé ?).</translation>
    </message>
    <message>
        <source>Cannot read {name} ({reason}).</source>
        <translation>Impossible de lire {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is too large to import.</source>
        <translation>{name} est trop volumineux pour être importé.</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size}).</source>
        <translation>{name} est trop volumineux pour être importé ({size}).</translation>
    </message>
    <message>
        <source>{name} is not a readable zip archive ({error}).</source>
        <translation>{name} n’est pas une archive ZIP lisible ({error}).</translation>
    </message>
    <message>
        <source>{name} does not contain a conversations.json (is it a ChatGPT data export?).</source>
        <translation>{name} ne contient pas de conversations.json (est-ce un export de données ChatGPT ?).</translation>
    </message>
    <message>
        <source>The conversations.json in {name} is too large to import.</source>
        <translation>Le conversations.json de {name} est trop volumineux pour être importé.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, so it is not a JSON export.</source>
        <translation>{name} n’est pas du texte UTF-8, ce n’est donc pas un export JSON.</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be an export.</source>
        <translation>{name} est trop profondément imbriqué pour être un export.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}).</source>
        <translation>{name} n’est pas un JSON valide ({error}).</translation>
    </message>
    <message>
        <source>Import failed while saving ({error}); nothing was imported.</source>
        <translation>L’importation a échoué lors de l’enregistrement ({error}) ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>This Ava Desktop backup has no valid format version.</source>
        <translation>Cette sauvegarde d’Ava Desktop n’a pas de version de format valide.</translation>
    </message>
    <message>
        <source>This backup was written by a newer Ava Desktop (format {version}, this version reads up to {supported}). Update to import it.</source>
        <translation>Cette sauvegarde a été écrite par une version plus récente d’Ava Desktop (format {version}, cette version lit jusqu’au {supported}). Mettez à jour pour l’importer.</translation>
    </message>
    <message>
        <source>This Ava Desktop backup has no list of conversations.</source>
        <translation>Cette sauvegarde d’Ava Desktop ne contient pas de liste de conversations.</translation>
    </message>
    <message>
        <source>This Ava Desktop backup&apos;s attachments (“blobs”) are not an object.</source>
        <translation>Les pièces jointes (« blobs ») de cette sauvegarde d’Ava Desktop ne sont pas un objet.</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is malformed.</source>
        <translation>La pièce jointe {sha}… de cette sauvegarde est mal formée.</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is not valid base64.</source>
        <translation>La pièce jointe {sha}… de cette sauvegarde n’est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is damaged: its bytes do not match their SHA-256 checksum, so they are not what was saved.</source>
        <translation>La pièce jointe {sha}… de cette sauvegarde est endommagée : ses octets ne correspondent pas à leur somme SHA-256, ce n’est donc pas ce qui a été enregistré.</translation>
    </message>
    <message>
        <source>The conversation database {path} is damaged. The file was kept unchanged; move it aside (or restore a backup) to start with an empty history</source>
        <translation>La base de données des conversations {path} est endommagée. Le fichier n’a pas été modifié ; déplacez-le (ou restaurez une sauvegarde) pour repartir d’un historique vide</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database (unexpected file header). The file was kept unchanged; move it aside (or restore a backup) to start with an empty history.</source>
        <translation>{path} n’est pas une base de données SQLite (en-tête de fichier inattendu). Le fichier n’a pas été modifié ; déplacez-le (ou restaurez une sauvegarde) pour repartir d’un historique vide.</translation>
    </message>
    <message>
        <source>The conversation database {path} failed its integrity check. The file was kept unchanged; move it aside (or restore a backup) to start with an empty history</source>
        <translation>La base de données des conversations {path} a échoué à son contrôle d’intégrité. Le fichier n’a pas été modifié ; déplacez-le (ou restaurez une sauvegarde) pour repartir d’un historique vide</translation>
    </message>
    <message>
        <source>The conversation database {path} could not be checked. The file was kept unchanged; history is not saved meanwhile</source>
        <translation>La base de données des conversations {path} n’a pas pu être vérifiée. Le fichier n’a pas été modifié ; l’historique n’est pas enregistré en attendant</translation>
    </message>
    <message>
        <source>The conversation database {path} is locked by another program</source>
        <translation>La base de données des conversations {path} est verrouillée par un autre programme</translation>
    </message>
    <message>
        <source>The conversation database {path} is already in use by another Ava Desktop window (lock file {lock}). Close the other instance, or start this one with a different --data-dir.</source>
        <translation>La base de données des conversations {path} est déjà utilisée par une autre fenêtre d’Ava Desktop (fichier de verrou {lock}). Fermez l’autre instance, ou lancez celle-ci avec un autre --data-dir.</translation>
    </message>
    <message>
        <source>The conversation database {path} was written by a newer Ava Desktop (schema version {version}; this version knows up to {supported}). The file was kept unchanged; update Ava Desktop to open it.</source>
        <translation>La base de données des conversations {path} a été écrite par une version plus récente d’Ava Desktop (version de schéma {version} ; cette version connaît jusqu’à la {supported}). Le fichier n’a pas été modifié ; mettez à jour Ava Desktop pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of {path} before upgrading it. The file was kept unchanged; free some disk space and start again</source>
        <translation>Impossible de garder une copie de {path} avant sa mise à niveau. Le fichier n’a pas été modifié ; libérez de l’espace disque et relancez</translation>
    </message>
    <message>
        <source>Cannot use the conversation database {path}</source>
        <translation>Impossible d’utiliser la base de données des conversations {path}</translation>
    </message>
    <message>
        <source>{path} exists but is not a file</source>
        <translation>{path} existe mais n’est pas un fichier</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>L’URL de base</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>L’URL du proxy</translation>
    </message>
    <message>
        <source>{what} must be text.</source>
        <translation>{what} doit être du texte.</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what} est vide.</translation>
    </message>
    <message>
        <source>{what} must not contain spaces or control characters.</source>
        <translation>{what} ne doit contenir ni espaces ni caractères de contrôle.</translation>
    </message>
    <message>
        <source>{what} must start with one of: {schemes}.</source>
        <translation>{what} doit commencer par l’un de : {schemes}.</translation>
    </message>
    <message>
        <source>{what} has no host name.</source>
        <translation>{what} n’a pas de nom d’hôte.</translation>
    </message>
    <message>
        <source>{what} has an invalid port.</source>
        <translation>{what} a un port non valide.</translation>
    </message>
    <message>
        <source>{what} must not contain a user name or password; use the API key.</source>
        <translation>{what} ne doit contenir ni nom d’utilisateur ni mot de passe ; utilisez la clé d’API.</translation>
    </message>
    <message>
        <source>Header names and values must be text.</source>
        <translation>Les noms et valeurs d’en-tête doivent être du texte.</translation>
    </message>
    <message>
        <source>Header name {name} is not a valid HTTP header name.</source>
        <translation>Le nom d’en-tête {name} n’est pas un nom d’en-tête HTTP valide.</translation>
    </message>
    <message>
        <source>Header {name}: value must not contain line breaks.</source>
        <translation>En-tête {name} : la valeur ne doit pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>Header {name} carries a secret and would be saved in plain text; put the key in the API key field instead.</source>
        <translation>L’en-tête {name} contient un secret et serait enregistré en clair ; mettez plutôt la clé dans le champ de clé d’API.</translation>
    </message>
    <message>
        <source>No system keychain found; keys will be kept for this session only.</source>
        <translation>Aucun trousseau système trouvé ; les clés ne seront conservées que pour cette session.</translation>
    </message>
    <message>
        <source>The system keychain could not store the key ({reason}); it will be kept for this session only.</source>
        <translation>Le trousseau système n’a pas pu enregistrer la clé ({reason}) ; elle ne sera conservée que pour cette session.</translation>
    </message>
    <message>
        <source>The API key for {endpoint} was entered for {key_host}; the endpoint now points at {host}, so the key is not sent there. Enter the key again in Settings if this server should have it.</source>
        <translation>La clé d’API de {endpoint} a été saisie pour {key_host} ; le point de terminaison pointe maintenant vers {host}, la clé n’y est donc pas envoyée. Saisissez-la à nouveau dans les Paramètres si ce serveur doit l’avoir.</translation>
    </message>
    <message>
        <source>The model&apos;s tokenizer did not answer; estimated instead</source>
        <translation>Le tokeniseur du modèle n’a pas répondu ; estimation à la place</translation>
    </message>
    <message>
        <source>{host} sent a malformed line in the stream</source>
        <translation>{host} a envoyé une ligne mal formée dans le flux</translation>
    </message>
    <message>
        <source>{host} sent data that is not a JSON object</source>
        <translation>{host} a envoyé des données qui ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>{host} sent a chunk with unexpected choices</source>
        <translation>{host} a envoyé un fragment avec des choices inattendus</translation>
    </message>
    <message>
        <source>{host} sent a chunk with an unexpected delta</source>
        <translation>{host} a envoyé un fragment avec un delta inattendu</translation>
    </message>
    <message>
        <source>{host} sent JSON that is not a chat completion chunk</source>
        <translation>{host} a envoyé du JSON qui n’est pas un fragment de réponse de chat</translation>
    </message>
    <message>
        <source>{host} sent a chunk with unexpected content</source>
        <translation>{host} a envoyé un fragment au contenu inattendu</translation>
    </message>
    <message>
        <source>{host} sent a content block without an index</source>
        <translation>{host} a envoyé un bloc de contenu sans index</translation>
    </message>
    <message>
        <source>{host} sent a content block delta without a delta</source>
        <translation>{host} a envoyé un delta de bloc de contenu sans delta</translation>
    </message>
    <message>
        <source>{host} sent a delta for a block that never started</source>
        <translation>{host} a envoyé un delta pour un bloc qui n’a jamais commencé</translation>
    </message>
    <message>
        <source>{host} sent a tool call over {limit} characters</source>
        <translation>{host} a envoyé un appel d’outil de plus de {limit} caractères</translation>
    </message>
    <message>
        <source>{host} sent an error it did not describe</source>
        <translation>{host} a signalé une erreur sans la décrire</translation>
    </message>
    <message>
        <source>{host} sent a chunk that could not be understood</source>
        <translation>{host} a envoyé un fragment incompréhensible</translation>
    </message>
    <message>
        <source>{host} answered with one JSON reply instead of an event stream (does it support streaming?)</source>
        <translation>{host} a répondu par une seule réponse JSON au lieu d’un flux d’événements (prend-il en charge le streaming ?)</translation>
    </message>
    <message>
        <source>{host} did not answer with an event stream (got {mime})</source>
        <translation>{host} n’a pas répondu par un flux d’événements (reçu : {mime})</translation>
    </message>
    <message>
        <source>{host} did not answer with an event stream (got {mime}); is the server URL right?</source>
        <translation>{host} n’a pas répondu par un flux d’événements (reçu : {mime}) ; l’URL du serveur est-elle correcte ?</translation>
    </message>
    <message>
        <source>{host} did not answer the model list with JSON</source>
        <translation>{host} n’a pas renvoyé la liste des modèles en JSON</translation>
    </message>
    <message>
        <source>{host} answered the model list with unexpected JSON</source>
        <translation>{host} a renvoyé la liste des modèles dans un JSON inattendu</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s listing the models of {host}</source>
        <translation>Délai dépassé après {seconds} s en listant les modèles de {host}</translation>
    </message>
    <message>
        <source>Claude cannot read {mime} images (only JPEG, PNG, GIF, WebP)</source>
        <translation>Claude ne sait pas lire les images {mime} (seulement JPEG, PNG, GIF, WebP)</translation>
    </message>
    <message>
        <source>Could not build the request for {provider}</source>
        <translation>Impossible de construire la requête pour {provider}</translation>
    </message>
    <message>
        <source>Could not encode the request for {host}</source>
        <translation>Impossible d’encoder la requête pour {host}</translation>
    </message>
    <message>
        <source>Unsupported proxy {proxy}: only http:// and https:// proxies are supported</source>
        <translation>Proxy non pris en charge {proxy} : seuls les proxys http:// et https:// sont pris en charge</translation>
    </message>
    <message>
        <source>Cannot create the folder for {path}</source>
        <translation>Impossible de créer le dossier pour {path}</translation>
    </message>
    <message>
        <source>Cannot create the lock file {lock}</source>
        <translation>Impossible de créer le fichier de verrou {lock}</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>l’entrée n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>{key} is not a string</source>
        <translation>{key} n’est pas une chaîne</translation>
    </message>
    <message>
        <source>&apos;args&apos; is not a list of strings</source>
        <translation>&apos;args&apos; n’est pas une liste de chaînes</translation>
    </message>
    <message>
        <source>&apos;url&apos; must start with http:// or https://</source>
        <translation>&apos;url&apos; doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <source>it has neither a &apos;command&apos; nor a &apos;url&apos;</source>
        <translation>elle n’a ni &apos;command&apos; ni &apos;url&apos;</translation>
    </message>
    <message>
        <source>&apos;timeout&apos; must be a number of seconds up to {limit}</source>
        <translation>&apos;timeout&apos; doit être un nombre de secondes jusqu’à {limit}</translation>
    </message>
    <message>
        <source>{key} is not an object</source>
        <translation>{key} n’est pas un objet</translation>
    </message>
    <message>
        <source>&apos;mcpServers&apos; in mcp.json is not an object; it is kept as it is</source>
        <translation>&apos;mcpServers&apos; dans mcp.json n’est pas un objet ; il est laissé tel quel</translation>
    </message>
    <message>
        <source>MCP server {name} cannot be used: {problem}</source>
        <translation>Le serveur MCP {name} ne peut pas être utilisé : {problem}</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}); no MCP servers are started for now.</source>
        <translation>{path} n’a pas pu être lu ({reason}) ; aucun serveur MCP n’est démarré pour l’instant.</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it was kept as {backup} and no MCP servers are configured.</source>
        <translation>{path} est endommagé ({error}) ; il a été conservé sous {backup} et aucun serveur MCP n’est configuré.</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it could not be moved aside and no MCP servers are configured.</source>
        <translation>{path} est endommagé ({error}) ; il n’a pas pu être mis de côté et aucun serveur MCP n’est configuré.</translation>
    </message>
    <message>
        <source>Claude Desktop&apos;s configuration was not found at {path}</source>
        <translation>La configuration de Claude Desktop est introuvable à {path}</translation>
    </message>
    <message>
        <source>Claude Desktop&apos;s configuration {path} could not be read</source>
        <translation>La configuration de Claude Desktop {path} n’a pas pu être lue</translation>
    </message>
    <message>
        <source>{path} lists no MCP servers</source>
        <translation>{path} ne liste aucun serveur MCP</translation>
    </message>
    <message>
        <source>{name} is already configured; it was left as it is</source>
        <translation>{name} est déjà configuré ; il a été laissé tel quel</translation>
    </message>
    <message>
        <source>{name} was imported but cannot be used: {problem}</source>
        <translation>{name} a été importé mais ne peut pas être utilisé : {problem}</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}); default settings are used for now.</source>
        <translation>Le fichier de paramètres {path} n’a pas pu être lu ({reason}) ; les paramètres par défaut sont utilisés pour l’instant.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it was kept as {backup} and default settings are used.</source>
        <translation>Le fichier de paramètres {path} est endommagé ({error}) ; il a été conservé sous {backup} et les paramètres par défaut sont utilisés.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it could not be backed up and default settings are used.</source>
        <translation>Le fichier de paramètres {path} est endommagé ({error}) ; il n’a pas pu être sauvegardé et les paramètres par défaut sont utilisés.</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}; using {default}.</source>
        <translation>Paramètre {key} : {problem} ; {default} est utilisé.</translation>
    </message>
    <message>
        <source>expected {kind}, found {found}</source>
        <translation>attendu : {kind}, trouvé : {found}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>Setting {key}: invalid value; dropped.</source>
        <translation>Paramètre {key} : valeur non valide ; ignoré.</translation>
    </message>
    <message>
        <source>Setting {key}: not an object; dropped.</source>
        <translation>Paramètre {key} : pas un objet ; ignoré.</translation>
    </message>
    <message>
        <source>Setting {key}: missing or not text; endpoint dropped.</source>
        <translation>Paramètre {key} : absent ou pas du texte ; point d’accès ignoré.</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}. The endpoint was disabled.</source>
        <translation>Paramètre {key} : {problem}. Le point d’accès a été désactivé.</translation>
    </message>
    <message>
        <source>Setting {key}: duplicate id; a new one was given.</source>
        <translation>Paramètre {key} : identifiant en double ; un nouveau a été attribué.</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}; dropped.</source>
        <translation>Paramètre {key} : {problem} ; ignoré.</translation>
    </message>
    <message>
        <source>value must be text</source>
        <translation>la valeur doit être du texte</translation>
    </message>
    <message>
        <source>Setting {key}: not an object; ignored.</source>
        <translation>Paramètre {key} : pas un objet ; non pris en compte.</translation>
    </message>
    <message>
        <source>Setting {key}: ignored.</source>
        <translation>Paramètre {key} : non pris en compte.</translation>
    </message>
    <message>
        <source>Setting {key}: needs a name and a text; dropped.</source>
        <translation>Paramètre {key} : un nom et un texte sont nécessaires ; ignoré.</translation>
    </message>
    <message>
        <source>Setting {key}: expected &quot;target/model&quot;: {low}..{high} tokens; ignored.</source>
        <translation>Paramètre {key} : attendu &quot;target/model&quot; : {low}..{high} jetons ; non pris en compte.</translation>
    </message>
    <message>
        <source>Language must be &quot;system&quot; or a code like &quot;ru&quot;, not {code}.</source>
        <translation>La langue doit être &quot;system&quot; ou un code comme &quot;ru&quot;, pas {code}.</translation>
    </message>
    <message>
        <source>Two endpoints have the same id.</source>
        <translation>Deux points d’accès ont le même identifiant.</translation>
    </message>
    <message>
        <source>Theme must be one of {names}.</source>
        <translation>Le thème doit être l’un de : {names}.</translation>
    </message>
    <message>
        <source>Model titles must be one of {names}.</source>
        <translation>Les titres par le modèle doivent être l’un de : {names}.</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>Max tool steps</source>
        <translation>Étapes d’outils max.</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}.</source>
        <translation>{what} doit être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <source>must be one of {names}</source>
        <translation>doit être l’un de : {names}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>doit être compris entre {low} et {high}</translation>
    </message>
    <message>
        <source>is not a folder path</source>
        <translation>n’est pas un chemin de dossier</translation>
    </message>
    <message>
        <source>is not base64</source>
        <translation>n’est pas en base64</translation>
    </message>
    <message>
        <source>Local model option {name} for {path} is not valid.</source>
        <translation>L’option de modèle local {name} pour {path} n’est pas valide.</translation>
    </message>
    <message>
        <source>The {name} is not base64.</source>
        <translation>{name} n’est pas en base64.</translation>
    </message>
    <message>
        <source>{field} should be text, not {type}</source>
        <translation>{field} devrait être du texte, pas {type}</translation>
    </message>
    <message>
        <source>{field} should be a number, not {type}</source>
        <translation>{field} devrait être un nombre, pas {type}</translation>
    </message>
    <message>
        <source>{field} is out of range</source>
        <translation>{field} est hors limites</translation>
    </message>
    <message>
        <source>{field} should be an object, not {type}</source>
        <translation>{field} devrait être un objet, pas {type}</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>ce n’est pas un objet</translation>
    </message>
    <message>
        <source>messages should be a list</source>
        <translation>messages devrait être une liste</translation>
    </message>
    <message>
        <source>a message is not an object</source>
        <translation>un message n’est pas un objet</translation>
    </message>
    <message>
        <source>unknown message role {role}</source>
        <translation>rôle de message inconnu {role}</translation>
    </message>
    <message>
        <source>a message&apos;s content is not text</source>
        <translation>le contenu d’un message n’est pas du texte</translation>
    </message>
    <message>
        <source>unknown message state {state}</source>
        <translation>état de message inconnu {state}</translation>
    </message>
    <message>
        <source>{field} should be a message id (a number)</source>
        <translation>{field} devrait être un identifiant de message (un nombre)</translation>
    </message>
    <message>
        <source>message id {id} appears twice</source>
        <translation>l’identifiant de message {id} apparaît deux fois</translation>
    </message>
    <message>
        <source>message {id} follows message {parent}, which is not before it in the file</source>
        <translation>le message {id} suit le message {parent}, qui n’est pas avant lui dans le fichier</translation>
    </message>
    <message>
        <source>message {id} shows {child}, which is not its reply</source>
        <translation>le message {id} affiche {child}, qui n’est pas sa réponse</translation>
    </message>
    <message>
        <source>active_root {root} is not a first message</source>
        <translation>active_root {root} n’est pas un premier message</translation>
    </message>
    <message>
        <source>a message&apos;s parts should be a list</source>
        <translation>les parties d’un message devraient être une liste</translation>
    </message>
    <message>
        <source>a message part is not an object with a kind</source>
        <translation>une partie de message n’est pas un objet avec kind</translation>
    </message>
    <message>
        <source>an attachment&apos;s sha256 is not a SHA-256 checksum</source>
        <translation>le sha256 d’une pièce jointe n’est pas une somme SHA-256</translation>
    </message>
    <message>
        <source>it has no &apos;mapping&apos; of messages</source>
        <translation>elle n’a pas de &apos;mapping&apos; des messages</translation>
    </message>
    <message>
        <source>a mapping entry is not an object</source>
        <translation>une entrée de mapping n’est pas un objet</translation>
    </message>
    <message>
        <source>a &apos;parent&apos; link is not a node id</source>
        <translation>un lien &apos;parent&apos; n’est pas un identifiant de nœud</translation>
    </message>
    <message>
        <source>the reply tree points to a missing node {node}</source>
        <translation>l’arbre des réponses pointe vers un nœud absent {node}</translation>
    </message>
    <message>
        <source>its reply tree has a cycle</source>
        <translation>son arbre des réponses contient un cycle</translation>
    </message>
    <message>
        <source>&apos;current_node&apos; does not name a message in the mapping</source>
        <translation>&apos;current_node&apos; ne désigne aucun message du mapping</translation>
    </message>
    <message>
        <source>a node&apos;s &apos;message&apos; is not an object</source>
        <translation>le &apos;message&apos; d’un nœud n’est pas un objet</translation>
    </message>
    <message>
        <source>a text message has no list of &apos;parts&apos;</source>
        <translation>un message texte n’a pas de liste &apos;parts&apos;</translation>
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
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>{name} (offline)</source>
        <translation>{name} (hors ligne)</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers.</source>
        <translation>{name} est hors ligne : son service ne répond plus.</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
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
    <name>PromptPresets</name>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Concise</source>
        <translation>Concis</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>Programmeur</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traducteur</translation>
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
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
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
    <message numerus="yes">
        <source>({count} character(s) in all)</source>
        <translation>
            <numerusform>({count} caractère au total)</numerusform>
            <numerusform>({count} caractères au total)</numerusform>
        </translation>
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
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>{provider} does not take %n option(s): {options}</source>
        <translation>
            <numerusform>{provider} n’accepte pas %n option : {options}</numerusform>
            <numerusform>{provider} n’accepte pas %n options : {options}</numerusform>
        </translation>
    </message>
</context>
</TS>
