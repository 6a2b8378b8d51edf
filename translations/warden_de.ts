<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionAudit</name>
    <message>
        <source>The cache file could not be opened.</source>
        <translation>Die Cache-Datei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The cache file is not open.</source>
        <translation>Die Cache-Datei ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Entry %1 is missing or unreadable in the cache, so entry %2 links to nothing stored.</source>
        <translation>Eintrag %1 fehlt im Cache oder ist unlesbar, daher verweist Eintrag %2 auf nichts Gespeichertes.</translation>
    </message>
</context>
<context>
    <name>AuditProof</name>
    <message>
        <source>Field &quot;%1&quot; must be a list of entries.</source>
        <translation>Feld „%1“ muss eine Liste von Einträgen sein.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; cannot be read: %3</source>
        <translation>Eintrag %1 von „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are not all in the chain.</source>
        <translation>Die Einträge %1 bis %2 sind nicht alle in der Kette.</translation>
    </message>
    <message>
        <source>This is not a Warden audit export (no &quot;format&quot;: &quot;warden-audit-proof&quot;).</source>
        <translation>Dies ist kein Warden-Audit-Export (kein &quot;format&quot;: &quot;warden-audit-proof&quot;).</translation>
    </message>
    <message>
        <source>Audit export version %1 is not supported (expected %2).</source>
        <translation>Die Audit-Export-Version %1 wird nicht unterstützt (erwartet: %2).</translation>
    </message>
    <message>
        <source>Field &quot;first_prev_hash&quot; must be 64 lowercase hex characters.</source>
        <translation>Feld „first_prev_hash“ muss aus 64 Hex-Zeichen in Kleinbuchstaben bestehen.</translation>
    </message>
    <message>
        <source>The signed head cannot be read: %1</source>
        <translation>Der signierte Kopf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Field &quot;public_key&quot; is not a 32-byte Ed25519 key in base64.</source>
        <translation>Feld „public_key“ ist kein 32-Byte-Ed25519-Schlüssel in Base64.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than an audit export can be.</source>
        <translation>%1 ist größer, als ein Audit-Export sein kann.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>NOT VERIFIED.</source>
        <translation>NICHT BESTÄTIGT.</translation>
    </message>
    <message>
        <source>The export holds no entries.</source>
        <translation>Der Export enthält keine Einträge.</translation>
    </message>
    <message>
        <source>%1 audit chain of %2: entries %3 to %4.</source>
        <translation>Audit-Kette (%1) von %2: Einträge %3 bis %4.</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Hash chain broken at entry %1: %2</source>
        <translation>Hash-Kette bei Eintrag %1 unterbrochen: %2</translation>
    </message>
    <message>
        <source>Hash chain intact: every entry matches its hash and links to the one before.</source>
        <translation>Hash-Kette intakt: Jeder Eintrag passt zu seinem Hash und verweist auf den vorherigen.</translation>
    </message>
    <message>
        <source>The export has no signed head, so it cannot be tied to the backend.</source>
        <translation>Der Export hat keinen signierten Kopf und kann daher nicht dem Backend zugeordnet werden.</translation>
    </message>
    <message>
        <source>The console&apos;s own chain is not signed: this shows the entries were not changed one by one, not that the whole chain was not rewritten.</source>
        <translation>Die eigene Kette der Konsole ist nicht signiert: Das zeigt, dass keine einzelnen Einträge verändert wurden, nicht aber, dass die Kette nicht insgesamt neu geschrieben wurde.</translation>
    </message>
    <message>
        <source>VERIFIED.</source>
        <translation>BESTÄTIGT.</translation>
    </message>
    <message>
        <source>The export has a signed head but no public key to check it with.</source>
        <translation>Der Export hat einen signierten Kopf, aber keinen öffentlichen Schlüssel, um ihn zu prüfen.</translation>
    </message>
    <message>
        <source>The signature of the head (entry %1, signed at %2) does not match public key %3.</source>
        <translation>Die Signatur des Kopfes (Eintrag %1, signiert am %2) passt nicht zum öffentlichen Schlüssel %3.</translation>
    </message>
    <message>
        <source>Head signature valid: entry %1 signed at %2 by key %3 (SHA-256 fingerprint); compare it with the key pinned for this backend.</source>
        <translation>Signatur des Kopfes gültig: Eintrag %1, signiert am %2 mit Schlüssel %3 (SHA-256-Fingerabdruck); vergleichen Sie ihn mit dem für dieses Backend gepinnten Schlüssel.</translation>
    </message>
    <message>
        <source>The signed head is entry %1, which is not in the export: the range cannot be tied to it.</source>
        <translation>Der signierte Kopf ist Eintrag %1, der nicht im Export enthalten ist: Der Bereich kann ihm nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>Entry %1 does not have the hash the backend signed: the exported chain differs from the backend&apos;s.</source>
        <translation>Eintrag %1 hat nicht den Hash, den das Backend signiert hat: Die exportierte Kette weicht von der des Backends ab.</translation>
    </message>
    <message>
        <source>The signed head&apos;s hash is recomputed from the exported entries.</source>
        <translation>Der Hash des signierten Kopfes wird aus den exportierten Einträgen neu berechnet.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were written after the signed head and are covered by the hash chain only.</source>
        <translation>Die Einträge %1 bis %2 wurden nach dem signierten Kopf geschrieben und sind nur durch die Hash-Kette abgesichert.</translation>
    </message>
</context>
<context>
    <name>AuditVerifyCommand</name>
    <message>
        <source>NOT VERIFIED.</source>
        <translation>NICHT BESTÄTIGT.</translation>
    </message>
