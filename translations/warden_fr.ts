<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>Could not unseal the owner data of “%1” in %2: %3</source>
        <translation>Impossible de desceller les données du propriétaire de «&#xa0;%1&#xa0;» dans %2&#xa0;: %3</translation>
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
</context>
<context>
    <name>warden::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Fleet health and threats over the last hour</source>
        <translation>État du parc et menaces de la dernière heure</translation>
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
        <source>At risk (risk ≥ %1)</source>
        <translation>À risque (risque ≥ %1)</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Events in the last hour</source>
        <translation>Événements de la dernière heure</translation>
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
        <source>Device details</source>
        <translation>Détails de l’appareil</translation>
    </message>
    <message>
        <source>Select a device to see its details.</source>
        <translation>Sélectionnez un appareil pour voir ses détails.</translation>
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
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 affected · %2 reachable</source>
        <translation>%1 touchés · %2 atteignables</translation>
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
        <source>Laying out %1 devices…</source>
        <translation>Disposition de %1 appareils…</translation>
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
        <source>Devices — zoom in for classes and names</source>
        <translation>Appareils — zoomez pour voir les classes et les noms</translation>
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
</context>
</TS>
