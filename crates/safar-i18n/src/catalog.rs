//! Messages, and the catalog that words them in one locale.

use crate::locale::{Digits, Locale};
use crate::SOURCES;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::borrow::Cow;

/// A message to show: its id in the catalogs and its arguments. It is kept as data, not text,
/// so it can be shown again in another language after the user switches.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text shown as it is: a title, a file name, a technical detail.
    Text(String),
    /// A number: chooses plural forms and is written in the locale's digits.
    Number(f64),
    /// Another message, worded in the same locale first.
    Message(Box<Message>),
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message { id, args: Vec::new() }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// `bytes` as people read them: whole kilobytes (rounded up, so a small file is never
    /// "0 KB") below a megabyte, then megabytes to one decimal.
    pub fn size(bytes: u64) -> Message {
        if bytes < 1_000_000 {
            Message::new("size-kb").arg("size", (bytes as f64 / 1000.0).ceil())
        } else {
            Message::new("size-mb").arg("size", (bytes as f64 / 100_000.0).round() / 10.0)
        }
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Arg {
        Arg::Text(value)
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Arg {
        Arg::Text(value.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Arg {
        Arg::Text(value.clone())
    }
}

impl From<Message> for Arg {
    fn from(value: Message) -> Arg {
        Arg::Message(Box::new(value))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Arg {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_args!(i8, i16, i32, i64, u8, u16, u32, u64, usize, f32, f64);

/// Every message of one locale.
pub struct Catalog {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
}

impl Catalog {
    /// Parses the locale's catalogs. The files are part of the build and checked by the tests,
    /// so a syntax error here would be a build defect; Fluent skips the broken entry anyway.
    pub fn new(locale: Locale) -> Catalog {
        let tag = match locale.language {
            crate::Language::English => "en",
            crate::Language::Persian => "fa",
            crate::Language::Arabic => "ar",
        };
        let mut bundle = FluentBundle::new(vec![tag.parse().expect("a valid language tag")]);
        // Safar isolates user text in the markup (`<bdi>`, `dir="auto"`), where screen readers
        // and tests see plain text; the invisible marks Fluent would add are not needed.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match locale.digits {
            Digits::Latin => latin,
            Digits::Persian => persian,
            Digits::ArabicIndic => arabic_indic,
        }));
        for (_, _, text) in SOURCES.iter().filter(|(language, ..)| *language == locale.language) {
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
            bundle.add_resource_overriding(resource);
        }
        Catalog { locale, bundle }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format_id(id, None)
    }

    /// A message in this locale. A missing message shows its id, which the tests never allow.
    pub fn format(&self, message: &Message) -> String {
        if message.args.is_empty() {
            return self.text(message.id);
        }
        let args = self.fluent_args(message);
        self.format_id(message.id, Some(&args))
    }

    /// A message's arguments as Fluent takes them; nested messages are worded first.
    fn fluent_args(&self, message: &Message) -> FluentArgs<'static> {
        let mut args = FluentArgs::with_capacity(message.args.len());
        for (name, value) in &message.args {
            let value = match value {
                Arg::Text(text) => FluentValue::String(Cow::Owned(text.clone())),
                Arg::Number(number) => FluentValue::from(*number),
                Arg::Message(inner) => FluentValue::String(Cow::Owned(self.format(inner))),
            };
            args.set(*name, value);
        }
        args
    }

    fn format_id(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// Checks a message against this catalog, returning what Fluent reported (for tests).
    pub fn problems(&self, message: &Message) -> Vec<String> {
        let Some(pattern) = self.bundle.get_message(message.id).and_then(|m| m.value()) else {
            return vec![format!("no message {}", message.id)];
        };
        let args = self.fluent_args(message);
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, Some(&args), &mut errors);
        errors.into_iter().map(|e| e.to_string()).collect()
    }
}

fn number_text<M>(value: &FluentValue, digits: Digits) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(digits.write(&number.as_string())),
        _ => None,
    }
}

fn latin<M>(value: &FluentValue, _: &M) -> Option<String> {
    number_text::<M>(value, Digits::Latin)
}

fn persian<M>(value: &FluentValue, _: &M) -> Option<String> {
    number_text::<M>(value, Digits::Persian)
}

fn arabic_indic<M>(value: &FluentValue, _: &M) -> Option<String> {
    number_text::<M>(value, Digits::ArabicIndic)
}
