//! Importing map files: every file is read and validated first, and each problem is shown with
//! its path; a file with errors changes nothing. Maps whose id the library has already wait for
//! the user's choice: replace, keep both, or skip.

use super::{StatusLine, Report, SharedLibrary};
use safar_view::i18n::{list, rich};
use safar_editor::modal::Modal;
use safar_store::files::GivenFile;
use safar_view::i18n::{use_i18n, Describe, Message};
use safar_view::{msg, t};
use leptos::prelude::*;
use safar_core::library::{Clash, Imported};
use safar_core::{JourneyFile, LoadError};

/// Why a file cannot be imported: what is wrong, and where in the file when the format's rules
/// name a place (a JSON path such as `journeys[0].title`, shown as it is).
#[derive(Clone, PartialEq)]
struct Problem {
    path: Option<String>,
    message: Message,
}

impl Problem {
    fn new(message: Message) -> Problem {
        Problem { path: None, message }
    }
}

/// Why a file cannot be imported: its problems, the first few hundred of them when there are
/// very many, and how many there are in all.
#[derive(Clone, PartialEq)]
struct Refused {
    problems: Vec<Problem>,
    count: usize,
}

impl Refused {
    fn one(message: Message) -> Refused {
        Refused { problems: vec![Problem::new(message)], count: 1 }
    }
}

/// One given file, read.
#[derive(Clone, PartialEq)]
struct Checked {
    name: String,
    result: Result<JourneyFile, Refused>,
}

fn check(file: GivenFile) -> Checked {
    let result = match file.text {
        Err(reason) => Err(Refused::one(reason.describe())),
        Ok(text) => match JourneyFile::from_json_listing_every_problem(&text) {
            Ok(file) if file.journeys.is_empty() => Err(Refused::one(msg!("library-import-no-map"))),
            Ok(file) => Ok(file),
            Err(LoadError::Invalid(found)) => Err(Refused {
                // The last entry of a long list counts the problems not listed, at no one place.
                problems: found
                    .iter()
                    .map(|p| Problem { path: (!p.path.is_empty()).then(|| p.path.clone()), message: p.problem.describe() })
                    .collect(),
                count: safar_core::validate::total(&found),
            }),
            Err(LoadError::Shape(found)) => Err(Refused {
                problems: found.iter().map(|p| Problem { path: (p.path != ".").then(|| p.path.clone()), message: p.problem.describe() }).collect(),
                count: found.len(),
            }),
            Err(error) => Err(Refused::one(error.describe())),
        },
    };
    Checked { name: file.name, result }
}

/// What an import did, as one sentence.
fn finished(done: &Imported) -> Message {
    let (added, replaced, skipped) = (done.added.len(), done.replaced.len(), done.skipped);
    // Replacing and skipping are two answers to the same question, so one import does not do both.
    match (added > 0, replaced > 0, skipped > 0) {
        (true, false, false) => msg!("library-import-added", added = added),
        (false, true, false) => msg!("library-import-replaced", replaced = replaced),
        (false, false, true) => msg!("library-import-skipped", skipped = skipped),
        (true, true, false) => msg!("library-import-added-replaced", added = added, replaced = replaced),
        (true, false, true) => msg!("library-import-added-skipped", added = added, skipped = skipped),
        _ => msg!("library-import-counts", added = added, replaced = replaced, skipped = skipped),
    }
}

/// One of the answers to maps already in the library.
fn choice(clash: RwSignal<Clash>, value: Clash, label: impl Fn() -> String + Send + Sync + 'static) -> impl IntoView {
    view! {
        <label class="choice">
            <input type="radio" name="import-clash" prop:checked=move || clash.get() == value on:change=move |_| clash.set(value)/>
            <span>{label}</span>
        </label>
    }
}

