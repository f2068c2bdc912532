//! The editor's dialogs: map details, a new map from a template, adding a lane, personas, lane
//! visibility and the list of shortcuts. Each is a native modal `<dialog>`, which keeps focus
//! inside while open, closes on Escape, and gives focus back when closed.

use super::fields::{CheckField, SelectField, TextField};
use super::keyboard::start_editing;
use super::state::{new_id, EditorState, Toast};
use leptos::prelude::*;
use safar_core::navigate::GridCell;
use safar_core::template::{lane_name, map_type_name};
use safar_core::{
    Command, Direction, Language, Lane, LaneKind, MapType, Meta, Persona, Photo,
};

pub use crate::dialog::Modal;

pub fn language_options() -> Vec<(String, String)> {
    vec![("en".into(), "English".into()), ("fa".into(), "فارسی (Persian)".into()), ("ar".into(), "العربية (Arabic)".into())]
}

/// The map's own fields: title, goal, scenario, owner, type, language, review dates, scale.
#[component]
pub fn MapDetailsDialog(open: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let meta = Memo::new(move |_| state.journey.with(Meta::of));
    let change = move |field: &'static str, edit: Box<dyn FnOnce(&mut Meta)>| {
        let mut m = meta.get_untracked();
        edit(&mut m);
        state.execute(Command::SetMeta(m), Some(format!("meta:{field}")))
    };
    let text = move |get: fn(&Meta) -> String| Signal::derive(move || meta.with(get));
    let scale_error = RwSignal::new(None::<String>);
    let set_scale = move |min: bool, text: String| {
        let Ok(Some(value)) = safar_core::digits::parse_number(&text) else {
            scale_error.set(Some("Write a whole number".into()));
            return;
        };
        let value = value.round().clamp(-10.0, 10.0) as i8;
        let mut scale = meta.get_untracked().emotion_scale;
        if min { scale.min = value } else { scale.max = value }
        let ok = change("scale", Box::new(move |m| m.emotion_scale = scale));
        scale_error.set((!ok).then(|| {
            if scale.is_valid() {
                "Some scores on the map fall outside this scale; change them first".to_owned()
            } else {
                "The lowest score must be below the highest, at most 10 apart".to_owned()
            }
        }));
    };
    let map_types: Vec<(String, String)> = MapType::ALL.iter().map(|t| (format!("{t:?}"), map_type_name(*t, Language::English).to_owned())).collect();
    let seal = move || state.seal();
    view! {
        <Modal open=open title="Map details" name="map-details">
            <div class="form-grid">
                <TextField id="meta-title".into() label="Title" value=text(|m| m.title.clone())
                    on_input=move |t: String| { change("title", Box::new(move |m| m.title = t)); } on_leave=seal/>
                <TextField id="meta-goal".into() label="Goal: what the team wants to learn" multiline=true value=text(|m| m.goal.clone())
                    on_input=move |t: String| { change("goal", Box::new(move |m| m.goal = t)); } on_leave=seal/>
                <TextField id="meta-scenario".into() label="Scenario and scope" multiline=true value=text(|m| m.scenario.clone())
                    on_input=move |t: String| { change("scenario", Box::new(move |m| m.scenario = t)); } on_leave=seal/>
                <TextField id="meta-owner".into() label="Owner or team" value=text(|m| m.owner.clone())
                    on_input=move |t: String| { change("owner", Box::new(move |m| m.owner = t)); } on_leave=seal/>
                <SelectField id="meta-type".into() label="Map type" options=map_types.clone() value=text(|m| format!("{:?}", m.map_type))
                    on_change=move |v: String| { if let Some(t) = MapType::ALL.into_iter().find(|t| format!("{t:?}") == v) {
                        change("type", Box::new(move |m| m.map_type = t)); seal();
                    } }/>
                <SelectField id="meta-language".into() label="Language of the map" options=language_options() value=text(|m| m.language.clone())
                    on_change=move |v: String| {
                        let direction = Language::from_tag(&v).map_or(Direction::Ltr, Language::direction);
                        change("language", Box::new(move |m| { m.language = v; m.direction = direction; })); seal();
                    }/>
                <SelectField id="meta-direction".into() label="Text direction"
                    options=vec![("Ltr".into(), "Left to right".into()), ("Rtl".into(), "Right to left".into())]
                    value=text(|m| format!("{:?}", m.direction))
                    on_change=move |v: String| {
                        let direction = if v == "Rtl" { Direction::Rtl } else { Direction::Ltr };
                        change("direction", Box::new(move |m| m.direction = direction)); seal();
                    }/>
                <TextField id="meta-last-review".into() label="Last review" kind="date" value=text(|m| m.last_review.clone().unwrap_or_default())
                    on_input=move |t: String| { change("last-review", Box::new(move |m| m.last_review = safar_core::date::is_date(&t).then_some(t))); } on_leave=seal/>
                <TextField id="meta-next-review".into() label="Next review" kind="date" value=text(|m| m.next_review.clone().unwrap_or_default())
                    on_input=move |t: String| { change("next-review", Box::new(move |m| m.next_review = safar_core::date::is_date(&t).then_some(t))); } on_leave=seal/>
                <TextField id="meta-scale-min".into() label="Lowest emotion score" value=text(|m| m.emotion_scale.min.to_string())
                    on_input=move |t: String| set_scale(true, t) on_leave=seal error=scale_error/>
                <TextField id="meta-scale-max".into() label="Highest emotion score" value=text(|m| m.emotion_scale.max.to_string())
                    on_input=move |t: String| set_scale(false, t) on_leave=seal/>
            </div>
        </Modal>
    }
}

