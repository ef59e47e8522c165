<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name>FirstStartScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="94" />
        <source>Setting up this stand</source>
        <translation>Messa in servizio dello stand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="103" />
        <source>Skip this step</source>
        <translation>Salta questo passaggio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="104" />
        <location filename="../../kiosk/ui/screens/first_start.py" line="206" />
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="130" />
        <source>Which event is this stand at?</source>
        <translation>A quale evento si trova questo stand?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="144" />
        <source>Another profile file…</source>
        <translation>Altro file di profilo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="150" />
        <source>Choose the staff PIN (at least 6 digits)</source>
        <translation>Scegliete il PIN del personale (almeno 6 cifre)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="153" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="153" />
        <source>PIN again</source>
        <translation>PIN (conferma)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="163" />
        <source>The PIN opens the staff console and protects visitors' data. It cannot be recovered: keep it with the stand's papers.</source>
        <translation>Il PIN apre la console del personale e protegge i dati dei visitatori. Non si può recuperare: conservatelo con i documenti dello stand.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="173" />
        <source>Connect to headquarters (enrollment file or code)</source>
        <translation>Collegamento alla sede (file o codice di registrazione)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="174" />
        <source>Open an enrollment file…</source>
        <translation>Apri un file di registrazione…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="178" />
        <source>…or paste the enrollment code here</source>
        <translation>…o incollate qui il codice di registrazione</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="179" />
        <source>Enrollment code</source>
        <translation>Codice di registrazione</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="183" />
        <source>Printer</source>
        <translation>Stampante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="185" />
        <source>Print a test page</source>
        <translation>Stampa una pagina di prova</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="192" />
        <source>Screen and touch: touch the four dots</source>
        <translation>Schermo tattile: toccate i quattro punti</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="194" />
        <source>Touch works everywhere.</source>
        <translation>Il tocco funziona ovunque.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="203" />
        <source>Step {0} of {1}</source>
        <translation>Passaggio {0} di {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="206" />
        <source>Finish</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="212" />
        <source>Screen: {0} × {1} pixels</source>
        <translation>Schermo: {0} × {1} pixel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="241" />
        <source>Choose an event.</source>
        <translation>Scegliete un evento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="248" />
        <source>The two PINs differ.</source>
        <translation>I due PIN sono diversi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="262" />
        <source>Open a file or paste a code, or skip this step.</source>
        <translation>Aprite un file o incollate un codice, oppure saltate questo passaggio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="275" />
        <source>Touch the four dots first, or skip this step.</source>
        <translation>Toccate prima i quattro punti, oppure saltate questo passaggio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="283" />
        <source>Event profile</source>
        <translation>Profilo dell'evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="300" />
        <source>Enrollment file</source>
        <translation>File di registrazione</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="312" />
        <source>Configured: {0} {1} ({2}) — other printers: {3}</source>
        <translation>Configurata: {0} {1} ({2}) — altre stampanti: {3}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="343" />
        <source>Test page sent. Check the printer.</source>
        <translation>Pagina di prova inviata. Controllate la stampante.</translation>
    </message>
</context>
<context>
    <name>TouchTarget</name>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="71" />
        <source>Touch target {0}</source>
        <translation>Bersaglio tattile {0}</translation>
    </message>
</context>
</TS>