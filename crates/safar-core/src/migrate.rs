//! Migrations: every file is read as raw JSON and lifted to the current version here before it
//! is parsed into the types, so old saves and old files keep opening.
//!
//! Each [`Migration`] is one small named step that lifts a document from version `to - 1` to
//! `to`. Version 1 is the first format, so its step is the identity; version 2 adds its step
//! after it and bumps [`crate::VERSION`].

use crate::file::FORMAT;
use serde_json::Value;
use std::fmt;

/// One step of the migration sequence.
pub struct Migration {
    /// The version this step produces.
    pub to: u32,
    pub name: &'static str,
    pub up: fn(Value) -> Result<Value, String>,
}

/// Every step, oldest first. The last one's `to` is the current version.
pub const MIGRATIONS: &[Migration] = &[Migration { to: 1, name: "v1: the first format", up: Ok }];

/// Why a document could not be brought to the current version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MigrateError {
    /// The JSON is not an object with `"format": "safar-journey-map"`.
    NotAJourneyFile,
    /// `version` is missing or not a positive whole number.
    BadVersion,
    /// Written by a newer Safar: opening it here could lose what this version does not know.
    Newer { found: u64, supported: u32 },
    /// A step failed on this document.
    Step { name: &'static str, message: String },
}

impl fmt::Display for MigrateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MigrateError::NotAJourneyFile => {
                write!(f, "this is not a Safar journey map file (it needs \"format\": \"{FORMAT}\")")
            }
            MigrateError::BadVersion => f.write_str("version: must be a whole number from 1 up"),
            MigrateError::Newer { found, supported } => write!(
                f,
                "this file is format version {found}, written by a newer Safar; this one reads up to version {supported}"
            ),
            MigrateError::Step { name, message } => write!(f, "migration \"{name}\" failed: {message}"),
        }
    }
}

/// The current format version: the last step's target.
pub fn current_version() -> u32 {
    MIGRATIONS.last().map_or(1, |step| step.to)
}

/// Brings a raw document to the current version.
pub fn migrate(value: Value) -> Result<Value, MigrateError> {
    migrate_with(value, MIGRATIONS)
}

/// Brings a raw document to the last version of `steps`; [`migrate`] with the real sequence.
pub fn migrate_with(mut value: Value, steps: &[Migration]) -> Result<Value, MigrateError> {
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(MigrateError::NotAJourneyFile);
    }
    let found = value.get("version").and_then(Value::as_u64).filter(|v| *v >= 1).ok_or(MigrateError::BadVersion)?;
    let supported = steps.last().map_or(1, |step| step.to);
    if found > u64::from(supported) {
        return Err(MigrateError::Newer { found, supported });
    }
    for step in steps.iter().filter(|step| u64::from(step.to) > found) {
        value = (step.up)(value).map_err(|message| MigrateError::Step { name: step.name, message })?;
        value["version"] = Value::from(step.to);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn current_documents_are_untouched() {
        let doc = json!({"format": FORMAT, "version": 1, "journeys": []});
        assert_eq!(migrate(doc.clone()), Ok(doc));
    }

    #[test]
    fn steps_run_in_order_from_the_found_version() {
        fn rename_title(mut v: Value) -> Result<Value, String> {
            let title = v["journeys"][0]["name"].take();
            v["journeys"][0].as_object_mut().ok_or("no journey")?.remove("name");
            v["journeys"][0]["title"] = title;
            Ok(v)
        }
        fn add_tag(mut v: Value) -> Result<Value, String> {
            v["journeys"][0]["tag"] = json!("v3");
            Ok(v)
        }
        let steps = [
            Migration { to: 1, name: "v1", up: Ok },
            Migration { to: 2, name: "v2: name becomes title", up: rename_title },
            Migration { to: 3, name: "v3: tag", up: add_tag },
        ];
        let old = json!({"format": FORMAT, "version": 1, "journeys": [{"name": "Onboarding"}]});
        let new = migrate_with(old, &steps).unwrap();
        assert_eq!(new, json!({"format": FORMAT, "version": 3, "journeys": [{"title": "Onboarding", "tag": "v3"}]}));

        let from_two = json!({"format": FORMAT, "version": 2, "journeys": [{"title": "A"}]});
        assert_eq!(migrate_with(from_two, &steps).unwrap()["journeys"][0], json!({"title": "A", "tag": "v3"}));
    }

    #[test]
    fn failures_are_named() {
        fn fail(_: Value) -> Result<Value, String> {
            Err("no journey".into())
        }
        let steps = [Migration { to: 1, name: "v1", up: Ok }, Migration { to: 2, name: "v2", up: fail }];
        let doc = json!({"format": FORMAT, "version": 1});
        assert_eq!(
            migrate_with(doc, &steps),
            Err(MigrateError::Step { name: "v2", message: "no journey".into() })
        );
    }

    #[test]
    fn newer_and_foreign_documents_are_refused() {
        assert_eq!(
            migrate(json!({"format": FORMAT, "version": 7})),
            Err(MigrateError::Newer { found: 7, supported: 1 })
        );
        assert_eq!(migrate(json!({"format": "excalidraw", "version": 1})), Err(MigrateError::NotAJourneyFile));
        assert_eq!(migrate(json!([1, 2])), Err(MigrateError::NotAJourneyFile));
        assert_eq!(migrate(json!({"format": FORMAT, "version": 0})), Err(MigrateError::BadVersion));
        assert_eq!(migrate(json!({"format": FORMAT, "version": "1"})), Err(MigrateError::BadVersion));
        assert_eq!(migrate(json!({"format": FORMAT})), Err(MigrateError::BadVersion));
    }
}