/// Adds a lane of a chosen kind at the bottom of the map.
#[component]
pub fn AddLaneDialog(open: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let kind = RwSignal::new("actions".to_owned());
    let name = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let kind = LaneKind::ALL.into_iter().find(|k| k.as_str() == kind.get_untracked()).unwrap_or(LaneKind::Text);
        let language = state.journey.with_untracked(crate::viewer::map_language);
        let typed = name.get_untracked();
        let lane = Lane {
            id: new_id("lane"),
            name: if typed.trim().is_empty() { lane_name(kind, language).to_owned() } else { typed },
            kind,
            hidden: false,
        };
        let id = lane.id.clone();
        let index = state.journey.with_untracked(|j| j.lanes.len());
        if state.execute(Command::InsertLane { index, lane, cells: vec![] }, None) {
            open.set(false);
            name.set(String::new());
            state.announce("Lane added at the bottom of the map.".into());
            request_animation_frame(move || start_editing(state, GridCell::LaneHeader(id)));
        }
    };
    let kinds: Vec<(String, String)> = LaneKind::ALL.iter().map(|k| (k.as_str().to_owned(), lane_name(*k, Language::English).to_owned())).collect();
    view! {
        <Modal open=open title="Add a lane" name="add-lane">
            <form on:submit=add class="form-grid">
                <SelectField id="add-lane-kind".into() label="What the lane records" options=kinds.clone() value=kind on_change=move |v: String| kind.set(v)/>
                <div class="field">
                    <label for="add-lane-name">"Name (optional)"</label>
                    <input id="add-lane-name" dir="auto" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <div class="editor-actions">
                    <button type="submit" class="button primary">"Add lane"</button>
                    <button type="button" class="button quiet" on:click=move |_| open.set(false)>"Cancel"</button>
                </div>
            </form>
        </Modal>
    }
}

/// Shows or hides lanes.
#[component]
pub fn LanesDialog(open: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let lanes = Memo::new(move |_| state.journey.with(|j| j.lanes.clone()));
    view! {
        <Modal open=open title="Lanes" name="lanes">
            <p class="hint">"Hidden lanes keep their cards; they are only left out of the map."</p>
            <For each=move || lanes.get() key=|l| (l.id.clone(), l.hidden, l.name.clone()) let:lane>
                {
                    let shown = !lane.hidden;
                    let l = lane.clone();
                    view! {
                        <CheckField id=format!("show-{}", lane.id) label=lane.name.clone() checked=Signal::derive(move || shown)
                            on_change=move |v| {
                                let mut changed = l.clone();
                                changed.hidden = !v;
                                state.execute(Command::UpdateLane(changed), None);
                                state.announce(format!("Lane “{}” {}.", l.name, if v { "shown" } else { "hidden" }));
                            }/>
                    }
                }
            </For>
        </Modal>
    }
}

