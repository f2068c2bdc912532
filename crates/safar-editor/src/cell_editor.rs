//! Editing one cell in place: each card with the fields its kind needs, buttons to move or
//! delete it (the keyboard alternative to dragging), and a button to add a card.

use super::fields::{EnumField, SelectField, TextField};
use super::focus::{focus_selector, start_editing};
use super::state::{new_id, EditorState, Toast};
use safar_view::i18n::{catalog, use_i18n, I18n, Message};
use safar_view::labels;
use safar_view::{msg, t};
use leptos::prelude::*;
use safar_core::card::{Blueprint, Emotion, Evidence, Image, Kpi, Note, Opportunity, PainPoint, Touchpoint};
use safar_core::command::{card_position, CellRef};
use safar_core::navigate::GridCell;
use safar_core::digits::{parse_number, NotANumber};
use safar_core::url::is_safe_url;
use safar_core::{
    Card, CardKind, Channel, Command, EvidenceSource, Id, Journey, Language, LaneKind, Priority, Severity, Vocabulary,
};

/// The editing controls of the cell at `at`.
#[component]
pub fn CellEditor(at: CellRef) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let i18n = use_i18n();
    let journey = state.journey;
    let place = at.clone();
    let card_ids = Memo::new(move |_| {
        journey.with(|j| {
            j.cell(&place.lane, &place.stage, place.step.as_ref())
                .map_or(Vec::new(), |c| c.cards.iter().map(|k| k.id().clone()).collect::<Vec<_>>())
        })
    });
    let lane_kind = {
        let lane = at.lane.clone();
        Memo::new(move |_| journey.with(|j| j.lane(&lane).map_or(LaneKind::Text, |l| l.kind)))
    };
    let where_label = {
        let at = at.clone();
        move || journey.with(|j| cell_label(j, &at))
    };
    let adding_image = RwSignal::new(false);
    let at_for_cards = at.clone();
    let at_for_image = at.clone();
    let add = {
        let at = at.clone();
        move |_| {
            if lane_kind.get_untracked() == LaneKind::Images {
                adding_image.set(true);
                return;
            }
            let card = new_card(lane_kind.get_untracked(), new_id("card"), &journey.get_untracked());
            insert_card(state, &at, card);
        }
    };
    view! {
        <div class="cell-editor" role="group" lang=move || i18n.language().tag() aria-label=move || i18n.format(&msg!("editor-cards-in", place = where_label()))>
            <ol class="card-editors">
                <For each=move || card_ids.get() key=|id| id.clone() let:id>
                    <li><CardEditor id=id at=at_for_cards.clone()/></li>
                </For>
            </ol>
            {move || adding_image.get().then(|| view! { <ImageForm at=at_for_image.clone() open=adding_image/> })}
            <div class="editor-actions">
                <button type="button" class="button" on:click=add>{t!(i18n, "editor-add-card")}</button>
                <button type="button" class="button quiet" on:click=move |_| super::focus::stop_editing(state)>
                    {t!(i18n, "editor-done")} " " <kbd>"Esc"</kbd>
                </button>
            </div>
        </div>
    }
}

fn insert_card(state: EditorState, at: &CellRef, card: Card) {
    let id = card.id().clone();
    let index = state.journey.with_untracked(|j| j.cell(&at.lane, &at.stage, at.step.as_ref()).map_or(0, |c| c.cards.len()));
    if state.execute(Command::InsertCard { at: at.clone(), index, card }) {
        state.announce(msg!("editor-card-added"));
        request_animation_frame(move || focus_selector(state, &format!("[data-card=\"{id}\"] :is(textarea, input, select)")));
    }
}

