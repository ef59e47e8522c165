<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_MA">
<context>
    <name>AidText</name>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="46" />
        <source>Only homes qualify, not plots or premises.</source>
        <translation>يشمل الدعم المساكن فقط، وليس البقع الأرضية أو المحلات.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="49" />
        <source>Only new homes sold for the first time qualify.</source>
        <translation>يشمل الدعم المساكن الجديدة المبيعة لأول مرة فقط.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="52" />
        <source>The building permit is older than the programme allows.</source>
        <translation>رخصة البناء أقدم من التاريخ الذي يحدده البرنامج.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="55" />
        <source>The home has fewer rooms than required.</source>
        <translation>عدد غرف المسكن أقل من الحد الأدنى المطلوب.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="58" />
        <source>The price is not known yet.</source>
        <translation>الثمن غير معروف بعد.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="61" />
        <source>The price is above the programme's limit.</source>
        <translation>الثمن يتجاوز السقف المحدد في البرنامج.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="74" />
        <source>Rules %1 of %2. Indication only: final decision on daamsakane.ma.</source>
        <translation>القواعد %1 بتاريخ %2. مجرد إشارة: القرار النهائي على daamsakane.ma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="81" />
        <source>Daam Sakane: this home may qualify for %1 of aid</source>
        <translation>دعم السكن: قد يستفيد هذا المسكن من دعم قدره %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="87" />
        <source>If you meet the buyer conditions.</source>
        <translation>إذا كنت تستوفي شروط المشتري.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="94" />
        <source>Daam Sakane: this home does not qualify</source>
        <translation>دعم السكن: هذا المسكن غير مؤهل للدعم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="100" />
        <source>Daam Sakane: this plot does not qualify</source>
        <translation>دعم السكن: هذه البقعة غير مؤهلة للدعم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/aid_text.py" line="102" />
        <source>Daam Sakane: these premises do not qualify</source>
        <translation>دعم السكن: هذا المحل غير مؤهل للدعم</translation>
    </message>
</context>
<context>
    <name>CompareScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="134" />
        <source>See</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="135" />
        <source>See %1</source>
        <translation>عرض %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="137" />
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="138" />
        <source>Remove %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="147" />
        <source>Unit</source>
        <translation>العقار</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="148" />
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="149" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="150" />
        <source>Surface</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="151" />
        <source>Rooms</source>
        <translation>الغرف</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="152" />
        <source>Price</source>
        <translation>الثمن</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="153" />
        <source>Price in %1</source>
        <translation>الثمن بـ %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="154" />
        <source>Availability</source>
        <translation>التوفر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="155" />
        <source>Delivery</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="156" />
        <source>Daam Sakane</source>
        <translation>دعم السكن</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="172" />
        <source>May qualify</source>
        <translation>قد يستفيد</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="172" />
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="177" />
        <source>My selection</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="179" />
        <source>Your selection is empty. Add up to 4 units from their page to compare them.</source>
        <translation>اختيارك فارغ. أضف حتى 4 عقارات من صفحاتها لمقارنتها.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="181" />
        <source>Search the catalog</source>
        <translation>البحث في الكتالوج</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="182" />
        <source>I'm interested</source>
        <translation>أنا مهتم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/compare.py" line="183" />
        <source>Print a brochure</source>
        <translation>طباعة كتيب</translation>
    </message>
</context>
<context>
    <name>DetailScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="226" />
        <source>Your selection is full (4 units). Remove one to add this one.</source>
        <translation>اختيارك ممتلئ (4 عقارات). احذف واحدًا لإضافة هذا.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="234" />
        <source>Remove from my selection</source>
        <translation>حذف من اختياري</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="234" />
        <source>Add to my selection</source>
        <translation>إضافة إلى اختياري</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="241" />
        <source>This unit is no longer in the catalog.</source>
        <translation>هذا العقار لم يعد في الكتالوج.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="278" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="279" />
        <source>Surface</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="280" />
        <source>Rooms</source>
        <translation>الغرف</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="281" />
        <source>Floor</source>
        <translation>الطابق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="282" />
        <source>Availability</source>
        <translation>التوفر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="283" />
        <source>Delivery</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="284" />
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="289" />
        <source>Simulate my loan</source>
        <translation>محاكاة قرضي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="290" />
        <source>Print a brochure</source>
        <translation>طباعة كتيب</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="291" />
        <source>I'm interested</source>
        <translation>أنا مهتم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="295" />
        <source>%1 (not available)</source>
        <translation>%1 (غير متاح)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/detail.py" line="285" />
        <source>The programme %1: photos, units, map</source>
        <translation>مشروع %1: صور، عقارات، خريطة</translation>
    </message>
