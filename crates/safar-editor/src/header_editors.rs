//! Editing stages, steps and lanes in their header cells: rename, describe, reorder, add and
//! delete. Deleting something that holds cards can be undone from the toast or with Ctrl+Z.

use super::fields::{CheckField, SelectField, TextField};
use super::focus::{focus_cell, start_editing, stop_editing};
use super::state::{new_id, EditorState, Toast};
use safar_view::i18n::{use_i18n, Message};
use safar_view::labels;
use safar_view::{msg, t};
use leptos::prelude::*;
use safar_core::navigate::GridCell;
use safar_core::{Channel, Command, Id, Journey, Language, Stage, Step};

fn language(journey: RwSignal<Journey>) -> Memo<Language> {
    Memo::new(move |_| journey.with(safar_view::map_language))
}

fn cards_under(journey: &Journey, belongs: impl Fn(&safar_core::Cell) -> bool) -> usize {
    journey.cells.iter().filter(|c| belongs(c)).map(|c| c.cards.len()).sum()
}

/// After a deletion: say what went, offer undo, and put focus somewhere that still exists.
fn deleted(state: EditorState, text: Message) {
    state.announce(msg!("editor-announce-undoable", done = text.clone()));
    state.toast.set(Some(Toast::undoable(text)));
    state.editing.set(None);
    let active = state.active.get_untracked();
    request_animation_frame(move || focus_cell(state, &active));
}

/// Buttons that move a stage, step or lane one place back or forward, and keep its editor open.
#[component]
fn ReorderButtons(
    /// What to announce after a move: the new position (from 1) and how many there are.
    moved: fn(usize, usize) -> Message,
    id: Id,
    /// Where it is, and among how many.
    #[prop(into)]
    position: Signal<(usize, usize)>,
    /// Up and down rather than earlier and later.
    vertical: bool,
    /// The command that moves it to an index.
    command: fn(Id, usize) -> Command,
    /// Its header cell, to keep editing after the move.
    cell: fn(Id) -> GridCell,
) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let i18n = use_i18n();
    let go = move |delta: isize| {
        let (i, n) = position.get_untracked();
        let Some(to) = i.checked_add_signed(delta).filter(|to| *to < n) else { return };
        if state.execute(command(id.clone(), to)) {
            state.announce(moved(to + 1, n));
            start_editing(state, cell(id.clone()));
        }
    };
    let back = go.clone();
    // "Earlier" and "later" follow the map's reading direction: in a right-to-left map the
    // earlier stage is on the right, and the buttons, laid out in the map's direction, follow.
    let (back_label, forward_label, back_class, forward_class): (TextProp, TextProp, _, _) = if vertical {
        (t!(i18n, "editor-move-up").into(), t!(i18n, "editor-move-down").into(), "move-up", "move-down")
    } else {
        (t!(i18n, "editor-move-earlier").into(), t!(i18n, "editor-move-later").into(), "move-earlier", "move-later")
    };
    view! {
        <button type="button" class=format!("button quiet {back_class}") disabled=move || position.get().0 == 0
            on:click=move |_| back(-1)>{move || back_label.get()}</button>
        <button type="button" class=format!("button quiet {forward_class}")
            disabled=move || { let (i, n) = position.get(); i + 1 >= n } on:click=move |_| go(1)>{move || forward_label.get()}</button>
    }
}

