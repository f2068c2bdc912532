//! The library page: every map kept in this browser, searchable, with new maps, import and
//! export, the trash, damaged entries set aside, and how much storage it all takes.

mod import;
mod shelf;
mod usage;

pub use shelf::Shelf;

use crate::dialog::Modal;
use crate::files::{download, file_name, read_files, take_files as files_of, GivenFile};
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

/// Goes to another screen of the app.
pub fn go(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_href(url);
    }
}

/// A status line: what the last action did, or why it did nothing.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub text: String,
    pub failed: bool,
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
    let outcome = RwSignal::new(None::<Outcome>);
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
        let exported = crate::time::measured("safar:export", || {
            shelf.change(|library| library.export_all()).map(|file| (file.journeys.len(), file.to_json()))
        });
        outcome.set(match exported {
            Ok((count, text)) => match download(&format!("safar-library-{}.journey.json", today()), &text, "application/json") {
                Ok(()) => Outcome::done(format!("Exported {count} maps to a file.")),
                Err(error) => Outcome::failed(format!("The library could not be exported: {error}.")),
            },
            Err(error) => Outcome::failed(format!("The library could not be exported: {error}.")),
        });
    };
    let take_files = move |list: Option<web_sys::FileList>| {
        let Some(list) = list.filter(|l| l.length() > 0) else { return };
        let list = files_of(&list);
        leptos::task::spawn_local(async move {
            importing.set(Some(read_files(list).await));
        });
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        dragging.set(false);
        let files = ev.data_transfer().and_then(|t| t.files());
        if files.as_ref().is_some_and(|f| f.length() > 0) {
            ev.prevent_default();
            take_files(files);
        }
    };
    let on_dragover = move |ev: leptos::ev::DragEvent| {
        let has_files = ev.data_transfer().is_some_and(|t| t.types().includes(&"Files".into(), 0));
        if has_files && !shelf.read_only {
            ev.prevent_default();
            dragging.set(true);
        }
    };

    let visible = Memo::new(move |_| {
        let query = query.get();
        let mut list: Vec<LibraryEntry> =
            shelf.entries.get().into_iter().filter(|e| e.trashed.is_none() && e.matches(&query)).collect();
        list.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.title.cmp(&b.title)));
        list
    });
    let trashed = Memo::new(move |_| {
        let mut list: Vec<LibraryEntry> = shelf.entries.get().into_iter().filter(|e| e.trashed.is_some()).collect();
        list.sort_by(|a, b| b.trashed.cmp(&a.trashed));
        list
    });
    let any_maps = move || shelf.entries.with(|e| e.iter().any(|e| e.trashed.is_none()));

    view! {
        <div class="library" class:dragging=move || dragging.get() on:dragover=on_dragover
            on:dragleave=move |_| dragging.set(false) on:drop=on_drop>
            <div class="library-head">
                <h1>"Your maps"</h1>
                <div class="library-actions" role="group" aria-label="Library">
                    <button type="button" class="button primary" disabled=shelf.read_only on:click=move |_| new_map.set(true)>"New map"</button>
                    <button type="button" class="button" disabled=shelf.read_only
                        on:click=move |_| if let Some(input) = picker.get() { input.click() }>"Import files…"</button>
                    <input node_ref=picker type="file" accept=".json,application/json" multiple hidden
                        on:change=move |ev| {
                            let input: web_sys::HtmlInputElement = event_target(&ev);
                            take_files(input.files());
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
            <p class="library-outcome" class:failed=move || outcome.get().is_some_and(|o| o.failed) role="status">
                {move || outcome.get().map(|o| o.text)}
            </p>
            {move || {
                let list = visible.get();
                if list.is_empty() {
                    let text = if any_maps() {
                        format!("No map matches “{}”.", query.get())
                    } else {
                        "There are no maps yet. Start one with New map, or import a file.".to_owned()
                    };
                    view! { <p class="library-empty">{text}</p> }.into_any()
                } else {
                    view! { <MapTable list=list outcome=outcome renaming=renaming/> }.into_any()
                }
            }}
            <section class="library-section" aria-labelledby="trash-heading">
                <h2 id="trash-heading">"Trash"</h2>
                {move || {
                    let list = trashed.get();
                    if list.is_empty() {
                        return view! { <p class="hint">"The trash is empty."</p> }.into_any();
                    }
                    view! {
                        <ul class="trash-list">
                            {list.into_iter().map(|entry| view! { <TrashItem entry=entry outcome=outcome/> }).collect_view()}
                        </ul>
                        <button type="button" class="button danger" on:click=move |_| emptying.set(true)>"Empty trash"</button>
                    }.into_any()
                }}
            </section>
            <SetAside outcome=outcome/>
        </div>
        <NewMapDialog open=new_map on_create=create/>
        <ImportDialog files=importing outcome=outcome/>
        <RenameDialog entry=renaming outcome=outcome/>
        <EmptyTrashDialog open=emptying outcome=outcome/>
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
            view! { <p class="notice" role="status" dir="auto">{text}</p> }
        }).collect_view()
    };
    view! {
        {shelf.in_memory.then(|| view! {
            <p class="notice" role="status">"This browser does not let Safar use its storage here, so maps are kept only until this tab is closed. Export them to keep them."</p>
        })}
        {shelf.read_only.then(|| view! {
            <p class="notice" role="status">"This library was saved by a newer version of Safar. This version shows it but changes nothing, so nothing of it can be lost; update Safar to edit it."</p>
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

#[component]
fn MapTable(list: Vec<LibraryEntry>, outcome: RwSignal<Option<Outcome>>, renaming: RwSignal<Option<LibraryEntry>>) -> impl IntoView {
    let shelf = expect_context::<Shelf>();
    let rows = list.into_iter().map(|entry| {
        let id = entry.id.clone();
        let title = if entry.title.trim().is_empty() { "Untitled map".to_owned() } else { entry.title.clone() };
        let (review, due) = review_text(&entry);
        let last_review = entry.last_review.as_deref().map(|d| format!("Last reviewed {}", show_date(d)));
        let duplicate = {
            let (id, title) = (id.clone(), title.clone());
            move |_| {
                let made = shelf.change(|l| l.duplicate(&id, &now()));
                outcome.set(match made {
                    Ok(_) => Outcome::done(format!("“{title}” duplicated.")),
                    Err(error) => Outcome::failed(format!("“{title}” was not duplicated: {error}.")),
                });
            }
        };
        let export = {
            let (id, title) = (id.clone(), title.clone());
            move |_| {
                let loaded = shelf.change(|l| l.load(&id));
                outcome.set(match loaded.map_err(|e| e.to_string()).and_then(|l| download(&file_name(&title, ".journey.json"), &l.file.to_json(), "application/json")) {
                    Ok(()) => Outcome::done(format!("“{title}” exported to a file.")),
                    Err(error) => Outcome::failed(format!("“{title}” was not exported: {error}.")),
                });
            }
        };
        let trash = {
            let (id, title) = (id.clone(), title.clone());
            move |_| {
                let done = shelf.change(|l| l.set_trashed(&id, Some(&now())));
                outcome.set(match done {
                    Ok(()) => Outcome::done(format!("“{title}” moved to the trash. Restore it from the trash below.")),
                    Err(error) => Outcome::failed(format!("“{title}” was not moved to the trash: {error}.")),
                });
            }
        };
        let rename_entry = entry.clone();
        let newer = entry.newer;
        let read_only = shelf.read_only || newer;
        view! {
            <tr>
                <th scope="row">
                    <a href=map_url(&id) dir="auto" lang=entry.language.clone()>{title.clone()}</a>
                    {newer.then(|| view! { <span class="badge">" Saved by a newer Safar: read-only"</span> })}
                </th>
                <td dir="auto">{entry.personas.join("، ")}</td>
                <td>{(!newer).then(|| map_type_name(entry.map_type, Language::English))}</td>
                <td>{language_name(&entry.language)}</td>
                <td>{show_date(&entry.updated)}</td>
                <td>
                    <span class:overdue=due>{review}</span>
                    {last_review.map(|text| view! { <span class="hint block">{text}</span> })}
                </td>
                <td>
                    <div class="row-actions">
                    <button type="button" class="button small" disabled=read_only on:click=duplicate>
                        "Duplicate"<span class="visually-hidden">" " {title.clone()}</span>
                    </button>
                    <button type="button" class="button small" disabled=read_only on:click=move |_| renaming.set(Some(rename_entry.clone()))>
                        "Rename"<span class="visually-hidden">" " {title.clone()}</span>
                    </button>
                    <button type="button" class="button small" disabled=newer on:click=export>
                        "Export"<span class="visually-hidden">" " {title.clone()}</span>
                    </button>
                    <button type="button" class="button small" disabled=read_only on:click=trash>
                        "Move to trash"<span class="visually-hidden">" " {title.clone()}</span>
                    </button>
                    </div>
                </td>
            </tr>
        }
    }).collect_view();
    view! {
        <div class="table-scroll">
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
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[component]
fn TrashItem(entry: LibraryEntry, outcome: RwSignal<Option<Outcome>>) -> impl IntoView {
    let shelf = expect_context::<Shelf>();
    let title = if entry.title.trim().is_empty() { "Untitled map".to_owned() } else { entry.title.clone() };
    let when = entry.trashed.as_deref().map(show_date).unwrap_or_default();
    let restore = {
        let (id, title) = (entry.id.clone(), title.clone());
        move |_| {
            let done = shelf.change(|l| l.set_trashed(&id, None));
            outcome.set(match done {
                Ok(()) => Outcome::done(format!("“{title}” restored from the trash.")),
                Err(error) => Outcome::failed(format!("“{title}” was not restored: {error}.")),
            });
        }
    };
    let delete = {
        let (id, title) = (entry.id.clone(), title.clone());
        move |_| {
            let done = shelf.change(|l| l.delete(&id));
            outcome.set(match done {
                Ok(()) => Outcome::done(format!("“{title}” deleted for good.")),
                Err(error) => Outcome::failed(format!("“{title}” was not deleted: {error}.")),
            });
        }
    };
    view! {
        <li>
            <span dir="auto" lang=entry.language.clone()>{title.clone()}</span>
            <span class="hint">" Moved to the trash " {when}</span>
            <span class="row-actions">
                <button type="button" class="button small" disabled=shelf.read_only on:click=restore>
                    "Restore"<span class="visually-hidden">" " {title.clone()}</span>
                </button>
                <button type="button" class="button small danger" disabled=shelf.read_only on:click=delete>
                    "Delete forever"<span class="visually-hidden">" " {title.clone()}</span>
                </button>
            </span>
        </li>
    }
}

/// Stored texts that could not be read, kept for download.
#[component]
fn SetAside(outcome: RwSignal<Option<Outcome>>) -> impl IntoView {
    let shelf = expect_context::<Shelf>();
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
                                            outcome.set(Outcome::failed(format!("The entry was not downloaded: {error}.")));
                                        }
                                    }>"Download"<span class="visually-hidden">" " {item.original.clone()}</span></button>
                                    <button type="button" class="button small danger" disabled=shelf.read_only on:click=move |_| {
                                        shelf.change(|l| l.discard_quarantined(&key));
                                        version.update(|v| *v += 1);
                                        outcome.set(Outcome::done("The entry was deleted."));
                                    }>"Delete"<span class="visually-hidden">" " {item.original.clone()}</span></button>
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
fn RenameDialog(entry: RwSignal<Option<LibraryEntry>>, outcome: RwSignal<Option<Outcome>>) -> impl IntoView {
    let shelf = expect_context::<Shelf>();
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
        outcome.set(match done {
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
                    <input id="rename-title" type="text" dir="auto" required prop:value=move || title.get()
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
fn EmptyTrashDialog(open: RwSignal<bool>, outcome: RwSignal<Option<Outcome>>) -> impl IntoView {
    let shelf = expect_context::<Shelf>();
    let empty = move |_| {
        let done = shelf.change(|l| l.empty_trash());
        outcome.set(match done {
            Ok(n) => Outcome::done(format!("The trash was emptied: {n} maps deleted for good.")),
            Err(error) => Outcome::failed(format!("The trash was not emptied: {error}.")),
        });
        open.set(false);
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
