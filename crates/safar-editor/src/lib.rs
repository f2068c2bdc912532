#![recursion_limit = "256"]
//! The editor: the viewer's map made editable, a toolbar, dialogs, undo and redo, autosave, and
//! announcements for screen readers. Every change goes through a core command.
//!
//! It edits one map and knows nothing of where it lives: the app and the widget each hand it a
//! [`Host`] that says where its controls are, who wants to hear of changes, whether there is a
//! library of maps with addresses around it, and what the host adds to its toolbar.

pub mod actions;
mod autosave;
mod cell_editor;
mod conflict;
pub mod dialogs;
pub mod fields;
mod focus;
mod header_editors;
mod keyboard;
pub mod modal;
pub mod share;
mod state;

pub use autosave::{SaveStatus, Saver};
pub use state::{EditorState, Toast};

use autosave::use_autosave;
use cell_editor::CellEditor;
use conflict::ConflictDialog;
use dialogs::{AddLaneDialog, LanesDialog, MapDetailsDialog, PersonasDialog, ShortcutsDialog};
use header_editors::{LaneEditor, StageEditor, StepEditor};
use actions::{ActionContext, Dialogs, ACTIONS};
use keyboard::{grid_keydown, use_shortcuts};
use leptos::__reexports::send_wrapper::SendWrapper;
use leptos::prelude::*;
use safar_core::command::CellRef;
use safar_core::navigate::GridCell;
use safar_core::{Command, Document, Id};
use safar_store::SharedLibrary;
use safar_view::i18n::{use_i18n, Describe, I18n};
use safar_view::{msg, t};
use safar_view::{Dragged, GridEditing, JourneyMap};
use std::rc::Rc;
use std::sync::Arc;

/// Where an editor lives, and what the place around it gives it and wants to hear. The app and
/// the widget each make one; the editor has no other idea of where it is.
#[derive(Clone, Default)]
pub struct Host {
    /// The element the editor's controls are in and its shortcuts listen on: a widget's own,
    /// inside its shadow root. `None`: the whole page (the app).
    pub root: Option<SendWrapper<web_sys::HtmlElement>>,
    /// Called after every change of the document, whoever made it.
    pub on_change: Option<Callback<()>>,
    /// Given the editor's state once it exists, to read the document from outside (`getMap`).
    pub on_start: Option<Callback<EditorState>>,
    /// A library of maps with addresses of their own around the editor (the app's). Without one
    /// the editor shows one map: a conflict cannot keep a copy, and it never changes the address.
    pub maps: Option<Maps>,
    /// What the host adds to the editor: the app's Versions, Embed and New map.
    pub extras: Option<Rc<dyn Fn(EditorState, Saver) -> Extras>>,
    /// Where the host serves the picture client (`safar-picture.js`), for Share to make
    /// pictures, PDFs and printouts; without it, Share offers the map file only.
    pub pictures: Option<share::Pictures>,
}

/// How the editor moves around a library of maps with addresses.
#[derive(Clone, Copy)]
pub struct Maps {
    /// Goes to a map's screen.
    pub open: fn(&Id),
    /// Changes the address to a map's without moving (the copy a conflict kept is edited here).
    pub readdress: fn(&Id),
    /// Asks `guard` before leaving this screen for another of the host's; `false` stays.
    pub hold_back: fn(Rc<dyn Fn() -> bool>),
}

/// What a host adds: buttons at the end of the toolbar, and the dialogs they open.
pub struct Extras {
    pub toolbar: AnyView,
    pub dialogs: AnyView,
}

/// The element an editor lives in, in context for its parts (see [`Host::root`]).
#[derive(Clone)]
pub(crate) struct EditorRoot(pub Option<SendWrapper<web_sys::HtmlElement>>);

