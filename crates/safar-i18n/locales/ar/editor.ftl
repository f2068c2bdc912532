## المحرر: شريط الأدوات وحالة الحفظ، وتحرير الخلايا والبطاقات والمراحل والخطوات والمسارات في
## مكانها، والنوافذ (تفاصيل الخريطة، والمسارات، والشخصيات، والإصدارات والمراجعة، والتعارض،
## واختصارات لوحة المفاتيح)، وما يعلنه المحرر لقارئات الشاشة.

## شريط الأدوات

editor-toolbar = تحرير الخريطة
editor-undo = تراجع
editor-redo = إعادة
editor-add-stage = إضافة مرحلة
editor-add-lane = إضافة مسار
editor-lanes = المسارات
editor-map-details = تفاصيل الخريطة
editor-personas = الشخصيات
editor-versions = الإصدارات
editor-new-map = خريطة جديدة
editor-shortcuts = الاختصارات
editor-choose-what-to-keep = اختيار ما يُحتفظ به
editor-export-this-map = تصدير هذه الخريطة

## حالة الحفظ ($reason جملة كاملة من رسائل الأخطاء)

editor-status-in-memory = محفوظة في علامة التبويب هذه فقط: لا يسمح هذا المتصفح لسفر بتخزين الخرائط، لذا تضيع عند إغلاق علامة التبويب أو إعادة تحميلها. صدِّر هذه الخريطة للاحتفاظ بها.
editor-status-saved = حُفظت كل التغييرات في هذا المتصفح
editor-status-saving = جارٍ الحفظ…
editor-status-full = لم تُحفظ: مساحة التخزين في المتصفح لهذا الموقع ممتلئة. تغييراتك محفوظة في علامة التبويب هذه. صدِّر الخريطة لتبقى في أمان، أو أفسح مكانًا في المكتبة (أفرغ سلة المهملات، واحذف الخرائط أو اللقطات القديمة)؛ وسيُستأنف الحفظ تلقائيًا.
editor-status-failed = لم تُحفظ: { $reason } تغييراتك محفوظة في علامة التبويب هذه؛ صدِّر الخريطة للاحتفاظ بها.
editor-status-conflict = لم تُحفظ: تغيّرت هذه الخريطة في علامة تبويب أخرى أيضًا.
editor-status-refused = لم تُحفظ: { $reason }
editor-storage-nearly-full = مساحة التخزين على وشك الامتلاء: المتاح من مساحة تخزين المتصفح لهذا الموقع أقل من ميغابايت واحد. صدِّر هذه الخريطة لتبقى في أمان، وأفسح مكانًا في المكتبة (أفرغ سلة المهملات، واحذف الخرائط أو اللقطات التي لم تعد تحتاج إليها)؛ يتوقف الحفظ عندما تمتلئ المساحة.
editor-leave-unsaved = تعذّر حفظ آخر التغييرات على هذه الخريطة (يوضح شريط الأدوات السبب). هل تغادر على أي حال وتفقدها؟
editor-unsaved-changes = لم تُحفظ التغييرات على هذه الخريطة بعد.
editor-changed-elsewhere = تغيّرت هذه الخريطة في علامة تبويب أخرى؛ أنت ترى الآن ذلك الإصدار.
editor-recovered = { $count ->
    [zero] لم تُستعد أي تغييرات.
    [one] استُعيد تغيير واحد لم تكن علامة تبويب مغلقة قد حفظته بعد.
    [two] استُعيد تغييران لم تكن علامة تبويب مغلقة قد حفظتهما بعد.
    [few] استُعيدت { $count } تغييرات لم تكن علامة تبويب مغلقة قد حفظتها بعد.
   *[other] استُعيد { $count } تغييرًا لم تكن علامة تبويب مغلقة قد حفظته بعد.
}
editor-recovery-failed = لم تعد التغييرات التي لم تحفظها علامة تبويب مغلقة تناسب هذه الخريطة؛ وقد نُحّيت جانبًا في المكتبة ضمن العناصر التالفة لتنزيلها.
editor-snapshot-other-tab = إصدار علامة التبويب الأخرى، الذي حلّ محله الإبقاء على إصداري

## الإشعارات أسفل الشاشة، والإعلانات

