<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name>AidText</name>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="47" />
        <source>Only homes qualify, not plots or premises.</source>
        <translation>Sono ammesse solo le abitazioni, non i terreni né i locali.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="50" />
        <source>Only new homes sold for the first time qualify.</source>
        <translation>Sono ammesse solo le abitazioni nuove vendute per la prima volta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="53" />
        <source>The building permit is older than the programme allows.</source>
        <translation>Il permesso di costruire è anteriore alla data prevista dal programma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="56" />
        <source>The home has fewer rooms than required.</source>
        <translation>L'abitazione ha meno locali del minimo richiesto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="59" />
        <source>The price is not known yet.</source>
        <translation>Il prezzo non è ancora noto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="62" />
        <source>The price is above the programme's limit.</source>
        <translation>Il prezzo supera il tetto del programma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="75" />
        <source>Rules %1 of %2. Indication only: final decision on daamsakane.ma.</source>
        <translation>Regole %1 del %2. Solo un'indicazione: la decisione finale spetta a daamsakane.ma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="82" />
        <source>Daam Sakane: this home may qualify for %1 of aid</source>
        <translation>Daam Sakane: questa abitazione può dare diritto a %1 di aiuto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="88" />
        <source>If you meet the buyer conditions.</source>
        <translation>Se soddisfi le condizioni richieste all'acquirente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="100" />
        <source>Daam Sakane: this plot does not qualify</source>
        <translation>Daam Sakane: questo terreno non dà diritto all'aiuto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="102" />
        <source>Daam Sakane: these premises do not qualify</source>
        <translation>Daam Sakane: questo locale non dà diritto all'aiuto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="103" />
        <source>Daam Sakane: this home does not qualify</source>
        <translation>Daam Sakane: questa abitazione non dà diritto all'aiuto</translation>
    </message>
</context>
<context>
    <name>CompareScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="135" />
        <source>See</source>
        <translation>Vedi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="136" />
        <source>See %1</source>
        <translation>Vedi %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="138" />
        <source>Remove</source>
        <translation>Togli</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="139" />
        <source>Remove %1</source>
        <translation>Togli %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="148" />
        <source>Unit</source>
        <translation>Immobile</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="149" />
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="150" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="151" />
        <source>Surface</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="152" />
        <source>Rooms</source>
        <translation>Locali</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="153" />
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="154" />
        <source>Price in %1</source>
        <translation>Prezzo in %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="155" />
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="156" />
        <source>Delivery</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="157" />
        <source>Daam Sakane</source>
        <translation>Daam Sakane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="173" />
        <source>May qualify</source>
        <translation>Può averne diritto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="173" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="178" />
        <source>My selection</source>
        <translation>La mia selezione</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="180" />
        <source>Your selection is empty. Add up to 4 units from their page to compare them.</source>
        <translation>La tua selezione è vuota. Aggiungi fino a 4 immobili dalla loro pagina per confrontarli.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="182" />
        <source>Search the catalog</source>
        <translation>Cerca nel catalogo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="183" />
        <source>I'm interested</source>
        <translation>Mi interessa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="184" />
        <source>Print a brochure</source>
        <translation>Stampa una brochure</translation>
    </message>
</context>
<context>
    <name>DetailScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="248" />
        <source>Your selection is full (4 units). Remove one to add this one.</source>
        <translation>La tua selezione è completa (4 immobili). Togline uno per aggiungere questo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="256" />
        <source>Remove from my selection</source>
        <translation>Togli dalla mia selezione</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="256" />
        <source>Add to my selection</source>
        <translation>Aggiungi alla mia selezione</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="263" />
        <source>This unit is no longer in the catalog.</source>
        <translation>Questo immobile non è più in catalogo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="300" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="301" />
        <source>Surface</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="302" />
        <source>Rooms</source>
        <translation>Locali</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="303" />
        <source>Floor</source>
        <translation>Piano</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="304" />
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="305" />
        <source>Delivery</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="306" />
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="311" />
        <source>Simulate my loan</source>
        <translation>Simula il mio mutuo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="312" />
        <source>Print a brochure</source>
        <translation>Stampa una brochure</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="313" />
        <source>I'm interested</source>
        <translation>Mi interessa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="317" />
        <source>%1 (not available)</source>
        <translation>%1 (non disponibile)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="285" />
        <source>The programme %1: photos, units, map</source>
        <translation>Il programma %1: foto, immobili, mappa</translation>
    </message>
