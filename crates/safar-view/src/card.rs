//! One card, drawn for its kind: a note, an emotion, a touchpoint with its channel, a pain
//! point with its severity, and so on. Every attribute shown as colour or icon is also words.

use crate::labels::{self, Label, LabelText};
use leptos::prelude::*;
use safar_core::card::{Blueprint, Emotion, Evidence, Image, Kpi, Note, Opportunity, PainPoint, Touchpoint};
use safar_core::url::is_safe_url;
use safar_core::{Card, Channel, EmotionScale, Language};

/// A card, read-only.
#[component]
pub fn CardView(
    /// The card.
    card: Card,
    /// The language of the viewer's own words.
    language: Language,
    /// The map's emotion scale, for emotion cards.
    scale: EmotionScale,
) -> impl IntoView {
    let kind = card.kind().as_str();
    let body = match card {
        Card::Note(Note { text, .. }) => view! { <p dir="auto">{text}</p> }.into_any(),
        Card::Emotion(emotion) => emotion_view(emotion, scale, language).into_any(),
        Card::Touchpoint(Touchpoint { text, channel, department, .. }) => view! {
            <p dir="auto">{text}</p>
            <p class="card-meta">{channel_and_department(Some(&channel), department, language)}</p>
        }
        .into_any(),
        Card::PainPoint(PainPoint { text, severity, .. }) => view! {
            <p class=format!("badge severity-{}", severity.as_str())>
                {labels::labelled("viewer-severity-value", labels::severity(severity, language), language)}
            </p>
            <p dir="auto">{text}</p>
        }
        .into_any(),
        Card::Opportunity(Opportunity { text, owner, priority, .. }) => view! {
            <p class=format!("badge priority-{}", priority.as_str())>
                {labels::labelled("viewer-priority-value", labels::priority(priority, language), language)}
            </p>
            <p dir="auto">{text}</p>
            {(!owner.is_empty()).then(|| view! { <p class="card-meta"><bdi>{owner}</bdi></p> })}
        }
        .into_any(),
        Card::Kpi(kpi) => kpi_view(kpi, language).into_any(),
        Card::Evidence(Evidence { text, source, url, .. }) => view! {
            <p class="badge source">{labels::evidence_source(source, language)}</p>
            <p dir="auto">{text}</p>
            {url.filter(|u| is_safe_url(u, false)).map(|url| view! {
                <p class="card-meta"><a href=super::resolve(&url) rel="noopener noreferrer">{Label::OpenSource.text(language)}</a></p>
            })}
        }
        .into_any(),
        Card::Image(Image { url, alt, caption, .. }) => view! {
            <figure>
                {is_safe_url(&url, true).then(|| view! { <img src=super::resolve(&url) alt=alt.clone() loading="lazy"/> })}
                {(!caption.is_empty()).then(|| view! { <figcaption dir="auto">{caption}</figcaption> })}
            </figure>
        }
        .into_any(),
        Card::Blueprint(Blueprint { text, resource, .. }) => view! {
            {resource.map(|r| view! {
                <p class=format!("badge resource-{r:?}").to_lowercase()>{labels::resource(r, language)}</p>
            })}
            <p dir="auto">{text}</p>
        }
        .into_any(),
    };
    view! { <div class=format!("card card-{kind}")>{body}</div> }
}

/// The chips of a touchpoint: where it happens and who owns it, each named for screen readers.
pub(crate) fn channel_and_department(channel: Option<&Channel>, department: String, language: Language) -> impl IntoView {
    // The icon classes are those of safar_picture::icons, whose stylesheet viewer.css holds.
    let chip = |class: String, label: Label, value: String| {
        view! {
            <span class=format!("chip {class}")>
                <span class="visually-hidden">{label.text(language)} ": "</span>
                <bdi>{value}</bdi>
            </span>
        }
    };
    (
        channel.map(|c| {
            let icon = if matches!(c, Channel::Other(_)) { "other-channel" } else { c.as_str() };
            chip(format!("channel icon-{icon}"), Label::Channel, labels::channel(c, language))
        }),
        (!department.is_empty()).then(|| chip("department icon-department".to_owned(), Label::Department, department)),
    )
}

/// A face whose smile follows the score; decorative, the score is written beside it. Drawn, not
/// an emoji, so it looks the same whatever fonts the reader has.
fn face(fraction: f64) -> impl IntoView {
    let curve = 13.0 + (fraction - 0.5) * 8.0;
    view! {
        <svg class="face" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <circle cx="10" cy="10" r="8.5"></circle>
            <path d="M7 8 l0 0 M13 8 l0 0"></path>
            <path d=format!("M6 13 Q10 {curve:.1} 14 13")></path>
        </svg>
    }
}

fn emotion_view(emotion: Emotion, scale: EmotionScale, language: Language) -> impl IntoView {
    let Emotion { score, text, .. } = emotion;
    let fraction = scale.fraction(f64::from(score));
    let tone = if fraction < 0.4 { "low" } else if fraction > 0.6 { "high" } else { "neutral" };
    view! {
        <p class=format!("emotion-score tone-{tone}")>
            {face(fraction)}
            <span class="visually-hidden">{Label::EmotionScore.text(language)}</span>
            // A signed score reads left to right in every language: "+2", never "2+".
            <bdi dir="ltr">{labels::digits(&scale.signed(score), language)}</bdi>
            <span class="visually-hidden">{labels::digits(&format!(" ({} … {})", scale.min, scale.max), language)}</span>
        </p>
        {(!text.is_empty()).then(|| view! { <p dir="auto">{text}</p> })}
    }
}

fn kpi_view(kpi: Kpi, language: Language) -> impl IntoView {
    let Kpi { name, unit, current, target, text, .. } = kpi;
    let value = move |v: Option<f64>| v.map(|v| format!("{}{}{unit}", labels::digits(&trim_number(v), language), if unit.starts_with('%') { "" } else { " " }));
    let (current, target) = (value(current), value(target));
    view! {
        <p class="kpi-name" dir="auto">{name}</p>
        <dl class="kpi-values">
            {current.map(|v| view! { <div><dt>{Label::Current.text(language)}</dt><dd><bdi>{v}</bdi></dd></div> })}
            {target.map(|v| view! { <div><dt>{Label::Target.text(language)}</dt><dd><bdi>{v}</bdi></dd></div> })}
        </dl>
        {(!text.is_empty()).then(|| view! { <p dir="auto">{text}</p> })}
    }
}

/// `42`, `3.5`, `-0.25`: no trailing zeros.
fn trim_number(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}
