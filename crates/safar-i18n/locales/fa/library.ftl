## صفحهٔ کتابخانه: نقشه‌هایی که در این مرورگر نگه داشته می‌شوند، سطل زباله، مدخل‌های کنار گذاشته‌شده،
## وارد کردن و خروجی گرفتن فایل‌ها، و مقداری از حافظهٔ مرورگر که همهٔ این‌ها می‌گیرند.

library-title = نقشه‌های شما
library-actions = کتابخانه
library-new-map = نقشهٔ تازه
library-import-files = وارد کردن فایل‌ها…
library-export = خروجی گرفتن از کتابخانه
library-drop-hint = فایل‌های نقشه را هر جای این صفحه رها کنید تا وارد شوند.
library-search = جست‌وجوی نقشه‌ها
library-search-placeholder = عنوان یا پرسونا
library-no-match = هیچ نقشه‌ای با «{ $query }» پیدا نشد.
library-empty = هنوز نقشه‌ای ندارید. با «نقشهٔ تازه» یکی بسازید یا فایلی وارد کنید.

## نتیجهٔ آخرین کار ($reason یکی از پیام‌های خطاست، یک جملهٔ کامل).

library-create-failed = نقشهٔ تازه ساخته نشد: { $reason }
library-exported = از { $count } نقشه در یک فایل خروجی گرفته شد.
library-exported-left-out = از { $count } نقشه در یک فایل خروجی گرفته شد. این نقشه‌ها در خروجی نیامدند، چون اینجا خوانده نمی‌شوند: { $titles }.
library-export-failed = از کتابخانه خروجی گرفته نشد: { $reason }
library-import-read-only = چیزی وارد نمی‌شود: این کتابخانه با نسخهٔ جدیدتری از سفر ذخیره شده است.

## پیام‌هایی دربارهٔ کل کتابخانه. $key کلید حافظه و $reason جزئیات فنی است و هر دو همان‌طور که هستند نشان داده می‌شوند.

library-found-set-aside = یک مدخل ذخیره‌شده ({ $key }) خوانده نشد و دست‌نخورده کنار گذاشته شد؛ می‌توانید آن را از پایین همین صفحه بارگیری کنید. علت: { $reason }.
library-found-left-in-place = یک مدخل ذخیره‌شده ({ $key }) خوانده نشد. جایی برای کنار گذاشتنش نبود، پس دست‌نخورده همان‌جا ماند. علت: { $reason }.
library-found-adopted = «{ $title }»، نقشه‌ای که در نسخهٔ قبلی سفر نگه داشته بودید، اکنون در کتابخانهٔ شماست.
library-in-memory = این مرورگر اجازه نمی‌دهد سفر در اینجا از حافظه‌اش استفاده کند، پس نقشه‌ها فقط تا بسته شدن یا بازخوانی این زبانه نگه داشته می‌شوند. برای نگه داشتنشان از آن‌ها خروجی بگیرید.
library-read-only-notice = این کتابخانه با نسخهٔ جدیدتری از سفر ذخیره شده است. این نسخه آن را نشان می‌دهد اما چیزی را تغییر نمی‌دهد تا چیزی از آن از دست نرود؛ برای ویرایش، سفر را به‌روز کنید.

## فهرست نقشه‌ها.

library-table-caption = نقشه‌های این مرورگر، تازه‌ترین ویرایش‌ها در ابتدا
library-column-map = نقشه
library-column-personas = پرسوناها
library-column-type = نوع
library-column-language = زبان
library-column-edited = آخرین ویرایش
library-column-review = بازبینی بعدی
library-column-actions = عملیات
library-untitled = نقشهٔ بی‌عنوان
library-newer-badge = ذخیره‌شده با سفر جدیدتر: فقط‌خواندنی
library-review-unscheduled = برنامه‌ریزی نشده
library-review-today = امروز
library-review-tomorrow = فردا
library-review-due = { $days } روز دیگر
library-review-overdue = { $days } روز از موعد گذشته
# $date تاریخی است که به زبان رابط نوشته شده.
library-last-reviewed = آخرین بازبینی: { $date }

## کارهای هر نقشه. نام دسترس‌پذیر هر دکمه پس از یک فاصله با عنوان نقشه تمام می‌شود.

library-duplicate = ساختن رونوشت
library-rename = تغییر نام
library-export-map = خروجی گرفتن
library-move-to-trash = انتقال به سطل زباله
library-duplicated = از «{ $title }» رونوشت ساخته شد.
library-not-duplicated = از «{ $title }» رونوشت ساخته نشد: { $reason }
library-map-exported = از «{ $title }» در یک فایل خروجی گرفته شد.
library-map-not-exported = از «{ $title }» خروجی گرفته نشد: { $reason }
library-trashed = «{ $title }» به سطل زباله رفت. می‌توانید آن را از سطل زبالهٔ پایین صفحه بازگردانید.
library-not-trashed = «{ $title }» به سطل زباله منتقل نشد: { $reason }

