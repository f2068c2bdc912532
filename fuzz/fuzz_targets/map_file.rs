//! A map file of any bytes, through the entry points every file takes (migrations, types,
//! validation): it loads or is refused, never panics; the search for every structural problem
//! ends, agrees on whether the file loads, and starts with the problem the first reading names;
//! and a file that loads saves to text that loads again to the same maps, byte for byte stable.
#![no_main]

use libfuzzer_sys::fuzz_target;
use safar_core::shape::MAX_SHAPE_PROBLEMS;
use safar_core::{JourneyFile, LoadError};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let first = JourneyFile::from_json(text);
    let every = JourneyFile::from_json_listing_every_problem(text);
    match (&first, &every) {
        (Ok(a), Ok(b)) => assert_eq!(a, b),
        (Err(LoadError::Shape(one)), Err(LoadError::Shape(all))) => {
            assert_eq!(one.len(), 1);
            assert!(!all.is_empty() && all.len() <= MAX_SHAPE_PROBLEMS);
            assert_eq!(all[0], one[0], "the list starts with the first problem");
        }
        (Err(a), Err(b)) => assert_eq!(std::mem::discriminant(a), std::mem::discriminant(b)),
        _ => panic!("one reading loads what the other refuses: {first:?} / {every:?}"),
    }
    let Ok(file) = first else { return };

    // Saving puts cells in map order and drops empty ones, so the file read back equals the
    // loaded one in that canonical form, not necessarily in the order the input had.
    let mut canonical = file.clone();
    for journey in &mut canonical.journeys {
        journey.canonicalize();
    }
    let saved = file.to_json();
    let again = match JourneyFile::from_json(&saved) {
        Ok(again) => again,
        Err(error) => panic!("a loaded file's own text does not load again: {error}\n{saved}"),
    };
    assert_eq!(again, canonical, "the saved text reads back to other maps");
    assert_eq!(again.to_json(), saved, "saving a second time changes the bytes");

    // The browser library stores the compact form: it must read back the same.
    let compact = JourneyFile::from_json(&file.to_compact_json()).expect("the compact text loads again");
    assert_eq!(compact, canonical, "the compact text reads back to other maps");
});
