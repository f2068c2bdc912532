//! The picture's colours: the viewer's (style/viewer.css), so a map looks like itself on paper.
//! Text colours meet WCAG AA on the fills they sit on.

use safar_core::LaneKind;

pub const PAPER: &str = "#ffffff";
pub const INK: &str = "#1c2430";
pub const INK_SOFT: &str = "#4a5565";
pub const LINE: &str = "#d5dbe3";
pub const HEADER: &str = "#f4f7fb";
pub const ACCENT: &str = "#0f5fb8";
pub const CHIP: &str = "#eef1f5";
pub const TRUTH_FILL: &str = "#fff2d6";
pub const TRUTH_INK: &str = "#6b4100";
pub const BREAK_FILL: &str = "#fbd3d0";
pub const BREAK_INK: &str = "#7a1712";

/// A lane's accent (the bar on its cards) and the tint of its cells.
pub fn lane(kind: LaneKind) -> (&'static str, Option<&'static str>) {
    match kind {
        LaneKind::Actions => ("#0f5fb8", None),
        LaneKind::Thoughts => ("#6a4bc4", None),
        LaneKind::Feelings => ("#b0417a", None),
        LaneKind::Touchpoints => ("#1d7f8c", None),
        LaneKind::PainPoints => ("#b3261e", Some("#fff8f7")),
        LaneKind::Opportunities => ("#1b7a3e", Some("#f5fbf7")),
        LaneKind::Kpis => ("#8a5a00", None),
        LaneKind::Evidence | LaneKind::Images => ("#5c6675", None),
        LaneKind::Frontstage => ("#0f5fb8", Some("#f5f9ff")),
        LaneKind::Backstage => ("#4a5565", Some("#f6f7f9")),
        LaneKind::Support => ("#4a5565", Some("#eff1f4")),
        LaneKind::Text | LaneKind::Emotions => (LINE, None),
    }
}

/// The fill and ink of a severity badge.
pub fn severity(value: safar_core::Severity) -> (&'static str, &'static str) {
    use safar_core::Severity::*;
    match value {
        Low => ("#e8f1fb", INK),
        Medium => ("#fff2d6", INK),
        High => ("#fde3d6", INK),
        Critical => ("#fbd3d0", "#7a1712"),
    }
}
