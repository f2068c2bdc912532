//! The editor's journal: every change made since the last save, written to the store the moment
//! it is made (`{prefix}:journal:{map}:{writer}`), so that a tab killed between a keystroke and
//! its debounced save loses at most the keystroke in flight. Opening the map again replays it.
//!
//! A journal holds commands, not the map: writing it costs what the change costs, not what the
//! map weighs. It names the revision it was made from; a save clears it.

use super::conflict::Revision;
use super::records::ReadError;
use crate::command::{Command, CommandError};
use crate::document::Document;
use crate::history::{Burst, History};
use crate::id::Id;
use serde::{Deserialize, Serialize};

pub const JOURNAL_FORMAT: &str = "safar-journal";
pub const JOURNAL_VERSION: u64 = 1;

/// One thing the person did, in the order it was done.
// Externally tagged (`{"command": {...}}`, `"undo"`), as `Command` is: a tagged representation
// would buffer every step through serde's generic content, which costs the wasm tens of KB.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Step {
    /// A change; `burst` says whether it was typing, which undoes with the typing before it.
    /// (Journals written before 0.9 named a coalescing key instead: read as changes of their
    /// own, which only makes their undo steps finer.)
    Command {
        command: Command,
        #[serde(default)]
        burst: Burst,
    },
    Undo,
    Redo,
    /// A burst of typing ended: what undo takes back depends on it.
    Seal,
}

/// The changes made to one map since it was loaded or last saved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Journal {
    pub format: String,
    pub version: u64,
    pub map: Id,
    /// The revision the changes start from.
    pub base: String,
    /// The map's `updated` time after the last change, which replaying cannot know.
    pub updated: String,
    pub steps: Vec<Step>,
}

impl Journal {
    pub fn new(map: Id, base: &Revision) -> Journal {
        Journal {
            format: JOURNAL_FORMAT.into(),
            version: JOURNAL_VERSION,
            map,
            base: base.to_string(),
            updated: String::new(),
            steps: Vec::new(),
        }
    }

    /// The revision the changes start from.
    pub fn base(&self) -> Option<Revision> {
        self.base.parse().ok()
    }

    pub fn is_empty(&self) -> bool {
        !self.steps.iter().any(|step| !matches!(step, Step::Seal))
    }

    /// Adds a step. Typing that continues a burst in the same thing (the same
    /// [`Command::coalesce_key`], no seal between) replaces the command before it: each holds
    /// the whole new value of what it edits, so the journal of a long paragraph stays one
    /// command long.
    pub fn push(&mut self, step: Step) {
        match (&step, self.steps.last()) {
            (Step::Seal, Some(Step::Seal)) | (Step::Seal, None) => {}
            (Step::Command { command, burst: Burst::Typing }, Some(Step::Command { command: last, burst: Burst::Typing }))
                if command.coalesce_key().is_some() && command.coalesce_key() == last.coalesce_key() =>
            {
                *self.steps.last_mut().expect("matched") = step;
            }
            _ => self.steps.push(step),
        }
    }

    /// Replays the steps on `doc`, as the editor made them, and gives back the undo history they
    /// leave, so undo goes on working after a recovery. A step that no longer applies stops the
    /// replay with its error; `doc` may then hold the steps before it, so replay on a copy.
    pub fn replay(&self, doc: &mut Document) -> Result<History, CommandError> {
        let mut history = History::new();
        // The time of the last change is the time of them all: replaying cannot know the others.
        let at = if self.updated.is_empty() { doc.journey.updated.clone() } else { self.updated.clone() };
        for step in &self.steps {
            match step {
                Step::Command { command, burst } => history.execute(doc, command.clone(), *burst, &at)?,
                Step::Undo => {
                    history.undo(doc, &at)?;
                }
                Step::Redo => {
                    history.redo(doc, &at)?;
                }
                Step::Seal => history.seal(),
            }
        }
        Ok(history)
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("a journal serializes")
    }

