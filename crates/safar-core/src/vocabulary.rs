//! The closed lists of words a map is written with: a pain point's severity, an opportunity's
//! priority, where evidence comes from, a blueprint card's resource, the map's type, a lane's
//! kind, the reading direction. Each word has one stable string, the one map files write, so a
//! list in the editor offers, shows and reads back exactly what a file holds; the words a person
//! reads are the catalogs' (`safar_view::labels`), never the string itself.
//!
//! (A channel is not among them: a team may name its own, so its list is open.)

use crate::card::{CardKind, EvidenceSource, Priority, Resource, Severity};
use crate::journey::{Direction, LaneKind, MapType};

/// A closed list of words.
pub trait Vocabulary: Copy + PartialEq + Send + Sync + 'static {
    /// Every word, in the order a list offers them.
    fn all() -> &'static [Self];

    /// The word as map files write it: stable across versions, never a Rust name.
    fn as_str(self) -> &'static str;

    /// The word a file (or a list's value) names, if it is one of these.
    fn parse(word: &str) -> Option<Self> {
        Self::all().iter().copied().find(|known| known.as_str() == word)
    }
}

macro_rules! vocabulary {
    ($($word:ty),+) => {$(
        impl Vocabulary for $word {
            fn all() -> &'static [Self] {
                &<$word>::ALL
            }

            fn as_str(self) -> &'static str {
                <$word>::as_str(self)
            }
        }
    )+};
}

vocabulary!(Severity, Priority, EvidenceSource, Resource, MapType, LaneKind, Direction);

impl CardKind {
    pub const ALL: [CardKind; 9] = [
        CardKind::Note,
        CardKind::Emotion,
        CardKind::Touchpoint,
        CardKind::PainPoint,
        CardKind::Opportunity,
        CardKind::Kpi,
        CardKind::Evidence,
        CardKind::Image,
        CardKind::Blueprint,
    ];
}

vocabulary!(CardKind);
