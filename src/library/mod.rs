//! The library page: every map kept in this browser, searchable, with new maps, import and
//! export, the trash, damaged entries set aside, and how much storage it all takes.

mod import;
mod shelf;
mod usage;

pub use shelf::Shelf;
pub use usage::nearly_full;

use crate::dialog::{DeleteButton, Modal};
use crate::files::{download, file_name, read_files, take_files, GivenFile};
use crate::new_map::NewMapDialog;
use crate::time::{now, show_date, today};
use import::ImportDialog;
use leptos::prelude::*;
use safar_core::library::review::{status, ReviewStatus};
use safar_core::library::{Finding, LibraryEntry};
use safar_core::template::map_type_name;
use safar_core::{Document, Id, Language};
use usage::StorageUse;

/// The address of a map's editor.
pub fn map_url(id: &Id) -> String {
    format!("./?map={id}")
}

pub use crate::navigation::go;

/// A status line: what the last action did, or why it did nothing.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub text: String,
    pub failed: bool,
}

/// Where the library page reports what an action did. When the action removed the button that
/// was used (a row moved to the trash), focus moves to the report so it is not lost.
#[derive(Clone, Copy)]
pub struct Report {
    pub outcome: RwSignal<Option<Outcome>>,
    line: NodeRef<leptos::html::P>,
}

impl Report {
    pub fn tell(&self, outcome: Option<Outcome>) {
        self.outcome.set(outcome);
    }

    /// Reports and moves focus to the report.
    pub fn tell_and_focus(&self, outcome: Option<Outcome>) {
        self.outcome.set(outcome);
        if let Some(line) = self.line.get_untracked() {
            let _ = line.focus();
        }
    }
}

impl Outcome {
    pub fn done(text: impl Into<String>) -> Option<Outcome> {
        Some(Outcome { text: text.into(), failed: false })
    }
    pub fn failed(text: impl Into<String>) -> Option<Outcome> {
        Some(Outcome { text: text.into(), failed: true })
    }
}

