//! The words the viewer puts around a map's own text (“Goal”, “Severity: high”). A map is read
//! in its own language, so these follow the map, not the interface.

use safar_core::{Channel, EvidenceSource, Priority, Resource, Severity};

/// A piece of viewer text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    Untitled,
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
    StageAverage,
    OpenSource,
    ScrollHint,
}

impl Label {
    pub const ALL: [Label; 30] = {
        use Label::*;
        [
            Untitled, Goal, Scenario, Owner, LastReview, NextReview, Updated, Persona, Personas, Goals, Needs,
            Motivations, Frustrations, DayInTheLife, Stage, Step, Lane, Channel, Department, MomentOfTruth,
            BreakingPoint, Severity, Priority, Current, Target, LineOfVisibility, EmotionScore, StageAverage, OpenSource,
            ScrollHint,
        ]
    };

    /// The message id in the catalogs.
    pub fn id(self) -> &'static str {
        use Label::*;
        match self {
            Untitled => "viewer-untitled",
            Goal => "viewer-goal",
            Scenario => "viewer-scenario",
            Owner => "viewer-owner",
            LastReview => "viewer-last-review",
            NextReview => "viewer-next-review",
            Updated => "viewer-updated",
            Persona => "viewer-persona",
            Personas => "viewer-personas",
            Goals => "viewer-goals",
            Needs => "viewer-needs",
            Motivations => "viewer-motivations",
            Frustrations => "viewer-frustrations",
            DayInTheLife => "viewer-day-in-the-life",
            Stage => "viewer-stage",
            Step => "viewer-step",
            Lane => "viewer-lane",
            Channel => "viewer-channel",
            Department => "viewer-department",
            MomentOfTruth => "viewer-moment-of-truth",
            BreakingPoint => "viewer-breaking-point",
            Severity => "viewer-severity",
            Priority => "viewer-priority",
            Current => "viewer-current",
            Target => "viewer-target",
            LineOfVisibility => "viewer-line-of-visibility",
            EmotionScore => "viewer-emotion-score",
            StageAverage => "viewer-stage-average",
            OpenSource => "viewer-open-source",
            ScrollHint => "viewer-scroll-hint",
        }
    }
}

pub fn severity(value: Severity) -> &'static str {
    match value {
        Severity::Low => "viewer-severity-low",
        Severity::Medium => "viewer-severity-medium",
        Severity::High => "viewer-severity-high",
        Severity::Critical => "viewer-severity-critical",
    }
}

pub fn priority(value: Priority) -> &'static str {
    match value {
        Priority::Low => "viewer-priority-low",
        Priority::Medium => "viewer-priority-medium",
        Priority::High => "viewer-priority-high",
    }
}

pub fn evidence_source(value: EvidenceSource) -> &'static str {
    match value {
        EvidenceSource::Analytics => "viewer-evidence-analytics",
        EvidenceSource::Crm => "viewer-evidence-crm",
        EvidenceSource::Survey => "viewer-evidence-survey",
        EvidenceSource::MysteryShopping => "viewer-evidence-mystery-shopping",
        EvidenceSource::Interview => "viewer-evidence-interview",
        EvidenceSource::Statistics => "viewer-evidence-statistics",
        EvidenceSource::SupportTickets => "viewer-evidence-support-tickets",
        EvidenceSource::Other => "viewer-evidence-other",
    }
}

pub fn resource(value: Resource) -> &'static str {
    match value {
        Resource::People => "viewer-resource-people",
        Resource::Policy => "viewer-resource-policy",
        Resource::Technology => "viewer-resource-technology",
        Resource::Process => "viewer-resource-process",
    }
}

/// The message of a channel from the vocabulary; a team's own channel is shown by its name.
pub fn channel(value: &Channel) -> Option<&'static str> {
    Some(match value {
        Channel::Website => "viewer-channel-website",
        Channel::MobileApp => "viewer-channel-mobile-app",
        Channel::Store => "viewer-channel-store",
        Channel::Phone => "viewer-channel-phone",
        Channel::Email => "viewer-channel-email",
        Channel::Sms => "viewer-channel-sms",
        Channel::Chat => "viewer-channel-chat",
        Channel::Social => "viewer-channel-social",
        Channel::Messenger => "viewer-channel-messenger",
        Channel::InPerson => "viewer-channel-in-person",
        Channel::Partner => "viewer-channel-partner",
        Channel::ReviewSite => "viewer-channel-review-site",
        Channel::Advertising => "viewer-channel-advertising",
        Channel::Search => "viewer-channel-search",
        Channel::Other(_) => return None,
    })
}
