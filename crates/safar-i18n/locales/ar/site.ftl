# مواقع رحلات العملاء المنشورة (safar publish): الفهرس وصفحات الخرائط والشخصيات.

site-default-title = خرائط رحلة العميل
site-index-description = خرائط رحلة العميل ({ $count })، مع شخصياتها ومراحلها ونقاط تواصلها ومشاعرها.
site-maps-count = { $count ->
    [zero] لا خرائط
    [one] خريطة واحدة
    [two] خريطتان
    [few] { $count } خرائط
    [many] { $count } خريطة
   *[other] { $count } خريطة
}
site-skip-to-content = انتقل إلى المحتوى
site-breadcrumb = أين أنت
site-published-with = نُشر بواسطة سفر من ملفات خرائط الرحلة الخاصة بالفريق.
site-filters = ابحث عن خريطة
site-search-label = ابحث في الخرائط
site-filter-type = النوع
site-filter-persona = الشخصية
site-filter-language = اللغة
site-filter-all-types = كل الأنواع
site-filter-all-personas = كل الشخصيات
site-filter-all-languages = كل اللغات
site-filter-status = الخرائط المعروضة: { $shown } من { $total }
site-filter-none = لا توجد خريطة مطابقة. امسح البحث، أو اختر «الكل» في عوامل التصفية.
site-column-map = الخريطة
site-column-personas = الشخصيات
site-column-type = النوع
site-column-language = اللغة
site-column-stages = المراحل
site-column-edited = آخر تعديل
site-personas-heading = الشخصيات
site-map-personas-heading = الشخصيات في هذه الخريطة
site-persona-maps-heading = الخرائط التي تتناول هذه الشخصية
site-download-map = ملف الخريطة (JSON{"\u200F"}، { $size })
site-download-heading = التنزيل
site-download-svg = صورة (SVG{"\u200F"}، { $size })
site-download-png = صورة (PNG{"\u200F"}، { $size })
site-download-pdf = PDF على صفحات { $paper }{"\u200F"} ({ $size })
site-download-pdf-long = PDF على صفحة واحدة طويلة ({ $size })
site-print = الطباعة على صفحات { $paper }{"\u200F"}
site-print-long = الطباعة على صفحة واحدة طويلة
site-print-failed = تعذّر تجهيز الصفحات للطباعة. نزّل ملف PDF{"\u200F"} أعلاه واطبعه بدلًا من ذلك.
site-view-heading = ما تعرضه الخريطة
site-view-lanes = المسارات
site-view-stage = المرحلة
site-view-all-stages = كل المراحل
site-map-description = { $kind } لـ { $personas }، عدد مراحلها { $stages }.
site-map-description-plain = { $kind }، عدد مراحلها { $stages }.
site-persona-description = الشخصية { $name }، والخرائط التي تتناولها ({ $count }).
