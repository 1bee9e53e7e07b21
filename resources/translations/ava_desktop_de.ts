<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Ava Desktop</source>
        <translation>Über Ava Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ava Desktop {version}&lt;/h2&gt;&lt;p&gt;A desktop chat client for large language models.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ava Desktop {version}&lt;/h2&gt;&lt;p&gt;Ein Desktop-Chat-Client für große Sprachmodelle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Protokolle:</translation>
    </message>
    <message>
        <source>Open the logs folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation>Geschlossenen Tab &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Conversations and Search…</source>
        <translation>&amp;Unterhaltungen und Suche…</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>Unterhaltung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Export &amp;All (Backup)…</source>
        <translation>&amp;Alles exportieren (Sicherung)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Copy &amp;Last Answer</source>
        <translation>&amp;Letzte Antwort kopieren</translation>
    </message>
    <message>
        <source>&amp;Find in Conversation…</source>
        <translation>In Unterhaltung &amp;suchen…</translation>
    </message>
    <message>
        <source>Copy &amp;Conversation as Markdown</source>
        <translation>&amp;Unterhaltung als Markdown kopieren</translation>
    </message>
    <message>
        <source>Conversation &amp;Sidebar</source>
        <translation>&amp;Seitenleiste der Unterhaltungen</translation>
    </message>
    <message>
        <source>Search in the S&amp;idebar</source>
        <translation>In der Seitenleiste s&amp;uchen</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Größerer Text</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Kleinerer Text</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>&amp;Standardtextgröße</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>&amp;Regenerate Answer</source>
        <translation>Antwort &amp;neu erzeugen</translation>
    </message>
    <message>
        <source>&amp;Edit Last Message</source>
        <translation>Letzte Nachricht &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Previous &amp;Version of the Answer</source>
        <translation>&amp;Vorherige Version der Antwort</translation>
    </message>
    <message>
        <source>Next Ve&amp;rsion of the Answer</source>
        <translation>Nächste Ve&amp;rsion der Antwort</translation>
    </message>
    <message>
        <source>Select Previous Messa&amp;ge</source>
        <translation>Vorherige Nachricht aus&amp;wählen</translation>
    </message>
    <message>
        <source>Select &amp;Next Message</source>
        <translation>&amp;Nächste Nachricht auswählen</translation>
    </message>
    <message>
        <source>&amp;Tools (MCP Servers)…</source>
        <translation>&amp;Werkzeuge (MCP-Server)…</translation>
    </message>
    <message>
        <source>&amp;Find Local Servers</source>
        <translation>&amp;Lokale Server suchen</translation>
    </message>
    <message>
        <source>Add &amp;Local Model File…</source>
        <translation>&amp;Lokale Modelldatei hinzufügen…</translation>
    </message>
    <message>
        <source>Local &amp;Model Options…</source>
        <translation>Optionen des lokalen &amp;Modells…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Ava Desktop</source>
        <translation>Über &amp;Ava Desktop</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>API key not sent</source>
        <extracomment>One per app: the per-model corrections learned from reported usage are shared.</extracomment>
        <translation>API-Schlüssel nicht gesendet</translation>
    </message>
    <message>
        <source>The settings could not be saved to {path} ({reason}).</source>
        <translation>Die Einstellungen konnten nicht in {path} gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>The settings could not be saved ({reason}).</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>They are kept while Ava runs and saved again with the next change.</source>
        <translation>Sie bleiben erhalten, solange Ava läuft, und werden bei der nächsten Änderung erneut gespeichert.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The MCP server {name} needs you to sign in: Chat → Tools…, select it, then Sign In.</source>
        <translation>Der MCP-Server {name} verlangt eine Anmeldung: Chat → Werkzeuge…, ihn auswählen, dann Anmelden.</translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <source>Tool call waiting for approval</source>
        <translation>Werkzeugaufruf wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Arguments of the tool call</source>
        <translation>Argumente des Werkzeugaufrufs</translation>
    </message>
    <message>
        <source>Allow once (Enter)</source>
        <translation>Einmal erlauben (Eingabe)</translation>
    </message>
    <message>
        <source>Always allow this tool</source>
        <translation>Dieses Werkzeug immer erlauben</translation>
    </message>
    <message>
        <source>Deny (Esc)</source>
        <translation>Ablehnen (Esc)</translation>
    </message>
    <message numerus="yes">
        <source> (%n more waiting)</source>
        <translation>
            <numerusform> (%n weiterer wartet)</numerusform>
            <numerusform> (%n weitere warten)</numerusform>
        </translation>
    </message>
    <message>
        <source>The model wants to run {tool} from the {server} server{more}. Allow it?</source>
        <translation>Das Modell möchte {tool} vom Server {server} ausführen{more}. Erlauben?</translation>
    </message>
    <message numerus="yes">
        <source>({count} character(s) in all)</source>
        <translation>
            <numerusform>(insgesamt {count} Zeichen)</numerusform>
            <numerusform>(insgesamt {count} Zeichen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachButton</name>
    <message>
        <source>Attach files or images ({shortcut})</source>
        <translation>Dateien oder Bilder anhängen ({shortcut})</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Images and documents</source>
        <translation>Bilder und Dokumente</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Nicht angehängt</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>wird gelesen</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>nicht angehängt</translation>
    </message>
    <message>
        <source>Attachment {name}, {state}</source>
        <translation>Anhang {name}, {state}</translation>
    </message>
    <message>
        <source>Delete or Backspace removes it</source>
        <translation>Entf oder Rücktaste entfernt ihn</translation>
    </message>
</context>
<context>
    <name>AttachmentProcessor</name>
    <message>
        <source>{name} could not be attached ({error}).</source>
        <translation>{name} konnte nicht angehängt werden ({error}).</translation>
    </message>
    <message>
        <source>{name}: cancelled.</source>
        <translation>{name}: abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>{name} is cut off ({why}); attach a complete copy.</source>
        <translation>{name} ist unvollständig ({why}); hängen Sie eine vollständige Kopie an.</translation>
    </message>
    <message>
        <source>{name} is not an image Ava can read (PNG, JPEG, WebP, GIF, BMP).</source>
        <translation>{name} ist kein Bild, das Ava lesen kann (PNG, JPEG, WebP, GIF, BMP).</translation>
    </message>
    <message>
        <source>{name} does not say how large it is; it is damaged or not an image.</source>
        <translation>{name} gibt seine Größe nicht an; die Datei ist beschädigt oder kein Bild.</translation>
    </message>
    <message>
        <source>{name} claims {width} × {height} pixels ({megapixels} megapixels), over the {limit} megapixel limit; it was not opened (it could exhaust memory).</source>
        <translation>{name} gibt {width} × {height} Pixel an ({megapixels} Megapixel), mehr als das Limit von {limit} Megapixeln; es wurde nicht geöffnet (es könnte den Speicher erschöpfen).</translation>
    </message>
    <message>
        <source>{name} could not be decoded ({error}).</source>
        <translation>{name} konnte nicht dekodiert werden ({error}).</translation>
    </message>
    <message>
        <source>{name}: the clipboard image is empty.</source>
        <translation>{name}: Das Bild in der Zwischenablage ist leer.</translation>
    </message>
    <message>
        <source>{name} is over the {limit} megapixel limit.</source>
        <translation>{name} überschreitet das Limit von {limit} Megapixeln.</translation>
    </message>
    <message>
        <source>the PNG has no end marker</source>
        <translation>dem PNG fehlt die Endmarkierung</translation>
    </message>
    <message>
        <source>the JPEG has no end marker</source>
        <translation>dem JPEG fehlt die Endmarkierung</translation>
    </message>
    <message>
        <source>the WebP is shorter than it says</source>
        <translation>das WebP ist kürzer als angegeben</translation>
    </message>
    <message>
        <source>the BMP is shorter than it says</source>
        <translation>das BMP ist kürzer als angegeben</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached; the link to {hosts} was not downloaded.</source>
        <translation>Nur Dateien auf diesem Computer können angehängt werden; der Link zu {hosts} wurde nicht heruntergeladen.</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not attached: at most %n attachment(s) go with one message.</source>
        <translation>
            <numerusform>{name} wurde nicht angehängt: Eine Nachricht kann höchstens %n Anhang haben.</numerusform>
            <numerusform>{name} wurde nicht angehängt: Eine Nachricht kann höchstens %n Anhänge haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first {count} character(s) of {name} are kept (the limit for one attachment).</source>
        <translation>
            <numerusform>Von {name} bleibt nur das erste Zeichen ({count}) erhalten (das Limit für einen Anhang).</numerusform>
            <numerusform>Von {name} bleiben nur die ersten {count} Zeichen erhalten (das Limit für einen Anhang).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{size} · {count} char(s)</source>
        <translation>
            <numerusform>{size} · {count} Zeichen</numerusform>
            <numerusform>{size} · {count} Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is attached already.</source>
        <translation>{name} ist bereits angehängt.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>The image could not be shown.</source>
        <translation>Das Bild konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Text von {name}</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Speichern fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>AttachmentsAndCopy</name>
    <message>
        <source>No answer to copy yet</source>
        <translation>Noch keine Antwort zum Kopieren</translation>
    </message>
    <message>
        <source>Copied the last answer as Markdown</source>
        <translation>Letzte Antwort als Markdown kopiert</translation>
    </message>
    <message>
        <source>Copied the conversation as Markdown</source>
        <translation>Unterhaltung als Markdown kopiert</translation>
    </message>
</context>
<context>
    <name>AvaApp</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Ava Desktop</source>
        <translation>Ava Desktop</translation>
    </message>
    <message>
        <source>Ava Desktop cannot use its data folder: {exc}</source>
        <translation>Ava Desktop kann den Datenordner nicht verwenden: {exc}</translation>
    </message>
    <message>
        <source>Ava Desktop is already running with the data folder {folder} but does not answer. Close it (or end its process), or start with another --data-dir.</source>
        <translation>Ava Desktop läuft bereits mit dem Datenordner {folder}, antwortet aber nicht. Schließen Sie es (oder beenden Sie den Prozess) oder starten Sie mit einem anderen --data-dir.</translation>
    </message>
</context>
<context>
    <name>ChatSetup</name>
    <message>
        <source>No provider is connected yet. Open Settings (Ctrl+,) to add an endpoint with its API key (OpenAI, OpenRouter, Groq, DeepSeek, Mistral, …), or start a local server such as Ollama, LM Studio or llama.cpp: Ava finds it by itself (Chat → Find Local Servers).</source>
        <translation>Noch ist kein Anbieter verbunden. Öffnen Sie die Einstellungen (Strg+,), um einen Endpunkt mit API-Schlüssel hinzuzufügen (OpenAI, OpenRouter, Groq, DeepSeek, Mistral, …), oder starten Sie einen lokalen Server wie Ollama, LM Studio oder llama.cpp: Ava findet ihn selbst (Chat → Lokale Server suchen).</translation>
    </message>
    <message>
        <source>System prompt, temperature and length for this chat</source>
        <translation>Systemprompt, Temperatur und Länge für diesen Chat</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>Could not save the model choice: {exc}</source>
        <translation>Die Modellauswahl konnte nicht gespeichert werden: {exc}</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers.</source>
        <translation>{name} ist offline: Der Dienst antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers. Pick another provider above.</source>
        <translation>{name} ist offline: Der Dienst antwortet nicht mehr. Wählen Sie oben einen anderen Anbieter.</translation>
    </message>
    <message>
        <source>Chatting with {name}. Type a message below.</source>
        <translation>Chat mit {name}. Geben Sie unten eine Nachricht ein.</translation>
    </message>
    <message>
        <source>Could not save the chat settings: {exc}</source>
        <translation>Die Chat-Einstellungen konnten nicht gespeichert werden: {exc}</translation>
    </message>
    <message>
        <source>Choose a provider first (Settings, Ctrl+,).</source>
        <translation>Wählen Sie zuerst einen Anbieter (Einstellungen, Strg+,).</translation>
    </message>
    <message>
        <source>Type or choose a model first.</source>
        <translation>Geben Sie zuerst ein Modell ein oder wählen Sie eines.</translation>
    </message>
    <message>
        <source>{name} is offline; trying anyway.</source>
        <translation>{name} ist offline; es wird trotzdem versucht.</translation>
    </message>
</context>
<context>
    <name>ChatTab</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Editing a message: Enter sends it as a new version (the old one stays), Esc cancels.</source>
        <translation>Nachricht bearbeiten: Eingabe sendet sie als neue Version (die alte bleibt erhalten), Esc bricht ab.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Ask several models the next message, side by side</source>
        <translation>Die nächste Nachricht an mehrere Modelle senden, nebeneinander</translation>
    </message>
    <message>
        <source>Blocked a link Ava does not open: {url}</source>
        <translation>Ein Link, den Ava nicht öffnet, wurde blockiert: {url}</translation>
    </message>
    <message>
        <source>Still answering: press Esc to stop it, your text is kept.</source>
        <translation>Die Antwort läuft noch: Esc hält sie an, dein Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>Still reading an attachment; send again when it is ready.</source>
        <translation>Ein Anhang wird noch gelesen; sende erneut, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>Could not save the tool choice: {exc}</source>
        <translation>Die Werkzeugauswahl konnte nicht gespeichert werden: {exc}</translation>
    </message>
    <message>
        <source>The next message goes to {names}, side by side. Esc cancels.</source>
        <translation>Die nächste Nachricht geht nebeneinander an {names}. Esc bricht ab.</translation>
    </message>
    <message>
        <source>Still answering: wait for every model, or press Esc.</source>
        <translation>Die Antwort läuft noch: warte auf alle Modelle oder drücke Esc.</translation>
    </message>
    <message>
        <source>Still answering: press Esc to stop it first.</source>
        <translation>Die Antwort läuft noch: halte sie zuerst mit Esc an.</translation>
    </message>
</context>
<context>
    <name>ChatTabBar</name>
    <message>
        <source>Close tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <source>Close tab (Ctrl+W)</source>
        <translation>Tab schließen (Strg+W)</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>No wrap</source>
        <translation>Kein Umbruch</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Umbrechen</translation>
    </message>
    <message>
        <source>[image: {alt}]</source>
        <translation>[Bild: {alt}]</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Answer of {model}</source>
        <translation>Antwort von {model}</translation>
    </message>
    <message>
        <source>Continue with this answer</source>
        <translation>Mit dieser Antwort fortfahren</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} Tok./s</translation>
    </message>
    <message>
        <source>first token {seconds} s</source>
        <translation>erstes Token nach {seconds} s</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Ask Several Models</source>
        <translation>Mehrere Modelle fragen</translation>
    </message>
    <message>
        <source>Model {number}</source>
        <translation>Modell {number}</translation>
    </message>
    <message>
        <source>Ask These Models</source>
        <translation>Diese Modelle fragen</translation>
    </message>
    <message>
        <source>The next message goes to each model checked here; their answers stream side by side.</source>
        <translation>Die nächste Nachricht geht an jedes hier markierte Modell; die Antworten erscheinen nebeneinander.</translation>
    </message>
    <message>
        <source>Check two to four models, each with a provider and a model name.</source>
        <translation>Markieren Sie zwei bis vier Modelle, jeweils mit Anbieter und Modellname.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message — Enter to send, Shift+Enter for a new line</source>
        <translation>Nachricht — Eingabe zum Senden, Umschalt+Eingabe für eine neue Zeile</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>ContextChecks</name>
    <message>
        <source>Too long for the model</source>
        <translation>Zu lang für das Modell</translation>
    </message>
    <message>
        <source>Send the First Part of {name}</source>
        <translation>Den Anfang von {name} senden</translation>
    </message>
    <message>
        <source>Leave Out the Oldest {drop} Messages</source>
        <translation>Die ältesten {drop} Nachrichten weglassen</translation>
    </message>
    <message>
        <source>New Conversation from a Summary</source>
        <translation>Neue Unterhaltung aus einer Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>This request takes about {count} token(s), and the model&apos;s context holds {limit} (with room for the answer). What should Ava do?</source>
        <translation>
            <numerusform>Diese Anfrage umfasst etwa {count} Token, der Kontext des Modells fasst {limit} (mit Platz für die Antwort). Was soll Ava tun?</numerusform>
            <numerusform>Diese Anfrage umfasst etwa {count} Token, der Kontext des Modells fasst {limit} (mit Platz für die Antwort). Was soll Ava tun?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} alone is about {count} token(s) ({chars} characters); about {room} are free.</source>
        <translation>
            <numerusform>{name} allein umfasst etwa {count} Token ({chars} Zeichen); etwa {room} sind frei.</numerusform>
            <numerusform>{name} allein umfasst etwa {count} Token ({chars} Zeichen); etwa {room} sind frei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave Out the Oldest %n Message(s)</source>
        <translation>
            <numerusform>Die älteste Nachricht (%n) weglassen</numerusform>
            <numerusform>Die ältesten %n Nachrichten weglassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>The server says this request is longer than the model&apos;s context. What should Ava do?</source>
        <translation>Der Server sagt, diese Anfrage ist länger als der Kontext des Modells. Was soll Ava tun?</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <source>Context: not measured yet</source>
        <extracomment>(light theme, dark theme) text colours, readable on each theme&apos;s window background.</extracomment>
        <translation>Kontext: noch nicht gemessen</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>counted by the model&apos;s tokenizer</source>
        <translation>vom Tokenizer des Modells gezählt</translation>
    </message>
    <message>
        <source>as reported by the server</source>
        <translation>laut Server</translation>
    </message>
    <message>
        <source>, near the limit</source>
        <translation>, nahe am Limit</translation>
    </message>
    <message>
        <source>, too long for the model</source>
        <translation>, zu lang für das Modell</translation>
    </message>
    <message>
        <source>Context: {used} of {limit} tokens ({how})</source>
        <translation>Kontext: {used} von {limit} Token ({how})</translation>
    </message>
    <message>
        <source>Context: {used} tokens ({how})</source>
        <translation>Kontext: {used} Token ({how})</translation>
    </message>
