<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>FirstStartScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="94" />
        <source>Setting up this stand</source>
        <translation>Mise en service du stand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="103" />
        <source>Skip this step</source>
        <translation>Passer cette étape</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="104" />
        <location filename="../../kiosk/ui/screens/first_start.py" line="206" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="130" />
        <source>Which event is this stand at?</source>
        <translation>Sur quel événement se trouve ce stand ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="144" />
        <source>Another profile file…</source>
        <translation>Autre fichier de profil…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="150" />
        <source>Choose the staff PIN (at least 6 digits)</source>
        <translation>Choisissez le code PIN du personnel (6 chiffres au moins)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="153" />
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="153" />
        <source>PIN again</source>
        <translation>Code PIN (confirmation)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="163" />
        <source>The PIN opens the staff console and protects visitors' data. It cannot be recovered: keep it with the stand's papers.</source>
        <translation>Le code PIN ouvre la console du personnel et protège les données des visiteurs. Il ne peut pas être retrouvé : gardez-le avec les papiers du stand.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="173" />
        <source>Connect to headquarters (enrollment file or code)</source>
        <translation>Connexion au siège (fichier ou code d'enrôlement)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="174" />
        <source>Open an enrollment file…</source>
        <translation>Ouvrir un fichier d'enrôlement…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="178" />
        <source>…or paste the enrollment code here</source>
        <translation>…ou collez le code d'enrôlement ici</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="179" />
        <source>Enrollment code</source>
        <translation>Code d'enrôlement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="183" />
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="185" />
        <source>Print a test page</source>
        <translation>Imprimer une page de test</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="192" />
        <source>Screen and touch: touch the four dots</source>
        <translation>Écran tactile : touchez les quatre points</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="194" />
        <source>Touch works everywhere.</source>
        <translation>Le toucher fonctionne partout.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="203" />
        <source>Step {0} of {1}</source>
        <translation>Étape {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="206" />
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="212" />
        <source>Screen: {0} × {1} pixels</source>
        <translation>Écran : {0} × {1} pixels</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="241" />
        <source>Choose an event.</source>
        <translation>Choisissez un événement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="248" />
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN sont différents.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="260" />
        <source>Open a file or paste a code, or skip this step.</source>
        <translation>Ouvrez un fichier ou collez un code, ou passez cette étape.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="312" />
        <source>Configured: {0} {1} ({2}) — other printers: {3}</source>
        <translation>Configurée : {0} {1} ({2}) — autres imprimantes : {3}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="275" />
        <source>Touch the four dots first, or skip this step.</source>
        <translation>Touchez d'abord les quatre points, ou passez cette étape.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="283" />
        <source>Event profile</source>
        <translation>Profil d'événement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="300" />
        <source>Enrollment file</source>
        <translation>Fichier d'enrôlement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="342" />
        <source>Test page sent. Check the printer.</source>
        <translation>Page de test envoyée. Vérifiez l'imprimante.</translation>
    </message>
</context>
<context>
    <name>TouchTarget</name>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="71" />
        <source>Touch target {0}</source>
        <translation>Cible tactile {0}</translation>
    </message>
</context>
</TS>