## ویرایشگر: نوار ابزار و وضعیت ذخیره، ویرایش درجای خانه‌ها، کارت‌ها، مرحله‌ها، گام‌ها و ردیف‌ها،
## پنجره‌ها (جزئیات نقشه، ردیف‌ها، پرسوناها، نسخه‌ها و بازبینی، ناسازگاری، میان‌برهای صفحه‌کلید)،
## و آنچه ویرایشگر برای صفحه‌خوان‌ها اعلام می‌کند.

## نوار ابزار

editor-toolbar = ویرایش نقشه
editor-undo = واگرد
editor-redo = ازنو
editor-add-stage = افزودن مرحله
editor-add-lane = افزودن ردیف
editor-lanes = ردیف‌ها
editor-map-details = جزئیات نقشه
editor-personas = پرسوناها
editor-versions = نسخه‌ها
editor-new-map = نقشهٔ تازه
editor-shortcuts = میان‌برها
editor-choose-what-to-keep = انتخاب نسخه‌ای که بماند
editor-export-this-map = خروجی گرفتن از این نقشه

## وضعیت ذخیره ($reason جمله‌ای کامل از پیام‌های خطاست)

editor-status-in-memory = فقط در همین زبانه نگه داشته می‌شود: این مرورگر اجازه نمی‌دهد سفر نقشه‌ها را ذخیره کند، پس با بستن یا بارگذاری دوبارهٔ زبانه از دست می‌روند. برای نگه داشتن این نقشه از آن خروجی بگیرید.
editor-status-saved = همهٔ تغییرها در این مرورگر ذخیره شد
editor-status-saving = در حال ذخیره…
editor-status-full = ذخیره نشد: حافظهٔ مرورگر برای این سایت پر است. تغییرهای شما در همین زبانه نگه داشته شده‌اند. برای حفظ نقشه از آن خروجی بگیرید، یا در کتابخانه جا باز کنید (سطل زباله را خالی کنید، نقشه‌ها یا نسخه‌های ذخیره‌شدهٔ قدیمی را حذف کنید)؛ ذخیره‌سازی خودبه‌خود از سر گرفته می‌شود.
editor-status-failed = ذخیره نشد: { $reason } تغییرهای شما در همین زبانه نگه داشته شده‌اند؛ برای حفظ آن‌ها از نقشه خروجی بگیرید.
editor-status-conflict = ذخیره نشد: این نقشه در زبانهٔ دیگری هم تغییر کرده است.
editor-status-refused = ذخیره نشد: { $reason }
editor-storage-nearly-full = حافظه تقریباً پر است: کمتر از یک مگابایت از حافظهٔ مرورگر برای این سایت خالی مانده است. برای حفظ این نقشه از آن خروجی بگیرید و در کتابخانه جا باز کنید (سطل زباله را خالی کنید، نقشه‌ها یا نسخه‌های ذخیره‌شده‌ای را که دیگر لازم ندارید حذف کنید)؛ وقتی حافظه پر شود، ذخیره‌سازی متوقف می‌شود.
editor-leave-unsaved = آخرین تغییرهای این نقشه ذخیره نشد (دلیلش در نوار ابزار آمده است). با این حال از اینجا می‌روید و آن‌ها را از دست می‌دهید؟
editor-unsaved-changes = تغییرهای این نقشه هنوز ذخیره نشده‌اند.
editor-changed-elsewhere = این نقشه در زبانهٔ دیگری تغییر کرد؛ اکنون همان نسخه را می‌بینید.
editor-recovered = { $count ->
    [one] یک تغییر که زبانه‌ای بسته‌شده هنوز ذخیره نکرده بود، بازگردانده شد.
   *[other] { $count } تغییر که زبانه‌ای بسته‌شده هنوز ذخیره نکرده بود، بازگردانده شد.
}
editor-recovery-failed = تغییرهایی که زبانه‌ای بسته‌شده ذخیره نکرده بود دیگر با این نقشه جور نیستند؛ برای دریافت، در کتابخانه زیر موارد آسیب‌دیده کنار گذاشته شده‌اند.
editor-snapshot-other-tab = نسخهٔ زبانهٔ دیگر، که با نگه داشتن نسخهٔ من جایگزین شد

## اعلان‌های پایین صفحه و اعلام‌ها