</context>
<context>
    <name>ContextTip</name>
    <message>
        <source>set in Settings</source>
        <translation>in den Einstellungen festgelegt</translation>
    </message>
    <message>
        <source>from the server&apos;s model list</source>
        <translation>aus der Modellliste des Servers</translation>
    </message>
    <message>
        <source>the local model&apos;s context size (n_ctx)</source>
        <translation>die Kontextgröße des lokalen Modells (n_ctx)</translation>
    </message>
    <message>
        <source>typical for this model (approximate)</source>
        <translation>typisch für dieses Modell (ungefähr)</translation>
    </message>
    <message numerus="yes">
        <source>{count} token(s) in the next request</source>
        <translation>
            <numerusform>{count} Token in der nächsten Anfrage</numerusform>
            <numerusform>{count} Token in der nächsten Anfrage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• {count} as the server reported after the last answer</source>
        <translation>
            <numerusform>• {count} laut Server nach der letzten Antwort</numerusform>
            <numerusform>• {count} laut Server nach der letzten Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• {count} counted by the model&apos;s tokenizer</source>
        <translation>
            <numerusform>• {count} vom Tokenizer des Modells gezählt</numerusform>
            <numerusform>• {count} vom Tokenizer des Modells gezählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• about {count} estimated (≈4 characters per token, 1 per CJK character; images by the provider&apos;s formula)</source>
        <translation>
            <numerusform>• etwa {count} geschätzt (≈4 Zeichen pro Token, 1 pro CJK-Zeichen; Bilder nach der Formel des Anbieters)</numerusform>
            <numerusform>• etwa {count} geschätzt (≈4 Zeichen pro Token, 1 pro CJK-Zeichen; Bilder nach der Formel des Anbieters)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates for this model were {percent}% low against the server&apos;s count; corrected ×{ratio}.</source>
        <translation>Die Schätzungen für dieses Modell lagen {percent}% unter der Zählung des Servers; korrigiert mit ×{ratio}.</translation>
    </message>
    <message>
        <source>Estimates for this model were {percent}% high against the server&apos;s count; corrected ×{ratio}.</source>
        <translation>Die Schätzungen für dieses Modell lagen {percent}% über der Zählung des Servers; korrigiert mit ×{ratio}.</translation>
    </message>
    <message>
        <source>Context window: {limit} tokens, {source}.</source>
        <translation>Kontextfenster: {limit} Token, {source}.</translation>
    </message>
    <message>
        <source>{reserve} of them are kept free for the answer.</source>
        <translation>Davon bleiben {reserve} für die Antwort frei.</translation>
    </message>
    <message>
        <source>This model&apos;s context window is not known: set it in Settings (model_context_windows).</source>
        <translation>Das Kontextfenster dieses Modells ist nicht bekannt: Legen Sie es in den Einstellungen fest (model_context_windows).</translation>
    </message>
    <message numerus="yes">
        <source>Too long: leaving out the %n oldest message(s) would make it fit.</source>
        <translation>
            <numerusform>Zu lang: Ohne die älteste Nachricht (%n) würde es passen.</numerusform>
            <numerusform>Zu lang: Ohne die %n ältesten Nachrichten würde es passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too long even without older messages: start a new conversation with a summary.</source>
        <translation>Auch ohne ältere Nachrichten zu lang: Beginnen Sie eine neue Unterhaltung mit einer Zusammenfassung.</translation>
    </message>
</context>
<context>
    <name>ConversationCommands</name>
    <message>
        <source>No closed tab to reopen</source>
        <translation>Kein geschlossener Tab zum Wiederherstellen</translation>
    </message>
    <message>
        <source>That conversation no longer exists</source>
        <translation>Diese Unterhaltung existiert nicht mehr</translation>
    </message>
    <message>
        <source>History is not available (the database could not be opened)</source>
        <translation>Der Verlauf ist nicht verfügbar (die Datenbank konnte nicht geöffnet werden)</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>„{title}“ gelöscht</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <source>Could not read the conversations: {exc}</source>
        <translation>Die Unterhaltungen konnten nicht gelesen werden: {exc}</translation>
    </message>
    <message>
        <source>Could not search: {exc}</source>
        <translation>Suche nicht möglich: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
