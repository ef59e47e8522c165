<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>LeadFormScreen</name>
    <message>
        <source>Tick “Call me back” above first: then you can type your contact.</source>
        <translation>Cochez d'abord « Me rappeler » ci-dessus : vous pourrez ensuite saisir vos coordonnées.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="200" />
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="205" />
        <source>Leave your contact: an advisor will call you back</source>
        <translation>Laissez vos coordonnées : un conseiller vous rappellera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="214" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="215" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="216" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="217" />
        <source>E-mail (optional)</source>
        <translation>E-mail (facultatif)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="218" />
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="219" />
        <source>City of residence</source>
        <translation>Ville de résidence</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="220" />
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="221" />
        <source>Advisor wanted</source>
        <translation>Conseiller souhaité</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="222" />
        <source>Units you are interested in</source>
        <translation>Biens qui vous intéressent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="223" />
        <source>Budget (optional)</source>
        <translation>Budget (facultatif)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="224" />
        <source>Moroccan living abroad?</source>
        <translation>Marocain résidant à l'étranger ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="239" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="240" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="241" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="242" />
        <source>Just give me a ticket</source>
        <translation>Juste un ticket, merci</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="243" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="255" />
        <source>The privacy notice is unavailable: ask the staff.</source>
        <translation>La notice de confidentialité est indisponible : adressez-vous au personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="268" />
        <source>Privacy notice, version {0}</source>
        <translation>Notice de confidentialité, version {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="279" />
        <source>Without “call me back”, none of your personal data is stored. You can still take a ticket for an advisor desk.</source>
        <translation>Sans « me rappeler », aucune de vos données personnelles n'est conservée. Vous pouvez quand même prendre un ticket pour un conseiller.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="308" />
        <source>Remove {0}</source>
        <translation>Retirer {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="312" />
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="366" />
        <source>Sorry, your contact could not be saved. Please ask the staff.</source>
        <translation>Désolé, vos coordonnées n'ont pas pu être enregistrées. Adressez-vous au personnel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="385" />
        <source>Sorry, no ticket could be issued. Please ask the staff.</source>
        <translation>Désolé, aucun ticket n'a pu être délivré. Adressez-vous au personnel.</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <source>Your ticket is ready: the staff will print it for you.</source>
        <translation>Votre ticket est prêt : l'équipe du stand l'imprime pour vous.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="78" />
        <source>Thank you! Here is your ticket</source>
        <translation>Merci ! Voici votre ticket</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="80" />
        <source>Keep your number: the advisor will call it. Show the code at the desk.</source>
        <translation>Gardez votre numéro : le conseiller l'appellera. Présentez le code au comptoir.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="82" />
        <source>Print my ticket</source>
        <translation>Imprimer mon ticket</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="83" />
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="122" />
        <source>Ticket {0}</source>
        <translation>Ticket {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="164" />
        <source>Your ticket will be printed shortly; you can also photograph the code.</source>
        <translation>Votre ticket sera imprimé sous peu ; vous pouvez aussi photographier le code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="166" />
        <source>Your ticket is printing.</source>
        <translation>Votre ticket est en cours d'impression.</translation>
    </message>
    <message>
        <source>Your contact is saved. Show the code below at the desk.</source>
        <translation>Vos coordonnées sont enregistrées. Présentez le code ci-dessous au guichet.</translation>
    </message>
</context>
<context>
    <name>ReadinessQuestions</name>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="57" />
        <source>Three quick questions (optional)</source>
        <translation>Trois questions rapides (facultatives)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="58" />
        <source>Skip these questions</source>
        <translation>Passer ces questions</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="60" />
        <source>When is your project?</source>
        <translation>Pour quand est votre projet ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="61" />
        <source>How will you pay?</source>
        <translation>Comment allez-vous payer ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="62" />
        <source>Do you already own a home in Morocco?</source>
        <translation>Êtes-vous déjà propriétaire d'un logement au Maroc ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="68" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="69" />
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>SendSelectionScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="116" />
        <source>Send me my selection</source>
        <translation>Envoyez-moi ma sélection</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="118" />
        <source>We send you the link to your selection once, the way you choose.</source>
        <translation>Nous vous envoyons une seule fois le lien de votre sélection, par le moyen de votre choix.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="124" />
        <source>Your e-mail address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="125" />
        <source>Your mobile number</source>
        <translation>Votre numéro de mobile</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="126" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="127" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="149" />
        <source>I agree that Al Omrane sends me this selection once by {0}, as the privacy notice says (purpose “Send me my selection”, version {1}).</source>
        <translation>J'accepte qu'Al Omrane m'envoie cette sélection une seule fois par {0}, comme le prévoit la notice d'information (finalité « Envoyez-moi ma sélection », version {1}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="166" />
        <source>Thank you: your selection will be sent as soon as the stand is connected. You can stop any further message from the link it contains.</source>
        <translation>Merci : votre sélection sera envoyée dès que le stand sera connecté. Le lien qu'elle contient vous permet de ne plus rien recevoir.</translation>
    </message>
</context>
</TS>