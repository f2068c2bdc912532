//! Safar's interface text in English, Persian and Arabic.
//!
//! The words live in [Fluent](https://projectfluent.org) catalogs under `locales/{en,fa,ar}/`,
//! one file per area of the product, embedded at compile time. Code names a message by its id
//! and gives its arguments ([`Message`]); a [`Catalog`] turns that into text for one [`Locale`],
//! choosing plural forms by the language's own rules and writing numbers in the locale's digits.
//! Fluent keeps whole sentences in the catalogs, so no sentence is ever assembled from pieces.
//!
//! The crate is pure Rust: the app, the widget and the site publisher share it.

mod catalog;
mod date;
mod describe;
mod locale;
pub mod viewer;

pub use catalog::{Arg, Catalog, Message};
pub use date::format_date;
pub use describe::Describe;
pub use locale::{endonym, list_separator, Digits, Locale};
pub use safar_core::Language;

/// The catalog files, `(language, file name, text)`, in a fixed order.
pub const SOURCES: &[(Language, &str, &str)] = &[
    (Language::English, "app.ftl", include_str!("../locales/en/app.ftl")),
    (Language::English, "library.ftl", include_str!("../locales/en/library.ftl")),
    (Language::English, "editor.ftl", include_str!("../locales/en/editor.ftl")),
    (Language::English, "viewer.ftl", include_str!("../locales/en/viewer.ftl")),
    (Language::English, "errors.ftl", include_str!("../locales/en/errors.ftl")),
    (Language::English, "widget.ftl", include_str!("../locales/en/widget.ftl")),
    (Language::English, "site.ftl", include_str!("../locales/en/site.ftl")),
    (Language::English, "cli.ftl", include_str!("../locales/en/cli.ftl")),
    (Language::Persian, "app.ftl", include_str!("../locales/fa/app.ftl")),
    (Language::Persian, "library.ftl", include_str!("../locales/fa/library.ftl")),
    (Language::Persian, "editor.ftl", include_str!("../locales/fa/editor.ftl")),
    (Language::Persian, "viewer.ftl", include_str!("../locales/fa/viewer.ftl")),
    (Language::Persian, "errors.ftl", include_str!("../locales/fa/errors.ftl")),
    (Language::Persian, "widget.ftl", include_str!("../locales/fa/widget.ftl")),
    (Language::Persian, "site.ftl", include_str!("../locales/fa/site.ftl")),
    (Language::Persian, "cli.ftl", include_str!("../locales/fa/cli.ftl")),
    (Language::Arabic, "app.ftl", include_str!("../locales/ar/app.ftl")),
    (Language::Arabic, "library.ftl", include_str!("../locales/ar/library.ftl")),
    (Language::Arabic, "editor.ftl", include_str!("../locales/ar/editor.ftl")),
    (Language::Arabic, "viewer.ftl", include_str!("../locales/ar/viewer.ftl")),
    (Language::Arabic, "errors.ftl", include_str!("../locales/ar/errors.ftl")),
    (Language::Arabic, "widget.ftl", include_str!("../locales/ar/widget.ftl")),
    (Language::Arabic, "site.ftl", include_str!("../locales/ar/site.ftl")),
    (Language::Arabic, "cli.ftl", include_str!("../locales/ar/cli.ftl")),
];
