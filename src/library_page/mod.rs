//! The library page: every map kept in this browser, searchable, with new maps, import and
//! export, the trash, damaged entries set aside, and how much storage it all takes.

mod import;
mod usage;

use safar_store::SharedLibrary;

use safar_editor::modal::{DeleteButton, Modal};
use safar_store::files::{download, file_name, read_files, take_files, GivenFile};
use safar_view::i18n::{list, rich, use_i18n, Describe, I18n, Message};
use crate::new_map::NewMapDialog;
use safar_store::time::{now, today};
use safar_view::{msg, t};
use import::ImportDialog;
use leptos::prelude::*;
use safar_core::library::review::{status, ReviewStatus};
use safar_core::library::{Finding, LibraryEntry};
use safar_core::template::map_type_name;
use safar_core::{Document, Id, Language};
use safar_i18n::{endonym, Arg};
use usage::StorageUse;

/// The address of a map's editor.
pub fn map_url(id: &Id) -> String {
    format!("./?map={id}")
}

pub use crate::navigation::go;

/// A status line: what the last action did, or why it did nothing. It is kept as a message, so
/// it rewords itself when the language changes.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusLine {
    pub message: Message,
    pub failed: bool,
}

/// Where the library page reports what an action did. When the action removed the button that
/// was used (a row moved to the trash), focus moves to the report so it is not lost.
#[derive(Clone, Copy)]
pub struct Report {
    pub outcome: RwSignal<Option<StatusLine>>,
    line: NodeRef<leptos::html::P>,
}

impl Report {
    pub fn tell(&self, outcome: Option<StatusLine>) {
        self.outcome.set(outcome);
    }

    /// Reports and moves focus to the report.
    pub fn tell_and_focus(&self, outcome: Option<StatusLine>) {
        self.outcome.set(outcome);
        if let Some(line) = self.line.get_untracked() {
            let _ = line.focus();
        }
    }
}

impl StatusLine {
    pub fn done(message: Message) -> Option<StatusLine> {
        Some(StatusLine { message, failed: false })
    }
    pub fn failed(message: Message) -> Option<StatusLine> {
        Some(StatusLine { message, failed: true })
    }
}

