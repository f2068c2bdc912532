//! The widget's WebAssembly entry: `mount` a journey map into an element and get a handle to
//! configure, feed and take it down. `widget/safar-widget.js` wraps this in the
//! `<safar-journey-map>` element and the public `mount(element, options)`; hosts never call it
//! directly.

mod downloads;
pub mod widget;

use js_sys::{Function, Object, Reflect};
use widget::{Event, Fetch, Origin, Settings, Widget};
use safar_core::embed::{Export, Mode, View};
use safar_core::{Direction, Language};
use wasm_bindgen::prelude::*;

/// A mounted widget.
#[wasm_bindgen]
pub struct WidgetHandle {
    widget: Option<Widget>,
}

/// Mounts a widget into `container` with `options` (see [`settings`]); `tell(name)` is called
/// with `"ready"` when a map is on screen, `"change"` when it changes, and `"downloads"` when
/// the download menu's place is drawn or its language changes.
#[wasm_bindgen]
pub fn mount(container: web_sys::HtmlElement, options: JsValue, tell: Function) -> WidgetHandle {
    console_error_panic_hook::set_once();
    let widget = Widget::mount(container, settings(&options), move |event| {
        let name = match event {
            Event::Ready => "ready",
            Event::Change => "change",
            Event::Downloads => "downloads",
        };
        let _ = tell.call1(&JsValue::NULL, &JsValue::from_str(name));
    });
    WidgetHandle { widget: Some(widget) }
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Applies changed options.
    pub fn configure(&self, options: JsValue) {
        if let Some(widget) = &self.widget {
            widget.configure(settings(&options));
        }
    }

    /// Shows that a map is being fetched.
    #[wasm_bindgen(js_name = showLoading)]
    pub fn show_loading(&self) {
        if let Some(widget) = &self.widget {
            widget.show_loading();
        }
    }

    /// Shows a map file's text from `url` (or the element, or the host's script when
    /// `from_host`). Returns `null`, or the failure `{ code, message }` the widget now shows.
    #[wasm_bindgen(js_name = showText)]
    pub fn show_text(&self, text: &str, url: &str, from_host: bool) -> JsValue {
        let Some(widget) = &self.widget else { return JsValue::NULL };
        let origin = if from_host { Origin::Host } else { Origin::Page };
        match widget.show_text(text, url, origin) {
            Ok(()) => JsValue::NULL,
            Err(failure) => failure_object(failure.code, &failure.message),
        }
    }

    /// Shows why a map could not be fetched: `kind` is `network`, `status`, `origin` (an address
    /// on another origin, refused), `not-utf8` or `empty`. Returns the failure `{ code, message }`.
    #[wasm_bindgen(js_name = showFetchFailure)]
    pub fn show_fetch_failure(&self, kind: &str, url: &str, status: u16) -> JsValue {
        let Some(widget) = &self.widget else { return JsValue::NULL };
        let fetch = match kind {
            "status" => Fetch::Status { url: url.to_owned(), status },
            "empty" => Fetch::Empty,
            "not-utf8" => Fetch::NotUtf8 { url: url.to_owned() },
            "origin" => Fetch::OtherOrigin { url: url.to_owned() },
            _ => Fetch::Network { url: url.to_owned() },
        };
        let failure = widget.show_fetch_failure(fetch);
        failure_object(failure.code, &failure.message)
    }

    /// Shows that a map's text at `url` is longer than a map file can be, and returns the
    /// failure: `bytes` is its size when known, `undefined` when reading stopped at the limit.
    #[wasm_bindgen(js_name = showTooLarge)]
    pub fn show_too_large(&self, url: &str, bytes: Option<f64>) -> JsValue {
        let Some(widget) = &self.widget else { return JsValue::NULL };
        let failure = widget.show_fetch_failure(Fetch::TooLarge { url: url.to_owned(), bytes: bytes.map(|b| b as usize) });
        failure_object(failure.code, &failure.message)
    }

    /// The map as it is now, as a map file's text; `undefined` while there is none.
    #[wasm_bindgen(js_name = mapJson)]
    pub fn map_json(&self) -> Option<String> {
        self.widget.as_ref()?.map_json()
    }

    /// The download menu's words in the widget's language: `{ download, cancel, svg, png, pdf,
    /// json }`. The menu sits in the widget's box, and takes its language and direction.
    #[wasm_bindgen(js_name = downloadWords)]
    pub fn download_words(&self) -> JsValue {
        let object = Object::new();
        let Some(widget) = &self.widget else { return object.into() };
        for (name, text) in downloads::words(widget.i18n()) {
            let _ = Reflect::set(&object, &name.into(), &text.into());
        }
        object.into()
    }

    /// What the download menu says of a download of `format`: `step` is `drawing`, `done`
    /// (`detail` is `{ name, bytes, pages, scale, wanted }`) or `failed` (`detail` is what the
    /// picture client rejected with). Returns `{ text, failed }`.
    #[wasm_bindgen(js_name = sayDownload)]
    pub fn say_download(&self, format: &str, step: &str, detail: JsValue) -> JsValue {
        let object = Object::new();
        let (Some(widget), Some(format)) = (&self.widget, Export::from_name(format)) else { return object.into() };
        let number = |name: &str| Reflect::get(&detail, &name.into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
        let step = match step {
            "drawing" => downloads::Step::Drawing,
            "done" => downloads::Step::Done {
                name: Reflect::get(&detail, &"name".into()).ok().and_then(|v| v.as_string()).unwrap_or_default(),
                bytes: number("bytes"),
                pages: number("pages"),
                scale: number("scale"),
                wanted: number("wanted"),
            },
            _ => downloads::Step::Failed(detail),
        };
        let (text, failed) = downloads::saying(widget.i18n(), format, step);
        let _ = Reflect::set(&object, &"text".into(), &text.into());
        let _ = Reflect::set(&object, &"failed".into(), &failed.into());
        object.into()
    }

    /// The name a download of the map shown as `format` gets: its title, and the format's end.
    #[wasm_bindgen(js_name = fileName)]
    pub fn file_name(&self, format: &str) -> Option<String> {
        let title = self.widget.as_ref()?.shown_title()?;
        let format = Export::from_name(format)?;
        Some(safar_store::files::file_name(&title, safar_store::pictures::suffix(format)))
    }

    /// Takes the widget down: its view, effects, listeners and timers.
    pub fn destroy(&mut self) {
        self.widget.take();
    }
}

/// The most bytes of a map file the widget reads ([`safar_core::limits::MAX_FILE_BYTES`]), so
/// the page's script can stop a larger answer before it is read whole.
#[wasm_bindgen(js_name = maxFileBytes)]
pub fn max_file_bytes() -> f64 {
    safar_core::limits::MAX_FILE_BYTES as f64
}

fn failure_object(code: &str, message: &str) -> JsValue {
    let object = Object::new();
    let _ = Reflect::set(&object, &"code".into(), &code.into());
    let _ = Reflect::set(&object, &"message".into(), &message.into());
    object.into()
}

/// Reads the options object: `lang`, `pageLang`, `dir`, `mode`, `storageKey`, `lanes`,
/// `stage`, `height`, `exports`, `pictures` (strings) and `compact` (boolean), each from an own
/// property only.
fn settings(options: &JsValue) -> Settings {
    let own = |name: &str| own_property(options, name);
    let text = |name: &str| own(name).and_then(|v| v.as_string()).filter(|v| !v.trim().is_empty());
    let language = |name: &str| text(name).and_then(|tag| Language::from_tag(tag.trim()));
    Settings {
        lang: language("lang"),
        page_lang: language("pageLang"),
        dir: text("dir").and_then(|d| match d.trim().to_ascii_lowercase().as_str() {
            "rtl" => Some(Direction::Rtl),
            "ltr" => Some(Direction::Ltr),
            _ => None,
        }),
        mode: Mode::parse(text("mode").as_deref()),
        storage_key: text("storageKey"),
        view: View::parse(text("lanes").as_deref(), text("stage").as_deref()),
        height: text("height").unwrap_or_default(),
        compact: own("compact").is_some_and(|v| v.is_truthy()),
        map: text("mapId").map(|id| id.trim().to_owned()),
        // An `exports` attribute without a value offers every file; so does `exports: true`. An
        // array names files as the attribute's commas do.
        exports: match own("exports") {
            Some(value) if value.as_bool() == Some(true) => Export::ALL.to_vec(),
            Some(value) if js_sys::Array::is_array(&value) => Export::parse_list(Some(&String::from(js_sys::Array::from(&value).join(",")))),
            Some(value) => Export::parse_list(value.as_string().as_deref()),
            None => Vec::new(),
        },
        #[cfg(feature = "edit")]
        pictures: text("pictures"),
    }
}

/// `object[name]` when `object` has it as its own property: what a script on the page added to
/// `Object.prototype` (`mode = 'edit'`) is not an option.
fn own_property(object: &JsValue, name: &str) -> Option<JsValue> {
    // Not `dyn_ref`: an object without a prototype (what safar-widget.js passes) is no
    // `instanceof Object`.
    if !object.is_object() {
        return None;
    }
    let object = object.unchecked_ref::<Object>();
    let key = JsValue::from_str(name);
    Object::has_own(object, &key).then(|| Reflect::get(object, &key).ok()).flatten()
}
