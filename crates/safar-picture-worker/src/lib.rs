//! The picture worker's WebAssembly entry: a map file's text in, a file out. It runs inside a
//! Web Worker (`widget/safar-picture-worker.js`), so drawing a large map never holds up the
//! page, and it is fetched only when someone exports, so neither the viewer nor the editor
//! carries the renderer, its fonts or the PDF writer.
//!
//! Everything is drawn by [`safar_picture::export::make`], the function `safar export` and a
//! published site's downloads use: a map leaves Safar the same from the browser and the
//! command line.

use js_sys::{Object, Reflect, Uint8Array};
use safar_core::file::JourneyFile;
use safar_core::Document;
use safar_picture::export::{Format, Scale};
use safar_picture::{Fonts, Paper, Picture, RenderError, View};
use wasm_bindgen::prelude::*;

/// `map` (a map file's text) as `view` shows it, exported as `format` (`svg`, `png`, `pdf`):
/// a PNG at `scale` or the largest that fits below it, a PDF on `paper` (`a4`, `a3`, `a2`,
/// `long`). `lanes` and `stage` choose what shows as a widget's attributes do (see [`shown`]):
/// by default every lane that is not hidden, and every stage.
///
/// Returns `{ bytes, width, height, pages, scale }`, or throws `{ code, ... }`: `not-a-map`
/// (`detail`), `unknown` (`what`: `format`, `paper`), `too-large` (`width`, `height`) or
/// `failed` (`detail`).
#[wasm_bindgen(js_name = exportMap)]
pub fn export_map(map: &str, format: &str, scale: f32, paper: &str, lanes: Option<Vec<String>>, stage: Option<String>) -> Result<JsValue, JsValue> {
    let format = Format::from_name(format).ok_or_else(|| unknown("format"))?;
    let paper = Paper::from_name(paper).ok_or_else(|| unknown("paper"))?;
    let document = shown(read(map)?, lanes, stage);
    let exported = safar_picture::export::make(&document, &View::default(), format, Scale::AtMost(scale), paper).map_err(render_error)?;
    Ok(object(&[
        ("bytes", Uint8Array::from(exported.bytes.as_slice()).into()),
        ("width", exported.width.into()),
        ("height", exported.height.into()),
        ("pages", (exported.pages as u32).into()),
        ("scale", exported.scale.into()),
    ]))
}

/// The pages a PDF of `map` on `paper` has, each as an SVG document with its fonts inside:
/// what the browser prints, so a printout is the PDF's pages. Throws as [`export_map`] does.
#[wasm_bindgen(js_name = printPages)]
pub fn print_pages(map: &str, paper: &str, lanes: Option<Vec<String>>, stage: Option<String>) -> Result<Vec<JsValue>, JsValue> {
    let paper = Paper::from_name(paper).ok_or_else(|| unknown("paper"))?;
    let document = shown(read(map)?, lanes, stage);
    let fonts = Fonts::bundled();
    let picture = Picture::new(&document, &View::default(), &fonts).expect("the bundled fonts are fonts");
    Ok(picture
        .pages(paper)
        .into_iter()
        .map(|page| object(&[("svg", page.svg.into()), ("width", page.width.into()), ("height", page.height.into())]))
        .collect())
}

fn read(map: &str) -> Result<Document, JsValue> {
    let file = JourneyFile::from_json(map).map_err(|error| object(&[("code", "not-a-map".into()), ("detail", error.to_string().into())]))?;
    Document::from_file(file).ok_or_else(|| object(&[("code", "not-a-map".into()), ("detail", "the file holds no map".into())]))
}

/// `document` as a widget with these `lanes` and `stage` attributes shows it: lanes (by id,
/// name or kind) not named are hidden, and a stage (by id or name) in focus leaves the others
/// out; names that match nothing are ignored, as the widget ignores them.
fn shown(document: Document, lanes: Option<Vec<String>>, stage: Option<String>) -> Document {
    let lanes = lanes.map(|names| names.join(","));
    let view = safar_core::embed::View::parse(lanes.as_deref(), stage.as_deref());
    if view.is_whole() {
        return document;
    }
    Document { journey: view.apply(&document.journey), personas: document.personas }
}

fn render_error(error: RenderError) -> JsValue {
    match error {
        RenderError::TooLarge { width, height, .. } => object(&[("code", "too-large".into()), ("width", width.into()), ("height", height.into())]),
        other => object(&[("code", "failed".into()), ("detail", other.to_string().into())]),
    }
}

fn unknown(what: &str) -> JsValue {
    object(&[("code", "unknown".into()), ("what", what.into())])
}

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object.into()
}
