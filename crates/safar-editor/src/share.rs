//! Share: the map as a map file (JSON), a picture (SVG, or PNG at a scale) or a PDF on a page
//! size, or printed on those pages. Pictures and pages are drawn by the renderer `safar export`
//! uses, in a Web Worker the host's `safar-picture.js` starts ([`Pictures`]): nothing is drawn
//! on the page's thread, so typing never waits, and the renderer is fetched only when someone
//! shares. The dialog may be closed while a picture is drawn; the download arrives anyway and a
//! notice says so. Cancel stops the drawing where it is.
//!
//! The current view can be kept or dropped: hidden lanes stay out unless asked for, and the
//! picture can show only the stage the cursor is in.

use crate::fields::{CheckField, SelectField};
use crate::modal::Modal;
use crate::state::{EditorState, Toast};
use leptos::__reexports::send_wrapper::SendWrapper;
use leptos::prelude::*;
use safar_core::navigate::GridCell;
use safar_core::{Id, Journey};
use safar_store::files::{download_blob, file_name};
use safar_view::i18n::{use_i18n, Message};
use safar_view::{msg, t};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the host serves `safar-picture.js` (the app: beside its widget; a widget: beside
/// itself). Without it the editor offers the map file only.
#[derive(Clone)]
pub struct Pictures(pub String);

#[wasm_bindgen(inline_js = "export function load(url) { return import(url); }")]
extern "C" {
    /// The picture client, fetched the first time someone shares.
    #[wasm_bindgen(js_name = load)]
    fn load_module(url: &str) -> js_sys::Promise;
}

/// What the map is shared as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Svg,
    Png,
    Pdf,
}

impl Format {
    const ALL: [Format; 4] = [Format::Json, Format::Svg, Format::Png, Format::Pdf];

    fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Pdf => "pdf",
        }
    }

    fn label(self) -> (&'static str, &'static str) {
        match self {
            Format::Json => ("editor-share-json", "editor-share-json-hint"),
            Format::Svg => ("editor-share-svg", "editor-share-svg-hint"),
            Format::Png => ("editor-share-png", "editor-share-png-hint"),
            Format::Pdf => ("editor-share-pdf", "editor-share-pdf-hint"),
        }
    }

    /// The file's name after the map's title.
    fn suffix(self) -> &'static str {
        match self {
            Format::Json => ".journey.json",
            Format::Svg => ".svg",
            Format::Png => ".png",
            Format::Pdf => ".pdf",
        }
    }

    /// How the format is named inside a sentence ("Drawing the PNG…").
    fn shown(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::Svg => "SVG",
            Format::Png => "PNG",
            Format::Pdf => "PDF",
        }
    }
}

const SCALES: [(&str, &str); 3] = [("1", "editor-share-scale-1"), ("2", "editor-share-scale-2"), ("4", "editor-share-scale-4")];
const PAPERS: [(&str, &str); 4] =
    [("a4", "editor-share-paper-a4"), ("a3", "editor-share-paper-a3"), ("a2", "editor-share-paper-a2"), ("long", "editor-share-paper-long")];

/// The choices of the Share dialog and the work under way; they outlive the dialog, so it
/// opens as it was left and a picture keeps drawing after it closes.
#[derive(Clone, Copy)]
pub struct Share {
    pub open: RwSignal<bool>,
    format: RwSignal<Format>,
    scale: RwSignal<String>,
    paper: RwSignal<String>,
    hidden_lanes: RwSignal<bool>,
    one_stage: RwSignal<bool>,
    /// What is being made, while it is.
    busy: RwSignal<Option<Message>>,
    /// What came of the last request: the message, and whether it is a failure.
    outcome: RwSignal<Option<(Message, bool)>>,
    cancel: StoredValue<Option<SendWrapper<web_sys::AbortController>>, LocalStorage>,
    pictures: StoredValue<Option<Pictures>>,
}

impl Share {
    pub fn new(pictures: Option<Pictures>) -> Share {
        Share {
            pictures: StoredValue::new(pictures),
            open: RwSignal::new(false),
            format: RwSignal::new(Format::Png),
            scale: RwSignal::new("2".to_owned()),
            paper: RwSignal::new("a4".to_owned()),
            hidden_lanes: RwSignal::new(false),
            one_stage: RwSignal::new(false),
            busy: RwSignal::new(None),
            outcome: RwSignal::new(None),
            cancel: StoredValue::new_local(None),
        }
    }