editor-notice = اعلان
editor-dismiss = بستن
editor-new-map-unsaved = نقشهٔ تازه‌ای ساخته نشد: تغییرهای این نقشه هنوز ذخیره نشده‌اند (وضعیت را در نوار ابزار ببینید).
editor-new-map-failed = نقشهٔ تازه ساخته نشد: { $reason }
editor-export-failed = از نقشه خروجی گرفته نشد: { $reason }
editor-not-changed = تغییری داده نشد: { $reason }
editor-undone = واگرد شد.
editor-redone = ازنو انجام شد.
editor-nothing-to-undo = چیزی برای واگرد نیست.
editor-nothing-to-redo = چیزی برای ازنو کردن نیست.
editor-undo-failed = واگرد ممکن نشد: { $reason }
editor-redo-failed = ازنو کردن ممکن نشد: { $reason }
# $done چیزی است که همین حالا حذف شد، در یک جملهٔ کامل.
editor-announce-undoable = { $done } برای واگرد، Ctrl+Z را بزنید.

## ویرایش درجا: کنترل‌های مشترک

editor-done = تمام
editor-cancel = لغو
editor-description = توضیح
editor-channel = کانال
editor-department = واحد
editor-move-up = انتقال به بالا
editor-move-down = انتقال به پایین
editor-move-earlier = انتقال به قبل
editor-move-later = انتقال به بعد

## مرحله‌ها

editor-edit-stage = ویرایش مرحله
editor-stage-name = نام مرحله
editor-add-step = افزودن گام
editor-add-stage-after = افزودن مرحله پس از این
editor-delete-stage = حذف مرحله
editor-stage-added = مرحله افزوده شد.
editor-stage-added-at-end = مرحله به انتهای نقشه افزوده شد.
editor-stage-moved = مرحله جابه‌جا شد.
editor-stage-moved-to = مرحله به جایگاه { $position } از { $count } منتقل شد.
editor-stage-deleted = مرحلهٔ «{ $name }» حذف شد.
editor-stage-deleted-with-cards = مرحلهٔ «{ $name }» همراه با { $cards } کارت حذف شد.

## گام‌ها

editor-edit-step = ویرایش گام
editor-step-name = نام گام
editor-moment-of-truth = لحظهٔ حقیقت
editor-breaking-point = نقطهٔ شکست
editor-delete-step = حذف گام
editor-step-added = گام افزوده شد.
editor-step-moved-to = گام به جایگاه { $position } از { $count } منتقل شد.
editor-step-deleted = گام «{ $name }» حذف شد.
editor-step-deleted-with-cards = گام «{ $name }» همراه با { $cards } کارت حذف شد.

## ردیف‌ها

editor-edit-lane = ویرایش ردیف
editor-lane-name = نام ردیف
# $kind نوع ردیف است، همان‌طور که در فایل نقشه آمده: text، actions، pain-points و…
editor-lane-holds = نوع کارت‌ها: { $kind ->
    [text] یادداشت
    [actions] اقدام مشتری
    [thoughts] فکر و پرسش
    [feelings] احساس
    [emotions] منحنی احساس
    [touchpoints] نقطهٔ تماس
    [pain-points] نقطهٔ درد
    [opportunities] فرصت
    [kpis] شاخص کلیدی
    [evidence] شواهد
    [images] تصویر
    [frontstage] پیش‌صحنه
    [backstage] پشت‌صحنه
    [support] فرایند پشتیبان
   *[other] { $kind }
}
editor-hide-lane = پنهان کردن ردیف
editor-delete-lane = حذف ردیف
editor-lane-moved = ردیف جابه‌جا شد.
editor-lane-moved-to = ردیف به جایگاه { $position } از { $count } منتقل شد.
editor-lane-hidden = ردیف «{ $name }» پنهان شد.
editor-lane-hidden-how-to-show = ردیف «{ $name }» پنهان شد. با «ردیف‌ها» در نوار ابزار می‌توانید دوباره نمایانش کنید.
editor-lane-shown = ردیف «{ $name }» نمایان شد.
editor-lane-deleted = ردیف «{ $name }» حذف شد.
editor-lane-deleted-with-cards = ردیف «{ $name }» همراه با { $cards } کارت حذف شد.
editor-lane-added-at-bottom = ردیف به پایین نقشه افزوده شد.

## خانه‌ها و کارت‌ها

