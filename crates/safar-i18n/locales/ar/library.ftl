## صفحة المكتبة: الخرائط المحفوظة في هذا المتصفح، وسلة المهملات، والإدخالات المُنحّاة جانبًا،
## واستيراد الملفات وتصديرها، والمساحة التي يشغلها كل ذلك من تخزين المتصفح.

library-title = خرائطك
library-actions = المكتبة
library-new-map = خريطة جديدة
library-import-files = استيراد ملفات…
library-export = تصدير المكتبة
library-drop-hint = أفلت ملفات الخرائط في أي مكان من هذه الصفحة لاستيرادها.
library-search = البحث في الخرائط
library-search-placeholder = العنوان أو الشخصية
library-no-match = لا توجد خريطة تطابق «{ $query }».
library-empty = لا توجد خرائط بعد. ابدأ واحدة بزر «خريطة جديدة»، أو استورد ملفًا.

## نتيجة آخر إجراء ($reason إحدى رسائل الأخطاء، وهي جملة كاملة).

library-create-failed = لم تُنشأ الخريطة الجديدة: { $reason }
library-exported = تم تصدير { $count ->
    [zero] { $count } خريطة
    [one] خريطة واحدة
    [two] خريطتين
    [few] { $count } خرائط
    [many] { $count } خريطة
   *[other] { $count } خريطة
} إلى ملف.
library-exported-left-out = تم تصدير { $count ->
    [zero] { $count } خريطة
    [one] خريطة واحدة
    [two] خريطتين
    [few] { $count } خرائط
    [many] { $count } خريطة
   *[other] { $count } خريطة
} إلى ملف. واستُبعدت الخرائط التالية لتعذّر قراءتها هنا: { $titles }.
library-export-failed = تعذّر تصدير المكتبة: { $reason }
library-import-read-only = لا يمكن استيراد أي شيء: حُفظت هذه المكتبة بإصدار أحدث من سفر.

## تنبيهات عن المكتبة كلها. $key مفتاح تخزين و$reason تفصيل تقني، ويُعرضان كما هما.

library-found-set-aside = تعذّرت قراءة إدخال محفوظ ({ $key })، فنُحّي جانبًا دون أن يُمس؛ يمكنك تنزيله أدناه. السبب: { $reason }.
library-found-left-in-place = تعذّرت قراءة إدخال محفوظ ({ $key }). لم تكن هناك مساحة لتنحيته جانبًا، فتُرك في مكانه دون أن يُمس. السبب: { $reason }.
library-found-adopted = أصبحت «{ $title }»، الخريطة التي احتفظت بها في إصدار سابق من سفر، في مكتبتك الآن.
library-in-memory = لا يسمح هذا المتصفح لسفر باستخدام مساحة التخزين هنا، لذا تبقى الخرائط محفوظة فقط حتى تُغلق علامة التبويب هذه أو يُعاد تحميلها. صدّرها للاحتفاظ بها.
library-read-only-notice = حُفظت هذه المكتبة بإصدار أحدث من سفر. يعرضها هذا الإصدار دون أن يغيّر فيها شيئًا، فلا يضيع منها شيء؛ حدّث سفر لتعديلها.

## قائمة الخرائط.

