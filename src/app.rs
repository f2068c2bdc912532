//! The app: the library of maps, a map's editor (`?map=ID`), a snapshot shown read-only
//! (`?map=ID&snapshot=N`), or an example shown read-only (`?example=NAME`).

use crate::editor::Editor;
use crate::files::download;
use crate::library::{map_url, LibraryPage, Shelf};
use crate::time::show_date;
use crate::viewer::JourneyMap;
use leptos::prelude::*;
use safar_core::examples::{Example, EXAMPLES};
use safar_core::library::LibraryError;
use safar_core::{Document, Id, JourneyFile};

/// Which screen the address asks for.
#[derive(Clone)]
enum Route {
    Library,
    Map(Id),
    Snapshot(Id, u32),
    Example(&'static Example),
}

fn route() -> Route {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let param = |name: &str| {
        search.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix(name)?.strip_prefix('=')).map(str::to_owned)
    };
    if let Some(example) = param("example").and_then(|name| EXAMPLES.iter().find(|e| e.name == name)) {
        return Route::Example(example);
    }
    match (param("map").map(Id::new).filter(Id::is_well_formed), param("snapshot").and_then(|n| n.parse().ok())) {
        (Some(id), Some(number)) => Route::Snapshot(id, number),
        (Some(id), None) => Route::Map(id),
        _ => Route::Library,
    }
}

/// A map shown without editing, with a line saying why.
fn read_only(file: JourneyFile, notice: AnyView) -> AnyView {
    let personas = Signal::stored(file.personas.clone());
    let journey = Signal::stored(file.journeys[0].clone());
    view! {
        <div class="notice info">{notice}</div>
        <JourneyMap journey=journey personas=personas/>
    }
    .into_any()
}

fn problem(text: String) -> AnyView {
    view! {
        <div class="problem">
            <p class="notice" role="alert" dir="auto">{text}</p>
            <p><a href="./">"Back to your library"</a></p>
        </div>
    }
    .into_any()
}

fn map_screen(shelf: Shelf, id: Id) -> AnyView {
    let loaded = crate::time::measured("safar:load", || shelf.change_list(|l| l.load(&id)));
    match loaded {
        Ok(loaded) if loaded.trashed || shelf.read_only => {
            let trashed = loaded.trashed;
            let failure = RwSignal::new(None::<String>);
            let restore = move |_| match shelf.change(|l| l.set_trashed(&id, None)) {
                Ok(()) => crate::library::go(&map_url(&id)),
                Err(error) => failure.set(Some(format!("The map was not restored: {error}."))),
            };
            let notice = if trashed {
                view! {
                    "This map is in the trash, so it is shown read-only. "
                    <button type="button" class="button small" on:click=restore>"Restore it"</button>
                    <span role="alert">{move || failure.get()}</span>
                }.into_any()
            } else {
                view! { "This library was saved by a newer version of Safar, so this map is shown read-only. " <a href="./">"Back to your library"</a> }.into_any()
            };
            read_only(loaded.file, notice)
        }
        Ok(loaded) => {
            let revision = loaded.revision;
            match Document::from_file(loaded.file) {
                Some(doc) => view! { <Editor doc=doc revision=revision/> }.into_any(),
                None => problem("This map file holds no map.".into()),
            }
        }
        Err(LibraryError::Newer(reason)) => {
            let raw = shelf.read(|l| safar_core::library::Store::get(l.store(), &l.keys().map(&id))).unwrap_or_default();
            let name = format!("{id}.safar-record.json");
            view! {
                <div class="problem">
                    <p class="notice">{format!("This map cannot be opened here: {reason}. Update Safar to open it.")}</p>
                    <p>
                        <button type="button" class="button" on:click=move |_| { let _ = download(&name, &raw, "application/json"); }>"Download its data"</button>
                        " " <a href="./">"Back to your library"</a>
                    </p>
                </div>
            }
            .into_any()
        }
        Err(error) => problem(format!("This map cannot be opened: {error}.")),
    }
}

fn snapshot_screen(shelf: Shelf, id: Id, number: u32) -> AnyView {
    let info = shelf.quietly(|l| l.snapshots(&id)).into_iter().find(|s| s.number == number);
    match (shelf.read(|l| l.snapshot(&id, number)), info) {
        (Ok(file), Some(info)) => {
            let back = map_url(&id);
            read_only(
                file,
                view! {
                    <span dir="auto">{format!("Snapshot “{}”, saved {}. Read-only; restore it from Versions in the editor. ", info.name, show_date(&info.created))}</span>
                    <a href=back>"Back to the map"</a>
                }
                .into_any(),
            )
        }
        (Err(error), _) => problem(format!("This snapshot cannot be shown: {error}.")),
        (Ok(_), None) => problem("There is no such snapshot.".into()),
    }
}

/// Names the page after its screen (WCAG 2.4.2).
fn set_title(shelf: Shelf, route: &Route) {
    let map_title = |id: &Id| shelf.read(|l| l.entry(id).map(|e| e.title.clone())).filter(|t| !t.trim().is_empty());
    let title = match route {
        Route::Library => "Your maps".to_owned(),
        Route::Map(id) => map_title(id).unwrap_or_else(|| "Map".to_owned()),
        Route::Snapshot(id, _) => format!("Snapshot of {}", map_title(id).unwrap_or_else(|| "a map".to_owned())),
        Route::Example(example) => format!("{} (example)", example.title()),
    };
    document().set_title(&format!("{title} · Safar"));
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let i18n = crate::i18n::I18n::start();
    provide_context(i18n);
    let shelf = Shelf::open();
    provide_context(shelf);
    let moves = crate::navigation::start();
    let main = move || {
        moves.track();
        // Each screen gets an owner of its own, so what it provides (the editor's contexts) and
        // creates goes with it; only the address chooses the screen, so nothing read while
        // building it is tracked here.
        let screen = Owner::current().map(|o| o.child()).unwrap_or_default();
        let view = screen.with(|| untrack(move || {
        let route = route();
        set_title(shelf, &route);
        match route {
            Route::Library => view! { <LibraryPage/> }.into_any(),
            Route::Map(id) => map_screen(shelf, id),
            Route::Snapshot(id, number) => snapshot_screen(shelf, id, number),
            Route::Example(example) => {
                // The examples are validated by the core's tests; failing here is a build defect.
                let file = example.load().expect("the bundled examples are valid");
                read_only(file, view! { "This example is read-only. " <a href="./">"Back to your library"</a> }.into_any())
            }
        }
        }));
        // The screen's owner lives exactly as long as its view (as Leptos' own `Provider` does).
        leptos::tachys::reactive_graph::OwnedView::new_with_owner(view, screen)
    };
    view! {
        <header class="app-bar">
            <a class="brand" href="./" lang="en">
                <span class="brand-mark" aria-hidden="true">"سفر"</span>
                " Safar"
            </a>
            <nav aria-label="Safar">
                <ul>
                    <li><a href="./">"Library"</a></li>
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
            <crate::language_picker::LanguagePicker/>
        </header>
        <main id="main" tabindex="-1">{main}</main>
    }
}
