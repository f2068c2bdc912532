//! The library's stored texts (the index, map records, snapshot records, an earlier Safar's
//! single document), from any bytes: each parser alone, then a whole library opened over a
//! store holding them. Nothing may panic, and opening and reading never lose a record: every
//! map and snapshot record is either where it was or set aside byte for byte in quarantine.
//!
//! Input: lines of `KEY<TAB>VALUE`, stored as `safar:KEY`; a line without a tab is stored as a
//! map record of its own (`safar:map:mN`). So a seed is easy to write by hand.
#![no_main]

use libfuzzer_sys::fuzz_target;
use safar_core::library::records::{self, RecordText, MAP_FORMAT, SNAPSHOT_FORMAT};
use safar_core::library::{Keys, Library, LibraryEntry, MemoryStore};
use safar_core::Id;
use std::collections::BTreeMap;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut entries = BTreeMap::new();
    for (n, line) in text.lines().enumerate().take(16) {
        let (key, value) = match line.split_once('\t') {
            Some((key, value)) => (format!("safar:{key}"), value),
            None => (format!("safar:map:m{n}"), line),
        };
        parse_alone(value);
        entries.insert(key, value.to_owned());
    }

    let keys = Keys::default();
    let mut library = Library::open(MemoryStore { entries: entries.clone(), ..Default::default() }, keys.clone());
    let ids: Vec<Id> = library.entries().iter().map(|entry| entry.id.clone()).collect();
    let mut saved = Vec::new();
    for id in &ids {
        let loaded = library.load(id);
        for snapshot in library.snapshots(id) {
            let _ = library.snapshot(id, snapshot.number);
        }
        // Writing back what was read: a read-only or newer map refuses, a readable one saves,
        // goes to the trash and comes back, and keeps a snapshot. A revision no save can count
        // on (past 2^53) is a damaged record, set aside, never a panic.
        if let Ok(loaded) = loaded {
            if library.save(&loaded.file, &loaded.revision).is_ok() {
                saved.push(keys.map(id));
                let _ = library.set_trashed(id, Some("2026-11-23T10:00:00Z"));
                let _ = library.set_trashed(id, None);
                let _ = library.take_snapshot(&loaded.file, "fuzz", "2026-11-23T10:00:00Z");
            }
        }
    }
    library.refresh();
    library.reread_index();
    let _ = library.export_all();

    // Nothing lost: every record stored at the start is still there or kept in quarantine.
    let after = &library.store().entries;
    let quarantined: Vec<&String> = after
        .iter()
        .filter(|(key, _)| key.starts_with(&keys.quarantine("")))
        .map(|(_, value)| value)
        .collect();
    for (key, value) in &entries {
        if !(key.starts_with("safar:map:") || key.starts_with("safar:snapshot:")) {
            continue;
        }
        let kept = after.get(key) == Some(value) || quarantined.contains(&value);
        // A readable map saved again above holds its next revision.
        let saved_again = saved.contains(key) && after.contains_key(key);
        assert!(kept || saved_again, "{key} was lost");
    }
});

/// Every parser of stored text on one text alone.
fn parse_alone(value: &str) {
    let _ = records::decode_index(value);
    for format in [MAP_FORMAT, SNAPSHOT_FORMAT] {
        if let Ok(record) = RecordText::read(value, format) {
            let _ = record.check_file_version();
            let _ = record.file();
        }
    }
    let _ = LibraryEntry::newer(Id::new("m0"), value);
}
