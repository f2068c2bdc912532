//! Autosave: every change is written to localStorage shortly after it is made (debounced, so a
//! burst of typing is one write), and at once when the page is hidden or closed.

use super::state::EditorState;
use crate::storage::{self, SaveError};
use leptos::prelude::*;
use std::time::Duration;

/// Where the document stands against what is stored.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    Saving,
    Failed(SaveError),
}

const DELAY: Duration = Duration::from_millis(400);

/// Starts saving the editor's document; returns the status to show.
pub fn use_autosave(state: EditorState) -> RwSignal<SaveStatus> {
    let status = RwSignal::new(SaveStatus::Saved);
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    let dirty = StoredValue::new(false);

    let save = move || {
        if !dirty.get_value() {
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(None);
        let performance = web_sys::window().and_then(|w| w.performance());
        if let Some(p) = &performance {
            let _ = p.mark("safar:autosave:start");
        }
        let text = state.file_json();
        let written = storage::write(storage::DOCUMENT_KEY, &text);
        // Benchmarks read this measure: serializing plus writing to localStorage.
        if let Some(p) = &performance {
            let _ = p.measure_with_start_mark("safar:autosave", "safar:autosave:start");
        }
        match written {
            Ok(()) => {
                dirty.set_value(false);
                status.set(SaveStatus::Saved);
            }
            // The edit stays in memory; the next change or page hide tries again.
            Err(error) => status.set(SaveStatus::Failed(error)),
        }
    };

    let first = StoredValue::new(true);
    Effect::new(move |_| {
        state.revision.track();
        if first.get_value() {
            first.set_value(false);
            return;
        }
        dirty.set_value(true);
        if !matches!(status.get_untracked(), SaveStatus::Failed(_)) {
            status.set(SaveStatus::Saving);
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(set_timeout_with_handle(save, DELAY).ok());
    });

    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| save());
    let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            save();
        }
    });
    on_cleanup(move || {
        on_hide.remove();
        on_visibility.remove();
    });
    status
}
