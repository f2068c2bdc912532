//! Every picture in `tests/hostile/svg/` through the SVG check: `*.bad.svg` refused, `*.ok.svg`
//! accepted, so the corpus grows by adding files.

use std::path::Path;

#[test]
fn every_hostile_picture_is_refused_and_every_plain_one_accepted() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/hostile/svg");
    let (mut bad, mut ok) = (0, 0);
    for entry in std::fs::read_dir(&folder).expect("the hostile SVG folder") {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let verdict = safar_core::svg::check(&std::fs::read(&path).unwrap());
        if name.ends_with(".bad.svg") {
            assert!(verdict.is_err(), "{name} was accepted");
            bad += 1;
        } else if name.ends_with(".ok.svg") {
            assert_eq!(verdict, Ok(()), "{name} was refused");
            ok += 1;
        } else {
            assert_eq!(name, "README.md", "{name}: name it *.bad.svg or *.ok.svg");
        }
    }
    assert!(bad >= 20 && ok >= 3, "the corpus is there: {bad} bad, {ok} ok");
}

#[test]
fn the_pictures_safar_itself_publishes_pass_the_same_check() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut pictures = vec![workspace.join("assets/favicon.svg")];
    for entry in std::fs::read_dir(workspace.join("examples/images")).unwrap() {
        pictures.push(entry.unwrap().path());
    }
    for path in pictures.iter().filter(|p| p.extension().is_some_and(|e| e == "svg")) {
        assert_eq!(safar_core::svg::check(&std::fs::read(path).unwrap()), Ok(()), "{}", path.display());
    }
}
