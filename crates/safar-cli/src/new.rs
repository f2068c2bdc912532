//! `safar new`: a map file from one of the standard templates, in English, Persian or Arabic.

use safar_core::library::review::from_day_number;
use safar_core::template::{blank, StageSet, Template};
use safar_core::{Id, JourneyFile, Language, MapType};
use std::time::{SystemTime, UNIX_EPOCH};

/// The template names `--template` accepts: the stage sets, and `blank`.
pub fn template_names() -> Vec<&'static str> {
    StageSet::ALL.iter().map(|s| s.key()).chain(["blank"]).collect()
}

/// A new map file's text, or `None` for a template that does not exist.
pub fn new_map(template: &str, map_type: MapType, language: Language, stem: &str) -> Option<String> {
    let id = Id::new(id_from(stem));
    let now = now_utc();
    let journey = if template == "blank" {
        blank(map_type, language, id, &now)
    } else {
        Template::new(StageSet::from_key(template)?, map_type).build(language, id, &now)
    };
    Some(JourneyFile::new(Vec::new(), vec![journey]).to_json())
}

/// A map id from a file name: its ASCII letters and digits, else `map`.
fn id_from(stem: &str) -> String {
    let mut id = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-');
    let id: String = id.chars().take(60).collect();
    if id.is_empty() { "map".to_owned() } else { id }
}

/// Now, as the format stores times: `2026-11-23T09:30:00Z`.
pub fn now_utc() -> String {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    let (days, rest) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    format!("{}T{:02}:{:02}:{:02}Z", from_day_number(days), rest / 3600, rest % 3600 / 60, rest % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_ids() {
        assert_eq!(id_from("Onboarding Map (v2)"), "onboarding-map-v2");
        assert_eq!(id_from("سفر"), "map");
        assert!(safar_core::date::is_timestamp(&now_utc()));
    }

    #[test]
    fn every_template_makes_a_valid_map() {
        for name in template_names() {
            for language in [Language::English, Language::Persian, Language::Arabic] {
                let text = new_map(name, MapType::CurrentState, language, "x").expect("a template");
                let file = JourneyFile::from_json(&text).expect("a valid map");
                assert_eq!(file.journeys[0].language, language.tag());
            }
        }
        assert_eq!(new_map("nine-stages", MapType::CurrentState, Language::English, "x"), None);
    }
}
