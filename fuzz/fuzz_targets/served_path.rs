//! Any address through the publisher's mapping from a request or image path to a file under the
//! site folder (`safar_core::url::served_path`): whatever it maps to stays inside the folder on
//! every OS, and is never a dotfile.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(target) = std::str::from_utf8(data) else { return };
    let Some(path) = safar_core::url::served_path(target) else { return };
    assert!(!path.starts_with('/') && !path.starts_with('\\'), "{target:?} maps to the absolute {path:?}");
    assert!(!path.contains('\0'), "{target:?} maps to {path:?}, with a NUL");
    for component in path.split(['/', '\\']) {
        assert!(component != "..", "{target:?} maps to {path:?}, which climbs out");
        assert!(!component.starts_with('.'), "{target:?} maps to {path:?}, a dotfile or dot folder");
        let drive = component.len() >= 2 && component.as_bytes()[0].is_ascii_alphabetic() && component.as_bytes()[1] == b':';
        assert!(!drive, "{target:?} maps to {path:?}, with a drive letter");
    }
});
