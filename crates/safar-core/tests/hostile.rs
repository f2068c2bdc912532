//! The hostile corpus (tests/hostile/ at the repository root), natively: every map file there is
//! refused with the error its manifest names or accepted with nothing a browser would run, and
//! every damaged or newer store entry is set aside or left alone without losing anything else.
//! The app and widget end-to-end tests run the same files in a browser.

use safar_core::examples::EXAMPLES;
use safar_core::library::{Finding, Keys, Library, MemoryStore};
use safar_core::migrate::MigrateError;
use safar_core::url::is_safe_url;
use safar_core::{Card, Id, JourneyFile, LoadError, Problem};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn corpus(folder: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/hostile").join(folder)
}

/// The files of a corpus folder (all but its manifest), sorted.
fn files(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.file_name().is_some_and(|name| name != "expected.json" && name != "README.md"))
        .collect();
    files.sort();
    assert!(files.len() > 10, "the corpus in {} is missing", folder.display());
    files
}

fn name_of(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

// ---- map files ------------------------------------------------------------------------------

/// What tests/hostile/maps/expected.json says about one file.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Expected {
    outcome: String,
    #[serde(default)]
    error: Option<String>,
    /// For "shape": where the wrong type is.
    #[serde(default)]
    path: Option<String>,
    /// For "newer": the version found.
    #[serde(default)]
    found: Option<u64>,
    /// For "invalid": every problem, exactly.
    #[serde(default)]
    problems: Option<Vec<ExpectedProblem>>,
}

#[derive(Deserialize, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[serde(deny_unknown_fields)]
struct ExpectedProblem {
    path: String,
    problem: String,
}

fn problem_name(problem: &Problem) -> String {
    match problem {
        Problem::UnsafeUrl => "unsafe-url".into(),
        Problem::TooLong { .. } => "too-long".into(),
        Problem::MalformedId => "malformed-id".into(),
        Problem::UnknownStage(_) => "unknown-stage".into(),
        other => format!("{other:?}"),
    }
}

/// Every URL of a file, with whether it is an image source.
fn urls(file: &JourneyFile) -> Vec<(&str, bool)> {
    let mut urls: Vec<(&str, bool)> = file.personas.iter().filter_map(|p| p.photo.as_ref()).map(|photo| (photo.url.as_str(), true)).collect();
    for card in file.journeys.iter().flat_map(|j| &j.cells).flat_map(|cell| &cell.cards) {
        match card {
            Card::Evidence(evidence) => urls.extend(evidence.url.as_deref().map(|url| (url, false))),
            Card::Image(image) => urls.push((image.url.as_str(), true)),
            _ => {}
        }
    }
    urls
}

/// Whether a browser given `url` as an `href` or `src` could run script or leave the web: it
/// parses the URL with the WHATWG parser (which strips what browsers strip), also after a
/// careless renderer decoded HTML character references in it.
fn browser_would_run(url: &str, image: bool) -> bool {
    let decoded = html_escape::decode_html_entities(url);
    let runs = [url, decoded.as_ref()].into_iter().any(|url| match url::Url::parse(url) {
        Ok(parsed) => match parsed.scheme() {
            "http" | "https" => false,
            "data" => !(image && parsed.path().to_ascii_lowercase().starts_with("image/")),
            _ => true,
        },
        // Relative, or nothing a browser would follow.
        Err(_) => false,
    });
    runs
}

#[test]
fn the_url_oracle_tells_script_from_links() {
    for run in ["javascript:alert(1)", " JaVaScRiPt:x", "&#106;avascript:x", "java&Tab;script:x", "data:text/html,x", "vbscript:x", "c:\\x"] {
        assert!(browser_would_run(run, true), "{run}");
    }
    for inert in ["https://x.example/a", "a.png", "../../etc/passwd", "/etc/passwd", "#top", "//cdn.example/x", "javascript%3Ax"] {
        assert!(!browser_would_run(inert, false), "{inert}");
    }
    assert!(!browser_would_run("data:image/png;base64,AA", true));
    assert!(browser_would_run("data:image/png;base64,AA", false));
}

