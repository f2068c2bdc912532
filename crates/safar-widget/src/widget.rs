//! The embeddable widget: one journey map inside a page Safar does not control, shown read-only
//! or edited, in its own shadow root. The `safar-widget` crate exposes it to JavaScript; the
//! custom element `<safar-journey-map>` (widget/safar-widget.js) turns attributes into
//! [`Settings`] and fetches the map file.
//!
//! A widget shows the same viewer and editor as the app. Its edits are kept in a library of its
//! own in localStorage (`safar-widget` or `safar-widget.STORAGE-KEY`), so they survive a reload,
//! and widgets that show the same stored map follow each other, on the page and across tabs.
//!
//! It comes in two builds. The `view` build (no features) reads: it shows a map, and follows
//! stored edits of it. The `edit` build (feature `edit`) adds the editor; `safar-widget.js`
//! loads it only for a widget that edits.

use leptos::__reexports::send_wrapper::SendWrapper;
use leptos::prelude::*;
use safar_core::embed::{self, Export, Mode, View};
use safar_core::library::{Keys, LibraryError};
use safar_core::{Document, Journey, JourneyFile, Language, Persona};
#[cfg(feature = "edit")]
use safar_editor::{Editor, EditorState, Host};
use safar_i18n::Locale;
use safar_store::{SharedLibrary, Writes};
use safar_view::i18n::{rich, Describe, I18n, Message};
use safar_view::JourneyMap;
use safar_view::{msg, t};
use std::sync::Arc;

/// What the page asks of a widget: its attributes, or the options of `mount`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    /// The language of the widget's own words (`lang`). Without it, the map's language.
    pub lang: Option<Language>,
    /// The language of the page around the widget, for words shown before a map is there.
    pub page_lang: Option<Language>,
    /// The direction of the widget's own words (`dir`); the map keeps its own.
    pub dir: Option<safar_core::Direction>,
    pub mode: Mode,
    /// Where edits are kept (`storage-key`); a read-only widget with one follows them.
    pub storage_key: Option<String>,
    /// Some lanes, one stage (`lanes`, `stage`).
    pub view: View,
    /// The map's greatest height, a CSS length (`height`); empty for the app's default.
    pub height: String,
    /// Narrower columns and tighter spacing (`compact`).
    pub compact: bool,
    /// Which map of a file with several (`map`, a map's id); without it, the first.
    pub map: Option<String>,
    /// The files a reader may download from the widget's menu (`exports`); none by default.
    pub exports: Vec<Export>,
    /// Where the widget's folder serves the picture client (`safar-picture.js`), for the
    /// editor's Share; safar-widget.js sets it, never the page. Only the edit build has Share
    /// (the view build's download menu asks the client from safar-widget.js).
    #[cfg(feature = "edit")]
    pub pictures: Option<String>,
}

/// Where a widget's map comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The page's markup: `src` or a JSON child. Stored edits of the map win over it.
    Page,
    /// The host's script (`setMap`): it replaces the stored map.
    Host,
}

/// Where the widget's map stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    Loading,
    /// A map, where it came from, and the address its relative links start from.
    Ready(Arc<JourneyFile>, Origin, Option<String>),
    Failed(Message),
}

/// Why a map could not be had, for `safar-error`.
#[derive(Clone, Debug, PartialEq)]
pub struct Failure {
    /// Stable, for scripts: `network`, `status`, `origin`, `file`, `map`, `too-large`, `empty`, `storage-key`.
    pub code: &'static str,
    /// In the widget's language, as the widget shows it.
    pub message: String,
}

