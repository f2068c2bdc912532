//! Which language the interface speaks, and which digits it writes numbers with.

use safar_core::{Direction, Language};

/// The digits numbers are written with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Digits {
    /// 0123456789
    Latin,
    /// ۰۱۲۳۴۵۶۷۸۹, as Persian is written.
    Persian,
    /// ٠١٢٣٤٥٦٧٨٩, as much of the Arab world writes.
    ArabicIndic,
}

impl Digits {
    /// The Unicode numbering system, as `Intl` names it (`-u-nu-…`).
    pub fn numbering_system(self) -> &'static str {
        match self {
            Digits::Latin => "latn",
            Digits::Persian => "arabext",
            Digits::ArabicIndic => "arab",
        }
    }

    pub fn from_numbering_system(name: &str) -> Option<Digits> {
        [Digits::Latin, Digits::Persian, Digits::ArabicIndic].into_iter().find(|d| d.numbering_system() == name)
    }

    fn zero(self) -> char {
        match self {
            Digits::Latin => '0',
            Digits::Persian => '۰',
            Digits::ArabicIndic => '٠',
        }
    }

    /// Rewrites the Latin digits of a number written by Rust (`-12.5`) in these digits, with the
    /// script's decimal separator and a minus sign that keeps its place in right-to-left text.
    pub fn write(self, latin: &str) -> String {
        if self == Digits::Latin {
            return latin.to_owned();
        }
        let mut out = String::with_capacity(latin.len() * 2);
        for c in latin.chars() {
            match c {
                '0'..='9' => out.push(char::from_u32(self.zero() as u32 + (c as u32 - '0' as u32)).unwrap_or(c)),
                '.' => out.push('٫'),
                ',' => out.push('٬'),
                // A left-to-right mark keeps the sign before the digits in right-to-left text,
                // as `Intl.NumberFormat` does.
                '-' => out.push_str("\u{200E}−"),
                other => out.push(other),
            }
        }
        out
    }
}

/// A language and the digits its numbers are written with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Locale {
    pub language: Language,
    pub digits: Digits,
}

impl Locale {
    pub const ENGLISH: Locale = Locale { language: Language::English, digits: Digits::Latin };
    pub const PERSIAN: Locale = Locale { language: Language::Persian, digits: Digits::Persian };
    pub const ARABIC: Locale = Locale { language: Language::Arabic, digits: Digits::ArabicIndic };

    /// The language with its usual digits: Latin for English, Persian for Persian, and
    /// Arabic-Indic for Arabic (which may choose Latin instead, see [`Locale::with_digits`]).
    pub fn new(language: Language) -> Locale {
        match language {
            Language::English => Locale::ENGLISH,
            Language::Persian => Locale::PERSIAN,
            Language::Arabic => Locale::ARABIC,
        }
    }

    /// The digits a language may choose between: only Arabic has a choice.
    pub fn digit_choices(language: Language) -> &'static [Digits] {
        match language {
            Language::English => &[Digits::Latin],
            Language::Persian => &[Digits::Persian],
            Language::Arabic => &[Digits::ArabicIndic, Digits::Latin],
        }
    }

    /// This locale with other digits, if its language allows them.
    pub fn with_digits(self, digits: Digits) -> Locale {
        if Locale::digit_choices(self.language).contains(&digits) {
            Locale { digits, ..self }
        } else {
            self
        }
    }

    pub fn direction(self) -> Direction {
        self.language.direction()
    }

    /// The BCP 47 tag for `Intl`: Persian dates in the Solar Hijri calendar, everything else
    /// Gregorian, and numbers in this locale's digits.
    pub fn intl_tag(self) -> String {
        let base = match self.language {
            Language::English => "en-GB-u-ca-gregory",
            Language::Persian => "fa-IR-u-ca-persian",
            Language::Arabic => "ar-u-ca-gregory",
        };
        format!("{base}-nu-{}", self.digits.numbering_system())
    }

    /// A number in this locale's digits.
    pub fn number(self, value: f64) -> String {
        let text = if value.fract() == 0.0 && value.abs() < 1e15 { format!("{}", value as i64) } else { format!("{value}") };
        self.digits.write(&text)
    }

    /// Rewrites the Latin digits in `text`, which Safar wrote (never the user's own text).
    pub fn digits_in(self, text: &str) -> String {
        self.digits.write(text)
    }

    /// The language people would choose first, from the browser's list (`navigator.languages`).
    pub fn preferred(tags: &[String]) -> Locale {
        tags.iter().find_map(|tag| Language::from_tag(tag)).map(Locale::new).unwrap_or(Locale::ENGLISH)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_each_script() {
        assert_eq!(Locale::ENGLISH.number(-12.5), "-12.5");
        assert_eq!(Locale::PERSIAN.number(1405.0), "۱۴۰۵");
        assert_eq!(Locale::PERSIAN.number(-2.0), "\u{200E}−۲");
        assert_eq!(Locale::ARABIC.number(3.25), "٣٫٢٥");
        assert_eq!(Locale::ARABIC.with_digits(Digits::Latin).number(42.0), "42");
        assert_eq!(Locale::PERSIAN.with_digits(Digits::Latin), Locale::PERSIAN, "Persian is written in Persian digits");
    }

    #[test]
    fn what_people_type_reads_back() {
        for locale in [Locale::ENGLISH, Locale::PERSIAN, Locale::ARABIC] {
            for value in [0.0, 7.0, -3.0, 12.75, 100_000.0] {
                let written = locale.number(value).replace('\u{200E}', "");
                assert_eq!(safar_core::digits::parse_number(&written), Ok(Some(value)), "{locale:?} {written}");
            }
        }
    }

    #[test]
    fn first_known_browser_language() {
        let tags = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(Locale::preferred(&tags(&["de-DE", "fa-IR", "en"])), Locale::PERSIAN);
        assert_eq!(Locale::preferred(&tags(&["ar-EG"])), Locale::ARABIC);
        assert_eq!(Locale::preferred(&tags(&["ja"])), Locale::ENGLISH);
        assert_eq!(Locale::preferred(&[]), Locale::ENGLISH);
    }

    #[test]
    fn intl_tags() {
        assert_eq!(Locale::PERSIAN.intl_tag(), "fa-IR-u-ca-persian-nu-arabext");
        assert_eq!(Locale::ARABIC.with_digits(Digits::Latin).intl_tag(), "ar-u-ca-gregory-nu-latn");
    }
}

/// What a language writes between the items of a list of names: `, ` or `، `.
pub fn list_separator(language: Language) -> &'static str {
    language.pick(", ", "، ", "، ")
}

/// A language's name in itself, as language pickers show it whatever the interface language.
pub fn endonym(language: Language) -> &'static str {
    language.pick("English", "فارسی", "العربية")
}
