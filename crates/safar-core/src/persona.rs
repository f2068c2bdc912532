//! Personas: the customers a map is about. They live beside the maps in a file, so several maps
//! can share one.

use crate::id::Id;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Persona {
    pub id: Id,
    pub name: String,
    /// Who they are, in a sentence or two.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub motivations: Vec<String>,
    /// Their frustrations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pain_points: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub day_in_the_life: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<Photo>,
}

impl Persona {
    /// A persona with a name and nothing else yet.
    pub fn new(id: Id, name: impl Into<String>) -> Persona {
        Persona {
            id,
            name: name.into(),
            description: String::new(),
            goals: Vec::new(),
            needs: Vec::new(),
            motivations: Vec::new(),
            pain_points: Vec::new(),
            day_in_the_life: String::new(),
            photo: None,
        }
    }
}

/// A picture of the persona, by URL, with the alternative text it cannot go without.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Photo {
    pub url: String,
    pub alt: String,
}
