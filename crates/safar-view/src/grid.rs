//! The map itself: a table with stages (and their steps) as column headers, lanes as row
//! headers and cards in the cells, so a screen reader announces where each card sits.
//!
//! Structure (stages, lanes, which cells exist) and content (the cards) are read through
//! separate memos: typing in a card changes content only, so no header, row or other cell
//! re-renders. The editor turns the table into an ARIA grid by providing [`GridEditing`].

use super::card::{channel_and_department, CardView};
use super::emotion::CurveSegmentView;
use crate::labels::{self, Label, LabelText};
use leptos::prelude::*;
use safar_core::command::CellRef;
use safar_core::layout::{self, CurveSegment};
use safar_core::navigate::GridCell;
use safar_core::{Card, Cell, Id, Journey, LaneKind, Language, Stage, Step};
use std::collections::HashMap;
use std::sync::Arc;

/// Supplied by the editor through context: the grid's roving tab stop, the cell being edited,
/// and how to draw a cell while it is edited.
#[derive(Clone)]
pub struct GridEditing {
    pub active: RwSignal<GridCell>,
    pub editing: RwSignal<Option<GridCell>>,
    /// Draws the editing controls of a cell.
    pub render: Arc<dyn Fn(GridCell) -> AnyView + Send + Sync>,
    /// Handles keys pressed anywhere in the grid.
    pub on_keydown: Arc<dyn Fn(web_sys::KeyboardEvent) + Send + Sync>,
    /// Handles something dragged onto a cell: what it is, its id, and the cell it landed on.
    pub on_drop: Arc<dyn Fn(Dragged, Id, GridCell) + Send + Sync>,
}

/// What can be dragged in the editor's grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dragged {
    Card,
    Stage,
    Lane,
}

impl Dragged {
    const ALL: [Dragged; 3] = [Dragged::Card, Dragged::Stage, Dragged::Lane];

    /// The drag data type that carries the id.
    fn mime(self) -> &'static str {
        match self {
            Dragged::Card => "application/x-safar-card",
            Dragged::Stage => "application/x-safar-stage",
            Dragged::Lane => "application/x-safar-lane",
        }
    }
}

/// Makes an element draggable in the editor: it carries `id` as `what`.
fn drag_source(what: Dragged, id: Id) -> (Option<&'static str>, impl Fn(web_sys::DragEvent) + Clone) {
    let enabled = use_context::<GridEditing>().is_some();
    let start = move |event: web_sys::DragEvent| {
        if let Some(data) = event.data_transfer() {
            let _ = data.set_data(what.mime(), id.as_str());
            data.set_effect_allowed("move");
        }
        // Cards sit inside draggable cells' rows; only the innermost source counts.
        event.stop_propagation();
    };
    (enabled.then_some("true"), start)
}

/// Makes a cell accept drops of the kinds in `accepts`, handing them to the editor: whether
/// something is over it, and its dragover, dragleave and drop handlers.
#[allow(clippy::type_complexity)]
fn drop_target(
    cell: GridCell,
    accepts: &'static [Dragged],
) -> (
    RwSignal<bool>,
    impl Fn(web_sys::DragEvent) + Clone,
    impl Fn(web_sys::DragEvent) + Clone,
    impl Fn(web_sys::DragEvent) + Clone,
) {
    let editing = use_context::<GridEditing>();
    let enabled = editing.is_some();
    let over = RwSignal::new(false);
    let carried = move |event: &web_sys::DragEvent| -> Option<Dragged> {
        let types = event.data_transfer()?.types();
        Dragged::ALL.into_iter().find(|d| accepts.contains(d) && types.includes(&d.mime().into(), 0))
    };
    let dragover = move |event: web_sys::DragEvent| {
        if enabled && carried(&event).is_some() {
            event.prevent_default();
            over.set(true);
        }
    };
    let dragleave = move |_: web_sys::DragEvent| over.set(false);
    let drop = move |event: web_sys::DragEvent| {
        over.set(false);
        let (Some(editing), Some(what)) = (&editing, carried(&event)) else { return };
        event.prevent_default();
        let id = event.data_transfer().and_then(|d| d.get_data(what.mime()).ok()).unwrap_or_default();
        if !id.is_empty() {
            (editing.on_drop)(what, Id::new(id), cell.clone());
        }
    };
    (over, dragover, dragleave, drop)
}