#[component]
pub fn LibraryPage() -> impl IntoView {
    let shelf = expect_context::<Shelf>();
    let query = RwSignal::new(String::new());
    let new_map = RwSignal::new(false);
    let importing = RwSignal::new(None::<Vec<GivenFile>>);
    let renaming = RwSignal::new(None::<LibraryEntry>);
    let emptying = RwSignal::new(false);
    let deleting = RwSignal::new(None::<Id>);
    let outcome = RwSignal::new(None::<Outcome>);
    let report = Report { outcome, line: NodeRef::new() };
    provide_context(report);
    let dragging = RwSignal::new(false);
    let picker = NodeRef::<leptos::html::Input>::new();

    let create = Callback::new(move |doc: Document| {
        let id = doc.journey.id.clone();
        match shelf.change(|library| library.create(&doc.to_file())) {
            Ok(()) => go(&map_url(&id)),
            Err(error) => outcome.set(Outcome::failed(format!("The new map was not created: {error}."))),
        }
    });
    let export_library = move |_| {
        let (count, text, left_out) = crate::time::measured("safar:export", || {
            let exported = shelf.change_list(|library| library.export_all());
            (exported.file.journeys.len(), exported.file.to_json(), exported.left_out)
        });
        let left_out = match left_out.len() {
            0 => String::new(),
            _ => format!(" Left out because they cannot be read here: {}.", left_out.join(", ")),
        };
        outcome.set(match download(&format!("safar-library-{}.journey.json", today()), &text, "application/json") {
            Ok(()) => Outcome::done(format!("Exported {count} maps to a file.{left_out}")),
            Err(error) => Outcome::failed(format!("The library could not be exported: {error}.")),
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
            dragging.set(!shelf.read_only);
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
        if shelf.read_only {
            report.tell(Outcome::failed("Nothing can be imported: this library was saved by a newer version of Safar."));
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
        shelf.entries.with(|entries| {
            let mut list: Vec<&LibraryEntry> = entries.iter().filter(|e| e.trashed.is_none() && e.matches(&query)).collect();
            list.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.title.cmp(&b.title)));
            list.into_iter().map(|e| e.id.clone()).collect::<Vec<Id>>()
        })
    });
    let trashed = Memo::new(move |_| {
        shelf.entries.with(|entries| {
            let mut list: Vec<&LibraryEntry> = entries.iter().filter(|e| e.trashed.is_some()).collect();
            list.sort_by(|a, b| b.trashed.cmp(&a.trashed));
            list.into_iter().map(|e| e.id.clone()).collect::<Vec<Id>>()
        })
    });
    let any_maps = move || shelf.entries.with(|e| e.iter().any(|e| e.trashed.is_none()));

    view! {
        <div class="library" class:dragging=move || dragging.get()>
            <div class="library-head">
                <h1>"Your maps"</h1>
                <div class="library-actions" role="group" aria-label="Library">
                    <button type="button" class="button primary" disabled=shelf.read_only on:click=move |_| new_map.set(true)>"New map"</button>
                    <button type="button" class="button" disabled=shelf.read_only
                        on:click=move |_| if let Some(input) = picker.get() { input.click() }>"Import files…"</button>
                    <input node_ref=picker type="file" accept=".json,application/json" multiple hidden
                        on:change=move |ev| {
                            let input: web_sys::HtmlInputElement = event_target(&ev);
                            import_files(input.files());
                            input.set_value("");
                        }/>
                    <button type="button" class="button" on:click=export_library>"Export library"</button>
                </div>
            </div>
            <Notices/>
            <StorageUse/>
            <p class="drop-hint">"Drop map files anywhere on this page to import them."</p>
            <div class="field library-search">
                <label for="library-search">"Search maps"</label>
                <input id="library-search" type="search" dir="auto" placeholder="Title or persona"
                    prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev))/>
            </div>
            <p class="library-outcome" class:failed=move || outcome.get().is_some_and(|o| o.failed) role="status"
                tabindex="-1" node_ref=report.line>
                {move || outcome.get().map(|o| o.text)}
            </p>
            {move || visible.with(Vec::is_empty).then(|| {
                let text = if any_maps() {
                    format!("No map matches “{}”.", query.get())
                } else {
                    "There are no maps yet. Start one with New map, or import a file.".to_owned()
                };
                view! { <p class="library-empty">{text}</p> }
            })}
            <MapTable ids=visible renaming=renaming/>
            <section class="library-section" aria-labelledby="trash-heading">
                <h2 id="trash-heading">"Trash"</h2>
                {move || trashed.with(Vec::is_empty).then(|| view! { <p class="hint">"The trash is empty."</p> })}
                <ul class="trash-list">
                    <For each=move || trashed.get() key=|id| id.clone() let(id)>
                        <TrashItem id=id deleting=deleting/>
                    </For>
                </ul>
                {move || (!trashed.with(Vec::is_empty)).then(|| view! {
                    <button type="button" class="button danger" disabled=shelf.read_only on:click=move |_| emptying.set(true)>"Empty trash"</button>
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
    let shelf = expect_context::<Shelf>();
    let findings = move || {
        shelf.findings.get().into_iter().map(|finding| {
            let text = match finding {
                Finding::Quarantined { key, reason, moved: true } => format!(
                    "A stored entry ({key}) could not be read and was set aside, untouched; you can download it below. Reason: {reason}."
                ),
                Finding::Quarantined { key, reason, moved: false } => format!(
                    "A stored entry ({key}) could not be read. There was no room to set it aside, so it was left where it is, untouched. Reason: {reason}."
                ),
                Finding::Adopted { title } => format!("“{title}”, the map you kept in an earlier version of Safar, is now in your library."),
            };
            view! { <p class="notice" dir="auto">{text}</p> }
        }).collect_view()
    };
    view! {
        {shelf.in_memory.then(|| view! {
            <p class="notice">"This browser does not let Safar use its storage here, so maps are kept only until this tab is closed or reloaded. Export them to keep them."</p>
        })}
        {shelf.read_only.then(|| view! {
            <p class="notice">"This library was saved by a newer version of Safar. This version shows it but changes nothing, so nothing of it can be lost; update Safar to edit it."</p>
        })}
        {findings}
    }
}

fn language_name(tag: &str) -> &'static str {
    match Language::from_tag(tag) {
        Some(Language::Persian) => "فارسی",
        Some(Language::Arabic) => "العربية",
        Some(Language::English) => "English",
        None => "",
    }
}

fn review_text(entry: &LibraryEntry) -> (String, bool) {
    match status(entry.next_review.as_deref(), &today()) {
        ReviewStatus::Unscheduled => ("Not scheduled".into(), false),
        ReviewStatus::Upcoming(0) => ("Due today".into(), true),
        ReviewStatus::Upcoming(1) => ("Due tomorrow".into(), false),
        ReviewStatus::Upcoming(days) => (format!("Due in {days} days"), false),
        ReviewStatus::Overdue(1) => ("Overdue by 1 day".into(), true),
        ReviewStatus::Overdue(days) => (format!("Overdue by {days} days"), true),
    }
}

/// A map's summary as the list shows it, following the library as it changes.
fn entry_of(shelf: Shelf, id: Id) -> Memo<Option<LibraryEntry>> {
    Memo::new(move |_| shelf.entries.with(|entries| entries.iter().find(|e| e.id == id).cloned()))
}

fn shown_title(entry: &LibraryEntry) -> String {
    if entry.title.trim().is_empty() { "Untitled map".to_owned() } else { entry.title.clone() }
}

#[component]
fn MapTable(ids: Memo<Vec<Id>>, renaming: RwSignal<Option<LibraryEntry>>) -> impl IntoView {
    view! {
        <div class="table-scroll" class:hidden-table=move || ids.with(Vec::is_empty)>
            <table class="library-table">
                <caption class="visually-hidden">"Maps in this browser, most recently edited first"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Map"</th>
                        <th scope="col">"Personas"</th>
                        <th scope="col">"Type"</th>
                        <th scope="col">"Language"</th>
                        <th scope="col">"Last edited"</th>
                        <th scope="col">"Next review"</th>
                        <th scope="col">"Actions"</th>
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
    let shelf = expect_context::<Shelf>();
    let report = expect_context::<Report>();
    let entry = entry_of(shelf, id.clone());
    let field = move |get: fn(&LibraryEntry) -> String| move || entry.with(|e| e.as_ref().map(get).unwrap_or_default());
    let title = field(shown_title);
    let newer = move || entry.with(|e| e.as_ref().is_some_and(|e| e.newer));
    let read_only = move || shelf.read_only || newer();
    let review = move || entry.with(|e| e.as_ref().map(review_text)).unwrap_or_default();
    let last_review = move || {
        entry.with(|e| e.as_ref().and_then(|e| e.last_review.as_deref().map(|d| format!("Last reviewed {}", show_date(d)))))
    };
    let duplicate = {
        let id = id.clone();
        move |_| {
            let made = shelf.change(|l| l.duplicate(&id, &now()));
            report.tell(match made {
                Ok(_) => Outcome::done(format!("“{}” duplicated.", title())),
                Err(error) => Outcome::failed(format!("“{}” was not duplicated: {error}.", title())),
            });
        }
    };
    let export = {
        let id = id.clone();
        move |_| {
            let loaded = shelf.change_list(|l| l.load(&id));
            let name = title();
            report.tell(match loaded.map_err(|e| e.to_string()).and_then(|l| download(&file_name(&name, ".journey.json"), &l.file.to_json(), "application/json")) {
                Ok(()) => Outcome::done(format!("“{name}” exported to a file.")),
                Err(error) => Outcome::failed(format!("“{name}” was not exported: {error}.")),
            });
        }
    };
    let trash = {
        let id = id.clone();
        move |_| {
            let name = title();
            let done = shelf.change(|l| l.set_trashed(&id, Some(&now())));
            report.tell_and_focus(match done {
                Ok(()) => Outcome::done(format!("“{name}” moved to the trash. Restore it from the trash below.")),
                Err(error) => Outcome::failed(format!("“{name}” was not moved to the trash: {error}.")),
            });
        }
    };
    let url = map_url(&id);
    view! {
        <tr>
            <th scope="row">
                <a href=url dir="auto" lang=field(|e| e.language.clone())>{title}</a>
                {move || newer().then(|| view! { <span class="badge">" Saved by a newer Safar: read-only"</span> })}
            </th>
            <td dir="auto" lang=field(|e| e.language.clone())>{field(|e| e.personas.join("، "))}</td>
            <td>{move || entry.with(|e| e.as_ref().filter(|e| !e.newer).map(|e| map_type_name(e.map_type, Language::English)))}</td>
            <td lang=field(|e| e.language.clone())>{field(|e| language_name(&e.language).to_owned())}</td>
            <td>{field(|e| show_date(&e.updated))}</td>
            <td>
                <span class:overdue=move || review().1>{move || review().0}</span>
                {move || last_review().map(|text| view! { <span class="hint block">{text}</span> })}
            </td>
            <td>
                <div class="row-actions">
                    <button type="button" class="button small" disabled=read_only on:click=duplicate>
                        "Duplicate"<span class="visually-hidden">" " {title}</span>
                    </button>
                    <button type="button" class="button small" disabled=read_only on:click=move |_| renaming.set(entry.get_untracked())>
                        "Rename"<span class="visually-hidden">" " {title}</span>
                    </button>
                    <button type="button" class="button small" disabled=newer on:click=export>
                        "Export"<span class="visually-hidden">" " {title}</span>
                    </button>
                    <button type="button" class="button small" disabled=read_only on:click=trash>
                        "Move to trash"<span class="visually-hidden">" " {title}</span>
                    </button>
                </div>
            </td>
        </tr>
    }
}

#[component]
fn TrashItem(id: Id, deleting: RwSignal<Option<Id>>) -> impl IntoView {
    let shelf = expect_context::<Shelf>();
    let report = expect_context::<Report>();
    let entry = entry_of(shelf, id.clone());
    let title = move || entry.with(|e| e.as_ref().map(shown_title)).unwrap_or_default();
    let when = move || entry.with(|e| e.as_ref().and_then(|e| e.trashed.as_deref().map(show_date))).unwrap_or_default();
    let restore = {
        let id = id.clone();
        move |_| {
            let name = title();
            let done = shelf.change(|l| l.set_trashed(&id, None));
            report.tell_and_focus(match done {
                Ok(()) => Outcome::done(format!("“{name}” restored from the trash.")),
                Err(error) => Outcome::failed(format!("“{name}” was not restored: {error}.")),
            });
        }
    };
    let language = move || entry.with(|e| e.as_ref().map(|e| e.language.clone())).unwrap_or_default();
    view! {
        <li>
            <span dir="auto" lang=language>{title}</span>
            <span class="hint">" Moved to the trash " {when}</span>
            <span class="row-actions">
                <button type="button" class="button small" disabled=shelf.read_only on:click=restore>
                    "Restore"<span class="visually-hidden">" " {title}</span>
                </button>
                <button type="button" class="button small danger" disabled=shelf.read_only on:click=move |_| deleting.set(Some(id.clone()))>
                    "Delete forever"<span class="visually-hidden">" " {title}</span>
                </button>
            </span>
        </li>
    }
}

/// Stored texts that could not be read, kept for download.
#[component]
fn SetAside() -> impl IntoView {
    let shelf = expect_context::<Shelf>();
    let report = expect_context::<Report>();
    let version = RwSignal::new(0u32);
    let list = move || {
        version.track();
        shelf.entries.track();
        shelf.read(|l| l.quarantined())
    };
    move || {
        let list = list();
        (!list.is_empty()).then(|| view! {
            <section class="library-section" aria-labelledby="set-aside-heading">
                <h2 id="set-aside-heading">"Set aside"</h2>
                <p class="hint">"These stored entries could not be read. They are kept exactly as they were found; download one to inspect or repair it."</p>
                <ul class="trash-list">
                    {list.into_iter().map(|item| {
                        let key = item.key.clone();
                        let download_key = key.clone();
                        let name = item.original.replace(':', "-");
                        view! {
                            <li>
                                <code>{item.original.clone()}</code>
                                <span class="hint">{format!(" {} bytes", item.bytes)}</span>
                                <span class="row-actions">
                                    <button type="button" class="button small" on:click=move |_| {
                                        let text = shelf.read(|l| l.quarantined_text(&download_key)).unwrap_or_default();
                                        if let Err(error) = download(&format!("{name}.txt"), &text, "text/plain") {
                                            report.tell(Outcome::failed(format!("The entry was not downloaded: {error}.")));
                                        }
                                    }>"Download"<span class="visually-hidden">" " {item.original.clone()}</span></button>
                                    <DeleteButton name=item.original.clone() question=format!("Delete {} for good?", item.original)
                                        disabled=shelf.read_only on_delete=Callback::new(move |()| {
                                            shelf.change(|l| l.discard_quarantined(&key));
                                            version.update(|v| *v += 1);
                                            report.tell_and_focus(Outcome::done("The entry was deleted."));
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
    let shelf = expect_context::<Shelf>();
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
        let done = shelf.change(|l| l.rename(&e.id, &new_title, &now()));
        report.tell(match done {
            Ok(()) => Outcome::done(format!("Renamed to “{}”.", new_title.trim())),
            Err(error) => Outcome::failed(format!("The map was not renamed: {error}.")),
        });
        open.set(false);
    };
    view! {
        <Modal open=open title="Rename map" name="rename">
            <form on:submit=submit class="form-grid">
                <div class="field">
                    <label for="rename-title">"Title"</label>
                    <input id="rename-title" type="text" dir="auto" required maxlength="300" prop:value=move || title.get()
                        on:input=move |ev| title.set(event_target_value(&ev))/>
                </div>
                <div class="editor-actions">
                    <button type="submit" class="button primary">"Rename"</button>
                    <button type="button" class="button quiet" on:click=move |_| open.set(false)>"Cancel"</button>
                </div>
            </form>
        </Modal>
    }
}

#[component]
fn EmptyTrashDialog(open: RwSignal<bool>) -> impl IntoView {
    let shelf = expect_context::<Shelf>();
    let report = expect_context::<Report>();
    let empty = move |_| {
        let done = shelf.change(|l| l.empty_trash());
        open.set(false);
        report.tell_and_focus(match done {
            Ok(1) => Outcome::done("The trash was emptied: 1 map deleted for good."),
            Ok(n) => Outcome::done(format!("The trash was emptied: {n} maps deleted for good.")),
            Err(error) => Outcome::failed(format!("The trash was not emptied: {error}.")),
        });
    };
    view! {
        <Modal open=open title="Empty the trash?" name="empty-trash">
            <p>"The maps in the trash and their snapshots will be deleted for good. This cannot be undone."</p>
            <div class="editor-actions">
                <button type="button" class="button danger" on:click=empty>"Delete them for good"</button>
                <button type="button" class="button quiet" on:click=move |_| open.set(false)>"Keep them"</button>
            </div>
        </Modal>
    }
}

/// Asks before one map in the trash is deleted for good.
#[component]
fn DeleteDialog(id: RwSignal<Option<Id>>) -> impl IntoView {
    let shelf = expect_context::<Shelf>();
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
    let title = move || id.with(|id| id.as_ref().and_then(|id| shelf.read(|l| l.entry(id).map(shown_title)))).unwrap_or_default();
    let delete = move |_| {
        let Some(map) = id.get_untracked() else { return };
        let name = title();
        let done = shelf.change(|l| l.delete(&map));
        open.set(false);
        report.tell_and_focus(match done {
            Ok(()) => Outcome::done(format!("“{name}” deleted for good.")),
            Err(error) => Outcome::failed(format!("“{name}” was not deleted: {error}.")),
        });
    };
    view! {
        <Modal open=open title="Delete this map for good?" name="delete-map">
            <p dir="auto">{move || format!("“{}” and its snapshots will be deleted for good. This cannot be undone.", title())}</p>
            <div class="editor-actions">
                <button type="button" class="button danger" on:click=delete>"Delete it for good"</button>
                <button type="button" class="button quiet" on:click=move |_| open.set(false)>"Keep it"</button>
            </div>
        </Modal>
    }
}
