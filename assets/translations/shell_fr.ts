<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AidText</name>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="46" />
        <source>Only homes qualify, not plots or premises.</source>
        <translation>Seuls les logements sont concernés, pas les terrains ni les locaux.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="49" />
        <source>Only new homes sold for the first time qualify.</source>
        <translation>Seuls les logements neufs vendus pour la première fois sont concernés.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="52" />
        <source>The building permit is older than the programme allows.</source>
        <translation>Le permis de construire est antérieur à la date prévue par le programme.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="55" />
        <source>The home has fewer rooms than required.</source>
        <translation>Le logement a moins de pièces que le minimum requis.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="58" />
        <source>The price is not known yet.</source>
        <translation>Le prix n'est pas encore connu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="61" />
        <source>The price is above the programme's limit.</source>
        <translation>Le prix dépasse le plafond du programme.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="74" />
        <source>Rules %1 of %2. Indication only: final decision on daamsakane.ma.</source>
        <translation>Règles %1 du %2. Simple indication : la décision finale est prise sur daamsakane.ma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="81" />
        <source>Daam Sakane: this home may qualify for %1 of aid</source>
        <translation>Daam Sakane : ce logement peut ouvrir droit à %1 d'aide</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="87" />
        <source>If you meet the buyer conditions.</source>
        <translation>Si vous remplissez les conditions de l'acheteur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="94" />
        <source>Daam Sakane: this home does not qualify</source>
        <translation>Daam Sakane : ce logement n'ouvre pas droit à l'aide</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="100" />
        <source>Daam Sakane: this plot does not qualify</source>
        <translation>Daam Sakane : ce terrain n'ouvre pas droit à l'aide</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="102" />
        <source>Daam Sakane: these premises do not qualify</source>
        <translation>Daam Sakane : ce local n'ouvre pas droit à l'aide</translation>
    </message>
</context>
<context>
    <name>CompareScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="134" />
        <source>See</source>
        <translation>Voir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="135" />
        <source>See %1</source>
        <translation>Voir %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="137" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="138" />
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="147" />
        <source>Unit</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="148" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="149" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="150" />
        <source>Surface</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="151" />
        <source>Rooms</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="152" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="153" />
        <source>Price in %1</source>
        <translation>Prix en %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="154" />
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="155" />
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="156" />
        <source>Daam Sakane</source>
        <translation>Daam Sakane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="172" />
        <source>May qualify</source>
        <translation>Peut en bénéficier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="172" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="177" />
        <source>My selection</source>
        <translation>Ma sélection</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="179" />
        <source>Your selection is empty. Add up to 4 units from their page to compare them.</source>
        <translation>Votre sélection est vide. Ajoutez jusqu'à 4 biens depuis leur page pour les comparer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="181" />
        <source>Search the catalog</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="182" />
        <source>I'm interested</source>
        <translation>Je suis intéressé(e)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="183" />
        <source>Print a brochure</source>
        <translation>Imprimer une brochure</translation>
    </message>
</context>
<context>
    <name>DetailScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="226" />
        <source>Your selection is full (4 units). Remove one to add this one.</source>
        <translation>Votre sélection est complète (4 biens). Retirez-en un pour ajouter celui-ci.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="234" />
        <source>Remove from my selection</source>
        <translation>Retirer de ma sélection</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="234" />
        <source>Add to my selection</source>
        <translation>Ajouter à ma sélection</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="241" />
        <source>This unit is no longer in the catalog.</source>
        <translation>Ce bien n'est plus au catalogue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="278" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="279" />
        <source>Surface</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="280" />
        <source>Rooms</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="281" />
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="282" />
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="283" />
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="284" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="289" />
        <source>Simulate my loan</source>
        <translation>Simuler mon crédit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="290" />
        <source>Print a brochure</source>
        <translation>Imprimer une brochure</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="291" />
        <source>I'm interested</source>
        <translation>Je suis intéressé(e)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="295" />
        <source>%1 (not available)</source>
        <translation>%1 (non disponible)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="285" />
        <source>The programme %1: photos, units, map</source>
        <translation>Le programme %1 : photos, biens, carte</translation>
    </message>