</context>
<context>
    <name>DialogCommands</name>
    <message>
        <source>Text size {size} pt</source>
        <translation>Textgröße {size} pt</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>Standardtextgröße</translation>
    </message>
    <message numerus="yes">
        <source>%n answer was cut off when Ava last stopped; the text is kept and can be continued.</source>
        <translation>
            <numerusform>%n Antwort wurde beim letzten Beenden von Ava abgebrochen; der Text ist erhalten und kann fortgesetzt werden.</numerusform>
            <numerusform>%n Antworten wurden beim letzten Beenden von Ava abgebrochen; der Text ist erhalten und kann fortgesetzt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers were cut off when Ava last stopped; the text is kept and can be continued.</source>
        <translation>
            <numerusform>%n Antwort wurde beim letzten Beenden von Ava abgebrochen; der Text ist erhalten und kann fortgesetzt werden.</numerusform>
            <numerusform>%n Antworten wurden beim letzten Beenden von Ava abgebrochen; der Text ist erhalten und kann fortgesetzt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for local servers…</source>
        <translation>Lokale Server werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n model(s))</source>
        <translation>
            <numerusform>{name} (%n Modell)</numerusform>
            <numerusform>{name} (%n Modelle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Found {names}</source>
        <translation>Gefunden: {names}</translation>
    </message>
    <message>
        <source>No local server answered</source>
        <translation>Kein lokaler Server hat geantwortet</translation>
    </message>
    <message>
        <source>⚠ History is not being saved</source>
        <translation>⚠ Der Verlauf wird nicht gespeichert</translation>
    </message>
    <message>
        <source>Conversation history unavailable</source>
        <translation>Unterhaltungsverlauf nicht verfügbar</translation>
    </message>
    <message>
        <source>Ava Desktop will run, but new conversations are not saved until this is resolved. The existing file was not changed.</source>
        <translation>Ava Desktop läuft weiter, aber neue Unterhaltungen werden erst gespeichert, wenn das Problem behoben ist. Die vorhandene Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Ava Desktop hit an unexpected error. It was logged; your conversations are safe.</source>
        <translation>In Ava Desktop ist ein unerwarteter Fehler aufgetreten. Er wurde protokolliert; Ihre Unterhaltungen sind sicher.</translation>
    </message>
</context>
<context>
    <name>EndpointDraft</name>
    <message>
        <source>new, unsaved</source>
        <translation>neu, nicht gespeichert</translation>
    </message>
    <message>
        <source>removed on save</source>
        <translation>wird beim Speichern entfernt</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>diese Sitzung</translation>
    </message>
    <message>
        <source>Header row {row}: {problem}</source>
        <translation>Header-Zeile {row}: {problem}</translation>
    </message>
    <message>
        <source>Header row {row}: {name} is listed twice.</source>
        <translation>Header-Zeile {row}: {name} ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <source>The API key must not contain spaces or control characters.</source>
        <translation>Der API-Schlüssel darf keine Leer- oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The base URL now points to {new_host}: type its API key again (the stored key is only for {old_host}), or remove the key.</source>
        <translation>Die Basis-URL zeigt jetzt auf {new_host}: Geben Sie den API-Schlüssel erneut ein (der gespeicherte Schlüssel gilt nur für {old_host}) oder entfernen Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>✓ Connected, but the server lists no models.</source>
        <translation>✓ Verbunden, aber der Server listet keine Modelle.</translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>memory for this session only</source>
        <translation>dem Speicher, nur für diese Sitzung</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Ena&amp;bled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>Header entfernen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>List the server&apos;s models with the values in this form</source>
        <translation>Die Modelle des Servers mit den Angaben dieses Formulars abrufen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Zusätzliche &amp;Header:</translation>
    </message>
    <message>
        <source>The key will be removed when you save</source>
        <translation>Der Schlüssel wird beim Speichern entfernt</translation>
    </message>
    <message>
        <source>The saved key is in a keychain not available now; type it again</source>
        <translation>Der gespeicherte Schlüssel liegt in einem derzeit nicht verfügbaren Schlüsselbund; geben Sie ihn erneut ein</translation>
    </message>
    <message>
        <source>•••• stored in {where} (type to replace)</source>
        <translation>•••• gespeichert in {where} (zum Ersetzen eintippen)</translation>
    </message>
    <message>
        <source>•••• kept for this session only (type to replace)</source>
        <translation>•••• nur für diese Sitzung behalten (zum Ersetzen eintippen)</translation>
    </message>
    <message>
        <source>Paste the key; it is saved in {where}</source>
        <translation>Schlüssel einfügen; er wird in {where} gespeichert</translation>
    </message>
    <message>
        <source>Fix the fields above first.</source>
        <translation>Korrigieren Sie zuerst die Felder oben.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s): {names}</source>
        <translation>
            <numerusform>%n Modell: {names}</numerusform>
            <numerusform>%n Modelle: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>The test failed: {problem}</source>
        <translation>Der Test ist fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>EndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Tick an endpoint to enable it</source>
        <translation>Einen Endpunkt ankreuzen, um ihn zu aktivieren</translation>
    </message>
    <message>
        <source>{name} ({where})</source>
        <translation>{name} ({where})</translation>
    </message>
    <message>
        <source>Custom (any OpenAI-compatible server)</source>
        <translation>Benutzerdefiniert (jeder OpenAI-kompatible Server)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove endpoint</source>
        <translation>Endpunkt &amp;entfernen</translation>
    </message>
    <message>
        <source>New endpoint &amp;from:</source>
        <translation>Neuer Endpunkt &amp;aus:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Needs fixing before it can be saved</source>
        <translation>Muss vor dem Speichern korrigiert werden</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Added {name}; Save keeps it.</source>
        <translation>{name} hinzugefügt; Speichern übernimmt ihn.</translation>
    </message>
    <message>
        <source>Removed {name}; Cancel brings it back.</source>
        <translation>{name} entfernt; Abbrechen holt ihn zurück.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Nothing to export yet</source>
        <translation>Noch nichts zu exportieren</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json);;Web page (*.html)</source>
        <translation>Markdown (*.md);;JSON (*.json);;Webseite (*.html)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to {target}</source>
        <translation>Exportiert nach {target}</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>Noch nichts zu drucken</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>An den Drucker gesendet</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export all conversations</source>
        <translation>Alle Unterhaltungen exportieren</translation>
    </message>
    <message>
        <source>Ava backup (*.json)</source>
        <translation>Ava-Sicherung (*.json)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n conversation(s) to {path}</source>
        <translation>
            <numerusform>%n Unterhaltung in {path} gespeichert</numerusform>
            <numerusform>%n Unterhaltungen in {path} gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import conversations</source>
        <translation>Unterhaltungen importieren</translation>
    </message>
    <message>
        <source>Conversations (*.json *.zip);;All files (*)</source>
        <translation>Unterhaltungen (*.json *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s) ({skipped} were already here)</source>
        <translation>
            <numerusform>%n Unterhaltung importiert ({skipped} waren schon vorhanden)</numerusform>
            <numerusform>%n Unterhaltungen importiert ({skipped} waren schon vorhanden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a GGUF model file</source>
        <translation>GGUF-Modelldatei hinzufügen</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not a GGUF model</source>
        <translation>Kein GGUF-Modell</translation>
    </message>
    <message>
        <source>is not a GGUF model file (llama.cpp&apos;s format), so it cannot be loaded.</source>
        <translation>ist keine GGUF-Modelldatei (das Format von llama.cpp) und kann daher nicht geladen werden.</translation>
    </message>
    <message>
        <source>Local models are not installed</source>
        <translation>Lokale Modelle sind nicht installiert</translation>
    </message>
    <message>
        <source>Install Ava Desktop with the &apos;local&apos; extra to run GGUF models: pip install &apos;ava-desktop[local]&apos;</source>
        <translation>Installieren Sie Ava Desktop mit dem Extra &apos;local&apos;, um GGUF-Modelle auszuführen: pip install &apos;ava-desktop[local]&apos;</translation>
    </message>
    <message>
        <source>Added {name} under Local</source>
        <translation>{name} unter „Lokal“ hinzugefügt</translation>
    </message>
    <message>
        <source>Choose a local model in this tab first</source>
        <translation>Wählen Sie zuerst in diesem Tab ein lokales Modell</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>In Unterhaltung suchen</translation>
    </message>
    <message>
        <source>Find in this conversation</source>
        <translation>In dieser Unterhaltung suchen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Earlier messages are not shown yet: scroll up to the top to load them.</source>
        <translation>Frühere Nachrichten werden noch nicht angezeigt: ganz nach oben scrollen, um sie zu laden.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>None shown, %1 in earlier messages</source>
        <translation>Keine angezeigt, %1 in früheren Nachrichten</translation>
    </message>
    <message>
        <source>(+%1 in earlier messages)</source>
        <translation>(+%1 in früheren Nachrichten)</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Local and free servers only</source>
        <translation>Nur lokale und kostenlose Server</translation>
    </message>
    <message>
        <source>Always, also paid endpoints</source>
        <translation>Immer, auch kostenpflichtige Endpunkte</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Temperature must be a number from {lo} to {hi}, or blank for the provider&apos;s default.</source>
        <translation>Die Temperatur muss eine Zahl von {lo} bis {hi} sein oder leer bleiben (Standard des Anbieters).</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart.</translation>
    </message>
    <message>
        <source>none (HTTPS_PROXY is used if set)</source>
        <translation>keiner (HTTPS_PROXY wird verwendet, falls gesetzt)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>provider default (0–2)</source>
        <translation>Standard des Anbieters (0–2)</translation>
    </message>
    <message>
        <source>After the first answer, ask the same model for a short title for the conversation. “Local and free” means only where no API key is sent (your own models, local servers, keyless endpoints, OpenRouter&apos;s free models): an endpoint with a key may charge for the extra request. A title you give by hand is never replaced.</source>
        <translation>Nach der ersten Antwort wird dasselbe Modell um einen kurzen Titel für die Unterhaltung gebeten. „Lokal und kostenlos“ heißt: nur wo kein API-Schlüssel gesendet wird (eigene Modelle, lokale Server, Endpunkte ohne Schlüssel, die kostenlosen Modelle von OpenRouter); ein Endpunkt mit Schlüssel kann die zusätzliche Anfrage berechnen. Ein von Hand vergebener Titel wird nie ersetzt.</translation>
    </message>
    <message>
        <source>Show &amp;offline providers (CodeLinkAva)</source>
        <translation>&amp;Offline-Anbieter anzeigen (CodeLinkAva)</translation>
    </message>
    <message>
        <source>&amp;Discover local servers (Ollama, LM Studio, …)</source>
        <translation>Lokale Server &amp;finden (Ollama, LM Studio, …)</translation>
    </message>
    <message>
        <source>&amp;Add preset</source>
        <translation>Vorlage &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve preset</source>
        <translation>Vorlage &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Proxy URL:</source>
        <translation>&amp;Proxy-URL:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>Default s&amp;ystem prompt:</source>
        <translation>Standard-S&amp;ystemprompt:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>&amp;Max. Token:</translation>
    </message>
    <message>
        <source>Titles &amp;by the model:</source>
        <translation>T&amp;itel vom Modell:</translation>
    </message>
    <message>
        <source>P&amp;rompt presets:</source>
        <translation>P&amp;romptvorlagen:</translation>
    </message>
    <message>
        <source>Preset &amp;name:</source>
        <translation>&amp;Name der Vorlage:</translation>
    </message>
    <message>
        <source>Preset te&amp;xt:</source>
        <translation>Te&amp;xt der Vorlage:</translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name} (integriert)</translation>
    </message>
    <message>
        <source>Built-in instructions are sent to the model as written, in English.</source>
        <translation>Eingebaute Anweisungen werden unverändert auf Englisch an das Modell gesendet.</translation>
    </message>
    <message>
        <source>My preset</source>
        <translation>Meine Vorlage</translation>
    </message>
    <message>
        <source>A prompt preset has no name.</source>
        <translation>Eine Promptvorlage hat keinen Namen.</translation>
    </message>
    <message>
        <source>There is already a prompt preset named {name}.</source>
        <translation>Es gibt bereits eine Promptvorlage namens {name}.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Search all conversations…</source>
        <translation>Alle Unterhaltungen durchsuchen…</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Alle Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Neuer Titel</translation>
    </message>
    <message>
        <source>Could not read the history: {exc}</source>
        <translation>Der Verlauf konnte nicht gelesen werden: {exc}</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Deleted “{title}” — Undo brings it back</source>
        <translation>„{title}“ gelöscht – „Löschen rückgängig machen“ holt sie zurück</translation>
    </message>
</context>
<context>
    <name>LaunchFiles</name>
    <message>
        <source>Cannot open</source>
        <translation>Kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Ava Desktop opens conversation backups (.json), ChatGPT exports (.zip) and GGUF model files.</source>
        <translation>Ava Desktop öffnet Sicherungen von Unterhaltungen (.json), ChatGPT-Exporte (.zip) und GGUF-Modelldateien.</translation>
    </message>
    <message>
        <source>• {name}: import conversations</source>
        <translation>• {name}: Unterhaltungen importieren</translation>
    </message>
    <message>
        <source>• {name}: add as a local model</source>
        <translation>• {name}: als lokales Modell hinzufügen</translation>
    </message>
    <message>
        <source>• {name}: not a file Ava Desktop can open (skipped)</source>
        <translation>• {name}: keine Datei, die Ava Desktop öffnen kann (übersprungen)</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Dateien öffnen</translation>
    </message>
    <message>
        <source>Ava Desktop was asked to open:</source>
        <translation>Ava Desktop soll Folgendes öffnen:</translation>
    </message>