/// The map without its cards: what headers, rows and slots depend on.
#[derive(Clone, Debug, PartialEq)]
struct Shape {
    title: String,
    /// The map with every cell's cards removed (cells stay, so layout sees which exist).
    skeleton: Journey,
}

impl Shape {
    fn of(journey: &Journey) -> Shape {
        let cells = journey
            .cells
            .iter()
            .map(|c| Cell { lane: c.lane.clone(), stage: c.stage.clone(), step: c.step.clone(), cards: vec![] })
            .collect();
        let skeleton = Journey {
            id: journey.id.clone(),
            title: String::new(),
            goal: String::new(),
            scenario: String::new(),
            map_type: journey.map_type,
            owner: String::new(),
            language: String::new(),
            direction: journey.direction,
            created: String::new(),
            updated: String::new(),
            last_review: None,
            next_review: None,
            personas: vec![],
            emotion_scale: journey.emotion_scale,
            stages: journey.stages.clone(),
            lanes: journey.lanes.clone(),
            cells,
        };
        Shape { title: journey.title.clone(), skeleton }
    }
}

/// A small, fast hasher (the multiply-rotate scheme of rustc's FxHash): fingerprints here are
/// worked out on every change of the map, so speed matters more than resisting attacks.
#[derive(Default)]
struct Fingerprinter(u64);

