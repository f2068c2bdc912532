## كلمات العارض حول نص الخريطة نفسه، بلغة الخريطة.

viewer-untitled = (خريطة بلا عنوان)
viewer-map-kind = خريطة رحلة العميل · { $value }
viewer-severity-value = الشدة: { $value }
viewer-priority-value = الأولوية: { $value }
viewer-goal = الهدف
viewer-scenario = السيناريو
viewer-owner = المسؤول
viewer-last-review = آخر مراجعة
viewer-next-review = المراجعة القادمة
viewer-updated = آخر تعديل
viewer-persona = الشخصية
viewer-personas = الشخصيات
viewer-goals = الأهداف
viewer-needs = الاحتياجات
viewer-motivations = الدوافع
viewer-frustrations = الإحباطات
viewer-day-in-the-life = يوم من حياته
viewer-stage = المرحلة
viewer-step = الخطوة
viewer-lane = المسار
viewer-channel = القناة
viewer-department = القسم
viewer-moment-of-truth = لحظة الحقيقة
viewer-breaking-point = نقطة الانهيار
viewer-severity = الشدة
viewer-priority = الأولوية
viewer-current = الحالي
viewer-target = المستهدف
viewer-line-of-visibility = خط الرؤية
viewer-emotion-score = درجة الشعور
viewer-stage-average = متوسط المرحلة
viewer-open-source = فتح المصدر
viewer-scroll-hint = خريطة الرحلة، قابلة للتمرير

viewer-severity-low = منخفضة
viewer-severity-medium = متوسطة
viewer-severity-high = عالية
viewer-severity-critical = حرجة

viewer-priority-low = منخفضة
viewer-priority-medium = متوسطة
viewer-priority-high = عالية

viewer-evidence-analytics = تحليلات الويب
viewer-evidence-crm = سجلات إدارة علاقات العملاء
viewer-evidence-survey = استبيان الرضا
viewer-evidence-mystery-shopping = التسوق الخفي
viewer-evidence-interview = المقابلات
viewer-evidence-statistics = الإحصاءات
viewer-evidence-support-tickets = تذاكر الدعم
viewer-evidence-other = أخرى

viewer-resource-people = الأفراد
viewer-resource-policy = السياسات
viewer-resource-technology = التقنية
viewer-resource-process = العمليات

viewer-channel-website = الموقع الإلكتروني
viewer-channel-mobile-app = تطبيق الجوال
viewer-channel-store = المتجر
viewer-channel-phone = الهاتف
viewer-channel-email = البريد الإلكتروني
viewer-channel-sms = الرسائل النصية
viewer-channel-chat = الدردشة
viewer-channel-social = شبكة اجتماعية
viewer-channel-messenger = تطبيق مراسلة
viewer-channel-in-person = حضوريًا
viewer-channel-partner = شريك
viewer-channel-review-site = موقع مراجعات
viewer-channel-advertising = الإعلانات
viewer-channel-search = البحث