</context>
<context>
    <name>LocalModelDialog</name>
    <message>
        <source>Local model: {name}</source>
        <translation>Lokales Modell: {name}</translation>
    </message>
    <message>
        <source>Layers offloaded to the GPU; needs a GPU build of llama-cpp-python, 0 runs on the CPU</source>
        <translation>Auf die GPU ausgelagerte Schichten; erfordert einen GPU-Build von llama-cpp-python, 0 läuft auf der CPU</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Context size (tokens):</source>
        <translation>&amp;Kontextgröße (Token):</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>&amp;GPU-Schichten:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Conversation transcript</source>
        <translation>Verlauf der Unterhaltung</translation>
    </message>
    <message>
        <source>Ava Desktop</source>
        <translation>Ava Desktop</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Offene Unterhaltungen</translation>
    </message>
    <message>
        <source>Show or hide the sidebar</source>
        <translation>Seitenleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Copy Conversation as Markdown</source>
        <translation>Unterhaltung als Markdown kopieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <source>{title} (answering…)</source>
        <translation>{title} (antwortet…)</translation>
    </message>
    <message>
        <source>{title} — Ava Desktop</source>
        <translation>{title} — Ava Desktop</translation>
    </message>
    <message>
        <source>Close tab?</source>
        <translation>Tab schließen?</translation>
    </message>
    <message>
        <source>“{title}” is still answering. Stop it and close the tab?</source>
        <translation>„{title}“ antwortet noch. Anhalten und den Tab schließen?</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy as plain text</source>
        <translation>Als reinen Text kopieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Nachrichtenaktionen</translation>
    </message>
    <message>
        <source>Message {number} of {count}</source>
        <translation>Nachricht {number} von {count}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Version {index} of {count}</source>
        <translation>Version {index} von {count}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{host} needs an API key (401)</source>
        <translation>{host} braucht einen API-Schlüssel (401)</translation>
    </message>
    <message>
        <source>{host} rejected the API key (401)</source>
        <translation>{host} hat den API-Schlüssel abgelehnt (401)</translation>
    </message>
    <message>
        <source>{host} refused access (403)</source>
        <translation>{host} hat den Zugriff verweigert (403)</translation>
    </message>
    <message>
        <source>{host} says the account&apos;s quota is used up (429)</source>
        <translation>{host} meldet, dass das Kontingent des Kontos aufgebraucht ist (429)</translation>
    </message>
    <message>
        <source>Rate limited by {host}; retry in {wait}</source>
        <translation>{host} drosselt die Anfragen; neuer Versuch in {wait}</translation>
    </message>
    <message>
        <source>Rate limited by {host}; try again later</source>
        <translation>{host} drosselt die Anfragen; bitte später erneut versuchen</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host}, {status})</source>
        <translation>Die Unterhaltung ist zu lang für das Kontextfenster des Modells ({host}, {status})</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host})</source>
        <translation>Die Unterhaltung ist zu lang für das Kontextfenster des Modells ({host})</translation>
    </message>
    <message>
        <source>{host} does not know this model ({status})</source>
        <translation>{host} kennt dieses Modell nicht ({status})</translation>
    </message>
    <message>
        <source>{host} answered {status} {reason}</source>
        <translation>{host} antwortete {status} {reason}</translation>
    </message>
    <message>
        <source>{host} answered {status} {reason} (is the base URL right?)</source>
        <translation>{host} antwortete {status} {reason} (stimmt die Basis-URL?)</translation>
    </message>
    <message>
        <source>{host} reported an error in the stream</source>
        <translation>{host} hat im Stream einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>{host} needs an API key ({label})</source>
        <translation>{host} benötigt einen API-Schlüssel ({label})</translation>
    </message>
    <message>
        <source>{host} rejected the API key ({label})</source>
        <translation>{host} hat den API-Schlüssel abgelehnt ({label})</translation>
    </message>
    <message>
        <source>{host} refused access ({label})</source>
        <translation>{host} hat den Zugriff verweigert ({label})</translation>
    </message>
    <message>
        <source>The conversation is too long for the model&apos;s context window ({host}, {label})</source>
        <translation>Die Unterhaltung ist zu lang für das Kontextfenster des Modells ({host}, {label})</translation>
    </message>
    <message>
        <source>{host} does not know this model ({label})</source>
        <translation>{host} kennt dieses Modell nicht ({label})</translation>
    </message>
    <message>
        <source>{host} answered {label} (is the base URL right?)</source>
        <translation>{host} antwortete mit {label} (stimmt die Basis-URL?)</translation>
    </message>
    <message>
        <source>{host} refused the request ({label})</source>
        <translation>{host} hat die Anfrage abgelehnt ({label})</translation>
    </message>
    <message>
        <source>{host} answered {label}</source>
        <translation>{host} antwortete mit {label}</translation>
    </message>
    <message>
        <source>{host} is overloaded and stopped the answer; try again in a moment</source>
        <translation>{host} ist überlastet und hat die Antwort abgebrochen; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>{host} is overloaded right now ({status}); try again in a moment</source>
        <translation>{host} ist gerade überlastet ({status}); versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>Claude declined to answer ({host} stopped the answer: refusal)</source>
        <translation>Claude hat die Antwort verweigert ({host} hat die Antwort beendet: refusal)</translation>
    </message>
    <message>
        <source>Gemini&apos;s safety filters stopped the answer (SAFETY).</source>
        <translation>Die Sicherheitsfilter von Gemini haben die Antwort gestoppt (SAFETY).</translation>
    </message>
    <message>
        <source>Gemini&apos;s safety filters stopped the image (IMAGE_SAFETY).</source>
        <translation>Die Sicherheitsfilter von Gemini haben das Bild gestoppt (IMAGE_SAFETY).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it was reciting existing text (recitation) (RECITATION).</source>
        <translation>Gemini hat die Antwort gestoppt, weil sie vorhandenen Text wiedergab (Rezitation) (RECITATION).</translation>
    </message>
    <message>
        <source>Gemini stopped the image because it resembled existing material (IMAGE_RECITATION).</source>
        <translation>Gemini hat das Bild gestoppt, weil es vorhandenem Material ähnelte (IMAGE_RECITATION).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it contained blocked terms (BLOCKLIST).</source>
        <translation>Gemini hat die Antwort gestoppt, weil sie gesperrte Begriffe enthielt (BLOCKLIST).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it may hold prohibited content (PROHIBITED_CONTENT).</source>
        <translation>Gemini hat die Antwort gestoppt, weil sie verbotene Inhalte enthalten könnte (PROHIBITED_CONTENT).</translation>
    </message>
    <message>
        <source>Gemini stopped the image because it may hold prohibited content (IMAGE_PROHIBITED_CONTENT).</source>
        <translation>Gemini hat das Bild gestoppt, weil es verbotene Inhalte enthalten könnte (IMAGE_PROHIBITED_CONTENT).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer because it may hold sensitive personal information (SPII).</source>
        <translation>Gemini hat die Antwort gestoppt, weil sie sensible personenbezogene Daten enthalten könnte (SPII).</translation>
    </message>
    <message>
        <source>Gemini stopped: the model wrote a tool call that could not be read (MALFORMED_FUNCTION_CALL).</source>
        <translation>Gemini hat angehalten: Das Modell hat einen nicht lesbaren Werkzeugaufruf geschrieben (MALFORMED_FUNCTION_CALL).</translation>
    </message>
    <message>
        <source>Gemini stopped: the model called a tool that was not offered (UNEXPECTED_TOOL_CALL).</source>
        <translation>Gemini hat angehalten: Das Modell hat ein nicht angebotenes Werkzeug aufgerufen (UNEXPECTED_TOOL_CALL).</translation>
    </message>
    <message>
        <source>Gemini stopped: the model made too many tool calls in a row (TOO_MANY_TOOL_CALLS).</source>
        <translation>Gemini hat angehalten: Das Modell hat zu viele Werkzeugaufrufe hintereinander gemacht (TOO_MANY_TOOL_CALLS).</translation>
    </message>
    <message>
        <source>Gemini stopped: a tool call was sent back without its thought signature (MISSING_THOUGHT_SIGNATURE).</source>
        <translation>Gemini hat angehalten: Ein Werkzeugaufruf wurde ohne seine Gedankensignatur zurückgeschickt (MISSING_THOUGHT_SIGNATURE).</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt for safety reasons; rephrase it or start a new conversation (SAFETY)</source>
        <translation>Gemini hat den Prompt aus Sicherheitsgründen blockiert; formulieren Sie ihn um oder beginnen Sie eine neue Unterhaltung (SAFETY)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because it contains blocked terms; rephrase it or start a new conversation (BLOCKLIST)</source>
        <translation>Gemini hat den Prompt blockiert, weil er gesperrte Begriffe enthält; formulieren Sie ihn um oder beginnen Sie eine neue Unterhaltung (BLOCKLIST)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because it may hold prohibited content; rephrase it or start a new conversation (PROHIBITED_CONTENT)</source>
        <translation>Gemini hat den Prompt blockiert, weil er verbotene Inhalte enthalten könnte; formulieren Sie ihn um oder beginnen Sie eine neue Unterhaltung (PROHIBITED_CONTENT)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt because of an image, for safety reasons; rephrase it or start a new conversation (IMAGE_SAFETY)</source>
        <translation>Gemini hat den Prompt wegen eines Bildes aus Sicherheitsgründen blockiert; formulieren Sie ihn um oder beginnen Sie eine neue Unterhaltung (IMAGE_SAFETY)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt for an unspecified reason; rephrase it or start a new conversation (OTHER)</source>
        <translation>Gemini hat den Prompt aus einem nicht genannten Grund blockiert; formulieren Sie ihn um oder beginnen Sie eine neue Unterhaltung (OTHER)</translation>
    </message>
    <message>
        <source>Gemini blocked the prompt ({reason}); rephrase it or start a new conversation ({reason})</source>
        <translation>Gemini hat den Prompt blockiert ({reason}); formulieren Sie ihn um oder beginnen Sie eine neue Unterhaltung ({reason})</translation>
    </message>
    <message>
        <source>Gemini stopped: the conversation is in a language it does not support (LANGUAGE).</source>
        <translation>Gemini hat angehalten: Die Unterhaltung ist in einer Sprache, die es nicht unterstützt (LANGUAGE).</translation>
    </message>
    <message>
        <source>Gemini stopped the answer without saying why ({reason}).</source>
        <translation>Gemini hat die Antwort ohne Begründung gestoppt ({reason}).</translation>
    </message>
    <message>
        <source>The answer reached its length limit (maxOutputTokens) and was cut off there.</source>
        <translation>Die Antwort hat ihre Längenbegrenzung (maxOutputTokens) erreicht und wurde dort abgeschnitten.</translation>
    </message>
    <message>
        <source>The answer reached its length limit (max_tokens) and was cut off there.</source>
        <translation>Die Antwort hat ihre Längenbegrenzung (max_tokens) erreicht und wurde dort abgeschnitten.</translation>
    </message>
    <message>
        <source>Claude declined to answer.</source>
        <translation>Claude hat die Antwort verweigert.</translation>
    </message>
    <message>
        <source>Claude paused a long-running turn; send it again to continue.</source>
        <translation>Claude hat einen lang laufenden Zug pausiert; senden Sie ihn erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>The answer from {host} was cut off: the connection broke before it was complete</source>
        <translation>Die Antwort von {host} wurde abgeschnitten: Die Verbindung brach ab, bevor sie vollständig war</translation>
    </message>
    <message>
        <source>The answer from {host} was cut off: the stream ended before it was complete</source>
        <translation>Die Antwort von {host} wurde abgeschnitten: Der Stream endete, bevor sie vollständig war</translation>
    </message>
    <message>
        <source>Could not connect to the proxy {proxy}</source>
        <translation>Keine Verbindung zum Proxy {proxy}</translation>
    </message>
    <message>
        <source>Secure connection to {host} failed</source>
        <translation>Die sichere Verbindung zu {host} ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not find the server {host} (DNS lookup failed)</source>
        <translation>Der Server {host} wurde nicht gefunden (DNS-Abfrage fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Could not connect to {host}: connection refused (is the server running?)</source>
        <translation>Keine Verbindung zu {host}: Verbindung abgelehnt (läuft der Server?)</translation>
    </message>
    <message>
        <source>Could not connect to {host}</source>
        <translation>Keine Verbindung zu {host}</translation>
    </message>
    <message>
        <source>{host} closed the connection without answering</source>
        <translation>{host} hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>The connection to {host} was reset</source>
        <translation>Die Verbindung zu {host} wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>Invalid server URL</source>
        <translation>Ungültige Server-URL</translation>
    </message>
    <message>
        <source>{host} sent an invalid HTTP response</source>
        <translation>{host} hat eine ungültige HTTP-Antwort gesendet</translation>
    </message>
    <message>
        <source>Connection to {host} failed</source>
        <translation>Die Verbindung zu {host} ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s connecting to {host}</source>
        <translation>Zeitüberschreitung nach {seconds} s beim Verbinden mit {host}</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s waiting for an answer from {host}</source>
        <translation>Zeitüberschreitung nach {seconds} s beim Warten auf eine Antwort von {host}</translation>
    </message>
    <message>
        <source>{host} sent nothing for {seconds} s</source>
        <translation>{host} hat {seconds} s lang nichts gesendet</translation>
    </message>
    <message>
        <source>{host} sent nothing for {seconds} s; stopped waiting for the rest of the answer</source>
        <translation>{host} hat {seconds} s lang nichts gesendet; das Warten auf den Rest der Antwort wurde beendet</translation>
    </message>
    <message>
        <source>{host} sent an empty answer; the conversation is probably longer than the model&apos;s context window</source>
        <translation>{host} hat eine leere Antwort gesendet; die Unterhaltung ist vermutlich länger als das Kontextfenster des Modells</translation>
    </message>
    <message>
        <source>Stopped after {steps} rounds of tool calls (the limit per answer); the text so far is kept.</source>
        <translation>Nach {steps} Runden von Werkzeugaufrufen angehalten (das Limit pro Antwort); der bisherige Text bleibt erhalten.</translation>
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
        <translation>Modellserver wird gestartet</translation>
    </message>
    <message>
        <source>Reading model file</source>
        <translation>Modelldatei wird gelesen</translation>
    </message>
    <message>
        <source>Loading weights</source>
        <translation>Gewichte werden geladen</translation>
    </message>
    <message>
        <source>Creating context</source>
        <translation>Kontext wird erstellt</translation>
    </message>
    <message>
        <source>Starting server</source>
        <translation>Server wird gestartet</translation>
    </message>
    <message>
        <source>Model ready</source>
        <translation>Modell bereit</translation>
    </message>
    <message>
        <source>The answer passed {limit} characters and was cut off there, to keep Ava responsive (the text so far is kept).</source>
        <translation>Die Antwort hat {limit} Zeichen überschritten und wurde dort abgeschnitten, damit Ava reaktionsfähig bleibt (der bisherige Text bleibt erhalten).</translation>
    </message>
    <message>
        <source>The answer reached its length limit (max tokens) and stopped there; Continue asks for more.</source>
        <translation>Die Antwort hat ihre Längenbegrenzung (max tokens) erreicht und dort aufgehört; „Fortsetzen“ fordert mehr an.</translation>
    </message>
    <message>
        <source>Rate limited by {host}; retrying in {seconds} s (Esc cancels)</source>
        <translation>{host} drosselt die Anfragen; neuer Versuch in {seconds} s (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Neuer Versuch…</translation>
    </message>
    <message>
        <source>The attachment {name} is missing from the database, so this conversation cannot be sent as it is; edit the message to attach it again.</source>
        <translation>Der Anhang {name} fehlt in der Datenbank, daher kann diese Unterhaltung so nicht gesendet werden; bearbeiten Sie die Nachricht, um ihn erneut anzuhängen.</translation>
    </message>
    <message>
        <source>{model} cannot see images. Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} kann keine Bilder sehen. Wählen Sie ein Modell mit Bildverständnis oder bearbeiten Sie die Nachricht ohne das Bild; Ihre Nachricht bleibt erhalten.</translation>
    </message>
    <message>
        <source>{model} ({where}) cannot see images. Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} ({where}) kann keine Bilder sehen. Wählen Sie ein Modell mit Bildverständnis oder bearbeiten Sie die Nachricht ohne das Bild; Ihre Nachricht bleibt erhalten.</translation>
    </message>
    <message>
        <source>{model} does not accept images (the server said: {said}). Choose a vision model, or edit the message without the image; your message is kept.</source>
        <translation>{model} akzeptiert keine Bilder (der Server meldete: {said}). Wählen Sie ein Modell mit Bildverständnis oder bearbeiten Sie die Nachricht ohne das Bild; Ihre Nachricht bleibt erhalten.</translation>
    </message>
    <message>
        <source>Local models are not available in this run</source>
        <translation>Lokale Modelle sind in diesem Lauf nicht verfügbar</translation>
    </message>
    <message>
        <source>There is no local model named {model}; choose one of: {names}</source>
        <translation>Es gibt kein lokales Modell namens {model}; wählen Sie eines von: {names}</translation>
    </message>
    <message>
        <source>There is no local model named {model}, and none is installed</source>
        <translation>Es gibt kein lokales Modell namens {model}, und keines ist installiert</translation>
    </message>
    <message>
        <source>This conversation is too long for the model&apos;s context ({tokens} tokens): start a new chat, or raise the context size in Chat → Local Model Options.</source>
        <translation>Diese Unterhaltung ist zu lang für den Kontext des Modells ({tokens} Token): Beginnen Sie einen neuen Chat oder erhöhen Sie die Kontextgröße unter Chat → Optionen des lokalen Modells.</translation>
    </message>
    <message>
        <source>Could not load model {name}: the file is not there</source>
        <translation>Modell {name} konnte nicht geladen werden: Die Datei ist nicht vorhanden</translation>
    </message>
    <message>
        <source>Could not load model {name}: not a GGUF model file</source>
        <translation>Modell {name} konnte nicht geladen werden: keine GGUF-Modelldatei</translation>
    </message>
    <message>
        <source>Could not load model {name}</source>
        <translation>Modell {name} konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load model {name}: the server exited with status {status}</source>
        <translation>Modell {name} konnte nicht geladen werden: Der Server wurde mit Status {status} beendet</translation>
    </message>
    <message>
        <source>The local model server could not bind a loopback port</source>
        <translation>Der Server des lokalen Modells konnte keinen Loopback-Port belegen</translation>
    </message>
    <message>
        <source>The local model server did not answer within {seconds} s (model {name})</source>
        <translation>Der Server des lokalen Modells hat nicht innerhalb von {seconds} s geantwortet (Modell {name})</translation>
    </message>
    <message>
        <source>The local model server is not running</source>
        <translation>Der Server des lokalen Modells läuft nicht</translation>
    </message>
    <message>
        <source>{name}: the file is not there any more.</source>
        <translation>{name}: Die Datei ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>{name} cannot be opened ({reason}).</source>
        <translation>{name} kann nicht geöffnet werden ({reason}).</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a regular file (a device, pipe or socket); it was not read.</source>
        <translation>{name} ist keine normale Datei (ein Gerät, eine Pipe oder ein Socket); sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>{name} is {size}, over the {limit_size} limit for attachments.</source>
        <translation>{name} ist {size} groß und damit über dem Limit von {limit_size} für Anhänge.</translation>
    </message>
    <message>
        <source>{name} grew past the {limit_size} limit for attachments.</source>
        <translation>{name} ist über das Limit von {limit_size} für Anhänge gewachsen.</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to send.</source>
        <translation>{name} ist leer: Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no text to send.</source>
        <translation>{name} ist leer: Es gibt keinen Text zu senden.</translation>
    </message>
    <message>
        <source>{name} is an image; attach it as an image.</source>
        <translation>{name} ist ein Bild; hängen Sie es als Bild an.</translation>
    </message>
    <message>
        <source>{name} is a {format} image; Ava attaches PNG, JPEG, WebP, GIF and BMP images (export it as PNG or JPEG).</source>
        <translation>{name} ist ein {format}-Bild; Ava hängt PNG-, JPEG-, WebP-, GIF- und BMP-Bilder an (exportieren Sie es als PNG oder JPEG).</translation>
    </message>
    <message>
        <source>{name} is in the old Word (.doc) or Office format Ava cannot read; save it as .docx or PDF and attach that.</source>
        <translation>{name} liegt im alten Word- (.doc) oder Office-Format vor, das Ava nicht lesen kann; speichern Sie es als .docx oder PDF und hängen Sie das an.</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive; Ava attaches text, code, PDF, Word (.docx) and image files, not archives.</source>
        <translation>{name} ist ein ZIP-Archiv; Ava hängt Text-, Code-, PDF-, Word- (.docx) und Bilddateien an, keine Archive.</translation>
    </message>
    <message>
        <source>{name} starts like {encoding} text but is not valid in that encoding.</source>
        <translation>{name} beginnt wie {encoding}-Text, ist in dieser Kodierung aber nicht gültig.</translation>
    </message>
    <message>
        <source>Conversation #{number} is malformed, so nothing was imported: {problem}</source>
        <translation>Unterhaltung Nr. {number} ist fehlerhaft, daher wurde nichts importiert: {problem}</translation>
    </message>
    <message>
        <source>Conversation #{number} “{title}” is malformed, so nothing was imported: {problem}</source>
        <translation>Unterhaltung Nr. {number} „{title}“ ist fehlerhaft, daher wurde nichts importiert: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{name} is not UTF-8 text (%n byte(s) not valid UTF-8; it may be Latin-1 or Windows-1252). Save it as UTF-8 and attach it again.</source>
        <translation>
            <numerusform>{name} ist kein UTF-8-Text (%n Byte ist kein gültiges UTF-8; vielleicht Latin-1 oder Windows-1252). Speichern Sie ihn als UTF-8 und hängen Sie ihn erneut an.</numerusform>
            <numerusform>{name} ist kein UTF-8-Text (%n Bytes sind kein gültiges UTF-8; vielleicht Latin-1 oder Windows-1252). Speichern Sie ihn als UTF-8 und hängen Sie ihn erneut an.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} holds binary data, not text (or text in UTF-16 without a byte-order mark); Ava attaches text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and image files.</source>
        <translation>{name} enthält Binärdaten, keinen Text (oder UTF-16-Text ohne Byte-Order-Mark); Ava hängt Text-, Markdown-, Code-, CSV-, JSON-, HTML-, PDF-, Word- (.docx) und Bilddateien an.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n page(s); Ava reads at most {limit}. Split it, or attach the pages you need.</source>
        <translation>
            <numerusform>{name} hat %n Seite; Ava liest höchstens {limit}. Teilen Sie die Datei auf oder hängen Sie nur die nötigen Seiten an.</numerusform>
            <numerusform>{name} hat %n Seiten; Ava liest höchstens {limit}. Teilen Sie die Datei auf oder hängen Sie nur die nötigen Seiten an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {name} took longer than {seconds} s (stopped at page {page} of {pages}); nothing was attached.</source>
        <translation>Das Lesen von {name} hat länger als {seconds} s gedauert (abgebrochen bei Seite {page} von {pages}); nichts wurde angehängt.</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF (its structure loops).</source>
        <translation>{name} ist ein beschädigtes PDF (seine Struktur enthält eine Schleife).</translation>
    </message>
    <message>
        <source>{name} is damaged, or not a PDF Ava can read ({error}).</source>
        <translation>{name} ist beschädigt oder kein PDF, das Ava lesen kann ({error}).</translation>
    </message>
    <message numerus="yes">
        <source>{name} has no text layer (%n page(s) of pictures, perhaps a scan); Ava cannot read text from images of pages, so nothing was attached.</source>
        <translation>
            <numerusform>{name} hat keine Textebene (%n Seite aus Bildern, vielleicht ein Scan); Ava kann keinen Text aus Seitenbildern lesen, daher wurde nichts angehängt.</numerusform>
            <numerusform>{name} hat keine Textebene (%n Seiten aus Bildern, vielleicht ein Scan); Ava kann keinen Text aus Seitenbildern lesen, daher wurde nichts angehängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is protected by a password, so its text cannot be read; save a copy without the password and attach that.</source>
        <translation>{name} ist passwortgeschützt, daher kann sein Text nicht gelesen werden; speichern Sie eine Kopie ohne Passwort und hängen Sie diese an.</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file (bad ZIP).</source>
        <translation>{name} ist eine beschädigte Word-Datei (fehlerhaftes ZIP).</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive but not a Word document.</source>
        <translation>{name} ist ein ZIP-Archiv, aber kein Word-Dokument.</translation>
    </message>
    <message>
        <source>{name} is not a Word file Ava can read ({error}).</source>
        <translation>{name} ist keine Word-Datei, die Ava lesen kann ({error}).</translation>
    </message>
    <message>
        <source>{name} has no text to send.</source>
        <translation>{name} enthält keinen Text zum Senden.</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not opened: it holds %n file(s) (a ZIP bomb, or far too big).</source>
        <translation>
            <numerusform>{name} wurde nicht geöffnet: Es enthält %n Datei (eine ZIP-Bombe oder viel zu groß).</numerusform>
            <numerusform>{name} wurde nicht geöffnet: Es enthält %n Dateien (eine ZIP-Bombe oder viel zu groß).</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was not opened: it would unpack to {size}, over the {limit_size} limit (a ZIP bomb, or far too big).</source>
        <translation>{name} wurde nicht geöffnet: Entpackt wäre es {size} groß, über dem Limit von {limit_size} (eine ZIP-Bombe oder viel zu groß).</translation>
    </message>
    <message>
        <source>The tools of {server} are unavailable: {why}</source>
        <translation>Die Werkzeuge von {server} sind nicht verfügbar: {why}</translation>
    </message>
    <message>
        <source>{name} did not start within {seconds} s</source>
        <translation>{name} ist nicht innerhalb von {seconds} s gestartet</translation>
    </message>
    <message>
        <source>{name} could not start</source>
        <translation>{name} konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>{name} stopped unexpectedly</source>
        <translation>{name} wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>{name}: {problem} (see mcp.json)</source>
        <translation>{name}: {problem} (siehe mcp.json)</translation>
    </message>
    <message>
        <source>{why} (next try in {seconds} s)</source>
        <translation>{why} (nächster Versuch in {seconds} s)</translation>
    </message>
    <message>
        <source>{name} did not list its tools within {seconds} s</source>
        <translation>{name} hat seine Werkzeuge nicht innerhalb von {seconds} s aufgelistet</translation>
    </message>
    <message>
        <source>{name} stopped while listing its tools</source>
        <translation>{name} wurde beim Auflisten seiner Werkzeuge beendet</translation>
    </message>
    <message>
        <source>{name} failed listing its tools</source>
        <translation>{name} konnte seine Werkzeuge nicht auflisten</translation>
    </message>
    <message>
        <source>{name} was not opened: one part is compressed {ratio} to 1 (a ZIP bomb, or far too big).</source>
        <translation>{name} wurde nicht geöffnet: Ein Teil ist im Verhältnis {ratio} zu 1 komprimiert (eine ZIP-Bombe oder viel zu groß).</translation>
    </message>
    <message>
        <source>{name}: cancelled.</source>
        <translation>{name}: abgebrochen.</translation>
    </message>
    <message>
        <source>Reading {name} took longer than {seconds} s and was stopped; nothing was attached.</source>
        <translation>Das Lesen von {name} hat länger als {seconds} s gedauert und wurde abgebrochen; nichts wurde angehängt.</translation>
    </message>
    <message>
        <source>Reading {name} needed more than {limit_size} of memory and was stopped; nothing was attached.</source>
        <translation>Das Lesen von {name} hätte mehr als {limit_size} Arbeitsspeicher gebraucht und wurde abgebrochen; nichts wurde angehängt.</translation>
    </message>
    <message>
        <source>{name} could not be read (the reader stopped, code {code}).</source>
        <translation>{name} konnte nicht gelesen werden (der Leseprozess wurde beendet, Code {code}).</translation>
    </message>
    <message>
        <source>This file is neither an Ava Desktop backup nor a ChatGPT export (conversations.json).</source>
        <translation>Diese Datei ist weder eine Ava-Desktop-Sicherung noch ein ChatGPT-Export (conversations.json).</translation>
    </message>
    <message>
        <source>The folder {name} has no conversations.json (is it an unpacked ChatGPT data export?).</source>
        <translation>Der Ordner {name} enthält keine conversations.json (ist es ein entpackter ChatGPT-Datenexport?).</translation>
    </message>
    <message>
        <source>Cannot read {name} ({reason}).</source>
        <translation>{name} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{name} is too large to import.</source>
        <translation>{name} ist zu groß für den Import.</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size}).</source>
        <translation>{name} ist zu groß für den Import ({size}).</translation>
    </message>
    <message>
        <source>{name} is not a readable zip archive ({error}).</source>
        <translation>{name} ist kein lesbares ZIP-Archiv ({error}).</translation>
    </message>
    <message>
        <source>{name} does not contain a conversations.json (is it a ChatGPT data export?).</source>
        <translation>{name} enthält keine conversations.json (ist es ein ChatGPT-Datenexport?).</translation>
    </message>
    <message>
        <source>The conversations.json in {name} is too large to import.</source>
        <translation>Die conversations.json in {name} ist zu groß für den Import.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, so it is not a JSON export.</source>
        <translation>{name} ist kein UTF-8-Text und daher kein JSON-Export.</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be an export.</source>
        <translation>{name} ist zu tief verschachtelt, um ein Export zu sein.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({error}).</source>
        <translation>{name} ist kein gültiges JSON ({error}).</translation>
    </message>
    <message>
        <source>Import failed while saving ({error}); nothing was imported.</source>
        <translation>Der Import ist beim Speichern fehlgeschlagen ({error}); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This Ava Desktop backup has no valid format version.</source>
        <translation>Diese Ava-Desktop-Sicherung hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>This backup was written by a newer Ava Desktop (format {version}, this version reads up to {supported}). Update to import it.</source>
        <translation>Diese Sicherung wurde von einem neueren Ava Desktop geschrieben (Format {version}, diese Version liest bis {supported}). Aktualisieren Sie, um sie zu importieren.</translation>
    </message>
    <message>
        <source>This Ava Desktop backup has no list of conversations.</source>
        <translation>Diese Ava-Desktop-Sicherung enthält keine Liste von Unterhaltungen.</translation>
    </message>
    <message>
        <source>This Ava Desktop backup&apos;s attachments (“blobs”) are not an object.</source>
        <translation>Die Anhänge („blobs“) dieser Ava-Desktop-Sicherung sind kein Objekt.</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is malformed.</source>
        <translation>Der Anhang {sha}… in dieser Sicherung ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is not valid base64.</source>
        <translation>Der Anhang {sha}… in dieser Sicherung ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The attachment {sha}… in this backup is damaged: its bytes do not match their SHA-256 checksum, so they are not what was saved.</source>
        <translation>Der Anhang {sha}… in dieser Sicherung ist beschädigt: Seine Bytes passen nicht zu ihrer SHA-256-Prüfsumme, sie sind also nicht das, was gespeichert wurde.</translation>
    </message>
    <message>
        <source>The conversation database {path} is damaged. The file was kept unchanged; move it aside (or restore a backup) to start with an empty history</source>
        <translation>Die Unterhaltungsdatenbank {path} ist beschädigt. Die Datei wurde nicht verändert; verschieben Sie sie (oder stellen Sie eine Sicherung wieder her), um mit einem leeren Verlauf zu beginnen</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database (unexpected file header). The file was kept unchanged; move it aside (or restore a backup) to start with an empty history.</source>
        <translation>{path} ist keine SQLite-Datenbank (unerwarteter Dateikopf). Die Datei wurde nicht verändert; verschieben Sie sie (oder stellen Sie eine Sicherung wieder her), um mit einem leeren Verlauf zu beginnen.</translation>
    </message>
    <message>
        <source>The conversation database {path} failed its integrity check. The file was kept unchanged; move it aside (or restore a backup) to start with an empty history</source>
        <translation>Die Unterhaltungsdatenbank {path} hat die Integritätsprüfung nicht bestanden. Die Datei wurde nicht verändert; verschieben Sie sie (oder stellen Sie eine Sicherung wieder her), um mit einem leeren Verlauf zu beginnen</translation>
    </message>
    <message>
        <source>The conversation database {path} could not be checked. The file was kept unchanged; history is not saved meanwhile</source>
        <translation>Die Unterhaltungsdatenbank {path} konnte nicht geprüft werden. Die Datei wurde nicht verändert; der Verlauf wird so lange nicht gespeichert</translation>
    </message>
    <message>
        <source>The conversation database {path} is locked by another program</source>
        <translation>Die Unterhaltungsdatenbank {path} ist von einem anderen Programm gesperrt</translation>
    </message>
    <message>
        <source>The conversation database {path} is already in use by another Ava Desktop window (lock file {lock}). Close the other instance, or start this one with a different --data-dir.</source>
        <translation>Die Unterhaltungsdatenbank {path} wird bereits von einem anderen Ava-Desktop-Fenster verwendet (Sperrdatei {lock}). Schließen Sie die andere Instanz oder starten Sie diese mit einem anderen --data-dir.</translation>
    </message>
    <message>
        <source>The conversation database {path} was written by a newer Ava Desktop (schema version {version}; this version knows up to {supported}). The file was kept unchanged; update Ava Desktop to open it.</source>
        <translation>Die Unterhaltungsdatenbank {path} wurde von einem neueren Ava Desktop geschrieben (Schemaversion {version}; diese Version kennt bis {supported}). Die Datei wurde nicht verändert; aktualisieren Sie Ava Desktop, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of {path} before upgrading it. The file was kept unchanged; free some disk space and start again</source>
        <translation>Vor dem Upgrade kann keine Kopie von {path} angelegt werden. Die Datei wurde nicht verändert; geben Sie Speicherplatz frei und starten Sie erneut</translation>
    </message>
    <message>
        <source>Cannot use the conversation database {path}</source>
        <translation>Die Unterhaltungsdatenbank {path} kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>{path} exists but is not a file</source>
        <translation>{path} existiert, ist aber keine Datei</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Die Basis-URL</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>Die Proxy-URL</translation>
    </message>
    <message>
        <source>{what} must be text.</source>
        <translation>{what} muss Text sein.</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what} ist leer.</translation>
    </message>
    <message>
        <source>{what} must not contain spaces or control characters.</source>
        <translation>{what} darf keine Leerzeichen oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>{what} must start with one of: {schemes}.</source>
        <translation>{what} muss mit einem davon beginnen: {schemes}.</translation>
    </message>
    <message>
        <source>{what} has no host name.</source>
        <translation>{what} enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>{what} has an invalid port.</source>
        <translation>{what} enthält einen ungültigen Port.</translation>
    </message>
    <message>
        <source>{what} must not contain a user name or password; use the API key.</source>
        <translation>{what} darf keinen Benutzernamen und kein Passwort enthalten; verwenden Sie den API-Schlüssel.</translation>
    </message>
    <message>
        <source>Header names and values must be text.</source>
        <translation>Header-Namen und -Werte müssen Text sein.</translation>
    </message>
    <message>
        <source>Header name {name} is not a valid HTTP header name.</source>
        <translation>Der Header-Name {name} ist kein gültiger HTTP-Header-Name.</translation>
    </message>
    <message>
        <source>Header {name}: value must not contain line breaks.</source>
        <translation>Header {name}: Der Wert darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>Header {name} carries a secret and would be saved in plain text; put the key in the API key field instead.</source>
        <translation>Der Header {name} enthält ein Geheimnis und würde im Klartext gespeichert; tragen Sie den Schlüssel stattdessen im Feld für den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>No system keychain found; keys will be kept for this session only.</source>
        <translation>Kein Systemschlüsselbund gefunden; Schlüssel werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The system keychain could not store the key ({reason}); it will be kept for this session only.</source>
        <translation>Der Systemschlüsselbund konnte den Schlüssel nicht speichern ({reason}); er wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The API key for {endpoint} was entered for {key_host}; the endpoint now points at {host}, so the key is not sent there. Enter the key again in Settings if this server should have it.</source>
        <translation>Der API-Schlüssel für {endpoint} wurde für {key_host} eingegeben; der Endpunkt zeigt jetzt auf {host}, daher wird der Schlüssel dort nicht gesendet. Geben Sie ihn in den Einstellungen erneut ein, wenn dieser Server ihn bekommen soll.</translation>
    </message>
    <message>
        <source>The model&apos;s tokenizer did not answer; estimated instead</source>
        <translation>Der Tokenizer des Modells hat nicht geantwortet; stattdessen geschätzt</translation>
    </message>
    <message>
        <source>{host} sent a malformed line in the stream</source>
        <translation>{host} hat eine fehlerhafte Zeile im Stream gesendet</translation>
    </message>
    <message>
        <source>{host} sent data that is not a JSON object</source>
        <translation>{host} hat Daten gesendet, die kein JSON-Objekt sind</translation>
    </message>
    <message>
        <source>{host} sent a chunk with unexpected choices</source>
        <translation>{host} hat einen Block mit unerwarteten choices gesendet</translation>
    </message>
    <message>
        <source>{host} sent a chunk with an unexpected delta</source>
        <translation>{host} hat einen Block mit unerwartetem delta gesendet</translation>
    </message>
    <message>
        <source>{host} sent JSON that is not a chat completion chunk</source>
        <translation>{host} hat JSON gesendet, das kein Chat-Completion-Block ist</translation>
    </message>
    <message>
        <source>{host} sent a chunk with unexpected content</source>
        <translation>{host} hat einen Block mit unerwartetem Inhalt gesendet</translation>
    </message>
    <message>
        <source>{host} sent a content block without an index</source>
        <translation>{host} hat einen Inhaltsblock ohne Index gesendet</translation>
    </message>
    <message>
        <source>{host} sent a content block delta without a delta</source>
        <translation>{host} hat ein Inhaltsblock-Delta ohne delta gesendet</translation>
    </message>
    <message>
        <source>{host} sent a delta for a block that never started</source>
        <translation>{host} hat ein Delta für einen Block gesendet, der nie begonnen hat</translation>
    </message>
    <message>
        <source>{host} sent a tool call over {limit} characters</source>
        <translation>{host} hat einen Werkzeugaufruf mit mehr als {limit} Zeichen gesendet</translation>
    </message>
    <message>
        <source>{host} sent an error it did not describe</source>
        <translation>{host} hat einen Fehler gemeldet, ohne ihn zu beschreiben</translation>
    </message>
    <message>
        <source>{host} sent a chunk that could not be understood</source>
        <translation>{host} hat einen Block gesendet, der nicht verstanden wurde</translation>
    </message>
    <message>
        <source>{host} answered with one JSON reply instead of an event stream (does it support streaming?)</source>
        <translation>{host} hat mit einer einzelnen JSON-Antwort statt eines Ereignisstroms geantwortet (unterstützt er Streaming?)</translation>
    </message>
    <message>
        <source>{host} did not answer with an event stream (got {mime})</source>
        <translation>{host} hat nicht mit einem Ereignisstrom geantwortet (erhalten: {mime})</translation>
    </message>
    <message>
        <source>{host} did not answer with an event stream (got {mime}); is the server URL right?</source>
        <translation>{host} hat nicht mit einem Ereignisstrom geantwortet (erhalten: {mime}); stimmt die Server-URL?</translation>
    </message>
    <message>
        <source>{host} did not answer the model list with JSON</source>
        <translation>{host} hat die Modellliste nicht als JSON geliefert</translation>
    </message>
    <message>
        <source>{host} answered the model list with unexpected JSON</source>
        <translation>{host} hat die Modellliste mit unerwartetem JSON beantwortet</translation>
    </message>
    <message>
        <source>Timed out after {seconds} s listing the models of {host}</source>
        <translation>Zeitüberschreitung nach {seconds} s beim Abrufen der Modelle von {host}</translation>
    </message>
    <message>
        <source>Claude cannot read {mime} images (only JPEG, PNG, GIF, WebP)</source>
        <translation>Claude kann keine {mime}-Bilder lesen (nur JPEG, PNG, GIF, WebP)</translation>
    </message>
    <message>
        <source>Could not build the request for {provider}</source>
        <translation>Die Anfrage für {provider} konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not encode the request for {host}</source>
        <translation>Die Anfrage für {host} konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>Unsupported proxy {proxy}: only http:// and https:// proxies are supported</source>
        <translation>Nicht unterstützter Proxy {proxy}: nur http://- und https://-Proxys werden unterstützt</translation>
    </message>
    <message>
        <source>Cannot create the folder for {path}</source>
        <translation>Der Ordner für {path} kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create the lock file {lock}</source>
        <translation>Die Sperrdatei {lock} kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the entry is not a JSON object</source>
        <translation>der Eintrag ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>{key} is not a string</source>
        <translation>{key} ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&apos;args&apos; is not a list of strings</source>
        <translation>&apos;args&apos; ist keine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>&apos;url&apos; must start with http:// or https://</source>
        <translation>&apos;url&apos; muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>it has neither a &apos;command&apos; nor a &apos;url&apos;</source>
        <translation>er hat weder &apos;command&apos; noch &apos;url&apos;</translation>
    </message>
    <message>
        <source>&apos;timeout&apos; must be a number of seconds up to {limit}</source>
        <translation>&apos;timeout&apos; muss eine Sekundenzahl bis {limit} sein</translation>
    </message>
    <message>
        <source>{key} is not an object</source>
        <translation>{key} ist kein Objekt</translation>
    </message>
    <message>
        <source>&apos;mcpServers&apos; in mcp.json is not an object; it is kept as it is</source>
        <translation>&apos;mcpServers&apos; in mcp.json ist kein Objekt; es bleibt, wie es ist</translation>
    </message>
    <message>
        <source>MCP server {name} cannot be used: {problem}</source>
        <translation>MCP-Server {name} kann nicht verwendet werden: {problem}</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}); no MCP servers are started for now.</source>
        <translation>{path} konnte nicht gelesen werden ({reason}); vorerst werden keine MCP-Server gestartet.</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it was kept as {backup} and no MCP servers are configured.</source>
        <translation>{path} ist beschädigt ({error}); die Datei wurde als {backup} aufbewahrt, und es sind keine MCP-Server eingerichtet.</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}); it could not be moved aside and no MCP servers are configured.</source>
        <translation>{path} ist beschädigt ({error}); die Datei konnte nicht beiseitegelegt werden, und es sind keine MCP-Server eingerichtet.</translation>
    </message>
    <message>
        <source>Claude Desktop&apos;s configuration was not found at {path}</source>
        <translation>Die Konfiguration von Claude Desktop wurde unter {path} nicht gefunden</translation>
    </message>
    <message>
        <source>Claude Desktop&apos;s configuration {path} could not be read</source>
        <translation>Die Konfiguration von Claude Desktop {path} konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>{path} lists no MCP servers</source>
        <translation>{path} enthält keine MCP-Server</translation>
    </message>
    <message>
        <source>{name} is already configured; it was left as it is</source>
        <translation>{name} ist bereits eingerichtet; es blieb, wie es ist</translation>
    </message>
    <message>
        <source>{name} was imported but cannot be used: {problem}</source>
        <translation>{name} wurde importiert, kann aber nicht verwendet werden: {problem}</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}); default settings are used for now.</source>
        <translation>Die Einstellungsdatei {path} konnte nicht gelesen werden ({reason}); vorerst werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it was kept as {backup} and default settings are used.</source>
        <translation>Die Einstellungsdatei {path} ist beschädigt ({error}); sie wurde als {backup} aufbewahrt, und die Standardeinstellungen werden verwendet.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}); it could not be backed up and default settings are used.</source>
        <translation>Die Einstellungsdatei {path} ist beschädigt ({error}); sie konnte nicht gesichert werden, und die Standardeinstellungen werden verwendet.</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}; using {default}.</source>
        <translation>Einstellung {key}: {problem}; {default} wird verwendet.</translation>
    </message>
    <message>
        <source>expected {kind}, found {found}</source>
        <translation>erwartet: {kind}, gefunden: {found}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>Setting {key}: invalid value; dropped.</source>
        <translation>Einstellung {key}: ungültiger Wert; verworfen.</translation>
    </message>
    <message>
        <source>Setting {key}: not an object; dropped.</source>
        <translation>Einstellung {key}: kein Objekt; verworfen.</translation>
    </message>
    <message>
        <source>Setting {key}: missing or not text; endpoint dropped.</source>
        <translation>Einstellung {key}: fehlt oder ist kein Text; Endpunkt verworfen.</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}. The endpoint was disabled.</source>
        <translation>Einstellung {key}: {problem}. Der Endpunkt wurde deaktiviert.</translation>
    </message>
    <message>
        <source>Setting {key}: duplicate id; a new one was given.</source>
        <translation>Einstellung {key}: doppelte ID; eine neue wurde vergeben.</translation>
    </message>
    <message>
        <source>Setting {key}: {problem}; dropped.</source>
        <translation>Einstellung {key}: {problem}; verworfen.</translation>
    </message>
    <message>
        <source>value must be text</source>
        <translation>der Wert muss Text sein</translation>
    </message>
    <message>
        <source>Setting {key}: not an object; ignored.</source>
        <translation>Einstellung {key}: kein Objekt; ignoriert.</translation>
    </message>
    <message>
        <source>Setting {key}: ignored.</source>
        <translation>Einstellung {key}: ignoriert.</translation>
    </message>
    <message>
        <source>Setting {key}: needs a name and a text; dropped.</source>
        <translation>Einstellung {key}: braucht einen Namen und einen Text; verworfen.</translation>
    </message>
    <message>
        <source>Setting {key}: expected &quot;target/model&quot;: {low}..{high} tokens; ignored.</source>
        <translation>Einstellung {key}: erwartet &quot;target/model&quot;: {low}..{high} Tokens; ignoriert.</translation>
    </message>
    <message>
        <source>Language must be &quot;system&quot; or a code like &quot;ru&quot;, not {code}.</source>
        <translation>Die Sprache muss &quot;system&quot; oder ein Code wie &quot;ru&quot; sein, nicht {code}.</translation>
    </message>
    <message>
        <source>Two endpoints have the same id.</source>
        <translation>Zwei Endpunkte haben dieselbe ID.</translation>
    </message>
    <message>
        <source>Theme must be one of {names}.</source>
        <translation>Das Design muss eines davon sein: {names}.</translation>
    </message>
    <message>
        <source>Model titles must be one of {names}.</source>
        <translation>Titel durch das Modell muss eines davon sein: {names}.</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>Max tool steps</source>
        <translation>Max. Werkzeugschritte</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}.</source>
        <translation>{what} muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <source>must be one of {names}</source>
        <translation>muss eines davon sein: {names}</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>muss zwischen {low} und {high} liegen</translation>
    </message>
    <message>
        <source>is not a folder path</source>
        <translation>ist kein Ordnerpfad</translation>
    </message>
    <message>
        <source>is not base64</source>
        <translation>ist kein Base64</translation>
    </message>
    <message>
        <source>Local model option {name} for {path} is not valid.</source>
        <translation>Die Option {name} des lokalen Modells {path} ist ungültig.</translation>
    </message>
    <message>
        <source>The {name} is not base64.</source>
        <translation>{name} ist kein Base64.</translation>
    </message>
    <message>
        <source>{field} should be text, not {type}</source>
        <translation>{field} sollte Text sein, nicht {type}</translation>
    </message>
    <message>
        <source>{field} should be a number, not {type}</source>
        <translation>{field} sollte eine Zahl sein, nicht {type}</translation>
    </message>
    <message>
        <source>{field} is out of range</source>
        <translation>{field} liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>{field} should be an object, not {type}</source>
        <translation>{field} sollte ein Objekt sein, nicht {type}</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>sie ist kein Objekt</translation>
    </message>
    <message>
        <source>messages should be a list</source>
        <translation>messages sollte eine Liste sein</translation>
    </message>
    <message>
        <source>a message is not an object</source>
        <translation>eine Nachricht ist kein Objekt</translation>
    </message>
    <message>
        <source>unknown message role {role}</source>
        <translation>unbekannte Nachrichtenrolle {role}</translation>
    </message>
    <message>
        <source>a message&apos;s content is not text</source>
        <translation>der Inhalt einer Nachricht ist kein Text</translation>
    </message>
    <message>
        <source>unknown message state {state}</source>
        <translation>unbekannter Nachrichtenstatus {state}</translation>
    </message>
    <message>
        <source>{field} should be a message id (a number)</source>
        <translation>{field} sollte eine Nachrichten-ID (eine Zahl) sein</translation>
    </message>
    <message>
        <source>message id {id} appears twice</source>
        <translation>die Nachrichten-ID {id} kommt zweimal vor</translation>
    </message>
    <message>
        <source>message {id} follows message {parent}, which is not before it in the file</source>
        <translation>Nachricht {id} folgt auf Nachricht {parent}, die in der Datei nicht davor steht</translation>
    </message>
    <message>
        <source>message {id} shows {child}, which is not its reply</source>
        <translation>Nachricht {id} zeigt {child}, das nicht ihre Antwort ist</translation>
    </message>
    <message>
        <source>active_root {root} is not a first message</source>
        <translation>active_root {root} ist keine erste Nachricht</translation>
    </message>
    <message>
        <source>a message&apos;s parts should be a list</source>
        <translation>die Teile einer Nachricht sollten eine Liste sein</translation>
    </message>
    <message>
        <source>a message part is not an object with a kind</source>
        <translation>ein Nachrichtenteil ist kein Objekt mit kind</translation>
    </message>
    <message>
        <source>an attachment&apos;s sha256 is not a SHA-256 checksum</source>
        <translation>der sha256 eines Anhangs ist keine SHA-256-Prüfsumme</translation>
    </message>
    <message>
        <source>it has no &apos;mapping&apos; of messages</source>
        <translation>sie hat kein &apos;mapping&apos; der Nachrichten</translation>
    </message>
    <message>
        <source>a mapping entry is not an object</source>
        <translation>ein mapping-Eintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>a &apos;parent&apos; link is not a node id</source>
        <translation>ein &apos;parent&apos;-Verweis ist keine Knoten-ID</translation>
    </message>
    <message>
        <source>the reply tree points to a missing node {node}</source>
        <translation>der Antwortbaum verweist auf einen fehlenden Knoten {node}</translation>
    </message>
    <message>
        <source>its reply tree has a cycle</source>
        <translation>ihr Antwortbaum enthält einen Zyklus</translation>
    </message>
    <message>
        <source>&apos;current_node&apos; does not name a message in the mapping</source>
        <translation>&apos;current_node&apos; benennt keine Nachricht im mapping</translation>
    </message>
    <message>
        <source>a node&apos;s &apos;message&apos; is not an object</source>
        <translation>die &apos;message&apos; eines Knotens ist kein Objekt</translation>
    </message>
    <message>
        <source>a text message has no list of &apos;parts&apos;</source>
        <translation>eine Textnachricht hat keine &apos;parts&apos;-Liste</translation>
    </message>
