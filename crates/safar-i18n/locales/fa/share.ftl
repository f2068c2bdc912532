## نقشه‌هایی که به‌صورت پرونده هم‌رسانی می‌شوند: پنجرهٔ اشتراک‌گذاری ویرایشگر و فهرست بارگیری ویجت
## ($format یکی از SVG و PNG و PDF است؛ $file نام پرونده؛ $size اندازه (size-kb و size-mb)؛
## $wanted و $scale مقیاس‌اند، مانند ۲)

share-json = پروندهٔ نقشه (JSON)
share-svg = تصویر (SVG){"‏"}
share-png = تصویر (PNG){"‏"}
share-pdf = PDF{"‏"}
share-download = بارگیری
share-cancel = لغو
share-drawing = در حال کشیدن { $format }{"‏"}…
share-downloaded = { $file } بارگیری شد ({ $size }).
share-downloaded-pages = { $file } بارگیری شد: { $pages } صفحه، { $size }.
share-downloaded-smaller = { $file } بارگیری شد ({ $size }). نقشه برای PNG{"‏"} با مقیاس { $wanted }× بیش از حد بزرگ است، پس با مقیاس { $scale }× کشیده شد.
share-print-failed = صفحه‌ها برای چاپ آماده نشدند.
share-cancelled = متوقف شد: چیزی ساخته نشد.
share-too-large = تصویر { $width } × { $height } پیکسل می‌شد، بیش از آنچه یک PNG{"‏"} در خود جا می‌دهد. مقیاس کوچک‌تری یا PDF{"‏"} را انتخاب کنید.
share-not-loaded = سازندهٔ تصویر بارگیری نشد ({ $reason }). اتصال را بررسی کنید و دوباره امتحان کنید.
share-failed = { $format }{"‏"} ساخته نشد: { $reason }
