//! What the library stores, each with its own `format` and `version` so that every saved text is
//! read through a version check and the map format's migrations:
//!
//! - the index (`{prefix}:index`), a summary of every map so the list opens without reading the
//!   maps; it is a cache, rebuilt from the map records when it is missing or damaged;
//! - a map record (`{prefix}:map:{id}`): the map's file, its revision and whether it is in the
//!   trash. One key per map, written in one `setItem`, so a save is whole or absent;
//! - a snapshot record (`{prefix}:snapshot:{id}:{n}`): a named copy of a map's file.
//!
//! The file sits inside a record as the map format's canonical text, compact (without indentation)
//! to spare the browser's small quota; export pretty-prints it again.

use super::conflict::{Revision, LINEAGE, MAX_REVISION};
use super::entry::LibraryEntry;
use crate::file::{JourneyFile, LoadError};
use crate::id::Id;
use crate::limits::Limit;
use crate::migrate::MigrateError;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::fmt;

pub const INDEX_FORMAT: &str = "safar-library";
pub const MAP_FORMAT: &str = "safar-library-map";
pub const SNAPSHOT_FORMAT: &str = "safar-snapshot";
/// The version of the three record formats this build writes.
pub const RECORD_VERSION: u64 = 1;

/// Why a stored text could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadError {
    /// Written by a newer Safar: shown read-only where possible, never overwritten.
    Newer { found: u64, supported: u64 },
    /// Not readable at all: the text is quarantined.
    Damaged(String),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Newer { found, supported } => write!(
                f,
                "it was saved by a newer version of Safar (version {found}; this one reads up to version {supported}), which this version leaves exactly as it is"
            ),
            ReadError::Damaged(reason) => f.write_str(reason),
        }
    }
}

#[derive(Deserialize)]
struct Header {
    format: String,
    version: u64,
}

fn check_header(text: &str, format: &str) -> Result<(), ReadError> {
    let header: Header = serde_json::from_str::<Header>(text)
        .map_err(|e| ReadError::Damaged(format!("the stored text is not a Safar record ({e})")))?;
    if header.format != format {
        return Err(ReadError::Damaged(format!("expected a \"{format}\" record, found \"{}\"", header.format)));
    }
    if header.version == 0 {
        return Err(ReadError::Damaged("the record's version is 0".into()));
    }
    if header.version > RECORD_VERSION {
        return Err(ReadError::Newer { found: header.version, supported: RECORD_VERSION });
    }
    Ok(())
}

// ---- index ----------------------------------------------------------------------------------

#[derive(Serialize, Deserialize)]
struct IndexText {
    format: String,
    version: u64,
    maps: Vec<LibraryEntry>,
}

pub fn encode_index(maps: &[LibraryEntry]) -> String {
    #[derive(Serialize)]
    struct Out<'a> {
        format: &'a str,
        version: u64,
        maps: &'a [LibraryEntry],
    }
    serde_json::to_string(&Out { format: INDEX_FORMAT, version: RECORD_VERSION, maps }).expect("entries serialize")
}

pub fn decode_index(text: &str) -> Result<Vec<LibraryEntry>, ReadError> {
    check_header(text, INDEX_FORMAT)?;
    let index: IndexText = serde_json::from_str(text).map_err(|e| ReadError::Damaged(format!("the list of maps is damaged ({e})")))?;
    Ok(index.maps)
}

// ---- map and snapshot records ---------------------------------------------------------------

/// A record's fields, with the file still as text.
pub struct RecordText<'a> {
    /// Which save of the map this is (map records; snapshots have none).
    pub revision: Revision,
    /// The revisions this one was saved on top of, newest first, at most [`LINEAGE`].
    pub lineage: Vec<Revision>,
    pub trashed: Option<String>,
    pub name: String,
    pub created: String,
    file: &'a RawValue,
}

#[derive(Deserialize)]
struct RawRecord<'a> {
    #[serde(default)]
    revision: u64,
    #[serde(default)]
    writer: String,
    #[serde(default)]
    after: Vec<String>,
    #[serde(default)]
    trashed: Option<String>,
    #[serde(default)]
    name: String,
    #[serde(default)]
    created: String,
    #[serde(borrow)]
    file: &'a RawValue,
}

