//! The library over the browser's real localStorage: a full store, a corrupted entry, a newer
//! version's entry, and namespace isolation. Each test uses its own namespace and clears what it
//! wrote, so the tests do not see one another.

#![cfg(target_arch = "wasm32")]

use safar_store::storage::LocalStore;
use safar_core::examples::EXAMPLES;
use safar_core::library::{Keys, Library, LibraryError, Revision, Store, StoreError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Every key and value of localStorage.
fn everything() -> Vec<(String, String)> {
    let storage = local();
    let mut all: Vec<(String, String)> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .map(|k| {
            let v = storage.get_item(&k).unwrap().unwrap();
            (k, v)
        })
        .collect();
    all.sort();
    all
}

fn clear(prefix: &str) {
    let storage = local();
    let keys: Vec<String> = (0..storage.length().unwrap()).filter_map(|i| storage.key(i).unwrap()).collect();
    for key in keys.into_iter().filter(|k| k.starts_with(prefix)) {
        storage.remove_item(&key).unwrap();
    }
}

fn library(prefix: &str) -> Library<LocalStore> {
    Library::open(LocalStore::new(), Keys::new(prefix))
}

#[wasm_bindgen_test]
fn a_full_store_refuses_the_save_whole_and_saving_resumes_when_room_is_made() {
    clear("");
    let mut lib = library("quota");
    let mut file = EXAMPLES[0].load().unwrap();
    let revision = lib.save(&file, &Revision::NEW).unwrap();
    // Fill what is left of the origin's quota with another app's data.
    let storage = local();
    let block = "x".repeat(256 * 1024);
    let mut filler = Vec::new();
    let mut size = block.len();
    while size > 0 {
        let key = format!("filler:{}", filler.len());
        if storage.set_item(&key, &block[..size]).is_ok() {
            filler.push(key);
        } else {
            size /= 2;
        }
    }
    let before = everything();
    file.journeys[0].title = "A longer title that no longer fits in the full store ".repeat(5);
    assert_eq!(lib.save(&file, &revision), Err(LibraryError::Store(StoreError::Full)));
    assert_eq!(everything(), before, "nothing stored changed");
    assert_eq!(lib.load(&file.journeys[0].id).unwrap().revision, revision, "the previous version still reads");

    for key in &filler {
        storage.remove_item(key).unwrap();
    }
    assert_eq!(lib.save(&file, &revision).map(|r| r.number), Ok(revision.number + 1));
    assert_eq!(lib.load(&file.journeys[0].id).unwrap().file, file);
    clear("quota:");
}

#[wasm_bindgen_test]
fn a_corrupted_entry_is_set_aside_and_the_rest_opens() {
    clear("corrupt:");
    let mut lib = library("corrupt");
    for example in &EXAMPLES {
        lib.create(&example.load().unwrap()).unwrap();
    }
    let broken = "{\"format\":\"safar-library-map\",\"version\":1,\"file\":{\"journeys\":[";
    let id = EXAMPLES[1].load().unwrap().journeys[0].id.clone();
    let key = lib.keys().map(&id);
    local().set_item(&key, broken).unwrap();

    let mut lib = library("corrupt");
    assert_eq!(lib.entries().len(), 2, "the other maps open");
    let quarantine = lib.keys().quarantine(&key);
    assert_eq!(local().get_item(&quarantine).unwrap().as_deref(), Some(broken), "kept untouched");
    assert_eq!(local().get_item(&key).unwrap(), None);
    assert_eq!(lib.quarantined_text(&quarantine).as_deref(), Some(broken), "offered for download");
    assert!(lib.load(&EXAMPLES[0].load().unwrap().journeys[0].id).is_ok());
    clear("corrupt:");
}

#[wasm_bindgen_test]
fn a_newer_versions_entry_is_shown_but_never_written() {
    clear("newer:");
    let record = r#"{"format":"safar-library-map","version":1,"revision":3,"file":{"format":"safar-journey-map","version":7,"journeys":[{"title":"From the future"}]}}"#;
    local().set_item("newer:map:future", record).unwrap();
    let mut lib = library("newer");
    let entry = lib.entries().iter().find(|e| e.id.as_str() == "future").expect("listed");
    assert!(entry.newer);
    assert_eq!(entry.title, "From the future");
    assert!(matches!(lib.load(&entry.id.clone()), Err(LibraryError::Newer(_))));
    let mut mine = EXAMPLES[0].load().unwrap();
    mine.journeys[0].id = "future".into();
    assert!(matches!(lib.save(&mine, &Revision::new(3, "")), Err(LibraryError::Newer(_))));
    assert_eq!(local().get_item("newer:map:future").unwrap().as_deref(), Some(record));

    // A whole library from a newer version opens read-only and nothing is written.
    local().set_item("newer:index", r#"{"format":"safar-library","version":2,"maps":{"new":"shape"}}"#).unwrap();
    let before = everything();
    let mut lib = library("newer");
    assert!(lib.is_read_only());
    assert_eq!(lib.create(&EXAMPLES[1].load().unwrap()), Err(LibraryError::ReadOnly));
    assert_eq!(everything(), before);
    clear("newer:");
}

#[wasm_bindgen_test]
fn a_namespace_never_reads_or_writes_outside_itself() {
    clear("team-a");
    let storage = local();
    let foreign = [("team-b:index", "b's index"), ("team:map:x", "not ours"), ("team-a", "no colon"), ("other", "another app")];
    for (key, value) in foreign {
        storage.set_item(key, value).unwrap();
    }
    let mut lib = library("team-a");
    let file = EXAMPLES[2].load().unwrap();
    let id = file.journeys[0].id.clone();
    lib.create(&file).unwrap();
    lib.take_snapshot(&file, "first", "2026-11-23T10:00:00Z").unwrap();
    let copy = lib.duplicate(&id, "2026-11-23T10:00:00Z").unwrap();
    lib.rename(&copy, "Renamed", "2026-11-23T10:00:00Z").unwrap();
    lib.set_trashed(&copy, Some("2026-11-23T10:00:00Z")).unwrap();
    lib.empty_trash().unwrap();
    assert!(lib.export_all().left_out.is_empty());
    assert!(lib.usage() > 0);
    for (key, value) in foreign {
        assert_eq!(storage.get_item(key).unwrap().as_deref(), Some(value), "{key}");
    }
    let ours: Vec<String> = (0..storage.length().unwrap()).filter_map(|i| storage.key(i).unwrap()).filter(|k| k.starts_with("team-a:")).collect();
    assert!(ours.iter().all(|k| lib.keys().owns(k)));
    assert!(LocalStore::new().get("team-a:index").is_some());
    for (key, _) in foreign {
        storage.remove_item(key).unwrap();
    }
    clear("team-a:");
}
