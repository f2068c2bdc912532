## الخرائط التي تُشارَك ملفاتٍ: نافذة المشاركة في المحرّر وقائمة التنزيل في الأداة
## ($format واحدة من SVG وPNG وPDF؛ $file اسم الملف؛ $size حجمه (size-kb وsize-mb)؛
## $wanted و$scale مقياسان، مثل 2)

share-json = ملف الخريطة (JSON)
share-svg = صورة (SVG){"‏"}
share-png = صورة (PNG){"‏"}
share-pdf = PDF{"‏"}
share-download = تنزيل
share-cancel = إلغاء
share-drawing = جارٍ رسم { $format }{"‏"}…
share-downloaded = نُزّل { $file } ({ $size }).
share-downloaded-pages = { $pages ->
    [one] نُزّل { $file }: صفحة واحدة، { $size }.
    [two] نُزّل { $file }: صفحتان، { $size }.
    [few] نُزّل { $file }: { $pages } صفحات، { $size }.
   *[other] نُزّل { $file }: { $pages } صفحة، { $size }.
}
share-downloaded-smaller = نُزّل { $file } ({ $size }). الخريطة أكبر من أن تُرسم PNG{"‏"} بمقياس { $wanted }×، فرُسمت بمقياس { $scale }×.
share-print-failed = تعذّر تجهيز الصفحات للطباعة.
share-cancelled = توقّف: لم يُصنع شيء.
share-too-large = كانت الصورة ستبلغ { $width } × { $height } بكسل، أكثر مما يتسع له ملف PNG{"‏"}. اختر مقياسًا أصغر أو PDF{"‏"}.
share-not-loaded = تعذّر تحميل صانع الصور ({ $reason }). تحقّق من الاتصال وحاول مرة أخرى.
share-failed = تعذّر صنع { $format }{"‏"}: { $reason }