/// "Customer actions, Awareness · Instagram ad", for labels and announcements.
pub fn cell_label(journey: &Journey, at: &CellRef) -> Message {
    let lane = journey.lane(&at.lane).map_or(String::new(), |l| l.name.clone());
    let stage = journey.stage(&at.stage);
    let stage_name = stage.map_or(String::new(), |s| s.name.clone());
    let step = stage.zip(at.step.as_ref()).and_then(|(stage, step)| stage.steps.iter().find(|s| &s.id == step));
    match step {
        Some(step) => msg!("editor-cell-place-step", lane = lane, stage = stage_name, step = step.name.clone()),
        None => msg!("editor-cell-place", lane = lane, stage = stage_name),
    }
}

/// A new, empty card of the kind a lane holds.
pub fn new_card(kind: LaneKind, id: Id, journey: &Journey) -> Card {
    let scale = journey.emotion_scale;
    match kind.card_kind() {
        CardKind::Note => Card::Note(Note { id, text: String::new() }),
        CardKind::Emotion => {
            let middle = ((i16::from(scale.min) + i16::from(scale.max)) / 2) as i8;
            Card::Emotion(Emotion { id, score: middle, text: String::new() })
        }
        CardKind::Touchpoint => {
            Card::Touchpoint(Touchpoint { id, text: String::new(), channel: Channel::Website, department: String::new() })
        }
        CardKind::PainPoint => Card::PainPoint(PainPoint { id, text: String::new(), severity: Severity::Medium }),
        CardKind::Opportunity => {
            Card::Opportunity(Opportunity { id, text: String::new(), owner: String::new(), priority: Priority::Medium })
        }
        CardKind::Kpi => Card::Kpi(Kpi { id, name: String::new(), unit: String::new(), current: None, target: None, text: String::new() }),
        CardKind::Evidence => Card::Evidence(Evidence { id, text: String::new(), source: EvidenceSource::Other, url: None }),
        CardKind::Image => Card::Image(Image { id, url: String::new(), alt: String::new(), caption: String::new() }),
        CardKind::Blueprint => Card::Blueprint(Blueprint { id, text: String::new(), resource: None }),
    }
}

/// The fields and actions of one card.
#[component]
fn CardEditor(id: Id, at: CellRef) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let i18n = use_i18n();
    let journey = state.journey;
    let card_id = id.clone();
    let card = Memo::new(move |_| {
        journey.with(|j| card_position(j, &card_id).ok().map(|(c, i)| j.cells[c].cards[i].clone()))
    });
    let position = {
        let id = id.clone();
        Memo::new(move |_| {
            journey.with(|j| {
                card_position(j, &id).map_or((0, 0), |(c, i)| (i, j.cells[c].cards.len()))
            })
        })
    };
    let language = Memo::new(move |_| journey.with(safar_view::map_language));
    // The fields are built once per card kind and read their values reactively, so typing never
    // rebuilds the field being typed in.
    let kind = Memo::new(move |_| card.with(|c| c.as_ref().map(Card::kind)));
    let fields = {
        let id = id.clone();
        move || kind.get().map(|kind| card_fields(state, i18n, id.clone(), kind, card.into(), language.get()))
    };
    let id_for_actions = id.clone();
    view! {
        <fieldset class="card-editor" data-card=id.to_string()>
            <legend>{move || { let (i, n) = position.get(); i18n.format(&msg!("editor-card-position", position = i + 1, count = n)) }}</legend>
            {fields}
            <CardActions id=id_for_actions at=at position=position/>
        </fieldset>
    }
}

/// Changes a card's content. Typing in one card, until its field is left, is one undo step.
fn edit(state: EditorState, id: &Id, change: impl FnOnce(&mut Card)) {
    let Some(mut card) = state.journey.with_untracked(|j| card_position(j, id).ok().map(|(c, i)| j.cells[c].cards[i].clone()))
    else {
        return;
    };
    change(&mut card);
    state.typed(Command::UpdateCard(card));
}

