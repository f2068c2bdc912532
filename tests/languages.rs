//! The interface language in a real browser: the picker rewords the interface in place, sets
//! `<html lang dir>`, and a map's chrome follows the map's language and digits, whatever the
//! interface speaks.

#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use safar_view::i18n::I18n;
use safar::language_picker::LanguagePicker;
use safar_view::JourneyMap;
use safar_core::examples::EXAMPLES;
use safar_core::JourneyFile;
use safar_i18n::Locale;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn example(language: &str) -> JourneyFile {
    EXAMPLES.iter().find(|e| e.language == language).unwrap().load().unwrap()
}

fn host() -> HtmlElement {
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    host
}

/// Mounts the first map of `file` under an interface in `interface`.
fn mount_map(file: JourneyFile, interface: Locale) -> HtmlElement {
    let host = host();
    let journey = file.journeys[0].clone();
    let personas = file.personas.clone();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_context(I18n::fixed(interface));
        view! { <JourneyMap journey=journey personas=personas/> }
    });
    handle.forget();
    host
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
fn a_maps_chrome_follows_the_map_not_the_interface() {
    // A Persian map in an English interface: Persian words, Persian digits, right to left.
    let host = mount_map(example("fa"), Locale::ENGLISH);
    let article = host.query_selector("article.journey-map").unwrap().unwrap();
    assert_eq!(article.get_attribute("dir").as_deref(), Some("rtl"));
    let kind = text(&host, ".map-kind");
    assert!(kind.starts_with("نقشهٔ سفر مشتری"), "{kind}");
    // The last field is the day it was last edited, in the Solar Hijri calendar.
    let edited = text(&host, ".map-meta .meta-field:last-child dd");
    assert!(edited.chars().any(|c| ('۰'..='۹').contains(&c)), "Persian digits in the map's dates: {edited}");
    assert!(!edited.chars().any(|c| c.is_ascii_digit()), "no Latin digits in a Persian map's dates: {edited}");
    assert!(edited.contains("۱۴۰"), "a Solar Hijri year: {edited}");

    // An English map in a Persian interface: English words, left to right.
    let host = mount_map(example("en"), Locale::PERSIAN);
    let article = host.query_selector("article.journey-map").unwrap().unwrap();
    assert_eq!(article.get_attribute("dir").as_deref(), Some("ltr"));
    assert!(text(&host, ".map-kind").starts_with("Journey map"));
}

#[wasm_bindgen_test]
fn an_arabic_maps_digits_follow_the_arabic_interfaces_choice() {
    let latin = Locale::ARABIC.with_digits(safar_i18n::Digits::Latin);
    let host = mount_map(example("ar"), latin);
    let edited = ".map-meta .meta-field:last-child dd";
    let meta = text(&host, edited);
    assert!(meta.chars().any(|c| c.is_ascii_digit()), "{meta}");
    assert!(!meta.chars().any(|c| ('٠'..='٩').contains(&c)), "{meta}");
    let host = mount_map(example("ar"), Locale::ARABIC);
    let meta = text(&host, edited);
    assert!(meta.chars().any(|c| ('٠'..='٩').contains(&c)), "{meta}");
}

/// Lets effects, which run as microtasks, catch up.
async fn settle() {
    for _ in 0..5 {
        let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)).await;
    }
}

fn html(attribute: &str) -> Option<String> {
    document().document_element().unwrap().get_attribute(attribute)
}

#[wasm_bindgen_test]
async fn the_picker_rewords_in_place_and_turns_the_page() {
    let host = host();
    let started = std::rc::Rc::new(std::cell::Cell::new(None));
    let keep = started.clone();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        let i18n = safar::preferences::interface_language();
        i18n.set(Locale::ENGLISH);
        keep.set(Some(i18n));
        provide_context(i18n);
        view! { <LanguagePicker/> }
    });
    handle.forget();
    let i18n = started.get().unwrap();
    settle().await;
    assert_eq!(html("dir").as_deref(), Some("ltr"));
    assert_eq!(text(&host, "label span"), "Language");
    assert!(host.query_selector("select + select, label + label").unwrap().is_none(), "no digits choice in English");

    let select: HtmlSelectElement = host.query_selector("select").unwrap().unwrap().unchecked_into();
    select.set_value("fa");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    assert_eq!(text(&host, "label span"), "زبان");
    assert_eq!(i18n.locale(), Locale::PERSIAN);
    assert_eq!((html("lang").as_deref(), html("dir").as_deref()), (Some("fa"), Some("rtl")));

    select.set_value("ar");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    assert_eq!(text(&host, "label span"), "اللغة");
    let digits = host.query_selector_all("select").unwrap();
    assert_eq!(digits.length(), 2, "Arabic offers a choice of digits");
    let options = text(&host, "label:nth-of-type(2) select");
    assert!(options.contains("٠١٢٣٤٥٦٧٨٩") && options.contains("0123456789"), "{options}");
    assert_eq!(html("lang").as_deref(), Some("ar"));
    // The choice is remembered for the next visit.
    let stored = web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item("safar:preferences").unwrap();
    assert_eq!(stored.as_deref(), Some(r#"{"language":"ar","digits":"arab"}"#));
}
