<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>AidText</name>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="47" />
        <source>Only homes qualify, not plots or premises.</source>
        <translation>Solo cuentan las viviendas, no las parcelas ni los locales.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="50" />
        <source>Only new homes sold for the first time qualify.</source>
        <translation>Solo cuentan las viviendas nuevas vendidas por primera vez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="53" />
        <source>The building permit is older than the programme allows.</source>
        <translation>La licencia de obra es anterior a la fecha que fija el programa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="56" />
        <source>The home has fewer rooms than required.</source>
        <translation>La vivienda tiene menos habitaciones de las exigidas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="59" />
        <source>The price is not known yet.</source>
        <translation>Todavía no se conoce el precio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="62" />
        <source>The price is above the programme's limit.</source>
        <translation>El precio supera el tope del programa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="75" />
        <source>Rules %1 of %2. Indication only: final decision on daamsakane.ma.</source>
        <translation>Reglas %1 del %2. Solo orientativo: la decisión final se toma en daamsakane.ma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="82" />
        <source>Daam Sakane: this home may qualify for %1 of aid</source>
        <translation>Daam Sakane: esta vivienda puede dar derecho a %1 de ayuda</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="88" />
        <source>If you meet the buyer conditions.</source>
        <translation>Si cumples las condiciones del comprador.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="100" />
        <source>Daam Sakane: this plot does not qualify</source>
        <translation>Daam Sakane: esta parcela no da derecho a la ayuda</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="102" />
        <source>Daam Sakane: these premises do not qualify</source>
        <translation>Daam Sakane: este local no da derecho a la ayuda</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="103" />
        <source>Daam Sakane: this home does not qualify</source>
        <translation>Daam Sakane: esta vivienda no da derecho a la ayuda</translation>
    </message>
</context>
<context>
    <name>CompareScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="135" />
        <source>See</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="136" />
        <source>See %1</source>
        <translation>Ver %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="138" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="139" />
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="148" />
        <source>Unit</source>
        <translation>Inmueble</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="149" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="150" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="151" />
        <source>Surface</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="152" />
        <source>Rooms</source>
        <translation>Habitaciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="153" />
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="154" />
        <source>Price in %1</source>
        <translation>Precio en %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="155" />
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="156" />
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="157" />
        <source>Daam Sakane</source>
        <translation>Daam Sakane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="173" />
        <source>May qualify</source>
        <translation>Puede tener derecho</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="173" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="178" />
        <source>My selection</source>
        <translation>Mi selección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="180" />
        <source>Your selection is empty. Add up to 4 units from their page to compare them.</source>
        <translation>Tu selección está vacía. Añade hasta 4 inmuebles desde su página para compararlos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="182" />
        <source>Search the catalog</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="183" />
        <source>I'm interested</source>
        <translation>Me interesa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="184" />
        <source>Print a brochure</source>
        <translation>Imprimir un folleto</translation>
    </message>
</context>
<context>
    <name>DetailScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="248" />
        <source>Your selection is full (4 units). Remove one to add this one.</source>
        <translation>Tu selección está completa (4 inmuebles). Quita uno para añadir este.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="256" />
        <source>Remove from my selection</source>
        <translation>Quitar de mi selección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="256" />
        <source>Add to my selection</source>
        <translation>Añadir a mi selección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="263" />
        <source>This unit is no longer in the catalog.</source>
        <translation>Este inmueble ya no está en el catálogo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="300" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="301" />
        <source>Surface</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="302" />
        <source>Rooms</source>
        <translation>Habitaciones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="303" />
        <source>Floor</source>
        <translation>Planta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="304" />
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="305" />
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="306" />
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="311" />
        <source>Simulate my loan</source>
        <translation>Simular mi hipoteca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="312" />
        <source>Print a brochure</source>
        <translation>Imprimir un folleto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="313" />
        <source>I'm interested</source>
        <translation>Me interesa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="317" />
        <source>%1 (not available)</source>
        <translation>%1 (no disponible)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="285" />
        <source>The programme %1: photos, units, map</source>
        <translation>La promoción %1: fotos, inmuebles, mapa</translation>
    </message>
