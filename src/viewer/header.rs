//! The map's title and metadata: type, goal, scenario, owner and review dates.

use crate::labels::Label;
use leptos::prelude::*;
use safar_core::template::map_type_name;
use safar_core::{Journey, Language};

/// The title and metadata of a map.
#[component]
pub fn MapHeader(
    /// The map.
    journey: Signal<Journey>,
    /// The language of the viewer's own words.
    language: Memo<Language>,
) -> impl IntoView {
    let field = move |label: Label, value: Option<String>| {
        value.filter(|v| !v.trim().is_empty()).map(|value| {
            view! {
                <div class="meta-field">
                    <dt>{move || label.text(language.get())}</dt>
                    <dd dir="auto">{value}</dd>
                </div>
            }
        })
    };
    view! {
        <header class="map-header">
            <p class="map-kind">
                {move || Label::JourneyMap.text(language.get())} " · "
                {move || journey.with(|j| map_type_name(j.map_type, language.get()))}
            </p>
            <h1 id=move || journey.with(|j| format!("{}-title", j.id)) dir="auto">
                {move || journey.with(|j| j.title.clone())}
            </h1>
            <dl class="map-meta">
                {move || {
                    journey
                        .with(|j| {
                            vec![
                                field(Label::Goal, Some(j.goal.clone())),
                                field(Label::Scenario, Some(j.scenario.clone())),
                                field(Label::Owner, Some(j.owner.clone())),
                                field(Label::LastReview, j.last_review.clone()),
                                field(Label::NextReview, j.next_review.clone()),
                                field(Label::Updated, Some(j.updated.get(..10).unwrap_or(&j.updated).to_owned())),
                            ]
                        })
                }}
            </dl>
        </header>
    }
}
