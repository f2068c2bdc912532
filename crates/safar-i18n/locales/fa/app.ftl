## پیرامون صفحه‌ها: نوار برنامه، انتخاب زبان، عنوان صفحه‌ها، و صفحه‌هایی جز کتابخانه و ویرایشگر.

app-language = زبان
app-digits = ارقام

app-brand = سفر
app-library = کتابخانه

## عنوان صفحه‌ها. $screen نام صفحه است (عنوان یک نقشه، یا یکی از پیام‌های زیر).

app-page-title = { $screen } · سفر
app-title-map = نقشه
app-title-snapshot = نسخهٔ ذخیره‌شدهٔ { $title }
app-title-snapshot-untitled = نسخهٔ ذخیره‌شدهٔ یک نقشه
app-title-example = { $title } (نمونه)

## نقشه‌هایی که فقط‌خواندنی نشان داده می‌شوند و نقشه‌هایی که نشان داده نمی‌شوند. $reason یکی از
## پیام‌های خطاست، یک جملهٔ کامل.

app-back-to-library = بازگشت به کتابخانهٔ شما
app-back-to-map = بازگشت به نقشه
app-example-notice = این نمونه فقط‌خواندنی است.
app-trashed-notice = این نقشه در سطل زباله است، پس فقط‌خواندنی نشان داده می‌شود.
app-restore-it = بازگردانی‌اش کن
app-map-not-restored = نقشه بازگردانده نشد: { $reason }
app-newer-library-notice = این کتابخانه با نسخهٔ جدیدتری از سفر ذخیره شده است، پس این نقشه فقط‌خواندنی نشان داده می‌شود.
# «نسخه‌ها» دکمهٔ ویرایشگر است (editor-versions)؛ $date از پیش به تقویم و ارقام خواننده نوشته شده.
app-snapshot-notice = نسخهٔ «{ $name }»، ذخیره‌شده در { $date }. فقط‌خواندنی است؛ برای بازگردانی‌اش از «نسخه‌ها» در ویرایشگر استفاده کنید.
app-snapshot-cannot-show = این نسخهٔ ذخیره‌شده نشان داده نمی‌شود: { $reason }
app-no-such-snapshot = چنین نسخهٔ ذخیره‌شده‌ای وجود ندارد.
app-file-holds-no-map = این فایل نقشه هیچ نقشه‌ای ندارد.
app-map-newer = این نقشه اینجا باز نمی‌شود. { $reason } برای باز کردنش سفر را به‌روز کنید.
app-download-data = بارگیری داده‌هایش
app-map-cannot-open = این نقشه باز نمی‌شود: { $reason }

## ساختن نقشهٔ تازه.

new-map-title = نقشهٔ تازه
new-map-stages = مرحله‌ها
new-map-blank = خالی
new-map-blank-hint = یک مرحله؛ بقیه را خودتان بیفزایید
new-map-type = نوع نقشه
new-map-language = زبان نقشه
new-map-start = شروع نقشه