#[test]
fn every_hostile_map_file_is_refused_as_its_manifest_says_or_accepted_inert() {
    let folder = corpus("maps");
    let manifest: BTreeMap<String, Expected> =
        serde_json::from_str(&std::fs::read_to_string(folder.join("expected.json")).unwrap()).unwrap();
    let files = files(&folder);
    let names: BTreeSet<String> = files.iter().map(|f| name_of(f)).collect();
    let listed: BTreeSet<String> = manifest.keys().cloned().collect();
    assert_eq!(names, listed, "every file in tests/hostile/maps has an entry in expected.json, and only those");

    let mut failures = Vec::new();
    for path in &files {
        let name = name_of(path);
        let expected = &manifest[&name];
        let bytes = std::fs::read(path).unwrap();
        if let Err(wrong) = check_map_file(&bytes, expected) {
            failures.push(format!("{name}: {wrong}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} hostile files:\n{}", failures.len(), files.len(), failures.join("\n"));
}

fn check_map_file(bytes: &[u8], expected: &Expected) -> Result<(), String> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return if expected.error.as_deref() == Some("not-utf8") { Ok(()) } else { Err("not UTF-8".into()) };
    };
    let loaded = JourneyFile::from_json(text);
    match (expected.outcome.as_str(), loaded) {
        ("accepted", Ok(file)) => {
            for (url, image) in urls(&file) {
                if !is_safe_url(url, image) || browser_would_run(url, image) {
                    return Err(format!("accepted {url:?}, which a browser could run"));
                }
            }
            // Accepted text is kept exactly as written, to be shown as text.
            let again = JourneyFile::from_json(&file.to_json()).map_err(|e| format!("does not read back: {e}"))?;
            if again.journeys[0].title != file.journeys[0].title || again.personas != file.personas {
                return Err("text changed on the way through".into());
            }
            Ok(())
        }
        ("accepted", Err(error)) => Err(format!("refused: {error}")),
        ("refused", Ok(_)) => Err(format!("accepted, but expected {:?}", expected.error)),
        ("refused", Err(error)) => {
            let matches = match (expected.error.as_deref(), &error) {
                (Some("syntax"), LoadError::Syntax { .. }) => true,
                (Some("not-a-journey-file"), LoadError::Migrate(MigrateError::NotAJourneyFile)) => true,
                (Some("bad-version"), LoadError::Migrate(MigrateError::BadVersion)) => true,
                (Some("newer"), LoadError::Migrate(MigrateError::Newer { found, .. })) => Some(*found) == expected.found,
                (Some("shape"), LoadError::Shape(errors)) => errors.iter().any(|e| Some(&e.path) == expected.path.as_ref()),
                (Some("invalid"), LoadError::Invalid(problems)) => {
                    let mut found: Vec<ExpectedProblem> = problems
                        .iter()
                        .map(|p| ExpectedProblem { path: p.path.clone(), problem: problem_name(&p.problem) })
                        .collect();
                    found.sort();
                    let mut want: Vec<&ExpectedProblem> = expected.problems.iter().flatten().collect();
                    want.sort();
                    found.iter().collect::<Vec<_>>() == want
                }
                _ => false,
            };
            if !matches {
                return Err(format!("expected {expected:?}, got {error:?}"));
            }
            // Every refusal explains itself in a sentence.
            if error.to_string().trim().is_empty() {
                return Err("refused without a message".into());
            }
            Ok(())
        }
        (outcome, _) => Err(format!("unknown outcome {outcome:?} in expected.json")),
    }
}

// ---- store entries --------------------------------------------------------------------------

/// One file of tests/hostile/store: entries put into a library's store over the examples.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct StoreCase {
    about: String,
    /// `quarantined`: set aside byte for byte and reported; `newer`: left exactly as it is and
    /// never written over; `ignored`: not the library's (an unusable key), left as it is and
    /// not listed; `rebuilt`: an index replaced by one made from the records; `readable`: opens.
    expect: String,
    entries: BTreeMap<String, String>,
}

const NOW: &str = "2026-11-23T10:00:00Z";

