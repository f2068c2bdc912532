//! Editing stages, steps and lanes in their header cells: rename, describe, reorder, add and
//! delete. Deleting something that holds cards can be undone from the toast or with Ctrl+Z.

use super::fields::{CheckField, SelectField, TextField};
use super::keyboard::{focus_cell, start_editing, stop_editing};
use super::state::{new_id, EditorState, Toast};
use crate::labels;
use leptos::prelude::*;
use safar_core::navigate::GridCell;
use safar_core::{Channel, Command, Id, Journey, Language, Stage, Step};

fn language(journey: RwSignal<Journey>) -> Memo<Language> {
    Memo::new(move |_| journey.with(crate::viewer::map_language))
}

fn cards_under(journey: &Journey, belongs: impl Fn(&safar_core::Cell) -> bool) -> usize {
    journey.cells.iter().filter(|c| belongs(c)).map(|c| c.cards.len()).sum()
}

/// After a deletion: say what went, offer undo, and put focus somewhere that still exists.
fn deleted(state: EditorState, what: String, cards: usize) {
    let text = if cards > 0 { format!("{what} deleted with {cards} cards.") } else { format!("{what} deleted.") };
    state.announce(format!("{text} Press Control+Z to undo."));
    state.toast.set(Some(Toast { text, undo: true }));
    state.editing.set(None);
    let active = state.active.get_untracked();
    request_animation_frame(move || focus_cell(&active));
}

/// The editing controls of a stage header.
#[component]
pub fn StageEditor(id: Id) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let journey = state.journey;
    let stage_id = id.clone();
    let stage = Memo::new(move |_| journey.with(|j| j.stage(&stage_id).cloned()));
    let index = {
        let id = id.clone();
        Memo::new(move |_| journey.with(|j| (j.stages.iter().position(|s| s.id == id).unwrap_or(0), j.stages.len())))
    };
    let update = {
        let id = id.clone();
        move |field: &'static str, change: Box<dyn FnOnce(&mut Stage)>| {
            let Some(mut s) = stage.get_untracked() else { return };
            change(&mut s);
            state.execute(Command::UpdateStage { id: id.clone(), name: s.name, description: s.description }, Some(format!("stage:{id}:{field}")));
        }
    };
    let update2 = update.clone();
    let reorder = {
        let id = id.clone();
        move |delta: isize| {
            let (i, n) = index.get_untracked();
            let to = i as isize + delta;
            if to < 0 || to as usize >= n {
                return;
            }
            if state.execute(Command::MoveStage { id: id.clone(), index: to as usize }, None) {
                state.announce(format!("Stage moved to position {} of {n}.", to + 1));
                let cell = GridCell::Stage(id.clone());
                start_editing(state, cell);
            }
        }
    };
    let (earlier, later) = (reorder.clone(), reorder);
    let add_step = {
        let id = id.clone();
        move |_| {
            let index = stage.get_untracked().map_or(0, |s| s.steps.len());
            let step = Step {
                id: new_id("step"),
                name: String::new(),
                description: String::new(),
                channel: None,
                department: String::new(),
                moment_of_truth: false,
                breaking_point: false,
            };
            let step_id = step.id.clone();
            if state.execute(Command::InsertStep { stage: id.clone(), index, step, cells: vec![] }, None) {
                state.announce("Step added.".into());
                start_editing(state, GridCell::Step(step_id));
            }
        }
    };
    let add_stage = move |_| {
        let (i, _) = index.get_untracked();
        let stage = Stage { id: new_id("stage"), name: String::new(), description: String::new(), steps: vec![] };
        let new = stage.id.clone();
        if state.execute(Command::InsertStage { index: i + 1, stage, cells: vec![] }, None) {
            state.announce("Stage added.".into());
            start_editing(state, GridCell::Stage(new));
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            let cards = journey.with_untracked(|j| cards_under(j, |c| c.stage == id));
            let name = stage.get_untracked().map(|s| s.name).unwrap_or_default();
            if state.execute(Command::RemoveStage { id: id.clone() }, None) {
                deleted(state, format!("Stage “{name}”"), cards);
            }
        }
    };
    view! {
        <div class="header-editor" role="group" aria-label="Edit stage">
            <TextField id=format!("{id}-name") label="Stage name" value=Signal::derive(move || stage.with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default()))
                on_input=move |t: String| update("name", Box::new(move |s| s.name = t)) on_leave=move || state.seal()/>
            <TextField id=format!("{id}-description") label="Description" multiline=true
                value=Signal::derive(move || stage.with(|s| s.as_ref().map(|s| s.description.clone()).unwrap_or_default()))
                on_input=move |t: String| update2("description", Box::new(move |s| s.description = t)) on_leave=move || state.seal()/>
            <div class="editor-actions">
                <button type="button" class="button quiet move-earlier" disabled=move || index.get().0 == 0 on:click=move |_| earlier(-1)>"Move earlier"</button>
                <button type="button" class="button quiet move-later" disabled=move || { let (i, n) = index.get(); i + 1 >= n } on:click=move |_| later(1)>"Move later"</button>
                <button type="button" class="button quiet" on:click=add_step>"Add step"</button>
                <button type="button" class="button quiet" on:click=add_stage>"Add stage after"</button>
                <button type="button" class="button quiet danger" on:click=delete>"Delete stage"</button>
                <button type="button" class="button quiet" on:click=move |_| stop_editing(state)>"Done " <kbd>"Esc"</kbd></button>
            </div>
        </div>
    }
}