#[component]
pub fn LibraryPage() -> impl IntoView {
    let i18n = use_i18n();
    let shared = expect_context::<SharedLibrary>();
    let query = RwSignal::new(String::new());
    let new_map = RwSignal::new(false);
    let importing = RwSignal::new(None::<Vec<GivenFile>>);
    let renaming = RwSignal::new(None::<LibraryEntry>);
    let emptying = RwSignal::new(false);
    let deleting = RwSignal::new(None::<Id>);
    let outcome = RwSignal::new(None::<StatusLine>);
    let report = Report { outcome, line: NodeRef::new() };
    provide_context(report);
    let dragging = RwSignal::new(false);
    let picker = NodeRef::<leptos::html::Input>::new();

    let create = Callback::new(move |doc: Document| {
        let id = doc.journey.id.clone();
        match shared.change(|library| library.create(&doc.to_file())) {
            Ok(()) => go(&map_url(&id)),
            Err(error) => outcome.set(StatusLine::failed(msg!("library-create-failed", reason = error.describe()))),
        }
    });
    let export_library = move |_| {
        let (count, text, left_out) = safar_view::marks::measured("safar:export", || {
            let exported = shared.change_list(|library| library.export_all());
            (exported.file.journeys.len(), exported.file.to_json(), exported.left_out)
        });
        outcome.set(match download(&format!("safar-library-{}.journey.json", today()), &text, "application/json") {
            Ok(()) if left_out.is_empty() => StatusLine::done(msg!("library-exported", count = count)),
            Ok(()) => StatusLine::done(msg!("library-exported-left-out", count = count, titles = list(&left_out))),
            Err(error) => StatusLine::failed(msg!("library-export-failed", reason = error)),
        });
    };
    let import_files = move |list: Option<web_sys::FileList>| {
        let Some(list) = list.filter(|l| l.length() > 0) else { return };
        let list = take_files(&list);
        leptos::task::spawn_local(async move {
            importing.set(Some(read_files(list).await));
        });
    };
    // Files dropped anywhere on the page are imported; a drop is never left to the browser,
    // which would open the file in place of the app.
    let has_files = |ev: &web_sys::DragEvent| ev.data_transfer().is_some_and(|t| t.types().includes(&"Files".into(), 0));
    let on_dragover = window_event_listener(leptos::ev::dragover, move |ev| {
        if has_files(&ev) {
            ev.prevent_default();
            dragging.set(!shared.read_only);
        }
    });
    let on_dragleave = window_event_listener(leptos::ev::dragleave, move |ev| {
        // Leaving the window, not moving between elements inside it.
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    let on_drop = window_event_listener(leptos::ev::drop, move |ev| {
        if !has_files(&ev) {
            return;
        }
        ev.prevent_default();
        dragging.set(false);
        if shared.read_only {
            report.tell(StatusLine::failed(msg!("library-import-read-only")));
        } else {
            import_files(ev.data_transfer().and_then(|t| t.files()));
        }
    });
    on_cleanup(move || {
        on_dragover.remove();
        on_dragleave.remove();
        on_drop.remove();
    });

    // The lists hold ids only, so a row is rebuilt only when its map joins or leaves the list:
    // focus stays on a row's buttons while other tabs save.
    let visible = Memo::new(move |_| {
        let query = query.get();
        shared.entries.with(|entries| {
            let mut list: Vec<&LibraryEntry> = entries.iter().filter(|e| e.trashed.is_none() && e.matches(&query)).collect();
            list.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.title.cmp(&b.title)));
            list.into_iter().map(|e| e.id.clone()).collect::<Vec<Id>>()
        })
    });
    let trashed = Memo::new(move |_| {
        shared.entries.with(|entries| {
            let mut list: Vec<&LibraryEntry> = entries.iter().filter(|e| e.trashed.is_some()).collect();
            list.sort_by(|a, b| b.trashed.cmp(&a.trashed));
            list.into_iter().map(|e| e.id.clone()).collect::<Vec<Id>>()
        })
    });
    let any_maps = move || shared.entries.with(|e| e.iter().any(|e| e.trashed.is_none()));

    view! {
        <div class="library" class:dragging=move || dragging.get()>
            <div class="library-head">
                <h1>{t!(i18n, "library-title")}</h1>
                <div class="library-actions" role="group" aria-label=t!(i18n, "library-actions")>
                    <button type="button" class="button primary" disabled=shared.read_only on:click=move |_| new_map.set(true)>{t!(i18n, "library-new-map")}</button>
                    <button type="button" class="button" disabled=shared.read_only
                        on:click=move |_| if let Some(input) = picker.get() { input.click() }>{t!(i18n, "library-import-files")}</button>
                    <input node_ref=picker type="file" accept=".json,application/json" multiple hidden
                        on:change=move |ev| {
                            let input: web_sys::HtmlInputElement = event_target(&ev);
                            import_files(input.files());
                            input.set_value("");
                        }/>
                    <button type="button" class="button" on:click=export_library>{t!(i18n, "library-export")}</button>
                </div>
            </div>
            <Notices/>
            <StorageUse/>
            <p class="drop-hint">{t!(i18n, "library-drop-hint")}</p>
            <div class="field library-search">
                <label for="library-search">{t!(i18n, "library-search")}</label>
                <input id="library-search" type="search" dir="auto" placeholder=t!(i18n, "library-search-placeholder")
                    prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev))/>
            </div>
            <p class="library-outcome" class:failed=move || outcome.get().is_some_and(|o| o.failed) role="status"
                tabindex="-1" node_ref=report.line>
                {move || outcome.get().map(|o| rich(i18n, &o.message))}
            </p>
            {move || visible.with(Vec::is_empty).then(|| {
                let text = move || {
                    if any_maps() {
                        rich(i18n, &msg!("library-no-match", query = query.get()))
                    } else {
                        vec![i18n.text("library-empty").into_any()]
                    }
                };
                view! { <p class="library-empty">{text}</p> }
            })}
            <MapTable ids=visible renaming=renaming/>
            <section class="library-section" aria-labelledby="trash-heading">
                <h2 id="trash-heading">{t!(i18n, "library-trash")}</h2>
                {move || trashed.with(Vec::is_empty).then(|| view! { <p class="hint">{t!(i18n, "library-trash-empty")}</p> })}
                <ul class="trash-list">
                    <For each=move || trashed.get() key=|id| id.clone() let(id)>
                        <TrashItem id=id deleting=deleting/>
                    </For>
                </ul>
                {move || (!trashed.with(Vec::is_empty)).then(|| view! {
                    <button type="button" class="button danger" disabled=shared.read_only on:click=move |_| emptying.set(true)>{t!(i18n, "library-empty-trash")}</button>
                })}
            </section>
            <SetAside/>
        </div>
        <NewMapDialog open=new_map on_create=create/>
        <ImportDialog files=importing/>
        <RenameDialog entry=renaming/>
        <EmptyTrashDialog open=emptying/>
        <DeleteDialog id=deleting/>
    }
}

