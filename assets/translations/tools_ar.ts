<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_MA">
<context>
    <name>AidResultView</name>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="77" />
        <source>Good to know</source>
        <translation>معلومات مفيدة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="78" />
        <source>Simulate my loan</source>
        <translation>محاكاة قرضي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="79" />
        <source>Talk to an advisor</source>
        <translation>التحدث إلى مستشار</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="80" />
        <source>Start again</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="85" />
        <source>✓ You may be eligible for the Daam Sakane aid</source>
        <translation>✓ قد تكون مؤهلاً للاستفادة من دعم السكن</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="87" />
        <source>✓ You may be eligible: the amount depends on the price</source>
        <translation>✓ قد تكون مؤهلاً: يتوقف المبلغ على ثمن السكن</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="89" />
        <source>✗ You may not be eligible for the Daam Sakane aid</source>
        <translation>✗ يبدو أنك غير مؤهل لدعم السكن</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="118" />
        <source>The Daam Sakane check is not available right now.</source>
        <translation>التحقق من دعم السكن غير متاح حالياً.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="122" />
        <source>Please ask an advisor on the stand, or see daamsakane.ma.</source>
        <translation>يرجى سؤال أحد المستشارين في الرواق، أو زيارة daamsakane.ma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="132" />
        <source>%1 (about %2)</source>
        <translation>%1 (حوالي %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="142" />
        <source>Price up to %1: %2 of aid</source>
        <translation>ثمن يصل إلى %1: دعم بقيمة %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_result.py" line="146" />
        <source>Price from %1 to %2: %3 of aid</source>
        <translation>ثمن من %1 إلى %2: دعم بقيمة %3</translation>
    </message>
</context>
<context>
    <name>AidScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="249" />
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="314" />
        <source>Daam Sakane: am I eligible?</source>
        <translation>دعم السكن: هل أنا مؤهل؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="315" />
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="316" />
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="317" />
        <location filename="../../kiosk/ui/screens/aid.py" line="318" />
        <source>Previous question</source>
        <translation>السؤال السابق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid.py" line="343" />
        <source>For: %1</source>
        <translation>بخصوص: %1</translation>
    </message>
</context>
<context>
    <name>AidWords</name>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="33" />
        <source>Are you Moroccan?</source>
        <translation>هل أنت مغربي الجنسية؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="34" />
        <source>Living in Morocco or abroad: both count.</source>
        <translation>سواء كنت مقيماً في المغرب أو في الخارج.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="37" />
        <source>Are you %1 or older?</source>
        <translation>هل عمرك %1 سنة أو أكثر؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="38" />
        <source>The buyer's age on the day of the request.</source>
        <translation>سن المشتري يوم تقديم الطلب.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="41" />
        <source>Do you already own a home in Morocco?</source>
        <translation>هل تملك سكناً في المغرب؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="42" />
        <source>A house or a flat in your name, alone or shared.</source>
        <translation>منزل أو شقة باسمك، بمفردك أو على الشياع.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="45" />
        <source>Have you ever received a housing aid?</source>
        <translation>هل سبق أن استفدت من دعم للسكن؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="46" />
        <source>For example an earlier state aid to buy a home.</source>
        <translation>مثلاً دعم سابق من الدولة لاقتناء سكن.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="49" />
        <source>Will this home be your main residence for %n years?</source>
        <translation>
            <numerusform>هل سيكون هذا السكن مقر إقامتك الرئيسي لمدة %n سنة؟</numerusform>
            <numerusform>هل سيكون هذا السكن مقر إقامتك الرئيسي لمدة سنة واحدة؟</numerusform>
            <numerusform>هل سيكون هذا السكن مقر إقامتك الرئيسي لمدة سنتين؟</numerusform>
            <numerusform>هل سيكون هذا السكن مقر إقامتك الرئيسي لمدة %n سنوات؟</numerusform>
            <numerusform>هل سيكون هذا السكن مقر إقامتك الرئيسي لمدة %n سنة؟</numerusform>
            <numerusform>هل سيكون هذا السكن مقر إقامتك الرئيسي لمدة %n سنة؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="50" />
        <source>For Moroccans abroad: lived in by you or your family when in Morocco.</source>
        <translation>بالنسبة لمغاربة العالم: يسكنه أنت أو أسرتك خلال إقامتكم بالمغرب.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="63" />
        <source>The aid is for Moroccans, living in Morocco or abroad.</source>
        <translation>الدعم مخصص للمغاربة المقيمين في المغرب أو في الخارج.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="66" />
        <source>The buyer must be %1 or older.</source>
        <translation>يجب أن يكون عمر المشتري %1 سنة أو أكثر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="69" />
        <source>The aid is for people who do not own a home in Morocco yet.</source>
        <translation>الدعم مخصص للأشخاص الذين لا يملكون سكناً في المغرب.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="72" />
        <source>The aid is given only once, and you already received one.</source>
        <translation>يُمنح الدعم مرة واحدة فقط، وقد سبق أن استفدت منه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="75" />
        <source>The home must be your main residence for %n years.</source>
        <translation>
            <numerusform>يجب أن يكون السكن مقر إقامتك الرئيسي لمدة %n سنة.</numerusform>
            <numerusform>يجب أن يكون السكن مقر إقامتك الرئيسي لمدة سنة واحدة.</numerusform>
            <numerusform>يجب أن يكون السكن مقر إقامتك الرئيسي لمدة سنتين.</numerusform>
            <numerusform>يجب أن يكون السكن مقر إقامتك الرئيسي لمدة %n سنوات.</numerusform>
            <numerusform>يجب أن يكون السكن مقر إقامتك الرئيسي لمدة %n سنة.</numerusform>
            <numerusform>يجب أن يكون السكن مقر إقامتك الرئيسي لمدة %n سنة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="78" />
        <source>Only homes qualify, not plots or business premises.</source>
        <translation>يشمل الدعم المساكن فقط، وليس البقع الأرضية أو المحلات المهنية.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="80" />
        <source>Only new homes sold for the first time qualify.</source>
        <translation>يشمل الدعم المساكن الجديدة المبيعة لأول مرة فقط.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="82" />
        <source>The building permit must date from %1 or later.</source>
        <translation>يجب أن تكون رخصة البناء مؤرخة في %1 أو بعده.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="85" />
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="122" />
        <source>The home must have at least %n rooms.</source>
        <translation>
            <numerusform>يجب أن يضم السكن %n غرفة على الأقل.</numerusform>
            <numerusform>يجب أن يضم السكن غرفة واحدة على الأقل.</numerusform>
            <numerusform>يجب أن يضم السكن غرفتين على الأقل.</numerusform>
            <numerusform>يجب أن يضم السكن %n غرف على الأقل.</numerusform>
            <numerusform>يجب أن يضم السكن %n غرفة على الأقل.</numerusform>
            <numerusform>يجب أن يضم السكن %n غرفة على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="88" />
        <source>The price must be at most %1.</source>
        <translation>يجب ألا يتجاوز الثمن %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="91" />
        <source>The amount depends on the price of the home.</source>
        <translation>يتوقف المبلغ على ثمن السكن.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="92" />
        <source>Some questions are not answered yet.</source>
        <translation>لم تتم الإجابة عن بعض الأسئلة بعد.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="94" />
        <source>You meet every condition that can be checked here.</source>
        <translation>تستوفي جميع الشروط التي يمكن التحقق منها هنا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="107" />
        <source>The buyer must be Moroccan, adult, own no home in Morocco and never have had a housing aid.</source>
        <translation>يجب أن يكون المشتري مغربياً راشداً، لا يملك سكناً في المغرب، ولم يسبق له الاستفادة من دعم للسكن.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="111" />
        <source>The home must be new (first sale), with a building permit from %1 or later and at least %n rooms.</source>
        <translation>
            <numerusform>يجب أن يكون السكن جديداً (بيع أول)، برخصة بناء مؤرخة في %1 أو بعده، ويضم %n غرفة على الأقل.</numerusform>
            <numerusform>يجب أن يكون السكن جديداً (بيع أول)، برخصة بناء مؤرخة في %1 أو بعده، ويضم غرفة واحدة على الأقل.</numerusform>
            <numerusform>يجب أن يكون السكن جديداً (بيع أول)، برخصة بناء مؤرخة في %1 أو بعده، ويضم غرفتين على الأقل.</numerusform>
            <numerusform>يجب أن يكون السكن جديداً (بيع أول)، برخصة بناء مؤرخة في %1 أو بعده، ويضم %n غرف على الأقل.</numerusform>
            <numerusform>يجب أن يكون السكن جديداً (بيع أول)، برخصة بناء مؤرخة في %1 أو بعده، ويضم %n غرفة على الأقل.</numerusform>
            <numerusform>يجب أن يكون السكن جديداً (بيع أول)، برخصة بناء مؤرخة في %1 أو بعده، ويضم %n غرفة على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="118" />
        <source>Ask the advisor to confirm the building permit dates from %1 or later.</source>
        <translation>اطلب من المستشار التأكد من أن رخصة البناء مؤرخة في %1 أو بعده.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="124" />
        <source>The sale must be signed at a notary.</source>
        <translation>يجب توقيع عقد البيع لدى موثق.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="126" />
        <source>Live in it as your main residence for %n years, otherwise the aid is repaid.</source>
        <translation>
            <numerusform>السكن فيه كمقر إقامة رئيسي لمدة %n سنة، وإلا وجب إرجاع الدعم.</numerusform>
            <numerusform>السكن فيه كمقر إقامة رئيسي لمدة سنة واحدة، وإلا وجب إرجاع الدعم.</numerusform>
            <numerusform>السكن فيه كمقر إقامة رئيسي لمدة سنتين، وإلا وجب إرجاع الدعم.</numerusform>
            <numerusform>السكن فيه كمقر إقامة رئيسي لمدة %n سنوات، وإلا وجب إرجاع الدعم.</numerusform>
            <numerusform>السكن فيه كمقر إقامة رئيسي لمدة %n سنة، وإلا وجب إرجاع الدعم.</numerusform>
            <numerusform>السكن فيه كمقر إقامة رئيسي لمدة %n سنة، وإلا وجب إرجاع الدعم.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/aid_messages.py" line="148" />
        <source>Indication only, from the Daam Sakane rules %1 of %2. Final decision on daamsakane.ma.</source>
        <translation>مجرد مؤشر حسب قواعد دعم السكن %1 بتاريخ %2. القرار النهائي على daamsakane.ma.</translation>
    </message>
</context>
<context>
    <name>LoanResultCard</name>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="69" />
        <source>%1 / month</source>
        <translation>%1 في الشهر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="72" />
        <source>Amount to borrow: %1</source>
        <translation>مبلغ القرض: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="74" />
        <source>Daam Sakane aid deducted: %1</source>
        <translation>دعم السكن المخصوم: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="79" />
        <source>Total repaid to the bank: %1, of which interest: %2</source>
        <translation>المجموع المسدد للبنك: %1، منها فوائد: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="85" />
        <source>Give your monthly income to see your debt ratio.</source>
        <translation>حدد دخلك الشهري لمعرفة نسبة المديونية.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="89" />
        <source>Debt ratio: %1 of your income</source>
        <translation>نسبة المديونية: %1 من دخلك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="96" />
        <source>Above %1: banks usually refuse such a loan. Try a longer duration or a bigger contribution.</source>
        <translation>فوق %1 ترفض البنوك عادة هذا القرض: جرّب مدة أطول أو مساهمة أكبر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="108" />
        <source>Monthly payment</source>
        <translation>القسط الشهري</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/loan_result.py" line="109" />
        <source>Talk to a bank advisor</source>
        <translation>التحدث إلى مستشار بنكي</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="118" />
        <source>Staff PIN</source>
        <translation>الرمز السري للموظفين</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="119" />
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="120" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="122" />
        <source>Delete the last digit</source>
        <translation>حذف آخر رقم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="123" />
        <source>OK</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="124" />
        <source>Check the PIN</source>
        <translation>التحقق من الرمز</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="128" />
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="250" />
        <source>Digits typed: %n</source>
        <translation>
            <numerusform>الأرقام المدخلة: %n</numerusform>
            <numerusform>الأرقام المدخلة: %n</numerusform>
            <numerusform>الأرقام المدخلة: %n</numerusform>
            <numerusform>الأرقام المدخلة: %n</numerusform>
            <numerusform>الأرقام المدخلة: %n</numerusform>
            <numerusform>الأرقام المدخلة: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="201" />
        <source>The staff PIN is not set up on this kiosk.</source>
        <translation>لم يتم إعداد الرمز السري للموظفين على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="204" />
        <source>The PIN cannot be checked. See the staff guide.</source>
        <translation>تعذر التحقق من الرمز. راجع دليل الموظفين.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="210" />
        <source>Wrong PIN. Try again.</source>
        <translation>رمز خاطئ. حاول مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/pinpad.py" line="231" />
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. أعد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. أعد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. أعد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. أعد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. أعد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. أعد المحاولة بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulatorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="1" />
        <source>My income is in</source>
        <translation>دخلي بعملة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="1" />
        <source>Touch − and +, slide, or tap an amount to type it.</source>
        <translation>المس − و+، أو اسحب، أو المس مبلغًا لكتابته.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/simulator.py" line="165" />
        <source>%n years</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="169" />
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="288" />
        <source>Simulate my loan</source>
        <translation>محاكاة قرضي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="290" />
        <source>Price of the home</source>
        <translation>ثمن السكن</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="291" />
        <source>My own contribution</source>
        <translation>مساهمتي الذاتية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="292" />
        <source>Daam Sakane aid</source>
        <translation>دعم السكن</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="293" />
        <source>Interest rate (per year)</source>
        <translation>سعر الفائدة (سنوياً)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="294" />
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="295" />
        <source>My monthly income</source>
        <translation>دخلي الشهري</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="299" />
        <source>None</source>
        <translation>بدون</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="301" />
        <source>%1: less</source>
        <translation>%1: أقل</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="302" />
        <source>%1: more</source>
        <translation>%1: أكثر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="310" />
        <source>Indicative simulation. The partner banks on the stand make the real offer.</source>
        <translation>محاكاة تقديرية. تقدم البنوك الشريكة في الرواق العرض الفعلي.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="325" />
        <source>Exchange rate: %1 = %2</source>
        <translation>سعر الصرف: %1 = %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="328" />
        <source>(rate of %1)</source>
        <translation>(سعر يوم %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/simulator.py" line="341" />
        <source>For: %1</source>
        <translation>بخصوص: %1</translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="189" />
        <source>Capital letter</source>
        <translation>حرف كبير</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="190" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="191" />
        <source>space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="191" />
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="192" />
        <source>Other alphabet</source>
        <translation>تغيير الأبجدية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="193" />
        <source>Enter</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="194" />
        <source>Hide the keyboard</source>
        <translation>إخفاء لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>IncomeCurrency</name>
    <message>
        <location filename="../../kiosk/ui/screens/simulator_income.py" line="1" />
        <source>Dirhams</source>
        <translation>درهم</translation>
    </message>
</context>
</TS>