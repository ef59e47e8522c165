<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>JamPanel</name>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="24" />
        <source>leads</source>
        <translation>contacten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="25" />
        <source>erasures</source>
        <translation>wissingen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="26" />
        <source>catalog</source>
        <translation>catalogus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="27" />
        <source>counters</source>
        <translation>tellers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="28" />
        <source>heartbeat</source>
        <translation>levensteken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="37" />
        <source>{0} d {1} h</source>
        <translation>{0} d {1} u</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="39" />
        <source>{0} h {1} min</source>
        <translation>{0} u {1} min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="41" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="56" />
        <source>Sync: no failed attempt.</source>
        <translation>Synchronisatie: geen mislukte poging.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="59" />
        <source>HTTP {0}</source>
        <translation>HTTP {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="61" />
        <source>no answer from HQ</source>
        <translation>geen antwoord van het hoofdkantoor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="64" />
        <source>Sync of {0}: {1} failed attempt(s) in a row, last answer {2}: {3}</source>
        <translation>Synchronisatie ({0}): {1} mislukte poging(en) op rij, laatste antwoord {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="72" />
        <source>{0} online without progress.</source>
        <translation>{0} online zonder voortgang.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="76" />
        <source>Oldest lead waiting: {0} ({1} waiting).</source>
        <translation>Oudste wachtende contact: {0} ({1} wachtend).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="82" />
        <source>Sync is jammed: leads stay on this laptop. Call HQ support.</source>
        <translation>De synchronisatie zit vast: de contacten blijven op deze laptop. Bel de ondersteuning van het hoofdkantoor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="84" />
        <source>Sync is slow: HQ answers but nothing moves.</source>
        <translation>De synchronisatie schiet niet op: het hoofdkantoor antwoordt, maar er gaat niets weg.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="26" />
        <source>selections to send</source>
        <translation>te versturen selecties</translation>
    </message>
</context>
<context>
    <name>StaffConsoleScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="76" />
        <source>Staff console</source>
        <translation>Personeelsconsole</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="77" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="85" />
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="94" />
        <source>Tools</source>
        <translation>Hulpmiddelen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="112" />
        <location filename="../../kiosk/ui/staff/console.py" line="113" />
        <source>Staff PIN</source>
        <translation>Personeels-pincode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="114" />
        <source>Show the leads</source>
        <translation>Contacten tonen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="116" />
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="122" />
        <location filename="../../kiosk/ui/staff/console.py" line="326" />
        <source>Locked: enter the PIN to see visitors' contacts.</source>
        <translation>Vergrendeld: voer de pincode in om de contacten van bezoekers te zien.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="125" />
        <source>Saved (UTC)</source>
        <translation>Opgeslagen (UTC)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="126" />
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="127" />
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="128" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="129" />
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="130" />
        <location filename="../../kiosk/ui/staff/console.py" line="158" />
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="143" />
        <source>Leads</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="151" />
        <source>Send quarantined leads again</source>
        <translation>Contacten in quarantaine opnieuw versturen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="163" />
        <source>Desk queues</source>
        <translation>Wachtrijen per balie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="170" />
        <source>Job</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="170" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="170" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="170" />
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="173" />
        <source>Retry selected</source>
        <translation>Selectie opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="174" />
        <source>Cancel selected</source>
        <translation>Selectie annuleren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="182" />
        <source>Printing</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="210" />
        <source>Visitors: {0}</source>
        <translation>Bezoekers: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="211" />
        <source>Searches: {0}</source>
        <translation>Zoekopdrachten: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="212" />
        <source>Leads: {0}</source>
        <translation>Contacten: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="213" />
        <source>Tickets: {0}</source>
        <translation>Tickets: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="214" />
        <source>Tickets by desk: {0}</source>
        <translation>Tickets per balie: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="217" />
        <source>Languages: {0}</source>
        <translation>Talen: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="236" />
        <source>HQ: {0} — last success {1} — last error: {2}</source>
        <translation>Hoofdkantoor: {0} — laatste succes {1} — laatste fout: {2}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="268" />
        <source>Call next</source>
        <translation>Volgende oproepen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="304" />
        <source>Opening the leads…</source>
        <translation>Contacten openen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="320" />
        <source>{0} lead(s). The list locks after 2 minutes without a touch.</source>
        <translation>Contacten: {0}. De lijst vergrendelt na 2 minuten zonder aanraking.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="344" />
        <source>Now calling {0}</source>
        <translation>Nu aan de beurt: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="344" />
        <source>Nobody waiting</source>
        <translation>Niemand wacht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="92" />
        <source>Sent selections</source>
        <translation>Verstuurde selecties</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="103" />
        <source>Stand hub</source>
        <translation>Centrale post</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="58" />
        <source>Export the leads (USB key)</source>
        <translation>Contacten exporteren (usb-stick)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="60" />
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="67" />
        <source>Phone number, with +country</source>
        <translation>Telefoonnummer, met +landcode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="68" />
        <source>Phone number to erase</source>
        <translation>Te wissen telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="70" />
        <source>Erase a visitor on request</source>
        <translation>Een bezoeker op verzoek wissen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="72" />
        <location filename="../../kiosk/ui/staff/tools.py" line="167" />
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="80" />
        <source>Retention purge</source>
        <translation>Opschonen na bewaartermijn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="82" />
        <source>Purge now</source>
        <translation>Nu opschonen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="97" />
        <source>Event profile</source>
        <translation>Evenementprofiel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="97" />
        <source>Use this event</source>
        <translation>Dit evenement gebruiken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="110" />
        <source>Current PIN</source>
        <translation>Huidige pincode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="111" />
        <source>New PIN</source>
        <translation>Nieuwe pincode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="112" />
        <source>New PIN again</source>
        <translation>Nieuwe pincode (bevestiging)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="120" />
        <source>Change the staff PIN</source>
        <translation>Personeels-pincode wijzigen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="120" />
        <source>Change PIN</source>
        <translation>Pincode wijzigen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="125" />
        <source>Self-check</source>
        <translation>Zelftest</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="125" />
        <source>Check now</source>
        <translation>Nu controleren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="154" />
        <source>{0} lead(s) past {1} months</source>
        <translation>Contacten ouder dan {1} maanden: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="176" />
        <source>Unlock the console first (Leads tab, staff PIN).</source>
        <translation>Ontgrendel eerst de console (tabblad Contacten, personeels-pincode).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="183" />
        <source>Export to which folder?</source>
        <translation>Naar welke map exporteren?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="193" />
        <source>{0} lead(s) written to {1}</source>
        <translation>Contacten geschreven naar {1}: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="198" />
        <source>Type the visitor's phone number.</source>
        <translation>Typ het telefoonnummer van de bezoeker.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="218" />
        <source>{0} lead(s) erased; HQ is told at the next sync.</source>
        <translation>Gewiste contacten: {0}; het hoofdkantoor hoort het bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="229" />
        <source>Confirm erase</source>
        <translation>Wissen bevestigen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="232" />
        <source>{0}: {1} lead(s) on this stand, events {2}, left {3} to {4}, {5} ticket(s). Tap again to erase them; HQ erases this number everywhere at the next sync.</source>
        <translation>{0}: contacten op deze stand: {1}, evenementen {2}, achtergelaten van {3} tot {4}, tickets: {5}. Tik nogmaals om ze te wissen; het hoofdkantoor wist dit nummer overal bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="248" />
        <source>{0} lead(s) purged.</source>
        <translation>Opgeschoonde contacten: {0}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="258" />
        <source>Event set to {0}; it applies at the next start.</source>
        <translation>Evenement ingesteld op {0}; het geldt vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="263" />
        <source>The two new PINs differ.</source>
        <translation>De twee nieuwe pincodes verschillen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="278" />
        <source>PIN changed; every lead stays readable.</source>
        <translation>Pincode gewijzigd; alle contacten blijven leesbaar.</translation>
    </message>
</context>
<context>
    <name>SendsTab</name>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="38" />
        <source>Asked (UTC)</source>
        <translation>Gevraagd (UTC)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="39" />
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="40" />
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="41" />
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="42" />
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="72" />
        <source>Selections to send: {0}</source>
        <translation>Te versturen selecties: {0}</translation>
    </message>
</context>
<context>
    <name>HubTab</name>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="50" />
        <source>Address shown on the hub, or scan its code</source>
        <translation>Adres getoond door de centrale post, of scan de code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="57" />
        <source>Hub address</source>
        <translation>Adres van de centrale post</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="58" />
        <source>Pairing code</source>
        <translation>Koppelcode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="59" />
        <source>Staff PIN</source>
        <translation>Pincode personeel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="62" />
        <source>Find hubs on this network</source>
        <translation>Centrale posten zoeken op dit netwerk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="64" />
        <source>Join this hub</source>
        <translation>Aan deze centrale post koppelen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="91" />
        <source>This kiosk is not joined to a stand hub.</source>
        <translation>Deze zuil is niet gekoppeld aan een centrale post van de stand.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="93" />
        <source>Joined to the stand hub at {0}.</source>
        <translation>Gekoppeld aan de centrale post van de stand: {0}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="114" />
        <source>This laptop is the stand hub: {0}, pairing code {1}</source>
        <translation>Deze laptop is de centrale post van de stand: {0}, koppelcode {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="135" />
        <source>Hub {0} at {1}</source>
        <translation>Centrale post {0} op {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="139" />
        <source>No hub announced here: type the address it shows.</source>
        <translation>Hier is geen centrale post aangekondigd: typ het adres dat hij toont.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="162" />
        <source>Joined: tickets are now numbered by the stand hub.</source>
        <translation>Gekoppeld: de centrale post nummert nu de tickets.</translation>
    </message>
</context>
<context>
    <name>StandPanel</name>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="46" />
        <source>The stand hub cannot be reached now.</source>
        <translation>De centrale post van de stand is nu niet bereikbaar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="53" />
        <source>The whole stand</source>
        <translation>De hele stand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="55" />
        <source>alive</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="55" />
        <source>silent</source>
        <translation>stil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="57" />
        <source>{0} — {1} · printer: {2} · waiting for HQ: {3} · catalog {4} · last sync: {5}</source>
        <translation>{0} — {1} · printer: {2} · wacht op het hoofdkantoor: {3} · catalogus {4} · laatste synchronisatie: {5}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="68" />
        <source>{0}: waiting {1}, called {2}, done {3} · today {4} tickets, {5} served, {6} no-show</source>
        <translation>{0}: wachtend {1}, opgeroepen {2}, geholpen {3} · vandaag {4} tickets, {5} geholpen, {6} niet verschenen</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>niets bezig</translation>
    </message>
</context>
</TS>