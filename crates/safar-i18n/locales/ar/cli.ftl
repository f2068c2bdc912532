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
cli-widget-missing = الأداة غير مبنية ({ $dir })، لذا تُنشر الخرائط من دونها: مقروءة وقابلة للطباعة، لكنها غير تفاعلية. ابنها بالأمر trunk build --release، أو مرّر --no-widget.
cli-widget-not-found = لا توجد نسخة مبنية من الأداة في { $dir }: ليس فيه safar-widget.js.
cli-missing-image = { $file }: { $path }: الصورة { $url } ليست في مجلد الخرائط، لذا لن تعرضها الصفحة المنشورة.
cli-svg-left-out = استُبعد { $file }: ملف SVG يحوي نصوصًا برمجية أو معالجات أحداث أو محتوى مضمّنًا قد يشغّل نصوصًا برمجية في الموقع.
cli-published = نُشرت الخرائط ({ $maps }) والشخصيات ({ $personas }) في { $out }.
cli-published-files = الصفحات المبنية: { $rendered }. الملفات المكتوبة: { $written }، دون تغيير: { $unchanged }، المحذوفة: { $removed }.
cli-new-written = كُتب { $file } من القالب { $template }.
cli-new-exists = { $file } موجود مسبقًا، وسفر لا يكتب فوق أي ملف أبدًا. اختر اسمًا آخر.
cli-serve-no-site = لا يحوي { $dir } موقعًا منشورًا (ليس فيه index.html). انشر موقعًا فيه أولًا.
cli-serve-failed = تعذّر الاستماع على { $address }: { $reason }
cli-serving = يُقدَّم { $dir } على { $url } (يوقفه Ctrl+C).
