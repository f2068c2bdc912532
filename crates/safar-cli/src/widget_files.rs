//! Which files of a widget build folder a published site carries: all but the edit build, which
//! a site's read-only maps never load. Shared with `build.rs`, which builds the same files into
//! `safar`.

pub fn publishes(widget_file: &str) -> bool {
    !widget_file.starts_with("safar_widget_edit")
}