/// What went wrong fetching a map file, as the page's script saw it.
#[derive(Clone, Debug, PartialEq)]
pub enum Fetch {
    /// No answer, or one the browser would not let the page read (CORS, a policy).
    Network { url: String },
    /// An answer other than 2xx.
    Status { url: String, status: u16 },
    /// An address on another origin, where the widget shows only its page's own (`same-origin`).
    OtherOrigin { url: String },
    /// Neither `src` nor a JSON child.
    Empty,
    /// An answer whose bytes are not UTF-8 text.
    NotUtf8 { url: String },
    /// A map's text longer than [`safar_core::limits::MAX_FILE_BYTES`], found before it was
    /// read whole: its size in bytes when the answer said it, `None` when reading stopped at
    /// the limit.
    TooLarge { url: String, bytes: Option<usize> },
}

/// A widget mounted into an element; dropping it takes the widget down.
pub struct Widget {
    settings: RwSignal<Settings>,
    source: RwSignal<Source>,
    i18n: I18n,
    /// The editor's state, in edit mode.
    #[cfg_attr(not(feature = "edit"), allow(dead_code))]
    editor: StoredValue<Option<Editing>>,
    /// The map shown, in view mode.
    shown: StoredValue<Option<Arc<JourneyFile>>>,
    mounted: Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
}

/// What a widget tells the page's script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// A map is on screen.
    Ready,
    /// The map changed: an edit here, or one made in another widget or tab.
    Change,
    /// The download menu's place was drawn, or its language changed.
    Downloads,
}

impl Widget {
    /// Mounts a widget into `container` (an element inside the host's shadow root). `tell` is
    /// called for every [`Event`].
    pub fn mount(container: web_sys::HtmlElement, settings: Settings, tell: impl Fn(Event) + 'static) -> Widget {
        let root = SendWrapper::new(container.clone());
        let tell = SendWrapper::new(tell);
        let tell = Callback::new(move |event: Event| (*tell)(event));
        let parts = std::rc::Rc::new(std::cell::RefCell::new(None));
        let out = parts.clone();
        let mounted = leptos::mount::mount_to(container, move || {
            // Words said before the first effect runs (a failure reported at once) are already in
            // the widget's language.
            let i18n = I18n::fixed(Locale::new(settings.lang.or(settings.page_lang).unwrap_or(Language::English)));
            let settings = RwSignal::new(settings);
            let source = RwSignal::new(Source::Loading);
            let editor = StoredValue::new(None);
            let shown = StoredValue::new(None);
            *out.borrow_mut() = Some((settings, source, i18n, editor, shown));
            let parts = WidgetState { settings, source, i18n, editor, shown, root, tell };
            view! { <WidgetView parts=parts/> }.into_any()
        });
        let (settings, source, i18n, editor, shown) = parts.borrow_mut().take().expect("mounting builds the view at once");
        Widget { settings, source, i18n, editor, shown, mounted: Some(mounted) }
    }

    /// Applies changed attributes.
    pub fn configure(&self, settings: Settings) {
        if self.settings.try_with_untracked(|current| current != &settings) == Some(true) {
            self.settings.set(settings);
        }
    }

    /// Shows a map file's text; a file that is no valid map is shown as a failure and returned.
    pub fn show_text(&self, text: &str, url: &str, origin: Origin) -> Result<(), Failure> {
        let loaded = JourneyFile::from_json(text)
            .map_err(|error| {
                let code = if matches!(error, safar_core::LoadError::TooLarge(_)) { "too-large" } else { "file" };
                (code, msg!("widget-error-file", url = readable(url), reason = error.describe()))
            })
            .and_then(|file| if file.journeys.is_empty() { Err(("file", msg!("widget-error-no-map", url = readable(url)))) } else { Ok(file) })
            .and_then(|file| self.chosen_map(file, url));
        match loaded {
            Ok(file) => {
                let base = url.contains("://").then(|| url.to_owned());
                self.source.try_set(Source::Ready(Arc::new(file), origin, base));
                Ok(())
            }
            Err((code, message)) => Err(self.fail(code, message)),
        }
    }

