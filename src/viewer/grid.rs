//! The map itself: a table with stages (and their steps) as column headers, lanes as row
//! headers and cards in the cells, so a screen reader announces where each card sits.

use super::card::{channel_and_department, CardView};
use super::emotion::CurveSegmentView;
use crate::labels::Label;
use leptos::prelude::*;
use safar_core::layout::{self, CurveSegment};
use safar_core::{Cell, Id, Journey, LaneKind, Language, Stage, Step};

/// The grid of a map's stages and visible lanes.
#[component]
pub fn JourneyGrid(
    /// The map.
    journey: Signal<Journey>,
    /// The language of the viewer's own words.
    language: Memo<Language>,
) -> impl IntoView {
    let stage_ids = Memo::new(move |_| journey.with(|j| j.stages.iter().map(|s| s.id.clone()).collect::<Vec<_>>()));
    let lane_ids = Memo::new(move |_| {
        journey.with(|j| j.lanes.iter().filter(|l| !l.hidden).map(|l| l.id.clone()).collect::<Vec<_>>())
    });
    let has_steps = Memo::new(move |_| journey.with(layout::has_steps));
    let prefix = Memo::new(move |_| journey.with(|j| j.id.to_string()));
    let below_line = Memo::new(move |_| journey.with(|j| layout::line_of_visibility(j).map(|i| j.lanes[i].id.clone())));

    view! {
        <div class="map-scroll" role="region" tabindex="0" aria-label=move || Label::ScrollHint.text(language.get())>
            <table class="journey-grid">
                <caption class="visually-hidden">{move || journey.with(|j| j.title.clone())}</caption>
                <thead>
                    <tr class="stage-row">
                        <td class="corner" rowspan=move || if has_steps.get() { "2" } else { "1" }></td>
                        <For each=move || stage_ids.get() key=|id| id.clone() let:id>
                            <StageHeader journey=journey id=id has_steps=has_steps prefix=prefix/>
                        </For>
                    </tr>
                    {move || has_steps.get().then(|| view! {
                        <tr class="step-row">
                            <For each=move || step_keys(&journey) key=|key| key.clone() let:key>
                                <StepHeader journey=journey stage=key.0 step=key.1 prefix=prefix language=language/>
                            </For>
                        </tr>
                    })}
                </thead>
                <tbody>
                    <For each=move || lane_ids.get() key=|id| id.clone() let:id>
                        <LaneRow journey=journey id=id.clone() language=language prefix=prefix
                            below_line=Signal::derive(move || below_line.get().as_ref() == Some(&id))/>
                    </For>
                </tbody>
            </table>
        </div>
    }
}

fn step_keys(journey: &Signal<Journey>) -> Vec<(Id, Id)> {
    journey.with(|j| {
        j.stages.iter().flat_map(|s| s.steps.iter().map(move |step| (s.id.clone(), step.id.clone()))).collect()
    })
}

fn header_id(prefix: &str, id: &Id) -> String {
    format!("{prefix}-h-{id}")
}

#[component]
fn StageHeader(journey: Signal<Journey>, id: Id, has_steps: Memo<bool>, prefix: Memo<String>) -> impl IntoView {
    let stage_id = id.clone();
    let stage = Memo::new(move |_| journey.with(|j| j.stage(&stage_id).cloned()));
    let span = move || stage.with(|s| s.as_ref().map_or(1, layout::stage_span)).to_string();
    let rows = move || {
        let no_steps = stage.with(|s| s.as_ref().is_some_and(|s| s.steps.is_empty()));
        if has_steps.get() && no_steps { "2" } else { "1" }
    };
    view! {
        <th scope="col" class="stage-header" colspan=span rowspan=rows id=move || header_id(&prefix.get(), &id)>
            {move || stage.get().map(|Stage { name, description, .. }| view! {
                <span class="stage-name" dir="auto">{name}</span>
                {(!description.is_empty()).then(|| view! { <span class="stage-description" dir="auto">{description}</span> })}
            })}
        </th>
    }
}

#[component]
fn StepHeader(journey: Signal<Journey>, stage: Id, step: Id, prefix: Memo<String>, language: Memo<Language>) -> impl IntoView {
    let (stage_id, step_id) = (stage.clone(), step.clone());
    let found = Memo::new(move |_| {
        journey.with(|j| j.stage(&stage_id).and_then(|s| s.steps.iter().find(|x| x.id == step_id).cloned()))
    });
    let headers = move || header_id(&prefix.get(), &stage);
    view! {
        <th scope="col" class="step-header" id=move || header_id(&prefix.get(), &step) headers=headers>
            {move || found.get().map(|step| step_view(step, language.get()))}
        </th>
    }
}