    fn stop(&self) {
        if let Some(controller) = self.cancel.get_value() {
            controller.abort();
        }
    }
}

/// The stage the cursor is in.
fn stage_of(journey: &Journey, cell: &GridCell) -> Option<Id> {
    match cell {
        GridCell::Slot { stage, .. } | GridCell::Stage(stage) => Some(stage.clone()),
        GridCell::Step(step) => journey.stages.iter().find(|s| s.steps.iter().any(|st| &st.id == step)).map(|s| s.id.clone()),
        GridCell::LaneHeader(_) | GridCell::Corner => None,
    }
}

/// The renderer's options for what the dialog chose.
fn options(state: EditorState, share: Share, format: Format) -> js_sys::Object {
    let options = js_sys::Object::new();
    let set = |name: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&options, &name.into(), &value);
    };
    set("format", format.name().into());
    set("scale", share.scale.get_untracked().parse::<f64>().unwrap_or(2.0).into());
    set("pageSize", share.paper.get_untracked().into());
    state.journey.with_untracked(|journey| {
        if share.hidden_lanes.get_untracked() {
            let lanes: js_sys::Array = journey.lanes.iter().map(|lane| JsValue::from_str(lane.id.as_str())).collect();
            set("lanes", lanes.into());
        }
        if share.one_stage.get_untracked() {
            if let Some(stage) = stage_of(journey, &state.active.get_untracked()) {
                set("stage", stage.as_str().into());
            }
        }
    });
    options
}

/// Starts a request that Cancel can stop: the controller is there before anything is
/// fetched, so a Cancel pressed at once stops it too.
fn cancellable(share: Share) -> Result<web_sys::AbortSignal, JsValue> {
    let controller = web_sys::AbortController::new()?;
    let signal = controller.signal();
    share.cancel.set_value(Some(SendWrapper::new(controller)));
    Ok(signal)
}

/// Calls `name` of the picture client with the map and `options`, until `signal` aborts.
async fn ask(url: &str, name: &str, map: String, options: js_sys::Object, signal: web_sys::AbortSignal) -> Result<JsValue, JsValue> {
    let module = JsFuture::from(load_module(url)).await.map_err(|error| not_loaded(&error))?;
    let function: js_sys::Function = js_sys::Reflect::get(&module, &name.into())?.dyn_into()?;
    let settings = js_sys::Object::new();
    js_sys::Reflect::set(&settings, &"signal".into(), &signal)?;
    // The client refuses at once a request whose signal has already aborted.
    let promise: js_sys::Promise = function.call3(&module, &map.into(), &options, &settings)?.dyn_into()?;
    JsFuture::from(promise).await
}

/// Marks a failure to load the client itself, which says nothing of the map.
fn not_loaded(error: &JsValue) -> JsValue {
    let marked = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&marked, &"code".into(), &"not-loaded".into());
    let _ = js_sys::Reflect::set(&marked, &"detail".into(), &detail(error).into());
    marked.into()
}

