//! The Embed dialog: the snippet that puts the current map on another page, as the widget
//! (`<safar-journey-map>`) or, for pages that allow no scripts, an iframe, and the map file to
//! host beside it.

use safar_editor::dialogs::{language_options, Modal};
use safar_editor::EditorState;
use safar_store::files::{download, file_name};
use safar_view::i18n::{rich, use_i18n, Message};
use safar_view::{msg, t};
use leptos::prelude::*;
use safar_core::embed::{self, BadAddress, Mode, Snippet};
use wasm_bindgen::JsCast;

/// Lengths a height may be given in, as examples.
const HEIGHTS: &str = "600, 30rem, 80vh";

/// Where this Safar serves the widget's files: `widget/` beside the app.
fn widget_base() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return "widget/".to_owned() };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{origin}{folder}widget/")
}

#[component]
pub fn EmbedDialog(open: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let i18n = use_i18n();
    let file = move || state.journey.with(|j| file_name(&j.title, ".journey.json"));
    let map_url = RwSignal::new(String::new());
    let widget_url = RwSignal::new(widget_base());
    let lang = RwSignal::new(state.journey.with_untracked(|j| j.language.clone()));
    let mode = RwSignal::new(Mode::View);
    let storage_key = RwSignal::new(String::new());
    let height = RwSignal::new(String::new());
    let status = RwSignal::new(None::<Message>);
    // The map's address starts as a folder beside the page, named after the map's file.
    Effect::new(move |_| {
        if open.get() {
            map_url.set(format!("/maps/{}", untrack(file)));
            status.set(None);
        }
    });
    let key_error = Signal::derive(move || {
        storage_key.with(|k| embed::storage_namespace(Some(k)).err()).map(|bad| msg!("widget-error-storage-key", key = bad.0, most = embed::MAX_STORAGE_KEY))
    });
    let height_error = Signal::derive(move || {
        height.with(|h| (!h.trim().is_empty() && embed::css_length(h).is_empty()).then(|| msg!("embed-height-invalid", examples = HEIGHTS)))
    });
    // A snippet, or which address keeps it from being made (checked as every URL of a map is:
    // a `javascript:` widget address would run on the page it is pasted into).
    let made = move |iframe: bool| {
        let (base, url, lang, key, height) = (widget_url.get(), map_url.get(), lang.get(), storage_key.get(), height.get());
        let snippet = Snippet { widget_base: &base, map_url: &url, lang: &lang, mode: mode.get(), storage_key: &key, height: &height };
        if iframe {
            let title = state.journey.with(|j| j.title.trim().to_owned());
            let title = if title.is_empty() { i18n.text("embed-untitled") } else { title };
            snippet.iframe(&title)
        } else {
            snippet.html()
        }
    };
    let snippet = move |iframe: bool| made(iframe).unwrap_or_default();
    let address_error = move |field: BadAddress, example: &'static str| {
        Signal::derive(move || {
            (made(false).err() == Some(field)).then(|| msg!("embed-address-invalid", schemes = "https://, http://", example = example))
        })
    };
    let widget_url_error = address_error(BadAddress::Widget, "/safar/");
    let map_url_error = address_error(BadAddress::Map, "/maps/onboarding.journey.json");
    let unmade = move || made(false).is_err();
    let export = move |_| {
        let name = untrack(file);
        match download(&name, &state.file().to_json(), "application/json") {
            Ok(()) => status.set(Some(msg!("embed-downloaded", name = name))),
            Err(error) => status.set(Some(msg!("editor-export-failed", reason = error))),
        }
    };
    let copy = move |iframe: bool| {
        let Ok(text) = untrack(|| made(iframe)) else { return };
        leptos::task::spawn_local(async move {
            let copied = copy_text(&text).await;
            status.try_set(Some(if copied { msg!("embed-copied") } else { msg!("embed-copy-failed") }));
        });
    };
    let languages = language_options();
    view! {
        <Modal open=open title=t!(i18n, "embed-title") name="embed">
            <p>{t!(i18n, "embed-intro")}</p>
            <ol class="embed-steps">
                <li>
                    <p>{t!(i18n, "embed-step-file")}</p>
                    <button type="button" class="button" on:click=export>{t!(i18n, "embed-download")}</button>
                    <div class="field">
                        <label for="embed-map-url">{t!(i18n, "embed-map-url")}</label>
                        <input id="embed-map-url" type="text" dir="ltr" spellcheck="false" autocomplete="off"
                            aria-invalid=move || map_url_error.with(Option::is_some).to_string()
                            prop:value=move || map_url.get() on:input=move |ev| map_url.set(event_target_value(&ev))/>
                        {move || map_url_error.get().map(|e| view! { <p class="field-error" role="alert">{rich(i18n, &e)}</p> })}
                    </div>
                </li>
                <li>
                    <div class="field">
                        <label for="embed-widget-url">{t!(i18n, "embed-widget-url")}</label>
                        <input id="embed-widget-url" type="text" dir="ltr" spellcheck="false" autocomplete="off" aria-describedby="embed-widget-url-hint"
                            aria-invalid=move || widget_url_error.with(Option::is_some).to_string()
                            prop:value=move || widget_url.get() on:input=move |ev| widget_url.set(event_target_value(&ev))/>
                        <p class="hint" id="embed-widget-url-hint">{move || rich(i18n, &msg!("embed-widget-url-hint", folder = "widget"))}</p>
                        {move || widget_url_error.get().map(|e| view! { <p class="field-error" role="alert">{rich(i18n, &e)}</p> })}
                    </div>
                </li>
                <li>
                    <p>{t!(i18n, "embed-step-choose")}</p>
                    <div class="field">
                        <label for="embed-language">{t!(i18n, "embed-language")}</label>
                        <select id="embed-language" on:change=move |ev| lang.set(event_target_value(&ev))>
                            {languages.iter().cloned().map(|(tag, name)| {
                                let selected = lang.get_untracked() == tag;
                                view! { <option value=tag.clone() lang=tag.clone() selected=selected>{name}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <fieldset class="field embed-mode">
                        <legend>{t!(i18n, "embed-mode")}</legend>
                        <label class="field-check">
                            <input type="radio" name="embed-mode" checked=move || mode.get() == Mode::View on:change=move |_| mode.set(Mode::View)/>
                            {t!(i18n, "embed-mode-view")}
                        </label>
                        <label class="field-check">
                            <input type="radio" name="embed-mode" checked=move || mode.get() == Mode::Edit on:change=move |_| mode.set(Mode::Edit)/>
                            {t!(i18n, "embed-mode-edit")}
                        </label>
                    </fieldset>
                    <div class="field">
                        <label for="embed-storage-key">{t!(i18n, "embed-storage-key")}</label>
                        <input id="embed-storage-key" type="text" dir="ltr" spellcheck="false" autocomplete="off"
                            aria-describedby="embed-storage-key-hint" aria-invalid=move || key_error.with(Option::is_some).to_string()
                            prop:value=move || storage_key.get() on:input=move |ev| storage_key.set(event_target_value(&ev))/>
                        <p class="hint" id="embed-storage-key-hint">{t!(i18n, "embed-storage-key-hint")}</p>
                        {move || key_error.get().map(|e| view! { <p class="field-error" role="alert">{rich(i18n, &e)}</p> })}
                    </div>
                    <div class="field">
                        <label for="embed-height">{t!(i18n, "embed-height")}</label>
                        <input id="embed-height" type="text" dir="ltr" spellcheck="false" autocomplete="off" inputmode="decimal"
                            aria-describedby="embed-height-hint" aria-invalid=move || height_error.with(Option::is_some).to_string()
                            prop:value=move || height.get() on:input=move |ev| height.set(event_target_value(&ev))/>
                        <p class="hint" id="embed-height-hint">{move || rich(i18n, &msg!("embed-height-hint", examples = HEIGHTS))}</p>
                        {move || height_error.get().map(|e| view! { <p class="field-error" role="alert">{rich(i18n, &e)}</p> })}
                    </div>
                </li>
                <li>
                    <div class="field">
                        <label for="embed-snippet">{t!(i18n, "embed-snippet")}</label>
                        <textarea id="embed-snippet" class="snippet" readonly dir="ltr" lang="en" rows="4" spellcheck="false"
                            prop:value=move || snippet(false)></textarea>
                    </div>
                    <button type="button" class="button primary" disabled=unmade on:click=move |_| copy(false)>{t!(i18n, "embed-copy")}</button>
                </li>
            </ol>
            <div class="field">
                <label for="embed-iframe">{move || rich(i18n, &msg!("embed-iframe", element = "<iframe>"))}</label>
                <textarea id="embed-iframe" class="snippet" readonly dir="ltr" lang="en" rows="3" spellcheck="false"
                    prop:value=move || snippet(true)></textarea>
            </div>
            <button type="button" class="button" disabled=unmade on:click=move |_| copy(true)>{t!(i18n, "embed-copy-iframe")}</button>
            <p class="embed-status" role="status">{move || status.get().map(|m| rich(i18n, &m))}</p>
        </Modal>
    }
}

/// Puts `text` on the clipboard; false when the browser refuses.
async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok().filter(|c| !c.is_undefined());
    let Some(clipboard) = clipboard else { return false };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) else {
        return false;
    };
    let Ok(promise) = write.call1(&clipboard, &text.into()).and_then(|p| p.dyn_into::<js_sys::Promise>()) else { return false };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