    pub fn decode(text: &str) -> Result<Journal, ReadError> {
        let damaged = |e: &dyn std::fmt::Display| ReadError::Damaged(format!("the stored journal is damaged ({e})"));
        let raw: serde_json::Value = serde_json::from_str(text).map_err(|e| damaged(&e))?;
        let format = raw.get("format").and_then(serde_json::Value::as_str).unwrap_or_default();
        if format != JOURNAL_FORMAT {
            return Err(ReadError::Damaged(format!("expected a \"{JOURNAL_FORMAT}\" record, found \"{format}\"")));
        }
        let version = raw.get("version").and_then(serde_json::Value::as_u64).ok_or_else(|| damaged(&"no version"))?;
        if version > JOURNAL_VERSION {
            return Err(ReadError::Newer { found: version, supported: JOURNAL_VERSION });
        }
        // Read from the parsed value the way map files are (`JourneyFile::from_json`), so the
        // cards, stages and personas inside commands share the file format's reading code
        // instead of adding a second copy of it to the wasm.
        let journal: Journal = serde_path_to_error::deserialize(raw).map_err(|e| damaged(&e))?;
        if journal.base().is_none() {
            return Err(ReadError::Damaged("the stored journal names no revision".into()));
        }
        Ok(journal)
    }
}

/// What a journal found when its map is opened means.
#[derive(Clone, Debug, PartialEq)]
pub enum Recovery {
    /// Made from the stored revision: replaying it gives back the lost changes.
    Replay,
    /// Its own tab saved after writing it (the journal outlived the save): nothing to recover.
    Saved,
    /// Another tab saved the map since: replaying it on the stored map is a conflict to settle.
    Diverged,
}

