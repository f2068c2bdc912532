//! The words the viewer puts around a map's own text (“Goal”, “Severity: high”), in the map's
//! language: a map is read in its own language, so its chrome follows it, whatever the
//! interface language. The ids live in `safar_i18n::viewer`, the words in its catalogs.

use crate::i18n::{catalog, use_i18n, Message};
use safar_core::{Channel, EvidenceSource, Language, Priority, Resource, Severity};
use safar_i18n::viewer;
use safar_i18n::Locale;

pub use safar_i18n::viewer::Label;

/// The locale of a map's chrome: its language, in the interface's digits when both agree.
pub fn locale(language: Language) -> Locale {
    use_i18n().for_map(language)
}

/// Viewer words in a map's language.
pub trait LabelText {
    fn text(self, language: Language) -> String;
}

impl LabelText for Label {
    fn text(self, language: Language) -> String {
        catalog(locale(language)).text(self.id())
    }
}

fn word(id: &'static str, language: Language) -> String {
    catalog(locale(language)).text(id)
}

/// “Severity: high”, as one sentence of the map's language.
pub fn labelled(id: &'static str, value: String, language: Language) -> String {
    catalog(locale(language)).format(&Message::new(id).arg("value", value))
}

pub fn severity(value: Severity, language: Language) -> String {
    word(viewer::severity(value), language)
}

pub fn priority(value: Priority, language: Language) -> String {
    word(viewer::priority(value), language)
}

pub fn evidence_source(value: EvidenceSource, language: Language) -> String {
    word(viewer::evidence_source(value), language)
}

pub fn resource(value: Resource, language: Language) -> String {
    word(viewer::resource(value), language)
}

/// A channel's name; a team's own channel keeps the name the team gave it.
pub fn channel(value: &Channel, language: Language) -> String {
    match (viewer::channel(value), value) {
        (Some(id), _) => word(id, language),
        (None, Channel::Other(name)) => name.clone(),
        (None, _) => String::new(),
    }
}

/// Safar's own numbers (scores, KPI values) in the map's digits.
pub fn digits(text: &str, language: Language) -> String {
    locale(language).digits_in(text)
}

/// A stored date in the map's calendar: Solar Hijri for a Persian map.
pub fn date(stored: &str, language: Language) -> String {
    crate::i18n::show_date(stored, locale(language))
}
