<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name>JamPanel</name>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="24" />
        <source>leads</source>
        <translation>contatti</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="25" />
        <source>erasures</source>
        <translation>cancellazioni</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="26" />
        <source>catalog</source>
        <translation>catalogo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="27" />
        <source>counters</source>
        <translation>contatori</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="28" />
        <source>heartbeat</source>
        <translation>segnale di vita</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="37" />
        <source>{0} d {1} h</source>
        <translation>{0} g {1} h</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="39" />
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="41" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="56" />
        <source>Sync: no failed attempt.</source>
        <translation>Sincronizzazione: nessun tentativo fallito.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="59" />
        <source>HTTP {0}</source>
        <translation>HTTP {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="61" />
        <source>no answer from HQ</source>
        <translation>nessuna risposta dalla sede</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="64" />
        <source>Sync of {0}: {1} failed attempt(s) in a row, last answer {2}: {3}</source>
        <translation>Sincronizzazione ({0}): {1} tentativi falliti di fila, ultima risposta {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="72" />
        <source>{0} online without progress.</source>
        <translation>{0} online senza progressi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="76" />
        <source>Oldest lead waiting: {0} ({1} waiting).</source>
        <translation>Contatto in attesa da più tempo: {0} ({1} in attesa).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="82" />
        <source>Sync is jammed: leads stay on this laptop. Call HQ support.</source>
        <translation>La sincronizzazione è bloccata: i contatti restano su questo computer. Chiamate l'assistenza della sede.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="84" />
        <source>Sync is slow: HQ answers but nothing moves.</source>
        <translation>La sincronizzazione non avanza: la sede risponde ma non parte nulla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="26" />
        <source>selections to send</source>
        <translation>selezioni da inviare</translation>
    </message>
</context>
<context>
    <name>StaffConsoleScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="76" />
        <source>Staff console</source>
        <translation>Console del personale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="77" />
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="85" />
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="94" />
        <source>Tools</source>
        <translation>Strumenti</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="112" />
        <location filename="../../kiosk/ui/staff/console.py" line="113" />
        <source>Staff PIN</source>
        <translation>PIN del personale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="114" />
        <source>Show the leads</source>
        <translation>Mostra i contatti</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="116" />
        <source>Lock</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="122" />
        <location filename="../../kiosk/ui/staff/console.py" line="326" />
        <source>Locked: enter the PIN to see visitors' contacts.</source>
        <translation>Bloccato: inserite il PIN per vedere i contatti dei visitatori.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="125" />
        <source>Saved (UTC)</source>
        <translation>Salvato (UTC)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="126" />
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="127" />
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="128" />
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="129" />
        <source>Desk</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="130" />
        <location filename="../../kiosk/ui/staff/console.py" line="158" />
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="143" />
        <source>Leads</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="151" />
        <source>Send quarantined leads again</source>
        <translation>Invia di nuovo i contatti in quarantena</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="163" />
        <source>Desk queues</source>
        <translation>Code agli sportelli</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="170" />
        <source>Job</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="170" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="170" />
        <source>Printer</source>
        <translation>Stampante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="170" />
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="173" />
        <source>Retry selected</source>
        <translation>Riprova la selezione</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="174" />
        <source>Cancel selected</source>
        <translation>Annulla la selezione</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="182" />
        <source>Printing</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="210" />
        <source>Visitors: {0}</source>
        <translation>Visitatori: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="211" />
        <source>Searches: {0}</source>
        <translation>Ricerche: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="212" />
        <source>Leads: {0}</source>
        <translation>Contatti: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="213" />
        <source>Tickets: {0}</source>
        <translation>Biglietti: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="214" />
        <source>Tickets by desk: {0}</source>
        <translation>Biglietti per sportello: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="217" />
        <source>Languages: {0}</source>
        <translation>Lingue: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="236" />
        <source>HQ: {0} — last success {1} — last error: {2}</source>
        <translation>Sede: {0} — ultimo successo {1} — ultimo errore: {2}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="268" />
        <source>Call next</source>
        <translation>Chiama il prossimo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="304" />
        <source>Opening the leads…</source>
        <translation>Apertura dei contatti…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="320" />
        <source>{0} lead(s). The list locks after 2 minutes without a touch.</source>
        <translation>Contatti: {0}. L'elenco si blocca dopo 2 minuti senza tocchi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="344" />
        <source>Now calling {0}</source>
        <translation>Chiamata del {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="344" />
        <source>Nobody waiting</source>
        <translation>Nessuno in attesa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="92" />
        <source>Sent selections</source>
        <translation>Selezioni inviate</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="103" />
        <source>Stand hub</source>
        <translation>Punto centrale</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="58" />
        <source>Export the leads (USB key)</source>
        <translation>Esporta i contatti (chiavetta USB)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="60" />
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="67" />
        <source>Phone number, with +country</source>
        <translation>Numero di telefono, con +prefisso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="68" />
        <source>Phone number to erase</source>
        <translation>Numero di telefono da cancellare</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="70" />
        <source>Erase a visitor on request</source>
        <translation>Cancella un visitatore su richiesta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="72" />
        <location filename="../../kiosk/ui/staff/tools.py" line="167" />
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="80" />
        <source>Retention purge</source>
        <translation>Pulizia per scadenza di conservazione</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="82" />
        <source>Purge now</source>
        <translation>Pulisci ora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="97" />
        <source>Event profile</source>
        <translation>Profilo dell'evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="97" />
        <source>Use this event</source>
        <translation>Usa questo evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="110" />
        <source>Current PIN</source>
        <translation>PIN attuale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="111" />
        <source>New PIN</source>
        <translation>Nuovo PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="112" />
        <source>New PIN again</source>
        <translation>Nuovo PIN (conferma)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="120" />
        <source>Change the staff PIN</source>
        <translation>Cambia il PIN del personale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="120" />
        <source>Change PIN</source>
        <translation>Cambia PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="125" />
        <source>Self-check</source>
        <translation>Autodiagnosi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="125" />
        <source>Check now</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="154" />
        <source>{0} lead(s) past {1} months</source>
        <translation>Contatti oltre {1} mesi: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="176" />
        <source>Unlock the console first (Leads tab, staff PIN).</source>
        <translation>Sbloccate prima la console (scheda Contatti, PIN del personale).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="183" />
        <source>Export to which folder?</source>
        <translation>Esportare in quale cartella?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="193" />
        <source>{0} lead(s) written to {1}</source>
        <translation>Contatti scritti in {1}: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="198" />
        <source>Type the visitor's phone number.</source>
        <translation>Digitate il numero di telefono del visitatore.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="218" />
        <source>{0} lead(s) erased; HQ is told at the next sync.</source>
        <translation>Contatti cancellati: {0}; la sede ne sarà informata alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="229" />
        <source>Confirm erase</source>
        <translation>Conferma la cancellazione</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="232" />
        <source>{0}: {1} lead(s) on this stand, events {2}, left {3} to {4}, {5} ticket(s). Tap again to erase them; HQ erases this number everywhere at the next sync.</source>
        <translation>{0}: contatti su questo stand: {1}, eventi {2}, lasciati dal {3} al {4}, biglietti: {5}. Toccate di nuovo per cancellarli; la sede cancella questo numero ovunque alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="248" />
        <source>{0} lead(s) purged.</source>
        <translation>Contatti eliminati: {0}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="258" />
        <source>Event set to {0}; it applies at the next start.</source>
        <translation>Evento impostato: {0}; vale dal prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="263" />
        <source>The two new PINs differ.</source>
        <translation>I due nuovi PIN sono diversi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="278" />
        <source>PIN changed; every lead stays readable.</source>
        <translation>PIN cambiato; tutti i contatti restano leggibili.</translation>
    </message>
</context>
<context>
    <name>SendsTab</name>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="38" />
        <source>Asked (UTC)</source>
        <translation>Richiesto (UTC)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="39" />
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="40" />
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="41" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="42" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="72" />
        <source>Selections to send: {0}</source>
        <translation>Selezioni da inviare: {0}</translation>
    </message>
</context>
<context>
    <name>HubTab</name>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="50" />
        <source>Address shown on the hub, or scan its code</source>
        <translation>Indirizzo mostrato dal punto centrale, o scansionate il suo codice</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="57" />
        <source>Hub address</source>
        <translation>Indirizzo del punto centrale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="58" />
        <source>Pairing code</source>
        <translation>Codice di abbinamento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="59" />
        <source>Staff PIN</source>
        <translation>PIN del personale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="62" />
        <source>Find hubs on this network</source>
        <translation>Cerca i punti centrali su questa rete</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="64" />
        <source>Join this hub</source>
        <translation>Collega a questo punto centrale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="91" />
        <source>This kiosk is not joined to a stand hub.</source>
        <translation>Questo totem non è collegato a un punto centrale dello stand.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="93" />
        <source>Joined to the stand hub at {0}.</source>
        <translation>Collegato al punto centrale dello stand: {0}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="114" />
        <source>This laptop is the stand hub: {0}, pairing code {1}</source>
        <translation>Questo portatile è il punto centrale dello stand: {0}, codice di abbinamento {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="135" />
        <source>Hub {0} at {1}</source>
        <translation>Punto centrale {0} a {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="139" />
        <source>No hub announced here: type the address it shows.</source>
        <translation>Nessun punto centrale annunciato qui: digitate l'indirizzo che mostra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="162" />
        <source>Joined: tickets are now numbered by the stand hub.</source>
        <translation>Collegato: ora i biglietti sono numerati dal punto centrale.</translation>
    </message>
</context>
<context>
    <name>StandPanel</name>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="46" />
        <source>The stand hub cannot be reached now.</source>
        <translation>Il punto centrale dello stand non è raggiungibile ora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="53" />
        <source>The whole stand</source>
        <translation>Tutto lo stand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="55" />
        <source>alive</source>
        <translation>attivo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="55" />
        <source>silent</source>
        <translation>silenzioso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="57" />
        <source>{0} — {1} · printer: {2} · waiting for HQ: {3} · catalog {4} · last sync: {5}</source>
        <translation>{0} — {1} · stampante: {2} · in attesa per la sede: {3} · catalogo {4} · ultima sincronizzazione: {5}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="68" />
        <source>{0}: waiting {1}, called {2}, done {3} · today {4} tickets, {5} served, {6} no-show</source>
        <translation>{0}: in attesa {1}, chiamati {2}, serviti {3} · oggi {4} biglietti, {5} serviti, {6} assenti</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>niente in corso</translation>
    </message>
</context>
</TS>