/// What the user should know about the library as a whole.
#[component]
fn Notices() -> impl IntoView {
    let i18n = use_i18n();
    let shared = expect_context::<SharedLibrary>();
    let findings = move || {
        shared.findings.get().into_iter().map(|finding| {
            let message = match finding {
                Finding::Quarantined { key, reason, moved: true } => msg!("library-found-set-aside", key = key, reason = reason),
                Finding::Quarantined { key, reason, moved: false } => msg!("library-found-left-in-place", key = key, reason = reason),
                Finding::Adopted { title } => msg!("library-found-adopted", title = title),
            };
            view! { <p class="notice">{move || rich(i18n, &message)}</p> }
        }).collect_view()
    };
    view! {
        {shared.in_memory.then(|| view! {
            <p class="notice">{t!(i18n, "library-in-memory")}</p>
        })}
        {shared.read_only.then(|| view! {
            <p class="notice">{t!(i18n, "library-read-only-notice")}</p>
        })}
        {findings}
    }
}

/// A map's language by its own name.
fn language_name(tag: &str) -> &'static str {
    Language::from_tag(tag).map(endonym).unwrap_or_default()
}

/// The comma a map's own language writes between names.
fn map_comma(tag: &str) -> &'static str {
    safar_i18n::list_separator(Language::from_tag(tag).unwrap_or(Language::English))
}

/// When a map is due for review, and whether that needs attention now.
fn review_text(entry: &LibraryEntry) -> (Message, bool) {
    match status(entry.next_review.as_deref(), &today()) {
        ReviewStatus::Unscheduled => (msg!("library-review-unscheduled"), false),
        ReviewStatus::Upcoming(0) => (msg!("library-review-today"), true),
        ReviewStatus::Upcoming(1) => (msg!("library-review-tomorrow"), false),
        ReviewStatus::Upcoming(days) => (msg!("library-review-due", days = days), false),
        ReviewStatus::Overdue(days) => (msg!("library-review-overdue", days = days), true),
    }
}

/// A map's summary as the list shows it, following the library as it changes.
fn entry_of(shared: SharedLibrary, id: Id) -> Memo<Option<LibraryEntry>> {
    Memo::new(move |_| shared.entries.with(|entries| entries.iter().find(|e| e.id == id).cloned()))
}

/// A map's title as the page shows it: "Untitled map" in the reader's language when it has none.
fn shown_title(i18n: I18n, entry: &LibraryEntry) -> String {
    if entry.title.trim().is_empty() { i18n.text("library-untitled") } else { entry.title.clone() }
}

/// A map's title as a message argument, which stays a message ("Untitled map") when it has none,
/// so it follows the language too.
fn title_arg(entry: &LibraryEntry) -> Arg {
    if entry.title.trim().is_empty() { msg!("library-untitled").into() } else { entry.title.clone().into() }
}

