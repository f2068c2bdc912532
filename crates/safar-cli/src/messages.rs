//! What the command line says, in the language of the terminal (`LC_ALL`, `LC_MESSAGES`,
//! `LANG`): English, Persian or Arabic, from the same catalogs as the app. `--help` stays in
//! English, as command-line help conventionally is.

use crate::maps::{FileError, Problem};
use safar_i18n::{Catalog, Describe, Language, Locale, Message};

pub struct Terminal {
    catalog: Catalog,
}

impl Terminal {
    /// The terminal's language, from the locale variables in their order of precedence.
    pub fn from_env() -> Terminal {
        let language = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .and_then(|value| Language::from_tag(value.split(['.', '@']).next().unwrap_or_default()))
            .unwrap_or(Language::English);
        Terminal::new(language)
    }

    pub fn new(language: Language) -> Terminal {
        // Latin digits where the language allows them (Arabic does): paths and line numbers in a
        // terminal read better so. Persian has only its own.
        Terminal { catalog: Catalog::new(Locale::new(language).with_digits(safar_i18n::Digits::Latin)) }
    }

    pub fn say(&self, message: Message) -> String {
        self.catalog.format(&message)
    }

    /// One error of one file: `maps/a.json: journeys[0].title: …`.
    pub fn file_error(&self, error: &FileError) -> String {
        let what = match &error.problem {
            Problem::Read(reason) => self.say(Message::new("cli-problem-read").arg("reason", reason.as_str())),
            Problem::NotUtf8 => self.say(Message::new("cli-problem-not-utf8")),
            Problem::NoMaps => self.say(Message::new("cli-problem-no-maps")),
            Problem::Load(error) => self.say(error.describe()),
            Problem::Invalid(error) => self.say(error.problem.describe()),
        };
        if error.path.is_empty() || error.path == "." {
            format!("{}: {what}", error.file)
        } else {
            format!("{}: {}: {what}", error.file, error.path)
        }
    }
}