/// The editing controls of a step (touchpoint) header.
#[component]
pub fn StepEditor(id: Id) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let journey = state.journey;
    let step_id = id.clone();
    let found = Memo::new(move |_| {
        journey.with(|j| {
            j.stages.iter().enumerate().find_map(|(_, s)| {
                s.steps.iter().position(|x| x.id == step_id).map(|i| (s.steps[i].clone(), i, s.steps.len(), s.name.clone()))
            })
        })
    });
    let step = Memo::new(move |_| found.with(|f| f.as_ref().map(|f| f.0.clone())));
    let lang = language(journey);
    let update = {
        let id = id.clone();
        move |field: &'static str, change: Box<dyn FnOnce(&mut Step)>| {
            let Some(mut s) = step.get_untracked() else { return };
            change(&mut s);
            state.execute(Command::UpdateStep(s), Some(format!("step:{id}:{field}")));
        }
    };
    let text = |get: fn(&Step) -> String| Signal::derive(move || step.with(|s| s.as_ref().map(get).unwrap_or_default()));
    let flag = |get: fn(&Step) -> bool| Signal::derive(move || step.with(|s| s.as_ref().is_some_and(get)));
    let (u1, u2, u3, u4, u5, u6) = (update.clone(), update.clone(), update.clone(), update.clone(), update.clone(), update);
    let mut channels: Vec<(String, String)> = vec![(String::new(), "—".into())];
    channels.extend(Channel::VOCABULARY.iter().map(|c| (c.as_str().to_owned(), labels::channel(c, lang.get_untracked()))));
    let reorder = {
        let id = id.clone();
        move |delta: isize| {
            let Some((_, i, n, _)) = found.get_untracked() else { return };
            let to = i as isize + delta;
            if to < 0 || to as usize >= n {
                return;
            }
            if state.execute(Command::MoveStep { id: id.clone(), index: to as usize }, None) {
                state.announce(format!("Step moved to position {} of {n}.", to + 1));
                start_editing(state, GridCell::Step(id.clone()));
            }
        }
    };
    let (earlier, later) = (reorder.clone(), reorder);
    let delete = {
        let id = id.clone();
        move |_| {
            let cards = journey.with_untracked(|j| cards_under(j, |c| c.step.as_ref() == Some(&id)));
            let name = step.get_untracked().map(|s| s.name).unwrap_or_default();
            if state.execute(Command::RemoveStep { id: id.clone() }, None) {
                deleted(state, format!("Step “{name}”"), cards);
            }
        }
    };
    view! {
        <div class="header-editor" role="group" aria-label="Edit step">
            <TextField id=format!("{id}-name") label="Step name" value=text(|s| s.name.clone())
                on_input=move |t: String| u1("name", Box::new(move |s| s.name = t)) on_leave=move || state.seal()/>
            <TextField id=format!("{id}-description") label="Description" multiline=true value=text(|s| s.description.clone())
                on_input=move |t: String| u2("description", Box::new(move |s| s.description = t)) on_leave=move || state.seal()/>
            <SelectField id=format!("{id}-channel") label="Channel" options=channels
                value=text(|s| s.channel.as_ref().map(|c| c.as_str().to_owned()).unwrap_or_default())
                on_change=move |v: String| { u3("channel", Box::new(move |s| s.channel = (!v.is_empty()).then(|| Channel::from(v)))); state.seal(); }/>
            <TextField id=format!("{id}-department") label="Department" value=text(|s| s.department.clone())
                on_input=move |t: String| u4("department", Box::new(move |s| s.department = t)) on_leave=move || state.seal()/>
            <CheckField id=format!("{id}-truth") label="Moment of truth" checked=flag(|s| s.moment_of_truth)
                on_change=move |v| { u5("truth", Box::new(move |s| s.moment_of_truth = v)); state.seal(); }/>
            <CheckField id=format!("{id}-breaking") label="Breaking point" checked=flag(|s| s.breaking_point)
                on_change=move |v| { u6("breaking", Box::new(move |s| s.breaking_point = v)); state.seal(); }/>
            <div class="editor-actions">
                <button type="button" class="button quiet move-earlier" disabled=move || found.with(|f| f.as_ref().is_none_or(|f| f.1 == 0)) on:click=move |_| earlier(-1)>"Move earlier"</button>
                <button type="button" class="button quiet move-later" disabled=move || found.with(|f| f.as_ref().is_none_or(|f| f.1 + 1 >= f.2)) on:click=move |_| later(1)>"Move later"</button>
                <button type="button" class="button quiet danger" on:click=delete>"Delete step"</button>
                <button type="button" class="button quiet" on:click=move |_| stop_editing(state)>"Done " <kbd>"Esc"</kbd></button>
            </div>
        </div>
    }
}

