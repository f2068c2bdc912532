//! Text broken into lines that fit a width, at the places Unicode's line breaking algorithm
//! allows (UAX #14: after spaces, around CJK, never before a closing mark). A word longer than
//! the whole width is broken between grapheme clusters, so nothing is ever cut off; the text's
//! own line breaks stay.

use crate::fonts::{Measure, Weight};
use unicode_linebreak::{linebreaks, BreakOpportunity};
use unicode_segmentation::UnicodeSegmentation;

/// The lines of `text` set at `size` in `weight`, none wider than `width` unless a single
/// grapheme cluster is.
pub fn wrap(measure: &Measure, text: &str, size: f32, weight: Weight, width: f32) -> Vec<String> {
    let fits = |line: &str| measure.width(line.trim_end(), size, weight) <= width;
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let paragraph = paragraph.trim_end_matches('\r');
        let mut line = String::new();
        let mut start = 0;
        for (end, opportunity) in linebreaks(paragraph) {
            let piece = &paragraph[start..end];
            start = end;
            let trial = format!("{line}{piece}");
            if fits(&trial) {
                line = trial;
            } else {
                if !line.trim().is_empty() {
                    lines.push(line.trim_end().to_owned());
                }
                line = String::new();
                // The piece alone may be wider than the line: break it between graphemes.
                for grapheme in piece.graphemes(true) {
                    let trial = format!("{line}{grapheme}");
                    if line.is_empty() || fits(&trial) {
                        line = trial;
                    } else {
                        lines.push(line.trim_end().to_owned());
                        line = grapheme.trim_start().to_owned();
                    }
                }
            }
            if opportunity == BreakOpportunity::Mandatory && end < paragraph.len() {
                lines.push(line.trim_end().to_owned());
                line = String::new();
            }
        }
        lines.push(line.trim_end().to_owned());
    }
    // Blank lines inside the text stay (a paragraph break); trailing ones go.
    while lines.len() > 1 && lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}
