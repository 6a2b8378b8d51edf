<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Could not unseal the owner data of “%1” in %2: %3</source>
        <translation>Die Besitzerdaten von „%1“ in %2 konnten nicht entsiegelt werden: %3</translation>
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
</context>
<context>
    <name>warden::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Fleet health and threats over the last hour</source>
        <translation>Zustand der Flotte und Bedrohungen der letzten Stunde</translation>
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
        <source>At risk (risk ≥ %1)</source>
        <translation>Gefährdet (Risiko ≥ %1)</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <source>Events in the last hour</source>
        <translation>Ereignisse der letzten Stunde</translation>
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
        <source>Device details</source>
        <translation>Gerätedetails</translation>
    </message>
    <message>
        <source>Select a device to see its details.</source>
        <translation>Wählen Sie ein Gerät aus, um seine Details zu sehen.</translation>
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
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 affected · %2 reachable</source>
        <translation>%1 betroffen · %2 erreichbar</translation>
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
        <source>Laying out %1 devices…</source>
        <translation>%1 Geräte werden angeordnet…</translation>
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
        <source>Devices — zoom in for classes and names</source>
        <translation>Geräte — vergrößern für Klassen und Namen</translation>
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
</context>
</TS>