/// A library holding the three examples and one snapshot, as this version writes it.
fn examples_store() -> (MemoryStore, Vec<JourneyFile>) {
    let mut library = Library::open(MemoryStore::default(), Keys::default());
    let files: Vec<JourneyFile> = EXAMPLES.iter().map(|e| e.load().unwrap()).collect();
    for file in &files {
        library.create(file).unwrap();
    }
    library.take_snapshot(&files[0], "Before review", NOW).unwrap();
    (library.store().clone(), files)
}

/// Opens the library and reads everything in it, as a user clicking through every map and
/// snapshot would.
fn open_and_read_all(store: MemoryStore) -> Library<MemoryStore> {
    let mut library = Library::open(store, Keys::default());
    let ids: Vec<Id> = library.entries().iter().map(|e| e.id.clone()).collect();
    for id in &ids {
        let _ = library.load(id);
        for snapshot in library.snapshots(id) {
            let _ = library.snapshot(id, snapshot.number);
        }
    }
    library
}

#[test]
fn every_hostile_store_entry_is_set_aside_or_left_alone_and_nothing_else_is_lost() {
    let (base, examples) = examples_store();
    let keys = Keys::default();
    let mut failures = Vec::new();
    let files = files(&corpus("store"));
    for path in &files {
        let name = name_of(path);
        let case: StoreCase = serde_json::from_str(&std::fs::read_to_string(path).unwrap())
            .unwrap_or_else(|e| panic!("{name} is not a store case: {e}"));
        assert!(!case.about.is_empty(), "{name} says what it is");
        if let Err(wrong) = check_store_case(&base, &examples, &keys, &case) {
            failures.push(format!("{name}: {wrong}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} store cases:\n{}", failures.len(), files.len(), failures.join("\n"));
}

fn check_store_case(base: &MemoryStore, examples: &[JourneyFile], keys: &Keys, case: &StoreCase) -> Result<(), String> {
    let mut store = base.clone();
    for (key, value) in &case.entries {
        store.entries.insert(key.clone(), value.clone());
    }
    let before = store.entries.clone();
    let mut library = open_and_read_all(store);
    let after = library.store().entries.clone();
    let quarantined: Vec<&String> =
        after.iter().filter(|(key, _)| key.starts_with(&keys.quarantine(""))).map(|(_, value)| value).collect();
    let listed: Vec<String> = library.entries().iter().map(|e| e.id.to_string()).collect();
    let map_id = |key: &str| key.strip_prefix("safar:map:").map(str::to_owned);

    for (key, value) in &case.entries {
        match case.expect.as_str() {
            "quarantined" => {
                if after.get(key) == Some(value) {
                    return Err(format!("{key} was left in place"));
                }
                if !quarantined.contains(&value) {
                    return Err(format!("{key} was not kept in quarantine byte for byte"));
                }
                if !library.findings.iter().any(|f| matches!(f, Finding::Quarantined { key: k, moved: true, .. } if k == key)) {
                    return Err(format!("{key} was set aside without a word: {:?}", library.findings));
                }
                if map_id(key).is_some_and(|id| listed.contains(&id)) {
                    return Err(format!("{key} is still listed"));
                }
            }
            "newer" | "ignored" | "readable" => {
                if after.get(key) != Some(value) {
                    return Err(format!("{key} was changed or removed by reading the library"));
                }
                if quarantined.contains(&value) {
                    return Err(format!("{key} was copied to quarantine"));
                }
            }
            "rebuilt" => {
                if after.get(key) == Some(value) {
                    return Err(format!("{key} was kept although it disagrees with the records"));
                }
            }
            other => return Err(format!("unknown expectation {other:?}")),
        }
    }

    match case.expect.as_str() {
        "newer" => check_never_written_over(&mut library, case, examples)?,
        "ignored" => {
            if let Some(id) = case.entries.keys().filter_map(|k| map_id(k)).find(|id| listed.contains(id)) {
                return Err(format!("{id} is listed"));
            }
        }
        "rebuilt" => {
            let mut want: Vec<String> = examples.iter().map(|f| f.journeys[0].id.to_string()).collect();
            want.sort();
            let mut got = listed.clone();
            got.sort();
            if got != want {
                return Err(format!("lists {got:?}, the records hold {want:?}"));
            }
            for entry in library.entries() {
                let record = &examples.iter().find(|f| f.journeys[0].id == entry.id).unwrap().journeys[0];
                if entry.title != record.title || entry.revision != 1 {
                    return Err(format!("{} is listed as {:?} at revision {}, not as its record says", entry.id, entry.title, entry.revision));
                }
            }
        }
        "readable" => {
            for key in case.entries.keys() {
                if let Some(id) = map_id(key) {
                    library.load(&Id::new(&id)).map_err(|e| format!("{id} does not open: {e}"))?;
                }
                if let Some(rest) = key.strip_prefix("safar:snapshot:") {
                    let (id, number) = rest.rsplit_once(':').unwrap();
                    let number: u32 = number.parse().unwrap();
                    let id = Id::new(id);
                    let listed = library.snapshots(&id);
                    let snapshot = listed.iter().find(|s| s.number == number).ok_or(format!("snapshot {key} is not listed"))?;
                    let text: serde_json::Value = serde_json::from_str(&case.entries[key]).unwrap();
                    if snapshot.name != text["name"].as_str().unwrap() {
                        return Err(format!("snapshot {key} is named {:?}", snapshot.name));
                    }
                    library.snapshot(&id, number).map_err(|e| format!("snapshot {key} does not open: {e}"))?;
                }
            }
        }
        _ => {}
    }

    // Nothing else lost: every example whose record the case did not replace opens as it was,
    // and every other entry of the store is as it was.
    for file in examples {
        let id = &file.journeys[0].id;
        if case.entries.contains_key(&keys.map(id)) {
            continue;
        }
        match library.load(id) {
            Ok(loaded) if &loaded.file == file => {}
            other => return Err(format!("{id} no longer opens as it was: {other:?}")),
        }
    }
    for (key, value) in &before {
        let own_bookkeeping = key == &keys.index() || case.entries.contains_key(key);
        if !own_bookkeeping && library.store().entries.get(key) != Some(value) {
            return Err(format!("{key}, which the case did not touch, changed"));
        }
    }
    Ok(())
}

/// A newer Safar's entry, after every write this version could attempt on it, is byte for byte
/// what it was.
fn check_never_written_over(library: &mut Library<MemoryStore>, case: &StoreCase, examples: &[JourneyFile]) -> Result<(), String> {
    let index_is_newer = case.entries.contains_key(&library.keys().index());
    if index_is_newer && !library.is_read_only() {
        return Err("a newer index did not make the library read-only".into());
    }
    for key in case.entries.keys() {
        if let Some(id) = key.strip_prefix("safar:map:") {
            let id = Id::new(id);
            let entry = library.entry(&id).ok_or(format!("{id} is not listed"))?;
            if !entry.newer {
                return Err(format!("{id} is not marked as a newer map"));
            }
            let mut file = examples[0].clone();
            file.journeys[0].id = id.clone();
            for base in [0, 1, 2] {
                if library.save(&file, &safar_core::library::Revision::new(base, "")).is_ok() {
                    return Err(format!("a save over {id} from revision {base} was accepted"));
                }
            }
            if library.set_trashed(&id, Some(NOW)).is_ok() {
                return Err(format!("{id} was moved to the trash"));
            }
            let plan = library.plan_import(vec![file]);
            let _ = library.import(plan, safar_core::library::Clash::Replace, NOW);
        }
        if key.starts_with("safar:snapshot:") {
            library.take_snapshot(&examples[0], "Another", NOW).map_err(|e| format!("a snapshot could not be taken: {e}"))?;
        }
    }
    if index_is_newer {
        // Read-only: nothing at all may be written.
        let _ = library.save(&examples[0], &safar_core::library::Revision::new(1, ""));
        let _ = library.take_snapshot(&examples[0], "x", NOW);
    }
    for (key, value) in &case.entries {
        if library.store().entries.get(key) != Some(value) {
            return Err(format!("{key} was written over"));
        }
    }
    Ok(())
}
