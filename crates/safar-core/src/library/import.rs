//! Importing files into the library: each map of each file becomes one library entry with the
//! personas it uses; a map whose id the library already has waits for the user's choice
//! (replace, keep both, or cancel). Files are validated before this, and a file with errors
//! changes nothing.

use crate::file::JourneyFile;
use crate::id::Id;

/// One map of an imported file, ready to join the library.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    /// An id the library does not have: it is simply added.
    New(JourneyFile),
    /// The library has a map with this id: the user chooses.
    SameId(JourneyFile),
}

impl Incoming {
    pub fn file(&self) -> &JourneyFile {
        match self {
            Incoming::New(file) | Incoming::SameId(file) => file,
        }
    }
}

/// What an import would do, before it does anything.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ImportPlan {
    pub incoming: Vec<Incoming>,
}

impl ImportPlan {
    /// Plans the import of valid `files`; `exists` says whether the library has a map id.
    pub fn of(files: Vec<JourneyFile>, exists: impl Fn(&Id) -> bool) -> ImportPlan {
        let mut incoming = Vec::new();
        let mut seen: Vec<Id> = Vec::new();
        for file in files {
            for single in split(file) {
                let id = single.journeys[0].id.clone();
                // Two maps with one id in the same import are a clash too.
                if exists(&id) || seen.contains(&id) {
                    incoming.push(Incoming::SameId(single));
                } else {
                    incoming.push(Incoming::New(single));
                }
                seen.push(id);
            }
        }
        ImportPlan { incoming }
    }

    pub fn clashes(&self) -> usize {
        self.incoming.iter().filter(|i| matches!(i, Incoming::SameId(_))).count()
    }
}

/// A file of several maps as files of one map each, each with the personas it names.
pub fn split(file: JourneyFile) -> Vec<JourneyFile> {
    let JourneyFile { personas, journeys, .. } = file;
    journeys
        .into_iter()
        .map(|journey| {
            let used = personas.iter().filter(|p| journey.personas.contains(&p.id)).cloned().collect();
            JourneyFile::new(used, vec![journey])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::EXAMPLES;

    #[test]
    fn maps_split_with_their_personas_and_clashes_are_found() {
        let en = EXAMPLES[0].load().unwrap();
        let fa = EXAMPLES[1].load().unwrap();
        let mut both = en.clone();
        both.personas.extend(fa.personas.clone());
        both.journeys.extend(fa.journeys.clone());

        let parts = split(both.clone());
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].personas, en.personas);
        assert_eq!(parts[1].personas, fa.personas);
        for part in &parts {
            assert!(JourneyFile::from_json(&part.to_json()).is_ok());
        }

        let existing = en.journeys[0].id.clone();
        let plan = ImportPlan::of(vec![both, fa.clone()], |id| id == &existing);
        assert_eq!(plan.incoming.len(), 3);
        assert!(matches!(plan.incoming[0], Incoming::SameId(_)), "the library has the English map");
        assert!(matches!(plan.incoming[1], Incoming::New(_)));
        assert!(matches!(plan.incoming[2], Incoming::SameId(_)), "the Persian map comes twice");
        assert_eq!(plan.clashes(), 2);
    }
}
