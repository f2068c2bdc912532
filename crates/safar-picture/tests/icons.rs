//! The live viewer draws the same icons as the pictures: `assets/safar-icons.svg` is
//! `icons::sprite()` and `style/viewer.css` holds `icons::stylesheet()` between its markers.
//! After changing a drawing, write both with
//! `SAFAR_WRITE_ICONS=1 cargo test -p safar-picture --test icons`.

use safar_core::Channel;
use safar_picture::icons::{sprite, stylesheet, Icon};
use std::path::{Path, PathBuf};

const START: &str = "/* Icons: made by safar_picture::icons::stylesheet(), do not edit. */\n";
const END: &str = "/* End of icons. */\n";

fn workspace(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)
}

const WRITE: &str = "run SAFAR_WRITE_ICONS=1 cargo test -p safar-picture --test icons";

#[test]
fn the_viewer_draws_the_pictures_icons() {
    let css_path = workspace("style/viewer.css");
    let css = std::fs::read_to_string(&css_path).unwrap();
    let (before, rest) = css.split_once(START).expect("viewer.css has the icons' start marker");
    let (held, after) = rest.split_once(END).expect("viewer.css has the icons' end marker");
    let sprite_path = workspace("assets/safar-icons.svg");
    if std::env::var_os("SAFAR_WRITE_ICONS").is_some() {
        std::fs::write(&css_path, format!("{before}{START}{}{END}{after}", stylesheet())).unwrap();
        std::fs::write(&sprite_path, sprite()).unwrap();
        return;
    }
    assert_eq!(held, stylesheet(), "style/viewer.css is out of date: {WRITE}");
    assert_eq!(std::fs::read_to_string(&sprite_path).unwrap_or_default(), sprite(), "assets/safar-icons.svg is out of date: {WRITE}");
}

#[test]
fn the_icons_are_a_plain_picture_named_as_the_viewer_names_them() {
    // The check a published SVG passes: no script, nothing fetched.
    safar_core::svg::check(sprite().as_bytes()).expect("the sprite is a plain SVG");
    assert_eq!(stylesheet().lines().count(), 1 + Icon::ALL.len());
    // The viewer names a channel's tag `icon-` and the word the file stores.
    for channel in Channel::VOCABULARY {
        assert_eq!(Icon::for_channel(&channel).id(), format!("icon-{}", channel.as_str()));
    }
    assert_eq!(Icon::for_channel(&Channel::Other("ATM".into())).id(), "icon-other-channel");
    assert_eq!(Icon::Department.id(), "icon-department");
}