</context>
<context>
    <name>FacetSection</name>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="76" />
        <source>Show fewer</source>
        <translation>Mostra meno</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="76" />
        <source>Show all</source>
        <translation>Mostra tutto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/facets.py" line="92" />
        <source>%1, %n result(s)</source>
        <translation>
            <numerusform>%1, %n risultato</numerusform>
            <numerusform>%1, %n risultati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="210" />
        <source>%1 rooms or more</source>
        <translation>%1 locali o più</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="214" />
        <source>Up to %1</source>
        <translation>Fino a %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="67" />
        <source>Find your home in Morocco</source>
        <translation>Trova la tua casa in Marocco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="68" />
        <source>Touch a tile to begin</source>
        <translation>Tocca un riquadro per iniziare</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="70" />
        <source>Search by city</source>
        <translation>Cerca per città</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="71" />
        <source>Homes, plots or business premises</source>
        <translation>Abitazioni, terreni o locali commerciali</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="72" />
        <source>Search by budget</source>
        <translation>Cerca per budget</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="73" />
        <source>Am I eligible for Daam Sakane?</source>
        <translation>Ho diritto a Daam Sakane?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="74" />
        <source>Simulate my loan</source>
        <translation>Simula il mio mutuo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="75" />
        <source>Talk to an advisor</source>
        <translation>Parla con un consulente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="81" />
        <source>%1 (not available)</source>
        <translation>%1 (non disponibile)</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="137" />
        <source>Are you still there?</source>
        <translation>Sei ancora qui?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="140" />
        <source>Your search will be cleared for the next visitor if nobody touches the screen.</source>
        <translation>Se nessuno tocca lo schermo, la tua ricerca verrà cancellata per il prossimo visitatore.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="143" />
        <location filename="../../kiosk/ui/idle.py" line="144" />
        <source>Yes, continue</source>
        <translation>Sì, continuo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="145" />
        <location filename="../../kiosk/ui/idle.py" line="146" />
        <source>Finish now</source>
        <translation>Termina ora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="151" />
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Ancora %n secondo</numerusform>
            <numerusform>Ancora %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="141" />
        <source>Finish and erase what you typed?</source>
        <translation>Terminare e cancellare quello che hai scritto?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="142" />
        <source>Your contact is not sent yet.</source>
        <translation>I tuoi recapiti non sono ancora stati inviati.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="143" />
        <source>No, continue</source>
        <translation>No, continuo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="143" />
        <source>Yes, finish</source>
        <translation>Sì, termina</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/results.py" line="203" />
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln risultato</numerusform>
            <numerusform>%Ln risultati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="253" />
        <source>Choose a city</source>
        <translation>Scegli una città</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="254" />
        <source>Homes, plots or business premises?</source>
        <translation>Abitazione, terreno o locale?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="255" />
        <source>Choose your budget</source>
        <translation>Scegli il tuo budget</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="257" />
        <source>Search the catalog</source>
        <translation>Cerca nel catalogo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="260" />
        <source>Type a city, a programme, a type…</source>
        <translation>Scrivi una città, un progetto, un tipo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="261" />
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="263" />
        <source>Best match</source>
        <translation>Pertinenza</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="264" />
        <source>Price: low to high</source>
        <translation>Prezzo crescente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="265" />
        <source>Price: high to low</source>
        <translation>Prezzo decrescente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="266" />
        <source>Largest first</source>
        <translation>Prima i più grandi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="267" />
        <source>Smallest first</source>
        <translation>Prima i più piccoli</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="275" />
        <source>Sort</source>
        <translation>Ordina</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="276" />
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="279" />
        <source>Kind</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="280" />
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="282" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="284" />
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="289" />
        <source>Price up to</source>
        <translation>Prezzo fino a</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="291" />
        <source>Rooms (at least)</source>
        <translation>Locali (almeno)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="291" />
        <source>Map of Morocco</source>
        <translation>Mappa del Marocco</translation>
    </message>