    /// The file as one map: the one `map` names, else the first; a name that is none of the
    /// file's maps is a failure that lists them.
    fn chosen_map(&self, mut file: JourneyFile, url: &str) -> Result<JourneyFile, (&'static str, Message)> {
        let Some(id) = self.settings.try_with_untracked(|s| s.map.clone()).flatten() else { return Ok(file) };
        match file.journeys.iter().position(|j| j.id.as_str() == id) {
            Some(at) => {
                file.journeys = vec![file.journeys.swap_remove(at)];
                Ok(file)
            }
            None => {
                let ids: Vec<String> = file.journeys.iter().map(|j| j.id.as_str().to_owned()).collect();
                Err(("map", msg!("widget-error-no-such-map", url = readable(url), id = id, ids = safar_view::i18n::list(&ids))))
            }
        }
    }

    /// Shows why no map could be fetched, and returns it.
    pub fn show_fetch_failure(&self, fetch: Fetch) -> Failure {
        match fetch {
            Fetch::Network { url } => self.fail("network", msg!("widget-error-network", url = readable(&url), mechanism = "CORS")),
            Fetch::Status { url, status } => self.fail("status", msg!("widget-error-status", url = readable(&url), status = status)),
            Fetch::OtherOrigin { url } => {
                let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
                self.fail("origin", msg!("widget-error-other-origin", url = readable(&url), origin = origin))
            }
            Fetch::Empty => self.fail("empty", msg!("widget-error-empty", attribute = "src", element = "<script type=\"application/json\">")),
            Fetch::NotUtf8 { url } => self.fail("file", msg!("widget-error-not-utf8", url = readable(&url))),
            Fetch::TooLarge { url, bytes: Some(found) } => {
                let exceeded = safar_core::Exceeded { limit: safar_core::Limit::FileBytes, path: String::new(), found };
                self.fail("too-large", msg!("widget-error-file", url = readable(&url), reason = exceeded.describe()))
            }
            Fetch::TooLarge { url, bytes: None } => {
                let most = safar_core::limits::MAX_FILE_BYTES / (1024 * 1024);
                self.fail("too-large", msg!("widget-error-too-large", url = readable(&url), max = most))
            }
        }
    }

    /// Shows that a map is on its way.
    pub fn show_loading(&self) {
        self.source.try_set(Source::Loading);
    }

    fn fail(&self, code: &'static str, message: Message) -> Failure {
        let failure = Failure { code, message: untrack(|| safar_view::i18n::words(self.i18n, &message)) };
        self.source.try_set(Source::Failed(message));
        failure
    }

    /// The widget's words.
    pub fn i18n(&self) -> I18n {
        self.i18n
    }

    /// The title of the read-only map shown, if one is.
    pub fn shown_title(&self) -> Option<String> {
        self.shown.try_get_value().flatten().and_then(|file| file.journeys.first().map(|j| j.title.clone()))
    }

    /// The map as it is now, as a map file's text: with the edits, in edit mode.
    pub fn map_json(&self) -> Option<String> {
        #[cfg(feature = "edit")]
        if let Some(state) = self.editor.try_get_value().flatten() {
            if state.journey.try_with_untracked(|_| ()).is_some() {
                return Some(state.file().to_json());
            }
        }
        self.shown.try_get_value().flatten().map(|file| file.to_json())
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        // Unmounting disposes the widget's owner: its effects, listeners and timers go with it.
        self.mounted.take();
    }
}

/// What an editing widget reads its map from: the editor's state, in the `edit` build.
#[cfg(feature = "edit")]
type Editing = EditorState;
/// An address as a person reads it: `%D8%B3` shown as the letter it encodes, as the browser's
/// address bar does, but with characters that would hide or reorder the text around them
/// (controls, bidi overrides, spaces) kept encoded. For messages only; fetches use the address.
fn readable(url: &str) -> String {
    let Ok(decoded) = js_sys::decode_uri(url) else { return url.to_owned() };
    let mut shown = String::new();
    for c in String::from(decoded).chars() {
        let hidden = c.is_control()
            || c.is_whitespace()
            || matches!(c, '\u{61c}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}');
        if hidden {
            let mut bytes = [0; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                shown.push_str(&format!("%{byte:02X}"));
            }
        } else {
            shown.push(c);
        }
    }
    shown
}

