<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>AidResultView</name>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="79" />
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="80" />
        <source>Simulate my loan</source>
        <translation>Simular mi hipoteca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="81" />
        <source>Talk to an advisor</source>
        <translation>Hablar con un asesor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="82" />
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="87" />
        <source>✓ You may be eligible for the Daam Sakane aid</source>
        <translation>✓ Podrías tener derecho a la ayuda Daam Sakane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="89" />
        <source>✓ You may be eligible: the amount depends on the price</source>
        <translation>✓ Podrías tener derecho: el importe depende del precio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="91" />
        <source>✗ You may not be eligible for the Daam Sakane aid</source>
        <translation>✗ Parece que no tienes derecho a la ayuda Daam Sakane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="120" />
        <source>The Daam Sakane check is not available right now.</source>
        <translation>La comprobación de Daam Sakane no está disponible en este momento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="124" />
        <source>Please ask an advisor on the stand, or see daamsakane.ma.</source>
        <translation>Pregunta a un asesor del stand o consulta daamsakane.ma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="134" />
        <source>%1 (about %2)</source>
        <translation>%1 (unos %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="144" />
        <source>Price up to %1: %2 of aid</source>
        <translation>Precio hasta %1: %2 de ayuda</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="148" />
        <source>Price from %1 to %2: %3 of aid</source>
        <translation>Precio de %1 a %2: %3 de ayuda</translation>
    </message>
</context>
<context>
    <name>AidScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="249" />
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="314" />
        <source>Daam Sakane: am I eligible?</source>
        <translation>Daam Sakane: ¿tengo derecho?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="315" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="316" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="317" />
        <location filename="../../kiosk/ui/screens/aid.py" line="318" />
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="343" />
        <source>For: %1</source>
        <translation>Para: %1</translation>
    </message>
</context>
<context>
    <name>AidWords</name>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="33" />
        <source>Are you Moroccan?</source>
        <translation>¿Tienes la nacionalidad marroquí?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="34" />
        <source>Living in Morocco or abroad: both count.</source>
        <translation>Vivas en Marruecos o en el extranjero.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="37" />
        <source>Are you %1 or older?</source>
        <translation>¿Tienes %1 años o más?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="38" />
        <source>The buyer's age on the day of the request.</source>
        <translation>La edad del comprador el día de la solicitud.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="41" />
        <source>Do you already own a home in Morocco?</source>
        <translation>¿Ya tienes una vivienda en propiedad en Marruecos?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="42" />
        <source>A house or a flat in your name, alone or shared.</source>
        <translation>Una casa o un piso a tu nombre, solo o en copropiedad.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="45" />
        <source>Have you ever received a housing aid?</source>
        <translation>¿Has recibido alguna vez una ayuda a la vivienda?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="46" />
        <source>For example an earlier state aid to buy a home.</source>
        <translation>Por ejemplo, una ayuda pública anterior para comprar una vivienda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="49" />
        <source>Will this home be your main residence for %n years?</source>
        <translation>
            <numerusform>¿Será esta vivienda tu residencia habitual durante %n año?</numerusform>
            <numerusform>¿Será esta vivienda tu residencia habitual durante %n años?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="50" />
        <source>For Moroccans abroad: lived in by you or your family when in Morocco.</source>
        <translation>Para los marroquíes en el extranjero: ocupada por ti o tu familia cuando estáis en Marruecos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="63" />
        <source>The aid is for Moroccans, living in Morocco or abroad.</source>
        <translation>La ayuda es para marroquíes, residentes en Marruecos o en el extranjero.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="66" />
        <source>The buyer must be %1 or older.</source>
        <translation>El comprador debe tener %1 años o más.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="69" />
        <source>The aid is for people who do not own a home in Morocco yet.</source>
        <translation>La ayuda es para quienes aún no tienen una vivienda en propiedad en Marruecos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="72" />
        <source>The aid is given only once, and you already received one.</source>
        <translation>La ayuda se concede una sola vez y ya recibiste una.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="75" />
        <source>The home must be your main residence for %n years.</source>
        <translation>
            <numerusform>La vivienda debe ser tu residencia habitual durante %n año.</numerusform>
            <numerusform>La vivienda debe ser tu residencia habitual durante %n años.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="78" />
        <source>Only homes qualify, not plots or business premises.</source>
        <translation>Solo cuentan las viviendas, no las parcelas ni los locales comerciales.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="80" />
        <source>Only new homes sold for the first time qualify.</source>
        <translation>Solo cuentan las viviendas nuevas vendidas por primera vez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="82" />
        <source>The building permit must date from %1 or later.</source>
        <translation>La licencia de obra debe ser del %1 o posterior.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="85" />
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="122" />
        <source>The home must have at least %n rooms.</source>
        <translation>
            <numerusform>La vivienda debe tener al menos %n habitación.</numerusform>
            <numerusform>La vivienda debe tener al menos %n habitaciones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="88" />
        <source>The price must be at most %1.</source>
        <translation>El precio no debe superar %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="91" />
        <source>The amount depends on the price of the home.</source>
        <translation>El importe depende del precio de la vivienda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="92" />
        <source>Some questions are not answered yet.</source>
        <translation>Algunas preguntas aún no tienen respuesta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="94" />
        <source>You meet every condition that can be checked here.</source>
        <translation>Cumples todas las condiciones que se pueden comprobar aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="107" />
        <source>The buyer must be Moroccan, adult, own no home in Morocco and never have had a housing aid.</source>
        <translation>El comprador debe ser marroquí, mayor de edad, no tener vivienda en propiedad en Marruecos y no haber recibido nunca una ayuda a la vivienda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="111" />
        <source>The home must be new (first sale), with a building permit from %1 or later and at least %n rooms.</source>
        <translation>
            <numerusform>La vivienda debe ser nueva (primera venta), con licencia de obra del %1 o posterior y al menos %n habitación.</numerusform>
            <numerusform>La vivienda debe ser nueva (primera venta), con licencia de obra del %1 o posterior y al menos %n habitaciones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="118" />
        <source>Ask the advisor to confirm the building permit dates from %1 or later.</source>
        <translation>Pide al asesor que confirme que la licencia de obra es del %1 o posterior.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="124" />
        <source>The sale must be signed at a notary.</source>
        <translation>La compraventa debe firmarse ante notario.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="126" />
        <source>Live in it as your main residence for %n years, otherwise the aid is repaid.</source>
        <translation>
            <numerusform>Vivir en ella como residencia habitual durante %n año; si no, hay que devolver la ayuda.</numerusform>
            <numerusform>Vivir en ella como residencia habitual durante %n años; si no, hay que devolver la ayuda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="148" />
        <source>Indication only, from the Daam Sakane rules %1 of %2. Final decision on daamsakane.ma.</source>
        <translation>Solo orientativo, según las reglas de Daam Sakane %1 del %2. Decisión final en daamsakane.ma.</translation>
    </message>
</context>
<context>
    <name>LoanResultCard</name>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="66" />
        <source>%1 / month</source>
        <translation>%1 / mes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="69" />
        <source>Amount to borrow: %1</source>
        <translation>Importe del préstamo: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="71" />
        <source>Daam Sakane aid deducted: %1</source>
        <translation>Ayuda Daam Sakane descontada: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="76" />
        <source>Total repaid to the bank: %1, of which interest: %2</source>
        <translation>Total devuelto al banco: %1, de ello intereses: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="82" />
        <source>Give your monthly income to see your debt ratio.</source>
        <translation>Indica tus ingresos mensuales para ver tu tasa de endeudamiento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="86" />
        <source>Debt ratio: %1 of your income</source>
        <translation>Tasa de endeudamiento: %1 de tus ingresos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="93" />
        <source>Above %1: banks usually refuse such a loan. Try a longer duration or a bigger contribution.</source>
        <translation>Por encima del %1, los bancos suelen rechazar el préstamo. Prueba con un plazo más largo o una entrada mayor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="105" />
        <source>Monthly payment</source>
        <translation>Cuota mensual</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="106" />
        <source>Talk to a bank advisor</source>
        <translation>Hablar con un asesor bancario</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="118" />
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="119" />
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="120" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="122" />
        <source>Delete the last digit</source>
        <translation>Borrar la última cifra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="123" />
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="124" />
        <source>Check the PIN</source>
        <translation>Comprobar el PIN</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="128" />
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="250" />
        <source>Digits typed: %n</source>
        <translation>
            <numerusform>Cifras escritas: %n</numerusform>
            <numerusform>Cifras escritas: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="201" />
        <source>The staff PIN is not set up on this kiosk.</source>
        <translation>El PIN del personal no está configurado en este quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="204" />
        <source>The PIN cannot be checked. See the staff guide.</source>
        <translation>No se puede comprobar el PIN. Consulta la guía del personal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="210" />
        <source>Wrong PIN. Try again.</source>
        <translation>PIN incorrecto. Inténtalo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="231" />
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Inténtalo de nuevo en %n s.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Inténtalo de nuevo en %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulatorScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/simulator.py" line="167" />
        <source>%n years</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="171" />
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="290" />
        <source>Simulate my loan</source>
        <translation>Simular mi hipoteca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="292" />
        <source>Price of the home</source>
        <translation>Precio de la vivienda</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="293" />
        <source>My own contribution</source>
        <translation>Mi entrada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="294" />
        <source>Daam Sakane aid</source>
        <translation>Ayuda Daam Sakane</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="295" />
        <source>Interest rate (per year)</source>
        <translation>Tipo de interés (anual)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="296" />
        <source>Duration</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="297" />
        <source>My monthly income</source>
        <translation>Mis ingresos mensuales</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="301" />
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="303" />
        <source>%1: less</source>
        <translation>%1: menos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="304" />
        <source>%1: more</source>
        <translation>%1: más</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="312" />
        <source>Indicative simulation. The partner banks on the stand make the real offer.</source>
        <translation>Simulación orientativa. La oferta real la hacen los bancos colaboradores del stand.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="327" />
        <source>Exchange rate: %1 = %2</source>
        <translation>Tipo de cambio: %1 = %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="330" />
        <source>(rate of %1)</source>
        <translation>(cambio del %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="343" />
        <source>For: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="348" />
        <source>My income is in</source>
        <translation>Mis ingresos son en</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="386" />
        <source>Touch − and +, slide, or tap an amount to type it.</source>
        <translation>Toca − y +, desliza o toca un importe para escribirlo.</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="195" />
        <source>Capital letter</source>
        <translation>Mayúscula</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="196" />
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="197" />
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="197" />
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="198" />
        <source>Other alphabet</source>
        <translation>Otro alfabeto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="199" />
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="200" />
        <source>Hide the keyboard</source>
        <translation>Ocultar el teclado</translation>
    </message>
</context>
<context>
    <name>IncomeCurrency</name>
    <message>
        <location filename="../../kiosk/ui/screens/simulator_income.py" line="77" />
        <source>Dirhams</source>
        <translation>Dírhams</translation>
    </message>
</context>
</TS>