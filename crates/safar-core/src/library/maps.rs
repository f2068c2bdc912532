//! The library: every map kept in one store under one namespace, and everything done to them.
//!
//! The map records are the truth; the index is a summary kept for the list and rebuilt from
//! the records whenever it disagrees with them. Every change is one [`Batch`]: if any write of it
//! fails (a full store), the writes before it are undone, so nothing stored is ever left half
//! changed. Text that cannot be read is moved under a quarantine key, untouched, and the rest of
//! the library opens normally. Text written by a newer Safar is never written over.

use super::conflict::{self, as_copy, Conflict, Revision, Standing};
use super::entry::LibraryEntry;
use super::import::{ImportPlan, Incoming};
use super::journal::{self, Journal};
use super::keys::{Keys, DEFAULT_PREFIX};
use super::records::{self, ReadError, RecordText, MAP_FORMAT, SNAPSHOT_FORMAT};
use super::store::{stored_bytes, Batch, Store, StoreError};
use crate::file::JourneyFile;
use crate::id::Id;
use crate::limits::Limit;
use crate::persona::Persona;
use std::fmt;

/// Why a library operation did nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryError {
    /// The library was saved by a newer Safar and is open read-only.
    ReadOnly,
    NotFound(Id),
    /// The map's stored text cannot be read; it was moved to quarantine.
    Damaged(String),
    /// The map was saved by a newer Safar.
    Newer(ReadError),
    /// Another tab saved the map meanwhile.
    Conflict(Conflict),
    Store(StoreError),
    /// The map breaks the format's rules, so it is not stored: stored, it could not be read
    /// back. Every problem, with its path.
    Invalid(Vec<crate::validate::ValidationError>),
}

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LibraryError::ReadOnly => f.write_str(
                "this library was saved by a newer version of Safar, so this version only shows it and changes nothing",
            ),
            LibraryError::NotFound(id) => write!(f, "there is no map \"{id}\" in this library"),
            LibraryError::Damaged(reason) => write!(f, "the stored map is damaged and was set aside: {reason}"),
            LibraryError::Newer(error) => error.fmt(f),
            LibraryError::Conflict(_) => f.write_str("this map was changed in another tab or window"),
            LibraryError::Store(error) => error.fmt(f),
            LibraryError::Invalid(problems) => {
                f.write_str("the map breaks the format's rules")?;
                for (i, problem) in problems.iter().enumerate() {
                    f.write_str(if i == 0 { ": " } else { "; " })?;
                    problem.fmt(f)?;
                }
                Ok(())
            }
        }
    }
}

impl From<ReadError> for LibraryError {
    fn from(error: ReadError) -> Self {
        match error {
            ReadError::Damaged(reason) => LibraryError::Damaged(reason),
            newer => LibraryError::Newer(newer),
        }
    }
}

impl From<StoreError> for LibraryError {
    fn from(error: StoreError) -> Self {
        LibraryError::Store(error)
    }
}

/// Something found while opening the library that the user should hear about.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    /// A stored text could not be read and was moved to `quarantine` (or left where it was when
    /// the store had no room to move it).
    Quarantined { key: String, reason: String, moved: bool },
    /// A map saved by an earlier Safar outside the library was brought into it.
    Adopted { title: String },
}

/// A map read from the library.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub file: JourneyFile,
    pub revision: Revision,
    pub trashed: bool,
}

/// A named snapshot of a map.
#[derive(Clone, Debug, PartialEq)]
pub struct SnapshotInfo {
    pub number: u32,
    pub name: String,
    pub created: String,
}

/// What to do with a map whose id the library already has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clash {
    Replace,
    KeepBoth,
    Skip,
}

/// The whole library as one file, and the titles of maps that could not be read into it.
#[derive(Clone, Debug, PartialEq)]
pub struct Exported {
    pub file: JourneyFile,
    pub left_out: Vec<String>,
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    pub added: Vec<Id>,
    pub replaced: Vec<Id>,
    pub skipped: usize,
}

/// An entry that could not be read, kept for download.
#[derive(Clone, Debug, PartialEq)]
pub struct Quarantined {
    /// The quarantine key.
    pub key: String,
    /// The key the text was found under.
    pub original: String,
    pub bytes: usize,
}

/// A map record as found before writing over it.
#[derive(Default)]
struct StoredRecord {
    text: Option<String>,
    revision: Option<Revision>,
    lineage: Vec<Revision>,
    trashed: Option<String>,
}

/// Keys an earlier Safar kept one document under, before there was a library.
const LEGACY_DOCUMENTS: [&str; 2] = ["safar:document", "safar:document.previous"];
const LEGACY_UNREADABLE: &str = "safar:document.unreadable";

pub struct Library<S: Store> {
    store: S,
    keys: Keys,
    entries: Vec<LibraryEntry>,
    read_only: bool,
    /// The store held nothing of a library when it was opened: a first visit.
    opened_empty: bool,
    /// What opening found.
    pub findings: Vec<Finding>,
    /// Stamped on every map record this library writes (see [`Revision`]).
    writer: String,
}