</context>
<context>
    <name>ModelSelector</name>
    <message>
        <source>Provider or endpoint</source>
        <translation>Anbieter oder Endpunkt</translation>
    </message>
    <message>
        <source>No provider chosen</source>
        <translation>Kein Anbieter gewählt</translation>
    </message>
    <message>
        <source>Model (pick one or type a name)</source>
        <translation>Modell (auswählen oder Namen eingeben)</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>{name} (offline)</source>
        <translation>{name} (offline)</translation>
    </message>
    <message>
        <source>{name} is offline: its service no longer answers.</source>
        <translation>{name} ist offline: Der Dienst antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>loading models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <source>models unavailable</source>
        <translation>Modelle nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>ParamsDialog</name>
    <message>
        <source>Default (from Settings)</source>
        <translation>Standard (aus den Einstellungen)</translation>
    </message>
    <message>
        <source>Conversation settings</source>
        <translation>Einstellungen der Unterhaltung</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>Kein Systemprompt</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Prompt preset:</source>
        <translation>&amp;Promptvorlage:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>&amp;Systemprompt:</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatur:</translation>
    </message>
    <message>
        <source>&amp;Max tokens:</source>
        <translation>&amp;Max. Token:</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigener</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Prompt: {preset}</source>
        <translation>Prompt: {preset}</translation>
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
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Exporting as PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PromptPresets</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Concise</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>Programmierer</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Übersetzer</translation>
    </message>