fn field(value: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(value, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

fn detail(error: &JsValue) -> String {
    field(error, "detail").as_string().or_else(|| field(error, "message").as_string()).unwrap_or_else(|| format!("{error:?}"))
}

/// What is asked of the picture client.
#[derive(Clone, Copy)]
enum Job {
    Export(Format),
    Print,
}

/// What to say about a failed `job`, and whether it is a failure (a cancel is not).
fn failure(error: &JsValue, job: Job) -> (Message, bool) {
    if field(error, "name").as_string().as_deref() == Some("AbortError") {
        return (msg!("editor-share-cancelled"), false);
    }
    let code = field(error, "code").as_string().unwrap_or_default();
    let message = match (code.as_str(), job) {
        ("too-large", _) => msg!(
            "editor-share-too-large",
            width = field(error, "width").as_f64().unwrap_or(0.0),
            height = field(error, "height").as_f64().unwrap_or(0.0)
        ),
        ("not-loaded", _) => msg!("editor-share-not-loaded", reason = detail(error)),
        (_, Job::Export(format)) => msg!("editor-share-failed", format = format.shown(), reason = detail(error)),
        (_, Job::Print) => msg!("editor-share-print-failed"),
    };
    (message, true)
}

/// Asks the picture client at `url` for `job` on the map as it is now, with `options`: the
/// dialog shows `busy` meanwhile, Cancel can stop it, and `done` words what it gave.
fn request(state: EditorState, share: Share, url: String, job: Job, busy: Message, options: js_sys::Object, done: impl FnOnce(JsValue) -> (Message, bool) + 'static) {
    let Ok(signal) = cancellable(share) else {
        tell(state, share, failure(&JsValue::UNDEFINED, job).0, true);
        return;
    };
    let map = state.file().to_json();
    let client = match job {
        Job::Export(_) => "exportMap",
        Job::Print => "printMap",
    };
    share.busy.set(Some(busy));
    leptos::task::spawn_local(async move {
        let asked = ask(&url, client, map, options, signal).await;
        share.cancel.set_value(None);
        let (message, failed) = match asked {
            Ok(result) => done(result),
            Err(error) => failure(&error, job),
        };
        tell(state, share, message, failed);
    });
}

/// Says how a request ended: in the dialog, and in a notice when the dialog has been closed.
fn tell(state: EditorState, share: Share, message: Message, failed: bool) {
    share.busy.set(None);
    if !share.open.get_untracked() {
        state.toast.set(Some(Toast::notice(message.clone())));
    }
    share.outcome.set(Some((message, failed)));
}

/// Makes and downloads the file the dialog chose.
fn download(state: EditorState, share: Share) {
    let format = share.format.get_untracked();
    share.outcome.set(None);
    if format == Format::Json {
        let outcome = match crate::actions::export_file(state) {
            Ok((file, bytes)) => (msg!("editor-share-downloaded", file = file, size = Message::size(bytes as u64)), false),
            Err(error) => (msg!("editor-export-failed", reason = error), true),
        };
        share.outcome.set(Some(outcome));
        return;
    }
    let Some(Pictures(url)) = share.pictures.get_value() else { return };
    let name = state.journey.with_untracked(|j| file_name(&j.title, format.suffix()));
    let wanted = share.scale.get_untracked().parse::<f64>().unwrap_or(2.0);
    let busy = msg!("editor-share-drawing", format = format.shown());
    request(state, share, url, Job::Export(format), busy, options(state, share, format), move |result| {
        let blob: web_sys::Blob = field(&result, "blob").unchecked_into();
        let size = Message::size(blob.size() as u64);
        if let Err(error) = download_blob(&name, &blob) {
            return (msg!("editor-export-failed", reason = error), true);
        }
        let drawn = field(&result, "scale").as_f64().unwrap_or(wanted);
        let pages = field(&result, "pages").as_f64().unwrap_or(1.0);
        let message = match format {
            Format::Png if drawn + 1e-6 < wanted => msg!("editor-share-downloaded-smaller", file = name, size = size, wanted = wanted, scale = drawn),
            Format::Pdf => msg!("editor-share-downloaded-pages", file = name, size = size, pages = pages),
            _ => msg!("editor-share-downloaded", file = name, size = size),
        };
        (message, false)
    });
}

/// Prints the map on the pages a PDF of it has, through the browser's print dialog (the
/// picture client's `printMap`: the pages drawn, shown to the printer only, then taken out).
/// Without a picture client, the browser prints the page as it is.
pub fn print(state: EditorState, share: Share) {
    let Some(Pictures(url)) = share.pictures.get_value() else {
        let _ = leptos::prelude::window().print();
        return;
    };
    share.outcome.set(None);
    let busy = msg!("editor-share-preparing-print");
    request(state, share, url, Job::Print, busy, options(state, share, Format::Pdf), |pages| {
        (msg!("editor-share-printed", pages = pages.as_f64().unwrap_or(0.0)), false)
    });
}

/// `(value, label)` options worded in the interface language.
fn choices(list: &'static [(&'static str, &'static str)]) -> Signal<Vec<(String, String)>> {
    let i18n = use_i18n();
    Signal::derive(move || list.iter().map(|(value, label)| ((*value).to_owned(), i18n.text(label))).collect())
}

/// The Share dialog.
#[component]
pub fn ShareDialog(share: Share) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let i18n = use_i18n();
    let drawn = share.pictures.with_value(Option::is_some);
    let hidden = Memo::new(move |_| state.journey.with(|j| j.lanes.iter().filter(|l| l.hidden).count()));
    let stage = Memo::new(move |_| {
        state.journey.with(|journey| {
            let id = stage_of(journey, &state.active.get())?;
            journey.stages.iter().find(|s| s.id == id).map(|s| s.name.clone())
        })
    });
    let format = share.format;
    let busy = move || share.busy.get().is_some();
    view! {
        <Modal open=share.open title=t!(i18n, "editor-share-title") name="share">
            <form class="share-form" on:submit=move |ev| {
                ev.prevent_default();
                download(state, share);
            }>
                <fieldset class="share-formats">
                    <legend>{t!(i18n, "editor-share-format")}</legend>
                    {Format::ALL.into_iter().filter(move |f| drawn || *f == Format::Json).map(|f| {
                        let (label, hint) = f.label();
                        let id = format!("share-format-{}", f.name());
                        let hint_id = format!("{id}-hint");
                        view! {
                            <div class="share-choice">
                                <input type="radio" name="share-format" id=id.clone() aria-describedby=hint_id.clone()
                                    prop:checked=move || format.get() == f on:change=move |_| format.set(f)/>
                                <label for=id>{move || i18n.text(label)}</label>
                                <p class="hint" id=hint_id>{move || i18n.text(hint)}</p>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                {move || (format.get() == Format::Png).then(|| view! {
                    <SelectField id="share-scale".into() label=t!(i18n, "editor-share-scale") options=choices(&SCALES)
                        value=share.scale on_change=move |v: String| share.scale.set(v)/>
                })}
                {drawn.then(|| view! {
                    <SelectField id="share-paper".into() label=t!(i18n, "editor-share-page-size") options=choices(&PAPERS)
                        value=share.paper on_change=move |v: String| share.paper.set(v)/>
                })}
                {move || (drawn && (hidden.get() > 0 || stage.get().is_some())).then(|| view! {
                    <fieldset class="share-view">
                        <legend>{t!(i18n, "editor-share-view")}</legend>
                        {move || (hidden.get() > 0).then(|| view! {
                            <CheckField id="share-hidden-lanes".into() label=t!(i18n, "editor-share-hidden-lanes", count = hidden.get() as f64)
                                checked=share.hidden_lanes on_change=move |on| share.hidden_lanes.set(on)/>
                        })}
                        {move || stage.get().map(|name| view! {
                            <CheckField id="share-one-stage".into() label=t!(i18n, "editor-share-one-stage", stage = name.clone()) dir="auto"
                                checked=share.one_stage on_change=move |on| share.one_stage.set(on)/>
                        })}
                    </fieldset>
                })}
                <div class="dialog-actions">
                    <button type="submit" class="button primary" disabled=busy>{t!(i18n, "editor-share-download")}</button>
                    {drawn.then(|| view! {
                        <button type="button" class="button" disabled=busy on:click=move |_| {
                            print(state, share);
                        }>{t!(i18n, "editor-share-print")}</button>
                    })}
                </div>
                <div class="share-progress" role="status">
                    {move || share.busy.get().map(|what| view! {
                        <progress aria-label={let what = what.clone(); move || i18n.format(&what)}></progress>
                        <span>{move || i18n.format(&what)}</span>
                        <button type="button" class="button small" on:click=move |_| share.stop()>{t!(i18n, "editor-share-cancel")}</button>
                    })}
                    {move || share.outcome.get().and_then(|(message, failed)| (!failed).then(|| view! { <p>{crate::fields::isolated(i18n, message)}</p> }))}
                </div>
                <div role="alert">
                    {move || share.outcome.get().and_then(|(message, failed)| failed.then(|| view! { <p class="field-error">{crate::fields::isolated(i18n, message)}</p> }))}
                </div>
            </form>
        </Modal>
    }
}
