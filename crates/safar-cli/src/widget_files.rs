//! Which files of a widget build folder a published site carries: all but the edit build (and
//! the script snippets only it imports), which a site's read-only maps never load. The picture
//! worker goes with them: a map page's Print draws the PDF's pages with it, fetched only then.
//! Shared with `build.rs`, which builds the same files into `safar`.

pub fn publishes(widget_file: &str) -> bool {
    !widget_file.starts_with("safar_widget_edit") && !widget_file.starts_with("snippets/")
}
