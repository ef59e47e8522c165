<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ReadinessQuestions</name>
    <message>
        <source>Three quick questions (optional)</source>
        <translation>Trois questions rapides (facultatif)</translation>
    </message>
    <message>
        <source>Skip these questions</source>
        <translation>Passer ces questions</translation>
    </message>
    <message>
        <source>When is your project?</source>
        <translation>Quand se fera votre projet ?</translation>
    </message>
    <message>
        <source>How will you pay?</source>
        <translation>Comment allez-vous financer ?</translation>
    </message>
    <message>
        <source>Do you already own a home in Morocco?</source>
        <translation>Êtes-vous déjà propriétaire au Maroc ?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>TakeawayQr</name>
    <message>
        <source>Take it with you: scan to keep this on your phone</source>
        <translation>À emporter : scannez pour garder cette sélection sur votre téléphone</translation>
    </message>
</context>
</TS>
