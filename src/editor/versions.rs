//! Versions and reviews: named snapshots of the map (save, list, view read-only, restore as one
//! undoable step, delete), and the map's review dates with a one-click "reviewed today".

use super::autosave::Saver;
use super::state::{now, EditorState, Toast};
use crate::dialog::{DeleteButton, Modal};
use crate::library::{map_url, Shelf};
use crate::time::{show_date, today};
use leptos::prelude::*;
use safar_core::library::Resolution;
use safar_core::library::review::{add_days, status, ReviewStatus, DEFAULT_INTERVAL_DAYS};
use safar_core::{Command, Document, Meta};

/// The review status of a map in words, and whether it needs attention.
pub fn review_words(next: Option<&str>) -> (String, bool) {
    match status(next, &today()) {
        ReviewStatus::Unscheduled => ("No review is scheduled.".into(), false),
        ReviewStatus::Upcoming(0) => ("The next review is due today.".into(), true),
        ReviewStatus::Upcoming(1) => ("The next review is due tomorrow.".into(), false),
        ReviewStatus::Upcoming(days) => (format!("The next review is due in {days} days."), false),
        ReviewStatus::Overdue(1) => ("The review is overdue by 1 day.".into(), true),
        ReviewStatus::Overdue(days) => (format!("The review is overdue by {days} days."), true),
    }
}

