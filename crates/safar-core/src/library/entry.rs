//! What the library's index says about each map, so the list opens without reading every map.

use super::conflict::Revision;
use crate::file::JourneyFile;
use crate::id::Id;
use crate::journey::MapType;
use serde::{Deserialize, Serialize};

/// One map of the library, as its list shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LibraryEntry {
    pub id: Id,
    pub title: String,
    /// The names of the personas the map is about.
    pub personas: Vec<String>,
    #[serde(rename = "type")]
    pub map_type: MapType,
    pub language: String,
    pub updated: String,
    /// Counts saves of this map, so a tab can tell that another tab saved it meanwhile.
    pub revision: u64,
    /// The tab that made the save (see [`Revision`]); empty for an earlier Safar's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub writer: String,
    /// When the map was moved to the trash, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trashed: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_review: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_review: Option<String>,
    /// Saved by a newer Safar: listed, shown read-only where possible, never written.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub newer: bool,
}

impl LibraryEntry {
    /// The entry of the first map of `file`, at `revision`.
    pub fn of(file: &JourneyFile, revision: &Revision) -> Option<LibraryEntry> {
        let journey = file.journeys.first()?;
        Some(LibraryEntry {
            id: journey.id.clone(),
            title: journey.title.clone(),
            personas: file.personas_of(journey).map(|p| p.name.clone()).collect(),
            map_type: journey.map_type,
            language: journey.language.clone(),
            updated: journey.updated.clone(),
            revision: revision.number,
            writer: revision.writer.clone(),
            trashed: None,
            last_review: journey.last_review.clone(),
            next_review: journey.next_review.clone(),
            newer: false,
        })
    }

    /// The entry of a record a newer Safar wrote: only what can be read safely, the title if it
    /// is where this version would look for it.
    pub fn newer(id: Id, record: &str) -> LibraryEntry {
        let value: serde_json::Value = serde_json::from_str(record).unwrap_or_default();
        let title = value["file"]["journeys"][0]["title"].as_str().unwrap_or(id.as_str()).to_owned();
        LibraryEntry {
            id,
            title,
            personas: Vec::new(),
            map_type: MapType::CurrentState,
            language: value["file"]["journeys"][0]["language"].as_str().unwrap_or_default().to_owned(),
            updated: String::new(),
            revision: 0,
            writer: String::new(),
            trashed: None,
            last_review: None,
            next_review: None,
            newer: true,
        }
    }

    /// Whether the entry matches a search: every word of `query` appears in its title or
    /// persona names, ignoring case.
    pub fn matches(&self, query: &str) -> bool {
        let haystack = format!("{} {}", self.title, self.personas.join(" ")).to_lowercase();
        query.to_lowercase().split_whitespace().all(|word| haystack.contains(word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::EXAMPLES;

    #[test]
    fn entries_summarise_and_search() {
        let file = EXAMPLES[1].load().unwrap();
        let entry = LibraryEntry::of(&file, &Revision::new(4, "a")).unwrap();
        assert_eq!(entry.title, file.journeys[0].title);
        assert_eq!(entry.personas, vec![file.personas[0].name.clone()]);
        assert_eq!(entry.revision, 4);
        let persona_word = entry.personas[0].split_whitespace().next().unwrap().to_owned();
        assert!(entry.matches(&persona_word));
        assert!(entry.matches(""));
        assert!(!entry.matches("laptop"));
        let english = LibraryEntry::of(&EXAMPLES[0].load().unwrap(), &Revision::new(1, "")).unwrap();
        assert!(english.matches("LAPTOP voltline"));
    }
}
