//! The document an editor works on: one map and the personas it can use.

use crate::file::JourneyFile;
use crate::journey::Journey;
use crate::persona::Persona;

/// One journey map being edited, with the personas of its file.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Document {
    pub journey: Journey,
    pub personas: Vec<Persona>,
}

impl Document {
    /// The first map of a file, with the file's personas. `None` for a file without maps.
    pub fn from_file(file: JourneyFile) -> Option<Document> {
        let JourneyFile { personas, journeys, .. } = file;
        journeys.into_iter().next().map(|journey| Document { journey, personas })
    }

    /// The document as a file of one map.
    pub fn to_file(&self) -> JourneyFile {
        JourneyFile::new(self.personas.clone(), vec![self.journey.clone()])
    }
}
