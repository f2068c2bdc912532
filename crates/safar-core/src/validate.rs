//! Validation: every problem in a file, each with the exact path to it
//! (`journeys[0].stages[3].name: empty`). A reference to something missing is a problem to
//! report, never a panic, so a hand-edited or hostile file is explained rather than crashing.

use crate::card::{Card, CardKind};
use crate::date;
use crate::file::{JourneyFile, FORMAT, VERSION};
use crate::id::Id;
use crate::journey::{Journey, Lane, LaneKind, Stage};
use crate::limits::{self, Limit};
use crate::url::is_safe_url;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// The longest title or name, in characters.
pub const MAX_NAME: usize = 300;
/// The longest text of a card or description, in characters.
pub const MAX_TEXT: usize = 20_000;
/// The longest URL, in bytes (a small `data:` image fits).
pub const MAX_URL: usize = 200_000;
/// The most problems listed for one file; the rest are counted in one last
/// [`Problem::Unlisted`]. Nobody reads past the first few hundred, and a hostile file with a
/// hundred thousand broken cards must not build (and the app draw) a list as long.
pub const MAX_PROBLEMS: usize = 200;

/// One problem, at one place in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidationError {
    /// Where: `journeys[0].cells[2].cards[1].score`.
    pub path: String,
    pub problem: Problem,
}

/// What is wrong. Each variant reads as a plain sentence through `Display`.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    WrongFormat,
    UnsupportedVersion(u32),
    Empty,
    TooLong { max: usize },
    MalformedId,
    DuplicateId(Id),
    UnknownPersona(Id),
    UnknownLane(Id),
    UnknownStage(Id),
    UnknownStep { stage: Id, step: Id },
    DuplicateCell,
    /// A stage-wide cell and per-step cells for the same lane and stage.
    MixedGranularity,
    WrongCardKind { lane: LaneKind, expected: CardKind, found: CardKind },
    ScoreOutOfScale { min: i8, max: i8 },
    InvalidScale,
    InvalidDate,
    InvalidTimestamp,
    InvalidLanguage,
    UnsafeUrl,
    NotFinite,
    /// More stages, lanes, cards... here than [`crate::limits`] allow.
    OverLimit { limit: Limit, found: usize },
    /// The problems past [`MAX_PROBLEMS`], counted and not listed. Always the last entry.
    Unlisted(usize),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::WrongFormat => write!(f, "must be \"{FORMAT}\""),
            Problem::UnsupportedVersion(v) => write!(f, "version {v} is not {VERSION}, the version this build reads"),
            Problem::Empty => f.write_str("empty"),
            Problem::TooLong { max } => write!(f, "longer than {max} characters"),
            Problem::MalformedId => write!(f, "not a valid id (1 to {} letters, digits, '-' or '_')", Id::MAX_LEN),
            Problem::DuplicateId(id) => write!(f, "id \"{id}\" is used more than once"),
            Problem::UnknownPersona(id) => write!(f, "no persona has the id \"{id}\""),
            Problem::UnknownLane(id) => write!(f, "no lane has the id \"{id}\""),
            Problem::UnknownStage(id) => write!(f, "no stage has the id \"{id}\""),
            Problem::UnknownStep { stage, step } => write!(f, "stage \"{stage}\" has no step \"{step}\""),
            Problem::DuplicateCell => f.write_str("another cell has the same lane, stage and step"),
            Problem::MixedGranularity => {
                f.write_str("this lane has both a cell for the whole stage and cells for its steps")
            }
            Problem::WrongCardKind { lane, expected, found } => write!(
                f,
                "a {} card cannot go in a {} lane, which holds {} cards",
                found.as_str(),
                lane.as_str(),
                expected.as_str()
            ),
            Problem::ScoreOutOfScale { min, max } => write!(f, "outside the map's emotion scale {min}..{max}"),
            Problem::InvalidScale => write!(
                f,
                "min must be below max, at most {} points apart",
                crate::journey::EmotionScale::MAX_SPAN
            ),
            Problem::InvalidDate => f.write_str("not a date of the form YYYY-MM-DD"),
            Problem::InvalidTimestamp => f.write_str("not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ"),
            Problem::InvalidLanguage => f.write_str("not a language tag such as en, fa or ar-EG"),
            Problem::UnsafeUrl => f.write_str("not an http(s) or relative URL"),
            Problem::NotFinite => f.write_str("not a finite number"),
            Problem::OverLimit { limit, found } => {
                write!(f, "{found} {}, more than the {} Safar reads", limit.noun(), limit.max())
            }
            Problem::Unlisted(count) => write!(f, "and {count} more problems"),
        }
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.problem)
        } else {
            write!(f, "{}: {}", self.path, self.problem)
        }
    }
}

