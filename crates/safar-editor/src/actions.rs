//! Everything the editor can be asked to do, in one table: each action's name, its button, its
//! keys, when it can run and what it does. The toolbar, the editor's shortcuts, the grid's keys
//! and the list of shortcuts (`?`) all read [`ACTIONS`], so the keys a button announces in
//! `aria-keyshortcuts` and the keys the list shows are the keys that work.
//!
//! The host's own buttons (the app's Versions, Embed and New map) are not editor actions: they
//! come through [`crate::Host::extras`].

use super::focus::{focus_cell, start_editing, stop_editing};
use super::share::{Pictures, Share};
use super::state::{self, EditorState};
use leptos::prelude::*;
use safar_core::navigate::{Grid, GridCell, Move};
use safar_core::{Command, Direction, Stage};
use safar_store::files::{download, file_name};
use safar_view::msg;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

/// The id of a catalog message, for the table to name labels without wording them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MessageId(pub &'static str);

/// What an action works on: the editor and the dialogs it opens.
#[derive(Clone, Copy)]
pub struct ActionContext {
    pub state: EditorState,
    pub dialogs: Dialogs,
}

/// The editor's own dialogs, open or closed.
#[derive(Clone, Copy)]
pub struct Dialogs {
    pub details: RwSignal<bool>,
    pub add_lane: RwSignal<bool>,
    pub personas: RwSignal<bool>,
    pub lanes: RwSignal<bool>,
    pub shortcuts: RwSignal<bool>,
    pub share: Share,
}

impl Dialogs {
    /// Every dialog closed; `pictures` is where the host serves the picture client.
    pub fn closed(pictures: Option<Pictures>) -> Self {
        Dialogs {
            share: Share::new(pictures),
            details: RwSignal::new(false),
            add_lane: RwSignal::new(false),
            personas: RwSignal::new(false),
            lanes: RwSignal::new(false),
            shortcuts: RwSignal::new(false),
        }
    }
}

/// One thing the editor can do.
pub struct Action {
    /// A stable name, for tests and for reading the table.
    pub name: &'static str,
    /// Its button in the toolbar, if it has one.
    pub button: Option<Button>,
    /// Its keys, if it has any.
    pub keys: Option<Keys>,
    /// Whether its button can be pressed now (read inside a reactive scope, it follows the
    /// editor). Keys run the action regardless, so that a key never goes silently dead: undo
    /// with nothing to undo says so.
    pub enabled: fn(&ActionContext) -> bool,
    pub run: fn(&ActionContext),
}

#[derive(Clone, Copy)]
pub struct Button {
    /// The toolbar group it sits in, counted from the start.
    pub group: u8,
    pub label: MessageId,
}

#[derive(Clone, Copy)]
pub struct Keys {
    /// Where the keys work.
    pub scope: Scope,
    pub matches: fn(&Press) -> bool,
    /// The keys in `aria-keyshortcuts` syntax, for the action's button.
    pub aria: Option<&'static str>,
    /// The keys as people read them, and what they do: a row of the list of shortcuts. Actions
    /// that share a row (the four arrows) name the same two messages.
    pub help: (MessageId, MessageId),
}

/// Where a key is heard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Anywhere in the editor: the page in the app, the widget in a widget.
    Editor,
    /// On a cell of the grid that has focus itself (not a control inside it).
    Cell,
    /// Anywhere in the grid while a cell's editing controls are open.
    Editing,
}

/// A key press, as the table's matchers read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Press {
    /// The key's value (`"ArrowRight"`, `"z"`, `"?"`); letters in lower case.
    pub key: String,
    /// Ctrl, or ⌘ on a Mac.
    pub ctrl: bool,
    pub shift: bool,
    /// The map reads right to left: the arrows follow what is seen, not the order in the file.
    pub rtl: bool,
    /// The key went to a field that takes text, where `?` is a character.
    pub typing: bool,
}

impl Press {
    pub fn of(event: &KeyboardEvent, rtl: bool) -> Press {
        let key = event.key();
        Press {
            key: if key.chars().count() == 1 { key.to_lowercase() } else { key },
            ctrl: event.ctrl_key() || event.meta_key(),
            shift: event.shift_key(),
            rtl,
            typing: typing_in_field(event),
        }
    }