/// The `view` build has no editor.
#[cfg(not(feature = "edit"))]
type Editing = std::convert::Infallible;

#[derive(Clone)]
struct WidgetState {
    settings: RwSignal<Settings>,
    source: RwSignal<Source>,
    i18n: I18n,
    editor: StoredValue<Option<Editing>>,
    shown: StoredValue<Option<Arc<JourneyFile>>>,
    #[cfg_attr(not(feature = "edit"), allow(dead_code))]
    root: SendWrapper<web_sys::HtmlElement>,
    tell: Callback<Event>,
}

/// How the widget uses the browser's store, from its mode and storage key, and so what its body
/// shows besides the map: an editor that saves, a map that follows saved edits, or neither.
#[derive(Clone, Debug, PartialEq)]
enum StoreUse {
    Edit(String),
    Follow(String),
    Plain,
    BadKey(String),
}

#[component]
fn WidgetView(parts: WidgetState) -> impl IntoView {
    let WidgetState { settings, source, i18n, .. } = parts.clone();
    provide_context(i18n);
    // The widget speaks its `lang`, else its map's language, else the page's.
    Effect::new(move |_| {
        let map = source.with(|s| match s {
            Source::Ready(file, ..) => Language::from_tag(&file.journeys[0].language),
            _ => None,
        });
        let language = settings.with(|s| s.lang.or(map).or(s.page_lang)).unwrap_or(Language::English);
        if i18n.language() != language {
            i18n.set(Locale::new(language));
        }
    });
    let store_use = Memo::new(move |_| {
        settings.with(|s| {
            let explicit = s.storage_key.as_deref().is_some_and(|k| !k.trim().is_empty());
            match (embed::storage_namespace(s.storage_key.as_deref()), s.mode) {
                (Err(bad), _) => StoreUse::BadKey(bad.0),
                (Ok(namespace), Mode::Edit) => StoreUse::Edit(namespace),
                (Ok(namespace), Mode::View) if explicit => StoreUse::Follow(namespace),
                (Ok(_), Mode::View) => StoreUse::Plain,
            }
        })
    });
    let body = move || {
        let store_use = store_use.get();
        let current = source.get();
        // Each map and use of the store gets an owner of its own, so the editor's contexts, its shared library and
        // its listeners go when the widget shows something else.
        let owner = Owner::current().map(|o| o.child()).unwrap_or_default();
        let parts = parts.clone();
        let view = owner.with(|| untrack(move || content(parts, store_use, current)));
        leptos::tachys::reactive_graph::OwnedView::new_with_owner(view, owner)
    };
    let height = move || settings.with(|s| embed::css_length(&s.height));
    view! {
        <div
            class="safar-widget"
            class:compact=move || settings.with(|s| s.compact)
            lang=move || i18n.language().tag()
            dir=move || settings.with(|s| s.dir).unwrap_or_else(|| i18n.locale().direction()).as_str()
            style:--safar-map-height=move || Some(height()).filter(|h| !h.is_empty())
        >
            {body}
        </div>
    }
}

