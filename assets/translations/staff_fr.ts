<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>StaffConsoleScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="64"/>
        <source>Staff console</source>
        <translation>Console du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="65"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="73"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="82"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="100"/>
        <location filename="../../kiosk/ui/staff/console.py" line="101"/>
        <source>Staff PIN</source>
        <translation>PIN du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="102"/>
        <source>Show the leads</source>
        <translation>Afficher les contacts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="239"/>
        <source>Opening the leads…</source>
        <translation>Ouverture des contacts…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="104"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="110"/>
        <location filename="../../kiosk/ui/staff/console.py" line="298"/>
        <source>Locked: enter the PIN to see visitors&apos; contacts.</source>
        <translation>Verrouillé : saisissez le PIN pour voir les contacts des visiteurs.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="115"/>
        <source>Saved (UTC)</source>
        <translation>Enregistré (UTC)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="116"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="117"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="118"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="119"/>
        <source>Desk</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="120"/>
        <location filename="../../kiosk/ui/staff/console.py" line="137"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="124"/>
        <source>Leads</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="131"/>
        <source>Send quarantined leads again</source>
        <translation>Renvoyer les contacts en quarantaine</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="142"/>
        <source>Desk queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="149"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="149"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="149"/>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="149"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="152"/>
        <source>Retry selected</source>
        <translation>Réessayer la sélection</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="153"/>
        <source>Cancel selected</source>
        <translation>Annuler la sélection</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="161"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="185"/>
        <source>Al Omrane</source>
        <translation>Al Omrane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="186"/>
        <source>Notary</source>
        <translation>Notaire</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="187"/>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="194"/>
        <source>Visitors: {0}</source>
        <translation>Visiteurs : {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="195"/>
        <source>Searches: {0}</source>
        <translation>Recherches : {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="196"/>
        <source>Leads: {0}</source>
        <translation>Contacts : {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="197"/>
        <source>Tickets: {0}</source>
        <translation>Tickets : {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="198"/>
        <source>Tickets by desk: {0}</source>
        <translation>Tickets par comptoir : {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="201"/>
        <source>Languages: {0}</source>
        <translation>Langues : {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="212"/>
        <source>HQ: {0} — last success {1} — last error: {2}</source>
        <translation>Siège : {0} — dernier succès {1} — dernière erreur : {2}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="235"/>
        <source>{0}: {1} waiting, {2} called, {3} done</source>
        <translation>{0} : {1} en attente, {2} appelés, {3} servis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="244"/>
        <source>Call next</source>
        <translation>Appeler le suivant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="289"/>
        <source>{0} lead(s). The list locks after 2 minutes without a touch.</source>
        <translation>{0} contact(s). La liste se verrouille après 2 minutes sans toucher.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="318"/>
        <source>Now calling {0}</source>
        <translation>Appel du {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="318"/>
        <source>Nobody waiting</source>
        <translation>Personne n&apos;attend</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="46"/>
        <source>Export the leads (USB key)</source>
        <translation>Exporter les contacts (clé USB)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="48"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="53"/>
        <source>Phone number, with +country</source>
        <translation>Numéro de téléphone, avec +indicatif</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="54"/>
        <source>Phone number to erase</source>
        <translation>Numéro de téléphone à effacer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="56"/>
        <source>Erase a visitor on request</source>
        <translation>Effacer un visiteur à sa demande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="58"/>
        <location filename="../../kiosk/ui/staff/tools.py" line="149"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="64"/>
        <source>Retention purge</source>
        <translation>Purge de conservation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="66"/>
        <source>Purge now</source>
        <translation>Purger maintenant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="79"/>
        <source>Event profile</source>
        <translation>Profil d&apos;événement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="79"/>
        <source>Use this event</source>
        <translation>Utiliser cet événement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="90"/>
        <source>Current PIN</source>
        <translation>PIN actuel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="91"/>
        <source>New PIN</source>
        <translation>Nouveau PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="92"/>
        <source>New PIN again</source>
        <translation>Nouveau PIN (confirmation)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="100"/>
        <source>Change the staff PIN</source>
        <translation>Changer le PIN du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="100"/>
        <source>Change PIN</source>
        <translation>Changer le PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="103"/>
        <source>Self-check</source>
        <translation>Autodiagnostic</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="103"/>
        <source>Check now</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="136"/>
        <source>{0} lead(s) past {1} months</source>
        <translation>{0} contact(s) de plus de {1} mois</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="158"/>
        <source>Unlock the console first (Leads tab, staff PIN).</source>
        <translation>Déverrouillez d&apos;abord la console (onglet Contacts, PIN).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="165"/>
        <source>Export to which folder?</source>
        <translation>Exporter dans quel dossier ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="175"/>
        <source>{0} lead(s) written to {1}</source>
        <translation>{0} contact(s) écrit(s) dans {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="180"/>
        <source>Type the visitor&apos;s phone number.</source>
        <translation>Saisissez le numéro du visiteur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="184"/>
        <source>Confirm erase</source>
        <translation>Confirmer l&apos;effacement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="185"/>
        <source>{0}: {1} lead(s) on this stand, events {2}, left {3} to {4}, {5} ticket(s). Tap again to erase them; HQ erases this number everywhere at the next sync.</source>
        <translation>{0} : {1} contact(s) sur ce stand, événements {2}, laissés du {3} au {4}, {5} ticket(s). Touchez encore pour les effacer ; le siège efface ce numéro partout à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="202"/>
        <source>{0} lead(s) erased; HQ is told at the next sync.</source>
        <translation>{0} contact(s) effacé(s) ; le siège sera informé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="208"/>
        <source>{0} lead(s) purged.</source>
        <translation>{0} contact(s) purgé(s).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="218"/>
        <source>Event set to {0}; it applies at the next start.</source>
        <translation>Événement : {0} ; appliqué au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="223"/>
        <source>The two new PINs differ.</source>
        <translation>Les deux nouveaux PIN sont différents.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="234"/>
        <source>PIN changed; every lead stays readable.</source>
        <translation>PIN changé ; tous les contacts restent lisibles.</translation>
    </message>
</context>
<context>
    <name>JamPanel</name>
    <message>
        <source>leads</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>erasures</source>
        <translation>effacements</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>counters</source>
        <translation>compteurs</translation>
    </message>
    <message>
        <source>heartbeat</source>
        <translation>signal de vie</translation>
    </message>
    <message>
        <source>{0} d {1} h</source>
        <translation>{0} j {1} h</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>Sync: no failed attempt.</source>
        <translation>Synchronisation : aucune tentative en échec.</translation>
    </message>
    <message>
        <source>HTTP {0}</source>
        <translation>HTTP {0}</translation>
    </message>
    <message>
        <source>no answer from HQ</source>
        <translation>pas de réponse du siège</translation>
    </message>
    <message>
        <source>Sync of {0}: {1} failed attempt(s) in a row, last answer {2}: {3}</source>
        <translation>Synchronisation ({0}) : {1} tentative(s) en échec d&apos;affilée, dernière réponse {2} : {3}</translation>
    </message>
    <message>
        <source>{0} online without progress.</source>
        <translation>{0} en ligne sans progrès.</translation>
    </message>
    <message>
        <source>Oldest lead waiting: {0} ({1} waiting).</source>
        <translation>Plus ancien contact en attente : {0} ({1} en attente).</translation>
    </message>
    <message>
        <source>Sync is jammed: leads stay on this laptop. Call HQ support.</source>
        <translation>La synchronisation est bloquée : les contacts restent sur cet ordinateur. Appelez le support du siège.</translation>
    </message>
    <message>
        <source>Sync is slow: HQ answers but nothing moves.</source>
        <translation>La synchronisation n&apos;avance pas : le siège répond mais rien ne part.</translation>
    </message>
</context>
</TS>
