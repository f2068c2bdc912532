## أخطاء النواة: مشكلات التحقق، والملفات التي لا تُفتح، وأخطاء التخزين والمكتبة، والتعديلات
## التي ترفضها الخريطة. تظهر التفاصيل التقنية ($detail و$path) كما هي.

problem-at = { $path }: { $problem }
problem-wrong-format = يجب أن يكون «{ $format }»
problem-unsupported-version = الإصدار { $found } ليس { $supported }، وهو الإصدار الذي يقرؤه هذا البرنامج
problem-empty = يجب ألا يكون فارغًا
problem-too-long = أطول من { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}
problem-malformed-id = ليس معرّفًا صالحًا (من { $min } إلى { $max } من الحروف أو الأرقام أو «-» أو «_»)
problem-duplicate-id = المعرّف «{ $id }» مستخدم أكثر من مرة
problem-unknown-persona = لا توجد شخصية بالمعرّف «{ $id }»
problem-unknown-lane = لا يوجد مسار بالمعرّف «{ $id }»
problem-unknown-stage = لا توجد مرحلة بالمعرّف «{ $id }»
problem-unknown-step = المرحلة «{ $stage }» ليس فيها خطوة «{ $step }»
problem-duplicate-cell = خلية أخرى لها المسار والمرحلة والخطوة نفسها
problem-mixed-granularity = لهذا المسار خلية للمرحلة كلها وخلايا لخطواتها معًا
problem-wrong-card-kind = لا يمكن وضع بطاقة «{ $found }» في مسار «{ $lane }» الذي يضم بطاقات «{ $expected }»
problem-score-out-of-scale = خارج مقياس المشاعر في الخريطة، من { $min } إلى { $max }
problem-invalid-scale = يجب أن يكون الحد الأدنى أقل من الحد الأقصى، وألا يزيد الفرق بينهما على { $span ->
    [zero] { $span } درجة
    [one] درجة واحدة
    [two] درجتين
    [few] { $span } درجات
    [many] { $span } درجة
   *[other] { $span } درجة
}
problem-invalid-date = ليس تاريخًا بالصيغة YYYY-MM-DD
problem-invalid-timestamp = ليس وقتًا عالميًا بالصيغة YYYY-MM-DDTHH:MM:SSZ
problem-invalid-language = ليس وسم لغة مثل en أو fa أو ar-EG
problem-unsafe-url = ليس عنوان ويب http(s) أو عنوانًا نسبيًا
problem-not-finite = ليس عددًا منتهيًا

load-syntax = هذا ليس نص JSON صالحًا: السطر { $line }، العمود { $column } ({ $detail }).
load-not-a-map = هذا ليس ملف خريطة رحلة من سفر: يجب أن يحتوي على {"\u2066"}"format": "{ $format }"{"\u2069"}.
load-bad-version = يجب أن يكون إصدار الملف عددًا صحيحًا من { $min } فما فوق.
load-newer = هذا الملف بإصدار التنسيق { $found }، كتبه إصدار أحدث من سفر؛ هذا الإصدار يقرأ حتى الإصدار { $supported }.
load-migration-failed = فشل تحديث الملف عند الخطوة «{ $step }»: { $detail }
load-shape = بنية الملف خاطئة عند { $path }: { $detail }
load-shapes = بنية الملف خاطئة في { $count } من المواضع. أولها، عند { $path }: { $detail }
shape-wrong-kind = هنا { $found }، والتنسيق يريد { $expected }
json-kind-null = null
json-kind-boolean = صح أو خطأ
json-kind-integer = عدد صحيح
json-kind-fraction = عدد عشري
json-kind-number = عدد
json-kind-text = نص
json-kind-list = قائمة
json-kind-object = كائن
json-kind-unknown = قيمة من نوع آخر
shape-out-of-range = { $found } خارج المدى من { $min } إلى { $max }
shape-missing = الحقل المطلوب «{ $field }» غير موجود
shape-unknown-field = «{ $field }» ليس حقلًا في التنسيق هنا
shape-unknown-name = «{ $found }» ليس واحدًا من: { $expected }
shape-other = { $detail }
syntax-end = ينتهي الملف قبل أن ينتهي JSON
syntax-colon = تنقص «:» بعد مفتاح
syntax-comma-list = تنقص «,» أو «]» في قائمة
syntax-comma-object = تنقص «,» أو «{ "}" }» في كائن
syntax-value = تنقص قيمة هنا
syntax-key = يجب أن يكون المفتاح نصًا بين علامتي تنصيص مزدوجتين
syntax-trailing-comma = فاصلة قبل قوس الإغلاق مباشرة
syntax-trailing = يوجد شيء بعد نهاية JSON
syntax-number = عدد مشوّه أو كبير جدًا
syntax-depth = قوائم وكائنات متداخلة بعمق زائد
syntax-control = حرف تحكم داخل نص، مثل سطر جديد، يكتبه JSON بتسلسل هروب
syntax-escape = تسلسل هروب مشوّه
syntax-other = { $detail }
load-invalid = يخالف الملف قواعد التنسيق في { $count ->
    [zero] { $count } موضع
    [one] موضع واحد
    [two] موضعين
    [few] { $count } مواضع
    [many] { $count } موضعًا
   *[other] { $count } موضع
}.

