<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>JamPanel</name>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="24" />
        <source>leads</source>
        <translation>contactos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="25" />
        <source>erasures</source>
        <translation>supresiones</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="26" />
        <source>catalog</source>
        <translation>catálogo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="27" />
        <source>counters</source>
        <translation>contadores</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="28" />
        <source>heartbeat</source>
        <translation>señal de vida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="37" />
        <source>{0} d {1} h</source>
        <translation>{0} d {1} h</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="39" />
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="41" />
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="56" />
        <source>Sync: no failed attempt.</source>
        <translation>Sincronización: ningún intento fallido.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="59" />
        <source>HTTP {0}</source>
        <translation>HTTP {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="61" />
        <source>no answer from HQ</source>
        <translation>sin respuesta de la sede</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="64" />
        <source>Sync of {0}: {1} failed attempt(s) in a row, last answer {2}: {3}</source>
        <translation>Sincronización ({0}): {1} intento(s) fallido(s) seguidos, última respuesta {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="72" />
        <source>{0} online without progress.</source>
        <translation>{0} en línea sin avanzar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="76" />
        <source>Oldest lead waiting: {0} ({1} waiting).</source>
        <translation>Contacto más antiguo en espera: {0} ({1} en espera).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="82" />
        <source>Sync is jammed: leads stay on this laptop. Call HQ support.</source>
        <translation>La sincronización está bloqueada: los contactos se quedan en este ordenador. Llamad al soporte de la sede.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="84" />
        <source>Sync is slow: HQ answers but nothing moves.</source>
        <translation>La sincronización no avanza: la sede responde pero no sale nada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="26" />
        <source>selections to send</source>
        <translation>selecciones por enviar</translation>
    </message>
</context>
<context>
    <name>StaffConsoleScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="76" />
        <source>Staff console</source>
        <translation>Consola del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="77" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="85" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="94" />
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="112" />
        <location filename="../../kiosk/ui/staff/console.py" line="113" />
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="114" />
        <source>Show the leads</source>
        <translation>Mostrar los contactos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="116" />
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="122" />
        <location filename="../../kiosk/ui/staff/console.py" line="326" />
        <source>Locked: enter the PIN to see visitors' contacts.</source>
        <translation>Bloqueado: introducid el PIN para ver los contactos de los visitantes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="125" />
        <source>Saved (UTC)</source>
        <translation>Guardado (UTC)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="126" />
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="127" />
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="128" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="129" />
        <source>Desk</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="130" />
        <location filename="../../kiosk/ui/staff/console.py" line="158" />
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="143" />
        <source>Leads</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="151" />
        <source>Send quarantined leads again</source>
        <translation>Reenviar los contactos en cuarentena</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="163" />
        <source>Desk queues</source>
        <translation>Colas de los mostradores</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="170" />
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="170" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="170" />
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="170" />
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="173" />
        <source>Retry selected</source>
        <translation>Reintentar la selección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="174" />
        <source>Cancel selected</source>
        <translation>Cancelar la selección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="182" />
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="210" />
        <source>Visitors: {0}</source>
        <translation>Visitantes: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="211" />
        <source>Searches: {0}</source>
        <translation>Búsquedas: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="212" />
        <source>Leads: {0}</source>
        <translation>Contactos: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="213" />
        <source>Tickets: {0}</source>
        <translation>Tickets: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="214" />
        <source>Tickets by desk: {0}</source>
        <translation>Tickets por mostrador: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="217" />
        <source>Languages: {0}</source>
        <translation>Idiomas: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="236" />
        <source>HQ: {0} — last success {1} — last error: {2}</source>
        <translation>Sede: {0} — último éxito {1} — último error: {2}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="268" />
        <source>Call next</source>
        <translation>Llamar al siguiente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="304" />
        <source>Opening the leads…</source>
        <translation>Abriendo los contactos…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="320" />
        <source>{0} lead(s). The list locks after 2 minutes without a touch.</source>
        <translation>Contactos: {0}. La lista se bloquea tras 2 minutos sin tocarla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="344" />
        <source>Now calling {0}</source>
        <translation>Llamando al {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="344" />
        <source>Nobody waiting</source>
        <translation>Nadie en espera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="92" />
        <source>Sent selections</source>
        <translation>Selecciones enviadas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="103" />
        <source>Stand hub</source>
        <translation>Puesto central</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="58" />
        <source>Export the leads (USB key)</source>
        <translation>Exportar los contactos (memoria USB)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="60" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="67" />
        <source>Phone number, with +country</source>
        <translation>Número de teléfono, con +prefijo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="68" />
        <source>Phone number to erase</source>
        <translation>Número de teléfono que suprimir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="70" />
        <source>Erase a visitor on request</source>
        <translation>Suprimir a un visitante a petición suya</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="72" />
        <location filename="../../kiosk/ui/staff/tools.py" line="167" />
        <source>Erase</source>
        <translation>Suprimir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="80" />
        <source>Retention purge</source>
        <translation>Depuración por plazo de conservación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="82" />
        <source>Purge now</source>
        <translation>Depurar ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="97" />
        <source>Event profile</source>
        <translation>Perfil del evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="97" />
        <source>Use this event</source>
        <translation>Usar este evento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="110" />
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="111" />
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="112" />
        <source>New PIN again</source>
        <translation>PIN nuevo (confirmación)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="120" />
        <source>Change the staff PIN</source>
        <translation>Cambiar el PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="120" />
        <source>Change PIN</source>
        <translation>Cambiar PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="125" />
        <source>Self-check</source>
        <translation>Autodiagnóstico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="125" />
        <source>Check now</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="154" />
        <source>{0} lead(s) past {1} months</source>
        <translation>Contactos de más de {1} meses: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="176" />
        <source>Unlock the console first (Leads tab, staff PIN).</source>
        <translation>Desbloquead primero la consola (pestaña Contactos, PIN del personal).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="183" />
        <source>Export to which folder?</source>
        <translation>¿Exportar a qué carpeta?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="193" />
        <source>{0} lead(s) written to {1}</source>
        <translation>Contactos escritos en {1}: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="198" />
        <source>Type the visitor's phone number.</source>
        <translation>Escribid el número de teléfono del visitante.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="218" />
        <source>{0} lead(s) erased; HQ is told at the next sync.</source>
        <translation>Contactos suprimidos: {0}; la sede lo sabrá en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="229" />
        <source>Confirm erase</source>
        <translation>Confirmar la supresión</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="232" />
        <source>{0}: {1} lead(s) on this stand, events {2}, left {3} to {4}, {5} ticket(s). Tap again to erase them; HQ erases this number everywhere at the next sync.</source>
        <translation>{0}: contactos en este stand: {1}, eventos {2}, dejados del {3} al {4}, tickets: {5}. Tocad de nuevo para suprimirlos; la sede suprime este número en todas partes en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="248" />
        <source>{0} lead(s) purged.</source>
        <translation>Contactos depurados: {0}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="258" />
        <source>Event set to {0}; it applies at the next start.</source>
        <translation>Evento elegido: {0}; se aplica en el próximo arranque.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="263" />
        <source>The two new PINs differ.</source>
        <translation>Los dos PIN nuevos no coinciden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="278" />
        <source>PIN changed; every lead stays readable.</source>
        <translation>PIN cambiado; todos los contactos siguen siendo legibles.</translation>
    </message>
</context>
<context>
    <name>SendsTab</name>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="38" />
        <source>Asked (UTC)</source>
        <translation>Solicitado (UTC)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="39" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="40" />
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="41" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="42" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="72" />
        <source>Selections to send: {0}</source>
        <translation>Selecciones por enviar: {0}</translation>
    </message>
</context>
<context>
    <name>HubTab</name>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="50" />
        <source>Address shown on the hub, or scan its code</source>
        <translation>Dirección mostrada por el puesto central, o escanee su código</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="57" />
        <source>Hub address</source>
        <translation>Dirección del puesto central</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="58" />
        <source>Pairing code</source>
        <translation>Código de emparejamiento</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="59" />
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="62" />
        <source>Find hubs on this network</source>
        <translation>Buscar puestos centrales en esta red</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="64" />
        <source>Join this hub</source>
        <translation>Unirse a este puesto central</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="91" />
        <source>This kiosk is not joined to a stand hub.</source>
        <translation>Este quiosco no está unido a un puesto central del stand.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="93" />
        <source>Joined to the stand hub at {0}.</source>
        <translation>Unido al puesto central del stand: {0}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="114" />
        <source>This laptop is the stand hub: {0}, pairing code {1}</source>
        <translation>Este portátil es el puesto central del stand: {0}, código de emparejamiento {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="135" />
        <source>Hub {0} at {1}</source>
        <translation>Puesto central {0} en {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="139" />
        <source>No hub announced here: type the address it shows.</source>
        <translation>Ningún puesto central anunciado aquí: escriba la dirección que muestra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="162" />
        <source>Joined: tickets are now numbered by the stand hub.</source>
        <translation>Unido: el puesto central numera ahora los tickets.</translation>
    </message>
</context>
<context>
    <name>StandPanel</name>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="46" />
        <source>The stand hub cannot be reached now.</source>
        <translation>No se puede contactar ahora con el puesto central del stand.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="53" />
        <source>The whole stand</source>
        <translation>Todo el stand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="55" />
        <source>alive</source>
        <translation>activo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="55" />
        <source>silent</source>
        <translation>en silencio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="57" />
        <source>{0} — {1} · printer: {2} · waiting for HQ: {3} · catalog {4} · last sync: {5}</source>
        <translation>{0} — {1} · impresora: {2} · pendientes para la sede: {3} · catálogo {4} · última sincronización: {5}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="68" />
        <source>{0}: waiting {1}, called {2}, done {3} · today {4} tickets, {5} served, {6} no-show</source>
        <translation>{0}: en espera {1}, llamados {2}, atendidos {3} · hoy {4} tickets, {5} atendidos, {6} ausentes</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>nada en curso</translation>
    </message>
</context>
</TS>