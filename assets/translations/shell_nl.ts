<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AidText</name>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="47" />
        <source>Only homes qualify, not plots or premises.</source>
        <translation>Alleen woningen komen in aanmerking, geen bouwkavels of bedrijfsruimten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="50" />
        <source>Only new homes sold for the first time qualify.</source>
        <translation>Alleen nieuwe woningen die voor het eerst worden verkocht komen in aanmerking.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="53" />
        <source>The building permit is older than the programme allows.</source>
        <translation>De bouwvergunning is ouder dan het programma toestaat.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="56" />
        <source>The home has fewer rooms than required.</source>
        <translation>De woning heeft minder kamers dan vereist.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="59" />
        <source>The price is not known yet.</source>
        <translation>De prijs is nog niet bekend.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="62" />
        <source>The price is above the programme's limit.</source>
        <translation>De prijs ligt boven het maximum van het programma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="75" />
        <source>Rules %1 of %2. Indication only: final decision on daamsakane.ma.</source>
        <translation>Regels %1 van %2. Alleen een indicatie: de definitieve beslissing valt op daamsakane.ma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="82" />
        <source>Daam Sakane: this home may qualify for %1 of aid</source>
        <translation>Daam Sakane: deze woning kan recht geven op %1 steun</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="88" />
        <source>If you meet the buyer conditions.</source>
        <translation>Als u aan de voorwaarden voor kopers voldoet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="100" />
        <source>Daam Sakane: this plot does not qualify</source>
        <translation>Daam Sakane: deze bouwkavel geeft geen recht op steun</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="102" />
        <source>Daam Sakane: these premises do not qualify</source>
        <translation>Daam Sakane: deze bedrijfsruimte geeft geen recht op steun</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="103" />
        <source>Daam Sakane: this home does not qualify</source>
        <translation>Daam Sakane: deze woning geeft geen recht op steun</translation>
    </message>
</context>
<context>
    <name>CompareScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="135" />
        <source>See</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="136" />
        <source>See %1</source>
        <translation>%1 bekijken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="138" />
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="139" />
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="148" />
        <source>Unit</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="149" />
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="150" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="151" />
        <source>Surface</source>
        <translation>Oppervlakte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="152" />
        <source>Rooms</source>
        <translation>Kamers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="153" />
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="154" />
        <source>Price in %1</source>
        <translation>Prijs in %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="155" />
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="156" />
        <source>Delivery</source>
        <translation>Oplevering</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="157" />
        <source>Daam Sakane</source>
        <translation>Daam Sakane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="173" />
        <source>May qualify</source>
        <translation>Mogelijk recht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="173" />
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="178" />
        <source>My selection</source>
        <translation>Mijn selectie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="180" />
        <source>Your selection is empty. Add up to 4 units from their page to compare them.</source>
        <translation>Uw selectie is leeg. Voeg vanaf hun pagina tot 4 objecten toe om ze te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="182" />
        <source>Search the catalog</source>
        <translation>Zoeken in de catalogus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="183" />
        <source>I'm interested</source>
        <translation>Ik heb interesse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="184" />
        <source>Print a brochure</source>
        <translation>Brochure afdrukken</translation>
    </message>
</context>
<context>
    <name>DetailScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="248" />
        <source>Your selection is full (4 units). Remove one to add this one.</source>
        <translation>Uw selectie is vol (4 objecten). Verwijder er een om dit object toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="256" />
        <source>Remove from my selection</source>
        <translation>Uit mijn selectie verwijderen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="256" />
        <source>Add to my selection</source>
        <translation>Aan mijn selectie toevoegen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="263" />
        <source>This unit is no longer in the catalog.</source>
        <translation>Dit object staat niet meer in de catalogus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="300" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="301" />
        <source>Surface</source>
        <translation>Oppervlakte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="302" />
        <source>Rooms</source>
        <translation>Kamers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="303" />
        <source>Floor</source>
        <translation>Verdieping</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="304" />
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="305" />
        <source>Delivery</source>
        <translation>Oplevering</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="306" />
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="311" />
        <source>Simulate my loan</source>
        <translation>Mijn hypotheek berekenen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="312" />
        <source>Print a brochure</source>
        <translation>Brochure afdrukken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="313" />
        <source>I'm interested</source>
        <translation>Ik heb interesse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="317" />
        <source>%1 (not available)</source>
        <translation>%1 (niet beschikbaar)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="285" />
        <source>The programme %1: photos, units, map</source>
        <translation>Het project %1: foto's, objecten, kaart</translation>
    </message>