/// Creates, edits, attaches and detaches personas.
#[component]
pub fn PersonasDialog(open: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let personas = state.personas;
    let attached = Memo::new(move |_| state.journey.with(|j| j.personas.clone()));
    let selected = RwSignal::new(None::<safar_core::Id>);
    let add = move |_| {
        let persona = Persona::new(new_id("persona"), "");
        let id = persona.id.clone();
        let index = personas.with_untracked(Vec::len);
        let at = state.journey.with_untracked(|j| j.personas.len());
        if state.execute(Command::InsertPersona { index, persona, attached: Some(at) }, None) {
            selected.set(Some(id));
            state.announce("Persona added to this map.".into());
            request_animation_frame(|| super::keyboard::focus_selector("#persona-name"));
        }
    };
    view! {
        <Modal open=open title="Personas" name="personas">
            <ul class="persona-picker">
                <For each=move || personas.get() key=|p| (p.id.clone(), p.name.clone()) let:persona>
                    {
                        let (id, id2, id3) = (persona.id.clone(), persona.id.clone(), persona.id.clone());
                        let on_map = Signal::derive(move || attached.with(|a| a.contains(&id)));
                        let name = if persona.name.trim().is_empty() { "(unnamed persona)".to_owned() } else { persona.name.clone() };
                        view! {
                            <li>
                                <CheckField id=format!("attach-{}", persona.id) label="On this map" checked=on_map
                                    on_change=move |v| {
                                        let command = if v {
                                            Command::AttachPersona { id: id2.clone(), index: attached.with_untracked(Vec::len) }
                                        } else {
                                            Command::DetachPersona { id: id2.clone() }
                                        };
                                        state.execute(command, None);
                                    }/>
                                <button type="button" class="button quiet" aria-pressed=move || (selected.get().as_ref() == Some(&id3)).to_string()
                                    on:click={let id = persona.id.clone(); move |_| selected.set(Some(id.clone()))}>
                                    "Edit " <bdi>{name}</bdi>
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <button type="button" class="button" on:click=add>"Add persona"</button>
            {move || selected.get().map(|id| view! { <PersonaForm id=id selected=selected/> })}
        </Modal>
    }
}

#[component]
fn PersonaForm(id: safar_core::Id, selected: RwSignal<Option<safar_core::Id>>) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let persona_id = id.clone();
    let persona = Memo::new(move |_| state.personas.with(|ps| ps.iter().find(|p| p.id == persona_id).cloned()));
    let change = move |field: &'static str, edit: Box<dyn FnOnce(&mut Persona)>| {
        let Some(mut p) = persona.get_untracked() else { return };
        let key = format!("persona:{}:{field}", p.id);
        edit(&mut p);
        state.execute(Command::UpdatePersona(p), Some(key));
    };
    let text = move |get: fn(&Persona) -> String| Signal::derive(move || persona.with(|p| p.as_ref().map(get).unwrap_or_default()));
    let lines = |text: String| text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect::<Vec<_>>();
    let photo_error = RwSignal::new(None::<String>);
    let photo_url = RwSignal::new(persona.get_untracked().and_then(|p| p.photo).map(|p| p.url).unwrap_or_default());
    let photo_alt = RwSignal::new(persona.get_untracked().and_then(|p| p.photo).map(|p| p.alt).unwrap_or_default());
    let save_photo = move || {
        let (url, alt) = (photo_url.get_untracked().trim().to_owned(), photo_alt.get_untracked());
        if url.is_empty() {
            photo_error.set(None);
            change("photo", Box::new(|p| p.photo = None));
        } else if !safar_core::url::is_safe_url(&url, true) {
            photo_error.set(Some("Give a web (https://…) or relative address of a picture".into()));
        } else if alt.trim().is_empty() {
            photo_error.set(Some("Describe the photo for people who cannot see it".into()));
        } else {
            photo_error.set(None);
            change("photo", Box::new(move |p| p.photo = Some(Photo { url, alt })));
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            if state.execute(Command::RemovePersona { id: id.clone() }, None) {
                selected.set(None);
                state.announce("Persona deleted. Press Control+Z to undo.".into());
                state.toast.set(Some(Toast::undoable("Persona deleted.")));
            }
        }
    };
    let seal = move || state.seal();
    let list_field = move |name: &'static str, label: &'static str, get: fn(&Persona) -> Vec<String>, set: fn(&mut Persona, Vec<String>)| {
        view! {
            <TextField id=format!("persona-{name}") label=label multiline=true
                value=Signal::derive(move || persona.with(|p| p.as_ref().map(|p| get(p).join("\n")).unwrap_or_default()))
                on_input=move |t: String| change(name, Box::new(move |p| set(p, lines(t)))) on_leave=seal/>
        }
    };
    view! {
        <div class="form-grid persona-form" role="group" aria-label="Persona">
            <TextField id="persona-name".into() label="Name" value=text(|p| p.name.clone())
                on_input=move |t: String| change("name", Box::new(move |p| p.name = t)) on_leave=seal/>
            <TextField id="persona-description".into() label="Who they are" multiline=true value=text(|p| p.description.clone())
                on_input=move |t: String| change("description", Box::new(move |p| p.description = t)) on_leave=seal/>
            {list_field("goals", "Goals, one per line", |p| p.goals.clone(), |p, v| p.goals = v)}
            {list_field("needs", "Needs, one per line", |p| p.needs.clone(), |p, v| p.needs = v)}
            {list_field("motivations", "Motivations, one per line", |p| p.motivations.clone(), |p, v| p.motivations = v)}
            {list_field("frustrations", "Frustrations, one per line", |p| p.pain_points.clone(), |p, v| p.pain_points = v)}
            <TextField id="persona-day".into() label="A day in their life" multiline=true value=text(|p| p.day_in_the_life.clone())
                on_input=move |t: String| change("day", Box::new(move |p| p.day_in_the_life = t)) on_leave=seal/>
            <TextField id="persona-photo-url".into() label="Photo address (optional)" kind="url" value=photo_url error=photo_error
                on_input=move |t: String| { photo_url.set(t); save_photo(); } on_leave=seal/>
            <TextField id="persona-photo-alt".into() label="Photo description" value=photo_alt
                on_input=move |t: String| { photo_alt.set(t); save_photo(); } on_leave=seal/>
            <div class="editor-actions">
                <button type="button" class="button quiet danger" on:click=delete>"Delete persona"</button>
            </div>
        </div>
    }
}

/// Every shortcut, opened with `?`.
#[component]
pub fn ShortcutsDialog(open: RwSignal<bool>) -> impl IntoView {
    let rows = [
        ("Tab", "Move between the toolbar and the map (the map is one stop)"),
        ("Arrow keys", "Move between cells of the map, in the map's reading direction"),
        ("Home / End", "First or last cell of the row"),
        ("Ctrl+Home / Ctrl+End", "First or last cell of the map"),
        ("Enter or F2", "Edit the cell, stage, step or lane"),
        ("Escape", "Stop editing and go back to the cell"),
        ("Ctrl+Z (⌘Z)", "Undo"),
        ("Ctrl+Shift+Z or Ctrl+Y", "Redo"),
        ("?", "Show this list"),
    ];
    view! {
        <Modal open=open title="Keyboard shortcuts" name="shortcuts">
            <table class="shortcuts">
                <thead><tr><th scope="col">"Keys"</th><th scope="col">"What they do"</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|(keys, what)| view! { <tr><td><kbd>{keys}</kbd></td><td>{what}</td></tr> }).collect_view()}
                </tbody>
            </table>
        </Modal>
    }
}
