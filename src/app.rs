//! The app: the library of maps, a map's editor (`?map=ID`), a snapshot shown read-only
//! (`?map=ID&snapshot=N`), or an example shown read-only (`?example=NAME`).

use crate::embed_dialog::EmbedDialog;
use crate::library_page::{go, map_url, LibraryPage};
use crate::new_map::NewMapDialog;
use crate::versions::VersionsDialog;
use leptos::prelude::*;
use safar_core::examples::{Example, EXAMPLES};
use safar_core::library::LibraryError;
use safar_core::{Document, Id, JourneyFile, Language};
use safar_editor::{Editor, EditorState, Extras, Host, Maps, Saver, Toast};
use safar_i18n::Arg;
use safar_store::files::download;
use safar_store::{SharedLibrary, Writes};
use safar_view::i18n::{rich, use_i18n, words, Describe, I18n, Message};
use safar_view::JourneyMap;
use safar_view::{msg, t};
use std::rc::Rc;

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

fn problem(message: Message) -> AnyView {
    let i18n = use_i18n();
    view! {
        <div class="problem">
            <p class="notice" role="alert">{move || rich(i18n, &message)}</p>
            <p><a href="./">{t!(i18n, "app-back-to-library")}</a></p>
        </div>
    }
    .into_any()
}

fn map_screen(shared: SharedLibrary, id: Id) -> AnyView {
    let i18n = use_i18n();
    let loaded = safar_view::marks::measured("safar:load", || shared.change_list(|l| l.load(&id)));
    match loaded {
        Ok(loaded) if loaded.trashed || shared.read_only => {
            let trashed = loaded.trashed;
            let failure = RwSignal::new(None::<Message>);
            let restore = move |_| match shared.change(|l| l.set_trashed(&id, None)) {
                Ok(()) => go(&map_url(&id)),
                Err(error) => failure.set(Some(msg!("app-map-not-restored", reason = error.describe()))),
            };
            let notice = if trashed {
                view! {
                    {t!(i18n, "app-trashed-notice")}
                    " "
                    <button type="button" class="button small" on:click=restore>{t!(i18n, "app-restore-it")}</button>
                    <span role="alert">{move || failure.get().map(|m| rich(i18n, &m))}</span>
                }.into_any()
            } else {
                view! { {t!(i18n, "app-newer-library-notice")} " " <a href="./">{t!(i18n, "app-back-to-library")}</a> }.into_any()
            };
            read_only(loaded.file, notice)
        }
        Ok(loaded) => {
            let revision = loaded.revision;
            match Document::from_file(loaded.file) {
                Some(doc) => view! { <Editor doc=doc revision=revision host=editor_host(shared)/> }.into_any(),
                None => problem(msg!("app-file-holds-no-map")),
            }
        }
        Err(LibraryError::Newer(reason)) => {
            let raw = shared.read(|l| safar_core::library::Store::get(l.store(), &l.keys().map(&id))).unwrap_or_default();
            let name = format!("{id}.safar-record.json");
            let reason = reason.describe();
            view! {
                <div class="problem">
                    <p class="notice">{move || rich(i18n, &msg!("app-map-newer", reason = reason.clone()))}</p>
                    <p>
                        <button type="button" class="button" on:click=move |_| { let _ = download(&name, &raw, "application/json"); }>{t!(i18n, "app-download-data")}</button>
                        " " <a href="./">{t!(i18n, "app-back-to-library")}</a>
                    </p>
                </div>
            }
            .into_any()
        }
        Err(error) => problem(msg!("app-map-cannot-open", reason = error.describe())),
    }
}

/// The app around a map's editor: a library of maps with addresses, and the toolbar's Versions,
/// Embed and New map.
fn editor_host(shared: SharedLibrary) -> Host {
    Host {
        maps: Some(Maps {
            open: |id| go(&map_url(id)),
            readdress: |id| {
                if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&map_url(id)));
                }
            },
            hold_back: |guard| crate::navigation::hold_back(move || guard()),
        }),
        extras: Some(Rc::new(move |state, saver| editor_extras(shared, state, saver))),
        pictures: Some(safar_editor::share::Pictures(format!("{}safar-picture.js", crate::embed_dialog::widget_base()))),
        ..Host::default()
    }
}

