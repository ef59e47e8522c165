<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>BrochurePreviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="106" />
        <source>Your brochure</source>
        <translation>Tu folleto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="107" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="108" />
        <source>Scan instead</source>
        <translation>Escanear en su lugar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="109" />
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="119" />
        <source>Choose a unit first.</source>
        <translation>Elige primero un inmueble.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="134" />
        <source>Sorry, the brochure cannot be made now.</source>
        <translation>Lo sentimos, ahora no se puede preparar el folleto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="147" />
        <source>Page {0}</source>
        <translation>Página {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="156" />
        <source>Scan this code with your phone to see the unit online.</source>
        <translation>Escanea este código con tu móvil para ver el inmueble en internet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="175" />
        <source>Your brochure is ready: the staff will print it for you.</source>
        <translation>Tu folleto está listo: el personal del stand te lo imprime.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="177" />
        <source>Your brochure is printing. Please collect it at the desk.</source>
        <translation>Tu folleto se está imprimiendo. Recógelo en el mostrador.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="182" />
        <source>The printer is not ready: your brochure will follow. You can scan the code now.</source>
        <translation>La impresora no está lista: tu folleto saldrá más tarde. Ya puedes escanear el código.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="166" />
        <source>Code of {0}</source>
        <translation>Código de {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="174" />
        <source>Scan these codes with your phone to see the units online.</source>
        <translation>Escanea estos códigos con tu móvil para ver los inmuebles en internet.</translation>
    </message>
</context>
</TS>