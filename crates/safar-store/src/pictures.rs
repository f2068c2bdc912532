//! Pictures of a map in the browser: an SVG, a PNG at a scale, a PDF on a page size, or the
//! pages of a printout, made by the host's picture client (`safar-picture.js`), which draws them
//! in a Web Worker with the renderer `safar export` uses. Nothing is drawn on the page's thread,
//! and the client and its renderer are fetched only the first time someone asks. The editor's
//! Share dialog asks through here, and the widget's download menu words what came of its
//! requests with the same messages.

use safar_core::embed::Export;
use safar_i18n::{Describe, Message};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = "export function load(url) { return import(url); }")]
extern "C" {
    #[wasm_bindgen(js_name = load)]
    fn load_module(url: &str) -> js_sys::Promise;
}

/// Where the host serves `safar-picture.js` (the app: beside its widget; a widget: beside
/// itself).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pictures(pub String);

/// What is asked of the picture client: a picture (`format` is SVG, PNG or PDF) or a printout
/// (its pages as a PDF of the same `page_size` has them).
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub format: Export,
    /// A PNG's scale: 1 for screens, 2 for slides, 4 for print.
    pub scale: f64,
    /// `a4`, `a3`, `a2` (landscape) or `long`.
    pub page_size: &'static str,
    /// The lanes to show (ids, names or kinds); `None` for every lane that is not hidden.
    pub lanes: Option<Vec<String>>,
    /// The one stage to show (an id or a name).
    pub stage: Option<String>,
}

/// A picture made.
pub struct Made {
    pub blob: web_sys::Blob,
    /// The scale it was drawn at: less than asked when the map is too large for a PNG at that.
    pub scale: f64,
    /// A PDF's pages.
    pub pages: u32,
}

impl Made {
    /// What to say of this picture, offered for download as `name`, asked for at `wanted` scale.
    pub fn downloaded(&self, name: &str, format: Export, wanted: f64) -> Message {
        downloaded(name, self.blob.size() as u64, format, self.pages, self.scale, wanted)
    }
}

/// What to say of a file of `bytes` downloaded as `name`: a PDF of `pages`, a PNG drawn at
/// `scale` when `wanted` was asked for.
pub fn downloaded(name: &str, bytes: u64, format: Export, pages: u32, scale: f64, wanted: f64) -> Message {
    let message = match format {
        Export::Png if scale + 1e-6 < wanted => Message::new("share-downloaded-smaller").arg("wanted", wanted).arg("scale", scale),
        Export::Pdf => Message::new("share-downloaded-pages").arg("pages", pages),
        _ => Message::new("share-downloaded"),
    };
    message.arg("file", name.to_owned()).arg("size", Message::size(bytes))
}

/// Why no picture came.
#[derive(Clone, Debug, PartialEq)]
pub enum PictureError {
    /// The request was cancelled.
    Cancelled,
    /// The client could not be fetched or started: why, as the browser says it.
    NotLoaded(String),
    /// A PNG would be this many pixels across and down, more than a PNG can hold.
    TooLarge { width: f64, height: f64 },
    /// The renderer failed making this format: why, as it says it.
    Failed(Export, String),
    /// The pages of a printout could not be made.
    NotPrinted,
}

impl Describe for PictureError {
    fn describe(&self) -> Message {
        match self {
            PictureError::Cancelled => Message::new("share-cancelled"),
            PictureError::NotLoaded(reason) => Message::new("share-not-loaded").arg("reason", reason.clone()),
            PictureError::TooLarge { width, height } => Message::new("share-too-large").arg("width", *width).arg("height", *height),
            PictureError::Failed(format, reason) => Message::new("share-failed").arg("format", shown(*format)).arg("reason", reason.clone()),
            PictureError::NotPrinted => Message::new("share-print-failed"),
        }
    }
}

/// A format as it is named inside a sentence ("Drawing the PNG…").
pub fn shown(format: Export) -> &'static str {
    match format {
        Export::Json => "JSON",
        Export::Svg => "SVG",
        Export::Png => "PNG",
        Export::Pdf => "PDF",
    }
}

