//! The read-only journey map viewer: the one view of a map that the editor, the embeddable
//! widget and the static publisher all render. It reads the document through memos, so a change
//! to one card re-renders that card's cell and nothing else.
//!
//! Built `csr` for the browser and `ssr` for the site publisher. It has no storage, no
//! navigation and no editor: an editor plugs into the grid through [`GridEditing`] in context.

pub mod i18n;
pub mod labels;
pub mod marks;

mod card;
mod emotion;
mod grid;
mod header;
mod persona;

pub use card::CardView;
pub use grid::{Dragged, GridEditing, JourneyGrid};
pub use header::MapHeader;
pub use persona::{PersonaCard, PersonaList};

use leptos::prelude::*;
use safar_core::{Journey, Language, Persona};

/// A whole journey map: its header, its personas and the grid of stages and lanes.
///
/// ```no_run
/// use leptos::prelude::*;
/// use safar_view::JourneyMap;
/// use safar_core::examples::EXAMPLES;
///
/// let file = EXAMPLES[0].load().expect("a valid map");
/// leptos::mount::mount_to_body(move || {
///     view! { <JourneyMap journey=file.journeys[0].clone() personas=file.personas.clone()/> }
/// });
/// ```
#[component]
pub fn JourneyMap(
    /// The map to show.
    #[prop(into)]
    journey: Signal<Journey>,
    /// The personas of the map's file; the map shows those it names.
    #[prop(into)]
    personas: Signal<Vec<Persona>>,
) -> impl IntoView {
    let language = derive_when_changed(journey, map_language);
    // Derived apart, so that a change inside the map does not touch the article's attributes.
    let dir = derive_when_changed(journey, |j| j.direction.as_str());
    let lang = derive_when_changed(journey, |j| j.language.clone());
    let title_id = derive_when_changed(journey, |j| format!("{}-title", j.id));
    view! {
        <article class="journey-map" dir=dir lang=lang aria-labelledby=title_id>
            <MapHeader journey=journey language=language/>
            <PersonaList journey=journey personas=personas language=language/>
            <JourneyGrid journey=journey language=language/>
        </article>
    }
}

/// Where a map's relative addresses (persona photos, card images and links) start from: the
/// map file's own address in a widget, so `images/a.png` beside `/maps/x.json` is found; the
/// page's address when not given.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapBase(pub Option<String>);

/// `url` made absolute against the map's [`MapBase`]; as it is when there is none or it is
/// absolute already.
pub fn resolve(url: &str) -> String {
    let Some(MapBase(Some(base))) = use_context::<MapBase>() else { return url.to_owned() };
    if cfg!(not(target_arch = "wasm32")) {
        // Static pages sit beside their map files (the site publisher), so nothing moves.
        return url.to_owned();
    }
    web_sys::Url::new_with_base(url, &base).map(|u| u.href()).unwrap_or_else(|_| url.to_owned())
}

/// A signal of `compute(journey)` that changes only when the result does.
///
/// A memo would do the same for its value, but every memo downstream of the map is marked for a
/// check on any change of the map, and so is everything that reads it: thousands of cells on a
/// large map, on every keystroke. An effect that sets a plain signal when the value really
/// changed keeps those cells out of it.
pub(crate) fn derive_when_changed<T>(journey: Signal<Journey>, compute: fn(&Journey) -> T) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let value = RwSignal::new(journey.with_untracked(compute));
    Effect::new(move |_| {
        let next = journey.with(compute);
        if value.with_untracked(|current| current != &next) {
            value.set(next);
        }
    });
    value.read_only()
}

/// The language of the viewer's own words for a map: the map's, when Safar has it.
pub fn map_language(journey: &Journey) -> Language {
    Language::from_tag(&journey.language).unwrap_or(Language::English)
}