impl std::hash::Hasher for Fingerprinter {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

fn fingerprint(value: &impl std::hash::Hash) -> u64 {
    let mut hasher = Fingerprinter::default();
    value.hash(&mut hasher);
    std::hash::Hasher::finish(&hasher)
}

/// A fingerprint of the map's structure: stages, lanes, scale, and which cells exist.
fn structure_fingerprint(journey: &Journey) -> u64 {
    let mut hasher = Fingerprinter::default();
    use std::hash::Hash;
    (&journey.id, &journey.title, &journey.stages, &journey.lanes, journey.emotion_scale).hash(&mut hasher);
    for cell in &journey.cells {
        (&cell.lane, &cell.stage, &cell.step).hash(&mut hasher);
    }
    std::hash::Hasher::finish(&hasher)
}

fn index_cells(journey: &Journey) -> HashMap<CellRef, usize> {
    journey.cells.iter().enumerate().map(|(i, c)| (safar_core::command::cell_ref(c), i)).collect()
}

/// What every part of the grid reads.
#[derive(Clone, Copy)]
struct GridContext {
    journey: Signal<Journey>,
    shape: ReadSignal<Shape>,
    /// Where each cell sits in `journey.cells`, so a cell finds its cards without a search.
    cell_index: ReadSignal<HashMap<CellRef, usize>>,
    /// Fires when a cell's cards change, with the fingerprint last seen.
    cell_triggers: StoredValue<HashMap<CellRef, (u64, ArcTrigger)>>,
    language: ReadSignal<Language>,
    prefix: Memo<String>,
}

/// The grid of a map's stages and visible lanes.
#[component]
pub fn JourneyGrid(
    /// The map.
    journey: Signal<Journey>,
    /// The language of the viewer's own words.
    language: ReadSignal<Language>,
) -> impl IntoView {
    // The structure and each cell's cards are compared by fingerprint in one effect, which
    // sets the structure signals, or fires one cell's trigger, only when something changed:
    // fingerprints are cheap to work out on every change and compare equal when nothing they
    // cover changed, so a keystroke in one card re-reads that card's cell and nothing else
    // (BENCHMARKS.md, the 3,000-card map: no DOM node changed but the card's own text).
    //
    // Why not Leptos' own fine-grained stores (`reactive_stores`, `#[derive(Store)]`), which
    // would give each field and each cell a signal of its own? Because of where changes come
    // from. A store notifies precisely only when it is written through its field paths
    // (`store.cells().at(i).cards()`), but every change to a map arrives whole: a command
    // applied by the core to its plain `Document` (the core knows no Leptos, so its types cannot
    // derive `Store`, and a mirror of them in this crate would be a second model to keep in
    // step), an undo or redo, another tab's save, a new file. Written whole, a store notifies
    // every path, and every cell re-reads; to notify only the paths that changed, the new map
    // must be compared with the old one, field by field and cell by cell, which is what the
    // fingerprints below do. Cells also live in a `Vec` a store keys by position unless told a
    // key, and a card added or removed shifts them. So the grid keeps one map signal and
    // derives its per-cell triggers from it; a store would add a layer without removing this one.
    let shape = RwSignal::new(journey.with_untracked(Shape::of));
    let cell_index = RwSignal::new(journey.with_untracked(index_cells));
    let structure = StoredValue::new(journey.with_untracked(structure_fingerprint));
    let cell_triggers: StoredValue<HashMap<CellRef, (u64, ArcTrigger)>> = StoredValue::new(HashMap::new());
    Effect::new(move |_| {
        journey.with(|j| {
            let now = structure_fingerprint(j);
            if now != structure.get_value() {
                structure.set_value(now);
                shape.set(Shape::of(j));
                cell_index.set(index_cells(j));
            }
            cell_triggers.update_value(|triggers| {
                for cell in &j.cells {
                    let key = safar_core::command::cell_ref(cell);
                    if let Some((seen, trigger)) = triggers.get_mut(&key) {
                        let now = fingerprint(&cell.cards);
                        if *seen != now {
                            *seen = now;
                            trigger.notify();
                        }
                    }
                }
            })
        })
    });
    let (shape, cell_index) = (shape.read_only(), cell_index.read_only());
    let prefix = Memo::new(move |_| shape.with(|s| s.skeleton.id.to_string()));
    let ctx = GridContext { journey, shape, cell_index, cell_triggers, language, prefix };
    let editing = use_context::<GridEditing>();

    let stage_ids = Memo::new(move |_| shape.with(|s| s.skeleton.stages.iter().map(|s| s.id.clone()).collect::<Vec<_>>()));
    let lane_ids = Memo::new(move |_| {
        shape.with(|s| s.skeleton.lanes.iter().filter(|l| !l.hidden).map(|l| l.id.clone()).collect::<Vec<_>>())
    });
    let has_steps = Memo::new(move |_| shape.with(|s| layout::has_steps(&s.skeleton)));
    let below_line =
        Memo::new(move |_| shape.with(|s| layout::line_of_visibility(&s.skeleton).map(|i| s.skeleton.lanes[i].id.clone())));
    let step_keys = move || {
        shape.with(|s| {
            s.skeleton
                .stages
                .iter()
                .flat_map(|stage| stage.steps.iter().map(move |step| (stage.id.clone(), step.id.clone())))
                .collect::<Vec<_>>()
        })
    };
    let is_grid = editing.is_some();
    let on_keydown = editing.as_ref().map(|e| e.on_keydown.clone());

    view! {
        <div class="map-scroll" role="region" tabindex=(!is_grid).then_some("0")
            aria-label=move || Label::ScrollHint.text(language.get())>
            <table class="journey-grid" role=is_grid.then_some("grid")
                on:keydown=move |event| if let Some(handler) = &on_keydown { handler(event) }>
                <caption class="visually-hidden">{move || shape.with(|s| s.title.clone())}</caption>
                <thead>
                    <tr class="stage-row">
                        <GridTh ctx=ctx cell=GridCell::Corner class="corner" scope=None
                            rowspan=Signal::derive(move || if has_steps.get() { 2 } else { 1 })>
                            ""
                        </GridTh>
                        <For each=move || stage_ids.get() key=|id| id.clone() let:id>
                            <StageHeader ctx=ctx id=id has_steps=has_steps/>
                        </For>
                    </tr>
                    {move || has_steps.get().then(|| view! {
                        <tr class="step-row">
                            <For each=step_keys key=|key| key.clone() let:key>
                                <StepHeader ctx=ctx stage=key.0 step=key.1/>
                            </For>
                        </tr>
                    })}
                </thead>
                <tbody>
                    <For each=move || lane_ids.get() key=|id| id.clone() let:id>
                        <LaneRow ctx=ctx id=id.clone()
                            below_line=Signal::derive(move || below_line.get().as_ref() == Some(&id))/>
                    </For>
                </tbody>
            </table>
        </div>
    }
}

fn header_id(prefix: &str, id: &Id) -> String {
    format!("{prefix}-h-{id}")
}

/// The attributes and behaviour a cell gets inside the editor's grid: its `data-cell` name, the
/// roving tab stop, and its editing controls while it is edited.
fn grid_cell_state(cell: &GridCell) -> (Option<String>, Option<Signal<&'static str>>, Option<Signal<bool>>) {
    match use_context::<GridEditing>() {
        None => (None, None, None),
        Some(editing) => {
            let (me, me_too) = (cell.clone(), cell.clone());
            let active = editing.active;
            // `try_with`: the grid may be asked once more while the editor is taken down.
            let tabindex = Signal::derive(move || if active.try_with(|a| a == &me).unwrap_or(false) { "0" } else { "-1" });
            let edited = Signal::derive(move || editing.editing.try_with(|e| e.as_ref() == Some(&me_too)).unwrap_or(false));
            (Some(cell.key()), Some(tabindex), Some(edited))
        }
    }
}

/// The editing controls of `cell`, when the editor edits it.
fn editor_for(cell: &GridCell) -> Option<AnyView> {
    use_context::<GridEditing>().map(|editing| (editing.render)(cell.clone()))
}

fn on_focus_activate(cell: GridCell) -> impl Fn(web_sys::FocusEvent) {
    let editing = use_context::<GridEditing>();
    move |_| {
        if let Some(editing) = &editing {
            if editing.active.get_untracked() != cell {
                editing.active.set(cell.clone());
            }
        }
    }
}

fn on_double_click_edit(cell: GridCell) -> impl Fn(web_sys::MouseEvent) {
    let editing = use_context::<GridEditing>();
    move |_| {
        if let Some(editing) = &editing {
            if !matches!(cell, GridCell::Corner) {
                editing.editing.set(Some(cell.clone()));
            }
        }
    }
}

/// A header cell, with the editor's grid behaviour when there is an editor.
#[component]
fn GridTh(
    ctx: GridContext,
    cell: GridCell,
    class: &'static str,
    scope: Option<&'static str>,
    #[prop(optional, into)] colspan: Option<Signal<usize>>,
    #[prop(optional, into)] rowspan: Option<Signal<usize>>,
    #[prop(optional, into)] id: Option<Id>,
    #[prop(optional, into)] headers: Option<Id>,
    children: ChildrenFn,
) -> impl IntoView {
    let (data_cell, tabindex, edited) = grid_cell_state(&cell);
    let editor = edited.map(|edited| {
        let cell = cell.clone();
        move || edited.get().then(|| editor_for(&cell))
    });
    let shown = move || edited.is_none_or(|e| !e.get());
    let prefix = ctx.prefix;
    let element_id = id.map(|id| move || header_id(&prefix.get(), &id));
    let headers = headers.map(|h| move || header_id(&prefix.get(), &h));
    let tag = if matches!(cell, GridCell::Corner) { "td" } else { "th" };
    let focus = on_focus_activate(cell.clone());
    let dbl = on_double_click_edit(cell.clone());
    let colspan = move || colspan.map(|c| c.get().to_string());
    let rowspan = move || rowspan.map(|r| r.get().to_string());
    let body = move || shown().then(|| children());
    if tag == "td" {
        view! {
            <td class=class rowspan=rowspan data-cell=data_cell tabindex=move || tabindex.map(|t| t.get())
                on:focus=focus on:dblclick=dbl>{body}{editor}</td>
        }
        .into_any()
    } else {
        view! {
            <th class=class scope=scope colspan=colspan rowspan=rowspan id=element_id headers=headers
                data-cell=data_cell tabindex=move || tabindex.map(|t| t.get())
                on:focus=focus on:dblclick=dbl>{body}{editor}</th>
        }
        .into_any()
    }
}

#[component]
fn StageHeader(ctx: GridContext, id: Id, has_steps: Memo<bool>) -> impl IntoView {
    let stage_id = id.clone();
    let stage = Memo::new(move |_| ctx.shape.with(|s| s.skeleton.stage(&stage_id).cloned()));
    let span = Signal::derive(move || stage.with(|s| s.as_ref().map_or(1, layout::stage_span)));
    let rows = Signal::derive(move || {
        let no_steps = stage.with(|s| s.as_ref().is_some_and(|s| s.steps.is_empty()));
        if has_steps.get() && no_steps { 2 } else { 1 }
    });
    let language = ctx.language;
    let (draggable, dragstart) = drag_source(Dragged::Stage, id.clone());
    let (over, dragover, dragleave, drop) = drop_target(GridCell::Stage(id.clone()), &[Dragged::Stage]);
    view! {
        <GridTh ctx=ctx cell=GridCell::Stage(id.clone()) class="stage-header" scope=Some("col")
            colspan=span rowspan=rows id=id>
            <span class="stage-name" dir="auto" draggable=draggable on:dragstart=dragstart.clone()
                class:drop-target=move || over.get() on:dragover=dragover.clone() on:dragleave=dragleave.clone()
                on:drop=drop.clone()>
                {move || stage.with(|s| s.as_ref().map(|s| placeholder(s.name.clone(), Label::Stage, language.get())))}
            </span>
            {move || stage.get().map(|Stage { description, .. }| view! {
                {(!description.is_empty()).then(|| view! { <span class="stage-description" dir="auto">{description}</span> })}
            })}
        </GridTh>
    }
}

/// A blank name shown as a placeholder, so an empty header still says what it is.
fn placeholder(name: String, what: Label, language: Language) -> String {
    if name.trim().is_empty() {
        format!("({})", what.text(language))
    } else {
        name
    }
}

#[component]
fn StepHeader(ctx: GridContext, stage: Id, step: Id) -> impl IntoView {
    let (stage_id, step_id) = (stage.clone(), step.clone());
    let found = Memo::new(move |_| {
        ctx.shape.with(|s| s.skeleton.stage(&stage_id).and_then(|s| s.steps.iter().find(|x| x.id == step_id).cloned()))
    });
    let language = ctx.language;
    view! {
        <GridTh ctx=ctx cell=GridCell::Step(step.clone()) class="step-header" scope=Some("col") id=step headers=stage>
            {move || found.get().map(|step| step_view(step, language.get()))}
        </GridTh>
    }
}

fn step_view(step: Step, language: Language) -> impl IntoView {
    let Step { name, description, channel, department, moment_of_truth, breaking_point, .. } = step;
    view! {
        <span class="step-name" dir="auto">{placeholder(name, Label::Step, language)}</span>
        {(!description.is_empty()).then(|| view! { <span class="step-description" dir="auto">{description}</span> })}
        <span class="step-meta">{channel_and_department(channel.as_ref(), department, language)}</span>
        {moment_of_truth.then(|| view! {
            <span class="flag moment-of-truth"><span aria-hidden="true">"★ "</span>{Label::MomentOfTruth.text(language)}</span>
        })}
        {breaking_point.then(|| view! {
            <span class="flag breaking-point"><span aria-hidden="true">"⚠ "</span>{Label::BreakingPoint.text(language)}</span>
        })}
    }
}

/// One place of a lane's row, as the row's `For` keys it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct SlotKey {
    stage: Id,
    step: Option<Id>,
    span: usize,
}

