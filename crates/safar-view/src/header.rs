//! The map's title and metadata: type, goal, scenario, owner and review dates.

use crate::labels::{self, Label, LabelText};
use leptos::prelude::*;
use safar_core::template::map_type_name;
use safar_core::{Journey, Language, Meta};

/// The title and metadata of a map.
#[component]
pub fn MapHeader(
    /// The map.
    journey: Signal<Journey>,
    /// The language of the viewer's own words.
    language: ReadSignal<Language>,
) -> impl IntoView {
    let field = move |label: Label, value: Option<String>| {
        value.filter(|v| !v.trim().is_empty()).map(|value| {
            // Dates are the map's calendar days, shown in the map's calendar and digits.
            let is_date = matches!(label, Label::LastReview | Label::NextReview | Label::Updated);
            let value = if is_date { labels::date(&value, language.get_untracked()) } else { value };
            view! {
                <div class="meta-field">
                    <dt>{move || label.text(language.get())}</dt>
                    <dd dir="auto">{value}</dd>
                </div>
            }
        })
    };
    // Only the map's own fields: editing a card must not re-render the header.
    let meta = Memo::new(move |_| journey.with(|j| (Meta::of(j), j.id.clone(), j.updated.get(..10).unwrap_or(&j.updated).to_owned())));
    view! {
        <header class="map-header">
            <p class="map-kind">
                {move || meta.with(|(m, ..)| labels::labelled("viewer-map-kind", map_type_name(m.map_type, language.get()).to_owned(), language.get()))}
            </p>
            <h1 id=move || meta.with(|(_, id, _)| format!("{id}-title")) dir="auto">
                {move || meta.with(|(m, ..)| if m.title.trim().is_empty() { Label::Untitled.text(language.get()) } else { m.title.clone() })}
            </h1>
            <dl class="map-meta">
                {move || {
                    meta.with(|(m, _, updated)| {
                        vec![
                            field(Label::Goal, Some(m.goal.clone())),
                            field(Label::Scenario, Some(m.scenario.clone())),
                            field(Label::Owner, Some(m.owner.clone())),
                            field(Label::LastReview, m.last_review.clone()),
                            field(Label::NextReview, m.next_review.clone()),
                            field(Label::Updated, Some(updated.clone())),
                        ]
                    })
                }}
            </dl>
        </header>
    }
}