</context>
<context>
    <name>FacetSection</name>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="1" />
        <source>Up to %1</source>
        <translation>Jusqu'à %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="1" />
        <source>%1 rooms or more</source>
        <translation>%1 pièces ou plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="78" />
        <source>Show fewer</source>
        <translation>Afficher moins</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="78" />
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/facets.py" line="92" />
        <source>%1, %n result(s)</source>
        <translation>
            <numerusform>%1, %n résultat</numerusform>
            <numerusform>%1, %n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="67" />
        <source>Find your home in Morocco</source>
        <translation>Trouvez votre logement au Maroc</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="68" />
        <source>Touch a tile to begin</source>
        <translation>Touchez une case pour commencer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="70" />
        <source>Search by city</source>
        <translation>Chercher par ville</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="71" />
        <source>Homes, plots or business premises</source>
        <translation>Logements, terrains ou locaux</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="72" />
        <source>Search by budget</source>
        <translation>Chercher par budget</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="73" />
        <source>Am I eligible for Daam Sakane?</source>
        <translation>Ai-je droit à Daam Sakane ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="74" />
        <source>Simulate my loan</source>
        <translation>Simuler mon crédit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="75" />
        <source>Talk to an advisor</source>
        <translation>Parler à un conseiller</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="81" />
        <source>%1 (not available)</source>
        <translation>%1 (non disponible)</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="1" />
        <source>Yes, finish</source>
        <translation>Oui, terminer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="1" />
        <source>No, continue</source>
        <translation>Non, continuer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="1" />
        <source>Your contact is not sent yet.</source>
        <translation>Vos coordonnées ne sont pas encore envoyées.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="1" />
        <source>Finish and erase what you typed?</source>
        <translation>Terminer et effacer ce que vous avez saisi ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="137" />
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="140" />
        <source>Your search will be cleared for the next visitor if nobody touches the screen.</source>
        <translation>Votre recherche sera effacée pour le visiteur suivant si personne ne touche l'écran.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="143" />
        <location filename="../../kiosk/ui/idle.py" line="144" />
        <source>Yes, continue</source>
        <translation>Oui, je continue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="145" />
        <location filename="../../kiosk/ui/idle.py" line="146" />
        <source>Finish now</source>
        <translation>Terminer maintenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="151" />
        <source>%n second(s) left</source>
        <translation><numerusform>%n seconde restante</numerusform><numerusform>%n secondes restantes</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="1" />
        <source>Rooms (at least)</source>
        <translation>Pièces (au moins)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="1" />
        <source>Price up to</source>
        <translation>Prix jusqu'à</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/results.py" line="183" />
        <source>%Ln result(s)</source>
        <translation><numerusform>%Ln résultat</numerusform><numerusform>%Ln résultats</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="233" />
        <source>Choose a city</source>
        <translation>Choisissez une ville</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="234" />
        <source>Homes, plots or business premises?</source>
        <translation>Logement, terrain ou local ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="235" />
        <source>Choose your budget</source>
        <translation>Choisissez votre budget</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="237" />
        <source>Search the catalog</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="240" />
        <source>Type a city, a programme, a type…</source>
        <translation>Tapez une ville, un projet, un type…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="241" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="243" />
        <source>Best match</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="244" />
        <source>Price: low to high</source>
        <translation>Prix croissant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="245" />
        <source>Price: high to low</source>
        <translation>Prix décroissant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="246" />
        <source>Largest first</source>
        <translation>Plus grands d'abord</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="247" />
        <source>Smallest first</source>
        <translation>Plus petits d'abord</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="255" />
        <source>Sort</source>
        <translation>Trier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="256" />
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="259" />
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="260" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="262" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="264" />
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Map of Morocco</source>
        <translation>Carte du Maroc</translation>
    </message>
</context>
<context>
    <name>SorryOverlay</name>
    <message>
        <location filename="../../kiosk/ui/guard.py" line="40" />
        <source>Sorry — starting again</source>
        <translation>Désolé — on recommence</translation>
    </message>
