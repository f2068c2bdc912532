## The embeddable widget (<safar-journey-map>) on someone else's page, and the editor's Embed
## dialog that makes its snippet.

## The widget

widget-loading = جارٍ تحميل خريطة الرحلة…
widget-error-network = تعذّر جلب خريطة الرحلة من { $url }. لم يستجب الخادم، أو أنه لا يشارك الملف مع هذه الصفحة ({ $mechanism }).
widget-error-status = تعذّر جلب خريطة الرحلة من { $url }: ردّ الخادم بالحالة { $status }.
widget-error-not-utf8 = تعذّرت قراءة خريطة الرحلة من { $url }: الملف ليس نصًا بترميز UTF-8.
widget-error-other-origin = لا تُعرض خريطة الرحلة من { $url }: تعرض هذه الصفحة الخرائط من موقعها فقط، { $origin }.
widget-error-file = الملف في { $url } ليس خريطة رحلة يستطيع سفر عرضها: { $reason }
widget-error-no-map = الملف في { $url } لا يحتوي على خريطة رحلة.
widget-error-no-such-map = الملف في { $url } لا يحتوي على خريطة بالمعرّف { $id }. خرائطه: { $ids }.
widget-error-too-large = الملف في { $url } أكبر من { $max } ميغابايت، الحد الأقصى الذي يقرؤه سفر، لذا لم يُقرأ.
widget-error-empty = لا توجد لهذه الأداة خريطة تعرضها. أعطها السمة { $attribute } بعنوان ملف خريطة، أو ضع الخريطة داخلها في عنصر { $element }.
widget-error-storage-key = لا يمكن استخدام مفتاح التخزين «{ $key }». استخدم أحرفًا لاتينية وأرقامًا وشرطات وشرطات سفلية ونقاطًا فقط، بطول لا يتجاوز { $most }.
widget-error-stored = تعذّر فتح التعديلات المحفوظة لهذه الخريطة في هذا المتصفح: { $reason }
widget-stored-newer = التعديلات المحفوظة لهذه الخريطة في هذا المتصفح أُجريت بإصدار أحدث من سفر، لذا تُعرض للقراءة فقط.
widget-view-unmatched = لم يُعثر على ما يلي في هذه الخريطة، لذا تُعرض الخريطة كاملة: { $names }
widget-snapshot-replaced-by-page = قبل أن تضع الصفحة خريطة جديدة
