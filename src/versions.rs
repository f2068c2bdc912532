//! Versions and reviews: named snapshots of the map (save, list, view read-only, restore as one
//! undoable step, delete), and the map's review dates with a one-click "reviewed today".

use crate::library_page::map_url;
use leptos::prelude::*;
use safar_editor::modal::{DeleteButton, Modal};
use safar_editor::{EditorState, Saver, Toast};
use safar_store::time::{now, today};
use safar_store::SharedLibrary;
use safar_view::i18n::{use_i18n, Describe, I18n, Message};
use safar_view::{msg, t};
use safar_core::library::review::{add_days, status, ReviewStatus, DEFAULT_INTERVAL_DAYS};
use safar_core::{Command, Document, Meta};

/// The review status of a map as a message, with the date of the next review, and whether it
/// needs attention.
pub fn review_words(next: Option<&str>, i18n: I18n) -> (Message, bool) {
    let date = next.map(|d| i18n.date(d)).unwrap_or_default();
    match status(next, &today()) {
        ReviewStatus::Unscheduled => (msg!("editor-review-unscheduled"), false),
        ReviewStatus::Upcoming(0) => (msg!("editor-review-due-today", date = date), true),
        ReviewStatus::Upcoming(1) => (msg!("editor-review-due-tomorrow", date = date), false),
        ReviewStatus::Upcoming(days) => (msg!("editor-review-due-in", days = days, date = date), false),
        ReviewStatus::Overdue(days) => (msg!("editor-review-overdue", days = days, date = date), true),
    }
}