#[component]
fn LaneRow(ctx: GridContext, id: Id, below_line: Signal<bool>) -> impl IntoView {
    let lane_id = id.clone();
    let lane = Memo::new(move |_| ctx.shape.with(|s| s.skeleton.lane(&lane_id).cloned()));
    let slots = Memo::new(move |_| {
        ctx.shape.with(|s| match lane.get() {
            Some(lane) => layout::lane_slots(&s.skeleton, &lane)
                .into_iter()
                .map(|slot| SlotKey { stage: slot.stage.id.clone(), step: slot.step, span: slot.span })
                .collect(),
            None => Vec::new(),
        })
    });
    let is_emotions = Memo::new(move |_| lane.with(|l| l.as_ref().is_some_and(|l| l.kind == LaneKind::Emotions)));
    // The curve depends on neighbouring cells' scores, so the row works it out once for all,
    // and passes it on only when it changed.
    let compute_curve = move || {
        if !is_emotions.get() {
            return Vec::new();
        }
        ctx.journey.with(|j| match lane.get() {
            Some(lane) => layout::curve_segments(j, &layout::lane_slots(j, &lane)),
            None => Vec::new(),
        })
    };
    let curve = RwSignal::new(untrack(compute_curve));
    Effect::new(move |_| {
        let next = compute_curve();
        if curve.with_untracked(|c| c != &next) {
            curve.set(next);
        }
    });
    let curve = curve.read_only();
    let kind_class = move || {
        let kind = lane.with(|l| l.as_ref().map_or("text", |l| l.kind.as_str()));
        format!("lane lane-{kind}{}", if below_line.get() { " below-line-of-visibility" } else { "" })
    };
    let language = ctx.language;
    let scale = move || ctx.shape.with(|s| s.skeleton.emotion_scale);
    let (lane_draggable, lane_dragstart) = drag_source(Dragged::Lane, id.clone());
    let (lane_over, lane_dragover, lane_dragleave, lane_drop) = drop_target(GridCell::LaneHeader(id.clone()), &[Dragged::Lane]);
    view! {
        <tr class=kind_class>
            <GridTh ctx=ctx cell=GridCell::LaneHeader(id.clone()) class="lane-header" scope=Some("row") id=id.clone()>
                {move || below_line.get().then(|| view! {
                    <span class="line-of-visibility-label">{Label::LineOfVisibility.text(language.get())}</span>
                })}
                <span dir="auto" class="lane-name" draggable=lane_draggable on:dragstart=lane_dragstart.clone()
                    class:drop-target=move || lane_over.get() on:dragover=lane_dragover.clone()
                    on:dragleave=lane_dragleave.clone() on:drop=lane_drop.clone()>
                    {move || lane.with(|l| l.as_ref().map(|l| placeholder(l.name.clone(), Label::Lane, language.get())))}
                </span>
                {move || is_emotions.get().then(|| {
                    let scale = scale();
                    view! {
                        <span class="lane-scale">
                            <bdi dir="ltr">{labels::digits(&format!("{} … {}", scale.signed(scale.min), scale.signed(scale.max)), language.get())}</bdi>
                        </span>
                    }
                })}
            </GridTh>
            <For each=move || slots.get() key=|slot| slot.clone() let:slot>
                <SlotCell ctx=ctx lane=id.clone() place=slot is_emotions=is_emotions curve=curve slots=slots/>
            </For>
        </tr>
    }
}

