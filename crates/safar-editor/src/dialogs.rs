//! The editor's dialogs: map details, a new map from a template, adding a lane, personas, lane
//! visibility and the list of shortcuts. Each is a native modal `<dialog>`, which keeps focus
//! inside while open, closes on Escape, and gives focus back when closed.

use super::fields::{isolated, CheckField, EnumField, SelectField, TextField};
use super::focus::start_editing;
use crate::actions::MessageId;
use super::state::{new_id, EditorState, Toast};
use safar_view::i18n::{use_i18n, Message};
use safar_view::{msg, t};
use leptos::prelude::*;
use safar_core::navigate::GridCell;
use safar_core::template::{lane_name, map_type_name};
use safar_core::{
    Command, Direction, Language, Lane, LaneKind, Meta, Persona, Photo,
};

pub use crate::modal::Modal;

/// The languages a map can be written in, `(tag, name)`, each by its own name, as the language
/// picker and the new-map dialog show them.
pub fn language_options() -> Vec<(String, String)> {
    Language::ALL.iter().map(|&l| (l.tag().to_owned(), safar_i18n::endonym(l).to_owned())).collect()
}

/// The map's own fields: title, goal, scenario, owner, type, language, review dates, scale.
#[component]
pub fn MapDetailsDialog(open: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let i18n = use_i18n();
    let meta = Memo::new(move |_| state.journey.with(Meta::of));
    let change = move |edit: Box<dyn FnOnce(&mut Meta)>| {
        let mut m = meta.get_untracked();
        edit(&mut m);
        state.typed(Command::SetMeta(m))
    };
    let text = move |get: fn(&Meta) -> String| Signal::derive(move || meta.with(get));
    let scale_error = RwSignal::new(None::<Message>);
    let set_scale = move |min: bool, text: String| {
        let Ok(Some(value)) = safar_core::digits::parse_number(&text) else {
            scale_error.set(Some(msg!("editor-scale-not-a-number")));
            return;
        };
        let value = value.round().clamp(-10.0, 10.0) as i8;
        let mut scale = meta.get_untracked().emotion_scale;
        if min { scale.min = value } else { scale.max = value }
        let ok = change(Box::new(move |m| m.emotion_scale = scale));
        scale_error.set((!ok).then(|| {
            if scale.is_valid() {
                msg!("editor-scale-scores-outside")
            } else {
                msg!("editor-scale-invalid")
            }
        }));
    };
    // The scale in the interface's digits; any digits may be typed back.
    let scale = move |get: fn(&Meta) -> i8| Signal::derive(move || i18n.number(meta.with(get)));
    let seal = move || state.seal();
    view! {
        <Modal open=open title=t!(i18n, "editor-map-details") name="map-details">
            <div class="form-grid">
                <TextField id="meta-title".into() label=t!(i18n, "editor-meta-title") value=text(|m| m.title.clone())
                    on_input=move |t: String| { change(Box::new(move |m| m.title = t)); } on_leave=seal/>
                <TextField id="meta-goal".into() label=t!(i18n, "editor-meta-goal") multiline=true value=text(|m| m.goal.clone())
                    on_input=move |t: String| { change(Box::new(move |m| m.goal = t)); } on_leave=seal/>
                <TextField id="meta-scenario".into() label=t!(i18n, "editor-meta-scenario") multiline=true value=text(|m| m.scenario.clone())
                    on_input=move |t: String| { change(Box::new(move |m| m.scenario = t)); } on_leave=seal/>
                <TextField id="meta-owner".into() label=t!(i18n, "editor-meta-owner") value=text(|m| m.owner.clone())
                    on_input=move |t: String| { change(Box::new(move |m| m.owner = t)); } on_leave=seal/>
                <EnumField id="meta-type".into() label=t!(i18n, "editor-meta-type")
                    name=move |t| map_type_name(t, i18n.language()).to_owned() value=Signal::derive(move || Some(meta.with(|m| m.map_type)))
                    on_change=move |chosen| { if let Some(t) = chosen {
                        change(Box::new(move |m| m.map_type = t)); seal();
                    } }/>
                <SelectField id="meta-language".into() label=t!(i18n, "editor-meta-language") options=language_options() endonyms=true value=text(|m| m.language.clone())
                    on_change=move |v: String| {
                        let direction = Language::from_tag(&v).map_or(Direction::Ltr, Language::direction);
                        change(Box::new(move |m| { m.language = v; m.direction = direction; })); seal();
                    }/>
                <EnumField id="meta-direction".into() label=t!(i18n, "editor-meta-direction")
                    name=move |d| i18n.text(match d { Direction::Ltr => "editor-left-to-right", Direction::Rtl => "editor-right-to-left" })
                    value=Signal::derive(move || Some(meta.with(|m| m.direction)))
                    on_change=move |chosen| { if let Some(direction) = chosen {
                        change(Box::new(move |m| m.direction = direction)); seal();
                    } }/>
                <TextField id="meta-last-review".into() label=t!(i18n, "editor-meta-last-review") kind="date" value=text(|m| m.last_review.clone().unwrap_or_default())
                    on_input=move |t: String| { change(Box::new(move |m| m.last_review = safar_core::date::is_date(&t).then_some(t))); } on_leave=seal/>
                <TextField id="meta-next-review".into() label=t!(i18n, "editor-meta-next-review") kind="date" value=text(|m| m.next_review.clone().unwrap_or_default())
                    on_input=move |t: String| { change(Box::new(move |m| m.next_review = safar_core::date::is_date(&t).then_some(t))); } on_leave=seal/>
                <TextField id="meta-scale-min".into() label=t!(i18n, "editor-meta-scale-min") value=scale(|m| m.emotion_scale.min)
                    on_input=move |t: String| set_scale(true, t) on_leave=seal error=scale_error/>
                <TextField id="meta-scale-max".into() label=t!(i18n, "editor-meta-scale-max") value=scale(|m| m.emotion_scale.max)
                    on_input=move |t: String| set_scale(false, t) on_leave=seal/>
            </div>
        </Modal>
    }
}