</context>
<context>
    <name>StaffAccess</name>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="60" />
        <source>The staff PIN pad is not installed.</source>
        <translation>Le clavier du code du personnel n'est pas installé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="64" />
        <location filename="../../kiosk/ui/staff_access.py" line="65" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="93" />
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="98" />
        <source>Catalog problem: %1</source>
        <translation>Problème de catalogue : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="102" />
        <source>Open the staff console</source>
        <translation>Ouvrir la console du personnel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="107" />
        <source>Back to the visitor screens</source>
        <translation>Revenir aux écrans visiteurs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="110" />
        <source>Quit the kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/topbar.py" line="145" />
        <location filename="../../kiosk/ui/topbar.py" line="146" />
        <source>My selection (%n)</source>
        <translation><numerusform>Ma sélection (%n)</numerusform><numerusform>Ma sélection (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="153" />
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="154" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="155" />
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="160" />
        <source>Large text</source>
        <translation>Grand texte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="161" />
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/unavailable.py" line="36" />
        <source>Welcome to the Al Omrane stand</source>
        <translation>Bienvenue sur le stand Al Omrane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/unavailable.py" line="38" />
        <source>The catalog is being updated. Our advisors on the stand will gladly help you.</source>
        <translation>Le catalogue est en cours de mise à jour. Nos conseillers sur le stand vous accueillent avec plaisir.</translation>
    </message>
</context>
<context>
    <name>UnitText</name>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="22" />
        <source>Ref. %1</source>
        <translation>Réf. %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="25" />
        <source>Delivery %1</source>
        <translation>Livraison %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="60" />
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="75" />
        <source>Ground floor</source>
        <translation>Rez-de-chaussée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="76" />
        <source>Floor %1</source>
        <translation>Étage %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="86" />
        <source>%1 per m²</source>
        <translation>%1 le m²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="89" />
        <source>Price on request</source>
        <translation>Prix sur demande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="111" />
        <source>%1 = %2 (indicative rate)</source>
        <translation>%1 = %2 (taux indicatif)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="116" />
        <source>%1 = %2 on %3 (indicative rate)</source>
        <translation>%1 = %2 au %3 (taux indicatif)</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Illustration</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>Previous picture</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Two fingers to zoom, one to move</source>
        <translation>Deux doigts pour agrandir, un doigt pour déplacer</translation>
    </message>
</context>
<context>
    <name>ChipText</name>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="47" />
        <source>%1 rooms or more</source>
        <translation>%1 pièces ou plus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="50" />
        <source>From %1 m²</source>
        <translation>À partir de %1 m²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="50" />
        <source>Up to %1 m²</source>
        <translation>Jusqu'à %1 m²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="54" />
        <source>From %1</source>
        <translation>À partir de %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="54" />
        <source>Up to %1</source>
        <translation>Jusqu'à %1</translation>
    </message>
</context>
<context>
    <name>NoResultsPanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="206" />
        <source>Nothing matches all of this. Nearest results:</source>
        <translation>Aucun bien ne correspond à tout cela. Les plus proches :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="208" />
        <source>Nothing matches this search.</source>
        <translation>Aucun bien ne correspond à cette recherche.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="218" />
        <source>Talk to an advisor</source>
        <translation>Parler à un conseiller</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="225" />
        <source>your filter</source>
        <translation>votre filtre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/understood.py" line="230" />
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="232" />
        <source>Show everything (%1)</source>
        <translation>Tout afficher (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="233" />
        <source>Without %1: %2</source>
        <translation>Sans %1 : %2</translation>
    </message>
</context>
<context>
    <name>UnderstoodBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="122" />
        <source>Remove filter: %1</source>
        <translation>Retirer le filtre : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="137" />
        <source>Results for %1</source>
        <translation>Résultats pour %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="140" />
        <source>Search instead for %1</source>
        <translation>Chercher plutôt %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="144" />
        <source>Results for %1, as typed</source>
        <translation>Résultats pour %1, tel que tapé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="146" />
        <source>Correct my spelling</source>
        <translation>Corriger mon orthographe</translation>
    </message>
</context>
<context>
    <name>TakeawayQr</name>
    <message>
        <location filename="../../kiosk/ui/widgets/takeaway_qr.py" line="80" />
        <source>Take it with you: scan to keep this on your phone</source>
        <translation>À emporter : scannez pour garder ceci sur votre téléphone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/takeaway_qr.py" line="96" />
        <source>Send me my selection</source>
        <translation>Envoyez-moi ma sélection</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Where would you like to live?</source>
        <translation>Où aimeriez-vous habiter ?</translation>
    </message>
    <message>
        <source>Touch a region of the map, or choose it in the list.</source>
        <translation>Touchez une région de la carte, ou choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>Touch a city: the number is the homes, plots and premises available.</source>
        <translation>Touchez une ville : le nombre indique les logements, terrains et locaux disponibles.</translation>
    </message>
    <message>
        <source>Everything in this region</source>
        <translation>Tout dans cette région</translation>
    </message>
    <message>
        <source>All of Morocco</source>
        <translation>Tout le Maroc</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="150" />
        <source>This programme is no longer in the catalog.</source>
        <translation>Ce programme n'est plus au catalogue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="167" />
        <location filename="../../kiosk/ui/screens/programme.py" line="196" />
        <source>Delivery date to be confirmed</source>
        <translation>Date de livraison à confirmer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/programme.py" line="170" />
        <source>See its %n unit(s) in the results</source>
        <translation>
            <numerusform>Voir son %n bien dans les résultats</numerusform>
            <numerusform>Voir ses %n biens dans les résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/programme.py" line="183" />
        <source>%n unit(s) available</source>
        <translation>
            <numerusform>%n bien disponible</numerusform>
            <numerusform>%n biens disponibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="190" />
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/programme.py" line="198" />
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n bien</numerusform>
            <numerusform>%n biens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="226" />
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="227" />
        <source>Its units</source>
        <translation>Ses biens</translation>
    </message>
</context>
</TS>