impl<'a> RecordText<'a> {
    /// Reads a record's fields without reading its map.
    pub fn read(text: &'a str, format: &str) -> Result<RecordText<'a>, ReadError> {
        check_header(text, format)?;
        let raw: RawRecord<'a> =
            serde_json::from_str(text).map_err(|e| ReadError::Damaged(format!("the stored record is damaged ({e})")))?;
        // A revision no save could reach, or a writer no tab makes, is a damaged record: saving
        // on top of it could not count on.
        if raw.revision > MAX_REVISION || !Revision::is_writer(&raw.writer) {
            return Err(ReadError::Damaged(format!("the stored record's revision ({}.{}) is out of range", raw.revision, raw.writer)));
        }
        let lineage = raw
            .after
            .iter()
            .take(LINEAGE)
            .map(|text| text.parse::<Revision>())
            .collect::<Result<Vec<_>, ()>>()
            .map_err(|()| ReadError::Damaged("the stored record's list of earlier revisions is damaged".into()))?;
        Ok(RecordText {
            revision: Revision::new(raw.revision, raw.writer),
            lineage,
            trashed: raw.trashed,
            name: raw.name,
            created: raw.created,
            file: raw.file,
        })
    }

    /// The map format's text of the record's file.
    pub fn file_text(&self) -> &'a str {
        self.file.get()
    }

    /// Refuses a file a newer Safar wrote, reading only its version, not the map.
    pub fn check_file_version(&self) -> Result<(), ReadError> {
        #[derive(Deserialize)]
        struct FileVersion {
            #[serde(default)]
            version: u64,
        }
        let supported = u64::from(crate::migrate::current_version());
        match serde_json::from_str::<FileVersion>(self.file.get()) {
            Ok(FileVersion { version }) if version > supported => Err(ReadError::Newer { found: version, supported }),
            _ => Ok(()),
        }
    }

    /// Reads the record's file through the map format's migrations and validation.
    pub fn file(&self) -> Result<JourneyFile, ReadError> {
        JourneyFile::from_json_within(self.file.get(), Limit::RecordBytes).map_err(|error| match error {
            LoadError::Migrate(MigrateError::Newer { found, supported }) => {
                ReadError::Newer { found, supported: u64::from(supported) }
            }
            error => ReadError::Damaged(format!("the stored map cannot be read: {error}")),
        })
    }

    /// [`RecordText::file`] of the record stored for map `id`: a record whose map has another id
    /// (copied under the wrong key by hand or by another program) is damaged, or it would be
    /// listed twice and stand in for that other map.
    pub fn file_of(&self, id: &Id) -> Result<JourneyFile, ReadError> {
        let file = self.file()?;
        match file.journeys.first() {
            Some(journey) if &journey.id == id => Ok(file),
            Some(journey) => Err(ReadError::Damaged(format!("the record of map \"{id}\" holds the map \"{}\"", journey.id))),
            None => Err(ReadError::Damaged("the stored file has no map".into())),
        }
    }
}

/// A map record around `file_text` (a file's canonical text), saved as `revision` on top of
/// `lineage` (newest first; only the first [`LINEAGE`] are kept).
pub fn encode_map(revision: &Revision, lineage: &[Revision], trashed: Option<&str>, file_text: &str) -> String {
    let trashed = serde_json::to_string(&trashed).expect("a string serializes");
    let after: Vec<String> = lineage.iter().take(LINEAGE).map(Revision::to_string).collect();
    let after = serde_json::to_string(&after).expect("strings serialize");
    let writer = serde_json::to_string(&revision.writer).expect("a string serializes");
    format!(
        "{{\"format\":\"{MAP_FORMAT}\",\"version\":{RECORD_VERSION},\"revision\":{},\"writer\":{writer},\"after\":{after},\"trashed\":{trashed},\"file\":{}}}",
        revision.number,
        file_text.trim_end()
    )
}

