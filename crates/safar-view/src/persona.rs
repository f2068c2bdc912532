//! The personas a map is about, shown above the grid.

use crate::labels::{Label, LabelText};
use leptos::prelude::*;
use safar_core::url::is_safe_url;
use safar_core::{Journey, Language, Persona};

/// The personas that `journey` names, in its order.
#[component]
pub fn PersonaList(
    /// The map.
    journey: Signal<Journey>,
    /// Every persona of the map's file.
    personas: Signal<Vec<Persona>>,
    /// The language of the viewer's own words.
    language: ReadSignal<Language>,
) -> impl IntoView {
    let shown = Memo::new(move |_| {
        journey.with(|j| {
            personas.with(|all| {
                j.personas.iter().filter_map(|id| all.iter().find(|p| &p.id == id).cloned()).collect::<Vec<_>>()
            })
        })
    });
    move || {
        let list = shown.get();
        (!list.is_empty()).then(|| {
            let heading = if list.len() == 1 { Label::Persona } else { Label::Personas };
            view! {
                <section class="personas" aria-label=move || heading.text(language.get())>
                    {list.into_iter().map(|persona| view! { <PersonaCard persona=persona language=language/> }).collect_view()}
                </section>
            }
        })
    }
}

/// One persona: who they are, what they want and what frustrates them.
#[component]
pub fn PersonaCard(
    /// The persona.
    persona: Persona,
    /// The language of the viewer's own words.
    language: ReadSignal<Language>,
    /// Whether the persona is the page's subject (a persona's page on a published site): the
    /// name is then the page's `<h1>`.
    #[prop(optional)]
    top_level: bool,
) -> impl IntoView {
    let list = move |label: Label, items: Vec<String>| {
        (!items.is_empty()).then(|| {
            view! {
                <div class="persona-list">
                    <h3>{move || label.text(language.get())}</h3>
                    <ul>{items.into_iter().map(|item| view! { <li dir="auto">{item}</li> }).collect_view()}</ul>
                </div>
            }
        })
    };
    let photo = persona.photo.filter(|photo| is_safe_url(&photo.url, true)).map(|photo| {
        view! { <img class="persona-photo" src=super::resolve(&photo.url) alt=photo.alt loading="lazy"/> }
    });
    let day = (!persona.day_in_the_life.is_empty()).then(|| {
        view! {
            <div class="persona-day">
                <h3>{move || Label::DayInTheLife.text(language.get())}</h3>
                <p dir="auto">{persona.day_in_the_life.clone()}</p>
            </div>
        }
    });
    view! {
        <article class="persona" aria-labelledby=format!("persona-{}", persona.id)>
            <div class="persona-who">
                {photo}
                <div>
                    <p class="persona-role">{move || Label::Persona.text(language.get())}</p>
                    {if top_level {
                        view! { <h1 id=format!("persona-{}", persona.id) dir="auto">{persona.name.clone()}</h1> }.into_any()
                    } else {
                        view! { <h2 id=format!("persona-{}", persona.id) dir="auto">{persona.name.clone()}</h2> }.into_any()
                    }}
                    <p dir="auto">{persona.description.clone()}</p>
                </div>
            </div>
            <div class="persona-lists">
                {list(Label::Goals, persona.goals)}
                {list(Label::Needs, persona.needs)}
                {list(Label::Motivations, persona.motivations)}
                {list(Label::Frustrations, persona.pain_points)}
            </div>
            {day}
        </article>
    }
}
