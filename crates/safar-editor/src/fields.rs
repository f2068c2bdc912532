//! Small labelled form controls shared by the editors. Each one shows a value read from the
//! document and reports what the user types; the caller turns that into a command.
//!
//! Labels are [`TextProp`]s, so a catalog message (`t!(i18n, "…")`) rewords them in place when
//! the interface language changes; problems are messages, worded when shown.

use safar_view::i18n::{use_i18n, I18n, Message};
use leptos::prelude::*;
use safar_core::Vocabulary;

/// The language of the map being edited: the text fields, which hold the map's text, say so
/// (`lang`), while the editor around them speaks the interface's language.
#[derive(Clone, Copy)]
pub struct MapLanguage(pub Memo<String>);

/// A labelled text input or text area.
#[component]
pub fn TextField(
    /// A unique id for the control, so its label points at it.
    id: String,
    /// The visible label.
    #[prop(into)]
    label: TextProp,
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
    error: Option<Signal<Option<Message>>>,
) -> impl IntoView {
    text_field(id, label, value, Box::new(on_input), Box::new(on_leave), multiline, kind, error)
}

// The fields' bodies take their callbacks boxed: the components are generic over the caller's
// closures, and the editor has dozens of fields, so a generic body would be compiled (into the
// wasm) once per field instead of once.
#[allow(clippy::too_many_arguments)]
fn text_field(
    id: String,
    label: TextProp,
    value: Signal<String>,
    on_input: Box<dyn Fn(String)>,
    on_leave: Box<dyn Fn()>,
    multiline: bool,
    kind: Option<&'static str>,
    error: Option<Signal<Option<Message>>>,
) -> AnyView {
    let i18n = use_i18n();
    let lang = use_context::<MapLanguage>().map(|language| move || language.0.get());
    let error_id = format!("{id}-error");
    let described = error.map(|e| {
        let error_id = error_id.clone();
        move || e.get().map(|_| error_id.clone())
    });
    let invalid = move || error.and_then(|e| e.get()).map(|_| "true");
    let control = if multiline {
        view! {
            <textarea id=id.clone() dir="auto" lang=lang.clone() rows="3" prop:value=move || value.get()
                aria-describedby=described.clone() aria-invalid=invalid
                on:input=move |ev| on_input(event_target_value(&ev)) on:blur=move |_| on_leave()></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type=kind.unwrap_or("text") dir="auto" lang=lang prop:value=move || value.get()
                aria-describedby=described aria-invalid=invalid
                on:input=move |ev| on_input(event_target_value(&ev)) on:blur=move |_| on_leave()/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{move || label.get()}</label>
            {control}
            {move || error.and_then(|e| e.get()).map(|message| view! { <p class="field-error" id=error_id.clone()>{i18n.format(&message)}</p> })}
        </div>
    }
    .into_any()
}

/// A labelled drop-down list.
#[component]
pub fn SelectField(
    id: String,
    #[prop(into)]
    label: TextProp,
    /// `(value, label)` pairs; a derived signal when the labels follow the interface language.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    #[prop(into)]
    value: Signal<String>,
    on_change: impl Fn(String) + 'static,
    /// The options are languages, each named in itself, and their values are language tags:
    /// each option is marked as written in its own language.
    #[prop(optional)]
    endonyms: bool,
    /// The language the options are written in, when it is not the interface's (the map's own
    /// vocabulary, such as channels and severities, is in the map's language).
    #[prop(optional_no_strip)]
    options_lang: Option<&'static str>,
) -> impl IntoView {
    select_field(id, label, options, value, Box::new(on_change), endonyms, options_lang)
}

fn select_field(
    id: String,
    label: TextProp,
    options: Signal<Vec<(String, String)>>,
    value: Signal<String>,
    on_change: Box<dyn Fn(String)>,
    endonyms: bool,
    options_lang: Option<&'static str>,
) -> AnyView {
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <select id=id on:change=move |ev| on_change(event_target_value(&ev)) prop:value=move || value.get()>
                {move || options.get().into_iter().map(|(v, text)| {
                    let selected_value = v.clone();
                    let lang = if endonyms { Some(v.clone()) } else { options_lang.map(str::to_owned) };
                    view! { <option value=v lang=lang selected=move || value.get() == selected_value>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
    .into_any()
}

/// A labelled drop-down of one closed list of words (a [`Vocabulary`]: severities, map types,
/// lane kinds): its values are the words' stable strings, as map files write them, and each
/// option reads as `name` words it.
#[component]
pub fn EnumField<V: Vocabulary>(
    id: String,
    #[prop(into)]
    label: TextProp,
    /// How a word reads, in the language of the list.
    name: impl Fn(V) -> String + Send + Sync + 'static,
    #[prop(into)]
    value: Signal<Option<V>>,
    /// Called with the word chosen, or `None` for the empty choice.
    on_change: impl Fn(Option<V>) + 'static,
    /// The empty choice's label, for a word that may be left unset.
    #[prop(optional_no_strip)]
    none: Option<&'static str>,
    /// The language the words are written in, when it is not the interface's.
    #[prop(optional_no_strip)]
    options_lang: Option<&'static str>,
) -> impl IntoView {
    let options = Signal::derive(move || {
        let empty = none.map(|label| (String::new(), label.to_owned()));
        empty.into_iter().chain(V::all().iter().map(|&word| (word.as_str().to_owned(), name(word)))).collect::<Vec<_>>()
    });
    let value = Signal::derive(move || value.get().map_or_else(String::new, |word| word.as_str().to_owned()));
    select_field(id, label, options, value, Box::new(move |v: String| on_change(V::parse(&v))), false, options_lang)
}

/// A labelled checkbox.
#[component]
pub fn CheckField(
    id: String,
    #[prop(into)]
    label: TextProp,
    #[prop(into)]
    checked: Signal<bool>,
    on_change: impl Fn(bool) + 'static,
    /// `auto` when the label is the user's own text (a lane's name), to isolate its direction.
    #[prop(optional)]
    dir: Option<&'static str>,
) -> impl IntoView {
    check_field(id, label, checked, Box::new(on_change), dir)
}

fn check_field(id: String, label: TextProp, checked: Signal<bool>, on_change: Box<dyn Fn(bool)>, dir: Option<&'static str>) -> AnyView {
    view! {
        <div class="field field-check">
            <input id=id.clone() type="checkbox" prop:checked=move || checked.get()
                on:change=move |ev| on_change(event_target_checked(&ev))/>
            <label for=id dir=dir>{move || label.get()}</label>
        </div>
    }
    .into_any()
}

/// A message whose text arguments (names, titles) are user text, each isolated in `<bdi>`
/// ([`safar_view::i18n::rich`]), so text in another direction cannot reorder the sentence around it.
pub fn isolated(i18n: I18n, message: Message) -> impl IntoView {
    move || safar_view::i18n::rich(i18n, &message)
}
