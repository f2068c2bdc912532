//! The library, natively, over in-memory stores: what it keeps, what it refuses, and what it
//! never does (write outside its namespace, half-save, write over text it cannot read or that a
//! newer Safar wrote, lose anything when the store is full or a tab closes mid-save).

use proptest::prelude::*;
use safar_core::examples::EXAMPLES;
use safar_core::library::maps::combine;
use safar_core::library::records::{self, ReadError};
use safar_core::library::{
    Clash, Conflict, Finding, Imported, Incoming, Keys, Library, LibraryEntry, LibraryError, Loaded, MemoryStore,
    Quarantined, Revision, SnapshotInfo, Standing, Store, StoreError,
};
use safar_core::{Id, JourneyFile, LoadError, Persona};
use serde_json::{json, Value};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

// ---- helpers --------------------------------------------------------------------------------

const NOW: &str = "2026-11-23T10:00:00Z";
const LATER: &str = "2026-11-24T08:30:00Z";

/// The committed store of a library as this version writes it; see `a_v1_library_keeps_opening`.
const V1_STORE: &str = include_str!("fixtures/library-v1.store.json");
/// A small valid map, for tests that need many saves.
const MINIMAL: &str = include_str!("fixtures/v1-minimal.journey.json");

/// Example `i`: 0 English, 1 Persian, 2 Arabic.
/// Revision `n` as a library without a writer token (an earlier Safar's, or these tests') saves it.
fn rev(n: u64) -> Revision {
    Revision::new(n, "")
}

fn example(i: usize) -> JourneyFile {
    EXAMPLES[i].load().unwrap()
}

fn all_examples() -> Vec<JourneyFile> {
    (0..EXAMPLES.len()).map(example).collect()
}

fn id_of(file: &JourneyFile) -> Id {
    file.journeys[0].id.clone()
}

fn with_title(file: &JourneyFile, title: &str) -> JourneyFile {
    let mut file = file.clone();
    file.journeys[0].title = title.to_owned();
    file
}

fn with_id(file: &JourneyFile, id: &str) -> JourneyFile {
    let mut file = file.clone();
    file.journeys[0].id = Id::new(id);
    file
}

/// Opens the library under the default prefix.
fn open(store: MemoryStore) -> Library<MemoryStore> {
    Library::open(store, Keys::default())
}

/// A library under the default prefix holding `files`, each created once.
fn library_of(files: &[JourneyFile]) -> Library<MemoryStore> {
    let mut library = open(MemoryStore::default());
    for file in files {
        library.create(file).unwrap();
    }
    library
}

/// The same store opened again, as by a new tab.
fn reopen<S: Store + Clone>(library: &Library<S>) -> Library<S> {
    Library::open(library.store().clone(), library.keys().clone())
}

/// Every stored key and text.
fn stored(library: &Library<MemoryStore>) -> BTreeMap<String, String> {
    library.store().entries.clone()
}

/// The keys whose text differs between two stores (texts are too long to print).
fn changed_keys(now: &BTreeMap<String, String>, before: &BTreeMap<String, String>) -> Vec<String> {
    let keys: std::collections::BTreeSet<&String> = now.keys().chain(before.keys()).filter(|k| now.get(*k) != before.get(*k)).collect();
    keys.into_iter().cloned().collect()
}

/// Asserts that the library's store holds exactly `before`.
#[track_caller]
fn assert_unchanged(library: &Library<MemoryStore>, before: &BTreeMap<String, String>, what: &str) {
    let changed = changed_keys(&library.store().entries, before);
    assert!(changed.is_empty(), "{what}: changed {changed:?}");
}

/// A copy of the library's store with `key` holding `text`.
fn store_with(library: &Library<MemoryStore>, key: &str, text: &str) -> MemoryStore {
    let mut store = library.store().clone();
    store.entries.insert(key.to_owned(), text.to_owned());
    store
}

fn ids(library: &Library<impl Store>) -> Vec<Id> {
    let mut ids: Vec<Id> = library.entries().iter().map(|e| e.id.clone()).collect();
    ids.sort();
    ids
}

fn sorted(mut entries: Vec<LibraryEntry>) -> Vec<LibraryEntry> {
    entries.sort_by(|a, b| a.id.cmp(&b.id));
    entries
}

/// Whether opening found `key` unreadable and moved it to the quarantine.
fn quarantined_at_open(library: &Library<impl Store>, key: &str) -> bool {
    library.findings.iter().any(|f| matches!(f, Finding::Quarantined { key: k, moved: true, .. } if k == key))
}

/// Every listed map as loaded: its file, revision and whether it is in the trash.
fn contents(library: &mut Library<impl Store>) -> BTreeMap<Id, Loaded> {
    let ids: Vec<Id> = library.entries().iter().map(|e| e.id.clone()).collect();
    ids.into_iter().map(|id| (id.clone(), library.load(&id).unwrap())).collect()
}

fn import(library: &mut Library<impl Store>, files: Vec<JourneyFile>, clash: Clash) -> Result<Imported, LibraryError> {
    let plan = library.plan_import(files);
    library.import(plan, clash, NOW)
}

/// A store shared by several libraries, as localStorage is by several tabs.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<MemoryStore>>);

impl Store for Shared {
    fn get(&self, key: &str) -> Option<String> {
        self.0.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) {
        self.0.borrow_mut().remove(key)
    }
    fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        self.0.borrow().keys_with_prefix(prefix)
    }
}

/// A store that takes `writes_left` more writes and then none at all, as when a tab is closed
/// in the middle of a save: nothing after that point happens, not even an undo.
#[derive(Clone)]
struct Crashing {
    inner: MemoryStore,
    writes_left: usize,
}

impl Store for Crashing {
    fn get(&self, key: &str) -> Option<String> {
        self.inner.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.writes_left == 0 {
            return Err(StoreError::Other("the tab was closed".into()));
        }
        self.writes_left -= 1;
        self.inner.set(key, value)
    }
    fn remove(&mut self, key: &str) {
        if self.writes_left > 0 {
            self.writes_left -= 1;
            self.inner.remove(key);
        }
    }
    fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        self.inner.keys_with_prefix(prefix)
    }
}

// ---- opening and creating -------------------------------------------------------------------

#[test]
fn an_empty_store_opens_as_an_empty_library() {
    let library = open(MemoryStore::default());
    assert!(library.entries().is_empty());
    assert!(library.findings.is_empty());
    assert!(library.quarantined().is_empty());
    assert!(!library.is_read_only());
    for key in library.store().entries.keys() {
        assert!(library.keys().owns(key), "{key}");
    }
}

#[test]
fn created_examples_are_listed_and_reopen_the_same() {
    let files = all_examples();
    let library = library_of(&files);
    assert_eq!(library.entries().len(), 3);
    for file in &files {
        let journey = &file.journeys[0];
        let entry = library.entry(&journey.id).unwrap();
        assert_eq!(entry.title, journey.title);
        assert_eq!(entry.personas, file.personas.iter().map(|p| p.name.clone()).collect::<Vec<_>>());
        assert_eq!(entry.map_type, journey.map_type);
        assert_eq!(entry.language, journey.language);
        assert_eq!(entry.updated, journey.updated);
        assert_eq!(entry.revision, 1);
        assert_eq!(entry.trashed, None);
        assert!(!entry.newer);
    }
    let languages: Vec<&str> = library.entries().iter().map(|e| e.language.as_str()).collect();
    assert_eq!(languages, ["en", "fa", "ar"]);

    let before = stored(&library);
    let mut again = reopen(&library);
    assert_eq!(again.entries(), library.entries());
    assert!(again.findings.is_empty());
    assert_unchanged(&again, &before, "opening a healthy library writes nothing");
    for file in &files {
        assert_eq!(again.load(&id_of(file)).unwrap(), Loaded { file: file.clone(), revision: rev(1), trashed: false });
    }
}

// ---- conflicts ------------------------------------------------------------------------------

#[test]
fn a_save_from_a_stale_revision_is_a_conflict_and_changes_nothing() {
    let en = example(0);
    let id = id_of(&en);
    let mut library = library_of(std::slice::from_ref(&en));
    let first = with_title(&en, "Edited once");
    assert_eq!(library.save(&first, &rev(1)), Ok(rev(2)));

    let before = stored(&library);
    let stale = with_title(&en, "Edited from an old copy");
    assert_eq!(library.save(&stale, &rev(1)), Err(LibraryError::Conflict(Conflict { base: rev(1), stored: rev(2) })));
    assert_eq!(library.create(&stale), Err(LibraryError::Conflict(Conflict { base: rev(0), stored: rev(2) })), "create never writes over");
    assert_unchanged(&library, &before, "");
    assert_eq!(library.entry(&id).unwrap().title, "Edited once");
    assert_eq!(library.load(&id).unwrap(), Loaded { file: first, revision: rev(2), trashed: false });

    assert_eq!(library.save(&with_title(&en, "Edited twice"), &rev(2)), Ok(rev(3)));
    assert_eq!(reopen(&library).entry(&id).unwrap().revision, 3);
    assert_eq!(reopen(&library).entry(&id).unwrap().title, "Edited twice");

    let fa = example(1);
    assert_eq!(library.save(&fa, &rev(4)), Err(LibraryError::Conflict(Conflict { base: rev(4), stored: rev(0) })), "a map removed meanwhile");
    assert!(!library.contains(&id_of(&fa)));
}

#[test]
fn two_tabs_on_one_store_see_each_others_saves_as_conflicts() {
    let en = example(0);
    let id = id_of(&en);
    let shared = Shared::default();
    let mut tab_a = Library::open(shared.clone(), Keys::default());
    tab_a.create(&en).unwrap();
    let mut tab_b = Library::open(shared.clone(), Keys::default());
    let mine = tab_b.load(&id).unwrap();

    assert_eq!(tab_a.save(&with_title(&en, "Saved in tab A"), &rev(1)), Ok(rev(2)));
    let before = shared.0.borrow().entries.clone();
    let refused = tab_b.save(&with_title(&mine.file, "Saved in tab B"), &mine.revision);
    assert_eq!(refused, Err(LibraryError::Conflict(Conflict { base: rev(1), stored: rev(2) })));
    assert_eq!(shared.0.borrow().entries, before);

    tab_b.refresh();
    assert_eq!(tab_b.entry(&id).unwrap().title, "Saved in tab A");
    assert_eq!(tab_b.entry(&id).unwrap().revision, 2);
}

