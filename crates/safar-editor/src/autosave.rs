//! Autosave into the library: every change is saved shortly after it is made (debounced, so a
//! burst of typing is one write), and at once when the page is hidden or closed.
//!
//! Each save names the revision it was made from. When another tab saved the map meanwhile the
//! save is refused and the user settles the conflict; nothing is saved over the other tab's
//! work silently, and a save of this tab's that another tab wrote over without seeing it is
//! found from the stored record's lineage. Another tab's save never closes an editor or takes a
//! keystroke: it waits until this tab's person pauses, and the question is asked then. When the store is full the edit stays in memory, the user is told and offered
//! an export, and saving resumes by itself once there is room.

use super::state::EditorState;
use safar_view::i18n::{use_i18n, Describe, Message};
use crate::Maps;
use safar_store::SharedLibrary;
use leptos::prelude::*;
use safar_core::library::{LibraryError, Recovery, Revision, Standing, StoreError};
use std::time::Duration;

/// Where the document stands against what is stored.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    Saving,
    /// The store refused the write; the edit is kept in this tab.
    Failed(StoreError),
    /// Another tab saved this map meanwhile; the user chooses what to keep.
    Conflict,
    /// The map cannot be saved at all (a newer Safar's library).
    Refused(Message),
}

const DELAY: Duration = Duration::from_millis(400);

/// How often a save refused for lack of room is tried again, in case space was freed
/// elsewhere (another tab, the library page, the browser's settings).
const RETRY: Duration = Duration::from_secs(5);

/// How long after the last keystroke this tab counts as typing: another tab's change waits
/// until then, so that it never closes an editor or takes keys meant for a field.
pub const PAUSE: Duration = Duration::from_millis(1200);

/// The editor's saving, shared with the toolbar and the conflict dialog.
#[derive(Clone, Copy)]
pub struct Saver {
    pub status: RwSignal<SaveStatus>,
    /// The stored revision this tab's document was loaded or last saved at.
    base: StoredValue<Revision>,
    /// When this tab's person last pressed a key or changed the map (ms since the epoch).
    last_input: StoredValue<f64>,
    /// Another tab's change waits for this tab to be idle.
    held: StoredValue<bool>,
    /// Changes not yet stored.
    dirty: StoredValue<bool>,
    /// The next change of the document came from storage, not from the user: not to be saved.
    external: StoredValue<bool>,
    pending: StoredValue<Option<TimeoutHandle>>,
    state: EditorState,
    shared: SharedLibrary,
    /// The host's library of maps with addresses, if it has one (the app); a widget has not.
    maps: Option<Maps>,
}

