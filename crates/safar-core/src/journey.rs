//! A journey map: its metadata, ordered stages and steps (the columns), ordered lanes (the
//! rows) and the cells where they meet.

use crate::card::{Card, CardKind};
use crate::channel::Channel;
use crate::id::Id;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One customer journey map, about one or more personas.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Journey {
    pub id: Id,
    pub title: String,
    /// What the team wants to learn from this map.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub goal: String,
    /// The scope: which situation, channels and customers the map covers.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub scenario: String,
    #[serde(rename = "type")]
    pub map_type: MapType,
    /// The person or team that keeps the map up to date.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// BCP 47 language tag of the map's text, such as `en`, `fa` or `ar-EG`.
    pub language: String,
    pub direction: Direction,
    /// UTC timestamp, `YYYY-MM-DDTHH:MM:SSZ`.
    pub created: String,
    /// UTC timestamp, `YYYY-MM-DDTHH:MM:SSZ`.
    pub updated: String,
    /// Calendar date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_review: Option<String>,
    /// Calendar date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_review: Option<String>,
    /// Ids of the personas (in the file's `personas`) this map is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personas: Vec<Id>,
    #[serde(default, skip_serializing_if = "EmotionScale::is_default")]
    pub emotion_scale: EmotionScale,
    pub stages: Vec<Stage>,
    pub lanes: Vec<Lane>,
    /// The filled cells, in lane order then column order; empty cells are left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cells: Vec<Cell>,
}

/// The four kinds of map the method distinguishes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MapType {
    /// How the journey is today.
    CurrentState,
    /// The customer's whole day, including what happens away from the business.
    DayInTheLife,
    /// The journey the business wants to offer.
    FutureState,
    /// A journey plus the people, policies, technology and processes that deliver it.
    ServiceBlueprint,
}

impl MapType {
    pub const ALL: [MapType; 4] = [
        MapType::CurrentState,
        MapType::DayInTheLife,
        MapType::FutureState,
        MapType::ServiceBlueprint,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MapType::CurrentState => "current-state",
            MapType::DayInTheLife => "day-in-the-life",
            MapType::FutureState => "future-state",
            MapType::ServiceBlueprint => "service-blueprint",
        }
    }
}

/// The reading direction of a map's text and layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub const ALL: [Direction; 2] = [Direction::Ltr, Direction::Rtl];

    /// The value of an HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The range emotion scores are given on, such as -2..+2 or 1..5.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmotionScale {
    pub min: i8,
    pub max: i8,
}

impl EmotionScale {
    /// The widest scale a map may use: eleven points.
    pub const MAX_SPAN: i16 = 10;

    pub fn is_default(&self) -> bool {
        *self == EmotionScale::default()
    }

    /// Whether `min` is below `max`, at most [`Self::MAX_SPAN`] points apart.
    pub fn is_valid(&self) -> bool {
        self.min < self.max && i16::from(self.max) - i16::from(self.min) <= Self::MAX_SPAN
    }

    /// A score as people write it on a scale that goes below zero: `+2`, `0`, `-1`; Latin
    /// digits (a view writes them in the map's).
    pub fn signed(&self, score: i8) -> String {
        if self.min < 0 && score > 0 {
            format!("+{score}")
        } else {
            score.to_string()
        }
    }

    /// A mean given as a `fraction` of the scale, as a score to one decimal, signed as
    /// [`signed`](Self::signed) signs: `+0.5`, `-1.3`, `0`.
    pub fn signed_mean(&self, fraction: f64) -> String {
        let score = f64::from(self.min) + fraction * (f64::from(self.max) - f64::from(self.min));
        let tenths = (score * 10.0).round() / 10.0;
        match tenths {
            t if t == 0.0 => "0".to_owned(),
            t if t > 0.0 && self.min < 0 => format!("+{t}"),
            t => format!("{t}"),
        }
    }