#[component]
fn SlotCell(
    ctx: GridContext,
    lane: Id,
    place: SlotKey,
    is_emotions: Memo<bool>,
    curve: ReadSignal<Vec<CurveSegment>>,
    slots: Memo<Vec<SlotKey>>,
) -> impl IntoView {
    let at = CellRef { lane: lane.clone(), stage: place.stage.clone(), step: place.step.clone() };
    let grid_cell = GridCell::Slot { lane: lane.clone(), stage: place.stage.clone(), step: place.step.clone() };
    let journey = ctx.journey;
    let trigger = {
        let at = at.clone();
        let seen = journey.with_untracked(|j| j.cell(&at.lane, &at.stage, at.step.as_ref()).map_or(0, |c| fingerprint(&c.cards)));
        ctx.cell_triggers
            .try_update_value(|triggers| triggers.entry(at).or_insert_with(|| (seen, ArcTrigger::new())).1.clone())
            .unwrap_or_default()
    };
    let index = Memo::new(move |_| ctx.cell_index.with(|ix| ix.get(&at).copied()));
    let cell: Memo<Option<Cell>> = Memo::new(move |_| {
        trigger.track();
        let index = index.get()?;
        journey.with_untracked(|j| j.cells.get(index).cloned())
    });
    let card_ids = Memo::new(move |_| cell.with(|c| c.as_ref().map_or(Vec::new(), |c| c.cards.iter().map(|k| k.id().clone()).collect::<Vec<_>>())));
    let key = place.clone();
    let segment = Memo::new(move |_| {
        let index = slots.with(|s| s.iter().position(|k| k == &key))?;
        curve.with(|c| c.get(index).copied())
    });
    // The stage's average is drawn as a faint level across its steps; a screen reader hears it
    // once, in the stage's first step.
    let first_of_stage = {
        let key = place.clone();
        Memo::new(move |_| slots.with(|s| s.iter().position(|k| k == &key).is_some_and(|i| i == 0 || s[i - 1].stage != key.stage)))
    };
    let prefix = ctx.prefix;
    let headers = move || {
        let p = prefix.get();
        let mut ids = vec![header_id(&p, &lane), header_id(&p, &place.stage)];
        if let Some(step) = &place.step {
            ids.push(header_id(&p, step));
        }
        ids.join(" ")
    };
    let class = move || if is_emotions.get() { "cell emotion-cell" } else { "cell" };
    let (data_cell, tabindex, edited) = grid_cell_state(&grid_cell);
    let shown = move || edited.is_none_or(|e| !e.get());
    let editor = edited.map(|edited| {
        let cell = grid_cell.clone();
        move || edited.get().then(|| editor_for(&cell))
    });
    let language = ctx.language;
    let scale = Memo::new(move |_| ctx.shape.with(|s| s.skeleton.emotion_scale));
    let average = move || {
        let height = segment.get()?.stage_average.filter(|_| first_of_stage.get())?;
        let language = language.get();
        let said = format!("{}: {}", Label::StageAverage.text(language), labels::digits(&scale.get().signed_mean(height), language));
        Some(view! { <p class="visually-hidden">{said}</p> })
    };
    let (over, dragover, dragleave, drop) = drop_target(grid_cell.clone(), &[Dragged::Card]);
    view! {
        <td class=class colspan=place.span.to_string() headers=headers data-cell=data_cell
            class:drop-target=move || over.get() on:dragover=dragover on:dragleave=dragleave on:drop=drop
            tabindex=move || tabindex.map(|t| t.get())
            on:focus=on_focus_activate(grid_cell.clone()) on:dblclick=on_double_click_edit(grid_cell.clone())>
            {move || is_emotions.get().then(|| view! { <CurveSegmentView segment=segment/> })}
            {average}
            {move || (shown() && card_ids.with(|ids| !ids.is_empty())).then(|| view! {
                <ul class="cards">
                    <For each=move || card_ids.get() key=|id| id.clone() let:id>
                        <CardItem cell=cell id=id language=language scale=scale/>
                    </For>
                </ul>
            })}
            {editor}
        </td>
    }
}

/// One card of a cell; re-renders only when this card changes.
#[component]
fn CardItem(cell: Memo<Option<Cell>>, id: Id, language: ReadSignal<Language>, scale: Memo<safar_core::EmotionScale>) -> impl IntoView {
    let card_id = id.clone();
    let card: Memo<Option<Card>> =
        Memo::new(move |_| cell.with(|c| c.as_ref().and_then(|c| c.cards.iter().find(|k| k.id() == &card_id).cloned())));
    let (draggable, dragstart) = drag_source(Dragged::Card, id.clone());
    view! {
        <li draggable=draggable on:dragstart=dragstart>
            {move || card.get().map(|card| view! { <CardView card=card language=language.get() scale=scale.get()/> })}
        </li>
    }
}
