<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionAudit</name>
    <message>
        <source>The cache file could not be opened.</source>
        <translation>Le fichier de cache n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The cache file is not open.</source>
        <translation>Le fichier de cache n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Entry %1 is missing or unreadable in the cache, so entry %2 links to nothing stored.</source>
        <translation>L’entrée %1 est absente ou illisible dans le cache, donc l’entrée %2 ne renvoie à rien d’enregistré.</translation>
    </message>
</context>
<context>
    <name>AuditProof</name>
    <message>
        <source>Field &quot;%1&quot; must be a list of entries.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être une liste d’entrées.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;%2&quot; cannot be read: %3</source>
        <translation>L’entrée %1 de «&#xa0;%2&#xa0;» est illisible&#xa0;: %3</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are not all in the chain.</source>
        <translation>Les entrées %1 à %2 ne sont pas toutes dans la chaîne.</translation>
    </message>
    <message>
        <source>This is not a Warden audit export (no &quot;format&quot;: &quot;warden-audit-proof&quot;).</source>
        <translation>Ce n’est pas un export d’audit Warden (pas de &quot;format&quot;: &quot;warden-audit-proof&quot;).</translation>
    </message>
    <message>
        <source>Audit export version %1 is not supported (expected %2).</source>
        <translation>La version %1 de l’export d’audit n’est pas prise en charge (attendue&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Field &quot;first_prev_hash&quot; must be 64 lowercase hex characters.</source>
        <translation>Le champ «&#xa0;first_prev_hash&#xa0;» doit comporter 64 caractères hexadécimaux en minuscules.</translation>
    </message>
    <message>
        <source>The signed head cannot be read: %1</source>
        <translation>La tête signée est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Field &quot;public_key&quot; is not a 32-byte Ed25519 key in base64.</source>
        <translation>Le champ «&#xa0;public_key&#xa0;» n’est pas une clé Ed25519 de 32 octets en base64.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than an audit export can be.</source>
        <translation>%1 est plus volumineux qu’un export d’audit ne peut l’être.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n’est pas du JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>NOT VERIFIED.</source>
        <translation>NON VÉRIFIÉ.</translation>
    </message>
    <message>
        <source>The export holds no entries.</source>
        <translation>L’export ne contient aucune entrée.</translation>
    </message>
    <message>
        <source>%1 audit chain of %2: entries %3 to %4.</source>
        <translation>Chaîne d’audit (%1) de %2&#xa0;: entrées %3 à %4.</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Hash chain broken at entry %1: %2</source>
        <translation>Chaîne d’empreintes rompue à l’entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Hash chain intact: every entry matches its hash and links to the one before.</source>
        <translation>Chaîne d’empreintes intacte&#xa0;: chaque entrée correspond à son empreinte et renvoie à la précédente.</translation>
    </message>
    <message>
        <source>The export has no signed head, so it cannot be tied to the backend.</source>
        <translation>L’export n’a pas de tête signée et ne peut donc pas être rattaché au backend.</translation>
    </message>
    <message>
        <source>The console&apos;s own chain is not signed: this shows the entries were not changed one by one, not that the whole chain was not rewritten.</source>
        <translation>La chaîne propre de la console n’est pas signée&#xa0;: cela montre que les entrées n’ont pas été modifiées une à une, mais pas que la chaîne entière n’a pas été réécrite.</translation>
    </message>
    <message>
        <source>VERIFIED.</source>
        <translation>VÉRIFIÉ.</translation>
    </message>
    <message>
        <source>The export has a signed head but no public key to check it with.</source>
        <translation>L’export a une tête signée mais aucune clé publique pour la vérifier.</translation>
    </message>
    <message>
        <source>The signature of the head (entry %1, signed at %2) does not match public key %3.</source>
        <translation>La signature de la tête (entrée %1, signée le %2) ne correspond pas à la clé publique %3.</translation>
    </message>
    <message>
        <source>Head signature valid: entry %1 signed at %2 by key %3 (SHA-256 fingerprint); compare it with the key pinned for this backend.</source>
        <translation>Signature de la tête valide&#xa0;: entrée %1 signée le %2 par la clé %3 (empreinte SHA-256)&#x202f;; comparez-la à la clé épinglée pour ce backend.</translation>
    </message>
    <message>
        <source>The signed head is entry %1, which is not in the export: the range cannot be tied to it.</source>
        <translation>La tête signée est l’entrée %1, absente de l’export&#xa0;: la plage ne peut pas y être rattachée.</translation>
    </message>
    <message>
        <source>Entry %1 does not have the hash the backend signed: the exported chain differs from the backend&apos;s.</source>
        <translation>L’entrée %1 n’a pas l’empreinte signée par le backend&#xa0;: la chaîne exportée diffère de celle du backend.</translation>
    </message>
    <message>
        <source>The signed head&apos;s hash is recomputed from the exported entries.</source>
        <translation>L’empreinte de la tête signée est recalculée à partir des entrées exportées.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 were written after the signed head and are covered by the hash chain only.</source>
        <translation>Les entrées %1 à %2 ont été écrites après la tête signée et ne sont couvertes que par la chaîne d’empreintes.</translation>
    </message>
</context>
<context>
    <name>AuditVerifyCommand</name>
    <message>
        <source>NOT VERIFIED.</source>
        <translation>NON VÉRIFIÉ.</translation>
    </message>
</context>
<context>
    <name>BackendAuditSync</name>
    <message>
        <source>The cache file is not open.</source>
        <translation>Le fichier de cache n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>BackendReplies</name>
    <message>
        <source>%1 is not connected to this console, so nothing was sent. Connect to it and try again.</source>
        <translation>%1 n’est pas connecté à cette console, rien n’a donc été envoyé. Connectez-vous-y et réessayez.</translation>
    </message>
</context>
<context>
    <name>CacheSchema</name>
    <message>
        <source>%1 is not a Warden cache (%2). It was left untouched.</source>
        <translation>%1 n’est pas un cache Warden (%2). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not create the cache folder %1.</source>
        <translation>Impossible de créer le dossier de cache %1.</translation>
    </message>
    <message>
        <source>it is a database of another application</source>
        <translation>c’est une base de données d’une autre application</translation>
    </message>
    <message>
        <source>%1 was written by a newer Warden (cache format %2; this version reads formats up to %3). It was left untouched; update Warden or use another cache folder.</source>
        <translation>%1 a été écrit par une version plus récente de Warden (format de cache %2&#x202f;; cette version lit les formats jusqu’à %3). Il n’a pas été modifié&#x202f;; mettez Warden à jour ou utilisez un autre dossier de cache.</translation>
    </message>
    <message>
        <source>%1 uses the older cache format %2 and cannot be upgraded while opened read-only.</source>
        <translation>%1 utilise l’ancien format de cache %2 et ne peut pas être mis à niveau tant qu’il est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Could not switch %1 to write-ahead logging.</source>
        <translation>Impossible de passer %1 en journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>Cache format %1 is unknown to this version of Warden.</source>
        <translation>Le format de cache %1 est inconnu de cette version de Warden.</translation>
    </message>
    <message>
        <source>Could not upgrade the cache from format %1 to %2: %3</source>
        <translation>Impossible de mettre à niveau le cache du format %1 au format %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>CacheSnapshot</name>
    <message>
        <source>Could not read %1 from the cache: %2</source>
        <translation>Impossible de lire %1 depuis le cache&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cache file %1 does not exist.</source>
        <translation>Le fichier de cache %1 n’existe pas.</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>les sites</translation>
    </message>
    <message>
        <source>gateways</source>
        <translation>les passerelles</translation>
    </message>
    <message>
        <source>links</source>
        <translation>les liaisons</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>les appareils</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>les incidents</translation>
    </message>
    <message>
        <source>licences</source>
        <translation>les licences</translation>
    </message>
    <message>
        <source>firmware</source>
        <translation>les micrologiciels</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>les campagnes</translation>
    </message>
    <message>
        <source>approvals</source>
        <translation>les approbations</translation>
    </message>
    <message>
        <source>events</source>
        <translation>les événements</translation>
    </message>
    <message>
        <source>the event count</source>
        <translation>le nombre d’événements</translation>
    </message>
    <message>
        <source>the stream position</source>
        <translation>la position dans le flux</translation>
    </message>
</context>
<context>
    <name>CacheStore</name>
    <message>
        <source>The cache %1 is open read-only.</source>
        <translation>Le cache %1 est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: %2. Delete the file to rebuild it from the backend.</source>
        <translation>Le cache %1 est endommagé&#xa0;: %2. Supprimez le fichier pour le reconstruire à partir du backend.</translation>
    </message>
    <message>
        <source>Could not seal owner data for the cache: %1</source>
        <translation>Impossible de sceller les données des propriétaires pour le cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>site “%1” has an unknown kind</source>
        <translation>le site «&#xa0;%1&#xa0;» est d’un type inconnu</translation>
    </message>
    <message>
        <source>link %1 → %2 has an unknown kind</source>
        <translation>la liaison %1 → %2 est d’un type inconnu</translation>
    </message>
    <message>
        <source>device “%1” has an unknown status or quarantine level</source>
        <translation>l’appareil «&#xa0;%1&#xa0;» a un état ou un niveau de quarantaine inconnu</translation>
    </message>
    <message>
        <source>owner “%1” cannot be read (%2)</source>
        <translation>le propriétaire «&#xa0;%1&#xa0;» est illisible (%2)</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licence</translation>
    </message>
    <message>
        <source>firmware</source>
        <translation>micrologiciel</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>approbation</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>pending action %1 cannot be read</source>
        <translation>l’action en attente %1 est illisible</translation>
    </message>
    <message>
        <source>There is no pending action %1 in the cache.</source>
        <translation>Il n’y a pas d’action en attente %1 dans le cache.</translation>
    </message>
    <message>
        <source>Audit entry %1 cannot follow entry %2: the local audit chain only grows at its end.</source>
        <translation>L’entrée d’audit %1 ne peut pas suivre l’entrée %2&#xa0;: la chaîne d’audit locale ne croît qu’à sa fin.</translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the one already cached: the %2 audit chain was rewritten.</source>
        <translation>L’entrée d’audit %1 diffère de celle déjà en cache&#xa0;: la chaîne d’audit %2 a été réécrite.</translation>
    </message>
    <message>
        <source>backend&apos;s</source>
        <translation>du backend</translation>
    </message>
    <message>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <source>Audit entry %1 is already in the local audit chain.</source>
        <translation>L’entrée d’audit %1 figure déjà dans la chaîne d’audit locale.</translation>
    </message>
    <message>
        <source>audit entry %1 cannot be read (%2)</source>
        <translation>l’entrée d’audit %1 est illisible (%2)</translation>
    </message>
    <message>
        <source>audit entry %1 does not match its index or hash</source>
        <translation>l’entrée d’audit %1 ne correspond pas à son index ou à son empreinte</translation>
    </message>
    <message>
        <source>join request</source>
        <translation>demande d’adhésion</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>identifiant</translation>
    </message>
</context>
<context>
    <name>CacheVault</name>
    <message>
        <source>The cache is not open.</source>
        <translation>Le cache n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Warden - security operations console for IoT fleets</source>
        <translation>Warden – console de sécurité pour parcs d’objets connectés</translation>
    </message>
    <message>
        <source>Start an embedded fleet backend on 127.0.0.1 and connect to it.</source>
        <translation>Démarrer un backend de parc intégré sur 127.0.0.1 et s’y connecter.</translation>
    </message>
    <message>
        <source>Demo storyline to play (with --demo).</source>
        <translation>Scénario de démonstration à jouer (avec --demo).</translation>
    </message>
    <message>
        <source>Number of devices in the demo fleet.</source>
        <translation>Nombre d’appareils du parc de démonstration.</translation>
    </message>
    <message>
        <source>Open a cache file read-only, with no network.</source>
        <translation>Ouvrir un fichier de cache en lecture seule, sans réseau.</translation>
    </message>
    <message>
        <source>Directory holding the per-backend caches.</source>
        <translation>Dossier contenant les caches de chaque backend.</translation>
    </message>
    <message>
        <source>Page to show first (dashboard, topology, threats, register, updates, licences, quarantine, audit).</source>
        <translation>Page affichée en premier (dashboard, topology, threats, register, updates, licences, quarantine, audit).</translation>
    </message>
    <message>
        <source>Render the window after start-up, save it as PNG and exit.</source>
        <translation>Dessiner la fenêtre après le démarrage, l’enregistrer en PNG et quitter.</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot.</source>
        <translation>Délai en millisecondes avant la capture d’écran.</translation>
    </message>
    <message>
        <source>--devices needs a number between 1 and 2000000.</source>
        <translation>--devices attend un nombre entre 1 et 2000000.</translation>
    </message>
    <message>
        <source>--screenshot-delay needs a number of milliseconds.</source>
        <translation>--screenshot-delay attend un nombre de millisecondes.</translation>
    </message>
    <message>
        <source>--demo and --offline cannot be used together.</source>
        <translation>--demo et --offline ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>Language of the user interface (for example de, fr, en). Default: the language setting, else the system language.</source>
        <translation>Langue de l’interface (par exemple de, fr, en). Par défaut&#xa0;: le réglage de langue, sinon la langue du système.</translation>
    </message>
    <message>
        <source>Check an exported audit range and its proof, print the verdict and exit (0 verified, 1 not).</source>
        <translation>Vérifier une plage d’audit exportée et sa preuve, afficher le verdict et quitter (0 vérifié, 1 non).</translation>
    </message>
    <message>
        <source>Colours for this run: system, light or dark. Default: the theme setting (View → Theme).</source>
        <translation>Couleurs pour cette exécution&#xa0;: system, light ou dark. Par défaut&#xa0;: le réglage du thème (Affichage → Thème).</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The %1 file %2 does not exist.</source>
        <translation>Le fichier %2 (%1) n’existe pas.</translation>
    </message>
    <message>
        <source>The %1 path %2 is not a file.</source>
        <translation>Le chemin %2 (%1) n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The %1 file %2 cannot be read (check its permissions).</source>
        <translation>Le fichier %2 (%1) est illisible (vérifiez ses droits d’accès).</translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation>La connexion doit avoir un nom.</translation>
    </message>
    <message>
        <source>The connection name is longer than %1 characters.</source>
        <translation>Le nom de la connexion dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The connection name contains control characters.</source>
        <translation>Le nom de la connexion contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The backend address is missing (e.g. https://fleet.example.org:8443).</source>
        <translation>L’adresse du backend est manquante (p. ex. https://fleet.example.org:8443).</translation>
    </message>
    <message>
        <source>The backend address is not a valid URL: %1.</source>
        <translation>L’adresse du backend n’est pas une URL valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The backend address must start with https:// (got %1://); Warden never talks to a backend unencrypted.</source>
        <translation>L’adresse du backend doit commencer par https:// (reçu «&#xa0;%1://&#xa0;»)&#x202f;; Warden ne communique jamais sans chiffrement avec un backend.</translation>
    </message>
    <message>
        <source>The backend address has no host name.</source>
        <translation>L’adresse du backend ne contient pas de nom d’hôte.</translation>
    </message>
    <message>
        <source>The backend address must not contain a user name or password; the password is asked for at login and never stored.</source>
        <translation>L’adresse du backend ne doit contenir ni nom d’utilisateur ni mot de passe&#x202f;; le mot de passe est demandé à la connexion et n’est jamais enregistré.</translation>
    </message>
    <message>
        <source>The backend address must not contain a query (?) or fragment (#).</source>
        <translation>L’adresse du backend ne doit contenir ni requête (?) ni fragment (#).</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>bundle d’AC</translation>
    </message>
    <message>
        <source>Give either a PEM client certificate and key or a PKCS#12 file, not both.</source>
        <translation>Indiquez soit un certificat client PEM avec sa clé, soit un fichier PKCS#12, mais pas les deux.</translation>
    </message>
    <message>
        <source>The client key needs its certificate file as well.</source>
        <translation>La clé client nécessite aussi son fichier de certificat.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>certificat client</translation>
    </message>
    <message>
        <source>The client certificate needs its private key file as well.</source>
        <translation>Le certificat client nécessite aussi le fichier de sa clé privée.</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>clé client</translation>
    </message>
    <message>
        <source>PKCS#12</source>
        <translation>PKCS#12</translation>
    </message>
    <message>
        <source>The public-key pin is not valid: %1</source>
        <translation>L’épinglage de clé publique n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The user name must be at most 256 characters without control characters.</source>
        <translation>Le nom d’utilisateur doit comporter au plus 256 caractères, sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>There is no saved connection named &quot;%1&quot;.</source>
        <translation>Il n’existe aucune connexion enregistrée nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The saved connection &quot;%1&quot; is damaged (it names itself &quot;%2&quot;).</source>
        <translation>La connexion enregistrée «&#xa0;%1&#xa0;» est endommagée (elle se nomme «&#xa0;%2&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Syncing %1 %</source>
        <translation>Synchronisation %1&#xa0;%</translation>
    </message>
    <message>
        <source>Live · %1 events/s</source>
        <translation>En direct · %1 événements/s</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s</source>
        <translation>Reconnexion dans %1 s</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file has %1 bytes; at most %2 can be imported at once. Split it into smaller files.</source>
        <translation>Le fichier fait %1 octets&#x202f;; au plus %2 peuvent être importés en une fois. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Le fichier n’est pas du texte UTF-8. Enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et réessayez.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a missing &quot;).</source>
        <translation>un champ entre guillemets n’est jamais fermé (un &quot; manquant).</translation>
    </message>
    <message>
        <source>text follows a closing quote; write &quot;&quot; for a quote inside a quoted field.</source>
        <translation>du texte suit un guillemet fermant&#x202f;; écrivez &quot;&quot; pour un guillemet dans un champ entre guillemets.</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; put the field in quotes and double the quote.</source>
        <translation>un guillemet dans un champ sans guillemets&#x202f;; mettez le champ entre guillemets et doublez le guillemet.</translation>
    </message>
</context>
<context>
    <name>DeviceCsv</name>
    <message>
        <source>The file is empty; the first line must name the columns, e.g. id,name,class,site.</source>
        <translation>Le fichier est vide&#x202f;; la première ligne doit nommer les colonnes, p. ex. id,name,class,site.</translation>
    </message>
    <message>
        <source>The file has %1 devices; at most %2 can be imported at once.</source>
        <translation>Le fichier contient %1 appareils&#x202f;; au plus %2 peuvent être importés en une fois.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. Known columns: %2.</source>
        <translation>Colonne «&#xa0;%1&#xa0;» inconnue. Colonnes connues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>The file has no &quot;id&quot; column; every line needs the device id.</source>
        <translation>Le fichier n’a pas de colonne «&#xa0;id&#xa0;»&#x202f;; chaque ligne doit contenir l’ID de l’appareil.</translation>
    </message>
    <message>
        <source>The line has %1 fields; the header has %2. Check for a missing or extra comma, or a comma inside an unquoted value.</source>
        <translation>La ligne a %1 champs&#x202f;; l’en-tête en a %2. Vérifiez s’il manque une virgule, s’il y en a une de trop, ou une virgule dans une valeur sans guillemets.</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed.</source>
        <translation>fait %1 caractères&#x202f;; au plus %2 sont autorisés.</translation>
    </message>
    <message>
        <source>contains a control character (a line break or tab?).</source>
        <translation>contient un caractère de contrôle (un saut de ligne ou une tabulation&#x202f;?).</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; write yes or no.</source>
        <translation>vaut «&#xa0;%1&#xa0;»&#x202f;; écrivez yes ou no.</translation>
    </message>
    <message>
        <source>is empty; every line needs the device id.</source>
        <translation>est vide&#x202f;; chaque ligne doit contenir l’ID de l’appareil.</translation>
    </message>
    <message>
        <source>are %1 characters long; at most %2 are allowed.</source>
        <translation>font %1 caractères&#x202f;; au plus %2 sont autorisés.</translation>
    </message>
    <message>
        <source>contain a control character other than a line break or tab.</source>
        <translation>contiennent un caractère de contrôle autre qu’un saut de ligne ou une tabulation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an anonymised placeholder from an export; leave the cell empty or give the owner&apos;s reference.</source>
        <translation>«&#xa0;%1&#xa0;» est un pseudonyme anonymisé issu d’un export&#x202f;; laissez la cellule vide ou indiquez la référence du propriétaire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already appears on line %2; give each device one line.</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà à la ligne %2&#x202f;; donnez une seule ligne à chaque appareil.</translation>
    </message>
    <message>
        <source>is required for a new device.</source>
        <translation>est obligatoire pour un nouvel appareil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a site id nor a site name of this backend.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un ID ni un nom de site de ce backend.</translation>
    </message>
    <message>
        <source>is &quot;%1&quot; but the device is registered with &quot;%2&quot;; it cannot be changed by import.</source>
        <translation>vaut «&#xa0;%1&#xa0;» mais l’appareil est enregistré avec «&#xa0;%2&#xa0;»&#x202f;; cela ne peut pas être modifié par import.</translation>
    </message>
    <message>
        <source>cannot be cleared; every line needs the device id.</source>
        <translation>ne peut pas être effacé&#x202f;; chaque ligne doit contenir l’ID de l’appareil.</translation>
    </message>
    <message>
        <source>cannot be cleared: it comes from the device and cannot be changed by import.</source>
        <translation>ne peut pas être effacé&#xa0;: la valeur provient de l’appareil et ne peut pas être modifiée par import.</translation>
    </message>
    <message>
        <source>cannot be cleared; every device needs a name. Leave the cell empty to keep it.</source>
        <translation>ne peut pas être effacé&#x202f;; chaque appareil doit avoir un nom. Laissez la cellule vide pour le conserver.</translation>
    </message>
    <message>
        <source>cannot be cleared; write yes or no, or leave the cell empty to keep it.</source>
        <translation>ne peut pas être effacé&#x202f;; écrivez yes ou no, ou laissez la cellule vide pour conserver la valeur.</translation>
    </message>
    <message>
        <source>will be cleared (now &quot;%1&quot;).</source>
        <translation>sera effacé (actuellement «&#xa0;%1&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>DeviceEdit</name>
    <message>
        <source>must not be empty.</source>
        <translation>ne doit pas être vide.</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed.</source>
        <translation>fait %1 caractères&#x202f;; au plus %2 sont autorisés.</translation>
    </message>
    <message>
        <source>must not contain control characters such as line breaks or tabs.</source>
        <translation>ne doit pas contenir de caractères de contrôle tels que des sauts de ligne ou des tabulations.</translation>
    </message>
    <message>
        <source>The name %1</source>
        <translation>Le nom %1</translation>
    </message>
    <message>
        <source>The owner reference %1</source>
        <translation>La référence du propriétaire %1</translation>
    </message>
    <message>
        <source>The location %1</source>
        <translation>L’emplacement %1</translation>
    </message>
    <message>
        <source>The notes are %1 characters long; at most %2 are allowed.</source>
        <translation>Les notes font %1 caractères&#x202f;; au plus %2 sont autorisés.</translation>
    </message>
    <message>
        <source>The notes contain a control character.</source>
        <translation>Les notes contiennent un caractère de contrôle.</translation>
    </message>
</context>
<context>
    <name>DeviceTableLoader</name>
    <message>
        <source>device “%1” has an unknown status or quarantine level</source>
        <translation>l’appareil «&#xa0;%1&#xa0;» a un état ou un niveau de quarantaine inconnu</translation>
    </message>
    <message>
        <source>The cache %1 is damaged: %2. Delete the file to rebuild it from the backend.</source>
        <translation>Le cache %1 est endommagé&#xa0;: %2. Supprimez le fichier pour le reconstruire à partir du backend.</translation>
    </message>
</context>
<context>
    <name>DryRunRange</name>
    <message>
        <source>the last hour</source>
        <translation>dernière heure</translation>
    </message>
    <message>
        <source>the last 24 hours</source>
        <translation>dernières 24 heures</translation>
    </message>
    <message>
        <source>the last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>everything cached</source>
        <translation>tout le cache</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>The range ends before it starts: choose a &quot;to&quot; after the &quot;from&quot;.</source>
        <translation>La période se termine avant de commencer&#xa0;: choisissez une fin («&#xa0;au&#xa0;») postérieure au début («&#xa0;du&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>FleetApiClient</name>
    <message>
        <source>The console stopped waiting for the answer; the backend may have carried the action out.</source>
        <translation>La console a cessé d’attendre la réponse&#x202f;; le backend a peut-être exécuté l’action.</translation>
    </message>
    <message>
        <source>The action was not sent: the console&apos;s audit log cannot be written.</source>
        <translation>L’action n’a pas été envoyée&#xa0;: le journal d’audit de la console ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>FleetError</name>
    <message>
        <source>The backend&apos;s answer to %1 %2 is malformed: %3</source>
        <translation>La réponse du backend à %1 %2 est mal formée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Not logged in to this backend.</source>
        <translation>Non connecté à ce backend.</translation>
    </message>
    <message>
        <source>The backend&apos;s answer is larger than the limit of %1 MiB; it was not read.</source>
        <translation>La réponse du backend dépasse la limite de %1 Mio&#x202f;; elle n’a pas été lue.</translation>
    </message>
    <message>
        <source>The backend answered with an unexpected status (HTTP %1).</source>
        <translation>Le backend a répondu avec un état inattendu (HTTP %1).</translation>
    </message>
    <message>
        <source>The account is locked after too many failed logins. Try again after %1 UTC.</source>
        <translation>Le compte est verrouillé après trop d’échecs de connexion. Réessayez après %1 UTC.</translation>
    </message>
    <message>
        <source>The backend reported an error (HTTP %1).</source>
        <translation>Le backend a signalé une erreur (HTTP %1).</translation>
    </message>
    <message>
        <source>The backend&apos;s certificate is only valid from %1 to %2 UTC. The connection was refused.</source>
        <translation>Le certificat du backend n’est valide que du %1 au %2 UTC. La connexion a été refusée.</translation>
    </message>
    <message>
        <source>The backend&apos;s certificate was refused: %1. The connection was closed.</source>
        <translation>Le certificat du backend a été refusé&#xa0;: %1. La connexion a été fermée.</translation>
    </message>
    <message>
        <source>The backend cannot be reached: %1.</source>
        <translation>Le backend est injoignable&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The secure connection to the backend failed: %1.</source>
        <translation>La connexion sécurisée au backend a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The backend broke the HTTP protocol: %1.</source>
        <translation>Le backend a enfreint le protocole HTTP&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The request to the backend failed: %1.</source>
        <translation>La requête au backend a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The backend&apos;s public key does not match the pinned key (expected %1, received %2). The connection was refused.</source>
        <translation>La clé publique du backend ne correspond pas à la clé épinglée (attendue %1, reçue %2). La connexion a été refusée.</translation>
    </message>
    <message>
        <source>The %1 is larger than the limit of %2 bytes.</source>
        <translation>%1&#xa0;: taille supérieure à la limite de %2 octets.</translation>
    </message>
    <message>
        <source>The %1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1&#xa0;: JSON non valide&#xa0;: %2 à l’octet %3.</translation>
    </message>
    <message>
        <source>The %1 is not a JSON object.</source>
        <translation>%1&#xa0;: ce n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is %2, but events must be ascending and contiguous (previous seq %3).</source>
        <translation>Le champ «&#xa0;%1&#xa0;» vaut %2, mais les événements doivent être croissants et contigus (séq. précédente %3).</translation>
    </message>
    <message>
        <source>Field &quot;last_seq&quot; is %1, but the page holds event %2.</source>
        <translation>Le champ «&#xa0;last_seq&#xa0;» vaut %1, mais la page contient l’événement %2.</translation>
    </message>
    <message>
        <source>Stream frame rejected: %1</source>
        <translation>Trame du flux rejetée&#xa0;: %1</translation>
    </message>
    <message>
        <source>stream frame</source>
        <translation>trame du flux</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2, but events must be ascending and contiguous (previous seq %3).</source>
        <translation>le champ «&#xa0;%1&#xa0;» vaut %2, mais les événements doivent être croissants et contigus (séq. précédente %3).</translation>
    </message>
    <message>
        <source>The backend resumed the stream at event %1, but event %2 was asked for.</source>
        <translation>Le backend a repris le flux à l’événement %1, alors que l’événement %2 était demandé.</translation>
    </message>
    <message>
        <source>The backend knows only %1 events, but this cache already holds %2. Is this the same backend?</source>
        <translation>Le backend ne connaît que %1 événements, mais ce cache en contient déjà %2. S’agit-il du même backend&#x202f;?</translation>
    </message>
    <message>
        <source>Events %1 to %2 are missing from the stream.</source>
        <translation>Les événements %1 à %2 manquent dans le flux.</translation>
    </message>
    <message>
        <source>Event %1 arrived twice on the stream.</source>
        <translation>L’événement %1 est arrivé deux fois dans le flux.</translation>
    </message>
    <message>
        <source>The backend reports %1 as its newest event, but it already sent event %2.</source>
        <translation>Le backend indique %1 comme son événement le plus récent, mais il a déjà envoyé l’événement %2.</translation>
    </message>
    <message>
        <source>The backend closed the connection right after the secure handshake: it did not accept the client certificate of this connection.</source>
        <translation>Le backend a fermé la connexion juste après la négociation sécurisée&#xa0;: il n’a pas accepté le certificat client de cette connexion.</translation>
    </message>
    <message>
        <source>The backend closed the connection right after the secure handshake: it requires a client certificate, and none is configured for this connection.</source>
        <translation>Le backend a fermé la connexion juste après la négociation sécurisée&#xa0;: il exige un certificat client et aucun n’est configuré pour cette connexion.</translation>
    </message>
    <message>
        <source>field &quot;item.deleted&quot; is true, but a %1 is never deleted (id &quot;%2&quot;).</source>
        <translation>le champ «&#xa0;item.deleted&#xa0;» vaut true, mais un objet de type %1 n’est jamais supprimé (ID «&#xa0;%2&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>ImpactReport</name>
    <message numerus="yes">
        <source>%n device(s) affected</source>
        <translation>
            <numerusform>%n appareil touché</numerusform>
            <numerusform>%n appareils touchés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more reachable within %1 hop(s)</source>
        <translation>
            <numerusform>%n autre atteignable en %1 saut(s)</numerusform>
            <numerusform>%n autres atteignables en %1 saut(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety-critical</source>
        <translation>
            <numerusform>%n critique pour la sûreté</numerusform>
            <numerusform>%n critiques pour la sûreté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>Impact of incident %1</source>
        <translation>Impact de l’incident %1</translation>
    </message>
    <message>
        <source>SAFETY-CRITICAL: %1</source>
        <translation>CRITIQUE POUR LA SÛRETÉ&#xa0;: %1</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Appareils&#xa0;:</translation>
    </message>
    <message>
        <source>affected</source>
        <translation>touché</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) via %1</source>
        <translation>
            <numerusform>%n saut via %1</numerusform>
            <numerusform>%n sauts via %1</numerusform>
        </translation>
    </message>
    <message>
        <source>safety-critical</source>
        <translation>critique pour la sûreté</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>en quarantaine</translation>
    </message>
    <message>
        <source>Not in the topology: %1</source>
        <translation>Hors topologie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sites: %1</source>
        <translation>Sites&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Gateways crossed: %1</source>
        <translation>Passerelles traversées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Services and data: %1</source>
        <translation>Services et données&#xa0;: %1</translation>
    </message>
    <message>
        <source>none licensed</source>
        <translation>aucun sous licence</translation>
    </message>
    <message numerus="yes">
        <source>People affected: %n (names hidden for your role)</source>
        <translation>
            <numerusform>Personnes touchées&#xa0;: %n (noms masqués pour votre rôle)</numerusform>
            <numerusform>Personnes touchées&#xa0;: %n (noms masqués pour votre rôle)</numerusform>
        </translation>
    </message>
    <message>
        <source>People affected: %1</source>
        <translation>Personnes touchées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Impact of the selected devices</source>
        <translation>Impact des appareils sélectionnés</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>CRITICAL</source>
        <translation>CRITIQUE</translation>
    </message>
    <message>
        <source>MAJOR</source>
        <translation>MAJEURE</translation>
    </message>
    <message>
        <source>MINOR</source>
        <translation>MINEURE</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <source>INDETERMINATE</source>
        <translation>INDÉTERMINÉE</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>Rapport d’incident&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 on backend %2 · generated %3</source>
        <translation>%1 sur le backend %2 · généré le %3</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Attack type</source>
        <translation>Type d’attaque</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Devices affected</source>
        <translation>Appareils touchés</translation>
    </message>
    <message>
        <source>%1 (%2 safety-critical)</source>
        <translation>%1 (%2 critiques pour la sûreté)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Events by severity</source>
        <translation>Événements par gravité</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → vers</translation>
    </message>
    <message>
        <source>%1 further events are not listed.</source>
        <translation>%1 autres événements ne sont pas listés.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sûreté</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>safety-critical</source>
        <translation>critique pour la sûreté</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Actions menées</translation>
    </message>
    <message>
        <source>No action is recorded for this incident or its devices.</source>
        <translation>Aucune action n’est enregistrée pour cet incident ou ses appareils.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>rule “%1” (%2)</source>
        <translation>règle «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Audit proof</source>
        <translation>Preuve d’audit</translation>
    </message>
    <message>
        <source>No audit entries are cited.</source>
        <translation>Aucune entrée d’audit n’est citée.</translation>
    </message>
    <message>
        <source>Entries %1 of the backend&apos;s audit chain.</source>
        <translation>Entrées %1 de la chaîne d’audit du backend.</translation>
    </message>
    <message>
        <source>The chain verified up to its newest entry.</source>
        <translation>La chaîne a été vérifiée jusqu’à sa dernière entrée.</translation>
    </message>
    <message>
        <source>The chain did not verify: do not rely on these entries.</source>
        <translation>La chaîne n’a pas été vérifiée&#xa0;: ne vous fiez pas à ces entrées.</translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>Tête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verify the exported range with: warden --verify-audit FILE</source>
        <translation>Vérifiez la plage exportée avec&#xa0;: warden --verify-audit FICHIER</translation>
    </message>
    <message>
        <source>Incident report %1</source>
        <translation>Rapport d’incident %1</translation>
    </message>
    <message>
        <source>Contains personal data (owners, note texts): keep and share it under your data-protection rules.</source>
        <translation>Contient des données personnelles (propriétaires, textes des notes)&#xa0;: conservez-le et partagez-le selon vos règles de protection des données.</translation>
    </message>
    <message>
        <source>Anonymised: owners appear as pseudonyms and note texts are left out.</source>
        <translation>Anonymisé&#xa0;: les propriétaires apparaissent sous forme de pseudonymes et les textes des notes sont omis.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message numerus="yes">
        <source>(%n characters, left out of an anonymised report)</source>
        <translation>
            <numerusform>(%n caractère, omis dans un rapport anonymisé)</numerusform>
            <numerusform>(%n caractères, omis dans un rapport anonymisé)</numerusform>
        </translation>
    </message>
    <message>
        <source>Gateways involved</source>
        <translation>Passerelles concernées</translation>
    </message>
    <message>
        <source>No registered device is named by this incident: it was raised at the gateways below (a device that is in no register, such as a join request, came through them).</source>
        <translation>Cet incident ne désigne aucun appareil enregistré&#xa0;: il a été déclenché sur les passerelles ci-dessous (un appareil absent de tout registre, comme une demande d’adhésion, est passé par elles).</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue. Utilisez l’un des codes suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Warden is not translated into %1 (“%2”). Use one of: %3.</source>
        <translation>Warden n’est pas traduit dans la langue «&#xa0;%1&#xa0;» (%2). Utilisez l’un des codes suivants&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The %1 translation of Warden could not be loaded.</source>
        <translation>La traduction «&#xa0;%1&#xa0;» de Warden n’a pas pu être chargée.</translation>
    </message>
</context>
<context>
    <name>PendingActionGate</name>
    <message>
        <source>%1 is unreachable, so nothing was sent. The action is kept as pending: confirm it under Fleet → Pending actions once the backend is back.</source>
        <translation>%1 est injoignable, rien n’a donc été envoyé. L’action est conservée en attente&#xa0;: confirmez-la dans Parc → Actions en attente dès le retour du backend.</translation>
    </message>
    <message>
        <source>%1 is unreachable and the action could not be kept: %2</source>
        <translation>%1 est injoignable et l’action n’a pas pu être conservée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PersonalDataVault</name>
    <message>
        <source>The stored key parameters of the personal data vault are damaged.</source>
        <translation>Les paramètres de clé enregistrés du coffre des données personnelles sont endommagés.</translation>
    </message>
    <message>
        <source>The personal data vault has no valid salt.</source>
        <translation>Le coffre des données personnelles n’a pas de sel valide.</translation>
    </message>
    <message>
        <source>The key for personal data could not be derived.</source>
        <translation>Impossible de dériver la clé des données personnelles.</translation>
    </message>
    <message>
        <source>The key for personal data could not be checked.</source>
        <translation>Impossible de vérifier la clé des données personnelles.</translation>
    </message>
    <message>
        <source>This passphrase does not open the personal data stored here (it was sealed with another one).</source>
        <translation>Cette phrase secrète n’ouvre pas les données personnelles stockées ici (elles ont été scellées avec une autre).</translation>
    </message>
    <message>
        <source>A key for personal data must be %1 bytes long.</source>
        <translation>Une clé pour les données personnelles doit faire %1 octets.</translation>
    </message>
    <message>
        <source>Personal data could not be encrypted: %1</source>
        <translation>Impossible de chiffrer les données personnelles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Personal data is locked: no key has been given in this session.</source>
        <translation>Les données personnelles sont verrouillées&#xa0;: aucune clé n’a été fournie dans cette session.</translation>
    </message>
    <message>
        <source>The value is not sealed personal data.</source>
        <translation>La valeur n’est pas une donnée personnelle scellée.</translation>
    </message>
    <message>
        <source>Sealed personal data failed its integrity check: it was changed, or sealed with another key.</source>
        <translation>Des données personnelles scellées ont échoué au contrôle d’intégrité&#xa0;: elles ont été modifiées ou scellées avec une autre clé.</translation>
    </message>
</context>
<context>
    <name>PostureReport</name>
    <message>
        <source>Fleet posture report</source>
        <translation>Rapport de posture du parc</translation>
    </message>
    <message>
        <source>Generated %1 by %2 · backends: %3</source>
        <translation>Généré le %1 par %2 · backends&#xa0;: %3</translation>
    </message>
    <message>
        <source>an unknown operator</source>
        <translation>un opérateur inconnu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Contains no personal data: device owners, incident notes and assignees are not part of this report.</source>
        <translation>Ne contient aucune donnée personnelle&#xa0;: les propriétaires des appareils, les notes d’incident et les personnes assignées ne font pas partie de ce rapport.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En bref</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>%1 (%2 safety-critical)</source>
        <translation>%1 (%2 critiques pour la sûreté)</translation>
    </message>
    <message>
        <source>On the latest firmware</source>
        <translation>Sur le dernier micrologiciel</translation>
    </message>
    <message>
        <source>On known vulnerable firmware</source>
        <translation>Sur un micrologiciel vulnérable connu</translation>
    </message>
    <message>
        <source>, %1 of them safety-critical</source>
        <translation>, dont %1 critiques pour la sûreté</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <source>Quarantined devices</source>
        <translation>Appareils en quarantaine</translation>
    </message>
    <message numerus="yes">
        <source>Licences expiring within %n days</source>
        <translation>
            <numerusform>Licences expirant d’ici %n jour</numerusform>
            <numerusform>Licences expirant d’ici %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet by device class</source>
        <translation>Parc par classe d’appareil</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Fleet by site</source>
        <translation>Parc par site</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Fleet by status</source>
        <translation>Parc par état</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Firmware currency</source>
        <translation>Actualité des micrologiciels</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>aucune image</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Unknown version</source>
        <translation>Version inconnue</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Vulnérable</translation>
    </message>
    <message>
        <source>Known vulnerabilities in the fleet</source>
        <translation>Vulnérabilités connues dans le parc</translation>
    </message>
    <message>
        <source>No device runs a firmware version with a known vulnerability.</source>
        <translation>Aucun appareil n’exécute une version de micrologiciel présentant une vulnérabilité connue.</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
    <message>
        <source>Devices exposed</source>
        <translation>Appareils exposés</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>Critique pour la sûreté</translation>
    </message>
    <message>
        <source>%1 further vulnerabilities are not listed.</source>
        <translation>%1 autres vulnérabilités ne sont pas listées.</translation>
    </message>
    <message>
        <source>Open incidents by severity</source>
        <translation>Incidents ouverts par gravité</translation>
    </message>
    <message>
        <source>Quarantines</source>
        <translation>Quarantaines</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>%1 active licences, %2 without an expiry date.</source>
        <translation>%1 licences actives, %2 sans date d’expiration.</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expirée)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>%1 further licences are not listed.</source>
        <translation>%1 autres licences ne sont pas listées.</translation>
    </message>
    <message>
        <source>Audit chains</source>
        <translation>Chaînes d’audit</translation>
    </message>
    <message>
        <source>No backend was connected: no audit chain was checked.</source>
        <translation>Aucun backend n’était connecté&#xa0;: aucune chaîne d’audit n’a été vérifiée.</translation>
    </message>
    <message>
        <source>The console&apos;s chain of operator actions verified (%1 entries).</source>
        <translation>La chaîne des actions des opérateurs de la console est vérifiée (%1 entrées).</translation>
    </message>
    <message>
        <source>The console&apos;s chain of operator actions did not verify: %1</source>
        <translation>La chaîne des actions des opérateurs de la console n’est pas vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backend&apos;s chain verified against its signed head (%1 entries).</source>
        <translation>La chaîne du backend est vérifiée par rapport à sa tête signée (%1 entrées).</translation>
    </message>
    <message>
        <source>The backend&apos;s chain is not verified: %1</source>
        <translation>La chaîne du backend n’est pas vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>no signed head yet</source>
        <translation>pas encore de tête signée</translation>
    </message>
    <message>
        <source>Export an audit range from the Audit page and check it with: warden --verify-audit FILE</source>
        <translation>Exportez une plage d’audit depuis la page Audit et vérifiez-la avec&#xa0;: warden --verify-audit FICHIER</translation>
    </message>
</context>
<context>
    <name>PreauthorizeCsv</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected &quot;serial&quot; or &quot;serial,fingerprint&quot;, found %1 columns.</source>
        <translation>«&#xa0;serial&#xa0;» ou «&#xa0;serial,fingerprint&#xa0;» attendu, %1 colonnes trouvées.</translation>
    </message>
    <message>
        <source>the serial is empty or too long.</source>
        <translation>le numéro de série est vide ou trop long.</translation>
    </message>
    <message>
        <source>the serial contains a control character.</source>
        <translation>le numéro de série contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>the fingerprint must be a SHA-256 digest (64 hex digits).</source>
        <translation>l’empreinte doit être un condensé SHA-256 (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The file lists no serials.</source>
        <translation>Le fichier ne contient aucun numéro de série.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Impossible d’écrire le rapport dans %1.</translation>
    </message>
</context>
<context>
    <name>ShortcutCatalog</name>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>No database file name was given.</source>
        <translation>Aucun nom de fichier de base de données n’a été indiqué.</translation>
    </message>
    <message>
        <source>Could not open %1: the file does not exist.</source>
        <translation>Impossible d’ouvrir %1&#xa0;: le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Could not run “%1”</source>
        <translation>Impossible d’exécuter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not prepare “%1”</source>
        <translation>Impossible de préparer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not prepare an empty SQL statement (%1)</source>
        <translation>Impossible de préparer une instruction SQL vide (%1)</translation>
    </message>
    <message>
        <source>Only one SQL statement can be prepared at a time: “%1”</source>
        <translation>Une seule instruction SQL peut être préparée à la fois&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” returned no row (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n’a renvoyé aucune ligne (%2)</translation>
    </message>
    <message>
        <source>the disk holding the file is full</source>
        <translation>le disque contenant le fichier est plein</translation>
    </message>
    <message>
        <source>the disk quota of this user is used up</source>
        <translation>le quota disque de cet utilisateur est épuisé</translation>
    </message>
    <message>
        <source>the file reached the largest size this process may write (a file size limit, see “ulimit -f”)</source>
        <translation>le fichier a atteint la taille maximale que ce processus peut écrire (une limite de taille de fichier, voir «&#xa0;ulimit -f&#xa0;»)</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>le système de fichiers est en lecture seule</translation>
    </message>
    <message>
        <source>the storage device reported a hardware error</source>
        <translation>le périphérique de stockage a signalé une erreur matérielle</translation>
    </message>
    <message>
        <source>%1; %2 free on %3</source>
        <translation>%1&#x202f;; %2 libres sur %3</translation>
    </message>
    <message>
        <source>%1: %2 — likely cause: %3 (%4)</source>
        <translation>%1&#xa0;: %2 — cause probable&#xa0;: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>Could not run “%1”</source>
        <translation>Impossible d’exécuter «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SqliteTransaction</name>
    <message>
        <source>The transaction is no longer open.</source>
        <translation>La transaction n’est plus ouverte.</translation>
    </message>
</context>
<context>
    <name>StreamClient</name>
    <message>
        <source>The backend sent a stream message larger than the limit of %1 MiB; it was not read and the stream is reconnected.</source>
        <translation>Le backend a envoyé un message de flux dépassant la limite de %1 Mio&#x202f;; il n’a pas été lu et le flux est reconnecté.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The cache was closed during the sync.</source>
        <translation>Le cache a été fermé pendant la synchronisation.</translation>
    </message>
    <message>
        <source>The cache could not be opened.</source>
        <translation>Le cache n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The cache did not store the last page of the sync.</source>
        <translation>Le cache n’a pas enregistré la dernière page de la synchronisation.</translation>
    </message>
</context>
<context>
    <name>TlsSetup</name>
    <message>
        <source>The %1 %2 cannot be read: %3.</source>
        <translation>Le fichier %2 (%1) est illisible&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The %1 %2 is implausibly large.</source>
        <translation>Le fichier %2 (%1) est d’une taille invraisemblable.</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>clé client</translation>
    </message>
    <message>
        <source>The client key %1 cannot be read: it is not an EC or RSA private key in PEM, or the passphrase is wrong.</source>
        <translation>La clé client %1 est illisible&#xa0;: ce n’est pas une clé privée EC ou RSA au format PEM, ou la phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <source>The client key %1 is encrypted; a passphrase is needed.</source>
        <translation>La clé client %1 est chiffrée&#x202f;; une phrase secrète est nécessaire.</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>aucun certificat</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>bundle d’AC</translation>
    </message>
    <message>
        <source>The CA bundle %1 contains no PEM certificate.</source>
        <translation>Le bundle d’AC %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 cannot be read: %2.</source>
        <translation>Le fichier PKCS#12 %1 est illisible&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 cannot be opened: the passphrase is wrong or it holds no certificate with its key.</source>
        <translation>Impossible d’ouvrir le fichier PKCS#12 %1&#xa0;: la phrase secrète est incorrecte ou il ne contient aucun certificat avec sa clé.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>certificat client</translation>
    </message>
    <message>
        <source>The client certificate %1 contains no PEM certificate.</source>
        <translation>Le fichier de certificat client %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The client certificate expired on %1 UTC.</source>
        <translation>Le certificat client a expiré le %1 UTC.</translation>
    </message>
    <message>
        <source>The client certificate is only valid from %1 UTC.</source>
        <translation>Le certificat client n’est valide qu’à partir du %1 UTC.</translation>
    </message>
</context>
<context>
    <name>TotpReset</name>
    <message>
        <source>the backend sent no new secret</source>
        <translation>le backend n’a envoyé aucun nouveau secret</translation>
    </message>
    <message>
        <source>is not an otpauth:// URI</source>
        <translation>n’est pas une URI otpauth://</translation>
    </message>
</context>
<context>
    <name>warden::AboutDialog</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>About Warden</source>
        <translation>À propos de Warden</translation>
    </message>
    <message>
        <source>A security console for fleets of connected devices: topology, live threats, device register, firmware campaigns, licences and quarantine.</source>
        <translation>Une console de sécurité pour parcs d’appareils connectés&#xa0;: topologie, menaces en direct, registre, campagnes de micrologiciel, licences et quarantaine.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Licence: proprietary; © the Warden project. Warden uses Qt (LGPL-3.0), OpenSSL (Apache-2.0) and SQLite (public domain) as shared libraries of the system; their licences are in /usr/share/doc of each package.</source>
        <translation>Licence&#xa0;: propriétaire&#x202f;; © le projet Warden. Warden utilise Qt (LGPL-3.0), OpenSSL (Apache-2.0) et SQLite (domaine public) comme bibliothèques partagées du système&#x202f;; leurs licences se trouvent dans /usr/share/doc de chaque paquet.</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Copier les versions</translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard</source>
        <translation>Copier les versions dans le presse-papiers</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
</context>
<context>
    <name>warden::ActionResultLabel</name>
    <message>
        <source>Result of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
    <message>
        <source> Audit entry #%1.</source>
        <translation> Entrée d’audit n° %1.</translation>
    </message>
    <message>
        <source> Audit entries from #%1.</source>
        <translation> Entrées d’audit à partir du n° %1.</translation>
    </message>
</context>
<context>
    <name>warden::ApprovalListModel</name>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Update campaign</source>
        <translation>Campagne de mise à jour</translation>
    </message>
    <message>
        <source>Rule change</source>
        <translation>Modification de règle</translation>
    </message>
    <message>
        <source>%1 (you — needs another operator)</source>
        <translation>%1 (vous — nécessite un autre opérateur)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé le</translation>
    </message>
</context>
<context>
    <name>warden::AuditChainLoader</name>
    <message>
        <source>Entry %1 cannot be read any more (%2): its stored row was damaged or edited.</source>
        <translation>L’entrée %1 n’est plus lisible (%2)&#xa0;: sa ligne enregistrée a été endommagée ou modifiée.</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written: its stored hash no longer matches.</source>
        <translation>L’entrée %1 a été modifiée après son écriture&#xa0;: son empreinte enregistrée ne correspond plus.</translation>
    </message>
</context>
<context>
    <name>warden::AuditController</name>
    <message>
        <source>The cache file is not open.</source>
        <translation>Le fichier de cache n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>warden::AuditEntryModel</name>
    <message>
        <source>Entry %1 matches its hash and links to the entry before it.</source>
        <translation>L’entrée %1 correspond à son empreinte et renvoie à l’entrée précédente.</translation>
    </message>
    <message>
        <source>Not verified: the chain is broken at an earlier entry.</source>
        <translation>Non vérifiée&#xa0;: la chaîne est rompue à une entrée antérieure.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
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
        <translation>Récupérer et vérifier</translation>
    </message>
    <message>
        <source>Export with proof…</source>
        <translation>Exporter avec preuve…</translation>
    </message>
    <message>
        <source>Every operator action and the backend&apos;s signed hash chain, verified entry by entry</source>
        <translation>Chaque action d’opérateur et la chaîne d’empreintes signée du backend, vérifiées entrée par entrée</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Chaîne d’audit</translation>
    </message>
    <message>
        <source>Fetch the backend&apos;s audit chain and verify both chains</source>
        <translation>Récupérer la chaîne d’audit du backend et vérifier les deux chaînes</translation>
    </message>
    <message>
        <source>Export the selected range with its proof</source>
        <translation>Exporter la plage sélectionnée avec sa preuve</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Device or target</source>
        <translation>Appareil ou cible</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Chain verification</source>
        <translation>Vérification de la chaîne</translation>
    </message>
    <message>
        <source>Signed head</source>
        <translation>Tête signée</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l’export</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées d’audit</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Détails de l’entrée</translation>
    </message>
    <message>
        <source>No audit chain yet</source>
        <translation>Pas encore de chaîne d’audit</translation>
    </message>
    <message>
        <source>Connect to a backend (Fleet → Connect) or start the demo: the backend&apos;s audit chain is fetched and verified here, and every action you take is recorded in the console&apos;s own chain.</source>
        <translation>Connectez-vous à un backend (Parc → Se connecter) ou lancez la démonstration&#xa0;: la chaîne d’audit du backend est récupérée et vérifiée ici, et chacune de vos actions est consignée dans la chaîne propre de la console.</translation>
    </message>
    <message>
        <source>%1 · backend chain</source>
        <translation>%1 · chaîne du backend</translation>
    </message>
    <message>
        <source>%1 · console actions</source>
        <translation>%1 · actions de la console</translation>
    </message>
    <message>
        <source>%1 — broken</source>
        <translation>%1 — rompue</translation>
    </message>
    <message>
        <source>&lt;b&gt;This audit chain is broken at entry %1.&lt;/b&gt; %2 Entries from there on cannot be trusted and are marked ✗.</source>
        <translation>&lt;b&gt;Cette chaîne d’audit est rompue à l’entrée %1.&lt;/b&gt; %2 Les entrées à partir de celle-ci ne sont pas fiables et sont marquées ✗.</translation>
    </message>
    <message>
        <source>The backend&apos;s chain could not be fetched: %1 The cached entries are shown.</source>
        <translation>La chaîne du backend n’a pas pu être récupérée&#xa0;: %1 Les entrées en cache sont affichées.</translation>
    </message>
    <message>
        <source>✓ Signed head: entry %1 signed at %2 by the pinned key %3 — the cached chain matches it.</source>
        <translation>✓ Tête signée&#xa0;: entrée %1 signée le %2 par la clé épinglée %3 — la chaîne en cache y correspond.</translation>
    </message>
    <message>
        <source>✗ Signed head not verified: %1</source>
        <translation>✗ Tête signée non vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The console&apos;s own chain is kept in this computer&apos;s cache; it is hash-chained but not signed.</source>
        <translation>La chaîne propre de la console est conservée dans le cache de cet ordinateur&#x202f;; elle est chaînée par empreintes mais pas signée.</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Vérifiée</translation>
    </message>
    <message>
        <source>✗ Not verified</source>
        <translation>✗ Non vérifiée</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Entry %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;table cellspacing=&apos;4&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Time&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Operator&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Action&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Target&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Hash&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;code&gt;%7&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Previous&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;code&gt;%8&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;Details&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%9&lt;/pre&gt;</source>
        <translation>&lt;h3&gt;Entrée %1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;table cellspacing=&apos;4&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Heure&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Opérateur&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Action&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Cible&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Empreinte&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;code&gt;%7&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Précédente&lt;/b&gt;&lt;/td&gt;&lt;td&gt;&lt;code&gt;%8&lt;/code&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;Détails&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%9&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>There is no audit chain to export.</source>
        <translation>Il n’y a aucune chaîne d’audit à exporter.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing to export: no entries are shown.</source>
        <translation>Rien à exporter&#xa0;: aucune entrée n’est affichée.</translation>
    </message>
    <message>
        <source>Export audit entries %1 to %2 with proof</source>
        <translation>Exporter les entrées d’audit %1 à %2 avec preuve</translation>
    </message>
    <message>
        <source>Audit export (*.json)</source>
        <translation>Export d’audit (*.json)</translation>
    </message>
    <message>
        <source>Entries %1 to %2 exported to %3. Check it anywhere with: warden --verify-audit %3</source>
        <translation>Entrées %1 à %2 exportées dans %3. Vérifiez-le n’importe où avec&#xa0;: warden --verify-audit %3</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>warden::BackendAuditSync</name>
    <message>
        <source>The cache file is not open.</source>
        <translation>Le fichier de cache n’est pas ouvert.</translation>
    </message>
    <message>
        <source>No signed head has been fetched from the backend yet.</source>
        <translation>Aucune tête signée n’a encore été récupérée du backend.</translation>
    </message>
    <message>
        <source>The backend now signs with key %1, but key %2 was pinned on first use: the backend was replaced or its key was changed. The head is not trusted.</source>
        <translation>Le backend signe désormais avec la clé %1, mais la clé %2 a été épinglée à la première utilisation&#xa0;: le backend a été remplacé ou sa clé a changé. La tête n’est pas considérée comme fiable.</translation>
    </message>
    <message>
        <source>The backend has not announced an audit signing key.</source>
        <translation>Le backend n’a annoncé aucune clé de signature d’audit.</translation>
    </message>
    <message>
        <source>The signature of head entry %1 does not match the pinned key %2.</source>
        <translation>La signature de l’entrée de tête %1 ne correspond pas à la clé épinglée %2.</translation>
    </message>
    <message>
        <source>Entry %1, which the backend signed, is not in the cache yet.</source>
        <translation>L’entrée %1, signée par le backend, n’est pas encore dans le cache.</translation>
    </message>
    <message>
        <source>Entry %1 in the cache does not have the hash the backend signed.</source>
        <translation>L’entrée %1 du cache n’a pas l’empreinte signée par le backend.</translation>
    </message>
</context>
<context>
    <name>warden::BackendModelFeeder</name>
    <message>
        <source>•••• (locked: no key)</source>
        <translation>•••• (verrouillé&#xa0;: aucune clé)</translation>
    </message>
</context>
<context>
    <name>warden::BackendSession</name>
    <message>
        <source>The cache of %1 cannot be read.</source>
        <translation>Le cache de %1 est illisible.</translation>
    </message>
    <message>
        <source>The backend keeps refusing to resume the event stream; %1 stays offline.</source>
        <translation>Le backend refuse toujours de reprendre le flux d’événements&#x202f;; %1 reste hors ligne.</translation>
    </message>
</context>
<context>
    <name>warden::CacheWriter</name>
    <message>
        <source>The cache is not open: %1</source>
        <translation>Le cache n’est pas ouvert&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>warden::CampaignDevicesView</name>
    <message>
        <source>Waves</source>
        <translation>Vagues</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>Show in register</source>
        <translation>Afficher dans le registre</translation>
    </message>
    <message>
        <source>Waves of the campaign</source>
        <translation>Vagues de la campagne</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Halts above</source>
        <translation>Arrêt au-delà de</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Show devices in this update state</source>
        <translation>Afficher les appareils dans cet état de mise à jour</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Devices of the campaign</source>
        <translation>Appareils de la campagne</translation>
    </message>
    <message>
        <source>Load more devices of the campaign</source>
        <translation>Charger plus d’appareils de la campagne</translation>
    </message>
    <message>
        <source>Opens the register on this device (its details, history and campaigns).</source>
        <translation>Ouvre le registre sur cet appareil (ses détails, son historique et ses campagnes).</translation>
    </message>
    <message>
        <source>Campaign devices status</source>
        <translation>État des appareils de la campagne</translation>
    </message>
    <message>
        <source>Devices in</source>
        <translation>Appareils à l’état</translation>
    </message>
    <message>
        <source>Select a campaign to see its waves and devices.</source>
        <translation>Sélectionnez une campagne pour voir ses vagues et ses appareils.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No device of this campaign matches.</source>
        <translation>Aucun appareil de cette campagne ne correspond.</translation>
    </message>
    <message>
        <source>%1 device(s) shown%2.</source>
        <translation>%1 appareil(s) affiché(s)%2.</translation>
    </message>
    <message>
        <source>; more with “Load more”</source>
        <translation>&#x202f;; d’autres avec «&#xa0;Charger plus&#xa0;»</translation>
    </message>
    <message>
        <source>All waves</source>
        <translation>Toutes les vagues</translation>
    </message>
    <message>
        <source>Not drawn yet</source>
        <translation>Pas encore attribués</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Vague %1</translation>
    </message>
    <message>
        <source>Wave %1 (not started)</source>
        <translation>Vague %1 (non démarrée)</translation>
    </message>
    <message>
        <source>to %1 %</source>
        <translation>jusqu’à %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 % failed</source>
        <translation>%1&#xa0;% d’échecs</translation>
    </message>
    <message>
        <source>Could not read the campaign&apos;s devices from %1: %2</source>
        <translation>Impossible de lire les appareils de la campagne depuis %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>warden::CampaignListModel</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Halted</source>
        <translation>Stoppée</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 / %2 updated</source>
        <translation>%1 / %2 mis à jour</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
</context>
<context>
    <name>warden::CampaignTargetModel</name>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Waiting for window</source>
        <translation>En attente de la fenêtre</translation>
    </message>
    <message>
        <source>Needs physical service</source>
        <translation>Intervention sur place requise</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>warden::CampaignWindowsPanel</name>
    <message>
        <source>Maintenance windows</source>
        <translation>Fenêtres de maintenance</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Opens next</source>
        <translation>Prochaine ouverture</translation>
    </message>
    <message>
        <source>Maintenance windows per site</source>
        <translation>Fenêtres de maintenance par site</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>%1 (over midnight)</source>
        <translation>%1 (à cheval sur minuit)</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>ouverte maintenant</translation>
    </message>
    <message>
        <source>No maintenance windows.</source>
        <translation>Aucune fenêtre de maintenance.</translation>
    </message>
    <message>
        <source>Default window %1, in each site&apos;s own time zone.</source>
        <translation>Fenêtre par défaut %1, dans le fuseau horaire propre à chaque site.</translation>
    </message>
    <message>
        <source>The backend did not say which default window this campaign keeps.</source>
        <translation>Le backend n’a pas indiqué quelle fenêtre par défaut cette campagne respecte.</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) have their own window.</source>
        <translation>
            <numerusform>%n site a sa propre fenêtre.</numerusform>
            <numerusform>%n sites ont leur propre fenêtre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) wait for a window to open.</source>
        <translation>
            <numerusform>%n appareil attend l’ouverture d’une fenêtre.</numerusform>
            <numerusform>%n appareils attendent l’ouverture d’une fenêtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>No device is waiting for a window.</source>
        <translation>Aucun appareil n’attend de fenêtre.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · own</source>
        <translation>%1 · propre</translation>
    </message>
    <message>
        <source>%1 · default</source>
        <translation>%1 · par défaut</translation>
    </message>
    <message>
        <source>the site&apos;s zone</source>
        <translation>fuseau horaire du site</translation>
    </message>
    <message>
        <source>When the window opens next at %1, in the backend&apos;s simulated time</source>
        <translation>Prochaine ouverture de la fenêtre de %1, selon l’heure simulée du backend</translation>
    </message>
</context>
<context>
    <name>warden::CampaignWizard</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Only inside a maintenance window</source>
        <translation>Uniquement pendant une fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Launch campaign</source>
        <translation>Lancer la campagne</translation>
    </message>
    <message>
        <source>e.g. Camera CVE fix, north sites</source>
        <translation>p. ex. correctif CVE caméras, sites nord</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <source>Device class</source>
        <translation>Classe d’appareil</translation>
    </message>
    <message>
        <source>Firmware image</source>
        <translation>Image de micrologiciel</translation>
    </message>
    <message>
        <source>Register filter within the class, e.g. site:site-north fw:&lt;6 (empty = all)</source>
        <translation>Filtre du registre dans la classe, p. ex. site:site-north fw:&lt;6 (vide = tous)</translation>
    </message>
    <message>
        <source>Target filter</source>
        <translation>Filtre des cibles</translation>
    </message>
    <message>
        <source>Matching devices</source>
        <translation>Appareils correspondants</translation>
    </message>
    <message>
        <source>Reach (% of targets, cumulative)</source>
        <translation>Portée (% des cibles, cumulée)</translation>
    </message>
    <message>
        <source>Halt above (% failed)</source>
        <translation>Arrêt au-delà de (% d’échecs)</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Vagues</translation>
    </message>
    <message>
        <source>Add wave</source>
        <translation>Ajouter une vague</translation>
    </message>
    <message>
        <source>Remove wave</source>
        <translation>Supprimer la vague</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Wait between waves</source>
        <translation>Attente entre les vagues</translation>
    </message>
    <message>
        <source>Maintenance window start</source>
        <translation>Début de la fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Maintenance window end</source>
        <translation>Fin de la fenêtre de maintenance</translation>
    </message>
    <message>
        <source>site time zone</source>
        <translation>fuseau horaire du site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Impact preview</source>
        <translation>Aperçu de l’impact</translation>
    </message>
    <message>
        <source>Launch outcome</source>
        <translation>Résultat du lancement</translation>
    </message>
    <message>
        <source>Wave %1 reach</source>
        <translation>Portée de la vague %1</translation>
    </message>
    <message>
        <source>Wave %1 failure threshold</source>
        <translation>Seuil d’échec de la vague %1</translation>
    </message>
    <message>
        <source> · fixes %1</source>
        <translation> · corrige %1</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source>%1 (%2) · signature not verified, cannot be pushed</source>
        <translation>%1 (%2) · signature non vérifiée, ne peut pas être déployé</translation>
    </message>
    <message>
        <source>The image&apos;s signature does not verify; rolling it out could install tampered code.</source>
        <translation>La signature de l’image n’est pas valide&#x202f;; la déployer pourrait installer du code altéré.</translation>
    </message>
    <message>
        <source>The catalogue has no image for this class.</source>
        <translation>Le catalogue ne contient aucune image pour cette classe.</translation>
    </message>
    <message>
        <source>No image of this class has a verified signature, so none can be rolled out.</source>
        <translation>Aucune image de cette classe n’a de signature vérifiée, aucune ne peut donc être déployée.</translation>
    </message>
    <message>
        <source>Only images with a verified signature can be selected; the newest is first.</source>
        <translation>Seules les images à signature vérifiée peuvent être choisies&#x202f;; la plus récente est en premier.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Donnez un nom à la campagne.</translation>
    </message>
    <message>
        <source>Choose a firmware image with a verified signature.</source>
        <translation>Choisissez une image de micrologiciel à signature vérifiée.</translation>
    </message>
    <message>
        <source>The target filter does not parse: %1</source>
        <translation>Le filtre des cibles est incorrect&#xa0;: %1</translation>
    </message>
    <message>
        <source>No %1 device matches the target filter.</source>
        <translation>Aucun appareil de classe %1 ne correspond au filtre des cibles.</translation>
    </message>
    <message>
        <source>Wave %1 must reach more than wave %2 (%3 %).</source>
        <translation>La vague %1 doit atteindre plus que la vague %2 (%3&#xa0;%).</translation>
    </message>
    <message>
        <source>The last wave must reach 100 % of the targets.</source>
        <translation>La dernière vague doit atteindre 100&#xa0;% des cibles.</translation>
    </message>
    <message>
        <source>The filter does not parse: %1</source>
        <translation>Le filtre est incorrect&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Firmware &lt;b&gt;%1 %2&lt;/b&gt; (%3).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Micrologiciel &lt;b&gt;%1 %2&lt;/b&gt; (%3).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No verified firmware selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun micrologiciel vérifié sélectionné.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Waves:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vagues&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style=&quot;color:#D32F2F&quot;&gt;&lt;b&gt;%n safety-critical device(s)&lt;/b&gt;:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&quot;color:#D32F2F&quot;&gt;&lt;b&gt;%n appareil critique pour la sûreté&lt;/b&gt;&#xa0;:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&quot;color:#D32F2F&quot;&gt;&lt;b&gt;%n appareils critiques pour la sûreté&lt;/b&gt;&#xa0;:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n device(s) cannot take an online update&lt;/b&gt;; each becomes a work order for a technician:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n appareil ne peut pas être mis à jour en ligne&lt;/b&gt;&#x202f;; il fait l’objet d’un ordre de travail pour un technicien&#xa0;:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n appareils ne peuvent pas être mis à jour en ligne&lt;/b&gt;&#x202f;; chacun fait l’objet d’un ordre de travail pour un technicien&#xa0;:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#F57C00&quot;&gt;&lt;b&gt;Needs a second operator.&lt;/b&gt; The campaign touches safety-critical devices or more than %1 % of the fleet, so it waits for approval before it starts.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#F57C00&quot;&gt;&lt;b&gt;Nécessite un second opérateur.&lt;/b&gt; La campagne concerne des appareils critiques pour la sûreté ou plus de %1&#xa0;% du parc, elle attend donc une approbation avant de démarrer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sending the campaign to %1…</source>
        <translation>Envoi de la campagne à %1…</translation>
    </message>
    <message>
        <source>The backend refused the campaign: %1</source>
        <translation>Le backend a refusé la campagne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Campaign %1 was created and waits for approval: a second operator must approve it on the Approvals page before any device is updated.</source>
        <translation>La campagne %1 a été créée et attend une approbation&#xa0;: un second opérateur doit l’approuver sur la page des approbations avant la mise à jour du moindre appareil.</translation>
    </message>
    <message>
        <source>Campaign %1 was created and is %2.</source>
        <translation>La campagne %1 a été créée&#xa0;: état «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>New firmware campaign on %1</source>
        <translation>Nouvelle campagne de micrologiciel sur %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — a campaign never spans backends: only %1&apos;s devices and firmware are used.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — une campagne ne couvre jamais plusieurs backends&#xa0;: seuls les appareils et le micrologiciel de %1 sont utilisés.</translation>
    </message>
    <message>
        <source>To patch another backend&apos;s devices, choose it in the Updates page&apos;s Backend box and plan a campaign there.</source>
        <translation>Pour corriger les appareils d’un autre backend, choisissez-le dans la liste Backend de la page Mises à jour et planifiez-y une campagne.</translation>
    </message>
    <message>
        <source>Backend of the campaign</source>
        <translation>Backend de la campagne</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message numerus="yes">
        <source>%Ln %1 device(s) match</source>
        <translation>
            <numerusform>%Ln appareil %1 correspond</numerusform>
            <numerusform>%Ln appareils %1 correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; device(s) of %1 in this backend&apos;s fleet.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; appareil %1 dans le parc de ce backend.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; appareils %1 dans le parc de ce backend.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s), halt above %1 % failed</source>
        <translation>
            <numerusform>%Ln appareil, arrêt au-delà de %1&#xa0;% d’échecs</numerusform>
            <numerusform>%Ln appareils, arrêt au-delà de %1&#xa0;% d’échecs</numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Wait for a window</source>
        <translation>Attend une fenêtre</translation>
    </message>
    <message>
        <source>Window (site&apos;s local time)</source>
        <translation>Fenêtre (heure locale du site)</translation>
    </message>
    <message>
        <source>Maintenance windows per site</source>
        <translation>Fenêtres de maintenance par site</translation>
    </message>
    <message>
        <source>A site may have a window of its own, in its own time zone; the other sites use the window above.</source>
        <translation>Un site peut avoir sa propre fenêtre, dans son propre fuseau horaire&#x202f;; les autres sites utilisent la fenêtre ci-dessus.</translation>
    </message>
    <message>
        <source>Per site</source>
        <translation>Par site</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>unknown (UTC)</source>
        <translation>inconnu (UTC)</translation>
    </message>
    <message>
        <source>Own window</source>
        <translation>Fenêtre propre</translation>
    </message>
    <message>
        <source>Own window for %1</source>
        <translation>Fenêtre propre pour %1</translation>
    </message>
    <message>
        <source>Window start at %1</source>
        <translation>Début de la fenêtre pour %1</translation>
    </message>
    <message>
        <source>Window end at %1</source>
        <translation>Fin de la fenêtre pour %1</translation>
    </message>
    <message>
        <source>own window %1–%2</source>
        <translation>fenêtre propre %1–%2</translation>
    </message>
    <message>
        <source>default window %1</source>
        <translation>fenêtre par défaut %1</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %Ln device(s), %3</source>
        <translation>
            <numerusform>%1 (%2)&#xa0;: %Ln appareil, %3</numerusform>
            <numerusform>%1 (%2)&#xa0;: %Ln appareils, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n device(s) update only inside a maintenance window; these sites wait for one:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n appareil n’est mis à jour que pendant une fenêtre de maintenance&#x202f;; ces sites en attendent une&#xa0;:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n appareils ne sont mis à jour que pendant une fenêtre de maintenance&#x202f;; ces sites en attendent une&#xa0;:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Use a filter instead</source>
        <translation>Utiliser plutôt un filtre</translation>
    </message>
    <message>
        <source>Selected devices</source>
        <translation>Appareils sélectionnés</translation>
    </message>
    <message>
        <source>Target the devices of a register filter instead of the devices picked one by one.</source>
        <translation>Cibler les appareils d’un filtre du registre plutôt que les appareils choisis un à un.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected device(s)</source>
        <translation>
            <numerusform>%Ln appareil sélectionné</numerusform>
            <numerusform>%Ln appareils sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 devices are selected; a campaign can name at most %2 devices one by one. Target them with a filter instead (in the register: filter, then &quot;Select all matching&quot;).</source>
        <translation>%1 appareils sont sélectionnés&#x202f;; une campagne peut désigner au plus %2 appareils un à un. Ciblez-les plutôt avec un filtre (dans le registre&#xa0;: filtrer, puis «&#xa0;Sélectionner les correspondants&#xa0;»).</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected device(s) is a %1 device of this backend.</source>
        <translation>
            <numerusform>L’appareil sélectionné (%Ln) n’est pas un appareil %1 de ce backend.</numerusform>
            <numerusform>Aucun des %Ln appareils sélectionnés n’est un appareil %1 de ce backend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are %1 devices</source>
        <translation>
            <numerusform>%Ln d’entre eux est un appareil %1</numerusform>
            <numerusform>%Ln d’entre eux sont des appareils %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (another class, or no longer in the register)</source>
        <translation>
            <numerusform>%Ln exclu (autre classe, ou ne figure plus dans le registre)</numerusform>
            <numerusform>%Ln exclus (autre classe, ou ne figurent plus dans le registre)</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 devices selected one by one: target them with a filter instead.</source>
        <translation>Plus de %1 appareils sélectionnés un à un&#xa0;: ciblez-les plutôt avec un filtre.</translation>
    </message>
</context>
<context>
    <name>warden::ConnectDialog</name>
    <message>
        <source>Connect to a fleet backend</source>
        <translation>Se connecter à un backend de parc</translation>
    </message>
    <message>
        <source>Stored connection profiles</source>
        <translation>Profils de connexion enregistrés</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nouveau profil…</translation>
    </message>
    <message>
        <source>e.g. eu-west</source>
        <translation>p. ex. eu-west</translation>
    </message>
    <message>
        <source>optional: sha256/BASE64 of the server&apos;s public key</source>
        <translation>facultatif&#xa0;: sha256/BASE64 de la clé publique du serveur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator</source>
        <translation>Code à 6 chiffres de votre application d’authentification</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Backend URL</source>
        <translation>URL du backend</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>bundle d’AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>empty = the system&apos;s trusted CAs</source>
        <translation>vide = AC de confiance du système</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt);;All files (*)</source>
        <translation>Certificat PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>optional, for mutual TLS</source>
        <translation>facultatif, pour le TLS mutuel</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>PEM key (*.pem *.key);;All files (*)</source>
        <translation>Clé PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Public key pin</source>
        <translation>Épinglage de clé publique</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is always verified. Connections that fail verification are refused and the reason is shown here.</source>
        <translation>Le certificat du serveur est toujours vérifié. Les connexions dont la vérification échoue sont refusées et la raison est affichée ici.</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Choisir %1</translation>
    </message>
    <message>
        <source>Enter your user name, your password and the current one-time code.</source>
        <translation>Saisissez votre nom d’utilisateur, votre mot de passe et le code à usage unique actuel.</translation>
    </message>
    <message>
        <source>The account unlocks at %1.</source>
        <translation>Le compte sera déverrouillé à %1.</translation>
    </message>
</context>
<context>
    <name>warden::ConsoleController</name>
    <message>
        <source>Offline · opening %1…</source>
        <translation>Hors ligne · ouverture de %1…</translation>
    </message>
    <message>
        <source>Offline · cache not opened</source>
        <translation>Hors ligne · cache non ouvert</translation>
    </message>
    <message>
        <source>Could not open the cache: %1</source>
        <translation>Impossible d’ouvrir le cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · offline (cache only)</source>
        <translation>%1 · hors ligne (cache seulement)</translation>
    </message>
    <message>
        <source>Demo backend unavailable</source>
        <translation>Backend de démonstration indisponible</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: the local cache could not be written: %2</source>
        <translation>%1&#xa0;: le cache local n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · resynchronising: the backend no longer has events before #%2</source>
        <translation>%1 · resynchronisation&#xa0;: le backend n’a plus les événements antérieurs au nº&#xa0;%2</translation>
    </message>
    <message>
        <source>A backend named %1 is already connected.</source>
        <translation>Un backend nommé %1 est déjà connecté.</translation>
    </message>
    <message>
        <source>%1: %2 Enter a new one-time code to continue.</source>
        <translation>%1&#xa0;: %2 Saisissez un nouveau code à usage unique pour continuer.</translation>
    </message>
</context>
<context>
    <name>warden::ConsoleLock</name>
    <message>
        <source>No backend is connected to check the code against.</source>
        <translation>Aucun backend n’est connecté pour vérifier le code.</translation>
    </message>
</context>
<context>
    <name>warden::CredentialModel</name>
    <message>
        <source>X.509 certificate</source>
        <translation>Certificat X.509</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Clé prépartagée</translation>
    </message>
    <message>
        <source>Password (weak)</source>
        <translation>Mot de passe (faible)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Needs a visit</source>
        <translation>Visite nécessaire</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>n’expire pas</translation>
    </message>
    <message numerus="yes">
        <source>%1 · expired %n day(s) ago</source>
        <translation>
            <numerusform>%1 · expiré depuis %n jour</numerusform>
            <numerusform>%1 · expiré depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · in %n day(s)</source>
        <translation>
            <numerusform>%1 · dans %n jour</numerusform>
            <numerusform>%1 · dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>default credentials in use</source>
        <translation>identifiants par défaut utilisés</translation>
    </message>
    <message>
        <source>rotates on site only</source>
        <translation>renouvelable sur site uniquement</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>Empreinte (SHA-256)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certificate serial: %1</source>
        <translation>Numéro de série du certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Dernier renouvellement</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>warden::DashboardFeeder</name>
    <message>
        <source>The cache could not be opened.</source>
        <translation>Impossible d’ouvrir le cache.</translation>
    </message>
</context>
<context>
    <name>warden::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Events per minute by severity</source>
        <translation>Événements par minute selon la gravité</translation>
    </message>
    <message>
        <source>Top threat types (last hour)</source>
        <translation>Principaux types de menaces (dernière heure)</translation>
    </message>
    <message>
        <source>Events per minute by severity, %1 until now</source>
        <translation>Événements par minute selon la gravité, de %1 à maintenant</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Fleet health, incidents and threats over the last hour</source>
        <translation>État du parc, incidents et menaces de la dernière heure</translation>
    </message>
    <message>
        <source>Open the device register</source>
        <translation>Ouvrir le registre</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Open the quarantine page</source>
        <translation>Ouvrir la page Quarantaine</translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation>Événements par seconde</translation>
    </message>
    <message>
        <source>Open the live threat feed</source>
        <translation>Ouvrir le flux de menaces en direct</translation>
    </message>
    <message>
        <source>%1 incidents</source>
        <translation>Incidents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show the open %1 incidents</source>
        <translation>Afficher les incidents ouverts (%1)</translation>
    </message>
    <message>
        <source>Update campaigns</source>
        <translation>Campagnes de mise à jour</translation>
    </message>
    <message>
        <source>Open the update campaigns</source>
        <translation>Ouvrir les campagnes de mise à jour</translation>
    </message>
    <message>
        <source>Mean time to acknowledge</source>
        <translation>Délai moyen de prise en compte</translation>
    </message>
    <message>
        <source>Show every open incident</source>
        <translation>Afficher tous les incidents ouverts</translation>
    </message>
    <message>
        <source>Mean time to resolve</source>
        <translation>Délai moyen de résolution</translation>
    </message>
    <message>
        <source>Open incidents by age</source>
        <translation>Incidents ouverts par ancienneté</translation>
    </message>
    <message>
        <source>%1, details</source>
        <translation>%1, détails</translation>
    </message>
    <message>
        <source>%1% of %2 devices</source>
        <translation>%1 % de %2 appareils</translation>
    </message>
    <message>
        <source>no devices yet</source>
        <translation>aucun appareil pour l’instant</translation>
    </message>
    <message>
        <source>offline or disabled</source>
        <translation>hors ligne ou désactivés</translation>
    </message>
    <message>
        <source>risk score ≥ %1</source>
        <translation>score de risque ≥ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n safety-critical</source>
        <translation>
            <numerusform>%n critique pour la sûreté</numerusform>
            <numerusform>%n critiques pour la sûreté</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the last hour</source>
        <translation>%1 dans la dernière heure</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>aucun ouvert</translation>
    </message>
    <message>
        <source>open · oldest %1</source>
        <translation>ouverts · le plus ancien %1</translation>
    </message>
    <message>
        <source>%1 open, %2 not acknowledged</source>
        <translation>%1 ouverts, %2 non pris en compte</translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n résolu</numerusform>
            <numerusform>%n résolus</numerusform>
        </translation>
    </message>
    <message>
        <source>no backend connected</source>
        <translation>aucun backend connecté</translation>
    </message>
    <message>
        <source>%1% updated</source>
        <translation>%1 % mis à jour</translation>
    </message>
    <message numerus="yes">
        <source>%n halted</source>
        <translation>
            <numerusform>%n arrêtée</numerusform>
            <numerusform>%n arrêtées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>none in progress</source>
        <translation>aucune en cours</translation>
    </message>
    <message>
        <source>active · %1</source>
        <translation>actives · %1</translation>
    </message>
</context>
<context>
    <name>warden::DemoSession</name>
    <message>
        <source>Could not create a temporary directory for the demo backend: %1</source>
        <translation>Impossible de créer un dossier temporaire pour le backend de démonstration&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Starting the demo backend with %n devices…</source>
        <translation>
            <numerusform>Démarrage du backend de démonstration avec %n appareil…</numerusform>
            <numerusform>Démarrage du backend de démonstration avec %n appareils…</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo backend did not start: %1</source>
        <translation>Le backend de démonstration n’a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the demo accounts: %1</source>
        <translation>Impossible de lire les comptes de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo backend has no account &quot;%1&quot;.</source>
        <translation>Le backend de démonstration n’a pas de compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The demo backend&apos;s TLS settings are unusable: %1</source>
        <translation>Les paramètres TLS du backend de démonstration sont inutilisables&#xa0;: %1</translation>
    </message>
    <message>
        <source>Logging in to the demo backend as %1…</source>
        <translation>Connexion au backend de démonstration en tant que %1…</translation>
    </message>
    <message>
        <source>Demo login failed: %1</source>
        <translation>Échec de la connexion de démonstration&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>warden::DeviceCampaignModel</name>
    <message>
        <source>Campaign %1</source>
        <translation>Campagne %1</translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Campaign state</source>
        <translation>État de la campagne</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>warden::DeviceCampaignsView</name>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>Open campaign</source>
        <translation>Ouvrir la campagne</translation>
    </message>
    <message>
        <source>Update campaigns of the device, status</source>
        <translation>Campagnes de mise à jour de l’appareil, état</translation>
    </message>
    <message>
        <source>Update campaigns of the device</source>
        <translation>Campagnes de mise à jour de l’appareil</translation>
    </message>
    <message>
        <source>Shows the campaign on the Updates page: its waves, devices and controls.</source>
        <translation>Affiche la campagne sur la page Mises à jour&#xa0;: ses vagues, ses appareils et ses commandes.</translation>
    </message>
    <message>
        <source>Select a device to see the update campaigns that targeted it.</source>
        <translation>Sélectionnez un appareil pour voir les campagnes de mise à jour qui l’ont ciblé.</translation>
    </message>
    <message>
        <source>Loading the campaigns of %1 from %2…</source>
        <translation>Chargement des campagnes de %1 depuis %2…</translation>
    </message>
    <message>
        <source>Could not read the campaigns of %1 from %2: %3</source>
        <translation>Impossible de lire les campagnes de %1 depuis %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No update campaign has targeted %1 on %2.</source>
        <translation>Aucune campagne de mise à jour n’a ciblé %1 sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) targeted %1 on %2; newest first.</source>
        <translation>
            <numerusform>%n campagne a ciblé %1 sur %2&#x202f;; la plus récente en premier.</numerusform>
            <numerusform>%n campagnes ont ciblé %1 sur %2&#x202f;; les plus récentes en premier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::DeviceDetailPanel</name>
    <message>
        <source>Takes over-the-air updates</source>
        <translation>Reçoit les mises à jour par le réseau (OTA)</translation>
    </message>
    <message>
        <source>Updates only inside the site&apos;s maintenance window</source>
        <translation>Mises à jour uniquement pendant la fenêtre de maintenance du site</translation>
    </message>
    <message>
        <source>Safety-critical (quarantine needs a second operator)</source>
        <translation>Critique pour la sûreté (la quarantaine exige un second opérateur)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Disable device…</source>
        <translation>Désactiver l’appareil…</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Aucun appareil sélectionné</translation>
    </message>
    <message>
        <source>Device details</source>
        <translation>Détails de l’appareil</translation>
    </message>
    <message>
        <source>Select a device to see its details.</source>
        <translation>Sélectionnez un appareil pour voir ses détails.</translation>
    </message>
    <message>
        <source>Device history</source>
        <translation>Historique de l’appareil</translation>
    </message>
    <message>
        <source>Select a device to see its events, incidents, licences, updates and audit entries.</source>
        <translation>Sélectionnez un appareil pour voir ses événements, incidents, licences, mises à jour et entrées d’audit.</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l’appareil</translation>
    </message>
    <message>
        <source>Owner reference</source>
        <translation>Référence du propriétaire</translation>
    </message>
    <message>
        <source>Owner reference, e.g. own-000123 (empty: no owner)</source>
        <translation>Référence du propriétaire, p. ex. own-000123 (vide&#xa0;: aucun propriétaire)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Room, floor or mounting point</source>
        <translation>Pièce, étage ou point de montage</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save the register fields</source>
        <translation>Enregistrer les champs du registre</translation>
    </message>
    <message>
        <source>Reason for disabling or enabling</source>
        <translation>Raison de la désactivation ou de l’activation</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Raison (obligatoire)</translation>
    </message>
    <message>
        <source>Disable or enable the device</source>
        <translation>Désactiver ou activer l’appareil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Disabling cuts the device off the network until it is enabled again.</source>
        <translation>La désactivation coupe l’appareil du réseau jusqu’à sa réactivation.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> Audit entry #%1.</source>
        <translation> Entrée d’audit n° %1.</translation>
    </message>
    <message>
        <source>Nothing to save: the form matches the register.</source>
        <translation>Rien à enregistrer&#xa0;: le formulaire correspond au registre.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2%3</source>
        <translation>%1 n’a pas été modifié&#xa0;: %2%3</translation>
    </message>
    <message>
        <source>Saved %1.%2</source>
        <translation>%1 enregistré.%2</translation>
    </message>
    <message>
        <source>Saving %1…%2</source>
        <translation>Enregistrement de %1…%2</translation>
    </message>
    <message>
        <source>Enable device…</source>
        <translation>Activer l’appareil…</translation>
    </message>
    <message>
        <source>Disable %1 (%2)? The backend cuts it off the network until someone enables it again.</source>
        <translation>Désactiver %1 (%2)&#x202f;? Le backend le coupe du réseau jusqu’à ce que quelqu’un le réactive.</translation>
    </message>
    <message>
        <source>Enable %1 (%2)? It may use the network again.</source>
        <translation>Activer %1 (%2)&#x202f;? Il pourra de nouveau utiliser le réseau.</translation>
    </message>
    <message>
        <source>This device is safety-critical: make sure the people relying on it are told first.</source>
        <translation>Cet appareil est critique pour la sûreté&#xa0;: prévenez d’abord les personnes qui en dépendent.</translation>
    </message>
    <message>
        <source>Disable device</source>
        <translation>Désactiver l’appareil</translation>
    </message>
    <message>
        <source>Enable device</source>
        <translation>Activer l’appareil</translation>
    </message>
    <message>
        <source>%1 was not disabled: %2%3</source>
        <translation>%1 n’a pas été désactivé&#xa0;: %2%3</translation>
    </message>
    <message>
        <source>%1 was not enabled: %2%3</source>
        <translation>%1 n’a pas été activé&#xa0;: %2%3</translation>
    </message>
    <message>
        <source>Disabled %1.%2</source>
        <translation>%1 désactivé.%2</translation>
    </message>
    <message>
        <source>Enabled %1.%2</source>
        <translation>%1 activé.%2</translation>
    </message>
    <message>
        <source>Disabling %1…%2</source>
        <translation>Désactivation de %1…%2</translation>
    </message>
    <message>
        <source>Enabling %1…%2</source>
        <translation>Activation de %1…%2</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l’historique…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Impossible de lire l’historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>No threat events from this device in the cache.</source>
        <translation>Aucun événement de menace de cet appareil dans le cache.</translation>
    </message>
    <message>
        <source>%1 %2 · #%3</source>
        <translation>%1 %2 · n° %3</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>The device is in no incident.</source>
        <translation>L’appareil n’est concerné par aucun incident.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>No licence was requested for this device.</source>
        <translation>Aucune licence n’a été demandée pour cet appareil.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>No update campaign has targeted this device.</source>
        <translation>Aucune campagne de mise à jour n’a ciblé cet appareil.</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées d’audit</translation>
    </message>
    <message>
        <source>No audit entry names this device.</source>
        <translation>Aucune entrée d’audit ne mentionne cet appareil.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Copy owner contact</source>
        <translation>Copier le contact du propriétaire</translation>
    </message>
    <message>
        <source>Copy the owner&apos;s contact to the clipboard</source>
        <translation>Copier le contact du propriétaire dans le presse-papiers</translation>
    </message>
    <message numerus="yes">
        <source>Personal data: copied marked as secret, so clipboard managers keep no history of it, and cleared after %n seconds.</source>
        <translation>
            <numerusform>Données personnelles&#xa0;: copiées comme secrètes, pour que les gestionnaires de presse-papiers n’en gardent aucun historique, et effacées après %n seconde.</numerusform>
            <numerusform>Données personnelles&#xa0;: copiées comme secrètes, pour que les gestionnaires de presse-papiers n’en gardent aucun historique, et effacées après %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The owner&apos;s contact is personal data: it needs a role that may read owners and the unlocked personal-data key.</source>
        <translation>Le contact du propriétaire est une donnée personnelle&#xa0;: il faut un rôle autorisé à lire les propriétaires et la clé des données personnelles déverrouillée.</translation>
    </message>
    <message numerus="yes">
        <source>The owner&apos;s contact is on the clipboard, marked secret; it is cleared in %n seconds.</source>
        <translation>
            <numerusform>Le contact du propriétaire est dans le presse-papiers, marqué comme secret&#x202f;; il sera effacé dans %n seconde.</numerusform>
            <numerusform>Le contact du propriétaire est dans le presse-papiers, marqué comme secret&#x202f;; il sera effacé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the owner&apos;s contact…</source>
        <translation>Lecture du contact du propriétaire…</translation>
    </message>
</context>
<context>
    <name>warden::DeviceImportDialog</name>
    <message>
        <source>Import devices — %1</source>
        <translation>Importer des appareils – %1</translation>
    </message>
    <message>
        <source>Checking %1 for %2…</source>
        <translation>Vérification de %1 pour %2…</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l’import</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Problèmes d’import</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>%v sur %m envoyés</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing will be changed. Fix the problem below and import it again.</source>
        <translation>Ce fichier ne peut pas être importé&#x202f;; rien ne sera modifié. Corrigez le problème ci-dessous et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Into %1: %2 new devices, %3 updates, %4 unchanged.</source>
        <translation>Dans %1&#xa0;: %2 nouveaux appareils, %3 mises à jour, %4 inchangés.</translation>
    </message>
    <message>
        <source>%1 lines have problems and will be left out entirely (listed below).</source>
        <translation>%1 lignes présentent des problèmes et seront entièrement ignorées (listées ci-dessous).</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>There is nothing to apply.</source>
        <translation>Il n’y a rien à appliquer.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet: press Apply to send the %1 changes.</source>
        <translation>Rien n’a encore été modifié&#xa0;: cliquez sur «&#xa0;Appliquer&#xa0;» pour envoyer les %1 modifications.</translation>
    </message>
    <message>
        <source>Apply %1 changes</source>
        <translation>Appliquer %1 modifications</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Arrêter l’envoi</translation>
    </message>
    <message>
        <source>Stopping: the %1 requests already sent are answered, no more are sent.</source>
        <translation>Arrêt&#xa0;: les %1 requêtes déjà envoyées reçoivent leur réponse, aucune autre n’est envoyée.</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>backend</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 a été refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 applied, %2 refused by the backend.</source>
        <translation>%1 appliqués, %2 refusés par le backend.</translation>
    </message>
    <message>
        <source>Stopped: %1 were not sent.</source>
        <translation>Arrêté&#xa0;: %1 n’ont pas été envoyés.</translation>
    </message>
    <message>
        <source>Each change is in the audit log.</source>
        <translation>Chaque modification figure dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Problem or change</source>
        <translation>Problème ou modification</translation>
    </message>
    <message>
        <source>%1 more lines of the report are not listed.</source>
        <translation>%1 autres lignes du rapport ne sont pas listées.</translation>
    </message>
    <message>
        <source>%1 fields will be cleared (listed below).</source>
        <translation>%1 champs seront effacés (listés ci-dessous).</translation>
    </message>
</context>
<context>
    <name>warden::DeviceRegisterModel</name>
    <message>
        <source>•••• (personal data)</source>
        <translation>•••• (données personnelles)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Isolé</translation>
    </message>
    <message>
        <source>Credentials revoked</source>
        <translation>Identifiants révoqués</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>Critique pour la sûreté</translation>
    </message>
    <message>
        <source>Owner names are personal data; your role does not allow showing them.</source>
        <translation>Les noms des propriétaires sont des données personnelles&#x202f;; votre rôle ne permet pas de les afficher.</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sûreté</translation>
    </message>
</context>
<context>
    <name>warden::DryRunHitModel</name>
    <message>
        <source>quarantine: %1 — safety-critical, waits for a second operator</source>
        <translation>quarantaine&#xa0;: %1 — critique pour la sûreté, attend un second opérateur</translation>
    </message>
    <message>
        <source>quarantine: %1</source>
        <translation>quarantaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>revoke its licences</source>
        <translation>révoquer ses licences</translation>
    </message>
    <message>
        <source>raise the incident&apos;s severity</source>
        <translation>augmenter la gravité de l’incident</translation>
    </message>
    <message>
        <source>notify</source>
        <translation>notifier</translation>
    </message>
    <message>
        <source>No stored events to scan yet.</source>
        <translation>Pas encore d’événements enregistrés à analyser.</translation>
    </message>
    <message>
        <source>the rule would not have acted.</source>
        <translation>la règle n’aurait pas agi.</translation>
    </message>
    <message>
        <source>%1 on %2.</source>
        <translation>%1 sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln appareil</numerusform>
            <numerusform>%Ln appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>The backend stopped listing at %1 hits: the rule would have done more.</source>
        <translation>Le backend a arrêté la liste à %1 résultats&#xa0;: la règle en aurait fait davantage.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The device is safety-critical: the rule files a quarantine request that a second operator must approve; it never isolates such a device by itself.</source>
        <translation>L’appareil est critique pour la sûreté&#xa0;: la règle dépose une demande de quarantaine qu’un second opérateur doit approuver&#x202f;; elle n’isole jamais un tel appareil d’elle-même.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Would have</source>
        <translation>Aurait</translation>
    </message>
    <message>
        <source>Event #</source>
        <translation>Événement n°</translation>
    </message>
    <message>
        <source>No cached events in %1: nothing was scanned. Choose a longer range.</source>
        <translation>Aucun événement en cache sur la période (%1)&#xa0;: rien n’a été analysé. Choisissez une période plus longue.</translation>
    </message>
    <message>
        <source>Range: %1 — %2.</source>
        <translation>Période&#xa0;: %1 — %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached event(s)</source>
        <translation>
            <numerusform>%Ln événement en cache</numerusform>
            <numerusform>%Ln événements en cache</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1–#%2, %3 to %4</source>
        <translation>#%1–#%2, du %3 au %4</translation>
    </message>
    <message>
        <source>#%1–#%2</source>
        <translation>#%1–#%2</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %Ln event(s) (%1): </source>
        <translation>
            <numerusform>%Ln événement analysé (%1)&#xa0;: </numerusform>
            <numerusform>%Ln événements analysés (%1)&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>Capped: a dry run covers at most %1 events, so only the newest were scanned; the range&apos;s %2 older cached events (from %3) were not.</source>
        <translation>Plafonné&#xa0;: une simulation couvre au plus %1 événements, seuls les plus récents ont donc été analysés&#x202f;; les %2 événements plus anciens de la période en cache (à partir du %3) ne l’ont pas été.</translation>
    </message>
    <message>
        <source>The backend no longer keeps events before #%1; the range&apos;s events before it were not scanned.</source>
        <translation>Le backend ne conserve plus les événements antérieurs à #%1&#x202f;; les événements de la période antérieurs à celui-ci n’ont pas été analysés.</translation>
    </message>
    <message>
        <source>Complete: every event in the range was scanned and every hit is listed.</source>
        <translation>Complet&#xa0;: chaque événement de la période a été analysé et chaque résultat est listé.</translation>
    </message>
</context>
<context>
    <name>warden::FirmwareCatalogModel</name>
    <message>
        <source>The image&apos;s signature verifies; it can be rolled out.</source>
        <translation>La signature de l’image est valide&#x202f;; elle peut être déployée.</translation>
    </message>
    <message>
        <source>The image&apos;s signature does not verify: it cannot be pushed to devices.</source>
        <translation>La signature de l’image n’est pas valide&#xa0;: elle ne peut pas être déployée sur les appareils.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>aucune connue</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Known CVEs</source>
        <translation>CVE connues</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>Corrige</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publiée le</translation>
    </message>
</context>
<context>
    <name>warden::IdentityController</name>
    <message>
        <source>The backend %1 is not connected.</source>
        <translation>Le backend %1 n’est pas connecté.</translation>
    </message>
    <message>
        <source>You are not logged in to %1. Operators are listed once you log in as an administrator.</source>
        <translation>Vous n’êtes pas connecté à %1. Les opérateurs sont listés dès que vous êtes connecté en tant qu’administrateur.</translation>
    </message>
    <message>
        <source>Only administrators can list operators and reset their 2FA. You are logged in to %1 as %2 (%3); ask an administrator, or log in with an admin account.</source>
        <translation>Seuls les administrateurs peuvent lister les opérateurs et réinitialiser leur 2FA. Vous êtes connecté à %1 en tant que %2 (%3)&#x202f;; demandez à un administrateur ou connectez-vous avec un compte admin.</translation>
    </message>
    <message>
        <source>%1 is unreachable, so nothing was sent. A 2FA reset is not kept as a pending action: the new secret exists only in the backend&apos;s answer. Reset again once %1 is back.</source>
        <translation>%1 est injoignable, rien n’a donc été envoyé. Une réinitialisation 2FA n’est pas conservée en attente&#xa0;: le nouveau secret n’existe que dans la réponse du backend. Réinitialisez à nouveau dès le retour de %1.</translation>
    </message>
    <message>
        <source>No join request exists for this event: %1 was seen by %2 but has not asked to join, so there is nothing to admit. Quarantine or investigate it from the register if it should not be there.</source>
        <translation>Aucune demande d’adhésion n’existe pour cet événement&#xa0;: %1 a été vu par %2 mais n’a pas demandé à rejoindre le parc, il n’y a donc rien à admettre. Mettez-le en quarantaine ou examinez-le depuis le registre s’il ne devrait pas s’y trouver.</translation>
    </message>
    <message>
        <source>No join request %1 exists on %2 any more: it expired or was removed, so there is nothing to review.</source>
        <translation>La demande d’adhésion %1 n’existe plus sur %2&#xa0;: elle a expiré ou a été supprimée, il n’y a donc rien à examiner.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Nothing to review: the join request %1 (%2) was already accepted by %3.</source>
        <translation>Rien à examiner&#xa0;: la demande d’adhésion %1 (%2) a déjà été acceptée par %3.</translation>
    </message>
    <message>
        <source>Nothing to review: the join request %1 (%2) was already rejected by %3.</source>
        <translation>Rien à examiner&#xa0;: la demande d’adhésion %1 (%2) a déjà été rejetée par %3.</translation>
    </message>
    <message>
        <source>The Identity page is not available.</source>
        <translation>La page «&#xa0;Identité&#xa0;» n’est pas disponible.</translation>
    </message>
</context>
<context>
    <name>warden::IdentityPage</name>
    <message>
        <source>Device identity</source>
        <translation>Identité des appareils</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Admission and credentials</source>
        <translation>Admission et identifiants</translation>
    </message>
    <message>
        <source>Which join requests to show</source>
        <translation>Demandes d’adhésion à afficher</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>En attente de décision</translation>
    </message>
    <message>
        <source>Clones</source>
        <translation>Clones</translation>
    </message>
    <message>
        <source>Preauthorized</source>
        <translation>Préautorisées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>Preauthorize from CSV…</source>
        <translation>Préautoriser depuis un CSV…</translation>
    </message>
    <message>
        <source>A file with one serial per line, optionally followed by a comma and the SHA-256 fingerprint of the only key the device may use.</source>
        <translation>Un fichier avec un numéro de série par ligne, éventuellement suivi d’une virgule et de l’empreinte SHA-256 de la seule clé que l’appareil peut utiliser.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Devices asking to join</source>
        <translation>Appareils demandant à rejoindre le parc</translation>
    </message>
    <message>
        <source>No devices are waiting to join. Join requests appear here when a device asks to join through one of the backend&apos;s gateways.</source>
        <translation>Aucun appareil n’attend d’adhésion. Les demandes d’adhésion apparaissent ici lorsqu’un appareil demande à rejoindre le parc via l’une des passerelles du backend.</translation>
    </message>
    <message>
        <source>Also open a licence request for these scopes:</source>
        <translation>Ouvrir aussi une demande de licence pour ces portées&#xa0;:</translation>
    </message>
    <message>
        <source>Licence scopes to request, separated by commas</source>
        <translation>Portées de licence à demander, séparées par des virgules</translation>
    </message>
    <message>
        <source>Accept and admit</source>
        <translation>Accepter et admettre</translation>
    </message>
    <message>
        <source>Reason for rejecting (required)</source>
        <translation>Raison du rejet (obligatoire)</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>Raison du rejet</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Which credentials to show</source>
        <translation>Identifiants à afficher</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Expiring within this many days</source>
        <translation>Expire dans ce nombre de jours</translation>
    </message>
    <message>
        <source>Device, serial, subject or issuer</source>
        <translation>Appareil, numéro de série, sujet ou émetteur</translation>
    </message>
    <message>
        <source>Search credentials</source>
        <translation>Rechercher des identifiants</translation>
    </message>
    <message>
        <source>Device credentials</source>
        <translation>Identifiants des appareils</translation>
    </message>
    <message>
        <source>Rotate selected</source>
        <translation>Renouveler la sélection</translation>
    </message>
    <message>
        <source>Issues new certificates to every credential in the list. Devices that cannot take one over the network are marked as needing a technician&apos;s visit.</source>
        <translation>Émet de nouveaux certificats pour tous les identifiants de la liste. Les appareils qui ne peuvent pas en recevoir par le réseau sont marqués comme nécessitant la visite d’un technicien.</translation>
    </message>
    <message>
        <source>Reason for revoking (required)</source>
        <translation>Raison de la révocation (obligatoire)</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Raison de la révocation</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Technician installed a new certificate</source>
        <translation>Un technicien a installé un nouveau certificat</translation>
    </message>
    <message>
        <source>%1 waiting to join · %2 clones · %3 preauthorized · %4 credentials: %5 expiring within %6 days, %7 expired, %8 need a visit</source>
        <translation>%1 en attente d’adhésion · %2 clones · %3 préautorisées · %4 identifiants&#xa0;: %5 expirent dans %6 jours, %7 expirés, %8 nécessitent une visite</translation>
    </message>
    <message>
        <source>All credentials (%1)</source>
        <translation>Tous les identifiants (%1)</translation>
    </message>
    <message>
        <source>Expiring within (%1)</source>
        <translation>Expirent bientôt (%1)</translation>
    </message>
    <message>
        <source>Expired (%1)</source>
        <translation>Expirés (%1)</translation>
    </message>
    <message>
        <source>Weak methods (%1)</source>
        <translation>Méthodes faibles (%1)</translation>
    </message>
    <message>
        <source>Default credentials in use (%1)</source>
        <translation>Identifiants par défaut utilisés (%1)</translation>
    </message>
    <message>
        <source>Waiting for a visit (%1)</source>
        <translation>En attente de visite (%1)</translation>
    </message>
    <message>
        <source>Revoked (%1)</source>
        <translation>Révoqués (%1)</translation>
    </message>
    <message>
        <source>Waiting for a decision (%1)</source>
        <translation>En attente de décision (%1)</translation>
    </message>
    <message>
        <source>Clones (%1)</source>
        <translation>Clones (%1)</translation>
    </message>
    <message>
        <source>Preauthorized (%1)</source>
        <translation>Préautorisées (%1)</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Rejetées (%1)</translation>
    </message>
    <message>
        <source>Accepted (%1)</source>
        <translation>Acceptées (%1)</translation>
    </message>
    <message>
        <source>All requests (%1)</source>
        <translation>Toutes les demandes (%1)</translation>
    </message>
    <message>
        <source>No credentials yet. Every device&apos;s credential appears here once the backend is synchronised.</source>
        <translation>Aucun identifiant pour l’instant. Les identifiants de chaque appareil apparaissent ici une fois le backend synchronisé.</translation>
    </message>
    <message>
        <source>No credential matches this view. Choose another view or clear the search.</source>
        <translation>Aucun identifiant ne correspond à cette vue. Choisissez une autre vue ou effacez la recherche.</translation>
    </message>
    <message>
        <source>Rotate all %1 shown</source>
        <translation>Renouveler les %1 affichés</translation>
    </message>
    <message>
        <source>Rotate %1 selected</source>
        <translation>Renouveler les %1 sélectionnés</translation>
    </message>
    <message>
        <source>Select a request to decide on it.</source>
        <translation>Sélectionnez une demande pour statuer dessus.</translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation>Rien à décider.</translation>
    </message>
    <message>
        <source>%1 asks to join</source>
        <translation>%1 demande à rejoindre le parc</translation>
    </message>
    <message>
        <source>%1 (%2) asks to join</source>
        <translation>%1 (%2) demande à rejoindre le parc</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Came in through</source>
        <translation>Arrivée par</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>any (preauthorized by serial)</source>
        <translation>quelconque (préautorisée par numéro de série)</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vu pour la première fois</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décision prise</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Admitted as</source>
        <translation>Admis en tant que</translation>
    </message>
    <message>
        <source>Licence request</source>
        <translation>Demande de licence</translation>
    </message>
    <message>
        <source>Clone: this request claims the identity of %1, which is admitted with another key. It cannot be accepted or merged; reject it and investigate where it came from.</source>
        <translation>Clone&#xa0;: cette demande revendique l’identité de %1, admis avec une autre clé. Elle ne peut être ni acceptée ni fusionnée&#x202f;; rejetez-la et cherchez d’où elle vient.</translation>
    </message>
    <message>
        <source>Select credentials to act on them.</source>
        <translation>Sélectionnez des identifiants pour agir dessus.</translation>
    </message>
    <message>
        <source>%1 credentials selected</source>
        <translation>%1 identifiants sélectionnés</translation>
    </message>
    <message numerus="yes">
        <source>%n of them can only be rotated by a technician on site.</source>
        <translation>
            <numerusform>%n d’entre eux ne peut être renouvelé que par un technicien sur site.</numerusform>
            <numerusform>%n d’entre eux ne peuvent être renouvelés que par un technicien sur site.</numerusform>
        </translation>
    </message>
    <message>
        <source>Credential of %1</source>
        <translation>Identifiant de %1</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Certificate serial</source>
        <translation>Numéro de série du certificat</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>n’expire pas</translation>
    </message>
    <message>
        <source>Last rotated</source>
        <translation>Dernier renouvellement</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#D32F2F&quot;&gt;&lt;b&gt;The vendor&apos;s default credentials were seen in use.&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#D32F2F&quot;&gt;&lt;b&gt;Les identifiants par défaut du fabricant ont été vus en cours d’utilisation.&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>This device cannot take a new credential over the network: rotating it sends a technician.</source>
        <translation>Cet appareil ne peut pas recevoir de nouvel identifiant par le réseau&#xa0;: le renouveler envoie un technicien.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Accepting %1…</source>
        <translation>Acceptation de %1…</translation>
    </message>
    <message>
        <source>Accepting %1 failed: %2</source>
        <translation>Échec de l’acceptation de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is admitted as device %2.</source>
        <translation>%1 est admis en tant qu’appareil %2.</translation>
    </message>
    <message>
        <source>%1 is admitted as device %2; licence request %3 waits on the Licences page.</source>
        <translation>%1 est admis en tant qu’appareil %2&#x202f;; la demande de licence %3 attend sur la page «&#xa0;Licences&#xa0;».</translation>
    </message>
    <message>
        <source>Rejecting %1…</source>
        <translation>Rejet de %1…</translation>
    </message>
    <message>
        <source>Rejecting %1 failed: %2</source>
        <translation>Échec du rejet de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Clone %1 of %2 rejected.</source>
        <translation>Clone %1 de %2 rejeté.</translation>
    </message>
    <message>
        <source>Join request %1 (%2) rejected.</source>
        <translation>Demande d’adhésion %1 (%2) rejetée.</translation>
    </message>
    <message>
        <source>Preauthorize identities</source>
        <translation>Préautoriser des identités</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No backend is connected to preauthorize on.</source>
        <translation>Aucun backend n’est connecté pour la préautorisation.</translation>
    </message>
    <message>
        <source>The list was not sent. %1</source>
        <translation>La liste n’a pas été envoyée. %1</translation>
    </message>
    <message>
        <source>Preauthorizing %1 identities on %2…</source>
        <translation>Préautorisation de %1 identités sur %2…</translation>
    </message>
    <message>
        <source>Preauthorizing failed: %1</source>
        <translation>Échec de la préautorisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Preauthorized %n identities.</source>
        <translation>
            <numerusform>%n identité préautorisée.</numerusform>
            <numerusform>%n identités préautorisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type the number of devices (%1) to confirm.</source>
        <translation>Saisissez le nombre d’appareils (%1) pour confirmer.</translation>
    </message>
    <message>
        <source>None of these credentials can be rotated: only active ones can.</source>
        <translation>Aucun de ces identifiants ne peut être renouvelé&#xa0;: seuls les identifiants actifs le peuvent.</translation>
    </message>
    <message>
        <source>Issue new certificates and keys to %1 devices? Their current credentials stop working once the devices have picked up the new ones.</source>
        <translation>Émettre de nouveaux certificats et clés pour %1 appareils&#x202f;? Leurs identifiants actuels cessent de fonctionner dès que les appareils ont récupéré les nouveaux.</translation>
    </message>
    <message>
        <source>%1 of them cannot rotate over the network and will need a technician&apos;s visit.</source>
        <translation>%1 d’entre eux ne peuvent pas être renouvelés par le réseau et nécessiteront la visite d’un technicien.</translation>
    </message>
    <message>
        <source>Rotate credentials</source>
        <translation>Renouveler les identifiants</translation>
    </message>
    <message>
        <source>Rotating %1 credentials…</source>
        <translation>Renouvellement de %1 identifiants…</translation>
    </message>
    <message>
        <source>rotated from the console</source>
        <translation>renouvelé depuis la console</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s): %1</source>
        <translation>
            <numerusform>%n appareil&#xa0;: %1</numerusform>
            <numerusform>%n appareils&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Rotated %n credential(s).</source>
        <translation>
            <numerusform>%n identifiant renouvelé.</numerusform>
            <numerusform>%n identifiants renouvelés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need a technician&apos;s visit: %1%2</source>
        <translation>
            <numerusform>%n appareil nécessite la visite d’un technicien&#xa0;: %1%2</numerusform>
            <numerusform>%n appareils nécessitent la visite d’un technicien&#xa0;: %1%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Revoke credential</source>
        <translation>Révoquer l’identifiant</translation>
    </message>
    <message>
        <source>Revoke the credential of %1? The device loses its access at once and stays cut off until it is given a new identity. Reason: %2</source>
        <translation>Révoquer l’identifiant de %1&#x202f;? L’appareil perd immédiatement son accès et reste coupé jusqu’à ce qu’il reçoive une nouvelle identité. Raison&#xa0;: %2</translation>
    </message>
    <message>
        <source>Revoking the credential of %1…</source>
        <translation>Révocation de l’identifiant de %1…</translation>
    </message>
    <message>
        <source>Revoking the credential of %1 failed: %2</source>
        <translation>Échec de la révocation de l’identifiant de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The credential of %1 is revoked; the device has lost its access.</source>
        <translation>L’identifiant de %1 est révoqué&#x202f;; l’appareil a perdu son accès.</translation>
    </message>
    <message>
        <source>Recording the visit at %1…</source>
        <translation>Enregistrement de la visite chez %1…</translation>
    </message>
    <message>
        <source>Recording the visit at %1 failed: %2</source>
        <translation>Échec de l’enregistrement de la visite chez %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has a new certificate (%2), valid until %3.</source>
        <translation>%1 a un nouveau certificat (%2), valable jusqu’au %3.</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>Console operators&apos; 2FA, lockout and last login; reset an operator&apos;s 2FA (admins)</source>
        <translation>2FA, verrouillage et dernière connexion des opérateurs de la console&#x202f;; réinitialiser la 2FA d’un opérateur (admins)</translation>
    </message>
</context>
<context>
    <name>warden::IdleLock</name>
    <message>
        <source>Console locked</source>
        <translation>Console verrouillée</translation>
    </message>
    <message>
        <source>Warden is locked</source>
        <translation>Warden est verrouillé</translation>
    </message>
    <message>
        <source>The console was idle. Everything is kept as you left it and live data keeps arriving. Enter your password and a new one-time code to continue.</source>
        <translation>La console était inactive. Tout est conservé tel que vous l’avez laissé et les données en direct continuent d’arriver. Saisissez votre mot de passe et un nouveau code à usage unique pour continuer.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Erreur de déverrouillage</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Warden is locked for %1</source>
        <translation>Warden est verrouillé pour %1</translation>
    </message>
    <message>
        <source>Enter your password and the current one-time code.</source>
        <translation>Saisissez votre mot de passe et le code à usage unique actuel.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>warden::ImpactAssessor</name>
    <message>
        <source>The backend %1 is not connected.</source>
        <translation>Le backend %1 n’est pas connecté.</translation>
    </message>
    <message>
        <source>The cache could not be opened.</source>
        <translation>Impossible d’ouvrir le cache.</translation>
    </message>
</context>
<context>
    <name>warden::ImpactDialog</name>
    <message>
        <source>Impact of the selected devices</source>
        <translation>Impact des appareils sélectionnés</translation>
    </message>
    <message>
        <source>If the selected devices were compromised: the devices they can reach within two hops, the services and data they touch, and the people affected.</source>
        <translation>Si les appareils sélectionnés étaient compromis&#xa0;: les appareils qu’ils atteignent en deux sauts, les services et données qu’ils touchent, et les personnes concernées.</translation>
    </message>
    <message>
        <source>Impact on %1</source>
        <translation>Impact sur %1</translation>
    </message>
    <message numerus="yes">
        <source>Working out what %n device(s) of %1 affect…</source>
        <translation>
            <numerusform>Calcul de ce qu’affecte %n appareil de %1…</numerusform>
            <numerusform>Calcul de ce qu’affectent %n appareils de %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The impact could not be worked out: %1</source>
        <translation>Impossible de calculer l’impact&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>warden::ImpactPanel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Copier le résumé</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Impact summary</source>
        <translation>Résumé de l’impact</translation>
    </message>
    <message>
        <source>Safety-critical devices affected</source>
        <translation>Appareils critiques pour la sûreté touchés</translation>
    </message>
    <message>
        <source>Affected and reachable devices</source>
        <translation>Appareils touchés et atteignables</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Sites, services and people affected</source>
        <translation>Sites, services et personnes touchés</translation>
    </message>
    <message>
        <source>Copy the impact summary</source>
        <translation>Copier le résumé de l’impact</translation>
    </message>
    <message>
        <source>Export the impact as a file</source>
        <translation>Exporter l’impact dans un fichier</translation>
    </message>
    <message>
        <source>Select an incident to see what it affects.</source>
        <translation>Sélectionnez un incident pour voir ce qu’il affecte.</translation>
    </message>
    <message>
        <source>The topology is not known yet: the impact appears once sites, gateways and devices are synchronised.</source>
        <translation>La topologie n’est pas encore connue&#xa0;: l’impact apparaît une fois les sites, passerelles et appareils synchronisés.</translation>
    </message>
    <message>
        <source>⚠ Safety-critical: %1</source>
        <translation>⚠ Critique pour la sûreté&#xa0;: %1</translation>
    </message>
    <message>
        <source>affected</source>
        <translation>touché</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s) via %1</source>
        <translation>
            <numerusform>%n saut via %1</numerusform>
            <numerusform>%n sauts via %1</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ safety-critical</source>
        <translation>⚠ critique pour la sûreté</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>en quarantaine</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Passerelles</translation>
    </message>
    <message>
        <source>none crossed</source>
        <translation>aucune traversée</translation>
    </message>
    <message>
        <source>Services and data</source>
        <translation>Services et données</translation>
    </message>
    <message>
        <source>no active licence</source>
        <translation>aucune licence active</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s); names hidden for your role</source>
        <translation>
            <numerusform>%n propriétaire&#x202f;; noms masqués pour votre rôle</numerusform>
            <numerusform>%n propriétaires&#x202f;; noms masqués pour votre rôle</numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <source>Not in topology</source>
        <translation>Hors topologie</translation>
    </message>
    <message>
        <source>Export impact</source>
        <translation>Exporter l’impact</translation>
    </message>
    <message>
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation>JSON (*.json);;Texte (*.txt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Show on topology</source>
        <translation>Afficher sur la topologie</translation>
    </message>
    <message>
        <source>Show the impact on the topology</source>
        <translation>Afficher l’impact sur la topologie</translation>
    </message>
</context>
<context>
    <name>warden::IncidentListModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>En investigation</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n j</numerusform>
            <numerusform>il y a %n j</numerusform>
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
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Gravité %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
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
        <translation>Événement</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note (not sent yet)</source>
        <translation>Note (pas encore envoyée)</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribué à %1</translation>
    </message>
    <message>
        <source>State changed to %1</source>
        <translation>État changé en %1</translation>
    </message>
    <message>
        <source>Severity raised to %1</source>
        <translation>Gravité relevée à %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>Événement %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
</context>
<context>
    <name>warden::IncidentsController</name>
    <message>
        <source>The cache could not be opened.</source>
        <translation>Impossible d’ouvrir le cache.</translation>
    </message>
    <message>
        <source>The backend %1 is not connected.</source>
        <translation>Le backend %1 n’est pas connecté.</translation>
    </message>
    <message>
        <source>the backend is not reachable; the note is kept on this computer and sent when it is back.</source>
        <translation>le backend est injoignable&#x202f;; la note est conservée sur cet ordinateur et envoyée à son retour.</translation>
    </message>
</context>
<context>
    <name>warden::IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Prendre en compte</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Change state</source>
        <translation>Changer l’état</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation>Aucun incident</translation>
    </message>
    <message>
        <source>The feed is live; incidents appear when events correlate on a device or site.</source>
        <translation>Le flux est en direct&#x202f;; les incidents apparaissent lorsque des événements sont corrélés sur un appareil ou un site.</translation>
    </message>
    <message>
        <source>Correlated threats from every connected backend</source>
        <translation>Menaces corrélées de tous les backends connectés</translation>
    </message>
    <message>
        <source>Title, device, site or id</source>
        <translation>Titre, appareil, site ou ID</translation>
    </message>
    <message>
        <source>Search incidents</source>
        <translation>Rechercher des incidents</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Attribués à moi</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribués</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation>Titre de l’incident</translation>
    </message>
    <message>
        <source>Incident facts</source>
        <translation>Faits de l’incident</translation>
    </message>
    <message>
        <source>Acknowledge the incident</source>
        <translation>Prendre l’incident en compte</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Assign the incident</source>
        <translation>Attribuer l’incident</translation>
    </message>
    <message>
        <source>Next state</source>
        <translation>État suivant</translation>
    </message>
    <message>
        <source>Note for the state change</source>
        <translation>Note pour le changement d’état</translation>
    </message>
    <message>
        <source>Change the incident&apos;s state</source>
        <translation>Changer l’état de l’incident</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>What you found or did. Notes written while offline are kept and sent later.</source>
        <translation>Ce que vous avez constaté ou fait. Les notes écrites hors ligne sont conservées et envoyées plus tard.</translation>
    </message>
    <message>
        <source>Add the note to the incident</source>
        <translation>Ajouter la note à l’incident</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Attribuer à</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Passer à</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Chronologie de l’incident</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Incident details</source>
        <translation>Détails de l’incident</translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation>Aucun incident sélectionné</translation>
    </message>
    <message>
        <source>Select an incident to see its timeline, what it affects, and to acknowledge, assign, annotate or resolve it.</source>
        <translation>Sélectionnez un incident pour voir sa chronologie et ce qu’il affecte, et pour le prendre en compte, l’attribuer, l’annoter ou le résoudre.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Keep note (offline)</source>
        <translation>Conserver la note (hors ligne)</translation>
    </message>
    <message>
        <source>Why it is reopened (required)</source>
        <translation>Raison de la réouverture (obligatoire)</translation>
    </message>
    <message>
        <source>Resolution note (required)</source>
        <translation>Note de résolution (obligatoire)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>%1 open · %2 new · %3 unassigned — correlated threats from every connected backend</source>
        <translation>%1 ouverts · %2 nouveaux · %3 non attribués – menaces corrélées de tous les backends connectés</translation>
    </message>
    <message>
        <source>Select an incident to see what it affects.</source>
        <translation>Sélectionnez un incident pour voir ce qu’il affecte.</translation>
    </message>
    <message>
        <source>Working out what this incident affects…</source>
        <translation>Analyse de l’impact de cet incident…</translation>
    </message>
    <message>
        <source>The details could not be read from the cache: %1</source>
        <translation>Impossible de lire les détails depuis le cache&#xa0;: %1</translation>
    </message>
    <message>
        <source> Audit entry #%1.</source>
        <translation> Entrée d’audit n° %1.</translation>
    </message>
    <message>
        <source> (not recorded in the audit log: the cache could not be written)</source>
        <translation> (non consigné dans le journal d’audit&#xa0;: impossible d’écrire dans le cache)</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1&#xa0;: terminé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Acknowledging…</source>
        <translation>Prise en compte…</translation>
    </message>
    <message>
        <source>Assigning to %1…</source>
        <translation>Attribution à %1…</translation>
    </message>
    <message>
        <source>Adding the note…</source>
        <translation>Ajout de la note…</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Résolution…</translation>
    </message>
    <message>
        <source>Moving to %1…</source>
        <translation>Passage à %1…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>With personal data</source>
        <translation>Avec données personnelles</translation>
    </message>
    <message>
        <source>Export the incident&apos;s report as PDF</source>
        <translation>Exporter le rapport de l’incident en PDF</translation>
    </message>
    <message>
        <source>A PDF with the summary, timeline, impact, actions taken and audit proof.</source>
        <translation>Un PDF avec le résumé, la chronologie, l’impact, les actions menées et la preuve d’audit.</translation>
    </message>
    <message>
        <source>Include personal data in the report</source>
        <translation>Inclure les données personnelles dans le rapport</translation>
    </message>
    <message>
        <source>Without it the report is anonymised: owners appear as pseudonyms and note texts are left out. With it the export is recorded in the audit log.</source>
        <translation>Sans elles, le rapport est anonymisé&#xa0;: les propriétaires apparaissent sous forme de pseudonymes et les textes des notes sont omis. Avec elles, l’export est consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Export incident report</source>
        <translation>Exporter le rapport d’incident</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>incident-%1.pdf</source>
        <translation>incident-%1.pdf</translation>
    </message>
    <message>
        <source>Writing the report of %1…</source>
        <translation>Écriture du rapport de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n pages, with personal data).</source>
        <translation>
            <numerusform>Rapport écrit dans %1 (%n page, avec données personnelles).</numerusform>
            <numerusform>Rapport écrit dans %1 (%n pages, avec données personnelles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report written to %1 (%n pages, anonymised).</source>
        <translation>
            <numerusform>Rapport écrit dans %1 (%n page, anonymisé).</numerusform>
            <numerusform>Rapport écrit dans %1 (%n pages, anonymisé).</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n’a pas été écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>warden::JoinRequestModel</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Preauthorized</source>
        <translation>Préautorisée</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>Clone of %1</source>
        <translation>Clone de %1</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>pas encore vu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>First seen %1, last seen %2</source>
        <translation>Vu pour la première fois %1, pour la dernière fois %2</translation>
    </message>
    <message>
        <source>This request claims the identity of %1 with a different key (%2…). A clone is never merged; reject it.</source>
        <translation>Cette demande revendique l’identité de %1 avec une autre clé (%2…). Un clone n’est jamais fusionné&#x202f;; rejetez-le.</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256): %1</source>
        <translation>Empreinte de la clé (SHA-256)&#xa0;: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Claimed serial</source>
        <translation>Numéro de série revendiqué</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Clone</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Vendor / model</source>
        <translation>Fabricant / modèle</translation>
    </message>
    <message>
        <source>Came in through</source>
        <translation>Arrivée par</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vu pour la première fois</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>warden::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Search keys, actions or pages</source>
        <translation>Rechercher des touches, actions ou pages</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Rechercher des raccourcis</translation>
    </message>
    <message numerus="yes">
        <source>%n shortcut(s)</source>
        <translation>
            <numerusform>%n raccourci</numerusform>
            <numerusform>%n raccourcis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shortcut(s)</source>
        <translation>
            <numerusform>%1 sur %n raccourci</numerusform>
            <numerusform>%1 sur %n raccourcis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::LicenceListModel</name>
    <message>
        <source>%1 (safety-critical)</source>
        <translation>%1 (critique pour la sûreté)</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <source>%1 (sensitive)</source>
        <translation>%1 (sensible)</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sans expiration</translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation>%1 (expire bientôt)</translation>
    </message>
    <message>
        <source>Approving gives this device access to sensitive scopes.</source>
        <translation>L’approbation donne à cet appareil l’accès à des portées sensibles.</translation>
    </message>
    <message>
        <source>This licence expires within %1 days.</source>
        <translation>Cette licence expire dans moins de %1 jours.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Requested scopes</source>
        <translation>Portées demandées</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Portées accordées</translation>
    </message>
    <message>
        <source>Approving would newly expose</source>
        <translation>L’approbation exposerait en plus</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvée par</translation>
    </message>
</context>
<context>
    <name>warden::LicencesPage</name>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>No licence requests are waiting. New requests from devices appear here.</source>
        <translation>Aucune demande de licence en attente. Les nouvelles demandes des appareils apparaissent ici.</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Approve selected scopes</source>
        <translation>Approuver les portées sélectionnées</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Licence requests waiting for a decision</source>
        <translation>Demandes de licence en attente de décision</translation>
    </message>
    <message>
        <source>Active licences</source>
        <translation>Licences actives</translation>
    </message>
    <message>
        <source>Grant these scopes</source>
        <translation>Accorder ces portées</translation>
    </message>
    <message>
        <source>Set an expiry</source>
        <translation>Fixer une expiration</translation>
    </message>
    <message>
        <source>Licence expiry</source>
        <translation>Expiration de la licence</translation>
    </message>
    <message>
        <source>Approve identical low-risk requests together</source>
        <translation>Approuver ensemble des demandes identiques à faible risque</translation>
    </message>
    <message>
        <source>Reason for denying (required)</source>
        <translation>Motif du refus (obligatoire)</translation>
    </message>
    <message>
        <source>Reason for denying</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>En attente de décision</translation>
    </message>
    <message>
        <source>Reason for revoking the selected licence (required)</source>
        <translation>Motif de la révocation de la licence sélectionnée (obligatoire)</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Motif de la révocation</translation>
    </message>
    <message>
        <source>%1 waiting for a decision · %2 active · %3 expiring within %4 days</source>
        <translation>%1 en attente de décision · %2 actives · %3 expirant dans moins de %4 jours</translation>
    </message>
    <message>
        <source>Select a request to decide on it.</source>
        <translation>Sélectionnez une demande pour statuer.</translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation>Aucune décision à prendre.</translation>
    </message>
    <message>
        <source>%1 asks for one scope</source>
        <translation>%1 demande une portée</translation>
    </message>
    <message>
        <source>%1 asks for %2 scopes</source>
        <translation>%1 demande %2 portées</translation>
    </message>
    <message>
        <source>Device %1 · %2 · risk %3</source>
        <translation>Appareil %1 · %2 · risque %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Safety-critical device.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Appareil critique pour la sûreté.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#b3261e&quot;&gt;&lt;b&gt;Approving newly exposes sensitive scopes:&lt;/b&gt; %1&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b3261e&quot;&gt;&lt;b&gt;L’approbation expose de nouvelles portées sensibles&#xa0;:&lt;/b&gt; %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Every requested scope is already granted by an active licence.</source>
        <translation>Chaque portée demandée est déjà accordée par une licence active.</translation>
    </message>
    <message>
        <source>%1 (sensitive)</source>
        <translation>%1 (sensible)</translation>
    </message>
    <message>
        <source>Approve identical low-risk requests</source>
        <translation>Approuver les demandes identiques à faible risque</translation>
    </message>
    <message>
        <source>Approve %1 identical low-risk requests</source>
        <translation>Approuver %1 demandes identiques à faible risque</translation>
    </message>
    <message>
        <source>Select several requests with the same scopes from low-risk, non-safety-critical devices that expose nothing sensitive.</source>
        <translation>Sélectionnez plusieurs demandes aux portées identiques émanant d’appareils à faible risque, non critiques pour la sûreté, qui n’exposent rien de sensible.</translation>
    </message>
    <message>
        <source>Approving licence %1 for %2…</source>
        <translation>Approbation de la licence %1 pour %2…</translation>
    </message>
    <message>
        <source>Approving licence %1 failed: %2</source>
        <translation>Échec de l’approbation de la licence %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Licence %1 for %2 is active: %3.</source>
        <translation>La licence %1 pour %2 est active&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Approving %1 licence requests…</source>
        <translation>Approbation de %1 demandes de licence…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Approved %1 licence requests.</source>
        <translation>%1 demandes de licence approuvées.</translation>
    </message>
    <message>
        <source>Approved %1 of %2 licence requests. Failed: %3</source>
        <translation>%1 demandes de licence sur %2 approuvées. Échecs&#xa0;: %3</translation>
    </message>
    <message>
        <source>Denying licence %1 for %2…</source>
        <translation>Refus de la licence %1 pour %2…</translation>
    </message>
    <message>
        <source>Denying licence %1 failed: %2</source>
        <translation>Échec du refus de la licence %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Licence request %1 for %2 denied.</source>
        <translation>Demande de licence %1 pour %2 refusée.</translation>
    </message>
    <message>
        <source>Revoking licence %1 of %2…</source>
        <translation>Révocation de la licence %1 de %2…</translation>
    </message>
    <message>
        <source>Revoking licence %1 failed: %2</source>
        <translation>Échec de la révocation de la licence %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Licence %1 of %2 revoked.</source>
        <translation>Licence %1 de %2 révoquée.</translation>
    </message>
    <message>
        <source>Licences expiring within %1 days are highlighted.</source>
        <translation>Les licences expirant dans moins de %1 jours sont mises en évidence.</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Connect to a fleet backend to see its health, threats and campaigns.</source>
        <translation>Connectez-vous à un backend de parc pour voir son état, ses menaces et ses campagnes.</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Sites, gateways and devices appear here once the register is synchronised.</source>
        <translation>Les sites, passerelles et appareils apparaissent ici dès que le registre est synchronisé.</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>The live event feed and incidents appear here once a backend streams events.</source>
        <translation>Le flux d’événements en direct et les incidents apparaissent ici dès qu’un backend diffuse des événements.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>The device register appears here once a backend is synchronised.</source>
        <translation>Le registre des appareils apparaît ici dès qu’un backend est synchronisé.</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Firmware catalogue and update campaigns appear here.</source>
        <translation>Le catalogue des micrologiciels et les campagnes de mise à jour apparaissent ici.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Licence requests waiting for a decision appear here.</source>
        <translation>Les demandes de licence en attente de décision apparaissent ici.</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Quarantined devices, policy rules and approvals appear here.</source>
        <translation>Les appareils en quarantaine, les règles de politique et les approbations apparaissent ici.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Every operator action and its verified hash chain appear here.</source>
        <translation>Chaque action d’opérateur et sa chaîne d’empreintes vérifiée apparaissent ici.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation>&amp;Parc</translation>
    </message>
    <message>
        <source>&amp;Connect to a backend…</source>
        <translation>Se &amp;connecter à un backend…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>No incidents — the feed is live; incidents appear when events correlate.</source>
        <translation>Aucun incident – le flux est en direct&#x202f;; les incidents apparaissent lorsque des événements sont corrélés.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Devices asking to join and every device&apos;s credentials appear here.</source>
        <translation>Les appareils demandant à rejoindre le parc et les identifiants de chaque appareil apparaissent ici.</translation>
    </message>
    <message>
        <source>&amp;Pending actions…</source>
        <translation>Actions en &amp;attente…</translation>
    </message>
    <message>
        <source>Actions kept while a backend was unreachable; click to confirm or discard them</source>
        <translation>Actions conservées pendant qu’un backend était injoignable&#x202f;; cliquez pour les confirmer ou les abandonner</translation>
    </message>
    <message numerus="yes">
        <source>%n pending action(s) to confirm</source>
        <translation>
            <numerusform>%n action en attente à confirmer</numerusform>
            <numerusform>%n actions en attente à confirmer</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Policy rules, their editor and dry runs appear here once a backend is connected.</source>
        <translation>Les règles de politique, leur éditeur et les simulations apparaissent ici dès qu’un backend est connecté.</translation>
    </message>
    <message>
        <source>Export &amp;posture report…</source>
        <translation>Exporter le rapport de &amp;posture…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>&amp;About Warden</source>
        <translation>À &amp;propos de Warden</translation>
    </message>
    <message>
        <source>Show the %1 page</source>
        <translation>Afficher la page «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>warden::OfflineBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Offline banner</source>
        <translation>Bandeau hors ligne</translation>
    </message>
    <message>
        <source>Retry the connection now</source>
        <translation>Réessayer la connexion maintenant</translation>
    </message>
    <message>
        <source>Offline — %1: no cached data from this backend yet. Views are read-only.</source>
        <translation>Hors ligne — %1&#xa0;: aucune donnée de ce backend en cache pour l’instant. Les vues sont en lecture seule.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — %1: showing data cached at %2, %3. Views are read-only; incident notes are kept and sent when the backend is back.</source>
        <translation>Hors ligne — %1&#xa0;: données mises en cache le %2, %3. Les vues sont en lecture seule&#x202f;; les notes d’incident sont conservées et envoyées au retour du backend.</translation>
    </message>
</context>
<context>
    <name>warden::OfflineJournal</name>
    <message>
        <source>&quot;%1&quot; is not an action the journal knows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une action connue du journal.</translation>
    </message>
    <message>
        <source>The action %1 needs the field &quot;%2&quot;.</source>
        <translation>L’action %1 nécessite le champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The quarantine level must be isolate, disable or revoke_credentials.</source>
        <translation>Le niveau de quarantaine doit être isolate, disable ou revoke_credentials.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident state.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un état d’incident.</translation>
    </message>
    <message>
        <source>The note needs the time it was written.</source>
        <translation>La note doit indiquer l’heure à laquelle elle a été écrite.</translation>
    </message>
    <message>
        <source>Approving a licence needs at least one scope.</source>
        <translation>L’approbation d’une licence nécessite au moins une portée.</translation>
    </message>
    <message>
        <source>The cache is closed.</source>
        <translation>Le cache est fermé.</translation>
    </message>
    <message>
        <source>The cache could not be opened.</source>
        <translation>Le cache n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The backend is not connected; the action stays in the journal.</source>
        <translation>Le backend n’est pas connecté&#x202f;; l’action reste dans le journal.</translation>
    </message>
    <message>
        <source>This action was already sent or has failed; it is not sent again.</source>
        <translation>Cette action a déjà été envoyée ou a échoué&#x202f;; elle n’est pas renvoyée.</translation>
    </message>
    <message>
        <source>There is no such action in the journal.</source>
        <translation>Cette action n’existe pas dans le journal.</translation>
    </message>
    <message>
        <source>The action cannot be discarded now.</source>
        <translation>L’action ne peut pas être abandonnée maintenant.</translation>
    </message>
</context>
<context>
    <name>warden::OperatorAccountModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non activée</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Verrouillé jusqu’à %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Shared operator certificate</source>
        <translation>Certificat d’opérateur partagé</translation>
    </message>
    <message>
        <source>Five failed logins in a row locked this account. Resetting 2FA also unlocks it.</source>
        <translation>Cinq échecs de connexion consécutifs ont verrouillé ce compte. La réinitialisation de la 2FA le déverrouille aussi.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
</context>
<context>
    <name>warden::OperatorsPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reset 2FA…</source>
        <translation>Réinitialiser la 2FA…</translation>
    </message>
    <message>
        <source>Backend whose operators are shown</source>
        <translation>Backend dont les opérateurs sont affichés</translation>
    </message>
    <message>
        <source>Reload the operator list</source>
        <translation>Recharger la liste des opérateurs</translation>
    </message>
    <message>
        <source>Why operator administration is not available</source>
        <translation>Pourquoi l’administration des opérateurs n’est pas disponible</translation>
    </message>
    <message>
        <source>Console operators</source>
        <translation>Opérateurs de la console</translation>
    </message>
    <message>
        <source>Reason for the reset (required, e.g. a ticket)</source>
        <translation>Motif de la réinitialisation (obligatoire, p. ex. un ticket)</translation>
    </message>
    <message>
        <source>Reason for resetting 2FA</source>
        <translation>Motif de la réinitialisation de la 2FA</translation>
    </message>
    <message>
        <source>Reset the selected operator&apos;s two-factor authentication</source>
        <translation>Réinitialiser l’authentification à deux facteurs de l’opérateur sélectionné</translation>
    </message>
    <message>
        <source>A reset gives the operator a new TOTP secret, shown to you once; their old codes stop working, their open sessions end and a lockout is lifted.</source>
        <translation>Une réinitialisation donne à l’opérateur un nouveau secret TOTP, affiché une seule fois&#x202f;; ses anciens codes cessent de fonctionner, ses sessions ouvertes prennent fin et un verrouillage est levé.</translation>
    </message>
    <message>
        <source>No backend is connected. Operators are listed once you are logged in to a backend as an administrator.</source>
        <translation>Aucun backend n’est connecté. Les opérateurs sont listés dès que vous êtes connecté à un backend en tant qu’administrateur.</translation>
    </message>
    <message>
        <source>Loading the operators of %1…</source>
        <translation>Chargement des opérateurs de %1…</translation>
    </message>
    <message>
        <source>Could not list the operators of %1: %2</source>
        <translation>Impossible de lister les opérateurs de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Operators on %1: %2 · as of %3</source>
        <translation>Opérateurs sur %1&#xa0;: %2 · au %3</translation>
    </message>
    <message>
        <source>Select an operator</source>
        <translation>Sélectionnez un opérateur</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Roles&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Two-factor&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Lockout&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Last login&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Client certificate&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Rôles&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Double facteur&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Verrouillage&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dernière connexion&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Certificat client&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Reset 2FA of %1</source>
        <translation>Réinitialiser la 2FA de %1</translation>
    </message>
    <message>
        <source>Reset the two-factor authentication of %1 on %2?

%1&apos;s authenticator codes stop working at once and every open session of %1 ends. You will see the new secret once and must hand it to %1 over a trusted channel.

Reason: %3</source>
        <translation>Réinitialiser l’authentification à deux facteurs de %1 sur %2&#x202f;?

Les codes d’authentification de %1 cessent aussitôt de fonctionner et chaque session ouverte de %1 prend fin. Vous verrez le nouveau secret une seule fois et devrez le remettre à %1 par un canal de confiance.

Motif&#xa0;: %3</translation>
    </message>
    <message>
        <source>Resetting the 2FA of %1 on %2…</source>
        <translation>Réinitialisation de la 2FA de %1 sur %2…</translation>
    </message>
    <message>
        <source>The 2FA of %1 was not reset: %2</source>
        <translation>La 2FA de %1 n’a pas été réinitialisée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The 2FA of %1 was reset; open sessions ended: %2. Audited as operator.reset_totp.</source>
        <translation>La 2FA de %1 a été réinitialisée&#x202f;; sessions ouvertes fermées&#xa0;: %2. Consigné comme operator.reset_totp.</translation>
    </message>
</context>
<context>
    <name>warden::PendingActionModel</name>
    <message>
        <source>Kept; sent when the backend is back</source>
        <translation>Conservée&#x202f;; envoyée au retour du backend</translation>
    </message>
    <message>
        <source>Waiting for your confirmation</source>
        <translation>En attente de votre confirmation</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Quarantine %1 (%2)</source>
        <translation>Mettre %1 en quarantaine (%2)</translation>
    </message>
    <message>
        <source>Release %1 from quarantine</source>
        <translation>Lever la quarantaine de %1</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <source>Edit %1 (%2)</source>
        <translation>Modifier %1 (%2)</translation>
    </message>
    <message>
        <source>Acknowledge incident %1</source>
        <translation>Prendre en compte l’incident %1</translation>
    </message>
    <message>
        <source>Assign incident %1 to %2</source>
        <translation>Attribuer l’incident %1 à %2</translation>
    </message>
    <message>
        <source>Move incident %1 to %2</source>
        <translation>Passer l’incident %1 à l’état %2</translation>
    </message>
    <message>
        <source>Note on incident %1: %2</source>
        <translation>Note sur l’incident %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Approve licence %1</source>
        <translation>Approuver la licence %1</translation>
    </message>
    <message>
        <source>Approve licence %1 (%2)</source>
        <translation>Approuver la licence %1 (%2)</translation>
    </message>
    <message>
        <source>Deny licence %1</source>
        <translation>Refuser la licence %1</translation>
    </message>
    <message>
        <source>Revoke licence %1</source>
        <translation>Révoquer la licence %1</translation>
    </message>
    <message>
        <source>Campaign %1: %2</source>
        <translation>Campagne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Approve request %1</source>
        <translation>Approuver la demande %1</translation>
    </message>
    <message>
        <source>Deny request %1</source>
        <translation>Refuser la demande %1</translation>
    </message>
    <message>
        <source>Work order done: %1 on firmware %2</source>
        <translation>Ordre de travail terminé&#xa0;: %1 avec le micrologiciel %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Tried at</source>
        <translation>Tentée à</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Backend&apos;s answer</source>
        <translation>Réponse du backend</translation>
    </message>
    <message>
        <source>Accept join request %1</source>
        <translation>Accepter la demande d’adhésion %1</translation>
    </message>
    <message>
        <source>Reject join request %1</source>
        <translation>Rejeter la demande d’adhésion %1</translation>
    </message>
    <message>
        <source>Rotate the credentials of %1 devices (%2, …)</source>
        <translation>Renouveler les identifiants de %1 appareils (%2, …)</translation>
    </message>
    <message>
        <source>Rotate the credential of %1</source>
        <translation>Renouveler l’identifiant de %1</translation>
    </message>
    <message>
        <source>Revoke the credential of %1</source>
        <translation>Révoquer l’identifiant de %1</translation>
    </message>
    <message>
        <source>New credential installed on site: %1</source>
        <translation>Nouvel identifiant installé sur site&#xa0;: %1</translation>
    </message>
    <message>
        <source>Create rule &quot;%1&quot; (%2)</source>
        <translation>Créer la règle «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Change rule %1 &quot;%2&quot; (%3)</source>
        <translation>Modifier la règle %1 «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation>Supprimer la règle %1</translation>
    </message>
</context>
<context>
    <name>warden::PendingActionsController</name>
    <message>
        <source>The pending action is no longer in the journal.</source>
        <translation>L’action en attente n’est plus dans le journal.</translation>
    </message>
    <message>
        <source>The backend %1 is not attached.</source>
        <translation>Le backend %1 n’est pas rattaché.</translation>
    </message>
</context>
<context>
    <name>warden::PendingActionsDialog</name>
    <message>
        <source>Confirm and &amp;send</source>
        <translation>Confirmer et &amp;envoyer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Actions en attente</translation>
    </message>
    <message>
        <source>Actions you tried while a backend was unreachable. None was sent: confirm each one again once its backend is back, or discard it.</source>
        <translation>Actions tentées pendant qu’un backend était injoignable. Aucune n’a été envoyée&#xa0;: confirmez chacune à nouveau dès que son backend est de retour, ou abandonnez-la.</translation>
    </message>
    <message>
        <source>Nothing is pending.</source>
        <translation>Rien n’est en attente.</translation>
    </message>
    <message>
        <source>Select an action to confirm or discard it.</source>
        <translation>Sélectionnez une action pour la confirmer ou l’abandonner.</translation>
    </message>
    <message>
        <source>This action is settled; it stays listed so you can see the backend&apos;s answer.</source>
        <translation>Cette action est réglée&#x202f;; elle reste affichée pour que vous puissiez voir la réponse du backend.</translation>
    </message>
    <message>
        <source>%1 is still unreachable: the action can be sent once it is back.</source>
        <translation>%1 est toujours injoignable&#xa0;: l’action pourra être envoyée dès son retour.</translation>
    </message>
    <message>
        <source>%1 is back. Check that this action still makes sense before you send it.</source>
        <translation>%1 est de retour. Vérifiez que cette action a encore un sens avant de l’envoyer.</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>Envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent: %1 — %2</source>
        <translation>Non envoyée&#xa0;: %1 – %2</translation>
    </message>
    <message>
        <source>Discarded: %1</source>
        <translation>Abandonnée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not discard %1: %2</source>
        <translation>Impossible d’abandonner %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>warden::QuarantineDialog</name>
    <message>
        <source>Quarantine devices</source>
        <translation>Mettre des appareils en quarantaine</translation>
    </message>
    <message>
        <source>Quarantine &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Mettre &lt;b&gt;%1&lt;/b&gt; (%2) en quarantaine.</translation>
    </message>
    <message>
        <source>Quarantine &lt;b&gt;%1 devices&lt;/b&gt;.</source>
        <translation>Mettre &lt;b&gt;%1 appareils&lt;/b&gt; en quarantaine.</translation>
    </message>
    <message>
        <source>Isolate from the network</source>
        <translation>Isoler du réseau</translation>
    </message>
    <message>
        <source>Disable the device</source>
        <translation>Désactiver l’appareil</translation>
    </message>
    <message>
        <source>Revoke its credentials</source>
        <translation>Révoquer ses identifiants</translation>
    </message>
    <message>
        <source>Quarantine level</source>
        <translation>Niveau de quarantaine</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>Why? The reason goes into the audit trail (required).</source>
        <translation>Pourquoi&#x202f;? Le motif est consigné dans la piste d’audit (obligatoire).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Release automatically at</source>
        <translation>Lever automatiquement le</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
    <message>
        <source>This acts on %1 devices. Type %1 to confirm:</source>
        <translation>Cela concerne %1 appareils. Tapez %1 pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Device count confirmation</source>
        <translation>Confirmation du nombre d’appareils</translation>
    </message>
    <message>
        <source>Request quarantine</source>
        <translation>Demander la quarantaine</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>The device</source>
        <translation>L’appareil</translation>
    </message>
    <message>
        <source>The %1 devices</source>
        <translation>Les %1 appareils</translation>
    </message>
    <message>
        <source>%1: cut off from the network except for the management channel. It keeps running, but cannot reach or be reached by anything else.</source>
        <translation>%1&#xa0;: coupure du réseau, sauf le canal de gestion. Le fonctionnement continue, mais plus aucune communication avec le reste n’est possible.</translation>
    </message>
    <message>
        <source>%1: switched off for service. It stops doing its job until released.</source>
        <translation>%1&#xa0;: mise hors service. La fonction est suspendue jusqu’à la levée de la quarantaine.</translation>
    </message>
    <message>
        <source>%1: credentials and active licences revoked. It can no longer authenticate to any service until re-enrolled.</source>
        <translation>%1&#xa0;: identifiants et licences actives révoqués. Plus aucune authentification auprès d’un service n’est possible avant un nouvel enrôlement.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 autres</translation>
    </message>
    <message>
        <source>Isolating them means their readings and alarms no longer reach the central station: staff must watch these patients at the bedside while they are isolated.</source>
        <translation>Les isoler signifie que leurs mesures et alarmes n’arrivent plus au poste central&#xa0;: le personnel doit surveiller ces patients au chevet pendant l’isolement.</translation>
    </message>
    <message>
        <source>Disabling them stops the therapy or monitoring they provide: patients depending on them must be moved to other equipment first.</source>
        <translation>Les désactiver interrompt la thérapie ou la surveillance qu’ils assurent&#xa0;: les patients qui en dépendent doivent d’abord être passés sur d’autres équipements.</translation>
    </message>
    <message>
        <source>Revoking their credentials cuts them off from drug libraries, alarms and records: clinical staff must be told before this takes effect.</source>
        <translation>Révoquer leurs identifiants les coupe des bibliothèques de médicaments, des alarmes et des dossiers&#xa0;: le personnel soignant doit être prévenu avant que cela prenne effet.</translation>
    </message>
    <message>
        <source>1 safety-critical device</source>
        <translation>1 appareil critique pour la sûreté</translation>
    </message>
    <message>
        <source>%1 safety-critical devices</source>
        <translation>%1 appareils critiques pour la sûreté</translation>
    </message>
    <message>
        <source>&lt;b&gt;Patient safety — %1:&lt;/b&gt; %2.&lt;br&gt;%3&lt;br&gt;This will &lt;b&gt;not&lt;/b&gt; happen now: it stays pending until a second, different operator approves it.</source>
        <translation>&lt;b&gt;Sécurité des patients — %1&#xa0;:&lt;/b&gt; %2.&lt;br&gt;%3&lt;br&gt;Cela ne se produira &lt;b&gt;pas&lt;/b&gt; maintenant&#xa0;: l’action reste en attente jusqu’à l’approbation d’un second opérateur, différent du premier.</translation>
    </message>
</context>
<context>
    <name>warden::QuarantineListModel</name>
    <message>
        <source>not quarantined</source>
        <translation>pas en quarantaine</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>isolé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>credentials revoked</source>
        <translation>identifiants révoqués</translation>
    </message>
    <message>
        <source>%1 (safety-critical)</source>
        <translation>%1 (critique pour la sûreté)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>%1, approved by %2</source>
        <translation>%1, approuvé par %2</translation>
    </message>
    <message>
        <source>until released</source>
        <translation>jusqu’à la levée</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
</context>
<context>
    <name>warden::QuarantinePage</name>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Quarantine…</source>
        <translation>Mettre en quarantaine…</translation>
    </message>
    <message>
        <source>No device is quarantined. Devices quarantined by an operator or a rule appear here.</source>
        <translation>Aucun appareil n’est en quarantaine. Les appareils mis en quarantaine par un opérateur ou une règle apparaissent ici.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lever</translation>
    </message>
    <message>
        <source>No approvals are waiting. Actions on safety-critical devices wait here for a second operator.</source>
        <translation>Aucune approbation en attente. Les actions sur les appareils critiques pour la sûreté attendent ici un second opérateur.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Device ids or names, separated by commas</source>
        <translation>Identifiants ou noms d’appareils, séparés par des virgules</translation>
    </message>
    <message>
        <source>Devices to quarantine</source>
        <translation>Appareils à mettre en quarantaine</translation>
    </message>
    <message>
        <source>Quarantined devices</source>
        <translation>Appareils en quarantaine</translation>
    </message>
    <message>
        <source>Approvals waiting</source>
        <translation>Approbations en attente</translation>
    </message>
    <message>
        <source>Policy rules</source>
        <translation>Règles de politique</translation>
    </message>
    <message>
        <source>Reason for releasing the selected device (required)</source>
        <translation>Motif de la levée de quarantaine de l’appareil sélectionné (obligatoire)</translation>
    </message>
    <message>
        <source>Reason for releasing</source>
        <translation>Motif de la levée</translation>
    </message>
    <message>
        <source>Actions on safety-critical devices and large changes wait here until a second, different operator decides. You cannot approve your own requests.</source>
        <translation>Les actions sur les appareils critiques pour la sûreté et les changements importants attendent ici la décision d’un second opérateur, différent du premier. Vous ne pouvez pas approuver vos propres demandes.</translation>
    </message>
    <message>
        <source>Reason (required to deny, optional to approve)</source>
        <translation>Motif (obligatoire pour refuser, facultatif pour approuver)</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Motif de la décision</translation>
    </message>
    <message>
        <source>Policy rules (read-only)</source>
        <translation>Règles de politique (lecture seule)</translation>
    </message>
    <message>
        <source>You requested this: a different operator has to approve it.</source>
        <translation>Vous avez fait cette demande&#xa0;: un autre opérateur doit l’approuver.</translation>
    </message>
    <message>
        <source>No device matches %1.</source>
        <translation>Aucun appareil ne correspond à %1.</translation>
    </message>
    <message>
        <source>Quarantining %1 devices…</source>
        <translation>Mise en quarantaine de %1 appareils…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (approval %2)</source>
        <translation>%1 (approbation %2)</translation>
    </message>
    <message>
        <source>Quarantined: %1.</source>
        <translation>En quarantaine&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Pending approval by a second operator: %1.</source>
        <translation>En attente d’approbation par un second opérateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Releasing %1…</source>
        <translation>Levée de la quarantaine de %1…</translation>
    </message>
    <message>
        <source>Releasing %1 failed: %2</source>
        <translation>Échec de la levée de quarantaine de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 released from quarantine.</source>
        <translation>Quarantaine de %1 levée.</translation>
    </message>
    <message>
        <source>Approval %1 not approved: %2</source>
        <translation>Approbation %1 non accordée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Approval %1 not denied: %2</source>
        <translation>Approbation %1 non refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Approval %1 approved; the action has been carried out.</source>
        <translation>Approbation %1 accordée&#x202f;; l’action a été exécutée.</translation>
    </message>
    <message>
        <source>Approval %1 denied; nothing was changed.</source>
        <translation>Approbation %1 refusée&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Approving %1…</source>
        <translation>Approbation de %1…</translation>
    </message>
    <message>
        <source>Denying %1…</source>
        <translation>Refus de %1…</translation>
    </message>
    <message>
        <source>This backend has no policy rules. An administrator adds them.</source>
        <translation>Ce backend n’a aucune règle de politique. Un administrateur les ajoute.</translation>
    </message>
    <message>
        <source>%1 quarantined (%2 safety-critical) · approvals waiting: %3 · policy rules: %4</source>
        <translation>%1 en quarantaine (%2 critiques pour la sûreté) · approbations en attente&#xa0;: %3 · règles de politique&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>warden::RegisterController</name>
    <message>
        <source>The history of %1 lives in the cache of %2, which is not open.</source>
        <translation>L’historique de %1 se trouve dans le cache de %2, qui n’est pas ouvert.</translation>
    </message>
    <message>
        <source>None of the %1 selected devices has an active licence; nothing was revoked.</source>
        <translation>Aucun des %1 appareils sélectionnés n’a de licence active&#x202f;; rien n’a été révoqué.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Revoked %1 licences.</source>
        <translation>%1 licences révoquées.</translation>
    </message>
    <message>
        <source>%1 were not revoked; the first: %2</source>
        <translation>%1 n’ont pas été révoquées&#x202f;; la première erreur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Audit entries from #%1.</source>
        <translation>Entrées d’audit à partir du n° %1.</translation>
    </message>
    <message>
        <source>%1 has no firmware catalogue in this console yet; try again once it has synced.</source>
        <translation>%1 n’a pas encore de catalogue de micrologiciels dans cette console&#x202f;; réessayez une fois la synchronisation faite.</translation>
    </message>
</context>
<context>
    <name>warden::RegisterPage</name>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Filter: text or terms like class:ip_camera site:&quot;North Campus&quot; fw:&lt;2.4 risk:&gt;70</source>
        <translation>Filtre&#xa0;: texte ou termes comme class:ip_camera site:&quot;North Campus&quot; fw:&lt;2.4 risk:&gt;70</translation>
    </message>
    <message>
        <source>Register filter</source>
        <translation>Filtre du registre</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation>Filtres enregistrés…</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <source>Save the current filter</source>
        <translation>Enregistrer le filtre actuel</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Choisir les colonnes</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Tri en cours…</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 appareils</translation>
    </message>
    <message>
        <source>%1 of %2 devices match the filter</source>
        <translation>%1 appareils sur %2 correspondent au filtre</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Vendor / model</source>
        <translation>Fabricant / modèle</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Score de risque</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Online update</source>
        <translation>Mise à jour en ligne</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>prise en charge</translation>
    </message>
    <message>
        <source>needs physical service</source>
        <translation>nécessite une intervention sur place</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>updates only inside the site&apos;s maintenance window</source>
        <translation>mises à jour uniquement pendant la fenêtre de maintenance du site</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sûreté</translation>
    </message>
    <message>
        <source>safety-critical: quarantine needs a second operator&apos;s approval</source>
        <translation>critique pour la sûreté&#xa0;: la quarantaine nécessite l’approbation d’un second opérateur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name for this filter:</source>
        <translation>Nom de ce filtre&#xa0;:</translation>
    </message>
    <message>
        <source>Quarantine…</source>
        <translation>Mettre en quarantaine…</translation>
    </message>
    <message>
        <source>Push update…</source>
        <translation>Déployer une mise à jour…</translation>
    </message>
    <message>
        <source>Revoke licences…</source>
        <translation>Révoquer les licences…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Import devices from a CSV file</source>
        <translation>Importer des appareils depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the devices shown to a CSV file</source>
        <translation>Exporter les appareils affichés dans un fichier CSV</translation>
    </message>
    <message>
        <source>Selected devices</source>
        <translation>Appareils sélectionnés</translation>
    </message>
    <message>
        <source>Select every device that matches the filter</source>
        <translation>Sélectionner tous les appareils correspondant au filtre</translation>
    </message>
    <message>
        <source>Quarantine the selected devices</source>
        <translation>Mettre les appareils sélectionnés en quarantaine</translation>
    </message>
    <message>
        <source>Push a firmware update to the selected devices</source>
        <translation>Déployer une mise à jour du micrologiciel sur les appareils sélectionnés</translation>
    </message>
    <message>
        <source>Revoke the licences of the selected devices</source>
        <translation>Révoquer les licences des appareils sélectionnés</translation>
    </message>
    <message>
        <source>Export devices</source>
        <translation>Exporter les appareils</translation>
    </message>
    <message>
        <source>devices.csv</source>
        <translation>appareils.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import devices</source>
        <translation>Importer des appareils</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Aucun appareil sélectionné</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 sélectionné(s)</translation>
    </message>
    <message>
        <source>Select all %1 matching</source>
        <translation>Sélectionner les %1 correspondants</translation>
    </message>
    <message>
        <source>Select all %1</source>
        <translation>Tout sélectionner (%1)</translation>
    </message>
    <message>
        <source>Select the devices to update first.</source>
        <translation>Sélectionnez d’abord les appareils à mettre à jour.</translation>
    </message>
    <message>
        <source>The selection spans several backends; a campaign updates the devices of one backend. Add backend:%1 to the filter or select devices of one backend.</source>
        <translation>La sélection couvre plusieurs backends&#x202f;; une campagne met à jour les appareils d’un seul backend. Ajoutez backend:%1 au filtre ou sélectionnez les appareils d’un seul backend.</translation>
    </message>
    <message>
        <source>%1 is too large to import at once (%2 bytes). Split it into smaller files.</source>
        <translation>%1 est trop volumineux pour être importé en une fois (%2 octets). Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import into which backend?</source>
        <translation>Importer dans quel backend&#x202f;?</translation>
    </message>
    <message>
        <source>Exporting %1 devices…</source>
        <translation>Export de %1 appareils…</translation>
    </message>
    <message>
        <source>Exported %1 devices to %2 (owners anonymised, notes left out).</source>
        <translation>%1 appareils exportés vers %2 (propriétaires anonymisés, notes omises).</translation>
    </message>
    <message>
        <source>Exported %1 devices to %2, with personal data.</source>
        <translation>%1 appareils exportés vers %2, avec les données personnelles.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé&#x202f;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export the %1 devices shown, in the order shown?</source>
        <translation>Exporter les %1 appareils affichés, dans l’ordre affiché&#x202f;?</translation>
    </message>
    <message>
        <source>Include personal data (owner references and notes)</source>
        <translation>Inclure les données personnelles (références des propriétaires et notes)</translation>
    </message>
    <message>
        <source>Without personal data, owners are replaced by pseudonyms that only group devices of the same owner within this file.</source>
        <translation>Sans données personnelles, les propriétaires sont remplacés par des pseudonymes qui regroupent seulement les appareils d’un même propriétaire dans ce fichier.</translation>
    </message>
    <message>
        <source>Impact…</source>
        <translation>Impact…</translation>
    </message>
    <message>
        <source>Show what the selected devices affect</source>
        <translation>Afficher ce qu’affectent les appareils sélectionnés</translation>
    </message>
    <message>
        <source>What the selected devices reach: devices, services, sites and people</source>
        <translation>Ce qu’atteignent les appareils sélectionnés&#xa0;: appareils, services, sites et personnes</translation>
    </message>
    <message>
        <source>%1 devices are selected; impact is worked out for at most %2 at a time. Narrow the filter or the selection.</source>
        <translation>%1 appareils sont sélectionnés&#x202f;; l’impact est calculé pour %2 au plus à la fois. Affinez le filtre ou la sélection.</translation>
    </message>
    <message>
        <source>%1 devices are selected one by one; a campaign can name at most %2 devices like that. Narrow the filter to the devices to update (without backend:) and use &quot;Select all matching&quot;.</source>
        <translation>%1 appareils sont sélectionnés un à un&#x202f;; une campagne peut en désigner au plus %2 de cette façon. Affinez le filtre pour ne garder que les appareils à mettre à jour (sans backend:) et utilisez «&#xa0;Sélectionner les correspondants&#xa0;».</translation>
    </message>
</context>
<context>
    <name>warden::ReportController</name>
    <message>
        <source>Export fleet posture report</source>
        <translation>Exporter le rapport de posture du parc</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The backend %1 is not connected.</source>
        <translation>Le backend %1 n’est pas connecté.</translation>
    </message>
    <message>
        <source>An export with personal data needs the operator role and the unlocked personal-data key; export the anonymised report instead.</source>
        <translation>Un export avec données personnelles exige le rôle opérateur et la clé des données personnelles déverrouillée&#x202f;; exportez plutôt le rapport anonymisé.</translation>
    </message>
    <message>
        <source>The console&apos;s audit log cannot be written, so the report with personal data was not exported.</source>
        <translation>Le journal d’audit de la console ne peut pas être écrit, le rapport avec données personnelles n’a donc pas été exporté.</translation>
    </message>
    <message>
        <source>The cache could not be opened.</source>
        <translation>Impossible d’ouvrir le cache.</translation>
    </message>
    <message>
        <source>The incident %1 is not in the cache of %2.</source>
        <translation>L’incident %1 n’est pas dans le cache de %2.</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(verrouillé)</translation>
    </message>
    <message>
        <source>the backend&apos;s chain is not kept by this console</source>
        <translation>la chaîne du backend n’est pas tenue par cette console</translation>
    </message>
    <message>
        <source>%1: the cache could not be opened.</source>
        <translation>%1&#xa0;: impossible d’ouvrir le cache.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The caches could not be read: %1</source>
        <translation>Impossible de lire les caches&#xa0;: %1</translation>
    </message>
    <message>
        <source>fleet-posture-%1.pdf</source>
        <translation>posture-parc-%1.pdf</translation>
    </message>
    <message>
        <source>Writing the fleet posture report…</source>
        <translation>Écriture du rapport de posture du parc…</translation>
    </message>
    <message numerus="yes">
        <source>Fleet posture report written to %1 (%n pages, no personal data).</source>
        <translation>
            <numerusform>Rapport de posture du parc écrit dans %1 (%n page, aucune donnée personnelle).</numerusform>
            <numerusform>Rapport de posture du parc écrit dans %1 (%n pages, aucune donnée personnelle).</numerusform>
        </translation>
    </message>
    <message>
        <source>The fleet posture report was not written: %1</source>
        <translation>Le rapport de posture du parc n’a pas été écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>warden::RevokeLicencesDialog</name>
    <message>
        <source>Revoke licences</source>
        <translation>Révoquer les licences</translation>
    </message>
    <message>
        <source>Revoke %1 active licences of %2 devices. The devices lose the granted scopes at once; a new licence must be requested and approved to give them back.</source>
        <translation>Révoquer %1 licences actives de %2 appareils. Les appareils perdent immédiatement les portées accordées&#x202f;; pour les leur rendre, une nouvelle licence doit être demandée et approuvée.</translation>
    </message>
    <message>
        <source>%1 selected devices have no active licence and are left alone.</source>
        <translation>%1 appareils sélectionnés n’ont aucune licence active et ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>%1 safety-critical devices lose their licences: %2%3</source>
        <translation>%1 appareils critiques pour la sûreté perdent leurs licences&#xa0;: %2%3</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 autres</translation>
    </message>
    <message>
        <source>Why? The reason goes into the audit trail (required).</source>
        <translation>Pourquoi&#x202f;? La raison est consignée dans la piste d’audit (obligatoire).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>This revokes %1 licences. Type %1 to confirm:</source>
        <translation>Cela révoque %1 licences. Saisissez %1 pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Licence count confirmation</source>
        <translation>Confirmation du nombre de licences</translation>
    </message>
    <message>
        <source>Revoke %1 licences</source>
        <translation>Révoquer %1 licences</translation>
    </message>
</context>
<context>
    <name>warden::RuleListModel</name>
    <message>
        <source>quarantine: %1</source>
        <translation>quarantaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>revoke licences</source>
        <translation>révoquer les licences</translation>
    </message>
    <message>
        <source>raise severity</source>
        <translation>augmenter la gravité</translation>
    </message>
    <message>
        <source>notify</source>
        <translation>notifier</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Evaluation order: each backend runs its enabled rules on every new event in ascending priority number, ties by rule id, and every matching rule acts. Disabled rules are not run.</source>
        <translation>Ordre d’évaluation&#xa0;: chaque backend exécute ses règles activées à chaque nouvel événement par numéro de priorité croissant, à égalité par ID de règle, et chaque règle correspondante agit. Les règles désactivées ne sont pas exécutées.</translation>
    </message>
    <message>
        <source>Number %1 of the enabled rules %2 runs on each event (priority %3, id %4).</source>
        <translation>N°&#xa0;%1 des règles activées que %2 exécute à chaque événement (priorité %3, ID %4).</translation>
    </message>
    <message>
        <source>Disabled: %1 does not run it.</source>
        <translation>Désactivée&#xa0;: %1 ne l’exécute pas.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécution</translation>
    </message>
</context>
<context>
    <name>warden::RulesController</name>
    <message>
        <source>%1 is not the embedded demo backend.</source>
        <translation>%1 n’est pas le backend de démonstration intégré.</translation>
    </message>
    <message>
        <source>The demo backend has no admin account.</source>
        <translation>Le backend de démonstration n’a pas de compte admin.</translation>
    </message>
</context>
<context>
    <name>warden::RulesPage</name>
    <message>
        <source>Delete rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Policy rules</source>
        <translation>Règles de politique</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>Sign in as admin…</source>
        <translation>Se connecter en admin…</translation>
    </message>
    <message>
        <source>No policy rules yet. Write one on the right, dry-run it against the stored history, then save it.</source>
        <translation>Pas encore de règles de politique. Rédigez-en une à droite, simulez-la sur l’historique enregistré, puis enregistrez-la.</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Enabled: the backend runs it on every new event</source>
        <translation>Activée&#xa0;: le backend l’exécute à chaque nouvel événement</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Who rule changes are sent as</source>
        <translation>Identité sous laquelle les modifications de règles sont envoyées</translation>
    </message>
    <message>
        <source>Backend of the rule</source>
        <translation>Backend de la règle</translation>
    </message>
    <message>
        <source>What the rule is for, e.g. &quot;Isolate cameras under brute force&quot;</source>
        <translation>À quoi sert la règle, p. ex. «&#xa0;Isoler les caméras en cas de force brute&#xa0;»</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nom de la règle</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>e.g. type:brute_force class:ip_camera severity&gt;=MAJOR count&gt;=3 within 60s</source>
        <translation>p. ex. type:brute_force class:ip_camera severity&gt;=MAJOR count&gt;=3 within 60s</translation>
    </message>
    <message>
        <source>Condition check</source>
        <translation>Vérification de la condition</translation>
    </message>
    <message>
        <source>Add a condition term</source>
        <translation>Ajouter un terme de condition</translation>
    </message>
    <message>
        <source>Add a term…</source>
        <translation>Ajouter un terme…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Quarantine the device</source>
        <translation>Mettre l’appareil en quarantaine</translation>
    </message>
    <message>
        <source>Revoke the device&apos;s licences</source>
        <translation>Révoquer les licences de l’appareil</translation>
    </message>
    <message>
        <source>Raise the incident&apos;s severity</source>
        <translation>Augmenter la gravité de l’incident</translation>
    </message>
    <message>
        <source>Notify (audit entry only)</source>
        <translation>Notifier (entrée d’audit uniquement)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Quarantine level</source>
        <translation>Niveau de quarantaine</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Rules run in ascending priority number; every matching rule acts.</source>
        <translation>Les règles s’exécutent par numéro de priorité croissant&#x202f;; chaque règle correspondante agit.</translation>
    </message>
    <message>
        <source>Runs the rule as written over the backend&apos;s stored events; nothing is saved or done.</source>
        <translation>Exécute la règle telle qu’écrite sur les événements enregistrés du backend&#x202f;; rien n’est enregistré ni effectué.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Alors</translation>
    </message>
    <message>
        <source>Dry run summary</source>
        <translation>Résumé de la simulation</translation>
    </message>
    <message>
        <source>Dry-run the rule to see which devices it would have hit in the stored history, and when.</source>
        <translation>Simulez la règle pour voir quels appareils elle aurait touchés dans l’historique enregistré, et quand.</translation>
    </message>
    <message>
        <source>Devices the rule would have hit</source>
        <translation>Appareils que la règle aurait touchés</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Rule %1 · created by %2</source>
        <translation>Règle %1 · créée par %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Write the condition: event type, severity, device class, site, risk score, firmware vulnerabilities, repetition (count&gt;=N within T).</source>
        <translation>Écrivez la condition&#xa0;: type d’événement, gravité, classe d’appareil, site, score de risque, vulnérabilités du micrologiciel, répétition (count&gt;=N within T).</translation>
    </message>
    <message>
        <source>Valid. Acts on the %1th matching event of a device within %2 s.</source>
        <translation>Valide. Agit au %1e événement correspondant d’un appareil en %2 s.</translation>
    </message>
    <message>
        <source>Valid. Acts on every matching event.</source>
        <translation>Valide. Agit à chaque événement correspondant.</translation>
    </message>
    <message>
        <source>The rule changed since the last dry run: run it again before saving.</source>
        <translation>La règle a changé depuis la dernière simulation&#xa0;: relancez-la avant d’enregistrer.</translation>
    </message>
    <message>
        <source>Automatic actions on events, run by the backend</source>
        <translation>Actions automatiques sur les événements, exécutées par le backend</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to a backend to dry-run and change its rules.</source>
        <translation>Connectez-vous à un backend pour simuler et modifier ses règles.</translation>
    </message>
    <message>
        <source>Rule changes on %1 are sent as %2 (admin).</source>
        <translation>Les modifications de règles sur %1 sont envoyées en tant que %2 (admin).</translation>
    </message>
    <message>
        <source>You are signed in to %1 as %2 (%3). Dry runs work for you; the backend lets only admins save or delete rules, so it will refuse those. Sign in as an admin for rule changes.</source>
        <translation>Vous êtes connecté à %1 en tant que %2 (%3). Les simulations fonctionnent pour vous&#x202f;; le backend ne permet qu’aux admins d’enregistrer ou de supprimer des règles et refusera donc ces opérations. Connectez-vous en admin pour modifier les règles.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>Sign in as admin (demo account)</source>
        <translation>Se connecter en admin (compte de démonstration)</translation>
    </message>
    <message>
        <source>Save new rule</source>
        <translation>Enregistrer la nouvelle règle</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>La simulation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dry run of &quot;%1&quot; finished; nothing was saved or done.</source>
        <translation>Simulation de «&#xa0;%1&#xa0;» terminée&#x202f;; rien n’a été enregistré ni effectué.</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot; on %2…</source>
        <translation>Enregistrement de «&#xa0;%1&#xa0;» sur %2…</translation>
    </message>
    <message>
        <source>%1 refused to save the rule: %2</source>
        <translation>%1 a refusé d’enregistrer la règle&#xa0;: %2</translation>
    </message>
    <message>
        <source>The rule was not saved: %1</source>
        <translation>La règle n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backend refused the condition: %1</source>
        <translation>Le backend a refusé la condition&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; created as %2 (%3).</source>
        <translation>Règle «&#xa0;%1&#xa0;» créée sous %2 (%3).</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; (%2) saved (%3).</source>
        <translation>Règle «&#xa0;%1&#xa0;» (%2) enregistrée (%3).</translation>
    </message>
    <message>
        <source>enabled: the backend runs it from now on</source>
        <translation>activée&#xa0;: le backend l’exécute désormais</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Delete the rule &quot;%1&quot; (%2) on %3? The backend stops running it at once.</source>
        <translation>Supprimer la règle «&#xa0;%1&#xa0;» (%2) sur %3&#x202f;? Le backend cesse aussitôt de l’exécuter.</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>Suppression de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>%1 refused to delete the rule: %2</source>
        <translation>%1 a refusé de supprimer la règle&#xa0;: %2</translation>
    </message>
    <message>
        <source>The rule was not deleted: %1</source>
        <translation>La règle n’a pas été supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; (%2) deleted.</source>
        <translation>Règle «&#xa0;%1&#xa0;» (%2) supprimée.</translation>
    </message>
    <message>
        <source>Signing in to %1 as the demo admin…</source>
        <translation>Connexion à %1 en tant qu’admin de démonstration…</translation>
    </message>
    <message>
        <source>Sign in for rule changes</source>
        <translation>Se connecter pour modifier les règles</translation>
    </message>
    <message>
        <source>Rule changes on %1 need an admin account. Your own session stays signed in.</source>
        <translation>Les modifications de règles sur %1 exigent un compte admin. Votre propre session reste connectée.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Code d’authentification</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2…</source>
        <translation>Connexion à %1 en tant que %2…</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rule changes on %1 are now sent as %2.</source>
        <translation>Les modifications de règles sur %1 sont désormais envoyées en tant que %2.</translation>
    </message>
    <message>
        <source>Dry-run range</source>
        <translation>Période de simulation</translation>
    </message>
    <message>
        <source>Which stored events the dry run covers. At most %1 events are scanned (the newest of the range); the summary says what was covered.</source>
        <translation>Les événements enregistrés couverts par la simulation. Au plus %1 événements sont analysés (les plus récents de la période)&#x202f;; le résumé indique ce qui a été couvert.</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Custom from–to</source>
        <translation>Personnalisée (du… au…)</translation>
    </message>
    <message>
        <source>Everything cached</source>
        <translation>Tout le cache</translation>
    </message>
    <message>
        <source>Dry run from</source>
        <translation>Début de la simulation</translation>
    </message>
    <message>
        <source>Dry run to</source>
        <translation>Fin de la simulation</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>The range changed since the last dry run: run it again.</source>
        <translation>La période a changé depuis la dernière simulation&#xa0;: relancez-la.</translation>
    </message>
    <message>
        <source>%1, %2 enabled · the backend runs them on every new event in the order of the Runs column (ascending priority number, then rule id)</source>
        <translation>%1, %2 activées · le backend les exécute à chaque nouvel événement dans l’ordre de la colonne «&#xa0;Exécution&#xa0;» (numéro de priorité croissant, puis ID de règle)</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot; over %2 of the stored events of %3…</source>
        <translation>Exécution de «&#xa0;%1&#xa0;» sur les événements enregistrés de %3 (période&#xa0;: %2)…</translation>
    </message>
</context>
<context>
    <name>warden::StreamClient</name>
    <message>
        <source>Not logged in to this backend.</source>
        <translation>Non connecté à ce backend.</translation>
    </message>
    <message>
        <source>The backend sent a binary frame on the stream; only JSON text is expected.</source>
        <translation>Le backend a envoyé une trame binaire dans le flux&#x202f;; seul du texte JSON est attendu.</translation>
    </message>
    <message>
        <source>The backend did not open the stream in time.</source>
        <translation>Le backend n’a pas ouvert le flux à temps.</translation>
    </message>
    <message>
        <source>The backend refused to open the stream (HTTP %1).</source>
        <translation>Le backend a refusé d’ouvrir le flux (HTTP %1).</translation>
    </message>
    <message>
        <source>The backend closed the stream (code %1%2).</source>
        <translation>Le backend a fermé le flux (code %1%2).</translation>
    </message>
    <message>
        <source>The stream did not start with a hello frame.</source>
        <translation>Le flux n’a pas commencé par une trame «&#xa0;hello&#xa0;».</translation>
    </message>
    <message>
        <source>The backend sent a second hello frame.</source>
        <translation>Le backend a envoyé une seconde trame «&#xa0;hello&#xa0;».</translation>
    </message>
    <message>
        <source>No frame from the backend for %1 s; the stream is reconnected.</source>
        <translation>Aucune trame du backend depuis %1 s&#x202f;; le flux est reconnecté.</translation>
    </message>
    <message>
        <source>The cache could not store stream events (%1); resuming from the last stored event.</source>
        <translation>Le cache n’a pas pu enregistrer les événements du flux (%1)&#x202f;; reprise à partir du dernier événement enregistré.</translation>
    </message>
</context>
<context>
    <name>warden::ThemeSetup</name>
    <message>
        <source>“%1” is not a theme. Use system, light or dark.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un thème. Utilisez system, light ou dark.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>warden::ThreatFeedModel</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeure</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineure</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Indéterminée</translation>
    </message>
    <message>
        <source>Port scan</source>
        <translation>Balayage de ports</translation>
    </message>
    <message>
        <source>Brute-force login</source>
        <translation>Connexion par force brute</translation>
    </message>
    <message>
        <source>Default credentials</source>
        <translation>Identifiants par défaut</translation>
    </message>
    <message>
        <source>Malware beaconing</source>
        <translation>Balisage de logiciel malveillant</translation>
    </message>
    <message>
        <source>Exfiltration</source>
        <translation>Exfiltration</translation>
    </message>
    <message>
        <source>Firmware tampering</source>
        <translation>Altération du micrologiciel</translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation>Expiration de certificat</translation>
    </message>
    <message>
        <source>New unknown device</source>
        <translation>Nouvel appareil inconnu</translation>
    </message>
    <message>
        <source>Protocol violation</source>
        <translation>Violation de protocole</translation>
    </message>
    <message>
        <source>Licence violation</source>
        <translation>Violation de licence</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Séq.</translation>
    </message>
</context>
<context>
    <name>warden::ThreatsPage</name>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Live events from every connected backend, newest first</source>
        <translation>Événements en direct de tous les backends connectés, les plus récents en premier</translation>
    </message>
    <message>
        <source>Follow or pause the feed</source>
        <translation>Suivre ou mettre en pause le flux</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Gravité minimale</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1 et plus</translation>
    </message>
    <message>
        <source>Threat type</source>
        <translation>Type de menace</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Device, source or destination</source>
        <translation>Appareil, source ou destination</translation>
    </message>
    <message>
        <source>Search the feed</source>
        <translation>Rechercher dans le flux</translation>
    </message>
    <message>
        <source>Threat events</source>
        <translation>Événements de menace</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Détails de l’événement</translation>
    </message>
    <message>
        <source>Select an event to see all its fields and the raw event.</source>
        <translation>Sélectionnez un événement pour voir tous ses champs et l’événement brut.</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Aucun événement pour l’instant</translation>
    </message>
    <message>
        <source>The feed is live: events appear here as soon as a connected backend reports them.</source>
        <translation>Le flux est en direct&#xa0;: les événements apparaissent ici dès qu’un backend connecté les signale.</translation>
    </message>
    <message>
        <source>● Following</source>
        <translation>● En direct</translation>
    </message>
    <message>
        <source>New events appear at the top. Click to pause (Ctrl+Space).</source>
        <translation>Les nouveaux événements apparaissent en haut. Cliquez pour mettre en pause (Ctrl+Espace).</translation>
    </message>
    <message numerus="yes">
        <source>⏸ Paused — %n new</source>
        <translation>
            <numerusform>⏸ En pause — %n nouveau</numerusform>
            <numerusform>⏸ En pause — %n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is lost while paused. Click to show the new events (Ctrl+Space).</source>
        <translation>Rien n’est perdu pendant la pause. Cliquez pour afficher les nouveaux événements (Ctrl+Espace).</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Raw event</source>
        <translation>Événement brut</translation>
    </message>
    <message>
        <source>Review admission request</source>
        <translation>Examiner la demande d’adhésion</translation>
    </message>
    <message>
        <source>Open the join request of this device on the Identity page</source>
        <translation>Ouvrir la demande d’adhésion de cet appareil sur la page «&#xa0;Identité&#xa0;»</translation>
    </message>
    <message>
        <source>Admission review result</source>
        <translation>Résultat de l’examen d’admission</translation>
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
        <translation>Rechercher un appareil ou une passerelle par nom ou identifiant</translation>
    </message>
    <message>
        <source>Find device</source>
        <translation>Rechercher un appareil</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Colorer selon</translation>
    </message>
    <message>
        <source>What the colours mean: risk score, device status or device class</source>
        <translation>Signification des couleurs&#xa0;: score de risque, état ou classe de l’appareil</translation>
    </message>
    <message>
        <source>Colour by risk</source>
        <translation>Colorer selon le risque</translation>
    </message>
    <message>
        <source>Colour by status</source>
        <translation>Colorer selon l’état</translation>
    </message>
    <message>
        <source>Colour by class</source>
        <translation>Colorer selon la classe</translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation>Filtre de site</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtrer les appareils</translation>
    </message>
    <message>
        <source>Show only some classes, statuses or risk levels</source>
        <translation>N’afficher que certaines classes, certains états ou niveaux de risque</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation>Ajuster la carte à la fenêtre</translation>
    </message>
    <message>
        <source>Show everything that passes the filter (0)</source>
        <translation>Afficher tout ce qui passe le filtre (0)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the view</source>
        <translation>Exporter la vue</translation>
    </message>
    <message>
        <source>As PNG picture…</source>
        <translation>En image PNG…</translation>
    </message>
    <message>
        <source>As SVG drawing…</source>
        <translation>En dessin SVG…</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Rayon d’impact</translation>
    </message>
    <message>
        <source>Show the blast radius of the selection</source>
        <translation>Afficher le rayon d’impact de la sélection</translation>
    </message>
    <message>
        <source>Highlight what the selected devices can reach</source>
        <translation>Mettre en évidence ce que les appareils sélectionnés peuvent atteindre</translation>
    </message>
    <message>
        <source>Clear blast radius</source>
        <translation>Effacer le rayon d’impact</translation>
    </message>
    <message>
        <source>Clear the blast radius</source>
        <translation>Effacer le rayon d’impact</translation>
    </message>
    <message>
        <source>Selection details</source>
        <translation>Détails de la sélection</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>%1 sites · %2 gateways · %3 devices · %4 links</source>
        <translation>%1 sites · %2 passerelles · %3 appareils · %4 liaisons</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 affichés</translation>
    </message>
    <message>
        <source>laying out…</source>
        <translation>disposition…</translation>
    </message>
    <message>
        <source>No device or gateway matches “%1”. Search by name or id, e.g. CAM-03-0042.</source>
        <translation>Aucun appareil ni aucune passerelle ne correspond à «&#xa0;%1&#xa0;». Recherchez par nom ou identifiant, p. ex. CAM-03-0042.</translation>
    </message>
    <message>
        <source>%1 was hidden by the filter; the filter is cleared.</source>
        <translation>%1 était masqué par le filtre&#x202f;; le filtre est effacé.</translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation>Filtre (%1)</translation>
    </message>
    <message>
        <source>Device classes</source>
        <translation>Classes d’appareils</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Quarantined only</source>
        <translation>En quarantaine uniquement</translation>
    </message>
    <message>
        <source>Minimum risk</source>
        <translation>Risque minimal</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Tout risque</translation>
    </message>
    <message>
        <source>Warning and above (≥ 20)</source>
        <translation>Avertissement et plus (≥ 20)</translation>
    </message>
    <message>
        <source>Minor and above (≥ 40)</source>
        <translation>Mineur et plus (≥ 40)</translation>
    </message>
    <message>
        <source>Major and above (≥ 60)</source>
        <translation>Majeur et plus (≥ 60)</translation>
    </message>
    <message>
        <source>Critical only (≥ 80)</source>
        <translation>Critique uniquement (≥ 80)</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Click a device or gateway to see its details. Click a site to zoom into it.</source>
        <translation>Cliquez sur un appareil ou une passerelle pour voir ses détails. Cliquez sur un site pour zoomer dessus.</translation>
    </message>
    <message>
        <source>Shift+drag selects an area; Ctrl+click adds to the selection. Wheel or +/− zooms, 0 fits.</source>
        <translation>Maj+glisser sélectionne une zone&#x202f;; Ctrl+clic ajoute à la sélection. La molette ou +/− zoome, 0 ajuste.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Score de risque</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sûreté</translation>
    </message>
    <message>
        <source>safety-critical: quarantine needs a second operator&apos;s approval</source>
        <translation>critique pour la sûreté&#xa0;: la quarantaine nécessite l’approbation d’un second opérateur</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <source>%1 uplinks, %2 peer links</source>
        <translation>%1 liaisons montantes, %2 liaisons entre pairs</translation>
    </message>
    <message>
        <source>Open in the register</source>
        <translation>Ouvrir dans le registre</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 sélectionnés</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Passerelles</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>Critique pour la sûreté</translation>
    </message>
    <message>
        <source>By colour</source>
        <translation>Par couleur</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>Par site</translation>
    </message>
    <message>
        <source>other sites</source>
        <translation>autres sites</translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) of the blast radius are not in the topology (yet): %1</source>
        <translation>
            <numerusform>%n identifiant du rayon d’impact n’est pas (encore) dans la topologie&#xa0;: %1</numerusform>
            <numerusform>%n identifiants du rayon d’impact ne sont pas (encore) dans la topologie&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file name ending in .png or .svg to export the view.</source>
        <translation>Choisissez un nom de fichier se terminant par .png ou .svg pour exporter la vue.</translation>
    </message>
    <message>
        <source>Saved the current view to %1.</source>
        <translation>La vue actuelle a été enregistrée dans %1.</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the topology view</source>
        <translation>Exporter la vue de la topologie</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n device(s) (%2 safety-critical)</source>
        <translation>
            <numerusform>%1 — %n appareil (%2 critique pour la sûreté)</numerusform>
            <numerusform>%1 — %n appareils (%2 critiques pour la sûreté)</numerusform>
        </translation>
    </message>
    <message>
        <source>All of %1</source>
        <translation>Tous les sites de %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n backend(s)</source>
        <translation>
            <numerusform>%n backend</numerusform>
            <numerusform>%n backends</numerusform>
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
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Critical risk (80–100)</source>
        <translation>Risque critique (80–100)</translation>
    </message>
    <message>
        <source>Major risk (60–79)</source>
        <translation>Risque majeur (60–79)</translation>
    </message>
    <message>
        <source>Minor risk (40–59)</source>
        <translation>Risque mineur (40–59)</translation>
    </message>
    <message>
        <source>Warning (20–39)</source>
        <translation>Avertissement (20–39)</translation>
    </message>
    <message>
        <source>Healthy (0–19)</source>
        <translation>Sain (0–19)</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>IP camera</source>
        <translation>Caméra IP</translation>
    </message>
    <message>
        <source>Door controller</source>
        <translation>Contrôleur de porte</translation>
    </message>
    <message>
        <source>HVAC controller</source>
        <translation>Régulateur CVC</translation>
    </message>
    <message>
        <source>PLC</source>
        <translation>Automate programmable</translation>
    </message>
    <message>
        <source>Smart meter</source>
        <translation>Compteur intelligent</translation>
    </message>
    <message>
        <source>Badge reader</source>
        <translation>Lecteur de badges</translation>
    </message>
    <message>
        <source>Vehicle tracker</source>
        <translation>Traceur de véhicule</translation>
    </message>
    <message>
        <source>Infusion pump</source>
        <translation>Pompe à perfusion</translation>
    </message>
    <message>
        <source>Cardiac monitor</source>
        <translation>Moniteur cardiaque</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>%1 affected · %2 reachable</source>
        <translation>%1 touchés · %2 atteignables</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 appareil</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 appareils</translation>
    </message>
    <message>
        <source>(this backend)</source>
        <translation>(ce backend)</translation>
    </message>
</context>
<context>
    <name>warden::TopologyView</name>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>major</source>
        <translation>majeur</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>mineur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>isolated from the network</source>
        <translation>isolé du réseau</translation>
    </message>
    <message>
        <source>credentials revoked</source>
        <translation>identifiants révoqués</translation>
    </message>
    <message>
        <source>Topology map</source>
        <translation>Carte de la topologie</translation>
    </message>
    <message>
        <source>%1 devices · %2 gateways</source>
        <translation>%1 appareils · %2 passerelles</translation>
    </message>
    <message>
        <source>%1 quarantined</source>
        <translation>%1 en quarantaine</translation>
    </message>
    <message>
        <source>%1 affected · %2 reachable</source>
        <translation>%1 touchés · %2 atteignables</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Cliquez pour zoomer</translation>
    </message>
    <message>
        <source>Gateway at %1</source>
        <translation>Passerelle du site %1</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>Risk %1 (%2) · %3</source>
        <translation>Risque %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Quarantined: %1</source>
        <translation>En quarantaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>Critique pour la sûreté</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Touchés</translation>
    </message>
    <message>
        <source>Reachable from the affected devices</source>
        <translation>Atteignables depuis les appareils touchés</translation>
    </message>
    <message>
        <source>No topology yet — sites, gateways and devices appear here once the register is synchronised.</source>
        <translation>Pas encore de topologie — les sites, passerelles et appareils apparaissent ici dès que le registre est synchronisé.</translation>
    </message>
    <message>
        <source>No device matches the filter — widen or clear it to see the fleet.</source>
        <translation>Aucun appareil ne correspond au filtre — élargissez-le ou effacez-le pour voir le parc.</translation>
    </message>
    <message>
        <source>Sites — zoom in or click a site to see its devices</source>
        <translation>Sites — zoomez ou cliquez sur un site pour voir ses appareils</translation>
    </message>
    <message>
        <source>Blast radius: %1 affected, %2 reachable — everything else dimmed</source>
        <translation>Rayon d’impact&#xa0;: %1 touchés, %2 atteignables — tout le reste est estompé</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Couleur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Quarantined (fenced)</source>
        <translation>En quarantaine (clôturé)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Device class</source>
        <translation>Classe d’appareil</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Offline (hollow)</source>
        <translation>Hors ligne (creux)</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Atteignables</translation>
    </message>
    <message>
        <source>Could not save the picture to %1: %2. Choose another folder or file name.</source>
        <translation>Impossible d’enregistrer l’image dans %1&#xa0;: %2. Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>Warden topology</source>
        <translation>Topologie Warden</translation>
    </message>
    <message>
        <source>Sites, gateways and devices as shown in the Warden console</source>
        <translation>Sites, passerelles et appareils tels qu’affichés dans la console Warden</translation>
    </message>
    <message>
        <source>Could not save the drawing to %1: the file cannot be written. Choose another folder or file name.</source>
        <translation>Impossible d’enregistrer le dessin dans %1&#xa0;: le fichier n’est pas accessible en écriture. Choisissez un autre dossier ou nom de fichier.</translation>
    </message>
    <message>
        <source>Could not finish writing %1.</source>
        <translation>Impossible de terminer l’écriture de %1.</translation>
    </message>
    <message>
        <source>Laying out the fleet…</source>
        <translation>Disposition du parc…</translation>
    </message>
    <message>
        <source>%1 — %2 devices, %3 gateways</source>
        <translation>%1 – %2 appareils, %3 passerelles</translation>
    </message>
    <message>
        <source>Zoom in for classes and names</source>
        <translation>Zoomez pour voir les classes et les noms</translation>
    </message>
    <message>
        <source>Safety-critical (badge)</source>
        <translation>Critique pour la sécurité (pastille)</translation>
    </message>
    <message>
        <source>Backend %1</source>
        <translation>Backend %1</translation>
    </message>
    <message>
        <source>%1 (backend %2)</source>
        <translation>%1 (backend %2)</translation>
    </message>
</context>
<context>
    <name>warden::TotpSecretDialog</name>
    <message>
        <source>Copy secret</source>
        <translation>Copier le secret</translation>
    </message>
    <message>
        <source>Copy URI</source>
        <translation>Copier l’URI</translation>
    </message>
    <message>
        <source>New 2FA secret for %1</source>
        <translation>Nouveau secret 2FA pour %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&apos;s two-factor authentication on %2 was reset. Give %1 this secret over a trusted channel; they add it to their authenticator app (or scan the URI as a QR code with another tool).</source>
        <translation>L’authentification à deux facteurs de &lt;b&gt;%1&lt;/b&gt; sur %2 a été réinitialisée. Remettez ce secret à %1 par un canal de confiance&#x202f;; il l’ajoute à son application d’authentification (ou scanne l’URI comme code QR avec un autre outil).</translation>
    </message>
    <message>
        <source>This secret is shown only once. Warden does not store it; after you close this window nobody can show it again — a new reset would be needed.</source>
        <translation>Ce secret n’est affiché qu’une fois. Warden ne le conserve pas&#x202f;; une fois cette fenêtre fermée, personne ne peut plus l’afficher — il faudrait une nouvelle réinitialisation.</translation>
    </message>
    <message>
        <source>Open sessions of %1 ended: %2. %1 logs in again with a code from the new secret.</source>
        <translation>Sessions ouvertes de %1 fermées&#xa0;: %2. %1 se reconnecte avec un code issu du nouveau secret.</translation>
    </message>
    <message>
        <source>%1 had no open session.</source>
        <translation>%1 n’avait aucune session ouverte.</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Nouveau secret</translation>
    </message>
    <message>
        <source>otpauth URI</source>
        <translation>URI otpauth</translation>
    </message>
    <message>
        <source>Copy the secret (cleared from the clipboard after 30 s)</source>
        <translation>Copier le secret (effacé du presse-papiers après 30 s)</translation>
    </message>
    <message>
        <source>Copy the URI (cleared from the clipboard after 30 s)</source>
        <translation>Copier l’URI (effacée du presse-papiers après 30 s)</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 s and clipboard managers are told not to keep it.</source>
        <translation>Copié. Le presse-papiers sera vidé dans 30 s et les gestionnaires de presse-papiers sont priés de ne pas le conserver.</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Le presse-papiers a été vidé.</translation>
    </message>
    <message>
        <source>Secret (base32)</source>
        <translation>Secret (base32)</translation>
    </message>
    <message>
        <source>I have handed it over — close</source>
        <translation>Je l’ai remis — fermer</translation>
    </message>
</context>
<context>
    <name>warden::UpdatesController</name>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>%1 is not connected to this console.</source>
        <translation>%1 n’est pas connecté à cette console.</translation>
    </message>
</context>
<context>
    <name>warden::UpdatesPage</name>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Nouvelle campagne…</translation>
    </message>
    <message>
        <source>Firmware catalogue, staged rollouts and on-site work orders</source>
        <translation>Catalogue de micrologiciels, déploiements progressifs et ordres de travail sur site</translation>
    </message>
    <message>
        <source>Plan a new firmware campaign</source>
        <translation>Planifier une nouvelle campagne de micrologiciel</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Ordres de travail</translation>
    </message>
    <message>
        <source>Device class</source>
        <translation>Classe d’appareil</translation>
    </message>
    <message>
        <source>Firmware images</source>
        <translation>Images de micrologiciel</translation>
    </message>
    <message>
        <source>Version spread</source>
        <translation>Répartition des versions</translation>
    </message>
    <message>
        <source>Version spread of the selected class</source>
        <translation>Répartition des versions de la classe sélectionnée</translation>
    </message>
    <message>
        <source>Firmware details</source>
        <translation>Détails du micrologiciel</translation>
    </message>
    <message>
        <source>Select a campaign</source>
        <translation>Sélectionnez une campagne</translation>
    </message>
    <message>
        <source>Why the campaign stopped</source>
        <translation>Pourquoi la campagne s’est arrêtée</translation>
    </message>
    <message>
        <source>Devices by update state</source>
        <translation>Appareils par état de mise à jour</translation>
    </message>
    <message>
        <source>Campaign progress</source>
        <translation>Progression de la campagne</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Relancer les échecs</translation>
    </message>
    <message>
        <source>No new device starts; installs under way finish.</source>
        <translation>Aucun nouvel appareil ne démarre&#x202f;; les installations en cours se terminent.</translation>
    </message>
    <message>
        <source>Stops the campaign for good; later waves never start.</source>
        <translation>Arrête définitivement la campagne&#x202f;; les vagues suivantes ne démarrent jamais.</translation>
    </message>
    <message>
        <source>Queues the failed devices for another attempt.</source>
        <translation>Remet les appareils en échec en file d’attente pour une nouvelle tentative.</translation>
    </message>
    <message>
        <source>Campaign action outcome</source>
        <translation>Résultat de l’action sur la campagne</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Imprimer en PDF…</translation>
    </message>
    <message>
        <source>Mark serviced</source>
        <translation>Marquer comme entretenu</translation>
    </message>
    <message>
        <source>A technician installed the required firmware on the selected device.</source>
        <translation>Un technicien a installé le micrologiciel requis sur l’appareil sélectionné.</translation>
    </message>
    <message>
        <source>Devices that cannot take an online update wait here for a technician. Owner names are shown as the register shows them (masked unless your role allows personal data); owner contact details are not part of the console&apos;s data and are not exported.</source>
        <translation>Les appareils qui ne peuvent pas être mis à jour en ligne attendent ici un technicien. Les noms des propriétaires s’affichent comme dans le registre (masqués sauf si votre rôle autorise les données personnelles)&#x202f;; les coordonnées des propriétaires ne font pas partie des données de la console et ne sont pas exportées.</translation>
    </message>
    <message>
        <source>Work order outcome</source>
        <translation>Résultat de l’ordre de travail</translation>
    </message>
    <message>
        <source>No known CVE</source>
        <translation>Aucune CVE connue</translation>
    </message>
    <message>
        <source>With known CVEs</source>
        <translation>Avec CVE connues</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>appareils</translation>
    </message>
    <message>
        <source>&lt;p&gt;No firmware catalogue yet. It appears when the backend has synced.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pas encore de catalogue de micrologiciels. Il apparaît dès que le backend est synchronisé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a firmware image.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une image de micrologiciel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Image %1</source>
        <translation>&lt;p&gt;Image %1</translation>
    </message>
    <message>
        <source>, released %1</source>
        <translation>, publiée le %1</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#2E7D32&quot;&gt;&lt;b&gt;Signature verified.&lt;/b&gt; This image can be rolled out.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#2E7D32&quot;&gt;&lt;b&gt;Signature vérifiée.&lt;/b&gt; Cette image peut être déployée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#D32F2F&quot;&gt;&lt;b&gt;Signature not verified.&lt;/b&gt; This image cannot be pushed: its origin cannot be proven, so installing it could put tampered code on the devices. Campaigns offer only verified images, and the backend refuses unverified ones.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#D32F2F&quot;&gt;&lt;b&gt;Signature non vérifiée.&lt;/b&gt; Cette image ne peut pas être déployée&#xa0;: son origine ne peut pas être prouvée, l’installer pourrait donc mettre du code altéré sur les appareils. Les campagnes ne proposent que des images vérifiées et le backend refuse les autres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No known CVEs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune CVE connue.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Known CVEs&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CVE connues&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Which devices still run a version with %1? (%2)</source>
        <translation>Quels appareils exécutent encore une version avec %1&#x202f;? (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fixes&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Corrige&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Release notes&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Notes de version&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None published.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune publiée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No campaigns yet. Plan one with “New campaign…”.</source>
        <translation>Aucune campagne pour l’instant. Planifiez-en une avec «&#xa0;Nouvelle campagne…&#xa0;».</translation>
    </message>
    <message>
        <source>Waiting for a second operator to approve it on the Approvals page.</source>
        <translation>En attente de l’approbation d’un second opérateur sur la page des approbations.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Waiting for window</source>
        <translation>En attente de la fenêtre</translation>
    </message>
    <message>
        <source>Needs physical service</source>
        <translation>Intervention sur place requise</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Sending %1 for %2…</source>
        <translation>Envoi de «&#xa0;%1&#xa0;» pour %2…</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 succeeded: campaign %2 is now %3.</source>
        <translation>«&#xa0;%1&#xa0;» réussi&#xa0;: la campagne %2 est maintenant à l’état «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Could not load work orders: %1</source>
        <translation>Impossible de charger les ordres de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>•••• (personal data)</source>
        <translation>•••• (données personnelles)</translation>
    </message>
    <message>
        <source>Work orders (%1)</source>
        <translation>Ordres de travail (%1)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Work orders · %1</source>
        <translation>Ordres de travail · %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Export work orders</source>
        <translation>Exporter les ordres de travail</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n work order(s) to %1.</source>
        <translation>
            <numerusform>%n ordre de travail exporté dans %1.</numerusform>
            <numerusform>%n ordres de travail exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print work orders</source>
        <translation>Imprimer les ordres de travail</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Marking %1 as serviced…</source>
        <translation>%1 est marqué comme entretenu…</translation>
    </message>
    <message>
        <source>Could not close the work order of %1: %2</source>
        <translation>Impossible de clore l’ordre de travail de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is serviced and now runs %2.</source>
        <translation>%1 est entretenu et exécute maintenant %2.</translation>
    </message>
    <message>
        <source>Version spread: %1 (✗ = unverified image)</source>
        <translation>Répartition des versions&#xa0;: %1 (✗ = image non vérifiée)</translation>
    </message>
    <message>
        <source>%1 ✗</source>
        <translation>%1 ✗</translation>
    </message>
    <message>
        <source>Backend whose updates are shown</source>
        <translation>Backend dont les mises à jour sont affichées</translation>
    </message>
    <message>
        <source>Firmware, campaigns and work orders belong to one backend each; a campaign never spans backends.</source>
        <translation>Micrologiciels, campagnes et ordres de travail appartiennent chacun à un backend&#x202f;; une campagne ne couvre jamais plusieurs backends.</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; device(s) run this version.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; appareil exécute cette version.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln&lt;/b&gt; appareils exécutent cette version.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · wave %3 of %4 · %Ln device(s)</source>
        <translation>
            <numerusform>%1 · %2 · vague %3 sur %4 · %Ln appareil</numerusform>
            <numerusform>%1 · %2 · vague %3 sur %4 · %Ln appareils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::WorkOrderModel</name>
    <message>
        <source>any time</source>
        <translation>à tout moment</translation>
    </message>
    <message>
        <source>%1–%2 site time</source>
        <translation>%1–%2 heure du site</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Required firmware</source>
        <translation>Micrologiciel requis</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) need physical service. Generated %1.</source>
        <translation>
            <numerusform>%n appareil nécessite une intervention sur place. Généré le %1.</numerusform>
            <numerusform>%n appareils nécessitent une intervention sur place. Généré le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>new certificate</source>
        <translation>nouveau certificat</translation>
    </message>
    <message>
        <source>credential rotation</source>
        <translation>renouvellement des identifiants</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
</context>
</TS>