fn editor_extras(shared: SharedLibrary, state: EditorState, saver: Saver) -> Extras {
    let i18n = use_i18n();
    let (versions, embed, new_map) = (RwSignal::new(false), RwSignal::new(false), RwSignal::new(false));
    // A new map starts only once this one is stored, so nothing typed is left behind.
    let create = Callback::new(move |doc: Document| {
        saver.save();
        if !saver.is_saved() {
            state.toast.set(Some(Toast::notice(msg!("editor-new-map-unsaved"))));
            return;
        }
        let id = doc.journey.id.clone();
        match shared.change(|library| library.create(&doc.to_file())) {
            Ok(()) => go(&map_url(&id)),
            Err(error) => state.toast.set(Some(Toast::notice(msg!("editor-new-map-failed", reason = error.describe())))),
        }
    });
    Extras {
        toolbar: view! {
            <div class="toolbar-group">
                <button type="button" class="button" on:click=move |_| versions.set(true)>{t!(i18n, "editor-versions")}</button>
                <button type="button" class="button" on:click=move |_| embed.set(true)>{t!(i18n, "editor-embed")}</button>
                <button type="button" class="button" on:click=move |_| new_map.set(true)>{t!(i18n, "editor-new-map")}</button>
            </div>
        }
        .into_any(),
        dialogs: view! {
            <NewMapDialog open=new_map on_create=create/>
            <VersionsDialog open=versions saver=saver/>
            <EmbedDialog open=embed/>
        }
        .into_any(),
    }
}

fn snapshot_screen(shared: SharedLibrary, id: Id, number: u32) -> AnyView {
    let i18n = use_i18n();
    let info = shared.quietly(|l| l.snapshots(&id)).into_iter().find(|s| s.number == number);
    match (shared.read(|l| l.snapshot(&id, number)), info) {
        (Ok(file), Some(info)) => {
            let back = map_url(&id);
            let notice = move || rich(i18n, &msg!("app-snapshot-notice", name = info.name.clone(), date = i18n.date(&info.created)));
            read_only(
                file,
                view! {
                    <span>{notice}</span>
                    " "
                    <a href=back>{t!(i18n, "app-back-to-map")}</a>
                }
                .into_any(),
            )
        }
        (Err(error), _) => problem(msg!("app-snapshot-cannot-show", reason = error.describe())),
        (Ok(_), None) => problem(msg!("app-no-such-snapshot")),
    }
}

/// Names the page after its screen (WCAG 2.4.2), in the interface language.
fn set_title(i18n: I18n, shared: SharedLibrary, route: &Route) {
    let map_title = |id: &Id| shared.read(|l| l.entry(id).map(|e| e.title.clone())).filter(|t| !t.trim().is_empty());
    let screen: Arg = match route {
        Route::Library => msg!("library-title").into(),
        Route::Map(id) => match map_title(id) {
            Some(title) => title.into(),
            None => msg!("app-title-map").into(),
        },
        Route::Snapshot(id, _) => match map_title(id) {
            Some(title) => msg!("app-title-snapshot", title = title).into(),
            None => msg!("app-title-snapshot-untitled").into(),
        },
        Route::Example(example) => msg!("app-title-example", title = example.title()).into(),
    };
    document().set_title(&words(i18n, &msg!("app-page-title", screen = screen)));
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let i18n = crate::preferences::interface_language();
    provide_context(i18n);
    let shared = SharedLibrary::open_at(safar_store::storage::namespace(), &EXAMPLES, Writes::Probed);
    provide_context(shared);
    let moves = crate::navigation::start();
    // The page's title follows the screen and the interface language.
    Effect::new(move |_| {
        moves.track();
        i18n.locale();
        untrack(|| set_title(i18n, shared, &route()));
    });
    let main = move || {
        moves.track();
        // Each screen gets an owner of its own, so what it provides (the editor's contexts) and
        // creates goes with it; only the address chooses the screen, so nothing read while
        // building it is tracked here.
        let screen = Owner::current().map(|o| o.child()).unwrap_or_default();
        let view = screen.with(|| untrack(move || {
        match route() {
            Route::Library => view! { <LibraryPage/> }.into_any(),
            Route::Map(id) => map_screen(shared, id),
            Route::Snapshot(id, number) => snapshot_screen(shared, id, number),
            Route::Example(example) => {
                // The examples are validated by the core's tests; failing here is a build defect.
                let file = example.load().expect("the bundled examples are valid");
                read_only(file, view! { {t!(i18n, "app-example-notice")} " " <a href="./">{t!(i18n, "app-back-to-library")}</a> }.into_any())
            }
        }
        }));
        // The screen's owner lives exactly as long as its view (as Leptos' own `Provider` does).
        leptos::tachys::reactive_graph::OwnedView::new_with_owner(view, screen)
    };
    // In English the name sits beside its Persian mark, «سفر»; in Persian and Arabic the name is
    // that word itself.
    let english = move || i18n.language() == Language::English;
    view! {
        <header class="app-bar">
            <a class="brand" href="./">
                {move || english().then(|| view! { <span class="brand-mark" aria-hidden="true" lang="fa">"سفر"</span> " " })}
                {t!(i18n, "app-brand")}
            </a>
            <nav aria-label=t!(i18n, "app-brand")>
                <ul>
                    <li><a href="./">{t!(i18n, "app-library")}</a></li>
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
