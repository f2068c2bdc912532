//! The interface's language as views see it: a signal in context, and the `t!` and `msg!` macros
//! views use to show catalog text (`safar_i18n`). Which language a person prefers, and keeping
//! it, is the app's business (`safar::preferences`).
//!
//! The interface language is a signal provided at the root, so switching it rewords every screen
//! in place. A map's own chrome ("Goal", "Stage") follows the map's language instead
//! ([`I18n::for_map`]), so a Persian map reads right to left in Persian in an English interface.

use leptos::prelude::*;
use safar_core::{Direction, Language};
use safar_i18n::{Arg, Catalog, Locale};
use std::cell::RefCell;
use std::rc::Rc;

pub use safar_i18n::{Describe, Message};

/// Shows catalog text that follows the interface language: `t!(i18n, "library-title")`, or with
/// arguments `t!(i18n, "library-count", count = n)`. Expands to a closure, so it can be a view
/// child or an attribute value and rewords itself when the language changes.
#[macro_export]
macro_rules! t {
    ($i18n:expr, $id:literal) => {{
        let i18n = $i18n;
        move || i18n.text($id)
    }};
    ($i18n:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let i18n = $i18n;
        move || i18n.format(&$crate::i18n::Message::new($id)$(.arg(stringify!($name), $value))+)
    }};
}

/// A message with arguments, as data: `msg!("import-failed", name = file)`. Store these in
/// signals rather than worded text, so they reword when the language changes.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::i18n::Message::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Message::new($id)$(.arg(stringify!($name), $value))+
    };
}

thread_local! {
    static CATALOGS: RefCell<Vec<Rc<Catalog>>> = const { RefCell::new(Vec::new()) };
}

/// The catalog of a locale, parsed the first time it is needed.
pub fn catalog(locale: Locale) -> Rc<Catalog> {
    CATALOGS.with(|catalogs| {
        if let Some(found) = catalogs.borrow().iter().find(|c| c.locale() == locale) {
            return found.clone();
        }
        let made = Rc::new(crate::marks::measured("safar:catalog", || Catalog::new(locale)));
        catalogs.borrow_mut().push(made.clone());
        made
    })
}

/// The interface language, shared by every screen.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: RwSignal<Locale>,
}

impl I18n {
    /// An interface that starts in `locale`; the app keeps `<html lang dir>` and the person's
    /// preferences in step with it.
    pub fn new(locale: Locale) -> I18n {
        I18n { locale: RwSignal::new(locale) }
    }

    /// An interface in a fixed language, for tests and embedded views.
    pub fn fixed(locale: Locale) -> I18n {
        I18n::new(locale)
    }

    /// The interface's locale, untracked: for effects that compare before they set.
    pub fn locale_untracked(self) -> Locale {
        self.locale.try_get_untracked().unwrap_or(Locale::ENGLISH)
    }

    /// The interface's locale (tracked).
    pub fn locale(self) -> Locale {
        self.locale.try_get().unwrap_or(Locale::ENGLISH)
    }

    pub fn language(self) -> Language {
        self.locale().language
    }

    pub fn set(self, locale: Locale) {
        if self.locale.get_untracked() != locale {
            self.locale.set(locale);
        }
    }

    /// A message without arguments, in the interface language.
    pub fn text(self, id: &str) -> String {
        catalog(self.locale()).text(id)
    }

    /// A message with its arguments, in the interface language.
    pub fn format(self, message: &Message) -> String {
        catalog(self.locale()).format(message)
    }

    /// A number in the interface's digits.
    pub fn number(self, value: impl Into<f64>) -> String {
        self.locale().number(value.into())
    }

    /// A stored date (`YYYY-MM-DD`) or time as people read it: the Solar Hijri calendar in
    /// Persian, Gregorian otherwise, in the interface's digits, through the browser's `Intl`.
    pub fn date(self, stored: &str) -> String {
        show_date(stored, self.locale())
    }

    /// The locale for a map's own chrome: the map's language, with the interface's digits when
    /// they speak the same language.
    pub fn for_map(self, language: Language) -> Locale {
        let interface = self.locale();
        if interface.language == language {
            interface
        } else {
            Locale::new(language)
        }
    }
}

/// The interface language of this screen.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n::fixed(Locale::ENGLISH))
}

