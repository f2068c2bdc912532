//! The modal dialog every screen uses: a native `<dialog>` shown with `showModal()`, which keeps
//! focus inside while open, closes on Escape, and gives focus back when closed.

use safar_view::i18n::use_i18n;
use safar_view::t;
use leptos::prelude::*;

/// A modal dialog, open while `open` is true.
#[component]
pub fn Modal(
    /// Whether the dialog is open; closing it by Escape or the close button sets it false.
    open: RwSignal<bool>,
    /// The dialog's heading: text, or a closure (`t!(i18n, "…")`) that follows the language.
    #[prop(into)]
    title: TextProp,
    /// A unique name, for ids inside the dialog.
    name: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let i18n = use_i18n();
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
                <h2 id=title_id>{move || title.get()}</h2>
                <button type="button" class="icon-button" aria-label=t!(i18n, "dialog-close") on:click=move |_| open.set(false)>"✕"</button>
            </div>
            <div class="modal-body">{move || open.get().then(|| children())}</div>
        </dialog>
    }
}


/// A Delete button that asks in place before it deletes: it turns into "`question` [Delete it]
/// [Keep it]". `name` completes the button's accessible name ("Delete before Q3 review").
/// `question` is text, or a closure (`t!(…)`) that follows the language.
#[component]
pub fn DeleteButton(
    name: String,
    #[prop(into)]
    question: TextProp,
    #[prop(optional)] disabled: bool,
    on_delete: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let asking = RwSignal::new(false);
    move || {
        if asking.get() {
            view! {
                <span class="confirm-inline">
                    {let question = question.clone(); move || question.get()}
                    " "
                    <button type="button" class="button small danger" on:click=move |_| {
                        asking.set(false);
                        on_delete.run(());
                    }>{t!(i18n, "dialog-delete-it")}</button>
                    <button type="button" class="button small" on:click=move |_| asking.set(false)>{t!(i18n, "dialog-keep-it")}</button>
                </span>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="button small danger" disabled=disabled on:click=move |_| asking.set(true)>
                    {t!(i18n, "dialog-delete")}<span class="visually-hidden">" " <bdi>{name.clone()}</bdi></span>
                </button>
            }
            .into_any()
        }
    }
}
