//! The person's interface language, at the browser's edge: the one they chose last time (kept in
//! their preferences, apart from the library), else the first of the browser's languages Safar
//! speaks, else English; and `<html lang dir>` kept in step with it.

use leptos::prelude::*;
use safar_core::Language;
use safar_i18n::{Digits, Locale};
use safar_view::i18n::I18n;

/// The app's interface language, remembered whenever it changes.
pub fn interface_language() -> I18n {
    let i18n = I18n::new(remembered().unwrap_or_else(|| Locale::preferred(&browser_languages())));
    Effect::new(move |previous: Option<Locale>| {
        let locale = i18n.locale();
        apply_to_document(locale);
        if previous.is_some_and(|p| p != locale) {
            remember(locale);
        }
        locale
    });
    i18n
}

fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return Vec::new() };
    let mut tags: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if let Some(language) = navigator.language() {
        tags.push(language);
    }
    tags
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Preferences are a tiny JSON object under `{namespace}:preferences`, apart from the library.
#[derive(serde::Serialize, serde::Deserialize)]
struct Preferences {
    language: String,
    digits: String,
}

fn remembered() -> Option<Locale> {
    let text = storage()?.get_item(&safar_store::storage::namespace().preferences()).ok().flatten()?;
    let preferences: Preferences = serde_json::from_str(&text).ok()?;
    let locale = Locale::new(Language::from_tag(&preferences.language)?);
    Some(Digits::from_numbering_system(&preferences.digits).map_or(locale, |d| locale.with_digits(d)))
}

fn remember(locale: Locale) {
    let preferences =
        Preferences { language: locale.language.tag().to_owned(), digits: locale.digits.numbering_system().to_owned() };
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(&preferences)) {
        // A full or refused store only means the choice lasts for this visit.
        let _ = storage.set_item(&safar_store::storage::namespace().preferences(), &text);
    }
}

fn apply_to_document(locale: Locale) {
    if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", locale.language.tag());
        let _ = html.set_attribute("dir", locale.direction().as_str());
    }
}
