//! The app: opens the saved map (or an example on a first visit) in the editor. An example
//! asked for by `?example=` is shown read-only, so looking at one never replaces your map.

use crate::editor::Editor;
use crate::storage::{self, Saved};
use crate::viewer::JourneyMap;
use leptos::prelude::*;
use safar_core::examples::{Example, EXAMPLES};
use safar_core::{Document, JourneyFile};

/// What the app opens.
enum Opened {
    /// The saved map, or the first example on a first visit, with a notice when the saved map
    /// could not be used.
    Editing { doc: Document, notice: Option<String> },
    /// An example, read-only.
    Viewing(JourneyFile),
}

fn open() -> Opened {
    if let Some(example) = requested_example() {
        return Opened::Viewing(load_example(example));
    }
    let first = || Document::from_file(load_example(&EXAMPLES[0])).expect("the examples hold a map");
    match storage::read_document() {
        Saved::Document(file) => match Document::from_file(file) {
            Some(doc) => Opened::Editing { doc, notice: None },
            None => Opened::Editing { doc: first(), notice: None },
        },
        Saved::Nothing => Opened::Editing { doc: first(), notice: None },
        Saved::Unreadable(error) => {
            // Keep the unreadable text aside before anything can be saved over it.
            let kept = storage::read(storage::DOCUMENT_KEY)
                .is_some_and(|text| storage::write(storage::UNREADABLE_KEY, &text).is_ok());
            let notice = format!(
                "Your saved map could not be opened, so an example is shown instead. {} Reason: {error}",
                if kept {
                    "A copy of the saved text is kept in this browser under “safar:document.unreadable”."
                } else {
                    "The saved text could not be copied aside, so this example is read-only to keep the saved text as it is."
                }
            );
            if kept {
                Opened::Editing { doc: first(), notice: Some(notice) }
            } else {
                Opened::Viewing(load_example(&EXAMPLES[0]))
            }
        }
        Saved::Unavailable => Opened::Editing {
            doc: first(),
            notice: Some("This browser does not allow Safar to use its storage here, so maps cannot be kept between visits.".into()),
        },
    }
}

/// The example named by the page's `?example=` parameter.
fn requested_example() -> Option<&'static Example> {
    let search = web_sys::window()?.location().search().ok()?;
    let name = search.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix("example="))?;
    EXAMPLES.iter().find(|example| example.name == name)
}

fn load_example(example: &Example) -> JourneyFile {
    // The examples are validated by the core's tests; failing here is a build defect.
    example.load().expect("the bundled examples are valid")
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let main = match open() {
        Opened::Editing { doc, notice } => view! {
            {notice.map(|text| view! { <p class="notice" role="status">{text}</p> })}
            <Editor doc=doc/>
        }
        .into_any(),
        Opened::Viewing(file) => {
            let personas = Signal::stored(file.personas.clone());
            let journey = Signal::stored(file.journeys[0].clone());
            view! {
                <p class="notice info">"This example is read-only. " <a href="./">"Back to your map"</a></p>
                <JourneyMap journey=journey personas=personas/>
            }
            .into_any()
        }
    };
    view! {
        <header class="app-bar">
            <a class="brand" href="./" lang="en">
                <span class="brand-mark" aria-hidden="true">"سفر"</span>
                " Safar"
            </a>
            <nav aria-label="Example maps">
                <ul>
                    {EXAMPLES.iter().map(|example| {
                        let title = example.title();
                        view! {
                            <li>
                                <a href=format!("?example={}", example.name) hreflang=example.language lang=example.language dir="auto">
                                    {title}
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </nav>
        </header>
        <main id="main">{main}</main>
    }
}