    fn is(&self, key: &str) -> bool {
        self.key == key
    }

    fn plain(&self, key: &str) -> bool {
        self.is(key) && !self.ctrl
    }
}

/// Whether the key went to a place that takes text.
fn typing_in_field(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || e.has_attribute("contenteditable"))
}

const ALWAYS: fn(&ActionContext) -> bool = |_| true;

const fn key(scope: Scope, matches: fn(&Press) -> bool, aria: Option<&'static str>, keys: &'static str, what: &'static str) -> Option<Keys> {
    Some(Keys { scope, matches, aria, help: (MessageId(keys), MessageId(what)) })
}

const fn button(group: u8, label: &'static str) -> Option<Button> {
    Some(Button { group, label: MessageId(label) })
}

/// A movement in the grid: one of the cell keys.
const fn movement(name: &'static str, matches: fn(&Press) -> bool, run: fn(&ActionContext), keys: &'static str, what: &'static str) -> Action {
    Action { name, button: None, keys: key(Scope::Cell, matches, None, keys, what), enabled: ALWAYS, run }
}

/// Every action of the editor, in the order the list of shortcuts shows their keys.
pub const ACTIONS: &[Action] = &[
    movement(
        "move-next",
        |p| p.plain(if p.rtl { "ArrowLeft" } else { "ArrowRight" }),
        |c| go(c, Move::Next),
        "editor-keys-arrows",
        "editor-shortcut-arrows",
    ),
    movement(
        "move-previous",
        |p| p.plain(if p.rtl { "ArrowRight" } else { "ArrowLeft" }),
        |c| go(c, Move::Previous),
        "editor-keys-arrows",
        "editor-shortcut-arrows",
    ),
    movement("move-up", |p| p.plain("ArrowUp"), |c| go(c, Move::Up), "editor-keys-arrows", "editor-shortcut-arrows"),
    movement("move-down", |p| p.plain("ArrowDown"), |c| go(c, Move::Down), "editor-keys-arrows", "editor-shortcut-arrows"),
    movement("row-start", |p| p.plain("Home"), |c| go(c, Move::RowStart), "editor-keys-home-end", "editor-shortcut-home-end"),
    movement("row-end", |p| p.plain("End"), |c| go(c, Move::RowEnd), "editor-keys-home-end", "editor-shortcut-home-end"),
    movement("map-start", |p| p.ctrl && p.is("Home"), |c| go(c, Move::First), "editor-keys-ctrl-home-end", "editor-shortcut-ctrl-home-end"),
    movement("map-end", |p| p.ctrl && p.is("End"), |c| go(c, Move::Last), "editor-keys-ctrl-home-end", "editor-shortcut-ctrl-home-end"),
    movement(
        "edit-cell",
        |p| p.plain("Enter") || p.plain("F2"),
        |c| start_editing(c.state, c.state.active.get_untracked()),
        "editor-keys-enter",
        "editor-shortcut-enter",
    ),
    Action {
        name: "stop-editing",
        button: None,
        keys: key(Scope::Editing, |p| p.is("Escape"), None, "editor-keys-escape", "editor-shortcut-escape"),
        enabled: ALWAYS,
        run: |c| stop_editing(c.state),
    },
    Action {
        name: "undo",
        button: button(0, "editor-undo"),
        keys: key(Scope::Editor, |p| p.ctrl && !p.shift && p.is("z"), Some("Control+Z"), "editor-keys-undo", "editor-undo"),
        enabled: |c| c.state.can_undo.get(),
        run: |c| {
            c.state.seal();
            c.state.undo();
        },
    },
    Action {
        name: "redo",
        button: button(0, "editor-redo"),
        keys: key(
            Scope::Editor,
            |p| p.ctrl && ((p.shift && p.is("z")) || p.is("y")),
            Some("Control+Shift+Z Control+Y"),
            "editor-keys-redo",
            "editor-redo",
        ),
        enabled: |c| c.state.can_redo.get(),
        run: |c| {
            c.state.seal();
            c.state.redo();
        },
    },
    Action { name: "add-stage", button: button(1, "editor-add-stage"), keys: None, enabled: ALWAYS, run: add_stage },
    Action { name: "add-lane", button: button(1, "editor-add-lane"), keys: None, enabled: ALWAYS, run: |c| c.dialogs.add_lane.set(true) },
    Action { name: "lanes", button: button(1, "editor-lanes"), keys: None, enabled: ALWAYS, run: |c| c.dialogs.lanes.set(true) },
    Action { name: "map-details", button: button(2, "editor-map-details"), keys: None, enabled: ALWAYS, run: |c| c.dialogs.details.set(true) },
    Action { name: "personas", button: button(2, "editor-personas"), keys: None, enabled: ALWAYS, run: |c| c.dialogs.personas.set(true) },
    Action { name: "share", button: button(2, "editor-share"), keys: None, enabled: ALWAYS, run: |c| c.dialogs.share.open.set(true) },
    Action {
        name: "print",
        button: None,
        keys: key(Scope::Editor, |p| p.ctrl && !p.shift && p.is("p"), Some("Control+P"), "editor-keys-print", "editor-shortcut-print"),
        enabled: ALWAYS,
        run: |c| super::share::print(c.state, c.dialogs.share),
    },
    Action {
        name: "shortcuts",
        button: button(2, "editor-shortcuts"),
        keys: key(Scope::Editor, |p| p.plain("?") && !p.typing, Some("?"), "editor-keys-help", "editor-shortcut-help"),
        enabled: ALWAYS,
        run: |c| c.dialogs.shortcuts.set(true),
    },
];

