<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>FirstStartScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="102" />
        <source>Setting up this stand</source>
        <translation>Mise en service du stand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="111" />
        <source>Skip this step</source>
        <translation>Passer cette étape</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="112" />
        <location filename="../../kiosk/ui/screens/first_start.py" line="213" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="137" />
        <source>Which event is this stand at?</source>
        <translation>Sur quel événement se trouve ce stand ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="151" />
        <source>Another profile file…</source>
        <translation>Autre fichier de profil…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="157" />
        <source>Choose the staff PIN (at least 6 digits)</source>
        <translation>Choisissez le code PIN du personnel (6 chiffres au moins)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="160" />
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="160" />
        <source>PIN again</source>
        <translation>Code PIN (confirmation)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="170" />
        <source>The PIN opens the staff console and protects visitors' data. It cannot be recovered: keep it with the stand's papers.</source>
        <translation>Le code PIN ouvre la console du personnel et protège les données des visiteurs. Il ne peut pas être retrouvé : gardez-le avec les papiers du stand.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="180" />
        <source>Connect to headquarters (enrollment file or code)</source>
        <translation>Connexion au siège (fichier ou code d'enrôlement)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="181" />
        <source>Open an enrollment file…</source>
        <translation>Ouvrir un fichier d'enrôlement…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="185" />
        <source>…or paste the enrollment code here</source>
        <translation>…ou collez le code d'enrôlement ici</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="186" />
        <source>Enrollment code</source>
        <translation>Code d'enrôlement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="190" />
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="192" />
        <source>Print a test page</source>
        <translation>Imprimer une page de test</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="199" />
        <source>Screen and touch: touch the four dots</source>
        <translation>Écran tactile : touchez les quatre points</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="201" />
        <source>Touch works everywhere.</source>
        <translation>Le toucher fonctionne partout.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="210" />
        <source>Step {0} of {1}</source>
        <translation>Étape {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="213" />
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="219" />
        <source>Screen: {0} × {1} pixels</source>
        <translation>Écran : {0} × {1} pixels</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="247" />
        <source>Choose an event.</source>
        <translation>Choisissez un événement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="254" />
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN sont différents.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="265" />
        <source>Open a file or paste a code, or skip this step.</source>
        <translation>Ouvrez un fichier ou collez un code, ou passez cette étape.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="268" />
        <source>Enrollment is not available in this version: skip this step.</source>
        <translation>L'enrôlement n'est pas disponible dans cette version : passez cette étape.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="272" />
        <source>Connected to headquarters.</source>
        <translation>Connecté au siège.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="280" />
        <source>Touch the four dots first, or skip this step.</source>
        <translation>Touchez d'abord les quatre points, ou passez cette étape.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="288" />
        <source>Event profile</source>
        <translation>Profil d'événement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="305" />
        <source>Enrollment file</source>
        <translation>Fichier d'enrôlement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="317" />
        <source>Brochures are saved to a folder (no printer set).</source>
        <translation>Les brochures sont enregistrées dans un dossier (aucune imprimante choisie).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="322" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="323" />
        <source>Configured: {0} {1} — printers found: {2}</source>
        <translation>Configuré : {0} {1} — imprimantes trouvées : {2}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="330" />
        <source>Printing is not available in this version.</source>
        <translation>L'impression n'est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="337" />
        <source>Test page sent. Check the printer.</source>
        <translation>Page de test envoyée. Vérifiez l'imprimante.</translation>
    </message>
</context>
<context>
    <name>TouchTarget</name>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="79" />
        <source>Touch target {0}</source>
        <translation>Cible tactile {0}</translation>
    </message>
</context>
</TS>