/// A date in a locale, via `Intl.DateTimeFormat`: `dateStyle: medium`, and the time for a
/// timestamp. Text that is no date is shown as it is.
#[cfg(target_arch = "wasm32")]
pub fn show_date(stored: &str, locale: Locale) -> String {
    if stored.is_empty() {
        return String::new();
    }
    // A bare date is a calendar day, not midnight UTC: read it as local noon so no time zone
    // moves it to another day.
    let text = if stored.len() == 10 { format!("{stored}T12:00:00") } else { stored.to_owned() };
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(&text));
    if date.get_time().is_nan() {
        return stored.to_owned();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    if stored.len() > 10 {
        let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    }
    date.to_locale_string(&locale.intl_tag(), &options).into()
}

/// A date in a locale, outside a browser: the site publisher's static pages.
#[cfg(not(target_arch = "wasm32"))]
pub fn show_date(stored: &str, locale: Locale) -> String {
    safar_i18n::format_date(stored, locale)
}

// ---------------------------------------------------------------------------------------------
// User text inside the interface's sentences.

/// Whether a character belongs to a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko
/// and their presentation forms).
pub fn right_to_left(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// Separates the items of a list argument ([`list`]) until it is shown, when the language's own
/// comma goes between them.
const ITEM: char = '\u{E0FF}';

/// The first of the private-use characters that stand for a message's text arguments while it is
/// worded ([`rich`]), so that each can be put back in a `<bdi>` of its own.
const SLOT: u32 = 0xE000;

/// User texts (titles) as one message argument; each item is isolated when it is shown.
pub fn list(items: &[String]) -> String {
    items.join(&ITEM.to_string())
}

fn comma(i18n: I18n) -> &'static str {
    safar_i18n::list_separator(i18n.language())
}

fn rtl(i18n: I18n) -> bool {
    i18n.locale().direction() == Direction::Rtl
}

/// User text (a title, a name, a stored key) for a sentence of the interface in plain text,
/// where no `<bdi>` can go (the page's title), wrapped in the Unicode isolates FSI…PDI when its
/// direction could reorder the sentence around it: always in a right-to-left interface, and in a
/// left-to-right one when it holds right-to-left letters.
fn isolate(text: &str, rtl_interface: bool) -> String {
    if text.is_empty() || !(rtl_interface || text.chars().any(right_to_left)) {
        text.to_owned()
    } else {
        format!("\u{2068}{text}\u{2069}")
    }
}

/// The message with each text argument (not numbers), at any depth, replaced by `change(text)`.
fn map_text_args(message: &Message, change: &mut impl FnMut(&str) -> String) -> Message {
    let args = message
        .args
        .iter()
        .map(|(name, arg)| {
            let arg = match arg {
                Arg::Text(text) => Arg::Text(change(text)),
                Arg::Message(inner) => Arg::Message(Box::new(map_text_args(inner, change))),
                Arg::Number(number) => Arg::Number(*number),
            };
            (*name, arg)
        })
        .collect();
    Message { id: message.id, args }
}

fn isolated_args(message: &Message, i18n: I18n) -> Message {
    let (rtl, comma) = (rtl(i18n), comma(i18n));
    map_text_args(message, &mut |text| text.split(ITEM).map(|item| isolate(item, rtl)).collect::<Vec<_>>().join(comma))
}

/// A message with user text in its arguments, as plain text ([`isolate`]). In a page, use
/// [`rich`].
pub fn words(i18n: I18n, message: &Message) -> String {
    i18n.format(&isolated_args(message, i18n))
}

/// The message with each text argument replaced by a slot character, its text kept in `values`.
fn slotted(message: &Message, values: &mut Vec<String>) -> Message {
    map_text_args(message, &mut |text| match char::from_u32(SLOT + values.len() as u32).filter(|c| *c < ITEM) {
        Some(slot) => {
            values.push(text.to_owned());
            slot.to_string()
        }
        None => text.to_owned(),
    })
}

/// A message in the page, its text arguments (titles, names, stored keys, technical details)
/// each in a `<bdi>`, so that their direction never reorders the sentence around them; a list
/// argument gets one `<bdi>` per item, with the language's comma between.
pub fn rich(i18n: I18n, message: &Message) -> Vec<AnyView> {
    let mut values = Vec::new();
    let text = i18n.format(&slotted(message, &mut values));
    let mut views = Vec::new();
    let mut plain = String::new();
    for c in text.chars() {
        let Some(value) = (c as u32).checked_sub(SLOT).and_then(|n| values.get(n as usize)) else {
            plain.push(c);
            continue;
        };
        if !plain.is_empty() {
            views.push(std::mem::take(&mut plain).into_any());
        }
        for (n, item) in value.split(ITEM).enumerate() {
            if n > 0 {
                views.push(comma(i18n).into_any());
            }
            views.push(view! { <bdi>{item.to_owned()}</bdi> }.into_any());
        }
    }
    if !plain.is_empty() {
        views.push(plain.into_any());
    }
    views
}

