//! The small pictures that tell channels, departments and marks apart at a glance: Safar's own
//! line drawings on a 24-unit grid, stroked in the colour of their tag. Each one is a `<symbol>`
//! of the picture that uses it, so an SVG stays self-contained. They are not mirrored in a
//! right-to-left map: a telephone or a magnifier reads the same either way.

use safar_core::Channel;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Icon {
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
    OtherChannel,
    Department,
    MomentOfTruth,
    BreakingPoint,
    Picture,
}

impl Icon {
    /// Every icon, in the order of the stylesheet.
    pub const ALL: [Icon; 19] = [
        Icon::Website,
        Icon::MobileApp,
        Icon::Store,
        Icon::Phone,
        Icon::Email,
        Icon::Sms,
        Icon::Chat,
        Icon::Social,
        Icon::Messenger,
        Icon::InPerson,
        Icon::Partner,
        Icon::ReviewSite,
        Icon::Advertising,
        Icon::Search,
        Icon::OtherChannel,
        Icon::Department,
        Icon::MomentOfTruth,
        Icon::BreakingPoint,
        Icon::Picture,
    ];

    pub fn for_channel(channel: &Channel) -> Icon {
        match channel {
            Channel::Website => Icon::Website,
            Channel::MobileApp => Icon::MobileApp,
            Channel::Store => Icon::Store,
            Channel::Phone => Icon::Phone,
            Channel::Email => Icon::Email,
            Channel::Sms => Icon::Sms,
            Channel::Chat => Icon::Chat,
            Channel::Social => Icon::Social,
            Channel::Messenger => Icon::Messenger,
            Channel::InPerson => Icon::InPerson,
            Channel::Partner => Icon::Partner,
            Channel::ReviewSite => Icon::ReviewSite,
            Channel::Advertising => Icon::Advertising,
            Channel::Search => Icon::Search,
            Channel::Other(_) => Icon::OtherChannel,
        }
    }

    /// The symbol's id in the picture.
    pub fn id(self) -> &'static str {
        match self {
            Icon::Website => "icon-website",
            Icon::MobileApp => "icon-mobile-app",
            Icon::Store => "icon-store",
            Icon::Phone => "icon-phone",
            Icon::Email => "icon-email",
            Icon::Sms => "icon-sms",
            Icon::Chat => "icon-chat",
            Icon::Social => "icon-social",
            Icon::Messenger => "icon-messenger",
            Icon::InPerson => "icon-in-person",
            Icon::Partner => "icon-partner",
            Icon::ReviewSite => "icon-review-site",
            Icon::Advertising => "icon-advertising",
            Icon::Search => "icon-search",
            Icon::OtherChannel => "icon-other-channel",
            Icon::Department => "icon-department",
            Icon::MomentOfTruth => "icon-moment-of-truth",
            Icon::BreakingPoint => "icon-breaking-point",
            Icon::Picture => "icon-picture",
        }
    }

    /// The drawing, stroked in `currentColor` (the `color` of the `<use>` that shows it).
    pub fn drawing(self) -> String {
        let lines = match self {
            Icon::Website => r#"<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3.5 3.5 3.5 14.5 0 18M12 3c-3.5 3.5-3.5 14.5 0 18"/>"#,
            Icon::MobileApp => r#"<rect x="7" y="2.5" width="10" height="19" rx="2"/><path d="M11 18h2"/>"#,
            Icon::Store => r#"<path d="M4 10v10h16V10M3 10l2-6h14l2 6zM10 20v-5h4v5"/>"#,
            Icon::Phone => r#"<path d="M6 3h3l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 4 5a2 2 0 0 1 2-2z"/>"#,
            Icon::Email => r#"<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>"#,
            Icon::Sms => r#"<path d="M4 5h16v11H9l-5 4zM8 10.5h.01M12 10.5h.01M16 10.5h.01"/>"#,
            Icon::Chat => r#"<path d="M3 4h12v8H8l-5 3.5zM18 8h3v10l-3.5-2.5H10v-3"/>"#,
            Icon::Social => r#"<circle cx="6" cy="12" r="2.5"/><circle cx="18" cy="6" r="2.5"/><circle cx="18" cy="18" r="2.5"/><path d="M8.2 10.8l7.6-3.6M8.2 13.2l7.6 3.6"/>"#,
            Icon::Messenger => r#"<path d="M21 3L3 10.5l7 3 3 7.5zM10 13.5L21 3"/>"#,
            Icon::InPerson => r#"<circle cx="12" cy="7" r="4"/><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7"/>"#,
            Icon::Partner => r#"<circle cx="9" cy="12" r="5"/><circle cx="15" cy="12" r="5"/>"#,
            Icon::ReviewSite | Icon::MomentOfTruth => {
                r#"<path d="M12 3l2.8 5.7 6.2.9-4.5 4.4 1 6.2L12 17.3l-5.5 2.9 1-6.2L3 9.6l6.2-.9z"/>"#
            }
            Icon::Advertising => r#"<path d="M3 10v4h4l9 5V5L7 10zM7 14l1.5 6h3L10 15.5M19 9.5a3 3 0 0 1 0 5"/>"#,
            Icon::Search => r#"<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5L21 21"/>"#,
            Icon::OtherChannel => r#"<path d="M3 12V4h8l10 10-8 8z"/><circle cx="7.5" cy="8.5" r="1.5"/>"#,
            Icon::Department => r#"<path d="M4 21V5l8-3 8 3v16M9 21v-4h6v4M8 8h2M14 8h2M8 12h2M14 12h2"/>"#,
            Icon::BreakingPoint => r#"<path d="M13 2L4 14h7l-1 8 9-12h-7z"/>"#,
            Icon::Picture => r#"<rect x="3" y="4" width="18" height="16" rx="2"/><circle cx="9" cy="9.5" r="2"/><path d="M21 16l-5-5-9 9"/>"#,
        };
        format!(r#"<g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">{lines}</g>"#)
    }
}

/// The live viewer's copy of the icons, `assets/safar-icons.svg`: every drawing in one
/// standalone SVG, one below the other on a 24-unit strip, in [`Icon::ALL`]'s order. A tag's
/// `::before` shows its part of the strip as a mask (`style/viewer.css`), so an icon costs no DOM
/// node and one request for all, from the viewer's own folder (nothing a strict
/// Content-Security-Policy refuses). A test keeps the file the same as this.
pub fn sprite() -> String {
    let height = 24 * Icon::ALL.len();
    let mut svg = format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"24\" height=\"{height}\" viewBox=\"0 0 24 {height}\">\n");
    for (index, icon) in Icon::ALL.into_iter().enumerate() {
        svg.push_str(&format!("<g transform=\"translate(0 {})\">{}</g>\n", 24 * index, icon.drawing()));
    }
    svg.push_str("</svg>\n");
    svg
}

/// Where each icon sits on the strip, as `style/viewer.css` holds it between two markers (a
/// test keeps the two the same): the strip's size, and a class per icon naming its place.
pub fn stylesheet() -> String {
    let count = Icon::ALL.len();
    let mut css = format!(".chip[class*=\"icon-\"]::before {{ -webkit-mask-size: 0.875rem calc(0.875rem * {count}); mask-size: 0.875rem calc(0.875rem * {count}); }}\n");
    for (index, icon) in Icon::ALL.into_iter().enumerate() {
        css.push_str(&format!(".{} {{ --icon: {index}; }}\n", icon.id()));
    }
    css
}
