//! Templates: a new map from one of the standard stage sets and one of the four map types, with
//! stage and lane names written in English, Persian or Arabic.

use crate::id::Id;
use crate::journey::{Journey, Lane, LaneKind, MapType, Stage};
use crate::language::Language;

/// The standard sets of stages the method describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StageSet {
    /// Awareness, Interest, Desire, Action.
    Aida,
    Four,
    Five,
    Six,
    Ten,
}

impl StageSet {
    pub const ALL: [StageSet; 5] = [StageSet::Aida, StageSet::Four, StageSet::Five, StageSet::Six, StageSet::Ten];

    /// The short name used on the command line and in URLs.
    pub fn key(self) -> &'static str {
        match self {
            StageSet::Aida => "aida",
            StageSet::Four => "four-stages",
            StageSet::Five => "five-stages",
            StageSet::Six => "six-stages",
            StageSet::Ten => "ten-stages",
        }
    }

    pub fn from_key(key: &str) -> Option<StageSet> {
        StageSet::ALL.into_iter().find(|set| set.key() == key)
    }

    /// The set's name, for a template picker.
    pub fn name(self, language: Language) -> &'static str {
        match self {
            StageSet::Aida => language.pick("AIDA", "AIDA", "AIDA"),
            StageSet::Four => language.pick("Four stages", "چهار مرحله", "أربع مراحل"),
            StageSet::Five => language.pick("Five stages", "پنج مرحله", "خمس مراحل"),
            StageSet::Six => language.pick("Six stages", "شش مرحله", "ست مراحل"),
            StageSet::Ten => language.pick("Ten stages", "ده مرحله", "عشر مراحل"),
        }
    }

    /// The stage names, in order.
    pub fn stages(self, language: Language) -> &'static [&'static str] {
        match (self, language) {
            (StageSet::Aida, Language::English) => &["Awareness", "Interest", "Desire", "Action"],
            (StageSet::Aida, Language::Persian) => &["آگاهی از برند", "نشان دادن علاقه", "خواست و میل", "خرید یا اقدام"],
            (StageSet::Aida, Language::Arabic) => &["الوعي بالعلامة التجارية", "الاهتمام", "الرغبة", "الشراء أو الإجراء"],
            (StageSet::Four, Language::English) => &[
                "Awareness and information search",
                "Considering and comparing offers",
                "Decision",
                "After-sales",
            ],
            (StageSet::Four, Language::Persian) => &[
                "آگاهی و جستجوی اطلاعات",
                "بررسی و مقایسه پیشنهادها",
                "تصمیم‌گیری",
                "خدمات پس از فروش",
            ],
            (StageSet::Four, Language::Arabic) => &[
                "التوعية والبحث عن المعلومات",
                "النظر في العروض ومقارنتها",
                "اتخاذ القرار",
                "ما بعد البيع",
            ],
            (StageSet::Five, Language::English) => {
                &["Awareness", "Consideration", "Decision / Purchase", "Retention", "Advocacy"]
            }
            (StageSet::Five, Language::Persian) => &["آگاهی", "توجه یا بررسی", "خرید یا تصمیم‌گیری", "نگهداری", "هواداری"],
            (StageSet::Five, Language::Arabic) => &["الوعي", "الدراسة والمقارنة", "القرار أو الشراء", "الاحتفاظ", "التأييد والمناصرة"],
            (StageSet::Six, Language::English) => {
                &["Awareness", "Consideration", "Acquisition", "Purchase / Action", "Service", "Loyalty"]
            }
            (StageSet::Six, Language::Persian) => &[
                "آگاهی از برند",
                "بررسی و ملاحظات",
                "جذب",
                "خرید یا اقدام",
                "خدمات پس از فروش",
                "وفادارسازی",
            ],
            (StageSet::Six, Language::Arabic) => &[
                "الوعي بالعلامة التجارية",
                "الدراسة والمقارنة",
                "الاستقطاب",
                "الشراء أو الإجراء",
                "خدمة ما بعد البيع",
                "الولاء",
            ],
            (StageSet::Ten, Language::English) => &[
                "Awareness",
                "Search",
                "Choice",
                "Acquisition",
                "Discovery",
                "Use",
                "Maintenance",
                "Loyalty",
                "Recommendation",
                "Commitment",
            ],
            (StageSet::Ten, Language::Persian) => &[
                "آگاه‌سازی",
                "جستجو",
                "انتخاب",
                "تهیه",
                "کشف",
                "استفاده",
                "نگهداری",
                "وفاداری",
                "توصیه",
                "تعهد",
            ],
            (StageSet::Ten, Language::Arabic) => &[
                "التحسيس",
                "بحث",
                "الاختيار",
                "استحواذ",
                "الإكتشاف",
                "استعمال",
                "الصيانة",
                "وفاء",
                "التوصية",
                "التزام",
            ],
        }
    }
}

/// A starting point for a new map: a stage set and a map type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Template {
    pub stage_set: StageSet,
    pub map_type: MapType,
}

