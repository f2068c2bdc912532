//! The modal dialog every screen uses: a native `<dialog>` shown with `showModal()`, which keeps
//! focus inside while open, closes on Escape, and gives focus back when closed.

use leptos::prelude::*;

/// A modal dialog, open while `open` is true.
#[component]
pub fn Modal(
    /// Whether the dialog is open; closing it by Escape or the close button sets it false.
    open: RwSignal<bool>,
    /// The dialog's heading.
    title: &'static str,
    /// A unique name, for ids inside the dialog.
    name: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let Some(element) = dialog.get() else { return };
        if open.get() {
            if !element.open() {
                let _ = element.show_modal();
            }
        } else if element.open() {
            element.close();
        }
    });
    let title_id = format!("{name}-title");
    let labelled_by = title_id.clone();
    view! {
        <dialog node_ref=dialog class="modal" aria-labelledby=labelled_by on:close=move |_| {
            // A dialog removed while open (its screen left) closes too, after its signals are gone.
            open.try_set(false);
        }>
            <div class="modal-header">
                <h2 id=title_id>{title}</h2>
                <button type="button" class="icon-button" aria-label="Close" on:click=move |_| open.set(false)>"✕"</button>
            </div>
            <div class="modal-body">{move || open.get().then(|| children())}</div>
        </dialog>
    }
}

