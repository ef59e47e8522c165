<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AidResultView</name>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="77" />
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="78" />
        <source>Simulate my loan</source>
        <translation>Simuler mon crédit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="79" />
        <source>Talk to an advisor</source>
        <translation>Parler à un conseiller</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="80" />
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="85" />
        <source>✓ You may be eligible for the Daam Sakane aid</source>
        <translation>✓ Vous pourriez bénéficier de l'aide Daam Sakane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="87" />
        <source>✓ You may be eligible: the amount depends on the price</source>
        <translation>✓ Vous pourriez en bénéficier : le montant dépend du prix</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="89" />
        <source>✗ You may not be eligible for the Daam Sakane aid</source>
        <translation>✗ Vous ne semblez pas éligible à l'aide Daam Sakane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="118" />
        <source>The Daam Sakane check is not available right now.</source>
        <translation>La vérification Daam Sakane n'est pas disponible pour le moment.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="122" />
        <source>Please ask an advisor on the stand, or see daamsakane.ma.</source>
        <translation>Demandez à un conseiller du stand, ou consultez daamsakane.ma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="132" />
        <source>%1 (about %2)</source>
        <translation>%1 (environ %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="142" />
        <source>Price up to %1: %2 of aid</source>
        <translation>Prix jusqu'à %1 : %2 d'aide</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="146" />
        <source>Price from %1 to %2: %3 of aid</source>
        <translation>Prix de %1 à %2 : %3 d'aide</translation>
    </message>
</context>
<context>
    <name>AidScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="249" />
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="314" />
        <source>Daam Sakane: am I eligible?</source>
        <translation>Daam Sakane : suis-je éligible ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="315" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="316" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="317" />
        <location filename="../../kiosk/ui/screens/aid.py" line="318" />
        <source>Previous question</source>
        <translation>Question précédente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="343" />
        <source>For: %1</source>
        <translation>Pour : %1</translation>
    </message>
</context>
<context>
    <name>AidWords</name>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="33" />
        <source>Are you Moroccan?</source>
        <translation>Êtes-vous de nationalité marocaine ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="34" />
        <source>Living in Morocco or abroad: both count.</source>
        <translation>Que vous viviez au Maroc ou à l'étranger.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="37" />
        <source>Are you %1 or older?</source>
        <translation>Avez-vous %1 ans ou plus ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="38" />
        <source>The buyer's age on the day of the request.</source>
        <translation>L'âge de l'acheteur le jour de la demande.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="41" />
        <source>Do you already own a home in Morocco?</source>
        <translation>Êtes-vous déjà propriétaire d'un logement au Maroc ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="42" />
        <source>A house or a flat in your name, alone or shared.</source>
        <translation>Une maison ou un appartement à votre nom, seul ou en indivision.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="45" />
        <source>Have you ever received a housing aid?</source>
        <translation>Avez-vous déjà reçu une aide au logement ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="46" />
        <source>For example an earlier state aid to buy a home.</source>
        <translation>Par exemple une aide de l'État pour acheter un logement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="49" />
        <source>Will this home be your main residence for %n years?</source>
        <translation>
            <numerusform>Ce logement sera-t-il votre résidence principale pendant %n an ?</numerusform>
            <numerusform>Ce logement sera-t-il votre résidence principale pendant %n ans ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="50" />
        <source>For Moroccans abroad: lived in by you or your family when in Morocco.</source>
        <translation>Pour les Marocains du monde : occupé par vous ou votre famille lors de vos séjours au Maroc.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="63" />
        <source>The aid is for Moroccans, living in Morocco or abroad.</source>
        <translation>L'aide est réservée aux Marocains, résidant au Maroc ou à l'étranger.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="66" />
        <source>The buyer must be %1 or older.</source>
        <translation>L'acheteur doit avoir %1 ans ou plus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="69" />
        <source>The aid is for people who do not own a home in Morocco yet.</source>
        <translation>L'aide est réservée aux personnes qui ne possèdent pas encore de logement au Maroc.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="72" />
        <source>The aid is given only once, and you already received one.</source>
        <translation>L'aide n'est accordée qu'une fois, et vous en avez déjà reçu une.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="75" />
        <source>The home must be your main residence for %n years.</source>
        <translation>
            <numerusform>Le logement doit être votre résidence principale pendant %n an.</numerusform>
            <numerusform>Le logement doit être votre résidence principale pendant %n ans.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="78" />
        <source>Only homes qualify, not plots or business premises.</source>
        <translation>Seuls les logements sont concernés, pas les terrains ni les locaux d'activité.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="80" />
        <source>Only new homes sold for the first time qualify.</source>
        <translation>Seuls les logements neufs vendus pour la première fois sont concernés.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="82" />
        <source>The building permit must date from %1 or later.</source>
        <translation>Le permis de construire doit dater du %1 ou après.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="85" />
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="122" />
        <source>The home must have at least %n rooms.</source>
        <translation>
            <numerusform>Le logement doit compter au moins %n pièce.</numerusform>
            <numerusform>Le logement doit compter au moins %n pièces.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="88" />
        <source>The price must be at most %1.</source>
        <translation>Le prix ne doit pas dépasser %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="91" />
        <source>The amount depends on the price of the home.</source>
        <translation>Le montant dépend du prix du logement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="92" />
        <source>Some questions are not answered yet.</source>
        <translation>Certaines questions n'ont pas encore de réponse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="94" />
        <source>You meet every condition that can be checked here.</source>
        <translation>Vous remplissez toutes les conditions vérifiables ici.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="107" />
        <source>The buyer must be Moroccan, adult, own no home in Morocco and never have had a housing aid.</source>
        <translation>L'acheteur doit être marocain, majeur, ne posséder aucun logement au Maroc et n'avoir jamais reçu d'aide au logement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="111" />
        <source>The home must be new (first sale), with a building permit from %1 or later and at least %n rooms.</source>
        <translation>
            <numerusform>Le logement doit être neuf (première vente), avec un permis de construire du %1 ou après, et compter au moins %n pièce.</numerusform>
            <numerusform>Le logement doit être neuf (première vente), avec un permis de construire du %1 ou après, et compter au moins %n pièces.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="118" />
        <source>Ask the advisor to confirm the building permit dates from %1 or later.</source>
        <translation>Demandez au conseiller de confirmer que le permis de construire date du %1 ou après.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="124" />
        <source>The sale must be signed at a notary.</source>
        <translation>La vente doit être signée chez un notaire.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="126" />
        <source>Live in it as your main residence for %n years, otherwise the aid is repaid.</source>
        <translation>
            <numerusform>Y habiter comme résidence principale pendant %n an, sinon l'aide doit être remboursée.</numerusform>
            <numerusform>Y habiter comme résidence principale pendant %n ans, sinon l'aide doit être remboursée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="148" />
        <source>Indication only, from the Daam Sakane rules %1 of %2. Final decision on daamsakane.ma.</source>
        <translation>Simple indication, selon les règles Daam Sakane %1 du %2. Décision finale sur daamsakane.ma.</translation>
    </message>
</context>
<context>
    <name>LoanResultCard</name>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="69" />
        <source>%1 / month</source>
        <translation>%1 / mois</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="72" />
        <source>Amount to borrow: %1</source>
        <translation>Montant à emprunter : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="74" />
        <source>Daam Sakane aid deducted: %1</source>
        <translation>Aide Daam Sakane déduite : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="79" />
        <source>Total repaid to the bank: %1, of which interest: %2</source>
        <translation>Total remboursé à la banque : %1, dont intérêts : %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="85" />
        <source>Give your monthly income to see your debt ratio.</source>
        <translation>Indiquez votre revenu mensuel pour voir votre taux d'endettement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="89" />
        <source>Debt ratio: %1 of your income</source>
        <translation>Taux d'endettement : %1 de votre revenu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="96" />
        <source>Above %1: banks usually refuse such a loan. Try a longer duration or a bigger contribution.</source>
        <translation>Au-delà de %1, les banques refusent en général ce crédit. Essayez une durée plus longue ou un apport plus important.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="108" />
        <source>Monthly payment</source>
        <translation>Mensualité</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="109" />
        <source>Talk to a bank advisor</source>
        <translation>Parler à un conseiller bancaire</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="118" />
        <source>Staff PIN</source>
        <translation>Code PIN du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="119" />
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="120" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="122" />
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="123" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="124" />
        <source>Check the PIN</source>
        <translation>Vérifier le code</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="128" />
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="250" />
        <source>Digits typed: %n</source>
        <translation>
            <numerusform>Chiffres saisis : %n</numerusform>
            <numerusform>Chiffres saisis : %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="201" />
        <source>The staff PIN is not set up on this kiosk.</source>
        <translation>Le code PIN du personnel n'est pas configuré sur cette borne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="204" />
        <source>The PIN cannot be checked. See the staff guide.</source>
        <translation>Impossible de vérifier le code. Voir le guide du personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="210" />
        <source>Wrong PIN. Try again.</source>
        <translation>Code erroné. Réessayez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="231" />
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation>
            <numerusform>Trop de codes erronés. Réessayez dans %n s.</numerusform>
            <numerusform>Trop de codes erronés. Réessayez dans %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulatorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="1" />
        <source>My income is in</source>
        <translation>Mon revenu est en</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="1" />
        <source>Touch − and +, slide, or tap an amount to type it.</source>
        <translation>Touchez − et +, glissez, ou touchez un montant pour le saisir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/simulator.py" line="165" />
        <source>%n years</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="169" />
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="288" />
        <source>Simulate my loan</source>
        <translation>Simuler mon crédit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="290" />
        <source>Price of the home</source>
        <translation>Prix du logement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="291" />
        <source>My own contribution</source>
        <translation>Mon apport personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="292" />
        <source>Daam Sakane aid</source>
        <translation>Aide Daam Sakane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="293" />
        <source>Interest rate (per year)</source>
        <translation>Taux d'intérêt (par an)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="294" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="295" />
        <source>My monthly income</source>
        <translation>Mon revenu mensuel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="299" />
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="301" />
        <source>%1: less</source>
        <translation>%1 : moins</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="302" />
        <source>%1: more</source>
        <translation>%1 : plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="310" />
        <source>Indicative simulation. The partner banks on the stand make the real offer.</source>
        <translation>Simulation indicative. Les banques partenaires du stand font l'offre réelle.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="325" />
        <source>Exchange rate: %1 = %2</source>
        <translation>Taux de change : %1 = %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="328" />
        <source>(rate of %1)</source>
        <translation>(cours du %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="341" />
        <source>For: %1</source>
        <translation>Pour : %1</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="189" />
        <source>Capital letter</source>
        <translation>Majuscule</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="190" />
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="191" />
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="191" />
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="192" />
        <source>Other alphabet</source>
        <translation>Autre alphabet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="193" />
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="194" />
        <source>Hide the keyboard</source>
        <translation>Masquer le clavier</translation>
    </message>
</context>
<context>
    <name>IncomeCurrency</name>
    <message>
        <location filename="../../kiosk/ui/screens/simulator_income.py" line="1" />
        <source>Dirhams</source>
        <translation>Dirhams</translation>
    </message>
</context>
</TS>