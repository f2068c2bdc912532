## ما حول الشاشات: شريط التطبيق، ومنتقي اللغة، وعناوين الصفحات، والشاشات غير المكتبة والمحرر.

app-language = اللغة
app-digits = الأرقام

app-brand = سفر
app-library = المكتبة

## عناوين الصفحات. $screen اسم الشاشة (عنوان خريطة، أو إحدى الرسائل أدناه).

app-page-title = { $screen } · سفر
app-title-map = خريطة
app-title-snapshot = لقطة من { $title }
app-title-snapshot-untitled = لقطة من خريطة
app-title-example = { $title } (مثال)

## خرائط تُعرض للقراءة فقط، وخرائط لا يمكن عرضها. $reason إحدى رسائل الأخطاء، وهي جملة كاملة.

app-back-to-library = العودة إلى مكتبتك
app-back-to-map = العودة إلى الخريطة
app-example-notice = هذا المثال للقراءة فقط.
app-trashed-notice = هذه الخريطة في سلة المهملات، لذا تُعرض للقراءة فقط.
app-restore-it = استعدها
app-map-not-restored = لم تُستعد الخريطة: { $reason }
app-newer-library-notice = حُفظت هذه المكتبة بإصدار أحدث من سفر، لذا تُعرض هذه الخريطة للقراءة فقط.
# «الإصدارات» زر المحرر (editor-versions)؛ و$date مكتوب مسبقًا بتقويم القارئ وأرقامه.
app-snapshot-notice = لقطة «{ $name }»، حُفظت في { $date }. للقراءة فقط؛ استعدها من «الإصدارات» في المحرر.
app-snapshot-cannot-show = لا يمكن عرض هذه اللقطة: { $reason }
app-no-such-snapshot = لا توجد لقطة كهذه.
app-file-holds-no-map = ملف الخريطة هذا لا يحتوي على أي خريطة.
app-map-newer = لا يمكن فتح هذه الخريطة هنا. { $reason } حدّث سفر لفتحها.
app-download-data = تنزيل بياناتها
app-map-cannot-open = لا يمكن فتح هذه الخريطة: { $reason }

## إنشاء خريطة جديدة.

new-map-title = خريطة جديدة
new-map-stages = المراحل
new-map-blank = فارغة
new-map-blank-hint = مرحلة واحدة؛ أضف مراحلك بنفسك
new-map-type = نوع الخريطة
new-map-language = لغة الخريطة
new-map-start = ابدأ الخريطة
