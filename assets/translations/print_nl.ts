<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>BrochurePreviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="106" />
        <source>Your brochure</source>
        <translation>Uw brochure</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="107" />
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="108" />
        <source>Scan instead</source>
        <translation>Liever scannen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="109" />
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="119" />
        <source>Choose a unit first.</source>
        <translation>Kies eerst een object.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="134" />
        <source>Sorry, the brochure cannot be made now.</source>
        <translation>Sorry, de brochure kan nu niet worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="147" />
        <source>Page {0}</source>
        <translation>Pagina {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="156" />
        <source>Scan this code with your phone to see the unit online.</source>
        <translation>Scan deze code met uw telefoon om het object online te bekijken.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="175" />
        <source>Your brochure is ready: the staff will print it for you.</source>
        <translation>Uw brochure is klaar: een medewerker drukt hem voor u af.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="177" />
        <source>Your brochure is printing. Please collect it at the desk.</source>
        <translation>Uw brochure wordt afgedrukt. Haal hem op bij de balie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="182" />
        <source>The printer is not ready: your brochure will follow. You can scan the code now.</source>
        <translation>De printer is niet klaar: uw brochure volgt later. U kunt de code nu al scannen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="166" />
        <source>Code of {0}</source>
        <translation>Code van {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="174" />
        <source>Scan these codes with your phone to see the units online.</source>
        <translation>Scan deze codes met uw telefoon om de objecten online te bekijken.</translation>
    </message>
</context>
</TS>