//! The widget's download menu, for readers (`exports`): the map as the widget shows it (its
//! `lanes` and `stage`) as a picture or a PDF, or the map file.
//!
//! The menu's elements are made by `safar-downloads.js`, which the widget's script fetches only
//! for a widget whose map offers downloads, so no reader of any other widget downloads a byte of
//! it. This side decides where the menu goes and what it offers (a [`placeholder`] in the
//! widget's box, drawn only with a read-only map), and gives it every word it says, from the
//! catalogs, in the widget's language ([`words`], [`saying`]).

use crate::widget::Event;
use leptos::prelude::*;
use safar_core::embed::Export;
use safar_store::pictures::{self, PictureError};
use safar_view::i18n::{I18n, Message};
use safar_view::msg;

/// The element the menu goes in, naming the files it offers (`data-exports="pdf json"`). The
/// page's script is told ([`Event::Downloads`]) each time it is drawn and when the widget's
/// language changes, to fill it or word it again.
pub fn placeholder(exports: Memo<Vec<Export>>, tell: Callback<Event>, i18n: I18n) -> impl IntoView {
    Effect::new(move |_| {
        i18n.locale();
        if !exports.with(Vec::is_empty) {
            tell.run(Event::Downloads);
        }
    });
    move || {
        let names: Vec<&str> = exports.get().into_iter().map(Export::name).collect();
        (!names.is_empty()).then(|| view! { <div class="widget-downloads" data-exports=names.join(" ")></div> })
    }
}

/// The menu's own words: its button, Cancel, and each file's name.
pub fn words(i18n: I18n) -> [(&'static str, String); 6] {
    let text = |id| untrack(|| i18n.text(id));
    [
        ("download", text("share-download")),
        ("cancel", text("share-cancel")),
        ("svg", text("share-svg")),
        ("png", text("share-png")),
        ("pdf", text("share-pdf")),
        ("json", text("share-json")),
    ]
}

/// Where a download stands, as the menu reports it.
pub enum Step {
    /// `format` is being drawn.
    Drawing,
    /// The file `name` of `bytes` was downloaded: a PDF of `pages`, a PNG drawn at `scale`
    /// for `wanted`.
    Done { name: String, bytes: f64, pages: f64, scale: f64, wanted: f64 },
    /// The picture client rejected the request with this.
    Failed(wasm_bindgen::JsValue),
}

/// What the menu says of `step` for `format`, and whether it is a failure (a cancel is not).
pub fn saying(i18n: I18n, format: Export, step: Step) -> (String, bool) {
    let (message, failed): (Message, bool) = match step {
        Step::Drawing => (msg!("share-drawing", format = pictures::shown(format)), false),
        Step::Done { name, bytes, pages, scale, wanted } => (pictures::downloaded(&name, bytes as u64, format, pages as u32, scale, wanted), false),
        Step::Failed(error) => PictureError::from_rejection(&error, Some(format)).outcome(),
    };
    (untrack(|| safar_view::i18n::words(i18n, &message)), failed)
}
