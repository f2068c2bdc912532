# خط فرمان safar: validate، new، publish و serve.

cli-problem-read = خوانده نشد: { $reason }
cli-problem-not-utf8 = متن UTF-8 نیست و نمی‌تواند فایل نقشه باشد
cli-problem-no-maps = هیچ نقشهٔ سفری ندارد
cli-invalid = فایل‌هایی که نقشهٔ معتبر نیستند: { $files }. مشکل‌ها: { $errors }. آن‌ها را درست کنید، یا با --skip-invalid منتشر کنید تا این فایل‌ها کنار گذاشته شوند.
cli-invalid-skipped = فایل‌هایی که نقشهٔ معتبر نبودند کنار گذاشته شدند: { $files }. مشکل‌ها: { $errors }.
cli-no-maps = در { $inputs } هیچ فایل نقشه‌ای (*.json) نیست.
cli-valid = معتبر: { $files } فایل، { $maps } نقشه.
cli-unknown-language = سفر به زبان «{ $lang }» نیست. یکی از این‌ها را برگزینید: { $known }.
cli-unknown-type = نوع نقشه‌ای به نام «{ $type }» نداریم. یکی از این‌ها را برگزینید: { $known }.
cli-unknown-template = الگویی به نام «{ $template }» نداریم. یکی از این‌ها را برگزینید: { $known }.
cli-bad-base-url = نشانی پایه باید مسیری باشد که با / شروع می‌شود یا نشانی http(s)، بی فاصله و بی نقل‌قول: { $url }
cli-io-error = خواندن یا نوشتن { $path } ممکن نشد: { $reason }
cli-widget-missing = ابزارک ساخته نشده است ({ $dir })، پس نقشه‌ها بدون آن منتشر می‌شوند: خواندنی و چاپ‌شدنی، ولی نه تعاملی. آن را با trunk build --release بسازید، یا --no-widget را بدهید.
cli-widget-not-found = در { $dir } ساختهٔ ابزارک نیست: فایل safar-widget.js ندارد.
cli-missing-image = { $file }: { $path }: تصویر { $url } در پوشهٔ نقشه‌ها نیست، پس صفحهٔ منتشرشده آن را نشان نمی‌دهد.
cli-svg-left-out = { $file } کنار گذاشته شد: فایل SVG با اسکریپت، رویدادگردان یا محتوای جاسازی‌شده می‌تواند در سایت اسکریپت اجرا کند.
cli-published = { $maps } نقشه و { $personas } پرسونا در { $out } منتشر شد.
cli-published-files = صفحه‌های ساخته‌شده: { $rendered }. فایل‌های نوشته‌شده: { $written }، بی‌تغییر: { $unchanged }، پاک‌شده: { $removed }.
cli-new-written = { $file } از الگوی { $template } نوشته شد.
cli-new-exists = { $file } از پیش هست و سفر هرگز روی فایلی نمی‌نویسد. نام دیگری برگزینید.
cli-serve-no-site = در { $dir } سایت منتشرشده‌ای نیست (index.html ندارد). اول آنجا منتشر کنید.
cli-serve-failed = گوش دادن روی { $address } ممکن نشد: { $reason }
cli-serving = { $dir } در { $url } در دسترس است (Ctrl+C آن را متوقف می‌کند).