    pub fn contains(&self, score: i8) -> bool {
        (self.min..=self.max).contains(&score)
    }

    /// Where `score` sits on the scale, from 0.0 (lowest) to 1.0 (highest).
    pub fn fraction(&self, score: f64) -> f64 {
        let span = f64::from(self.max) - f64::from(self.min);
        if span <= 0.0 {
            return 0.5;
        }
        ((score - f64::from(self.min)) / span).clamp(0.0, 1.0)
    }
}

impl Default for EmotionScale {
    fn default() -> Self {
        EmotionScale { min: -2, max: 2 }
    }
}

/// A phase of the journey: a column group of the map.
#[derive(Clone, Debug, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Stage {
    pub id: Id,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The touchpoints inside the stage, in order, where the team wants that granularity.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
}

/// A step or touchpoint inside a stage: one moment where the customer meets the business.
#[derive(Clone, Debug, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Step {
    pub id: Id,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// The department that owns this touchpoint (marketing, sales, support...).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub department: String,
    /// A decisive moment that makes or breaks the customer's opinion.
    #[serde(default, skip_serializing_if = "is_false")]
    pub moment_of_truth: bool,
    /// A point where customers give up.
    #[serde(default, skip_serializing_if = "is_false")]
    pub breaking_point: bool,
}

impl Stage {
    /// A stage with a name and nothing else yet.
    pub fn new(id: Id, name: impl Into<String>) -> Stage {
        Stage { id, name: name.into(), description: String::new(), steps: Vec::new() }
    }
}

impl Step {
    /// A step with a name and nothing else yet.
    pub fn new(id: Id, name: impl Into<String>) -> Step {
        Step {
            id,
            name: name.into(),
            description: String::new(),
            channel: None,
            department: String::new(),
            moment_of_truth: false,
            breaking_point: false,
        }
    }
}

/// A row of the map: what the team records for every stage.
#[derive(Clone, Debug, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Lane {
    pub id: Id,
    pub name: String,
    pub kind: LaneKind,
    #[serde(default, skip_serializing_if = "is_false")]
    pub hidden: bool,
}

/// What a lane records; it decides the kind of card its cells hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum LaneKind {
    /// Free text.
    Text,
    /// What the customer does.
    Actions,
    /// What the customer thinks and asks.
    Thoughts,
    /// What the customer feels, in words.
    Feelings,
    /// The emotion curve: a score per column.
    Emotions,
    /// Touchpoints and the channels they happen on.
    Touchpoints,
    /// Friction, bottlenecks and breaking points, with severity.
    PainPoints,
    /// Ideas and solutions, with owner and priority.
    Opportunities,
    /// Metrics with current value and target.
    Kpis,
    /// Where the team's knowledge comes from.
    Evidence,
    /// Pictures, by URL with alternative text.
    Images,
    /// Service blueprint: employee actions the customer sees.
    Frontstage,
    /// Service blueprint: employee actions the customer does not see. The line of visibility
    /// is drawn above the first backstage lane.
    Backstage,
    /// Service blueprint: the processes, systems and policies behind the service.
    Support,
}

impl LaneKind {
    pub const ALL: [LaneKind; 14] = [
        LaneKind::Text,
        LaneKind::Actions,
        LaneKind::Thoughts,
        LaneKind::Feelings,
        LaneKind::Emotions,
        LaneKind::Touchpoints,
        LaneKind::PainPoints,
        LaneKind::Opportunities,
        LaneKind::Kpis,
        LaneKind::Evidence,
        LaneKind::Images,
        LaneKind::Frontstage,
        LaneKind::Backstage,
        LaneKind::Support,
    ];