fn card_fields(state: EditorState, i18n: I18n, id: Id, kind: CardKind, card: Signal<Option<Card>>, language: Language) -> AnyView {
    let leave = move || state.seal();
    let field_id = |name: &str| format!("{id}-{name}");
    // Reads one string out of the card for a field.
    let read = move |get: fn(&Card) -> String| Signal::derive(move || card.with(|c| c.as_ref().map(get).unwrap_or_default()));
    macro_rules! text_field {
        ($name:literal, $label:expr, $multiline:expr, $get:expr, $set:expr) => {{
            let id2 = id.clone();
            view! {
                <TextField id=field_id($name) label=$label multiline=$multiline value=read($get)
                    on_input=move |text: String| edit(state, &id2, |c| ($set)(c, text)) on_leave=leave/>
            }
        }};
    }
    match kind {
        CardKind::Note => text_field!("text", t!(i18n, "editor-card-text"), true, |c: &Card| c.text().to_owned(), |c: &mut Card, t| {
            if let Card::Note(n) = c {
                n.text = t
            }
        })
        .into_any(),
        CardKind::Emotion => {
            let scale = state.journey.with_untracked(|j| j.emotion_scale);
            let id2 = id.clone();
            let options = (scale.min..=scale.max)
                .map(|s| (s.to_string(), scale.signed(s)))
                .collect::<Vec<_>>();
            view! {
                <SelectField id=field_id("score") label=t!(i18n, "editor-card-score") options=options
                    value=read(|c| match c { Card::Emotion(e) => e.score.to_string(), _ => String::new() })
                    on_change=move |v: String| { if let Ok(score) = v.parse::<i8>() {
                        edit(state, &id2, |c| if let Card::Emotion(e) = c { e.score = score });
                        state.seal();
                    } }/>
                {text_field!("text", t!(i18n, "editor-card-feeling"), false, |c: &Card| c.text().to_owned(), |c: &mut Card, t| {
                    if let Card::Emotion(e) = c { e.text = t }
                })}
            }
            .into_any()
        }
        CardKind::Touchpoint => {
            let id2 = id.clone();
            let mut options: Vec<(String, String)> =
                Channel::VOCABULARY.iter().map(|c| (c.as_str().to_owned(), labels::channel(c, language))).collect();
            // The channels are the map's vocabulary, in the map's language; so is "Other…".
            let map_words = catalog(i18n.for_map(language));
            options.push(("other".into(), map_words.format(&msg!("editor-channel-other"))));
            let is_other = Signal::derive(move || card.with(|c| matches!(c, Some(Card::Touchpoint(t)) if matches!(t.channel, Channel::Other(_)))));
            let id3 = id.clone();
            view! {
                {text_field!("text", t!(i18n, "editor-card-touchpoint"), true, |c: &Card| c.text().to_owned(), |c: &mut Card, t| {
                    if let Card::Touchpoint(x) = c { x.text = t }
                })}
                <SelectField id=field_id("channel") options_lang=Some(language.tag()) label=t!(i18n, "editor-channel") options=options
                    value=read(|c| match c {
                        Card::Touchpoint(t) if matches!(t.channel, Channel::Other(_)) => "other".into(),
                        Card::Touchpoint(t) => t.channel.as_str().to_owned(),
                        _ => String::new(),
                    })
                    on_change=move |v: String| {
                        // A team's own channel starts with a name in the map's language.
                        let channel = if v == "other" {
                            Channel::Other(map_words.format(&msg!("editor-channel-other-name")))
                        } else {
                            Channel::from(v)
                        };
                        edit(state, &id2, |c| if let Card::Touchpoint(t) = c { t.channel = channel });
                        state.seal();
                    }/>
                {move || is_other.get().then(|| {
                    let id3 = id3.clone();
                    view! {
                        <TextField id=format!("{id3}-custom-channel") label=t!(i18n, "editor-channel-name")
                            value=read(|c| match c { Card::Touchpoint(t) => t.channel.as_str().to_owned(), _ => String::new() })
                            on_input=move |text: String| {
                                // A channel must have a name; an emptied field keeps the last one.
                                if !text.trim().is_empty() {
                                    edit(state, &id3, |c| if let Card::Touchpoint(t) = c { t.channel = Channel::Other(text) });
                                }
                            }
                            on_leave=leave/>
                    }
                })}
                {text_field!("department", t!(i18n, "editor-department"), false, |c: &Card| match c { Card::Touchpoint(t) => t.department.clone(), _ => String::new() }, |c: &mut Card, t| {
                    if let Card::Touchpoint(x) = c { x.department = t }
                })}
            }
            .into_any()
        }
        CardKind::PainPoint => {
            let id2 = id.clone();
            view! {
                {text_field!("text", t!(i18n, "editor-card-pain-point"), true, |c: &Card| c.text().to_owned(), |c: &mut Card, t| {
                    if let Card::PainPoint(x) = c { x.text = t }
                })}
                <EnumField id=field_id("severity") options_lang=Some(language.tag()) label=t!(i18n, "editor-card-severity")
                    name=move |s| labels::severity(s, language)
                    value=word(card, |c| match c { Card::PainPoint(p) => Some(p.severity), _ => None })
                    on_change=move |chosen| { if let Some(severity) = chosen {
                        edit(state, &id2, |c| if let Card::PainPoint(p) = c { p.severity = severity });
                        state.seal();
                    } }/>
            }
            .into_any()
        }
        CardKind::Opportunity => {
            let id2 = id.clone();
            view! {
                {text_field!("text", t!(i18n, "editor-card-opportunity"), true, |c: &Card| c.text().to_owned(), |c: &mut Card, t| {
                    if let Card::Opportunity(x) = c { x.text = t }
                })}
                {text_field!("owner", t!(i18n, "editor-card-owner"), false, |c: &Card| match c { Card::Opportunity(o) => o.owner.clone(), _ => String::new() }, |c: &mut Card, t| {
                    if let Card::Opportunity(x) = c { x.owner = t }
                })}
                <EnumField id=field_id("priority") options_lang=Some(language.tag()) label=t!(i18n, "editor-card-priority")
                    name=move |p| labels::priority(p, language)
                    value=word(card, |c| match c { Card::Opportunity(o) => Some(o.priority), _ => None })
                    on_change=move |chosen| { if let Some(priority) = chosen {
                        edit(state, &id2, |c| if let Card::Opportunity(o) = c { o.priority = priority });
                        state.seal();
                    } }/>
            }
            .into_any()
        }
        CardKind::Kpi => view! {
            {text_field!("name", t!(i18n, "editor-card-metric"), false, |c: &Card| c.text().to_owned(), |c: &mut Card, t| {
                if let Card::Kpi(k) = c { k.name = t }
            })}
            {text_field!("unit", t!(i18n, "editor-card-unit"), false, |c: &Card| match c { Card::Kpi(k) => k.unit.clone(), _ => String::new() }, |c: &mut Card, t| {
                if let Card::Kpi(k) = c { k.unit = t }
            })}
            <NumberField state=state id=id.clone() field="current" label=t!(i18n, "editor-card-current-value") card=card/>
            <NumberField state=state id=id.clone() field="target" label=t!(i18n, "editor-card-target") card=card/>
            {text_field!("text", t!(i18n, "editor-card-note"), true, |c: &Card| match c { Card::Kpi(k) => k.text.clone(), _ => String::new() }, |c: &mut Card, t| {
                if let Card::Kpi(k) = c { k.text = t }
            })}
        }
        .into_any(),
        CardKind::Evidence => {
            let id2 = id.clone();
            view! {
                {text_field!("text", t!(i18n, "editor-card-finding"), true, |c: &Card| c.text().to_owned(), |c: &mut Card, t| {
                    if let Card::Evidence(x) = c { x.text = t }
                })}
                <EnumField id=field_id("source") options_lang=Some(language.tag()) label=t!(i18n, "editor-card-source")
                    name=move |s| labels::evidence_source(s, language)
                    value=word(card, |c| match c { Card::Evidence(e) => Some(e.source), _ => None })
                    on_change=move |chosen| { if let Some(source) = chosen {
                        edit(state, &id2, |c| if let Card::Evidence(e) = c { e.source = source });
                        state.seal();
                    } }/>
                <UrlField state=state id=id.clone() card=card/>
            }
            .into_any()
        }
        CardKind::Image => view! {
            {text_field!("caption", t!(i18n, "editor-card-caption"), false, |c: &Card| match c { Card::Image(i) => i.caption.clone(), _ => String::new() }, |c: &mut Card, t| {
                if let Card::Image(i) = c { i.caption = t }
            })}
            <RequiredField state=state id=id.clone() card=card/>
        }
        .into_any(),
        CardKind::Blueprint => {
            let id2 = id.clone();
            view! {
                {text_field!("text", t!(i18n, "editor-card-text"), true, |c: &Card| c.text().to_owned(), |c: &mut Card, t| {
                    if let Card::Blueprint(b) = c { b.text = t }
                })}
                <EnumField id=field_id("resource") options_lang=Some(language.tag()) label=t!(i18n, "editor-card-resource")
                    name=move |r| labels::resource(r, language) none=Some("—")
                    value=word(card, |c| match c { Card::Blueprint(b) => b.resource, _ => None })
                    on_change=move |resource| {
                        edit(state, &id2, |c| if let Card::Blueprint(b) = c { b.resource = resource });
                        state.seal();
                    }/>
            }
            .into_any()
        }
    }
}