impl<S: Store> Library<S> {
    /// Opens the library under `keys` in `store`: reads the index, checks it against the map
    /// records, quarantines what cannot be read, and adopts maps an earlier Safar kept.
    pub fn open(store: S, keys: Keys) -> Library<S> {
        let legacy = keys.prefix() == DEFAULT_PREFIX && LEGACY_DOCUMENTS.iter().any(|key| store.get(key).is_some());
        let opened_empty = !legacy
            && store.get(&keys.index()).is_none()
            && store.keys_with_prefix(&format!("{}:map:", keys.prefix())).is_empty();
        let mut library =
            Library { store, keys, entries: Vec::new(), read_only: false, opened_empty, findings: Vec::new(), writer: String::new() };
        library.refresh();
        if !library.read_only && library.keys.prefix() == DEFAULT_PREFIX {
            library.adopt_legacy();
        }
        library
    }

    /// Stamps this library's saves with `writer`, a token of the tab (letters and digits, at most
    /// 32), so that two tabs saving on top of the same revision are told apart. Without one,
    /// saves carry an empty writer, as an earlier Safar's did.
    pub fn writing_as(mut self, writer: &str) -> Library<S> {
        if Revision::is_writer(writer) {
            self.writer = writer.to_owned();
        }
        self
    }

    /// Reads the index again after another tab wrote it: its summaries are taken as they are
    /// (that tab checked its records), so a save elsewhere costs one small read here. Anything
    /// unexpected falls back to [`Library::refresh`].
    pub fn reread_index(&mut self) {
        match self.store.get(&self.keys.index()).as_deref().map(records::decode_index) {
            Some(Ok(entries)) if !self.read_only => self.entries = entries,
            _ => self.refresh(),
        }
    }

    /// Reads the library again, checking every record, as when it opens.
    pub fn refresh(&mut self) {
        let index_key = self.keys.index();
        let stored = self.store.get(&index_key);
        let entries = match stored.as_deref().map(records::decode_index) {
            None => None,
            Some(Ok(entries)) => Some(entries),
            Some(Err(ReadError::Newer { .. })) => {
                self.read_only = true;
                None
            }
            Some(Err(ReadError::Damaged(reason))) => {
                let _ = self.quarantine(&index_key, stored.as_deref().unwrap_or_default(), reason);
                None
            }
        };
        let mut changed = entries.is_none();
        let ids = self.stored_ids();
        let mut listed = entries.unwrap_or_default();
        let before = listed.len();
        let mut seen = std::collections::HashSet::new();
        listed.retain(|entry| ids.contains(&entry.id) && seen.insert(entry.id.clone()));
        changed |= listed.len() != before;
        // An entry is kept as the index has it only where its record's header agrees; any other
        // is summarised again from its record, and a record that cannot be read is quarantined.
        let mut list = Vec::with_capacity(ids.len());
        for entry in listed {
            if self.record_agrees(&entry) {
                list.push(entry);
            } else if let Some(fresh) = self.entry_from_record(&entry.id) {
                changed |= fresh != entry;
                list.push(fresh);
            } else {
                changed = true;
            }
        }
        for id in ids {
            if seen.contains(&id) {
                continue;
            }
            if let Some(entry) = self.entry_from_record(&id) {
                list.push(entry);
                changed = true;
            }
        }
        self.entries = list;
        if changed && !self.read_only {
            // The index is only a summary: failing to store it loses nothing.
            let _ = self.store.set(&index_key, &records::encode_index(&self.entries));
        }
    }

    /// The ids of every map record in the store.
    fn stored_ids(&self) -> Vec<Id> {
        let prefix = format!("{}:map:", self.keys.prefix());
        let mut ids: Vec<Id> = self
            .store
            .keys_with_prefix(&prefix)
            .into_iter()
            .filter_map(|key| key.strip_prefix(&prefix).map(Id::from))
            .filter(Id::is_well_formed)
            .collect();
        ids.sort();
        ids
    }

    /// Whether the record of `entry`'s map has the revision and trash time the index says, read
    /// from the record's header and not its map.
    fn record_agrees(&self, entry: &LibraryEntry) -> bool {
        let Some(text) = self.store.get(&self.keys.map(&entry.id)) else { return false };
        match RecordText::read(&text, MAP_FORMAT) {
            Ok(record) if entry.newer => record.check_file_version().is_err(),
            Ok(record) => {
                record.revision.number == entry.revision && record.revision.writer == entry.writer && record.trashed == entry.trashed
            }
            Err(ReadError::Newer { .. }) => entry.newer,
            Err(ReadError::Damaged(_)) => false,
        }
    }