/// How many problems a list from [`validate`] stands for: the ones listed and those counted
/// in its last [`Problem::Unlisted`].
pub fn total(problems: &[ValidationError]) -> usize {
    problems
        .iter()
        .map(|error| match error.problem {
            Problem::Unlisted(count) => count,
            _ => 1,
        })
        .sum()
}

/// Every problem in `file`, in document order, up to [`MAX_PROBLEMS`] and then one entry that
/// counts the rest; empty when the file is valid.
pub fn validate(file: &JourneyFile) -> Vec<ValidationError> {
    validate_listing(file, MAX_PROBLEMS)
}

/// [`validate`], listing at most `most` problems. The first ones are the same whatever `most`.
pub fn validate_listing(file: &JourneyFile, most: usize) -> Vec<ValidationError> {
    let mut check = Checker { errors: Vec::new(), most, unlisted: 0 };
    // The limits first: a file past them is refused before anything else is read.
    for exceeded in limits::exceeded_in(file) {
        check.report(exceeded.path, Problem::OverLimit { limit: exceeded.limit, found: exceeded.found });
    }
    if file.format != FORMAT {
        check.report("format".into(), Problem::WrongFormat);
    }
    if file.version != VERSION {
        check.report("version".into(), Problem::UnsupportedVersion(file.version));
    }

    let mut persona_ids = HashSet::new();
    for (i, persona) in file.personas.iter().enumerate() {
        let at = format!("personas[{i}]");
        check.id(&format!("{at}.id"), &persona.id, &mut persona_ids);
        check.name(&format!("{at}.name"), &persona.name);
        check.text(&format!("{at}.description"), &persona.description);
        for (field, items) in [
            ("goals", &persona.goals),
            ("needs", &persona.needs),
            ("motivations", &persona.motivations),
            ("painPoints", &persona.pain_points),
        ] {
            for (j, item) in items.iter().enumerate() {
                check.text(&format!("{at}.{field}[{j}]"), item);
            }
        }
        check.text(&format!("{at}.dayInTheLife"), &persona.day_in_the_life);
        if let Some(photo) = &persona.photo {
            check.url(&format!("{at}.photo.url"), &photo.url, true);
            check.required_name(&format!("{at}.photo.alt"), &photo.alt);
        }
    }

    if file.journeys.is_empty() {
        check.report("journeys".into(), Problem::Empty);
    }
    let mut journey_ids = HashSet::new();
    for (i, journey) in file.journeys.iter().enumerate() {
        let at = format!("journeys[{i}]");
        check.id(&format!("{at}.id"), &journey.id, &mut journey_ids);
        check.journey(&at, journey, &persona_ids);
    }
    check.finish()
}

struct Checker {
    errors: Vec<ValidationError>,
    /// How many problems to list.
    most: usize,
    /// Problems found past `most`.
    unlisted: usize,
}

impl Checker {
    fn report(&mut self, path: String, problem: Problem) {
        if self.errors.len() < self.most {
            self.errors.push(ValidationError { path, problem });
        } else {
            self.unlisted += 1;
        }
    }

    fn finish(mut self) -> Vec<ValidationError> {
        if self.unlisted > 0 {
            self.errors.push(ValidationError { path: String::new(), problem: Problem::Unlisted(self.unlisted) });
        }
        self.errors
    }

