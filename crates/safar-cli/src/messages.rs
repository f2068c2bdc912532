//! What the command line says, in the language of the terminal (`LC_ALL`, `LC_MESSAGES`,
//! `LANG`): English, Persian or Arabic, from the same catalogs as the app. `--help` stays in
//! English, as command-line help conventionally is.

use crate::images::Refusal;
use crate::maps::{FileError, Problem};
use safar_core::svg::SvgRefusal;
use safar_i18n::{Arg, Catalog, Describe, Language, Locale, Message};

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

    /// `message` in the terminal's language. Its text arguments (file names, ids, parser notes:
    /// whatever a map folder decides) are made [`printable`] first; the catalogs' own words are
    /// trusted.
    pub fn say(&self, message: Message) -> String {
        self.catalog.format(&printable_message(message))
    }

    /// One error of one file: `maps/a.json: journeys[0].title: …`.
    pub fn file_error(&self, error: &FileError) -> String {
        let what = match &error.problem {
            Problem::Read(reason) => self.say(Message::new("cli-problem-read").arg("reason", reason.as_str())),
            Problem::NotUtf8 => self.say(Message::new("cli-problem-not-utf8")),
            Problem::NoMaps => self.say(Message::new("cli-problem-no-maps")),
            Problem::Load(error) => self.say(error.describe()),
            Problem::Invalid(error) => self.say(error.problem.describe()),
            Problem::Shape(problem) => self.say(problem.describe()),
        };
        let file = printable(&error.file);
        if error.path.is_empty() || error.path == "." {
            format!("{file}: {what}")
        } else {
            format!("{file}: {}: {what}", printable(&error.path))
        }
    }

    /// An image left out of the site, and why.
    pub fn image_refusal(&self, file: &str, refusal: &Refusal) -> String {
        match refusal {
            Refusal::NotFormat { format } => self.say(Message::new("cli-image-not-format").arg("file", file).arg("format", *format)),
            Refusal::Svg(svg) => self.say(Message::new("cli-svg-left-out").arg("file", file).arg("reason", svg_refusal(svg))),
        }
    }
}

/// `text` made safe to print: control characters (which move the cursor, clear the screen,
/// colour the text, or start a new line that CI reads as an `::error` annotation) and the
/// bidirectional overrides and isolates (which reorder what is shown) are written as escapes,
/// `\n` or `\u{1b}`. Backslashes stay as they are: Windows paths are full of them.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}') => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

fn printable_message(mut message: Message) -> Message {
    for (_, value) in &mut message.args {
        *value = match std::mem::replace(value, Arg::Number(0.0)) {
            Arg::Text(text) => Arg::Text(printable(&text)),
            Arg::Message(inner) => Arg::Message(Box::new(printable_message(*inner))),
            number => number,
        };
    }
    message
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

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn what_a_map_folder_names_cannot_drive_the_terminal() {
        assert_eq!(printable("maps/سفر روز.json"), "maps/سفر روز.json");
        assert_eq!(printable("a\n::error::forged"), "a\\n::error::forged");
        assert_eq!(printable("\u{1b}[2J\u{7}\u{9b}x\r"), "\\u{1b}[2J\\u{7}\\u{9b}x\\r");
        assert_eq!(printable("txt.\u{202e}gnp"), "txt.\\u{202e}gnp");
        assert_eq!(printable("C:\\maps\\a.json"), "C:\\maps\\a.json");
        // Persian's zero-width non-joiner is part of words, not a control.
        assert_eq!(printable("نقشه\u{200c}ها"), "نقشه\u{200c}ها");
    }
}
