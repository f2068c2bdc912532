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

/// The tallest frame the dialog sizes by the map (in pixels): past it, a frame on a page is
/// taller than any screen, and the map scrolls inside it instead.
const TALLEST_FRAME: u32 = 1600;

/// `url` as a page at `base` reads it (the browser's own URL parser): absolute, or `None` when
/// either is not an address.
fn resolve(url: &str, base: &str) -> Option<String> {
    web_sys::Url::new_with_base(url.trim(), base.trim()).ok().map(|u| u.href())
}

fn origin_of(url: &str) -> Option<String> {
    web_sys::Url::new(url).ok().map(|u| u.origin())
}

/// This page's address, which relative widget addresses are read against.
fn here() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// The height, in pixels, of the map as the editor shows it now, all its rows included: what a
/// frame needs to show the map without a scroll bar of its own.
fn map_height() -> Option<u32> {
    let map = document().query_selector(".journey-map").ok().flatten()?.dyn_into::<web_sys::HtmlElement>().ok()?;
    let scroller = map.query_selector(".map-scroll").ok().flatten();
    let hidden = scroller.map_or(0, |s| s.scroll_height() - s.client_height());
    let height = map.offset_height() + hidden.max(0);
    (height > 0).then(|| (height as u32).clamp(320, TALLEST_FRAME))
}