/// Reads one word of a closed list out of the card, for an [`EnumField`].
fn word<V: Vocabulary>(card: Signal<Option<Card>>, get: fn(&Card) -> Option<V>) -> Signal<Option<V>> {
    Signal::derive(move || card.with(|c| c.as_ref().and_then(get)))
}

/// A number field that accepts Latin, Persian and Arabic-Indic digits and a decimal point.
#[component]
fn NumberField(
    state: EditorState,
    id: Id,
    field: &'static str,
    #[prop(into)] label: TextProp,
    card: Signal<Option<Card>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = RwSignal::new(None::<Message>);
    // Shown in the interface's digits; any digits may be typed.
    let value = Signal::derive(move || {
        card.with(|c| match c {
            Some(Card::Kpi(k)) => (if field == "current" { k.current } else { k.target }).map(|v| i18n.number(v)).unwrap_or_default(),
            _ => String::new(),
        })
    });
    let id2 = id.clone();
    view! {
        <TextField id=format!("{id}-{field}") label=label value=value error=error
            on_input=move |text: String| match parse_number(&text) {
                Ok(number) => {
                    error.set(None);
                    edit(state, &id2, |c| if let Card::Kpi(k) = c {
                        if field == "current" { k.current = number } else { k.target = number }
                    });
                }
                Err(NotANumber) => error.set(Some(msg!("editor-not-a-number"))),
            }
            on_leave=move || state.seal()/>
    }
}