#[component]
pub fn ImportDialog(files: RwSignal<Option<Vec<GivenFile>>>) -> impl IntoView {
    let i18n = use_i18n();
    let shared = expect_context::<SharedLibrary>();
    let report = expect_context::<Report>();
    let open = RwSignal::new(false);
    let checked = RwSignal::new(Vec::<Checked>::new());
    let clash = RwSignal::new(Clash::KeepBoth);
    Effect::new(move |_| {
        files.track();
        if let Some(given) = files.try_update_untracked(Option::take).flatten() {
            checked.set(safar_view::marks::measured("safar:import:check", || given.into_iter().map(check).collect()));
            clash.set(Clash::KeepBoth);
            open.set(true);
        }
    });
    let valid = move || checked.with(|c| c.iter().filter_map(|c| c.result.as_ref().ok().cloned()).collect::<Vec<_>>());
    let plan = Memo::new(move |_| {
        let files = valid();
        shared.entries.track();
        shared.read(|l| l.plan_import(files))
    });
    let clashing = move || {
        plan.with(|p| {
            p.incoming
                .iter()
                .filter(|i| matches!(i, safar_core::library::Incoming::SameId(_)))
                .map(|i| i.file().journeys[0].title.clone())
                .collect::<Vec<_>>()
        })
    };
    let count = move || plan.with(|p| p.incoming.len());
    let import = move |_| {
        let plan = plan.get_untracked();
        let choice = clash.get_untracked();
        let done = safar_view::marks::measured("safar:import", || shared.change(|l| l.import(plan, choice, &safar_store::time::now())));
        report.tell(match done {
            Ok(done) => StatusLine::done(finished(&done)),
            Err(error) => StatusLine::failed(msg!("library-import-failed", reason = error.describe())),
        });
        open.set(false);
    };
    view! {
        <Modal open=open title=t!(i18n, "library-import-title") name="import">
            <ul class="import-files">
                {move || checked.get().into_iter().map(|file| match file.result {
                    Ok(ok) => {
                        let titles: Vec<String> = ok.journeys.iter().map(|j| j.title.clone()).collect();
                        let ready = move || rich(i18n, &msg!("library-import-ready", count = titles.len(), titles = list(&titles)));
                        view! {
                            <li class="import-ok">
                                <strong dir="auto">{file.name}</strong>
                                ": "
                                <span>{ready}</span>
                            </li>
                        }.into_any()
                    }
                    Err(Refused { problems, count }) => {
                        view! {
                            <li class="import-failed">
                                <strong dir="auto">{file.name}</strong>
                                ": "
                                <span>{t!(i18n, "library-import-file-failed", count = count)}</span>
                                <ul class="problems">
                                    {problems.into_iter().map(|problem| {
                                        let Problem { path, message } = problem;
                                        view! {
                                            <li>
                                                {path.map(|path| view! { <code dir="ltr">{path}</code> ": " })}
                                                <span>{move || rich(i18n, &message)}</span>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            </li>
                        }.into_any()
                    }
                }).collect_view()}
            </ul>
            {move || {
                let clashing = clashing();
                (!clashing.is_empty()).then(|| view! {
                    <fieldset class="choices">
                        <legend>{move || rich(i18n, &msg!("library-import-clash", titles = list(&clashing)))}</legend>
                        {choice(clash, Clash::KeepBoth, t!(i18n, "library-import-keep-both"))}
                        {choice(clash, Clash::Replace, t!(i18n, "library-import-replace"))}
                        {choice(clash, Clash::Skip, t!(i18n, "library-import-skip"))}
                    </fieldset>
                })
            }}
            <div class="editor-actions">
                <button type="button" class="button primary" disabled=move || count() == 0 || shared.read_only on:click=import>
                    {move || match count() {
                        0 => i18n.text("library-import-nothing"),
                        n => i18n.format(&msg!("library-import-count", count = n)),
                    }}
                </button>
                <button type="button" class="button quiet" on:click=move |_| open.set(false)>{t!(i18n, "dialog-cancel")}</button>
            </div>
        </Modal>
    }
}