// ---- full stores ----------------------------------------------------------------------------

#[test]
fn a_save_that_does_not_fit_is_refused_whole_and_fits_once_space_is_freed() {
    let (en, fa, ar) = (example(0), example(1), example(2));
    let full = library_of(&[en.clone(), fa.clone()]);
    let ar_bytes = records::encode_map(&rev(1), &[], None, &ar.to_json()).encode_utf16().count() * 2;
    let mut store = full.store().clone();
    let margin = ar_bytes / 2;
    store.quota = Some(store.used() + margin);
    let mut library = open(store);
    let before = stored(&library);
    let entries = library.entries().to_vec();

    assert_eq!(library.create(&ar), Err(LibraryError::Store(StoreError::Full)));
    assert_unchanged(&library, &before, "nothing of the refused map is stored");
    assert_eq!(library.entries(), entries, "nor listed");

    let mut bigger = with_title(&en, "Grown too big");
    bigger.journeys[0].goal = "g".repeat(20_000);
    bigger.journeys[0].scenario = "s".repeat(20_000);
    let units = |file: &JourneyFile| file.to_json().encode_utf16().count();
    assert!(2 * (units(&bigger) - units(&en)) > margin, "the edit must not fit");
    assert_eq!(library.save(&bigger, &rev(1)), Err(LibraryError::Store(StoreError::Full)));
    assert_unchanged(&library, &before, "");
    assert_eq!(library.load(&id_of(&en)).unwrap(), Loaded { file: en.clone(), revision: rev(1), trashed: false });
    assert_eq!(ids(&reopen(&library)), vec![id_of(&en), id_of(&fa)]);

    library.set_trashed(&id_of(&fa), Some(NOW)).unwrap();
    library.delete(&id_of(&fa)).unwrap();
    library.create(&ar).unwrap();
    assert!(library.store().used() <= library.store().quota.unwrap());
    let mut again = reopen(&library);
    assert_eq!(ids(&again), vec![id_of(&ar), id_of(&en)]);
    assert_eq!(again.load(&id_of(&ar)).unwrap().file, ar);
}

#[test]
fn in_a_store_filled_to_the_byte_a_growing_save_is_refused_and_a_shrinking_one_fits() {
    let en = example(0);
    let id = id_of(&en);
    let mut store = library_of(std::slice::from_ref(&en)).store().clone();
    store.quota = Some(store.used());
    let mut library = open(store);
    let before = stored(&library);
    let longer = with_title(&en, &format!("{}!", en.journeys[0].title));
    assert_eq!(library.save(&longer, &rev(1)), Err(LibraryError::Store(StoreError::Full)));
    assert_unchanged(&library, &before, "one character too many");
    assert_eq!(library.take_snapshot(&en, "no room", NOW), Err(LibraryError::Store(StoreError::Full)));
    assert_unchanged(&library, &before, "a snapshot");
    assert_eq!(library.save(&with_title(&en, "Short"), &rev(1)), Ok(rev(2)));
    assert_eq!(reopen(&library).entry(&id).unwrap().title, "Short");
}

#[test]
fn an_import_that_runs_out_of_space_part_way_changes_nothing() {
    let (en, fa, ar) = (example(0), example(1), example(2));
    let base = library_of(std::slice::from_ref(&en));
    let used_after = |files: Vec<JourneyFile>| {
        let mut library = open(base.store().clone());
        import(&mut library, files, Clash::Skip).unwrap();
        library.store().used()
    };
    let with_fa = used_after(vec![fa.clone()]);
    let with_both = used_after(vec![fa.clone(), ar.clone()]);
    // Room for the Persian map but not for the Arabic one after it: the import fails part-way.
    let mut store = base.store().clone();
    store.quota = Some(with_fa + (with_both - with_fa) / 2);
    let mut library = open(store);
    let before = stored(&library);

    assert_eq!(import(&mut library, vec![fa.clone(), ar.clone()], Clash::Skip), Err(LibraryError::Store(StoreError::Full)));
    assert_unchanged(&library, &before, "all of an import or none of it");
    assert_eq!(ids(&library), vec![id_of(&en)]);
    assert_eq!(ids(&reopen(&library)), vec![id_of(&en)]);

    let done = import(&mut library, vec![fa.clone()], Clash::Skip).unwrap();
    assert_eq!(done.added, vec![id_of(&fa)]);
}

// ---- damaged text ---------------------------------------------------------------------------

#[test]
fn a_damaged_map_is_quarantined_byte_for_byte_and_the_others_open() {
    let library = library_of(&all_examples());
    let fa = id_of(&example(1));
    let key = library.keys().map(&fa);
    let damaged = [
        r#"{"format":"safar-library-map","version":1,"revision":3,"file":{"format":"safar-jour"#.to_owned(),
        "\u{0}\u{1}binary ﷽ junk".to_owned(),
        "[]".to_owned(),
        r#"{"format":"something-else","version":1,"file":{}}"#.to_owned(),
        r#"{"format":"safar-library-map","version":1,"revision":1}"#.to_owned(),
    ];
    for garbage in damaged {
        let mut library = open(store_with(&library, &key, &garbage));
        let kept = library.keys().quarantine(&key);
        assert!(!library.contains(&fa), "{garbage:?}");
        assert_eq!(library.store().entries.get(&kept), Some(&garbage), "kept byte for byte");
        assert!(!library.store().entries.contains_key(&key));
        assert!(quarantined_at_open(&library, &key), "{:?}", library.findings);
        assert_eq!(library.quarantined(), vec![Quarantined { key: kept.clone(), original: key.clone(), bytes: garbage.len() }]);
        assert_eq!(library.quarantined_text(&kept), Some(garbage.clone()));
        for other in [example(0), example(2)] {
            assert_eq!(library.load(&id_of(&other)).unwrap().file, other);
        }
        let again = reopen(&library);
        assert_eq!(ids(&again), ids(&library));
        assert!(again.findings.is_empty(), "found once, reported once");

        library.create(&example(1)).unwrap();
        assert_eq!(library.quarantined_text(&kept), Some(garbage.clone()), "the map can be made again beside its old text");
        library.discard_quarantined(&kept);
        assert!(library.quarantined().is_empty());
    }
}

#[test]
fn a_map_damaged_after_opening_is_quarantined_when_loaded() {
    let shared = Shared::default();
    let mut library = Library::open(shared.clone(), Keys::default());
    let en = example(0);
    library.create(&en).unwrap();
    let key = library.keys().map(&id_of(&en));
    shared.0.borrow_mut().entries.insert(key.clone(), "{\"format\":".into());

    assert!(matches!(library.load(&id_of(&en)), Err(LibraryError::Damaged(_))));
    assert!(!library.contains(&id_of(&en)));
    assert_eq!(library.quarantined_text(&library.keys().quarantine(&key)).as_deref(), Some("{\"format\":"));
    assert!(reopen(&library).entries().is_empty());
}

/// A browser's storage holds no record over the larger bound the library reads its maps under,
/// so a map grown in the editor past the file limit still opens; one past the count limits is
/// set aside byte for byte, with the limit as its reason.
#[test]
fn stored_maps_are_read_under_the_record_limit_and_one_past_a_count_is_set_aside_whole() {
    let library = library_of(&all_examples());
    let fa = id_of(&example(1));
    let key = library.keys().map(&fa);
    let text = example(1).to_compact_json();
    let padded = format!("{{{}{}", " ".repeat(9 * 1024 * 1024), &text[1..]);
    assert!(matches!(JourneyFile::from_json(&padded), Err(LoadError::TooLarge(_))), "over the file limit");
    let mut library = open(store_with(&library, &key, &records::encode_map(&rev(1), &[], None, &padded)));
    assert_eq!(library.load(&fa).unwrap().file, example(1));

    let mut wide: Value = serde_json::from_str(&text).unwrap();
    let stages = wide["journeys"][0]["stages"].as_array_mut().unwrap();
    let extra: Vec<Value> = (stages.len()..201).map(|i| json!({"id": format!("extra-{i}"), "name": "More"})).collect();
    stages.extend(extra);
    let record = records::encode_map(&rev(1), &[], None, &wide.to_string());
    let mut library = open(store_with(&library, &key, &record));
    let error = library.load(&fa).unwrap_err();
    assert!(matches!(&error, LibraryError::Damaged(reason) if reason.contains("201 stages, more than the 200")), "{error:?}");
    assert_eq!(library.quarantined_text(&library.keys().quarantine(&key)), Some(record));
}

/// The index lists maps without reading them, so a record that reads but holds an invalid map
/// is found when the map is loaded.
#[test]
fn a_record_holding_an_invalid_map_is_quarantined_when_loaded() {
    let library = library_of(&all_examples());
    let fa = id_of(&example(1));
    let key = library.keys().map(&fa);
    let mut invalid: Value = serde_json::from_str(&example(1).to_json()).unwrap();
    invalid["journeys"][0]["language"] = json!("not a language!");
    let record = records::encode_map(&rev(1), &[], None, &invalid.to_string());
    let mut library = open(store_with(&library, &key, &record));
    let error = library.load(&fa).unwrap_err();
    assert!(matches!(&error, LibraryError::Damaged(reason) if reason.contains("journeys[0].language")), "{error:?}");
    assert!(!library.contains(&fa));
    assert_eq!(library.quarantined_text(&library.keys().quarantine(&key)), Some(record));
    assert_eq!(ids(&reopen(&library)), vec![id_of(&example(2)), id_of(&example(0))]);
}

#[test]
fn a_second_damage_to_one_map_keeps_both_damaged_texts() {
    let en = example(0);
    let library = library_of(std::slice::from_ref(&en));
    let key = library.keys().map(&id_of(&en));
    let mut library = open(store_with(&library, &key, "first damage"));
    library.create(&en).unwrap();
    let library = open(store_with(&library, &key, "second damage"));
    let mut texts: Vec<String> = library.quarantined().iter().map(|q| library.quarantined_text(&q.key).unwrap()).collect();
    texts.sort();
    assert_eq!(texts, ["first damage", "second damage"]);
    assert!(library.quarantined().iter().all(|q| q.original == key));
}

