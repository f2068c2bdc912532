## واژه‌های نمایشگر پیرامون متن خود نقشه، به زبان نقشه.

viewer-untitled = (نقشهٔ بی‌عنوان)
viewer-map-kind = نقشهٔ سفر مشتری · { $value }
viewer-severity-value = شدت: { $value }
viewer-priority-value = اولویت: { $value }
viewer-goal = هدف
viewer-scenario = سناریو
viewer-owner = مسئول
viewer-last-review = آخرین بازبینی
viewer-next-review = بازبینی بعدی
viewer-updated = آخرین ویرایش
viewer-persona = پرسونا
viewer-personas = پرسوناها
viewer-goals = اهداف
viewer-needs = نیازها
viewer-motivations = انگیزه‌ها
viewer-frustrations = نارضایتی‌ها
viewer-day-in-the-life = یک روز از زندگی‌اش
viewer-stage = مرحله
viewer-step = گام
viewer-lane = ردیف
viewer-channel = کانال
viewer-department = واحد
viewer-moment-of-truth = لحظهٔ حقیقت
viewer-breaking-point = نقطهٔ شکست
viewer-severity = شدت
viewer-priority = اولویت
viewer-current = فعلی
viewer-target = هدف
viewer-line-of-visibility = خط دید مشتری
viewer-emotion-score = امتیاز احساس
viewer-stage-average = میانگین مرحله
viewer-open-source = باز کردن منبع
viewer-scroll-hint = نقشهٔ سفر، قابل پیمایش

viewer-severity-low = کم
viewer-severity-medium = متوسط
viewer-severity-high = زیاد
viewer-severity-critical = بحرانی

viewer-priority-low = کم
viewer-priority-medium = متوسط
viewer-priority-high = زیاد

viewer-evidence-analytics = تحلیل وب
viewer-evidence-crm = سوابق مدیریت ارتباط با مشتری
viewer-evidence-survey = نظرسنجی رضایت
viewer-evidence-mystery-shopping = خرید پنهان
viewer-evidence-interview = مصاحبه‌ها
viewer-evidence-statistics = آمار
viewer-evidence-support-tickets = تیکت‌های پشتیبانی
viewer-evidence-other = سایر

viewer-resource-people = افراد
viewer-resource-policy = سیاست
viewer-resource-technology = فناوری
viewer-resource-process = فرایند

viewer-channel-website = وب‌سایت
viewer-channel-mobile-app = اپلیکیشن موبایل
viewer-channel-store = فروشگاه
viewer-channel-phone = تلفن
viewer-channel-email = ایمیل
viewer-channel-sms = پیامک
viewer-channel-chat = چت
viewer-channel-social = شبکهٔ اجتماعی
viewer-channel-messenger = پیام‌رسان
viewer-channel-in-person = حضوری
viewer-channel-partner = شریک تجاری
viewer-channel-review-site = سایت نقد و بررسی
viewer-channel-advertising = تبلیغات
viewer-channel-search = جست‌وجو