</context>
<context>
    <name>FacetSection</name>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="76" />
        <source>Show fewer</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="76" />
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/facets.py" line="92" />
        <source>%1, %n result(s)</source>
        <translation>
            <numerusform>%1, %n resultado</numerusform>
            <numerusform>%1, %n resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="210" />
        <source>%1 rooms or more</source>
        <translation>%1 habitaciones o más</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="214" />
        <source>Up to %1</source>
        <translation>Hasta %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="67" />
        <source>Find your home in Morocco</source>
        <translation>Encuentra tu vivienda en Marruecos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="68" />
        <source>Touch a tile to begin</source>
        <translation>Toca una casilla para empezar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="70" />
        <source>Search by city</source>
        <translation>Buscar por ciudad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="71" />
        <source>Homes, plots or business premises</source>
        <translation>Viviendas, parcelas o locales comerciales</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="72" />
        <source>Search by budget</source>
        <translation>Buscar por presupuesto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="73" />
        <source>Am I eligible for Daam Sakane?</source>
        <translation>¿Tengo derecho a Daam Sakane?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="74" />
        <source>Simulate my loan</source>
        <translation>Simular mi hipoteca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="75" />
        <source>Talk to an advisor</source>
        <translation>Hablar con un asesor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="81" />
        <source>%1 (not available)</source>
        <translation>%1 (no disponible)</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="137" />
        <source>Are you still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="140" />
        <source>Your search will be cleared for the next visitor if nobody touches the screen.</source>
        <translation>Si nadie toca la pantalla, tu búsqueda se borrará para el siguiente visitante.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="143" />
        <location filename="../../kiosk/ui/idle.py" line="144" />
        <source>Yes, continue</source>
        <translation>Sí, continuar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="145" />
        <location filename="../../kiosk/ui/idle.py" line="146" />
        <source>Finish now</source>
        <translation>Terminar ahora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="151" />
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="141" />
        <source>Finish and erase what you typed?</source>
        <translation>¿Terminar y borrar lo que has escrito?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="142" />
        <source>Your contact is not sent yet.</source>
        <translation>Tus datos aún no se han enviado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="143" />
        <source>No, continue</source>
        <translation>No, continuar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="143" />
        <source>Yes, finish</source>
        <translation>Sí, terminar</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/results.py" line="203" />
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="253" />
        <source>Choose a city</source>
        <translation>Elige una ciudad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="254" />
        <source>Homes, plots or business premises?</source>
        <translation>¿Vivienda, parcela o local?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="255" />
        <source>Choose your budget</source>
        <translation>Elige tu presupuesto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="257" />
        <source>Search the catalog</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="260" />
        <source>Type a city, a programme, a type…</source>
        <translation>Escribe una ciudad, un proyecto, un tipo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="261" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="263" />
        <source>Best match</source>
        <translation>Relevancia</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="264" />
        <source>Price: low to high</source>
        <translation>Precio ascendente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="265" />
        <source>Price: high to low</source>
        <translation>Precio descendente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="266" />
        <source>Largest first</source>
        <translation>Más grandes primero</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="267" />
        <source>Smallest first</source>
        <translation>Más pequeños primero</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="275" />
        <source>Sort</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="276" />
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="279" />
        <source>Kind</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="280" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="282" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="284" />
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="289" />
        <source>Price up to</source>
        <translation>Precio hasta</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="291" />
        <source>Rooms (at least)</source>
        <translation>Habitaciones (mínimo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="291" />
        <source>Map of Morocco</source>
        <translation>Mapa de Marruecos</translation>
    </message>
</context>
<context>
    <name>SorryOverlay</name>
    <message>
        <location filename="../../kiosk/ui/guard.py" line="40" />
        <source>Sorry — starting again</source>
        <translation>Lo sentimos — volvemos a empezar</translation>
    </message>
</context>
<context>
    <name>StaffAccess</name>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="60" />
        <source>The staff PIN pad is not installed.</source>
        <translation>El teclado del PIN del personal no está instalado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="64" />
        <location filename="../../kiosk/ui/staff_access.py" line="65" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="93" />
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="98" />
        <source>Catalog problem: %1</source>
        <translation>Problema con el catálogo: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="102" />
        <source>Open the staff console</source>
        <translation>Abrir la consola del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="107" />
        <source>Back to the visitor screens</source>
        <translation>Volver a las pantallas de visitantes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="110" />
        <source>Quit the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/topbar.py" line="146" />
        <location filename="../../kiosk/ui/topbar.py" line="147" />
        <source>My selection (%n)</source>
        <translation>
            <numerusform>Mi selección (%n)</numerusform>
            <numerusform>Mi selección (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="154" />
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="155" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="156" />
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="161" />
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="162" />
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/unavailable.py" line="36" />
        <source>Welcome to the Al Omrane stand</source>
        <translation>Bienvenido al stand de Al Omrane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/unavailable.py" line="38" />
        <source>The catalog is being updated. Our advisors on the stand will gladly help you.</source>
        <translation>El catálogo se está actualizando. Nuestros asesores en el stand te atenderán con gusto.</translation>
    </message>
</context>
<context>
    <name>UnitText</name>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="29" />
        <source>Ref. %1</source>
        <translation>Ref. %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="32" />
        <source>Delivery %1</source>
        <translation>Entrega %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="67" />
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="80" />
        <source>Ground floor</source>
        <translation>Planta baja</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="81" />
        <source>Floor %1</source>
        <translation>Planta %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="87" />
        <source>%1 per m²</source>
        <translation>%1 por m²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="90" />
        <source>Price on request</source>
        <translation>Precio a consultar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="112" />
        <source>%1 = %2 (indicative rate)</source>
        <translation>%1 = %2 (cambio orientativo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="117" />
        <source>%1 = %2 on %3 (indicative rate)</source>
        <translation>%1 = %2 a %3 (cambio orientativo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/scenery.py" line="217" />
        <source>Illustration</source>
        <translation>Ilustración</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../kiosk/ui/widgets/gallery.py" line="81" />
        <source>Previous picture</source>
        <translation>Imagen anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/gallery.py" line="82" />
        <source>Next picture</source>
        <translation>Imagen siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/gallery.py" line="93" />
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/gallery.py" line="93" />
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <location filename="../../kiosk/ui/widgets/gallery.py" line="181" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/gallery.py" line="182" />
        <source>Two fingers to zoom, one to move</source>
        <translation>Dos dedos para ampliar, uno para mover</translation>
    </message>
</context>
<context>
    <name>ChipText</name>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="47" />
        <source>%1 rooms or more</source>
        <translation>%1 habitaciones o más</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="50" />
        <source>From %1 m²</source>
        <translation>Desde %1 m²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="50" />
        <source>Up to %1 m²</source>
        <translation>Hasta %1 m²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="54" />
        <source>From %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="54" />
        <source>Up to %1</source>
        <translation>Hasta %1</translation>
    </message>
</context>
<context>
    <name>NoResultsPanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="206" />
        <source>Nothing matches all of this. Nearest results:</source>
        <translation>Ningún inmueble cumple todo esto. Los más cercanos:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="208" />
        <source>Nothing matches this search.</source>
        <translation>Ningún inmueble coincide con esta búsqueda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="218" />
        <source>Talk to an advisor</source>
        <translation>Hablar con un asesor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="225" />
        <source>your filter</source>
        <translation>tu filtro</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/understood.py" line="230" />
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="232" />
        <source>Show everything (%1)</source>
        <translation>Mostrar todo (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="233" />
        <source>Without %1: %2</source>
        <translation>Sin %1: %2</translation>
    </message>
</context>
<context>
    <name>UnderstoodBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="122" />
        <source>Remove filter: %1</source>
        <translation>Quitar el filtro: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="137" />
        <source>Results for %1</source>
        <translation>Resultados para %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="140" />
        <source>Search instead for %1</source>
        <translation>Buscar en su lugar %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="144" />
        <source>Results for %1, as typed</source>
        <translation>Resultados para %1, tal como se escribió</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="146" />
        <source>Correct my spelling</source>
        <translation>Corregir la ortografía</translation>
    </message>
</context>
<context>
    <name>TakeawayQr</name>
    <message>
        <location filename="../../kiosk/ui/widgets/takeaway_qr.py" line="80" />
        <source>Take it with you: scan to keep this on your phone</source>
        <translation>Llévatelo: escanea para guardarlo en tu móvil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/takeaway_qr.py" line="96" />
        <source>Send me my selection</source>
        <translation>Enviadme mi selección</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/map.py" line="178" />
        <source>Where would you like to live?</source>
        <translation>¿Dónde le gustaría vivir?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/map.py" line="179" />
        <source>Touch a region of the map, or choose it in the list.</source>
        <translation>Toque una región del mapa o elíjala en la lista.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/map.py" line="184" />
        <source>Touch a city: the number is the homes, plots and premises available.</source>
        <translation>Toque una ciudad: el número indica las viviendas, parcelas y locales disponibles.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/map.py" line="186" />
        <source>Everything in this region</source>
        <translation>Todo en esta región</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/map.py" line="188" />
        <source>All of Morocco</source>
        <translation>Todo Marruecos</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="150" />
        <source>This programme is no longer in the catalog.</source>
        <translation>Esta promoción ya no está en el catálogo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="167" />
        <location filename="../../kiosk/ui/screens/programme.py" line="196" />
        <source>Delivery date to be confirmed</source>
        <translation>Fecha de entrega por confirmar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/programme.py" line="170" />
        <source>See its %n unit(s) in the results</source>
        <translation>
            <numerusform>Ver su %n inmueble en los resultados</numerusform>
            <numerusform>Ver sus %n inmuebles en los resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/programme.py" line="183" />
        <source>%n unit(s) available</source>
        <translation>
            <numerusform>%n inmueble disponible</numerusform>
            <numerusform>%n inmuebles disponibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="190" />
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/programme.py" line="198" />
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n inmueble</numerusform>
            <numerusform>%n inmuebles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="226" />
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="227" />
        <source>Its units</source>
        <translation>Sus inmuebles</translation>
    </message>
</context>
</TS>