/// How `journal`, written by `writer`, stands against the map stored at `stored`, saved on top
/// of `lineage` (newest first).
pub fn recovery(journal: &Journal, writer: &str, stored: &Revision, lineage: &[Revision]) -> Recovery {
    let Some(base) = journal.base() else { return Recovery::Diverged };
    if &base == stored {
        return Recovery::Replay;
    }
    // Saved by its own tab: a revision of that writer sits on top of the journal's base.
    let newer = std::iter::once(stored).chain(lineage).take_while(|revision| **revision != base);
    let on_base = lineage.contains(&base);
    if on_base && newer.into_iter().any(|revision| revision.writer == writer) {
        Recovery::Saved
    } else {
        Recovery::Diverged
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::EXAMPLES;

    fn document() -> Document {
        Document::from_file(EXAMPLES[0].load().unwrap()).unwrap()
    }

    fn retitle(doc: &Document, title: &str) -> Command {
        let j = &doc.journey;
        Command::SetMeta(crate::command::Meta {
            title: title.into(),
            goal: j.goal.clone(),
            scenario: j.scenario.clone(),
            map_type: j.map_type,
            owner: j.owner.clone(),
            language: j.language.clone(),
            direction: j.direction,
            last_review: j.last_review.clone(),
            next_review: j.next_review.clone(),
            emotion_scale: j.emotion_scale.clone(),
        })
    }

    const AT: &str = "2026-12-02T10:00:00Z";

    #[test]
    fn replaying_a_journal_gives_the_same_map_and_the_same_undo() {
        let start = document();
        let mut edited = start.clone();
        let mut history = History::new();
        let mut journal = Journal::new(start.journey.id.clone(), &Revision::new(3, "a"));
        let steps = vec![
            Step::Command { command: retitle(&start, "T"), burst: Burst::Typing },
            Step::Command { command: retitle(&start, "Ti"), burst: Burst::Typing },
            Step::Command { command: retitle(&start, "Title"), burst: Burst::Typing },
            Step::Seal,
            Step::Command {
                command: Command::RemoveCard { id: start.journey.cells.iter().flat_map(|c| &c.cards).next().unwrap().id().clone() },
                burst: Burst::Alone,
            },
            Step::Undo,
            Step::Redo,
            Step::Undo,
        ];
        for step in steps {
            match &step {
                Step::Command { command, burst } => history.execute(&mut edited, command.clone(), *burst, AT).unwrap(),
                Step::Undo => assert!(history.undo(&mut edited, AT).unwrap()),
                Step::Redo => assert!(history.redo(&mut edited, AT).unwrap()),
                Step::Seal => history.seal(),
            }
            journal.push(step);
        }
        assert_eq!(journal.steps.iter().filter(|s| matches!(s, Step::Command { .. })).count(), 2, "typing keeps one command");

        let decoded = Journal::decode(&journal.encode()).unwrap();
        assert_eq!(decoded, journal);
        journal.updated = AT.into();
        let decoded = Journal::decode(&journal.encode()).unwrap();
        let mut replayed = start.clone();
        let mut replayed_history = decoded.replay(&mut replayed).unwrap();
        assert_eq!(replayed.journey.title, "Title");
        assert_eq!(replayed, edited);
        // Undo after a recovery takes back what it would have taken back before.
        assert!(replayed_history.undo(&mut replayed, AT).unwrap());
        assert!(history.undo(&mut edited, AT).unwrap());
        assert_eq!(replayed, edited);
        assert_eq!(replayed.journey.title, start.journey.title);
    }

    #[test]
    fn a_journal_knows_whether_it_was_saved_or_overtaken() {
        let mut journal = Journal::new(Id::new("m"), &Revision::new(4, "a"));
        journal.push(Step::Seal);
        assert!(journal.is_empty(), "a seal alone is no change");
        let base = Revision::new(4, "a");
        assert_eq!(recovery(&journal, "a", &base, &[]), Recovery::Replay);
        assert_eq!(recovery(&journal, "a", &Revision::new(5, "a"), &[base.clone()]), Recovery::Saved);
        assert_eq!(recovery(&journal, "a", &Revision::new(6, "b"), &[Revision::new(5, "a"), base.clone()]), Recovery::Saved);
        assert_eq!(recovery(&journal, "a", &Revision::new(5, "b"), &[base.clone()]), Recovery::Diverged);
        assert_eq!(recovery(&journal, "a", &Revision::new(9, "c"), &[]), Recovery::Diverged);
    }

    #[test]
    fn a_journal_from_before_bursts_still_replays() {
        let start = document();
        let old = format!(
            r#"{{"format":"safar-journal","version":1,"map":"{}","base":"3.a","updated":"","steps":[{{"command":{{"command":{},"coalesce":"meta:title"}}}}]}}"#,
            start.journey.id,
            serde_json::to_string(&retitle(&start, "Old")).unwrap()
        );
        let journal = Journal::decode(&old).unwrap();
        let mut replayed = start.clone();
        journal.replay(&mut replayed).unwrap();
        assert_eq!(replayed.journey.title, "Old");
        assert_eq!(replayed.journey.updated, start.journey.updated, "no time known: the map's own is kept");
    }

    #[test]
    fn damaged_and_newer_journals_are_told_apart() {
        assert!(matches!(Journal::decode("{"), Err(ReadError::Damaged(_))));
        assert!(matches!(Journal::decode(r#"{"format":"other","version":1}"#), Err(ReadError::Damaged(_))));
        assert!(matches!(Journal::decode(r#"{"format":"safar-journal","version":9}"#), Err(ReadError::Newer { .. })));
        let no_base = r#"{"format":"safar-journal","version":1,"map":"m","base":"x","updated":"","steps":[]}"#;
        assert!(matches!(Journal::decode(no_base), Err(ReadError::Damaged(_))));
        let unknown = r#"{"format":"safar-journal","version":1,"map":"m","base":"1.a","updated":"","steps":["explode"]}"#;
        assert!(matches!(Journal::decode(unknown), Err(ReadError::Damaged(_))));
    }
}
