//! Importing map files: every file is read and validated first, and each problem is shown with
//! its path; a file with errors changes nothing. Maps whose id the library has already wait for
//! the user's choice: replace, keep both, or skip.

use super::{Outcome, Report, Shelf};
use crate::dialog::Modal;
use crate::files::GivenFile;
use leptos::prelude::*;
use safar_core::library::Clash;
use safar_core::{JourneyFile, LoadError};

/// One given file, read.
#[derive(Clone, PartialEq)]
struct Checked {
    name: String,
    result: Result<JourneyFile, Vec<String>>,
}

fn check(file: GivenFile) -> Checked {
    let result = match file.text {
        Err(reason) => Err(vec![reason]),
        Ok(text) => match JourneyFile::from_json(&text) {
            Ok(file) if file.journeys.is_empty() => Err(vec!["the file holds no map (its \"journeys\" list is empty)".into()]),
            Ok(file) => Ok(file),
            Err(LoadError::Invalid(problems)) => Err(problems.iter().map(ToString::to_string).collect()),
            Err(error) => Err(vec![error.to_string()]),
        },
    };
    Checked { name: file.name, result }
}

#[component]
pub fn ImportDialog(files: RwSignal<Option<Vec<GivenFile>>>) -> impl IntoView {
    let shelf = expect_context::<Shelf>();
    let report = expect_context::<Report>();
    let open = RwSignal::new(false);
    let checked = RwSignal::new(Vec::<Checked>::new());
    let clash = RwSignal::new(Clash::KeepBoth);
    Effect::new(move |_| {
        files.track();
        if let Some(given) = files.try_update_untracked(Option::take).flatten() {
            checked.set(crate::time::measured("safar:import:check", || given.into_iter().map(check).collect()));
            clash.set(Clash::KeepBoth);
            open.set(true);
        }
    });
    let valid = move || checked.with(|c| c.iter().filter_map(|c| c.result.as_ref().ok().cloned()).collect::<Vec<_>>());
    let plan = Memo::new(move |_| {
        let files = valid();
        shelf.entries.track();
        shelf.read(|l| l.plan_import(files))
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
        let done = crate::time::measured("safar:import", || shelf.change(|l| l.import(plan, choice, &crate::time::now())));
        report.tell(match done {
            Ok(done) => {
                let mut parts = Vec::new();
                if !done.added.is_empty() {
                    parts.push(format!("{} added", done.added.len()));
                }
                if !done.replaced.is_empty() {
                    parts.push(format!("{} replaced", done.replaced.len()));
                }
                if done.skipped > 0 {
                    parts.push(format!("{} skipped", done.skipped));
                }
                Outcome::done(format!("Import finished: {}.", parts.join(", ")))
            }
            Err(error) => Outcome::failed(format!("Nothing was imported: {error}.")),
        });
        open.set(false);
    };
    let choice = move |value: Clash, label: &'static str| {
        view! {
            <label class="choice">
                <input type="radio" name="import-clash" prop:checked=move || clash.get() == value on:change=move |_| clash.set(value)/>
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <Modal open=open title="Import maps" name="import">
            <ul class="import-files">
                {move || checked.get().into_iter().map(|file| match file.result {
                    Ok(ok) => {
                        let titles: Vec<String> = ok.journeys.iter().map(|j| j.title.clone()).collect();
                        view! {
                            <li class="import-ok">
                                <strong dir="auto">{file.name}</strong>
                                <span>{format!(": ready, {} {}: ", titles.len(), if titles.len() == 1 { "map" } else { "maps" })}</span>
                                <bdi>{titles.join(", ")}</bdi>
                            </li>
                        }.into_any()
                    }
                    Err(problems) => view! {
                        <li class="import-failed">
                            <strong dir="auto">{file.name}</strong>
                            <span>{format!(": cannot be imported, nothing from it will change your library. {} found:",
                                if problems.len() == 1 { "1 problem".to_owned() } else { format!("{} problems", problems.len()) })}</span>
                            <ul class="problems">
                                {problems.into_iter().map(|p| view! { <li><code dir="ltr">{p}</code></li> }).collect_view()}
                            </ul>
                        </li>
                    }.into_any(),
                }).collect_view()}
            </ul>
            {move || {
                let clashing = clashing();
                (!clashing.is_empty()).then(|| view! {
                    <fieldset class="choices">
                        <legend>{format!("Already in your library: {}. What should happen to them?", clashing.join(", "))}</legend>
                        {choice(Clash::KeepBoth, "Keep both: import them as copies")}
                        {choice(Clash::Replace, "Replace the maps in the library")}
                        {choice(Clash::Skip, "Skip them")}
                    </fieldset>
                })
            }}
            <div class="editor-actions">
                <button type="button" class="button primary" disabled=move || count() == 0 || shelf.read_only on:click=import>
                    {move || match count() {
                        0 => "Nothing to import".to_owned(),
                        1 => "Import 1 map".to_owned(),
                        n => format!("Import {n} maps"),
                    }}
                </button>
                <button type="button" class="button quiet" on:click=move |_| open.set(false)>"Cancel"</button>
            </div>
        </Modal>
    }
}