/// The link of an evidence card: stored only when it is safe to follow.
#[component]
fn UrlField(state: EditorState, id: Id, card: Signal<Option<Card>>) -> impl IntoView {
    let i18n = use_i18n();
    let error = RwSignal::new(None::<Message>);
    let stored = Signal::derive(move || card.with(|c| match c { Some(Card::Evidence(e)) => e.url.clone().unwrap_or_default(), _ => String::new() }));
    let id2 = id.clone();
    view! {
        <TextField id=format!("{id}-url") label=t!(i18n, "editor-card-link") kind="url" value=stored error=error
            on_input=move |text: String| {
                let url = text.trim().to_owned();
                if url.is_empty() || is_safe_url(&url, false) {
                    error.set(None);
                    edit(state, &id2, |c| if let Card::Evidence(e) = c { e.url = (!url.is_empty()).then_some(url) });
                } else {
                    error.set(Some(msg!("editor-link-unsafe")));
                }
            }
            on_leave=move || state.seal()/>
    }
}

/// The picture and alternative text of an image card; neither may be left empty.
#[component]
fn RequiredField(state: EditorState, id: Id, card: Signal<Option<Card>>) -> impl IntoView {
    let i18n = use_i18n();
    let url_error = RwSignal::new(None::<Message>);
    let alt_error = RwSignal::new(None::<Message>);
    let url = Signal::derive(move || card.with(|c| match c { Some(Card::Image(i)) => i.url.clone(), _ => String::new() }));
    let alt = Signal::derive(move || card.with(|c| match c { Some(Card::Image(i)) => i.alt.clone(), _ => String::new() }));
    let (id2, id3) = (id.clone(), id.clone());
    view! {
        <TextField id=format!("{id}-url") label=t!(i18n, "editor-picture-address") kind="url" value=url error=url_error
            on_input=move |text: String| {
                if is_safe_url(&text, true) {
                    url_error.set(None);
                    edit(state, &id2, |c| if let Card::Image(i) = c { i.url = text.trim().to_owned() });
                } else {
                    url_error.set(Some(msg!("editor-picture-address-unsafe")));
                }
            }
            on_leave=move || state.seal()/>
        <TextField id=format!("{id}-alt") label=t!(i18n, "editor-picture-description") value=alt error=alt_error
            on_input=move |text: String| {
                if text.trim().is_empty() {
                    alt_error.set(Some(msg!("editor-picture-description-required")));
                } else {
                    alt_error.set(None);
                    edit(state, &id3, |c| if let Card::Image(i) = c { i.alt = text });
                }
            }
            on_leave=move || state.seal()/>
    }
}