/// A snapshot record of `file_text`, named by the user.
pub fn encode_snapshot(name: &str, created: &str, file_text: &str) -> String {
    let name = serde_json::to_string(name).expect("a string serializes");
    let created = serde_json::to_string(created).expect("a string serializes");
    format!(
        "{{\"format\":\"{SNAPSHOT_FORMAT}\",\"version\":{RECORD_VERSION},\"name\":{name},\"created\":{created},\"file\":{}}}",
        file_text.trim_end()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::EXAMPLES;

    #[test]
    fn records_round_trip_and_keep_the_file_bytes() {
        let file = EXAMPLES[1].load().unwrap();
        let text = file.to_json();
        let earlier = [Revision::new(6, "b"), Revision::new(5, "a")];
        let record = encode_map(&Revision::new(7, "a"), &earlier, Some("2026-11-23T10:00:00Z"), &text);
        let read = RecordText::read(&record, MAP_FORMAT).unwrap();
        assert_eq!(read.revision, Revision::new(7, "a"));
        assert_eq!(read.lineage, earlier);
        assert_eq!(read.trashed.as_deref(), Some("2026-11-23T10:00:00Z"));
        assert_eq!(read.file_text(), text.trim_end());
        assert_eq!(read.file().unwrap(), file);

        let snapshot = encode_snapshot("before \"Q3\" review", "2026-11-23T10:00:00Z", &text);
        let read = RecordText::read(&snapshot, SNAPSHOT_FORMAT).unwrap();
        assert_eq!(read.name, "before \"Q3\" review");
        assert!(RecordText::read(&snapshot, MAP_FORMAT).is_err(), "a snapshot is not a map record");
    }

    #[test]
    fn newer_and_damaged_records_are_told_apart() {
        let newer = r#"{"format":"safar-library-map","version":2,"file":{}}"#;
        assert_eq!(RecordText::read(newer, MAP_FORMAT).err(), Some(ReadError::Newer { found: 2, supported: 1 }));
        let newer_file = encode_map(&Revision::new(1, ""), &[], None, r#"{"format":"safar-journey-map","version":9,"journeys":[]}"#);
        assert!(matches!(RecordText::read(&newer_file, MAP_FORMAT).unwrap().file(), Err(ReadError::Newer { found: 9, .. })));
        assert!(matches!(RecordText::read(&newer_file, MAP_FORMAT).unwrap().check_file_version(), Err(ReadError::Newer { found: 9, .. })));
        assert_eq!(RecordText::read(&encode_map(&Revision::new(1, ""), &[], None, "{\"version\":1}"), MAP_FORMAT).unwrap().check_file_version(), Ok(()));
        for damaged in ["", "{", "[]", r#"{"format":"safar-library-map","version":1}"#, r#"{"format":"other","version":1,"file":{}}"#] {
            let error = RecordText::read(damaged, MAP_FORMAT).err();
            assert!(matches!(error, Some(ReadError::Damaged(_))), "{damaged:?} gave {error:?}");
        }
        let bad_map = encode_map(&Revision::new(1, ""), &[], None, r#"{"format":"safar-journey-map","version":1,"journeys":[{}]}"#);
        let error = RecordText::read(&bad_map, MAP_FORMAT).unwrap().file().unwrap_err();
        assert!(error.to_string().contains("journeys[0]"), "{error}");
    }

    #[test]
    fn revisions_out_of_range_are_damaged_not_counted_on() {
        let at = |revision: &str, rest: &str| format!(r#"{{"format":"safar-library-map","version":1,"revision":{revision}{rest},"file":{{}}}}"#);
        for damaged in [
            at("18446744073709551615", ""),
            at("9007199254740992", ""),
            at("1", r#","writer":"a b""#),
            at("1", r#","writer":"<script>""#),
            at("1", r#","after":["x"]"#),
            at("1", r#","after":["18446744073709551615.a"]"#),
        ] {
            assert!(matches!(RecordText::read(&damaged, MAP_FORMAT), Err(ReadError::Damaged(_))), "{damaged}");
        }
        assert_eq!(RecordText::read(&at("9007199254740991", ""), MAP_FORMAT).unwrap().revision.number, MAX_REVISION);
        let old_text = at("4", "");
        let old = RecordText::read(&old_text, MAP_FORMAT).unwrap();
        assert_eq!((old.revision, old.lineage), (Revision::new(4, ""), vec![]), "records of an earlier Safar still read");
    }

    #[test]
    fn a_record_holding_another_maps_id_is_damaged() {
        let file = EXAMPLES[0].load().unwrap();
        let record = encode_map(&Revision::new(1, ""), &[], None, &file.to_compact_json());
        let read = RecordText::read(&record, MAP_FORMAT).unwrap();
        assert_eq!(read.file_of(&file.journeys[0].id).unwrap(), file);
        assert!(matches!(read.file_of(&Id::new("other")), Err(ReadError::Damaged(_))));
    }

    #[test]
    fn the_index_round_trips() {
        let entry = LibraryEntry::of(&EXAMPLES[0].load().unwrap(), &Revision::new(3, "a")).unwrap();
        let text = encode_index(std::slice::from_ref(&entry));
        assert_eq!(decode_index(&text).unwrap(), vec![entry]);
        assert!(matches!(decode_index(r#"{"format":"safar-library","version":5,"maps":"new"}"#), Err(ReadError::Newer { .. })));
    }
}