/// The action whose keys, heard in `scope`, are `press`.
pub fn for_keys(scope: Scope, press: &Press) -> Option<&'static Action> {
    ACTIONS.iter().find(|action| action.keys.is_some_and(|keys| keys.scope == scope && (keys.matches)(press)))
}

/// Runs the action `event` asks for in `scope`, if there is one, instead of what the browser
/// would do with the key. Returns whether one ran.
pub fn run_keys(context: &ActionContext, scope: Scope, event: &KeyboardEvent) -> bool {
    let rtl = context.state.journey.with_untracked(|j| j.direction == Direction::Rtl);
    match for_keys(scope, &Press::of(event, rtl)) {
        Some(action) => {
            event.prevent_default();
            (action.run)(context);
            true
        }
        None => false,
    }
}

/// The rows of the list of shortcuts: each distinct pair of keys and what they do, in the
/// table's order.
pub fn help_rows() -> Vec<(MessageId, MessageId)> {
    let mut rows: Vec<(MessageId, MessageId)> = Vec::new();
    for help in ACTIONS.iter().filter_map(|action| action.keys.map(|keys| keys.help)) {
        if !rows.contains(&help) {
            rows.push(help);
        }
    }
    rows
}

fn go(context: &ActionContext, movement: Move) {
    let state = context.state;
    let next = state.journey.with_untracked(Grid::of).step(&state.active.get_untracked(), movement);
    state.active.set(next.clone());
    focus_cell(state, &next);
}

fn add_stage(context: &ActionContext) {
    let state = context.state;
    let stage = Stage::new(state::new_id("stage"), "");
    let id = stage.id.clone();
    let index = state.journey.with_untracked(|j| j.stages.len());
    if state.execute(Command::InsertStage { index, stage, cells: vec![] }) {
        state.announce(msg!("editor-stage-added-at-end"));
        start_editing(state, GridCell::Stage(id));
    }
}

/// Downloads the map as a map file, saying so when the browser refuses.
pub fn export(state: EditorState) {
    if let Err(error) = export_file(state) {
        state.announce(msg!("editor-export-failed", reason = error));
    }
}

/// Downloads the map as a map file: its name and size in bytes.
pub fn export_file(state: EditorState) -> Result<(String, usize), safar_store::files::FileError> {
    let file = state.file();
    let name = file_name(&file.journeys[0].title, ".journey.json");
    let text = file.to_json();
    download(&name, &text, "application/json")?;
    Ok((name, text.len()))
}
