//! Autosave into the library: every change is saved shortly after it is made (debounced, so a
//! burst of typing is one write), and at once when the page is hidden or closed.
//!
//! Each save names the revision it was made from. When another tab saved the map meanwhile the
//! save is refused and the user settles the conflict; nothing is saved over the other tab's
//! work silently. When the store is full the edit stays in memory, the user is told and offered
//! an export, and saving resumes by itself once there is room.

use super::state::EditorState;
use crate::i18n::{use_i18n, Describe, Message};
use crate::library::{go, map_url, Shelf};
use leptos::prelude::*;
use safar_core::library::{LibraryError, StoreError};
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

/// The editor's saving, shared with the toolbar and the conflict dialog.
#[derive(Clone, Copy)]
pub struct Saver {
    pub status: RwSignal<SaveStatus>,
    /// The stored revision this tab's document was loaded or last saved at.
    base: StoredValue<u64>,
    /// Changes not yet stored.
    dirty: StoredValue<bool>,
    /// The next change of the document came from storage, not from the user: not to be saved.
    external: StoredValue<bool>,
    pending: StoredValue<Option<TimeoutHandle>>,
    state: EditorState,
    shelf: Shelf,
    /// Inside a widget, which has no address of its own to change.
    embedded: bool,
}

impl Saver {
    /// Saves now if anything is unsaved.
    pub fn save(&self) {
        if !self.dirty.get_value() || self.status.get_untracked() == SaveStatus::Conflict {
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
        let saved = self.shelf.change_list(|library| library.save_text(&file, &text, base));
        // Benchmarks read this measure: serializing plus writing to localStorage.
        if let Some(p) = &performance {
            let _ = p.measure_with_start_mark("safar:autosave", "safar:autosave:start");
        }
        match saved {
            Ok(revision) => {
                self.base.set_value(revision);
                self.dirty.set_value(false);
                self.status.set(SaveStatus::Saved);
                if self.shelf.room_low.get_untracked() {
                    // Room was made: the warning goes as soon as it is no longer true. (Room is
                    // not measured after other saves: a save that fails says so itself.)
                    self.shelf.measure_room();
                }
                self.shelf.measure_usage(false);
            }
            Err(LibraryError::Conflict(_)) => self.status.set(SaveStatus::Conflict),
            Err(LibraryError::Store(error)) => {
                let retry_full = error == StoreError::Full;
                if retry_full {
                    self.shelf.room_low.set(true);
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

    /// Settles a conflict by storing this tab's version over the other one. A map the other
    /// tab moved to the trash comes back out of it: keeping this version means keeping the map.
    pub fn keep_mine(&self) {
        let id = self.state.journey.with_untracked(|j| j.id.clone());
        let trashed = self.shelf.read(|l| l.entry(&id).is_some_and(|e| e.trashed.is_some()));
        if trashed {
            let _ = self.shelf.change(|l| l.set_trashed(&id, None));
        }
        let stored = self.shelf.read(|l| l.stored_revision(&id)).unwrap_or(0);
        self.base.set_value(stored);
        self.dirty.set_value(true);
        self.status.set(SaveStatus::Saving);
        self.save();
    }

    /// Settles a conflict by taking the stored version; this tab's unsaved edits are dropped.
    pub fn take_theirs(&self) {
        let id = self.state.journey.with_untracked(|j| j.id.clone());
        match self.shelf.change_list(|l| l.load(&id)) {
            Ok(loaded) if !loaded.trashed => {
                if let Some(doc) = safar_core::Document::from_file(loaded.file) {
                    self.external.set_value(true);
                    self.state.load(doc);
                    self.base.set_value(loaded.revision);
                    self.dirty.set_value(false);
                    self.status.set(SaveStatus::Saved);
                }
            }
            // Trashed or gone in the other tab: the page shows what is there now. A widget's
            // maps have no trash; one removed elsewhere is stored again from this tab.
            _ if self.embedded => {
                self.base.set_value(0);
                self.dirty.set_value(true);
                self.status.set(SaveStatus::Saving);
                self.save();
            }
            _ => go(&map_url(&id)),
        }
    }

    /// Settles a conflict by keeping this tab's version as a copy, which this tab goes on
    /// editing; the other tab's version stays under the map's id.
    pub fn keep_both(&self) -> Result<String, Message> {
        let file = self.state.file();
        let copy = self.shelf.read(|l| safar_core::library::conflict::as_copy(file, |id| l.contains(id)));
        self.shelf.change(|l| l.create(&copy)).map_err(|e| e.describe())?;
        let title = copy.journeys[0].title.clone();
        let id = copy.journeys[0].id.clone();
        if let Some(doc) = safar_core::Document::from_file(copy) {
            self.external.set_value(true);
            self.state.load(doc);
        }
        self.base.set_value(1);
        self.dirty.set_value(false);
        self.status.set(SaveStatus::Saved);
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&map_url(&id)));
        }
        Ok(title)
    }

    /// Whether everything is stored.
    pub fn is_saved(&self) -> bool {
        !self.dirty.get_value()
    }

    /// Another tab changed the stored map: take its version when this tab has nothing unsaved,
    /// or ask the user when both changed it.
    fn changed_elsewhere(&self) {
        let id = self.state.journey.with_untracked(|j| j.id.clone());
        let stored = self.shelf.read(|l| l.stored_revision(&id));
        if stored == Some(self.base.get_value()) {
            return;
        }
        if self.dirty.get_value() {
            self.status.set(SaveStatus::Conflict);
        } else {
            self.take_theirs();
            self.state.announce(crate::msg!("editor-changed-elsewhere"));
        }
    }
}

/// Starts saving the editor's document, loaded at `revision`.
pub fn use_autosave(state: EditorState, shelf: Shelf, revision: u64) -> Saver {
    let i18n = use_i18n();
    let saver = Saver {
        status: RwSignal::new(SaveStatus::Saved),
        base: StoredValue::new(revision),
        dirty: StoredValue::new(false),
        external: StoredValue::new(false),
        pending: StoredValue::new(None),
        state,
        shelf,
        embedded: super::embedded(),
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
        let Some(key) = shelf.changed_elsewhere.get() else { return };
        let id = state.journey.with_untracked(|j| j.id.clone());
        let ours = match key {
            None => true,
            Some(key) => shelf.read(|l| l.keys().map(&id)) == key,
        };
        if ours {
            saver.changed_elsewhere();
        }
    });

    // Going to another screen of the app saves first, and asks when the save cannot happen.
    if !saver.embedded {
        crate::navigation::hold_back(move || {
            saver.save();
            saver.dirty.get_value()
                .then(|| window().confirm_with_message(&untrack(|| i18n.text("editor-leave-unsaved"))).unwrap_or(true))
                .unwrap_or(true)
        });
    }
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
        let alive = saver.state.journey.try_with_untracked(|_| ()).is_some() && shelf.is_open();
        if alive && saver.dirty.try_get_value() == Some(true) {
            saver.save();
        }
        on_hide.remove();
        on_leave.remove();
        on_visibility.remove();
        if let Some(handle) = saver.pending.get_value() {
            handle.clear();
        }
    });
    saver
}
