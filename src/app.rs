//! The app: opens the saved map (or an example on a first visit) and shows it.

use crate::storage::{self, Saved};
use crate::viewer::JourneyMap;
use leptos::prelude::*;
use safar_core::examples::{Example, EXAMPLES};
use safar_core::JourneyFile;

/// The document the app opened, and why, when it is not the one the user saved.
struct Opened {
    file: JourneyFile,
    notice: Option<String>,
}

fn open() -> Opened {
    if let Some(example) = requested_example() {
        return Opened { file: load_example(example), notice: None };
    }
    let first = || load_example(&EXAMPLES[0]);
    match storage::read_document() {
        Saved::Document(file) => Opened { file, notice: None },
        Saved::Nothing => Opened { file: first(), notice: None },
        Saved::Unreadable(error) => Opened {
            file: first(),
            notice: Some(format!(
                "Your saved map could not be opened, so an example is shown instead. The saved copy is kept unchanged. Reason: {error}"
            )),
        },
        Saved::Unavailable => Opened {
            file: first(),
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
    let Opened { file, notice } = open();
    let personas = Signal::stored(file.personas.clone());
    let journey = Signal::stored(file.journeys[0].clone());
    view! {
        <header class="app-bar">
            <a class="brand" href="./" lang="en">
                <span class="brand-mark" aria-hidden="true">"سفر"</span>
                " Safar"
            </a>
            <nav aria-label="Example maps">
                <ul>
                    {EXAMPLES.iter().map(|example| {
                        let title = example.load().map(|f| f.journeys[0].title.clone()).unwrap_or_default();
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
        <main id="main">
            {notice.map(|text| view! { <p class="notice" role="status">{text}</p> })}
            <JourneyMap journey=journey personas=personas/>
        </main>
    }
}