</context>
<context>
    <name>FacetSection</name>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="1" />
        <source>Up to %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="1" />
        <source>%1 rooms or more</source>
        <translation>%1 غرف أو أكثر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="78" />
        <source>Show fewer</source>
        <translation>عرض أقل</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/facets.py" line="78" />
        <source>Show all</source>
        <translation>عرض الكل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/facets.py" line="92" />
        <source>%1, %n result(s)</source>
        <translation>
            <numerusform>%1، بدون نتائج</numerusform>
            <numerusform>%1، نتيجة واحدة</numerusform>
            <numerusform>%1، نتيجتان</numerusform>
            <numerusform>%1، %n نتائج</numerusform>
            <numerusform>%1، %n نتيجة</numerusform>
            <numerusform>%1، %n نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="67" />
        <source>Find your home in Morocco</source>
        <translation>ابحث عن سكنك في المغرب</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="68" />
        <source>Touch a tile to begin</source>
        <translation>المس أحد المربعات للبدء</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="70" />
        <source>Search by city</source>
        <translation>البحث حسب المدينة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="71" />
        <source>Homes, plots or business premises</source>
        <translation>مساكن أو بقع أرضية أو محلات</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="72" />
        <source>Search by budget</source>
        <translation>البحث حسب الميزانية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="73" />
        <source>Am I eligible for Daam Sakane?</source>
        <translation>هل أنا مؤهل لدعم السكن؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="74" />
        <source>Simulate my loan</source>
        <translation>محاكاة قرضي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="75" />
        <source>Talk to an advisor</source>
        <translation>التحدث مع مستشار</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="81" />
        <source>%1 (not available)</source>
        <translation>%1 (غير متاح)</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="1" />
        <source>Yes, finish</source>
        <translation>نعم، إنهاء</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="1" />
        <source>No, continue</source>
        <translation>لا، متابعة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="1" />
        <source>Your contact is not sent yet.</source>
        <translation>لم يتم إرسال معلوماتكم بعد.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="1" />
        <source>Finish and erase what you typed?</source>
        <translation>إنهاء ومحو ما كتبتموه؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="137" />
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="140" />
        <source>Your search will be cleared for the next visitor if nobody touches the screen.</source>
        <translation>سيتم مسح بحثك للزائر التالي إذا لم يلمس أحد الشاشة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="143" />
        <location filename="../../kiosk/ui/idle.py" line="144" />
        <source>Yes, continue</source>
        <translation>نعم، أتابع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/idle.py" line="145" />
        <location filename="../../kiosk/ui/idle.py" line="146" />
        <source>Finish now</source>
        <translation>إنهاء الآن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/idle.py" line="151" />
        <source>%n second(s) left</source>
        <translation><numerusform>%n ثانية متبقية</numerusform><numerusform>ثانية واحدة متبقية</numerusform><numerusform>ثانيتان متبقيتان</numerusform><numerusform>%n ثوانٍ متبقية</numerusform><numerusform>%n ثانية متبقية</numerusform><numerusform>%n ثانية متبقية</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="1" />
        <source>Rooms (at least)</source>
        <translation>الغرف (على الأقل)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="1" />
        <source>Price up to</source>
        <translation>السعر حتى</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/results.py" line="183" />
        <source>%Ln result(s)</source>
        <translation><numerusform>%Ln نتيجة</numerusform><numerusform>نتيجة واحدة</numerusform><numerusform>نتيجتان</numerusform><numerusform>%Ln نتائج</numerusform><numerusform>%Ln نتيجة</numerusform><numerusform>%Ln نتيجة</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="233" />
        <source>Choose a city</source>
        <translation>اختر مدينة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="234" />
        <source>Homes, plots or business premises?</source>
        <translation>مسكن أو بقعة أرضية أو محل؟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="235" />
        <source>Choose your budget</source>
        <translation>اختر ميزانيتك</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="237" />
        <source>Search the catalog</source>
        <translation>البحث في الكتالوج</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="240" />
        <source>Type a city, a programme, a type…</source>
        <translation>اكتب مدينة أو مشروعًا أو نوعًا…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="241" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="243" />
        <source>Best match</source>
        <translation>الأكثر ملاءمة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="244" />
        <source>Price: low to high</source>
        <translation>الثمن تصاعديًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="245" />
        <source>Price: high to low</source>
        <translation>الثمن تنازليًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="246" />
        <source>Largest first</source>
        <translation>الأكبر أولًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="247" />
        <source>Smallest first</source>
        <translation>الأصغر أولًا</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="255" />
        <source>Sort</source>
        <translation>ترتيب</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="256" />
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="259" />
        <source>Kind</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="260" />
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="262" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/results.py" line="264" />
        <source>Availability</source>
        <translation>التوفر</translation>
    </message>
    <message>
        <source>Map of Morocco</source>
        <translation>خريطة المغرب</translation>
    </message>
