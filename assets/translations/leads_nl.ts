<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>LeadFormScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="174" />
        <source>Not said</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="179" />
        <source>Leave your contact: an advisor will call you back</source>
        <translation>Laat uw gegevens achter: een adviseur belt u terug</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="188" />
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="189" />
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="190" />
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="191" />
        <source>E-mail (optional)</source>
        <translation>E-mail (optioneel)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="192" />
        <source>Country of residence</source>
        <translation>Woonland</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="193" />
        <source>City of residence</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="194" />
        <source>Preferred language</source>
        <translation>Voorkeurstaal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="195" />
        <source>Advisor wanted</source>
        <translation>Gewenste adviseur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="196" />
        <source>Units you are interested in</source>
        <translation>Objecten waarin u interesse hebt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="197" />
        <source>Budget (optional)</source>
        <translation>Budget (optioneel)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="198" />
        <source>Moroccan living abroad?</source>
        <translation>Marokkaan in het buitenland?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="208" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="209" />
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="210" />
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="211" />
        <source>Just give me a ticket</source>
        <translation>Alleen een volgnummer, graag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="212" />
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="234" />
        <source>Tick “Call me back” above first: then you can type your contact.</source>
        <translation>Vink eerst hierboven ‘Bel mij terug’ aan: daarna kunt u uw gegevens invullen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="246" />
        <source>The privacy notice is unavailable: ask the staff.</source>
        <translation>De privacyverklaring is niet beschikbaar: vraag het aan een medewerker.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="252" />
        <source>Privacy notice, version {0}</source>
        <translation>Privacyverklaring, versie {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="269" />
        <source>Without “call me back”, none of your personal data is stored. You can still take a ticket for an advisor desk.</source>
        <translation>Zonder ‘Bel mij terug’ worden geen persoonsgegevens bewaard. U kunt wel een volgnummer voor een adviseur nemen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="294" />
        <source>Remove {0}</source>
        <translation>{0} verwijderen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="299" />
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="355" />
        <source>Sorry, your contact could not be saved. Please ask the staff.</source>
        <translation>Sorry, uw gegevens konden niet worden opgeslagen. Vraag het aan een medewerker.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="381" />
        <source>Sorry, no ticket could be issued. Please ask the staff.</source>
        <translation>Sorry, er kon geen volgnummer worden gemaakt. Vraag het aan een medewerker.</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="81" />
        <source>Thank you! Here is your ticket</source>
        <translation>Dank u! Hier is uw volgnummer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="83" />
        <source>Keep your number: the advisor will call it. Show the code at the desk.</source>
        <translation>Bewaar uw nummer: de adviseur roept het om. Laat de code zien bij de balie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="85" />
        <source>Print my ticket</source>
        <translation>Mijn volgnummer afdrukken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="86" />
        <source>Finish</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="119" />
        <source>Ticket {0}</source>
        <translation>Volgnummer {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="173" />
        <source>Your ticket will be printed shortly; you can also photograph the code.</source>
        <translation>Uw volgnummer wordt zo afgedrukt; u kunt de code ook fotograferen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="175" />
        <source>Your ticket is ready: the staff will print it for you.</source>
        <translation>Uw volgnummer is klaar: een medewerker drukt het voor u af.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="177" />
        <source>Your ticket is printing.</source>
        <translation>Uw volgnummer wordt afgedrukt.</translation>
    </message>
    <message>
        <source>Your contact is saved. Show the code below at the desk.</source>
        <translation>Uw gegevens zijn opgeslagen. Toon de code hieronder aan de balie.</translation>
    </message>
</context>
<context>
    <name>ReadinessQuestions</name>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="57" />
        <source>Three quick questions (optional)</source>
        <translation>Drie korte vragen (optioneel)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="58" />
        <source>Skip these questions</source>
        <translation>Deze vragen overslaan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="60" />
        <source>When is your project?</source>
        <translation>Wanneer is uw project?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="61" />
        <source>How will you pay?</source>
        <translation>Hoe gaat u betalen?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="62" />
        <source>Do you already own a home in Morocco?</source>
        <translation>Bezit u al een woning in Marokko?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="68" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="69" />
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>SendSelectionScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="116" />
        <source>Send me my selection</source>
        <translation>Stuur mij mijn selectie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="118" />
        <source>We send you the link to your selection once, the way you choose.</source>
        <translation>We sturen je één keer de link naar je selectie, op de manier die je kiest.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="124" />
        <source>Your e-mail address</source>
        <translation>Je e-mailadres</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="125" />
        <source>Your mobile number</source>
        <translation>Je mobiele nummer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="126" />
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="127" />
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="149" />
        <source>I agree that Al Omrane sends me this selection once by {0}, as the privacy notice says (purpose “Send me my selection”, version {1}).</source>
        <translation>Ik ga ermee akkoord dat Al Omrane mij deze selectie één keer stuurt via {0}, zoals de privacyverklaring zegt (doel ‘Stuur mij mijn selectie’, versie {1}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="166" />
        <source>Thank you: your selection will be sent as soon as the stand is connected. You can stop any further message from the link it contains.</source>
        <translation>Dank je: je selectie wordt verstuurd zodra de stand verbonden is. Via de link erin kun je verdere berichten stoppen.</translation>
    </message>
</context>
</TS>