/// The editing controls of a stage header.
#[component]
pub fn StageEditor(id: Id) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let i18n = use_i18n();
    let journey = state.journey;
    let stage_id = id.clone();
    let stage = Memo::new(move |_| journey.with(|j| j.stage(&stage_id).cloned()));
    let index = {
        let id = id.clone();
        Memo::new(move |_| journey.with(|j| (j.stages.iter().position(|s| s.id == id).unwrap_or(0), j.stages.len())))
    };
    let update = {
        let id = id.clone();
        move |change: Box<dyn FnOnce(&mut Stage)>| {
            let Some(mut s) = stage.get_untracked() else { return };
            change(&mut s);
            state.typed(Command::UpdateStage { id: id.clone(), name: s.name, description: s.description });
        }
    };
    let update2 = update.clone();
    let add_step = {
        let id = id.clone();
        move |_| {
            let index = stage.get_untracked().map_or(0, |s| s.steps.len());
            let step = Step::new(new_id("step"), "");
            let step_id = step.id.clone();
            if state.execute(Command::InsertStep { stage: id.clone(), index, step, cells: vec![] }) {
                state.announce(msg!("editor-step-added"));
                start_editing(state, GridCell::Step(step_id));
            }
        }
    };
    let add_stage = move |_| {
        let (i, _) = index.get_untracked();
        let stage = Stage::new(new_id("stage"), "");
        let new = stage.id.clone();
        if state.execute(Command::InsertStage { index: i + 1, stage, cells: vec![] }) {
            state.announce(msg!("editor-stage-added"));
            start_editing(state, GridCell::Stage(new));
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            let cards = journey.with_untracked(|j| cards_under(j, |c| c.stage == id));
            let name = stage.get_untracked().map(|s| s.name).unwrap_or_default();
            if state.execute(Command::RemoveStage { id: id.clone() }) {
                deleted(state, if cards > 0 {
                    msg!("editor-stage-deleted-with-cards", name = name, cards = cards)
                } else {
                    msg!("editor-stage-deleted", name = name)
                });
            }
        }
    };
    view! {
        <div class="header-editor" role="group" lang=move || i18n.language().tag() aria-label=t!(i18n, "editor-edit-stage")>
            <TextField id=format!("{id}-name") label=t!(i18n, "editor-stage-name") value=Signal::derive(move || stage.with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default()))
                on_input=move |t: String| update(Box::new(move |s| s.name = t)) on_leave=move || state.seal()/>
            <TextField id=format!("{id}-description") label=t!(i18n, "editor-description") multiline=true
                value=Signal::derive(move || stage.with(|s| s.as_ref().map(|s| s.description.clone()).unwrap_or_default()))
                on_input=move |t: String| update2(Box::new(move |s| s.description = t)) on_leave=move || state.seal()/>
            <div class="editor-actions">
                <ReorderButtons moved=|position, count| msg!("editor-stage-moved-to", position = position, count = count) id=id.clone() position=index vertical=false
                    command=|id, index| Command::MoveStage { id, index } cell=GridCell::Stage/>
                <button type="button" class="button quiet" on:click=add_step>{t!(i18n, "editor-add-step")}</button>
                <button type="button" class="button quiet" on:click=add_stage>{t!(i18n, "editor-add-stage-after")}</button>
                <button type="button" class="button quiet danger" on:click=delete>{t!(i18n, "editor-delete-stage")}</button>
                <button type="button" class="button quiet" on:click=move |_| stop_editing(state)>{t!(i18n, "editor-done")} " " <kbd>"Esc"</kbd></button>
            </div>
        </div>
    }
}

/// The editing controls of a step (touchpoint) header.
#[component]
pub fn StepEditor(id: Id) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let i18n = use_i18n();
    let journey = state.journey;
    let step_id = id.clone();
    let found = Memo::new(move |_| {
        journey.with(|j| {
            j.stages.iter().find_map(|s| {
                s.steps.iter().position(|x| x.id == step_id).map(|i| (s.steps[i].clone(), i, s.steps.len(), s.name.clone()))
            })
        })
    });
    let step = Memo::new(move |_| found.with(|f| f.as_ref().map(|f| f.0.clone())));
    let lang = language(journey);
    let update = move |change: Box<dyn FnOnce(&mut Step)>| {
        let Some(mut s) = step.get_untracked() else { return };
        change(&mut s);
        state.typed(Command::UpdateStep(s));
    };
    let text = |get: fn(&Step) -> String| Signal::derive(move || step.with(|s| s.as_ref().map(get).unwrap_or_default()));
    let flag = |get: fn(&Step) -> bool| Signal::derive(move || step.with(|s| s.as_ref().is_some_and(get)));
    let (u1, u2, u3, u4, u5, u6) = (update.clone(), update.clone(), update.clone(), update.clone(), update.clone(), update);
    let mut channels: Vec<(String, String)> = vec![(String::new(), "—".into())];
    channels.extend(Channel::VOCABULARY.iter().map(|c| (c.as_str().to_owned(), labels::channel(c, lang.get_untracked()))));
    let delete = {
        let id = id.clone();
        move |_| {
            let cards = journey.with_untracked(|j| cards_under(j, |c| c.step.as_ref() == Some(&id)));
            let name = step.get_untracked().map(|s| s.name).unwrap_or_default();
            if state.execute(Command::RemoveStep { id: id.clone() }) {
                deleted(state, if cards > 0 {
                    msg!("editor-step-deleted-with-cards", name = name, cards = cards)
                } else {
                    msg!("editor-step-deleted", name = name)
                });
            }
        }
    };
    view! {
        <div class="header-editor" role="group" lang=move || i18n.language().tag() aria-label=t!(i18n, "editor-edit-step")>
            <TextField id=format!("{id}-name") label=t!(i18n, "editor-step-name") value=text(|s| s.name.clone())
                on_input=move |t: String| u1(Box::new(move |s| s.name = t)) on_leave=move || state.seal()/>
            <TextField id=format!("{id}-description") label=t!(i18n, "editor-description") multiline=true value=text(|s| s.description.clone())
                on_input=move |t: String| u2(Box::new(move |s| s.description = t)) on_leave=move || state.seal()/>
            <SelectField id=format!("{id}-channel") label=t!(i18n, "editor-channel") options=channels
                options_lang=Some(lang.get_untracked().tag())
                value=text(|s| s.channel.as_ref().map(|c| c.as_str().to_owned()).unwrap_or_default())
                on_change=move |v: String| { u3(Box::new(move |s| s.channel = (!v.is_empty()).then(|| Channel::from(v)))); state.seal(); }/>
            <TextField id=format!("{id}-department") label=t!(i18n, "editor-department") value=text(|s| s.department.clone())
                on_input=move |t: String| u4(Box::new(move |s| s.department = t)) on_leave=move || state.seal()/>
            <CheckField id=format!("{id}-truth") label=t!(i18n, "editor-moment-of-truth") checked=flag(|s| s.moment_of_truth)
                on_change=move |v| { u5(Box::new(move |s| s.moment_of_truth = v)); state.seal(); }/>
            <CheckField id=format!("{id}-breaking") label=t!(i18n, "editor-breaking-point") checked=flag(|s| s.breaking_point)
                on_change=move |v| { u6(Box::new(move |s| s.breaking_point = v)); state.seal(); }/>
            <div class="editor-actions">
                <ReorderButtons moved=|position, count| msg!("editor-step-moved-to", position = position, count = count) id=id.clone() vertical=false
                    position=Signal::derive(move || found.with(|f| f.as_ref().map_or((0, 0), |f| (f.1, f.2))))
                    command=|id, index| Command::MoveStep { id, index } cell=GridCell::Step/>
                <button type="button" class="button quiet danger" on:click=delete>{t!(i18n, "editor-delete-step")}</button>
                <button type="button" class="button quiet" on:click=move |_| stop_editing(state)>{t!(i18n, "editor-done")} " " <kbd>"Esc"</kbd></button>
            </div>
        </div>
    }
}