    /// The summary of a map record, quarantining it if it cannot be read.
    fn entry_from_record(&mut self, id: &Id) -> Option<LibraryEntry> {
        let key = self.keys.map(id);
        let text = self.store.get(&key)?;
        let read = RecordText::read(&text, MAP_FORMAT).and_then(|record| Ok((record.file_of(id)?, record.revision, record.trashed)));
        match read {
            Ok((file, revision, trashed)) => {
                let mut entry = LibraryEntry::of(&file, &revision)?;
                entry.trashed = trashed;
                Some(entry)
            }
            Err(ReadError::Newer { .. }) => Some(LibraryEntry::newer(id.clone(), &text)),
            Err(ReadError::Damaged(reason)) => {
                let _ = self.quarantine(&key, &text, reason);
                None
            }
        }
    }

    /// Moves `text`, found under `key`, to the quarantine, untouched, beside any text set aside
    /// from the same key before. A read-only library moves nothing.
    fn quarantine(&mut self, key: &str, text: &str, reason: String) -> Result<(), StoreError> {
        if self.read_only {
            return Ok(());
        }
        let first = self.keys.quarantine(key);
        let kept = std::iter::once(first.clone())
            .chain((2..).map(|n| format!("{first}~{n}")))
            .find(|kept| self.store.get(kept).is_none_or(|old| old == text))
            .expect("some number is free");
        let moved = self.store.set(&kept, text);
        if moved.is_ok() {
            self.store.remove(key);
        }
        self.findings.push(Finding::Quarantined { key: key.to_owned(), reason, moved: moved.is_ok() });
        moved
    }

    /// Brings the single document an earlier Safar kept into the library.
    fn adopt_legacy(&mut self) {
        for key in LEGACY_DOCUMENTS {
            let Some(text) = self.store.get(key) else { continue };
            match JourneyFile::from_json_within(&text, Limit::RecordBytes) {
                Ok(file) if file.journeys.is_empty() => self.store.remove(key),
                Ok(file) => {
                    let title = file.journeys[0].title.clone();
                    let same = self.load(&file.journeys[0].id).is_ok_and(|stored| stored.file == file);
                    let file = if same || !self.contains(&file.journeys[0].id) {
                        file
                    } else {
                        as_copy(file, |id| self.contains(id))
                    };
                    if same || self.save(&file, &Revision::NEW).is_ok() {
                        self.store.remove(key);
                        if !same {
                            self.findings.push(Finding::Adopted { title });
                        }
                    }
                }
                Err(error) => {
                    let _ = self.quarantine(key, &text, format!("the map saved by an earlier version cannot be read: {error}"));
                }
            }
        }
        if let Some(text) = self.store.get(LEGACY_UNREADABLE) {
            let _ = self.quarantine(LEGACY_UNREADABLE, &text, "kept aside by an earlier version because it could not be read".into());
        }
    }

    /// Whether the store held nothing of a library (no index, no map, no map an earlier Safar
    /// kept) when it was opened.
    pub fn opened_empty(&self) -> bool {
        self.opened_empty
    }

    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    /// Whether the library was saved by a newer Safar and so is only shown.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Every map, trashed ones included.
    pub fn entries(&self) -> &[LibraryEntry] {
        &self.entries
    }

    pub fn entry(&self, id: &Id) -> Option<&LibraryEntry> {
        self.entries.iter().find(|entry| &entry.id == id)
    }

    pub fn contains(&self, id: &Id) -> bool {
        self.entry(id).is_some()
    }

    /// Reads a map.
    pub fn load(&mut self, id: &Id) -> Result<Loaded, LibraryError> {
        let key = self.keys.map(id);
        let text = self.store.get(&key).ok_or_else(|| LibraryError::NotFound(id.clone()))?;
        let read = RecordText::read(&text, MAP_FORMAT).and_then(|record| Ok((record.file_of(id)?, record.revision, record.trashed)));
        match read {
            Ok((file, revision, trashed)) => {
                // Bring the summary up to date if a save was cut short after the index.
                if let Some(mut entry) = LibraryEntry::of(&file, &revision) {
                    entry.trashed = trashed.clone();
                    if self.entry(id) != Some(&entry) {
                        self.put_entry(entry);
                        let _ = self.write_index_alone();
                    }
                }
                Ok(Loaded { file, revision, trashed: trashed.is_some() })
            }
            Err(ReadError::Damaged(reason)) => {
                let _ = self.quarantine(&key, &text, reason.clone());
                self.entries.retain(|entry| &entry.id != id);
                let _ = self.write_index_alone();
                Err(LibraryError::Damaged(reason))
            }
            Err(newer) => Err(LibraryError::Newer(newer)),
        }
    }

    /// The revision stored for a map now, if it is stored and readable.
    pub fn stored_revision(&self, id: &Id) -> Option<Revision> {
        let text = self.store.get(&self.keys.map(id))?;
        RecordText::read(&text, MAP_FORMAT).ok().map(|record| record.revision)
    }