</context>
<context>
    <name>RowDelegate</name>
    <message>
        <source>New title</source>
        <translation>Neuer Titel</translation>
    </message>
</context>
<context>
    <name>SendStopButton</name>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Antwort anhalten (Esc)</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Eingabe)</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>Antwort anhalten</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
</context>
<context>
    <name>SessionDrawing</name>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>A tool call waits for your approval in another tab.</source>
        <translation>In einem anderen Tab wartet ein Werkzeugaufruf auf Ihre Freigabe.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>&amp;Endpunkte</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>an endpoint</source>
        <translation>einen Endpunkt</translation>
    </message>
    <message>
        <source>Not saved: fix {name} first.</source>
        <translation>Nicht gespeichert: Korrigieren Sie zuerst {name}.</translation>
    </message>
    <message>
        <source>Not saved: fix the highlighted settings first.</source>
        <translation>Nicht gespeichert: Korrigieren Sie zuerst die markierten Einstellungen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Message box</source>
        <translation>Nachrichtenfeld</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Neue Zeile</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Buttons of the chosen message, then its links</source>
        <translation>Schaltflächen der gewählten Nachricht, dann ihre Links</translation>
    </message>
    <message>
        <source>Press the focused button or link</source>
        <translation>Fokussierte Schaltfläche oder Link auslösen</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Suchleiste</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Nächster / vorheriger Treffer</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>Open in this tab</source>
        <translation>In diesem Tab öffnen</translation>
    </message>
    <message>
        <source>Open in a new tab</source>
        <translation>In neuem Tab öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Enter, middle click</source>
        <translation>Strg+Eingabe, Mittelklick</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete (with undo)</source>
        <translation>Löschen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Menütaste, Umschalt+F10</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <source>double click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>middle click</source>
        <translation>Mittelklick</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Liste der Unterhaltungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Could not delete: {exc}</source>
        <translation>Löschen nicht möglich: {exc}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Could not rename: {exc}</source>
        <translation>Umbenennen nicht möglich: {exc}</translation>
    </message>
    <message>
        <source>Could not pin: {exc}</source>
        <translation>Anheften nicht möglich: {exc}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open in New Tab	Ctrl+Enter</source>
        <translation>In neuem Tab öffnen	Ctrl+Enter</translation>
    </message>
    <message>
        <source>Rename	F2</source>
        <translation>Umbenennen	F2</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Delete	Del</source>
        <translation>Löschen	Del</translation>
    </message>
    <message>
        <source>Undo Delete	Ctrl+Z</source>
        <translation>Löschen rückgängig	Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>SidebarGroups</name>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
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
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Notice action</source>
        <translation>Aktion zum Hinweis</translation>
    </message>
