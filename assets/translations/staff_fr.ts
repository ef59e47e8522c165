<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>JamPanel</name>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="24" />
        <source>leads</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="25" />
        <source>erasures</source>
        <translation>effacements</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="26" />
        <source>selections to send</source>
        <translation>sélections à envoyer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="27" />
        <source>catalog</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="28" />
        <source>counters</source>
        <translation>compteurs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="29" />
        <source>heartbeat</source>
        <translation>signal de vie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="38" />
        <source>{0} d {1} h</source>
        <translation>{0} j {1} h</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="40" />
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="42" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="57" />
        <source>Sync: no failed attempt.</source>
        <translation>Synchronisation : aucune tentative en échec.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="60" />
        <source>HTTP {0}</source>
        <translation>HTTP {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="62" />
        <source>no answer from HQ</source>
        <translation>pas de réponse du siège</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="65" />
        <source>Sync of {0}: {1} failed attempt(s) in a row, last answer {2}: {3}</source>
        <translation>Synchronisation ({0}) : {1} tentative(s) en échec d'affilée, dernière réponse {2} : {3}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="73" />
        <source>{0} online without progress.</source>
        <translation>{0} en ligne sans progrès.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="77" />
        <source>Oldest lead waiting: {0} ({1} waiting).</source>
        <translation>Plus ancien contact en attente : {0} ({1} en attente).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="83" />
        <source>Sync is jammed: leads stay on this laptop. Call HQ support.</source>
        <translation>La synchronisation est bloquée : les contacts restent sur cet ordinateur. Appelez le support du siège.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="85" />
        <source>Sync is slow: HQ answers but nothing moves.</source>
        <translation>La synchronisation n'avance pas : le siège répond mais rien ne part.</translation>
    </message>
</context>
<context>
    <name>SendsTab</name>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="38" />
        <source>Asked (UTC)</source>
        <translation>Demandé (UTC)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="39" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="40" />
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="41" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="42" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="72" />
        <source>Selections to send: {0}</source>
        <translation>Sélections à envoyer : {0}</translation>
    </message>
</context>
<context>
    <name>StaffConsoleScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="77" />
        <source>Staff console</source>
        <translation>Console du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="78" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="86" />
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="97" />
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="115" />
        <location filename="../../kiosk/ui/staff/console.py" line="116" />
        <source>Staff PIN</source>
        <translation>PIN du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="117" />
        <source>Show the leads</source>
        <translation>Afficher les contacts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="308" />
        <source>Opening the leads…</source>
        <translation>Ouverture des contacts…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="119" />
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="92" />
        <source>Sent selections</source>
        <translation>Sélections envoyées</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="125" />
        <location filename="../../kiosk/ui/staff/console.py" line="330" />
        <source>Locked: enter the PIN to see visitors' contacts.</source>
        <translation>Verrouillé : saisissez le PIN pour voir les contacts des visiteurs.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="128" />
        <source>Saved (UTC)</source>
        <translation>Enregistré (UTC)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="129" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="130" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="131" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="132" />
        <source>Desk</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="133" />
        <location filename="../../kiosk/ui/staff/console.py" line="161" />
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="146" />
        <source>Leads</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="154" />
        <source>Send quarantined leads again</source>
        <translation>Renvoyer les contacts en quarantaine</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="166" />
        <source>Desk queues</source>
        <translation>Files d'attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="173" />
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="173" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="173" />
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="173" />
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="176" />
        <source>Retry selected</source>
        <translation>Réessayer la sélection</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="177" />
        <source>Cancel selected</source>
        <translation>Annuler la sélection</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="185" />
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="214" />
        <source>Visitors: {0}</source>
        <translation>Visiteurs : {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="215" />
        <source>Searches: {0}</source>
        <translation>Recherches : {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="216" />
        <source>Leads: {0}</source>
        <translation>Contacts : {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="217" />
        <source>Tickets: {0}</source>
        <translation>Tickets : {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="218" />
        <source>Tickets by desk: {0}</source>
        <translation>Tickets par comptoir : {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="221" />
        <source>Languages: {0}</source>
        <translation>Langues : {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="240" />
        <source>HQ: {0} — last success {1} — last error: {2}</source>
        <translation>Siège : {0} — dernier succès {1} — dernière erreur : {2}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="272" />
        <source>Call next</source>
        <translation>Appeler le suivant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="324" />
        <source>{0} lead(s). The list locks after 2 minutes without a touch.</source>
        <translation>{0} contact(s). La liste se verrouille après 2 minutes sans toucher.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="348" />
        <source>Now calling {0}</source>
        <translation>Appel du {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="348" />
        <source>Nobody waiting</source>
        <translation>Personne n'attend</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="103" />
        <source>Stand hub</source>
        <translation>Poste central</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="58" />
        <source>Export the leads (USB key)</source>
        <translation>Exporter les contacts (clé USB)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="60" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="67" />
        <source>Phone number, with +country</source>
        <translation>Numéro de téléphone, avec +indicatif</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="68" />
        <source>Phone number to erase</source>
        <translation>Numéro de téléphone à effacer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="70" />
        <source>Erase a visitor on request</source>
        <translation>Effacer un visiteur à sa demande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="72" />
        <location filename="../../kiosk/ui/staff/tools.py" line="167" />
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="80" />
        <source>Retention purge</source>
        <translation>Purge de conservation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="82" />
        <source>Purge now</source>
        <translation>Purger maintenant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="97" />
        <source>Event profile</source>
        <translation>Profil d'événement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="97" />
        <source>Use this event</source>
        <translation>Utiliser cet événement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="110" />
        <source>Current PIN</source>
        <translation>PIN actuel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="111" />
        <source>New PIN</source>
        <translation>Nouveau PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="112" />
        <source>New PIN again</source>
        <translation>Nouveau PIN (confirmation)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="120" />
        <source>Change the staff PIN</source>
        <translation>Changer le PIN du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="120" />
        <source>Change PIN</source>
        <translation>Changer le PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="125" />
        <source>Self-check</source>
        <translation>Autodiagnostic</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="125" />
        <source>Check now</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="154" />
        <source>{0} lead(s) past {1} months</source>
        <translation>{0} contact(s) de plus de {1} mois</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="176" />
        <source>Unlock the console first (Leads tab, staff PIN).</source>
        <translation>Déverrouillez d'abord la console (onglet Contacts, PIN).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="183" />
        <source>Export to which folder?</source>
        <translation>Exporter dans quel dossier ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="193" />
        <source>{0} lead(s) written to {1}</source>
        <translation>{0} contact(s) écrit(s) dans {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="198" />
        <source>Type the visitor's phone number.</source>
        <translation>Saisissez le numéro du visiteur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="229" />
        <source>Confirm erase</source>
        <translation>Confirmer l'effacement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="232" />
        <source>{0}: {1} lead(s) on this stand, events {2}, left {3} to {4}, {5} ticket(s). Tap again to erase them; HQ erases this number everywhere at the next sync.</source>
        <translation>{0} : {1} contact(s) sur ce stand, événements {2}, laissés du {3} au {4}, {5} ticket(s). Touchez encore pour les effacer ; le siège efface ce numéro partout à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="218" />
        <source>{0} lead(s) erased; HQ is told at the next sync.</source>
        <translation>{0} contact(s) effacé(s) ; le siège sera informé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="248" />
        <source>{0} lead(s) purged.</source>
        <translation>{0} contact(s) purgé(s).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="258" />
        <source>Event set to {0}; it applies at the next start.</source>
        <translation>Événement : {0} ; appliqué au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="263" />
        <source>The two new PINs differ.</source>
        <translation>Les deux nouveaux PIN sont différents.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="278" />
        <source>PIN changed; every lead stays readable.</source>
        <translation>PIN changé ; tous les contacts restent lisibles.</translation>
    </message>
</context>
<context>
    <name>HubTab</name>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="50" />
        <source>Address shown on the hub, or scan its code</source>
        <translation>Adresse affichée par le poste central, ou scannez son code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="57" />
        <source>Hub address</source>
        <translation>Adresse du poste central</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="58" />
        <source>Pairing code</source>
        <translation>Code d'appairage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="59" />
        <source>Staff PIN</source>
        <translation>PIN du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="62" />
        <source>Find hubs on this network</source>
        <translation>Chercher les postes centraux sur ce réseau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="64" />
        <source>Join this hub</source>
        <translation>Rejoindre ce poste central</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="91" />
        <source>This kiosk is not joined to a stand hub.</source>
        <translation>Cette borne n'est reliée à aucun poste central du stand.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="93" />
        <source>Joined to the stand hub at {0}.</source>
        <translation>Reliée au poste central du stand : {0}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="114" />
        <source>This laptop is the stand hub: {0}, pairing code {1}</source>
        <translation>Ce portable est le poste central du stand : {0}, code d'appairage {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="135" />
        <source>Hub {0} at {1}</source>
        <translation>Poste central {0} à {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="139" />
        <source>No hub announced here: type the address it shows.</source>
        <translation>Aucun poste central annoncé ici : tapez l'adresse qu'il affiche.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="162" />
        <source>Joined: tickets are now numbered by the stand hub.</source>
        <translation>Reliée : les tickets sont désormais numérotés par le poste central.</translation>
    </message>
</context>
<context>
    <name>StandPanel</name>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="46" />
        <source>The stand hub cannot be reached now.</source>
        <translation>Le poste central du stand est injoignable pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="53" />
        <source>The whole stand</source>
        <translation>Tout le stand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="55" />
        <source>alive</source>
        <translation>en marche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="55" />
        <source>silent</source>
        <translation>silencieuse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="57" />
        <source>{0} — {1} · printer: {2} · waiting for HQ: {3} · catalog {4} · last sync: {5}</source>
        <translation>{0} — {1} · imprimante : {2} · en attente pour le siège : {3} · catalogue {4} · dernière synchro : {5}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="68" />
        <source>{0}: waiting {1}, called {2}, done {3} · today {4} tickets, {5} served, {6} no-show</source>
        <translation>{0} : en attente {1}, appelés {2}, servis {3} · aujourd'hui {4} tickets, {5} servis, {6} absents</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>rien en cours</translation>
    </message>
</context>
</TS>