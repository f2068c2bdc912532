# The Embed dialog of the app: the snippet, the frame and the map file to host. Only the app
# shows it, so the widget's builds do not carry it.

## The Embed dialog

editor-embed = تضمين
embed-title = تضمين هذه الخريطة
embed-intro = اعرض هذه الخريطة في صفحة أخرى، مثل ويكي أو بوابة الشبكة الداخلية. تحتاج الصفحة إلى نص برمجي واحد وعنصر واحد؛ ويُقدَّم ملف الخريطة وملفات أداة سفر من خادم الويب الخاص بك.
embed-step-file = نزّل ملف الخريطة وضعه على خادم الويب الخاص بك.
embed-download = تنزيل ملف الخريطة
embed-downloaded = نُزّل { $name }.
embed-map-url = عنوان ملف الخريطة على خادمك
embed-widget-url = عنوان ملفات أداة سفر
embed-widget-url-hint = يقدّمها سفر هذا في مجلد { $folder } الخاص به. لتقديمها بنفسك، انسخ ذلك المجلد إلى خادمك.
embed-step-choose = اختر طريقة ظهور الخريطة.
embed-language = لغة الأداة
embed-mode = ما يستطيع القرّاء فعله
embed-mode-view = قراءة الخريطة
embed-mode-edit = تحرير الخريطة (تبقى تعديلات كل قارئ في متصفحه)
embed-storage-key = مفتاح التخزين (اختياري)
embed-storage-key-hint = تتشارك الأدوات ذات المفتاح نفسه تعديلاتها. أحرف لاتينية وأرقام وشرطات وشرطات سفلية ونقاط.
embed-height = الارتفاع (اختياري)
embed-height-hint = بالبكسل، أو طولًا مثل { $examples }.
embed-height-invalid = اكتب الارتفاع عددًا بالبكسل أو طولًا مثل { $examples }.
embed-address-invalid = لا يمكن وضع هذا العنوان في المقتطف. استخدم عنوانًا يبدأ بـ { $schemes }، أو عنوانًا نسبيًا إلى الصفحة، مثل { $example }.
embed-snippet = المقتطف الذي تلصقه في الصفحة
embed-copy = نسخ المقتطف
embed-iframe = للصفحات التي لا تسمح بالنصوص البرمجية: إطار ({ $element })
embed-copy-iframe = نسخ الإطار
embed-copied = نُسخ إلى الحافظة.
embed-copy-failed = لم يسمح المتصفح بالنسخ. حدّد النص وانسخه بنفسك.
embed-untitled = خريطة الرحلة
embed-lanes = المسارات المعروضة
embed-lanes-hint = عند تحديد كل المسارات تعرضها الأداة كلها، وكذلك المسارات التي تُضاف إلى الخريطة لاحقًا.
embed-stage = المرحلة المعروضة
embed-stage-whole = الرحلة كلها
embed-compact = مضغوط: أعمدة أضيق ومسافات أقل
embed-page-url = عنوان الصفحة التي توضع فيها الخريطة (اختياري)
embed-fetches-from = في تلك الصفحة تجلب الأداة ملف الخريطة من { $url }
embed-fetches-relative = تجلب الأداة ملف الخريطة نسبةً إلى الصفحة التي هي فيها. أدخل عنوان الصفحة لترى من أين.
embed-iframe-fetches = يجلب الإطار ملف الخريطة من { $url }
embed-iframe-other-origin = لا يعرض الإطار إلا ملفات الخرائط المقدَّمة من { $origin }، حيث ملفات الأداة: ضع ملف الخريطة هناك، أو استخدم المقتطف بدلًا منه.
embed-images = تعرض الخريطة صورًا بعناوين نسبية إلى ملفها. ضعها بجانب ملف الخريطة على خادمك، بالعناوين نفسها:
embed-sized = إن لم يُحدَّد ارتفاع، فارتفاع الإطار { $height } بكسل: ارتفاع الخريطة الآن، بحدّ أقصى { $most }.