impl Saver {
    /// Saves now if anything is unsaved.
    pub fn save(&self) {
        // Nothing to save, or an editor already taken down (a timer that outlived it).
        if self.dirty.try_get_value() != Some(true) || self.status.try_get_untracked().is_none_or(|s| s == SaveStatus::Conflict) {
            return;
        }
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
        }
        self.pending.set_value(None);
        let performance = web_sys::window().and_then(|w| w.performance());
        if let Some(p) = &performance {
            let _ = p.mark("safar:autosave:start");
        }
        let file = self.state.file();
        let text = file.to_compact_json();
        let base = self.base.get_value();
        let saved = self.shared.change_list(|library| library.save_text(&file, &text, &base));
        // Benchmarks read this measure: serializing plus writing to localStorage.
        if let Some(p) = &performance {
            let _ = p.measure_with_start_mark("safar:autosave", "safar:autosave:start");
        }
        match saved {
            Ok(revision) => {
                self.base.set_value(revision);
                self.dirty.set_value(false);
                self.forget_journal();
                self.status.set(SaveStatus::Saved);
                if self.shared.room_low.get_untracked() {
                    // Room was made: the warning goes as soon as it is no longer true. (Room is
                    // not measured after other saves: a save that fails says so itself.)
                    self.shared.measure_room();
                }
                self.shared.measure_usage(false);
            }
            Err(LibraryError::Conflict(_)) => self.status.set(SaveStatus::Conflict),
            Err(LibraryError::Store(error)) => {
                let retry_full = error == StoreError::Full;
                if retry_full {
                    self.shared.room_low.set(true);
                }
                self.status.set(SaveStatus::Failed(error));
                if retry_full {
                    let saver = *self;
                    self.pending.set_value(set_timeout_with_handle(move || saver.save(), RETRY).ok());
                }
            }
            Err(error) => self.status.set(SaveStatus::Refused(error.describe())),
        }
    }

    /// Settles a conflict by storing this tab's version over the other one, which is kept as a
    /// snapshot (Versions) in the same write. A map the other tab moved to the trash comes back
    /// out of it: keeping this version means keeping the map.
    pub fn keep_mine(&self) {
        let id = self.state.journey.with_untracked(|j| j.id.clone());
        let trashed = self.shared.read(|l| l.entry(&id).is_some_and(|e| e.trashed.is_some()));
        if trashed {
            let _ = self.shared.change(|l| l.set_trashed(&id, None));
        }
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
        }
        let file = self.state.file();
        let name = untrack(|| self.state.i18n.text("editor-snapshot-other-tab"));
        match self.shared.change_list(|l| l.save_replacing(&file, &name, &super::state::now())) {
            Ok(revision) => {
                self.base.set_value(revision);
                self.dirty.set_value(false);
                self.forget_journal();
                self.status.set(SaveStatus::Saved);
                self.shared.measure_usage(true);
            }
            Err(LibraryError::Store(error)) => self.status.set(SaveStatus::Failed(error)),
            Err(error) => self.status.set(SaveStatus::Refused(error.describe())),
        }
    }

    /// Settles a conflict by taking the stored version; this tab's unsaved edits are dropped.
    pub fn take_theirs(&self) {
        let id = self.state.journey.with_untracked(|j| j.id.clone());
        match self.shared.change_list(|l| l.load(&id)) {
            Ok(loaded) if !loaded.trashed => {
                if let Some(doc) = safar_core::Document::from_file(loaded.file) {
                    self.external.set_value(true);
                    self.state.load(doc);
                    self.base.set_value(loaded.revision);
                    self.dirty.set_value(false);
                    self.forget_journal();
                    self.status.set(SaveStatus::Saved);
                }
            }
            // Trashed or gone in the other tab: the page shows what is there now. A widget's
            // maps have no trash; one removed elsewhere is stored again from this tab.
            _ => match self.maps {
                Some(maps) => (maps.open)(&id),
                None => {
                    self.base.set_value(Revision::NEW);
                    self.dirty.set_value(true);
                    self.status.set(SaveStatus::Saving);
                    self.save();
                }
            },
        }
    }

    /// Settles a conflict by keeping this tab's version as a copy, which this tab goes on
    /// editing; the other tab's version stays under the map's id.
    pub fn keep_both(&self) -> Result<String, Message> {
        let file = self.state.file();
        let original = file.journeys[0].id.clone();
        let copy = self.shared.read(|l| safar_core::library::conflict::as_copy(file, |id| l.contains(id)));
        self.shared.change(|l| l.create(&copy)).map_err(|e| e.describe())?;
        let title = copy.journeys[0].title.clone();
        let id = copy.journeys[0].id.clone();
        if let Some(doc) = safar_core::Document::from_file(copy) {
            self.external.set_value(true);
            self.state.load(doc);
        }
        self.base.set_value(self.shared.read(|l| l.stored_revision(&id)).unwrap_or(Revision::NEW));
        self.shared.quietly(|l| l.clear_journal(&original));
        self.forget_journal();
        self.dirty.set_value(false);
        self.status.set(SaveStatus::Saved);
        if let Some(maps) = self.maps {
            (maps.readdress)(&id);
        }
        Ok(title)
    }

    /// Whether a copy of the map can be kept and seen: there is a library of maps around.
    pub fn has_library(&self) -> bool {
        self.maps.is_some()
    }

    /// Whether everything is stored.
    pub fn is_saved(&self) -> bool {
        !self.dirty.get_value()
    }

    /// Writes the journal of the changes not yet saved, at once: a tab killed before its next
    /// save loses at most the change in flight.
    fn write_journal(&self) {
        let base = self.base.get_value();
        let updated = self.state.journey.with_untracked(|j| j.updated.clone());
        let journal = self.state.journal.with_value(|j| {
            let mut journal = j.clone();
            journal.base = base.to_string();
            journal.updated = updated;
            journal
        });
        // A full store refuses it as it refuses the save; the change is still here, and the
        // save's status tells the person.
        let _ = self.shared.quietly(|l| l.write_journal(&journal));
    }

    /// The journal's changes are saved (or given up): it starts again from the stored map.
    fn forget_journal(&self) {
        let id = self.state.journey.with_untracked(|j| j.id.clone());
        self.state.journal.update_value(|j| {
            j.steps.clear();
            j.map = id.clone();
        });
        self.shared.quietly(|l| l.clear_journal(&id));
    }

    /// Brings back the changes a tab that was closed before it saved left in its journal: on
    /// top of the revision they were made from, they are saved as if made here; on top of a
    /// later one, they are this tab's side of a conflict, for the person to settle. Journals
    /// its own tab saved are removed; one that no longer applies is set aside, kept for download.
    fn recover(&self) {
        let id = self.state.journey.with_untracked(|j| j.id.clone());
        let mut left = self.shared.quietly(|l| l.left_journals(&id));
        left.sort_by(|a, b| b.1.updated.cmp(&a.1.updated));
        let mut recovered = false;
        for (key, journal, recovery) in left {
            if recovery == Recovery::Saved || journal.is_empty() {
                self.shared.quietly(|l| l.drop_journal(&key));
                continue;
            }
            if recovered {
                self.shared.quietly(|l| l.set_aside_journal(&key, None));
                continue;
            }
            let mut doc = self.state.document();
            match journal.replay(&mut doc) {
                Ok(history) => {
                    recovered = true;
                    let count = journal.steps.iter().filter(|s| !matches!(s, safar_core::library::journal::Step::Seal)).count();
                    self.state.recover(doc, history, &journal);
                    // The changes now live in this tab (and its journal) before the old one goes.
                    self.dirty.set_value(true);
                    self.write_journal();
                    self.shared.quietly(|l| l.drop_journal(&key));
                    self.state.toast.set(Some(crate::state::Toast::notice(safar_view::msg!("editor-recovered", count = count))));
                    self.state.announce(safar_view::msg!("editor-recovered", count = count));
                    if recovery == Recovery::Diverged {
                        self.status.set(SaveStatus::Conflict);
                    } else {
                        self.status.set(SaveStatus::Saving);
                        let saver = *self;
                        self.pending.set_value(set_timeout_with_handle(move || saver.save(), DELAY).ok());
                    }
                }
                Err(error) => {
                    self.shared.quietly(|l| l.set_aside_journal(&key, Some(&error)));
                    self.state.announce(safar_view::msg!("editor-recovery-failed"));
                }
            }
        }
    }

    /// Whether this tab's person pressed a key or changed the map within the last [`PAUSE`].
    pub fn typing(&self) -> bool {
        self.last_input.try_get_value().is_some_and(|at| js_sys::Date::now() - at < PAUSE.as_millis() as f64)
    }

    /// How long until [`Saver::typing`] ends, if it has not.
    pub fn typing_left(&self) -> Option<Duration> {
        let at = self.last_input.try_get_value()?;
        let left = PAUSE.as_millis() as f64 - (js_sys::Date::now() - at);
        (left > 0.0).then(|| Duration::from_millis(left.ceil() as u64))
    }

    /// Whether a change from elsewhere would get in the way now: the person is typing, or has
    /// an editor or a dialog open.
    fn busy(&self) -> bool {
        self.typing() || self.state.editing.get_untracked().is_some() || self.state.find("dialog[open]").is_some()
    }

    /// Another tab changed the stored map: take its version when this tab has nothing unsaved
    /// (once the person is idle: never under an open editor), or ask the user when both changed
    /// it, or when this tab's save was written over by one that never saw it.
    fn changed_elsewhere(&self) {
        let id = self.state.journey.with_untracked(|j| j.id.clone());
        let standing = self.shared.read(|l| l.standing(&id, &self.base.get_value()));
        match standing {
            Standing::Same => {}
            Standing::Apart(_) => {
                // This tab's version is no longer stored, even though it was saved.
                self.dirty.set_value(true);
                self.status.set(SaveStatus::Conflict);
            }
            _ if self.dirty.get_value() => self.status.set(SaveStatus::Conflict),
            _ if self.busy() => self.hold(),
            _ => {
                self.take_theirs();
                self.state.announce(safar_view::msg!("editor-changed-elsewhere"));
            }
        }
    }

    /// Looks at another tab's change again once this tab is idle.
    fn hold(&self) {
        if self.held.get_value() {
            return;
        }
        self.held.set_value(true);
        let saver = *self;
        set_timeout(
            move || {
                if saver.held.try_get_value() == Some(true) {
                    saver.held.set_value(false);
                    saver.changed_elsewhere();
                }
            },
            self.typing_left().unwrap_or(PAUSE),
        );
    }
}

