//! Two tabs, one map: every save carries a revision; a tab that finds a revision other than the
//! one it last read has a conflict, and the user chooses how to settle it. No edit is dropped
//! silently.

use crate::file::JourneyFile;
use crate::id::Id;

/// Another tab saved (or removed) the map since this tab last read or saved it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The revision this tab's edits started from.
    pub base: u64,
    /// The revision stored now; 0 when the map is no longer stored.
    pub stored: u64,
}

/// The revision to save at, or the conflict that stops the save.
pub fn check(base: u64, stored: Option<u64>) -> Result<u64, Conflict> {
    match stored {
        Some(stored) if stored == base => Ok(base + 1),
        None if base == 0 => Ok(1),
        stored => Err(Conflict { base, stored: stored.unwrap_or(0) }),
    }
}

/// How the user settles a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// This tab's version replaces the stored one.
    KeepMine,
    /// The stored version replaces this tab's; this tab's edits are dropped, on request.
    TakeTheirs,
    /// Both are kept: this tab's version becomes a copy with its own id.
    KeepBoth,
}

/// What to store and what to show after settling a conflict.
#[derive(Clone, Debug, PartialEq)]
pub struct Settled {
    /// Files to write, each with the revision to write it at.
    pub save: Vec<(JourneyFile, u64)>,
    /// The file the tab goes on editing.
    pub open: JourneyFile,
}

/// Settles `conflict` between this tab's file and the stored one. `taken` says whether an id is
/// already used in the library, for the copy's new id.
pub fn settle(
    resolution: Resolution,
    conflict: Conflict,
    mine: JourneyFile,
    theirs: Option<JourneyFile>,
    taken: impl Fn(&Id) -> bool,
) -> Settled {
    match (resolution, theirs) {
        (Resolution::TakeTheirs, Some(theirs)) => Settled { save: vec![], open: theirs },
        (Resolution::KeepBoth, Some(_)) => {
            let copy = as_copy(mine, taken);
            Settled { save: vec![(copy.clone(), 1)], open: copy }
        }
        // Keeping mine, or the other tab removed the map: this tab's version is stored again.
        _ => Settled { save: vec![(mine.clone(), conflict.stored + 1)], open: mine },
    }
}

/// `file` as a copy: its map gets a new id that `taken` does not know, and "(copy)" in its
/// title.
pub fn as_copy(mut file: JourneyFile, taken: impl Fn(&Id) -> bool) -> JourneyFile {
    if let Some(journey) = file.journeys.first_mut() {
        // A copy of a copy is named after the original: `trip-copy-2`, not `trip-copy-copy`.
        let id = journey.id.as_str();
        let base = match id.rfind("-copy") {
            Some(at) if id[at + 5..].is_empty() || id[at + 5..].strip_prefix('-').is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit())) => &id[..at],
            _ => id,
        }
        .to_owned();
        let candidates = std::iter::once(format!("{base}-copy")).chain((2..).map(|n| format!("{base}-copy-{n}")));
        for candidate in candidates {
            let candidate: String = candidate.chars().rev().take(Id::MAX_LEN).collect::<Vec<_>>().into_iter().rev().collect();
            let id = Id::new(candidate);
            if !taken(&id) && id != journey.id {
                journey.id = id;
                break;
            }
        }
        // The title stays within the longest a title may be, or the copy could not be read back.
        let room = crate::validate::MAX_NAME - " (copy)".len();
        journey.title = format!("{} (copy)", journey.title.chars().take(room).collect::<String>());
    }
    file
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::EXAMPLES;

    #[test]
    fn saves_proceed_only_from_the_stored_revision() {
        assert_eq!(check(0, None), Ok(1));
        assert_eq!(check(3, Some(3)), Ok(4));
        assert_eq!(check(3, Some(5)), Err(Conflict { base: 3, stored: 5 }));
        assert_eq!(check(3, None), Err(Conflict { base: 3, stored: 0 }), "removed in another tab");
    }

    #[test]
    fn every_resolution_keeps_what_was_chosen() {
        let mine = EXAMPLES[0].load().unwrap();
        let mut theirs = mine.clone();
        theirs.journeys[0].title = "Edited in the other tab".into();
        let conflict = Conflict { base: 2, stored: 3 };

        let kept = settle(Resolution::KeepMine, conflict, mine.clone(), Some(theirs.clone()), |_| false);
        assert_eq!(kept.save, vec![(mine.clone(), 4)]);
        assert_eq!(kept.open, mine);

        let taken = settle(Resolution::TakeTheirs, conflict, mine.clone(), Some(theirs.clone()), |_| false);
        assert!(taken.save.is_empty());
        assert_eq!(taken.open, theirs);

        let existing = mine.journeys[0].id.clone();
        let both = settle(Resolution::KeepBoth, conflict, mine.clone(), Some(theirs), |id| id == &existing);
        let (copy, revision) = &both.save[0];
        assert_eq!(*revision, 1);
        assert_ne!(copy.journeys[0].id, existing);
        assert!(copy.journeys[0].title.ends_with("(copy)"));
        assert_eq!(copy.journeys[0].stages, mine.journeys[0].stages, "the copy keeps every edit");
        assert!(JourneyFile::from_json(&copy.to_json()).is_ok());

        let gone = settle(Resolution::TakeTheirs, Conflict { base: 2, stored: 0 }, mine.clone(), None, |_| false);
        assert_eq!(gone.save, vec![(mine, 1)], "a map removed elsewhere is stored again, not lost");
    }

    #[test]
    fn copies_get_ids_nobody_has() {
        let file = EXAMPLES[0].load().unwrap();
        let base = file.journeys[0].id.to_string();
        let taken = [format!("{base}-copy"), format!("{base}-copy-2")];
        let copy = as_copy(file, |id| taken.iter().any(|t| t == id.as_str()));
        assert_eq!(copy.journeys[0].id.as_str(), format!("{base}-copy-3"));
        assert!(copy.journeys[0].id.is_well_formed());
        let again = as_copy(copy, |id| id.as_str().ends_with("-copy") || id.as_str().ends_with("-copy-2") || id.as_str().ends_with("-copy-3"));
        assert_eq!(again.journeys[0].id.as_str(), format!("{base}-copy-4"));
    }
}
