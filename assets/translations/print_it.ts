<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name>BrochurePreviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="106" />
        <source>Your brochure</source>
        <translation>La tua brochure</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="107" />
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="108" />
        <source>Scan instead</source>
        <translation>Scansiona invece</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="109" />
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="119" />
        <source>Choose a unit first.</source>
        <translation>Scegli prima un immobile.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="134" />
        <source>Sorry, the brochure cannot be made now.</source>
        <translation>Spiacenti, la brochure non può essere preparata ora.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="147" />
        <source>Page {0}</source>
        <translation>Pagina {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="156" />
        <source>Scan this code with your phone to see the unit online.</source>
        <translation>Scansiona questo codice con il telefono per vedere l'immobile online.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="175" />
        <source>Your brochure is ready: the staff will print it for you.</source>
        <translation>La tua brochure è pronta: il personale dello stand la stampa per te.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="177" />
        <source>Your brochure is printing. Please collect it at the desk.</source>
        <translation>La tua brochure è in stampa. Ritirala al banco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="182" />
        <source>The printer is not ready: your brochure will follow. You can scan the code now.</source>
        <translation>La stampante non è pronta: la brochure arriverà dopo. Puoi scansionare subito il codice.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="166" />
        <source>Code of {0}</source>
        <translation>Codice di {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="174" />
        <source>Scan these codes with your phone to see the units online.</source>
        <translation>Scansiona questi codici con il telefono per vedere gli immobili online.</translation>
    </message>
</context>
</TS>