#[test]
fn a_damaged_map_that_cannot_be_set_aside_is_never_written_over() {
    let en = example(0);
    let library = library_of(std::slice::from_ref(&en));
    let key = library.keys().map(&id_of(&en));
    // Bigger than the map's record, so writing the record over it would fit.
    let garbage = format!("{{\"damaged\": \"{}\"", "x".repeat(60_000));
    let mut store = store_with(&library, &key, &garbage);
    // No room for a second copy of the damaged text.
    store.quota = Some(store.used() + 1_000);
    let mut library = open(store);
    assert!(library.findings.iter().any(|f| matches!(f, Finding::Quarantined { moved: false, .. })));
    assert_eq!(library.store().entries.get(&key), Some(&garbage), "left where it was");

    assert_eq!(library.create(&en), Err(LibraryError::Store(StoreError::Full)));
    assert_eq!(import(&mut library, vec![en.clone()], Clash::Replace), Err(LibraryError::Store(StoreError::Full)));
    assert_eq!(library.store().entries.get(&key), Some(&garbage), "still there, never written over");
}

#[test]
fn a_damaged_index_is_rebuilt_from_the_records_and_kept_aside() {
    let library = library_of(&all_examples());
    let expected = sorted(library.entries().to_vec());
    let index = library.keys().index();
    for garbage in [
        r#"{"format":"safar-library","version":1,"maps":[{"id":"#,
        "null",
        r#"{"format":"safar-library","version":1,"maps":"none"}"#,
        r#"{"format":"safar-library-map","version":1,"maps":[]}"#,
    ] {
        let library = open(store_with(&library, &index, garbage));
        assert_eq!(sorted(library.entries().to_vec()), expected, "{garbage}");
        assert_eq!(library.quarantined_text(&library.keys().quarantine(&index)).as_deref(), Some(garbage));
        assert!(quarantined_at_open(&library, &index));
        let rewritten = records::decode_index(library.store().entries.get(&index).unwrap()).unwrap();
        assert_eq!(sorted(rewritten), expected);
    }
}

#[test]
fn a_missing_index_is_rebuilt_silently() {
    let library = library_of(&all_examples());
    let mut store = library.store().clone();
    store.entries.remove(&library.keys().index());
    let again = open(store);
    assert_eq!(sorted(again.entries().to_vec()), sorted(library.entries().to_vec()));
    assert!(again.findings.is_empty());
}

#[test]
fn a_damaged_snapshot_is_reported_as_damaged() {
    let en = example(0);
    let mut library = library_of(std::slice::from_ref(&en));
    library.take_snapshot(&en, "good", NOW).unwrap();
    let key = library.keys().snapshot(&id_of(&en), 1);
    let mut library = open(store_with(&library, &key, "{\"format\":\"safar-snapshot\""));
    assert!(matches!(library.snapshot(&id_of(&en), 1), Err(LibraryError::Damaged(_))));
    assert!(library.snapshots(&id_of(&en)).is_empty());
    assert_eq!(library.quarantined_text(&library.keys().quarantine(&key)).as_deref(), Some("{\"format\":\"safar-snapshot\""));
}

// ---- newer versions -------------------------------------------------------------------------

#[test]
fn a_map_from_a_newer_safar_is_listed_read_only_and_never_written() {
    let en = example(0);
    let library = library_of(std::slice::from_ref(&en));
    let keys = library.keys().clone();
    let newer_record = r#"{"format":"safar-library-map","version":2,"revision":9,"file":{"format":"safar-journey-map","version":5,"journeys":[{"id":"from-the-future","title":"Made tomorrow","language":"fa"}]},"comments":["new"]}"#;
    let newer_file = records::encode_map(&rev(4), &[], None,
        r#"{"format":"safar-journey-map","version":9,"journeys":[{"id":"nested-future","title":"A newer map inside"}]}"#,
    );
    let cases = [("from-the-future", "Made tomorrow", newer_record.to_owned()), ("nested-future", "A newer map inside", newer_file)];
    let mut store = library.store().clone();
    for (id, _, text) in &cases {
        store.entries.insert(keys.map(&Id::new(*id)), text.clone());
    }
    let mut library = open(store);
    assert!(library.findings.is_empty(), "newer is not damaged: {:?}", library.findings);
    let before = stored(&library);

    for (id, title, _) in &cases {
        let id = Id::new(*id);
        let entry = library.entry(&id).unwrap().clone();
        assert!(entry.newer, "{id}");
        assert_eq!(entry.title, *title);
        assert!(matches!(library.load(&id), Err(LibraryError::Newer(ReadError::Newer { .. }))), "{id}");
        let mine = with_id(&en, id.as_str());
        for base in [0, 1, 4, 9, entry.revision] {
            assert!(matches!(library.save(&mine, &rev(base)), Err(LibraryError::Newer(_))), "{id} at {base}");
        }
        assert!(matches!(library.rename(&id, "Mine now", NOW), Err(LibraryError::Newer(_))));
        assert!(matches!(library.set_trashed(&id, Some(NOW)), Err(LibraryError::Newer(_))));
        assert!(matches!(library.duplicate(&id, NOW), Err(LibraryError::Newer(_))));
        assert!(matches!(import(&mut library, vec![mine.clone()], Clash::Replace), Err(LibraryError::Newer(_))), "{id}");
        assert_unchanged(&library, &before, id.as_str());
    }
    assert_eq!(library.empty_trash(), Ok(0));
    let exported = library.export_all().file;
    assert_eq!(exported.journeys.len(), 1, "only the map this version reads is exported");
    assert_unchanged(&library, &before, "");
    assert_eq!(reopen(&library).entries(), library.entries());
}

#[test]
fn a_snapshot_never_writes_over_one_a_newer_safar_wrote() {
    let en = example(0);
    let mut library = library_of(std::slice::from_ref(&en));
    assert_eq!(library.take_snapshot(&en, "first", NOW), Ok(1));
    let newer = r#"{"format":"safar-snapshot","version":3,"name":"from the future","file":{}}"#;
    let key = library.keys().snapshot(&id_of(&en), 2);
    let mut library = open(store_with(&library, &key, newer));
    let number = library.take_snapshot(&en, "second", LATER).unwrap();
    assert_ne!(number, 2);
    assert_eq!(library.store().entries.get(&key).map(String::as_str), Some(newer));
}

