//! One cell's piece of the emotion curve. Each cell draws the line from the edge it shares with
//! the previous cell, through its own score, to the edge it shares with the next; side by side
//! the pieces make one continuous curve that stays aligned with the columns at any width and
//! mirrors with the table in right-to-left maps.

use leptos::prelude::*;
use safar_core::layout::CurveSegment;

/// Heights are drawn inside this band of the 0..100 box, so the line and its dots never touch
/// the edges.
const TOP: f64 = 8.0;
const BOTTOM: f64 = 92.0;

fn y(height: f64) -> f64 {
    BOTTOM - (BOTTOM - TOP) * height
}

/// The SVG of one cell's curve segment; decorative, since the cell's text gives the score. A
/// step of a stage whose steps are scored also shows the stage's average, as a faint level.
#[component]
pub fn CurveSegmentView(
    /// The segment, or `None` while the cell is not in the row.
    segment: Memo<Option<CurveSegment>>,
) -> impl IntoView {
    let points = move || {
        segment.get().map_or(String::new(), |s| {
            [(0.0, s.start), (50.0, s.point), (100.0, s.end)]
                .into_iter()
                .filter_map(|(x, h)| h.map(|h| format!("{x},{:.2}", y(h))))
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    // A zero-length line with round caps draws a round dot that the stretched box cannot distort.
    let dot = move || segment.get().and_then(|s| s.point).map(|h| format!("M50 {:.2} l0 0", y(h)));
    // Where no score is, the line is dashed: the curve goes on, and the gap shows.
    let class = move || if segment.get().is_some_and(|s| s.bridged) { "curve-line bridged" } else { "curve-line" };
    let average = move || segment.get().and_then(|s| s.stage_average).map_or(String::new(), |h| format!("0,{0:.2} 100,{0:.2}", y(h)));
    view! {
        <svg class="curve" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <line class="curve-axis" x1="0" x2="100" y1="50" y2="50"></line>
            <polyline class="curve-average" points=average></polyline>
            <polyline class=class points=points></polyline>
            {move || dot().map(|d| view! { <path class="curve-dot" d=d></path> })}
        </svg>
    }
}
