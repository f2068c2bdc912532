//! The table of editor actions: every key means one thing where it is heard, the arrows follow
//! the map's direction, and every label and row of the shortcuts list is in every catalog.

use safar_editor::actions::{for_keys, help_rows, MessageId, Press, Scope, ACTIONS};

fn press(key: &str, ctrl: bool, shift: bool, rtl: bool, typing: bool) -> Press {
    Press { key: key.into(), ctrl, shift, rtl, typing }
}

fn named(scope: Scope, p: Press) -> Option<&'static str> {
    for_keys(scope, &p).map(|a| a.name)
}

#[test]
fn arrows_follow_the_direction_the_map_is_read_in() {
    assert_eq!(named(Scope::Cell, press("ArrowRight", false, false, false, false)), Some("move-next"));
    assert_eq!(named(Scope::Cell, press("ArrowRight", false, false, true, false)), Some("move-previous"));
    assert_eq!(named(Scope::Cell, press("ArrowLeft", false, false, true, false)), Some("move-next"));
    assert_eq!(named(Scope::Cell, press("Home", true, false, false, false)), Some("map-start"));
    assert_eq!(named(Scope::Cell, press("Home", false, false, false, false)), Some("row-start"));
    assert_eq!(named(Scope::Cell, press("F2", false, false, false, false)), Some("edit-cell"));
}

#[test]
fn each_key_means_one_thing_where_it_is_heard() {
    let keys = ["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown", "Home", "End", "Enter", "F2", "Escape", "z", "y", "p", "?", "a"];
    for scope in [Scope::Editor, Scope::Cell, Scope::Editing] {
        for key in keys {
            for bits in 0..16u8 {
                let p = press(key, bits & 1 != 0, bits & 2 != 0, bits & 4 != 0, bits & 8 != 0);
                let matching = ACTIONS.iter().filter(|a| a.keys.is_some_and(|k| k.scope == scope && (k.matches)(&p))).count();
                assert!(matching <= 1, "{p:?} in {scope:?} runs {matching} actions");
            }
        }
    }
}

#[test]
fn undo_redo_and_help_are_heard_where_they_should_be() {
    assert_eq!(named(Scope::Editor, press("z", true, false, false, true)), Some("undo"));
    assert_eq!(named(Scope::Editor, press("z", true, true, false, false)), Some("redo"));
    assert_eq!(named(Scope::Editor, press("y", true, false, false, false)), Some("redo"));
    assert_eq!(named(Scope::Editor, press("?", false, true, false, false)), Some("shortcuts"));
    // `?` typed into a field is a character, not a request for help.
    assert_eq!(named(Scope::Editor, press("?", false, true, false, true)), None);
    assert_eq!(named(Scope::Cell, press("z", true, false, false, false)), None);
    assert_eq!(named(Scope::Editing, press("Escape", false, false, false, true)), Some("stop-editing"));
    assert_eq!(named(Scope::Editing, press("ArrowRight", false, false, false, false)), None);
}

#[test]
fn control_p_prints_the_map_on_its_pages_wherever_it_is_pressed() {
    assert_eq!(named(Scope::Editor, press("p", true, false, false, false)), Some("print"));
    assert_eq!(named(Scope::Editor, press("p", true, false, true, true)), Some("print"));
    // A p typed is a letter; Ctrl+Shift+P is the browser's own.
    assert_eq!(named(Scope::Editor, press("p", false, false, false, true)), None);
    assert_eq!(named(Scope::Editor, press("p", true, true, false, false)), None);
}

#[test]
fn every_button_that_has_keys_announces_them_and_every_row_of_help_is_listed_once() {
    for action in ACTIONS {
        if let (Some(_), Some(keys)) = (action.button, action.keys) {
            assert!(keys.aria.is_some(), "{}", action.name);
        }
    }
    // Arrows, Home/End, Ctrl+Home/End, Enter, Escape, undo, redo, print, help.
    let rows = help_rows();
    assert_eq!(rows.len(), 9, "{rows:?}");
    assert_eq!(rows[0].0, MessageId("editor-keys-arrows"));
    let names: Vec<&str> = ACTIONS.iter().map(|a| a.name).collect();
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), names.len());
}

#[test]
fn every_label_and_row_of_help_is_worded_in_every_language() {
    let ids: Vec<MessageId> = ACTIONS
        .iter()
        .flat_map(|a| {
            let help = a.keys.map(|k| [k.help.0, k.help.1]).into_iter().flatten();
            a.button.map(|b| b.label).into_iter().chain(help)
        })
        .collect();
    for locale in [safar_i18n::Locale::ENGLISH, safar_i18n::Locale::PERSIAN, safar_i18n::Locale::ARABIC] {
        let catalog = safar_i18n::Catalog::new(locale);
        for id in &ids {
            assert!(catalog.has(id.0), "{locale:?} lacks {}", id.0);
        }
    }
}
