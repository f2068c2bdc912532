//! The editor's state: the document, its undo history, where the keyboard is in the grid, and
//! what the editor says to the user. Every change goes through [`EditorState::execute`].

use safar_view::i18n::{use_i18n, Describe, I18n, Message};
use leptos::__reexports::send_wrapper::SendWrapper;
use leptos::prelude::*;
use safar_core::navigate::GridCell;
use safar_core::library::journal::{Journal, Step};
use safar_core::{Burst, Command, Document, History, Journey, JourneyFile, Persona};

/// A short message with an optional action, shown at the bottom of the screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    /// What to say, worded when shown, so it follows the interface language.
    pub text: Message,
    /// Offer to undo the change the toast is about.
    pub undo: bool,
}

impl Toast {
    pub fn undoable(text: Message) -> Self {
        Toast { text, undo: true }
    }

    pub fn notice(text: Message) -> Self {
        Toast { text, undo: false }
    }
}

/// The editor, shared through context by every editing control.
///
/// The map and the personas are separate signals that views read by reference: a keystroke
/// never copies the map. Commands see them together as a core `Document` for the moment they
/// run.
#[derive(Clone, Copy)]
pub struct EditorState {
    pub journey: RwSignal<Journey>,
    pub personas: RwSignal<Vec<Persona>>,
    history: StoredValue<History>,
    /// Every change since the document was loaded or saved, for autosave to write at once.
    pub journal: StoredValue<Journal>,
    pub can_undo: RwSignal<bool>,
    pub can_redo: RwSignal<bool>,
    /// The grid cell that holds the grid's one tab stop.
    pub active: RwSignal<GridCell>,
    /// The grid cell being edited in place, if any.
    pub editing: RwSignal<Option<GridCell>>,
    /// What the polite live region says.
    pub announcement: RwSignal<String>,
    pub toast: RwSignal<Option<Toast>>,
    /// Counts changes, so autosave knows when there is something to save.
    pub revision: RwSignal<u64>,
    /// The interface language announcements are worded in.
    pub i18n: I18n,
    /// Where the editor's controls are looked up: the page, or a widget's own element inside
    /// its shadow root (which `document` cannot see into).
    root: StoredValue<Option<SendWrapper<web_sys::HtmlElement>>>,
}

impl EditorState {
    pub fn new(doc: Document) -> Self {
        let start = safar_core::navigate::Grid::of(&doc.journey).start();
        let journal = Journal::new(doc.journey.id.clone(), &safar_core::library::Revision::NEW);
        EditorState {
            journey: RwSignal::new(doc.journey),
            personas: RwSignal::new(doc.personas),
            history: StoredValue::new(History::new()),
            journal: StoredValue::new(journal),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            active: RwSignal::new(start),
            editing: RwSignal::new(None),
            announcement: RwSignal::new(String::new()),
            toast: RwSignal::new(None),
            revision: RwSignal::new(0),
            i18n: use_i18n(),
            root: StoredValue::new(use_context::<crate::EditorRoot>().and_then(|r| r.0)),
        }
    }

    /// The first element in the editor that matches `selector`; nothing once the editor is gone.
    pub fn find(&self, selector: &str) -> Option<web_sys::Element> {
        match self.root.try_with_value(|root| root.as_ref().map(|r| r.query_selector(selector)))? {
            Some(found) => found.ok().flatten(),
            None => document().query_selector(selector).ok().flatten(),
        }
    }

    /// Applies a change of its own (a click, a choice): one undo step. Returns whether the
    /// change was made; a refused one is announced.
    pub fn execute(&self, command: Command) -> bool {
        self.record(command, Burst::Alone)
    }

    /// Applies a change typed into a field: typing in the same thing, until the field is left
    /// ([`EditorState::seal`]), undoes as one step. The core says what "the same thing" is.
    pub fn typed(&self, command: Command) -> bool {
        self.record(command, Burst::Typing)
    }

    fn record(&self, command: Command, burst: Burst) -> bool {
        let history = self.history;
        let step = Step::Command { command: command.clone(), burst };
        let outcome = self.with_document(move |doc| {
            history.try_update_value(|h| h.execute(doc, command, burst, &now())).unwrap_or(Ok(()))
        });
        match outcome {
            Ok(()) => {
                self.journal.update_value(|j| j.push(step));
                self.changed();
                true
            }
            Err(error) => {
                self.announce(safar_view::msg!("editor-not-changed", reason = error.describe()));
                false
            }
        }
    }

    /// Ends a burst of typing, so the next change is an undo step of its own.
    pub fn seal(&self) {
        // Also called when a field loses focus, which happens as the editor is taken down.
        self.history.try_update_value(History::seal);
        self.journal.try_update_value(|j| j.push(Step::Seal));
    }

    pub fn undo(&self) {
        self.step_history(true);
    }

    pub fn redo(&self) {
        self.step_history(false);
    }