load-too-large-file = هذا الملف أكبر من أن يُفتح: { $problem }.
load-too-large = هذا الملف أكبر من أن يُفتح: في { $path }، { $problem }.
problem-over-limit = { $what } { $found }، وهو أكثر من { $max }، الحد الأقصى الذي يقرؤه سفر
problem-unlisted = { $count ->
    [zero] و{ $count } مشكلة أخرى
    [one] ومشكلة أخرى
    [two] ومشكلتان أخريان
    [few] و{ $count } مشكلات أخرى
    [many] و{ $count } مشكلةً أخرى
   *[other] و{ $count } مشكلة أخرى
}
limit-bytes = { $found } ميغابايت، وهو أكثر من { $max } ميغابايت، الحد الأقصى الذي يقرؤه سفر
limit-journeys = عدد الخرائط
limit-personas = عدد الشخصيات
limit-persona-items = عدد العناصر
limit-stages = عدد المراحل
limit-steps = عدد الخطوات في كل المراحل
limit-lanes = عدد المسارات
limit-cells = عدد الخلايا
limit-cards = عدد البطاقات في كل الخرائط
limit-cards-in-cell = عدد البطاقات في هذه الخلية

store-full = مساحة التخزين في المتصفح لهذا الموقع ممتلئة.
store-unavailable = لا يسمح هذا المتصفح لسفر باستخدام مساحة التخزين هنا.
store-other = رفض المتصفح الحفظ: { $detail }

read-newer = حُفظت بإصدار أحدث من سفر (الإصدار { $found }؛ وهذا الإصدار يقرأ حتى الإصدار { $supported })، لذا يتركها هذا الإصدار كما هي تمامًا.
read-damaged = لا يمكن قراءة النص المحفوظ: { $detail }

library-read-only = حُفظت هذه المكتبة بإصدار أحدث من سفر، لذا يعرضها هذا الإصدار فقط ولا يغيّر فيها شيئًا.
library-not-found = لا توجد خريطة «{ $id }» في هذه المكتبة.
library-damaged = الخريطة المحفوظة تالفة ونُحّيت جانبًا: { $detail }
library-conflict = تغيّرت هذه الخريطة في علامة تبويب أو نافذة أخرى.
library-invalid = تخالف الخريطة قواعد التنسيق في { $count ->
    [zero] { $count } موضع
    [one] موضع واحد
    [two] موضعين
    [few] { $count } مواضع
    [many] { $count } موضعًا
   *[other] { $count } موضع
}، لذا لم تُحفظ.

command-unknown = لا يوجد في هذه الخريطة شيء بالمعرّف «{ $id }».
command-duplicate-id = المعرّف «{ $id }» مستخدم بالفعل.
command-no-such-place = هذا الموضع غير موجود.
command-wrong-card-kind = هذه البطاقة لا تناسب ذلك المسار.
command-score-outside-scale = ستقع إحدى الدرجات خارج مقياس المشاعر.
command-invalid-scale = يجب أن يكون الحد الأدنى للمقياس أقل من حده الأقصى، وألا يزيد الفرق بينهما على { $span ->
    [zero] { $span } درجة
    [one] درجة واحدة
    [two] درجتين
    [few] { $span } درجات
    [many] { $span } درجة
   *[other] { $span } درجة
}.
command-lane-not-empty = لا يمكن تغيير نوع مسار فيه بطاقات.
command-mixed-granularity = لهذا المسار هناك بالفعل خلية للمرحلة كلها أو خلايا لخطواتها.
command-already-attached = هذه الشخصية مضافة إلى الخريطة بالفعل.
command-over-limit = هذا يتجاوز حدًّا: { $what } لا يزيد على { $max }.

## الملفات التي تُنزَّل أو تُقرأ.

file-not-made = تعذّر على المتصفح إنشاء الملف.
file-no-page = الصفحة غير جاهزة لتنزيل الملفات.
file-not-text = الملف ليس نصًا.
file-not-read = تعذّر على المتصفح قراءة الملف.

## أحجام الملفات والتخزين كما يقرؤها الناس (Message::size)

size-kb = { $size } كيلوبايت
size-mb = { $size } ميغابايت