    /// Where the stored map stands against `mine`, the revision a tab last read or wrote: the
    /// same, saved on top of by another tab, or not built on it at all (this tab's save lost a
    /// race, and is no longer stored).
    pub fn standing(&self, id: &Id, mine: &Revision) -> Standing {
        let text = self.store.get(&self.keys.map(id));
        let record = text.as_deref().and_then(|text| RecordText::read(text, MAP_FORMAT).ok());
        conflict::standing(mine, record.as_ref().map(|r| (&r.revision, r.lineage.as_slice())))
    }

    /// Saves the first map of `file`, made from revision `base` ([`Revision::NEW`] for a new
    /// map). Refused with a conflict when the stored revision is another.
    pub fn save(&mut self, file: &JourneyFile, base: &Revision) -> Result<Revision, LibraryError> {
        let text = file.to_compact_json();
        self.save_text(file, &text, base)
    }

    /// [`Library::save`] with the file's canonical text (compact or pretty) already made.
    pub fn save_text(&mut self, file: &JourneyFile, text: &str, base: &Revision) -> Result<Revision, LibraryError> {
        let journey = self.storable(file)?;
        let key = self.keys.map(&journey.id);
        let stored = self.make_way(&key)?;
        conflict::check(base, stored.revision.as_ref()).map_err(LibraryError::Conflict)?;
        let (revision, record) = self.next_record(&stored, stored.trashed.as_deref(), text)?;
        let mut entry = LibraryEntry::of(file, &revision).expect("the file has a map");
        entry.trashed = stored.trashed.clone();
        self.commit(vec![entry], vec![(key, Some(record), Some(stored.text))], &[])?;
        Ok(revision)
    }

    /// Saves the first map of `file` over whatever is stored under its id, keeping what it
    /// replaces as a snapshot named `name` made at `now`, in the same batch: a tab that keeps
    /// its own version in a conflict, or a host page that sets a widget's map, never makes the
    /// other version disappear. Nothing is kept when the stored map is the same as `file`.
    pub fn save_replacing(&mut self, file: &JourneyFile, name: &str, now: &str) -> Result<Revision, LibraryError> {
        let id = self.storable(file)?.id.clone();
        let key = self.keys.map(&id);
        let stored = self.make_way(&key)?;
        let text = file.to_compact_json();
        let mut writes = Vec::new();
        if let Some(old) = stored.text.as_deref().and_then(|text| RecordText::read(text, MAP_FORMAT).ok()) {
            let same = old.file().is_ok_and(|old| &old == file);
            if !same {
                let number = self.next_snapshot_number(&id);
                writes.push((self.keys.snapshot(&id, number), Some(records::encode_snapshot(name.trim(), now, old.file_text())), Some(None)));
            }
        }
        let (revision, record) = self.next_record(&stored, stored.trashed.as_deref(), &text)?;
        let mut entry = LibraryEntry::of(file, &revision).expect("the file has a map");
        entry.trashed = stored.trashed.clone();
        writes.push((key, Some(record), Some(stored.text)));
        self.commit(vec![entry], writes, &[])?;
        Ok(revision)
    }