/// The editing controls of a lane header.
#[component]
pub fn LaneEditor(id: Id) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let i18n = use_i18n();
    let journey = state.journey;
    let lane_id = id.clone();
    let lane = Memo::new(move |_| journey.with(|j| j.lane(&lane_id).cloned()));
    let index = {
        let id = id.clone();
        Memo::new(move |_| journey.with(|j| (j.lanes.iter().position(|l| l.id == id).unwrap_or(0), j.lanes.len())))
    };
    let rename = move |t: String| {
        let Some(mut l) = lane.get_untracked() else { return };
        l.name = t;
        state.typed(Command::UpdateLane(l));
    };
    let hide = move |_| {
        let Some(mut l) = lane.get_untracked() else { return };
        let name = l.name.clone();
        l.hidden = true;
        if state.execute(Command::UpdateLane(l)) {
            state.announce(msg!("editor-lane-hidden-how-to-show", name = name.clone()));
            state.toast.set(Some(Toast::undoable(msg!("editor-lane-hidden", name = name))));
            state.editing.set(None);
            let active = state.active.get_untracked();
            request_animation_frame(move || focus_cell(state, &active));
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            let cards = journey.with_untracked(|j| cards_under(j, |c| c.lane == id));
            let name = lane.get_untracked().map(|l| l.name).unwrap_or_default();
            if state.execute(Command::RemoveLane { id: id.clone() }) {
                deleted(state, if cards > 0 {
                    msg!("editor-lane-deleted-with-cards", name = name, cards = cards)
                } else {
                    msg!("editor-lane-deleted", name = name)
                });
            }
        }
    };
    let kind = move || lane.with(|l| l.as_ref().map(|l| l.kind.as_str()).unwrap_or_default());
    view! {
        <div class="header-editor" role="group" lang=move || i18n.language().tag() aria-label=t!(i18n, "editor-edit-lane")>
            <TextField id=format!("{id}-name") label=t!(i18n, "editor-lane-name")
                value=Signal::derive(move || lane.with(|l| l.as_ref().map(|l| l.name.clone()).unwrap_or_default()))
                on_input=rename on_leave=move || state.seal()/>
            <p class="hint">{t!(i18n, "editor-lane-holds", kind = kind())}</p>
            <div class="editor-actions">
                <ReorderButtons moved=|position, count| msg!("editor-lane-moved-to", position = position, count = count) id=id.clone() position=index vertical=true
                    command=|id, index| Command::MoveLane { id, index } cell=GridCell::LaneHeader/>
                <button type="button" class="button quiet" on:click=hide>{t!(i18n, "editor-hide-lane")}</button>
                <button type="button" class="button quiet danger" on:click=delete>{t!(i18n, "editor-delete-lane")}</button>
                <button type="button" class="button quiet" on:click=move |_| stop_editing(state)>{t!(i18n, "editor-done")} " " <kbd>"Esc"</kbd></button>
            </div>
        </div>
    }
}
