<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AidResultView</name>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="79" />
        <source>Good to know</source>
        <translation>Goed om te weten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="80" />
        <source>Simulate my loan</source>
        <translation>Mijn hypotheek berekenen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="81" />
        <source>Talk to an advisor</source>
        <translation>Met een adviseur praten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="82" />
        <source>Start again</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="87" />
        <source>✓ You may be eligible for the Daam Sakane aid</source>
        <translation>✓ U hebt mogelijk recht op de Daam Sakane-steun</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="89" />
        <source>✓ You may be eligible: the amount depends on the price</source>
        <translation>✓ U hebt mogelijk recht: het bedrag hangt af van de prijs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="91" />
        <source>✗ You may not be eligible for the Daam Sakane aid</source>
        <translation>✗ U hebt waarschijnlijk geen recht op de Daam Sakane-steun</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="120" />
        <source>The Daam Sakane check is not available right now.</source>
        <translation>De Daam Sakane-check is op dit moment niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="124" />
        <source>Please ask an advisor on the stand, or see daamsakane.ma.</source>
        <translation>Vraag het aan een adviseur op de stand of kijk op daamsakane.ma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="134" />
        <source>%1 (about %2)</source>
        <translation>%1 (ongeveer %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="144" />
        <source>Price up to %1: %2 of aid</source>
        <translation>Prijs tot %1: %2 steun</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="148" />
        <source>Price from %1 to %2: %3 of aid</source>
        <translation>Prijs van %1 tot %2: %3 steun</translation>
    </message>
</context>
<context>
    <name>AidScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="249" />
        <source>Question %1 of %2</source>
        <translation>Vraag %1 van %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="314" />
        <source>Daam Sakane: am I eligible?</source>
        <translation>Daam Sakane: heb ik recht?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="315" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="316" />
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="317" />
        <location filename="../../kiosk/ui/screens/aid.py" line="318" />
        <source>Previous question</source>
        <translation>Vorige vraag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="343" />
        <source>For: %1</source>
        <translation>Voor: %1</translation>
    </message>
</context>
<context>
    <name>AidWords</name>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="33" />
        <source>Are you Moroccan?</source>
        <translation>Hebt u de Marokkaanse nationaliteit?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="34" />
        <source>Living in Morocco or abroad: both count.</source>
        <translation>Of u nu in Marokko of in het buitenland woont.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="37" />
        <source>Are you %1 or older?</source>
        <translation>Bent u %1 jaar of ouder?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="38" />
        <source>The buyer's age on the day of the request.</source>
        <translation>De leeftijd van de koper op de dag van de aanvraag.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="41" />
        <source>Do you already own a home in Morocco?</source>
        <translation>Bezit u al een woning in Marokko?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="42" />
        <source>A house or a flat in your name, alone or shared.</source>
        <translation>Een huis of appartement op uw naam, alleen of samen met anderen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="45" />
        <source>Have you ever received a housing aid?</source>
        <translation>Hebt u ooit woonsteun ontvangen?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="46" />
        <source>For example an earlier state aid to buy a home.</source>
        <translation>Bijvoorbeeld eerdere overheidssteun voor de aankoop van een woning.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="49" />
        <source>Will this home be your main residence for %n years?</source>
        <translation>
            <numerusform>Wordt deze woning %n jaar lang uw hoofdverblijf?</numerusform>
            <numerusform>Wordt deze woning %n jaar lang uw hoofdverblijf?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="50" />
        <source>For Moroccans abroad: lived in by you or your family when in Morocco.</source>
        <translation>Voor Marokkanen in het buitenland: bewoond door u of uw gezin tijdens uw verblijf in Marokko.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="63" />
        <source>The aid is for Moroccans, living in Morocco or abroad.</source>
        <translation>De steun is voor Marokkanen, in Marokko of in het buitenland.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="66" />
        <source>The buyer must be %1 or older.</source>
        <translation>De koper moet %1 jaar of ouder zijn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="69" />
        <source>The aid is for people who do not own a home in Morocco yet.</source>
        <translation>De steun is voor wie nog geen woning in Marokko bezit.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="72" />
        <source>The aid is given only once, and you already received one.</source>
        <translation>De steun wordt maar één keer gegeven en u hebt die al ontvangen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="75" />
        <source>The home must be your main residence for %n years.</source>
        <translation>
            <numerusform>De woning moet %n jaar lang uw hoofdverblijf zijn.</numerusform>
            <numerusform>De woning moet %n jaar lang uw hoofdverblijf zijn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="78" />
        <source>Only homes qualify, not plots or business premises.</source>
        <translation>Alleen woningen komen in aanmerking, geen bouwkavels of bedrijfsruimten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="80" />
        <source>Only new homes sold for the first time qualify.</source>
        <translation>Alleen nieuwe woningen die voor het eerst worden verkocht komen in aanmerking.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="82" />
        <source>The building permit must date from %1 or later.</source>
        <translation>De bouwvergunning moet van %1 of later zijn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="85" />
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="122" />
        <source>The home must have at least %n rooms.</source>
        <translation>
            <numerusform>De woning moet minstens %n kamer hebben.</numerusform>
            <numerusform>De woning moet minstens %n kamers hebben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="88" />
        <source>The price must be at most %1.</source>
        <translation>De prijs mag niet hoger zijn dan %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="91" />
        <source>The amount depends on the price of the home.</source>
        <translation>Het bedrag hangt af van de prijs van de woning.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="92" />
        <source>Some questions are not answered yet.</source>
        <translation>Sommige vragen zijn nog niet beantwoord.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="94" />
        <source>You meet every condition that can be checked here.</source>
        <translation>U voldoet aan alle voorwaarden die hier te controleren zijn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="107" />
        <source>The buyer must be Moroccan, adult, own no home in Morocco and never have had a housing aid.</source>
        <translation>De koper moet Marokkaan en meerderjarig zijn, geen woning in Marokko bezitten en nooit woonsteun hebben ontvangen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="111" />
        <source>The home must be new (first sale), with a building permit from %1 or later and at least %n rooms.</source>
        <translation>
            <numerusform>De woning moet nieuw zijn (eerste verkoop), met een bouwvergunning van %1 of later en minstens %n kamer.</numerusform>
            <numerusform>De woning moet nieuw zijn (eerste verkoop), met een bouwvergunning van %1 of later en minstens %n kamers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="118" />
        <source>Ask the advisor to confirm the building permit dates from %1 or later.</source>
        <translation>Vraag de adviseur te bevestigen dat de bouwvergunning van %1 of later is.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="124" />
        <source>The sale must be signed at a notary.</source>
        <translation>De koop moet bij een notaris worden getekend.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="126" />
        <source>Live in it as your main residence for %n years, otherwise the aid is repaid.</source>
        <translation>
            <numerusform>Er %n jaar lang als hoofdverblijf wonen, anders moet de steun worden terugbetaald.</numerusform>
            <numerusform>Er %n jaar lang als hoofdverblijf wonen, anders moet de steun worden terugbetaald.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="148" />
        <source>Indication only, from the Daam Sakane rules %1 of %2. Final decision on daamsakane.ma.</source>
        <translation>Alleen een indicatie, volgens de Daam Sakane-regels %1 van %2. Definitieve beslissing op daamsakane.ma.</translation>
    </message>
</context>
<context>
    <name>LoanResultCard</name>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="66" />
        <source>%1 / month</source>
        <translation>%1 / maand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="69" />
        <source>Amount to borrow: %1</source>
        <translation>Te lenen bedrag: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="71" />
        <source>Daam Sakane aid deducted: %1</source>
        <translation>Daam Sakane-steun afgetrokken: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="76" />
        <source>Total repaid to the bank: %1, of which interest: %2</source>
        <translation>Totaal terugbetaald aan de bank: %1, waarvan rente: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="82" />
        <source>Give your monthly income to see your debt ratio.</source>
        <translation>Vul uw maandinkomen in om uw woonquote te zien.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="86" />
        <source>Debt ratio: %1 of your income</source>
        <translation>Woonquote: %1 van uw inkomen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="93" />
        <source>Above %1: banks usually refuse such a loan. Try a longer duration or a bigger contribution.</source>
        <translation>Boven %1 weigeren banken zo'n lening meestal. Probeer een langere looptijd of een grotere eigen inbreng.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="105" />
        <source>Monthly payment</source>
        <translation>Maandlast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="106" />
        <source>Talk to a bank advisor</source>
        <translation>Met een bankadviseur praten</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="118" />
        <source>Staff PIN</source>
        <translation>Pincode medewerkers</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="119" />
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="120" />
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="122" />
        <source>Delete the last digit</source>
        <translation>Laatste cijfer wissen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="123" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="124" />
        <source>Check the PIN</source>
        <translation>Pincode controleren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="128" />
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="250" />
        <source>Digits typed: %n</source>
        <translation>
            <numerusform>Getypte cijfers: %n</numerusform>
            <numerusform>Getypte cijfers: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="201" />
        <source>The staff PIN is not set up on this kiosk.</source>
        <translation>De pincode voor medewerkers is op deze kiosk niet ingesteld.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="204" />
        <source>The PIN cannot be checked. See the staff guide.</source>
        <translation>De pincode kan niet worden gecontroleerd. Zie de handleiding voor medewerkers.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="210" />
        <source>Wrong PIN. Try again.</source>
        <translation>Verkeerde pincode. Probeer het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="231" />
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation>
            <numerusform>Te vaak een verkeerde pincode. Probeer het over %n s opnieuw.</numerusform>
            <numerusform>Te vaak een verkeerde pincode. Probeer het over %n s opnieuw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulatorScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/simulator.py" line="167" />
        <source>%n years</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="171" />
        <source>Not given</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="290" />
        <source>Simulate my loan</source>
        <translation>Mijn hypotheek berekenen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="292" />
        <source>Price of the home</source>
        <translation>Prijs van de woning</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="293" />
        <source>My own contribution</source>
        <translation>Mijn eigen inbreng</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="294" />
        <source>Daam Sakane aid</source>
        <translation>Daam Sakane-steun</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="295" />
        <source>Interest rate (per year)</source>
        <translation>Rente (per jaar)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="296" />
        <source>Duration</source>
        <translation>Looptijd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="297" />
        <source>My monthly income</source>
        <translation>Mijn maandinkomen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="301" />
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="303" />
        <source>%1: less</source>
        <translation>%1: minder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="304" />
        <source>%1: more</source>
        <translation>%1: meer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="312" />
        <source>Indicative simulation. The partner banks on the stand make the real offer.</source>
        <translation>Indicatieve berekening. De partnerbanken op de stand doen het echte aanbod.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="327" />
        <source>Exchange rate: %1 = %2</source>
        <translation>Wisselkoers: %1 = %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="330" />
        <source>(rate of %1)</source>
        <translation>(koers van %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="343" />
        <source>For: %1</source>
        <translation>Voor: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="348" />
        <source>My income is in</source>
        <translation>Mijn inkomen is in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="386" />
        <source>Touch − and +, slide, or tap an amount to type it.</source>
        <translation>Tik op − en +, schuif, of tik op een bedrag om het te typen.</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="195" />
        <source>Capital letter</source>
        <translation>Hoofdletter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="196" />
        <source>Delete</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="197" />
        <source>space</source>
        <translation>spatie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="197" />
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="198" />
        <source>Other alphabet</source>
        <translation>Ander alfabet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="199" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="200" />
        <source>Hide the keyboard</source>
        <translation>Toetsenbord verbergen</translation>
    </message>
</context>
<context>
    <name>IncomeCurrency</name>
    <message>
        <location filename="../../kiosk/ui/screens/simulator_income.py" line="77" />
        <source>Dirhams</source>
        <translation>Dirham</translation>
    </message>
</context>
</TS>