/// Adds a lane of a chosen kind at the bottom of the map.
#[component]
pub fn AddLaneDialog(open: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let i18n = use_i18n();
    let kind = RwSignal::new(Some(LaneKind::Actions));
    let name = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let kind = kind.get_untracked().unwrap_or(LaneKind::Text);
        let language = state.journey.with_untracked(safar_view::map_language);
        let typed = name.get_untracked();
        let lane = Lane {
            id: new_id("lane"),
            name: if typed.trim().is_empty() { lane_name(kind, language).to_owned() } else { typed },
            kind,
            hidden: false,
        };
        let id = lane.id.clone();
        let index = state.journey.with_untracked(|j| j.lanes.len());
        if state.execute(Command::InsertLane { index, lane, cells: vec![] }) {
            open.set(false);
            name.set(String::new());
            state.announce(msg!("editor-lane-added-at-bottom"));
            request_animation_frame(move || start_editing(state, GridCell::LaneHeader(id)));
        }
    };
    // The kinds are named in the interface language; a lane left unnamed gets the name in the
    // map's language.
    view! {
        <Modal open=open title=t!(i18n, "editor-add-lane-title") name="add-lane">
            <form on:submit=add class="form-grid">
                <EnumField id="add-lane-kind".into() label=t!(i18n, "editor-add-lane-kind")
                    name=move |k| lane_name(k, i18n.language()).to_owned() value=kind on_change=move |chosen| kind.set(chosen)/>
                <div class="field">
                    <label for="add-lane-name">{t!(i18n, "editor-add-lane-name")}</label>
                    <input id="add-lane-name" dir="auto" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <div class="editor-actions">
                    <button type="submit" class="button primary">{t!(i18n, "editor-add-lane")}</button>
                    <button type="button" class="button quiet" on:click=move |_| open.set(false)>{t!(i18n, "editor-cancel")}</button>
                </div>
            </form>
        </Modal>
    }
}

