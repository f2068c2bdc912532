//! The widget component in a real browser, inside a shadow root: it shows a map file's text,
//! follows its settings (language, lanes, a stage, edit mode), reports bad files in its own
//! language, gives the map back as a file, and leaves nothing behind when dropped.

#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use safar_widget::widget::{Event, Fetch, Origin, Settings, Widget};
use safar_core::embed::{Export, Mode, View};
use safar_core::examples::EXAMPLES;
use safar_core::Language;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

/// A host element with an open shadow root and a container inside it, as safar-widget.js makes.
fn container() -> (HtmlElement, web_sys::ShadowRoot) {
    let host: HtmlElement = document().create_element("section").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).unwrap();
    let inner: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    root.append_child(&inner).unwrap();
    (inner, root)
}

async fn settle() {
    for _ in 0..3 {
        wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)).await.unwrap();
    }
}

fn count(root: &web_sys::ShadowRoot, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn text(root: &web_sys::ShadowRoot, selector: &str) -> String {
    root.query_selector(selector).unwrap().and_then(|e| e.text_content()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_map_shows_inside_the_shadow_root_and_follows_its_settings() {
    let (inner, root) = container();
    let told = Rc::new(RefCell::new(Vec::new()));
    let log = told.clone();
    let widget = Widget::mount(inner, Settings::default(), move |event| log.borrow_mut().push(event));
    settle().await;
    assert_eq!(count(&root, "[role=status]"), 1, "loading is said");

    let english = EXAMPLES.iter().find(|e| e.language == "en").unwrap();
    let title = english.load().unwrap().journeys[0].title.clone();
    widget.show_text(english.json, "https://intranet.example/maps/en.json", Origin::Page).unwrap();
    settle().await;
    assert_eq!(text(&root, ".map-header h1"), title);
    assert!(told.borrow().contains(&Event::Ready));
    let lanes = count(&root, "tbody th[scope=row]");
    assert!(lanes > 3);

    widget.configure(Settings { view: View::parse(Some("pain-points"), None), ..Settings::default() });
    settle().await;
    assert_eq!(count(&root, "tbody th[scope=row]"), 1, "one lane asked for");

    widget.configure(Settings { lang: Some(Language::Persian), ..Settings::default() });
    settle().await;
    let box_ = root.query_selector(".safar-widget").unwrap().unwrap();
    assert_eq!(box_.get_attribute("lang").as_deref(), Some("fa"));
    assert_eq!(box_.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(count(&root, "tbody th[scope=row]"), lanes, "the whole map again");
    // The map keeps its own direction inside a right-to-left widget.
    assert_eq!(root.query_selector("article.journey-map").unwrap().unwrap().get_attribute("dir").as_deref(), Some("ltr"));

    let back = widget.map_json().expect("a map is shown");
    assert!(back.contains(&title));
    drop(widget);
    settle().await;
    assert_eq!(root.query_selector(".safar-widget").unwrap(), None, "dropping the widget unmounts it");
}

#[wasm_bindgen_test]
async fn a_read_only_map_with_exports_has_a_place_for_the_download_menu_and_says_so() {
    let (inner, root) = container();
    let told = Rc::new(RefCell::new(Vec::new()));
    let log = told.clone();
    let english = EXAMPLES.iter().find(|e| e.language == "en").unwrap();
    let widget = Widget::mount(inner, Settings::default(), move |event| log.borrow_mut().push(event));
    widget.show_text(english.json, "https://intranet.example/maps/en.json", Origin::Page).unwrap();
    settle().await;
    assert_eq!(count(&root, ".widget-downloads"), 0, "no menu without exports");
    assert!(!told.borrow().contains(&Event::Downloads));

    widget.configure(Settings { exports: Export::parse_list(Some("pdf, json")), ..Settings::default() });
    settle().await;
    let place = root.query_selector(".safar-widget .widget-downloads").unwrap().expect("the menu's place, in the widget's box");
    assert_eq!(place.get_attribute("data-exports").as_deref(), Some("pdf json"), "what exports names, in its order");
    assert!(told.borrow().contains(&Event::Downloads), "the page's script is told to fill it");

    // A change of language tells it again, to word the menu anew.
    told.borrow_mut().clear();
    widget.configure(Settings { exports: Export::parse_list(Some("pdf, json")), lang: Some(Language::Persian), ..Settings::default() });
    settle().await;
    assert!(told.borrow().contains(&Event::Downloads));

    // An editing widget has Share instead.
    widget.configure(Settings { exports: Export::ALL.to_vec(), mode: Mode::Edit, ..Settings::default() });
    settle().await;
    assert_eq!(count(&root, ".widget-downloads"), 0, "no menu in the editor");
}

#[wasm_bindgen_test]
async fn bad_files_are_reported_in_the_widgets_language() {
    let (inner, root) = container();
    let widget = Widget::mount(inner, Settings { lang: Some(Language::Arabic), ..Settings::default() }, |_| {});
    let failure = widget.show_text("{ not json", "https://intranet.example/maps/x.json", Origin::Page).unwrap_err();
    assert_eq!(failure.code, "file");
    assert!(failure.message.contains("ليس خريطة رحلة"), "{}", failure.message);
    settle().await;
    assert!(text(&root, "[role=alert]").contains("ليس خريطة رحلة"));
    let failure = widget.show_fetch_failure(Fetch::Status { url: "https://intranet.example/maps/x.json".into(), status: 404 });
    assert_eq!(failure.code, "status");
    assert!(failure.message.contains("٤٠٤"), "Arabic digits: {}", failure.message);
    assert_eq!(widget.map_json(), None);

    // A text over the byte limit is refused as too large, before it is parsed.
    let large = format!("{{\"format\": \"safar-journey-map\"{}", " ".repeat(safar_core::limits::MAX_FILE_BYTES));
    let failure = widget.show_text(&large, "https://intranet.example/maps/big.json", Origin::Page).unwrap_err();
    assert_eq!(failure.code, "too-large");
    assert!(failure.message.contains("٨٫١ ميغابايت"), "{}", failure.message);
    let failure = widget.show_fetch_failure(Fetch::TooLarge { url: "https://intranet.example/maps/big.json".into(), bytes: None });
    assert_eq!(failure.code, "too-large");
    assert!(failure.message.contains("٨ ميغابايت"), "{}", failure.message);
    settle().await;
    assert!(text(&root, "[role=alert]").contains("لذا لم يُقرأ"));
}

#[wasm_bindgen_test]
async fn addresses_in_messages_read_as_letters_but_hide_nothing() {
    let (inner, _root) = container();
    let widget = Widget::mount(inner, Settings { lang: Some(Language::Persian), ..Settings::default() }, |_| {});
    // A Persian file name, as the browser resolves it: percent-encoded UTF-8.
    let failure = widget.show_fetch_failure(Fetch::Status { url: "https://intranet.example/maps/%D8%B3%D9%81%D8%B1.json".into(), status: 404 });
    assert!(failure.message.contains("https://intranet.example/maps/سفر.json"), "{}", failure.message);
    assert!(!failure.message.contains("%D8"), "{}", failure.message);
    // A right-to-left override or a space would make the address read as another: they stay
    // encoded, and so does what decodeURI keeps (an encoded slash).
    let failure = widget.show_fetch_failure(Fetch::Network { url: "https://intranet.example/maps/%E2%80%AEnosj.exe%20x%2F.json".into() });
    assert!(failure.message.contains("maps/%E2%80%AEnosj.exe%20x%2F.json"), "{}", failure.message);
    assert!(!failure.message.contains('\u{202e}'), "{}", failure.message);
    // An address that is no valid encoding is shown as it came.
    let failure = widget.show_fetch_failure(Fetch::Network { url: "https://intranet.example/maps/%E0%A4%A.json".into() });
    assert!(failure.message.contains("maps/%E0%A4%A.json"), "{}", failure.message);
}

#[wasm_bindgen_test]
async fn edit_mode_keeps_its_edits_under_its_storage_key() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let (inner, root) = container();
    let settings = Settings { mode: Mode::Edit, storage_key: Some("wasm-test".into()), ..Settings::default() };
    let widget = Widget::mount(inner, settings, |_| {});
    let persian = EXAMPLES.iter().find(|e| e.language == "fa").unwrap();
    widget.show_text(persian.json, "", Origin::Page).unwrap();
    settle().await;
    assert_eq!(count(&root, ".toolbar"), 1, "the editor's toolbar");
    assert_eq!(count(&root, "[role=grid]"), 1, "the editable grid");
    let stored = (0..storage.length().unwrap()).filter_map(|i| storage.key(i).unwrap()).filter(|k| k.starts_with("safar-widget.wasm-test:")).count();
    assert!(stored >= 2, "the map and the index are stored under the key");
    // A bad key is refused with a message, and nothing is stored under it.
    widget.configure(Settings { mode: Mode::Edit, storage_key: Some("no spaces".into()), ..Settings::default() });
    settle().await;
    assert!(text(&root, "[role=alert]").contains("no spaces"));
}