</context>
<context>
    <name>BackendAuditSync</name>
    <message>
        <source>The cache file is not open.</source>
        <translation>Die Cache-Datei ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>BackendReplies</name>
    <message>
        <source>%1 is not connected to this console, so nothing was sent. Connect to it and try again.</source>
        <translation>%1 ist nicht mit dieser Konsole verbunden, daher wurde nichts gesendet. Verbinden Sie sich damit und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CacheSchema</name>
    <message>
        <source>%1 is not a Warden cache (%2). It was left untouched.</source>
        <translation>%1 ist kein Warden-Cache (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not create the cache folder %1.</source>
        <translation>Der Cache-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>it is a database of another application</source>
        <translation>es ist eine Datenbank einer anderen Anwendung</translation>
    </message>
    <message>
        <source>%1 was written by a newer Warden (cache format %2; this version reads formats up to %3). It was left untouched; update Warden or use another cache folder.</source>
        <translation>%1 wurde von einer neueren Warden-Version geschrieben (Cache-Format %2; diese Version liest Formate bis %3). Die Datei wurde nicht verändert; aktualisieren Sie Warden oder verwenden Sie einen anderen Cache-Ordner.</translation>
    </message>
    <message>
        <source>%1 uses the older cache format %2 and cannot be upgraded while opened read-only.</source>
        <translation>%1 verwendet das ältere Cache-Format %2 und kann im schreibgeschützten Modus nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Could not switch %1 to write-ahead logging.</source>
        <translation>%1 konnte nicht auf Write-Ahead-Logging umgestellt werden.</translation>
    </message>
    <message>
        <source>Cache format %1 is unknown to this version of Warden.</source>
        <translation>Das Cache-Format %1 ist dieser Warden-Version unbekannt.</translation>
    </message>
    <message>
        <source>Could not upgrade the cache from format %1 to %2: %3</source>
        <translation>Der Cache konnte nicht von Format %1 auf %2 aktualisiert werden: %3</translation>
    </message>
</context>
<context>
    <name>CacheSnapshot</name>
    <message>
        <source>Could not read %1 from the cache: %2</source>
        <translation>Lesen aus dem Cache fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>The cache file %1 does not exist.</source>
        <translation>Die Cache-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>the event count</source>
        <translation>Anzahl der Ereignisse</translation>
    </message>
    <message>
        <source>the stream position</source>
        <translation>Position im Stream</translation>
    </message>
</context>
<context>
    <name>CacheStore</name>
    <message>
        <source>The cache %1 is open read-only.</source>
        <translation>Der Cache %1 ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: %2. Delete the file to rebuild it from the backend.</source>
        <translation>Der Cache %1 ist beschädigt: %2. Löschen Sie die Datei, um ihn aus dem Backend neu aufzubauen.</translation>
    </message>
    <message>
        <source>Could not seal owner data for the cache: %1</source>
        <translation>Die Besitzerdaten konnten für den Cache nicht versiegelt werden: %1</translation>
    </message>
    <message>
        <source>site “%1” has an unknown kind</source>
        <translation>Standort „%1“ hat eine unbekannte Art</translation>
    </message>
    <message>
        <source>link %1 → %2 has an unknown kind</source>
        <translation>Verbindung %1 → %2 hat eine unbekannte Art</translation>
    </message>
    <message>
        <source>device “%1” has an unknown status or quarantine level</source>
        <translation>Gerät „%1“ hat einen unbekannten Status oder eine unbekannte Quarantänestufe</translation>
    </message>
    <message>
        <source>owner “%1” cannot be read (%2)</source>
        <translation>Besitzer „%1“ kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>pending action %1 cannot be read</source>
        <translation>ausstehende Aktion %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no pending action %1 in the cache.</source>
        <translation>Im Cache gibt es keine ausstehende Aktion %1.</translation>
    </message>
    <message>
        <source>Audit entry %1 cannot follow entry %2: the local audit chain only grows at its end.</source>
        <translation>Audit-Eintrag %1 kann nicht auf Eintrag %2 folgen: Die lokale Audit-Kette wächst nur an ihrem Ende.</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the one already cached: the %2 audit chain was rewritten.</source>
        <translation>Audit-Eintrag %1 weicht vom bereits zwischengespeicherten ab: Die %2 Audit-Kette wurde umgeschrieben.</translation>
    </message>
    <message>
        <source>backend&apos;s</source>
        <translation>vom Backend gelieferte</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokale</translation>
    </message>
    <message>
        <source>Audit entry %1 is already in the local audit chain.</source>
        <translation>Audit-Eintrag %1 ist bereits in der lokalen Audit-Kette.</translation>
    </message>
    <message>
        <source>audit entry %1 cannot be read (%2)</source>
        <translation>Audit-Eintrag %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>audit entry %1 does not match its index or hash</source>
        <translation>Audit-Eintrag %1 passt nicht zu seinem Index oder Hash</translation>
    </message>
    <message>
        <source>join request</source>
        <translation>Beitrittsanfrage</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>CacheVault</name>
    <message>
        <source>The cache is not open.</source>
        <translation>Der Cache ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Warden - security operations console for IoT fleets</source>
        <translation>Warden – Sicherheitskonsole für IoT-Geräteflotten</translation>
    </message>
    <message>
        <source>Start an embedded fleet backend on 127.0.0.1 and connect to it.</source>
        <translation>Ein eingebettetes Flotten-Backend auf 127.0.0.1 starten und sich damit verbinden.</translation>
    </message>
    <message>
        <source>Demo storyline to play (with --demo).</source>
        <translation>Abzuspielendes Demo-Szenario (mit --demo).</translation>
    </message>
    <message>
        <source>Number of devices in the demo fleet.</source>
        <translation>Anzahl der Geräte in der Demo-Flotte.</translation>
    </message>
    <message>
        <source>Open a cache file read-only, with no network.</source>
        <translation>Eine Cache-Datei schreibgeschützt und ohne Netzwerk öffnen.</translation>
    </message>
    <message>
        <source>Directory holding the per-backend caches.</source>
        <translation>Verzeichnis mit den Caches der einzelnen Backends.</translation>
    </message>
    <message>
        <source>Page to show first (dashboard, topology, threats, register, updates, licences, quarantine, audit).</source>
        <translation>Zuerst angezeigte Seite (dashboard, topology, threats, register, updates, licences, quarantine, audit).</translation>
    </message>
    <message>
        <source>Render the window after start-up, save it as PNG and exit.</source>
        <translation>Das Fenster nach dem Start zeichnen, als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot.</source>
        <translation>Wartezeit in Millisekunden vor dem Bildschirmfoto.</translation>
    </message>
    <message>
        <source>--devices needs a number between 1 and 2000000.</source>
        <translation>--devices erwartet eine Zahl zwischen 1 und 2000000.</translation>
    </message>
    <message>
        <source>--screenshot-delay needs a number of milliseconds.</source>
        <translation>--screenshot-delay erwartet eine Anzahl Millisekunden.</translation>
    </message>
    <message>
        <source>--demo and --offline cannot be used together.</source>
        <translation>--demo und --offline können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>Language of the user interface (for example de, fr, en). Default: the language setting, else the system language.</source>
        <translation>Sprache der Benutzeroberfläche (zum Beispiel de, fr, en). Standard: die Spracheinstellung, sonst die Systemsprache.</translation>
    </message>
    <message>
        <source>Check an exported audit range and its proof, print the verdict and exit (0 verified, 1 not).</source>
        <translation>Einen exportierten Audit-Bereich und seinen Nachweis prüfen, das Ergebnis ausgeben und beenden (0 bestätigt, 1 nicht).</translation>
    </message>
    <message>
        <source>Colours for this run: system, light or dark. Default: the theme setting (View → Theme).</source>
        <translation>Farben für diesen Lauf: system, light oder dark. Standard: die Design-Einstellung (Ansicht → Design).</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The %1 file %2 does not exist.</source>
        <translation>Die Datei %2 (%1) existiert nicht.</translation>
    </message>
    <message>
        <source>The %1 path %2 is not a file.</source>
        <translation>Der Pfad %2 (%1) ist keine Datei.</translation>
    </message>
    <message>
        <source>The %1 file %2 cannot be read (check its permissions).</source>
        <translation>Die Datei %2 (%1) kann nicht gelesen werden (prüfen Sie die Zugriffsrechte).</translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation>Die Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>The connection name is longer than %1 characters.</source>
        <translation>Der Verbindungsname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The connection name contains control characters.</source>
        <translation>Der Verbindungsname enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The backend address is missing (e.g. https://fleet.example.org:8443).</source>
        <translation>Die Backend-Adresse fehlt (z. B. https://fleet.example.org:8443).</translation>
    </message>
    <message>
        <source>The backend address is not a valid URL: %1.</source>
        <translation>Die Backend-Adresse ist keine gültige URL: %1.</translation>
    </message>
    <message>
        <source>The backend address must start with https:// (got %1://); Warden never talks to a backend unencrypted.</source>
        <translation>Die Backend-Adresse muss mit https:// beginnen (angegeben: %1://); Warden kommuniziert nie unverschlüsselt mit einem Backend.</translation>
    </message>
    <message>
        <source>The backend address has no host name.</source>
        <translation>Die Backend-Adresse enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The backend address must not contain a user name or password; the password is asked for at login and never stored.</source>
        <translation>Die Backend-Adresse darf keinen Benutzernamen und kein Passwort enthalten; das Passwort wird bei der Anmeldung abgefragt und nie gespeichert.</translation>
    </message>
    <message>
        <source>The backend address must not contain a query (?) or fragment (#).</source>
        <translation>Die Backend-Adresse darf weder eine Abfrage (?) noch ein Fragment (#) enthalten.</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>Give either a PEM client certificate and key or a PKCS#12 file, not both.</source>
        <translation>Geben Sie entweder ein PEM-Client-Zertifikat mit Schlüssel oder eine PKCS#12-Datei an, nicht beides.</translation>
    </message>
    <message>
        <source>The client key needs its certificate file as well.</source>
        <translation>Zum Client-Schlüssel wird auch die Zertifikatsdatei benötigt.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>The client certificate needs its private key file as well.</source>
        <translation>Zum Client-Zertifikat wird auch die Datei mit dem privaten Schlüssel benötigt.</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>PKCS#12</source>
        <translation>PKCS#12</translation>
    </message>
    <message>
        <source>The public-key pin is not valid: %1</source>
        <translation>Der Public-Key-Pin ist ungültig: %1</translation>
    </message>
    <message>
        <source>The user name must be at most 256 characters without control characters.</source>
        <translation>Der Benutzername darf höchstens 256 Zeichen lang sein und keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>There is no saved connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>The saved connection &quot;%1&quot; is damaged (it names itself &quot;%2&quot;).</source>
        <translation>Die gespeicherte Verbindung „%1“ ist beschädigt (sie nennt sich selbst „%2“).</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Syncing %1 %</source>
        <translation>Synchronisierung %1 %</translation>
    </message>
    <message>
        <source>Live · %1 events/s</source>
        <translation>Live · %1 Ereignisse/s</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>Neue Verbindung in %1 s</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file has %1 bytes; at most %2 can be imported at once. Split it into smaller files.</source>
        <translation>Die Datei hat %1 Byte; höchstens %2 können auf einmal importiert werden. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Die Datei ist kein UTF-8-Text. Speichern Sie sie als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a missing &quot;).</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen (ein fehlendes &quot;).</translation>
    </message>
    <message>
        <source>text follows a closing quote; write &quot;&quot; for a quote inside a quoted field.</source>
        <translation>nach einem schließenden Anführungszeichen folgt Text; schreiben Sie &quot;&quot; für ein Anführungszeichen in einem Feld in Anführungszeichen.</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; put the field in quotes and double the quote.</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>DeviceCsv</name>
    <message>
        <source>The file is empty; the first line must name the columns, e.g. id,name,class,site.</source>
        <translation>Die Datei ist leer; die erste Zeile muss die Spalten benennen, z. B. id,name,class,site.</translation>
    </message>
    <message>
        <source>The file has %1 devices; at most %2 can be imported at once.</source>
        <translation>Die Datei enthält %1 Geräte; höchstens %2 können auf einmal importiert werden.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. Known columns: %2.</source>
        <translation>Unbekannte Spalte „%1“. Bekannte Spalten: %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>Die Spalte „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>The file has no &quot;id&quot; column; every line needs the device id.</source>
        <translation>Die Datei hat keine Spalte „id“; jede Zeile braucht die Geräte-ID.</translation>
    </message>
    <message>
        <source>The line has %1 fields; the header has %2. Check for a missing or extra comma, or a comma inside an unquoted value.</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile %2. Prüfen Sie auf ein fehlendes oder überzähliges Komma oder ein Komma in einem Wert ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed.</source>
        <translation>ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>contains a control character (a line break or tab?).</source>
        <translation>enthält ein Steuerzeichen (einen Zeilenumbruch oder Tabulator?).</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; write yes or no.</source>
        <translation>ist „%1“; schreiben Sie yes oder no.</translation>
    </message>
    <message>
        <source>is empty; every line needs the device id.</source>
        <translation>ist leer; jede Zeile braucht die Geräte-ID.</translation>
    </message>
    <message>
        <source>are %1 characters long; at most %2 are allowed.</source>
        <translation>sind %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>contain a control character other than a line break or tab.</source>
        <translation>enthalten ein Steuerzeichen außer Zeilenumbruch oder Tabulator.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an anonymised placeholder from an export; leave the cell empty or give the owner&apos;s reference.</source>
        <translation>„%1“ ist ein anonymisierter Platzhalter aus einem Export; lassen Sie die Zelle leer oder geben Sie die Referenz des Besitzers an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already appears on line %2; give each device one line.</source>
        <translation>„%1“ steht bereits in Zeile %2; geben Sie jedem Gerät eine Zeile.</translation>
    </message>
    <message>
        <source>is required for a new device.</source>
        <translation>ist für ein neues Gerät erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a site id nor a site name of this backend.</source>
        <translation>„%1“ ist weder eine Standort-ID noch ein Standortname dieses Backends.</translation>
    </message>
    <message>
        <source>is &quot;%1&quot; but the device is registered with &quot;%2&quot;; it cannot be changed by import.</source>
        <translation>ist „%1“, aber das Gerät ist mit „%2“ registriert; das kann per Import nicht geändert werden.</translation>
    </message>
    <message>
        <source>cannot be cleared; every line needs the device id.</source>
        <translation>kann nicht geleert werden; jede Zeile braucht die Geräte-ID.</translation>
    </message>
    <message>
        <source>cannot be cleared: it comes from the device and cannot be changed by import.</source>
        <translation>kann nicht geleert werden: Der Wert stammt vom Gerät und kann per Import nicht geändert werden.</translation>
    </message>
    <message>
        <source>cannot be cleared; every device needs a name. Leave the cell empty to keep it.</source>
        <translation>kann nicht geleert werden; jedes Gerät braucht einen Namen. Lassen Sie die Zelle leer, um ihn beizubehalten.</translation>
    </message>
    <message>
        <source>cannot be cleared; write yes or no, or leave the cell empty to keep it.</source>
        <translation>kann nicht geleert werden; schreiben Sie yes oder no, oder lassen Sie die Zelle leer, um den Wert beizubehalten.</translation>
    </message>
    <message>
        <source>will be cleared (now &quot;%1&quot;).</source>
        <translation>wird geleert (bisher „%1“).</translation>
    </message>
</context>
<context>
    <name>DeviceEdit</name>
    <message>
        <source>must not be empty.</source>
        <translation>darf nicht leer sein.</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed.</source>
        <translation>ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>must not contain control characters such as line breaks or tabs.</source>
        <translation>darf keine Steuerzeichen wie Zeilenumbrüche oder Tabulatoren enthalten.</translation>
    </message>
    <message>
        <source>The name %1</source>
        <translation>Der Name %1</translation>
    </message>
    <message>
        <source>The owner reference %1</source>
        <translation>Die Besitzerreferenz %1</translation>
    </message>
    <message>
        <source>The location %1</source>
        <translation>Der Ort %1</translation>
    </message>
    <message>
        <source>The notes are %1 characters long; at most %2 are allowed.</source>
        <translation>Die Notizen sind %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The notes contain a control character.</source>
        <translation>Die Notizen enthalten ein Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>DeviceTableLoader</name>
    <message>
        <source>device “%1” has an unknown status or quarantine level</source>
        <translation>Gerät „%1“ hat einen unbekannten Status oder eine unbekannte Quarantänestufe</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: %2. Delete the file to rebuild it from the backend.</source>
        <translation>Der Cache %1 ist beschädigt: %2. Löschen Sie die Datei, um ihn aus dem Backend neu aufzubauen.</translation>
    </message>
</context>
<context>
    <name>DryRunRange</name>
    <message>
        <source>the last hour</source>
        <translation>letzte Stunde</translation>
    </message>
    <message>
        <source>the last 24 hours</source>
        <translation>letzte 24 Stunden</translation>
    </message>
    <message>
        <source>the last 7 days</source>
        <translation>letzte 7 Tage</translation>
    </message>
    <message>
        <source>everything cached</source>
        <translation>alles im Cache</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>The range ends before it starts: choose a &quot;to&quot; after the &quot;from&quot;.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: Wählen Sie ein Ende („bis“) nach dem Beginn („von“).</translation>
    </message>
</context>
<context>
    <name>FleetApiClient</name>
    <message>
        <source>The console stopped waiting for the answer; the backend may have carried the action out.</source>
        <translation>Die Konsole hat aufgehört, auf die Antwort zu warten; das Backend hat die Aktion möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>The action was not sent: the console&apos;s audit log cannot be written.</source>
        <translation>Die Aktion wurde nicht gesendet: Das Audit-Protokoll der Konsole kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>FleetError</name>
    <message>
        <source>The backend&apos;s answer to %1 %2 is malformed: %3</source>
        <translation>Die Antwort des Backends auf %1 %2 ist fehlerhaft: %3</translation>
    </message>
    <message>
        <source>Not logged in to this backend.</source>
        <translation>Nicht an diesem Backend angemeldet.</translation>
    </message>
    <message>
        <source>The backend&apos;s answer is larger than the limit of %1 MiB; it was not read.</source>
        <translation>Die Antwort des Backends überschreitet die Grenze von %1 MiB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The backend answered with an unexpected status (HTTP %1).</source>
        <translation>Das Backend antwortete mit einem unerwarteten Status (HTTP %1).</translation>
    </message>
    <message>
        <source>The account is locked after too many failed logins. Try again after %1 UTC.</source>
        <translation>Das Konto ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt. Versuchen Sie es nach %1 UTC erneut.</translation>
    </message>
    <message>
        <source>The backend reported an error (HTTP %1).</source>
        <translation>Das Backend meldete einen Fehler (HTTP %1).</translation>
    </message>
    <message>
        <source>The backend&apos;s certificate is only valid from %1 to %2 UTC. The connection was refused.</source>
        <translation>Das Zertifikat des Backends ist nur von %1 bis %2 UTC gültig. Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The backend&apos;s certificate was refused: %1. The connection was closed.</source>
        <translation>Das Zertifikat des Backends wurde abgelehnt: %1. Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The backend cannot be reached: %1.</source>
        <translation>Das Backend ist nicht erreichbar: %1.</translation>
    </message>
    <message>
        <source>The secure connection to the backend failed: %1.</source>
        <translation>Die sichere Verbindung zum Backend ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The backend broke the HTTP protocol: %1.</source>
        <translation>Das Backend hat das HTTP-Protokoll verletzt: %1.</translation>
    </message>
    <message>
        <source>The request to the backend failed: %1.</source>
        <translation>Die Anfrage an das Backend ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The backend&apos;s public key does not match the pinned key (expected %1, received %2). The connection was refused.</source>
        <translation>Der öffentliche Schlüssel des Backends stimmt nicht mit dem gepinnten Schlüssel überein (erwartet %1, erhalten %2). Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The %1 is larger than the limit of %2 bytes.</source>
        <translation>%1: größer als die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <source>The %1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1: kein gültiges JSON: %2 bei Byte %3.</translation>
    </message>
    <message>
        <source>The %1 is not a JSON object.</source>
        <translation>%1: kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is %2, but events must be ascending and contiguous (previous seq %3).</source>
        <translation>Feld „%1“ ist %2, aber Ereignisse müssen aufsteigend und lückenlos sein (vorherige Seq. %3).</translation>
    </message>
    <message>
        <source>Field &quot;last_seq&quot; is %1, but the page holds event %2.</source>
        <translation>Feld „last_seq“ ist %1, aber die Seite enthält Ereignis %2.</translation>
    </message>
    <message>
        <source>Stream frame rejected: %1</source>
        <translation>Stream-Frame abgelehnt: %1</translation>
    </message>
    <message>
        <source>stream frame</source>
        <translation>Stream-Frame</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2, but events must be ascending and contiguous (previous seq %3).</source>
        <translation>Feld „%1“ ist %2, aber Ereignisse müssen aufsteigend und lückenlos sein (vorherige Seq. %3).</translation>
    </message>
    <message>
        <source>The backend resumed the stream at event %1, but event %2 was asked for.</source>
        <translation>Das Backend setzte den Stream bei Ereignis %1 fort, angefordert war aber Ereignis %2.</translation>
    </message>
    <message>
        <source>The backend knows only %1 events, but this cache already holds %2. Is this the same backend?</source>
        <translation>Das Backend kennt nur %1 Ereignisse, dieser Cache enthält aber schon %2. Ist das dasselbe Backend?</translation>
    </message>
    <message>
        <source>Events %1 to %2 are missing from the stream.</source>
        <translation>Im Stream fehlen die Ereignisse %1 bis %2.</translation>
    </message>
    <message>
        <source>Event %1 arrived twice on the stream.</source>
        <translation>Ereignis %1 kam zweimal im Stream an.</translation>
    </message>
    <message>
        <source>The backend reports %1 as its newest event, but it already sent event %2.</source>
        <translation>Das Backend meldet %1 als sein neuestes Ereignis, hat aber bereits Ereignis %2 gesendet.</translation>
    </message>
    <message>
        <source>The backend closed the connection right after the secure handshake: it did not accept the client certificate of this connection.</source>
        <translation>Das Backend hat die Verbindung direkt nach dem sicheren Handshake geschlossen: Es hat das Client-Zertifikat dieser Verbindung nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The backend closed the connection right after the secure handshake: it requires a client certificate, and none is configured for this connection.</source>
        <translation>Das Backend hat die Verbindung direkt nach dem sicheren Handshake geschlossen: Es verlangt ein Client-Zertifikat, und für diese Verbindung ist keines eingerichtet.</translation>
    </message>
    <message>
        <source>field &quot;item.deleted&quot; is true, but a %1 is never deleted (id &quot;%2&quot;).</source>
        <translation>Feld „item.deleted“ ist wahr, aber ein Objekt vom Typ %1 wird nie gelöscht (ID „%2“).</translation>
    </message>
</context>
<context>
    <name>ImpactReport</name>
    <message numerus="yes">
        <source>%n device(s) affected</source>
        <translation>
            <numerusform>%n Gerät betroffen</numerusform>
            <numerusform>%n Geräte betroffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more reachable within %1 hop(s)</source>
        <translation>
            <numerusform>%n weiteres innerhalb von %1 Hop(s) erreichbar</numerusform>
            <numerusform>%n weitere innerhalb von %1 Hop(s) erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety-critical</source>
        <translation>
            <numerusform>%n sicherheitskritisch</numerusform>
            <numerusform>%n sicherheitskritisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n Standort</numerusform>
            <numerusform>%n Standorte</numerusform>
        </translation>
    </message>
    <message>
        <source>Impact of incident %1</source>
        <translation>Auswirkungen von Vorfall %1</translation>
    </message>
    <message>
        <source>SAFETY-CRITICAL: %1</source>
        <translation>SICHERHEITSKRITISCH: %1</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Geräte:</translation>
    </message>
    <message>
        <source>affected</source>
        <translation>betroffen</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) via %1</source>
        <translation>
            <numerusform>%n Hop über %1</numerusform>
            <numerusform>%n Hops über %1</numerusform>
        </translation>
    </message>
    <message>
        <source>safety-critical</source>
        <translation>sicherheitskritisch</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>unter Quarantäne</translation>
    </message>
    <message>
        <source>Not in the topology: %1</source>
        <translation>Nicht in der Topologie: %1</translation>
    </message>
    <message>
        <source>Sites: %1</source>
        <translation>Standorte: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Gateways crossed: %1</source>
        <translation>Durchquerte Gateways: %1</translation>
    </message>
    <message>
        <source>Services and data: %1</source>
        <translation>Dienste und Daten: %1</translation>
    </message>
    <message>
        <source>none licensed</source>
        <translation>keine lizenziert</translation>
    </message>
    <message numerus="yes">
        <source>People affected: %n (names hidden for your role)</source>
        <translation>
            <numerusform>Betroffene Personen: %n (Namen für Ihre Rolle verborgen)</numerusform>
            <numerusform>Betroffene Personen: %n (Namen für Ihre Rolle verborgen)</numerusform>
        </translation>
    </message>
    <message>
        <source>People affected: %1</source>
        <translation>Betroffene Personen: %1</translation>
    </message>
    <message>
        <source>Impact of the selected devices</source>
        <translation>Auswirkungen der ausgewählten Geräte</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <source>MAJOR</source>
        <translation>SCHWERWIEGEND</translation>
    </message>
    <message>
        <source>MINOR</source>
        <translation>GERINGFÜGIG</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>INDETERMINATE</source>
        <translation>UNBESTIMMT</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>Vorfallbericht: %1</translation>
    </message>
    <message>
        <source>%1 on backend %2 · generated %3</source>
        <translation>%1 auf Backend %2 · erstellt %3</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Attack type</source>
        <translation>Angriffsart</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Devices affected</source>
        <translation>Betroffene Geräte</translation>
    </message>
    <message>
        <source>%1 (%2 safety-critical)</source>
        <translation>%1 (%2 sicherheitskritisch)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Events by severity</source>
        <translation>Ereignisse nach Schweregrad</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <source>%1 further events are not listed.</source>
        <translation>%1 weitere Ereignisse sind nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>safety-critical</source>
        <translation>sicherheitskritisch</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Ergriffene Maßnahmen</translation>
    </message>
    <message>
        <source>No action is recorded for this incident or its devices.</source>
        <translation>Für diesen Vorfall oder seine Geräte ist keine Aktion erfasst.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>rule “%1” (%2)</source>
        <translation>Regel „%1“ (%2)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Audit proof</source>
        <translation>Audit-Nachweis</translation>
    </message>
    <message>
        <source>No audit entries are cited.</source>
        <translation>Es werden keine Audit-Einträge angeführt.</translation>
    </message>
    <message>
        <source>Entries %1 of the backend&apos;s audit chain.</source>
        <translation>Einträge %1 der Audit-Kette des Backends.</translation>
    </message>
    <message>
        <source>The chain verified up to its newest entry.</source>
        <translation>Die Kette wurde bis zu ihrem neuesten Eintrag bestätigt.</translation>
    </message>
    <message>
        <source>The chain did not verify: do not rely on these entries.</source>
        <translation>Die Kette wurde nicht bestätigt: Verlassen Sie sich nicht auf diese Einträge.</translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>Kopf: %1</translation>
    </message>
    <message>
        <source>Verify the exported range with: warden --verify-audit FILE</source>
        <translation>Prüfen Sie den exportierten Bereich mit: warden --verify-audit DATEI</translation>
    </message>
    <message>
        <source>Incident report %1</source>
        <translation>Vorfallbericht %1</translation>
    </message>
    <message>
        <source>Contains personal data (owners, note texts): keep and share it under your data-protection rules.</source>
        <translation>Enthält personenbezogene Daten (Besitzer, Notiztexte): Bewahren und teilen Sie ihn gemäß Ihren Datenschutzregeln.</translation>
    </message>
    <message>
        <source>Anonymised: owners appear as pseudonyms and note texts are left out.</source>
        <translation>Anonymisiert: Besitzer erscheinen als Pseudonyme, Notiztexte sind weggelassen.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message numerus="yes">
        <source>(%n characters, left out of an anonymised report)</source>
        <translation>
            <numerusform>(%n Zeichen, in einem anonymisierten Bericht weggelassen)</numerusform>
            <numerusform>(%n Zeichen, in einem anonymisierten Bericht weggelassen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Gateways involved</source>
        <translation>Beteiligte Gateways</translation>
    </message>
    <message>
        <source>No registered device is named by this incident: it was raised at the gateways below (a device that is in no register, such as a join request, came through them).</source>
        <translation>Dieser Vorfall nennt kein registriertes Gerät: Er wurde an den unten aufgeführten Gateways ausgelöst (über sie kam ein Gerät, das in keinem Register steht, etwa eine Beitrittsanfrage).</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
</context>
<context>
    <name>LanguageSetup</name>
    <message>
        <source>“%1” is not a language code. Use one of: %2.</source>
        <translation>„%1“ ist kein Sprachcode. Verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>Warden is not translated into %1 (“%2”). Use one of: %3.</source>
        <translation>Warden ist nicht in %1 übersetzt („%2“). Verwenden Sie einen von: %3.</translation>
    </message>
    <message>
        <source>The %1 translation of Warden could not be loaded.</source>
        <translation>Die Übersetzung von Warden für „%1“ konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>PendingActionGate</name>
    <message>
        <source>%1 is unreachable, so nothing was sent. The action is kept as pending: confirm it under Fleet → Pending actions once the backend is back.</source>
        <translation>%1 ist nicht erreichbar, daher wurde nichts gesendet. Die Aktion wird als ausstehend aufbewahrt: Bestätigen Sie sie unter Flotte → Ausstehende Aktionen, sobald das Backend wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>%1 is unreachable and the action could not be kept: %2</source>
        <translation>%1 ist nicht erreichbar, und die Aktion konnte nicht aufbewahrt werden: %2</translation>
    </message>
</context>
<context>
    <name>PersonalDataVault</name>
    <message>
        <source>The stored key parameters of the personal data vault are damaged.</source>
        <translation>Die gespeicherten Schlüsselparameter des Tresors für personenbezogene Daten sind beschädigt.</translation>
    </message>
    <message>
        <source>The personal data vault has no valid salt.</source>
        <translation>Der Tresor für personenbezogene Daten hat kein gültiges Salt.</translation>
    </message>
    <message>
        <source>The key for personal data could not be derived.</source>
        <translation>Der Schlüssel für personenbezogene Daten konnte nicht abgeleitet werden.</translation>
    </message>
    <message>
        <source>The key for personal data could not be checked.</source>
        <translation>Der Schlüssel für personenbezogene Daten konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>This passphrase does not open the personal data stored here (it was sealed with another one).</source>
        <translation>Diese Passphrase öffnet die hier gespeicherten personenbezogenen Daten nicht (sie wurden mit einer anderen versiegelt).</translation>
    </message>
    <message>
        <source>A key for personal data must be %1 bytes long.</source>
        <translation>Ein Schlüssel für personenbezogene Daten muss %1 Byte lang sein.</translation>
    </message>
    <message>
        <source>Personal data could not be encrypted: %1</source>
        <translation>Personenbezogene Daten konnten nicht verschlüsselt werden: %1</translation>
    </message>
    <message>
        <source>Personal data is locked: no key has been given in this session.</source>
        <translation>Personenbezogene Daten sind gesperrt: In dieser Sitzung wurde kein Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>The value is not sealed personal data.</source>
        <translation>Der Wert sind keine versiegelten personenbezogenen Daten.</translation>
    </message>
    <message>
        <source>Sealed personal data failed its integrity check: it was changed, or sealed with another key.</source>
        <translation>Versiegelte personenbezogene Daten haben die Integritätsprüfung nicht bestanden: Sie wurden verändert oder mit einem anderen Schlüssel versiegelt.</translation>
    </message>
</context>
<context>
    <name>PostureReport</name>
    <message>
        <source>Fleet posture report</source>
        <translation>Sicherheitslagebericht der Flotte</translation>
    </message>
    <message>
        <source>Generated %1 by %2 · backends: %3</source>
        <translation>Erstellt %1 von %2 · Backends: %3</translation>
    </message>
    <message>
        <source>an unknown operator</source>
        <translation>einem unbekannten Operator</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Contains no personal data: device owners, incident notes and assignees are not part of this report.</source>
        <translation>Enthält keine personenbezogenen Daten: Gerätebesitzer, Vorfallnotizen und Bearbeiter sind nicht Teil dieses Berichts.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>%1 (%2 safety-critical)</source>
        <translation>%1 (%2 sicherheitskritisch)</translation>
    </message>
    <message>
        <source>On the latest firmware</source>
        <translation>Mit neuester Firmware</translation>
    </message>
    <message>
        <source>On known vulnerable firmware</source>
        <translation>Mit bekannt verwundbarer Firmware</translation>
    </message>
    <message>
        <source>, %1 of them safety-critical</source>
        <translation>, davon %1 sicherheitskritisch</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Offene Vorfälle</translation>
    </message>
    <message>
        <source>Quarantined devices</source>
        <translation>Geräte in Quarantäne</translation>
    </message>
    <message numerus="yes">
        <source>Licences expiring within %n days</source>
        <translation>
            <numerusform>Lizenzen, die innerhalb von %n Tag ablaufen</numerusform>
            <numerusform>Lizenzen, die innerhalb von %n Tagen ablaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet by device class</source>
        <translation>Flotte nach Geräteklasse</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Fleet by site</source>
        <translation>Flotte nach Standort</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Fleet by status</source>
        <translation>Flotte nach Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Firmware currency</source>
        <translation>Aktualität der Firmware</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>kein Image</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Unknown version</source>
        <translation>Unbekannte Version</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Verwundbar</translation>
    </message>
    <message>
        <source>Known vulnerabilities in the fleet</source>
        <translation>Bekannte Schwachstellen in der Flotte</translation>
    </message>
    <message>
        <source>No device runs a firmware version with a known vulnerability.</source>
        <translation>Kein Gerät läuft mit einer Firmware-Version mit bekannter Schwachstelle.</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>Devices exposed</source>
        <translation>Betroffene Geräte</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>Sicherheitskritisch</translation>
    </message>
    <message>
        <source>%1 further vulnerabilities are not listed.</source>
        <translation>%1 weitere Schwachstellen sind nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Open incidents by severity</source>
        <translation>Offene Vorfälle nach Schweregrad</translation>
    </message>
    <message>
        <source>Quarantines</source>
        <translation>Quarantänen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>%1 active licences, %2 without an expiry date.</source>
        <translation>%1 aktive Lizenzen, %2 ohne Ablaufdatum.</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>%1 further licences are not listed.</source>
        <translation>%1 weitere Lizenzen sind nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Audit chains</source>
        <translation>Audit-Ketten</translation>
    </message>
    <message>
        <source>No backend was connected: no audit chain was checked.</source>
        <translation>Kein Backend war verbunden: Es wurde keine Audit-Kette geprüft.</translation>
    </message>
    <message>
        <source>The console&apos;s chain of operator actions verified (%1 entries).</source>
        <translation>Die Kette der Operator-Aktionen der Konsole ist bestätigt (%1 Einträge).</translation>
    </message>
    <message>
        <source>The console&apos;s chain of operator actions did not verify: %1</source>
        <translation>Die Kette der Operator-Aktionen der Konsole ist nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>The backend&apos;s chain verified against its signed head (%1 entries).</source>
        <translation>Die Kette des Backends ist anhand ihres signierten Kopfs bestätigt (%1 Einträge).</translation>
    </message>
    <message>
        <source>The backend&apos;s chain is not verified: %1</source>
        <translation>Die Kette des Backends ist nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>no signed head yet</source>
        <translation>noch kein signierter Kopf</translation>
    </message>
    <message>
        <source>Export an audit range from the Audit page and check it with: warden --verify-audit FILE</source>
        <translation>Exportieren Sie einen Audit-Bereich auf der Audit-Seite und prüfen Sie ihn mit: warden --verify-audit DATEI</translation>
    </message>
</context>
<context>
    <name>PreauthorizeCsv</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>expected &quot;serial&quot; or &quot;serial,fingerprint&quot;, found %1 columns.</source>
        <translation>erwartet „serial“ oder „serial,fingerprint“, gefunden %1 Spalten.</translation>
    </message>
    <message>
        <source>the serial is empty or too long.</source>
        <translation>die Seriennummer ist leer oder zu lang.</translation>
    </message>
    <message>
        <source>the serial contains a control character.</source>
        <translation>die Seriennummer enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>the fingerprint must be a SHA-256 digest (64 hex digits).</source>
        <translation>der Fingerabdruck muss ein SHA-256-Digest sein (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>The file lists no serials.</source>
        <translation>Die Datei enthält keine Seriennummern.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ShortcutCatalog</name>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>No database file name was given.</source>
        <translation>Es wurde kein Dateiname für die Datenbank angegeben.</translation>
    </message>
    <message>
        <source>Could not open %1: the file does not exist.</source>
        <translation>%1 konnte nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>Die Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not run “%1”</source>
        <translation>„%1“ konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Could not prepare “%1”</source>
        <translation>„%1“ konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Could not prepare an empty SQL statement (%1)</source>
        <translation>Eine leere SQL-Anweisung kann nicht vorbereitet werden (%1)</translation>
    </message>
    <message>
        <source>Only one SQL statement can be prepared at a time: “%1”</source>
        <translation>Es kann nur eine SQL-Anweisung auf einmal vorbereitet werden: „%1“</translation>
    </message>
    <message>
        <source>“%1” returned no row (%2)</source>
        <translation>„%1“ lieferte keine Zeile (%2)</translation>
    </message>
    <message>
        <source>the disk holding the file is full</source>
        <translation>der Datenträger mit der Datei ist voll</translation>
    </message>
    <message>
        <source>the disk quota of this user is used up</source>
        <translation>das Speicherkontingent (Quota) dieses Benutzers ist aufgebraucht</translation>
    </message>
    <message>
        <source>the file reached the largest size this process may write (a file size limit, see “ulimit -f”)</source>
        <translation>die Datei hat die maximale Größe erreicht, die dieser Prozess schreiben darf (eine Dateigrößenbegrenzung, siehe „ulimit -f“)</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the storage device reported a hardware error</source>
        <translation>das Speichergerät hat einen Hardwarefehler gemeldet</translation>
    </message>
    <message>
        <source>%1; %2 free on %3</source>
        <translation>%1; %2 frei auf %3</translation>
    </message>
    <message>
        <source>%1: %2 — likely cause: %3 (%4)</source>
        <translation>%1: %2 — wahrscheinliche Ursache: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>Could not run “%1”</source>
        <translation>„%1“ konnte nicht ausgeführt werden</translation>
    </message>
</context>
<context>
    <name>SqliteTransaction</name>
    <message>
        <source>The transaction is no longer open.</source>
        <translation>Die Transaktion ist nicht mehr offen.</translation>
    </message>
</context>
<context>
    <name>StreamClient</name>
    <message>
        <source>The backend sent a stream message larger than the limit of %1 MiB; it was not read and the stream is reconnected.</source>
        <translation>Das Backend sendete eine Stream-Nachricht, die die Grenze von %1 MiB überschreitet; sie wurde nicht gelesen, und der Stream wird neu verbunden.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The cache was closed during the sync.</source>
        <translation>Der Cache wurde während der Synchronisierung geschlossen.</translation>
    </message>
    <message>
        <source>The cache could not be opened.</source>
        <translation>Der Cache konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The cache did not store the last page of the sync.</source>
        <translation>Der Cache hat die letzte Seite der Synchronisierung nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>The %1 %2 cannot be read: %3.</source>
        <translation>Die Datei %2 (%1) kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>The %1 %2 is implausibly large.</source>
        <translation>Die Datei %2 (%1) ist unplausibel groß.</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>The client key %1 cannot be read: it is not an EC or RSA private key in PEM, or the passphrase is wrong.</source>
        <translation>Der Client-Schlüssel %1 kann nicht gelesen werden: Er ist kein privater EC- oder RSA-Schlüssel im PEM-Format, oder die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>The client key %1 is encrypted; a passphrase is needed.</source>
        <translation>Der Client-Schlüssel %1 ist verschlüsselt; eine Passphrase wird benötigt.</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>The CA bundle %1 contains no PEM certificate.</source>
        <translation>Das CA-Bundle %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 cannot be read: %2.</source>
        <translation>Die PKCS#12-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 cannot be opened: the passphrase is wrong or it holds no certificate with its key.</source>
        <translation>Die PKCS#12-Datei %1 kann nicht geöffnet werden: Die Passphrase ist falsch oder sie enthält kein Zertifikat mit Schlüssel.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>The client certificate %1 contains no PEM certificate.</source>
        <translation>Die Client-Zertifikatsdatei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The client certificate expired on %1 UTC.</source>
        <translation>Das Client-Zertifikat ist am %1 UTC abgelaufen.</translation>
    </message>
    <message>
        <source>The client certificate is only valid from %1 UTC.</source>
        <translation>Das Client-Zertifikat ist erst ab %1 UTC gültig.</translation>
    </message>
</context>
<context>
    <name>TotpReset</name>
    <message>
        <source>the backend sent no new secret</source>
        <translation>das Backend hat kein neues Geheimnis gesendet</translation>
    </message>
    <message>
        <source>is not an otpauth:// URI</source>
        <translation>ist keine otpauth://-URI</translation>
    </message>
</context>
<context>
    <name>warden::AboutDialog</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>About Warden</source>
        <translation>Über Warden</translation>
    </message>
    <message>
        <source>A security console for fleets of connected devices: topology, live threats, device register, firmware campaigns, licences and quarantine.</source>
        <translation>Eine Sicherheitskonsole für Flotten vernetzter Geräte: Topologie, Live-Bedrohungen, Geräteregister, Firmware-Kampagnen, Lizenzen und Quarantäne.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Licence: proprietary; © the Warden project. Warden uses Qt (LGPL-3.0), OpenSSL (Apache-2.0) and SQLite (public domain) as shared libraries of the system; their licences are in /usr/share/doc of each package.</source>
        <translation>Lizenz: proprietär; © das Warden-Projekt. Warden nutzt Qt (LGPL-3.0), OpenSSL (Apache-2.0) und SQLite (Public Domain) als gemeinsame Bibliotheken des Systems; deren Lizenzen liegen unter /usr/share/doc des jeweiligen Pakets.</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Versionen kopieren</translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard</source>
        <translation>Die Versionen in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
</context>
<context>
    <name>warden::ActionResultLabel</name>
    <message>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source> Audit entry #%1.</source>
        <translation> Audit-Eintrag #%1.</translation>
    </message>
    <message>
        <source> Audit entries from #%1.</source>
        <translation> Audit-Einträge ab #%1.</translation>
    </message>
</context>
<context>
    <name>warden::ApprovalListModel</name>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>Update campaign</source>
        <translation>Update-Kampagne</translation>
    </message>
    <message>
        <source>Rule change</source>
        <translation>Regeländerung</translation>
    </message>
    <message>
        <source>%1 (you — needs another operator)</source>
        <translation>%1 (Sie — erfordert einen anderen Operator)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
</context>
<context>
    <name>warden::AuditChainLoader</name>
    <message>
        <source>Entry %1 cannot be read any more (%2): its stored row was damaged or edited.</source>
        <translation>Eintrag %1 kann nicht mehr gelesen werden (%2): Seine gespeicherte Zeile wurde beschädigt oder bearbeitet.</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(unlesbar)</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written: its stored hash no longer matches.</source>
        <translation>Eintrag %1 wurde nach dem Schreiben verändert: Sein gespeicherter Hash passt nicht mehr.</translation>
    </message>
</context>
<context>
    <name>warden::AuditController</name>
    <message>
        <source>The cache file is not open.</source>
        <translation>Die Cache-Datei ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>warden::AuditEntryModel</name>
    <message>
        <source>Entry %1 matches its hash and links to the entry before it.</source>
        <translation>Eintrag %1 passt zu seinem Hash und verweist auf den vorherigen Eintrag.</translation>
    </message>
    <message>
        <source>Not verified: the chain is broken at an earlier entry.</source>
        <translation>Nicht bestätigt: Die Kette ist bei einem früheren Eintrag unterbrochen.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>warden::AuditTrailPage</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Fetch and verify</source>
        <translation>Abrufen und prüfen</translation>
    </message>
    <message>
        <source>Export with proof…</source>
        <translation>Mit Nachweis exportieren…</translation>
    </message>
    <message>
        <source>Every operator action and the backend&apos;s signed hash chain, verified entry by entry</source>
        <translation>Jede Operator-Aktion und die signierte Hash-Kette des Backends, Eintrag für Eintrag geprüft</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Audit-Kette</translation>
    </message>
    <message>
        <source>Fetch the backend&apos;s audit chain and verify both chains</source>
        <translation>Die Audit-Kette des Backends abrufen und beide Ketten prüfen</translation>
    </message>
    <message>
        <source>Export the selected range with its proof</source>
        <translation>Den ausgewählten Bereich mit Nachweis exportieren</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Device or target</source>
        <translation>Gerät oder Ziel</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Nach %1 filtern</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Chain verification</source>
        <translation>Prüfung der Kette</translation>
    </message>
    <message>
        <source>Signed head</source>
        <translation>Signierter Kopf</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportergebnis</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit-Einträge</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Eintragsdetails</translation>
    </message>
    <message>
        <source>No audit chain yet</source>
        <translation>Noch keine Audit-Kette</translation>
    </message>
    <message>
        <source>Connect to a backend (Fleet → Connect) or start the demo: the backend&apos;s audit chain is fetched and verified here, and every action you take is recorded in the console&apos;s own chain.</source>
        <translation>Verbinden Sie sich mit einem Backend (Flotte → Verbinden) oder starten Sie die Demo: Die Audit-Kette des Backends wird hier abgerufen und geprüft, und jede Ihrer Aktionen wird in der eigenen Kette der Konsole festgehalten.</translation>
    </message>
    <message>
        <source>%1 · backend chain</source>
        <translation>%1 · Kette des Backends</translation>
    </message>
    <message>
        <source>%1 · console actions</source>
        <translation>%1 · Aktionen der Konsole</translation>
    </message>
    <message>
        <source>%1 — broken</source>
        <translation>%1 — unterbrochen</translation>
    </message>
    <message>
        <source>&lt;b&gt;This audit chain is broken at entry %1.&lt;/b&gt; %2 Entries from there on cannot be trusted and are marked ✗.</source>
        <translation>&lt;b&gt;Diese Audit-Kette ist bei Eintrag %1 unterbrochen.&lt;/b&gt; %2 Einträgen ab dort kann nicht vertraut werden; sie sind mit ✗ markiert.</translation>
    </message>
    <message>
        <source>The backend&apos;s chain could not be fetched: %1 The cached entries are shown.</source>
        <translation>Die Kette des Backends konnte nicht abgerufen werden: %1 Angezeigt werden die Einträge aus dem Cache.</translation>
    </message>
    <message>
        <source>✓ Signed head: entry %1 signed at %2 by the pinned key %3 — the cached chain matches it.</source>
        <translation>✓ Signierter Kopf: Eintrag %1, signiert am %2 mit dem gepinnten Schlüssel %3 — die Kette im Cache stimmt damit überein.</translation>
    </message>
    <message>
        <source>✗ Signed head not verified: %1</source>
        <translation>✗ Signierter Kopf nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>The console&apos;s own chain is kept in this computer&apos;s cache; it is hash-chained but not signed.</source>
        <translation>Die eigene Kette der Konsole liegt im Cache dieses Computers; sie ist per Hash verkettet, aber nicht signiert.</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Bestätigt</translation>
    </message>
    <message>
        <source>✗ Not verified</source>
        <translation>✗ Nicht bestätigt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Entry %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;table cellspacing=&apos;4&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Time&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Operator&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Action&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Target&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Hash&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;code&gt;%7&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Previous&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;code&gt;%8&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;Details&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%9&lt;/pre&gt;</source>
        <translation>&lt;h3&gt;Eintrag %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;table cellspacing=&apos;4&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Zeit&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Operator&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Aktion&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ziel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Hash&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;code&gt;%7&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Vorheriger&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;code&gt;%8&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;Details&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%9&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>There is no audit chain to export.</source>
        <translation>Es gibt keine Audit-Kette zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Nothing to export: no entries are shown.</source>
        <translation>Nichts zu exportieren: Es werden keine Einträge angezeigt.</translation>
    </message>
    <message>
        <source>Export audit entries %1 to %2 with proof</source>
        <translation>Audit-Einträge %1 bis %2 mit Nachweis exportieren</translation>
    </message>
    <message>
        <source>Audit export (*.json)</source>
        <translation>Audit-Export (*.json)</translation>
    </message>
    <message>
        <source>Entries %1 to %2 exported to %3. Check it anywhere with: warden --verify-audit %3</source>
        <translation>Einträge %1 bis %2 nach %3 exportiert. Prüfen lässt sich der Export überall mit: warden --verify-audit %3</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>warden::BackendAuditSync</name>
    <message>
        <source>The cache file is not open.</source>
        <translation>Die Cache-Datei ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>No signed head has been fetched from the backend yet.</source>
        <translation>Vom Backend wurde noch kein signierter Kopf abgerufen.</translation>
    </message>
    <message>
        <source>The backend now signs with key %1, but key %2 was pinned on first use: the backend was replaced or its key was changed. The head is not trusted.</source>
        <translation>Das Backend signiert jetzt mit Schlüssel %1, bei der ersten Verwendung wurde aber Schlüssel %2 gepinnt: Das Backend wurde ersetzt oder sein Schlüssel geändert. Dem Kopf wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The backend has not announced an audit signing key.</source>
        <translation>Das Backend hat keinen Audit-Signaturschlüssel bekannt gegeben.</translation>
    </message>
    <message>
        <source>The signature of head entry %1 does not match the pinned key %2.</source>
        <translation>Die Signatur des Kopfeintrags %1 passt nicht zum gepinnten Schlüssel %2.</translation>
    </message>
    <message>
        <source>Entry %1, which the backend signed, is not in the cache yet.</source>
        <translation>Eintrag %1, den das Backend signiert hat, ist noch nicht im Cache.</translation>
    </message>
    <message>
        <source>Entry %1 in the cache does not have the hash the backend signed.</source>
        <translation>Eintrag %1 im Cache hat nicht den Hash, den das Backend signiert hat.</translation>
    </message>
</context>
<context>
    <name>warden::BackendModelFeeder</name>
    <message>
        <source>•••• (locked: no key)</source>
        <translation>•••• (gesperrt: kein Schlüssel)</translation>
    </message>
</context>
<context>
    <name>warden::BackendSession</name>
    <message>
        <source>The cache of %1 cannot be read.</source>
        <translation>Der Cache von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The backend keeps refusing to resume the event stream; %1 stays offline.</source>
        <translation>Das Backend verweigert weiterhin die Fortsetzung des Ereignis-Streams; %1 bleibt offline.</translation>
    </message>
</context>
<context>
    <name>warden::CacheWriter</name>
    <message>
        <source>The cache is not open: %1</source>
        <translation>Der Cache ist nicht geöffnet: %1</translation>
    </message>
</context>
<context>
    <name>warden::CampaignDevicesView</name>
    <message>
        <source>Waves</source>
        <translation>Wellen</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Show in register</source>
        <translation>Im Geräteregister zeigen</translation>
    </message>
    <message>
        <source>Waves of the campaign</source>
        <translation>Wellen der Kampagne</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Halts above</source>
        <translation>Stoppt ab</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Show devices in this update state</source>
        <translation>Geräte in diesem Update-Status zeigen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Devices of the campaign</source>
        <translation>Geräte der Kampagne</translation>
    </message>
    <message>
        <source>Load more devices of the campaign</source>
        <translation>Weitere Geräte der Kampagne laden</translation>
    </message>
    <message>
        <source>Opens the register on this device (its details, history and campaigns).</source>
        <translation>Öffnet das Geräteregister bei diesem Gerät (Details, Verlauf und Kampagnen).</translation>
    </message>
    <message>
        <source>Campaign devices status</source>
        <translation>Status der Kampagnengeräte</translation>
    </message>
    <message>
        <source>Devices in</source>
        <translation>Geräte im Status</translation>
    </message>
    <message>
        <source>Select a campaign to see its waves and devices.</source>
        <translation>Wählen Sie eine Kampagne aus, um ihre Wellen und Geräte zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No device of this campaign matches.</source>
        <translation>Kein Gerät dieser Kampagne passt.</translation>
    </message>
    <message>
        <source>%1 device(s) shown%2.</source>
        <translation>%1 Gerät(e) angezeigt%2.</translation>
    </message>
    <message>
        <source>; more with “Load more”</source>
        <translation>; weitere mit „Mehr laden“</translation>
    </message>
    <message>
        <source>All waves</source>
        <translation>Alle Wellen</translation>
    </message>
    <message>
        <source>Not drawn yet</source>
        <translation>Noch nicht zugeteilt</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <source>Wave %1 (not started)</source>
        <translation>Welle %1 (nicht gestartet)</translation>
    </message>
    <message>
        <source>to %1 %</source>
        <translation>bis %1 %</translation>
    </message>
    <message>
        <source>%1 % failed</source>
        <translation>%1 % fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not read the campaign&apos;s devices from %1: %2</source>
        <translation>Die Geräte der Kampagne konnten nicht von %1 gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>warden::CampaignListModel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Halted</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 / %2 updated</source>
        <translation>%1 / %2 aktualisiert</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>warden::CampaignTargetModel</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Wird installiert</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waiting for window</source>
        <translation>Wartet auf Wartungsfenster</translation>
    </message>
    <message>
        <source>Needs physical service</source>
        <translation>Erfordert Service vor Ort</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>nicht zugeteilt</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>warden::CampaignWindowsPanel</name>
    <message>
        <source>Maintenance windows</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Opens next</source>
        <translation>Nächste Öffnung</translation>
    </message>
    <message>
        <source>Maintenance windows per site</source>
        <translation>Wartungsfenster je Standort</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>%1 (over midnight)</source>
        <translation>%1 (über Mitternacht)</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>jetzt geöffnet</translation>
    </message>
    <message>
        <source>No maintenance windows.</source>
        <translation>Keine Wartungsfenster.</translation>
    </message>
    <message>
        <source>Default window %1, in each site&apos;s own time zone.</source>
        <translation>Standardfenster %1, in der eigenen Zeitzone jedes Standorts.</translation>
    </message>
    <message>
        <source>The backend did not say which default window this campaign keeps.</source>
        <translation>Das Backend hat nicht angegeben, welches Standardfenster diese Kampagne einhält.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) have their own window.</source>
        <translation>
            <numerusform>%n Standort hat ein eigenes Fenster.</numerusform>
            <numerusform>%n Standorte haben ein eigenes Fenster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) wait for a window to open.</source>
        <translation>
            <numerusform>%n Gerät wartet darauf, dass sich ein Fenster öffnet.</numerusform>
            <numerusform>%n Geräte warten darauf, dass sich ein Fenster öffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No device is waiting for a window.</source>
        <translation>Kein Gerät wartet auf ein Fenster.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · own</source>
        <translation>%1 · eigenes</translation>
    </message>
    <message>
        <source>%1 · default</source>
        <translation>%1 · Standard</translation>
    </message>
    <message>
        <source>the site&apos;s zone</source>
        <translation>Zeitzone des Standorts</translation>
    </message>
    <message>
        <source>When the window opens next at %1, in the backend&apos;s simulated time</source>
        <translation>Wann sich das Fenster von %1 als Nächstes öffnet, in der simulierten Zeit des Backends</translation>
    </message>
</context>
<context>
    <name>warden::CampaignWizard</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Only inside a maintenance window</source>
        <translation>Nur innerhalb eines Wartungsfensters</translation>
    </message>
    <message>
        <source>Launch campaign</source>
        <translation>Kampagne starten</translation>
    </message>
    <message>
        <source>e.g. Camera CVE fix, north sites</source>
        <translation>z. B. Kamera-CVE-Fix, Standorte Nord</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Kampagnenname</translation>
    </message>
    <message>
        <source>Device class</source>
        <translation>Geräteklasse</translation>
    </message>
    <message>
        <source>Firmware image</source>
        <translation>Firmware-Image</translation>
    </message>
    <message>
        <source>Register filter within the class, e.g. site:site-north fw:&lt;6 (empty = all)</source>
        <translation>Registerfilter innerhalb der Klasse, z. B. site:site-north fw:&lt;6 (leer = alle)</translation>
    </message>
    <message>
        <source>Target filter</source>
        <translation>Zielfilter</translation>
    </message>
    <message>
        <source>Matching devices</source>
        <translation>Passende Geräte</translation>
    </message>
    <message>
        <source>Reach (% of targets, cumulative)</source>
        <translation>Reichweite (% der Ziele, kumuliert)</translation>
    </message>
    <message>
        <source>Halt above (% failed)</source>
        <translation>Stoppen ab (% fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Wellen</translation>
    </message>
    <message>
        <source>Add wave</source>
        <translation>Welle hinzufügen</translation>
    </message>
    <message>
        <source>Remove wave</source>
        <translation>Welle entfernen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Wait between waves</source>
        <translation>Wartezeit zwischen Wellen</translation>
    </message>
    <message>
        <source>Maintenance window start</source>
        <translation>Beginn des Wartungsfensters</translation>
    </message>
    <message>
        <source>Maintenance window end</source>
        <translation>Ende des Wartungsfensters</translation>
    </message>
    <message>
        <source>site time zone</source>
        <translation>Zeitzone des Standorts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Impact preview</source>
        <translation>Vorschau der Auswirkungen</translation>
    </message>
    <message>
        <source>Launch outcome</source>
        <translation>Ergebnis des Starts</translation>
    </message>
    <message>
        <source>Wave %1 reach</source>
        <translation>Reichweite von Welle %1</translation>
    </message>
    <message>
        <source>Wave %1 failure threshold</source>
        <translation>Fehlerschwelle von Welle %1</translation>
    </message>
    <message>
        <source> · fixes %1</source>
        <translation> · behebt %1</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source>%1 (%2) · signature not verified, cannot be pushed</source>
        <translation>%1 (%2) · Signatur nicht bestätigt, kann nicht verteilt werden</translation>
    </message>
    <message>
        <source>The image&apos;s signature does not verify; rolling it out could install tampered code.</source>
        <translation>Die Signatur des Images ist nicht gültig; eine Verteilung könnte manipulierten Code installieren.</translation>
    </message>
    <message>
        <source>The catalogue has no image for this class.</source>
        <translation>Der Katalog enthält kein Image für diese Klasse.</translation>
    </message>
    <message>
        <source>No image of this class has a verified signature, so none can be rolled out.</source>
        <translation>Kein Image dieser Klasse hat eine bestätigte Signatur, daher kann keines verteilt werden.</translation>
    </message>
    <message>
        <source>Only images with a verified signature can be selected; the newest is first.</source>
        <translation>Nur Images mit bestätigter Signatur sind wählbar; das neueste steht zuerst.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Geben Sie der Kampagne einen Namen.</translation>
    </message>
    <message>
        <source>Choose a firmware image with a verified signature.</source>
        <translation>Wählen Sie ein Firmware-Image mit bestätigter Signatur.</translation>
    </message>
    <message>
        <source>The target filter does not parse: %1</source>
        <translation>Der Zielfilter ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>No %1 device matches the target filter.</source>
        <translation>Kein Gerät der Klasse %1 passt zum Zielfilter.</translation>
    </message>
    <message>
        <source>Wave %1 must reach more than wave %2 (%3 %).</source>
        <translation>Welle %1 muss mehr erreichen als Welle %2 (%3 %).</translation>
    </message>
    <message>
        <source>The last wave must reach 100 % of the targets.</source>
        <translation>Die letzte Welle muss 100 % der Ziele erreichen.</translation>
    </message>
    <message>
        <source>The filter does not parse: %1</source>
        <translation>Der Filter ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Firmware &lt;b&gt;%1 %2&lt;/b&gt; (%3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Firmware &lt;b&gt;%1 %2&lt;/b&gt; (%3).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No verified firmware selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine bestätigte Firmware ausgewählt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Waves:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wellen:&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style=&quot;color:#D32F2F&quot;&gt;&lt;b&gt;%n safety-critical device(s)&lt;/b&gt;:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&quot;color:#D32F2F&quot;&gt;&lt;b&gt;%n sicherheitskritisches Gerät&lt;/b&gt;:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&quot;color:#D32F2F&quot;&gt;&lt;b&gt;%n sicherheitskritische Geräte&lt;/b&gt;:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n device(s) cannot take an online update&lt;/b&gt;; each becomes a work order for a technician:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n Gerät kann kein Online-Update erhalten&lt;/b&gt;; daraus wird ein Arbeitsauftrag für einen Techniker:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n Geräte können kein Online-Update erhalten&lt;/b&gt;; für jedes wird ein Arbeitsauftrag für einen Techniker erstellt:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#F57C00&quot;&gt;&lt;b&gt;Needs a second operator.&lt;/b&gt; The campaign touches safety-critical devices or more than %1 % of the fleet, so it waits for approval before it starts.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#F57C00&quot;&gt;&lt;b&gt;Erfordert einen zweiten Operator.&lt;/b&gt; Die Kampagne betrifft sicherheitskritische Geräte oder mehr als %1 % der Flotte und wartet daher vor dem Start auf eine Freigabe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sending the campaign to %1…</source>
        <translation>Kampagne wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>The backend refused the campaign: %1</source>
        <translation>Das Backend hat die Kampagne abgelehnt: %1</translation>
    </message>
    <message>
        <source>Campaign %1 was created and waits for approval: a second operator must approve it on the Approvals page before any device is updated.</source>
        <translation>Kampagne %1 wurde angelegt und wartet auf Freigabe: Ein zweiter Operator muss sie auf der Freigabeseite genehmigen, bevor ein Gerät aktualisiert wird.</translation>
    </message>
    <message>
        <source>Campaign %1 was created and is %2.</source>
        <translation>Kampagne %1 wurde angelegt; Zustand: %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>New firmware campaign on %1</source>
        <translation>Neue Firmware-Kampagne auf %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — a campaign never spans backends: only %1&apos;s devices and firmware are used.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — eine Kampagne umfasst nie mehrere Backends: Es werden nur Geräte und Firmware von %1 verwendet.</translation>
    </message>
    <message>
        <source>To patch another backend&apos;s devices, choose it in the Updates page&apos;s Backend box and plan a campaign there.</source>
        <translation>Um Geräte eines anderen Backends zu patchen, wählen Sie es im Feld „Backend“ der Updates-Seite und planen Sie dort eine Kampagne.</translation>
    </message>
    <message>
        <source>Backend of the campaign</source>
        <translation>Backend der Kampagne</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message numerus="yes">
        <source>%Ln %1 device(s) match</source>
        <translation>
            <numerusform>%Ln %1-Gerät passt</numerusform>
            <numerusform>%Ln %1-Geräte passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; device(s) of %1 in this backend&apos;s fleet.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; Gerät der Klasse %1 in der Flotte dieses Backends.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; Geräte der Klasse %1 in der Flotte dieses Backends.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s), halt above %1 % failed</source>
        <translation>
            <numerusform>%Ln Gerät, Stopp ab %1 % Fehlschlägen</numerusform>
            <numerusform>%Ln Geräte, Stopp ab %1 % Fehlschlägen</numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Wait for a window</source>
        <translation>Wartet auf Fenster</translation>
    </message>
    <message>
        <source>Window (site&apos;s local time)</source>
        <translation>Fenster (Ortszeit des Standorts)</translation>
    </message>
    <message>
        <source>Maintenance windows per site</source>
        <translation>Wartungsfenster je Standort</translation>
    </message>
    <message>
        <source>A site may have a window of its own, in its own time zone; the other sites use the window above.</source>
        <translation>Ein Standort kann ein eigenes Fenster in seiner eigenen Zeitzone haben; die übrigen Standorte verwenden das Fenster oben.</translation>
    </message>
    <message>
        <source>Per site</source>
        <translation>Je Standort</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>unknown (UTC)</source>
        <translation>unbekannt (UTC)</translation>
    </message>
    <message>
        <source>Own window</source>
        <translation>Eigenes Fenster</translation>
    </message>
    <message>
        <source>Own window for %1</source>
        <translation>Eigenes Fenster für %1</translation>
    </message>
    <message>
        <source>Window start at %1</source>
        <translation>Fensterbeginn für %1</translation>
    </message>
    <message>
        <source>Window end at %1</source>
        <translation>Fensterende für %1</translation>
    </message>
    <message>
        <source>own window %1–%2</source>
        <translation>eigenes Fenster %1–%2</translation>
    </message>
    <message>
        <source>default window %1</source>
        <translation>Standardfenster %1</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %Ln device(s), %3</source>
        <translation>
            <numerusform>%1 (%2): %Ln Gerät, %3</numerusform>
            <numerusform>%1 (%2): %Ln Geräte, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n device(s) update only inside a maintenance window; these sites wait for one:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n Gerät wird nur innerhalb eines Wartungsfensters aktualisiert; diese Standorte warten auf eines:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Geräte werden nur innerhalb eines Wartungsfensters aktualisiert; diese Standorte warten auf eines:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Use a filter instead</source>
        <translation>Stattdessen einen Filter verwenden</translation>
    </message>
    <message>
        <source>Selected devices</source>
        <translation>Ausgewählte Geräte</translation>
    </message>
    <message>
        <source>Target the devices of a register filter instead of the devices picked one by one.</source>
        <translation>Die Geräte eines Filters im Geräteregister als Ziel verwenden statt einzeln ausgewählter Geräte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected device(s)</source>
        <translation>
            <numerusform>%Ln ausgewähltes Gerät</numerusform>
            <numerusform>%Ln ausgewählte Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 devices are selected; a campaign can name at most %2 devices one by one. Target them with a filter instead (in the register: filter, then &quot;Select all matching&quot;).</source>
        <translation>%1 Geräte sind ausgewählt; eine Kampagne kann höchstens %2 Geräte einzeln benennen. Wählen Sie sie stattdessen über einen Filter als Ziel aus (im Geräteregister: filtern, dann „Alle Treffer auswählen“).</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected device(s) is a %1 device of this backend.</source>
        <translation>
            <numerusform>Das ausgewählte Gerät (%Ln) ist kein %1-Gerät dieses Backends.</numerusform>
            <numerusform>Keines der %Ln ausgewählten Geräte ist ein %1-Gerät dieses Backends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are %1 devices</source>
        <translation>
            <numerusform>%Ln davon ist ein %1-Gerät</numerusform>
            <numerusform>%Ln davon sind %1-Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (another class, or no longer in the register)</source>
        <translation>
            <numerusform>%Ln ausgelassen (andere Klasse oder nicht mehr im Geräteregister)</numerusform>
            <numerusform>%Ln ausgelassen (andere Klasse oder nicht mehr im Geräteregister)</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 devices selected one by one: target them with a filter instead.</source>
        <translation>Mehr als %1 Geräte einzeln ausgewählt: Wählen Sie sie stattdessen über einen Filter als Ziel aus.</translation>
    </message>
</context>
<context>
    <name>warden::ConnectDialog</name>
    <message>
        <source>Connect to a fleet backend</source>
        <translation>Mit einem Flotten-Backend verbinden</translation>
    </message>
    <message>
        <source>Stored connection profiles</source>
        <translation>Gespeicherte Verbindungsprofile</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Neues Profil…</translation>
    </message>
    <message>
        <source>e.g. eu-west</source>
        <translation>z. B. eu-west</translation>
    </message>
    <message>
        <source>optional: sha256/BASE64 of the server&apos;s public key</source>
        <translation>optional: sha256/BASE64 des öffentlichen Serverschlüssels</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator</source>
        <translation>6-stelliger Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Backend URL</source>
        <translation>Backend-URL</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>empty = the system&apos;s trusted CAs</source>
        <translation>leer = vertrauenswürdige CAs des Systems</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikat (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>optional, for mutual TLS</source>
        <translation>optional, für gegenseitiges TLS</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>PEM key (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Public key pin</source>
        <translation>Public-Key-Pin</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is always verified. Connections that fail verification are refused and the reason is shown here.</source>
        <translation>Das Zertifikat des Servers wird immer geprüft. Verbindungen, deren Prüfung fehlschlägt, werden abgelehnt; der Grund wird hier angezeigt.</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Verbindungsfehler</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Enter your user name, your password and the current one-time code.</source>
        <translation>Geben Sie Ihren Benutzernamen, Ihr Passwort und den aktuellen Einmalcode ein.</translation>
    </message>
    <message>
        <source>The account unlocks at %1.</source>
        <translation>Das Konto wird um %1 entsperrt.</translation>
    </message>
</context>
<context>
    <name>warden::ConsoleController</name>
    <message>
        <source>Offline · opening %1…</source>
        <translation>Offline · %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Offline · cache not opened</source>
        <translation>Offline · Cache nicht geöffnet</translation>
    </message>
    <message>
        <source>Could not open the cache: %1</source>
        <translation>Der Cache konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 · offline (cache only)</source>
        <translation>%1 · offline (nur Cache)</translation>
    </message>
    <message>
        <source>Demo backend unavailable</source>
        <translation>Demo-Backend nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: the local cache could not be written: %2</source>
        <translation>%1: Der lokale Cache konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 · resynchronising: the backend no longer has events before #%2</source>
        <translation>%1 · Neusynchronisierung: Das Backend hat keine Ereignisse vor #%2 mehr</translation>
    </message>
    <message>
        <source>A backend named %1 is already connected.</source>
        <translation>Ein Backend namens %1 ist bereits verbunden.</translation>
    </message>
    <message>
        <source>%1: %2 Enter a new one-time code to continue.</source>
        <translation>%1: %2 Geben Sie einen neuen Einmalcode ein, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>warden::ConsoleLock</name>
    <message>
        <source>No backend is connected to check the code against.</source>
        <translation>Kein Backend verbunden, gegen das der Code geprüft werden kann.</translation>
    </message>
</context>
<context>
    <name>warden::CredentialModel</name>
    <message>
        <source>X.509 certificate</source>
        <translation>X.509-Zertifikat</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Pre-Shared Key</translation>
    </message>
    <message>
        <source>Password (weak)</source>
        <translation>Passwort (schwach)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Needs a visit</source>
        <translation>Besuch nötig</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message numerus="yes">
        <source>%1 · expired %n day(s) ago</source>
        <translation>
            <numerusform>%1 · vor %n Tag abgelaufen</numerusform>
            <numerusform>%1 · vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · in %n day(s)</source>
        <translation>
            <numerusform>%1 · in %n Tag</numerusform>
            <numerusform>%1 · in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>default credentials in use</source>
        <translation>Standard-Zugangsdaten in Verwendung</translation>
    </message>
    <message>
        <source>rotates on site only</source>
        <translation>nur vor Ort rotierbar</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>Fingerabdruck (SHA-256): %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Antragsteller: %1</translation>
    </message>
    <message>
        <source>Certificate serial: %1</source>
        <translation>Zertifikatsseriennummer: %1</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Zuletzt rotiert</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>warden::DashboardFeeder</name>
    <message>
        <source>The cache could not be opened.</source>
        <translation>Der Cache konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>warden::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <source>Events per minute by severity</source>
        <translation>Ereignisse pro Minute nach Schweregrad</translation>
    </message>
    <message>
        <source>Top threat types (last hour)</source>
        <translation>Häufigste Bedrohungsarten (letzte Stunde)</translation>
    </message>
    <message>
        <source>Events per minute by severity, %1 until now</source>
        <translation>Ereignisse pro Minute nach Schweregrad, %1 bis jetzt</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Fleet health, incidents and threats over the last hour</source>
        <translation>Zustand der Flotte, Vorfälle und Bedrohungen der letzten Stunde</translation>
    </message>
    <message>
        <source>Open the device register</source>
        <translation>Geräteregister öffnen</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Open the quarantine page</source>
        <translation>Quarantäne-Seite öffnen</translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation>Ereignisse pro Sekunde</translation>
    </message>
    <message>
        <source>Open the live threat feed</source>
        <translation>Live-Bedrohungsfeed öffnen</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation>Vorfälle: %1</translation>
    </message>
    <message>
        <source>Show the open %1 incidents</source>
        <translation>Offene Vorfälle anzeigen (%1)</translation>
    </message>
    <message>
        <source>Update campaigns</source>
        <translation>Update-Kampagnen</translation>
    </message>
    <message>
        <source>Open the update campaigns</source>
        <translation>Update-Kampagnen öffnen</translation>
    </message>
    <message>
        <source>Mean time to acknowledge</source>
        <translation>Mittlere Zeit bis zur Bestätigung</translation>
    </message>
    <message>
        <source>Show every open incident</source>
        <translation>Alle offenen Vorfälle anzeigen</translation>
    </message>
    <message>
        <source>Mean time to resolve</source>
        <translation>Mittlere Zeit bis zur Lösung</translation>
    </message>
    <message>
        <source>Open incidents by age</source>
        <translation>Offene Vorfälle nach Alter</translation>
    </message>
    <message>
        <source>%1, details</source>
        <translation>%1, Details</translation>
    </message>
    <message>
        <source>%1% of %2 devices</source>
        <translation>%1 % von %2 Geräten</translation>
    </message>
    <message>
        <source>no devices yet</source>
        <translation>noch keine Geräte</translation>
    </message>
    <message>
        <source>offline or disabled</source>
        <translation>offline oder deaktiviert</translation>
    </message>
    <message>
        <source>risk score ≥ %1</source>
        <translation>Risikowert ≥ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n safety-critical</source>
        <translation>
            <numerusform>%n sicherheitskritisch</numerusform>
            <numerusform>%n sicherheitskritisch</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the last hour</source>
        <translation>%1 in der letzten Stunde</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>keine offen</translation>
    </message>
    <message>
        <source>open · oldest %1</source>
        <translation>offen · ältester %1</translation>
    </message>
    <message>
        <source>%1 open, %2 not acknowledged</source>
        <translation>%1 offen, %2 nicht bestätigt</translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n gelöst</numerusform>
            <numerusform>%n gelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>no backend connected</source>
        <translation>kein Backend verbunden</translation>
    </message>
    <message>
        <source>%1% updated</source>
        <translation>%1 % aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n halted</source>
        <translation>
            <numerusform>%n angehalten</numerusform>
            <numerusform>%n angehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>none in progress</source>
        <translation>keine laufend</translation>
    </message>
    <message>
        <source>active · %1</source>
        <translation>aktiv · %1</translation>
    </message>
</context>
<context>
    <name>warden::DemoSession</name>
    <message>
        <source>Could not create a temporary directory for the demo backend: %1</source>
        <translation>Für das Demo-Backend konnte kein temporäres Verzeichnis angelegt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Starting the demo backend with %n devices…</source>
        <translation>
            <numerusform>Demo-Backend mit %n Gerät wird gestartet…</numerusform>
            <numerusform>Demo-Backend mit %n Geräten wird gestartet…</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo backend did not start: %1</source>
        <translation>Das Demo-Backend ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Could not read the demo accounts: %1</source>
        <translation>Die Demo-Konten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The demo backend has no account &quot;%1&quot;.</source>
        <translation>Das Demo-Backend hat kein Konto „%1“.</translation>
    </message>
    <message>
        <source>The demo backend&apos;s TLS settings are unusable: %1</source>
        <translation>Die TLS-Einstellungen des Demo-Backends sind unbrauchbar: %1</translation>
    </message>
    <message>
        <source>Logging in to the demo backend as %1…</source>
        <translation>Anmeldung am Demo-Backend als %1…</translation>
    </message>
    <message>
        <source>Demo login failed: %1</source>
        <translation>Demo-Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>warden::DeviceCampaignModel</name>
    <message>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>nicht zugeteilt</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Campaign state</source>
        <translation>Kampagnenstatus</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>warden::DeviceCampaignsView</name>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Open campaign</source>
        <translation>Kampagne öffnen</translation>
    </message>
    <message>
        <source>Update campaigns of the device, status</source>
        <translation>Update-Kampagnen des Geräts, Status</translation>
    </message>
    <message>
        <source>Update campaigns of the device</source>
        <translation>Update-Kampagnen des Geräts</translation>
    </message>
    <message>
        <source>Shows the campaign on the Updates page: its waves, devices and controls.</source>
        <translation>Zeigt die Kampagne auf der Updates-Seite: ihre Wellen, Geräte und Steuerung.</translation>
    </message>
    <message>
        <source>Select a device to see the update campaigns that targeted it.</source>
        <translation>Wählen Sie ein Gerät aus, um die Update-Kampagnen zu sehen, die es betrafen.</translation>
    </message>
    <message>
        <source>Loading the campaigns of %1 from %2…</source>
        <translation>Kampagnen von %1 werden von %2 geladen…</translation>
    </message>
    <message>
        <source>Could not read the campaigns of %1 from %2: %3</source>
        <translation>Die Kampagnen von %1 konnten nicht von %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>No update campaign has targeted %1 on %2.</source>
        <translation>Keine Update-Kampagne hat %1 auf %2 betroffen.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) targeted %1 on %2; newest first.</source>
        <translation>
            <numerusform>%n Kampagne hat %1 auf %2 betroffen; neueste zuerst.</numerusform>
            <numerusform>%n Kampagnen haben %1 auf %2 betroffen; neueste zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::DeviceDetailPanel</name>
    <message>
        <source>Takes over-the-air updates</source>
        <translation>Erhält Updates über das Netzwerk (OTA)</translation>
    </message>
    <message>
        <source>Updates only inside the site&apos;s maintenance window</source>
        <translation>Updates nur im Wartungsfenster des Standorts</translation>
    </message>
    <message>
        <source>Safety-critical (quarantine needs a second operator)</source>
        <translation>Sicherheitskritisch (Quarantäne erfordert einen zweiten Operator)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Disable device…</source>
        <translation>Gerät deaktivieren…</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Kein Gerät ausgewählt</translation>
    </message>
    <message>
        <source>Device details</source>
        <translation>Gerätedetails</translation>
    </message>
    <message>
        <source>Select a device to see its details.</source>
        <translation>Wählen Sie ein Gerät aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Device history</source>
        <translation>Geräteverlauf</translation>
    </message>
    <message>
        <source>Select a device to see its events, incidents, licences, updates and audit entries.</source>
        <translation>Wählen Sie ein Gerät aus, um seine Ereignisse, Vorfälle, Lizenzen, Updates und Audit-Einträge zu sehen.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Owner reference</source>
        <translation>Besitzerreferenz</translation>
    </message>
    <message>
        <source>Owner reference, e.g. own-000123 (empty: no owner)</source>
        <translation>Besitzerreferenz, z. B. own-000123 (leer: kein Besitzer)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Room, floor or mounting point</source>
        <translation>Raum, Etage oder Montageort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Save the register fields</source>
        <translation>Die Felder des Geräteregisters speichern</translation>
    </message>
    <message>
        <source>Reason for disabling or enabling</source>
        <translation>Grund für das Deaktivieren oder Aktivieren</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Grund (erforderlich)</translation>
    </message>
    <message>
        <source>Disable or enable the device</source>
        <translation>Das Gerät deaktivieren oder aktivieren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Disabling cuts the device off the network until it is enabled again.</source>
        <translation>Das Deaktivieren trennt das Gerät vom Netzwerk, bis es wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> Audit entry #%1.</source>
        <translation> Audit-Eintrag #%1.</translation>
    </message>
    <message>
        <source>Nothing to save: the form matches the register.</source>
        <translation>Nichts zu speichern: Das Formular entspricht dem Geräteregister.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2%3</source>
        <translation>%1 wurde nicht geändert: %2%3</translation>
    </message>
    <message>
        <source>Saved %1.%2</source>
        <translation>%1 gespeichert.%2</translation>
    </message>
    <message>
        <source>Saving %1…%2</source>
        <translation>%1 wird gespeichert…%2</translation>
    </message>
    <message>
        <source>Enable device…</source>
        <translation>Gerät aktivieren…</translation>
    </message>
    <message>
        <source>Disable %1 (%2)? The backend cuts it off the network until someone enables it again.</source>
        <translation>%1 (%2) deaktivieren? Das Backend trennt es vom Netzwerk, bis es jemand wieder aktiviert.</translation>
    </message>
    <message>
        <source>Enable %1 (%2)? It may use the network again.</source>
        <translation>%1 (%2) aktivieren? Es darf das Netzwerk dann wieder nutzen.</translation>
    </message>
    <message>
        <source>This device is safety-critical: make sure the people relying on it are told first.</source>
        <translation>Dieses Gerät ist sicherheitskritisch: Informieren Sie zuerst die Personen, die darauf angewiesen sind.</translation>
    </message>
    <message>
        <source>Disable device</source>
        <translation>Gerät deaktivieren</translation>
    </message>
    <message>
        <source>Enable device</source>
        <translation>Gerät aktivieren</translation>
    </message>
    <message>
        <source>%1 was not disabled: %2%3</source>
        <translation>%1 wurde nicht deaktiviert: %2%3</translation>
    </message>
    <message>
        <source>%1 was not enabled: %2%3</source>
        <translation>%1 wurde nicht aktiviert: %2%3</translation>
    </message>
    <message>
        <source>Disabled %1.%2</source>
        <translation>%1 deaktiviert.%2</translation>
    </message>
    <message>
        <source>Enabled %1.%2</source>
        <translation>%1 aktiviert.%2</translation>
    </message>
    <message>
        <source>Disabling %1…%2</source>
        <translation>%1 wird deaktiviert…%2</translation>
    </message>
    <message>
        <source>Enabling %1…%2</source>
        <translation>%1 wird aktiviert…%2</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>No threat events from this device in the cache.</source>
        <translation>Keine Bedrohungsereignisse dieses Geräts im Cache.</translation>
    </message>
    <message>
        <source>%1 %2 · #%3</source>
        <translation>%1 %2 · #%3</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>The device is in no incident.</source>
        <translation>Das Gerät ist an keinem Vorfall beteiligt.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>No licence was requested for this device.</source>
        <translation>Für dieses Gerät wurde keine Lizenz angefragt.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>No update campaign has targeted this device.</source>
        <translation>Keine Update-Kampagne hat dieses Gerät erfasst.</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit-Einträge</translation>
    </message>
    <message>
        <source>No audit entry names this device.</source>
        <translation>Kein Audit-Eintrag nennt dieses Gerät.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Copy owner contact</source>
        <translation>Kontakt des Besitzers kopieren</translation>
    </message>
    <message>
        <source>Copy the owner&apos;s contact to the clipboard</source>
        <translation>Den Kontakt des Besitzers in die Zwischenablage kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Personal data: copied marked as secret, so clipboard managers keep no history of it, and cleared after %n seconds.</source>
        <translation>
            <numerusform>Personenbezogene Daten: als geheim markiert kopiert, damit Zwischenablage-Manager keinen Verlauf davon behalten, und nach %n Sekunde gelöscht.</numerusform>
            <numerusform>Personenbezogene Daten: als geheim markiert kopiert, damit Zwischenablage-Manager keinen Verlauf davon behalten, und nach %n Sekunden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The owner&apos;s contact is personal data: it needs a role that may read owners and the unlocked personal-data key.</source>
        <translation>Der Kontakt des Besitzers ist personenbezogen: Er erfordert eine Rolle, die Besitzer lesen darf, und den entsperrten Schlüssel für personenbezogene Daten.</translation>
    </message>
    <message numerus="yes">
        <source>The owner&apos;s contact is on the clipboard, marked secret; it is cleared in %n seconds.</source>
        <translation>
            <numerusform>Der Kontakt des Besitzers liegt als geheim markiert in der Zwischenablage; er wird in %n Sekunde gelöscht.</numerusform>
            <numerusform>Der Kontakt des Besitzers liegt als geheim markiert in der Zwischenablage; er wird in %n Sekunden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the owner&apos;s contact…</source>
        <translation>Kontakt des Besitzers wird gelesen…</translation>
    </message>
</context>
<context>
    <name>warden::DeviceImportDialog</name>
    <message>
        <source>Import devices — %1</source>
        <translation>Geräte importieren – %1</translation>
    </message>
    <message>
        <source>Checking %1 for %2…</source>
        <translation>%1 wird für %2 geprüft…</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importübersicht</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Importprobleme</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>%v von %m gesendet</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing will be changed. Fix the problem below and import it again.</source>
        <translation>Diese Datei kann nicht importiert werden; es wird nichts geändert. Beheben Sie das unten stehende Problem und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Into %1: %2 new devices, %3 updates, %4 unchanged.</source>
        <translation>In %1: %2 neue Geräte, %3 Aktualisierungen, %4 unverändert.</translation>
    </message>
    <message>
        <source>%1 lines have problems and will be left out entirely (listed below).</source>
        <translation>%1 Zeilen haben Probleme und werden vollständig ausgelassen (unten aufgeführt).</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>There is nothing to apply.</source>
        <translation>Es gibt nichts anzuwenden.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet: press Apply to send the %1 changes.</source>
        <translation>Es wurde noch nichts geändert: Klicken Sie auf „Anwenden“, um die %1 Änderungen zu senden.</translation>
    </message>
    <message>
        <source>Apply %1 changes</source>
        <translation>%1 Änderungen anwenden</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Senden stoppen</translation>
    </message>
    <message>
        <source>Stopping: the %1 requests already sent are answered, no more are sent.</source>
        <translation>Wird gestoppt: Die %1 bereits gesendeten Anfragen werden beantwortet, weitere werden nicht gesendet.</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 applied, %2 refused by the backend.</source>
        <translation>%1 angewendet, %2 vom Backend abgelehnt.</translation>
    </message>
    <message>
        <source>Stopped: %1 were not sent.</source>
        <translation>Gestoppt: %1 wurden nicht gesendet.</translation>
    </message>
    <message>
        <source>Each change is in the audit log.</source>
        <translation>Jede Änderung steht im Audit-Protokoll.</translation>
    </message>
    <message>
        <source>Problem or change</source>
        <translation>Problem oder Änderung</translation>
    </message>
    <message>
        <source>%1 more lines of the report are not listed.</source>
        <translation>%1 weitere Zeilen des Berichts sind nicht aufgeführt.</translation>
    </message>
    <message>
        <source>%1 fields will be cleared (listed below).</source>
        <translation>%1 Felder werden geleert (unten aufgeführt).</translation>
    </message>
</context>
<context>
    <name>warden::DeviceRegisterModel</name>
    <message>
        <source>•••• (personal data)</source>
        <translation>•••• (personenbezogene Daten)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Isoliert</translation>
    </message>
    <message>
        <source>Credentials revoked</source>
        <translation>Zugangsdaten widerrufen</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>Sicherheitskritisch</translation>
    </message>
    <message>
        <source>Owner names are personal data; your role does not allow showing them.</source>
        <translation>Besitzernamen sind personenbezogene Daten; Ihre Rolle erlaubt es nicht, sie anzuzeigen.</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
</context>
<context>
    <name>warden::DryRunHitModel</name>
    <message>
        <source>quarantine: %1 — safety-critical, waits for a second operator</source>
        <translation>Quarantäne: %1 — sicherheitskritisch, wartet auf einen zweiten Operator</translation>
    </message>
    <message>
        <source>quarantine: %1</source>
        <translation>Quarantäne: %1</translation>
    </message>
    <message>
        <source>revoke its licences</source>
        <translation>seine Lizenzen widerrufen</translation>
    </message>
    <message>
        <source>raise the incident&apos;s severity</source>
        <translation>den Schweregrad des Vorfalls erhöhen</translation>
    </message>
    <message>
        <source>notify</source>
        <translation>benachrichtigen</translation>
    </message>
    <message>
        <source>No stored events to scan yet.</source>
        <translation>Noch keine gespeicherten Ereignisse zum Durchsuchen.</translation>
    </message>
    <message>
        <source>the rule would not have acted.</source>
        <translation>die Regel hätte nicht gehandelt.</translation>
    </message>
    <message>
        <source>%1 on %2.</source>
        <translation>%1 auf %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln Aktion</numerusform>
            <numerusform>%Ln Aktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln Gerät</numerusform>
            <numerusform>%Ln Geräten</numerusform>
        </translation>
    </message>
    <message>
        <source>The backend stopped listing at %1 hits: the rule would have done more.</source>
        <translation>Das Backend hat die Auflistung bei %1 Treffern beendet: Die Regel hätte mehr getan.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The device is safety-critical: the rule files a quarantine request that a second operator must approve; it never isolates such a device by itself.</source>
        <translation>Das Gerät ist sicherheitskritisch: Die Regel stellt einen Quarantäneantrag, den ein zweiter Operator freigeben muss; sie isoliert ein solches Gerät nie von sich aus.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Would have</source>
        <translation>Hätte</translation>
    </message>
    <message>
        <source>Event #</source>
        <translation>Ereignis #</translation>
    </message>
    <message>
        <source>No cached events in %1: nothing was scanned. Choose a longer range.</source>
        <translation>Keine Ereignisse im Cache im Zeitraum (%1): Es wurde nichts durchsucht. Wählen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>Range: %1 — %2.</source>
        <translation>Zeitraum: %1 — %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis im Cache</numerusform>
            <numerusform>%Ln Ereignisse im Cache</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1–#%2, %3 to %4</source>
        <translation>#%1–#%2, %3 bis %4</translation>
    </message>
    <message>
        <source>#%1–#%2</source>
        <translation>#%1–#%2</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %Ln event(s) (%1): </source>
        <translation>
            <numerusform>%Ln Ereignis durchsucht (%1): </numerusform>
            <numerusform>%Ln Ereignisse durchsucht (%1): </numerusform>
        </translation>
    </message>
    <message>
        <source>Capped: a dry run covers at most %1 events, so only the newest were scanned; the range&apos;s %2 older cached events (from %3) were not.</source>
        <translation>Begrenzt: Ein Testlauf umfasst höchstens %1 Ereignisse, daher wurden nur die neuesten durchsucht; die %2 älteren Ereignisse des Zeitraums im Cache (ab %3) wurden nicht durchsucht.</translation>
    </message>
    <message>
        <source>The backend no longer keeps events before #%1; the range&apos;s events before it were not scanned.</source>
        <translation>Das Backend bewahrt keine Ereignisse vor #%1 mehr auf; die Ereignisse des Zeitraums davor wurden nicht durchsucht.</translation>
    </message>
    <message>
        <source>Complete: every event in the range was scanned and every hit is listed.</source>
        <translation>Vollständig: Jedes Ereignis im Zeitraum wurde durchsucht, und jeder Treffer ist aufgeführt.</translation>
    </message>
</context>
<context>
    <name>warden::FirmwareCatalogModel</name>
    <message>
        <source>The image&apos;s signature verifies; it can be rolled out.</source>
        <translation>Die Signatur des Images ist gültig; es kann verteilt werden.</translation>
    </message>
    <message>
        <source>The image&apos;s signature does not verify: it cannot be pushed to devices.</source>
        <translation>Die Signatur des Images ist nicht gültig: Es kann nicht an Geräte verteilt werden.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>keine bekannt</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Known CVEs</source>
        <translation>Bekannte CVEs</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>Behebt</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
</context>
<context>
    <name>warden::IdentityController</name>
    <message>
        <source>The backend %1 is not connected.</source>
        <translation>Das Backend %1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>You are not logged in to %1. Operators are listed once you log in as an administrator.</source>
        <translation>Sie sind nicht an %1 angemeldet. Operatoren werden aufgelistet, sobald Sie als Administrator angemeldet sind.</translation>
    </message>
    <message>
        <source>Only administrators can list operators and reset their 2FA. You are logged in to %1 as %2 (%3); ask an administrator, or log in with an admin account.</source>
        <translation>Nur Administratoren können Operatoren auflisten und deren 2FA zurücksetzen. Sie sind an %1 als %2 (%3) angemeldet; wenden Sie sich an einen Administrator oder melden Sie sich mit einem Admin-Konto an.</translation>
    </message>
    <message>
        <source>%1 is unreachable, so nothing was sent. A 2FA reset is not kept as a pending action: the new secret exists only in the backend&apos;s answer. Reset again once %1 is back.</source>
        <translation>%1 ist nicht erreichbar, daher wurde nichts gesendet. Ein 2FA-Reset wird nicht als ausstehende Aktion aufbewahrt: Das neue Geheimnis existiert nur in der Antwort des Backends. Setzen Sie erneut zurück, sobald %1 wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>No join request exists for this event: %1 was seen by %2 but has not asked to join, so there is nothing to admit. Quarantine or investigate it from the register if it should not be there.</source>
        <translation>Für dieses Ereignis gibt es keine Beitrittsanfrage: %1 wurde von %2 gesehen, hat aber keinen Beitritt angefragt, daher gibt es nichts aufzunehmen. Stellen Sie es über das Geräteregister unter Quarantäne oder untersuchen Sie es dort, falls es nicht vorhanden sein sollte.</translation>
    </message>
    <message>
        <source>No join request %1 exists on %2 any more: it expired or was removed, so there is nothing to review.</source>
        <translation>Die Beitrittsanfrage %1 existiert auf %2 nicht mehr: Sie ist abgelaufen oder wurde entfernt, daher gibt es nichts zu prüfen.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Nothing to review: the join request %1 (%2) was already accepted by %3.</source>
        <translation>Nichts zu prüfen: Die Beitrittsanfrage %1 (%2) wurde bereits von %3 angenommen.</translation>
    </message>
    <message>
        <source>Nothing to review: the join request %1 (%2) was already rejected by %3.</source>
        <translation>Nichts zu prüfen: Die Beitrittsanfrage %1 (%2) wurde bereits von %3 abgelehnt.</translation>
    </message>
    <message>
        <source>The Identity page is not available.</source>
        <translation>Die Seite „Identität“ ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>warden::IdentityPage</name>
    <message>
        <source>Device identity</source>
        <translation>Geräteidentität</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Admission and credentials</source>
        <translation>Aufnahme und Zugangsdaten</translation>
    </message>
    <message>
        <source>Which join requests to show</source>
        <translation>Welche Beitrittsanfragen angezeigt werden</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Wartet auf Entscheidung</translation>
    </message>
    <message>
        <source>Clones</source>
        <translation>Klone</translation>
    </message>
    <message>
        <source>Preauthorized</source>
        <translation>Vorautorisiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <source>Preauthorize from CSV…</source>
        <translation>Aus CSV vorautorisieren…</translation>
    </message>
    <message>
        <source>A file with one serial per line, optionally followed by a comma and the SHA-256 fingerprint of the only key the device may use.</source>
        <translation>Eine Datei mit einer Seriennummer pro Zeile, optional gefolgt von einem Komma und dem SHA-256-Fingerabdruck des einzigen Schlüssels, den das Gerät verwenden darf.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Devices asking to join</source>
        <translation>Geräte, die einen Beitritt anfragen</translation>
    </message>
    <message>
        <source>No devices are waiting to join. Join requests appear here when a device asks to join through one of the backend&apos;s gateways.</source>
        <translation>Keine Geräte warten auf den Beitritt. Beitrittsanfragen erscheinen hier, wenn ein Gerät über eines der Gateways des Backends den Beitritt anfragt.</translation>
    </message>
    <message>
        <source>Also open a licence request for these scopes:</source>
        <translation>Außerdem eine Lizenzanfrage für diese Geltungsbereiche stellen:</translation>
    </message>
    <message>
        <source>Licence scopes to request, separated by commas</source>
        <translation>Anzufragende Lizenz-Geltungsbereiche, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Accept and admit</source>
        <translation>Annehmen und aufnehmen</translation>
    </message>
    <message>
        <source>Reason for rejecting (required)</source>
        <translation>Grund für die Ablehnung (erforderlich)</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>Grund für die Ablehnung</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Which credentials to show</source>
        <translation>Welche Zugangsdaten angezeigt werden</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Expiring within this many days</source>
        <translation>Läuft innerhalb so vieler Tage ab</translation>
    </message>
    <message>
        <source>Device, serial, subject or issuer</source>
        <translation>Gerät, Seriennummer, Antragsteller oder Aussteller</translation>
    </message>
    <message>
        <source>Search credentials</source>
        <translation>Zugangsdaten durchsuchen</translation>
    </message>
    <message>
        <source>Device credentials</source>
        <translation>Zugangsdaten der Geräte</translation>
    </message>
    <message>
        <source>Rotate selected</source>
        <translation>Auswahl rotieren</translation>
    </message>
    <message>
        <source>Issues new certificates to every credential in the list. Devices that cannot take one over the network are marked as needing a technician&apos;s visit.</source>
        <translation>Stellt allen Zugangsdaten in der Liste neue Zertifikate aus. Geräte, die keines über das Netzwerk erhalten können, werden als „Besuch durch Techniker nötig“ markiert.</translation>
    </message>
    <message>
        <source>Reason for revoking (required)</source>
        <translation>Grund für den Widerruf (erforderlich)</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Grund für den Widerruf</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Technician installed a new certificate</source>
        <translation>Techniker hat ein neues Zertifikat installiert</translation>
    </message>
    <message>
        <source>%1 waiting to join · %2 clones · %3 preauthorized · %4 credentials: %5 expiring within %6 days, %7 expired, %8 need a visit</source>
        <translation>%1 warten auf Beitritt · %2 Klone · %3 vorautorisiert · %4 Zugangsdaten: %5 laufen innerhalb von %6 Tagen ab, %7 abgelaufen, %8 brauchen einen Besuch</translation>
    </message>
    <message>
        <source>All credentials (%1)</source>
        <translation>Alle Zugangsdaten (%1)</translation>
    </message>
    <message>
        <source>Expiring within (%1)</source>
        <translation>Laufen bald ab (%1)</translation>
    </message>
    <message>
        <source>Expired (%1)</source>
        <translation>Abgelaufen (%1)</translation>
    </message>
    <message>
        <source>Weak methods (%1)</source>
        <translation>Schwache Verfahren (%1)</translation>
    </message>
    <message>
        <source>Default credentials in use (%1)</source>
        <translation>Standard-Zugangsdaten in Verwendung (%1)</translation>
    </message>
    <message>
        <source>Waiting for a visit (%1)</source>
        <translation>Warten auf Besuch (%1)</translation>
    </message>
    <message>
        <source>Revoked (%1)</source>
        <translation>Widerrufen (%1)</translation>
    </message>
    <message>
        <source>Waiting for a decision (%1)</source>
        <translation>Wartet auf Entscheidung (%1)</translation>
    </message>
    <message>
        <source>Clones (%1)</source>
        <translation>Klone (%1)</translation>
    </message>
    <message>
        <source>Preauthorized (%1)</source>
        <translation>Vorautorisiert (%1)</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Accepted (%1)</source>
        <translation>Angenommen (%1)</translation>
    </message>
    <message>
        <source>All requests (%1)</source>
        <translation>Alle Anfragen (%1)</translation>
    </message>
    <message>
        <source>No credentials yet. Every device&apos;s credential appears here once the backend is synchronised.</source>
        <translation>Noch keine Zugangsdaten. Die Zugangsdaten aller Geräte erscheinen hier, sobald das Backend synchronisiert ist.</translation>
    </message>
    <message>
        <source>No credential matches this view. Choose another view or clear the search.</source>
        <translation>Keine Zugangsdaten entsprechen dieser Ansicht. Wählen Sie eine andere Ansicht oder leeren Sie die Suche.</translation>
    </message>
    <message>
        <source>Rotate all %1 shown</source>
        <translation>Alle %1 angezeigten rotieren</translation>
    </message>
    <message>
        <source>Rotate %1 selected</source>
        <translation>%1 ausgewählte rotieren</translation>
    </message>
    <message>
        <source>Select a request to decide on it.</source>
        <translation>Wählen Sie eine Anfrage aus, um darüber zu entscheiden.</translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation>Nichts zu entscheiden.</translation>
    </message>
    <message>
        <source>%1 asks to join</source>
        <translation>%1 fragt den Beitritt an</translation>
    </message>
    <message>
        <source>%1 (%2) asks to join</source>
        <translation>%1 (%2) fragt den Beitritt an</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Came in through</source>
        <translation>Eingegangen über</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>any (preauthorized by serial)</source>
        <translation>beliebig (per Seriennummer vorautorisiert)</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Admitted as</source>
        <translation>Aufgenommen als</translation>
    </message>
    <message>
        <source>Licence request</source>
        <translation>Lizenzanfrage</translation>
    </message>
    <message>
        <source>Clone: this request claims the identity of %1, which is admitted with another key. It cannot be accepted or merged; reject it and investigate where it came from.</source>
        <translation>Klon: Diese Anfrage beansprucht die Identität von %1, das mit einem anderen Schlüssel aufgenommen ist. Sie kann weder angenommen noch zusammengeführt werden; lehnen Sie sie ab und untersuchen Sie, woher sie stammt.</translation>
    </message>
    <message>
        <source>Select credentials to act on them.</source>
        <translation>Wählen Sie Zugangsdaten aus, um damit zu arbeiten.</translation>
    </message>
    <message>
        <source>%1 credentials selected</source>
        <translation>%1 Zugangsdaten ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n of them can only be rotated by a technician on site.</source>
        <translation>
            <numerusform>%n davon kann nur ein Techniker vor Ort rotieren.</numerusform>
            <numerusform>%n davon können nur von einem Techniker vor Ort rotiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Credential of %1</source>
        <translation>Zugangsdaten von %1</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Certificate serial</source>
        <translation>Zertifikatsseriennummer</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Zuletzt rotiert</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#D32F2F&quot;&gt;&lt;b&gt;The vendor&apos;s default credentials were seen in use.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#D32F2F&quot;&gt;&lt;b&gt;Die Standard-Zugangsdaten des Herstellers wurden in Verwendung gesehen.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>This device cannot take a new credential over the network: rotating it sends a technician.</source>
        <translation>Dieses Gerät kann keine neuen Zugangsdaten über das Netzwerk erhalten: Beim Rotieren wird ein Techniker geschickt.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Accepting %1…</source>
        <translation>%1 wird angenommen…</translation>
    </message>
    <message>
        <source>Accepting %1 failed: %2</source>
        <translation>Annehmen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is admitted as device %2.</source>
        <translation>%1 ist als Gerät %2 aufgenommen.</translation>
    </message>
    <message>
        <source>%1 is admitted as device %2; licence request %3 waits on the Licences page.</source>
        <translation>%1 ist als Gerät %2 aufgenommen; die Lizenzanfrage %3 wartet auf der Seite „Lizenzen“.</translation>
    </message>
    <message>
        <source>Rejecting %1…</source>
        <translation>%1 wird abgelehnt…</translation>
    </message>
    <message>
        <source>Rejecting %1 failed: %2</source>
        <translation>Ablehnen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Clone %1 of %2 rejected.</source>
        <translation>Klon %1 von %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Join request %1 (%2) rejected.</source>
        <translation>Beitrittsanfrage %1 (%2) abgelehnt.</translation>
    </message>
    <message>
        <source>Preauthorize identities</source>
        <translation>Identitäten vorautorisieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No backend is connected to preauthorize on.</source>
        <translation>Kein Backend verbunden, auf dem vorautorisiert werden kann.</translation>
    </message>
    <message>
        <source>The list was not sent. %1</source>
        <translation>Die Liste wurde nicht gesendet. %1</translation>
    </message>
    <message>
        <source>Preauthorizing %1 identities on %2…</source>
        <translation>%1 Identitäten werden auf %2 vorautorisiert…</translation>
    </message>
    <message>
        <source>Preauthorizing failed: %1</source>
        <translation>Vorautorisieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Preauthorized %n identities.</source>
        <translation>
            <numerusform>%n Identität vorautorisiert.</numerusform>
            <numerusform>%n Identitäten vorautorisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Type the number of devices (%1) to confirm.</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Geräte (%1) ein.</translation>
    </message>
    <message>
        <source>None of these credentials can be rotated: only active ones can.</source>
        <translation>Keine dieser Zugangsdaten kann rotiert werden: Nur aktive können rotiert werden.</translation>
    </message>
    <message>
        <source>Issue new certificates and keys to %1 devices? Their current credentials stop working once the devices have picked up the new ones.</source>
        <translation>%1 Geräten neue Zertifikate und Schlüssel ausstellen? Ihre aktuellen Zugangsdaten funktionieren nicht mehr, sobald die Geräte die neuen übernommen haben.</translation>
    </message>
    <message>
        <source>%1 of them cannot rotate over the network and will need a technician&apos;s visit.</source>
        <translation>%1 davon können nicht über das Netzwerk rotieren und brauchen den Besuch eines Technikers.</translation>
    </message>
    <message>
        <source>Rotate credentials</source>
        <translation>Zugangsdaten rotieren</translation>
    </message>
    <message>
        <source>Rotating %1 credentials…</source>
        <translation>%1 Zugangsdaten werden rotiert…</translation>
    </message>
    <message>
        <source>rotated from the console</source>
        <translation>von der Konsole aus rotiert</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1</source>
        <translation>
            <numerusform>%n Gerät: %1</numerusform>
            <numerusform>%n Geräte: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Rotated %n credential(s).</source>
        <translation>
            <numerusform>%n Zugangsdatensatz rotiert.</numerusform>
            <numerusform>%n Zugangsdatensätze rotiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need a technician&apos;s visit: %1%2</source>
        <translation>
            <numerusform>%n Gerät braucht den Besuch eines Technikers: %1%2</numerusform>
            <numerusform>%n Geräte brauchen den Besuch eines Technikers: %1%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Revoke credential</source>
        <translation>Zugangsdaten widerrufen</translation>
    </message>
    <message>
        <source>Revoke the credential of %1? The device loses its access at once and stays cut off until it is given a new identity. Reason: %2</source>
        <translation>Die Zugangsdaten von %1 widerrufen? Das Gerät verliert sofort seinen Zugang und bleibt getrennt, bis es eine neue Identität erhält. Grund: %2</translation>
    </message>
    <message>
        <source>Revoking the credential of %1…</source>
        <translation>Die Zugangsdaten von %1 werden widerrufen…</translation>
    </message>
    <message>
        <source>Revoking the credential of %1 failed: %2</source>
        <translation>Widerruf der Zugangsdaten von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The credential of %1 is revoked; the device has lost its access.</source>
        <translation>Die Zugangsdaten von %1 sind widerrufen; das Gerät hat seinen Zugang verloren.</translation>
    </message>
    <message>
        <source>Recording the visit at %1…</source>
        <translation>Besuch bei %1 wird erfasst…</translation>
    </message>
    <message>
        <source>Recording the visit at %1 failed: %2</source>
        <translation>Erfassen des Besuchs bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 has a new certificate (%2), valid until %3.</source>
        <translation>%1 hat ein neues Zertifikat (%2), gültig bis %3.</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <source>Console operators&apos; 2FA, lockout and last login; reset an operator&apos;s 2FA (admins)</source>
        <translation>2FA, Sperre und letzte Anmeldung der Konsolen-Operatoren; 2FA eines Operators zurücksetzen (Admins)</translation>
    </message>
</context>
<context>
    <name>warden::IdleLock</name>
    <message>
        <source>Console locked</source>
        <translation>Konsole gesperrt</translation>
    </message>
    <message>
        <source>Warden is locked</source>
        <translation>Warden ist gesperrt</translation>
    </message>
    <message>
        <source>The console was idle. Everything is kept as you left it and live data keeps arriving. Enter your password and a new one-time code to continue.</source>
        <translation>Die Konsole war inaktiv. Alles bleibt so, wie Sie es verlassen haben, und Live-Daten treffen weiterhin ein. Geben Sie Ihr Passwort und einen neuen Einmalcode ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Fehler beim Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Warden is locked for %1</source>
        <translation>Warden ist für %1 gesperrt</translation>
    </message>
    <message>
        <source>Enter your password and the current one-time code.</source>
        <translation>Geben Sie Ihr Passwort und den aktuellen Einmalcode ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>warden::ImpactAssessor</name>
    <message>
        <source>The backend %1 is not connected.</source>
        <translation>Das Backend %1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The cache could not be opened.</source>
        <translation>Der Cache konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>warden::ImpactDialog</name>
    <message>
        <source>Impact of the selected devices</source>
        <translation>Auswirkungen der ausgewählten Geräte</translation>
    </message>
    <message>
        <source>If the selected devices were compromised: the devices they can reach within two hops, the services and data they touch, and the people affected.</source>
        <translation>Falls die ausgewählten Geräte kompromittiert wären: die Geräte, die sie innerhalb von zwei Hops erreichen, die Dienste und Daten, die sie berühren, und die betroffenen Personen.</translation>
    </message>
    <message>
        <source>Impact on %1</source>
        <translation>Auswirkungen auf %1</translation>
    </message>
    <message numerus="yes">
        <source>Working out what %n device(s) of %1 affect…</source>
        <translation>
            <numerusform>Es wird ermittelt, was %n Gerät von %1 beeinflusst…</numerusform>
            <numerusform>Es wird ermittelt, was %n Geräte von %1 beeinflussen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The impact could not be worked out: %1</source>
        <translation>Die Auswirkungen konnten nicht ermittelt werden: %1</translation>
    </message>
</context>
<context>
    <name>warden::ImpactPanel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Impact summary</source>
        <translation>Zusammenfassung der Auswirkungen</translation>
    </message>
    <message>
        <source>Safety-critical devices affected</source>
        <translation>Betroffene sicherheitskritische Geräte</translation>
    </message>
    <message>
        <source>Affected and reachable devices</source>
        <translation>Betroffene und erreichbare Geräte</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Sites, services and people affected</source>
        <translation>Betroffene Standorte, Dienste und Personen</translation>
    </message>
    <message>
        <source>Copy the impact summary</source>
        <translation>Die Zusammenfassung der Auswirkungen kopieren</translation>
    </message>
    <message>
        <source>Export the impact as a file</source>
        <translation>Die Auswirkungen als Datei exportieren</translation>
    </message>
    <message>
        <source>Select an incident to see what it affects.</source>
        <translation>Wählen Sie einen Vorfall aus, um seine Auswirkungen zu sehen.</translation>
    </message>
    <message>
        <source>The topology is not known yet: the impact appears once sites, gateways and devices are synchronised.</source>
        <translation>Die Topologie ist noch nicht bekannt: Die Auswirkungen erscheinen, sobald Standorte, Gateways und Geräte synchronisiert sind.</translation>
    </message>
    <message>
        <source>⚠ Safety-critical: %1</source>
        <translation>⚠ Sicherheitskritisch: %1</translation>
    </message>
    <message>
        <source>affected</source>
        <translation>betroffen</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) via %1</source>
        <translation>
            <numerusform>%n Hop über %1</numerusform>
            <numerusform>%n Hops über %1</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ safety-critical</source>
        <translation>⚠ sicherheitskritisch</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>unter Quarantäne</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>none crossed</source>
        <translation>keine durchquert</translation>
    </message>
    <message>
        <source>Services and data</source>
        <translation>Dienste und Daten</translation>
    </message>
    <message>
        <source>no active licence</source>
        <translation>keine aktive Lizenz</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s); names hidden for your role</source>
        <translation>
            <numerusform>%n Besitzer; Namen für Ihre Rolle verborgen</numerusform>
            <numerusform>%n Besitzer; Namen für Ihre Rolle verborgen</numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Not in topology</source>
        <translation>Nicht in der Topologie</translation>
    </message>
    <message>
        <source>Export impact</source>
        <translation>Auswirkungen exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation>JSON (*.json);;Text (*.txt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Show on topology</source>
        <translation>In der Topologie zeigen</translation>
    </message>
    <message>
        <source>Show the impact on the topology</source>
        <translation>Die Auswirkung in der Topologie zeigen</translation>
    </message>
</context>
<context>
    <name>warden::IncidentListModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>In Untersuchung</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
</context>
<context>
    <name>warden::IncidentTimelineModel</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note (not sent yet)</source>
        <translation>Notiz (noch nicht gesendet)</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>%1 zugewiesen</translation>
    </message>
    <message>
        <source>State changed to %1</source>
        <translation>Status geändert in %1</translation>
    </message>
    <message>
        <source>Severity raised to %1</source>
        <translation>Schweregrad erhöht auf %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>warden::IncidentsController</name>
    <message>
        <source>The cache could not be opened.</source>
        <translation>Der Cache konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The backend %1 is not connected.</source>
        <translation>Das Backend %1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>the backend is not reachable; the note is kept on this computer and sent when it is back.</source>
        <translation>Das Backend ist nicht erreichbar; die Notiz wird auf diesem Computer aufbewahrt und gesendet, sobald es wieder erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>warden::IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Change state</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation>Keine Vorfälle</translation>
    </message>
    <message>
        <source>The feed is live; incidents appear when events correlate on a device or site.</source>
        <translation>Der Feed ist live; Vorfälle erscheinen, sobald Ereignisse auf einem Gerät oder an einem Standort korrelieren.</translation>
    </message>
    <message>
        <source>Correlated threats from every connected backend</source>
        <translation>Korrelierte Bedrohungen aller verbundenen Backends</translation>
    </message>
    <message>
        <source>Title, device, site or id</source>
        <translation>Titel, Gerät, Standort oder ID</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Vorfälle durchsuchen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation>Titel des Vorfalls</translation>
    </message>
    <message>
        <source>Incident facts</source>
        <translation>Fakten zum Vorfall</translation>
    </message>
    <message>
        <source>Acknowledge the incident</source>
        <translation>Den Vorfall bestätigen</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Assign the incident</source>
        <translation>Den Vorfall zuweisen</translation>
    </message>
    <message>
        <source>Next state</source>
        <translation>Nächster Status</translation>
    </message>
    <message>
        <source>Note for the state change</source>
        <translation>Notiz zur Statusänderung</translation>
    </message>
    <message>
        <source>Change the incident&apos;s state</source>
        <translation>Den Status des Vorfalls ändern</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>What you found or did. Notes written while offline are kept and sent later.</source>
        <translation>Was Sie gefunden oder getan haben. Offline geschriebene Notizen werden aufbewahrt und später gesendet.</translation>
    </message>
    <message>
        <source>Add the note to the incident</source>
        <translation>Die Notiz zum Vorfall hinzufügen</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Zeitleiste des Vorfalls</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Incident details</source>
        <translation>Details zum Vorfall</translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation>Kein Vorfall ausgewählt</translation>
    </message>
    <message>
        <source>Select an incident to see its timeline, what it affects, and to acknowledge, assign, annotate or resolve it.</source>
        <translation>Wählen Sie einen Vorfall aus, um seine Zeitleiste und seine Auswirkungen zu sehen und ihn zu bestätigen, zuzuweisen, zu kommentieren oder zu lösen.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Keep note (offline)</source>
        <translation>Notiz aufbewahren (offline)</translation>
    </message>
    <message>
        <source>Why it is reopened (required)</source>
        <translation>Grund für das Wiedereröffnen (erforderlich)</translation>
    </message>
    <message>
        <source>Resolution note (required)</source>
        <translation>Lösungsnotiz (erforderlich)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>%1 open · %2 new · %3 unassigned — correlated threats from every connected backend</source>
        <translation>%1 offen · %2 neu · %3 nicht zugewiesen – korrelierte Bedrohungen aller verbundenen Backends</translation>
    </message>
    <message>
        <source>Select an incident to see what it affects.</source>
        <translation>Wählen Sie einen Vorfall aus, um seine Auswirkungen zu sehen.</translation>
    </message>
    <message>
        <source>Working out what this incident affects…</source>
        <translation>Auswirkungen dieses Vorfalls werden ermittelt…</translation>
    </message>
    <message>
        <source>The details could not be read from the cache: %1</source>
        <translation>Die Details konnten nicht aus dem Cache gelesen werden: %1</translation>
    </message>
    <message>
        <source> Audit entry #%1.</source>
        <translation> Audit-Eintrag #%1.</translation>
    </message>
    <message>
        <source> (not recorded in the audit log: the cache could not be written)</source>
        <translation> (nicht im Audit-Protokoll festgehalten: Der Cache konnte nicht geschrieben werden)</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Acknowledging…</source>
        <translation>Wird bestätigt…</translation>
    </message>
    <message>
        <source>Assigning to %1…</source>
        <translation>Wird %1 zugewiesen…</translation>
    </message>
    <message>
        <source>Adding the note…</source>
        <translation>Notiz wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Wird gelöst…</translation>
    </message>
    <message>
        <source>Moving to %1…</source>
        <translation>Wird nach %1 verschoben…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>With personal data</source>
        <translation>Mit personenbezogenen Daten</translation>
    </message>
    <message>
        <source>Export the incident&apos;s report as PDF</source>
        <translation>Den Bericht des Vorfalls als PDF exportieren</translation>
    </message>
    <message>
        <source>A PDF with the summary, timeline, impact, actions taken and audit proof.</source>
        <translation>Ein PDF mit Zusammenfassung, Zeitverlauf, Auswirkungen, ergriffenen Maßnahmen und Audit-Nachweis.</translation>
    </message>
    <message>
        <source>Include personal data in the report</source>
        <translation>Personenbezogene Daten in den Bericht aufnehmen</translation>
    </message>
    <message>
        <source>Without it the report is anonymised: owners appear as pseudonyms and note texts are left out. With it the export is recorded in the audit log.</source>
        <translation>Ohne sie ist der Bericht anonymisiert: Besitzer erscheinen als Pseudonyme, Notiztexte werden weggelassen. Mit ihnen wird der Export im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Export incident report</source>
        <translation>Vorfallbericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>incident-%1.pdf</source>
        <translation>vorfall-%1.pdf</translation>
    </message>
    <message>
        <source>Writing the report of %1…</source>
        <translation>Bericht zu %1 wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n pages, with personal data).</source>
        <translation>
            <numerusform>Bericht nach %1 geschrieben (%n Seite, mit personenbezogenen Daten).</numerusform>
            <numerusform>Bericht nach %1 geschrieben (%n Seiten, mit personenbezogenen Daten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n pages, anonymised).</source>
        <translation>
            <numerusform>Bericht nach %1 geschrieben (%n Seite, anonymisiert).</numerusform>
            <numerusform>Bericht nach %1 geschrieben (%n Seiten, anonymisiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>warden::JoinRequestModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Preauthorized</source>
        <translation>Vorautorisiert</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>Clone of %1</source>
        <translation>Klon von %1</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>noch nicht gesehen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>First seen %1, last seen %2</source>
        <translation>Zuerst gesehen %1, zuletzt gesehen %2</translation>
    </message>
    <message>
        <source>This request claims the identity of %1 with a different key (%2…). A clone is never merged; reject it.</source>
        <translation>Diese Anfrage beansprucht die Identität von %1 mit einem anderen Schlüssel (%2…). Ein Klon wird nie zusammengeführt; lehnen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256): %1</source>
        <translation>Schlüssel-Fingerabdruck (SHA-256): %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Claimed serial</source>
        <translation>Angegebene Seriennummer</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klon</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Vendor / model</source>
        <translation>Hersteller / Modell</translation>
    </message>
    <message>
        <source>Came in through</source>
        <translation>Eingegangen über</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>warden::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Search keys, actions or pages</source>
        <translation>Tasten, Aktionen oder Seiten suchen</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n shortcut(s)</source>
        <translation>
            <numerusform>%n Tastenkürzel</numerusform>
            <numerusform>%n Tastenkürzel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shortcut(s)</source>
        <translation>
            <numerusform>%1 von %n Tastenkürzel</numerusform>
            <numerusform>%1 von %n Tastenkürzeln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::LicenceListModel</name>
    <message>
        <source>%1 (safety-critical)</source>
        <translation>%1 (sicherheitskritisch)</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <source>%1 (sensitive)</source>
        <translation>%1 (sensibel)</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation>%1 (läuft bald ab)</translation>
    </message>
    <message>
        <source>Approving gives this device access to sensitive scopes.</source>
        <translation>Eine Freigabe gibt diesem Gerät Zugriff auf sensible Geltungsbereiche.</translation>
    </message>
    <message>
        <source>This licence expires within %1 days.</source>
        <translation>Diese Lizenz läuft innerhalb von %1 Tagen ab.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Requested scopes</source>
        <translation>Angeforderte Geltungsbereiche</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Gewährte Geltungsbereiche</translation>
    </message>
    <message>
        <source>Approving would newly expose</source>
        <translation>Eine Freigabe würde neu zugänglich machen</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
</context>
<context>
    <name>warden::LicencesPage</name>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>No licence requests are waiting. New requests from devices appear here.</source>
        <translation>Es warten keine Lizenzanfragen. Neue Anfragen von Geräten erscheinen hier.</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>Approve selected scopes</source>
        <translation>Ausgewählte Geltungsbereiche freigeben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Licence requests waiting for a decision</source>
        <translation>Lizenzanfragen, die auf eine Entscheidung warten</translation>
    </message>
    <message>
        <source>Active licences</source>
        <translation>Aktive Lizenzen</translation>
    </message>
    <message>
        <source>Grant these scopes</source>
        <translation>Diese Geltungsbereiche gewähren</translation>
    </message>
    <message>
        <source>Set an expiry</source>
        <translation>Ablaufdatum festlegen</translation>
    </message>
    <message>
        <source>Licence expiry</source>
        <translation>Ablauf der Lizenz</translation>
    </message>
    <message>
        <source>Approve identical low-risk requests together</source>
        <translation>Identische Anfragen mit geringem Risiko gemeinsam freigeben</translation>
    </message>
    <message>
        <source>Reason for denying (required)</source>
        <translation>Grund für die Ablehnung (erforderlich)</translation>
    </message>
    <message>
        <source>Reason for denying</source>
        <translation>Grund für die Ablehnung</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Wartet auf eine Entscheidung</translation>
    </message>
    <message>
        <source>Reason for revoking the selected licence (required)</source>
        <translation>Grund für den Widerruf der ausgewählten Lizenz (erforderlich)</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Grund für den Widerruf</translation>
    </message>
    <message>
        <source>%1 waiting for a decision · %2 active · %3 expiring within %4 days</source>
        <translation>%1 warten auf Entscheidung · %2 aktiv · %3 laufen innerhalb von %4 Tagen ab</translation>
    </message>
    <message>
        <source>Select a request to decide on it.</source>
        <translation>Wählen Sie eine Anfrage aus, um darüber zu entscheiden.</translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation>Nichts zu entscheiden.</translation>
    </message>
    <message>
        <source>%1 asks for one scope</source>
        <translation>%1 fordert einen Geltungsbereich an</translation>
    </message>
    <message>
        <source>%1 asks for %2 scopes</source>
        <translation>%1 fordert %2 Geltungsbereiche an</translation>
    </message>
    <message>
        <source>Device %1 · %2 · risk %3</source>
        <translation>Gerät %1 · %2 · Risiko %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety-critical device.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sicherheitskritisches Gerät.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b3261e&quot;&gt;&lt;b&gt;Approving newly exposes sensitive scopes:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b3261e&quot;&gt;&lt;b&gt;Eine Freigabe macht sensible Geltungsbereiche neu zugänglich:&lt;/b&gt; %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Every requested scope is already granted by an active licence.</source>
        <translation>Jeder angeforderte Geltungsbereich ist bereits durch eine aktive Lizenz gewährt.</translation>
    </message>
    <message>
        <source>%1 (sensitive)</source>
        <translation>%1 (sensibel)</translation>
    </message>
    <message>
        <source>Approve identical low-risk requests</source>
        <translation>Identische Anfragen mit geringem Risiko freigeben</translation>
    </message>
    <message>
        <source>Approve %1 identical low-risk requests</source>
        <translation>%1 identische Anfragen mit geringem Risiko freigeben</translation>
    </message>
    <message>
        <source>Select several requests with the same scopes from low-risk, non-safety-critical devices that expose nothing sensitive.</source>
        <translation>Wählen Sie mehrere Anfragen mit denselben Geltungsbereichen von nicht sicherheitskritischen Geräten mit geringem Risiko aus, die nichts Sensibles zugänglich machen.</translation>
    </message>
    <message>
        <source>Approving licence %1 for %2…</source>
        <translation>Lizenz %1 für %2 wird freigegeben…</translation>
    </message>
    <message>
        <source>Approving licence %1 failed: %2</source>
        <translation>Freigabe der Lizenz %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Licence %1 for %2 is active: %3.</source>
        <translation>Lizenz %1 für %2 ist aktiv: %3.</translation>
    </message>
    <message>
        <source>Approving %1 licence requests…</source>
        <translation>%1 Lizenzanfragen werden freigegeben…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Approved %1 licence requests.</source>
        <translation>%1 Lizenzanfragen freigegeben.</translation>
    </message>
    <message>
        <source>Approved %1 of %2 licence requests. Failed: %3</source>
        <translation>%1 von %2 Lizenzanfragen freigegeben. Fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Denying licence %1 for %2…</source>
        <translation>Lizenz %1 für %2 wird abgelehnt…</translation>
    </message>
    <message>
        <source>Denying licence %1 failed: %2</source>
        <translation>Ablehnung der Lizenz %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Licence request %1 for %2 denied.</source>
        <translation>Lizenzanfrage %1 für %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Revoking licence %1 of %2…</source>
        <translation>Lizenz %1 von %2 wird widerrufen…</translation>
    </message>
    <message>
        <source>Revoking licence %1 failed: %2</source>
        <translation>Widerruf der Lizenz %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Licence %1 of %2 revoked.</source>
        <translation>Lizenz %1 von %2 widerrufen.</translation>
    </message>
    <message>
        <source>Licences expiring within %1 days are highlighted.</source>
        <translation>Lizenzen, die innerhalb von %1 Tagen ablaufen, sind hervorgehoben.</translation>
    </message>
</context>
<context>
    <name>warden::MainWindow</name>
    <message>
        <source>Warden</source>
        <translation>Warden</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Connect to a fleet backend to see its health, threats and campaigns.</source>
        <translation>Verbinden Sie sich mit einem Flotten-Backend, um Zustand, Bedrohungen und Kampagnen zu sehen.</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Sites, gateways and devices appear here once the register is synchronised.</source>
        <translation>Standorte, Gateways und Geräte erscheinen hier, sobald das Geräteregister synchronisiert ist.</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>The live event feed and incidents appear here once a backend streams events.</source>
        <translation>Der Live-Ereignis-Feed und Vorfälle erscheinen hier, sobald ein Backend Ereignisse sendet.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Geräteregister</translation>
    </message>
    <message>
        <source>The device register appears here once a backend is synchronised.</source>
        <translation>Das Geräteregister erscheint hier, sobald ein Backend synchronisiert ist.</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>Firmware catalogue and update campaigns appear here.</source>
        <translation>Firmware-Katalog und Update-Kampagnen erscheinen hier.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Licence requests waiting for a decision appear here.</source>
        <translation>Lizenzanfragen, die auf eine Entscheidung warten, erscheinen hier.</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>Quarantined devices, policy rules and approvals appear here.</source>
        <translation>Geräte in Quarantäne, Richtlinienregeln und Freigaben erscheinen hier.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Every operator action and its verified hash chain appear here.</source>
        <translation>Jede Operator-Aktion und ihre geprüfte Hash-Kette erscheinen hier.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation>&amp;Flotte</translation>
    </message>
    <message>
        <source>&amp;Connect to a backend…</source>
        <translation>Mit Backend &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>No incidents — the feed is live; incidents appear when events correlate.</source>
        <translation>Keine Vorfälle – der Feed ist live; Vorfälle erscheinen, sobald Ereignisse korrelieren.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Devices asking to join and every device&apos;s credentials appear here.</source>
        <translation>Geräte, die einen Beitritt anfragen, und die Zugangsdaten aller Geräte erscheinen hier.</translation>
    </message>
    <message>
        <source>&amp;Pending actions…</source>
        <translation>&amp;Ausstehende Aktionen…</translation>
    </message>
    <message>
        <source>Actions kept while a backend was unreachable; click to confirm or discard them</source>
        <translation>Aktionen, die aufbewahrt wurden, während ein Backend nicht erreichbar war; klicken Sie, um sie zu bestätigen oder zu verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>%n pending action(s) to confirm</source>
        <translation>
            <numerusform>%n ausstehende Aktion zu bestätigen</numerusform>
            <numerusform>%n ausstehende Aktionen zu bestätigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Policy rules, their editor and dry runs appear here once a backend is connected.</source>
        <translation>Richtlinienregeln, ihr Editor und Testläufe erscheinen hier, sobald ein Backend verbunden ist.</translation>
    </message>
    <message>
        <source>Export &amp;posture report…</source>
        <translation>&amp;Lagebericht exportieren…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>&amp;About Warden</source>
        <translation>&amp;Über Warden</translation>
    </message>
    <message>
        <source>Show the %1 page</source>
        <translation>Seite „%1“ zeigen</translation>
    </message>
</context>
<context>
    <name>warden::OfflineBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Offline banner</source>
        <translation>Offline-Hinweis</translation>
    </message>
    <message>
        <source>Retry the connection now</source>
        <translation>Verbindung jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Offline — %1: no cached data from this backend yet. Views are read-only.</source>
        <translation>Offline — %1: noch keine zwischengespeicherten Daten von diesem Backend. Die Ansichten sind schreibgeschützt.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — %1: showing data cached at %2, %3. Views are read-only; incident notes are kept and sent when the backend is back.</source>
        <translation>Offline — %1: Angezeigt werden Daten aus dem Cache vom %2, %3. Die Ansichten sind schreibgeschützt; Notizen zu Vorfällen werden aufbewahrt und gesendet, sobald das Backend wieder erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>warden::OfflineJournal</name>
    <message>
        <source>&quot;%1&quot; is not an action the journal knows.</source>
        <translation>„%1“ ist keine Aktion, die das Journal kennt.</translation>
    </message>
    <message>
        <source>The action %1 needs the field &quot;%2&quot;.</source>
        <translation>Die Aktion %1 benötigt das Feld „%2“.</translation>
    </message>
    <message>
        <source>The quarantine level must be isolate, disable or revoke_credentials.</source>
        <translation>Die Quarantänestufe muss isolate, disable oder revoke_credentials sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident state.</source>
        <translation>„%1“ ist kein Vorfallsstatus.</translation>
    </message>
    <message>
        <source>The note needs the time it was written.</source>
        <translation>Die Notiz benötigt den Zeitpunkt, zu dem sie geschrieben wurde.</translation>
    </message>
    <message>
        <source>Approving a licence needs at least one scope.</source>
        <translation>Für die Freigabe einer Lizenz ist mindestens ein Geltungsbereich nötig.</translation>
    </message>
    <message>
        <source>The cache is closed.</source>
        <translation>Der Cache ist geschlossen.</translation>
    </message>
    <message>
        <source>The cache could not be opened.</source>
        <translation>Der Cache konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The backend is not connected; the action stays in the journal.</source>
        <translation>Das Backend ist nicht verbunden; die Aktion bleibt im Journal.</translation>
    </message>
    <message>
        <source>This action was already sent or has failed; it is not sent again.</source>
        <translation>Diese Aktion wurde bereits gesendet oder ist fehlgeschlagen; sie wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>There is no such action in the journal.</source>
        <translation>Diese Aktion gibt es im Journal nicht.</translation>
    </message>
    <message>
        <source>The action cannot be discarded now.</source>
        <translation>Die Aktion kann jetzt nicht verworfen werden.</translation>
    </message>
</context>
<context>
    <name>warden::OperatorAccountModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Eingerichtet</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Gesperrt bis %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Shared operator certificate</source>
        <translation>Gemeinsames Operator-Zertifikat</translation>
    </message>
    <message>
        <source>Five failed logins in a row locked this account. Resetting 2FA also unlocks it.</source>
        <translation>Fünf fehlgeschlagene Anmeldungen in Folge haben dieses Konto gesperrt. Das Zurücksetzen der 2FA entsperrt es auch.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
</context>
<context>
    <name>warden::OperatorsPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reset 2FA…</source>
        <translation>2FA zurücksetzen…</translation>
    </message>
    <message>
        <source>Backend whose operators are shown</source>
        <translation>Backend, dessen Operatoren angezeigt werden</translation>
    </message>
    <message>
        <source>Reload the operator list</source>
        <translation>Die Operatorliste neu laden</translation>
    </message>
    <message>
        <source>Why operator administration is not available</source>
        <translation>Warum die Operator-Verwaltung nicht verfügbar ist</translation>
    </message>
    <message>
        <source>Console operators</source>
        <translation>Konsolen-Operatoren</translation>
    </message>
    <message>
        <source>Reason for the reset (required, e.g. a ticket)</source>
        <translation>Grund für das Zurücksetzen (erforderlich, z. B. ein Ticket)</translation>
    </message>
    <message>
        <source>Reason for resetting 2FA</source>
        <translation>Grund für das Zurücksetzen der 2FA</translation>
    </message>
    <message>
        <source>Reset the selected operator&apos;s two-factor authentication</source>
        <translation>Die Zwei-Faktor-Authentifizierung des ausgewählten Operators zurücksetzen</translation>
    </message>
    <message>
        <source>A reset gives the operator a new TOTP secret, shown to you once; their old codes stop working, their open sessions end and a lockout is lifted.</source>
        <translation>Ein Reset gibt dem Operator ein neues TOTP-Geheimnis, das Ihnen einmal angezeigt wird; seine alten Codes funktionieren nicht mehr, seine offenen Sitzungen enden und eine Sperre wird aufgehoben.</translation>
    </message>
    <message>
        <source>No backend is connected. Operators are listed once you are logged in to a backend as an administrator.</source>
        <translation>Kein Backend ist verbunden. Operatoren werden aufgelistet, sobald Sie als Administrator an einem Backend angemeldet sind.</translation>
    </message>
    <message>
        <source>Loading the operators of %1…</source>
        <translation>Operatoren von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Could not list the operators of %1: %2</source>
        <translation>Die Operatoren von %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Operators on %1: %2 · as of %3</source>
        <translation>Operatoren auf %1: %2 · Stand %3</translation>
    </message>
    <message>
        <source>Select an operator</source>
        <translation>Wählen Sie einen Operator aus</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Roles&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Two-factor&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Lockout&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Last login&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Client certificate&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Rollen&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zwei-Faktor&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Sperre&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Letzte Anmeldung&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Client-Zertifikat&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Reset 2FA of %1</source>
        <translation>2FA von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the two-factor authentication of %1 on %2?

%1&apos;s authenticator codes stop working at once and every open session of %1 ends. You will see the new secret once and must hand it to %1 over a trusted channel.

Reason: %3</source>
        <translation>Die Zwei-Faktor-Authentifizierung von %1 auf %2 zurücksetzen?

Die Authenticator-Codes von %1 funktionieren sofort nicht mehr, und jede offene Sitzung von %1 endet. Sie sehen das neue Geheimnis einmal und müssen es %1 über einen vertrauenswürdigen Kanal übergeben.

Grund: %3</translation>
    </message>
    <message>
        <source>Resetting the 2FA of %1 on %2…</source>
        <translation>2FA von %1 auf %2 wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>The 2FA of %1 was not reset: %2</source>
        <translation>Die 2FA von %1 wurde nicht zurückgesetzt: %2</translation>
    </message>
    <message>
        <source>The 2FA of %1 was reset; open sessions ended: %2. Audited as operator.reset_totp.</source>
        <translation>Die 2FA von %1 wurde zurückgesetzt; beendete offene Sitzungen: %2. Protokolliert als operator.reset_totp.</translation>
    </message>
</context>
<context>
    <name>warden::PendingActionModel</name>
    <message>
        <source>Kept; sent when the backend is back</source>
        <translation>Aufbewahrt; wird gesendet, sobald das Backend wieder erreichbar ist</translation>
    </message>
    <message>
        <source>Waiting for your confirmation</source>
        <translation>Wartet auf Ihre Bestätigung</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Quarantine %1 (%2)</source>
        <translation>%1 unter Quarantäne stellen (%2)</translation>
    </message>
    <message>
        <source>Release %1 from quarantine</source>
        <translation>Quarantäne von %1 aufheben</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Edit %1 (%2)</source>
        <translation>%1 bearbeiten (%2)</translation>
    </message>
    <message>
        <source>Acknowledge incident %1</source>
        <translation>Vorfall %1 bestätigen</translation>
    </message>
    <message>
        <source>Assign incident %1 to %2</source>
        <translation>Vorfall %1 an %2 zuweisen</translation>
    </message>
    <message>
        <source>Move incident %1 to %2</source>
        <translation>Vorfall %1 in %2 verschieben</translation>
    </message>
    <message>
        <source>Note on incident %1: %2</source>
        <translation>Notiz zu Vorfall %1: %2</translation>
    </message>
    <message>
        <source>Approve licence %1</source>
        <translation>Lizenz %1 freigeben</translation>
    </message>
    <message>
        <source>Approve licence %1 (%2)</source>
        <translation>Lizenz %1 freigeben (%2)</translation>
    </message>
    <message>
        <source>Deny licence %1</source>
        <translation>Lizenz %1 ablehnen</translation>
    </message>
    <message>
        <source>Revoke licence %1</source>
        <translation>Lizenz %1 widerrufen</translation>
    </message>
    <message>
        <source>Campaign %1: %2</source>
        <translation>Kampagne %1: %2</translation>
    </message>
    <message>
        <source>Approve request %1</source>
        <translation>Anfrage %1 freigeben</translation>
    </message>
    <message>
        <source>Deny request %1</source>
        <translation>Anfrage %1 ablehnen</translation>
    </message>
    <message>
        <source>Work order done: %1 on firmware %2</source>
        <translation>Arbeitsauftrag erledigt: %1 mit Firmware %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Tried at</source>
        <translation>Versucht um</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Backend&apos;s answer</source>
        <translation>Antwort des Backends</translation>
    </message>
    <message>
        <source>Accept join request %1</source>
        <translation>Beitrittsanfrage %1 annehmen</translation>
    </message>
    <message>
        <source>Reject join request %1</source>
        <translation>Beitrittsanfrage %1 ablehnen</translation>
    </message>
    <message>
        <source>Rotate the credentials of %1 devices (%2, …)</source>
        <translation>Zugangsdaten von %1 Geräten erneuern (%2, …)</translation>
    </message>
    <message>
        <source>Rotate the credential of %1</source>
        <translation>Zugangsdaten von %1 erneuern</translation>
    </message>
    <message>
        <source>Revoke the credential of %1</source>
        <translation>Zugangsdaten von %1 widerrufen</translation>
    </message>
    <message>
        <source>New credential installed on site: %1</source>
        <translation>Neue Zugangsdaten vor Ort installiert: %1</translation>
    </message>
    <message>
        <source>Create rule &quot;%1&quot; (%2)</source>
        <translation>Regel „%1“ anlegen (%2)</translation>
    </message>
    <message>
        <source>Change rule %1 &quot;%2&quot; (%3)</source>
        <translation>Regel %1 „%2“ ändern (%3)</translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation>Regel %1 löschen</translation>
    </message>
</context>
<context>
    <name>warden::PendingActionsController</name>
    <message>
        <source>The pending action is no longer in the journal.</source>
        <translation>Die ausstehende Aktion ist nicht mehr im Journal.</translation>
    </message>
    <message>
        <source>The backend %1 is not attached.</source>
        <translation>Das Backend %1 ist nicht angebunden.</translation>
    </message>
</context>
<context>
    <name>warden::PendingActionsDialog</name>
    <message>
        <source>Confirm and &amp;send</source>
        <translation>Bestätigen und &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Ausstehende Aktionen</translation>
    </message>
    <message>
        <source>Actions you tried while a backend was unreachable. None was sent: confirm each one again once its backend is back, or discard it.</source>
        <translation>Aktionen, die Sie versucht haben, während ein Backend nicht erreichbar war. Keine wurde gesendet: Bestätigen Sie jede erneut, sobald ihr Backend wieder erreichbar ist, oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Nothing is pending.</source>
        <translation>Nichts ist ausstehend.</translation>
    </message>
    <message>
        <source>Select an action to confirm or discard it.</source>
        <translation>Wählen Sie eine Aktion aus, um sie zu bestätigen oder zu verwerfen.</translation>
    </message>
    <message>
        <source>This action is settled; it stays listed so you can see the backend&apos;s answer.</source>
        <translation>Diese Aktion ist abgeschlossen; sie bleibt aufgeführt, damit Sie die Antwort des Backends sehen.</translation>
    </message>
    <message>
        <source>%1 is still unreachable: the action can be sent once it is back.</source>
        <translation>%1 ist weiterhin nicht erreichbar: Die Aktion kann gesendet werden, sobald es wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>%1 is back. Check that this action still makes sense before you send it.</source>
        <translation>%1 ist wieder erreichbar. Prüfen Sie vor dem Senden, ob diese Aktion noch sinnvoll ist.</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Wird gesendet: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: %1 — %2</source>
        <translation>Nicht gesendet: %1 – %2</translation>
    </message>
    <message>
        <source>Discarded: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <source>Could not discard %1: %2</source>
        <translation>%1 konnte nicht verworfen werden: %2</translation>
    </message>
</context>
<context>
    <name>warden::QuarantineDialog</name>
    <message>
        <source>Quarantine devices</source>
        <translation>Geräte unter Quarantäne stellen</translation>
    </message>
    <message>
        <source>Quarantine &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) unter Quarantäne stellen.</translation>
    </message>
    <message>
        <source>Quarantine &lt;b&gt;%1 devices&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1 Geräte&lt;/b&gt; unter Quarantäne stellen.</translation>
    </message>
    <message>
        <source>Isolate from the network</source>
        <translation>Vom Netzwerk isolieren</translation>
    </message>
    <message>
        <source>Disable the device</source>
        <translation>Gerät deaktivieren</translation>
    </message>
    <message>
        <source>Revoke its credentials</source>
        <translation>Zugangsdaten widerrufen</translation>
    </message>
    <message>
        <source>Quarantine level</source>
        <translation>Quarantänestufe</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Why? The reason goes into the audit trail (required).</source>
        <translation>Warum? Der Grund wird im Audit-Protokoll festgehalten (erforderlich).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Release automatically at</source>
        <translation>Quarantäne automatisch aufheben am</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>This acts on %1 devices. Type %1 to confirm:</source>
        <translation>Dies betrifft %1 Geräte. Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
    <message>
        <source>Device count confirmation</source>
        <translation>Bestätigung der Geräteanzahl</translation>
    </message>
    <message>
        <source>Request quarantine</source>
        <translation>Quarantäne anfordern</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>The device</source>
        <translation>Das Gerät</translation>
    </message>
    <message>
        <source>The %1 devices</source>
        <translation>Die %1 Geräte</translation>
    </message>
    <message>
        <source>%1: cut off from the network except for the management channel. It keeps running, but cannot reach or be reached by anything else.</source>
        <translation>%1: bis auf den Verwaltungskanal vom Netzwerk getrennt. Der Betrieb läuft weiter, aber keine Verbindung zu oder von anderen Systemen ist mehr möglich.</translation>
    </message>
    <message>
        <source>%1: switched off for service. It stops doing its job until released.</source>
        <translation>%1: für den Service abgeschaltet. Die Funktion ruht, bis die Quarantäne aufgehoben wird.</translation>
    </message>
    <message>
        <source>%1: credentials and active licences revoked. It can no longer authenticate to any service until re-enrolled.</source>
        <translation>%1: Zugangsdaten und aktive Lizenzen widerrufen. Bis zur erneuten Registrierung ist keine Anmeldung an einem Dienst mehr möglich.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Isolating them means their readings and alarms no longer reach the central station: staff must watch these patients at the bedside while they are isolated.</source>
        <translation>Werden sie isoliert, erreichen ihre Messwerte und Alarme die Zentrale nicht mehr: Das Personal muss diese Patienten während der Isolation direkt am Bett überwachen.</translation>
    </message>
    <message>
        <source>Disabling them stops the therapy or monitoring they provide: patients depending on them must be moved to other equipment first.</source>
        <translation>Werden sie deaktiviert, endet die Therapie oder Überwachung, die sie leisten: Patienten, die darauf angewiesen sind, müssen zuerst an andere Geräte angeschlossen werden.</translation>
    </message>
    <message>
        <source>Revoking their credentials cuts them off from drug libraries, alarms and records: clinical staff must be told before this takes effect.</source>
        <translation>Werden ihre Zugangsdaten widerrufen, verlieren sie den Zugang zu Medikamentenbibliotheken, Alarmen und Akten: Das klinische Personal muss informiert werden, bevor dies wirksam wird.</translation>
    </message>
    <message>
        <source>1 safety-critical device</source>
        <translation>1 sicherheitskritisches Gerät</translation>
    </message>
    <message>
        <source>%1 safety-critical devices</source>
        <translation>%1 sicherheitskritische Geräte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Patient safety — %1:&lt;/b&gt; %2.&lt;br&gt;%3&lt;br&gt;This will &lt;b&gt;not&lt;/b&gt; happen now: it stays pending until a second, different operator approves it.</source>
        <translation>&lt;b&gt;Patientensicherheit — %1:&lt;/b&gt; %2.&lt;br&gt;%3&lt;br&gt;Dies geschieht &lt;b&gt;nicht&lt;/b&gt; sofort: Es bleibt ausstehend, bis ein zweiter, anderer Operator zustimmt.</translation>
    </message>
</context>
<context>
    <name>warden::QuarantineListModel</name>
    <message>
        <source>not quarantined</source>
        <translation>nicht in Quarantäne</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>isoliert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>credentials revoked</source>
        <translation>Zugangsdaten widerrufen</translation>
    </message>
    <message>
        <source>%1 (safety-critical)</source>
        <translation>%1 (sicherheitskritisch)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>%1, approved by %2</source>
        <translation>%1, freigegeben von %2</translation>
    </message>
    <message>
        <source>until released</source>
        <translation>bis zur Aufhebung</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>warden::QuarantinePage</name>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>Quarantine…</source>
        <translation>Unter Quarantäne stellen…</translation>
    </message>
    <message>
        <source>No device is quarantined. Devices quarantined by an operator or a rule appear here.</source>
        <translation>Kein Gerät ist in Quarantäne. Von einem Operator oder einer Regel unter Quarantäne gestellte Geräte erscheinen hier.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>No approvals are waiting. Actions on safety-critical devices wait here for a second operator.</source>
        <translation>Es warten keine Freigaben. Aktionen an sicherheitskritischen Geräten warten hier auf einen zweiten Operator.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Device ids or names, separated by commas</source>
        <translation>Geräte-IDs oder -Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Devices to quarantine</source>
        <translation>Geräte für die Quarantäne</translation>
    </message>
    <message>
        <source>Quarantined devices</source>
        <translation>Geräte in Quarantäne</translation>
    </message>
    <message>
        <source>Approvals waiting</source>
        <translation>Ausstehende Freigaben</translation>
    </message>
    <message>
        <source>Policy rules</source>
        <translation>Richtlinienregeln</translation>
    </message>
    <message>
        <source>Reason for releasing the selected device (required)</source>
        <translation>Grund für die Aufhebung der Quarantäne des ausgewählten Geräts (erforderlich)</translation>
    </message>
    <message>
        <source>Reason for releasing</source>
        <translation>Grund für die Aufhebung</translation>
    </message>
    <message>
        <source>Actions on safety-critical devices and large changes wait here until a second, different operator decides. You cannot approve your own requests.</source>
        <translation>Aktionen an sicherheitskritischen Geräten und große Änderungen warten hier, bis ein zweiter, anderer Operator entscheidet. Eigene Anfragen können Sie nicht freigeben.</translation>
    </message>
    <message>
        <source>Reason (required to deny, optional to approve)</source>
        <translation>Grund (zum Ablehnen erforderlich, zum Freigeben optional)</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Grund für die Entscheidung</translation>
    </message>
    <message>
        <source>Policy rules (read-only)</source>
        <translation>Richtlinienregeln (schreibgeschützt)</translation>
    </message>
    <message>
        <source>You requested this: a different operator has to approve it.</source>
        <translation>Sie haben dies angefordert: Ein anderer Operator muss es freigeben.</translation>
    </message>
    <message>
        <source>No device matches %1.</source>
        <translation>Kein Gerät passt zu %1.</translation>
    </message>
    <message>
        <source>Quarantining %1 devices…</source>
        <translation>%1 Geräte werden unter Quarantäne gestellt…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (approval %2)</source>
        <translation>%1 (Freigabe %2)</translation>
    </message>
    <message>
        <source>Quarantined: %1.</source>
        <translation>In Quarantäne: %1.</translation>
    </message>
    <message>
        <source>Pending approval by a second operator: %1.</source>
        <translation>Wartet auf Freigabe durch einen zweiten Operator: %1.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Releasing %1…</source>
        <translation>Quarantäne für %1 wird aufgehoben…</translation>
    </message>
    <message>
        <source>Releasing %1 failed: %2</source>
        <translation>Aufheben der Quarantäne für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 released from quarantine.</source>
        <translation>Quarantäne für %1 aufgehoben.</translation>
    </message>
    <message>
        <source>Approval %1 not approved: %2</source>
        <translation>Freigabe %1 nicht erteilt: %2</translation>
    </message>
    <message>
        <source>Approval %1 not denied: %2</source>
        <translation>Freigabe %1 nicht abgelehnt: %2</translation>
    </message>
    <message>
        <source>Approval %1 approved; the action has been carried out.</source>
        <translation>Freigabe %1 erteilt; die Aktion wurde ausgeführt.</translation>
    </message>
    <message>
        <source>Approval %1 denied; nothing was changed.</source>
        <translation>Freigabe %1 abgelehnt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Approving %1…</source>
        <translation>%1 wird freigegeben…</translation>
    </message>
    <message>
        <source>Denying %1…</source>
        <translation>%1 wird abgelehnt…</translation>
    </message>
    <message>
        <source>This backend has no policy rules. An administrator adds them.</source>
        <translation>Dieses Backend hat keine Richtlinienregeln. Ein Administrator legt sie an.</translation>
    </message>
    <message>
        <source>%1 quarantined (%2 safety-critical) · approvals waiting: %3 · policy rules: %4</source>
        <translation>%1 in Quarantäne (%2 sicherheitskritisch) · ausstehende Freigaben: %3 · Richtlinienregeln: %4</translation>
    </message>
</context>
<context>
    <name>warden::RegisterController</name>
    <message>
        <source>The history of %1 lives in the cache of %2, which is not open.</source>
        <translation>Der Verlauf von %1 liegt im Cache von %2, der nicht geöffnet ist.</translation>
    </message>
    <message>
        <source>None of the %1 selected devices has an active licence; nothing was revoked.</source>
        <translation>Keines der %1 ausgewählten Geräte hat eine aktive Lizenz; es wurde nichts widerrufen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Revoked %1 licences.</source>
        <translation>%1 Lizenzen widerrufen.</translation>
    </message>
    <message>
        <source>%1 were not revoked; the first: %2</source>
        <translation>%1 wurden nicht widerrufen; der erste Fehler: %2</translation>
    </message>
    <message>
        <source>Audit entries from #%1.</source>
        <translation>Audit-Einträge ab #%1.</translation>
    </message>
    <message>
        <source>%1 has no firmware catalogue in this console yet; try again once it has synced.</source>
        <translation>%1 hat in dieser Konsole noch keinen Firmware-Katalog; versuchen Sie es erneut, sobald es synchronisiert ist.</translation>
    </message>
</context>
<context>
    <name>warden::RegisterPage</name>
    <message>
        <source>Register</source>
        <translation>Geräteregister</translation>
    </message>
    <message>
        <source>Filter: text or terms like class:ip_camera site:&quot;North Campus&quot; fw:&lt;2.4 risk:&gt;70</source>
        <translation>Filter: Text oder Begriffe wie class:ip_camera site:&quot;North Campus&quot; fw:&lt;2.4 risk:&gt;70</translation>
    </message>
    <message>
        <source>Register filter</source>
        <translation>Filter des Geräteregisters</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation>Gespeicherte Filter…</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Save the current filter</source>
        <translation>Den aktuellen Filter speichern</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Spalten auswählen</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Wird sortiert…</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 Geräte</translation>
    </message>
    <message>
        <source>%1 of %2 devices match the filter</source>
        <translation>%1 von %2 Geräten passen zum Filter</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Vendor / model</source>
        <translation>Hersteller / Modell</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Risikowert</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>Online update</source>
        <translation>Online-Update</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>unterstützt</translation>
    </message>
    <message>
        <source>needs physical service</source>
        <translation>erfordert Service vor Ort</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>updates only inside the site&apos;s maintenance window</source>
        <translation>Updates nur im Wartungsfenster des Standorts</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>safety-critical: quarantine needs a second operator&apos;s approval</source>
        <translation>sicherheitskritisch: Quarantäne erfordert die Freigabe eines zweiten Operators</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Name for this filter:</source>
        <translation>Name für diesen Filter:</translation>
    </message>
    <message>
        <source>Quarantine…</source>
        <translation>Quarantäne…</translation>
    </message>
    <message>
        <source>Push update…</source>
        <translation>Update verteilen…</translation>
    </message>
    <message>
        <source>Revoke licences…</source>
        <translation>Lizenzen widerrufen…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Import devices from a CSV file</source>
        <translation>Geräte aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the devices shown to a CSV file</source>
        <translation>Die angezeigten Geräte in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Selected devices</source>
        <translation>Ausgewählte Geräte</translation>
    </message>
    <message>
        <source>Select every device that matches the filter</source>
        <translation>Alle Geräte auswählen, die dem Filter entsprechen</translation>
    </message>
    <message>
        <source>Quarantine the selected devices</source>
        <translation>Die ausgewählten Geräte unter Quarantäne stellen</translation>
    </message>
    <message>
        <source>Push a firmware update to the selected devices</source>
        <translation>Ein Firmware-Update an die ausgewählten Geräte verteilen</translation>
    </message>
    <message>
        <source>Revoke the licences of the selected devices</source>
        <translation>Die Lizenzen der ausgewählten Geräte widerrufen</translation>
    </message>
    <message>
        <source>Export devices</source>
        <translation>Geräte exportieren</translation>
    </message>
    <message>
        <source>devices.csv</source>
        <translation>geraete.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Import devices</source>
        <translation>Geräte importieren</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Kein Gerät ausgewählt</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>Select all %1 matching</source>
        <translation>Alle %1 Treffer auswählen</translation>
    </message>
    <message>
        <source>Select all %1</source>
        <translation>Alle %1 auswählen</translation>
    </message>
    <message>
        <source>Select the devices to update first.</source>
        <translation>Wählen Sie zuerst die zu aktualisierenden Geräte aus.</translation>
    </message>
    <message>
        <source>The selection spans several backends; a campaign updates the devices of one backend. Add backend:%1 to the filter or select devices of one backend.</source>
        <translation>Die Auswahl umfasst mehrere Backends; eine Kampagne aktualisiert die Geräte eines Backends. Ergänzen Sie den Filter um backend:%1 oder wählen Sie Geräte eines Backends aus.</translation>
    </message>
    <message>
        <source>%1 is too large to import at once (%2 bytes). Split it into smaller files.</source>
        <translation>%1 ist zu groß, um auf einmal importiert zu werden (%2 Byte). Teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Import into which backend?</source>
        <translation>In welches Backend importieren?</translation>
    </message>
    <message>
        <source>Exporting %1 devices…</source>
        <translation>%1 Geräte werden exportiert…</translation>
    </message>
    <message>
        <source>Exported %1 devices to %2 (owners anonymised, notes left out).</source>
        <translation>%1 Geräte nach %2 exportiert (Besitzer anonymisiert, Notizen weggelassen).</translation>
    </message>
    <message>
        <source>Exported %1 devices to %2, with personal data.</source>
        <translation>%1 Geräte nach %2 exportiert, mit personenbezogenen Daten.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the %1 devices shown, in the order shown?</source>
        <translation>Die %1 angezeigten Geräte in der angezeigten Reihenfolge exportieren?</translation>
    </message>
    <message>
        <source>Include personal data (owner references and notes)</source>
        <translation>Personenbezogene Daten einschließen (Besitzerreferenzen und Notizen)</translation>
    </message>
    <message>
        <source>Without personal data, owners are replaced by pseudonyms that only group devices of the same owner within this file.</source>
        <translation>Ohne personenbezogene Daten werden Besitzer durch Pseudonyme ersetzt, die nur Geräte desselben Besitzers innerhalb dieser Datei gruppieren.</translation>
    </message>
    <message>
        <source>Impact…</source>
        <translation>Auswirkungen…</translation>
    </message>
    <message>
        <source>Show what the selected devices affect</source>
        <translation>Zeigen, was die ausgewählten Geräte beeinflussen</translation>
    </message>
    <message>
        <source>What the selected devices reach: devices, services, sites and people</source>
        <translation>Was die ausgewählten Geräte erreichen: Geräte, Dienste, Standorte und Personen</translation>
    </message>
    <message>
        <source>%1 devices are selected; impact is worked out for at most %2 at a time. Narrow the filter or the selection.</source>
        <translation>%1 Geräte sind ausgewählt; Auswirkungen werden für höchstens %2 auf einmal ermittelt. Schränken Sie den Filter oder die Auswahl ein.</translation>
    </message>
    <message>
        <source>%1 devices are selected one by one; a campaign can name at most %2 devices like that. Narrow the filter to the devices to update (without backend:) and use &quot;Select all matching&quot;.</source>
        <translation>%1 Geräte sind einzeln ausgewählt; eine Kampagne kann höchstens %2 Geräte auf diese Weise benennen. Schränken Sie den Filter auf die zu aktualisierenden Geräte ein (ohne backend:) und verwenden Sie „Alle Treffer auswählen“.</translation>
    </message>
</context>
<context>
    <name>warden::ReportController</name>
    <message>
        <source>Export fleet posture report</source>
        <translation>Lagebericht der Flotte exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The backend %1 is not connected.</source>
        <translation>Das Backend %1 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>An export with personal data needs the operator role and the unlocked personal-data key; export the anonymised report instead.</source>
        <translation>Ein Export mit personenbezogenen Daten erfordert die Operator-Rolle und den entsperrten Schlüssel für personenbezogene Daten; exportieren Sie stattdessen den anonymisierten Bericht.</translation>
    </message>
    <message>
        <source>The console&apos;s audit log cannot be written, so the report with personal data was not exported.</source>
        <translation>Das Audit-Protokoll der Konsole kann nicht geschrieben werden, daher wurde der Bericht mit personenbezogenen Daten nicht exportiert.</translation>
    </message>
    <message>
        <source>The cache could not be opened.</source>
        <translation>Der Cache konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The incident %1 is not in the cache of %2.</source>
        <translation>Der Vorfall %1 ist nicht im Cache von %2.</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(gesperrt)</translation>
    </message>
    <message>
        <source>the backend&apos;s chain is not kept by this console</source>
        <translation>die Kette des Backends wird von dieser Konsole nicht geführt</translation>
    </message>
    <message>
        <source>%1: the cache could not be opened.</source>
        <translation>%1: Der Cache konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The caches could not be read: %1</source>
        <translation>Die Caches konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>fleet-posture-%1.pdf</source>
        <translation>flotten-lage-%1.pdf</translation>
    </message>
    <message>
        <source>Writing the fleet posture report…</source>
        <translation>Lagebericht der Flotte wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Fleet posture report written to %1 (%n pages, no personal data).</source>
        <translation>
            <numerusform>Lagebericht der Flotte nach %1 geschrieben (%n Seite, keine personenbezogenen Daten).</numerusform>
            <numerusform>Lagebericht der Flotte nach %1 geschrieben (%n Seiten, keine personenbezogenen Daten).</numerusform>
        </translation>
    </message>
    <message>
        <source>The fleet posture report was not written: %1</source>
        <translation>Der Lagebericht der Flotte wurde nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>warden::RevokeLicencesDialog</name>
    <message>
        <source>Revoke licences</source>
        <translation>Lizenzen widerrufen</translation>
    </message>
    <message>
        <source>Revoke %1 active licences of %2 devices. The devices lose the granted scopes at once; a new licence must be requested and approved to give them back.</source>
        <translation>%1 aktive Lizenzen von %2 Geräten widerrufen. Die Geräte verlieren die gewährten Geltungsbereiche sofort; um sie zurückzugeben, muss eine neue Lizenz angefragt und freigegeben werden.</translation>
    </message>
    <message>
        <source>%1 selected devices have no active licence and are left alone.</source>
        <translation>%1 ausgewählte Geräte haben keine aktive Lizenz und bleiben unverändert.</translation>
    </message>
    <message>
        <source>%1 safety-critical devices lose their licences: %2%3</source>
        <translation>%1 sicherheitskritische Geräte verlieren ihre Lizenzen: %2%3</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>Why? The reason goes into the audit trail (required).</source>
        <translation>Warum? Der Grund wird im Audit-Protokoll festgehalten (erforderlich).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>This revokes %1 licences. Type %1 to confirm:</source>
        <translation>Damit werden %1 Lizenzen widerrufen. Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
    <message>
        <source>Licence count confirmation</source>
        <translation>Bestätigung der Lizenzanzahl</translation>
    </message>
    <message>
        <source>Revoke %1 licences</source>
        <translation>%1 Lizenzen widerrufen</translation>
    </message>
</context>
<context>
    <name>warden::RuleListModel</name>
    <message>
        <source>quarantine: %1</source>
        <translation>Quarantäne: %1</translation>
    </message>
    <message>
        <source>revoke licences</source>
        <translation>Lizenzen widerrufen</translation>
    </message>
    <message>
        <source>raise severity</source>
        <translation>Schweregrad erhöhen</translation>
    </message>
    <message>
        <source>notify</source>
        <translation>benachrichtigen</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Evaluation order: each backend runs its enabled rules on every new event in ascending priority number, ties by rule id, and every matching rule acts. Disabled rules are not run.</source>
        <translation>Auswertungsreihenfolge: Jedes Backend führt seine aktivierten Regeln bei jedem neuen Ereignis in aufsteigender Prioritätsnummer aus, bei Gleichstand nach Regel-ID, und jede passende Regel handelt. Deaktivierte Regeln werden nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Number %1 of the enabled rules %2 runs on each event (priority %3, id %4).</source>
        <translation>Nr. %1 der aktivierten Regeln, die %2 bei jedem Ereignis ausführt (Priorität %3, ID %4).</translation>
    </message>
    <message>
        <source>Disabled: %1 does not run it.</source>
        <translation>Deaktiviert: %1 führt sie nicht aus.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ausführung</translation>
    </message>
</context>
<context>
    <name>warden::RulesController</name>
    <message>
        <source>%1 is not the embedded demo backend.</source>
        <translation>%1 ist nicht das eingebettete Demo-Backend.</translation>
    </message>
    <message>
        <source>The demo backend has no admin account.</source>
        <translation>Das Demo-Backend hat kein Admin-Konto.</translation>
    </message>
</context>
<context>
    <name>warden::RulesPage</name>
    <message>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <source>Policy rules</source>
        <translation>Richtlinienregeln</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Sign in as admin…</source>
        <translation>Als Admin anmelden…</translation>
    </message>
    <message>
        <source>No policy rules yet. Write one on the right, dry-run it against the stored history, then save it.</source>
        <translation>Noch keine Richtlinienregeln. Schreiben Sie rechts eine, testen Sie sie gegen den gespeicherten Verlauf und speichern Sie sie dann.</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Enabled: the backend runs it on every new event</source>
        <translation>Aktiviert: Das Backend führt sie bei jedem neuen Ereignis aus</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Testlauf</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Who rule changes are sent as</source>
        <translation>Als wer Regeländerungen gesendet werden</translation>
    </message>
    <message>
        <source>Backend of the rule</source>
        <translation>Backend der Regel</translation>
    </message>
    <message>
        <source>What the rule is for, e.g. &quot;Isolate cameras under brute force&quot;</source>
        <translation>Wofür die Regel da ist, z. B. „Kameras bei Brute Force isolieren“</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>e.g. type:brute_force class:ip_camera severity&gt;=MAJOR count&gt;=3 within 60s</source>
        <translation>z. B. type:brute_force class:ip_camera severity&gt;=MAJOR count&gt;=3 within 60s</translation>
    </message>
    <message>
        <source>Condition check</source>
        <translation>Prüfung der Bedingung</translation>
    </message>
    <message>
        <source>Add a condition term</source>
        <translation>Einen Bedingungsterm hinzufügen</translation>
    </message>
    <message>
        <source>Add a term…</source>
        <translation>Term hinzufügen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Quarantine the device</source>
        <translation>Das Gerät unter Quarantäne stellen</translation>
    </message>
    <message>
        <source>Revoke the device&apos;s licences</source>
        <translation>Die Lizenzen des Geräts widerrufen</translation>
    </message>
    <message>
        <source>Raise the incident&apos;s severity</source>
        <translation>Den Schweregrad des Vorfalls erhöhen</translation>
    </message>
    <message>
        <source>Notify (audit entry only)</source>
        <translation>Benachrichtigen (nur Audit-Eintrag)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Quarantine level</source>
        <translation>Quarantänestufe</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Rules run in ascending priority number; every matching rule acts.</source>
        <translation>Regeln laufen in aufsteigender Prioritätsnummer; jede passende Regel handelt.</translation>
    </message>
    <message>
        <source>Runs the rule as written over the backend&apos;s stored events; nothing is saved or done.</source>
        <translation>Führt die Regel wie geschrieben über die gespeicherten Ereignisse des Backends aus; nichts wird gespeichert oder ausgeführt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <source>Dry run summary</source>
        <translation>Zusammenfassung des Testlaufs</translation>
    </message>
    <message>
        <source>Dry-run the rule to see which devices it would have hit in the stored history, and when.</source>
        <translation>Testen Sie die Regel, um zu sehen, welche Geräte sie im gespeicherten Verlauf getroffen hätte und wann.</translation>
    </message>
    <message>
        <source>Devices the rule would have hit</source>
        <translation>Geräte, die die Regel getroffen hätte</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Rule %1 · created by %2</source>
        <translation>Regel %1 · angelegt von %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Write the condition: event type, severity, device class, site, risk score, firmware vulnerabilities, repetition (count&gt;=N within T).</source>
        <translation>Schreiben Sie die Bedingung: Ereignistyp, Schweregrad, Geräteklasse, Standort, Risikowert, Firmware-Schwachstellen, Wiederholung (count&gt;=N within T).</translation>
    </message>
    <message>
        <source>Valid. Acts on the %1th matching event of a device within %2 s.</source>
        <translation>Gültig. Handelt beim %1. passenden Ereignis eines Geräts innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>Valid. Acts on every matching event.</source>
        <translation>Gültig. Handelt bei jedem passenden Ereignis.</translation>
    </message>
    <message>
        <source>The rule changed since the last dry run: run it again before saving.</source>
        <translation>Die Regel wurde seit dem letzten Testlauf geändert: Testen Sie sie vor dem Speichern erneut.</translation>
    </message>
    <message>
        <source>Automatic actions on events, run by the backend</source>
        <translation>Automatische Aktionen bei Ereignissen, vom Backend ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to a backend to dry-run and change its rules.</source>
        <translation>Verbinden Sie sich mit einem Backend, um seine Regeln zu testen und zu ändern.</translation>
    </message>
    <message>
        <source>Rule changes on %1 are sent as %2 (admin).</source>
        <translation>Regeländerungen auf %1 werden als %2 (Admin) gesendet.</translation>
    </message>
    <message>
        <source>You are signed in to %1 as %2 (%3). Dry runs work for you; the backend lets only admins save or delete rules, so it will refuse those. Sign in as an admin for rule changes.</source>
        <translation>Sie sind an %1 als %2 (%3) angemeldet. Testläufe funktionieren für Sie; das Backend erlaubt nur Admins, Regeln zu speichern oder zu löschen, und wird das daher ablehnen. Melden Sie sich für Regeländerungen als Admin an.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Sign in as admin (demo account)</source>
        <translation>Als Admin anmelden (Demo-Konto)</translation>
    </message>
    <message>
        <source>Save new rule</source>
        <translation>Neue Regel speichern</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>Der Testlauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Dry run of &quot;%1&quot; finished; nothing was saved or done.</source>
        <translation>Testlauf von „%1“ beendet; nichts wurde gespeichert oder ausgeführt.</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot; on %2…</source>
        <translation>„%1“ wird auf %2 gespeichert…</translation>
    </message>
    <message>
        <source>%1 refused to save the rule: %2</source>
        <translation>%1 hat das Speichern der Regel abgelehnt: %2</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>Die Regel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The backend refused the condition: %1</source>
        <translation>Das Backend hat die Bedingung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; created as %2 (%3).</source>
        <translation>Regel „%1“ als %2 angelegt (%3).</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; (%2) saved (%3).</source>
        <translation>Regel „%1“ (%2) gespeichert (%3).</translation>
    </message>
    <message>
        <source>enabled: the backend runs it from now on</source>
        <translation>aktiviert: Das Backend führt sie ab jetzt aus</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Delete the rule &quot;%1&quot; (%2) on %3? The backend stops running it at once.</source>
        <translation>Die Regel „%1“ (%2) auf %3 löschen? Das Backend führt sie sofort nicht mehr aus.</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>%1 refused to delete the rule: %2</source>
        <translation>%1 hat das Löschen der Regel abgelehnt: %2</translation>
    </message>
    <message>
        <source>The rule was not deleted: %1</source>
        <translation>Die Regel wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; (%2) deleted.</source>
        <translation>Regel „%1“ (%2) gelöscht.</translation>
    </message>
    <message>
        <source>Signing in to %1 as the demo admin…</source>
        <translation>Anmeldung an %1 als Demo-Admin…</translation>
    </message>
    <message>
        <source>Sign in for rule changes</source>
        <translation>Für Regeländerungen anmelden</translation>
    </message>
    <message>
        <source>Rule changes on %1 need an admin account. Your own session stays signed in.</source>
        <translation>Regeländerungen auf %1 erfordern ein Admin-Konto. Ihre eigene Sitzung bleibt angemeldet.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Authenticator-Code</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation>Anmeldung an %1 als %2…</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Rule changes on %1 are now sent as %2.</source>
        <translation>Regeländerungen auf %1 werden jetzt als %2 gesendet.</translation>
    </message>
    <message>
        <source>Dry-run range</source>
        <translation>Zeitraum des Testlaufs</translation>
    </message>
    <message>
        <source>Which stored events the dry run covers. At most %1 events are scanned (the newest of the range); the summary says what was covered.</source>
        <translation>Welche gespeicherten Ereignisse der Testlauf umfasst. Höchstens %1 Ereignisse werden durchsucht (die neuesten des Zeitraums); die Zusammenfassung nennt, was abgedeckt wurde.</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom from–to</source>
        <translation>Benutzerdefiniert (von–bis)</translation>
    </message>
    <message>
        <source>Everything cached</source>
        <translation>Alles im Cache</translation>
    </message>
    <message>
        <source>Dry run from</source>
        <translation>Testlauf von</translation>
    </message>
    <message>
        <source>Dry run to</source>
        <translation>Testlauf bis</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>The range changed since the last dry run: run it again.</source>
        <translation>Der Zeitraum wurde seit dem letzten Testlauf geändert: Führen Sie ihn erneut aus.</translation>
    </message>
    <message>
        <source>%1, %2 enabled · the backend runs them on every new event in the order of the Runs column (ascending priority number, then rule id)</source>
        <translation>%1, %2 aktiviert · Das Backend führt sie bei jedem neuen Ereignis in der Reihenfolge der Spalte „Ausführung“ aus (aufsteigende Prioritätsnummer, dann Regel-ID)</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot; over %2 of the stored events of %3…</source>
        <translation>„%1“ wird über die gespeicherten Ereignisse von %3 ausgeführt (Zeitraum: %2)…</translation>
    </message>
</context>
<context>
    <name>warden::StreamClient</name>
    <message>
        <source>Not logged in to this backend.</source>
        <translation>Nicht an diesem Backend angemeldet.</translation>
    </message>
    <message>
        <source>The backend sent a binary frame on the stream; only JSON text is expected.</source>
        <translation>Das Backend sendete einen Binär-Frame im Stream; erwartet wird nur JSON-Text.</translation>
    </message>
    <message>
        <source>The backend did not open the stream in time.</source>
        <translation>Das Backend hat den Stream nicht rechtzeitig geöffnet.</translation>
    </message>
    <message>
        <source>The backend refused to open the stream (HTTP %1).</source>
        <translation>Das Backend hat das Öffnen des Streams abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The backend closed the stream (code %1%2).</source>
        <translation>Das Backend hat den Stream geschlossen (Code %1%2).</translation>
    </message>
    <message>
        <source>The stream did not start with a hello frame.</source>
        <translation>Der Stream begann nicht mit einem Hello-Frame.</translation>
    </message>
    <message>
        <source>The backend sent a second hello frame.</source>
        <translation>Das Backend sendete einen zweiten Hello-Frame.</translation>
    </message>
    <message>
        <source>No frame from the backend for %1 s; the stream is reconnected.</source>
        <translation>Seit %1 s kein Frame vom Backend; der Stream wird neu verbunden.</translation>
    </message>
    <message>
        <source>The cache could not store stream events (%1); resuming from the last stored event.</source>
        <translation>Der Cache konnte Stream-Ereignisse nicht speichern (%1); es wird ab dem letzten gespeicherten Ereignis fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>warden::ThemeSetup</name>
    <message>
        <source>“%1” is not a theme. Use system, light or dark.</source>
        <translation>„%1“ ist kein Design. Verwenden Sie system, light oder dark.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>warden::ThreatFeedModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Geringfügig</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>Port scan</source>
        <translation>Portscan</translation>
    </message>
    <message>
        <source>Brute-force login</source>
        <translation>Brute-Force-Anmeldung</translation>
    </message>
    <message>
        <source>Default credentials</source>
        <translation>Standard-Zugangsdaten</translation>
    </message>
    <message>
        <source>Malware beaconing</source>
        <translation>Malware-Beaconing</translation>
    </message>
    <message>
        <source>Exfiltration</source>
        <translation>Datenabfluss</translation>
    </message>
    <message>
        <source>Firmware tampering</source>
        <translation>Firmware-Manipulation</translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation>Zertifikatsablauf</translation>
    </message>
    <message>
        <source>New unknown device</source>
        <translation>Neues unbekanntes Gerät</translation>
    </message>
    <message>
        <source>Protocol violation</source>
        <translation>Protokollverstoß</translation>
    </message>
    <message>
        <source>Licence violation</source>
        <translation>Lizenzverstoß</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Seq.</translation>
    </message>
</context>
<context>
    <name>warden::ThreatsPage</name>
    <message>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>Live events from every connected backend, newest first</source>
        <translation>Live-Ereignisse aller verbundenen Backends, neueste zuerst</translation>
    </message>
    <message>
        <source>Follow or pause the feed</source>
        <translation>Feed verfolgen oder anhalten</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Mindestschweregrad</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 und höher</translation>
    </message>
    <message>
        <source>Threat type</source>
        <translation>Bedrohungsart</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Device, source or destination</source>
        <translation>Gerät, Quelle oder Ziel</translation>
    </message>
    <message>
        <source>Search the feed</source>
        <translation>Feed durchsuchen</translation>
    </message>
    <message>
        <source>Threat events</source>
        <translation>Bedrohungsereignisse</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Select an event to see all its fields and the raw event.</source>
        <translation>Wählen Sie ein Ereignis aus, um alle Felder und das Rohereignis zu sehen.</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message>
        <source>The feed is live: events appear here as soon as a connected backend reports them.</source>
        <translation>Der Feed ist live: Ereignisse erscheinen hier, sobald ein verbundenes Backend sie meldet.</translation>
    </message>
    <message>
        <source>● Following</source>
        <translation>● Live verfolgen</translation>
    </message>
    <message>
        <source>New events appear at the top. Click to pause (Ctrl+Space).</source>
        <translation>Neue Ereignisse erscheinen oben. Klicken zum Anhalten (Strg+Leertaste).</translation>
    </message>
    <message numerus="yes">
        <source>⏸ Paused — %n new</source>
        <translation>
            <numerusform>⏸ Angehalten — %n neues</numerusform>
            <numerusform>⏸ Angehalten — %n neue</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is lost while paused. Click to show the new events (Ctrl+Space).</source>
        <translation>Beim Anhalten geht nichts verloren. Klicken, um die neuen Ereignisse zu zeigen (Strg+Leertaste).</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>Raw event</source>
        <translation>Rohereignis</translation>
    </message>
    <message>
        <source>Review admission request</source>
        <translation>Beitrittsanfrage prüfen</translation>
    </message>
    <message>
        <source>Open the join request of this device on the Identity page</source>
        <translation>Die Beitrittsanfrage dieses Geräts auf der Seite „Identität“ öffnen</translation>
    </message>
    <message>
        <source>Admission review result</source>
        <translation>Ergebnis der Aufnahmeprüfung</translation>
    </message>
</context>
<context>
    <name>warden::TopologyPage</name>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Find a device or gateway by name or id</source>
        <translation>Ein Gerät oder Gateway nach Name oder ID suchen</translation>
    </message>
    <message>
        <source>Find device</source>
        <translation>Gerät suchen</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Färben nach</translation>
    </message>
    <message>
        <source>What the colours mean: risk score, device status or device class</source>
        <translation>Was die Farben bedeuten: Risikowert, Gerätestatus oder Geräteklasse</translation>
    </message>
    <message>
        <source>Colour by risk</source>
        <translation>Nach Risiko färben</translation>
    </message>
    <message>
        <source>Colour by status</source>
        <translation>Nach Status färben</translation>
    </message>
    <message>
        <source>Colour by class</source>
        <translation>Nach Klasse färben</translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation>Standortfilter</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Geräte filtern</translation>
    </message>
    <message>
        <source>Show only some classes, statuses or risk levels</source>
        <translation>Nur bestimmte Klassen, Status oder Risikostufen zeigen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation>Die Karte in das Fenster einpassen</translation>
    </message>
    <message>
        <source>Show everything that passes the filter (0)</source>
        <translation>Alles zeigen, was den Filter passiert (0)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the view</source>
        <translation>Die Ansicht exportieren</translation>
    </message>
    <message>
        <source>As PNG picture…</source>
        <translation>Als PNG-Bild…</translation>
    </message>
    <message>
        <source>As SVG drawing…</source>
        <translation>Als SVG-Zeichnung…</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Auswirkungsradius</translation>
    </message>
    <message>
        <source>Show the blast radius of the selection</source>
        <translation>Den Auswirkungsradius der Auswahl zeigen</translation>
    </message>
    <message>
        <source>Highlight what the selected devices can reach</source>
        <translation>Hervorheben, was die ausgewählten Geräte erreichen können</translation>
    </message>
    <message>
        <source>Clear blast radius</source>
        <translation>Auswirkungsradius aufheben</translation>
    </message>
    <message>
        <source>Clear the blast radius</source>
        <translation>Den Auswirkungsradius aufheben</translation>
    </message>
    <message>
        <source>Selection details</source>
        <translation>Details der Auswahl</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>%1 sites · %2 gateways · %3 devices · %4 links</source>
        <translation>%1 Standorte · %2 Gateways · %3 Geräte · %4 Verbindungen</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <source>laying out…</source>
        <translation>wird angeordnet…</translation>
    </message>
    <message>
        <source>No device or gateway matches “%1”. Search by name or id, e.g. CAM-03-0042.</source>
        <translation>Kein Gerät und kein Gateway passt zu „%1“. Suchen Sie nach Name oder ID, z. B. CAM-03-0042.</translation>
    </message>
    <message>
        <source>%1 was hidden by the filter; the filter is cleared.</source>
        <translation>%1 war durch den Filter ausgeblendet; der Filter wurde aufgehoben.</translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Device classes</source>
        <translation>Geräteklassen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Quarantined only</source>
        <translation>Nur in Quarantäne</translation>
    </message>
    <message>
        <source>Minimum risk</source>
        <translation>Mindestrisiko</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Jedes Risiko</translation>
    </message>
    <message>
        <source>Warning and above (≥ 20)</source>
        <translation>Warnung und höher (≥ 20)</translation>
    </message>
    <message>
        <source>Minor and above (≥ 40)</source>
        <translation>Gering und höher (≥ 40)</translation>
    </message>
    <message>
        <source>Major and above (≥ 60)</source>
        <translation>Hoch und höher (≥ 60)</translation>
    </message>
    <message>
        <source>Critical only (≥ 80)</source>
        <translation>Nur kritisch (≥ 80)</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter aufheben</translation>
    </message>
    <message>
        <source>Click a device or gateway to see its details. Click a site to zoom into it.</source>
        <translation>Klicken Sie auf ein Gerät oder Gateway, um seine Details zu sehen. Klicken Sie auf einen Standort, um ihn heranzuzoomen.</translation>
    </message>
    <message>
        <source>Shift+drag selects an area; Ctrl+click adds to the selection. Wheel or +/− zooms, 0 fits.</source>
        <translation>Umschalt+Ziehen wählt einen Bereich aus; Strg+Klick erweitert die Auswahl. Mausrad oder +/− zoomt, 0 passt ein.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Risikowert</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>safety-critical: quarantine needs a second operator&apos;s approval</source>
        <translation>sicherheitskritisch: Quarantäne erfordert die Freigabe eines zweiten Operators</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>%1 uplinks, %2 peer links</source>
        <translation>%1 Uplinks, %2 Peer-Verbindungen</translation>
    </message>
    <message>
        <source>Open in the register</source>
        <translation>Im Geräteregister öffnen</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>Sicherheitskritisch</translation>
    </message>
    <message>
        <source>By colour</source>
        <translation>Nach Farbe</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>Nach Standort</translation>
    </message>
    <message>
        <source>other sites</source>
        <translation>andere Standorte</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) of the blast radius are not in the topology (yet): %1</source>
        <translation>
            <numerusform>%n ID des Auswirkungsradius ist (noch) nicht in der Topologie: %1</numerusform>
            <numerusform>%n IDs des Auswirkungsradius sind (noch) nicht in der Topologie: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file name ending in .png or .svg to export the view.</source>
        <translation>Wählen Sie zum Exportieren der Ansicht einen Dateinamen mit der Endung .png oder .svg.</translation>
    </message>
    <message>
        <source>Saved the current view to %1.</source>
        <translation>Die aktuelle Ansicht wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export the topology view</source>
        <translation>Die Topologieansicht exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n device(s) (%2 safety-critical)</source>
        <translation>
            <numerusform>%1 — %n Gerät (%2 sicherheitskritisch)</numerusform>
            <numerusform>%1 — %n Geräte (%2 sicherheitskritisch)</numerusform>
        </translation>
    </message>
    <message>
        <source>All of %1</source>
        <translation>Alle Standorte von %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n backend(s)</source>
        <translation>
            <numerusform>%n Backend</numerusform>
            <numerusform>%n Backends</numerusform>
        </translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
</context>
<context>
    <name>warden::TopologyScene</name>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Critical risk (80–100)</source>
        <translation>Kritisches Risiko (80–100)</translation>
    </message>
    <message>
        <source>Major risk (60–79)</source>
        <translation>Hohes Risiko (60–79)</translation>
    </message>
    <message>
        <source>Minor risk (40–59)</source>
        <translation>Geringes Risiko (40–59)</translation>
    </message>
    <message>
        <source>Warning (20–39)</source>
        <translation>Warnung (20–39)</translation>
    </message>
    <message>
        <source>Healthy (0–19)</source>
        <translation>Unauffällig (0–19)</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>IP camera</source>
        <translation>IP-Kamera</translation>
    </message>
    <message>
        <source>Door controller</source>
        <translation>Türsteuerung</translation>
    </message>
    <message>
        <source>HVAC controller</source>
        <translation>HLK-Steuerung</translation>
    </message>
    <message>
        <source>PLC</source>
        <translation>SPS</translation>
    </message>
    <message>
        <source>Smart meter</source>
        <translation>Smart Meter</translation>
    </message>
    <message>
        <source>Badge reader</source>
        <translation>Ausweisleser</translation>
    </message>
    <message>
        <source>Vehicle tracker</source>
        <translation>Fahrzeug-Tracker</translation>
    </message>
    <message>
        <source>Infusion pump</source>
        <translation>Infusionspumpe</translation>
    </message>
    <message>
        <source>Cardiac monitor</source>
        <translation>Herzmonitor</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Nicht klassifiziert</translation>
    </message>
    <message>
        <source>%1 affected · %2 reachable</source>
        <translation>%1 betroffen · %2 erreichbar</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 Gerät</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 Geräte</translation>
    </message>
    <message>
        <source>(this backend)</source>
        <translation>(dieses Backend)</translation>
    </message>
</context>
<context>
    <name>warden::TopologyView</name>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>major</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>unauffällig</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>isolated from the network</source>
        <translation>vom Netzwerk isoliert</translation>
    </message>
    <message>
        <source>credentials revoked</source>
        <translation>Zugangsdaten widerrufen</translation>
    </message>
    <message>
        <source>Topology map</source>
        <translation>Topologiekarte</translation>
    </message>
    <message>
        <source>%1 devices · %2 gateways</source>
        <translation>%1 Geräte · %2 Gateways</translation>
    </message>
    <message>
        <source>%1 quarantined</source>
        <translation>%1 in Quarantäne</translation>
    </message>
    <message>
        <source>%1 affected · %2 reachable</source>
        <translation>%1 betroffen · %2 erreichbar</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Zum Vergrößern klicken</translation>
    </message>
    <message>
        <source>Gateway at %1</source>
        <translation>Gateway am Standort %1</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Risk %1 (%2) · %3</source>
        <translation>Risiko %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Quarantined: %1</source>
        <translation>In Quarantäne: %1</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>Sicherheitskritisch</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <source>Reachable from the affected devices</source>
        <translation>Von den betroffenen Geräten aus erreichbar</translation>
    </message>
    <message>
        <source>No topology yet — sites, gateways and devices appear here once the register is synchronised.</source>
        <translation>Noch keine Topologie — Standorte, Gateways und Geräte erscheinen hier, sobald das Geräteregister synchronisiert ist.</translation>
    </message>
    <message>
        <source>No device matches the filter — widen or clear it to see the fleet.</source>
        <translation>Kein Gerät passt zum Filter — erweitern oder leeren Sie ihn, um die Flotte zu sehen.</translation>
    </message>
    <message>
        <source>Sites — zoom in or click a site to see its devices</source>
        <translation>Standorte — vergrößern oder auf einen Standort klicken, um seine Geräte zu sehen</translation>
    </message>
    <message>
        <source>Blast radius: %1 affected, %2 reachable — everything else dimmed</source>
        <translation>Auswirkungsradius: %1 betroffen, %2 erreichbar — alles andere abgeblendet</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quarantined (fenced)</source>
        <translation>In Quarantäne (umzäunt)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Device class</source>
        <translation>Geräteklasse</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Offline (hollow)</source>
        <translation>Offline (hohl)</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Could not save the picture to %1: %2. Choose another folder or file name.</source>
        <translation>Das Bild konnte nicht unter %1 gespeichert werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Warden topology</source>
        <translation>Warden-Topologie</translation>
    </message>
    <message>
        <source>Sites, gateways and devices as shown in the Warden console</source>
        <translation>Standorte, Gateways und Geräte, wie die Warden-Konsole sie zeigt</translation>
    </message>
    <message>
        <source>Could not save the drawing to %1: the file cannot be written. Choose another folder or file name.</source>
        <translation>Die Zeichnung konnte nicht unter %1 gespeichert werden: Die Datei ist nicht beschreibbar. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Could not finish writing %1.</source>
        <translation>%1 konnte nicht vollständig geschrieben werden.</translation>
    </message>
    <message>
        <source>Laying out the fleet…</source>
        <translation>Die Flotte wird angeordnet…</translation>
    </message>
    <message>
        <source>%1 — %2 devices, %3 gateways</source>
        <translation>%1 – %2 Geräte, %3 Gateways</translation>
    </message>
    <message>
        <source>Zoom in for classes and names</source>
        <translation>Für Klassen und Namen hineinzoomen</translation>
    </message>
    <message>
        <source>Safety-critical (badge)</source>
        <translation>Sicherheitskritisch (Abzeichen)</translation>
    </message>
    <message>
        <source>Backend %1</source>
        <translation>Backend %1</translation>
    </message>
    <message>
        <source>%1 (backend %2)</source>
        <translation>%1 (Backend %2)</translation>
    </message>
</context>
<context>
    <name>warden::TotpSecretDialog</name>
    <message>
        <source>Copy secret</source>
        <translation>Geheimnis kopieren</translation>
    </message>
    <message>
        <source>Copy URI</source>
        <translation>URI kopieren</translation>
    </message>
    <message>
        <source>New 2FA secret for %1</source>
        <translation>Neues 2FA-Geheimnis für %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&apos;s two-factor authentication on %2 was reset. Give %1 this secret over a trusted channel; they add it to their authenticator app (or scan the URI as a QR code with another tool).</source>
        <translation>Die Zwei-Faktor-Authentifizierung von &lt;b&gt;%1&lt;/b&gt; auf %2 wurde zurückgesetzt. Übergeben Sie %1 dieses Geheimnis über einen vertrauenswürdigen Kanal; es wird in die Authenticator-App eingetragen (oder die URI mit einem anderen Werkzeug als QR-Code gescannt).</translation>
    </message>
    <message>
        <source>This secret is shown only once. Warden does not store it; after you close this window nobody can show it again — a new reset would be needed.</source>
        <translation>Dieses Geheimnis wird nur einmal angezeigt. Warden speichert es nicht; nach dem Schließen dieses Fensters kann es niemand mehr anzeigen — dafür wäre ein neuer Reset nötig.</translation>
    </message>
    <message>
        <source>Open sessions of %1 ended: %2. %1 logs in again with a code from the new secret.</source>
        <translation>Beendete offene Sitzungen von %1: %2. %1 meldet sich erneut mit einem Code aus dem neuen Geheimnis an.</translation>
    </message>
    <message>
        <source>%1 had no open session.</source>
        <translation>%1 hatte keine offene Sitzung.</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Neues Geheimnis</translation>
    </message>
    <message>
        <source>otpauth URI</source>
        <translation>otpauth-URI</translation>
    </message>
    <message>
        <source>Copy the secret (cleared from the clipboard after 30 s)</source>
        <translation>Das Geheimnis kopieren (nach 30 s aus der Zwischenablage gelöscht)</translation>
    </message>
    <message>
        <source>Copy the URI (cleared from the clipboard after 30 s)</source>
        <translation>Die URI kopieren (nach 30 s aus der Zwischenablage gelöscht)</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 s and clipboard managers are told not to keep it.</source>
        <translation>Kopiert. Die Zwischenablage wird in 30 s geleert, und Zwischenablage-Manager werden angewiesen, nichts davon zu behalten.</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <source>Secret (base32)</source>
        <translation>Geheimnis (Base32)</translation>
    </message>
    <message>
        <source>I have handed it over — close</source>
        <translation>Ich habe es übergeben — schließen</translation>
    </message>
</context>
<context>
    <name>warden::UpdatesController</name>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>%1 is not connected to this console.</source>
        <translation>%1 ist nicht mit dieser Konsole verbunden.</translation>
    </message>
</context>
<context>
    <name>warden::UpdatesPage</name>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Neue Kampagne…</translation>
    </message>
    <message>
        <source>Firmware catalogue, staged rollouts and on-site work orders</source>
        <translation>Firmware-Katalog, gestaffelte Verteilung und Arbeitsaufträge vor Ort</translation>
    </message>
    <message>
        <source>Plan a new firmware campaign</source>
        <translation>Eine neue Firmware-Kampagne planen</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Arbeitsaufträge</translation>
    </message>
    <message>
        <source>Device class</source>
        <translation>Geräteklasse</translation>
    </message>
    <message>
        <source>Firmware images</source>
        <translation>Firmware-Images</translation>
    </message>
    <message>
        <source>Version spread</source>
        <translation>Versionsverteilung</translation>
    </message>
    <message>
        <source>Version spread of the selected class</source>
        <translation>Versionsverteilung der ausgewählten Klasse</translation>
    </message>
    <message>
        <source>Firmware details</source>
        <translation>Firmware-Details</translation>
    </message>
    <message>
        <source>Select a campaign</source>
        <translation>Wählen Sie eine Kampagne aus</translation>
    </message>
    <message>
        <source>Why the campaign stopped</source>
        <translation>Warum die Kampagne gestoppt wurde</translation>
    </message>
    <message>
        <source>Devices by update state</source>
        <translation>Geräte nach Update-Zustand</translation>
    </message>
    <message>
        <source>Campaign progress</source>
        <translation>Kampagnenfortschritt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>No new device starts; installs under way finish.</source>
        <translation>Es starten keine weiteren Geräte; laufende Installationen werden abgeschlossen.</translation>
    </message>
    <message>
        <source>Stops the campaign for good; later waves never start.</source>
        <translation>Beendet die Kampagne endgültig; spätere Wellen starten nie.</translation>
    </message>
    <message>
        <source>Queues the failed devices for another attempt.</source>
        <translation>Stellt die fehlgeschlagenen Geräte für einen neuen Versuch in die Warteschlange.</translation>
    </message>
    <message>
        <source>Campaign action outcome</source>
        <translation>Ergebnis der Kampagnenaktion</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Als PDF drucken…</translation>
    </message>
    <message>
        <source>Mark serviced</source>
        <translation>Als gewartet markieren</translation>
    </message>
    <message>
        <source>A technician installed the required firmware on the selected device.</source>
        <translation>Ein Techniker hat die erforderliche Firmware auf dem ausgewählten Gerät installiert.</translation>
    </message>
    <message>
        <source>Devices that cannot take an online update wait here for a technician. Owner names are shown as the register shows them (masked unless your role allows personal data); owner contact details are not part of the console&apos;s data and are not exported.</source>
        <translation>Geräte, die kein Online-Update erhalten können, warten hier auf einen Techniker. Besitzernamen erscheinen wie im Geräteregister (maskiert, sofern Ihre Rolle keine personenbezogenen Daten erlaubt); Kontaktdaten der Besitzer gehören nicht zu den Daten der Konsole und werden nicht exportiert.</translation>
    </message>
    <message>
        <source>Work order outcome</source>
        <translation>Ergebnis des Arbeitsauftrags</translation>
    </message>
    <message>
        <source>No known CVE</source>
        <translation>Keine bekannte CVE</translation>
    </message>
    <message>
        <source>With known CVEs</source>
        <translation>Mit bekannten CVEs</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>&lt;p&gt;No firmware catalogue yet. It appears when the backend has synced.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch kein Firmware-Katalog. Er erscheint, sobald das Backend synchronisiert ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a firmware image.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie ein Firmware-Image aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Image %1</source>
        <translation>&lt;p&gt;Image %1</translation>
    </message>
    <message>
        <source>, released %1</source>
        <translation>, veröffentlicht am %1</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#2E7D32&quot;&gt;&lt;b&gt;Signature verified.&lt;/b&gt; This image can be rolled out.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#2E7D32&quot;&gt;&lt;b&gt;Signatur bestätigt.&lt;/b&gt; Dieses Image kann verteilt werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#D32F2F&quot;&gt;&lt;b&gt;Signature not verified.&lt;/b&gt; This image cannot be pushed: its origin cannot be proven, so installing it could put tampered code on the devices. Campaigns offer only verified images, and the backend refuses unverified ones.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#D32F2F&quot;&gt;&lt;b&gt;Signatur nicht bestätigt.&lt;/b&gt; Dieses Image kann nicht verteilt werden: Seine Herkunft ist nicht nachweisbar, eine Installation könnte also manipulierten Code auf die Geräte bringen. Kampagnen bieten nur bestätigte Images an, und das Backend lehnt nicht bestätigte ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No known CVEs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine bekannten CVEs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Known CVEs&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bekannte CVEs&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Which devices still run a version with %1? (%2)</source>
        <translation>Welche Geräte laufen noch mit einer Version mit %1? (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fixes&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Behebt&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Release notes&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Versionshinweise&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None published.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine veröffentlicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No campaigns yet. Plan one with “New campaign…”.</source>
        <translation>Noch keine Kampagnen. Planen Sie eine mit „Neue Kampagne…“.</translation>
    </message>
    <message>
        <source>Waiting for a second operator to approve it on the Approvals page.</source>
        <translation>Wartet auf die Freigabe durch einen zweiten Operator auf der Freigabeseite.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Waiting for window</source>
        <translation>Wartet auf Wartungsfenster</translation>
    </message>
    <message>
        <source>Needs physical service</source>
        <translation>Erfordert Service vor Ort</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Sending %1 for %2…</source>
        <translation>„%1“ für %2 wird gesendet…</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>„%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 succeeded: campaign %2 is now %3.</source>
        <translation>„%1“ erfolgreich: Kampagne %2 ist jetzt im Zustand „%3“.</translation>
    </message>
    <message>
        <source>Could not load work orders: %1</source>
        <translation>Arbeitsaufträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>•••• (personal data)</source>
        <translation>•••• (personenbezogene Daten)</translation>
    </message>
    <message>
        <source>Work orders (%1)</source>
        <translation>Arbeitsaufträge (%1)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Work orders · %1</source>
        <translation>Arbeitsaufträge · %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export work orders</source>
        <translation>Arbeitsaufträge exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n work order(s) to %1.</source>
        <translation>
            <numerusform>%n Arbeitsauftrag nach %1 exportiert.</numerusform>
            <numerusform>%n Arbeitsaufträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print work orders</source>
        <translation>Arbeitsaufträge drucken</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Marking %1 as serviced…</source>
        <translation>%1 wird als gewartet markiert…</translation>
    </message>
    <message>
        <source>Could not close the work order of %1: %2</source>
        <translation>Der Arbeitsauftrag für %1 konnte nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>%1 is serviced and now runs %2.</source>
        <translation>%1 ist gewartet und läuft jetzt mit %2.</translation>
    </message>
    <message>
        <source>Version spread: %1 (✗ = unverified image)</source>
        <translation>Versionsverteilung: %1 (✗ = nicht bestätigtes Image)</translation>
    </message>
    <message>
        <source>%1 ✗</source>
        <translation>%1 ✗</translation>
    </message>
    <message>
        <source>Backend whose updates are shown</source>
        <translation>Backend, dessen Updates angezeigt werden</translation>
    </message>
    <message>
        <source>Firmware, campaigns and work orders belong to one backend each; a campaign never spans backends.</source>
        <translation>Firmware, Kampagnen und Arbeitsaufträge gehören jeweils zu einem Backend; eine Kampagne umfasst nie mehrere Backends.</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; device(s) run this version.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; Gerät läuft mit dieser Version.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; Geräte laufen mit dieser Version.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · wave %3 of %4 · %Ln device(s)</source>
        <translation>
            <numerusform>%1 · %2 · Welle %3 von %4 · %Ln Gerät</numerusform>
            <numerusform>%1 · %2 · Welle %3 von %4 · %Ln Geräte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::WorkOrderModel</name>
    <message>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <source>%1–%2 site time</source>
        <translation>%1–%2 Ortszeit des Standorts</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Required firmware</source>
        <translation>Erforderliche Firmware</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need physical service. Generated %1.</source>
        <translation>
            <numerusform>%n Gerät erfordert Service vor Ort. Erstellt am %1.</numerusform>
            <numerusform>%n Geräte erfordern Service vor Ort. Erstellt am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>new certificate</source>
        <translation>neues Zertifikat</translation>
    </message>
    <message>
        <source>credential rotation</source>
        <translation>Rotation der Zugangsdaten</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
</context>
</TS>
