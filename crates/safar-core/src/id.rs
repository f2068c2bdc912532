//! Stable identifiers: short, readable strings that survive reordering and keep diffs small.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The identifier of a journey, persona, stage, step, lane or card.
///
/// Ids are ASCII letters, digits, `-` and `_`, at most 64 characters, so they read well in a
/// diff and are safe in URLs and HTML ids. [`Id::is_well_formed`] checks that; the type itself
/// accepts any string so that a bad file can be reported rather than rejected wholesale.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
#[schemars(extend("pattern" = "^[A-Za-z0-9_-]{1,64}$"))]
pub struct Id(String);

impl Id {
    pub const MAX_LEN: usize = 64;

    pub fn new(value: impl Into<String>) -> Self {
        Id(value.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_well_formed(&self) -> bool {
        !self.0.is_empty()
            && self.0.len() <= Self::MAX_LEN
            && self.0.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Id {
    fn from(value: &str) -> Self {
        Id(value.to_owned())
    }
}