</context>
<context>
    <name>FacetSection</name>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="76" />
        <source>Show fewer</source>
        <translation>Minder tonen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="76" />
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/facets.py" line="92" />
        <source>%1, %n result(s)</source>
        <translation>
            <numerusform>%1, %n resultaat</numerusform>
            <numerusform>%1, %n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="210" />
        <source>%1 rooms or more</source>
        <translation>%1 kamers of meer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="214" />
        <source>Up to %1</source>
        <translation>Tot %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="67" />
        <source>Find your home in Morocco</source>
        <translation>Vind uw woning in Marokko</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="68" />
        <source>Touch a tile to begin</source>
        <translation>Tik op een tegel om te beginnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="70" />
        <source>Search by city</source>
        <translation>Zoeken op stad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="71" />
        <source>Homes, plots or business premises</source>
        <translation>Woningen, bouwkavels of bedrijfsruimten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="72" />
        <source>Search by budget</source>
        <translation>Zoeken op budget</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="73" />
        <source>Am I eligible for Daam Sakane?</source>
        <translation>Heb ik recht op Daam Sakane?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="74" />
        <source>Simulate my loan</source>
        <translation>Mijn hypotheek berekenen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="75" />
        <source>Talk to an advisor</source>
        <translation>Met een adviseur praten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="81" />
        <source>%1 (not available)</source>
        <translation>%1 (niet beschikbaar)</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="137" />
        <source>Are you still there?</source>
        <translation>Bent u er nog?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="140" />
        <source>Your search will be cleared for the next visitor if nobody touches the screen.</source>
        <translation>Als niemand het scherm aanraakt, wordt uw zoekopdracht gewist voor de volgende bezoeker.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="143" />
        <location filename="../../kiosk/ui/idle.py" line="144" />
        <source>Yes, continue</source>
        <translation>Ja, doorgaan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="145" />
        <location filename="../../kiosk/ui/idle.py" line="146" />
        <source>Finish now</source>
        <translation>Nu afsluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="151" />
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Nog %n seconde</numerusform>
            <numerusform>Nog %n seconden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="141" />
        <source>Finish and erase what you typed?</source>
        <translation>Afsluiten en wissen wat u hebt getypt?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="142" />
        <source>Your contact is not sent yet.</source>
        <translation>Uw gegevens zijn nog niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="143" />
        <source>No, continue</source>
        <translation>Nee, doorgaan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="143" />
        <source>Yes, finish</source>
        <translation>Ja, afsluiten</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/results.py" line="203" />
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln resultaat</numerusform>
            <numerusform>%Ln resultaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="253" />
        <source>Choose a city</source>
        <translation>Kies een stad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="254" />
        <source>Homes, plots or business premises?</source>
        <translation>Woning, bouwkavel of bedrijfsruimte?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="255" />
        <source>Choose your budget</source>
        <translation>Kies uw budget</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="257" />
        <source>Search the catalog</source>
        <translation>Zoeken in de catalogus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="260" />
        <source>Type a city, a programme, a type…</source>
        <translation>Typ een stad, een project, een type…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="261" />
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="263" />
        <source>Best match</source>
        <translation>Beste overeenkomst</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="264" />
        <source>Price: low to high</source>
        <translation>Prijs oplopend</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="265" />
        <source>Price: high to low</source>
        <translation>Prijs aflopend</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="266" />
        <source>Largest first</source>
        <translation>Grootste eerst</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="267" />
        <source>Smallest first</source>
        <translation>Kleinste eerst</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="275" />
        <source>Sort</source>
        <translation>Sorteren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="276" />
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="279" />
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="280" />
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="282" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="284" />
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="289" />
        <source>Price up to</source>
        <translation>Prijs tot</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="291" />
        <source>Rooms (at least)</source>
        <translation>Kamers (minstens)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="291" />
        <source>Map of Morocco</source>
        <translation>Kaart van Marokko</translation>
    </message>
