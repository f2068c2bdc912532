//! What the command line says, in the language of the terminal (`LC_ALL`, `LC_MESSAGES`,
//! `LANG`): English, Persian or Arabic, from the same catalogs as the app. `--help` stays in
//! English, as command-line help conventionally is.

use crate::images::Refusal;
use crate::maps::{FileError, Problem};
use safar_core::svg::SvgRefusal;
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

    /// An image left out of the site, and why.
    pub fn image_refusal(&self, file: &str, refusal: &Refusal) -> String {
        match refusal {
            Refusal::Svg(svg) => self.say(Message::new("cli-svg-left-out").arg("file", file).arg("reason", svg_refusal(svg))),
        }
    }
}

/// Why an SVG file is not published, as a message.
fn svg_refusal(refusal: &SvgRefusal) -> Message {
    match refusal {
        SvgRefusal::TooLarge { bytes, limit } => Message::new("cli-svg-too-large").arg("bytes", *bytes).arg("limit", *limit),
        SvgRefusal::NotUtf8 => Message::new("cli-svg-not-utf8"),
        SvgRefusal::Encoding { declared } => Message::new("cli-svg-encoding").arg("encoding", declared),
        SvgRefusal::Doctype => Message::new("cli-svg-doctype"),
        SvgRefusal::NotXml { detail } => Message::new("cli-svg-not-xml").arg("detail", detail),
        SvgRefusal::ProcessingInstruction { target } => Message::new("cli-svg-instruction").arg("target", target),
        SvgRefusal::NotSvg { root } => Message::new("cli-svg-not-svg").arg("root", root),
        SvgRefusal::TooDeep { limit } => Message::new("cli-svg-too-deep").arg("limit", *limit),
        SvgRefusal::ForeignElement { element, namespace } if namespace.is_empty() => Message::new("cli-svg-no-namespace").arg("element", element),
        SvgRefusal::ForeignElement { element, namespace } => Message::new("cli-svg-foreign-element").arg("element", element).arg("namespace", namespace),
        SvgRefusal::Element { element } => Message::new("cli-svg-element").arg("element", element),
        SvgRefusal::EventHandler { element, attribute } => Message::new("cli-svg-event-handler").arg("element", element).arg("attribute", attribute),
        SvgRefusal::Attribute { element, attribute } => Message::new("cli-svg-attribute").arg("element", element).arg("attribute", attribute),
        SvgRefusal::ExternalLink { element, attribute } => Message::new("cli-svg-external-link").arg("element", element).arg("attribute", attribute),
        SvgRefusal::ExternalStyle { element, attribute } if attribute.is_empty() => Message::new("cli-svg-external-sheet").arg("element", element),
        SvgRefusal::ExternalStyle { element, attribute } => Message::new("cli-svg-external-style").arg("element", element).arg("attribute", attribute),
        SvgRefusal::AnimatesLink { element, target } => Message::new("cli-svg-animates-link").arg("element", element).arg("target", target),
    }
}