library-table-caption = الخرائط في هذا المتصفح، الأحدث تعديلًا أولًا
library-column-map = الخريطة
library-column-personas = الشخصيات
library-column-type = النوع
library-column-language = اللغة
library-column-edited = آخر تعديل
library-column-review = المراجعة القادمة
library-column-actions = الإجراءات
library-untitled = خريطة بلا عنوان
library-newer-badge = محفوظة بإصدار أحدث من سفر: للقراءة فقط
library-review-unscheduled = غير مجدولة
library-review-today = مستحقة اليوم
library-review-tomorrow = مستحقة غدًا
library-review-due = مستحقة بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
library-review-overdue = متأخرة { $days ->
    [zero] { $days } يوم
    [one] يومًا واحدًا
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
# $date تاريخ مكتوب بلغة الواجهة.
library-last-reviewed = آخر مراجعة: { $date }

## إجراءات الخريطة. ينتهي اسم كل زر بعنوان الخريطة بعد مسافة.

library-duplicate = إنشاء نسخة
library-rename = إعادة تسمية
library-export-map = تصدير
library-move-to-trash = نقل إلى سلة المهملات
library-duplicated = أُنشئت نسخة من «{ $title }».
library-not-duplicated = لم تُنشأ نسخة من «{ $title }»: { $reason }
library-map-exported = صُدّرت «{ $title }» إلى ملف.
library-map-not-exported = لم تُصدَّر «{ $title }»: { $reason }
library-trashed = نُقلت «{ $title }» إلى سلة المهملات. يمكنك استعادتها من سلة المهملات أدناه.
library-not-trashed = لم تُنقل «{ $title }» إلى سلة المهملات: { $reason }

## سلة المهملات.

library-trash = سلة المهملات
library-trash-empty = سلة المهملات فارغة.
library-empty-trash = إفراغ سلة المهملات
library-trashed-on = نُقلت إلى سلة المهملات في { $date }
library-restore = استعادة
library-delete-forever = حذف نهائي
library-restored = استُعيدت «{ $title }» من سلة المهملات.
library-not-restored = لم تُستعد «{ $title }»: { $reason }

library-empty-trash-title = إفراغ سلة المهملات؟
library-empty-trash-body = ستُحذف الخرائط الموجودة في سلة المهملات ولقطاتها نهائيًا. لا يمكن التراجع عن ذلك.
library-delete-them = احذفها نهائيًا
library-keep-them = أبقِها
library-trash-emptied = أُفرغت سلة المهملات: تم حذف { $count ->
    [zero] { $count } خريطة
    [one] خريطة واحدة
    [two] خريطتين
    [few] { $count } خرائط
    [many] { $count } خريطة
   *[other] { $count } خريطة
} نهائيًا.
library-trash-not-emptied = لم تُفرغ سلة المهملات: { $reason }

library-delete-title = حذف هذه الخريطة نهائيًا؟
library-delete-body = ستُحذف «{ $title }» ولقطاتها نهائيًا. لا يمكن التراجع عن ذلك.
library-delete-it = احذفها نهائيًا
library-deleted = حُذفت «{ $title }» نهائيًا.
library-not-deleted = لم تُحذف «{ $title }»: { $reason }

## إدخالات محفوظة تعذّرت قراءتها، مُبقاة للتنزيل.

library-set-aside = الإدخالات المُنحّاة جانبًا
library-set-aside-hint = تعذّرت قراءة هذه الإدخالات المحفوظة. وهي محفوظة كما وُجدت تمامًا؛ نزّل أحدها لفحصه أو إصلاحه.
library-bytes = { $bytes ->
    [zero] { $bytes } بايت
    [one] بايت واحد
    [two] بايتان
    [few] { $bytes } بايتات
    [many] { $bytes } بايتًا
   *[other] { $bytes } بايت
}
library-download = تنزيل
library-entry-not-downloaded = لم يُنزَّل الإدخال: { $reason }
library-delete-entry-question = حذف هذا الإدخال نهائيًا؟
library-entry-deleted = حُذف الإدخال.

## إعادة تسمية خريطة.

library-rename-title = إعادة تسمية الخريطة
library-rename-label = العنوان
library-renamed = أُعيدت التسمية إلى «{ $title }».
library-not-renamed = لم تُعد تسمية الخريطة: { $reason }

## استيراد ملفات الخرائط. يُدرج كل ملف بصيغة «اسم الملف: …»، ويأتي السطران التاليان بعد النقطتين.
## $titles قائمة بعناوين الخرائط.

library-import-title = استيراد خرائط
library-import-ready = جاهز، { $count ->
    [zero] { $count } خريطة
    [one] خريطة واحدة
    [two] خريطتان
    [few] { $count } خرائط
    [many] { $count } خريطة
   *[other] { $count } خريطة
}: { $titles }
library-import-file-failed = لا يمكن استيراده، ولن يغيّر شيء منه مكتبتك. عُثر على { $count ->
    [zero] { $count } مشكلة
    [one] مشكلة واحدة
    [two] مشكلتين
    [few] { $count } مشكلات
    [many] { $count } مشكلة
   *[other] { $count } مشكلة
}:
library-import-no-map = لا يحتوي الملف على أي خريطة (قائمة "journeys" فيه فارغة).
library-import-clash = موجودة في مكتبتك بالفعل: { $titles }. ماذا تريد أن تفعل بها؟
library-import-keep-both = الإبقاء على الاثنتين: استيرادها نسخًا
library-import-replace = استبدال الخرائط الموجودة في المكتبة
library-import-skip = تخطّيها
library-import-nothing = لا شيء لاستيراده
library-import-count = استيراد { $count ->
    [zero] { $count } خريطة
    [one] خريطة واحدة
    [two] خريطتين
    [few] { $count } خرائط
    [many] { $count } خريطة
   *[other] { $count } خريطة
}
library-import-added = اكتمل الاستيراد: تمت إضافة { $added ->
    [zero] { $added } خريطة
    [one] خريطة واحدة
    [two] خريطتين
    [few] { $added } خرائط
    [many] { $added } خريطة
   *[other] { $added } خريطة
}.
library-import-replaced = اكتمل الاستيراد: تم استبدال { $replaced ->
    [zero] { $replaced } خريطة
    [one] خريطة واحدة
    [two] خريطتين
    [few] { $replaced } خرائط
    [many] { $replaced } خريطة
   *[other] { $replaced } خريطة
}.
library-import-skipped = اكتمل الاستيراد: تم تخطّي { $skipped ->
    [zero] { $skipped } خريطة
    [one] خريطة واحدة
    [two] خريطتين
    [few] { $skipped } خرائط
    [many] { $skipped } خريطة
   *[other] { $skipped } خريطة
}.
library-import-added-replaced = اكتمل الاستيراد: تمت إضافة { $added ->
    [zero] { $added } خريطة
    [one] خريطة واحدة
    [two] خريطتين
    [few] { $added } خرائط
    [many] { $added } خريطة
   *[other] { $added } خريطة
}، واستبدال { $replaced ->
    [zero] { $replaced } خريطة
    [one] خريطة واحدة
    [two] خريطتين
    [few] { $replaced } خرائط
    [many] { $replaced } خريطة
   *[other] { $replaced } خريطة
}.
library-import-added-skipped = اكتمل الاستيراد: تمت إضافة { $added ->
    [zero] { $added } خريطة
    [one] خريطة واحدة
    [two] خريطتين
    [few] { $added } خرائط
    [many] { $added } خريطة
   *[other] { $added } خريطة
}، وتخطّي { $skipped ->
    [zero] { $skipped } خريطة
    [one] خريطة واحدة
    [two] خريطتين
    [few] { $skipped } خرائط
    [many] { $skipped } خريطة
   *[other] { $skipped } خريطة
}.
library-import-counts = اكتمل الاستيراد: تمت إضافة { $added ->
    [zero] { $added } خريطة
    [one] خريطة واحدة
    [two] خريطتين
    [few] { $added } خرائط
    [many] { $added } خريطة
   *[other] { $added } خريطة
}، واستبدال { $replaced ->
    [zero] { $replaced } خريطة
    [one] خريطة واحدة
    [two] خريطتين
    [few] { $replaced } خرائط
    [many] { $replaced } خريطة
   *[other] { $replaced } خريطة
}، وتخطّي { $skipped ->
    [zero] { $skipped } خريطة
    [one] خريطة واحدة
    [two] خريطتين
    [few] { $skipped } خرائط
    [many] { $skipped } خريطة
   *[other] { $skipped } خريطة
}.
library-import-failed = لم يُستورد أي شيء: { $reason }

## تخزين المتصفح. $used و$quota و$free أحجام (size-kb وsize-mb).

library-storage-used = المساحة المستخدمة: { $used } من نحو { $quota } يخصصها هذا المتصفح لهذا الموقع
library-storage-nearly-full = مساحة التخزين على وشك الامتلاء: بقي أقل من { $free } متاحًا من تخزين المتصفح لهذا الموقع. صدّر المكتبة إلى ملف، ثم أفرغ سلة المهملات أو احذف الخرائط واللقطات التي لم تعد تحتاج إليها؛ يتوقف الحفظ عند امتلاء المساحة.
