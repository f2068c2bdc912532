//! The words the viewer puts around a map's own text (“Goal”, “Severity: high”), in the map's
//! language. A map is read in its own language, so its chrome follows it.

use safar_core::{EvidenceSource, Language, Priority, Resource, Severity};

/// A piece of viewer text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    JourneyMap,
    Goal,
    Scenario,
    Owner,
    LastReview,
    NextReview,
    Updated,
    Persona,
    Personas,
    Goals,
    Needs,
    Motivations,
    Frustrations,
    DayInTheLife,
    Stage,
    Step,
    Lane,
    Channel,
    Department,
    MomentOfTruth,
    BreakingPoint,
    Severity,
    Priority,
    Current,
    Target,
    LineOfVisibility,
    EmotionScore,
    OpenSource,
    ScrollHint,
}

impl Label {
    pub fn text(self, language: Language) -> &'static str {
        use Label::*;
        let (en, fa, ar) = match self {
            JourneyMap => ("Journey map", "نقشه سفر مشتری", "خريطة رحلة العميل"),
            Goal => ("Goal", "هدف", "الهدف"),
            Scenario => ("Scenario", "سناریو", "السيناريو"),
            Owner => ("Owner", "مسئول", "المسؤول"),
            LastReview => ("Last review", "آخرین بازبینی", "آخر مراجعة"),
            NextReview => ("Next review", "بازبینی بعدی", "المراجعة القادمة"),
            Updated => ("Last edited", "آخرین ویرایش", "آخر تعديل"),
            Persona => ("Persona", "پرسونا", "الشخصية"),
            Personas => ("Personas", "پرسوناها", "الشخصيات"),
            Goals => ("Goals", "اهداف", "الأهداف"),
            Needs => ("Needs", "نیازها", "الاحتياجات"),
            Motivations => ("Motivations", "انگیزه‌ها", "الدوافع"),
            Frustrations => ("Frustrations", "نارضایتی‌ها", "الإحباطات"),
            DayInTheLife => ("A day in their life", "یک روز از زندگی", "يوم من حياته"),
            Stage => ("Stage", "مرحله", "المرحلة"),
            Step => ("Step", "گام", "الخطوة"),
            Lane => ("Lane", "ردیف", "المسار"),
            Channel => ("Channel", "کانال", "القناة"),
            Department => ("Department", "واحد", "القسم"),
            MomentOfTruth => ("Moment of truth", "لحظه حقیقت", "لحظة الحقيقة"),
            BreakingPoint => ("Breaking point", "نقطه شکست", "نقطة الانهيار"),
            Severity => ("Severity", "شدت", "الشدة"),
            Priority => ("Priority", "اولویت", "الأولوية"),
            Current => ("Current", "فعلی", "الحالي"),
            Target => ("Target", "هدف", "المستهدف"),
            LineOfVisibility => ("Line of visibility", "خط دید مشتری", "خط الرؤية"),
            EmotionScore => ("Emotion score", "امتیاز احساس", "درجة الشعور"),
            OpenSource => ("Open the source", "مشاهده منبع", "فتح المصدر"),
            ScrollHint => ("Journey map, scrollable", "نقشه سفر، قابل پیمایش", "خريطة الرحلة، قابلة للتمرير"),
        };
        language.pick(en, fa, ar)
    }
}

pub fn severity(value: Severity, language: Language) -> &'static str {
    match value {
        Severity::Low => language.pick("low", "کم", "منخفضة"),
        Severity::Medium => language.pick("medium", "متوسط", "متوسطة"),
        Severity::High => language.pick("high", "زیاد", "عالية"),
        Severity::Critical => language.pick("critical", "بحرانی", "حرجة"),
    }
}

pub fn priority(value: Priority, language: Language) -> &'static str {
    match value {
        Priority::Low => language.pick("low", "کم", "منخفضة"),
        Priority::Medium => language.pick("medium", "متوسط", "متوسطة"),
        Priority::High => language.pick("high", "زیاد", "عالية"),
    }
}

pub fn evidence_source(value: EvidenceSource, language: Language) -> &'static str {
    match value {
        EvidenceSource::Analytics => language.pick("Web analytics", "تحلیل وب", "تحليلات الويب"),
        EvidenceSource::Crm => language.pick("CRM records", "سوابق CRM", "سجلات CRM"),
        EvidenceSource::Survey => language.pick("Satisfaction survey", "نظرسنجی رضایت", "استبيان الرضا"),
        EvidenceSource::MysteryShopping => language.pick("Mystery shopping", "خرید پنهان", "التسوق الخفي"),
        EvidenceSource::Interview => language.pick("Interviews", "مصاحبه", "مقابلات"),
        EvidenceSource::Statistics => language.pick("Statistics", "آمار", "إحصاءات"),
        EvidenceSource::SupportTickets => language.pick("Support tickets", "تیکت‌های پشتیبانی", "تذاكر الدعم"),
        EvidenceSource::Other => language.pick("Other", "سایر", "أخرى"),
    }
}

pub fn resource(value: Resource, language: Language) -> &'static str {
    match value {
        Resource::People => language.pick("People", "افراد", "الأفراد"),
        Resource::Policy => language.pick("Policy", "سیاست", "السياسات"),
        Resource::Technology => language.pick("Technology", "فناوری", "التقنية"),
        Resource::Process => language.pick("Process", "فرایند", "العمليات"),
    }
}

pub fn channel(value: &safar_core::Channel, language: Language) -> String {
    use safar_core::Channel::*;
    let name = match value {
        Website => language.pick("Website", "وب‌سایت", "الموقع الإلكتروني"),
        MobileApp => language.pick("Mobile app", "اپلیکیشن موبایل", "تطبيق الجوال"),
        Store => language.pick("Store", "فروشگاه", "المتجر"),
        Phone => language.pick("Phone", "تلفن", "الهاتف"),
        Email => language.pick("Email", "ایمیل", "البريد الإلكتروني"),
        Sms => language.pick("SMS", "پیامک", "رسالة نصية"),
        Chat => language.pick("Chat", "چت", "الدردشة"),
        Social => language.pick("Social network", "شبکه اجتماعی", "شبكة اجتماعية"),
        Messenger => language.pick("Messenger", "پیام‌رسان", "تطبيق مراسلة"),
        InPerson => language.pick("In person", "حضوری", "حضورياً"),
        Partner => language.pick("Partner", "نماینده فروش", "شريك"),
        ReviewSite => language.pick("Review site", "سایت نقد و بررسی", "موقع مراجعات"),
        Advertising => language.pick("Advertising", "تبلیغات", "الإعلانات"),
        Search => language.pick("Search", "جستجو", "البحث"),
        Other(name) => return name.clone(),
    };
    name.to_owned()
}