fn step_view(step: Step, language: Language) -> impl IntoView {
    let Step { name, description, channel, department, moment_of_truth, breaking_point, .. } = step;
    view! {
        <span class="step-name" dir="auto">{name}</span>
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
fn LaneRow(
    journey: Signal<Journey>,
    id: Id,
    language: Memo<Language>,
    prefix: Memo<String>,
    below_line: Signal<bool>,
) -> impl IntoView {
    let lane_id = id.clone();
    let lane = Memo::new(move |_| journey.with(|j| j.lane(&lane_id).cloned()));
    let slots = Memo::new(move |_| {
        journey.with(|j| match lane.get() {
            Some(lane) => layout::lane_slots(j, &lane)
                .into_iter()
                .map(|slot| SlotKey { stage: slot.stage.id.clone(), step: slot.step, span: slot.span })
                .collect(),
            None => Vec::new(),
        })
    });
    let is_emotions = Memo::new(move |_| lane.with(|l| l.as_ref().is_some_and(|l| l.kind == LaneKind::Emotions)));
    // The curve depends on neighbouring cells, so the row works it out once for all its slots.
    let curve = Memo::new(move |_| {
        if !is_emotions.get() {
            return Vec::new();
        }
        journey.with(|j| match lane.get() {
            Some(lane) => layout::curve_segments(j, &layout::lane_slots(j, &lane)),
            None => Vec::new(),
        })
    });
    let kind_class = move || {
        let kind = lane.with(|l| l.as_ref().map_or("text", |l| l.kind.as_str()));
        format!("lane lane-{kind}{}", if below_line.get() { " below-line-of-visibility" } else { "" })
    };
    let row_header = id.clone();
    view! {
        <tr class=kind_class>
            <th scope="row" class="lane-header" id=move || header_id(&prefix.get(), &row_header)>
                {move || below_line.get().then(|| view! {
                    <span class="line-of-visibility-label">{Label::LineOfVisibility.text(language.get())}</span>
                })}
                <span dir="auto">{move || lane.with(|l| l.as_ref().map(|l| l.name.clone()))}</span>
                {move || is_emotions.get().then(|| {
                    let scale = journey.with(|j| j.emotion_scale);
                    view! {
                        <span class="lane-scale">
                            <bdi dir="ltr">{format!("{} … {}", signed(scale.min, scale.min), signed(scale.max, scale.min))}</bdi>
                        </span>
                    }
                })}
            </th>
            <For each=move || slots.get() key=|slot| slot.clone() let:slot>
                <SlotCell journey=journey lane=id.clone() place=slot language=language prefix=prefix
                    is_emotions=is_emotions curve=curve slots=slots/>
            </For>
        </tr>
    }
}

#[component]
fn SlotCell(
    journey: Signal<Journey>,
    lane: Id,
    place: SlotKey,
    language: Memo<Language>,
    prefix: Memo<String>,
    is_emotions: Memo<bool>,
    curve: Memo<Vec<CurveSegment>>,
    slots: Memo<Vec<SlotKey>>,
) -> impl IntoView {
    let (lane_id, stage_id, step_id) = (lane.clone(), place.stage.clone(), place.step.clone());
    let cell: Memo<Option<Cell>> =
        Memo::new(move |_| journey.with(|j| j.cell(&lane_id, &stage_id, step_id.as_ref()).cloned()));
    let scale = Memo::new(move |_| journey.with(|j| j.emotion_scale));
    let key = place.clone();
    let segment = Memo::new(move |_| {
        let index = slots.with(|s| s.iter().position(|k| k == &key))?;
        curve.with(|c| c.get(index).copied())
    });
    let headers = move || {
        let p = prefix.get();
        let mut ids = vec![header_id(&p, &lane), header_id(&p, &place.stage)];
        if let Some(step) = &place.step {
            ids.push(header_id(&p, step));
        }
        ids.join(" ")
    };
    let class = move || if is_emotions.get() { "cell emotion-cell" } else { "cell" };
    view! {
        <td class=class colspan=place.span.to_string() headers=headers>
            {move || is_emotions.get().then(|| view! { <CurveSegmentView segment=segment/> })}
            {move || cell.get().map(|cell| view! {
                <ul class="cards">
                    {cell.cards.into_iter().map(|card| view! {
                        <li><CardView card=card language=language.get() scale=scale.get()/></li>
                    }).collect_view()}
                </ul>
            })}
        </td>
    }
}

/// A score as people write it on a scale that goes below zero: `+2`, `0`, `-1`.
pub(crate) fn signed(score: i8, scale_min: i8) -> String {
    if scale_min < 0 && score > 0 {
        format!("+{score}")
    } else {
        score.to_string()
    }
}

