<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_MA">
<context>
    <name>JamPanel</name>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="24" />
        <source>leads</source>
        <translation>الاتصالات</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="25" />
        <source>erasures</source>
        <translation>طلبات المحو</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="26" />
        <source>selections to send</source>
        <translation>الاختيارات المراد إرسالها</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="27" />
        <source>catalog</source>
        <translation>الكتالوج</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="28" />
        <source>counters</source>
        <translation>العدادات</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="29" />
        <source>heartbeat</source>
        <translation>إشارة الحياة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="38" />
        <source>{0} d {1} h</source>
        <translation>{0} يوم {1} ساعة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="40" />
        <source>{0} h {1} min</source>
        <translation>{0} ساعة {1} دقيقة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="42" />
        <source>{0} min</source>
        <translation>{0} دقيقة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="57" />
        <source>Sync: no failed attempt.</source>
        <translation>المزامنة: لا توجد محاولة فاشلة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="60" />
        <source>HTTP {0}</source>
        <translation>HTTP {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="62" />
        <source>no answer from HQ</source>
        <translation>لا رد من المقر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="65" />
        <source>Sync of {0}: {1} failed attempt(s) in a row, last answer {2}: {3}</source>
        <translation>مزامنة {0}: {1} محاولة فاشلة متتالية، آخر رد {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="73" />
        <source>{0} online without progress.</source>
        <translation>{0} متصل دون أي تقدم.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="77" />
        <source>Oldest lead waiting: {0} ({1} waiting).</source>
        <translation>أقدم اتصال في الانتظار: {0} ({1} في الانتظار).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="83" />
        <source>Sync is jammed: leads stay on this laptop. Call HQ support.</source>
        <translation>المزامنة متوقفة: تبقى الاتصالات على هذا الحاسوب. اتصلوا بدعم المقر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/jam.py" line="85" />
        <source>Sync is slow: HQ answers but nothing moves.</source>
        <translation>المزامنة لا تتقدم: المقر يرد لكن لا شيء يُرسل.</translation>
    </message>
</context>
<context>
    <name>SendsTab</name>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="38" />
        <source>Asked (UTC)</source>
        <translation>تاريخ الطلب (UTC)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="39" />
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="40" />
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="41" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="42" />
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/sends.py" line="72" />
        <source>Selections to send: {0}</source>
        <translation>الاختيارات المراد إرسالها: {0}</translation>
    </message>
</context>
<context>
    <name>StaffConsoleScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="77" />
        <source>Staff console</source>
        <translation>لوحة الموظفين</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="78" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="86" />
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="97" />
        <source>Tools</source>
        <translation>الأدوات</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="115" />
        <location filename="../../kiosk/ui/staff/console.py" line="116" />
        <source>Staff PIN</source>
        <translation>الرمز السري للموظفين</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="117" />
        <source>Show the leads</source>
        <translation>عرض جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="308" />
        <source>Opening the leads…</source>
        <translation>جارٍ فتح جهات الاتصال…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="119" />
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="92" />
        <source>Sent selections</source>
        <translation>الاختيارات المرسلة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="125" />
        <location filename="../../kiosk/ui/staff/console.py" line="330" />
        <source>Locked: enter the PIN to see visitors' contacts.</source>
        <translation>مقفل: أدخل الرمز السري لرؤية معلومات الزوار.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="128" />
        <source>Saved (UTC)</source>
        <translation>تاريخ الحفظ (UTC)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="129" />
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="130" />
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="131" />
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="132" />
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="133" />
        <location filename="../../kiosk/ui/staff/console.py" line="161" />
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="146" />
        <source>Leads</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="154" />
        <source>Send quarantined leads again</source>
        <translation>إعادة إرسال جهات الاتصال المعزولة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="166" />
        <source>Desk queues</source>
        <translation>طوابير الانتظار</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="173" />
        <source>Job</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="173" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="173" />
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="173" />
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="176" />
        <source>Retry selected</source>
        <translation>إعادة المحاولة للمحدد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="177" />
        <source>Cancel selected</source>
        <translation>إلغاء المحدد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="185" />
        <source>Printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="214" />
        <source>Visitors: {0}</source>
        <translation>الزوار: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="215" />
        <source>Searches: {0}</source>
        <translation>عمليات البحث: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="216" />
        <source>Leads: {0}</source>
        <translation>جهات الاتصال: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="217" />
        <source>Tickets: {0}</source>
        <translation>التذاكر: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="218" />
        <source>Tickets by desk: {0}</source>
        <translation>التذاكر حسب المكتب: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="221" />
        <source>Languages: {0}</source>
        <translation>اللغات: {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="240" />
        <source>HQ: {0} — last success {1} — last error: {2}</source>
        <translation>المقر: {0} — آخر نجاح {1} — آخر خطأ: {2}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="272" />
        <source>Call next</source>
        <translation>مناداة التالي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="324" />
        <source>{0} lead(s). The list locks after 2 minutes without a touch.</source>
        <translation>{0} جهة اتصال. تُقفل القائمة بعد دقيقتين دون لمس.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="348" />
        <source>Now calling {0}</source>
        <translation>مناداة {0}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="348" />
        <source>Nobody waiting</source>
        <translation>لا أحد في الانتظار</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/console.py" line="103" />
        <source>Stand hub</source>
        <translation>الجهاز المركزي</translation>
    </message>
</context>
<context>
    <name>ToolsTab</name>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="58" />
        <source>Export the leads (USB key)</source>
        <translation>تصدير جهات الاتصال (مفتاح USB)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="60" />
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="67" />
        <source>Phone number, with +country</source>
        <translation>رقم الهاتف مع +رمز البلد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="68" />
        <source>Phone number to erase</source>
        <translation>رقم الهاتف المراد مسحه</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="70" />
        <source>Erase a visitor on request</source>
        <translation>مسح زائر بطلب منه</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="72" />
        <location filename="../../kiosk/ui/staff/tools.py" line="167" />
        <source>Erase</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="80" />
        <source>Retention purge</source>
        <translation>حذف ما انتهت مدة حفظه</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="82" />
        <source>Purge now</source>
        <translation>الحذف الآن</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="97" />
        <source>Event profile</source>
        <translation>ملف التظاهرة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="97" />
        <source>Use this event</source>
        <translation>استعمال هذه التظاهرة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="110" />
        <source>Current PIN</source>
        <translation>الرمز الحالي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="111" />
        <source>New PIN</source>
        <translation>الرمز الجديد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="112" />
        <source>New PIN again</source>
        <translation>الرمز الجديد (تأكيد)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="120" />
        <source>Change the staff PIN</source>
        <translation>تغيير الرمز السري للموظفين</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="120" />
        <source>Change PIN</source>
        <translation>تغيير الرمز</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="125" />
        <source>Self-check</source>
        <translation>الفحص الذاتي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="125" />
        <source>Check now</source>
        <translation>تحقق الآن</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="154" />
        <source>{0} lead(s) past {1} months</source>
        <translation>{0} جهة اتصال تجاوزت {1} شهرا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="176" />
        <source>Unlock the console first (Leads tab, staff PIN).</source>
        <translation>افتح اللوحة أولا (تبويب جهات الاتصال، الرمز السري).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="183" />
        <source>Export to which folder?</source>
        <translation>التصدير إلى أي مجلد؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="193" />
        <source>{0} lead(s) written to {1}</source>
        <translation>تمت كتابة {0} جهة اتصال في {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="198" />
        <source>Type the visitor's phone number.</source>
        <translation>أدخل رقم هاتف الزائر.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="229" />
        <source>Confirm erase</source>
        <translation>تأكيد المسح</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="232" />
        <source>{0}: {1} lead(s) on this stand, events {2}, left {3} to {4}, {5} ticket(s). Tap again to erase them; HQ erases this number everywhere at the next sync.</source>
        <translation>{0}: {1} طلب في هذا الجناح، الفعاليات {2}، من {3} إلى {4}، {5} تذكرة. المس مرة أخرى لمحوها؛ يمحو المقر هذا الرقم في كل مكان عند المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="218" />
        <source>{0} lead(s) erased; HQ is told at the next sync.</source>
        <translation>تم مسح {0} جهة اتصال؛ سيُبلَّغ المقر في المزامنة المقبلة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="248" />
        <source>{0} lead(s) purged.</source>
        <translation>تم حذف {0} جهة اتصال.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="258" />
        <source>Event set to {0}; it applies at the next start.</source>
        <translation>التظاهرة: {0}؛ تُطبق عند التشغيل المقبل.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="263" />
        <source>The two new PINs differ.</source>
        <translation>الرمزان الجديدان مختلفان.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/tools.py" line="278" />
        <source>PIN changed; every lead stays readable.</source>
        <translation>تم تغيير الرمز؛ كل جهات الاتصال تبقى مقروءة.</translation>
    </message>
</context>
<context>
    <name>HubTab</name>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="50" />
        <source>Address shown on the hub, or scan its code</source>
        <translation>العنوان المعروض على الجهاز المركزي، أو امسح رمزه</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="57" />
        <source>Hub address</source>
        <translation>عنوان الجهاز المركزي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="58" />
        <source>Pairing code</source>
        <translation>رمز الربط</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="59" />
        <source>Staff PIN</source>
        <translation>الرمز السري للموظفين</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="62" />
        <source>Find hubs on this network</source>
        <translation>البحث عن الأجهزة المركزية في هذه الشبكة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="64" />
        <source>Join this hub</source>
        <translation>الانضمام إلى هذا الجهاز المركزي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="91" />
        <source>This kiosk is not joined to a stand hub.</source>
        <translation>هذا الكشك غير مرتبط بجهاز مركزي للجناح.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="93" />
        <source>Joined to the stand hub at {0}.</source>
        <translation>مرتبط بالجهاز المركزي للجناح: {0}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="114" />
        <source>This laptop is the stand hub: {0}, pairing code {1}</source>
        <translation>هذا الحاسوب هو الجهاز المركزي للجناح: {0}، رمز الربط {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="135" />
        <source>Hub {0} at {1}</source>
        <translation>الجهاز المركزي {0} في {1}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="139" />
        <source>No hub announced here: type the address it shows.</source>
        <translation>لا يوجد جهاز مركزي معلن هنا: اكتب العنوان الذي يعرضه.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/hub_tab.py" line="162" />
        <source>Joined: tickets are now numbered by the stand hub.</source>
        <translation>تم الربط: أصبح الجهاز المركزي يرقّم التذاكر.</translation>
    </message>
</context>
<context>
    <name>StandPanel</name>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="46" />
        <source>The stand hub cannot be reached now.</source>
        <translation>لا يمكن الوصول إلى الجهاز المركزي للجناح حالياً.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="53" />
        <source>The whole stand</source>
        <translation>الجناح بأكمله</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="55" />
        <source>alive</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="55" />
        <source>silent</source>
        <translation>صامت</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="57" />
        <source>{0} — {1} · printer: {2} · waiting for HQ: {3} · catalog {4} · last sync: {5}</source>
        <translation>{0} — {1} · الطابعة: {2} · في انتظار المقر: {3} · الكتالوج {4} · آخر مزامنة: {5}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/stand_panel.py" line="68" />
        <source>{0}: waiting {1}, called {2}, done {3} · today {4} tickets, {5} served, {6} no-show</source>
        <translation>{0}: في الانتظار {1}، تم النداء {2}، تمت الخدمة {3} · اليوم {4} تذاكر، {5} خدموا، {6} غائبون</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>لا شيء قيد الطباعة</translation>
    </message>
</context>
</TS>