</context>
<context>
    <name>SorryOverlay</name>
    <message>
        <location filename="../../kiosk/ui/guard.py" line="40" />
        <source>Sorry — starting again</source>
        <translation>Scusa — ricominciamo</translation>
    </message>
</context>
<context>
    <name>StaffAccess</name>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="60" />
        <source>The staff PIN pad is not installed.</source>
        <translation>Il tastierino del PIN del personale non è installato.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="64" />
        <location filename="../../kiosk/ui/staff_access.py" line="65" />
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="93" />
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="98" />
        <source>Catalog problem: %1</source>
        <translation>Problema di catalogo: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="102" />
        <source>Open the staff console</source>
        <translation>Apri la console del personale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="107" />
        <source>Back to the visitor screens</source>
        <translation>Torna alle schermate per i visitatori</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="110" />
        <source>Quit the kiosk</source>
        <translation>Chiudi il totem</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/topbar.py" line="146" />
        <location filename="../../kiosk/ui/topbar.py" line="147" />
        <source>My selection (%n)</source>
        <translation>
            <numerusform>Selezione (%n)</numerusform>
            <numerusform>Selezione (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="154" />
        <source>Home</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="155" />
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="156" />
        <source>Finish</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="161" />
        <source>Large text</source>
        <translation>Testo grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="162" />
        <source>High contrast</source>
        <translation>Contrasto elevato</translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/unavailable.py" line="36" />
        <source>Welcome to the Al Omrane stand</source>
        <translation>Benvenuti allo stand Al Omrane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/unavailable.py" line="38" />
        <source>The catalog is being updated. Our advisors on the stand will gladly help you.</source>
        <translation>Il catalogo è in aggiornamento. I nostri consulenti allo stand saranno lieti di aiutarti.</translation>
    </message>
</context>
<context>
    <name>UnitText</name>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="29" />
        <source>Ref. %1</source>
        <translation>Rif. %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="32" />
        <source>Delivery %1</source>
        <translation>Consegna %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="67" />
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="80" />
        <source>Ground floor</source>
        <translation>Piano terra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="81" />
        <source>Floor %1</source>
        <translation>Piano %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="87" />
        <source>%1 per m²</source>
        <translation>%1 al m²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="90" />
        <source>Price on request</source>
        <translation>Prezzo su richiesta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="112" />
        <source>%1 = %2 (indicative rate)</source>
        <translation>%1 = %2 (cambio indicativo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="117" />
        <source>%1 = %2 on %3 (indicative rate)</source>
        <translation>%1 = %2 al %3 (cambio indicativo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/scenery.py" line="217" />
        <source>Illustration</source>
        <translation>Illustrazione</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../kiosk/ui/widgets/gallery.py" line="81" />
        <source>Previous picture</source>
        <translation>Immagine precedente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/gallery.py" line="82" />
        <source>Next picture</source>
        <translation>Immagine successiva</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/gallery.py" line="93" />
        <source>Plan</source>
        <translation>Pianta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/gallery.py" line="93" />
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <location filename="../../kiosk/ui/widgets/gallery.py" line="181" />
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/gallery.py" line="182" />
        <source>Two fingers to zoom, one to move</source>
        <translation>Due dita per ingrandire, una per spostare</translation>
    </message>
</context>
<context>
    <name>ChipText</name>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="47" />
        <source>%1 rooms or more</source>
        <translation>%1 locali o più</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="50" />
        <source>From %1 m²</source>
        <translation>Da %1 m²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="50" />
        <source>Up to %1 m²</source>
        <translation>Fino a %1 m²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="54" />
        <source>From %1</source>
        <translation>Da %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="54" />
        <source>Up to %1</source>
        <translation>Fino a %1</translation>
    </message>
</context>
<context>
    <name>NoResultsPanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="206" />
        <source>Nothing matches all of this. Nearest results:</source>
        <translation>Nessun immobile corrisponde a tutto questo. I più vicini:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="208" />
        <source>Nothing matches this search.</source>
        <translation>Nessun immobile corrisponde a questa ricerca.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="218" />
        <source>Talk to an advisor</source>
        <translation>Parla con un consulente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="225" />
        <source>your filter</source>
        <translation>il tuo filtro</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/understood.py" line="230" />
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln risultato</numerusform>
            <numerusform>%Ln risultati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="232" />
        <source>Show everything (%1)</source>
        <translation>Mostra tutto (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="233" />
        <source>Without %1: %2</source>
        <translation>Senza %1: %2</translation>
    </message>
</context>
<context>
    <name>UnderstoodBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="122" />
        <source>Remove filter: %1</source>
        <translation>Togli il filtro: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="137" />
        <source>Results for %1</source>
        <translation>Risultati per %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="140" />
        <source>Search instead for %1</source>
        <translation>Cerca invece %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="144" />
        <source>Results for %1, as typed</source>
        <translation>Risultati per %1, come scritto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="146" />
        <source>Correct my spelling</source>
        <translation>Correggi l'ortografia</translation>
    </message>
</context>
<context>
    <name>TakeawayQr</name>
    <message>
        <location filename="../../kiosk/ui/widgets/takeaway_qr.py" line="80" />
        <source>Take it with you: scan to keep this on your phone</source>
        <translation>Portalo con te: scansiona per tenerlo sul telefono</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/takeaway_qr.py" line="96" />
        <source>Send me my selection</source>
        <translation>Inviatemi la mia selezione</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/map.py" line="178" />
        <source>Where would you like to live?</source>
        <translation>Dove vorreste abitare?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/map.py" line="179" />
        <source>Touch a region of the map, or choose it in the list.</source>
        <translation>Toccate una regione sulla mappa, o sceglietela nell'elenco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/map.py" line="184" />
        <source>Touch a city: the number is the homes, plots and premises available.</source>
        <translation>Toccate una città: il numero indica le abitazioni, i lotti e i locali disponibili.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/map.py" line="186" />
        <source>Everything in this region</source>
        <translation>Tutto in questa regione</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/map.py" line="188" />
        <source>All of Morocco</source>
        <translation>Tutto il Marocco</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="150" />
        <source>This programme is no longer in the catalog.</source>
        <translation>Questo programma non è più nel catalogo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="167" />
        <location filename="../../kiosk/ui/screens/programme.py" line="196" />
        <source>Delivery date to be confirmed</source>
        <translation>Data di consegna da confermare</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/programme.py" line="170" />
        <source>See its %n unit(s) in the results</source>
        <translation>
            <numerusform>Vedere il suo %n immobile nei risultati</numerusform>
            <numerusform>Vedere i suoi %n immobili nei risultati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/programme.py" line="183" />
        <source>%n unit(s) available</source>
        <translation>
            <numerusform>%n immobile disponibile</numerusform>
            <numerusform>%n immobili disponibili</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="190" />
        <source>%1 to %2</source>
        <translation>da %1 a %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/programme.py" line="198" />
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n immobile</numerusform>
            <numerusform>%n immobili</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="226" />
        <source>Deliveries</source>
        <translation>Consegne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="227" />
        <source>Its units</source>
        <translation>I suoi immobili</translation>
    </message>
</context>
</TS>