    /// The map of `file` a save stores, if the library may store it: not read-only, and only
    /// what reads back (anything else would be quarantined on the next read).
    fn storable<'f>(&self, file: &'f JourneyFile) -> Result<&'f crate::journey::Journey, LibraryError> {
        if self.read_only {
            return Err(LibraryError::ReadOnly);
        }
        let journey = file.journeys.first().ok_or_else(|| LibraryError::NotFound(Id::new("")))?;
        let problems = crate::validate::validate(file);
        if !problems.is_empty() {
            return Err(LibraryError::Invalid(problems));
        }
        Ok(journey)
    }

    /// The revision and the record a save on top of `stored` writes.
    fn next_record(&self, stored: &StoredRecord, trashed: Option<&str>, file_text: &str) -> Result<(Revision, String), LibraryError> {
        let base = stored.revision.clone().unwrap_or(Revision::NEW);
        let revision = base
            .next(&self.writer)
            .ok_or_else(|| LibraryError::Damaged("the map has been saved more times than a record can count".into()))?;
        let lineage: Vec<Revision> = stored.revision.iter().chain(&stored.lineage).cloned().collect();
        let record = records::encode_map(&revision, &lineage, trashed, file_text);
        Ok((revision, record))
    }

    /// Makes way for a new record under `key`: what is stored there now. A damaged record is
    /// set aside first. A record a newer Safar wrote (or one holding a newer file), and a damaged
    /// one the store has no room to set aside, are never written over: the write is refused.
    fn make_way(&mut self, key: &str) -> Result<StoredRecord, LibraryError> {
        let Some(text) = self.store.get(key) else { return Ok(StoredRecord::default()) };
        let read = RecordText::read(&text, MAP_FORMAT).and_then(|record| {
            record.check_file_version()?;
            Ok((record.revision, record.lineage, record.trashed))
        });
        match read {
            Ok((revision, lineage, trashed)) => Ok(StoredRecord { text: Some(text), revision: Some(revision), lineage, trashed }),
            Err(newer @ ReadError::Newer { .. }) => Err(LibraryError::Newer(newer)),
            Err(ReadError::Damaged(reason)) => {
                self.quarantine(key, &text, reason)?;
                Ok(StoredRecord::default())
            }
        }
    }

    /// Writes records and the index with them as one batch; `entries` replace or join the
    /// summaries and `gone` leave them. Memory changes only when the store did.
    fn commit(
        &mut self,
        entries: Vec<LibraryEntry>,
        writes: Vec<(String, Option<String>, Option<Option<String>>)>,
        gone: &[Id],
    ) -> Result<(), LibraryError> {
        let mut next = self.entries_now();
        next.retain(|entry| !gone.contains(&entry.id));
        for entry in entries {
            upsert(&mut next, entry);
        }
        let mut batch = Batch::new(&mut self.store);
        // The index first, the records last: if a record write is refused, the index is put
        // back, and an index that got ahead of a record is corrected on the next read.
        batch.set(&self.keys.index(), &records::encode_index(&next), None)?;
        for (key, value, old) in writes {
            match value {
                Some(value) => batch.set(&key, &value, old)?,
                None => batch.remove(&key),
            }
        }
        self.entries = next;
        Ok(())
    }

    /// The summaries to write the index from: this tab's list may be stale (another tab's save
    /// of the index has not reached it yet), so the stored index is the base, and a map listed
    /// only here stays listed while its record is stored. Writing the index from a stale list
    /// would otherwise drop the maps other tabs added meanwhile.
    fn entries_now(&self) -> Vec<LibraryEntry> {
        let Some(Ok(stored)) = self.store.get(&self.keys.index()).as_deref().map(records::decode_index) else {
            return self.entries.clone();
        };
        // Only the names of the records are read, not the records.
        let recorded: std::collections::HashSet<Id> = self.stored_ids().into_iter().collect();
        let mut entries: Vec<LibraryEntry> = stored.into_iter().filter(|e| recorded.contains(&e.id)).collect();
        for entry in &self.entries {
            if recorded.contains(&entry.id) && !entries.iter().any(|e| e.id == entry.id) {
                entries.push(entry.clone());
            }
        }
        entries
    }

    fn put_entry(&mut self, entry: LibraryEntry) {
        upsert(&mut self.entries, entry);
    }

    fn write_index_alone(&mut self) -> Result<(), StoreError> {
        if self.read_only {
            return Ok(());
        }
        let mut entries = self.entries_now();
        // This tab's own summaries win for the maps it knows (it just read or wrote them).
        for entry in &self.entries {
            if entries.iter().any(|e| e.id == entry.id) {
                upsert(&mut entries, entry.clone());
            }
        }
        self.entries = entries;
        self.store.set(&self.keys.index(), &records::encode_index(&self.entries))
    }

    /// Adds a new map; its id must not be in the library.
    pub fn create(&mut self, file: &JourneyFile) -> Result<(), LibraryError> {
        self.save(file, &Revision::NEW).map(|_| ())
    }

    /// Copies a map under a new id and title; returns the copy's id.
    pub fn duplicate(&mut self, id: &Id, now: &str) -> Result<Id, LibraryError> {
        let loaded = self.load(id)?;
        let mut copy = as_copy(loaded.file, |id| self.contains(id));
        let journey = &mut copy.journeys[0];
        journey.created = now.to_owned();
        journey.updated = now.to_owned();
        let id = journey.id.clone();
        self.save(&copy, &Revision::NEW)?;
        Ok(id)
    }

    /// Gives a map a new title.
    pub fn rename(&mut self, id: &Id, title: &str, now: &str) -> Result<(), LibraryError> {
        let mut loaded = self.load(id)?;
        let journey = &mut loaded.file.journeys[0];
        if journey.title == title.trim() {
            // Nothing to change: no new revision, so no other tab sees a conflict.
            return Ok(());
        }
        journey.title = title.trim().to_owned();
        journey.updated = now.to_owned();
        self.save(&loaded.file, &loaded.revision).map(|_| ())
    }

    /// Moves a map to the trash (`when` is the time) or, with `None`, back out of it.
    pub fn set_trashed(&mut self, id: &Id, when: Option<&str>) -> Result<(), LibraryError> {
        if self.read_only {
            return Err(LibraryError::ReadOnly);
        }
        let key = self.keys.map(id);
        let text = self.store.get(&key).ok_or_else(|| LibraryError::NotFound(id.clone()))?;
        let loaded = self.load(id)?;
        let read = RecordText::read(&text, MAP_FORMAT).map_err(LibraryError::Newer)?;
        let stored = StoredRecord { text: None, revision: Some(read.revision.clone()), lineage: read.lineage.clone(), trashed: None };
        let (revision, record) = self.next_record(&stored, when, read.file_text())?;
        let mut entry = LibraryEntry::of(&loaded.file, &revision).expect("a stored map");
        entry.trashed = when.map(str::to_owned);
        self.commit(vec![entry], vec![(key, Some(record), Some(Some(text)))], &[])
    }

    /// Deletes a trashed map for good, with its snapshots.
    pub fn delete(&mut self, id: &Id) -> Result<(), LibraryError> {
        self.delete_all(std::slice::from_ref(id))
    }

    /// Deletes every map in the trash for good.
    pub fn empty_trash(&mut self) -> Result<usize, LibraryError> {
        let trashed: Vec<Id> = self.entries.iter().filter(|e| e.trashed.is_some()).map(|e| e.id.clone()).collect();
        self.delete_all(&trashed)?;
        Ok(trashed.len())
    }

    fn delete_all(&mut self, ids: &[Id]) -> Result<(), LibraryError> {
        if self.read_only {
            return Err(LibraryError::ReadOnly);
        }
        let mut writes = Vec::new();
        for id in ids {
            // Snapshots first, so a deletion cut short never leaves one without its map.
            for key in self.store.keys_with_prefix(&self.snapshot_prefix(id)) {
                writes.push((key, None, None));
            }
            for key in self.store.keys_with_prefix(&self.keys.journals(id)) {
                writes.push((key, None, None));
            }
            writes.push((self.keys.map(id), None, None));
        }
        self.commit(vec![], writes, ids)
    }

    fn snapshot_prefix(&self, id: &Id) -> String {
        let mut prefix = self.keys.snapshot(id, 0);
        prefix.pop();
        prefix
    }

    /// Keeps a named copy of `file` (a map of this library); returns its number.
    pub fn take_snapshot(&mut self, file: &JourneyFile, name: &str, now: &str) -> Result<u32, LibraryError> {
        if self.read_only {
            return Err(LibraryError::ReadOnly);
        }
        let id = &file.journeys.first().ok_or_else(|| LibraryError::NotFound(Id::new("")))?.id;
        // Numbered after every stored snapshot, readable or not, so none is written over.
        let number = self.next_snapshot_number(id);
        let record = records::encode_snapshot(name.trim(), now, &file.to_compact_json());
        self.store.set(&self.keys.snapshot(id, number), &record)?;
        Ok(number)
    }

    /// The number a new snapshot of map `id` takes: after every stored snapshot, readable or
    /// not, so none is written over.
    fn next_snapshot_number(&self, id: &Id) -> u32 {
        let prefix = self.snapshot_prefix(id);
        self.store.keys_with_prefix(&prefix).iter().filter_map(|key| key[prefix.len()..].parse::<u32>().ok()).max().unwrap_or(0) + 1
    }

    /// A map's snapshots, newest first. Unreadable ones are quarantined.
    pub fn snapshots(&mut self, id: &Id) -> Vec<SnapshotInfo> {
        let prefix = self.snapshot_prefix(id);
        let mut list = Vec::new();
        for key in self.store.keys_with_prefix(&prefix) {
            let Some(number) = key.strip_prefix(&prefix).and_then(|n| n.parse::<u32>().ok()) else { continue };
            let Some(text) = self.store.get(&key) else { continue };
            match RecordText::read(&text, SNAPSHOT_FORMAT) {
                Ok(record) => list.push(SnapshotInfo { number, name: record.name, created: record.created }),
                Err(ReadError::Damaged(reason)) => {
                    let _ = self.quarantine(&key, &text, reason);
                }
                Err(ReadError::Newer { .. }) => {}
            }
        }
        list.sort_by(|a, b| b.number.cmp(&a.number));
        list
    }

    /// A snapshot's map.
    pub fn snapshot(&self, id: &Id, number: u32) -> Result<JourneyFile, LibraryError> {
        let text = self.store.get(&self.keys.snapshot(id, number)).ok_or_else(|| LibraryError::NotFound(id.clone()))?;
        let record = RecordText::read(&text, SNAPSHOT_FORMAT).map_err(LibraryError::from)?;
        record.file().map_err(LibraryError::from)
    }

    pub fn delete_snapshot(&mut self, id: &Id, number: u32) -> Result<(), LibraryError> {
        if self.read_only {
            return Err(LibraryError::ReadOnly);
        }
        self.store.remove(&self.keys.snapshot(id, number));
        Ok(())
    }

    /// Plans the import of valid files.
    pub fn plan_import(&self, files: Vec<JourneyFile>) -> ImportPlan {
        ImportPlan::of(files, |id| self.contains(id))
    }

    /// Carries out an import, `clash` deciding for maps whose id is taken. All of it happens or
    /// none of it does.
    /// A map replaced by an import is first kept as a snapshot named "Before import", made at
    /// `now`, so replacing can be taken back.
    pub fn import(&mut self, plan: ImportPlan, clash: Clash, now: &str) -> Result<Imported, LibraryError> {
        if self.read_only {
            return Err(LibraryError::ReadOnly);
        }
        let mut done = Imported::default();
        let mut entries = Vec::new();
        let mut writes = Vec::new();
        // A copy's id must be free of the library's maps and of every map this import brings.
        let mut taken: Vec<Id> = self.entries.iter().map(|e| e.id.clone()).collect();
        taken.extend(plan.incoming.iter().filter_map(|i| i.file().journeys.first()).map(|j| j.id.clone()));
        for incoming in plan.incoming {
            let (file, replace) = match (incoming, clash) {
                (Incoming::New(file), _) => (file, false),
                (Incoming::SameId(_), Clash::Skip) => {
                    done.skipped += 1;
                    continue;
                }
                (Incoming::SameId(file), Clash::KeepBoth) => (as_copy(file, |id| taken.contains(id)), false),
                (Incoming::SameId(file), Clash::Replace) => (file, true),
            };
            let id = file.journeys[0].id.clone();
            let key = self.keys.map(&id);
            // Never over a record this version cannot read; always past the stored revision.
            let stored = self.make_way(&key)?;
            let (revision, record) = self.next_record(&stored, None, &file.to_compact_json())?;
            // A map that comes twice in one import replaces its first copy.
            writes.retain(|(k, _, _): &(String, Option<String>, Option<Option<String>>)| k != &key);
            entries.retain(|e: &LibraryEntry| e.id != id);
            if let Some(old) = stored.text.as_deref().and_then(|text| RecordText::read(text, MAP_FORMAT).ok()) {
                let prefix = self.snapshot_prefix(&id);
                let taken_numbers = writes.iter().filter_map(|(k, _, _)| k.strip_prefix(&prefix)?.parse::<u32>().ok());
                let number = self
                    .store
                    .keys_with_prefix(&prefix)
                    .iter()
                    .filter_map(|key| key[prefix.len()..].parse::<u32>().ok())
                    .chain(taken_numbers)
                    .max()
                    .unwrap_or(0)
                    + 1;
                let snapshot = records::encode_snapshot("Before import", now, old.file_text());
                writes.push((self.keys.snapshot(&id, number), Some(snapshot), Some(None)));
            }
            writes.push((key, Some(record), Some(stored.text)));
            entries.push(LibraryEntry::of(&file, &revision).expect("a split file has one map"));
            if replace && self.contains(&id) {
                done.replaced.push(id.clone());
            } else if !done.added.contains(&id) {
                done.added.push(id.clone());
            }
            taken.push(id);
        }
        self.commit(entries, writes, &[])?;
        Ok(done)
    }

    /// Every map outside the trash as one file: maps ordered by id, personas in the order the
    /// maps name them, each persona once. Personas of different maps that share an id but
    /// differ are renamed apart, so nothing is lost.
    ///
    /// A map that cannot be read (damaged, or from a newer Safar) is left out and named in
    /// `left_out`, so that one bad map never stops an export: a full store is exactly when an
    /// export matters.
    pub fn export_all(&mut self) -> Exported {
        let mut listed: Vec<(Id, String)> =
            self.entries.iter().filter(|e| e.trashed.is_none()).map(|e| (e.id.clone(), e.title.clone())).collect();
        listed.sort();
        let mut files = Vec::new();
        let mut left_out = Vec::new();
        for (id, title) in listed {
            match self.load(&id) {
                Ok(loaded) => files.push(loaded.file),
                Err(_) => left_out.push(title),
            }
        }
        Exported { file: combine(files), left_out }
    }

    /// Unreadable texts kept aside.
    pub fn quarantined(&self) -> Vec<Quarantined> {
        let prefix = self.keys.quarantine("");
        self.store
            .keys_with_prefix(&prefix)
            .into_iter()
            .map(|key| Quarantined {
                original: match key[prefix.len()..].rsplit_once('~') {
                    Some((original, n)) if n.parse::<u32>().is_ok() => original.to_owned(),
                    _ => key[prefix.len()..].to_owned(),
                },
                bytes: self.store.get(&key).map_or(0, |text| text.len()),
                key,
            })
            .collect()
    }

    /// The text kept under a quarantine key.
    pub fn quarantined_text(&self, key: &str) -> Option<String> {
        self.keys.owns(key).then(|| self.store.get(key)).flatten()
    }

    pub fn discard_quarantined(&mut self, key: &str) {
        if !self.read_only && key.starts_with(&self.keys.quarantine("")) {
            self.store.remove(key);
        }
    }

    /// Whether the store has room for `bytes` more, found by writing that much under the
    /// library's own probe key and removing it at once: other apps on the origin share the
    /// quota, and their values are not the library's to read.
    pub fn has_room_for(&mut self, bytes: usize) -> bool {
        let key = self.keys.probe();
        let filler = "0".repeat((bytes / 2).saturating_sub(key.len()));
        let fits = self.store.set(&key, &filler).is_ok();
        self.store.remove(&key);
        fits
    }

    /// Writes this tab's journal of the changes to a map not yet saved. Failing loses nothing
    /// stored: the change is still in the tab, and autosave says why it cannot store it.
    pub fn write_journal(&mut self, journal: &Journal) -> Result<(), StoreError> {
        if self.read_only {
            return Ok(());
        }
        let key = self.keys.journal(&journal.map, &self.writer);
        if journal.is_empty() {
            self.store.remove(&key);
            return Ok(());
        }
        self.store.set(&key, &journal.encode())
    }

    /// Forgets this tab's journal of map `id`: its changes are saved, or were given up.
    pub fn clear_journal(&mut self, id: &Id) {
        if !self.read_only {
            self.store.remove(&self.keys.journal(id, &self.writer));
        }
    }

    /// The journals other tabs left for map `id` (a tab that was killed before it saved), with
    /// what each means against the stored map, and their keys. Damaged ones are quarantined.
    pub fn left_journals(&mut self, id: &Id) -> Vec<(String, Journal, journal::Recovery)> {
        let prefix = self.keys.journals(id);
        let stored = self.store.get(&self.keys.map(id));
        let record = stored.as_deref().and_then(|text| RecordText::read(text, MAP_FORMAT).ok());
        let (revision, lineage) = record.map(|r| (r.revision, r.lineage)).unwrap_or_default();
        let mut found = Vec::new();
        for key in self.store.keys_with_prefix(&prefix) {
            let writer = key[prefix.len()..].to_owned();
            if writer == self.writer {
                continue;
            }
            let Some(text) = self.store.get(&key) else { continue };
            match Journal::decode(&text) {
                Ok(journal) if journal.map == *id => {
                    let recovery = journal::recovery(&journal, &writer, &revision, &lineage);
                    found.push((key, journal, recovery));
                }
                Ok(_) => {
                    let _ = self.quarantine(&key, &text, "the journal belongs to another map".into());
                }
                Err(ReadError::Damaged(reason)) => {
                    let _ = self.quarantine(&key, &text, reason);
                }
                Err(ReadError::Newer { .. }) => {}
            }
        }
        found
    }

    /// Sets a journal another tab left aside, untouched and downloadable with the damaged
    /// entries: its changes no longer apply (`failed`), or another journal was recovered.
    pub fn set_aside_journal(&mut self, key: &str, failed: Option<&crate::command::CommandError>) {
        let Some(text) = self.store.get(key).filter(|_| key.starts_with(&format!("{}:journal:", self.keys.prefix()))) else {
            return;
        };
        let reason = match failed {
            Some(error) => format!("the unsaved changes of a closed tab no longer apply to the stored map: {error}"),
            None => "a second journal of unsaved changes left by a closed tab".to_owned(),
        };
        let _ = self.quarantine(key, &text, reason);
    }

    /// Removes a journal another tab left, once its changes are recovered or were saved.
    pub fn drop_journal(&mut self, key: &str) {
        if !self.read_only && key.starts_with(&format!("{}:journal:", self.keys.prefix())) {
            self.store.remove(key);
        }
    }

    /// Bytes the library takes in the store, as browsers count them against their quota.
    pub fn usage(&self) -> usize {
        let prefix = format!("{}:", self.keys.prefix());
        self.store
            .keys_with_prefix(&prefix)
            .into_iter()
            .map(|key| self.store.get(&key).map_or(0, |value| stored_bytes(&key, &value)))
            .sum()
    }
}