editor-notice = إشعار
editor-dismiss = إغلاق
editor-new-map-unsaved = لم تُنشأ خريطة جديدة: لم تُحفظ تغييرات هذه الخريطة بعد (راجع الحالة في شريط الأدوات).
editor-new-map-failed = لم تُنشأ الخريطة الجديدة: { $reason }
editor-export-failed = لم تُصدَّر الخريطة: { $reason }
editor-not-changed = لم يتغير شيء: { $reason }
editor-undone = تم التراجع.
editor-redone = تمت الإعادة.
editor-nothing-to-undo = لا شيء للتراجع عنه.
editor-nothing-to-redo = لا شيء لإعادته.
editor-undo-failed = تعذّر التراجع: { $reason }
editor-redo-failed = تعذّرت الإعادة: { $reason }
# $done هو ما حُذف للتو، في جملة كاملة.
editor-announce-undoable = { $done } اضغط Ctrl+Z للتراجع.

## التحرير في المكان: عناصر تحكم مشتركة

editor-done = تم
editor-cancel = إلغاء
editor-description = الوصف
editor-channel = القناة
editor-department = القسم
editor-move-up = نقل إلى الأعلى
editor-move-down = نقل إلى الأسفل
editor-move-earlier = نقل إلى موضع سابق
editor-move-later = نقل إلى موضع لاحق

## المراحل

editor-edit-stage = تحرير المرحلة
editor-stage-name = اسم المرحلة
editor-add-step = إضافة خطوة
editor-add-stage-after = إضافة مرحلة بعدها
editor-delete-stage = حذف المرحلة
editor-stage-added = أُضيفت المرحلة.
editor-stage-added-at-end = أُضيفت المرحلة في نهاية الخريطة.
editor-stage-moved = نُقلت المرحلة.
editor-stage-moved-to = نُقلت المرحلة إلى الموضع { $position } من { $count }.
editor-stage-deleted = حُذفت المرحلة «{ $name }».
editor-stage-deleted-with-cards = حُذفت المرحلة «{ $name }» مع { $cards ->
    [zero] { $cards } بطاقة
    [one] بطاقة واحدة
    [two] بطاقتين
    [few] { $cards } بطاقات
    [many] { $cards } بطاقةً
   *[other] { $cards } بطاقة
}.

## الخطوات

editor-edit-step = تحرير الخطوة
editor-step-name = اسم الخطوة
editor-moment-of-truth = لحظة الحقيقة
editor-breaking-point = نقطة الانهيار
editor-delete-step = حذف الخطوة
editor-step-added = أُضيفت الخطوة.
editor-step-moved-to = نُقلت الخطوة إلى الموضع { $position } من { $count }.
editor-step-deleted = حُذفت الخطوة «{ $name }».
editor-step-deleted-with-cards = حُذفت الخطوة «{ $name }» مع { $cards ->
    [zero] { $cards } بطاقة
    [one] بطاقة واحدة
    [two] بطاقتين
    [few] { $cards } بطاقات
    [many] { $cards } بطاقةً
   *[other] { $cards } بطاقة
}.

## المسارات

editor-edit-lane = تحرير المسار
editor-lane-name = اسم المسار
# $kind هو نوع المسار كما يسميه ملف الخريطة: text وactions وpain-points…
editor-lane-holds = نوع البطاقات: { $kind ->
    [text] ملاحظات
    [actions] إجراءات العميل
    [thoughts] أفكار وأسئلة
    [feelings] مشاعر
    [emotions] منحنى المشاعر
    [touchpoints] نقاط الاتصال
    [pain-points] نقاط الألم
    [opportunities] فرص
    [kpis] مؤشرات الأداء
    [evidence] أدلة
    [images] صور
    [frontstage] الواجهة الأمامية
    [backstage] خلف الكواليس
    [support] عمليات داعمة
   *[other] { $kind }
}
editor-hide-lane = إخفاء المسار
editor-delete-lane = حذف المسار
editor-lane-moved = نُقل المسار.
editor-lane-moved-to = نُقل المسار إلى الموضع { $position } من { $count }.
editor-lane-hidden = أُخفي المسار «{ $name }».
editor-lane-hidden-how-to-show = أُخفي المسار «{ $name }». يمكنك إظهاره من جديد من «المسارات» في شريط الأدوات.
editor-lane-shown = أُظهر المسار «{ $name }».
editor-lane-deleted = حُذف المسار «{ $name }».
editor-lane-deleted-with-cards = حُذف المسار «{ $name }» مع { $cards ->
    [zero] { $cards } بطاقة
    [one] بطاقة واحدة
    [two] بطاقتين
    [few] { $cards } بطاقات
    [many] { $cards } بطاقةً
   *[other] { $cards } بطاقة
}.
editor-lane-added-at-bottom = أُضيف المسار في أسفل الخريطة.

