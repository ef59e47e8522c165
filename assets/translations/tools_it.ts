<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name>AidResultView</name>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="79" />
        <source>Good to know</source>
        <translation>Buono a sapersi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="80" />
        <source>Simulate my loan</source>
        <translation>Simula il mio mutuo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="81" />
        <source>Talk to an advisor</source>
        <translation>Parla con un consulente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="82" />
        <source>Start again</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="87" />
        <source>✓ You may be eligible for the Daam Sakane aid</source>
        <translation>✓ Potresti avere diritto all'aiuto Daam Sakane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="89" />
        <source>✓ You may be eligible: the amount depends on the price</source>
        <translation>✓ Potresti averne diritto: l'importo dipende dal prezzo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="91" />
        <source>✗ You may not be eligible for the Daam Sakane aid</source>
        <translation>✗ Sembra che tu non abbia diritto all'aiuto Daam Sakane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="120" />
        <source>The Daam Sakane check is not available right now.</source>
        <translation>La verifica Daam Sakane non è disponibile al momento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="124" />
        <source>Please ask an advisor on the stand, or see daamsakane.ma.</source>
        <translation>Chiedi a un consulente dello stand o consulta daamsakane.ma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="134" />
        <source>%1 (about %2)</source>
        <translation>%1 (circa %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="144" />
        <source>Price up to %1: %2 of aid</source>
        <translation>Prezzo fino a %1: %2 di aiuto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="148" />
        <source>Price from %1 to %2: %3 of aid</source>
        <translation>Prezzo da %1 a %2: %3 di aiuto</translation>
    </message>
</context>
<context>
    <name>AidScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="249" />
        <source>Question %1 of %2</source>
        <translation>Domanda %1 di %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="314" />
        <source>Daam Sakane: am I eligible?</source>
        <translation>Daam Sakane: ne ho diritto?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="315" />
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="316" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="317" />
        <location filename="../../kiosk/ui/screens/aid.py" line="318" />
        <source>Previous question</source>
        <translation>Domanda precedente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="343" />
        <source>For: %1</source>
        <translation>Per: %1</translation>
    </message>
</context>
<context>
    <name>AidWords</name>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="33" />
        <source>Are you Moroccan?</source>
        <translation>Hai la cittadinanza marocchina?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="34" />
        <source>Living in Morocco or abroad: both count.</source>
        <translation>Che tu viva in Marocco o all'estero.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="37" />
        <source>Are you %1 or older?</source>
        <translation>Hai %1 anni o più?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="38" />
        <source>The buyer's age on the day of the request.</source>
        <translation>L'età dell'acquirente il giorno della domanda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="41" />
        <source>Do you already own a home in Morocco?</source>
        <translation>Possiedi già un'abitazione in Marocco?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="42" />
        <source>A house or a flat in your name, alone or shared.</source>
        <translation>Una casa o un appartamento a tuo nome, da solo o in comproprietà.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="45" />
        <source>Have you ever received a housing aid?</source>
        <translation>Hai già ricevuto un aiuto per la casa?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="46" />
        <source>For example an earlier state aid to buy a home.</source>
        <translation>Per esempio un aiuto statale per acquistare un'abitazione.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="49" />
        <source>Will this home be your main residence for %n years?</source>
        <translation>
            <numerusform>Questa abitazione sarà la tua residenza principale per %n anno?</numerusform>
            <numerusform>Questa abitazione sarà la tua residenza principale per %n anni?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="50" />
        <source>For Moroccans abroad: lived in by you or your family when in Morocco.</source>
        <translation>Per i marocchini all'estero: abitata da te o dalla tua famiglia durante i soggiorni in Marocco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="63" />
        <source>The aid is for Moroccans, living in Morocco or abroad.</source>
        <translation>L'aiuto è riservato ai marocchini, residenti in Marocco o all'estero.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="66" />
        <source>The buyer must be %1 or older.</source>
        <translation>L'acquirente deve avere %1 anni o più.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="69" />
        <source>The aid is for people who do not own a home in Morocco yet.</source>
        <translation>L'aiuto è riservato a chi non possiede ancora un'abitazione in Marocco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="72" />
        <source>The aid is given only once, and you already received one.</source>
        <translation>L'aiuto si concede una sola volta e ne hai già ricevuto uno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="75" />
        <source>The home must be your main residence for %n years.</source>
        <translation>
            <numerusform>L'abitazione deve essere la tua residenza principale per %n anno.</numerusform>
            <numerusform>L'abitazione deve essere la tua residenza principale per %n anni.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="78" />
        <source>Only homes qualify, not plots or business premises.</source>
        <translation>Sono ammesse solo le abitazioni, non i terreni né i locali commerciali.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="80" />
        <source>Only new homes sold for the first time qualify.</source>
        <translation>Sono ammesse solo le abitazioni nuove vendute per la prima volta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="82" />
        <source>The building permit must date from %1 or later.</source>
        <translation>Il permesso di costruire deve essere del %1 o successivo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="85" />
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="122" />
        <source>The home must have at least %n rooms.</source>
        <translation>
            <numerusform>L'abitazione deve avere almeno %n locale.</numerusform>
            <numerusform>L'abitazione deve avere almeno %n locali.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="88" />
        <source>The price must be at most %1.</source>
        <translation>Il prezzo non deve superare %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="91" />
        <source>The amount depends on the price of the home.</source>
        <translation>L'importo dipende dal prezzo dell'abitazione.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="92" />
        <source>Some questions are not answered yet.</source>
        <translation>Alcune domande non hanno ancora una risposta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="94" />
        <source>You meet every condition that can be checked here.</source>
        <translation>Soddisfi tutte le condizioni verificabili qui.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="107" />
        <source>The buyer must be Moroccan, adult, own no home in Morocco and never have had a housing aid.</source>
        <translation>L'acquirente deve essere marocchino, maggiorenne, non possedere abitazioni in Marocco e non aver mai ricevuto un aiuto per la casa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="111" />
        <source>The home must be new (first sale), with a building permit from %1 or later and at least %n rooms.</source>
        <translation>
            <numerusform>L'abitazione deve essere nuova (prima vendita), con un permesso di costruire del %1 o successivo e almeno %n locale.</numerusform>
            <numerusform>L'abitazione deve essere nuova (prima vendita), con un permesso di costruire del %1 o successivo e almeno %n locali.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="118" />
        <source>Ask the advisor to confirm the building permit dates from %1 or later.</source>
        <translation>Chiedi al consulente di confermare che il permesso di costruire è del %1 o successivo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="124" />
        <source>The sale must be signed at a notary.</source>
        <translation>La vendita deve essere firmata da un notaio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="126" />
        <source>Live in it as your main residence for %n years, otherwise the aid is repaid.</source>
        <translation>
            <numerusform>Abitarla come residenza principale per %n anno, altrimenti l'aiuto va restituito.</numerusform>
            <numerusform>Abitarla come residenza principale per %n anni, altrimenti l'aiuto va restituito.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="148" />
        <source>Indication only, from the Daam Sakane rules %1 of %2. Final decision on daamsakane.ma.</source>
        <translation>Solo un'indicazione, secondo le regole Daam Sakane %1 del %2. Decisione finale su daamsakane.ma.</translation>
    </message>
</context>
<context>
    <name>LoanResultCard</name>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="66" />
        <source>%1 / month</source>
        <translation>%1 / mese</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="69" />
        <source>Amount to borrow: %1</source>
        <translation>Importo da prendere in prestito: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="71" />
        <source>Daam Sakane aid deducted: %1</source>
        <translation>Aiuto Daam Sakane dedotto: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="76" />
        <source>Total repaid to the bank: %1, of which interest: %2</source>
        <translation>Totale rimborsato alla banca: %1, di cui interessi: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="82" />
        <source>Give your monthly income to see your debt ratio.</source>
        <translation>Indica il tuo reddito mensile per vedere il rapporto rata/reddito.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="86" />
        <source>Debt ratio: %1 of your income</source>
        <translation>Rapporto rata/reddito: %1 del tuo reddito</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="93" />
        <source>Above %1: banks usually refuse such a loan. Try a longer duration or a bigger contribution.</source>
        <translation>Oltre il %1 le banche di solito rifiutano il mutuo. Prova una durata più lunga o un anticipo maggiore.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="105" />
        <source>Monthly payment</source>
        <translation>Rata mensile</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="106" />
        <source>Talk to a bank advisor</source>
        <translation>Parla con un consulente bancario</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="118" />
        <source>Staff PIN</source>
        <translation>PIN del personale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="119" />
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="120" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="122" />
        <source>Delete the last digit</source>
        <translation>Cancella l'ultima cifra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="123" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="124" />
        <source>Check the PIN</source>
        <translation>Verifica il PIN</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="128" />
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="250" />
        <source>Digits typed: %n</source>
        <translation>
            <numerusform>Cifre digitate: %n</numerusform>
            <numerusform>Cifre digitate: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="201" />
        <source>The staff PIN is not set up on this kiosk.</source>
        <translation>Il PIN del personale non è configurato su questo totem.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="204" />
        <source>The PIN cannot be checked. See the staff guide.</source>
        <translation>Impossibile verificare il PIN. Consulta la guida del personale.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="210" />
        <source>Wrong PIN. Try again.</source>
        <translation>PIN errato. Riprova.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="231" />
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation>
            <numerusform>Troppi PIN errati. Riprova tra %n s.</numerusform>
            <numerusform>Troppi PIN errati. Riprova tra %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulatorScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/simulator.py" line="167" />
        <source>%n years</source>
        <translation>
            <numerusform>%n anno</numerusform>
            <numerusform>%n anni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="171" />
        <source>Not given</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="290" />
        <source>Simulate my loan</source>
        <translation>Simula il mio mutuo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="292" />
        <source>Price of the home</source>
        <translation>Prezzo dell'abitazione</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="293" />
        <source>My own contribution</source>
        <translation>Il mio anticipo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="294" />
        <source>Daam Sakane aid</source>
        <translation>Aiuto Daam Sakane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="295" />
        <source>Interest rate (per year)</source>
        <translation>Tasso d'interesse (annuo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="296" />
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="297" />
        <source>My monthly income</source>
        <translation>Il mio reddito mensile</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="301" />
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="303" />
        <source>%1: less</source>
        <translation>%1: meno</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="304" />
        <source>%1: more</source>
        <translation>%1: più</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="312" />
        <source>Indicative simulation. The partner banks on the stand make the real offer.</source>
        <translation>Simulazione indicativa. L'offerta reale la fanno le banche partner dello stand.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="327" />
        <source>Exchange rate: %1 = %2</source>
        <translation>Tasso di cambio: %1 = %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="330" />
        <source>(rate of %1)</source>
        <translation>(cambio del %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="343" />
        <source>For: %1</source>
        <translation>Per: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="348" />
        <source>My income is in</source>
        <translation>Il mio reddito è in</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="386" />
        <source>Touch − and +, slide, or tap an amount to type it.</source>
        <translation>Tocca − e +, fai scorrere, oppure tocca un importo per scriverlo.</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="195" />
        <source>Capital letter</source>
        <translation>Maiuscola</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="196" />
        <source>Delete</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="197" />
        <source>space</source>
        <translation>spazio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="197" />
        <source>Space</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="198" />
        <source>Other alphabet</source>
        <translation>Altro alfabeto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="199" />
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="200" />
        <source>Hide the keyboard</source>
        <translation>Nascondi la tastiera</translation>
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