    fn id<'a>(&mut self, path: &str, id: &'a Id, seen: &mut HashSet<&'a Id>) {
        // A malformed id is still recorded, so references to it do not cascade into more errors.
        let first = seen.insert(id);
        if !id.is_well_formed() {
            self.report(path.into(), Problem::MalformedId);
        } else if !first {
            self.report(path.into(), Problem::DuplicateId(id.clone()));
        }
    }

    /// A short text: a title or a name. It may be empty: a map being written has blank names
    /// for a while, and the viewer shows a placeholder for them.
    fn name(&mut self, path: &str, value: &str) {
        self.length(path, value, MAX_NAME);
    }

    /// A short text that must say something, such as the alternative text of a picture.
    fn required_name(&mut self, path: &str, value: &str) {
        if value.trim().is_empty() {
            self.report(path.into(), Problem::Empty);
        } else {
            self.length(path, value, MAX_NAME);
        }
    }

    /// An optional long text.
    fn text(&mut self, path: &str, value: &str) {
        self.length(path, value, MAX_TEXT);
    }

    fn length(&mut self, path: &str, value: &str, max: usize) {
        // Cheap bound first: a string of at most `max` bytes has at most `max` characters.
        if value.len() > max && value.chars().count() > max {
            self.report(path.into(), Problem::TooLong { max });
        }
    }

    fn url(&mut self, path: &str, value: &str, image: bool) {
        if value.len() > MAX_URL {
            self.report(path.into(), Problem::TooLong { max: MAX_URL });
        } else if !is_safe_url(value, image) {
            self.report(path.into(), Problem::UnsafeUrl);
        }
    }

    fn journey(&mut self, at: &str, journey: &Journey, persona_ids: &HashSet<&Id>) {
        self.name(&format!("{at}.title"), &journey.title);
        self.text(&format!("{at}.goal"), &journey.goal);
        self.text(&format!("{at}.scenario"), &journey.scenario);
        self.length(&format!("{at}.owner"), &journey.owner, MAX_NAME);
        if !is_language_tag(&journey.language) {
            self.report(format!("{at}.language"), Problem::InvalidLanguage);
        }
        for (field, value) in [("created", &journey.created), ("updated", &journey.updated)] {
            if !date::is_timestamp(value) {
                self.report(format!("{at}.{field}"), Problem::InvalidTimestamp);
            }
        }
        for (field, value) in [("lastReview", &journey.last_review), ("nextReview", &journey.next_review)] {
            if value.as_deref().is_some_and(|v| !date::is_date(v)) {
                self.report(format!("{at}.{field}"), Problem::InvalidDate);
            }
        }
        for (i, id) in journey.personas.iter().enumerate() {
            if !persona_ids.contains(id) {
                self.report(format!("{at}.personas[{i}]"), Problem::UnknownPersona(id.clone()));
            }
        }
        if !journey.emotion_scale.is_valid() {
            self.report(format!("{at}.emotionScale"), Problem::InvalidScale);
        }

        // Stages, steps, lanes and cards share one id space, so any id names one thing.
        let mut ids = HashSet::new();
        for (i, stage) in journey.stages.iter().enumerate() {
            let at = format!("{at}.stages[{i}]");
            self.id(&format!("{at}.id"), &stage.id, &mut ids);
            self.name(&format!("{at}.name"), &stage.name);
            self.text(&format!("{at}.description"), &stage.description);
            for (j, step) in stage.steps.iter().enumerate() {
                let at = format!("{at}.steps[{j}]");
                self.id(&format!("{at}.id"), &step.id, &mut ids);
                self.name(&format!("{at}.name"), &step.name);
                self.text(&format!("{at}.description"), &step.description);
                self.length(&format!("{at}.department"), &step.department, MAX_NAME);
                if let Some(channel) = &step.channel {
                    self.required_name(&format!("{at}.channel"), channel.as_str());
                }
            }
        }
        for (i, lane) in journey.lanes.iter().enumerate() {
            let at = format!("{at}.lanes[{i}]");
            self.id(&format!("{at}.id"), &lane.id, &mut ids);
            self.name(&format!("{at}.name"), &lane.name);
        }

        // Looked up once for every cell, so built once: the first lane or stage of an id, as
        // `Journey::lane` and `Journey::stage` find it, and the steps of that stage.
        let mut lanes: HashMap<&Id, &Lane> = HashMap::with_capacity(journey.lanes.len());
        for lane in &journey.lanes {
            lanes.entry(&lane.id).or_insert(lane);
        }
        let mut stages: HashMap<&Id, &Stage> = HashMap::with_capacity(journey.stages.len());
        let mut steps: HashSet<(&Id, &Id)> = HashSet::new();
        for stage in &journey.stages {
            if let std::collections::hash_map::Entry::Vacant(slot) = stages.entry(&stage.id) {
                slot.insert(stage);
                steps.extend(stage.steps.iter().map(|step| (&stage.id, &step.id)));
            }
        }

        let mut cells_seen: HashSet<(&Id, &Id, Option<&Id>)> = HashSet::new();
        // For each (lane, stage): whether it has a stage-wide cell, and whether it has step cells.
        let mut granularity: HashMap<(&Id, &Id), (bool, bool)> = HashMap::new();
        for (i, cell) in journey.cells.iter().enumerate() {
            let at = format!("{at}.cells[{i}]");
            let lane = lanes.get(&cell.lane).copied();
            if lane.is_none() {
                self.report(format!("{at}.lane"), Problem::UnknownLane(cell.lane.clone()));
            }
            match stages.get(&cell.stage) {
                None => self.report(format!("{at}.stage"), Problem::UnknownStage(cell.stage.clone())),
                Some(stage) => {
                    if let Some(step) = &cell.step {
                        if !steps.contains(&(&stage.id, step)) {
                            self.report(
                                format!("{at}.step"),
                                Problem::UnknownStep { stage: stage.id.clone(), step: step.clone() },
                            );
                        }
                    }
                }
            }
            if !cells_seen.insert((&cell.lane, &cell.stage, cell.step.as_ref())) {
                self.report(at.clone(), Problem::DuplicateCell);
            } else {
                let entry = granularity.entry((&cell.lane, &cell.stage)).or_default();
                let clash = if cell.step.is_some() { entry.0 } else { entry.1 };
                if cell.step.is_some() {
                    entry.1 = true;
                } else {
                    entry.0 = true;
                }
                if clash {
                    self.report(at.clone(), Problem::MixedGranularity);
                }
            }
            for (j, card) in cell.cards.iter().enumerate() {
                let at = format!("{at}.cards[{j}]");
                self.id(&format!("{at}.id"), card.id(), &mut ids);
                if let Some(lane) = lane {
                    let expected = lane.kind.card_kind();
                    if card.kind() != expected {
                        self.report(
                            format!("{at}.kind"),
                            Problem::WrongCardKind { lane: lane.kind, expected, found: card.kind() },
                        );
                    }
                }
                self.card(&at, card, journey);
            }
        }
    }

    fn card(&mut self, at: &str, card: &Card, journey: &Journey) {
        let field = |name: &str| format!("{at}.{name}");
        match card {
            Card::Note(c) => self.text(&field("text"), &c.text),
            Card::Emotion(c) => {
                // An invalid scale is reported once, not again for every score on it.
                if journey.emotion_scale.is_valid() && !journey.emotion_scale.contains(c.score) {
                    let scale = journey.emotion_scale;
                    self.report(field("score"), Problem::ScoreOutOfScale { min: scale.min, max: scale.max });
                }
                self.text(&field("text"), &c.text);
            }
            Card::Touchpoint(c) => {
                self.text(&field("text"), &c.text);
                self.required_name(&field("channel"), c.channel.as_str());
                self.length(&field("department"), &c.department, MAX_NAME);
            }
            Card::PainPoint(c) => self.text(&field("text"), &c.text),
            Card::Opportunity(c) => {
                self.text(&field("text"), &c.text);
                self.length(&field("owner"), &c.owner, MAX_NAME);
            }
            Card::Kpi(c) => {
                self.name(&field("name"), &c.name);
                self.length(&field("unit"), &c.unit, MAX_NAME);
                for (name, value) in [("current", c.current), ("target", c.target)] {
                    if value.is_some_and(|v| !v.is_finite()) {
                        self.report(field(name), Problem::NotFinite);
                    }
                }
                self.text(&field("text"), &c.text);
            }
            Card::Evidence(c) => {
                self.text(&field("text"), &c.text);
                if let Some(url) = &c.url {
                    self.url(&field("url"), url, false);
                }
            }
            Card::Image(c) => {
                self.url(&field("url"), &c.url, true);
                self.required_name(&field("alt"), &c.alt);
                self.length(&field("caption"), &c.caption, MAX_NAME);
            }
            Card::Blueprint(c) => self.text(&field("text"), &c.text),
        }
    }

}

/// A BCP 47 tag in the simple shape Safar needs: a 2-3 letter language, then subtags.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    primary_ok && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}
