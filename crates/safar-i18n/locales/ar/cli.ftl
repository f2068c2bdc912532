# سطر أوامر safar: validate وnew وpublish وserve.

cli-problem-read = تعذّرت قراءته: { $reason }
cli-problem-not-utf8 = ليس نصًّا بترميز UTF-8، فلا يمكن أن يكون ملف خريطة
cli-problem-no-maps = لا يحوي أي خريطة رحلة
cli-invalid = الملفات التي ليست خرائط صالحة: { $files }. المشكلات: { $errors }. أصلحها، أو انشر مع --skip-invalid لاستبعاد هذه الملفات.
cli-invalid-skipped = استُبعدت الملفات التي ليست خرائط صالحة: { $files }. المشكلات: { $errors }.
cli-no-maps = لا توجد ملفات خرائط (*.json) في { $inputs }.
cli-valid = صالحة: الملفات { $files }، والخرائط { $maps }.
cli-unknown-language = لا يتحدث سفر «{ $lang }». اختر واحدة من: { $known }.
cli-unknown-type = لا يوجد نوع خريطة باسم «{ $type }». اختر واحدًا من: { $known }.
cli-unknown-template = لا يوجد قالب باسم «{ $template }». اختر واحدًا من: { $known }.
cli-bad-base-url = يجب أن يكون العنوان الأساسي مسارًا يبدأ بـ / أو عنوان http(s)، بلا مسافات ولا علامات اقتباس: { $url }
cli-io-error = تعذّرت قراءة { $path } أو كتابته: { $reason }
cli-widget-missing = صُرِّف هذا الأمر safar من دون نسخة مبنية من الأداة، ولا يسمّي --widget نسخةً. مرّر --widget DIR (المجلد dist/widget بعد trunk build --release)، أو صرّف safar من جديد بعد trunk build --release، أو مرّر --no-widget لتنشر خرائط تُقرأ وتُطبع من دونها.
cli-widget-not-found = لا توجد نسخة مبنية من الأداة في { $dir }: ليس فيه safar-widget.js.
cli-widget-not-release = الأداة في { $dir } نسخة تصحيح (أو لا تذكر أنها نسخة إصدار): ستنزّل كل صفحة من الموقع أضعاف ما تحتاج إليه. ابنها بالأمر trunk build --release، أو مرّر --no-widget.
cli-missing-image = { $file }: { $path }: الصورة { $url } ليست في مجلد الخرائط، لذا لن تعرضها الصفحة المنشورة.
cli-name-unportable = استُبعد { $file }: في اسمه شرطة مائلة عكسية أو نقطتان أو محرف تحكم، أو هو اسم جهاز في ويندوز (CON وNUL…)، فلا يمكن نشره على كل الأنظمة. غيّر اسمه.
cli-link-outside = استُبعد { $file }: هو رابط رمزي إلى { $target }، خارج مجلد الخرائط، ولا ينشر سفر إلا ما في داخله.
cli-link-broken = استُبعد { $file }: هو رابط رمزي إلى شيء غير موجود.
cli-image-not-format = استُبعد { $file }: يقول اسمه إنه صورة { $format }، لكن بايتاته ليست كذلك.
cli-svg-left-out = استُبعد { $file }: { $reason }. لا تُنشر صورة SVG إلا إذا كانت لا تستطيع تشغيل نصوص برمجية ولا تحميل شيء من مكان آخر؛ احفظها بصيغة SVG بسيطة.
cli-svg-too-large = فيه { $bytes } بايت، أكثر من { $limit } بايت المسموح بها لصورة SVG
cli-svg-not-utf8 = ليس نصًّا بترميز UTF-8
cli-svg-encoding = يعلن الترميز { $encoding }، ولا يُقبل إلا UTF-8
cli-svg-doctype = فيه تصريح بنوع المستند (<!DOCTYPE>)، حيث تختبئ الكيانات
cli-svg-not-xml = ليس XML سليم البنية ({ $detail })
cli-svg-instruction = فيه تعليمة معالجة <?{ $target }?>
cli-svg-not-svg = عنصره الجذر <{ $root }> ليس عنصر <svg> من SVG
cli-svg-too-deep = عناصره متداخلة أعمق من { $limit } مستوى
cli-svg-foreign-element = العنصر <{ $element }> في فضاء الأسماء { $namespace }، لا في SVG
cli-svg-no-namespace = العنصر <{ $element }> ليس في أي فضاء أسماء، فهو ليس SVG
cli-svg-element = العنصر <{ $element }> ليس من عناصر الرسم التي ينشرها سفر (النصوص البرمجية والمحتوى المضمَّن لا تُنشر أبدًا)
cli-svg-event-handler = في <{ $element }> معالج الأحداث { $attribute }
cli-svg-attribute = في <{ $element }> السمة { $attribute }، وهي ليست سمة رسم
cli-svg-external-link = <{ $element }> يربط عبر { $attribute } بشيء خارج الصورة
cli-svg-external-style = النمط في { $attribute } من <{ $element }> يحمّل شيئًا من خارج الصورة أو يستعمل تهريبات CSS
cli-svg-external-sheet = ورقة الأنماط في <{ $element }> تحمّل شيئًا من خارج الصورة أو تستعمل تهريبات CSS
cli-svg-animates-link = <{ $element }> يحرّك { $target }، وهو رابط أو معالج أحداث
cli-published = نُشرت الخرائط ({ $maps }) والشخصيات ({ $personas }) في { $out }.
cli-published-files = الصفحات المبنية: { $rendered }. التنزيلات المرسومة: { $drawn }. الملفات المكتوبة: { $written }، دون تغيير: { $unchanged }، المحذوفة: { $removed }.
cli-new-written = كُتب { $file } من القالب { $template }.
cli-new-exists = { $file } موجود مسبقًا، وسفر لا يكتب فوق أي ملف أبدًا. اختر اسمًا آخر.
cli-serve-no-site = لا يحوي { $dir } موقعًا منشورًا (ليس فيه index.html). انشر موقعًا فيه أولًا.
cli-serve-failed = تعذّر الاستماع على { $address }: { $reason }
cli-bad-origin = { $origin } ليس أصلًا: أعطِ أصلًا مثل https://wiki.example (مخطط ومضيف، ولا شيء بعدهما)، أو * لأي أصل.
cli-serving = يُقدَّم { $dir } على { $url } (يوقفه Ctrl+C).
cli-export-unknown-format = لا توجد صيغة تصدير «{ $format }». اختر إحدى { $known } بـ ‎--format، أو اجعل اسم ملف الإخراج ينتهي بإحداها.
cli-export-unknown-paper = لا يوجد مقاس صفحة «{ $paper }». اختر أحد { $known }.
cli-export-bad-scale = المقياس { $scale } خارج النطاق: اختر عددًا من 0.25 إلى 8 (1 للشاشات، 2 للشرائح، 4 للطباعة).
cli-export-unknown-lane = ليس في الخريطة مسار «{ $lane }». مساراتها: { $known }.
cli-export-unknown-stage = ليس في الخريطة مرحلة «{ $stage }». مراحلها: { $known }.
cli-export-over-map = { $file } هو ملف الخريطة نفسه: لا يكتب سفر تصديرًا فوق خريطة أبدًا. اختر ملف إخراج آخر.
cli-export-too-large = بالمقياس { $scale } ستكون الصورة { $width } × { $height } بكسل، أكثر مما يحتمله ملف PNG (على الأكثر { $side } بكسل في كل ضلع و{ $limit } بكسل إجمالًا). اختر ‎--scale أصغر، أو ‎--lanes أقل، أو ‎--stage واحدة، أو صدّر PDF.
cli-export-failed = تعذّر إنشاء { $format }: { $reason }
cli-export-picture = { $format }، { $width } × { $height } بكسل
cli-export-pages = PDF، { $pages ->
    [zero] لا صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $pages } صفحات
    [many] { $pages } صفحة
   *[other] { $pages } صفحة
} ({ $paper })
cli-export-written = كُتب { $file }: { $what }.
cli-publish-unknown-export = لا توجد صيغة تنزيل «{ $format }» لـ ‎--exports. اختر من { $known }، أو none.
cli-publish-png-smaller = { $page }: الخريطة أكبر من أن تكون PNG بمقياس { $wanted }×، فرُسم ملف PNG الخاص بها بمقياس { $scale }× ({ $what }).
cli-publish-download-skipped = { $page }: لم يُصنع ملف { $format } للتنزيل. { $reason }
