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

/// The catalog files this build shows, `(language, file name, text)`, in a fixed order. Each
/// area of the product is a cargo feature, and a build embeds the areas it shows: `view` (the
/// viewer, the widget, the errors a map file can have, and maps shared as files), `edit` (the editor, its dialogs,
/// files), `app` (the app's screens and the library page), `site` (published pages), `cli`,
/// `picture` (maps exported as pictures, and their printed pages).
pub const SOURCES: &[(Language, &str, &str)] = &[
    #[cfg(feature = "app")]
    (Language::English, "app.ftl", include_str!("../locales/en/app.ftl")),
    #[cfg(feature = "app")]
    (Language::English, "library.ftl", include_str!("../locales/en/library.ftl")),
    #[cfg(feature = "app")]
    (Language::English, "embed.ftl", include_str!("../locales/en/embed.ftl")),
    #[cfg(feature = "edit")]
    (Language::English, "editor.ftl", include_str!("../locales/en/editor.ftl")),
    #[cfg(feature = "view")]
    (Language::English, "viewer.ftl", include_str!("../locales/en/viewer.ftl")),
    #[cfg(feature = "view")]
    (Language::English, "errors.ftl", include_str!("../locales/en/errors.ftl")),
    #[cfg(feature = "view")]
    (Language::English, "widget.ftl", include_str!("../locales/en/widget.ftl")),
    #[cfg(feature = "view")]
    (Language::English, "share.ftl", include_str!("../locales/en/share.ftl")),
    #[cfg(feature = "site")]
    (Language::English, "site.ftl", include_str!("../locales/en/site.ftl")),
    #[cfg(feature = "cli")]
    (Language::English, "cli.ftl", include_str!("../locales/en/cli.ftl")),
    #[cfg(feature = "picture")]
    (Language::English, "picture.ftl", include_str!("../locales/en/picture.ftl")),
    #[cfg(feature = "app")]
    (Language::Persian, "app.ftl", include_str!("../locales/fa/app.ftl")),
    #[cfg(feature = "app")]
    (Language::Persian, "library.ftl", include_str!("../locales/fa/library.ftl")),
    #[cfg(feature = "app")]
    (Language::Persian, "embed.ftl", include_str!("../locales/fa/embed.ftl")),
    #[cfg(feature = "edit")]
    (Language::Persian, "editor.ftl", include_str!("../locales/fa/editor.ftl")),
    #[cfg(feature = "view")]
    (Language::Persian, "viewer.ftl", include_str!("../locales/fa/viewer.ftl")),
    #[cfg(feature = "view")]
    (Language::Persian, "errors.ftl", include_str!("../locales/fa/errors.ftl")),
    #[cfg(feature = "view")]
    (Language::Persian, "widget.ftl", include_str!("../locales/fa/widget.ftl")),
    #[cfg(feature = "view")]
    (Language::Persian, "share.ftl", include_str!("../locales/fa/share.ftl")),
    #[cfg(feature = "site")]
    (Language::Persian, "site.ftl", include_str!("../locales/fa/site.ftl")),
    #[cfg(feature = "cli")]
    (Language::Persian, "cli.ftl", include_str!("../locales/fa/cli.ftl")),
    #[cfg(feature = "picture")]
    (Language::Persian, "picture.ftl", include_str!("../locales/fa/picture.ftl")),
    #[cfg(feature = "app")]
    (Language::Arabic, "app.ftl", include_str!("../locales/ar/app.ftl")),
    #[cfg(feature = "app")]
    (Language::Arabic, "library.ftl", include_str!("../locales/ar/library.ftl")),
    #[cfg(feature = "app")]
    (Language::Arabic, "embed.ftl", include_str!("../locales/ar/embed.ftl")),
    #[cfg(feature = "edit")]
    (Language::Arabic, "editor.ftl", include_str!("../locales/ar/editor.ftl")),
    #[cfg(feature = "view")]
    (Language::Arabic, "viewer.ftl", include_str!("../locales/ar/viewer.ftl")),
    #[cfg(feature = "view")]
    (Language::Arabic, "errors.ftl", include_str!("../locales/ar/errors.ftl")),
    #[cfg(feature = "view")]
    (Language::Arabic, "widget.ftl", include_str!("../locales/ar/widget.ftl")),
    #[cfg(feature = "view")]
    (Language::Arabic, "share.ftl", include_str!("../locales/ar/share.ftl")),
    #[cfg(feature = "site")]
    (Language::Arabic, "site.ftl", include_str!("../locales/ar/site.ftl")),
    #[cfg(feature = "cli")]
    (Language::Arabic, "cli.ftl", include_str!("../locales/ar/cli.ftl")),
    #[cfg(feature = "picture")]
    (Language::Arabic, "picture.ftl", include_str!("../locales/ar/picture.ftl")),
];
