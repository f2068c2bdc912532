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
use safar_core::embed::Export;
use safar_core::navigate::GridCell;
use safar_core::{Id, Journey};
use safar_store::files::{download_blob, file_name};
use safar_store::pictures::{self, PictureError, Request};
use safar_view::i18n::{use_i18n, Message};
use safar_view::{msg, t};

/// Where the host serves `safar-picture.js`. Without it the editor offers the map file only.
pub use safar_store::pictures::Pictures;

/// The formats, with their label and hint.
const FORMATS: [(Export, &str, &str); 4] = [
    (Export::Json, "share-json", "editor-share-json-hint"),
    (Export::Svg, "share-svg", "editor-share-svg-hint"),
    (Export::Png, "share-png", "editor-share-png-hint"),
    (Export::Pdf, "share-pdf", "editor-share-pdf-hint"),
];

const SCALES: [(&str, &str); 3] = [("1", "editor-share-scale-1"), ("2", "editor-share-scale-2"), ("4", "editor-share-scale-4")];
const PAPERS: [(&str, &str); 4] =
    [("a4", "editor-share-paper-a4"), ("a3", "editor-share-paper-a3"), ("a2", "editor-share-paper-a2"), ("long", "editor-share-paper-long")];

/// The choices of the Share dialog and the work under way; they outlive the dialog, so it
/// opens as it was left and a picture keeps drawing after it closes.
#[derive(Clone, Copy)]
pub struct Share {
    pub open: RwSignal<bool>,
    format: RwSignal<Export>,
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
            format: RwSignal::new(Export::Png),
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

/// What the dialog chose, asked of the picture client.
fn request_for(state: EditorState, share: Share, format: Export) -> Request {
    state.journey.with_untracked(|journey| Request {
        format,
        scale: share.scale.get_untracked().parse::<f64>().unwrap_or(2.0),
        page_size: share.paper.with_untracked(|paper| PAPERS.iter().map(|(size, _)| *size).find(|size| size == paper)).unwrap_or("a4"),
        lanes: share.hidden_lanes.get_untracked().then(|| journey.lanes.iter().map(|lane| lane.id.as_str().to_owned()).collect()),
        stage: if share.one_stage.get_untracked() { stage_of(journey, &state.active.get_untracked()).map(|s| s.as_str().to_owned()) } else { None },
    })
}

/// Starts a request that Cancel can stop: the controller is there before anything is
/// fetched, so a Cancel pressed at once stops it too.
fn cancellable(share: Share) -> Option<web_sys::AbortSignal> {
    let controller = web_sys::AbortController::new().ok()?;
    let signal = controller.signal();
    share.cancel.set_value(Some(SendWrapper::new(controller)));
    Some(signal)
}

/// Runs `work` (a request to the picture client on the map as it is now) with a signal Cancel
/// aborts: the dialog shows `busy` meanwhile, and the message `work` ends with once it ends.
fn request<F>(state: EditorState, share: Share, busy: Message, work: impl FnOnce(Pictures, String, web_sys::AbortSignal) -> F + 'static)
where
    F: std::future::Future<Output = (Message, bool)> + 'static,
{
    let Some(client) = share.pictures.get_value() else { return };
    let Some(signal) = cancellable(share) else {
        tell(state, share, PictureError::NotLoaded(String::new()).outcome());
        return;
    };
    let map = state.file().to_json();
    share.busy.set(Some(busy));
    leptos::task::spawn_local(async move {
        let outcome = work(client, map, signal).await;
        share.cancel.set_value(None);
        tell(state, share, outcome);
    });
}

/// Says how a request ended: in the dialog, and in a notice when the dialog has been closed.
fn tell(state: EditorState, share: Share, (message, failed): (Message, bool)) {
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
    if format == Export::Json {
        let outcome = match crate::actions::export_file(state) {
            Ok((file, bytes)) => (msg!("share-downloaded", file = file, size = Message::size(bytes as u64)), false),
            Err(error) => (msg!("editor-export-failed", reason = error), true),
        };
        share.outcome.set(Some(outcome));
        return;
    }
    let name = state.journey.with_untracked(|j| file_name(&j.title, pictures::suffix(format)));
    let asked = request_for(state, share, format);
    let busy = msg!("share-drawing", format = pictures::shown(format));
    request(state, share, busy, move |client, map, signal| async move {
        match client.export(map, &asked, signal).await {
            Ok(made) => match download_blob(&name, &made.blob) {
                Ok(()) => (made.downloaded(&name, format, asked.scale), false),
                Err(error) => (msg!("editor-export-failed", reason = error), true),
            },
            Err(error) => error.outcome(),
        }
    });
}

/// Prints the map on the pages a PDF of it has, through the browser's print dialog (the
/// picture client's `printMap`: the pages drawn, shown to the printer only, then taken out).
/// Without a picture client, the browser prints the page as it is.
pub fn print(state: EditorState, share: Share) {
    if share.pictures.with_value(Option::is_none) {
        let _ = leptos::prelude::window().print();
        return;
    }
    share.outcome.set(None);
    let asked = request_for(state, share, Export::Pdf);
    request(state, share, msg!("editor-share-preparing-print"), move |client, map, signal| async move {
        match client.print(map, &asked, signal).await {
            Ok(pages) => (msg!("editor-share-printed", pages = pages), false),
            Err(error) => error.outcome(),
        }
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
                    {FORMATS.into_iter().filter(move |(f, ..)| drawn || *f == Export::Json).map(|(f, label, hint)| {
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
                {move || (format.get() == Export::Png).then(|| view! {
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
                    <button type="submit" class="button primary" disabled=busy>{t!(i18n, "share-download")}</button>
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
                        <button type="button" class="button small" on:click=move |_| share.stop()>{t!(i18n, "share-cancel")}</button>
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
