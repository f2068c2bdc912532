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
use safar_core::{Document, Id};
use safar_picture::export::{Format, Scale};
use safar_picture::{Fonts, Paper, Picture, RenderError, View};
use wasm_bindgen::prelude::*;

/// `map` (a map file's text) as `view` shows it, exported as `format` (`svg`, `png`, `pdf`):
/// a PNG at `scale` or the largest that fits below it, a PDF on `paper` (`a4`, `a3`, `a2`,
/// `long`). `lanes` are the ids of the lanes to show (hidden ones too), `undefined` for every
/// lane that is not hidden; `stage` the id of the one stage to show.
///
/// Returns `{ bytes, width, height, pages, scale }`, or throws `{ code, ... }`: `not-a-map`
/// (`detail`), `unknown` (`what`: `format`, `paper`, `lane`, `stage`), `too-large` (`width`,
/// `height`) or `failed` (`detail`).
#[wasm_bindgen(js_name = exportMap)]
pub fn export_map(map: &str, format: &str, scale: f32, paper: &str, lanes: Option<Vec<String>>, stage: Option<String>) -> Result<JsValue, JsValue> {
    let format = Format::from_name(format).ok_or_else(|| unknown("format"))?;
    let paper = Paper::from_name(paper).ok_or_else(|| unknown("paper"))?;
    let document = read(map)?;
    let view = view(&document, lanes, stage)?;
    let exported = safar_picture::export::make(&document, &view, format, Scale::AtMost(scale), paper).map_err(render_error)?;
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
    let document = read(map)?;
    let view = view(&document, lanes, stage)?;
    let fonts = Fonts::bundled();
    let picture = Picture::new(&document, &view, &fonts).expect("the bundled fonts are fonts");
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

fn view(document: &Document, lanes: Option<Vec<String>>, stage: Option<String>) -> Result<View, JsValue> {
    let journey = &document.journey;
    if let Some(lanes) = &lanes {
        if !lanes.iter().all(|id| journey.lanes.iter().any(|lane| lane.id.as_str() == id)) {
            return Err(unknown("lane"));
        }
    }
    if let Some(stage) = &stage {
        if !journey.stages.iter().any(|s| s.id.as_str() == stage) {
            return Err(unknown("stage"));
        }
    }
    Ok(View { lanes: lanes.map(|ids| ids.iter().map(|id| Id::from(id.as_str())).collect()), stage: stage.as_deref().map(Id::from) })
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
