<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_MA">
<context>
    <name>BrochurePreviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="1" />
        <source>Code of {0}</source>
        <translation>رمز {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="1" />
        <source>Scan these codes with your phone to see the units online.</source>
        <translation>امسح هذه الرموز بهاتفك لرؤية الوحدات على الإنترنت.</translation>
    </message>
    <message>
        <source>Your brochure is ready: the staff will print it for you.</source>
        <translation>كتيبك جاهز: سيطبعه لك فريق الرواق.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="103" />
        <source>Your brochure</source>
        <translation>كتيبك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="104" />
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="105" />
        <source>Scan instead</source>
        <translation>امسح الرمز بدلا من ذلك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="106" />
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="116" />
        <source>Choose a unit first.</source>
        <translation>اختر عقارا أولا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="131" />
        <source>Sorry, the brochure cannot be made now.</source>
        <translation>عذرا، تعذر إعداد الكتيب الآن.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="148" />
        <source>Page {0}</source>
        <translation>الصفحة {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="157" />
        <source>Scan this code with your phone to see the unit online.</source>
        <translation>امسح هذا الرمز بهاتفك لمشاهدة العقار على الإنترنت.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="175" />
        <source>Your brochure is printing. Please collect it at the desk.</source>
        <translation>كتيبك قيد الطباعة. المرجو أخذه من المكتب.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/brochure_preview.py" line="180" />
        <source>The printer is not ready: your brochure will follow. You can scan the code now.</source>
        <translation>الطابعة غير جاهزة: سيصلك الكتيب لاحقا. يمكنك مسح الرمز الآن.</translation>
    </message>
</context>
</TS>