/// Shows or hides lanes.
#[component]
pub fn LanesDialog(open: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let i18n = use_i18n();
    let lanes = Memo::new(move |_| state.journey.with(|j| j.lanes.clone()));
    view! {
        <Modal open=open title=t!(i18n, "editor-lanes") name="lanes">
            <p class="hint">{t!(i18n, "editor-lanes-hint")}</p>
            <For each=move || lanes.get() key=|l| (l.id.clone(), l.hidden, l.name.clone()) let:lane>
                {
                    let shown = !lane.hidden;
                    let l = lane.clone();
                    view! {
                        <CheckField id=format!("show-{}", lane.id) label=lane.name.clone() dir="auto" checked=Signal::derive(move || shown)
                            on_change=move |v| {
                                let mut changed = l.clone();
                                changed.hidden = !v;
                                state.execute(Command::UpdateLane(changed));
                                state.announce(if v {
                                    msg!("editor-lane-shown", name = l.name.clone())
                                } else {
                                    msg!("editor-lane-hidden", name = l.name.clone())
                                });
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
    let i18n = use_i18n();
    let personas = state.personas;
    let attached = Memo::new(move |_| state.journey.with(|j| j.personas.clone()));
    let selected = RwSignal::new(None::<safar_core::Id>);
    let add = move |_| {
        let persona = Persona::new(new_id("persona"), "");
        let id = persona.id.clone();
        let index = personas.with_untracked(Vec::len);
        let at = state.journey.with_untracked(|j| j.personas.len());
        if state.execute(Command::InsertPersona { index, persona, attached: Some(at) }) {
            selected.set(Some(id));
            state.announce(msg!("editor-persona-added"));
            request_animation_frame(move || super::focus::focus_selector(state, "#persona-name"));
        }
    };
    view! {
        <Modal open=open title=t!(i18n, "editor-personas") name="personas">
            <ul class="persona-picker">
                <For each=move || personas.get() key=|p| (p.id.clone(), p.name.clone()) let:persona>
                    {
                        let (id, id2, id3) = (persona.id.clone(), persona.id.clone(), persona.id.clone());
                        let on_map = Signal::derive(move || attached.with(|a| a.contains(&id)));
                        // The persona's name is the user's own text, isolated from the sentence around it.
                        let edit_label = if persona.name.trim().is_empty() {
                            isolated(i18n, msg!("editor-edit-persona", name = msg!("editor-unnamed-persona")))
                        } else {
                            isolated(i18n, msg!("editor-edit-persona", name = persona.name.clone()))
                        };
                        view! {
                            <li>
                                <CheckField id=format!("attach-{}", persona.id) label=t!(i18n, "editor-persona-on-map") checked=on_map
                                    on_change=move |v| {
                                        let command = if v {
                                            Command::AttachPersona { id: id2.clone(), index: attached.with_untracked(Vec::len) }
                                        } else {
                                            Command::DetachPersona { id: id2.clone() }
                                        };
                                        state.execute(command);
                                    }/>
                                <button type="button" class="button quiet" aria-pressed=move || (selected.get().as_ref() == Some(&id3)).to_string()
                                    on:click={let id = persona.id.clone(); move |_| selected.set(Some(id.clone()))}>
                                    {edit_label}
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <button type="button" class="button" on:click=add>{t!(i18n, "editor-add-persona")}</button>
            {move || selected.get().map(|id| view! { <PersonaForm id=id selected=selected/> })}
        </Modal>
    }
}

#[component]
fn PersonaForm(id: safar_core::Id, selected: RwSignal<Option<safar_core::Id>>) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let i18n = use_i18n();
    let persona_id = id.clone();
    let persona = Memo::new(move |_| state.personas.with(|ps| ps.iter().find(|p| p.id == persona_id).cloned()));
    let change = move |edit: Box<dyn FnOnce(&mut Persona)>| {
        let Some(mut p) = persona.get_untracked() else { return };
        edit(&mut p);
        state.typed(Command::UpdatePersona(p));
    };
    let text = move |get: fn(&Persona) -> String| Signal::derive(move || persona.with(|p| p.as_ref().map(get).unwrap_or_default()));
    let lines = |text: String| text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect::<Vec<_>>();
    let photo_error = RwSignal::new(None::<Message>);
    let photo_url = RwSignal::new(persona.get_untracked().and_then(|p| p.photo).map(|p| p.url).unwrap_or_default());
    let photo_alt = RwSignal::new(persona.get_untracked().and_then(|p| p.photo).map(|p| p.alt).unwrap_or_default());
    let save_photo = move || {
        let (url, alt) = (photo_url.get_untracked().trim().to_owned(), photo_alt.get_untracked());
        if url.is_empty() {
            photo_error.set(None);
            change(Box::new(|p| p.photo = None));
        } else if !safar_core::url::is_safe_url(&url, true) {
            photo_error.set(Some(msg!("editor-picture-address-unsafe")));
        } else if alt.trim().is_empty() {
            photo_error.set(Some(msg!("editor-photo-description-missing")));
        } else {
            photo_error.set(None);
            change(Box::new(move |p| p.photo = Some(Photo { url, alt })));
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            if state.execute(Command::RemovePersona { id: id.clone() }) {
                selected.set(None);
                state.announce(msg!("editor-announce-undoable", done = msg!("editor-persona-deleted")));
                state.toast.set(Some(Toast::undoable(msg!("editor-persona-deleted"))));
            }
        }
    };
    let seal = move || state.seal();
    let list_field = move |name: &'static str, label: TextProp, get: fn(&Persona) -> Vec<String>, set: fn(&mut Persona, Vec<String>)| {
        view! {
            <TextField id=format!("persona-{name}") label=label multiline=true
                value=Signal::derive(move || persona.with(|p| p.as_ref().map(|p| get(p).join("\n")).unwrap_or_default()))
                on_input=move |t: String| change(Box::new(move |p| set(p, lines(t)))) on_leave=seal/>
        }
    };
    view! {
        <div class="form-grid persona-form" role="group" aria-label=t!(i18n, "editor-persona")>
            <TextField id="persona-name".into() label=t!(i18n, "editor-persona-name") value=text(|p| p.name.clone())
                on_input=move |t: String| change(Box::new(move |p| p.name = t)) on_leave=seal/>
            <TextField id="persona-description".into() label=t!(i18n, "editor-persona-description") multiline=true value=text(|p| p.description.clone())
                on_input=move |t: String| change(Box::new(move |p| p.description = t)) on_leave=seal/>
            {list_field("goals", t!(i18n, "editor-persona-goals").into(), |p| p.goals.clone(), |p, v| p.goals = v)}
            {list_field("needs", t!(i18n, "editor-persona-needs").into(), |p| p.needs.clone(), |p, v| p.needs = v)}
            {list_field("motivations", t!(i18n, "editor-persona-motivations").into(), |p| p.motivations.clone(), |p, v| p.motivations = v)}
            {list_field("frustrations", t!(i18n, "editor-persona-frustrations").into(), |p| p.pain_points.clone(), |p, v| p.pain_points = v)}
            <TextField id="persona-day".into() label=t!(i18n, "editor-persona-day") multiline=true value=text(|p| p.day_in_the_life.clone())
                on_input=move |t: String| change(Box::new(move |p| p.day_in_the_life = t)) on_leave=seal/>
            <TextField id="persona-photo-url".into() label=t!(i18n, "editor-persona-photo-url") kind="url" value=photo_url error=photo_error
                on_input=move |t: String| { photo_url.set(t); save_photo(); } on_leave=seal/>
            <TextField id="persona-photo-alt".into() label=t!(i18n, "editor-persona-photo-alt") value=photo_alt
                on_input=move |t: String| { photo_alt.set(t); save_photo(); } on_leave=seal/>
            <div class="editor-actions">
                <button type="button" class="button quiet danger" on:click=delete>{t!(i18n, "editor-delete-persona")}</button>
            </div>
        </div>
    }
}

/// Every shortcut, opened with `?`.
#[component]
pub fn ShortcutsDialog(open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    // The keys as people read them (key names stay as printed on keyboards), and what they do:
    // Tab, which is the browser's own, then every key of the table of actions.
    let tab = (MessageId("editor-keys-tab"), MessageId("editor-shortcut-tab"));
    let rows: Vec<(MessageId, MessageId)> = std::iter::once(tab).chain(crate::actions::help_rows()).collect();
    view! {
        <Modal open=open title=t!(i18n, "editor-shortcuts-title") name="shortcuts">
            <table class="shortcuts">
                <thead><tr><th scope="col">{t!(i18n, "editor-shortcuts-keys")}</th><th scope="col">{t!(i18n, "editor-shortcuts-what")}</th></tr></thead>
                <tbody>
                    {rows.clone().into_iter().map(|(keys, what)| view! {
                        <tr><td><kbd>{move || i18n.text(keys.0)}</kbd></td><td>{move || i18n.text(what.0)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </Modal>
    }
}
