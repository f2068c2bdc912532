//! The example maps shipped with the app, one per language, embedded at compile time.

use crate::file::{JourneyFile, LoadError};

/// An example map file: a short name and its JSON text.
pub struct Example {
    pub name: &'static str,
    pub language: &'static str,
    pub json: &'static str,
}

/// Where the app serves the example files from (index.html copies `examples/images/` there), so
/// where their pictures are for a page at the app's root.
pub const FOLDER: &str = "examples/";

/// Every example, the English one first (it opens on a first visit).
pub const EXAMPLES: [Example; 3] = [
    Example { name: "online-electronics", language: "en", json: include_str!("../../../examples/en-online-electronics.journey.json") },
    Example { name: "bank-account", language: "fa", json: include_str!("../../../examples/fa-bank-account.journey.json") },
    Example { name: "telecom-subscription", language: "ar", json: include_str!("../../../examples/ar-telecom-subscription.journey.json") },
];

impl Example {
    /// The example, its pictures addressed as the app serves them ([`FOLDER`]). The files name
    /// them relative to themselves (`images/…`), so a copy of `examples/` publishes whole.
    pub fn load(&self) -> Result<JourneyFile, LoadError> {
        let mut file = JourneyFile::from_json(self.json)?;
        file.rebase_relative_images(FOLDER);
        Ok(file)
    }

    /// The first map's title, read without loading and validating the whole file: the app
    /// lists every example at start-up but opens at most one.
    pub fn title(&self) -> String {
        // Through `Value`, which the migrations already need, so no new parser code is added.
        serde_json::from_str::<serde_json::Value>(self.json)
            .ok()
            .and_then(|file| file["journeys"][0]["title"].as_str().map(str::to_owned))
            .unwrap_or_default()
    }
}