/// The whole editor for one document.
#[component]
pub fn Editor(
    /// The document to edit; loading it is not an undo step.
    doc: Document,
    /// The library revision the document was read at.
    revision: safar_core::library::Revision,
    /// Where the editor lives.
    host: Host,
) -> impl IntoView {
    let i18n = use_i18n();
    provide_context(EditorRoot(host.root.clone()));
    let state = EditorState::new(doc);
    if let Some(started) = host.on_start {
        started.run(state);
    }
    if let Some(changed) = host.on_change {
        Effect::new(move |first: Option<()>| {
            state.revision.track();
            if first.is_some() {
                changed.run(());
            }
        });
    }
    provide_context(state);
    // Every text field of the editor holds the map's own text, in the map's language.
    provide_context(fields::MapLanguage(Memo::new(move |_| state.journey.with(|j| j.language.clone()))));
    let shared = expect_context::<SharedLibrary>();
    let saver = use_autosave(state, shared, revision, host.maps);
    let dialogs = Dialogs::closed(host.pictures.clone());
    let actions = ActionContext { state, dialogs };
    use_shortcuts(actions);
    provide_context(GridEditing {
        active: state.active,
        editing: state.editing,
        render: Arc::new(render_editor),
        on_keydown: Arc::new(move |event| grid_keydown(actions, event)),
        on_drop: Arc::new(move |what, id, target| dropped(state, what, id, target)),
    });
    let Extras { toolbar, dialogs: extra_dialogs } = match &host.extras {
        Some(extras) => extras(state, saver),
        None => Extras { toolbar: ().into_any(), dialogs: ().into_any() },
    };
    view! {
        <Toolbar actions=actions saver=saver extras=toolbar/>
        {move || shared.nearly_full().then(|| view! {
            <p class="notice warning">{t!(i18n, "editor-storage-nearly-full")}</p>
        })}
        <JourneyMap journey=state.journey personas=state.personas/>
        <div class="visually-hidden" aria-live="polite" aria-atomic="true">{move || state.announcement.get()}</div>
        <ToastView state=state i18n=i18n/>
        <MapDetailsDialog open=dialogs.details/>
        {extra_dialogs}
        <ConflictDialog saver=saver/>
        <AddLaneDialog open=dialogs.add_lane/>
        <PersonasDialog open=dialogs.personas/>
        <LanesDialog open=dialogs.lanes/>
        <ShortcutsDialog open=dialogs.shortcuts/>
        <share::ShareDialog share=dialogs.share/>
    }
}

fn render_editor(cell: GridCell) -> AnyView {
    match cell {
        GridCell::Slot { lane, stage, step } => view! { <CellEditor at=CellRef { lane, stage, step }/> }.into_any(),
        GridCell::Stage(id) => view! { <StageEditor id=id/> }.into_any(),
        GridCell::Step(id) => view! { <StepEditor id=id/> }.into_any(),
        GridCell::LaneHeader(id) => view! { <LaneEditor id=id/> }.into_any(),
        GridCell::Corner => ().into_any(),
    }
}

/// A card, stage or lane dropped with the pointer: the same commands as the move buttons.
fn dropped(state: EditorState, what: Dragged, id: safar_core::Id, target: GridCell) {
    let journey = state.journey.get_untracked();
    let command = match (what, target) {
        (Dragged::Card, GridCell::Slot { lane, stage, step }) => {
            let index = journey.cell(&lane, &stage, step.as_ref()).map_or(0, |c| c.cards.len());
            Command::MoveCard { id, to: CellRef { lane, stage, step }, index }
        }
        (Dragged::Stage, GridCell::Stage(onto)) => match journey.stages.iter().position(|s| s.id == onto) {
            Some(index) => Command::MoveStage { id, index },
            None => return,
        },
        (Dragged::Lane, GridCell::LaneHeader(onto)) => match journey.lanes.iter().position(|l| l.id == onto) {
            Some(index) => Command::MoveLane { id, index },
            None => return,
        },
        _ => return,
    };
    if state.execute(command) {
        state.announce(match what {
            Dragged::Card => msg!("editor-card-moved"),
            Dragged::Stage => msg!("editor-stage-moved"),
            Dragged::Lane => msg!("editor-lane-moved"),
        });
    }
}