#[test]
fn an_index_from_a_newer_safar_makes_the_library_read_only_and_untouched() {
    let (en, fa, ar) = (example(0), example(1), example(2));
    let mut library = library_of(&[en.clone(), fa.clone()]);
    library.take_snapshot(&en, "kept", NOW).unwrap();
    library.set_trashed(&id_of(&fa), Some(NOW)).unwrap();
    let keys = library.keys().clone();
    let mut store = library.store().clone();
    store.entries.insert(keys.index(), r#"{"format":"safar-library","version":2,"maps":{"a":"new shape"}}"#.into());
    store.entries.insert(keys.map(&Id::new("broken")), "not even JSON".into());
    store.entries.insert(keys.quarantine("safar:map:old"), "kept aside before".into());
    store.entries.insert("safar:document".into(), ar.to_json());
    let before = store.entries.clone();

    let mut library = open(store);
    assert!(library.is_read_only());
    assert_eq!(ids(&library), vec![id_of(&en), id_of(&fa)], "still shown");
    let (en_id, fa_id) = (id_of(&en), id_of(&fa));

    assert_eq!(library.create(&ar), Err(LibraryError::ReadOnly));
    assert_eq!(library.save(&with_title(&en, "x"), &rev(1)), Err(LibraryError::ReadOnly));
    assert_eq!(library.rename(&en_id, "x", NOW), Err(LibraryError::ReadOnly));
    assert_eq!(library.duplicate(&en_id, NOW), Err(LibraryError::ReadOnly));
    assert_eq!(library.set_trashed(&en_id, Some(NOW)), Err(LibraryError::ReadOnly));
    assert_eq!(library.set_trashed(&fa_id, None), Err(LibraryError::ReadOnly));
    assert_eq!(library.delete(&fa_id), Err(LibraryError::ReadOnly));
    assert_eq!(library.empty_trash(), Err(LibraryError::ReadOnly));
    assert_eq!(library.take_snapshot(&en, "y", NOW), Err(LibraryError::ReadOnly));
    assert_eq!(library.delete_snapshot(&en_id, 1), Err(LibraryError::ReadOnly));
    assert_eq!(import(&mut library, vec![ar.clone()], Clash::KeepBoth), Err(LibraryError::ReadOnly));
    library.discard_quarantined(&keys.quarantine("safar:map:old"));

    // Reading is still allowed, and writes nothing either.
    assert_eq!(library.load(&en_id).unwrap().file, en);
    assert_eq!(library.snapshots(&en_id).len(), 1);
    assert_eq!(library.snapshot(&en_id, 1).unwrap(), en);
    assert_eq!(library.export_all().file.journeys.len(), 1);
    assert!(library.load(&Id::new("broken")).is_err());
    let _ = (library.usage(), library.quarantined());
    library.refresh();
    assert!(library.is_read_only());
    assert_unchanged(&library, &before, "a read-only library changes no stored byte");
}

// ---- namespaces -----------------------------------------------------------------------------

#[test]
fn a_library_reads_and_writes_only_keys_under_its_prefix() {
    let (en, fa, ar) = (example(0), example(1), example(2));
    let foreign: Vec<(String, String)> = [
        ("team-b:index", r#"{"format":"safar-library","version":1,"maps":[]}"#.to_owned()),
        ("team:map:x", records::encode_map(&rev(1), &[], None, &en.to_json())),
        ("team-a-old:map:y", records::encode_map(&rev(1), &[], None, &fa.to_json())),
        ("team-ab:index", "team-ab's".to_owned()),
        ("other", "someone else's".to_owned()),
        ("team-a", "no colon: not ours".to_owned()),
        ("safar:document", en.to_json()),
        ("safar:index", "the default library's".to_owned()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    let keys = Keys::new("team-a");
    let mut store = MemoryStore::default();
    for (key, value) in &foreign {
        store.entries.insert(key.clone(), value.clone());
    }
    store.entries.insert(keys.map(&Id::new("broken")), "damaged".into());

    let mut library = Library::open(store, keys.clone());
    assert!(quarantined_at_open(&library, &keys.map(&Id::new("broken"))));
    assert_eq!(library.entries().len(), 0, "other namespaces' maps are not ours");
    let (en_id, fa_id) = (id_of(&en), id_of(&fa));
    library.create(&en).unwrap();
    library.create(&fa).unwrap();
    library.save(&with_title(&en, "Edited"), &rev(1)).unwrap();
    library.rename(&en_id, "Renamed", NOW).unwrap();
    let copy = library.duplicate(&en_id, NOW).unwrap();
    library.take_snapshot(&with_title(&en, "Renamed"), "one", NOW).unwrap();
    library.take_snapshot(&with_title(&en, "Renamed"), "two", LATER).unwrap();
    let snapshots = library.snapshots(&en_id);
    library.snapshot(&en_id, snapshots[0].number).unwrap();
    library.delete_snapshot(&en_id, 1).unwrap();
    library.set_trashed(&fa_id, Some(NOW)).unwrap();
    library.set_trashed(&fa_id, None).unwrap();
    library.set_trashed(&copy, Some(NOW)).unwrap();
    assert_eq!(library.empty_trash(), Ok(1));
    library.set_trashed(&fa_id, Some(NOW)).unwrap();
    library.delete(&fa_id).unwrap();
    import(&mut library, vec![ar.clone(), en.clone()], Clash::KeepBoth).unwrap();
    library.export_all().file;
    let usage = library.usage();
    library.refresh();
    let quarantined = library.quarantined();
    assert_eq!(quarantined.len(), 1);
    assert_eq!(library.quarantined_text("other"), None, "a foreign key is not read even when asked");
    library.discard_quarantined("team-b:index");
    library.discard_quarantined(&quarantined[0].key);
    assert!(!reopen(&library).entries().is_empty());

    let store = library.store();
    for (key, value) in &foreign {
        assert_eq!(store.entries.get(key), Some(value), "{key} was changed");
    }
    for key in store.touched.borrow().iter() {
        assert!(keys.owns(key), "touched {key}, outside the namespace");
    }
    let ours: usize = store.entries.iter().filter(|(k, _)| keys.owns(k)).map(|(k, v)| 2 * (k.encode_utf16().count() + v.encode_utf16().count())).sum();
    assert!(usage > 0);
    assert_eq!(library.usage(), ours, "usage counts this library's keys only");
}

// ---- cut-short saves ------------------------------------------------------------------------

#[test]
fn an_index_ahead_of_its_record_is_corrected_from_the_record() {
    let en = example(0);
    let id = id_of(&en);
    let library = library_of(std::slice::from_ref(&en));
    let record = library.store().entries.get(&library.keys().map(&id)).unwrap().clone();
    // A save cut short: the index says revision 2 with a new title; the record was not written.
    let mut ahead = library.entries().to_vec();
    ahead[0].title = "A title that was never saved".into();
    ahead[0].revision = 2;
    let index = library.keys().index();

    let mut opened = open(store_with(&library, &index, &records::encode_index(&ahead)));
    assert_eq!(opened.entry(&id).unwrap().title, en.journeys[0].title, "the list shows what is stored");
    assert_eq!(opened.load(&id).unwrap(), Loaded { file: en.clone(), revision: rev(1), trashed: false });
    assert_eq!(records::decode_index(opened.store().entries.get(&index).unwrap()).unwrap(), opened.entries());
    assert_eq!(opened.store().entries.get(&opened.keys().map(&id)), Some(&record));
    assert_eq!(opened.save(&with_title(&en, "Saved properly"), &rev(1)), Ok(rev(2)), "saving goes on from the stored revision");

    // The same, found by an open tab at load time.
    let shared = Shared::default();
    let mut tab = Library::open(shared.clone(), Keys::default());
    tab.create(&en).unwrap();
    shared.0.borrow_mut().entries.insert(index.clone(), records::encode_index(&ahead));
    tab.refresh();
    assert_eq!(tab.load(&id).unwrap(), Loaded { file: en.clone(), revision: rev(1), trashed: false });
    assert_eq!(tab.entry(&id).unwrap().revision, 1);
    assert_eq!(tab.entry(&id).unwrap().title, en.journeys[0].title);
}

/// For a tab closed after each possible number of writes of an operation, every map reads back
/// whole, either as it was before the operation or as it is after it, and the list agrees.
#[test]
fn a_tab_closed_mid_operation_leaves_every_map_before_or_after() {
    let (en, fa) = (example(0), example(1));
    type Operation = fn(&mut Library<Crashing>) -> Result<(), LibraryError>;
    let operations: [(&str, Operation); 7] = [
        ("save", |l| l.save(&with_title(&example(0), "Saved"), &rev(1)).map(drop)),
        ("rename", |l| l.rename(&id_of(&example(0)), "Renamed", NOW)),
        ("trash", |l| l.set_trashed(&id_of(&example(0)), Some(NOW))),
        ("delete", |l| l.delete(&id_of(&example(1)))),
        ("empty trash", |l| l.empty_trash().map(drop)),
        ("import", |l| {
            let plan = l.plan_import(vec![example(2), with_title(&example(0), "Imported")]);
            l.import(plan, Clash::Replace, NOW).map(drop)
        }),
        ("duplicate", |l| l.duplicate(&id_of(&example(0)), NOW).map(drop)),
    ];
    let mut base = library_of(&[en.clone(), fa.clone()]);
    base.take_snapshot(&fa, "before", NOW).unwrap();
    base.set_trashed(&id_of(&fa), Some(NOW)).unwrap();

    for (name, operation) in operations {
        let state = |store: MemoryStore| {
            let mut library = open(store);
            assert!(library.findings.is_empty(), "{name}: {:?}", library.findings);
            let contents = contents(&mut library);
            for entry in library.entries() {
                let loaded = &contents[&entry.id];
                assert_eq!((entry.revision, entry.trashed.is_some()), (loaded.revision.number, loaded.trashed), "{name}: {}", entry.id);
                assert_eq!(entry.title, loaded.file.journeys[0].title, "{name}");
            }
            // No snapshot outlives its map.
            for key in library.store().keys_with_prefix("safar:snapshot:") {
                let id = key.split(':').nth(2).unwrap();
                assert!(library.contains(&Id::new(id)), "{name}: {key} left behind");
            }
            contents
        };
        let before = state(base.store().clone());
        let mut whole = Library::open(Crashing { inner: base.store().clone(), writes_left: usize::MAX }, Keys::default());
        operation(&mut whole).unwrap();
        let after = state(whole.store().inner.clone());
        assert_ne!(before, after, "{name} changes something");

        for writes in 0..8 {
            let mut library = Library::open(Crashing { inner: base.store().clone(), writes_left: writes }, Keys::default());
            let _ = operation(&mut library);
            let crashed = state(library.store().inner.clone());
            let ids: std::collections::BTreeSet<&Id> = before.keys().chain(after.keys()).chain(crashed.keys()).collect();
            for id in ids {
                let now = crashed.get(id);
                assert!(now == before.get(id) || now == after.get(id), "{name} cut after {writes} writes: {id} is neither before nor after");
            }
        }
    }
}

// ---- trash ----------------------------------------------------------------------------------

#[test]
fn a_trashed_map_stays_listed_and_can_be_restored() {
    let (en, fa) = (example(0), example(1));
    let id = id_of(&en);
    let mut library = library_of(&[en.clone(), fa.clone()]);
    library.set_trashed(&id, Some(NOW)).unwrap();
    assert_eq!(library.entry(&id).unwrap().trashed.as_deref(), Some(NOW));
    assert_eq!(library.load(&id).unwrap(), Loaded { file: en.clone(), revision: rev(2), trashed: true });
    assert_eq!(reopen(&library).entry(&id).unwrap().trashed.as_deref(), Some(NOW));
    assert_eq!(library.export_all().file.journeys.len(), 1, "the trash is not exported");

    library.set_trashed(&id, None).unwrap();
    assert_eq!(library.entry(&id).unwrap().trashed, None);
    assert_eq!(library.load(&id).unwrap(), Loaded { file: en.clone(), revision: rev(3), trashed: false });
    assert_eq!(reopen(&library).entry(&id).unwrap().trashed, None);

    library.set_trashed(&id, Some(NOW)).unwrap();
    library.save(&with_title(&en, "Edited in the trash"), &rev(4)).unwrap();
    assert!(library.load(&id).unwrap().trashed, "a save keeps the map where it is");
    assert_eq!(library.set_trashed(&Id::new("nowhere"), Some(NOW)), Err(LibraryError::NotFound(Id::new("nowhere"))));
}

#[test]
fn emptying_the_trash_deletes_trashed_maps_with_their_snapshots() {
    let (en, fa, ar) = (example(0), example(1), example(2));
    let mut library = library_of(&[en.clone(), fa.clone(), ar.clone()]);
    library.take_snapshot(&en, "one", NOW).unwrap();
    library.take_snapshot(&en, "two", NOW).unwrap();
    library.take_snapshot(&fa, "kept", NOW).unwrap();
    library.set_trashed(&id_of(&en), Some(NOW)).unwrap();
    library.set_trashed(&id_of(&ar), Some(NOW)).unwrap();

    assert_eq!(library.empty_trash(), Ok(2));
    assert_eq!(ids(&library), vec![id_of(&fa)]);
    let keys = library.keys().clone();
    for gone in [keys.map(&id_of(&en)), keys.map(&id_of(&ar)), keys.snapshot(&id_of(&en), 1), keys.snapshot(&id_of(&en), 2)] {
        assert!(!library.store().entries.contains_key(&gone), "{gone}");
    }
    assert!(library.snapshots(&id_of(&en)).is_empty());
    assert_eq!(library.snapshots(&id_of(&fa)).len(), 1);
    assert_eq!(ids(&reopen(&library)), vec![id_of(&fa)]);
    assert_eq!(library.empty_trash(), Ok(0));
}

#[test]
fn delete_removes_one_map_with_its_snapshots_and_nothing_else() {
    let en = example(0);
    let (trip, trip2) = (with_id(&en, "trip"), with_id(&en, "trip-2"));
    let mut library = library_of(&[trip.clone(), trip2.clone()]);
    library.take_snapshot(&trip, "mine", NOW).unwrap();
    library.take_snapshot(&trip2, "the other map's", NOW).unwrap();
    library.set_trashed(&Id::new("trip"), Some(NOW)).unwrap();
    library.delete(&Id::new("trip")).unwrap();
    assert_eq!(ids(&library), vec![Id::new("trip-2")]);
    assert_eq!(library.snapshots(&Id::new("trip-2")).len(), 1, "a map whose id starts the same keeps its snapshots");
    assert!(library.snapshots(&Id::new("trip")).is_empty());
    assert!(library.store().keys_with_prefix("safar:snapshot:trip:").is_empty());
    assert_eq!(ids(&reopen(&library)), vec![Id::new("trip-2")]);
}

// ---- snapshots ------------------------------------------------------------------------------

#[test]
fn snapshots_list_newest_first_and_give_back_the_map_as_it_was() {
    let en = example(0);
    let id = id_of(&en);
    let mut library = library_of(std::slice::from_ref(&en));
    assert_eq!(library.take_snapshot(&en, "  Before the Q1 workshop ", NOW), Ok(1));
    let edited = with_title(&en, "After the workshop");
    library.save(&edited, &rev(1)).unwrap();
    assert_eq!(library.take_snapshot(&edited, "After", LATER), Ok(2));

    assert_eq!(
        library.snapshots(&id),
        vec![
            SnapshotInfo { number: 2, name: "After".into(), created: LATER.into() },
            SnapshotInfo { number: 1, name: "Before the Q1 workshop".into(), created: NOW.into() },
        ]
    );
    assert_eq!(library.snapshot(&id, 1).unwrap(), en);
    assert_eq!(library.snapshot(&id, 2).unwrap(), edited);
    assert_eq!(library.load(&id).unwrap().revision.number, 2, "a snapshot is not a save");

    library.delete_snapshot(&id, 1).unwrap();
    assert_eq!(library.snapshots(&id).iter().map(|s| s.number).collect::<Vec<_>>(), [2]);
    assert_eq!(library.snapshot(&id, 1), Err(LibraryError::NotFound(id.clone())));
    assert_eq!(library.take_snapshot(&en, "Third", LATER), Ok(3), "numbers are not reused");
    assert_eq!(reopen(&library).snapshots(&id).len(), 2);
}

// ---- import and export ----------------------------------------------------------------------

#[test]
fn a_copy_of_a_map_with_the_longest_title_still_opens() {
    let longest = with_title(&example(0), &"ل".repeat(300));
    let mut library = library_of(std::slice::from_ref(&longest));
    let copy = library.duplicate(&id_of(&longest), NOW).unwrap();
    let loaded = library.load(&copy).expect("the copy reads back");
    assert!(loaded.file.journeys[0].title.ends_with(" (copy)"));
    assert_eq!(loaded.file.journeys[0].title.chars().count(), 300);
    let done = import(&mut library, vec![longest], Clash::KeepBoth).unwrap();
    assert!(library.load(&done.added[0]).is_ok());
    assert!(reopen(&library).findings.is_empty());
}

#[test]
fn an_import_plan_finds_clashes_and_each_choice_does_what_it_says() {
    let (en, fa) = (example(0), example(1));
    let (en_id, fa_id) = (id_of(&en), id_of(&fa));
    let theirs = with_title(&en, "The imported version");
    let base = library_of(std::slice::from_ref(&en));

    let plan = base.plan_import(vec![theirs.clone(), fa.clone()]);
    assert_eq!(plan.clashes(), 1);
    assert!(matches!(&plan.incoming[..], [Incoming::SameId(a), Incoming::New(b)] if *a == theirs && *b == fa));

    let mut replace = open(base.store().clone());
    let done = import(&mut replace, vec![theirs.clone(), fa.clone()], Clash::Replace).unwrap();
    assert_eq!(done, Imported { added: vec![fa_id.clone()], replaced: vec![en_id.clone()], skipped: 0 });
    assert_eq!(replace.load(&en_id).unwrap(), Loaded { file: theirs.clone(), revision: rev(2), trashed: false });
    assert_eq!(ids(&reopen(&replace)), vec![en_id.clone(), fa_id.clone()]);

    let mut both = open(base.store().clone());
    let done = import(&mut both, vec![theirs.clone(), fa.clone()], Clash::KeepBoth).unwrap();
    let copy = Id::new(format!("{en_id}-copy"));
    assert_eq!(done, Imported { added: vec![copy.clone(), fa_id.clone()], replaced: vec![], skipped: 0 });
    assert_eq!(both.load(&en_id).unwrap(), Loaded { file: en.clone(), revision: rev(1), trashed: false }, "the library's map is kept");
    let imported = both.load(&copy).unwrap().file;
    assert_eq!(imported.journeys[0].title, "The imported version (copy)");
    assert_eq!(imported.journeys[0].stages, theirs.journeys[0].stages);

    let mut skip = open(base.store().clone());
    let done = import(&mut skip, vec![theirs, fa.clone()], Clash::Skip).unwrap();
    assert_eq!(done, Imported { added: vec![fa_id.clone()], replaced: vec![], skipped: 1 });
    assert_eq!(skip.load(&en_id).unwrap().file, en);
    assert_eq!(ids(&skip), vec![en_id, fa_id]);
}

#[test]
fn a_file_of_several_maps_is_split_with_each_maps_personas() {
    let files = all_examples();
    let together = JourneyFile::new(
        files.iter().flat_map(|f| f.personas.clone()).collect(),
        files.iter().flat_map(|f| f.journeys.clone()).collect(),
    );
    let together = JourneyFile::from_json(&together.to_json()).expect("a valid file of three maps");
    let mut library = open(MemoryStore::default());
    let done = import(&mut library, vec![together], Clash::Skip).unwrap();
    assert_eq!(done.added, files.iter().map(id_of).collect::<Vec<_>>());
    for file in &files {
        assert_eq!(library.load(&id_of(file)).unwrap().file, *file, "each map with its own personas only");
    }
}

#[test]
fn a_copy_kept_beside_a_clash_never_takes_the_id_of_another_imported_map() {
    let en = example(0);
    let en_id = id_of(&en);
    let mut library = library_of(std::slice::from_ref(&en));
    let clash = with_title(&en, "Clashing");
    let named_like_a_copy = with_title(&with_id(&en, &format!("{en_id}-copy")), "Already called a copy");
    let done = import(&mut library, vec![clash, named_like_a_copy.clone()], Clash::KeepBoth).unwrap();
    assert_eq!(done.added.len(), 2, "{done:?}");
    assert_eq!(library.entries().len(), 3);
    assert_eq!(library.load(&id_of(&named_like_a_copy)).unwrap().file, named_like_a_copy);
    let titles: Vec<String> = library.entries().iter().map(|e| e.title.clone()).collect();
    assert!(titles.contains(&"Clashing (copy)".to_owned()), "{titles:?}");
}

#[test]
fn export_all_then_import_gives_the_same_maps() {
    let files = all_examples();
    let mut library = library_of(&files);
    library.create(&with_id(&example(0), "in-the-trash")).unwrap();
    library.set_trashed(&Id::new("in-the-trash"), Some(NOW)).unwrap();
    let exported = library.export_all().file;
    let text = exported.to_json();
    let read = JourneyFile::from_json(&text).expect("an export is a valid file");
    assert_eq!(read.journeys.len(), 3);

    let mut fresh = open(MemoryStore::default());
    import(&mut fresh, vec![read], Clash::Skip).unwrap();
    for file in &files {
        assert_eq!(fresh.load(&id_of(file)).unwrap().file, *file);
    }
    assert!(fresh.export_all().file.to_json() == text, "export, import, export gives the same bytes");
}

#[test]
fn combining_renames_different_personas_apart_and_keeps_identical_ones_once() {
    let en = example(0);
    let maya = en.personas[0].id.clone();
    // Another map whose persona has Maya's id but is someone else.
    let mut other = with_id(&example(1), "other");
    other.personas[0].id = maya.clone();
    other.journeys[0].personas = vec![maya.clone()];
    let same_persona = with_id(&en, "same-persona");
    let other_again = with_id(&other, "other-again");

    let combined = combine(vec![en.clone(), other.clone(), same_persona, other_again]);
    let renamed = Id::new(format!("{maya}-2"));
    let persona_ids: Vec<&Id> = combined.personas.iter().map(|p| &p.id).collect();
    assert_eq!(persona_ids, [&maya, &renamed], "each persona once");
    assert_eq!(combined.personas[0], en.personas[0]);
    assert_eq!(combined.personas[1], Persona { id: renamed.clone(), ..other.personas[0].clone() });
    let by_map: Vec<Vec<Id>> = combined.journeys.iter().map(|j| j.personas.clone()).collect();
    assert_eq!(by_map, [vec![maya.clone()], vec![renamed.clone()], vec![maya], vec![renamed]]);
    assert!(JourneyFile::from_json(&combined.to_json()).is_ok());
}

// ---- maps kept by an earlier Safar ----------------------------------------------------------

#[test]
fn the_map_an_earlier_safar_kept_joins_the_library_and_nothing_is_lost() {
    let en = example(0);
    let mut store = MemoryStore::default();
    store.entries.insert("safar:document".into(), en.to_json());
    store.entries.insert("safar:document.unreadable".into(), "{ the old app could not read this".into());
    let mut library = open(store);
    assert_eq!(library.load(&id_of(&en)).unwrap().file, en);
    assert!(!library.store().entries.contains_key("safar:document"));
    assert!(library.findings.contains(&Finding::Adopted { title: en.journeys[0].title.clone() }));
    assert!(quarantined_at_open(&library, "safar:document.unreadable"));
    assert_eq!(library.quarantined_text("safar:quarantine:safar:document.unreadable").as_deref(), Some("{ the old app could not read this"));
    assert!(!library.store().entries.contains_key("safar:document.unreadable"));
    let again = reopen(&library);
    assert!(again.findings.is_empty(), "adopted once");
    assert_eq!(ids(&again), vec![id_of(&en)]);

    // A broken document is set aside, never lost.
    let mut store = MemoryStore::default();
    store.entries.insert("safar:document".into(), "{\"format\":\"safar-journey-map\",\"version\":1,".into());
    let library = open(store);
    assert!(library.entries().is_empty());
    assert!(quarantined_at_open(&library, "safar:document"));
    assert_eq!(
        library.quarantined_text("safar:quarantine:safar:document").as_deref(),
        Some("{\"format\":\"safar-journey-map\",\"version\":1,")
    );

    // One that differs from the library's map of the same id is kept as a copy.
    let library = library_of(std::slice::from_ref(&en));
    let older = with_title(&en, "The earlier app's version");
    let mut library = open(store_with(&library, "safar:document", &older.to_json()));
    assert_eq!(library.entries().len(), 2);
    assert_eq!(library.load(&id_of(&en)).unwrap().file, en);
    let copy = Id::new(format!("{}-copy", id_of(&en)));
    assert_eq!(library.load(&copy).unwrap().file.journeys[0].stages, older.journeys[0].stages);
    assert!(!library.store().entries.contains_key("safar:document"));
}

// ---- import validation ----------------------------------------------------------------------

/// Where the first card of `kind` is in the English example: `journeys[0].cells[i].cards[j]`.
fn first_card(doc: &Value, kind: &str) -> (usize, usize, String) {
    for (i, cell) in doc["journeys"][0]["cells"].as_array().unwrap().iter().enumerate() {
        for (j, card) in cell["cards"].as_array().unwrap().iter().enumerate() {
            if card["kind"] == kind {
                return (i, j, format!("journeys[0].cells[{i}].cards[{j}]"));
            }
        }
    }
    panic!("no {kind} card");
}

#[test]
fn files_that_cannot_be_imported_say_where_and_why() {
    type Edit = Box<dyn Fn(&mut Value)>;
    let valid: Value = serde_json::from_str(EXAMPLES[0].json).unwrap();
    let (ec, ek, emotion) = first_card(&valid, "emotion");
    let (vc, vk, evidence) = first_card(&valid, "evidence");
    let (ic, ik, image) = first_card(&valid, "image");
    let stage0 = valid["journeys"][0]["stages"][0]["id"].as_str().unwrap().to_owned();
    let journey_id = valid["journeys"][0]["id"].as_str().unwrap().to_owned();
    let table: Vec<(&str, Edit, String)> = vec![
        ("wrong format", Box::new(|d| d["format"] = json!("excalidraw")), "not a Safar journey map file".into()),
        ("newer version", Box::new(|d| d["version"] = json!(9)), "format version 9, written by a newer Safar".into()),
        ("version as text", Box::new(|d| d["version"] = json!("1")), "version: must be a whole number".into()),
        (
            "missing field",
            Box::new(|d| drop(d["journeys"][0].as_object_mut().unwrap().remove("stages"))),
            "journeys[0]: the field `stages` is missing".into(),
        ),
        ("wrong type", Box::new(|d| d["journeys"][0]["title"] = json!(42)), "journeys[0].title: a whole number where the format has text".into()),
        ("unknown field", Box::new(|d| d["journeys"][0]["titel"] = json!("typo")), "journeys[0].titel: `titel` is not a field the format has here".into()),
        (
            "score outside the scale",
            Box::new(move |d| d["journeys"][0]["cells"][ec]["cards"][ek]["score"] = json!(7)),
            format!("{emotion}.score: outside the map's emotion scale -2..2"),
        ),
        (
            "score on a narrower scale",
            Box::new(move |d| {
                d["journeys"][0]["emotionScale"] = json!({"min": 0, "max": 1});
                for cell in d["journeys"][0]["cells"].as_array_mut().unwrap() {
                    for card in cell["cards"].as_array_mut().unwrap() {
                        if card["kind"] == "emotion" {
                            card["score"] = json!(0);
                        }
                    }
                }
                d["journeys"][0]["cells"][ec]["cards"][ek]["score"] = json!(-1);
            }),
            format!("{emotion}.score: outside the map's emotion scale 0..1"),
        ),
        (
            "unsafe link",
            Box::new(move |d| d["journeys"][0]["cells"][vc]["cards"][vk]["url"] = json!("javascript:alert(1)")),
            format!("{evidence}.url: not an http(s) or relative URL"),
        ),
        (
            "unsafe image",
            Box::new(move |d| d["journeys"][0]["cells"][ic]["cards"][ik]["url"] = json!("data:text/html,<script>alert(1)</script>")),
            format!("{image}.url: not an http(s) or relative URL"),
        ),
        (
            "duplicate stage id",
            Box::new(move |d| d["journeys"][0]["stages"][1]["id"] = json!(stage0.clone())),
            format!("journeys[0].stages[1].id: id \"{}\" is used more than once", valid["journeys"][0]["stages"][0]["id"].as_str().unwrap()),
        ),
        (
            "duplicate map id",
            Box::new(|d| {
                let journey = d["journeys"][0].clone();
                d["journeys"].as_array_mut().unwrap().push(journey);
            }),
            format!("journeys[1].id: id \"{journey_id}\" is used more than once"),
        ),
        (
            "duplicate persona id",
            Box::new(|d| {
                let persona = d["personas"][0].clone();
                d["personas"].as_array_mut().unwrap().push(persona);
            }),
            "personas[1].id: id \"persona-maya\" is used more than once".into(),
        ),
        ("unknown persona", Box::new(|d| d["journeys"][0]["personas"][0] = json!("nobody")), "journeys[0].personas[0]: no persona has the id \"nobody\"".into()),
        ("malformed map id", Box::new(|d| d["journeys"][0]["id"] = json!("a:b")), "journeys[0].id: not a valid id".into()),
        ("no maps", Box::new(|d| d["journeys"] = json!([])), "journeys: empty".into()),
        ("bad language", Box::new(|d| d["journeys"][0]["language"] = json!("english")), "journeys[0].language: not a language tag".into()),
        ("bad timestamp", Box::new(|d| d["journeys"][0]["updated"] = json!("last week")), "journeys[0].updated: not a UTC time".into()),
    ];
    for (name, edit, expected) in &table {
        let mut doc = valid.clone();
        edit(&mut doc);
        let error = JourneyFile::from_json(&doc.to_string()).expect_err(name);
        let message = error.to_string();
        assert!(message.contains(expected.as_str()), "{name}: expected {expected:?} in {message:?}");
        assert!(!message.contains("Value") && !message.contains("Error("), "{name}: not a plain message: {message}");
    }

    for not_json in ["", "{", "not JSON at all", "{\"format\": \"safar-journey-map\",}"] {
        let error = JourneyFile::from_json(not_json).unwrap_err();
        assert!(matches!(error, LoadError::Syntax { .. }), "{not_json:?}");
        assert!(error.to_string().starts_with("not valid JSON at line 1, column "), "{error}");
    }
}

// ---- a library saved by this version --------------------------------------------------------

/// `fixtures/library-v1.store.json` is the store (key → stored text) of a library written by
/// the first version of the library format. It was generated once, with the default prefix, by:
///
/// ```text
/// let mut library = Library::open(MemoryStore::default(), Keys::default());
/// library.create(&EXAMPLES[0].load()?)?;                       // en, revision 1
/// library.create(&EXAMPLES[1].load()?)?;                       // fa, revision 1
/// library.take_snapshot(&en, "Before the Q1 workshop", "2026-11-20T09:00:00Z")?;
/// library.rename(&en_id, "Buying a laptop at Voltline (renamed)", "2026-11-21T12:00:00Z")?; // revision 2
/// library.set_trashed(&fa_id, Some(NOW))?;  // revision 2
/// serde_json::to_string_pretty(&library.store().entries)
/// ```
///
/// Never regenerate it: every later version of Safar must keep opening it as it is.
#[test]
fn a_v1_library_keeps_opening() {
    let entries: BTreeMap<String, String> = serde_json::from_str(V1_STORE).unwrap();
    let store = MemoryStore { entries: entries.clone(), ..Default::default() };
    let mut library = open(store);
    assert!(!library.is_read_only());
    assert!(library.findings.is_empty(), "{:?}", library.findings);
    assert!(library.quarantined().is_empty());

    let en = Id::new("en-online-electronics");
    let fa = Id::new("fa-bank-account");
    assert_eq!(ids(&library), vec![en.clone(), fa.clone()]);
    let entry = library.entry(&en).unwrap().clone();
    assert_eq!(entry.title, "Buying a laptop at Voltline (renamed)");
    assert_eq!(entry.revision, 2);
    assert_eq!(entry.trashed, None);
    assert_eq!(entry.personas, ["Maya Chen, product designer"]);
    assert_eq!(entry.language, "en");
    assert_eq!(library.entry(&fa).unwrap().trashed.as_deref(), Some(NOW));
    assert_eq!(library.entry(&fa).unwrap().language, "fa");

    let loaded = library.load(&en).unwrap();
    assert_eq!((loaded.revision.number, loaded.trashed), (2, false));
    assert_eq!(loaded.file.journeys[0].title, "Buying a laptop at Voltline (renamed)");
    assert_eq!(loaded.file.journeys[0].updated, "2026-11-21T12:00:00Z");
    assert_eq!(loaded.file.personas[0].name, "Maya Chen, product designer");
    let fa_loaded = library.load(&fa).unwrap();
    assert_eq!((fa_loaded.revision.number, fa_loaded.trashed), (2, true));

    assert_eq!(
        library.snapshots(&en),
        vec![SnapshotInfo { number: 1, name: "Before the Q1 workshop".into(), created: "2026-11-20T09:00:00Z".into() }]
    );
    let snapshot = library.snapshot(&en, 1).unwrap();
    assert_eq!(snapshot.journeys[0].title, "Buying a laptop online and in store at Voltline (current state)");
    assert_eq!(snapshot.journeys[0].stages, loaded.file.journeys[0].stages);
    assert_eq!(library.export_all().file.journeys.len(), 1);
    assert_eq!(library.store().entries, entries, "opening and reading a v1 library rewrites nothing");

    assert_eq!(library.save(&loaded.file, &rev(2)), Ok(rev(3)));
    assert_eq!(library.set_trashed(&fa, None), Ok(()));
}

// ---- any sequence of operations -------------------------------------------------------------

#[derive(Clone, Debug)]
enum Op {
    Create { slot: usize, title: u8 },
    Save { slot: usize, title: u8, stale: bool },
    Rename { slot: usize, title: u8 },
    Trash { slot: usize },
    Restore { slot: usize },
    Snapshot { slot: usize },
    Import { maps: Vec<(usize, u8)>, clash: Clash },
    Delete { slot: usize },
    EmptyTrash,
}

fn op() -> impl Strategy<Value = Op> {
    let slot = 0usize..4;
    prop_oneof![
        3 => (slot.clone(), any::<u8>()).prop_map(|(slot, title)| Op::Create { slot, title }),
        3 => (slot.clone(), any::<u8>(), any::<bool>()).prop_map(|(slot, title, stale)| Op::Save { slot, title, stale }),
        1 => (slot.clone(), any::<u8>()).prop_map(|(slot, title)| Op::Rename { slot, title }),
        2 => slot.clone().prop_map(|slot| Op::Trash { slot }),
        1 => slot.clone().prop_map(|slot| Op::Restore { slot }),
        2 => slot.clone().prop_map(|slot| Op::Snapshot { slot }),
        2 => (
            proptest::collection::vec((0usize..6, any::<u8>()), 1..4),
            prop_oneof![Just(Clash::Replace), Just(Clash::KeepBoth), Just(Clash::Skip)]
        )
            .prop_map(|(maps, clash)| Op::Import { maps, clash }),
        1 => slot.prop_map(|slot| Op::Delete { slot }),
        1 => Just(Op::EmptyTrash),
    ]
}

/// The small map under id `m{slot}` with a title of some length (up to the longest allowed),
/// so saves vary in size.
fn small_map(slot: usize, title: u8) -> JourneyFile {
    let mut file = JourneyFile::from_json(MINIMAL).unwrap();
    file.journeys[0].id = Id::new(format!("m{slot}"));
    file.journeys[0].title = format!("Map {slot} {}", "t".repeat(usize::from(title) % 98 * 3));
    file
}

/// What the library was last told to keep, and told it did.
#[derive(Clone, Debug, PartialEq)]
struct Kept {
    file: JourneyFile,
    revision: u64,
    trashed: bool,
}

fn apply(library: &mut Library<MemoryStore>, model: &mut BTreeMap<Id, Kept>, op: &Op) -> Result<(), LibraryError> {
    let slot_id = |slot: &usize| Id::new(format!("m{slot}"));
    match op {
        Op::Create { slot, title } => {
            let file = small_map(*slot, *title);
            library.create(&file)?;
            model.insert(id_of(&file), Kept { file, revision: 1, trashed: false });
        }
        Op::Save { slot, title, stale } => {
            let file = small_map(*slot, *title);
            let id = id_of(&file);
            let kept = model.get(&id).cloned();
            let base = kept.as_ref().map_or(0, |k| k.revision) + u64::from(*stale);
            let revision = library.save(&file, &rev(base))?.number;
            assert!(!stale, "a stale save succeeded");
            assert_eq!(revision, base + 1);
            let trashed = kept.is_some_and(|k| k.trashed);
            model.insert(id, Kept { file, revision, trashed });
        }
        Op::Rename { slot, title } => {
            let id = slot_id(slot);
            let name = format!("Renamed {title}");
            library.rename(&id, &name, NOW)?;
            let kept = model.get_mut(&id).expect("renamed a map the model has");
            kept.file.journeys[0].title = name;
            kept.file.journeys[0].updated = NOW.into();
            kept.revision += 1;
        }
        Op::Trash { slot } | Op::Restore { slot } => {
            let trash = matches!(op, Op::Trash { .. });
            let id = slot_id(slot);
            library.set_trashed(&id, trash.then_some(NOW))?;
            let kept = model.get_mut(&id).expect("trashed a map the model has");
            kept.revision += 1;
            kept.trashed = trash;
        }
        Op::Snapshot { slot } => {
            let id = slot_id(slot);
            let Some(kept) = model.get(&id) else { return Ok(()) };
            let file = kept.file.clone();
            let count = library.snapshots(&id).len();
            library.take_snapshot(&file, "snap", NOW)?;
            assert_eq!(library.snapshots(&id).len(), count + 1);
        }
        Op::Import { maps, clash } => {
            let files: Vec<JourneyFile> = maps.iter().map(|(slot, title)| small_map(*slot, *title)).collect();
            let plan = library.plan_import(files);
            let incoming = plan.incoming.clone();
            let done = library.import(plan, *clash, NOW)?;
            // A replaced map goes one revision past the stored one; a map that comes twice
            // replaces its first copy.
            let prior = model.clone();
            for item in incoming {
                let file = item.file().clone();
                let id = id_of(&file);
                if matches!((&item, clash), (Incoming::New(_), _) | (Incoming::SameId(_), Clash::Replace)) {
                    let revision = prior.get(&id).map_or(1, |k| k.revision + 1);
                    model.insert(id, Kept { file, revision, trashed: false });
                }
            }
            if *clash == Clash::KeepBoth {
                let copies: Vec<Id> = done.added.iter().filter(|id| !model.contains_key(*id)).cloned().collect();
                for id in &copies {
                    let loaded = library.load(id).expect("an added copy loads");
                    model.insert(id.clone(), Kept { file: loaded.file, revision: loaded.revision.number, trashed: false });
                }
            }
        }
        Op::Delete { slot } => {
            let id = slot_id(slot);
            library.delete(&id)?;
            model.remove(&id);
        }
        Op::EmptyTrash => {
            library.empty_trash()?;
            model.retain(|_, kept| !kept.trashed);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_of_operations_keeps_every_saved_map_and_failures_change_nothing(
        quota in 4_000usize..40_000,
        ops in proptest::collection::vec(op(), 1..24),
    ) {
        let mut library = open(MemoryStore::with_quota(quota));
        let mut model: BTreeMap<Id, Kept> = BTreeMap::new();
        for op in &ops {
            let before = stored(&library);
            let listed = library.entries().to_vec();
            if let Err(error) = apply(&mut library, &mut model, op) {
                let changed = changed_keys(&library.store().entries, &before);
                prop_assert!(changed.is_empty(), "{:?} failed ({}) and changed {:?}", op, error, changed);
                prop_assert_eq!(library.entries(), &listed[..], "{:?} failed and changed the list", op);
            }
            prop_assert!(library.store().used() <= quota);

            let mut again = reopen(&library);
            prop_assert!(again.findings.is_empty(), "{:?}", again.findings);
            prop_assert_eq!(sorted(again.entries().to_vec()), sorted(library.entries().to_vec()), "after {:?}", op);
            prop_assert_eq!(ids(&again), model.keys().cloned().collect::<Vec<_>>(), "after {:?}", op);
            for (id, kept) in &model {
                let loaded = again.load(id).unwrap();
                prop_assert_eq!(&loaded, &Loaded { file: kept.file.clone(), revision: rev(kept.revision), trashed: kept.trashed }, "{} after {:?}", id, op);
                prop_assert_eq!(again.entry(id).unwrap().revision, kept.revision);
            }
            for key in library.store().keys_with_prefix("safar:snapshot:") {
                let id = Id::new(key.split(':').nth(2).unwrap());
                prop_assert!(model.contains_key(&id), "{} outlived its map", key);
            }
        }
    }
}

#[test]
fn a_map_that_would_not_read_back_is_refused_and_the_stored_one_kept() {
    let mut lib = Library::open(MemoryStore::default(), Keys::default());
    let mut file = EXAMPLES[0].load().unwrap();
    let revision = lib.save(&file, &rev(0)).unwrap();
    let before = lib.store().entries.clone();
    file.journeys[0].title = "x".repeat(301);
    match lib.save(&file, &revision) {
        Err(LibraryError::Invalid(problems)) => assert_eq!(problems[0].to_string(), "journeys[0].title: longer than 300 characters"),
        other => panic!("expected the save to be refused, got {other:?}"),
    }
    assert_eq!(lib.store().entries, before);
}

#[test]
fn a_map_replaced_by_an_import_is_kept_as_a_snapshot() {
    let mut library = Library::open(MemoryStore::default(), Keys::default());
    let original = EXAMPLES[0].load().unwrap();
    library.create(&original).unwrap();
    let mut incoming = original.clone();
    incoming.journeys[0].title = "From a colleague".into();
    let plan = library.plan_import(vec![incoming.clone()]);
    let done = library.import(plan, Clash::Replace, NOW).unwrap();
    let id = original.journeys[0].id.clone();
    assert_eq!(done.replaced, vec![id.clone()]);
    assert_eq!(library.load(&id).unwrap().file, incoming);
    let snapshots = library.snapshots(&id);
    assert_eq!(snapshots.len(), 1);
    assert_eq!(snapshots[0].name, "Before import");
    assert_eq!(library.snapshot(&id, snapshots[0].number).unwrap(), original, "replacing can be taken back");
}

#[test]
fn an_export_leaves_out_a_damaged_map_and_names_it() {
    let mut library = Library::open(MemoryStore::default(), Keys::default());
    for example in &EXAMPLES {
        library.create(&example.load().unwrap()).unwrap();
    }
    let damaged = EXAMPLES[1].load().unwrap().journeys[0].clone();
    let key = library.keys().map(&damaged.id);
    let mut store = library.store().clone();
    store.entries.insert(key, "{\"format\":\"safar-library-map\",\"version\":1,\"revision\":1,\"trashed\":null,\"file\":{\"format\":\"safar-journey-map\",\"version\":1,\"journeys\":[{}]}}".into());
    let mut library = Library::open(store, Keys::default());
    let exported = library.export_all();
    assert_eq!(exported.file.journeys.len(), 2);
    assert_eq!(exported.left_out, vec![damaged.title]);
}

#[test]
fn room_is_found_by_a_probe_that_leaves_nothing_behind() {
    let mut library = Library::open(MemoryStore::with_quota(100_000), Keys::default());
    library.create(&EXAMPLES[0].load().unwrap()).unwrap();
    let before = library.store().entries.clone();
    let used = library.store().used();
    assert!(library.has_room_for(100_000 - used - 100));
    assert!(!library.has_room_for(100_000 - used + 100));
    assert_eq!(library.store().entries, before, "the probe is removed");
}

// ---- two tabs at once -----------------------------------------------------------------------

/// One tab's view of a store shared with other tabs. A browser keeps a copy of localStorage in
/// each tab's process and brings it up to date a moment later; while `lagging`, this view reads
/// the store as it was when it began to lag (plus its own writes), and its writes go through.
#[derive(Clone)]
struct TabView {
    shared: Shared,
    lagging: Rc<RefCell<Option<MemoryStore>>>,
}

impl TabView {
    fn of(shared: &Shared) -> TabView {
        TabView { shared: shared.clone(), lagging: Rc::default() }
    }
    fn lag(&self) {
        *self.lagging.borrow_mut() = Some(shared_copy(&self.shared));
    }
    fn catch_up(&self) {
        *self.lagging.borrow_mut() = None;
    }
}

fn shared_copy(shared: &Shared) -> MemoryStore {
    MemoryStore { entries: shared.0.borrow().entries.clone(), ..Default::default() }
}

impl Store for TabView {
    fn get(&self, key: &str) -> Option<String> {
        match &*self.lagging.borrow() {
            Some(seen) => seen.entries.get(key).cloned(),
            None => self.shared.get(key),
        }
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(seen) = &mut *self.lagging.borrow_mut() {
            seen.entries.insert(key.to_owned(), value.to_owned());
        }
        self.shared.set(key, value)
    }
    fn remove(&mut self, key: &str) {
        if let Some(seen) = &mut *self.lagging.borrow_mut() {
            seen.entries.remove(key);
        }
        self.shared.remove(key)
    }
    fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        match &*self.lagging.borrow() {
            Some(seen) => seen.keys_with_prefix(prefix),
            None => self.shared.keys_with_prefix(prefix),
        }
    }
}

#[test]
fn two_tabs_saving_the_same_revision_at_once_never_lose_an_edit_silently() {
    let en = example(0);
    let id = id_of(&en);
    let shared = Shared::default();
    let (view_a, view_b) = (TabView::of(&shared), TabView::of(&shared));
    let mut tab_a = Library::open(view_a.clone(), Keys::default()).writing_as("taba");
    tab_a.create(&en).unwrap();
    let mut tab_b = Library::open(view_b.clone(), Keys::default()).writing_as("tabb");
    let first = tab_b.load(&id).unwrap().revision;
    assert_eq!(first, Revision::new(1, "taba"));

    // Both tabs read revision 1; tab B's copy of the store has not seen tab A's save yet when
    // it saves, so both checks pass and both write a revision 2.
    view_b.lag();
    let saved_a = tab_a.save(&with_title(&en, "Saved in tab A"), &first).unwrap();
    let saved_b = tab_b.save(&with_title(&en, "Saved in tab B"), &first).unwrap();
    view_b.catch_up();
    assert_eq!((saved_a.number, saved_b.number), (2, 2));
    assert_ne!(saved_a, saved_b, "the two saves are told apart by their writer");

    // Tab B's save went over tab A's without having seen it: tab A finds its save is gone, and
    // its next save is a conflict instead of writing over B's.
    assert_eq!(tab_a.standing(&id, &saved_a), Standing::Apart(saved_b.clone()));
    assert_eq!(tab_b.standing(&id, &saved_b), Standing::Same);
    assert_eq!(
        tab_a.save(&with_title(&en, "Tab A again"), &saved_a),
        Err(LibraryError::Conflict(Conflict { base: saved_a.clone(), stored: saved_b.clone() }))
    );

    // A save made on top of tab A's is not a lost race: it includes A's edit.
    let on_top = tab_b.save(&with_title(&en, "On top"), &saved_b).unwrap();
    assert_eq!(tab_b.standing(&id, &saved_b), Standing::Ahead(on_top.clone()));
    assert_eq!(tab_a.standing(&id, &saved_a), Standing::Apart(on_top));
}

#[test]
fn a_tab_sees_saves_made_on_top_of_its_own_as_ahead_even_after_many() {
    let en = example(0);
    let id = id_of(&en);
    let shared = Shared::default();
    let mut tab_a = Library::open(shared.clone(), Keys::default()).writing_as("a");
    let mut tab_b = Library::open(shared.clone(), Keys::default()).writing_as("b");
    tab_a.create(&en).unwrap();
    let mine = tab_a.save(&with_title(&en, "A"), &Revision::new(1, "a")).unwrap();
    let mut at = mine.clone();
    for n in 0..10 {
        at = tab_b.save(&with_title(&en, &format!("B {n}")), &at).unwrap();
    }
    assert_eq!(tab_a.standing(&id, &mine), Standing::Ahead(at));
}

#[test]
fn an_index_written_from_a_stale_list_keeps_the_maps_other_tabs_added() {
    let (en, fa) = (example(0), example(1));
    let shared = Shared::default();
    let mut tab_a = Library::open(shared.clone(), Keys::default()).writing_as("a");
    tab_a.create(&en).unwrap();
    let mut tab_b = Library::open(shared.clone(), Keys::default()).writing_as("b");
    // Tab B adds a map; tab A has not read the index again when it saves its own.
    tab_b.create(&fa).unwrap();
    tab_a.save(&with_title(&en, "Saved from a stale list"), &Revision::new(1, "a")).unwrap();
    let index = records::decode_index(&shared.get("safar:index").unwrap()).unwrap();
    let listed: Vec<&Id> = index.iter().map(|e| &e.id).collect();
    assert!(listed.contains(&&id_of(&fa)), "the other tab's map stays listed: {listed:?}");
    assert_eq!(index.iter().find(|e| e.id == id_of(&en)).unwrap().title, "Saved from a stale list");
    assert!(tab_a.contains(&id_of(&fa)), "and this tab learns of it");

    // A map another tab deleted does not come back from this tab's stale list.
    let mut tab_c = Library::open(shared.clone(), Keys::default());
    tab_c.set_trashed(&id_of(&fa), Some(NOW)).unwrap();
    tab_c.delete(&id_of(&fa)).unwrap();
    tab_a.rename(&id_of(&en), "Renamed", NOW).unwrap();
    let index = records::decode_index(&shared.get("safar:index").unwrap()).unwrap();
    assert!(index.iter().all(|e| e.id != id_of(&fa)), "a deleted map stays deleted");
}

#[test]
fn keeping_mine_keeps_what_it_replaces_as_a_snapshot() {
    let en = example(0);
    let id = id_of(&en);
    let mut library = Library::open(MemoryStore::default(), Keys::default()).writing_as("a");
    library.create(&en).unwrap();
    let theirs = with_title(&en, "Theirs");
    library.save(&theirs, &Revision::new(1, "a")).unwrap();
    let mine = with_title(&en, "Mine");
    let revision = library.save_replacing(&mine, "Replaced by another tab's version", NOW).unwrap();
    assert_eq!(revision.number, 3);
    assert_eq!(library.load(&id).unwrap().file, mine);
    let snapshots = library.snapshots(&id);
    assert_eq!(snapshots.len(), 1);
    assert_eq!(snapshots[0].name, "Replaced by another tab's version");
    assert_eq!(library.snapshot(&id, snapshots[0].number).unwrap(), theirs);
    // Replacing a map with itself keeps no copy of it.
    library.save_replacing(&mine, "again", NOW).unwrap();
    assert_eq!(library.snapshots(&id).len(), 1);
}

#[test]
fn a_record_at_the_largest_revision_is_set_aside_not_a_panic() {
    let en = example(0);
    let id = id_of(&en);
    let mut library = library_of(std::slice::from_ref(&en));
    for revision in [u64::MAX.to_string(), (1u64 << 53).to_string()] {
        let text = format!(r#"{{"format":"safar-library-map","version":1,"revision":{revision},"trashed":null,"file":{}}}"#, en.to_compact_json());
        let store = store_with(&library, &library.keys().map(&id), &text);
        let mut opened = open(store);
        assert!(quarantined_at_open(&opened, &opened.keys().map(&id)), "revision {revision}");
        assert_eq!(opened.quarantined_text(&opened.keys().quarantine(&opened.keys().map(&id))).as_deref(), Some(text.as_str()));
        // Saving the map again starts it afresh; nothing panics on the way.
        assert_eq!(opened.save(&en, &Revision::NEW).map(|r| r.number), Ok(1));
    }
    // The largest exact revision still reads, and a save on top of it is refused, not wrapped.
    let at_max = format!(r#"{{"format":"safar-library-map","version":1,"revision":{},"trashed":null,"file":{}}}"#, (1u64 << 53) - 1, en.to_compact_json());
    let store = store_with(&library, &library.keys().map(&id), &at_max);
    let mut opened = open(store);
    let loaded = opened.load(&id).unwrap();
    assert!(matches!(opened.save(&en, &loaded.revision), Err(LibraryError::Damaged(_))));
    assert_eq!(opened.load(&id).unwrap().revision, loaded.revision, "the stored map is untouched");
    library.rename(&id, "still fine", NOW).unwrap();
}

#[test]
fn a_journal_left_by_a_closed_tab_is_found_replayed_and_removed() {
    use safar_core::library::journal::Step;
    use safar_core::library::{Journal, Recovery};
    let en = example(0);
    let id = id_of(&en);
    let shared = Shared::default();
    let mut closed = Library::open(shared.clone(), Keys::default()).writing_as("closed");
    closed.create(&en).unwrap();
    let base = closed.stored_revision(&id).unwrap();
    let doc = safar_core::Document::from_file(en.clone()).unwrap();
    let mut card = doc.journey.cells.iter().flat_map(|c| &c.cards).next().unwrap().clone();
    if let safar_core::Card::Note(note) = &mut card {
        note.text = "typed before the crash".into();
    }
    let mut journal = Journal::new(id.clone(), &base);
    journal.push(Step::Command { command: safar_core::Command::UpdateCard(card.clone()), burst: safar_core::Burst::Typing });
    closed.write_journal(&journal).unwrap();
    assert!(shared.get(&format!("safar:journal:{id}:closed")).is_some(), "written under the tab's own key");

    let mut next = Library::open(shared.clone(), Keys::default()).writing_as("next");
    let left = next.left_journals(&id);
    assert_eq!(left.len(), 1);
    let (key, found, recovery) = &left[0];
    assert_eq!((found, recovery), (&journal, &Recovery::Replay));
    let mut replayed = doc.clone();
    found.replay(&mut replayed).unwrap();
    assert_ne!(replayed, doc);
    next.drop_journal(key);
    assert!(next.left_journals(&id).is_empty());

    // A journal its own tab saved after writing it is recognised as saved.
    closed.write_journal(&journal).unwrap();
    closed.save(&en, &base).unwrap();
    assert_eq!(next.left_journals(&id)[0].2, Recovery::Saved);
    // Deleting the map takes its journals with it.
    next.set_trashed(&id, Some(NOW)).unwrap();
    next.delete(&id).unwrap();
    assert!(shared.keys_with_prefix("safar:journal:").is_empty());
    // A damaged journal is set aside, not read.
    let mut store = shared.clone();
    store.set(&format!("safar:journal:{id}:x"), "{").unwrap();
    assert!(next.left_journals(&id).is_empty());
    assert_eq!(next.quarantined().len(), 1);
}