## سطل زباله.

library-trash = سطل زباله
library-trash-empty = سطل زباله خالی است.
library-empty-trash = خالی کردن سطل زباله
library-trashed-on = در { $date } به سطل زباله منتقل شد
library-restore = بازگردانی
library-delete-forever = حذف همیشگی
library-restored = «{ $title }» از سطل زباله بازگردانده شد.
library-not-restored = «{ $title }» بازگردانده نشد: { $reason }

library-empty-trash-title = سطل زباله خالی شود؟
library-empty-trash-body = نقشه‌های درون سطل زباله و نسخه‌های ذخیره‌شده‌شان برای همیشه حذف می‌شوند. این کار برگشت‌پذیر نیست.
library-delete-them = برای همیشه حذفشان کن
library-keep-them = نگهشان دار
library-trash-emptied = سطل زباله خالی شد: { $count } نقشه برای همیشه حذف شد.
library-trash-not-emptied = سطل زباله خالی نشد: { $reason }

library-delete-title = این نقشه برای همیشه حذف شود؟
library-delete-body = «{ $title }» و نسخه‌های ذخیره‌شده‌اش برای همیشه حذف می‌شوند. این کار برگشت‌پذیر نیست.
library-delete-it = برای همیشه حذفش کن
library-deleted = «{ $title }» برای همیشه حذف شد.
library-not-deleted = «{ $title }» حذف نشد: { $reason }

## مدخل‌های ذخیره‌شده‌ای که خوانده نشدند و برای بارگیری نگه داشته شده‌اند.

library-set-aside = کنار گذاشته‌شده‌ها
library-set-aside-hint = این مدخل‌های ذخیره‌شده خوانده نشدند. درست همان‌طور که پیدا شدند نگه داشته شده‌اند؛ برای بررسی یا ترمیم هر کدام، آن را بارگیری کنید.
library-bytes = { $bytes } بایت
library-download = بارگیری
library-entry-not-downloaded = مدخل بارگیری نشد: { $reason }
library-delete-entry-question = این مدخل برای همیشه حذف شود؟
library-entry-deleted = مدخل حذف شد.

## تغییر نام نقشه.

library-rename-title = تغییر نام نقشه
library-rename-label = عنوان
library-renamed = نام به «{ $title }» تغییر کرد.
library-not-renamed = نام نقشه تغییر نکرد: { $reason }

## وارد کردن فایل‌های نقشه. هر فایل به شکل «نام فایل: …» آمده و دو سطر زیر پس از دونقطه می‌آیند.
## $titles فهرستی از عنوان نقشه‌هاست.

library-import-title = وارد کردن نقشه‌ها
library-import-ready = آماده است، { $count } نقشه: { $titles }
library-import-file-failed = وارد نمی‌شود و چیزی از آن کتابخانهٔ شما را تغییر نمی‌دهد. { $count } مشکل پیدا شد:
library-import-no-map = این فایل هیچ نقشه‌ای ندارد (فهرست "journeys" آن خالی است).
library-import-clash = این‌ها از پیش در کتابخانهٔ شما هستند: { $titles }. با آن‌ها چه شود؟
library-import-keep-both = هر دو بمانند: به‌صورت رونوشت وارد شوند
library-import-replace = جایگزین نقشه‌های کتابخانه شوند
library-import-skip = نادیده گرفته شوند
library-import-nothing = چیزی برای وارد کردن نیست
library-import-count = وارد کردن { $count } نقشه
library-import-added = وارد کردن تمام شد: { $added } نقشه افزوده شد.
library-import-replaced = وارد کردن تمام شد: { $replaced } نقشه جایگزین شد.
library-import-skipped = وارد کردن تمام شد: { $skipped } نقشه نادیده گرفته شد.
library-import-added-replaced = وارد کردن تمام شد: { $added } نقشه افزوده و { $replaced } نقشه جایگزین شد.
library-import-added-skipped = وارد کردن تمام شد: { $added } نقشه افزوده شد و { $skipped } نقشه نادیده گرفته شد.
library-import-counts = وارد کردن تمام شد: { $added } نقشه افزوده، { $replaced } نقشه جایگزین و { $skipped } نقشه نادیده گرفته شد.
library-import-failed = چیزی وارد نشد: { $reason }

## حافظهٔ مرورگر. $used و $quota و $free اندازه‌اند (size-kb و size-mb).

library-storage-used = حافظهٔ استفاده‌شده: { $used } از حدود { $quota } که این مرورگر برای این سایت نگه می‌دارد
library-storage-nearly-full = حافظهٔ مرورگر تقریباً پر است: کمتر از { $free } از حافظهٔ مرورگرِ این سایت آزاد مانده است. از کتابخانه در یک فایل خروجی بگیرید، سپس سطل زباله را خالی کنید یا نقشه‌ها و نسخه‌های ذخیره‌شده‌ای را که دیگر لازم ندارید حذف کنید؛ وقتی حافظه پر شود، ذخیره کردن متوقف می‌شود.