    /// The kind of card this lane's cells hold.
    pub fn card_kind(self) -> CardKind {
        match self {
            LaneKind::Text | LaneKind::Actions | LaneKind::Thoughts | LaneKind::Feelings => CardKind::Note,
            LaneKind::Emotions => CardKind::Emotion,
            LaneKind::Touchpoints => CardKind::Touchpoint,
            LaneKind::PainPoints => CardKind::PainPoint,
            LaneKind::Opportunities => CardKind::Opportunity,
            LaneKind::Kpis => CardKind::Kpi,
            LaneKind::Evidence => CardKind::Evidence,
            LaneKind::Images => CardKind::Image,
            LaneKind::Frontstage | LaneKind::Backstage | LaneKind::Support => CardKind::Blueprint,
        }
    }

    /// The kebab-case name used in files and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            LaneKind::Text => "text",
            LaneKind::Actions => "actions",
            LaneKind::Thoughts => "thoughts",
            LaneKind::Feelings => "feelings",
            LaneKind::Emotions => "emotions",
            LaneKind::Touchpoints => "touchpoints",
            LaneKind::PainPoints => "pain-points",
            LaneKind::Opportunities => "opportunities",
            LaneKind::Kpis => "kpis",
            LaneKind::Evidence => "evidence",
            LaneKind::Images => "images",
            LaneKind::Frontstage => "frontstage",
            LaneKind::Backstage => "backstage",
            LaneKind::Support => "support",
        }
    }
}

/// The cards at one lane and one stage, or one step of that stage.
///
/// A cell keyed to a stage that has steps spans all of that stage's steps.
#[derive(Clone, Debug, PartialEq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Cell {
    pub lane: Id,
    pub stage: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<Id>,
    pub cards: Vec<Card>,
}

impl Journey {
    pub fn stage(&self, id: &Id) -> Option<&Stage> {
        self.stages.iter().find(|stage| &stage.id == id)
    }

    pub fn lane(&self, id: &Id) -> Option<&Lane> {
        self.lanes.iter().find(|lane| &lane.id == id)
    }

    /// The cell at a lane and a stage (or one of its steps), if it has cards.
    pub fn cell(&self, lane: &Id, stage: &Id, step: Option<&Id>) -> Option<&Cell> {
        self.cells
            .iter()
            .find(|cell| &cell.lane == lane && &cell.stage == stage && cell.step.as_ref() == step)
    }

    /// Puts cells in lane order, then stage order, then step order (the stage-wide cell first),
    /// and drops empty ones, so that saving the same map always writes the same bytes.
    pub fn canonicalize(&mut self) {
        // Ranks looked up for every cell, so built once: the first lane, stage and step of an
        // id, as `position` would find them.
        let mut lane_rank: HashMap<&Id, usize> = HashMap::with_capacity(self.lanes.len());
        for (i, lane) in self.lanes.iter().enumerate() {
            lane_rank.entry(&lane.id).or_insert(i);
        }
        let mut stage_rank: HashMap<&Id, usize> = HashMap::with_capacity(self.stages.len());
        let mut step_rank: HashMap<(usize, &Id), usize> = HashMap::new();
        for (i, stage) in self.stages.iter().enumerate() {
            stage_rank.entry(&stage.id).or_insert(i);
            for (j, step) in stage.steps.iter().enumerate() {
                step_rank.entry((i, &step.id)).or_insert(j);
            }
        }
        let column_rank = |stage: &Id, step: Option<&Id>| {
            let stage_index = stage_rank.get(stage).copied();
            let step_index = stage_index.and_then(|i| step.map(|step| step_rank.get(&(i, step)).copied()));
            (stage_index, step_index)
        };
        let mut cells = std::mem::take(&mut self.cells);
        cells.retain(|cell| !cell.cards.is_empty());
        cells.sort_by_cached_key(|cell| {
            (
                lane_rank.get(&cell.lane).copied(),
                column_rank(&cell.stage, cell.step.as_ref()),
                cell.lane.clone(),
                cell.stage.clone(),
                cell.step.clone(),
            )
        });
        self.cells = cells;
    }
}

fn is_false(value: &bool) -> bool {
    !*value
}