fn content(parts: WidgetState, store_use: StoreUse, source: Source) -> AnyView {
    let i18n = parts.i18n;
    parts.editor.set_value(None);
    parts.shown.set_value(None);
    if let Source::Ready(_, _, base) = &source {
        provide_context(safar_view::MapBase(base.clone()));
    }
    match (source, store_use) {
        (Source::Loading, _) => view! { <p class="widget-status" role="status">{t!(i18n, "widget-loading")}</p> }.into_any(),
        (Source::Failed(message), _) => alert(i18n, message),
        (Source::Ready(..), StoreUse::BadKey(key)) => alert(i18n, msg!("widget-error-storage-key", key = key, most = embed::MAX_STORAGE_KEY)),
        #[cfg(feature = "edit")]
        (Source::Ready(file, origin, _), StoreUse::Edit(namespace)) => edit(parts, file, origin, namespace),
        // The `view` build asked to edit (`safar-widget.js` loads the `edit` build for that):
        // it shows the map and follows its stored edits.
        #[cfg(not(feature = "edit"))]
        (Source::Ready(file, origin, _), StoreUse::Edit(namespace)) => follow(parts, file, origin, namespace),
        (Source::Ready(file, origin, _), StoreUse::Follow(namespace)) => follow(parts, file, origin, namespace),
        (Source::Ready(file, ..), StoreUse::Plain) => {
            parts.shown.set_value(Some(file.clone()));
            ready(parts.tell);
            match Document::from_file((*file).clone()) {
                Some(document) => show(parts.settings, Signal::stored(document.journey), Signal::stored(document.personas), i18n, parts.tell),
                None => alert(i18n, msg!("widget-error-no-map", url = "")),
            }
        }
    }
}

fn alert(i18n: I18n, message: Message) -> AnyView {
    view! {
        <div class="notice widget-error" role="alert">
            <p>{move || rich(i18n, &message)}</p>
        </div>
    }
    .into_any()
}

/// Tells the page once the view is on screen (effects run after rendering).
fn ready(tell: Callback<Event>) {
    Effect::new(move |_| tell.run(Event::Ready));
}

/// The read-only map as the widget's `lanes` and `stage` ask, with a note of any name that
/// matches nothing in the map, and the place of the download menu if `exports` asks for one.
fn show(settings: RwSignal<Settings>, journey: Signal<Journey>, personas: Signal<Vec<Persona>>, i18n: I18n, tell: Callback<Event>) -> AnyView {
    let view = Memo::new(move |_| settings.with(|s| s.view.clone()));
    let shown = Memo::new(move |_| view.with(|v| if v.is_whole() { journey.get() } else { journey.with(|j| v.apply(j)) }));
    let unmatched = Memo::new(move |_| view.with(|v| journey.with(|j| v.unmatched(j))));
    let exports = Memo::new(move |_| settings.with(|s| s.exports.clone()));
    view! {
        {crate::downloads::placeholder(exports, tell, i18n)}
        {move || {
            let names = unmatched.get();
            (!names.is_empty()).then(|| {
                let message = msg!("widget-view-unmatched", names = safar_view::i18n::list(&names));
                view! { <p class="notice info">{move || rich(i18n, &message)}</p> }
            })
        }}
        <JourneyMap journey=shown personas=personas/>
    }
    .into_any()
}

/// Opens the library a widget keeps its edits in, and the map in it: the stored version when
/// there is one (unless the host's script set a new map), else the given one, stored now unless
/// `writes` is [`Writes::Never`].
fn open_stored(
    namespace: &str,
    file: &JourneyFile,
    origin: Origin,
    writes: Writes,
    i18n: I18n,
) -> (SharedLibrary, Result<(JourneyFile, safar_core::library::Revision), LibraryError>) {
    let shared = SharedLibrary::open_at(Keys::new(namespace), &[], writes);
    // What the host's script replaces is kept as a snapshot, as "keep mine" keeps what it does.
    let replaced = untrack(|| i18n.text("widget-snapshot-replaced-by-page"));
    let id = file.journeys[0].id.clone();
    let loaded = shared.change_list(|library| {
        match (library.load(&id), origin) {
            (Ok(stored), Origin::Page) => Ok((stored.file, stored.revision)),
            (Ok(_), Origin::Host) if !library.is_read_only() => {
                library.save_replacing(file, &replaced, &safar_store::time::now()).map(|revision| (file.clone(), revision))
            }
            (Err(LibraryError::NotFound(_)), _) if !library.is_read_only() && writes != Writes::Never => {
                library.save(file, &safar_core::library::Revision::NEW).map(|revision| (file.clone(), revision))
            }
            (Ok(stored), Origin::Host) => Ok((stored.file, stored.revision)),
            (Err(error), _) => Err(error),
        }
    });
    (shared, loaded)
}