## الخلايا والبطاقات

# $place خلية، بالصيغة التي يكتبها editor-cell-place.
editor-cards-in = البطاقات في { $place }
editor-cell-place = { $lane }، { $stage }
editor-cell-place-step = { $lane }، { $stage } · { $step }
editor-add-card = إضافة بطاقة
editor-card-position = البطاقة { $position } من { $count }
editor-card-added = أُضيفت البطاقة.
editor-card-moved = نُقلت البطاقة.
editor-card-moved-to-position = نُقلت البطاقة إلى الموضع { $position } من { $count }.
editor-card-moved-to-place = نُقلت البطاقة إلى { $place }.
editor-card-deleted = حُذفت البطاقة.
editor-move-card-up = نقل البطاقة إلى الأعلى
editor-move-card-down = نقل البطاقة إلى الأسفل
editor-move-card-earlier = نقل البطاقة إلى العمود السابق
editor-move-card-later = نقل البطاقة إلى العمود التالي
editor-delete-card = حذف البطاقة

editor-card-text = النص
editor-card-score = الدرجة
editor-card-feeling = الشعور
editor-card-touchpoint = نقطة الاتصال
editor-channel-other = أخرى…
# الاسم الذي تبدأ به قناة خاصة بالفريق، بلغة الخريطة.
editor-channel-other-name = أخرى
editor-channel-name = اسم القناة
editor-card-pain-point = نقطة الألم
editor-card-severity = الشدة
editor-card-opportunity = الفرصة
editor-card-owner = المسؤول
editor-card-priority = الأولوية
editor-card-metric = المؤشر
editor-card-unit = وحدة القياس
editor-card-current-value = القيمة الحالية
editor-card-target = المستهدف
editor-card-note = ملاحظة
editor-not-a-number = اكتب عددًا، صحيحًا أو عشريًا
editor-card-finding = النتيجة
editor-card-source = المصدر
editor-card-link = الرابط (اختياري)
editor-link-unsafe = لا يُحتفظ إلا بروابط الويب (https://…) أو الروابط النسبية
editor-card-caption = التعليق
editor-card-resource = المورد

## الصور

editor-new-picture = صورة جديدة
editor-picture-address = عنوان الصورة
editor-picture-description = وصف لمن لا يستطيع رؤيتها
editor-picture-address-unsafe = أدخل عنوان ويب (https://…) أو عنوانًا نسبيًا لصورة
editor-picture-description-required = الوصف مطلوب
editor-new-picture-address-unsafe = أدخل عنوان ويب (https://…) أو عنوانًا نسبيًا لصورة.
editor-new-picture-description-missing = صِف الصورة لمن لا يستطيع رؤيتها.
editor-add-picture = إضافة صورة

## تفاصيل الخريطة

editor-meta-title = العنوان
editor-meta-goal = الهدف: ما يريد الفريق معرفته
editor-meta-scenario = السيناريو والنطاق
editor-meta-owner = المسؤول أو الفريق
editor-meta-type = نوع الخريطة
editor-meta-language = لغة الخريطة
editor-meta-direction = اتجاه النص
editor-left-to-right = من اليسار إلى اليمين
editor-right-to-left = من اليمين إلى اليسار
editor-meta-last-review = آخر مراجعة
editor-meta-next-review = المراجعة القادمة
editor-meta-scale-min = أدنى درجة شعور
editor-meta-scale-max = أعلى درجة شعور
editor-scale-not-a-number = اكتب عددًا صحيحًا
editor-scale-scores-outside = بعض الدرجات في الخريطة تقع خارج هذا المقياس؛ غيّرها أولًا
editor-scale-invalid = يجب أن تكون أدنى درجة أقل من أعلى درجة، وألا يزيد الفرق بينهما على عشر درجات

## إضافة مسار، وإظهار المسارات

editor-add-lane-title = إضافة مسار
editor-add-lane-kind = ما يسجله المسار
editor-add-lane-name = الاسم (اختياري)
editor-lanes-hint = تحتفظ المسارات المخفية ببطاقاتها؛ كل ما في الأمر أنها لا تظهر في الخريطة.

## الشخصيات

editor-persona = الشخصية
editor-persona-on-map = في هذه الخريطة
editor-edit-persona = تحرير { $name }
editor-unnamed-persona = (شخصية بلا اسم)
editor-add-persona = إضافة شخصية
editor-persona-added = أُضيفت الشخصية إلى هذه الخريطة.
editor-persona-name = الاسم
editor-persona-description = من هو
editor-persona-goals = الأهداف، واحد في كل سطر
editor-persona-needs = الاحتياجات، واحد في كل سطر
editor-persona-motivations = الدوافع، واحد في كل سطر
editor-persona-frustrations = الإحباطات، واحد في كل سطر
editor-persona-day = يوم من حياته
editor-persona-photo-url = عنوان الصورة (اختياري)
editor-persona-photo-alt = وصف الصورة
editor-photo-description-missing = صِف الصورة لمن لا يستطيع رؤيتها
editor-delete-persona = حذف الشخصية
editor-persona-deleted = حُذفت الشخصية.

## الإصدارات والمراجعة ($date مكتوب مسبقًا بتقويم القارئ وأرقامه)

editor-versions-title = الإصدارات والمراجعات
editor-review-heading = المراجعة
editor-last-reviewed = آخر مراجعة: { $date }.
editor-not-reviewed-yet = لم تُراجَع بعد.
editor-review-unscheduled = لا توجد مراجعة مجدولة.
editor-review-due-today = موعد المراجعة القادمة اليوم. ({ $date })
editor-review-due-tomorrow = موعد المراجعة القادمة غدًا. ({ $date })
editor-review-due-in = موعد المراجعة القادمة بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}. ({ $date })
editor-review-overdue = تأخرت المراجعة { $days ->
    [zero] { $days } يوم
    [one] يومًا واحدًا
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}. ({ $date })
editor-review-hint = راجع خريطة الرحلة كل بضعة أشهر وبعد كل إصدار. غيّر التواريخ من «تفاصيل الخريطة».
editor-mark-reviewed = تسجيل المراجعة اليوم
editor-marked-reviewed = سُجّلت المراجعة اليوم؛ موعد المراجعة القادمة بعد ثلاثة أشهر.

editor-snapshots-heading = اللقطات
editor-snapshot-name = اسم اللقطة
editor-snapshot-name-example = قبل مراجعة الربع الثالث
editor-save-snapshot = حفظ لقطة
editor-no-snapshots = لا توجد لقطات بعد.
# اسم اللقطة التي تُحفظ بلا اسم.
editor-snapshot-default-name = لقطة بتاريخ { $date }
editor-snapshot-saved = حُفظت اللقطة «{ $name }».
editor-snapshot-not-saved = لم تُحفظ اللقطة: { $reason }
editor-snapshot-view = عرض
editor-snapshot-view-named = عرض { $name }
editor-snapshot-restore = استعادة
editor-snapshot-restore-named = استعادة { $name }
editor-snapshot-restored = استُعيدت اللقطة «{ $name }».
editor-snapshot-not-restored = تعذّرت استعادة اللقطة «{ $name }».
editor-snapshot-delete-question = أتحذفها نهائيًا؟
editor-snapshot-deleted = حُذفت اللقطة «{ $name }».
editor-snapshot-not-deleted = لم تُحذف اللقطة «{ $name }»: { $reason }

## تغيّرت الخريطة في علامة تبويب أخرى

editor-conflict-title = تغيّرت هذه الخريطة في علامة تبويب أخرى
editor-conflict-question = غيّرتَ هذه الخريطة، وغيّرتها كذلك علامة تبويب أو نافذة أخرى. لم يُحفظ أي من الإصدارين فوق الآخر بعد. ما الذي تريد الاحتفاظ به؟
editor-keep-mine = الاحتفاظ بإصداري
editor-keep-mine-hint = يحل إصدارك محل إصدار علامة التبويب الأخرى، الذي يُحفظ لقطةً ضمن «الإصدارات» (وتُستعاد الخريطة من سلة المهملات إن كانت قد نُقلت إليها).
editor-take-theirs = اعتماد الإصدار الآخر
editor-take-theirs-hint = يحل إصدار علامة التبويب الأخرى محل إصدارك؛ وتُهمل تغييراتك غير المحفوظة.
editor-keep-both = الاحتفاظ بالاثنين
editor-keep-both-hint = يصبح إصدارك نسخة تواصل تحريرها؛ ويبقى الآخر كما هو.
editor-kept-as-copy = احتُفظ بإصدارك باسم «{ $title }»؛ ويبقى الإصدار الآخر في مكان الخريطة.
editor-copy-failed = لم تُنشأ النسخة: { $reason }

## اختصارات لوحة المفاتيح: المفاتيح كما هي مطبوعة على لوحة المفاتيح، وما تفعله

editor-shortcuts-title = اختصارات لوحة المفاتيح
editor-shortcuts-keys = المفاتيح
editor-shortcuts-what = ما تفعله
editor-keys-tab = Tab
editor-shortcut-tab = التنقل بين شريط الأدوات والخريطة (تُعدّ الخريطة كلها محطة واحدة)
editor-keys-arrows = مفاتيح الأسهم
editor-shortcut-arrows = التنقل بين خلايا الخريطة، في اتجاه قراءتها
editor-keys-home-end = Home / End
editor-shortcut-home-end = أول خلية في الصف أو آخرها
editor-keys-ctrl-home-end = Ctrl+Home / Ctrl+End
editor-shortcut-ctrl-home-end = أول خلية في الخريطة أو آخرها
editor-keys-enter = Enter أو F2
editor-shortcut-enter = تحرير الخلية أو المرحلة أو الخطوة أو المسار
editor-keys-escape = Escape
editor-shortcut-escape = إنهاء التحرير والعودة إلى الخلية
editor-keys-undo = Ctrl+Z (⌘Z)
editor-keys-redo = Ctrl+Shift+Z أو Ctrl+Y
editor-keys-help = ?
editor-shortcut-help = عرض هذه القائمة
editor-keys-print = Ctrl+P (⌘P)
editor-shortcut-print = طباعة الخريطة على الصفحات المختارة في المشاركة

## مربعات الحوار، وأزرار الحذف التي تسأل في مكانها قبل الحذف.

dialog-close = إغلاق
dialog-cancel = إلغاء
dialog-delete = حذف
dialog-delete-it = تأكيد الحذف
dialog-keep-it = إبقاء

## المشاركة: الخريطة ملفًا أو صورة أو PDF أو مطبوعة ($format هو SVG أو PNG أو PDF؛ $file اسم
## ملف؛ $size حجم (size-kb وsize-mb)؛ $wanted و$scale مقياسان مثل ٢)

editor-share = مشاركة
editor-share-title = مشاركة هذه الخريطة
editor-share-format = الصيغة
editor-share-json-hint = لسفر: استورده في مكتبة أخرى أو احتفظ به نسخةً.
editor-share-svg-hint = واضحة بأي حجم، للمستندات وصفحات الويب؛ الخطوط داخل الملف.
editor-share-png-hint = للشرائح والمحادثات والبريد الإلكتروني.
editor-share-pdf-hint = صفحات مرقّمة للطباعة أو الإرسال، بنص يمكن تحديده والبحث فيه.
editor-share-scale = المقياس
editor-share-scale-1 = ١× (الشاشات)
editor-share-scale-2 = ٢× (الشرائح)
editor-share-scale-4 = ٤× (الطباعة)
editor-share-page-size = حجم الصفحة (PDF والطباعة)
editor-share-paper-a4 = A4{"‏"} أفقي
editor-share-paper-a3 = A3{"‏"} أفقي
editor-share-paper-a2 = A2{"‏"} أفقي
editor-share-paper-long = صفحة واحدة طويلة
editor-share-view = ما يُعرض
editor-share-hidden-lanes = { $count ->
    [one] تضمين المسار المخفي
    [two] تضمين المسارين المخفيين
   *[other] تضمين المسارات المخفية ({ $count })
}
editor-share-one-stage = المرحلة { $stage } وحدها
editor-share-print = طباعة…
editor-share-preparing-print = جارٍ تجهيز الصفحات للطباعة…
editor-share-printed = { $pages ->
    [one] أُرسلت صفحة واحدة إلى نافذة الطباعة.
    [two] أُرسلت صفحتان إلى نافذة الطباعة.
    [few] أُرسلت { $pages } صفحات إلى نافذة الطباعة.
   *[other] أُرسلت { $pages } صفحة إلى نافذة الطباعة.
}