#[component]
pub fn VersionsDialog(open: RwSignal<bool>, saver: Saver) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let shelf = expect_context::<Shelf>();
    let name = RwSignal::new(String::new());
    let message = RwSignal::new(None::<(String, bool)>);
    let listed = RwSignal::new(0u32);
    // Only the map's id matters here (it changes when "keep both" makes a copy), not its content.
    let map_id = Memo::new(move |_| state.journey.with(|j| j.id.clone()));
    let id = move || map_id.get_untracked();
    let snapshots = move || {
        listed.track();
        let id = map_id.get();
        shelf.quietly(|l| l.snapshots(&id))
    };
    let review = Memo::new(move |_| state.journey.with(|j| (j.last_review.clone(), j.next_review.clone())));

    let take = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let label = name.get_untracked();
        let label = if label.trim().is_empty() { format!("Snapshot of {}", show_date(&now())) } else { label.trim().to_owned() };
        // The snapshot is of the map as it is now, saved or not; saving first keeps the two in step.
        saver.save();
        let file = state.file();
        match shelf.change(|l| l.take_snapshot(&file, &label, &now())) {
            Ok(_) => {
                name.set(String::new());
                message.set(Some((format!("Snapshot “{label}” saved."), false)));
                listed.update(|n| *n += 1);
            }
            Err(error) => message.set(Some((format!("The snapshot was not saved: {error}."), true))),
        }
    };
    let mark_reviewed = move |_| {
        let today = today();
        let mut meta = state.journey.with_untracked(Meta::of);
        meta.next_review = add_days(&today, DEFAULT_INTERVAL_DAYS);
        meta.last_review = Some(today);
        if state.execute(Command::SetMeta(meta), None) {
            message.set(Some(("Marked as reviewed today; the next review is due in three months.".into(), false)));
        }
    };

    view! {
        <Modal open=open title="Versions and reviews" name="versions">
            <section class="dialog-section" aria-labelledby="review-heading">
                <h3 id="review-heading">"Review"</h3>
                {move || {
                    let (last, next) = review.get();
                    let (words, due) = review_words(next.as_deref());
                    view! {
                        <p>{match last { Some(date) => format!("Last reviewed {}.", show_date(&date)), None => "Not reviewed yet.".into() }}</p>
                        <p class:overdue=due>{words} {next.map(|d| format!(" ({})", show_date(&d)))}</p>
                    }
                }}
                <p class="hint">"Review a journey map every few months and after each release. Change the dates in Map details."</p>
                <button type="button" class="button" on:click=mark_reviewed>"Mark reviewed today"</button>
            </section>
            <section class="dialog-section" aria-labelledby="snapshots-heading">
                <h3 id="snapshots-heading">"Snapshots"</h3>
                <form class="inline-form" on:submit=take>
                    <div class="field">
                        <label for="snapshot-name">"Snapshot name"</label>
                        <input id="snapshot-name" type="text" dir="auto" placeholder="before Q3 review"
                            prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                    </div>
                    <button type="submit" class="button primary">"Save snapshot"</button>
                </form>
                <p role="status" class="dialog-message" class:failed=move || message.get().is_some_and(|m| m.1)>
                    {move || message.get().map(|m| m.0)}
                </p>
                {move || {
                    let list = snapshots();
                    if list.is_empty() {
                        return view! { <p class="hint">"No snapshots yet."</p> }.into_any();
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
                                        let restored = shelf.read(|l| l.snapshot(&map, number)).ok().and_then(Document::from_file);
                                        match restored.map(|doc| state.execute(Command::Replace(Box::new(doc)), None)) {
                                            Some(true) => {
                                                open.set(false);
                                                state.toast.set(Some(Toast::undoable(format!("Snapshot “{label}” restored."))));
                                                state.announce(format!("Snapshot “{label}” restored."));
                                            }
                                            _ => message.set(Some((format!("Snapshot “{label}” could not be restored."), true))),
                                        }
                                    }
                                };
                                let delete = {
                                    let label = label.clone();
                                    Callback::new(move |()| {
                                        let map = id();
                                        let done = shelf.change(|l| l.delete_snapshot(&map, number));
                                        message.set(Some(match done {
                                            Ok(()) => (format!("Snapshot “{label}” deleted."), false),
                                            Err(error) => (format!("Snapshot “{label}” was not deleted: {error}."), true),
                                        }));
                                        listed.update(|n| *n += 1);
                                    })
                                };
                                view! {
                                    <li>
                                        <span dir="auto"><strong>{label.clone()}</strong></span>
                                        <span class="hint">" " {show_date(&snapshot.created)}</span>
                                        <span class="row-actions">
                                            <a class="button small" href=view_url>"View"<span class="visually-hidden">" " {label.clone()}</span></a>
                                            <button type="button" class="button small" on:click=restore>"Restore"<span class="visually-hidden">" " {label.clone()}</span></button>
                                            <DeleteButton name=label.clone() question="Delete it for good?".into() on_delete=delete/>
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

/// Asks what to keep when another tab saved this map while this tab changed it too.
#[component]
pub fn ConflictDialog(saver: Saver) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let open = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if saver.status.get() == super::SaveStatus::Conflict {
            open.set(true);
        }
    });
    let settle = move |choice: Resolution| {
        match choice {
            Resolution::KeepMine => saver.keep_mine(),
            Resolution::TakeTheirs => saver.take_theirs(),
            Resolution::KeepBoth => match saver.keep_both() {
                Ok(title) => state.announce(format!("Your version is kept as “{title}”; the other version keeps the map's place.")),
                Err(e) => {
                    error.set(Some(format!("The copy was not made: {e}.")));
                    return;
                }
            },
        }
        error.set(None);
        open.set(false);
    };
    view! {
        <Modal open=open title="This map was changed in another tab" name="conflict">
            <p>"You and another tab or window both changed this map. Nothing has been saved over either version yet. What should be kept?"</p>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            <div class="conflict-choices">
                <button type="button" class="button primary" aria-describedby="conflict-mine" on:click=move |_| settle(Resolution::KeepMine)>"Keep mine"</button>
                <p class="hint" id="conflict-mine">"Your version replaces the other tab's (and comes back out of the trash if it was moved there)."</p>
                <button type="button" class="button" aria-describedby="conflict-theirs" on:click=move |_| settle(Resolution::TakeTheirs)>"Take theirs"</button>
                <p class="hint" id="conflict-theirs">"The other tab's version replaces yours; your unsaved changes are dropped."</p>
                <button type="button" class="button" aria-describedby="conflict-both" on:click=move |_| settle(Resolution::KeepBoth)>"Keep both"</button>
                <p class="hint" id="conflict-both">"Your version becomes a copy that you go on editing; the other stays as it is."</p>
            </div>
        </Modal>
    }
}