#[component]
pub fn VersionsDialog(open: RwSignal<bool>, saver: Saver) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let shared = expect_context::<SharedLibrary>();
    let i18n = use_i18n();
    let name = RwSignal::new(String::new());
    // What the last action did, and whether it failed.
    let message = RwSignal::new(None::<(Message, bool)>);
    let listed = RwSignal::new(0u32);
    // Only the map's id matters here (it changes when "keep both" makes a copy), not its content.
    let map_id = Memo::new(move |_| state.journey.with(|j| j.id.clone()));
    let id = move || map_id.get_untracked();
    let snapshots = move || {
        listed.track();
        let id = map_id.get();
        shared.quietly(|l| l.snapshots(&id))
    };
    let review = Memo::new(move |_| state.journey.with(|j| (j.last_review.clone(), j.next_review.clone())));

    let take = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let label = name.get_untracked();
        let label = if label.trim().is_empty() {
            i18n.format(&msg!("editor-snapshot-default-name", date = i18n.date(&now())))
        } else {
            label.trim().to_owned()
        };
        // The snapshot is of the map as it is now, saved or not; saving first keeps the two in step.
        saver.save();
        let file = state.file();
        match shared.change(|l| l.take_snapshot(&file, &label, &now())) {
            Ok(_) => {
                name.set(String::new());
                message.set(Some((msg!("editor-snapshot-saved", name = label), false)));
                listed.update(|n| *n += 1);
            }
            Err(error) => message.set(Some((msg!("editor-snapshot-not-saved", reason = error.describe()), true))),
        }
    };
    let mark_reviewed = move |_| {
        let today = today();
        let mut meta = state.journey.with_untracked(Meta::of);
        meta.next_review = add_days(&today, DEFAULT_INTERVAL_DAYS);
        meta.last_review = Some(today);
        if state.execute(Command::SetMeta(meta)) {
            message.set(Some((msg!("editor-marked-reviewed"), false)));
        }
    };

    view! {
        <Modal open=open title=t!(i18n, "editor-versions-title") name="versions">
            <section class="dialog-section" aria-labelledby="review-heading">
                <h3 id="review-heading">{t!(i18n, "editor-review-heading")}</h3>
                {move || {
                    let (last, next) = review.get();
                    let (words, due) = review_words(next.as_deref(), i18n);
                    let last = match last {
                        Some(date) => msg!("editor-last-reviewed", date = i18n.date(&date)),
                        None => msg!("editor-not-reviewed-yet"),
                    };
                    view! {
                        <p>{i18n.format(&last)}</p>
                        <p class:overdue=due>{i18n.format(&words)}</p>
                    }
                }}
                <p class="hint">{t!(i18n, "editor-review-hint")}</p>
                <button type="button" class="button" on:click=mark_reviewed>{t!(i18n, "editor-mark-reviewed")}</button>
            </section>
            <section class="dialog-section" aria-labelledby="snapshots-heading">
                <h3 id="snapshots-heading">{t!(i18n, "editor-snapshots-heading")}</h3>
                <form class="inline-form" on:submit=take>
                    <div class="field">
                        <label for="snapshot-name">{t!(i18n, "editor-snapshot-name")}</label>
                        <input id="snapshot-name" type="text" dir="auto" placeholder=t!(i18n, "editor-snapshot-name-example")
                            prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                    </div>
                    <button type="submit" class="button primary">{t!(i18n, "editor-save-snapshot")}</button>
                </form>
                <p role="status" class="dialog-message" class:failed=move || message.get().is_some_and(|m| m.1)>
                    {move || message.get().map(|m| safar_editor::fields::isolated(i18n, m.0))}
                </p>
                {move || {
                    let list = snapshots();
                    if list.is_empty() {
                        return view! { <p class="hint">{t!(i18n, "editor-no-snapshots")}</p> }.into_any();
                    }
                    view! {
                        <ul class="snapshot-list">
                            {list.into_iter().map(|snapshot| {
                                let number = snapshot.number;
                                let label = snapshot.name.clone();
                                let view_url = format!("{}&snapshot={number}", map_url(&id()));
                                let restore = {
                                    let label = label.clone();
                                    move |_| {
                                        let map = id();
                                        let restored = shared.read(|l| l.snapshot(&map, number)).ok().and_then(Document::from_file);
                                        match restored.map(|doc| state.execute(Command::Replace(Box::new(doc)))) {
                                            Some(true) => {
                                                open.set(false);
                                                state.toast.set(Some(Toast::undoable(msg!("editor-snapshot-restored", name = label.clone()))));
                                                state.announce(msg!("editor-snapshot-restored", name = label.clone()));
                                            }
                                            _ => message.set(Some((msg!("editor-snapshot-not-restored", name = label.clone()), true))),
                                        }
                                    }
                                };
                                let delete = {
                                    let label = label.clone();
                                    Callback::new(move |()| {
                                        let map = id();
                                        let done = shared.change(|l| l.delete_snapshot(&map, number));
                                        message.set(Some(match done {
                                            Ok(()) => (msg!("editor-snapshot-deleted", name = label.clone()), false),
                                            Err(error) => (msg!("editor-snapshot-not-deleted", name = label.clone(), reason = error.describe()), true),
                                        }));
                                        listed.update(|n| *n += 1);
                                    })
                                };
                                let created = snapshot.created.clone();
                                let (view_name, restore_name) = (label.clone(), label.clone());
                                view! {
                                    <li>
                                        <span dir="auto"><strong>{label.clone()}</strong></span>
                                        <span class="hint">" " {move || i18n.date(&created)}</span>
                                        <span class="row-actions">
                                            <a class="button small" href=view_url
                                                aria-label=t!(i18n, "editor-snapshot-view-named", name = view_name.clone())>{t!(i18n, "editor-snapshot-view")}</a>
                                            <button type="button" class="button small" on:click=restore
                                                aria-label=t!(i18n, "editor-snapshot-restore-named", name = restore_name.clone())>{t!(i18n, "editor-snapshot-restore")}</button>
                                            <DeleteButton name=label.clone() question=i18n.text("editor-snapshot-delete-question") on_delete=delete/>
                                        </span>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        </Modal>
    }
}