/// The editing controls of a lane header.
#[component]
pub fn LaneEditor(id: Id) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let journey = state.journey;
    let lane_id = id.clone();
    let lane = Memo::new(move |_| journey.with(|j| j.lane(&lane_id).cloned()));
    let index = {
        let id = id.clone();
        Memo::new(move |_| journey.with(|j| (j.lanes.iter().position(|l| l.id == id).unwrap_or(0), j.lanes.len())))
    };
    let rename = move |t: String| {
        let Some(mut l) = lane.get_untracked() else { return };
        let key = format!("lane:{}:name", l.id);
        l.name = t;
        state.execute(Command::UpdateLane(l), Some(key));
    };
    let reorder = {
        let id = id.clone();
        move |delta: isize| {
            let (i, n) = index.get_untracked();
            let to = i as isize + delta;
            if to < 0 || to as usize >= n {
                return;
            }
            if state.execute(Command::MoveLane { id: id.clone(), index: to as usize }, None) {
                state.announce(format!("Lane moved to position {} of {n}.", to + 1));
                start_editing(state, GridCell::LaneHeader(id.clone()));
            }
        }
    };
    let (up, down) = (reorder.clone(), reorder);
    let hide = move |_| {
        let Some(mut l) = lane.get_untracked() else { return };
        let name = l.name.clone();
        l.hidden = true;
        if state.execute(Command::UpdateLane(l), None) {
            state.announce(format!("Lane “{name}” hidden. Show it again from Lanes in the toolbar."));
            state.toast.set(Some(Toast { text: format!("Lane “{name}” hidden."), undo: true }));
            state.editing.set(None);
            let active = state.active.get_untracked();
            request_animation_frame(move || focus_cell(&active));
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            let cards = journey.with_untracked(|j| cards_under(j, |c| c.lane == id));
            let name = lane.get_untracked().map(|l| l.name).unwrap_or_default();
            if state.execute(Command::RemoveLane { id: id.clone() }, None) {
                deleted(state, format!("Lane “{name}”"), cards);
            }
        }
    };
    let kind = move || lane.with(|l| l.as_ref().map(|l| l.kind.as_str()).unwrap_or_default());
    view! {
        <div class="header-editor" role="group" aria-label="Edit lane">
            <TextField id=format!("{id}-name") label="Lane name"
                value=Signal::derive(move || lane.with(|l| l.as_ref().map(|l| l.name.clone()).unwrap_or_default()))
                on_input=rename on_leave=move || state.seal()/>
            <p class="hint">"Holds " {kind} " cards"</p>
            <div class="editor-actions">
                <button type="button" class="button quiet move-up" disabled=move || index.get().0 == 0 on:click=move |_| up(-1)>"Move up"</button>
                <button type="button" class="button quiet move-down" disabled=move || { let (i, n) = index.get(); i + 1 >= n } on:click=move |_| down(1)>"Move down"</button>
                <button type="button" class="button quiet" on:click=hide>"Hide lane"</button>
                <button type="button" class="button quiet danger" on:click=delete>"Delete lane"</button>
                <button type="button" class="button quiet" on:click=move |_| stop_editing(state)>"Done " <kbd>"Esc"</kbd></button>
            </div>
        </div>
    }
}