</context>
<context>
    <name>SorryOverlay</name>
    <message>
        <location filename="../../kiosk/ui/guard.py" line="40" />
        <source>Sorry — starting again</source>
        <translation>عذرًا — نبدأ من جديد</translation>
    </message>
</context>
<context>
    <name>StaffAccess</name>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="60" />
        <source>The staff PIN pad is not installed.</source>
        <translation>لوحة رمز الموظفين غير مثبتة.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="64" />
        <location filename="../../kiosk/ui/staff_access.py" line="65" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="93" />
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="98" />
        <source>Catalog problem: %1</source>
        <translation>مشكلة في الكتالوج: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="102" />
        <source>Open the staff console</source>
        <translation>فتح لوحة الموظفين</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="107" />
        <source>Back to the visitor screens</source>
        <translation>العودة إلى شاشات الزوار</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff_access.py" line="110" />
        <source>Quit the kiosk</source>
        <translation>إغلاق الكشك</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/topbar.py" line="145" />
        <location filename="../../kiosk/ui/topbar.py" line="146" />
        <source>My selection (%n)</source>
        <translation><numerusform>اختياري (%n)</numerusform><numerusform>اختياري (%n)</numerusform><numerusform>اختياري (%n)</numerusform><numerusform>اختياري (%n)</numerusform><numerusform>اختياري (%n)</numerusform><numerusform>اختياري (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="153" />
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="154" />
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="155" />
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="160" />
        <source>Large text</source>
        <translation>نص كبير</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/topbar.py" line="161" />
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/unavailable.py" line="36" />
        <source>Welcome to the Al Omrane stand</source>
        <translation>مرحبًا بكم في رواق العمران</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/unavailable.py" line="38" />
        <source>The catalog is being updated. Our advisors on the stand will gladly help you.</source>
        <translation>يجري تحديث الكتالوج. سيسعد مستشارونا في الرواق بمساعدتكم.</translation>
    </message>
</context>
<context>
    <name>UnitText</name>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="22" />
        <source>Ref. %1</source>
        <translation>المرجع %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="25" />
        <source>Delivery %1</source>
        <translation>التسليم %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="60" />
        <source>%1 m²</source>
        <translation>%1 م²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="75" />
        <source>Ground floor</source>
        <translation>الطابق الأرضي</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="76" />
        <source>Floor %1</source>
        <translation>الطابق %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="86" />
        <source>%1 per m²</source>
        <translation>%1 للمتر المربع</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="89" />
        <source>Price on request</source>
        <translation>الثمن عند الطلب</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="111" />
        <source>%1 = %2 (indicative rate)</source>
        <translation>%1 = %2 (سعر صرف تقريبي)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/unit_text.py" line="116" />
        <source>%1 = %2 on %3 (indicative rate)</source>
        <translation>%1 = %2 بتاريخ %3 (سعر صرف تقريبي)</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>رسم توضيحي</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>Previous picture</source>
        <translation>الصورة السابقة</translation>
    </message>
    <message>
        <source>Next picture</source>
        <translation>الصورة التالية</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Two fingers to zoom, one to move</source>
        <translation>إصبعان للتكبير، وإصبع واحد للتحريك</translation>
    </message>
</context>
<context>
    <name>ChipText</name>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="47" />
        <source>%1 rooms or more</source>
        <translation>%1 غرف أو أكثر</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="50" />
        <source>From %1 m²</source>
        <translation>ابتداء من %1 م²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="50" />
        <source>Up to %1 m²</source>
        <translation>حتى %1 م²</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="54" />
        <source>From %1</source>
        <translation>ابتداء من %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="54" />
        <source>Up to %1</source>
        <translation>حتى %1</translation>
    </message>
</context>
<context>
    <name>NoResultsPanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="206" />
        <source>Nothing matches all of this. Nearest results:</source>
        <translation>لا يوجد عقار يطابق كل هذا. أقرب النتائج:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="208" />
        <source>Nothing matches this search.</source>
        <translation>لا يوجد عقار يطابق هذا البحث.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="218" />
        <source>Talk to an advisor</source>
        <translation>تحدث مع مستشار</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="225" />
        <source>your filter</source>
        <translation>الفلتر الذي اخترتموه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/understood.py" line="230" />
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="232" />
        <source>Show everything (%1)</source>
        <translation>عرض الكل (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="233" />
        <source>Without %1: %2</source>
        <translation>بدون %1: %2</translation>
    </message>
</context>
<context>
    <name>UnderstoodBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="122" />
        <source>Remove filter: %1</source>
        <translation>إزالة الفلتر: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="137" />
        <source>Results for %1</source>
        <translation>نتائج %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="140" />
        <source>Search instead for %1</source>
        <translation>ابحث بدلا من ذلك عن %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="144" />
        <source>Results for %1, as typed</source>
        <translation>نتائج %1 كما كُتبت</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/understood.py" line="146" />
        <source>Correct my spelling</source>
        <translation>صحّح الإملاء</translation>
    </message>
</context>
<context>
    <name>TakeawayQr</name>
    <message>
        <location filename="../../kiosk/ui/widgets/takeaway_qr.py" line="80" />
        <source>Take it with you: scan to keep this on your phone</source>
        <translation>خذوها معكم: امسحوا الرمز للاحتفاظ بها على هاتفكم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/takeaway_qr.py" line="96" />
        <source>Send me my selection</source>
        <translation>أرسلوا لي اختياري</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Where would you like to live?</source>
        <translation>أين تودون السكن؟</translation>
    </message>
    <message>
        <source>Touch a region of the map, or choose it in the list.</source>
        <translation>المسوا جهة على الخريطة، أو اختاروها من القائمة.</translation>
    </message>
    <message>
        <source>Touch a city: the number is the homes, plots and premises available.</source>
        <translation>المسوا مدينة: الرقم هو عدد المساكن والبقع والمحلات المتوفرة.</translation>
    </message>
    <message>
        <source>Everything in this region</source>
        <translation>كل العروض في هذه الجهة</translation>
    </message>
    <message>
        <source>All of Morocco</source>
        <translation>المغرب كله</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="150" />
        <source>This programme is no longer in the catalog.</source>
        <translation>لم يعد هذا المشروع في الكتالوج.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="167" />
        <location filename="../../kiosk/ui/screens/programme.py" line="196" />
        <source>Delivery date to be confirmed</source>
        <translation>تاريخ التسليم سيُحدَّد لاحقًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/programme.py" line="170" />
        <source>See its %n unit(s) in the results</source>
        <translation>
            <numerusform>عرض عقاراته في النتائج</numerusform>
            <numerusform>عرض عقاره الوحيد في النتائج</numerusform>
            <numerusform>عرض عقاريه في النتائج</numerusform>
            <numerusform>عرض عقاراته الـ%n في النتائج</numerusform>
            <numerusform>عرض عقاراته الـ%n في النتائج</numerusform>
            <numerusform>عرض عقاراته الـ%n في النتائج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/programme.py" line="183" />
        <source>%n unit(s) available</source>
        <translation>
            <numerusform>لا عقار متاح</numerusform>
            <numerusform>عقار واحد متاح</numerusform>
            <numerusform>عقاران متاحان</numerusform>
            <numerusform>%n عقارات متاحة</numerusform>
            <numerusform>%n عقارًا متاحًا</numerusform>
            <numerusform>%n عقار متاح</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="190" />
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/programme.py" line="198" />
        <source>%n unit(s)</source>
        <translation>
            <numerusform>بدون عقارات</numerusform>
            <numerusform>عقار واحد</numerusform>
            <numerusform>عقاران</numerusform>
            <numerusform>%n عقارات</numerusform>
            <numerusform>%n عقارًا</numerusform>
            <numerusform>%n عقار</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="226" />
        <source>Deliveries</source>
        <translation>مواعيد التسليم</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/programme.py" line="227" />
        <source>Its units</source>
        <translation>عقاراته</translation>
    </message>
</context>
</TS>