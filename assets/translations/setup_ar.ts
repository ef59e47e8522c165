<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_MA">
<context>
    <name>FirstStartScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="102" />
        <source>Setting up this stand</source>
        <translation>إعداد هذا الرواق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="111" />
        <source>Skip this step</source>
        <translation>تخطي هذه الخطوة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="112" />
        <location filename="../../kiosk/ui/screens/first_start.py" line="213" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="137" />
        <source>Which event is this stand at?</source>
        <translation>في أي تظاهرة يوجد هذا الرواق؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="151" />
        <source>Another profile file…</source>
        <translation>ملف تعريف آخر…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="157" />
        <source>Choose the staff PIN (at least 6 digits)</source>
        <translation>اختر الرمز السري للموظفين (6 أرقام على الأقل)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="160" />
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="160" />
        <source>PIN again</source>
        <translation>الرمز السري (تأكيد)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="170" />
        <source>The PIN opens the staff console and protects visitors' data. It cannot be recovered: keep it with the stand's papers.</source>
        <translation>يفتح الرمز السري لوحة الموظفين ويحمي معطيات الزوار. لا يمكن استرجاعه: احتفظ به مع وثائق الرواق.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="180" />
        <source>Connect to headquarters (enrollment file or code)</source>
        <translation>الربط بالمقر (ملف أو رمز التسجيل)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="181" />
        <source>Open an enrollment file…</source>
        <translation>فتح ملف التسجيل…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="185" />
        <source>…or paste the enrollment code here</source>
        <translation>…أو الصق رمز التسجيل هنا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="186" />
        <source>Enrollment code</source>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="190" />
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="192" />
        <source>Print a test page</source>
        <translation>طباعة صفحة تجريبية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="199" />
        <source>Screen and touch: touch the four dots</source>
        <translation>الشاشة واللمس: المس النقاط الأربع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="201" />
        <source>Touch works everywhere.</source>
        <translation>اللمس يعمل في كل مكان.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="210" />
        <source>Step {0} of {1}</source>
        <translation>الخطوة {0} من {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="213" />
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="219" />
        <source>Screen: {0} × {1} pixels</source>
        <translation>الشاشة: {0} × {1} بكسل</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="247" />
        <source>Choose an event.</source>
        <translation>اختر تظاهرة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="254" />
        <source>The two PINs differ.</source>
        <translation>الرمزان السريان مختلفان.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="265" />
        <source>Open a file or paste a code, or skip this step.</source>
        <translation>افتح ملفا أو الصق رمزا، أو تخطّ هذه الخطوة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="268" />
        <source>Enrollment is not available in this version: skip this step.</source>
        <translation>التسجيل غير متوفر في هذه النسخة: تخطّ هذه الخطوة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="272" />
        <source>Connected to headquarters.</source>
        <translation>تم الربط بالمقر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="280" />
        <source>Touch the four dots first, or skip this step.</source>
        <translation>المس النقاط الأربع أولا، أو تخطّ هذه الخطوة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="288" />
        <source>Event profile</source>
        <translation>ملف التظاهرة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="305" />
        <source>Enrollment file</source>
        <translation>ملف التسجيل</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="317" />
        <source>Brochures are saved to a folder (no printer set).</source>
        <translation>تُحفظ الكتيبات في مجلد (لم تُحدَّد طابعة).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="322" />
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="323" />
        <source>Configured: {0} {1} — printers found: {2}</source>
        <translation>المُعدّة: {0} {1} — الطابعات الموجودة: {2}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="330" />
        <source>Printing is not available in this version.</source>
        <translation>الطباعة غير متوفرة في هذه النسخة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="337" />
        <source>Test page sent. Check the printer.</source>
        <translation>أُرسلت الصفحة التجريبية. تحقق من الطابعة.</translation>
    </message>
</context>
<context>
    <name>TouchTarget</name>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="79" />
        <source>Touch target {0}</source>
        <translation>هدف اللمس {0}</translation>
    </message>
</context>
</TS>