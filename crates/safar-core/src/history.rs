//! Undo and redo: a history of inverse commands. A burst of typing in one field squashes into
//! one step: commands recorded with the same coalescing key, one after another, keep only the
//! first inverse. Loading a map is not a command, so it is never an undo step.

use crate::command::{Command, CommandError};
use crate::document::Document;

/// How many steps back the history reaches.
pub const DEPTH: usize = 500;

/// What names a burst of edits that undo as one, such as typing in one card's text field.
pub type CoalesceKey = String;

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

    /// Applies `command` to `doc` and records its inverse. With a `key`, it joins the previous
    /// step when that step has the same key and no [`History::seal`] came between.
    pub fn execute(&mut self, doc: &mut Document, command: Command, key: Option<CoalesceKey>) -> Result<(), CommandError> {
        let inverse = command.apply(doc)?;
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
    pub fn undo(&mut self, doc: &mut Document) -> Result<bool, CommandError> {
        let Some(entry) = self.undo.pop() else {
            return Ok(false);
        };
        match entry.undo.clone().apply(doc) {
            Ok(redo) => {
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
    pub fn redo(&mut self, doc: &mut Document) -> Result<bool, CommandError> {
        let Some(command) = self.redo.pop() else {
            return Ok(false);
        };
        match command.clone().apply(doc) {
            Ok(undo) => {
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
