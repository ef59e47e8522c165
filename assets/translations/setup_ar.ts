<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_MA">
<context>
    <name>FirstStartScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="94" />
        <source>Setting up this stand</source>
        <translation>إعداد هذا الرواق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="103" />
        <source>Skip this step</source>
        <translation>تخطي هذه الخطوة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="104" />
        <location filename="../../kiosk/ui/screens/first_start.py" line="206" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="130" />
        <source>Which event is this stand at?</source>
        <translation>في أي تظاهرة يوجد هذا الرواق؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="144" />
        <source>Another profile file…</source>
        <translation>ملف تعريف آخر…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="150" />
        <source>Choose the staff PIN (at least 6 digits)</source>
        <translation>اختر الرمز السري للموظفين (6 أرقام على الأقل)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="153" />
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="153" />
        <source>PIN again</source>
        <translation>الرمز السري (تأكيد)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="163" />
        <source>The PIN opens the staff console and protects visitors' data. It cannot be recovered: keep it with the stand's papers.</source>
        <translation>يفتح الرمز السري لوحة الموظفين ويحمي معطيات الزوار. لا يمكن استرجاعه: احتفظ به مع وثائق الرواق.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="173" />
        <source>Connect to headquarters (enrollment file or code)</source>
        <translation>الربط بالمقر (ملف أو رمز التسجيل)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="174" />
        <source>Open an enrollment file…</source>
        <translation>فتح ملف التسجيل…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="178" />
        <source>…or paste the enrollment code here</source>
        <translation>…أو الصق رمز التسجيل هنا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="179" />
        <source>Enrollment code</source>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="183" />
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="185" />
        <source>Print a test page</source>
        <translation>طباعة صفحة تجريبية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="192" />
        <source>Screen and touch: touch the four dots</source>
        <translation>الشاشة واللمس: المس النقاط الأربع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="194" />
        <source>Touch works everywhere.</source>
        <translation>اللمس يعمل في كل مكان.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="203" />
        <source>Step {0} of {1}</source>
        <translation>الخطوة {0} من {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="206" />
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="212" />
        <source>Screen: {0} × {1} pixels</source>
        <translation>الشاشة: {0} × {1} بكسل</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="241" />
        <source>Choose an event.</source>
        <translation>اختر تظاهرة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="248" />
        <source>The two PINs differ.</source>
        <translation>الرمزان السريان مختلفان.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="260" />
        <source>Open a file or paste a code, or skip this step.</source>
        <translation>افتح ملفا أو الصق رمزا، أو تخطّ هذه الخطوة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="312" />
        <source>Configured: {0} {1} ({2}) — other printers: {3}</source>
        <translation>المُعدّة: {0} {1} ({2}) — طابعات أخرى: {3}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="275" />
        <source>Touch the four dots first, or skip this step.</source>
        <translation>المس النقاط الأربع أولا، أو تخطّ هذه الخطوة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="283" />
        <source>Event profile</source>
        <translation>ملف التظاهرة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="300" />
        <source>Enrollment file</source>
        <translation>ملف التسجيل</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="342" />
        <source>Test page sent. Check the printer.</source>
        <translation>أُرسلت الصفحة التجريبية. تحقق من الطابعة.</translation>
    </message>
</context>
<context>
    <name>TouchTarget</name>
    <message>
        <location filename="../../kiosk/ui/screens/first_start.py" line="71" />
        <source>Touch target {0}</source>
        <translation>هدف اللمس {0}</translation>
    </message>
</context>
</TS>