impl Template {
    pub fn new(stage_set: StageSet, map_type: MapType) -> Self {
        Template { stage_set, map_type }
    }

    /// Every template: each stage set with each map type.
    pub fn all() -> impl Iterator<Item = Template> {
        StageSet::ALL
            .into_iter()
            .flat_map(|set| MapType::ALL.into_iter().map(move |map_type| Template::new(set, map_type)))
    }

    /// The lanes a map of this type starts with, top to bottom.
    pub fn lane_kinds(self) -> &'static [LaneKind] {
        use LaneKind::*;
        match self.map_type {
            MapType::CurrentState | MapType::FutureState => {
                &[Actions, Touchpoints, Thoughts, Emotions, PainPoints, Opportunities, Kpis, Evidence]
            }
            MapType::DayInTheLife => &[Actions, Thoughts, Feelings, Emotions, Touchpoints, PainPoints, Opportunities],
            MapType::ServiceBlueprint => {
                &[Actions, Touchpoints, Frontstage, Backstage, Support, Evidence, PainPoints, Opportunities]
            }
        }
    }

    /// A new, empty map. `now` is the UTC timestamp to record as created and updated.
    pub fn build(self, language: Language, id: Id, now: &str) -> Journey {
        let stages = self
            .stage_set
            .stages(language)
            .iter()
            .enumerate()
            .map(|(i, name)| Stage::new(Id::new(format!("stage-{}", i + 1)), *name))
            .collect();
        let lanes = self
            .lane_kinds()
            .iter()
            .map(|&kind| Lane {
                id: Id::new(format!("lane-{}", kind.as_str())),
                name: lane_name(kind, language).to_owned(),
                kind,
                hidden: false,
            })
            .collect();
        Journey {
            id,
            title: map_type_name(self.map_type, language).to_owned(),
            goal: String::new(),
            scenario: String::new(),
            map_type: self.map_type,
            owner: String::new(),
            language: language.tag().to_owned(),
            direction: language.direction(),
            created: now.to_owned(),
            updated: now.to_owned(),
            last_review: None,
            next_review: None,
            personas: Vec::new(),
            emotion_scale: Default::default(),
            stages,
            lanes,
            cells: Vec::new(),
        }
    }
}

/// A new map with the lanes of `map_type` and a single stage, for teams that lay out their own
/// stages.
pub fn blank(map_type: MapType, language: Language, id: Id, now: &str) -> Journey {
    let mut journey = Template::new(StageSet::Aida, map_type).build(language, id, now);
    journey.stages = vec![Stage::new(Id::new("stage-1"), language.pick("Stage 1", "مرحله ۱", "المرحلة ١"))];
    journey
}

/// The usual name of a lane of `kind`.
pub fn lane_name(kind: LaneKind, language: Language) -> &'static str {
    match kind {
        LaneKind::Text => language.pick("Notes", "یادداشت‌ها", "ملاحظات"),
        LaneKind::Actions => language.pick("Customer actions", "اقدامات مشتری", "إجراءات العميل"),
        LaneKind::Thoughts => language.pick("Thoughts and questions", "افکار و پرسش‌ها", "الأفكار والأسئلة"),
        LaneKind::Feelings => language.pick("Feelings", "احساسات", "المشاعر"),
        LaneKind::Emotions => language.pick("Emotion curve", "منحنی احساسات", "منحنى المشاعر"),
        LaneKind::Touchpoints => language.pick("Touchpoints and channels", "نقاط تماس و کانال‌ها", "نقاط الاتصال والقنوات"),
        LaneKind::PainPoints => language.pick("Pain points", "نقاط درد", "نقاط الألم"),
        LaneKind::Opportunities => language.pick("Opportunities", "فرصت‌ها", "الفرص"),
        LaneKind::Kpis => language.pick("KPIs", "شاخص‌های کلیدی", "مؤشرات الأداء"),
        LaneKind::Evidence => language.pick("Evidence and data sources", "شواهد و منابع داده", "الأدلة ومصادر البيانات"),
        LaneKind::Images => language.pick("Images", "تصاویر", "الصور"),
        LaneKind::Frontstage => language.pick("Frontstage", "پیش‌صحنه", "الواجهة الأمامية"),
        LaneKind::Backstage => language.pick("Backstage", "پشت‌صحنه", "خلف الكواليس"),
        LaneKind::Support => language.pick("Support processes", "فرایندهای پشتیبان", "العمليات الداعمة"),
    }
}

/// The name of a map type.
pub fn map_type_name(map_type: MapType, language: Language) -> &'static str {
    match map_type {
        MapType::CurrentState => language.pick("Current state", "وضعیت فعلی", "الوضع الحالي"),
        MapType::DayInTheLife => language.pick("Day in the life", "روزی در زندگی", "يوم في الحياة"),
        MapType::FutureState => language.pick("Future state", "وضعیت آینده", "الوضع المستقبلي"),
        MapType::ServiceBlueprint => language.pick("Service blueprint", "طرح خدمات", "مخطط الخدمة"),
    }
}
