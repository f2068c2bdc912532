//! Cards: the notes inside a cell. Each lane kind holds one kind of card, with the fields that
//! kind needs (a score for an emotion, a severity for a pain point, a target for a KPI).

use crate::channel::Channel;
use crate::id::Id;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A card in a cell, tagged by `kind`.
#[derive(Clone, Debug, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Card {
    /// Free text: actions, thoughts, feelings and text lanes.
    Note(Note),
    /// A point of the emotion curve.
    Emotion(Emotion),
    Touchpoint(Touchpoint),
    PainPoint(PainPoint),
    Opportunity(Opportunity),
    Kpi(Kpi),
    Evidence(Evidence),
    Image(Image),
    /// A frontstage, backstage or support-process entry of a service blueprint.
    Blueprint(Blueprint),
}

/// The kinds of card, without their content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CardKind {
    Note,
    Emotion,
    Touchpoint,
    PainPoint,
    Opportunity,
    Kpi,
    Evidence,
    Image,
    Blueprint,
}

impl CardKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CardKind::Note => "note",
            CardKind::Emotion => "emotion",
            CardKind::Touchpoint => "touchpoint",
            CardKind::PainPoint => "pain-point",
            CardKind::Opportunity => "opportunity",
            CardKind::Kpi => "kpi",
            CardKind::Evidence => "evidence",
            CardKind::Image => "image",
            CardKind::Blueprint => "blueprint",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Note {
    pub id: Id,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Emotion {
    pub id: Id,
    /// On the map's emotion scale.
    pub score: i8,
    /// What the customer feels, in a word or a sentence.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Touchpoint {
    pub id: Id,
    pub text: String,
    pub channel: Channel,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub department: String,
}

#[derive(Clone, Debug, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PainPoint {
    pub id: Id,
    pub text: String,
    pub severity: Severity,
}

#[derive(Clone, Debug, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Opportunity {
    pub id: Id,
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    pub priority: Priority,
}

/// A metric such as NPS, CSAT, conversion rate or time spent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Kpi {
    pub id: Id,
    pub name: String,
    /// `%`, `min`, `points`...
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Evidence {
    pub id: Id,
    pub text: String,
    pub source: EvidenceSource,
    /// Where the data can be seen: an `http(s)` or relative URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Image {
    pub id: Id,
    /// An `http(s)`, relative or `data:image/...` URL.
    pub url: String,
    /// Required: what the picture shows, for people who cannot see it.
    pub alt: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub caption: String,
}

#[derive(Clone, Debug, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Blueprint {
    pub id: Id,
    pub text: String,
    /// What kind of resource delivers this part of the service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<Resource>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Priority {
    Low,
    Medium,
    High,
}

/// Where a finding comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceSource {
    Analytics,
    Crm,
    Survey,
    MysteryShopping,
    Interview,
    Statistics,
    SupportTickets,
    Other,
}

/// The four things behind a service, in the blueprint's vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Resource {
    People,
    Policy,
    Technology,
    Process,
}

// By hand because of the numbers: equal values hash alike (0.0 and -0.0 included).
impl std::hash::Hash for Kpi {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let bits = |v: Option<f64>| v.map(|v| if v == 0.0 { 0u64 } else { v.to_bits() });
        (&self.id, &self.name, &self.unit, bits(self.current), bits(self.target), &self.text).hash(state);
    }
}

impl Card {
    pub fn id(&self) -> &Id {
        match self {
            Card::Note(c) => &c.id,
            Card::Emotion(c) => &c.id,
            Card::Touchpoint(c) => &c.id,
            Card::PainPoint(c) => &c.id,
            Card::Opportunity(c) => &c.id,
            Card::Kpi(c) => &c.id,
            Card::Evidence(c) => &c.id,
            Card::Image(c) => &c.id,
            Card::Blueprint(c) => &c.id,
        }
    }

    pub fn kind(&self) -> CardKind {
        match self {
            Card::Note(_) => CardKind::Note,
            Card::Emotion(_) => CardKind::Emotion,
            Card::Touchpoint(_) => CardKind::Touchpoint,
            Card::PainPoint(_) => CardKind::PainPoint,
            Card::Opportunity(_) => CardKind::Opportunity,
            Card::Kpi(_) => CardKind::Kpi,
            Card::Evidence(_) => CardKind::Evidence,
            Card::Image(_) => CardKind::Image,
            Card::Blueprint(_) => CardKind::Blueprint,
        }
    }

    /// The card's main text: what a list or a screen reader says first.
    pub fn text(&self) -> &str {
        match self {
            Card::Note(c) => &c.text,
            Card::Emotion(c) => &c.text,
            Card::Touchpoint(c) => &c.text,
            Card::PainPoint(c) => &c.text,
            Card::Opportunity(c) => &c.text,
            Card::Kpi(c) => &c.name,
            Card::Evidence(c) => &c.text,
            Card::Image(c) => &c.alt,
            Card::Blueprint(c) => &c.text,
        }
    }
}

impl Severity {
    pub const ALL: [Severity; 4] = [Severity::Low, Severity::Medium, Severity::High, Severity::Critical];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::Low, Priority::Medium, Priority::High];

    pub fn as_str(self) -> &'static str {
        match self {
            Priority::Low => "low",
            Priority::Medium => "medium",
            Priority::High => "high",
        }
    }
}

impl EvidenceSource {
    pub const ALL: [EvidenceSource; 8] = [
        EvidenceSource::Analytics,
        EvidenceSource::Crm,
        EvidenceSource::Survey,
        EvidenceSource::MysteryShopping,
        EvidenceSource::Interview,
        EvidenceSource::Statistics,
        EvidenceSource::SupportTickets,
        EvidenceSource::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceSource::Analytics => "analytics",
            EvidenceSource::Crm => "crm",
            EvidenceSource::Survey => "survey",
            EvidenceSource::MysteryShopping => "mystery-shopping",
            EvidenceSource::Interview => "interview",
            EvidenceSource::Statistics => "statistics",
            EvidenceSource::SupportTickets => "support-tickets",
            EvidenceSource::Other => "other",
        }
    }
}

impl Resource {
    pub const ALL: [Resource; 4] = [Resource::People, Resource::Policy, Resource::Technology, Resource::Process];

    pub fn as_str(self) -> &'static str {
        match self {
            Resource::People => "people",
            Resource::Policy => "policy",
            Resource::Technology => "technology",
            Resource::Process => "process",
        }
    }
}
