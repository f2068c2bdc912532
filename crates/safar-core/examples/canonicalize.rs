//! Validates map files and rewrites them in canonical form (the form `JourneyFile::to_json`
//! writes), reporting every problem of the ones that fail.
//!
//! `cargo run -p safar-core --example canonicalize -- FILE...`

use safar_core::JourneyFile;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut failed = false;
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("{path}: {error}");
                failed = true;
                continue;
            }
        };
        match JourneyFile::from_json(&text) {
            Ok(file) => {
                let canonical = file.to_json();
                if canonical != text {
                    std::fs::write(&path, canonical).expect("write the file back");
                    println!("{path}: rewritten in canonical form");
                } else {
                    println!("{path}: ok");
                }
            }
            Err(error) => {
                for line in error.to_string().lines() {
                    eprintln!("{path}: {line}");
                }
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
