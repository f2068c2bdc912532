//! Where keys are heard: the grid, and the whole editor. Which key does what is the table of
//! actions' (`actions.rs`); what focus does when a cell is entered and left is `focus.rs`'.

use super::actions::{run_keys, ActionContext, Scope};
use leptos::__reexports::send_wrapper::SendWrapper;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

/// Handles a key pressed inside the grid: the cell keys of [`crate::actions::ACTIONS`] on a cell
/// that has focus, and their editing keys while a cell's controls are open. Keys in a control
/// inside a cell are the control's.
pub fn grid_keydown(context: ActionContext, event: KeyboardEvent) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return;
    };
    if context.state.editing.get_untracked().is_some() {
        run_keys(&context, Scope::Editing, &event);
    } else if target.has_attribute("data-cell") {
        run_keys(&context, Scope::Cell, &event);
    }
}

/// The editor's own keys of [`crate::actions::ACTIONS`] (undo, redo, `?`), heard anywhere in the
/// editor. In the app that is the whole page; in a widget, only the widget, so that Ctrl+Z in one
/// of several widgets (or in the host page's own fields) undoes nothing elsewhere.
pub fn use_shortcuts(context: ActionContext) {
    let on_key = move |event: KeyboardEvent| {
        run_keys(&context, Scope::Editor, &event);
    };
    match use_context::<crate::EditorRoot>().and_then(|r| r.0) {
        Some(root) => {
            let listener = Closure::<dyn Fn(KeyboardEvent)>::new(on_key);
            let _ = root.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
            let held = SendWrapper::new(listener);
            on_cleanup(move || {
                let _ = root.remove_event_listener_with_callback("keydown", held.as_ref().unchecked_ref());
            });
        }
        None => {
            let handle = window_event_listener(leptos::ev::keydown, on_key);
            on_cleanup(move || handle.remove());
        }
    }
}
