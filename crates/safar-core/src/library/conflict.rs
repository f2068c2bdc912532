//! Two tabs, one map: every save is stamped with a [`Revision`] (a count and the tab that wrote
//! it) and remembers the revisions it was built on. A tab that finds a revision other than the
//! one it last read or wrote has a conflict, and the user chooses how to settle it; a tab whose
//! save another tab wrote over without having seen it finds out from the lineage. No edit is
//! dropped silently.

use crate::file::JourneyFile;
use crate::id::Id;
use std::fmt;

/// One save of a map: how many saves it has had, and which tab (writer) made this one. Two tabs
/// that both saved on top of revision 5 each wrote a revision 6, told apart by the writer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Revision {
    pub number: u64,
    /// A token the writing tab made up when it opened the library; empty in records an earlier
    /// Safar wrote.
    pub writer: String,
}

/// The highest revision number a record may carry: the largest integer JavaScript and JSON
/// readers keep exactly. A record beyond it is damaged, not a map to count on from.
pub const MAX_REVISION: u64 = (1 << 53) - 1;

/// How many of the revisions a record was built on it remembers, newest first: enough for a tab
/// to recognise its own save under several quick saves of another tab.
pub const LINEAGE: usize = 16;

impl Revision {
    /// What a map that is not stored yet is at.
    pub const NEW: Revision = Revision { number: 0, writer: String::new() };

    pub fn new(number: u64, writer: impl Into<String>) -> Revision {
        Revision { number, writer: writer.into() }
    }

    /// The revision `writer` saves on top of this one; `None` past [`MAX_REVISION`].
    pub fn next(&self, writer: &str) -> Option<Revision> {
        let number = self.number.checked_add(1).filter(|n| *n <= MAX_REVISION)?;
        Some(Revision { number, writer: writer.to_owned() })
    }

    /// Whether `writer` is a token a record may carry: short, letters and digits.
    pub fn is_writer(writer: &str) -> bool {
        writer.len() <= 32 && writer.bytes().all(|b| b.is_ascii_alphanumeric())
    }
}

/// A revision as a record's lineage lists it: `6.k3j4q`.
impl fmt::Display for Revision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.number, self.writer)
    }
}

impl std::str::FromStr for Revision {
    type Err = ();

    fn from_str(text: &str) -> Result<Revision, ()> {
        let (number, writer) = text.split_once('.').unwrap_or((text, ""));
        let number: u64 = number.parse().map_err(|_| ())?;
        (number <= MAX_REVISION && Revision::is_writer(writer)).then(|| Revision::new(number, writer)).ok_or(())
    }
}

/// Another tab saved (or removed) the map since this tab last read or saved it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The revision this tab's edits started from.
    pub base: Revision,
    /// The revision stored now; [`Revision::NEW`] when the map is no longer stored.
    pub stored: Revision,
}

/// Whether a save made from `base` may go ahead over what is stored (`None`: nothing).
pub fn check(base: &Revision, stored: Option<&Revision>) -> Result<(), Conflict> {
    match stored {
        Some(stored) if stored == base => Ok(()),
        None if base.number == 0 => Ok(()),
        stored => Err(Conflict { base: base.clone(), stored: stored.cloned().unwrap_or(Revision::NEW) }),
    }
}

/// Where the stored map stands against the revision a tab last read or wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Still the tab's revision.
    Same,
    /// Another tab saved on top of it: its version includes this tab's.
    Ahead(Revision),
    /// What is stored was not built on this tab's revision: a save from an older revision
    /// went over it (two tabs saved at once), or the map was replaced. This tab's version is
    /// no longer stored, even if it was saved.
    Apart(Revision),
    /// No longer stored, or not readable.
    Gone,
}

/// The standing of a stored record (its revision and lineage, newest first) against `mine`.
pub fn standing(mine: &Revision, stored: Option<(&Revision, &[Revision])>) -> Standing {
    match stored {
        None => Standing::Gone,
        Some((stored, _)) if stored == mine => Standing::Same,
        Some((stored, lineage)) if lineage.contains(mine) => Standing::Ahead(stored.clone()),
        Some((stored, _)) => Standing::Apart(stored.clone()),
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
        let (three, five) = (Revision::new(3, "a"), Revision::new(5, "b"));
        assert_eq!(check(&Revision::NEW, None), Ok(()));
        assert_eq!(check(&three, Some(&three)), Ok(()));
        assert_eq!(check(&three, Some(&five)), Err(Conflict { base: three.clone(), stored: five }));
        assert_eq!(check(&three, None), Err(Conflict { base: three.clone(), stored: Revision::NEW }), "removed in another tab");
        let other_writer = Revision::new(3, "z");
        assert!(check(&three, Some(&other_writer)).is_err(), "the same count from another tab is another revision");
    }

    #[test]
    fn revisions_stop_at_the_largest_exact_number() {
        assert_eq!(Revision::new(4, "a").next("b"), Some(Revision::new(5, "b")));
        assert_eq!(Revision::new(MAX_REVISION, "a").next("b"), None);
        assert_eq!(Revision::new(u64::MAX, "a").next("b"), None);
        assert_eq!("7.k3j".parse(), Ok(Revision::new(7, "k3j")));
        assert_eq!("7".parse(), Ok(Revision::new(7, "")));
        for bad in ["", ".a", "x.a", "7.a:b", "18446744073709551615.a", "9007199254740992.a"] {
            assert_eq!(bad.parse::<Revision>(), Err(()), "{bad}");
        }
    }

    #[test]
    fn a_tab_finds_whether_the_stored_map_still_holds_its_save() {
        let mine = Revision::new(6, "a");
        let on_top = Revision::new(7, "b");
        assert_eq!(standing(&mine, Some((&mine, &[]))), Standing::Same);
        assert_eq!(standing(&mine, Some((&on_top, &[mine.clone(), Revision::new(5, "x")]))), Standing::Ahead(on_top.clone()));
        // The other tab read revision 5 as this one did, and saved its own 6 over this tab's.
        let raced = Revision::new(6, "b");
        assert_eq!(standing(&mine, Some((&raced, &[Revision::new(5, "x")]))), Standing::Apart(raced));
        assert_eq!(standing(&mine, None), Standing::Gone);
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
