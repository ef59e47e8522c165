<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>BrochurePreviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="1" />
        <source>Code of {0}</source>
        <translation>Code de {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="1" />
        <source>Scan these codes with your phone to see the units online.</source>
        <translation>Scannez ces codes avec votre téléphone pour voir les biens en ligne.</translation>
    </message>
    <message>
        <source>Your brochure is ready: the staff will print it for you.</source>
        <translation>Votre brochure est prête : l'équipe du stand l'imprime pour vous.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="103" />
        <source>Your brochure</source>
        <translation>Votre brochure</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="104" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="105" />
        <source>Scan instead</source>
        <translation>Scanner plutôt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="106" />
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="116" />
        <source>Choose a unit first.</source>
        <translation>Choisissez d'abord un bien.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="131" />
        <source>Sorry, the brochure cannot be made now.</source>
        <translation>Désolé, la brochure ne peut pas être préparée maintenant.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="148" />
        <source>Page {0}</source>
        <translation>Page {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="157" />
        <source>Scan this code with your phone to see the unit online.</source>
        <translation>Scannez ce code avec votre téléphone pour voir le bien en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="175" />
        <source>Your brochure is printing. Please collect it at the desk.</source>
        <translation>Votre brochure s'imprime. Récupérez-la au comptoir.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="180" />
        <source>The printer is not ready: your brochure will follow. You can scan the code now.</source>
        <translation>L'imprimante n'est pas prête : votre brochure suivra. Vous pouvez scanner le code dès maintenant.</translation>
    </message>
</context>
</TS>