</context>
<context>
    <name>SorryOverlay</name>
    <message>
        <location filename="../../kiosk/ui/guard.py" line="40" />
        <source>Sorry — starting again</source>
        <translation>Sorry — we beginnen opnieuw</translation>
    </message>
</context>
<context>
    <name>StaffAccess</name>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="60" />
        <source>The staff PIN pad is not installed.</source>
        <translation>Het pincodetoetsenbord voor medewerkers is niet geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="64" />
        <location filename="../../kiosk/ui/staff_access.py" line="65" />
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="93" />
        <source>Staff</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="98" />
        <source>Catalog problem: %1</source>
        <translation>Probleem met de catalogus: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="102" />
        <source>Open the staff console</source>
        <translation>Medewerkersconsole openen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="107" />
        <source>Back to the visitor screens</source>
        <translation>Terug naar de bezoekersschermen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="110" />
        <source>Quit the kiosk</source>
        <translation>Kiosk afsluiten</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/topbar.py" line="146" />
        <location filename="../../kiosk/ui/topbar.py" line="147" />
        <source>My selection (%n)</source>
        <translation>
            <numerusform>Mijn selectie (%n)</numerusform>
            <numerusform>Mijn selectie (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="154" />
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="155" />
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="156" />
        <source>Finish</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="161" />
        <source>Large text</source>
        <translation>Grote tekst</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="162" />
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/unavailable.py" line="36" />
        <source>Welcome to the Al Omrane stand</source>
        <translation>Welkom bij de stand van Al Omrane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/unavailable.py" line="38" />
        <source>The catalog is being updated. Our advisors on the stand will gladly help you.</source>
        <translation>De catalogus wordt bijgewerkt. Onze adviseurs op de stand helpen u graag.</translation>
    </message>
</context>
<context>
    <name>UnitText</name>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="29" />
        <source>Ref. %1</source>
        <translation>Ref. %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="32" />
        <source>Delivery %1</source>
        <translation>Oplevering %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="67" />
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="80" />
        <source>Ground floor</source>
        <translation>Begane grond</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="81" />
        <source>Floor %1</source>
        <translation>Verdieping %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="87" />
        <source>%1 per m²</source>
        <translation>%1 per m²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="90" />
        <source>Price on request</source>
        <translation>Prijs op aanvraag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="112" />
        <source>%1 = %2 (indicative rate)</source>
        <translation>%1 = %2 (indicatieve koers)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="117" />
        <source>%1 = %2 on %3 (indicative rate)</source>
        <translation>%1 = %2 op %3 (indicatieve koers)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/scenery.py" line="217" />
        <source>Illustration</source>
        <translation>Illustratie</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../kiosk/ui/widgets/gallery.py" line="81" />
        <source>Previous picture</source>
        <translation>Vorige afbeelding</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/gallery.py" line="82" />
        <source>Next picture</source>
        <translation>Volgende afbeelding</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/gallery.py" line="93" />
        <source>Plan</source>
        <translation>Plattegrond</translation>
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
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/gallery.py" line="182" />
        <source>Two fingers to zoom, one to move</source>
        <translation>Twee vingers om te zoomen, één om te verschuiven</translation>
    </message>
</context>
<context>
    <name>ChipText</name>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="47" />
        <source>%1 rooms or more</source>
        <translation>%1 kamers of meer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="50" />
        <source>From %1 m²</source>
        <translation>Vanaf %1 m²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="50" />
        <source>Up to %1 m²</source>
        <translation>Tot %1 m²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="54" />
        <source>From %1</source>
        <translation>Vanaf %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="54" />
        <source>Up to %1</source>
        <translation>Tot %1</translation>
    </message>
</context>
<context>
    <name>NoResultsPanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="206" />
        <source>Nothing matches all of this. Nearest results:</source>
        <translation>Geen enkel object past bij dit alles. Het dichtst in de buurt:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="208" />
        <source>Nothing matches this search.</source>
        <translation>Geen enkel object past bij deze zoekopdracht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="218" />
        <source>Talk to an advisor</source>
        <translation>Met een adviseur praten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="225" />
        <source>your filter</source>
        <translation>uw filter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/understood.py" line="230" />
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln resultaat</numerusform>
            <numerusform>%Ln resultaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="232" />
        <source>Show everything (%1)</source>
        <translation>Alles tonen (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="233" />
        <source>Without %1: %2</source>
        <translation>Zonder %1: %2</translation>
    </message>
</context>
<context>
    <name>UnderstoodBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="122" />
        <source>Remove filter: %1</source>
        <translation>Filter verwijderen: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="137" />
        <source>Results for %1</source>
        <translation>Resultaten voor %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="140" />
        <source>Search instead for %1</source>
        <translation>Zoek in plaats daarvan naar %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="144" />
        <source>Results for %1, as typed</source>
        <translation>Resultaten voor %1, zoals getypt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="146" />
        <source>Correct my spelling</source>
        <translation>Spelling verbeteren</translation>
    </message>
</context>
<context>
    <name>TakeawayQr</name>
    <message>
        <location filename="../../kiosk/ui/widgets/takeaway_qr.py" line="80" />
        <source>Take it with you: scan to keep this on your phone</source>
        <translation>Neem het mee: scan om dit op uw telefoon te bewaren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/takeaway_qr.py" line="96" />
        <source>Send me my selection</source>
        <translation>Stuur mij mijn selectie</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/map.py" line="178" />
        <source>Where would you like to live?</source>
        <translation>Waar zou u willen wonen?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/map.py" line="179" />
        <source>Touch a region of the map, or choose it in the list.</source>
        <translation>Raak een regio op de kaart aan, of kies ze in de lijst.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/map.py" line="184" />
        <source>Touch a city: the number is the homes, plots and premises available.</source>
        <translation>Raak een stad aan: het getal is het aantal beschikbare woningen, kavels en bedrijfsruimten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/map.py" line="186" />
        <source>Everything in this region</source>
        <translation>Alles in deze regio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/map.py" line="188" />
        <source>All of Morocco</source>
        <translation>Heel Marokko</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="150" />
        <source>This programme is no longer in the catalog.</source>
        <translation>Dit project staat niet meer in de catalogus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="167" />
        <location filename="../../kiosk/ui/screens/programme.py" line="196" />
        <source>Delivery date to be confirmed</source>
        <translation>Opleverdatum nog te bevestigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/programme.py" line="170" />
        <source>See its %n unit(s) in the results</source>
        <translation>
            <numerusform>Het %n object in de resultaten bekijken</numerusform>
            <numerusform>De %n objecten in de resultaten bekijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/programme.py" line="183" />
        <source>%n unit(s) available</source>
        <translation>
            <numerusform>%n object beschikbaar</numerusform>
            <numerusform>%n objecten beschikbaar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="190" />
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/programme.py" line="198" />
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objecten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="226" />
        <source>Deliveries</source>
        <translation>Opleveringen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="227" />
        <source>Its units</source>
        <translation>De objecten</translation>
    </message>
</context>
</TS>