#[component]
fn MapTable(ids: Memo<Vec<Id>>, renaming: RwSignal<Option<LibraryEntry>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-scroll" class:hidden-table=move || ids.with(Vec::is_empty)>
            <table class="library-table">
                <caption class="visually-hidden">{t!(i18n, "library-table-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, "library-column-map")}</th>
                        <th scope="col">{t!(i18n, "library-column-personas")}</th>
                        <th scope="col">{t!(i18n, "library-column-type")}</th>
                        <th scope="col">{t!(i18n, "library-column-language")}</th>
                        <th scope="col">{t!(i18n, "library-column-edited")}</th>
                        <th scope="col">{t!(i18n, "library-column-review")}</th>
                        <th scope="col">{t!(i18n, "library-column-actions")}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || ids.get() key=|id| id.clone() let(id)>
                        <MapRow id=id renaming=renaming/>
                    </For>
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn MapRow(id: Id, renaming: RwSignal<Option<LibraryEntry>>) -> impl IntoView {
    let i18n = use_i18n();
    let shared = expect_context::<SharedLibrary>();
    let report = expect_context::<Report>();
    let entry = entry_of(shared, id.clone());
    let field = move |get: fn(&LibraryEntry) -> String| move || entry.with(|e| e.as_ref().map(get).unwrap_or_default());
    let title = move || entry.with(|e| e.as_ref().map(|e| shown_title(i18n, e))).unwrap_or_default();
    let name = move || entry.with_untracked(|e| e.as_ref().map(title_arg)).unwrap_or_else(|| Arg::from(""));
    let newer = move || entry.with(|e| e.as_ref().is_some_and(|e| e.newer));
    let read_only = move || shared.read_only || newer();
    let review = move || entry.with(|e| e.as_ref().map(review_text));
    let last_review = move || {
        entry
            .with(|e| e.as_ref().and_then(|e| e.last_review.clone()))
            .map(|date| i18n.format(&msg!("library-last-reviewed", date = i18n.date(&date))))
    };
    let duplicate = {
        let id = id.clone();
        move |_| {
            let made = shared.change(|l| l.duplicate(&id, &now()));
            report.tell(match made {
                Ok(_) => StatusLine::done(msg!("library-duplicated", title = name())),
                Err(error) => StatusLine::failed(msg!("library-not-duplicated", title = name(), reason = error.describe())),
            });
        }
    };
    let export = {
        let id = id.clone();
        move |_| {
            let loaded = shared.change_list(|l| l.load(&id));
            let done = loaded.map_err(|e| e.describe()).and_then(|l| {
                download(&file_name(&title(), ".journey.json"), &l.file.to_json(), "application/json").map_err(|e| e.describe())
            });
            report.tell(match done {
                Ok(()) => StatusLine::done(msg!("library-map-exported", title = name())),
                Err(reason) => StatusLine::failed(msg!("library-map-not-exported", title = name(), reason = reason)),
            });
        }
    };
    let trash = {
        let id = id.clone();
        move |_| {
            let title = name();
            let done = shared.change(|l| l.set_trashed(&id, Some(&now())));
            report.tell_and_focus(match done {
                Ok(()) => StatusLine::done(msg!("library-trashed", title = title)),
                Err(error) => StatusLine::failed(msg!("library-not-trashed", title = title, reason = error.describe())),
            });
        }
    };
    let url = map_url(&id);
    view! {
        <tr>
            <th scope="row">
                <a href=url dir="auto" lang=field(|e| e.language.clone())>{title}</a>
                {move || newer().then(|| view! { <span class="badge">" "{t!(i18n, "library-newer-badge")}</span> })}
            </th>
            <td dir="auto" lang=field(|e| e.language.clone())>{field(|e| e.personas.join(map_comma(&e.language)))}</td>
            <td>{move || entry.with(|e| e.as_ref().filter(|e| !e.newer).map(|e| map_type_name(e.map_type, i18n.language())))}</td>
            <td lang=field(|e| e.language.clone())>{field(|e| language_name(&e.language).to_owned())}</td>
            <td>{move || entry.with(|e| e.as_ref().map(|e| i18n.date(&e.updated)))}</td>
            <td>
                <span class:overdue=move || review().is_some_and(|r| r.1)>{move || review().map(|r| i18n.format(&r.0))}</span>
                {move || last_review().map(|text| view! { <span class="hint block">{text}</span> })}
            </td>
            <td>
                <div class="row-actions">
                    <button type="button" class="button small" disabled=read_only on:click=duplicate>
                        {t!(i18n, "library-duplicate")}<span class="visually-hidden">" " <bdi>{title}</bdi></span>
                    </button>
                    <button type="button" class="button small" disabled=read_only on:click=move |_| renaming.set(entry.get_untracked())>
                        {t!(i18n, "library-rename")}<span class="visually-hidden">" " <bdi>{title}</bdi></span>
                    </button>
                    <button type="button" class="button small" disabled=newer on:click=export>
                        {t!(i18n, "library-export-map")}<span class="visually-hidden">" " <bdi>{title}</bdi></span>
                    </button>
                    <button type="button" class="button small" disabled=read_only on:click=trash>
                        {t!(i18n, "library-move-to-trash")}<span class="visually-hidden">" " <bdi>{title}</bdi></span>
                    </button>
                </div>
            </td>
        </tr>
    }
}

#[component]
fn TrashItem(id: Id, deleting: RwSignal<Option<Id>>) -> impl IntoView {
    let i18n = use_i18n();
    let shared = expect_context::<SharedLibrary>();
    let report = expect_context::<Report>();
    let entry = entry_of(shared, id.clone());
    let title = move || entry.with(|e| e.as_ref().map(|e| shown_title(i18n, e))).unwrap_or_default();
    let name = move || entry.with_untracked(|e| e.as_ref().map(title_arg)).unwrap_or_else(|| Arg::from(""));
    let when = move || entry.with(|e| e.as_ref().and_then(|e| e.trashed.clone())).unwrap_or_default();
    let restore = {
        let id = id.clone();
        move |_| {
            let title = name();
            let done = shared.change(|l| l.set_trashed(&id, None));
            report.tell_and_focus(match done {
                Ok(()) => StatusLine::done(msg!("library-restored", title = title)),
                Err(error) => StatusLine::failed(msg!("library-not-restored", title = title, reason = error.describe())),
            });
        }
    };
    let language = move || entry.with(|e| e.as_ref().map(|e| e.language.clone())).unwrap_or_default();
    view! {
        <li>
            <span dir="auto" lang=language>{title}</span>
            " "
            <span class="hint">{t!(i18n, "library-trashed-on", date = i18n.date(&when()))}</span>
            <span class="row-actions">
                <button type="button" class="button small" disabled=shared.read_only on:click=restore>
                    {t!(i18n, "library-restore")}<span class="visually-hidden">" " <bdi>{title}</bdi></span>
                </button>
                <button type="button" class="button small danger" disabled=shared.read_only on:click=move |_| deleting.set(Some(id.clone()))>
                    {t!(i18n, "library-delete-forever")}<span class="visually-hidden">" " <bdi>{title}</bdi></span>
                </button>
            </span>
        </li>
    }
}

/// Stored texts that could not be read, kept for download.
#[component]
fn SetAside() -> impl IntoView {
    let i18n = use_i18n();
    let shared = expect_context::<SharedLibrary>();
    let report = expect_context::<Report>();
    let version = RwSignal::new(0u32);
    let list = move || {
        version.track();
        shared.entries.track();
        shared.read(|l| l.quarantined())
    };
    move || {
        let list = list();
        (!list.is_empty()).then(|| view! {
            <section class="library-section" aria-labelledby="set-aside-heading">
                <h2 id="set-aside-heading">{t!(i18n, "library-set-aside")}</h2>
                <p class="hint">{t!(i18n, "library-set-aside-hint")}</p>
                <ul class="trash-list">
                    {list.into_iter().map(|item| {
                        let key = item.key.clone();
                        let download_key = key.clone();
                        let name = item.original.replace(':', "-");
                        let bytes = item.bytes;
                        view! {
                            <li>
                                <code dir="ltr">{item.original.clone()}</code>
                                " "
                                <span class="hint">{t!(i18n, "library-bytes", bytes = bytes)}</span>
                                <span class="row-actions">
                                    <button type="button" class="button small" on:click=move |_| {
                                        let text = shared.read(|l| l.quarantined_text(&download_key)).unwrap_or_default();
                                        if let Err(error) = download(&format!("{name}.txt"), &text, "text/plain") {
                                            report.tell(StatusLine::failed(msg!("library-entry-not-downloaded", reason = error)));
                                        }
                                    }>{t!(i18n, "library-download")}<span class="visually-hidden">" " <bdi>{item.original.clone()}</bdi></span></button>
                                    <DeleteButton name=item.original.clone()
                                        question=t!(i18n, "library-delete-entry-question")
                                        disabled=shared.read_only on_delete=Callback::new(move |()| {
                                            shared.change(|l| l.discard_quarantined(&key));
                                            version.update(|v| *v += 1);
                                            report.tell_and_focus(StatusLine::done(msg!("library-entry-deleted")));
                                        })/>
                                </span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })
    }
}

#[component]
fn RenameDialog(entry: RwSignal<Option<LibraryEntry>>) -> impl IntoView {
    let i18n = use_i18n();
    let shared = expect_context::<SharedLibrary>();
    let report = expect_context::<Report>();
    let open = RwSignal::new(false);
    let title = RwSignal::new(String::new());
    Effect::new(move |_| {
        if let Some(e) = entry.get() {
            title.set(e.title.clone());
            open.set(true);
        }
    });
    Effect::new(move |_| {
        if !open.get() {
            entry.set(None);
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(e) = entry.get_untracked() else { return };
        let new_title = title.get_untracked();
        let done = shared.change(|l| l.rename(&e.id, &new_title, &now()));
        report.tell(match done {
            Ok(()) => StatusLine::done(msg!("library-renamed", title = new_title.trim())),
            Err(error) => StatusLine::failed(msg!("library-not-renamed", reason = error.describe())),
        });
        open.set(false);
    };
    view! {
        <Modal open=open title=t!(i18n, "library-rename-title") name="rename">
            <form on:submit=submit class="form-grid">
                <div class="field">
                    <label for="rename-title">{t!(i18n, "library-rename-label")}</label>
                    <input id="rename-title" type="text" dir="auto" required maxlength="300" prop:value=move || title.get()
                        on:input=move |ev| title.set(event_target_value(&ev))/>
                </div>
                <div class="editor-actions">
                    <button type="submit" class="button primary">{t!(i18n, "library-rename")}</button>
                    <button type="button" class="button quiet" on:click=move |_| open.set(false)>{t!(i18n, "dialog-cancel")}</button>
                </div>
            </form>
        </Modal>
    }
}

#[component]
fn EmptyTrashDialog(open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let shared = expect_context::<SharedLibrary>();
    let report = expect_context::<Report>();
    let empty = move |_| {
        let done = shared.change(|l| l.empty_trash());
        open.set(false);
        report.tell_and_focus(match done {
            Ok(count) => StatusLine::done(msg!("library-trash-emptied", count = count)),
            Err(error) => StatusLine::failed(msg!("library-trash-not-emptied", reason = error.describe())),
        });
    };
    view! {
        <Modal open=open title=t!(i18n, "library-empty-trash-title") name="empty-trash">
            <p>{t!(i18n, "library-empty-trash-body")}</p>
            <div class="editor-actions">
                <button type="button" class="button danger" on:click=empty>{t!(i18n, "library-delete-them")}</button>
                <button type="button" class="button quiet" on:click=move |_| open.set(false)>{t!(i18n, "library-keep-them")}</button>
            </div>
        </Modal>
    }
}

/// Asks before one map in the trash is deleted for good.
#[component]
fn DeleteDialog(id: RwSignal<Option<Id>>) -> impl IntoView {
    let i18n = use_i18n();
    let shared = expect_context::<SharedLibrary>();
    let report = expect_context::<Report>();
    let open = RwSignal::new(false);
    // Each side is set only when it differs, so the two effects settle instead of waking each
    // other forever.
    Effect::new(move |_| {
        let asked = id.with(Option::is_some);
        if open.get_untracked() != asked {
            open.set(asked);
        }
    });
    Effect::new(move |_| {
        if !open.get() && id.with_untracked(Option::is_some) {
            id.set(None);
        }
    });
    let title = move || {
        id.with(|id| id.as_ref().and_then(|id| shared.read(|l| l.entry(id).map(title_arg)))).unwrap_or_else(|| Arg::from(""))
    };
    let delete = move |_| {
        let Some(map) = id.get_untracked() else { return };
        let title = untrack(title);
        let done = shared.change(|l| l.delete(&map));
        open.set(false);
        report.tell_and_focus(match done {
            Ok(()) => StatusLine::done(msg!("library-deleted", title = title)),
            Err(error) => StatusLine::failed(msg!("library-not-deleted", title = title, reason = error.describe())),
        });
    };
    view! {
        <Modal open=open title=t!(i18n, "library-delete-title") name="delete-map">
            <p>{move || rich(i18n, &msg!("library-delete-body", title = title()))}</p>
            <div class="editor-actions">
                <button type="button" class="button danger" on:click=delete>{t!(i18n, "library-delete-it")}</button>
                <button type="button" class="button quiet" on:click=move |_| open.set(false)>{t!(i18n, "dialog-keep-it")}</button>
            </div>
        </Modal>
    }
}
