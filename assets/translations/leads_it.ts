<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name>LeadFormScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="174" />
        <source>Not said</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="179" />
        <source>Leave your contact: an advisor will call you back</source>
        <translation>Lascia i tuoi recapiti: un consulente ti richiamerà</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="188" />
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="189" />
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="190" />
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="191" />
        <source>E-mail (optional)</source>
        <translation>E-mail (facoltativa)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="192" />
        <source>Country of residence</source>
        <translation>Paese di residenza</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="193" />
        <source>City of residence</source>
        <translation>Città di residenza</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="194" />
        <source>Preferred language</source>
        <translation>Lingua preferita</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="195" />
        <source>Advisor wanted</source>
        <translation>Consulente desiderato</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="196" />
        <source>Units you are interested in</source>
        <translation>Immobili che ti interessano</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="197" />
        <source>Budget (optional)</source>
        <translation>Budget (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="198" />
        <source>Moroccan living abroad?</source>
        <translation>Marocchino residente all'estero?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="208" />
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="209" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="210" />
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="211" />
        <source>Just give me a ticket</source>
        <translation>Solo un biglietto, grazie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="212" />
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="234" />
        <source>Tick “Call me back” above first: then you can type your contact.</source>
        <translation>Spunta prima «Richiamatemi» qui sopra: poi potrai inserire i tuoi recapiti.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="246" />
        <source>The privacy notice is unavailable: ask the staff.</source>
        <translation>L'informativa sulla privacy non è disponibile: rivolgiti al personale.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="252" />
        <source>Privacy notice, version {0}</source>
        <translation>Informativa sulla privacy, versione {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="269" />
        <source>Without “call me back”, none of your personal data is stored. You can still take a ticket for an advisor desk.</source>
        <translation>Senza «Richiamatemi» nessun tuo dato personale viene conservato. Puoi comunque prendere un biglietto per un consulente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="294" />
        <source>Remove {0}</source>
        <translation>Togli {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="299" />
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="355" />
        <source>Sorry, your contact could not be saved. Please ask the staff.</source>
        <translation>Spiacenti, non è stato possibile salvare i tuoi recapiti. Rivolgiti al personale.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="381" />
        <source>Sorry, no ticket could be issued. Please ask the staff.</source>
        <translation>Spiacenti, non è stato possibile emettere il biglietto. Rivolgiti al personale.</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="81" />
        <source>Thank you! Here is your ticket</source>
        <translation>Grazie! Ecco il tuo biglietto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="83" />
        <source>Keep your number: the advisor will call it. Show the code at the desk.</source>
        <translation>Conserva il tuo numero: il consulente lo chiamerà. Mostra il codice al banco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="85" />
        <source>Print my ticket</source>
        <translation>Stampa il mio biglietto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="86" />
        <source>Finish</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="119" />
        <source>Ticket {0}</source>
        <translation>Biglietto {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="173" />
        <source>Your ticket will be printed shortly; you can also photograph the code.</source>
        <translation>Il tuo biglietto sarà stampato a breve; puoi anche fotografare il codice.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="175" />
        <source>Your ticket is ready: the staff will print it for you.</source>
        <translation>Il tuo biglietto è pronto: il personale dello stand lo stampa per te.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="177" />
        <source>Your ticket is printing.</source>
        <translation>Il tuo biglietto è in stampa.</translation>
    </message>
    <message>
        <source>Your contact is saved. Show the code below at the desk.</source>
        <translation>I suoi dati sono stati salvati. Mostri il codice qui sotto allo sportello.</translation>
    </message>
</context>
<context>
    <name>ReadinessQuestions</name>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="57" />
        <source>Three quick questions (optional)</source>
        <translation>Tre domande veloci (facoltative)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="58" />
        <source>Skip these questions</source>
        <translation>Salta queste domande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="60" />
        <source>When is your project?</source>
        <translation>Quando pensi di realizzare il progetto?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="61" />
        <source>How will you pay?</source>
        <translation>Come pagherai?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="62" />
        <source>Do you already own a home in Morocco?</source>
        <translation>Possiedi già un'abitazione in Marocco?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="68" />
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="69" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SendSelectionScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="116" />
        <source>Send me my selection</source>
        <translation>Inviatemi la mia selezione</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="118" />
        <source>We send you the link to your selection once, the way you choose.</source>
        <translation>Ti inviamo una sola volta il link alla tua selezione, nel modo che scegli.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="124" />
        <source>Your e-mail address</source>
        <translation>Il tuo indirizzo e-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="125" />
        <source>Your mobile number</source>
        <translation>Il tuo numero di cellulare</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="126" />
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="127" />
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="149" />
        <source>I agree that Al Omrane sends me this selection once by {0}, as the privacy notice says (purpose “Send me my selection”, version {1}).</source>
        <translation>Accetto che Al Omrane mi invii questa selezione una sola volta tramite {0}, come previsto dall'informativa privacy (finalità «Inviatemi la mia selezione», versione {1}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="166" />
        <source>Thank you: your selection will be sent as soon as the stand is connected. You can stop any further message from the link it contains.</source>
        <translation>Grazie: la tua selezione sarà inviata appena lo stand sarà connesso. Dal link che contiene puoi bloccare ogni altro messaggio.</translation>
    </message>
</context>
</TS>