/// Starts saving the editor's document, loaded at `revision`.
pub fn use_autosave(state: EditorState, shared: SharedLibrary, revision: Revision, maps: Option<Maps>) -> Saver {
    let i18n = use_i18n();
    let saver = Saver {
        status: RwSignal::new(SaveStatus::Saved),
        base: StoredValue::new(revision),
        last_input: StoredValue::new(f64::NEG_INFINITY),
        held: StoredValue::new(false),
        dirty: StoredValue::new(false),
        external: StoredValue::new(false),
        pending: StoredValue::new(None),
        state,
        shared,
        maps,
    };

    let first = StoredValue::new(true);
    Effect::new(move |_| {
        state.revision.track();
        if first.get_value() {
            first.set_value(false);
            return;
        }
        if saver.external.get_value() {
            saver.external.set_value(false);
            return;
        }
        saver.dirty.set_value(true);
        saver.last_input.set_value(js_sys::Date::now());
        saver.write_journal();
        if saver.status.get_untracked() == SaveStatus::Conflict {
            return;
        }
        if !matches!(saver.status.get_untracked(), SaveStatus::Failed(_)) {
            saver.status.set(SaveStatus::Saving);
        }
        if let Some(handle) = saver.pending.get_value() {
            handle.clear();
        }
        saver.pending.set_value(set_timeout_with_handle(move || saver.save(), DELAY).ok());
    });

    Effect::new(move |_| {
        let Some(key) = shared.changed_elsewhere.get() else { return };
        let id = state.journey.with_untracked(|j| j.id.clone());
        let ours = match key {
            None => true,
            Some(key) => shared.read(|l| l.keys().map(&id)) == key,
        };
        if ours {
            saver.changed_elsewhere();
        }
    });

    // Going to another screen of the app saves first, and asks when the save cannot happen.
    if let Some(maps) = maps {
        (maps.hold_back)(std::rc::Rc::new(move || {
            saver.save();
            saver.dirty.get_value()
                .then(|| window().confirm_with_message(&untrack(|| i18n.text("editor-leave-unsaved"))).unwrap_or(true))
                .unwrap_or(true)
        }));
    }
    // Every key counts as typing, including those that change nothing yet (a field's first
    // letters before the map changes, arrow keys in a text).
    let on_key = window_event_listener(leptos::ev::keydown, move |_| saver.last_input.set_value(js_sys::Date::now()));
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| saver.save());
    // Leaving with changes that could not be stored (a conflict, a full store) asks first.
    let on_leave = window_event_listener(leptos::ev::beforeunload, move |event| {
        saver.save();
        if saver.dirty.get_value() {
            event.prevent_default();
            event.set_return_value(&untrack(|| i18n.text("editor-unsaved-changes")));
        }
    });
    let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            saver.save();
        }
    });
    on_cleanup(move || {
        // Taken down with changes not yet stored (a widget removed from its page right after an
        // edit): they are stored now, while the document and the library are still there.
        let alive = saver.state.journey.try_with_untracked(|_| ()).is_some() && shared.is_open();
        if alive && saver.dirty.try_get_value() == Some(true) {
            saver.save();
        }
        on_key.remove();
        on_hide.remove();
        on_leave.remove();
        on_visibility.remove();
        if let Some(handle) = saver.pending.get_value() {
            handle.clear();
        }
    });
    // Changes a tab that was closed before saving left behind come back first.
    if !shared.read_only {
        saver.recover();
    }
    saver
}