/// The end of a file's name after the map's title.
pub fn suffix(format: Export) -> &'static str {
    match format {
        Export::Json => ".journey.json",
        Export::Svg => ".svg",
        Export::Png => ".png",
        Export::Pdf => ".pdf",
    }
}

impl Pictures {
    /// `map` (a map file's text) as the picture `request` asks for, until `signal` aborts.
    pub async fn export(&self, map: String, request: &Request, signal: web_sys::AbortSignal) -> Result<Made, PictureError> {
        let made = self.ask("exportMap", map, request, signal).await.map_err(|error| PictureError::from_rejection(&error, Some(request.format)))?;
        let blob = field(&made, "blob").dyn_into().map_err(|_| PictureError::Failed(request.format, String::new()))?;
        Ok(Made { blob, scale: field(&made, "scale").as_f64().unwrap_or(request.scale), pages: field(&made, "pages").as_f64().unwrap_or(1.0) as u32 })
    }

    /// Prints `map` on the pages a PDF of it on `request.page_size` has, through the browser's
    /// print dialog, until `signal` aborts; gives the number of pages.
    pub async fn print(&self, map: String, request: &Request, signal: web_sys::AbortSignal) -> Result<u32, PictureError> {
        let pages = self.ask("printMap", map, request, signal).await.map_err(|error| PictureError::from_rejection(&error, None))?;
        Ok(pages.as_f64().unwrap_or(0.0) as u32)
    }

    /// Calls `name` of the picture client with the map and the request's options.
    async fn ask(&self, name: &str, map: String, request: &Request, signal: web_sys::AbortSignal) -> Result<JsValue, JsValue> {
        let module = JsFuture::from(load_module(&self.0)).await.map_err(|error| not_loaded(&error))?;
        let function: js_sys::Function = js_sys::Reflect::get(&module, &name.into())?.dyn_into()?;
        let settings = js_sys::Object::new();
        js_sys::Reflect::set(&settings, &"signal".into(), &signal)?;
        // The client refuses at once a request whose signal has already aborted.
        let promise: js_sys::Promise = function.call3(&module, &map.into(), &options(request), &settings)?.dyn_into()?;
        JsFuture::from(promise).await
    }
}

/// The client's options for `request`.
fn options(request: &Request) -> js_sys::Object {
    let options = js_sys::Object::new();
    let set = |name: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&options, &name.into(), &value);
    };
    set("format", request.format.name().into());
    set("scale", request.scale.into());
    set("pageSize", request.page_size.into());
    if let Some(lanes) = &request.lanes {
        set("lanes", lanes.iter().map(|lane| JsValue::from_str(lane)).collect::<js_sys::Array>().into());
    }
    if let Some(stage) = &request.stage {
        set("stage", stage.as_str().into());
    }
    options
}

/// Marks a failure to load the client itself, which says nothing of the map.
fn not_loaded(error: &JsValue) -> JsValue {
    let marked = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&marked, &"code".into(), &"not-loaded".into());
    let _ = js_sys::Reflect::set(&marked, &"detail".into(), &detail(error).into());
    marked.into()
}

fn field(value: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(value, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

fn detail(error: &JsValue) -> String {
    field(error, "detail").as_string().or_else(|| field(error, "message").as_string()).unwrap_or_else(|| format!("{error:?}"))
}

impl PictureError {
    /// What to say of it, and whether it is a failure: a cancel is not.
    pub fn outcome(&self) -> (Message, bool) {
        (self.describe(), *self != PictureError::Cancelled)
    }

    /// What the picture client's rejection `error` means, for a picture in `format` or (`None`)
    /// a printout.
    pub fn from_rejection(error: &JsValue, format: Option<Export>) -> PictureError {
        if field(error, "name").as_string().as_deref() == Some("AbortError") {
            return PictureError::Cancelled;
        }
        match (field(error, "code").as_string().unwrap_or_default().as_str(), format) {
            ("too-large", _) => PictureError::TooLarge {
                width: field(error, "width").as_f64().unwrap_or(0.0),
                height: field(error, "height").as_f64().unwrap_or(0.0),
            },
            ("not-loaded", _) => PictureError::NotLoaded(detail(error)),
            (_, Some(format)) => PictureError::Failed(format, detail(error)),
            (_, None) => PictureError::NotPrinted,
        }
    }
}