/// A new image card: the picture and its description first, since neither may be empty.
#[component]
fn ImageForm(at: CellRef, open: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let i18n = use_i18n();
    let url = RwSignal::new(String::new());
    let alt = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Message>);
    let form_id = format!("new-image-{}-{}", at.lane, at.stage);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (u, a) = (url.get_untracked().trim().to_owned(), alt.get_untracked());
        if !is_safe_url(&u, true) {
            error.set(Some(msg!("editor-new-picture-address-unsafe")));
        } else if a.trim().is_empty() {
            error.set(Some(msg!("editor-new-picture-description-missing")));
        } else {
            open.set(false);
            insert_card(state, &at, Card::Image(Image { id: new_id("card"), url: u, alt: a, caption: String::new() }));
        }
    };
    view! {
        <form class="image-form" on:submit=submit aria-label=t!(i18n, "editor-new-picture")>
            <div class="field">
                <label for=format!("{form_id}-url")>{t!(i18n, "editor-picture-address")}</label>
                <input id=format!("{form_id}-url") type="url" required on:input=move |ev| url.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for=format!("{form_id}-alt")>{t!(i18n, "editor-picture-description")}</label>
                <input id=format!("{form_id}-alt") dir="auto" required on:input=move |ev| alt.set(event_target_value(&ev))/>
            </div>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{i18n.format(&e)}</p> })}
            <div class="editor-actions">
                <button type="submit" class="button">{t!(i18n, "editor-add-picture")}</button>
                <button type="button" class="button quiet" on:click=move |_| open.set(false)>{t!(i18n, "editor-cancel")}</button>
            </div>
        </form>
    }
}