# $place یک خانه است، به شکلی که editor-cell-place می‌گوید.
editor-cards-in = کارت‌های { $place }
editor-cell-place = { $lane }، { $stage }
editor-cell-place-step = { $lane }، { $stage } · { $step }
editor-add-card = افزودن کارت
editor-card-position = کارت { $position } از { $count }
editor-card-added = کارت افزوده شد.
editor-card-moved = کارت جابه‌جا شد.
editor-card-moved-to-position = کارت به جایگاه { $position } از { $count } منتقل شد.
editor-card-moved-to-place = کارت به { $place } منتقل شد.
editor-card-deleted = کارت حذف شد.
editor-move-card-up = انتقال کارت به بالا
editor-move-card-down = انتقال کارت به پایین
editor-move-card-earlier = انتقال کارت به ستون قبلی
editor-move-card-later = انتقال کارت به ستون بعدی
editor-delete-card = حذف کارت

editor-card-text = متن
editor-card-score = امتیاز
editor-card-feeling = احساس
editor-card-touchpoint = نقطهٔ تماس
editor-channel-other = سایر…
# نامی که کانال ویژهٔ تیم با آن آغاز می‌شود، به زبان نقشه.
editor-channel-other-name = سایر
editor-channel-name = نام کانال
editor-card-pain-point = نقطهٔ درد
editor-card-severity = شدت
editor-card-opportunity = فرصت
editor-card-owner = مسئول
editor-card-priority = اولویت
editor-card-metric = شاخص
editor-card-unit = واحد اندازه‌گیری
editor-card-current-value = مقدار فعلی
editor-card-target = هدف
editor-card-note = یادداشت
editor-not-a-number = یک عدد بنویسید، صحیح یا اعشاری
editor-card-finding = یافته
editor-card-source = منبع
editor-card-link = پیوند (اختیاری)
editor-link-unsafe = فقط پیوندهای وب (https://…) یا پیوندهای نسبی نگه داشته می‌شوند
editor-card-caption = زیرنویس
editor-card-resource = منبع سازمانی

## تصویرها

editor-new-picture = تصویر جدید
editor-picture-address = نشانی تصویر
editor-picture-description = توضیح برای کسانی که آن را نمی‌بینند
editor-picture-address-unsafe = نشانی وب (https://…) یا نشانی نسبی یک تصویر را وارد کنید
editor-picture-description-required = توضیح لازم است
editor-new-picture-address-unsafe = نشانی وب (https://…) یا نشانی نسبی یک تصویر را وارد کنید.
editor-new-picture-description-missing = تصویر را برای کسانی که آن را نمی‌بینند توضیح دهید.
editor-add-picture = افزودن تصویر

## جزئیات نقشه

editor-meta-title = عنوان
editor-meta-goal = هدف: تیم می‌خواهد چه چیزی را دریابد
editor-meta-scenario = سناریو و دامنه
editor-meta-owner = مسئول یا تیم
editor-meta-type = نوع نقشه
editor-meta-language = زبان نقشه
editor-meta-direction = جهت متن
editor-left-to-right = چپ به راست
editor-right-to-left = راست به چپ
editor-meta-last-review = آخرین بازبینی
editor-meta-next-review = بازبینی بعدی
editor-meta-scale-min = کمترین امتیاز احساس
editor-meta-scale-max = بیشترین امتیاز احساس
editor-scale-not-a-number = یک عدد صحیح بنویسید
editor-scale-scores-outside = برخی امتیازهای نقشه بیرون از این مقیاس می‌افتند؛ نخست آن‌ها را تغییر دهید
editor-scale-invalid = کمترین امتیاز باید کمتر از بیشترین امتیاز باشد و فاصلهٔ آن‌ها حداکثر ده امتیاز باشد

## افزودن ردیف، و نمایش ردیف‌ها

editor-add-lane-title = افزودن ردیف
editor-add-lane-kind = ردیف چه چیزی را ثبت می‌کند
editor-add-lane-name = نام (اختیاری)
editor-lanes-hint = ردیف‌های پنهان کارت‌هایشان را نگه می‌دارند؛ فقط در نقشه نشان داده نمی‌شوند.

## پرسوناها

editor-persona = پرسونا
editor-persona-on-map = در این نقشه
editor-edit-persona = ویرایش { $name }
editor-unnamed-persona = (پرسونای بی‌نام)
editor-add-persona = افزودن پرسونا
editor-persona-added = پرسونا به این نقشه افزوده شد.
editor-persona-name = نام
editor-persona-description = چه کسی است
editor-persona-goals = اهداف، هر کدام در یک سطر
editor-persona-needs = نیازها، هر کدام در یک سطر
editor-persona-motivations = انگیزه‌ها، هر کدام در یک سطر
editor-persona-frustrations = نارضایتی‌ها، هر کدام در یک سطر
editor-persona-day = یک روز از زندگی‌اش
editor-persona-photo-url = نشانی عکس (اختیاری)
editor-persona-photo-alt = توضیح عکس
editor-photo-description-missing = عکس را برای کسانی که آن را نمی‌بینند توضیح دهید
editor-delete-persona = حذف پرسونا
editor-persona-deleted = پرسونا حذف شد.

## نسخه‌ها و بازبینی ($date از پیش با تقویم و ارقام خواننده نوشته شده است)

editor-versions-title = نسخه‌ها و بازبینی‌ها
editor-review-heading = بازبینی
editor-last-reviewed = آخرین بازبینی: { $date }.
editor-not-reviewed-yet = هنوز بازبینی نشده است.
editor-review-unscheduled = بازبینی‌ای برنامه‌ریزی نشده است.
editor-review-due-today = موعد بازبینی بعدی امروز است. ({ $date })
editor-review-due-tomorrow = موعد بازبینی بعدی فرداست. ({ $date })
editor-review-due-in = موعد بازبینی بعدی { $days } روز دیگر است. ({ $date })
editor-review-overdue = بازبینی { $days } روز عقب افتاده است. ({ $date })
editor-review-hint = نقشهٔ سفر مشتری را هر چند ماه یک بار و پس از هر انتشار بازبینی کنید. تاریخ‌ها را در «جزئیات نقشه» تغییر دهید.
editor-mark-reviewed = ثبت بازبینی امروز
editor-marked-reviewed = بازبینی امروز ثبت شد؛ موعد بازبینی بعدی سه ماه دیگر است.

editor-snapshots-heading = نسخه‌های ذخیره‌شده
editor-snapshot-name = نام نسخه
editor-snapshot-name-example = پیش از بازبینی فصل سوم
editor-save-snapshot = ذخیرهٔ نسخه
editor-no-snapshots = هنوز نسخه‌ای ذخیره نشده است.
# نام نسخهٔ ذخیره‌شده‌ای که بی‌نام ذخیره شود.
editor-snapshot-default-name = نسخهٔ { $date }
editor-snapshot-saved = نسخهٔ «{ $name }» ذخیره شد.
editor-snapshot-not-saved = نسخه ذخیره نشد: { $reason }
editor-snapshot-view = مشاهده
editor-snapshot-view-named = مشاهدهٔ { $name }
editor-snapshot-restore = بازگردانی
editor-snapshot-restore-named = بازگردانی { $name }
editor-snapshot-restored = نسخهٔ «{ $name }» بازگردانده شد.
editor-snapshot-not-restored = نسخهٔ «{ $name }» بازگردانده نشد.
editor-snapshot-delete-question = برای همیشه حذف شود؟
editor-snapshot-deleted = نسخهٔ «{ $name }» حذف شد.
editor-snapshot-not-deleted = نسخهٔ «{ $name }» حذف نشد: { $reason }

## نقشه در زبانهٔ دیگری تغییر کرده است

editor-conflict-title = این نقشه در زبانهٔ دیگری تغییر کرده است
editor-conflict-question = شما و زبانه یا پنجرهٔ دیگری هر دو این نقشه را تغییر داده‌اید. هنوز هیچ‌کدام از دو نسخه روی دیگری ذخیره نشده است. کدام بماند؟
editor-keep-mine = نسخهٔ من بماند
editor-keep-mine-hint = نسخهٔ شما جای نسخهٔ زبانهٔ دیگر را می‌گیرد و آن نسخه در «نسخه‌ها» نگه داشته می‌شود (و اگر نقشه به سطل زباله رفته باشد، از آن بیرون می‌آید).
editor-take-theirs = نسخهٔ دیگر بماند
editor-take-theirs-hint = نسخهٔ زبانهٔ دیگر جای نسخهٔ شما را می‌گیرد؛ تغییرهای ذخیره‌نشدهٔ شما کنار گذاشته می‌شوند.
editor-keep-both = هر دو بمانند
editor-keep-both-hint = نسخهٔ شما رونوشتی می‌شود که ویرایشش را ادامه می‌دهید؛ نسخهٔ دیگر همان‌طور که هست می‌ماند.
editor-kept-as-copy = نسخهٔ شما با نام «{ $title }» نگه داشته شد؛ نسخهٔ دیگر در جای همین نقشه می‌ماند.
editor-copy-failed = رونوشت ساخته نشد: { $reason }

## میان‌برهای صفحه‌کلید: کلیدها همان‌طور که روی صفحه‌کلید نوشته شده‌اند، و کاری که می‌کنند

editor-shortcuts-title = میان‌برهای صفحه‌کلید
editor-shortcuts-keys = کلیدها
editor-shortcuts-what = کاری که می‌کنند
editor-keys-tab = Tab
editor-shortcut-tab = جابه‌جایی میان نوار ابزار و نقشه (کل نقشه یک توقف به شمار می‌آید)
editor-keys-arrows = کلیدهای جهت‌نما
editor-shortcut-arrows = جابه‌جایی میان خانه‌های نقشه، در جهت خواندن نقشه
editor-keys-home-end = Home / End
editor-shortcut-home-end = نخستین یا آخرین خانهٔ ردیف
editor-keys-ctrl-home-end = Ctrl+Home / Ctrl+End
editor-shortcut-ctrl-home-end = نخستین یا آخرین خانهٔ نقشه
editor-keys-enter = Enter یا F2
editor-shortcut-enter = ویرایش خانه، مرحله، گام یا ردیف
editor-keys-escape = Escape
editor-shortcut-escape = پایان ویرایش و بازگشت به خانه
editor-keys-undo = Ctrl+Z (⌘Z)
editor-keys-redo = Ctrl+Shift+Z یا Ctrl+Y
editor-keys-help = ?
editor-shortcut-help = نمایش این فهرست
editor-keys-print = Ctrl+P (⌘P)
editor-shortcut-print = چاپ نقشه روی صفحه‌هایی که در اشتراک‌گذاری انتخاب شده است

## پنجره‌های گفت‌وگو، و دکمه‌های حذفی که پیش از حذف در همان‌جا می‌پرسند.

dialog-close = بستن
dialog-cancel = لغو
dialog-delete = حذف
dialog-delete-it = حذفش کن
dialog-keep-it = نگهش دار

## اشتراک‌گذاری: نقشه به‌صورت پرونده، تصویر، PDF یا چاپ ($format یکی از SVG و PNG و PDF است؛
## $file نام پرونده؛ $size اندازه (size-kb و size-mb)؛ $wanted و $scale مقیاس‌اند، مانند ۲)

editor-share = اشتراک‌گذاری
editor-share-title = اشتراک‌گذاری این نقشه
editor-share-format = قالب
editor-share-json-hint = برای سفر: آن را در کتابخانه‌ای دیگر وارد کنید یا نسخه‌ای از آن نگه دارید.
editor-share-svg-hint = در هر اندازه‌ای واضح، برای سندها و صفحه‌های وب؛ قلم‌ها درون پرونده‌اند.
editor-share-png-hint = برای اسلاید، گفتگو و رایانامه.
editor-share-pdf-hint = صفحه‌های شماره‌دار برای چاپ یا فرستادن، با متنی که می‌توان انتخاب و جستجو کرد.
editor-share-scale = مقیاس
editor-share-scale-1 = ۱× (صفحه‌نمایش)
editor-share-scale-2 = ۲× (اسلاید)
editor-share-scale-4 = ۴× (چاپ)
editor-share-page-size = اندازهٔ صفحه (PDF و چاپ)
editor-share-paper-a4 = A4{"‏"} افقی
editor-share-paper-a3 = A3{"‏"} افقی
editor-share-paper-a2 = A2{"‏"} افقی
editor-share-paper-long = یک صفحهٔ بلند
editor-share-view = چه چیزی نشان داده شود
editor-share-hidden-lanes = { $count ->
    [one] ردیف پنهان هم بیاید
   *[other] { $count } ردیف پنهان هم بیایند
}
editor-share-one-stage = فقط مرحلهٔ { $stage }
editor-share-print = چاپ…
editor-share-preparing-print = در حال آماده کردن صفحه‌ها برای چاپ…
editor-share-printed = { $pages } صفحه به پنجرهٔ چاپ فرستاده شد.
