<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>FirstStartScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="94" />
        <source>Setting up this stand</source>
        <translation>Deze stand instellen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="103" />
        <source>Skip this step</source>
        <translation>Deze stap overslaan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="104" />
        <location filename="../../kiosk/ui/screens/first_start.py" line="206" />
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="130" />
        <source>Which event is this stand at?</source>
        <translation>Op welk evenement staat deze stand?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="144" />
        <source>Another profile file…</source>
        <translation>Ander profielbestand…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="150" />
        <source>Choose the staff PIN (at least 6 digits)</source>
        <translation>Kies de personeels-pincode (minstens 6 cijfers)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="153" />
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="153" />
        <source>PIN again</source>
        <translation>Pincode (bevestiging)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="163" />
        <source>The PIN opens the staff console and protects visitors' data. It cannot be recovered: keep it with the stand's papers.</source>
        <translation>De pincode opent de personeelsconsole en beschermt de gegevens van bezoekers. Hij kan niet worden teruggehaald: bewaar hem bij de papieren van de stand.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="173" />
        <source>Connect to headquarters (enrollment file or code)</source>
        <translation>Verbinden met het hoofdkantoor (inschrijvingsbestand of -code)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="174" />
        <source>Open an enrollment file…</source>
        <translation>Een inschrijvingsbestand openen…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="178" />
        <source>…or paste the enrollment code here</source>
        <translation>…of plak hier de inschrijvingscode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="179" />
        <source>Enrollment code</source>
        <translation>Inschrijvingscode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="183" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="185" />
        <source>Print a test page</source>
        <translation>Een testpagina afdrukken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="192" />
        <source>Screen and touch: touch the four dots</source>
        <translation>Aanraakscherm: raak de vier stippen aan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="194" />
        <source>Touch works everywhere.</source>
        <translation>Aanraken werkt overal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="203" />
        <source>Step {0} of {1}</source>
        <translation>Stap {0} van {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="206" />
        <source>Finish</source>
        <translation>Voltooien</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="212" />
        <source>Screen: {0} × {1} pixels</source>
        <translation>Scherm: {0} × {1} pixels</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="241" />
        <source>Choose an event.</source>
        <translation>Kies een evenement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="248" />
        <source>The two PINs differ.</source>
        <translation>De twee pincodes verschillen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="262" />
        <source>Open a file or paste a code, or skip this step.</source>
        <translation>Open een bestand of plak een code, of sla deze stap over.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="275" />
        <source>Touch the four dots first, or skip this step.</source>
        <translation>Raak eerst de vier stippen aan, of sla deze stap over.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="283" />
        <source>Event profile</source>
        <translation>Evenementprofiel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="300" />
        <source>Enrollment file</source>
        <translation>Inschrijvingsbestand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="312" />
        <source>Configured: {0} {1} ({2}) — other printers: {3}</source>
        <translation>Ingesteld: {0} {1} ({2}) — andere printers: {3}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="343" />
        <source>Test page sent. Check the printer.</source>
        <translation>Testpagina verstuurd. Controleer de printer.</translation>
    </message>
</context>
<context>
    <name>TouchTarget</name>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="71" />
        <source>Touch target {0}</source>
        <translation>Aanraakdoel {0}</translation>
    </message>
</context>
</TS>