//! The interface languages Safar ships text for, and the direction each one reads in.

use crate::journey::Direction;

/// A language Safar has built-in text for (templates, lane names, example maps).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    Persian,
    Arabic,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::English, Language::Persian, Language::Arabic];

    /// The BCP 47 tag stored in map files.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Persian => "fa",
            Language::Arabic => "ar",
        }
    }

    /// The language of a BCP 47 tag such as `fa-IR`, if Safar has text for it.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Language::English),
            "fa" => Some(Language::Persian),
            "ar" => Some(Language::Arabic),
            _ => None,
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Language::English => Direction::Ltr,
            Language::Persian | Language::Arabic => Direction::Rtl,
        }
    }

    /// Picks the text for this language from an `(en, fa, ar)` triple.
    pub fn pick<T>(self, en: T, fa: T, ar: T) -> T {
        match self {
            Language::English => en,
            Language::Persian => fa,
            Language::Arabic => ar,
        }
    }
}
