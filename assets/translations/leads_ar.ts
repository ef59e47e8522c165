<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_MA">
<context>
    <name>LeadFormScreen</name>
    <message>
        <source>Tick “Call me back” above first: then you can type your contact.</source>
        <translation>ضع أولاً علامة على «الاتصال بي» أعلاه، ثم يمكنك كتابة معلومات الاتصال بك.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="200" />
        <source>Not said</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="205" />
        <source>Leave your contact: an advisor will call you back</source>
        <translation>اترك معلومات الاتصال بك: سيتصل بك مستشار</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="214" />
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="215" />
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="216" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="217" />
        <source>E-mail (optional)</source>
        <translation>البريد الإلكتروني (اختياري)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="218" />
        <source>Country of residence</source>
        <translation>بلد الإقامة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="219" />
        <source>City of residence</source>
        <translation>مدينة الإقامة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="220" />
        <source>Preferred language</source>
        <translation>اللغة المفضلة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="221" />
        <source>Advisor wanted</source>
        <translation>المستشار المطلوب</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="222" />
        <source>Units you are interested in</source>
        <translation>العقارات التي تهمك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="223" />
        <source>Budget (optional)</source>
        <translation>الميزانية (اختياري)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="224" />
        <source>Moroccan living abroad?</source>
        <translation>مغربي مقيم بالخارج؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="239" />
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="240" />
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="241" />
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="242" />
        <source>Just give me a ticket</source>
        <translation>أريد تذكرة فقط</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="243" />
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="255" />
        <source>The privacy notice is unavailable: ask the staff.</source>
        <translation>إشعار حماية المعطيات غير متوفر: اتصل بالموظفين.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="268" />
        <source>Privacy notice, version {0}</source>
        <translation>إشعار حماية المعطيات، النسخة {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="279" />
        <source>Without “call me back”, none of your personal data is stored. You can still take a ticket for an advisor desk.</source>
        <translation>بدون «الاتصال بي» لا يتم حفظ أي من معطياتك الشخصية. يمكنك مع ذلك أخذ تذكرة لمستشار.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="308" />
        <source>Remove {0}</source>
        <translation>إزالة {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="312" />
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="366" />
        <source>Sorry, your contact could not be saved. Please ask the staff.</source>
        <translation>عذرا، تعذر حفظ معلوماتك. المرجو الاتصال بالموظفين.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/lead_form.py" line="385" />
        <source>Sorry, no ticket could be issued. Please ask the staff.</source>
        <translation>عذرا، تعذر إصدار التذكرة. المرجو الاتصال بالموظفين.</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <source>Your ticket is ready: the staff will print it for you.</source>
        <translation>تذكرتك جاهزة: سيطبعها لك فريق الرواق.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="78" />
        <source>Thank you! Here is your ticket</source>
        <translation>شكرا! هذه تذكرتك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="80" />
        <source>Keep your number: the advisor will call it. Show the code at the desk.</source>
        <translation>احتفظ برقمك: سيناديك المستشار. قدّم الرمز في المكتب.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="82" />
        <source>Print my ticket</source>
        <translation>طباعة تذكرتي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="83" />
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="122" />
        <source>Ticket {0}</source>
        <translation>التذكرة {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="164" />
        <source>Your ticket will be printed shortly; you can also photograph the code.</source>
        <translation>ستُطبع تذكرتك قريبا، ويمكنك أيضا تصوير الرمز.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="166" />
        <source>Your ticket is printing.</source>
        <translation>تذكرتك قيد الطباعة.</translation>
    </message>
    <message>
        <source>Your contact is saved. Show the code below at the desk.</source>
        <translation>تم حفظ بياناتك. قدّم الرمز أدناه في المكتب.</translation>
    </message>
</context>
<context>
    <name>ReadinessQuestions</name>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="57" />
        <source>Three quick questions (optional)</source>
        <translation>ثلاثة أسئلة سريعة (اختيارية)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="58" />
        <source>Skip these questions</source>
        <translation>تخطي هذه الأسئلة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="60" />
        <source>When is your project?</source>
        <translation>متى مشروعكم؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="61" />
        <source>How will you pay?</source>
        <translation>كيف ستؤدون الثمن؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="62" />
        <source>Do you already own a home in Morocco?</source>
        <translation>هل تملكون سكنا في المغرب؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="68" />
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/readiness.py" line="69" />
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>SendSelectionScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="116" />
        <source>Send me my selection</source>
        <translation>أرسلوا لي اختياري</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="118" />
        <source>We send you the link to your selection once, the way you choose.</source>
        <translation>نرسل إليكم رابط اختياركم مرة واحدة، بالوسيلة التي تختارونها.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="124" />
        <source>Your e-mail address</source>
        <translation>عنوان بريدكم الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="125" />
        <source>Your mobile number</source>
        <translation>رقم هاتفكم المحمول</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="126" />
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="127" />
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="149" />
        <source>I agree that Al Omrane sends me this selection once by {0}, as the privacy notice says (purpose “Send me my selection”, version {1}).</source>
        <translation>أوافق على أن ترسل لي العمران هذا الاختيار مرة واحدة عبر {0}، كما ينص عليه إشعار حماية المعطيات (غرض «أرسلوا لي اختياري»، النسخة {1}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/send_selection.py" line="166" />
        <source>Thank you: your selection will be sent as soon as the stand is connected. You can stop any further message from the link it contains.</source>
        <translation>شكرًا: سيُرسل اختياركم بمجرد اتصال الرواق بالإنترنت. يمكنكم إيقاف أي رسالة أخرى من الرابط الموجود فيه.</translation>
    </message>
</context>
</TS>