/// Where this Safar serves the widget's files: `widget/` beside the app.
pub(crate) fn widget_base() -> String {
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
    let page_url = RwSignal::new(String::new());
    let compact = RwSignal::new(false);
    let stage = RwSignal::new(String::new());
    // The lanes a reader sees: every lane the map shows, until some are left out.
    let shown_lanes = move || state.journey.with(|j| j.lanes.iter().filter(|l| !l.hidden).map(|l| (l.id.clone(), l.name.clone())).collect::<Vec<_>>());
    let lanes = RwSignal::new(Vec::<safar_core::Id>::new());
    let measured = RwSignal::new(None::<u32>);
    // The map's address starts as a folder beside the page, named after the map's file.
    Effect::new(move |_| {
        if open.get() {
            map_url.set(format!("/maps/{}", untrack(file)));
            status.set(None);
            lanes.set(untrack(shown_lanes).into_iter().map(|(id, _)| id).collect());
            measured.set(map_height());
        }
    });
    // The `lanes` attribute: empty (every lane, and lanes added later) while none is left out.
    let lanes_attribute = move || {
        let chosen = lanes.get();
        let all = shown_lanes();
        if all.iter().all(|(id, _)| chosen.contains(id)) {
            String::new()
        } else {
            all.iter().filter(|(id, _)| chosen.contains(id)).map(|(id, _)| id.as_str()).collect::<Vec<_>>().join(",")
        }
    };
    // Where the page the snippet goes on reads the map file from: known once its address is.
    let element_fetches = move || {
        let (url, page) = (map_url.get(), page_url.get());
        if page.trim().is_empty() {
            web_sys::Url::new(url.trim()).ok().map(|u| u.href())
        } else {
            resolve(&url, &page)
        }
    };
    // The frame's page (the widget's embed.html) shows only maps of its own origin, read
    // against the page the frame is on when the map's address is relative.
    let frame_page = move || {
        let page = page_url.get();
        let base = if page.trim().is_empty() { here() } else { page };
        resolve(&format!("{}embed.html", widget_url.get().trim()), &base)
    };
    let frame_fetches = move || {
        let url = map_url.get();
        element_fetches().or_else(|| frame_page().and_then(|page| resolve(&url, &page)))
    };
    let frame_elsewhere = move || {
        let (Some(map), Some(page)) = (frame_fetches(), frame_page()) else { return None };
        let origin = origin_of(&page)?;
        (origin_of(&map)? != origin).then_some(origin)
    };
    let images = move || state.file().relative_images().into_iter().map(|(_, url)| url).collect::<std::collections::BTreeSet<_>>();
    let key_error = Signal::derive(move || {
        storage_key.with(|k| embed::storage_namespace(Some(k)).err()).map(|bad| msg!("widget-error-storage-key", key = bad.0, most = embed::MAX_STORAGE_KEY))
    });
    let height_error = Signal::derive(move || {
        height.with(|h| (!h.trim().is_empty() && embed::css_length(h).is_empty()).then(|| msg!("embed-height-invalid", examples = HEIGHTS)))
    });
    // A snippet, or which address keeps it from being made (checked as every URL of a map is:
    // a `javascript:` widget address would run on the page it is pasted into).
    let made = move |iframe: bool| {
        let (base, lang, key, stage, lanes) = (widget_url.get(), lang.get(), storage_key.get(), stage.get(), lanes_attribute());
        // The frame reads the map's address against its own page, so it gets the address
        // resolved; the element, on the page itself, keeps it as given.
        let url = if iframe { frame_fetches().unwrap_or_else(|| map_url.get()) } else { map_url.get() };
        let given = height.get();
        let height = match measured.get() {
            Some(px) if iframe && given.trim().is_empty() => px.to_string(),
            _ => given,
        };
        let map_id = state.journey.with(|j| j.id.to_string());
        let snippet = Snippet {
            widget_base: &base,
            map_url: &url,
            map_id: &map_id,
            lang: &lang,
            mode: mode.get(),
            storage_key: &key,
            height: &height,
            lanes: &lanes,
            stage: &stage,
            compact: compact.get(),
        };
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
                    {move || {
                        let images = images();
                        (!images.is_empty()).then(|| view! {
                            <div class="embed-images">
                                <p>{t!(i18n, "embed-images")}</p>
                                <ul>{images.into_iter().map(|url| view! { <li><code dir="ltr">{url}</code></li> }).collect_view()}</ul>
                            </div>
                        })
                    }}
                    <div class="field">
                        <label for="embed-page-url">{t!(i18n, "embed-page-url")}</label>
                        <input id="embed-page-url" type="url" dir="ltr" spellcheck="false" autocomplete="off" aria-describedby="embed-fetches"
                            prop:value=move || page_url.get() on:input=move |ev| page_url.set(event_target_value(&ev))/>
                        <p class="hint" id="embed-fetches">{move || match element_fetches() {
                            Some(url) => rich(i18n, &msg!("embed-fetches-from", url = url)).into_any(),
                            None => i18n.text("embed-fetches-relative").into_any(),
                        }}</p>
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
                    <fieldset class="field embed-lanes">
                        <legend>{t!(i18n, "embed-lanes")}</legend>
                        <p class="hint">{t!(i18n, "embed-lanes-hint")}</p>
                        {move || shown_lanes().into_iter().map(|(id, name)| {
                            let (checked_id, toggled_id) = (id.clone(), id.clone());
                            view! {
                                <label class="field-check">
                                    <input type="checkbox" prop:checked=move || lanes.with(|l| l.contains(&checked_id))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            let id = toggled_id.clone();
                                            lanes.update(|l| if on { if !l.contains(&id) { l.push(id) } } else { l.retain(|x| *x != id) });
                                        }/>
                                    <bdi>{name}</bdi>
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                    <div class="field">
                        <label for="embed-stage">{t!(i18n, "embed-stage")}</label>
                        <select id="embed-stage" on:change=move |ev| stage.set(event_target_value(&ev)) prop:value=move || stage.get()>
                            <option value="">{t!(i18n, "embed-stage-whole")}</option>
                            {move || state.journey.with(|j| j.stages.iter().map(|s| (s.id.to_string(), s.name.clone())).collect::<Vec<_>>()).into_iter().map(|(id, name)| {
                                view! { <option value=id>{name}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label class="field-check">
                            <input id="embed-compact" type="checkbox" prop:checked=move || compact.get() on:change=move |ev| compact.set(event_target_checked(&ev))/>
                            {t!(i18n, "embed-compact")}
                        </label>
                    </div>
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
                    aria-describedby="embed-iframe-notes" prop:value=move || snippet(true)></textarea>
                <div id="embed-iframe-notes">
                    {move || frame_fetches().map(|url| view! { <p class="hint">{rich(i18n, &msg!("embed-iframe-fetches", url = url))}</p> })}
                    {move || frame_elsewhere().map(|origin| view! { <p class="field-error">{rich(i18n, &msg!("embed-iframe-other-origin", origin = origin))}</p> })}
                    {move || (height.with(|h| h.trim().is_empty())).then(|| measured.get()).flatten().map(|px| view! {
                        <p class="hint">{rich(i18n, &msg!("embed-sized", height = px, most = TALLEST_FRAME))}</p>
                    })}
                </div>
            </div>
            <div>
                <button type="button" class="button" disabled=unmade on:click=move |_| copy(true)>{t!(i18n, "embed-copy-iframe")}</button>
            </div>
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
