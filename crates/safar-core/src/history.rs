//! Undo and redo: a history of inverse commands. A burst of typing squashes into one step:
//! commands of a burst that edit the same thing ([`Command::coalesce_key`]), one after another,
//! keep only the first inverse. Every change made through the history, undo and redo included,
//! sets the map's `updated` time. Loading a map is not a command, so it is never an undo step.

use crate::command::{Command, CommandError};
use crate::document::Document;
use crate::id::Id;

/// How many steps back the history reaches.
pub const DEPTH: usize = 500;

/// The one thing a command edits in place, so that a burst of typing in it undoes as one step.
/// Commands that add, remove or move things have none: each is a step of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CoalesceKey {
    /// The map's own details: title, goal, scenario, owner, dates, scale.
    Meta,
    Stage(Id),
    Step(Id),
    Lane(Id),
    Card(Id),
    Persona(Id),
}

impl Command {
    /// What this command edits in place, if it edits one thing: a card's content, a stage's
    /// name. Derived from the command itself, so every editor (and a replayed journal) coalesces
    /// alike.
    pub fn coalesce_key(&self) -> Option<CoalesceKey> {
        Some(match self {
            Command::SetMeta(_) => CoalesceKey::Meta,
            Command::UpdateStage { id, .. } => CoalesceKey::Stage(id.clone()),
            Command::UpdateStep(step) => CoalesceKey::Step(step.id.clone()),
            Command::UpdateLane(lane) => CoalesceKey::Lane(lane.id.clone()),
            Command::UpdateCard(card) => CoalesceKey::Card(card.id().clone()),
            Command::UpdatePersona(persona) => CoalesceKey::Persona(persona.id.clone()),
            _ => return None,
        })
    }
}

/// Whether a command is part of a burst of typing (which may join the step before) or a change
/// of its own, such as a click on a checkbox or a choice in a list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Burst {
    Typing,
    #[default]
    Alone,
}

#[derive(Clone, Debug)]
struct Entry {
    undo: Command,
    key: Option<CoalesceKey>,
}

/// The undo and redo stacks of one document.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Command>,
    /// When set, the next command starts a new step even if its key matches the last one.
    sealed: bool,
}

impl History {
    pub fn new() -> Self {
        History::default()
    }

    /// Applies `command` to `doc` at time `at` (the map's new `updated`) and records its
    /// inverse. Typing joins the previous step when that step was typing in the same thing
    /// ([`Command::coalesce_key`]) and no [`History::seal`] came between; a change made
    /// [`Burst::Alone`] is a step of its own.
    pub fn execute(&mut self, doc: &mut Document, command: Command, burst: Burst, at: &str) -> Result<(), CommandError> {
        let key = command.coalesce_key().filter(|_| burst == Burst::Typing);
        let inverse = command.apply(doc)?;
        touch(doc, at);
        self.redo.clear();
        let joins = !self.sealed && key.is_some() && self.undo.last().is_some_and(|last| last.key == key);
        if !joins {
            self.undo.push(Entry { undo: inverse, key });
            if self.undo.len() > DEPTH {
                self.undo.remove(0);
            }
        }
        self.sealed = false;
        Ok(())
    }

    /// Ends the current burst: the next command is a step of its own.
    pub fn seal(&mut self) {
        self.sealed = true;
    }

    /// Undoes the last step. `Ok(false)` when there is nothing to undo.
    pub fn undo(&mut self, doc: &mut Document, at: &str) -> Result<bool, CommandError> {
        let Some(entry) = self.undo.pop() else {
            return Ok(false);
        };
        match entry.undo.clone().apply(doc) {
            Ok(redo) => {
                touch(doc, at);
                self.redo.push(redo);
                self.sealed = true;
                Ok(true)
            }
            Err(error) => {
                self.undo.push(entry);
                Err(error)
            }
        }
    }

    /// Redoes the last undone step. `Ok(false)` when there is nothing to redo.
    pub fn redo(&mut self, doc: &mut Document, at: &str) -> Result<bool, CommandError> {
        let Some(command) = self.redo.pop() else {
            return Ok(false);
        };
        match command.clone().apply(doc) {
            Ok(undo) => {
                touch(doc, at);
                self.undo.push(Entry { undo, key: None });
                self.sealed = true;
                Ok(true)
            }
            Err(error) => {
                self.redo.push(command);
                Err(error)
            }
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Forgets every step, as when another map is opened.
    pub fn clear(&mut self) {
        *self = History::default();
    }
}

/// Marks the map as changed at `at`. A command that replaces the map whole (restoring a
/// snapshot) is a change too: the restored map was changed now, whatever time it carried.
fn touch(doc: &mut Document, at: &str) {
    doc.journey.updated = at.to_owned();
}