</context>
<context>
    <name>ToolLines</name>
    <message>
        <source>waiting for you</source>
        <translation>wartet auf Sie</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>({count} character(s) in all)</source>
        <translation>
            <numerusform>(insgesamt {count} Zeichen)</numerusform>
            <numerusform>(insgesamt {count} Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ToolsButton</name>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>The tools this conversation may offer the model</source>
        <translation>Die Werkzeuge, die diese Unterhaltung dem Modell anbieten darf</translation>
    </message>
    <message>
        <source>Tools for this conversation</source>
        <translation>Werkzeuge für diese Unterhaltung</translation>
    </message>
    <message>
        <source>Tools (some off)</source>
        <translation>Werkzeuge (einige aus)</translation>
    </message>
    <message>
        <source>    {tool}</source>
        <translation>    {tool}</translation>
    </message>
    <message>
        <source>No MCP servers are on</source>
        <translation>Keine MCP-Server eingeschaltet</translation>
    </message>
    <message>
        <source>Manage Tools…</source>
        <translation>Werkzeuge verwalten…</translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <source>This is not valid JSON: {exc}</source>
        <translation>Das ist kein gültiges JSON: {exc}</translation>
    </message>
    <message>
        <source>Paste a JSON object (the mcpServers snippet of the server&apos;s README).</source>
        <translation>Fügen Sie ein JSON-Objekt ein (den mcpServers-Ausschnitt aus der README des Servers).</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Geben Sie dem Server einen Namen.</translation>
    </message>
    <message>
        <source>No server found in the snippet.</source>
        <translation>Im Ausschnitt wurde kein Server gefunden.</translation>
    </message>
    <message>
        <source>Tools (MCP servers)</source>
        <translation>Werkzeuge (MCP-Server)</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Serverprotokoll</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Revoke Always Allow</source>
        <translation>„Immer erlauben“ widerrufen</translation>
    </message>
    <message>
        <source>Import from Claude Desktop</source>
        <translation>Aus Claude Desktop importieren</translation>
    </message>
    <message>
        <source>Tool steps per answer:</source>
        <translation>Werkzeugschritte pro Antwort:</translation>
    </message>
    <message>
        <source>How many times the model may call tools before it must answer</source>
        <translation>Wie oft das Modell Werkzeuge aufrufen darf, bevor es antworten muss</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (aus)</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>No MCP servers yet. Add one by pasting the mcpServers snippet from its README, or import Claude Desktop&apos;s.</source>
        <translation>Noch keine MCP-Server. Fügen Sie einen hinzu, indem Sie den mcpServers-Ausschnitt aus seiner README einfügen, oder importieren Sie die von Claude Desktop.</translation>
    </message>
    <message>
        <source>not listed yet</source>
        <translation>noch nicht aufgelistet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Zustand: {state}</translation>
    </message>
    <message>
        <source>Timeout: {seconds} s</source>
        <translation>Zeitlimit: {seconds} s</translation>
    </message>
    <message>
        <source>Tools: {tools}</source>
        <translation>Werkzeuge: {tools}</translation>
    </message>
    <message>
        <source>Always allowed: {tools}</source>
        <translation>Immer erlaubt: {tools}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Letzter Fehler: {error}</translation>
    </message>
    <message>
        <source>Turn On</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Could not save mcp.json: {exc}</source>
        <translation>mcp.json konnte nicht gespeichert werden: {exc}</translation>
    </message>
    <message>
        <source>Add MCP Server</source>
        <translation>MCP-Server hinzufügen</translation>
    </message>
    <message>
        <source>Paste the server&apos;s mcpServers snippet (JSON):</source>
        <translation>mcpServers-Ausschnitt des Servers einfügen (JSON):</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>The entry of {name} (JSON):</source>
        <translation>Der Eintrag von {name} (JSON):</translation>
    </message>
    <message>
        <source>Saved {names}.</source>
        <translation>Gespeichert: {names}.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} entfernt.</translation>
    </message>
    <message>
        <source>{name} did not start: {exc}</source>
        <translation>{name} wurde nicht gestartet: {exc}</translation>
    </message>
    <message>
        <source>{name}&apos;s tools ask again before each call.</source>
        <translation>Die Werkzeuge von {name} fragen wieder vor jedem Aufruf.</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importiert</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <source>▾ Hide</source>
        <translation>▾ Ausblenden</translation>
    </message>
    <message>
        <source>thought process</source>
        <translation>Denkprozess</translation>
    </message>
    <message>
        <source>▸ Show</source>
        <translation>▸ Anzeigen</translation>
    </message>
    <message>
        <source>thought process ({words} words)</source>
        <translation>Denkprozess (Wörter: {words})</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>version {index}/{count}</source>
        <translation>Version {index}/{count}</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} Tok./s</translation>
    </message>
    <message>
        <source>first token {seconds} s</source>
        <translation>erstes Token nach {seconds} s</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message numerus="yes">
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>%n frühere Nachricht anzeigen</numerusform>
            <numerusform>%n frühere Nachrichten anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>{provider} does not take %n option(s): {options}</source>
        <translation>
            <numerusform>{provider} akzeptiert %n Option nicht: {options}</numerusform>
            <numerusform>{provider} akzeptiert %n Optionen nicht: {options}</numerusform>
        </translation>
    </message>
</context>
</TS>
