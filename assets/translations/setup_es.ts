<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>FirstStartScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="94" />
        <source>Setting up this stand</source>
        <translation>Puesta en marcha del stand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="103" />
        <source>Skip this step</source>
        <translation>Saltar este paso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="104" />
        <location filename="../../kiosk/ui/screens/first_start.py" line="206" />
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="130" />
        <source>Which event is this stand at?</source>
        <translation>¿En qué evento está este stand?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="144" />
        <source>Another profile file…</source>
        <translation>Otro archivo de perfil…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="150" />
        <source>Choose the staff PIN (at least 6 digits)</source>
        <translation>Elegid el PIN del personal (6 cifras como mínimo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="153" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="153" />
        <source>PIN again</source>
        <translation>PIN (confirmación)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="163" />
        <source>The PIN opens the staff console and protects visitors' data. It cannot be recovered: keep it with the stand's papers.</source>
        <translation>El PIN abre la consola del personal y protege los datos de los visitantes. No se puede recuperar: guardadlo con los papeles del stand.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="173" />
        <source>Connect to headquarters (enrollment file or code)</source>
        <translation>Conexión con la sede (archivo o código de registro)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="174" />
        <source>Open an enrollment file…</source>
        <translation>Abrir un archivo de registro…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="178" />
        <source>…or paste the enrollment code here</source>
        <translation>…o pegad aquí el código de registro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="179" />
        <source>Enrollment code</source>
        <translation>Código de registro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="183" />
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="185" />
        <source>Print a test page</source>
        <translation>Imprimir una página de prueba</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="192" />
        <source>Screen and touch: touch the four dots</source>
        <translation>Pantalla táctil: tocad los cuatro puntos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="194" />
        <source>Touch works everywhere.</source>
        <translation>El tacto funciona en toda la pantalla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="203" />
        <source>Step {0} of {1}</source>
        <translation>Paso {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="206" />
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="212" />
        <source>Screen: {0} × {1} pixels</source>
        <translation>Pantalla: {0} × {1} píxeles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="241" />
        <source>Choose an event.</source>
        <translation>Elegid un evento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="248" />
        <source>The two PINs differ.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="262" />
        <source>Open a file or paste a code, or skip this step.</source>
        <translation>Abrid un archivo o pegad un código, o saltad este paso.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="275" />
        <source>Touch the four dots first, or skip this step.</source>
        <translation>Tocad primero los cuatro puntos, o saltad este paso.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="283" />
        <source>Event profile</source>
        <translation>Perfil del evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="300" />
        <source>Enrollment file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="312" />
        <source>Configured: {0} {1} ({2}) — other printers: {3}</source>
        <translation>Configurada: {0} {1} ({2}) — otras impresoras: {3}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="343" />
        <source>Test page sent. Check the printer.</source>
        <translation>Página de prueba enviada. Comprobad la impresora.</translation>
    </message>
</context>
<context>
    <name>TouchTarget</name>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="71" />
        <source>Touch target {0}</source>
        <translation>Objetivo táctil {0}</translation>
    </message>
</context>
</TS>