#[component]
fn Toolbar(actions: ActionContext, saver: Saver, extras: AnyView) -> impl IntoView {
    let i18n = use_i18n();
    let state = actions.state;
    let status = saver.status;
    let in_memory = expect_context::<SharedLibrary>().in_memory;
    // The visible status changes with every burst of typing, so it is not a live region; only a
    // failure is announced, through the alert below.
    let status_text = move || {
        let message = match status.get() {
            SaveStatus::Saved if in_memory => msg!("editor-status-in-memory"),
            SaveStatus::Saved => msg!("editor-status-saved"),
            SaveStatus::Saving => msg!("editor-status-saving"),
            SaveStatus::Failed(safar_core::library::StoreError::Full) => msg!("editor-status-full"),
            SaveStatus::Failed(error) => msg!("editor-status-failed", reason = error.describe()),
            SaveStatus::Conflict => msg!("editor-status-conflict"),
            SaveStatus::Refused(reason) => msg!("editor-status-refused", reason = reason),
        };
        i18n.format(&message)
    };
    let failed = move || !matches!(status.get(), SaveStatus::Saved | SaveStatus::Saving);
    let conflict = move || status.get() == SaveStatus::Conflict;
    let groups = ACTIONS.iter().filter_map(|action| action.button.map(|b| b.group)).max().map_or(0, |last| last + 1);
    let group = move |group: u8| {
        let buttons = ACTIONS.iter().filter_map(move |action| action.button.filter(|b| b.group == group).map(|b| (action, b.label.0)));
        view! {
            <div class="toolbar-group">
                {buttons.map(|(action, label)| {
                    let (enabled, run) = (action.enabled, action.run);
                    view! {
                        <button type="button" class="button" aria-keyshortcuts=action.keys.and_then(|keys| keys.aria)
                            disabled=move || !enabled(&actions) on:click=move |_| run(&actions)>{move || i18n.text(label)}</button>
                    }
                }).collect_view()}
            </div>
        }
    };
    view! {
        // A labelled group, not an ARIA toolbar: the buttons are ordinary Tab stops, and a
        // "toolbar" role would promise arrow-key movement between them.
        <div class="toolbar" role="group" aria-label=t!(i18n, "editor-toolbar")>
            {(0..groups).map(group).collect_view()}
            {extras}
            <div class="save-status" class:failed=failed>
                <p>{status_text}</p>
                <p class="visually-hidden" role="alert">{move || failed().then(status_text)}</p>
                {move || conflict().then(|| view! {
                    <button type="button" class="button small" on:click=move |_| saver.status.set(SaveStatus::Conflict)>{t!(i18n, "editor-choose-what-to-keep")}</button>
                })}
                {move || (failed() || in_memory).then(|| view! {
                    <button type="button" class="button small" on:click=move |_| actions::export(state)>{t!(i18n, "editor-export-this-map")}</button>
                })}
            </div>
        </div>
    }
}

#[component]
fn ToastView(state: EditorState, i18n: I18n) -> impl IntoView {
    move || {
        state.toast.get().map(|toast| {
            let undo = toast.undo;
            view! {
                <div class="toast" role="group" aria-label=t!(i18n, "editor-notice")>
                    <p>{fields::isolated(i18n, toast.text)}</p>
                    {undo.then(|| view! {
                        <button type="button" class="button" on:click=move |_| { state.undo(); state.toast.set(None); }>{t!(i18n, "editor-undo")}</button>
                    })}
                    <button type="button" class="icon-button" aria-label=t!(i18n, "editor-dismiss") on:click=move |_| state.toast.set(None)>"✕"</button>
                </div>
            }
        })
    }
}
