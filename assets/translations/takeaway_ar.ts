<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_MA">
<context>
    <name>ReadinessQuestions</name>
    <message>
        <source>Three quick questions (optional)</source>
        <translation>ثلاثة أسئلة سريعة (اختيارية)</translation>
    </message>
    <message>
        <source>Skip these questions</source>
        <translation>تخطي هذه الأسئلة</translation>
    </message>
    <message>
        <source>When is your project?</source>
        <translation>متى سيتم مشروعكم؟</translation>
    </message>
    <message>
        <source>How will you pay?</source>
        <translation>كيف ستمولون مشروعكم؟</translation>
    </message>
    <message>
        <source>Do you already own a home in Morocco?</source>
        <translation>هل تملكون سكنا في المغرب؟</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>TakeawayQr</name>
    <message>
        <source>Take it with you: scan to keep this on your phone</source>
        <translation>خذوه معكم: امسحوا الرمز للاحتفاظ بهذا على هاتفكم</translation>
    </message>
</context>
</TS>
