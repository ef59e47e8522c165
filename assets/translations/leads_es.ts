<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>LeadFormScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="174" />
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="179" />
        <source>Leave your contact: an advisor will call you back</source>
        <translation>Déjanos tus datos: un asesor te llamará</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="188" />
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="189" />
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="190" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="191" />
        <source>E-mail (optional)</source>
        <translation>Correo electrónico (opcional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="192" />
        <source>Country of residence</source>
        <translation>País de residencia</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="193" />
        <source>City of residence</source>
        <translation>Ciudad de residencia</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="194" />
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="195" />
        <source>Advisor wanted</source>
        <translation>Asesor deseado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="196" />
        <source>Units you are interested in</source>
        <translation>Inmuebles que te interesan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="197" />
        <source>Budget (optional)</source>
        <translation>Presupuesto (opcional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="198" />
        <source>Moroccan living abroad?</source>
        <translation>¿Marroquí residente en el extranjero?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="208" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="209" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="210" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="211" />
        <source>Just give me a ticket</source>
        <translation>Solo quiero un número</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="212" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="234" />
        <source>Tick “Call me back” above first: then you can type your contact.</source>
        <translation>Marca primero «Llamadme» aquí arriba: después podrás escribir tus datos de contacto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="246" />
        <source>The privacy notice is unavailable: ask the staff.</source>
        <translation>El aviso de privacidad no está disponible: pregunta al personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="252" />
        <source>Privacy notice, version {0}</source>
        <translation>Aviso de privacidad, versión {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="269" />
        <source>Without “call me back”, none of your personal data is stored. You can still take a ticket for an advisor desk.</source>
        <translation>Sin «Llamadme» no se guarda ninguno de tus datos personales. Aun así puedes coger un número para un asesor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="294" />
        <source>Remove {0}</source>
        <translation>Quitar {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="299" />
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="355" />
        <source>Sorry, your contact could not be saved. Please ask the staff.</source>
        <translation>Lo sentimos, no se han podido guardar tus datos. Pregunta al personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="381" />
        <source>Sorry, no ticket could be issued. Please ask the staff.</source>
        <translation>Lo sentimos, no se ha podido emitir el número. Pregunta al personal.</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="81" />
        <source>Thank you! Here is your ticket</source>
        <translation>¡Gracias! Aquí tienes tu número</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="83" />
        <source>Keep your number: the advisor will call it. Show the code at the desk.</source>
        <translation>Guarda tu número: el asesor lo llamará. Muestra el código en el mostrador.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="85" />
        <source>Print my ticket</source>
        <translation>Imprimir mi número</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="86" />
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="119" />
        <source>Ticket {0}</source>
        <translation>Número {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="173" />
        <source>Your ticket will be printed shortly; you can also photograph the code.</source>
        <translation>Tu número se imprimirá enseguida; también puedes fotografiar el código.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="175" />
        <source>Your ticket is ready: the staff will print it for you.</source>
        <translation>Tu número está listo: el personal del stand te lo imprime.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="177" />
        <source>Your ticket is printing.</source>
        <translation>Tu número se está imprimiendo.</translation>
    </message>
    <message>
        <source>Your contact is saved. Show the code below at the desk.</source>
        <translation>Sus datos se han guardado. Muestre el código de abajo en el mostrador.</translation>
    </message>
</context>
<context>
    <name>ReadinessQuestions</name>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="57" />
        <source>Three quick questions (optional)</source>
        <translation>Tres preguntas rápidas (opcionales)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="58" />
        <source>Skip these questions</source>
        <translation>Saltar estas preguntas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="60" />
        <source>When is your project?</source>
        <translation>¿Para cuándo es tu proyecto?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="61" />
        <source>How will you pay?</source>
        <translation>¿Cómo vas a pagar?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="62" />
        <source>Do you already own a home in Morocco?</source>
        <translation>¿Ya tienes una vivienda en propiedad en Marruecos?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="68" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="69" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SendSelectionScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="116" />
        <source>Send me my selection</source>
        <translation>Enviadme mi selección</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="118" />
        <source>We send you the link to your selection once, the way you choose.</source>
        <translation>Te enviamos una sola vez el enlace de tu selección, por el medio que elijas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="124" />
        <source>Your e-mail address</source>
        <translation>Tu correo electrónico</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="125" />
        <source>Your mobile number</source>
        <translation>Tu número de móvil</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="126" />
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="127" />
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="149" />
        <source>I agree that Al Omrane sends me this selection once by {0}, as the privacy notice says (purpose “Send me my selection”, version {1}).</source>
        <translation>Acepto que Al Omrane me envíe esta selección una sola vez por {0}, como indica el aviso de privacidad (finalidad «Enviadme mi selección», versión {1}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="166" />
        <source>Thank you: your selection will be sent as soon as the stand is connected. You can stop any further message from the link it contains.</source>
        <translation>Gracias: tu selección se enviará en cuanto el stand esté conectado. Desde el enlace que contiene puedes dejar de recibir mensajes.</translation>
    </message>
</context>
</TS>