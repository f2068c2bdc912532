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

use super::entry::LibraryEntry;
use crate::file::{JourneyFile, LoadError};
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
#[derive(Deserialize)]
pub struct RecordText<'a> {
    #[serde(default)]
    pub revision: u64,
    #[serde(default)]
    pub trashed: Option<String>,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub created: String,
    #[serde(borrow)]
    file: &'a RawValue,
}

impl<'a> RecordText<'a> {
    /// Reads a record's fields without reading its map.
    pub fn read(text: &'a str, format: &str) -> Result<RecordText<'a>, ReadError> {
        check_header(text, format)?;
        serde_json::from_str(text).map_err(|e| ReadError::Damaged(format!("the stored record is damaged ({e})")))
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
}

/// A map record around `file_text` (a file's canonical text).
pub fn encode_map(revision: u64, trashed: Option<&str>, file_text: &str) -> String {
    let trashed = serde_json::to_string(&trashed).expect("a string serializes");
    format!(
        "{{\"format\":\"{MAP_FORMAT}\",\"version\":{RECORD_VERSION},\"revision\":{revision},\"trashed\":{trashed},\"file\":{}}}",
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
        let record = encode_map(7, Some("2026-11-23T10:00:00Z"), &text);
        let read = RecordText::read(&record, MAP_FORMAT).unwrap();
        assert_eq!(read.revision, 7);
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
        let newer_file = encode_map(1, None, r#"{"format":"safar-journey-map","version":9,"journeys":[]}"#);
        assert!(matches!(RecordText::read(&newer_file, MAP_FORMAT).unwrap().file(), Err(ReadError::Newer { found: 9, .. })));
        assert!(matches!(RecordText::read(&newer_file, MAP_FORMAT).unwrap().check_file_version(), Err(ReadError::Newer { found: 9, .. })));
        assert_eq!(RecordText::read(&encode_map(1, None, "{\"version\":1}"), MAP_FORMAT).unwrap().check_file_version(), Ok(()));
        for damaged in ["", "{", "[]", r#"{"format":"safar-library-map","version":1}"#, r#"{"format":"other","version":1,"file":{}}"#] {
            let error = RecordText::read(damaged, MAP_FORMAT).err();
            assert!(matches!(error, Some(ReadError::Damaged(_))), "{damaged:?} gave {error:?}");
        }
        let bad_map = encode_map(1, None, r#"{"format":"safar-journey-map","version":1,"journeys":[{}]}"#);
        let error = RecordText::read(&bad_map, MAP_FORMAT).unwrap().file().unwrap_err();
        assert!(error.to_string().contains("journeys[0]"), "{error}");
    }

    #[test]
    fn the_index_round_trips() {
        let entry = LibraryEntry::of(&EXAMPLES[0].load().unwrap(), 3).unwrap();
        let text = encode_index(std::slice::from_ref(&entry));
        assert_eq!(decode_index(&text).unwrap(), vec![entry]);
        assert!(matches!(decode_index(r#"{"format":"safar-library","version":5,"maps":"new"}"#), Err(ReadError::Newer { .. })));
    }
}
