//! Small labelled form controls shared by the editors. Each one shows a value read from the
//! document and reports what the user types; the caller turns that into a command.

use leptos::prelude::*;

/// A labelled text input or text area.
#[component]
pub fn TextField(
    /// A unique id for the control, so its label points at it.
    id: String,
    /// The visible label.
    label: &'static str,
    /// The current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every keystroke.
    on_input: impl Fn(String) + 'static,
    /// The editor's `seal`, called when the field is left, to end a typing burst.
    on_leave: impl Fn() + 'static,
    /// A text area instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    /// The input type for one-line fields (`text`, `url`, `date`).
    #[prop(optional)]
    kind: Option<&'static str>,
    /// A problem to show under the field, if any.
    #[prop(optional, into)]
    error: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described = error.map(|e| {
        let error_id = error_id.clone();
        move || e.get().map(|_| error_id.clone())
    });
    let invalid = move || error.and_then(|e| e.get()).map(|_| "true");
    let control = if multiline {
        view! {
            <textarea id=id.clone() dir="auto" rows="3" prop:value=move || value.get()
                aria-describedby=described.clone() aria-invalid=invalid
                on:input=move |ev| on_input(event_target_value(&ev)) on:blur=move |_| on_leave()></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type=kind.unwrap_or("text") dir="auto" prop:value=move || value.get()
                aria-describedby=described aria-invalid=invalid
                on:input=move |ev| on_input(event_target_value(&ev)) on:blur=move |_| on_leave()/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {control}
            {move || error.and_then(|e| e.get()).map(|message| view! { <p class="field-error" id=error_id.clone()>{message}</p> })}
        </div>
    }
}

/// A labelled drop-down list.
#[component]
pub fn SelectField(
    id: String,
    label: &'static str,
    /// `(value, label)` pairs.
    options: Vec<(String, String)>,
    #[prop(into)]
    value: Signal<String>,
    on_change: impl Fn(String) + 'static,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| on_change(event_target_value(&ev)) prop:value=move || value.get()>
                {options.into_iter().map(|(v, text)| {
                    let selected_value = v.clone();
                    view! { <option value=v selected=move || value.get() == selected_value>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// A labelled checkbox.
#[component]
pub fn CheckField(
    id: String,
    #[prop(into)]
    label: String,
    #[prop(into)]
    checked: Signal<bool>,
    on_change: impl Fn(bool) + 'static,
) -> impl IntoView {
    view! {
        <div class="field field-check">
            <input id=id.clone() type="checkbox" prop:checked=move || checked.get()
                on:change=move |ev| on_change(event_target_checked(&ev))/>
            <label for=id>{label}</label>
        </div>
    }
}
