//! Channels: where a touchpoint happens. A fixed vocabulary covers the common online and offline
//! channels; anything else is kept as the team wrote it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The channel of a touchpoint, written in files as a kebab-case word (`mobile-app`) or, for a
/// channel outside the vocabulary, as the team's own name (`Telegram bot`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(from = "String", into = "String")]
#[schemars(with = "String")]
pub enum Channel {
    Website,
    MobileApp,
    Store,
    Phone,
    Email,
    Sms,
    Chat,
    Social,
    Messenger,
    InPerson,
    Partner,
    ReviewSite,
    Advertising,
    Search,
    /// A channel outside the vocabulary, by the team's name for it.
    Other(String),
}

impl Channel {
    /// The channels of the vocabulary, in the order an editor offers them.
    pub const VOCABULARY: [Channel; 14] = [
        Channel::Website,
        Channel::MobileApp,
        Channel::Store,
        Channel::Phone,
        Channel::Email,
        Channel::Sms,
        Channel::Chat,
        Channel::Social,
        Channel::Messenger,
        Channel::InPerson,
        Channel::Partner,
        Channel::ReviewSite,
        Channel::Advertising,
        Channel::Search,
    ];

    /// The word stored in files.
    pub fn as_str(&self) -> &str {
        match self {
            Channel::Website => "website",
            Channel::MobileApp => "mobile-app",
            Channel::Store => "store",
            Channel::Phone => "phone",
            Channel::Email => "email",
            Channel::Sms => "sms",
            Channel::Chat => "chat",
            Channel::Social => "social",
            Channel::Messenger => "messenger",
            Channel::InPerson => "in-person",
            Channel::Partner => "partner",
            Channel::ReviewSite => "review-site",
            Channel::Advertising => "advertising",
            Channel::Search => "search",
            Channel::Other(name) => name,
        }
    }
}

impl From<String> for Channel {
    fn from(value: String) -> Self {
        Channel::VOCABULARY
            .into_iter()
            .find(|channel| channel.as_str() == value)
            .unwrap_or(Channel::Other(value))
    }
}

impl From<Channel> for String {
    fn from(channel: Channel) -> Self {
        match channel {
            Channel::Other(name) => name,
            known => known.as_str().to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_words_round_trip() {
        for channel in Channel::VOCABULARY {
            assert_eq!(Channel::from(String::from(channel.clone())), channel);
        }
    }

    #[test]
    fn unknown_words_are_kept() {
        assert_eq!(Channel::from("Telegram bot".to_owned()), Channel::Other("Telegram bot".into()));
    }
}