#[cfg(feature = "edit")]
fn edit(parts: WidgetState, file: Arc<JourneyFile>, origin: Origin, namespace: String) -> AnyView {
    let i18n = parts.i18n;
    let (shared, loaded) = open_stored(&namespace, &file, origin, Writes::OnFirstWrite, i18n);
    provide_context(shared);
    match loaded.map(|(file, revision)| (Document::from_file(file), revision)) {
        Ok((Some(doc), revision)) if !shared.read_only => {
            let editor = parts.editor;
            let host = Host {
                root: Some(parts.root.clone()),
                on_change: Some(Callback::new(move |()| parts.tell.run(Event::Change))),
                on_start: Some(Callback::new(move |state| editor.set_value(Some(state)))),
                pictures: parts.settings.with_untracked(|s| s.pictures.clone()).map(safar_editor::share::Pictures),
                ..Host::default()
            };
            ready(parts.tell);
            view! { <Editor doc=doc revision=revision host=host/> }.into_any()
        }
        Ok((Some(doc), _)) => {
            // A newer Safar's library: shown, never written over.
            parts.shown.set_value(Some(Arc::new(doc.to_file())));
            ready(parts.tell);
            view! {
                <p class="notice info">{t!(i18n, "widget-stored-newer")}</p>
                {show(parts.settings, Signal::stored(doc.journey), Signal::stored(doc.personas), i18n, parts.tell)}
            }
            .into_any()
        }
        Ok((None, _)) => alert(i18n, msg!("widget-error-no-map", url = "")),
        Err(error) => alert(i18n, msg!("widget-error-stored", reason = error.describe())),
    }
}

/// A read-only widget with a `storage-key`: the stored edits of its map, kept up to date as an
/// editable widget or another tab changes them.
fn follow(parts: WidgetState, file: Arc<JourneyFile>, origin: Origin, namespace: String) -> AnyView {
    let i18n = parts.i18n;
    // Following stored edits is reading: the page's map is not stored on mount, so a page of
    // read-only widgets writes nothing. A map the host's script sets is kept, as it replaces
    // the stored one for every widget with this key.
    let writes = if origin == Origin::Host { Writes::OnFirstWrite } else { Writes::Never };
    let (shared, loaded) = open_stored(&namespace, &file, origin, writes, i18n);
    let start = match loaded {
        Ok((stored, _)) => stored,
        // Nothing usable is stored: the page's map, as it is.
        Err(_) => (*file).clone(),
    };
    let Some(doc) = Document::from_file(start) else { return alert(i18n, msg!("widget-error-no-map", url = "")) };
    let journey = RwSignal::new(doc.journey);
    let personas = RwSignal::new(doc.personas);
    let shown = parts.shown;
    shown.set_value(Some(Arc::new(parts_file(journey, personas))));
    let id = journey.with_untracked(|j| j.id.clone());
    let tell = parts.tell;
    Effect::new(move |_| {
        if shared.changed_elsewhere.get().is_none() {
            return;
        }
        let Ok(stored) = shared.quietly(|l| l.load(&id)) else { return };
        let Some(doc) = Document::from_file(stored.file) else { return };
        if journey.with_untracked(|j| j != &doc.journey) || personas.with_untracked(|p| p != &doc.personas) {
            journey.set(doc.journey);
            personas.set(doc.personas);
            shown.set_value(Some(Arc::new(parts_file(journey, personas))));
            tell.run(Event::Change);
        }
    });
    ready(parts.tell);
    show(parts.settings, journey.into(), personas.into(), i18n, tell)
}

fn parts_file(journey: RwSignal<Journey>, personas: RwSignal<Vec<Persona>>) -> JourneyFile {
    JourneyFile::new(personas.get_untracked(), vec![journey.get_untracked()])
}