/// Replaces the entry with `entry`'s id, or adds it.
fn upsert(entries: &mut Vec<LibraryEntry>, entry: LibraryEntry) {
    match entries.iter_mut().find(|e| e.id == entry.id) {
        Some(slot) => *slot = entry,
        None => entries.push(entry),
    }
}

/// Files of one map each as one file. Personas shared by several maps appear once; different
/// personas that share an id are renamed apart.
pub fn combine(files: Vec<JourneyFile>) -> JourneyFile {
    let mut personas: Vec<Persona> = Vec::new();
    let mut journeys = Vec::new();
    for file in files {
        let JourneyFile { personas: own, journeys: maps, .. } = file;
        let mut renames: Vec<(Id, Id)> = Vec::new();
        for persona in own {
            match personas.iter().find(|p| p.id == persona.id) {
                Some(existing) if *existing == persona => {}
                Some(_) => {
                    // The first free `-n` id, unless an identical persona was renamed apart already.
                    let renamed = |id: &Id| Persona { id: id.clone(), ..persona.clone() };
                    let (fresh, known) = (2..)
                        .map(|n| Id::new(format!("{}-{n}", persona.id)))
                        .find_map(|id| match personas.iter().find(|p| p.id == id) {
                            None => Some((id, false)),
                            Some(p) if *p == renamed(&id) => Some((id, true)),
                            Some(_) => None,
                        })
                        .expect("some number is free");
                    renames.push((persona.id.clone(), fresh.clone()));
                    if !known {
                        personas.push(Persona { id: fresh, ..persona });
                    }
                }
                None => personas.push(persona),
            }
        }
        for mut journey in maps {
            for id in &mut journey.personas {
                if let Some((_, fresh)) = renames.iter().find(|(old, _)| old == id) {
                    *id = fresh.clone();
                }
            }
            journeys.push(journey);
        }
    }
    JourneyFile::new(personas, journeys)
}