/// Move and delete buttons: the keyboard and pointer alternative to dragging.
#[component]
fn CardActions(id: Id, at: CellRef, position: Memo<(usize, usize)>) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let i18n = use_i18n();
    let journey = state.journey;
    let neighbours = {
        let at = at.clone();
        Memo::new(move |_| {
            journey.with(|j| {
                let Some(lane) = j.lane(&at.lane) else { return (None, None) };
                let slots = safar_core::layout::lane_slots(j, lane);
                let refs: Vec<CellRef> = slots
                    .iter()
                    .map(|s| CellRef { lane: at.lane.clone(), stage: s.stage.id.clone(), step: s.step.clone() })
                    .collect();
                let here = refs.iter().position(|r| r == &at);
                let previous = here.and_then(|i| i.checked_sub(1)).map(|i| refs[i].clone());
                let next = here.and_then(|i| refs.get(i + 1).cloned());
                (previous, next)
            })
        })
    };
    let move_within = {
        let (id, at) = (id.clone(), at.clone());
        move |delta: isize| {
            let (index, len) = position.get_untracked();
            let to = index as isize + delta;
            if to < 0 || to as usize >= len {
                return;
            }
            if state.execute(Command::MoveCard { id: id.clone(), to: at.clone(), index: to as usize }) {
                state.announce(msg!("editor-card-moved-to-position", position = (to + 1) as usize, count = len));
                let id = id.clone();
                request_animation_frame(move || focus_selector(state, &format!("[data-card=\"{id}\"] .move-{}", if delta < 0 { "up" } else { "down" })));
            }
        }
    };
    let move_across = {
        let id = id.clone();
        move |to: Option<CellRef>| {
            let Some(to) = to else { return };
            let index = journey.with_untracked(|j| j.cell(&to.lane, &to.stage, to.step.as_ref()).map_or(0, |c| c.cards.len()));
            if state.execute(Command::MoveCard { id: id.clone(), to: to.clone(), index }) {
                let label = journey.with_untracked(|j| cell_label(j, &to));
                state.announce(msg!("editor-card-moved-to-place", place = label));
                let cell = GridCell::Slot { lane: to.lane.clone(), stage: to.stage.clone(), step: to.step.clone() };
                start_editing(state, cell);
                let id = id.clone();
                request_animation_frame(move || request_animation_frame(move || focus_selector(state, &format!("[data-card=\"{id}\"] :is(textarea, input, select)"))));
            }
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            if state.execute(Command::RemoveCard { id: id.clone() }) {
                state.announce(msg!("editor-announce-undoable", done = msg!("editor-card-deleted")));
                state.toast.set(Some(Toast::undoable(msg!("editor-card-deleted"))));
                let cell = state.active.get_untracked();
                request_animation_frame(move || focus_selector(state, &format!("[data-cell=\"{}\"] .cell-editor button", cell.key())));
            }
        }
    };
    let (up, down) = (move_within.clone(), move_within);
    let (earlier, later) = (move_across.clone(), move_across);
    // Icon buttons with names: small enough to keep the cell readable, still 28px targets.
    view! {
        <div class="card-actions">
            <button type="button" class="icon-button move-up" aria-label=t!(i18n, "editor-move-card-up") title=t!(i18n, "editor-move-card-up")
                disabled=move || position.get().0 == 0 on:click=move |_| up(-1)>
                <span class="glyph" aria-hidden="true">"↑"</span>
            </button>
            <button type="button" class="icon-button move-down" aria-label=t!(i18n, "editor-move-card-down") title=t!(i18n, "editor-move-card-down")
                disabled=move || { let (i, n) = position.get(); i + 1 >= n } on:click=move |_| down(1)>
                <span class="glyph" aria-hidden="true">"↓"</span>
            </button>
            <button type="button" class="icon-button move-earlier" aria-label=t!(i18n, "editor-move-card-earlier")
                title=t!(i18n, "editor-move-card-earlier") disabled=move || neighbours.get().0.is_none()
                on:click=move |_| earlier(neighbours.get_untracked().0)>
                <span class="glyph" aria-hidden="true">"←"</span>
            </button>
            <button type="button" class="icon-button move-later" aria-label=t!(i18n, "editor-move-card-later")
                title=t!(i18n, "editor-move-card-later") disabled=move || neighbours.get().1.is_none()
                on:click=move |_| later(neighbours.get_untracked().1)>
                <span class="glyph" aria-hidden="true">"→"</span>
            </button>
            <button type="button" class="icon-button danger delete-card" aria-label=t!(i18n, "editor-delete-card") title=t!(i18n, "editor-delete-card") on:click=delete>
                <span class="glyph" aria-hidden="true">"✕"</span>
            </button>
        </div>
    }
}