    fn step_history(&self, back: bool) {
        let history = self.history;
        let outcome = self.with_document(move |doc| {
            let at = now();
            let outcome = history.try_update_value(|h| if back { h.undo(doc, &at) } else { h.redo(doc, &at) }).unwrap_or(Ok(false));
            match outcome {
                Ok(false) => Err(Ok(false)),
                other => other.map_err(Err),
            }
        });
        let outcome = match outcome {
            Ok(changed) => Ok(changed),
            Err(inner) => inner,
        };
        match outcome {
            Ok(true) => {
                self.journal.update_value(|j| j.push(if back { Step::Undo } else { Step::Redo }));
                self.changed();
                self.announce(if back { safar_view::msg!("editor-undone") } else { safar_view::msg!("editor-redone") });
            }
            Ok(false) => {
                self.announce(if back { safar_view::msg!("editor-nothing-to-undo") } else { safar_view::msg!("editor-nothing-to-redo") })
            }
            Err(error) => self.announce(if back {
                safar_view::msg!("editor-undo-failed", reason = error.describe())
            } else {
                safar_view::msg!("editor-redo-failed", reason = error.describe())
            }),
        }
    }

    /// Runs `change` on the map and personas as one document, moved in and out of their signals
    /// without copying. Views are notified only when `change` succeeds.
    fn with_document<T, E>(&self, change: impl FnOnce(&mut Document) -> Result<T, E>) -> Result<T, E> {
        let mut outcome = None;
        self.journey.maybe_update(|journey| {
            let personas = self.personas.try_update_untracked(std::mem::take).unwrap_or_default();
            let mut doc = Document { journey: std::mem::replace(journey, placeholder()), personas };
            let result = change(&mut doc);
            let ok = result.is_ok();
            *journey = doc.journey;
            let personas = doc.personas;
            if ok {
                self.personas.set(personas);
            } else {
                self.personas.update_untracked(|p| *p = personas);
            }
            outcome = Some(result);
            ok
        });
        outcome.expect("maybe_update runs its closure")
    }

    fn changed(&self) {
        self.history.with_value(|h| {
            self.can_undo.set(h.can_undo());
            self.can_redo.set(h.can_redo());
        });
        self.revision.update(|r| *r += 1);
        // An edit can remove the cell that held focus; fall back to the grid's start.
        let active = self.active.get_untracked();
        if !self.journey.with_untracked(|j| safar_core::navigate::exists(j, &active)) {
            self.active.set(self.journey.with_untracked(safar_core::navigate::Grid::of).start());
        }
    }

    /// Replaces the whole document, as when a new map is started. Not an undo step.
    pub fn load(&self, doc: Document) {
        let start = safar_core::navigate::Grid::of(&doc.journey).start();
        self.journey.set(doc.journey);
        self.personas.set(doc.personas);
        self.history.update_value(History::clear);
        self.journal.update_value(|j| j.steps.clear());
        self.can_undo.set(false);
        self.can_redo.set(false);
        self.editing.set(None);
        self.active.set(start);
        self.revision.update(|r| *r += 1);
    }

    /// Takes back the changes a closed tab's journal held: `doc` with them replayed, and the
    /// undo history they leave. They count as changes made here, to be saved.
    pub fn recover(&self, doc: Document, history: History, journal: &Journal) {
        self.journey.set(doc.journey);
        self.personas.set(doc.personas);
        self.history.set_value(history);
        self.journal.update_value(|j| j.steps = journal.steps.clone());
        self.history.with_value(|h| {
            self.can_undo.set(h.can_undo());
            self.can_redo.set(h.can_redo());
        });
        self.revision.update(|r| *r += 1);
    }

    /// Says `message` in the polite live region, in the interface language of the moment. The
    /// region is emptied first so the same words twice in a row are still read out.
    pub fn announce(&self, message: Message) {
        // Worded without tracking the language: an announcement made inside an effect must not
        // make that effect run again when the language changes.
        let text = untrack(|| self.i18n.format(&message));
        self.announcement.set(String::new());
        let announcement = self.announcement;
        request_animation_frame(move || announcement.set(text));
    }

    /// The document as a map file, for saving and export.
    pub fn file(&self) -> JourneyFile {
        self.journey.with_untracked(|journey| {
            self.personas.with_untracked(|personas| JourneyFile::new(personas.clone(), vec![journey.clone()]))
        })
    }

    /// The document as one value, for commands that replace it whole.
    pub fn document(&self) -> Document {
        Document { journey: self.journey.get_untracked(), personas: self.personas.get_untracked() }
    }
}

/// A cheap stand-in for the map while a command holds it.
fn placeholder() -> Journey {
    Journey {
        id: safar_core::Id::new("moving"),
        title: String::new(),
        goal: String::new(),
        scenario: String::new(),
        map_type: safar_core::MapType::CurrentState,
        owner: String::new(),
        language: String::new(),
        direction: safar_core::Direction::Ltr,
        created: String::new(),
        updated: String::new(),
        last_review: None,
        next_review: None,
        personas: Vec::new(),
        emotion_scale: Default::default(),
        stages: Vec::new(),
        lanes: Vec::new(),
        cells: Vec::new(),
    }
}

pub use safar_store::time::{new_id, now};
